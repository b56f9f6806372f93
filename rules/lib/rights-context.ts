/**
 * Sentence context for the rights rules: negation that knows rights wording, who acts in a
 * clause, rights lists introduced by "du har rett til:", rights sections, and quoting.
 */
import type { RuleContext } from '../../src/engine/context.js';
import { NEGATORS } from '../../src/nlp/negation.js';
import { matchAll, test } from '../../src/nlp/patterns.js';
import type { Sentence, Span, Token } from '../../src/types.js';
import {
  CONTRAST,
  CONTROLLER_SUBJECT,
  NEGATION_EXEMPT,
  RETENTION_HEADING_WORDS,
  RIGHTS_HEADING,
  USER_SUBJECT,
} from './rights-terms.js';

const CLAUSE_BREAK = new Set(['men', 'but', 'unntatt', 'bortsett', 'except', 'unless', 'mens', 'while', 'whereas']);
const CONDITIONAL = new Set(['hvis', 'dersom', 'viss', 'om', 'if', 'når', 'when', 'ifall']);
const RELATIVE = new Set(['som', 'der', 'that', 'which', 'who', 'whose', 'where']);
const FINITE = new Set(['kan', 'har', 'vil', 'skal', 'må', 'får', 'bør', 'kunne', 'can', 'may', 'will', 'have', 'should', 'must']);
const PRONOUN = new Set(['du', 'dykk', 'de', 'vi', 'me', 'you', 'we', 'kunden', 'man']);
/** Finite auxiliaries and copulas: a negator right before one ("som X ikke har adgang til") sits in a subordinate clause. */
const FINITE_AUX = new Set([
  'er', 'var', 'har', 'hadde', 'kan', 'kunne', 'vil', 'ville', 'skal', 'skulle', 'må', 'måtte', 'bør', 'burde', 'får', 'fikk', 'fekk',
  'blir', 'ble', 'blei', 'vert', 'vart', 'treng', 'trenger',
]);

/** Tokens outside the phrases whose negator negates nothing ("uten ugrunnet opphold"). */
function effectiveTokens(sentence: Sentence): Token[] {
  const exempt = matchAll(NEGATION_EXEMPT, sentence.text, sentence.start);
  if (exempt.length === 0) return sentence.tokens;
  return sentence.tokens.filter((t) => !exempt.some((e) => t.start >= e.start && t.end <= e.end));
}

function gapText(sentence: Sentence, from: number, to: number): string {
  return sentence.text.slice(from - sentence.start, to - sentence.start);
}

/** An inverted main clause ("kan du", "har du", "can you") between two token positions. */
function mainClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    if (FINITE.has(tokens[i]!.word) && PRONOUN.has(tokens[i + 1]!.word)) return true;
  }
  return false;
}

/**
 * Whether the words at `span` are negated in their clause. Like the core isNegated, but a negator
 * inside a subordinate clause ("opplysninger som ikke er riktige", "hvis du ikke er fornøyd … kan du")
 * does not negate the main clause, and "uten ugrunnet opphold" is no negation.
 */
/** Negators that deny an object ("nothing to ask for"), not the act. */
const NOTHING = new Set(['ingenting', 'nothing']);

export function negatedHere(sentence: Sentence, span: Span): boolean {
  const tokens = effectiveTokens(sentence);
  let first = tokens.findIndex((t) => t.end > span.start);
  if (first < 0) first = tokens.length;
  for (let i = first - 1; i >= 0 && first - i <= 9; i--) {
    const t = tokens[i]!;
    const gap = gapText(sentence, t.end, tokens[i + 1]?.start ?? span.start);
    if (/[,;:()]/.test(gap) && !NEGATORS.has(t.word)) break;
    if (CLAUSE_BREAK.has(t.word)) break;
    if (!NEGATORS.has(t.word)) continue;
    // "det finnes ingenting hos oss å be om innsyn i": nothing to ask for, so the right is addressed as having no object
    if (NOTHING.has(t.word) && tokens.slice(i + 1, first).some((x) => x.word === 'å' || x.word === 'to')) return false;
    // "be om at opplysninger X ikke har adgang til å behandle blir rettet": the negator stands before its own finite
    // verb (subordinate word order, the relative pronoun left out), and another finite verb follows before the span
    if (FINITE_AUX.has(tokens[i + 1]?.word ?? '') && tokens.slice(i + 2, first).some((x) => FINITE_AUX.has(x.word))) return false;
    // who owns this negator?
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const w = tokens[j]!.word;
      if (/[,;:]/.test(gapText(sentence, tokens[j]!.end, tokens[j + 1]!.start))) break;
      if (RELATIVE.has(w)) return false;
      if (CONDITIONAL.has(w)) return !mainClauseBetween(tokens, i + 1, first);
    }
    return true;
  }
  let last = first;
  while (last < tokens.length && tokens[last]!.start < span.end) last++;
  // a negator between the words of a phrase ("samtykket kan ikke trekkes tilbake")
  for (let i = first; i < last; i++) if (NEGATORS.has(tokens[i]!.word)) return true;
  for (let i = last; i < Math.min(tokens.length, last + 2); i++) {
    const gap = gapText(sentence, tokens[i - 1]!.end, tokens[i]!.start);
    if (/[,;:.()]/.test(gap)) break;
    if (NEGATORS.has(tokens[i]!.word)) return true;
  }
  return false;
}

