import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { allRules, rulesById } from '../rules/index.js';
import { validateConfig } from '../src/config.js';
import { DOCS_BASE_URL, explainRule, ruleDocPath, ruleDocUrl } from '../src/docs/explain.js';
import { escapeMarkdown, GENERATED_MARKER, renderRuleDoc, renderRuleDocs, renderRuleIndex } from '../src/docs/rule-doc.js';
import type { Rule } from '../src/types.js';

const ROOT = join(import.meta.dirname, '..');
const DOCS = join(ROOT, 'docs', 'rules');
const ids = allRules.map((r) => r.meta.id);
const squash = (s: string) => s.replace(/\s+/gu, ' ');
const retention = rulesById.get('retention')!;

describe('docs/rules is up to date with the rules\' metadata', () => {
  const docs = renderRuleDocs(allRules);

  it('has the index and a Norwegian and an English page per rule', () => {
    expect(docs.map((d) => d.file)).toEqual(['README.md', ...ids.flatMap((id) => [`${id}.md`, `${id}.en.md`])]);
  });

  for (const doc of docs) {
    it(`docs/rules/${doc.file} matches what the metadata renders (run «npm run docs» if not)`, () => {
      const path = join(DOCS, doc.file);
      expect(existsSync(path), `${path} is missing`).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(doc.content);
    });
  }

  it('holds no generated page for a rule that no longer exists', () => {
    const wanted = new Set(docs.map((d) => d.file));
    const stale = readdirSync(DOCS).filter((f) => f.endsWith('.md') && !wanted.has(f) && readFileSync(join(DOCS, f), 'utf8').startsWith(GENERATED_MARKER));
    expect(stale).toEqual([]);
  });
});

