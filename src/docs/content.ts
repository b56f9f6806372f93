/**
 * What a rule's documentation says, built from the rule's metadata alone. The Markdown pages
 * (rule-doc.ts) and the terminal text (explain.ts) render the same blocks, so they never drift apart.
 */
import { CATEGORY_NAMES } from '../categories.js';
import type { Localized, Rule, RuleExample, Severity, Status } from '../types.js';
import type { DocLocale } from './links.js';

/** Running text: plain strings, and code spans (rule ids, file names) that renderers mark up. */
export type Rich = ReadonlyArray<string | { code: string }>;

export interface DocExample {
  label: string;
  text: string;
  note?: string;
}

export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string; status?: Status }
  | { kind: 'paragraph'; text: Rich }
  | { kind: 'facts'; rows: Array<{ label: string; value: Rich }> }
  | { kind: 'statuses'; head: [string, string]; rows: Array<{ status: Status; meaning: string }> }
  | { kind: 'examples'; items: DocExample[] }
  | { kind: 'quote'; label: string; text: string }
  | { kind: 'code'; lang: string; text: string };

/** The scan date the examples are tested with (test/rules/examples.test.ts); policy-date depends on it. */
export const EXAMPLES_AS_OF = '2026-11-22';

const STATUS_ORDER: readonly Status[] = ['pass', 'warn', 'fail', 'na'];

const TEXT = {
  nb: {
    category: 'Kategori',
    kind: 'Type',
    severity: 'Alvorlighetsgrad',
    weight: 'Vekt',
    legal: 'Rettslig grunnlag',
    kinds: { requirement: 'krav (innhold erklæringen skal ha)', defect: 'mangel (noe erklæringen ikke skal inneholde)' },
    severities: { error: 'feil', warning: 'advarsel', info: 'info' } as Record<Severity, string>,
    why: 'Hvorfor',
    statuses: 'Resultater',
    statusHead: ['status', 'betyr'] as [string, string],
    statusNames: { pass: 'Godkjent', warn: 'Advarsel', fail: 'Feil', na: 'Ikke aktuelt' } as Record<Status, string>,
    examples: 'Eksempler',
    examplesIntro: (date: string): Rich => [
      `Korte utdrag slik de kunne stått i en norsk personvernerklæring, med resultatet regelen gir. Testene kjører hvert eksempel gjennom regelen (`,
      { code: 'test/rules/examples.test.ts' },
      `, skannedato ${date}).`,
    ],
    noExamples: 'Regelen vurderer nettsidene, ikke erklæringsteksten alene, så den har ingen teksteksempler: eksempler krever en skanning av et nettsted.',
    languages: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
    fix: 'Slik retter du det',
    suggestions: [
      ['nb', 'Forslag (bokmål)'],
      ['nn', 'Forslag (nynorsk)'],
    ] as Array<[keyof Localized, string]>,
    config: 'Konfigurasjon',
    configIntro: (): Rich => ['Slå regelen av, eller endre alvorlighetsgrad og vekt, i ', { code: 'personvernsjekk.config.json' }, ':'],
    configOff: 'slå av regelen:',
    configChange: 'eller endre alvorlighetsgrad og vekt:',
    suppress: (): Rich => [
      'I utkast i Markdown og HTML kan funn på neste linje undertrykkes med en kommentar. Undertrykte funn blir fortsatt rapportert, under ',
      { code: 'suppressed' },
      ':',
    ],
  },
  en: {
    category: 'Category',
    kind: 'Kind',
    severity: 'Severity',
    weight: 'Weight',
    legal: 'Legal reference',
    kinds: { requirement: 'requirement (content the statement must have)', defect: 'defect (something the statement must not contain)' },
    severities: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    why: 'Why',
    statuses: 'Results',
    statusHead: ['status', 'meaning'] as [string, string],
    statusNames: { pass: 'Passes', warn: 'Warns', fail: 'Fails', na: 'Not applicable' } as Record<Status, string>,
    examples: 'Examples',
    examplesIntro: (date: string): Rich => [
      `Short excerpts as they might appear in a Norwegian privacy statement, with the result the rule gives. The tests run every example through the rule (`,
      { code: 'test/rules/examples.test.ts' },
      `, scan date ${date}).`,
    ],
    noExamples: 'The rule looks at the web pages, not the statement text alone, so it has no text examples: examples need a website scan.',
    languages: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
    fix: 'How to fix',
    suggestions: [
      ['en', 'Suggestion (English)'],
      ['nb', 'Suggestion (Bokmål)'],
      ['nn', 'Suggestion (Nynorsk)'],
    ] as Array<[keyof Localized, string]>,
    config: 'Configuration',
    configIntro: (): Rich => ['Turn the rule off, or change its severity and weight, in ', { code: 'personvernsjekk.config.json' }, ':'],
    configOff: 'turn the rule off:',
    configChange: 'or change severity and weight:',
    suppress: (): Rich => [
      'In Markdown and HTML drafts a finding on the next line can be silenced with a comment. Silenced findings are still reported, under ',
      { code: 'suppressed' },
      ':',
    ],
  },
};