/** The part of the sentence, between contrast markers ("men", "but", ";"), that holds the span. */
export function contrastPart(sentence: Sentence, span: Span): Span & { text: string } {
  const rel = span.start - sentence.start;
  let from = 0;
  let to = sentence.text.length;
  for (const m of sentence.text.matchAll(CONTRAST)) {
    if (m.index! + m[0].length <= rel) from = m.index! + m[0].length;
    else if (m.index! >= rel) {
      to = m.index!;
      break;
    }
  }
  return { start: sentence.start + from, end: sentence.start + to, text: sentence.text.slice(from, to) };
}

const NEW_CLAUSE_START = new Set(['og', 'men', 'and', 'but', 'mens', 'så', 'vi', 'we', 'du', 'you', 'dette', 'det', 'this', 'it', 'deretter', 'then']);

/** The clause before the span: back to a semicolon, colon, or a comma that starts a new clause ("…, og vi …"). */
export function clauseBefore(sentence: Sentence, span: Span): { text: string; tokens: Token[] } {
  const tokens = sentence.tokens;
  let first = tokens.findIndex((t) => t.end > span.start);
  if (first < 0) first = tokens.length;
  let from = 0;
  for (let i = first - 1; i >= 0; i--) {
    const before = i > 0 ? gapText(sentence, tokens[i - 1]!.end, tokens[i]!.start) : '';
    if (/[;:]/.test(before) || (/,/.test(before) && NEW_CLAUSE_START.has(tokens[i]!.word))) {
      from = i;
      break;
    }
  }
  const clauseTokens = tokens.slice(from, first);
  const start = clauseTokens[0]?.start ?? span.start;
  return { text: ctxSlice(sentence, start, span.start), tokens: clauseTokens };
}

function ctxSlice(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

export type Actor = 'user' | 'controller' | 'none';

/**
 * Who acts in the clause of the span: the data subject ("du", "kunden"), the controller ("vi"), or no one
 * (a passive). The subject before the verb decides; with none, an inverted subject right after it does
 * ("Normalt sletter vi …").
 */
export function actorBefore(sentence: Sentence, span: Span): Actor {
  for (const t of clauseBefore(sentence, span).tokens) {
    if (USER_SUBJECT.has(t.word)) return 'user';
    if (CONTROLLER_SUBJECT.has(t.word)) return 'controller';
  }
  const next = sentence.tokens.find((t) => t.start >= span.end);
  if (next && /^\s*$/u.test(sentence.text.slice(span.end - sentence.start, next.start - sentence.start))) {
    if (CONTROLLER_SUBJECT.has(next.word)) return 'controller';
    if (USER_SUBJECT.has(next.word)) return 'user';
  }
  return 'none';
}

/** The sentence that introduces the list the sentence belongs to ("Du har blant annet rett til:"), if any. */
export function listLeadIn(ctx: RuleContext, sentence: Sentence): Sentence | undefined {
  const kind = ctx.doc.blocks[sentence.block]?.kind;
  const short = sentence.tokens.length <= 14;
  if (kind !== 'list-item' && kind !== 'table-row' && !short) return undefined;
  for (let i = sentence.index - 1, steps = 0; i >= 0 && steps < 20; i--, steps++) {
    const prev = ctx.sentences[i]!;
    if (prev.section !== sentence.section) return undefined;
    const prevKind = ctx.doc.blocks[prev.block]?.kind;
    if (prevKind === 'heading') return undefined;
    if (/:\s*$/.test(prev.text)) return prev;
    if (prevKind === 'list-item' || prevKind === 'table-row') continue;
    // the paragraph right before a bulleted list introduces it, colon or not ("Du har følgende rettigheter")
    if (kind === 'list-item' && ctx.doc.blocks[ctx.sentences[i + 1]!.block]?.kind === 'list-item') return prev;
    if (prev.tokens.length <= 14) continue;
    return undefined;
  }
  return undefined;
}

/** The headings above a section, nearest first. */
export function headingChain(ctx: RuleContext, sentence: Sentence): string[] {
  return ctx.headingChain(ctx.sectionOf(sentence));
}

/** A heading about the data subject's rights: "Dine rettigheter", "Rett til innsyn", or one that lists rights ("Innsyn og retting"). */
export function isRightsHeading(heading: string, rightNounsIn: (h: string) => number): boolean {
  if (test(RIGHTS_HEADING, heading)) return true;
  return rightNounsIn(heading) >= 2 && !test(RETENTION_HEADING_WORDS, heading);
}

/** What to quote for a found item: the sentence when it is short, otherwise the clause around the match. */
export function quoteSpan(sentence: Sentence, span: Span): Span {
  if (sentence.text.length <= 220) return { start: sentence.start, end: sentence.end };
  const rel = span.start - sentence.start;
  const head = sentence.text.slice(0, rel);
  let from = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('. '));
  from = from < 0 ? 0 : from + 1;
  if (rel - from > 160) from = Math.max(head.lastIndexOf(',') + 1, 0);
  const tailRel = span.end - sentence.start;
  const tail = sentence.text.slice(tailRel);
  const stop = tail.search(/[;]|,\s|\.\s/u);
  let to = stop >= 0 ? tailRel + stop : sentence.text.length;
  if (to - tailRel > 160) to = tailRel + Math.max(tail.slice(0, 160).lastIndexOf(' '), 0);
  let start = sentence.start + from;
  while (start < span.start && /\s/u.test(sentence.text[start - sentence.start]!)) start++;
  return { start, end: sentence.start + to };
}