describe('a rule page', () => {
  const page = renderRuleDoc(retention, 'nb');
  const english = renderRuleDoc(retention, 'en');

  it('has the sections in order: title, facts, why, statuses, examples, fix, configuration', () => {
    const order = ['# retention', '- **Kategori:** Lagring (`retention`)', '- **Vekt:** 3', '## Hvorfor', '## Resultater', '## Eksempler', '### Godkjent (pass)', '### Advarsel (warn)', '### Feil (fail)', '## Slik retter du det', '## Konfigurasjon'];
    const positions = order.map((s) => page.indexOf(s));
    expect(positions.every((p) => p >= 0), order.filter((_, i) => positions[i]! < 0).join(', ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain('- **Rettslig grunnlag:** GDPR art. 13(2)(a), art. 14(2)(a), art. 5(1)(e)');
    expect(page).toContain('| `warn` | bare vage formuleringer («så lenge det er nødvendig») |');
  });

  it('labels every example bokmål or nynorsk and gives its note', () => {
    expect(page).toContain('- **nynorsk:** Vi lagrar opplysningane så lenge det er naudsynt for føremålet med behandlinga.');
    expect(page).toContain('- **bokmål:** Vi lagrer opplysningene så lenge du er medlem. *(Et kriterium knyttet til en hendelse holder.)*');
    expect(english).toContain('- **Bokmål:** Vi lagrer opplysningene så lenge du er medlem. *(A criterion tied to an event is enough.)*');
  });

  it('links the pages of the two languages to each other', () => {
    expect(page).toContain('*English: [retention.en.md](retention.en.md)*');
    expect(english).toContain('*Norsk: [retention.md](retention.md)*');
    expect(english).toContain('## Why');
    expect(english).toContain('Suggestion (English):');
  });

  it('gives a configuration snippet that the config loader accepts', () => {
    for (const rule of allRules) {
      const md = renderRuleDoc(rule, 'nb');
      const snippet = /```jsonc\n([\s\S]*?)\n```/u.exec(md)![1]!;
      const config = validateConfig(parse(snippet), 'docs', ids);
      expect(config.rules).toEqual({ [rule.meta.id]: 'off' });
      // the commented alternative is valid too
      const alternative = /\/\/ ("[^"]+": \{[^}]*\})/u.exec(snippet)![1]!;
      expect(() => validateConfig(parse(`{ "rules": { ${alternative} } }`), 'docs', ids)).not.toThrow();
    }
  });

  it('escapes Markdown in the rules\' text, so template placeholders show as written', () => {
    const md = renderRuleDoc(rulesById.get('placeholder-text')!, 'nb');
    expect(md).toContain('Behandlingsansvarlig er \\[firmanavn\\], Postboks 1234, 0123 Oslo.');
    expect(escapeMarkdown('a|b <c> *d* _e_ `f`')).toBe('a\\|b \\<c\\> \\*d\\* \\_e\\_ \\`f\\`');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
  });

  it('says that examples need a website scan when a rule has none, and leaves out what it lacks', () => {
    const bare: Rule = { ...retention, meta: { ...retention.meta, examples: undefined, rationale: undefined, docs: undefined } };
    const md = renderRuleDoc(bare, 'nb');
    expect(md).toContain('eksempler krever en skanning av et nettsted');
    expect(md).not.toContain('## Hvorfor');
    expect(md).not.toContain('## Resultater');
    expect(renderRuleDoc(bare, 'en')).toContain('examples need a website scan');
    expect(explainRule(bare)).toContain('eksempler krever en skanning av et nettsted');
  });

  it('lists every rule in the index with category, severity, weight and description', () => {
    const index = renderRuleIndex(allRules);
    expect(index).toContain('| [`retention`](retention.md) | Lagring | error | 3 | Erklæringen sier hvor lenge personopplysningene lagres, eller hvilke kriterier som avgjør lagringstiden. | [en](retention.en.md) |');
    for (const id of ids) expect(index).toContain(`[\`${id}\`](${id}.md)`);
  });
});

describe('explainRule', () => {
  it('prints the same content as the page, as plain text', () => {
    const text = explainRule(retention);
    const flat = squash(text);
    const meta = retention.meta;
    expect(text.startsWith('retention\n')).toBe(true);
    for (const heading of ['Hvorfor', 'Resultater', 'Eksempler', 'Slik retter du det', 'Konfigurasjon']) expect(text).toContain(`\n${heading}\n`);
    expect(flat).toContain(squash(meta.rationale!.nb));
    expect(flat).toContain(squash(meta.suggestion.nb));
    expect(flat).toContain(squash(meta.suggestion.nn!));
    for (const kind of ['pass', 'warn', 'fail'] as const) for (const e of meta.examples![kind] ?? []) expect(flat).toContain(squash(e.text));
    expect(text).toContain('"retention": "off"');
    expect(text).toContain(`Mer: ${DOCS_BASE_URL}retention.md`);
    expect(text).not.toMatch(/\x1b\[/u);
    expect(text).not.toContain('**');
  });

  it('wraps at 100 columns for every rule, in both languages', () => {
    for (const rule of allRules) {
      for (const locale of ['nb', 'en'] as const) {
        const long = explainRule(rule, { locale }).split('\n').filter((l) => l.length > 100 && !l.startsWith('Mer: ') && !l.startsWith('More: '));
        expect(long, `${rule.meta.id} (${locale})`).toEqual([]);
      }
    }
  });

  it('speaks English when asked, and colours headings and statuses when asked', () => {
    const text = explainRule(retention, { locale: 'en', color: true });
    expect(text).toContain('\x1b[1mWhy\x1b[22m');
    expect(text).toContain('\x1b[32mPasses (pass)\x1b[39m');
    expect(squash(text)).toContain(squash(retention.meta.rationale!.en));
    expect(text).toContain(`More: ${DOCS_BASE_URL}retention.en.md`);
  });
});

describe('links to the rule pages', () => {
  it('points to docs/rules/<id>.md in the repository and on the web', () => {
    expect(ruleDocPath('retention')).toBe('docs/rules/retention.md');
    expect(ruleDocPath('retention', 'en')).toBe('docs/rules/retention.en.md');
    expect(ruleDocUrl('retention')).toBe(`${DOCS_BASE_URL}retention.md`);
    expect(DOCS_BASE_URL).toBe('https://github.com/personvernsjekk/personvernsjekk/blob/main/docs/rules/');
    for (const id of ids) expect(existsSync(join(ROOT, ruleDocPath(id)))).toBe(true);
  });
});