function pick(text: Localized, locale: DocLocale): string {
  return locale === 'en' ? text.en : text.nb;
}

const MONTHS = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "22. november 2026" / "22 November 2026", without depending on the ICU data Node was built with. */
function isoToWords(iso: string, locale: DocLocale): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `${day} ${MONTHS.en[month - 1]} ${year}` : `${day}. ${MONTHS.nb[month - 1]} ${year}`;
}

/** A severity to suggest in the config example: the next one down, or up for warnings. */
function otherSeverity(severity: Severity): Severity {
  return severity === 'warning' ? 'error' : 'warning';
}

function configSnippet(rule: Rule, locale: DocLocale): string {
  const t = TEXT[locale];
  const { id, severity, weight } = rule.meta;
  return [
    '// personvernsjekk.config.json',
    '{',
    '  "rules": {',
    `    // ${t.configOff}`,
    `    "${id}": "off"`,
    `    // ${t.configChange}`,
    `    // "${id}": { "severity": "${otherSeverity(severity)}", "weight": ${weight} }`,
    '  }',
    '}',
  ].join('\n');
}

function exampleItems(list: readonly RuleExample[], locale: DocLocale): DocExample[] {
  const languages = TEXT[locale].languages;
  return list.map((e) => ({ label: languages[e.lang], text: e.text, ...(e.note ? { note: pick(e.note, locale) } : {}) }));
}

/** The blocks of a rule's documentation, in the page's order. */
export function ruleDocBlocks(rule: Rule, locale: DocLocale): DocBlock[] {
  const t = TEXT[locale];
  const { meta } = rule;
  const blocks: DocBlock[] = [
    { kind: 'title', text: meta.id },
    { kind: 'paragraph', text: [pick(meta.description, locale)] },
    {
      kind: 'facts',
      rows: [
        { label: t.category, value: [pick(CATEGORY_NAMES[meta.category], locale), ' (', { code: meta.category }, ')'] },
        { label: t.kind, value: [t.kinds[meta.kind]] },
        { label: t.severity, value: [t.severities[meta.severity], ' (', { code: meta.severity }, ')'] },
        { label: t.weight, value: [String(meta.weight)] },
        { label: t.legal, value: [meta.legalRef] },
      ],
    },
  ];

  if (meta.rationale) blocks.push({ kind: 'heading', text: t.why }, { kind: 'paragraph', text: [pick(meta.rationale, locale)] });

  const statuses = meta.docs?.statuses;
  if (statuses && Object.keys(statuses).length > 0) {
    blocks.push(
      { kind: 'heading', text: t.statuses },
      {
        kind: 'statuses',
        head: t.statusHead,
        rows: STATUS_ORDER.filter((s) => statuses[s]).map((s) => ({ status: s, meaning: pick(statuses[s]!, locale) })),
      },
    );
  }

  blocks.push({ kind: 'heading', text: t.examples });
  const examples = meta.examples;
  const kinds = (['pass', 'warn', 'fail'] as const).filter((k) => (examples?.[k]?.length ?? 0) > 0);
  if (!examples || kinds.length === 0) {
    blocks.push({ kind: 'paragraph', text: [t.noExamples] });
  } else {
    blocks.push({ kind: 'paragraph', text: t.examplesIntro(isoToWords(EXAMPLES_AS_OF, locale)) });
    for (const k of kinds) {
      blocks.push({ kind: 'subheading', text: `${t.statusNames[k]} (${k})`, status: k }, { kind: 'examples', items: exampleItems(examples[k]!, locale) });
    }
  }

  blocks.push({ kind: 'heading', text: t.fix });
  if (meta.docs?.fix) blocks.push({ kind: 'paragraph', text: [pick(meta.docs.fix, locale)] });
  for (const [lang, label] of t.suggestions) {
    const text = meta.suggestion[lang];
    if (text) blocks.push({ kind: 'quote', label, text });
  }

  blocks.push(
    { kind: 'heading', text: t.config },
    { kind: 'paragraph', text: t.configIntro() },
    { kind: 'code', lang: 'jsonc', text: configSnippet(rule, locale) },
    { kind: 'paragraph', text: t.suppress() },
    { kind: 'code', lang: 'html', text: `<!-- personvernsjekk-disable-next-line ${meta.id} -->` },
  );
  return blocks;
}
