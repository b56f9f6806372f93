import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { formatFromPath } from '../../src/loaders/index.js';
import { matchAll, test, useWordMatcher, withFixedText, words } from '../../src/nlp/patterns.js';
import { usePrefilter } from '../../src/nlp/prefilter.js';
import { analyseDocument } from '../../src/scan.js';
import * as basisTerms from '../../rules/lib/basis-terms.js';
import { leadingText, mayNameService, SERVICE_PATTERNS, SERVICES } from '../../rules/lib/dataflow-services.js';
import * as dataflowTerms from '../../rules/lib/dataflow-terms.js';
import * as identityTerms from '../../rules/lib/identity-terms.js';
import * as rightsTerms from '../../rules/lib/rights-terms.js';
import { AS_OF, CORPUS, corpusDoc } from '../helpers/doc.js';
import { plainMatches } from '../helpers/plain-regexp.js';

function patternsIn(value: unknown, out: RegExp[] = [], depth = 0): RegExp[] {
  if (value instanceof RegExp) out.push(value);
  else if (value && typeof value === 'object' && depth < 3) for (const v of Object.values(value)) patternsIn(v, out, depth + 1);
  return out;
}

describe('literal prefilter of word patterns', () => {
  it('finds the same matches as the plain regular expression, in Bokmål, Nynorsk and English', () => {
    const pattern = words('innsyn*', 'rett til innsyn', '*opplysning*', 'kopi ~ opplysning*', 'sletting', 'e-post', 'consent*');
    const texts = [
      'Du har rett til innsyn i personopplysningene dine.',
      'Du har RETT TIL INNSYN, og kan be om sletting.',
      'Du kan krevje ein kopi av dei lagra opplysningane.',
      'Send ein e-post til oss.',
      'You may withdraw your Consent at any time.',
      'Ingen treff i denne setningen.',
      'Innsynsretten gjeld òg for PERSONOPPLYSNINGAR.',
    ];
    for (const text of texts) {
      expect(matchAll(pattern, text).map((m) => `${m.start}:${m.text}`)).toEqual(plainMatches(pattern, text));
      expect(test(pattern, text)).toBe(new RegExp(pattern.source, pattern.flags).test(text));
    }
    expect(test(pattern, 'Ingen treff i denne setningen.')).toBe(false);
    expect(test(pattern, 'INNSYN')).toBe(true);
  });

  it('answers a question asked again of the same text from memory, with the offsets of each call', () => {
    const pattern = words('samtykk*', 'samtykt');
    const text = 'Vi ber om samtykke, og du kan trekkje samtykket tilbake.';
    expect(test(pattern, text)).toBe(true);
    const first = matchAll(pattern, text);
    const shifted = matchAll(pattern, text, 100);
    expect(first.map((m) => [m.start, m.text])).toEqual([[10, 'samtykke'], [38, 'samtykket']]);
    expect(shifted.map((m) => m.start)).toEqual([110, 138]);
    expect(shifted[0]).not.toBe(first[0]);
    // a hand-made pattern with fixed text is remembered the same way
    const handMade = withFixedText(/samtykk\w*/giu, ['samtykk']);
    expect(matchAll(handMade, text).map((m) => m.text)).toEqual(['samtykke', 'samtykket']);
    expect(matchAll(handMade, text, 5).map((m) => m.start)).toEqual([15, 43]);
    expect(test(handMade, 'Samtykket kan trekkjast.')).toBe(true);
    expect(matchAll(handMade, 'Samtykket kan trekkjast.').map((m) => m.text)).toEqual(['Samtykket']);
  });

  it('folds the long s the way case-insensitive matching does', () => {
    const pattern = words('samtykke');
    expect(new RegExp(pattern.source, pattern.flags).test('ſamtykke')).toBe(true);
    expect(test(pattern, 'ſamtykke')).toBe(true);
  });

  it('agrees with the plain regular expressions of the rules on every sentence of real statements', () => {
    const patterns = [basisTerms, dataflowTerms, identityTerms, rightsTerms].flatMap((m) => patternsIn(m));
    expect(patterns.length).toBeGreaterThan(40);
    const names = ['seeds', 'dev'].flatMap((set) =>
      readdirSync(join(CORPUS, set))
        .filter((n) => /\.(txt|md|html)$/.test(n))
        .map((n) => `${set}/${n}`),
    );
    const mismatches: string[] = [];
    let compared = 0;
    let matched = 0;
    for (const name of names.slice(0, 8)) {
      for (const sentence of corpusDoc(name).sentences) {
        for (const pattern of patterns) {
          const expected = plainMatches(pattern, sentence.text).join('|');
          const got = matchAll(pattern, sentence.text).map((m) => `${m.start}:${m.text}`).join('|');
          if (got !== expected) mismatches.push(`${name}: ${pattern.source.slice(0, 60)} on "${sentence.text}": ${got} ≠ ${expected}`);
          compared++;
          if (expected.length > 0) matched++;
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(10_000);
    expect(matched).toBeGreaterThan(100);
  });
});

describe('fixed text of service patterns', () => {
  it('reads the text each alternative starts with, leaving off an optional last letter', () => {
    expect(leadingText('google[\\s-]*analytics|GA4')).toEqual(['google', 'GA4']);
    expect(leadingText('x\\.com|twitter(?:s)?')).toEqual(['x.com', 'twitter']);
    expect(leadingText('vipps(?:\\s*mobilepay)?')).toEqual(['vipps']);
    expect(leadingText('ads?')).toEqual(['ad']);
    expect(leadingText('(?:a|b)c')).toEqual(['']);
  });

  it('gives every listed service at least two letters to look for, and still finds them', () => {
    for (const entry of SERVICES) {
      const pieces = leadingText(entry.pattern);
      expect(pieces.length > 0 && pieces.every((t) => t.length >= 2), entry.name).toBe(true);
    }
    const sentence = 'Vi bruker Google Analytics, Hotjar og Vipps MobilePay, og nyhetsbrevet sendes med Mailchimp.';
    const found = SERVICE_PATTERNS.filter(({ regex }) => matchAll(regex, sentence).length > 0).map(({ entry }) => entry.name);
    expect(found).toEqual(expect.arrayContaining(['Google Analytics', 'Hotjar', 'Vipps', 'Mailchimp']));
  });

  it('lets a sentence without any service name skip all service patterns, and only such a sentence', () => {
    const none = ['Vi deler ikkje opplysningane dine med andre.', 'Du kan klage til Datatilsynet.', 'Me lagrar namn og e-post.'];
    const some = ['Vi bruker Google Analytics.', 'Nyheitsbrevet vert sendt med MAILCHIMP.', 'Betaling skjer med Vipps.'];
    for (const text of none) {
      expect(mayNameService(text), text).toBe(false);
      expect(SERVICE_PATTERNS.some(({ regex }) => plainMatches(regex, text).length > 0), text).toBe(false);
    }
    for (const text of some) expect(mayNameService(text), text).toBe(true);
    // over real statements: wherever a service pattern matches, the group test says it may
    let named = 0;
    for (const set of ['seeds', 'dev']) {
      for (const name of readdirSync(join(CORPUS, set)).filter((n) => /\.(txt|md|html)$/.test(n))) {
        for (const sentence of corpusDoc(`${set}/${name}`).sentences) {
          if (!SERVICE_PATTERNS.some(({ regex }) => plainMatches(regex, sentence.text).length > 0)) continue;
          named++;
          expect(mayNameService(sentence.text), sentence.text).toBe(true);
        }
      }
    }
    expect(named).toBeGreaterThan(10);
  });
});

describe('the prefilter and the word matcher never change a report', () => {
  it('give the same findings as the plain regular expressions on every corpus statement', () => {
    const names = ['seeds', 'dev', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'].flatMap((set) =>
      readdirSync(join(CORPUS, set))
        .filter((n) => /\.(txt|md|html)$/.test(n))
        .map((n) => `${set}/${n}`),
    );
    expect(names.length).toBeGreaterThan(40);
    const run = (name: string) => {
      const path = join(CORPUS, name);
      const report = analyseDocument(readFileSync(path, 'utf8'), { rules: allRules, asOf: AS_OF, format: formatFromPath(path), source: name });
      return JSON.stringify(report.results.map((r) => [r.ruleId, r.status, r.message, r.evidence.map((e) => [e.start, e.end])]));
    };
    const filtered = names.map(run);
    usePrefilter(false);
    useWordMatcher(false);
    try {
      expect(names.map(run)).toEqual(filtered);
    } finally {
      usePrefilter(true);
      useWordMatcher(true);
    }
  });
});
