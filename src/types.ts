export type Status = 'pass' | 'warn' | 'fail' | 'na';
export type Severity = 'error' | 'warning' | 'info';
export type LanguageCode = 'nob' | 'nno' | 'eng' | 'und';
export type InputFormat = 'text' | 'markdown' | 'html';

export type CategoryId =
  | 'identity'
  | 'basis-purposes'
  | 'recipients-transfers'
  | 'retention'
  | 'rights'
  | 'quality';

export type Topic =
  | 'identity'
  | 'purposes'
  | 'basis'
  | 'data'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'rights'
  | 'complaint'
  | 'cookies'
  | 'security'
  | 'changes'
  | 'other';

/** A message in Norwegian Bokmål with an English version. */
export interface Localized {
  nb: string;
  en: string;
  /** Nynorsk, where a rule offers it (suggestions for Nynorsk documents). */
  nn?: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

/** A block of visible text in the normalised text: a heading, paragraph, list item or table row. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level 1–6 for headings; 0 otherwise. */
  level: number;
}

export interface Link {
  start: number;
  end: number;
  href: string;
}

/** What a loader hands on: visible text with a map back to the original input. */
export interface LoadedText {
  text: string;
  /** For each index in `text` (and one past the end), the index in `original`. */
  offsets: Int32Array;
  blocks: Block[];
  links: Link[];
  original: string;
  format: InputFormat;
}

export interface Token {
  start: number;
  end: number;
  /** Lower-cased word. */
  word: string;
  /** Norwegian stem of `word`. */
  stem: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  section: number;
  block: number;
  tokens: Token[];
}

export interface Section {
  index: number;
  heading: string;
  headingStart: number;
  headingEnd: number;
  /** Range of the whole section in the normalised text, heading included. */
  start: number;
  end: number;
  level: number;
  topic: Topic;
  topics: Topic[];
}

export interface LanguageInfo {
  code: LanguageCode;
  /** Share of the text, by characters, in each detected language. */
  shares: Partial<Record<LanguageCode, number>>;
  mixed: boolean;
}

export interface AnalysedDocument {
  source: string;
  format: InputFormat;
  original: string;
  text: string;
  offsets: Int32Array;
  blocks: Block[];
  links: Link[];
  sections: Section[];
  sentences: Sentence[];
  language: LanguageInfo;
  /** Start offset of each line in `original`. */
  lineStarts: number[];
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  line: number;
  column: number;
  section: string;
  /** The web page the quote is from, when it is not in the statement itself (website scans); line and column are in that page's HTML. */
  url?: string;
}

export interface RuleMeta {
  id: string;
  kind: 'requirement' | 'defect';
  category: CategoryId;
  severity: Severity;
  weight: number;
  /** E.g. "GDPR art. 13(1)(a)". */
  legalRef: string;
  description: Localized;
  /** Suggested wording or fix, shown for warn/fail. */
  suggestion: Localized;
  /** Why the rule exists: the legal requirement in two to four sentences (docs/rules/<id>.md, `explain`). */
  rationale?: Localized;
  /** Statement excerpts with the status the rule gives them; test/rules/examples.test.ts runs each one. */
  examples?: RuleExamples;
  docs?: RuleDocs;
}

/** A short excerpt worded as real statements word it. */
export interface RuleExample {
  lang: 'nb' | 'nn' | 'en';
  text: string;
  /** Why the excerpt gets its status, where that is not obvious. */
  note?: Localized;
}

export interface RuleExamples {
  pass: RuleExample[];
  /** Empty for rules that never fail (they warn instead). */
  fail: RuleExample[];
  warn?: RuleExample[];
}

export interface RuleDocs {
  /** How to fix, where the suggested wording alone is not enough. */
  fix?: Localized;
  /** What each status means for this rule, as in the rule catalogue. */
  statuses?: Partial<Record<Status, Localized>>;
}

export interface Span {
  start: number;
  end: number;
}

/** A quote from another fetched page's HTML (website scans): offsets are in that page's source. */
export interface ExternalSpan {
  url: string;
  quote: string;
  start: number;
  end: number;
}

export interface RuleOutcome {
  status: Status;
  message: Localized;
  evidence: Span[];
  /** Evidence in other pages than the statement, e.g. a tracker script on the homepage. */
  external?: ExternalSpan[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: import('./engine/context.js').RuleContext): RuleOutcome;
}

export interface RuleResult {
  ruleId: string;
  status: Status;
  severity: Severity;
  category: CategoryId;
  message: string;
  suggestion: string;
  legalRef: string;
  evidence: Evidence[];
  /** Evidence that an inline `personvernsjekk-disable-next-line` comment suppressed; reported, never dropped. */
  suppressed?: Evidence[];
}

export interface CategoryScore {
  id: CategoryId;
  score: number | null;
}

export interface DocumentReport {
  source: string;
  language: LanguageCode;
  format: InputFormat;
  score: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  categories: CategoryScore[];
  sections: Array<{ heading: string; topic: Topic; start: number; end: number; line: number }>;
  results: RuleResult[];
  /** The normalised text the evidence offsets point into (for reports that show the statement). Not part of the JSON output. */
  text: string;
  /** Website scans only: what was asked for and which page was chosen as the statement. */
  site?: SiteInfo;
}

/** How a website scan found the statement it checked (in the JSON output of website scans only). */
export interface SiteInfo {
  /** The domain or address as given. */
  input: string;
  /** The homepage after redirects, when it could be fetched. */
  homepage?: string;
  /** The statement page that was checked, after redirects. */
  chosenUrl: string;
  /** given: the address was the statement; link: linked from the homepage; sitemap: listed in sitemap.xml; guess: a common address. */
  foundBy: 'given' | 'link' | 'sitemap' | 'guess';
  /** Other candidates, best first. */
  alternatives: Array<{ url: string; foundBy: 'link' | 'sitemap' | 'guess'; score: number }>;
  /** robots.txt was not obeyed (--ignore-robots). */
  robotsIgnored?: boolean;
  /** Pages were loaded in headless Chromium (--render). */
  rendered?: boolean;
  /** With --render: cookies set before any consent was given. */
  cookies?: Array<{ name: string; domain: string }>;
}

export interface ScanError {
  source: string;
  message: string;
}

export interface Report {
  tool: { name: string; version: string };
  asOf: string;
  documents: DocumentReport[];
  errors: ScanError[];
}
