import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import orgNumber from '../../rules/org-number.js';
import placeholderText from '../../rules/placeholder-text.js';
import retention from '../../rules/retention.js';
import thirdCountryTransfer from '../../rules/third-country-transfer.js';
import { runRules } from '../../src/engine/run.js';
import { escapeMarkdown, formatMarkdown } from '../../src/formatters/markdown.js';
import { loadText } from '../../src/loaders/index.js';
import { analyseText } from '../../src/segment/document.js';
import type { DocumentReport, Rule, RuleResult } from '../../src/types.js';
import { handBuilt as bareDocument, reportOf, result } from '../helpers/report.js';
import { VERSION } from '../../src/version.js';

/** A hand-built document with a score and a category table that has an n/a row. */
function handBuilt(source: string, results: RuleResult[]): DocumentReport {
  return { ...bareDocument(source, results), score: 61, grade: 'D', categories: [{ id: 'identity', score: 50 }, { id: 'rights', score: null }] };
}

const AS_OF = new Date('2026-11-22T12:00:00Z');
const ROOT = join(import.meta.dirname, '..', '..');
const RULES: Rule[] = [orgNumber, retention, thirdCountryTransfer, placeholderText];
const METAS = RULES.map((r) => r.meta);
const seed = (name: string) => readFileSync(join(ROOT, 'corpus', 'seeds', name), 'utf8');

function scanText(text: string, source: string, rules: readonly Rule[] = RULES, locale: 'nb' | 'en' = 'nb'): DocumentReport {
  return runRules(analyseText(loadText(text, 'text'), source), rules, { asOf: AS_OF, locale });
}

type MdNode = { type: string; value?: string; depth?: number; children?: MdNode[] };

function parse(markdown: string): MdNode {
  return fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as MdNode;
}

function all(node: MdNode, type: string): MdNode[] {
  const found = node.type === type ? [node] : [];
  return found.concat(...(node.children ?? []).map((c) => all(c, type)));
}

function text(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(text).join('');
}

