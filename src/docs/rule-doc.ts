import { CATEGORY_NAMES } from '../categories.js';
import type { Rule } from '../types.js';
import { ruleDocBlocks, type DocBlock, type Rich } from './content.js';
import { ruleDocFile, type DocLocale } from './links.js';

export { DOCS_BASE_URL, ruleDocFile, ruleDocPath, ruleDocUrl, type DocLocale } from './links.js';

/** First line of every generated file; scripts/rule-docs.ts only deletes files that carry it. */
export const GENERATED_MARKER = '<!-- Generert fra reglenes metadata av scripts/rule-docs.ts (npm run docs). Ikke rediger for hånd. -->';

/** Escapes what Markdown would read as markup: emphasis, links, HTML, code, table pipes, and block markers at the start. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/^([#+-])/u, '\\$1');
}

function rich(text: Rich): string {
  return text.map((part) => (typeof part === 'string' ? escapeMarkdown(part) : `\`${part.code}\``)).join('');
}

/** A paragraph of text inside a list item: later paragraphs indented under it. */
function listParagraphs(text: string): string {
  return text
    .split(/\n{2,}/u)
    .map((p) => escapeMarkdown(p.replace(/\s*\n\s*/gu, ' ')))
    .join('\n\n  ');
}

function blockToMarkdown(block: DocBlock): string {
  switch (block.kind) {
    case 'title':
      return `# ${escapeMarkdown(block.text)}`;
    case 'heading':
      return `## ${escapeMarkdown(block.text)}`;
    case 'subheading':
      return `### ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return rich(block.text);
    case 'facts':
      return block.rows.map((r) => `- **${escapeMarkdown(r.label)}:** ${rich(r.value)}`).join('\n');
    case 'statuses':
      return [
        `| ${block.head.map(escapeMarkdown).join(' | ')} |`,
        '| --- | --- |',
        ...block.rows.map((r) => `| \`${r.status}\` | ${escapeMarkdown(r.meaning)} |`),
      ].join('\n');
    case 'examples':
      return block.items.map((e) => `- **${escapeMarkdown(e.label)}:** ${listParagraphs(e.text)}${e.note ? ` *(${escapeMarkdown(e.note)})*` : ''}`).join('\n');
    case 'quote':
      return `${escapeMarkdown(block.label)}:\n\n> ${escapeMarkdown(block.text)}`;
    case 'code':
      return `\`\`\`${block.lang}\n${block.text}\n\`\`\``;
  }
}

/** A rule's page in Markdown: Norwegian (`<id>.md`) or English (`<id>.en.md`). */
export function renderRuleDoc(rule: Rule, locale: DocLocale = 'nb'): string {
  const [title, ...rest] = ruleDocBlocks(rule, locale);
  const other: DocLocale = locale === 'en' ? 'nb' : 'en';
  const switchLine = `*${locale === 'en' ? 'Norsk' : 'English'}: [${ruleDocFile(rule.meta.id, other)}](${ruleDocFile(rule.meta.id, other)})*`;
  const parts = [GENERATED_MARKER, '', blockToMarkdown(title!), '', switchLine];
  for (const block of rest) parts.push('', blockToMarkdown(block));
  return `${parts.join('\n')}\n`;
}

/** docs/rules/README.md: one row per rule, in the order given (the rule catalogue's). */
export function renderRuleIndex(rules: readonly Rule[]): string {
  const rows = rules.map((r) => {
    const m = r.meta;
    return `| [\`${m.id}\`](${ruleDocFile(m.id)}) | ${CATEGORY_NAMES[m.category].nb} | ${m.severity} | ${m.weight} | ${escapeMarkdown(m.description.nb)} | [en](${ruleDocFile(m.id, 'en')}) |`;
  });
  return [
    GENERATED_MARKER,
    '',
    '# Regler',
    '',
    `personvernsjekk har ${rules.length} regler. Hver regel har en side på norsk og en på engelsk med hva den sjekker, hvorfor, eksempler på bokmål og nynorsk og hvordan du retter funnet. Sidene lages fra reglenes metadata med \`npm run docs\`; \`personvernsjekk explain <regel-id>\` viser det samme i terminalen.`,
    '',
    `*English: each rule has a page in Norwegian and one in English (the "en" column), generated from the rule's metadata.*`,
    '',
    '| id | kategori | alvorlighetsgrad | vekt | beskrivelse | English |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export interface GeneratedDoc {
  /** File name inside docs/rules/. */
  file: string;
  content: string;
}

/** Every file in docs/rules/: the index and two pages per rule. */
export function renderRuleDocs(rules: readonly Rule[]): GeneratedDoc[] {
  const out: GeneratedDoc[] = [{ file: 'README.md', content: renderRuleIndex(rules) }];
  for (const rule of rules) {
    out.push({ file: ruleDocFile(rule.meta.id, 'nb'), content: renderRuleDoc(rule, 'nb') });
    out.push({ file: ruleDocFile(rule.meta.id, 'en'), content: renderRuleDoc(rule, 'en') });
  }
  return out;
}
