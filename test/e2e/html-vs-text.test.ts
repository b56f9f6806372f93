import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/index.js';
import { AS_OF, CORPUS } from '../helpers/doc.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function findings(input: string, format: 'text' | 'html') {
  const [doc] = analyse(input, { format, asOf: AS_OF }).documents;
  return doc!.results.map((r) => ({ ruleId: r.ruleId, status: r.status, quotes: r.evidence.map((e) => e.quote) }));
}

describe('HTML page with site navigation, cookie banner and footer', () => {
  const html = readFileSync(join(FIXTURES, 's04-in-site.html'), 'utf8');
  const text = readFileSync(join(CORPUS, 'seeds', 's04-invoice-club.txt'), 'utf8');

  it("gives the same findings as the statement as plain text, except the contact found in the footer's contact block", () => {
    const fromHtml = findings(html, 'html');
    const fromText = findings(text, 'text');
    expect(fromHtml.filter((f) => f.ruleId !== 'controller-contact')).toEqual(fromText.filter((f) => f.ruleId !== 'controller-contact'));
    expect(fromText.find((f) => f.ruleId === 'controller-contact')!.status).toBe('warn');
    expect(fromHtml.find((f) => f.ruleId === 'controller-contact')).toEqual({ ruleId: 'controller-contact', status: 'pass', quotes: ['post@invoiceclub.example'] });
  });

  it('leaves out the menu, banner, the rest of the footer and scripts', () => {
    const [doc] = analyse(html, { format: 'html', asOf: AS_OF }).documents;
    const quotes = doc!.results.flatMap((r) => r.evidence.map((e) => e.quote)).join('\n');
    expect(quotes).not.toMatch(/Godta alle|Til toppen|Alle rettigheter reservert|googletagmanager/);
    expect(doc!.sections.map((s) => s.heading)).toContain('1- HVORFOR BEHANDLER VI DINE PERSONOPPLYSNINGER?');
  });

  it('maps evidence back to lines of the HTML source', () => {
    const [doc] = analyse(html, { format: 'html', asOf: AS_OF }).documents;
    const date = doc!.results.find((r) => r.ruleId === 'policy-date')!.evidence[0]!;
    const line = html.split('\n')[date.line - 1]!;
    expect(line.slice(date.column - 1)).toContain(date.quote);
  });
});