describe('formatMarkdown', () => {
  it('summarises real documents: heading with score and grade, category table, findings, counts', () => {
    const docs = [scanText(seed('s02-ekko-ipogs.txt'), 'corpus/seeds/s02-ekko-ipogs.txt'), scanText(seed('s03-iconic.txt'), 'corpus/seeds/s03-iconic.txt')];
    const md = formatMarkdown(reportOf(docs), METAS);
    const tree = parse(md);
    const headings = all(tree, 'heading').filter((h) => h.depth === 2).map(text);
    expect(headings).toEqual(docs.map((d) => `${d.source} — ${d.score}/100, karakter ${d.grade}`));
    const tables = all(tree, 'table');
    expect(tables).toHaveLength(docs.length);
    docs.forEach((doc, i) => {
      const rows = tables[i]!.children!.map((row) => row.children!.map(text));
      expect(rows[0]).toEqual(['Kategori', 'Poeng']);
      expect(rows.slice(1)).toEqual(doc.categories.map((c) => [expect.any(String), c.score === null ? '–' : String(c.score)]));
    });
    const sections = md.split(/^## /m).slice(1);
    expect(sections).toHaveLength(docs.length);
    for (const [i, doc] of docs.entries()) {
      for (const r of doc.results) {
        const listed = sections[i]!.includes(`**\`${r.ruleId}\`**`);
        expect(listed, r.ruleId).toBe(r.status === 'warn' || r.status === 'fail');
      }
    }
    const s02 = docs[0]!;
    const failing = s02.results.filter((r) => r.status === 'fail');
    const warning = s02.results.filter((r) => r.status === 'warn');
    expect(failing.length + warning.length).toBeGreaterThan(0);
    if (failing.length > 0) expect(md).toContain(`### Ikke oppfylt (${failing.length})`);
    if (warning.length > 0) expect(md).toContain(`### Bør vurderes (${warning.length})`);
    const passed = s02.results.filter((r) => r.status === 'pass').length;
    expect(md).toContain(`✅ ${passed} ${passed === 1 ? 'regel' : 'regler'} oppfylt`);
    for (const r of [...failing, ...warning]) {
      const first = r.evidence[0];
      if (first) expect(md).toContain(`Linje ${first.line}: «${escapeMarkdown(first.quote)}»`);
    }
    expect(all(tree, 'html').map((n) => n.value)).toContain('<details><summary>Forslag</summary>');
    expect(md.trimEnd().split('\n').at(-1)).toBe(`<sub>Laget med personvernsjekk ${VERSION} · skannedato 2026-11-22</sub>`);
  });

  it('lists a failing rule with its severity, first quote and line, and the suggestion folded away', () => {
    const doc = scanText(seed('s02-ekko-ipogs.txt').replace('917884757', '917884758'), 'ekko.txt', [orgNumber]);
    const r = doc.results[0]!;
    expect(r.status).toBe('fail');
    const md = formatMarkdown(reportOf([doc]), [orgNumber.meta]);
    expect(md).toContain(`## ekko.txt — ${doc.score}/100, karakter ${doc.grade}`);
    expect(md).toContain('### Ikke oppfylt (1)');
    expect(md).toContain(`❌ **\`org-number\`** · alvorlighet info · ${escapeMarkdown(r.message)}`);
    expect(md).toContain(`Linje ${r.evidence[0]!.line}: «917884758»`);
    expect(md).toContain(`<details><summary>Forslag</summary>\n\n${escapeMarkdown(orgNumber.meta.suggestion.nb)}\n\n*Rettslig grunnlag:* `);
    expect(md).toContain('✅ 0 regler oppfylt, 0 ikke relevante.');
  });

  it('escapes Markdown in quotes: pipes, emphasis, code, HTML, links', () => {
    const quote = 'a | b *c* _d_ `e` <b>f</b> [g](h) \\ i\nj';
    expect(escapeMarkdown(quote)).toBe('a \\| b \\*c\\* \\_d\\_ \\`e\\` \\<b\\>f\\</b\\> \\[g\\](h) \\\\ i j');
    const doc = handBuilt('policy_v2.md', [
      result({ message: 'Plassholder | igjen', evidence: [{ quote, start: 0, end: quote.length, line: 7, column: 3, section: '' }] }),
    ]);
    const md = formatMarkdown(reportOf([doc]), []);
    expect(md).toContain('Linje 7: «a \\| b \\*c\\* \\_d\\_ \\`e\\` \\<b\\>f\\</b\\> \\[g\\](h) \\\\ i j»');
    expect(md).toContain('Plassholder \\| igjen');
    expect(md).toContain('## policy\\_v2.md — 61/100, karakter D');
    // Rendered, the quote reads as written: no emphasis, code, HTML or link was created from it.
    const tree = parse(md);
    expect(all(tree, 'emphasis').map(text)).not.toContain('c');
    expect(all(tree, 'emphasis').map(text)).not.toContain('d');
    expect(all(tree, 'inlineCode').map(text)).toEqual(['controller-contact']);
    expect(all(tree, 'link')).toHaveLength(0);
    expect(all(tree, 'html').map((n) => n.value)).not.toContain('<b>');
    const paragraph = all(tree, 'paragraph').map(text).find((t) => t.includes('Linje 7'))!;
    expect(paragraph).toContain('«a | b *c* _d_ `e` <b>f</b> [g](h) \\ i j»');
  });

  it('handles findings without evidence, the category table with n/a, and unreadable files', () => {
    const doc = handBuilt('<stdin>', [
      result({ ruleId: 'controller-contact' }),
      result({ ruleId: 'dpo-contact', status: 'warn', severity: 'warning', suggestion: 'Oppgi kontakt til personvernombudet.' }),
      result({ ruleId: 'org-number', status: 'pass', suggestion: '' }),
      result({ ruleId: 'legitimate-interest', status: 'na', suggestion: '' }),
    ]);
    const md = formatMarkdown(reportOf([doc], [{ source: 'policies/gone.html', message: 'ENOENT: finnes ikke' }]), []);
    expect(md).toContain('*Ingen sitat – gjelder dokumentet som helhet.*');
    expect(md).toContain('| Identitet | 50 |');
    expect(md).toContain('| Rettigheter | – |');
    expect(md).toContain('### Ikke oppfylt (1)');
    expect(md).toContain('### Bør vurderes (1)');
    expect(md).toContain('✅ 1 regel oppfylt, 1 ikke relevant.');
    expect(md).not.toContain('`org-number`');
    expect(md).toContain('### Kunne ikke leses (1)\n\n- `policies/gone.html`: ENOENT: finnes ikke');
  });

  it('writes English labels with locale en', () => {
    const doc = scanText(seed('s04-invoice-club.txt'), 's04.txt', [orgNumber], 'en');
    const md = formatMarkdown(reportOf([doc]), [orgNumber.meta], { locale: 'en' });
    expect(md).toContain(`## s04.txt — ${doc.score}/100, grade ${doc.grade}`);
    expect(md).toContain('| Category | Score |');
    expect(md).toContain('| Identity |');
    expect(md).toContain('### Needs review (1)');
    expect(md).toContain('⚠️ **`org-number`** · severity info · No organisation number found.');
    expect(md).toContain('<details><summary>Suggestion</summary>');
    expect(md).toContain(`<sub>Made with personvernsjekk ${VERSION} · scan date 2026-11-22</sub>`);
  });

  it('says so when nothing was scanned', () => {
    const md = formatMarkdown(reportOf([], [{ source: 'a.html', message: 'EACCES' }]), []);
    expect(md).toContain('Ingen dokumenter ble skannet.');
    expect(md).toContain('- `a.html`: EACCES');
  });
});
