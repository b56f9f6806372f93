import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidOrgNumber } from '../../rules/org-number.js';
import { scan } from '../../src/index.js';
import type { DocumentReport, RuleResult } from '../../src/types.js';
import { AS_OF, CORPUS } from '../helpers/doc.js';

const report = scan([join(CORPUS, 'seeds')], { asOf: AS_OF });

function doc(name: string): DocumentReport {
  const found = report.documents.find((d) => d.source.endsWith(name));
  if (!found) throw new Error(`${name} was not scanned`);
  return found;
}

function result(name: string, ruleId: string): RuleResult & { quotes: string[] } {
  const r = doc(name).results.find((x) => x.ruleId === ruleId)!;
  return { ...r, quotes: r.evidence.map((e) => e.quote) };
}

function quotesContain(quotes: string[], ...wanted: string[]): void {
  for (const w of wanted) expect(quotes.some((q) => q.includes(w)), `no quote contains "${w}" in ${JSON.stringify(quotes)}`).toBe(true);
}

describe('seed s02 (EKKO)', () => {
  const name = 's02-ekko-ipogs.txt';
  it('quotes the repealed act’s sections 18, 27 and 28', () => {
    const r = result(name, 'outdated-law-2000');
    expect(r.status).toBe('fail');
    quotesContain(r.quotes, 'personopplysningsloven § 18', '§ 27', '§ 28');
  });
  it('quotes the old cookie rule', () => {
    const r = result(name, 'outdated-cookie-law');
    expect(r.status).toBe('fail');
    quotesContain(r.quotes, '§ 2-7 b');
  });
  it('finds the obfuscated e-mail that never reached the page', () => {
    const r = result(name, 'placeholder-text');
    expect(r.status).toBe('fail');
    quotesContain(r.quotes, '[email protected]');
  });
  it('warns on a date older than three years', () => {
    const r = result(name, 'policy-date');
    expect(r.status).toBe('warn');
    quotesContain(r.quotes, '7.oktober 2019');
  });
});

describe('seed s01 (iGo)', () => {
  const name = 's01-igo.txt';
  it('finds the XXX placeholder', () => {
    const r = result(name, 'placeholder-text');
    expect(r.status).toBe('fail');
    quotesContain(r.quotes, 'XX'.concat('X'));
  });
  it('passes the complaint route to Datatilsynet', () => {
    const r = result(name, 'complaint-authority');
    expect(r.status).toBe('pass');
    quotesContain(r.quotes, 'Datatilsynet');
  });
  it('passes the legal basis: consent named under its own heading', () => {
    expect(result(name, 'legal-basis').status).toBe('pass');
  });
  it('passes retention with a concrete period', () => {
    const r = result(name, 'retention');
    expect(r.status).toBe('pass');
    quotesContain(r.quotes, 'to år');
  });
  it('flags the misspelt legal term', () => {
    const r = result(name, 'terminology');
    expect(r.status).not.toBe('pass');
    quotesContain(r.quotes, 'personopplysniner');
  });
});

describe('seed s03 (ICONIC)', () => {
  const name = 's03-iconic.txt';
  it('flags the hosting-internal e-mail domain', () => {
    const r = result(name, 'broken-contact');
    expect(r.status).not.toBe('pass');
    const text = readFileSync(join(CORPUS, 'seeds', name), 'utf8');
    for (const q of r.quotes) expect(text).toContain(q);
    expect(r.quotes.length).toBeGreaterThan(0);
  });
  it('validates the organisation number 929 003 314', () => {
    const r = result(name, 'org-number');
    expect(r.status).toBe('pass');
    expect(r.quotes).toEqual(['929 003 314']);
    expect(isValidOrgNumber('929003314')).toBe(true);
  });
});

describe('seed s04 (Invoice Club)', () => {
  const name = 's04-invoice-club.txt';
  it('fails a statement dated before the 2018 act', () => {
    const r = result(name, 'policy-date');
    expect(r.status).toBe('fail');
    quotesContain(r.quotes, '18.06.2018');
  });
  it('passes the complaint route', () => {
    expect(result(name, 'complaint-authority').status).toBe('pass');
  });
});

describe('seed s05 (Ikomm)', () => {
  const name = 's05-ikomm.txt';
  it('quotes the repealed act’s § 8', () => {
    const r = result(name, 'outdated-law-2000');
    expect(r.status).toBe('fail');
    quotesContain(r.quotes, 'personopplysningsloven § 8');
  });
  it('quotes the old cookie rule', () => {
    const r = result(name, 'outdated-cookie-law');
    expect(r.status).toBe('fail');
    quotesContain(r.quotes, 'ekomloven § 2-7b');
  });
  it('passes the data protection officer with contact', () => {
    expect(result(name, 'dpo-contact').status).toBe('pass');
  });
  it('passes retention with concrete periods', () => {
    const r = result(name, 'retention');
    expect(r.status).toBe('pass');
    quotesContain(r.quotes, '10 år', '90 dager');
  });
});

describe('every seed', () => {
  it('is scanned as Norwegian with a score and every rule once', () => {
    expect(report.documents).toHaveLength(5);
    expect(report.errors).toEqual([]);
    for (const d of report.documents) {
      expect(['nob', 'nno']).toContain(d.language);
      expect(new Set(d.results.map((r) => r.ruleId)).size).toBe(d.results.length);
      expect(d.results).toHaveLength(33);
    }
  });
});