/** The clause around a span (between commas, semicolons and colons), for short quotes in messages. */
export function clauseAround(sentence: Sentence, span: Span): Span {
  const rel = span.start - sentence.start;
  const head = sentence.text.slice(0, rel);
  let from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  if (head.slice(from).trim() === '' && from > 0) from = Math.max(0, head.slice(0, from - 1).search(/[^,;:]*$/u));
  const tailRel = span.end - sentence.start;
  const stop = sentence.text.slice(tailRel).search(/[,;:]/u);
  const to = stop >= 0 ? tailRel + stop : sentence.text.length;
  let start = sentence.start + from;
  while (start < span.start && /\s/u.test(sentence.text[start - sentence.start]!)) start++;
  return { start, end: sentence.start + to };
}

/** Quoted text of spans for messages, «…», at most `max`. */
export function quoteList(ctx: RuleContext, spans: Span[], max = 2): string {
  return [...new Set(spans.map((s) => ctx.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()))]
    .slice(0, max)
    .map((q) => `«${q.length > 110 ? `${q.slice(0, 107)}…` : q}»`)
    .join(', ');
}

/** "i avsnittene «Dine rettigheter», …" or the whole text, for messages about missing content. */
export function searched(ctx: RuleContext, ...topics: Parameters<RuleContext['headingsFor']>): { nb: string; en: string } {
  const headings = [...new Set(ctx.headingsFor(...topics))];
  if (headings.length === 0) return { nb: 'Søkte i hele teksten; den har ikke noe eget avsnitt om dette.', en: 'Searched the whole text; it has no section on this.' };
  const list = headings.slice(0, 5).map((h) => `«${h.length > 60 ? `${h.slice(0, 57)}…` : h}»`).join(', ');
  return { nb: `Søkte i hele teksten, også i ${list}.`, en: `Searched the whole text, including ${list}.` };
}

/** Distinct spans by start offset, in document order. */
export function distinctSpans<T extends Span>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

/** Article numbers cited in the sentence ("art. 15–22", "artikkel 15, 16 og 17"). */
export function citedArticles(text: string): Set<number> {
  const out = new Set<number>();
  const head = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:artikkel|artiklene|artiklane|artikler|artiklar|articles?|art)\.?\s*/giu;
  let m: RegExpExecArray | null;
  while ((m = head.exec(text)) !== null) {
    let rest = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    let prev: number | undefined;
    let range = false;
    for (let guard = 0; guard < 10; guard++) {
      const num = /^(\d{1,2})(?!\d)(?:\s*\(\d+\))*(?:\s*(?:nr\.?|bokstav|lit\.?)\s*\d*\s*[a-f]?\)?)?/u.exec(rest);
      if (!num) break;
      const n = Number(num[1]);
      if (range && prev !== undefined && n > prev && n - prev <= 10) for (let k = prev; k <= n; k++) out.add(k);
      else out.add(n);
      prev = n;
      rest = rest.slice(num[0].length);
      const sep = /^\s*([-–—]|til|to|og|and|,|&|samt)\s*/iu.exec(rest);
      if (!sep) break;
      range = /^(?:[-–—]|til|to)$/iu.test(sep[1]!);
      rest = rest.slice(sep[0].length);
    }
  }
  return out;
}
