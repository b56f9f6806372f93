/**
 * Helpers shared by the data-flow rules: heading chains, negation that reaches into lists,
 * service mentions and navigation lines.
 */
import type { RuleContext } from '../../src/engine/context.js';
import { perDocument } from '../../src/memo.js';
import { NEGATORS } from '../../src/nlp/negation.js';
import { matchAll, test, words, type TextMatch } from '../../src/nlp/patterns.js';
import type { Section, Sentence, Span } from '../../src/types.js';
import { mayNameService, SERVICE_PATTERNS, type ServiceEntry } from './dataflow-services.js';

/** A section's heading and the headings of the sections it sits under (nearest first). */
export function headingChain(ctx: RuleContext, section: Section): string[] {
  return ctx.headingChain(section);
}

/** Whether the heading of the sentence's section, or of a section it sits under, matches `pattern` (and not `exclude`). */
export function underHeading(ctx: RuleContext, sentence: Sentence, pattern: RegExp, exclude?: RegExp): boolean {
  return headingChain(ctx, ctx.sectionOf(sentence)).some((h) => test(pattern, h) && !(exclude && test(exclude, h)));
}

/** A comma or conjunction followed by a subject starts a new clause that the negation does not reach. */
const NEW_CLAUSE = /(?:,|\s(?:og|and|men|but|eller|or))\s+(?:vi|we|du|you|det|dei|de|it|they|som|which|who|der|hvor|kor|dette|this)\s/iu;

const LIST_BREAK = new Set(['men', 'but', 'unntatt', 'bortsett', 'except', 'dersom', 'hvis', 'viss', 'if', 'unless', 'derfor', 'so']);

/**
 * isNegated, extended to lists: "Det er ikke installert Google Analytics, Meta Pixel eller andre
 * analyseverktøy" negates every item, although commas end a clause for the core helper.
 */
export function negatedInList(ctx: RuleContext, sentence: Sentence, span: Span): boolean {
  if (ctx.isNegated(sentence, span)) return true;
  const tokens = sentence.tokens;
  let first = tokens.findIndex((t) => t.end > span.start);
  if (first < 0) first = tokens.length;
  for (let i = first - 1; i >= 0 && first - i <= 14; i--) {
    const t = tokens[i]!;
    const gap = sentence.text.slice(t.end - sentence.start, (tokens[i + 1]?.start ?? span.start) - sentence.start);
    if (/[;.:()]/.test(gap)) return false;
    if (LIST_BREAK.has(t.word)) return false;
    if (NEGATORS.has(t.word)) {
      // a negated verb phrase followed by a list: items joined by commas and "og/eller/and/or", no new clause
      const between = ` ${sentence.text.slice(t.end - sentence.start, span.start - sentence.start)} `;
      if (NEW_CLAUSE.test(between)) return false;
      return /,|\s(?:eller|og|or|and|nor)\s/i.test(between);
    }
  }
  return false;
}

export interface ServiceMention extends Span {
  entry: ServiceEntry;
  sentence: Sentence;
  negated: boolean;
}

const FOLLOW_US = /(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])(?:følg oss|fylg oss|følg me|follow us|finn oss på|find us on|del på|share on|lik oss)(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])/iu;

/** A line of site navigation or social-media links, not a statement. */
export function isNavigationLine(ctx: RuleContext, sentence: Sentence): boolean {
  if (FOLLOW_US.test(sentence.text)) return true;
  if (sentence.tokens.length > 4) return false;
  const links = ctx.doc.links.filter((l) => l.start < sentence.end && l.end > sentence.start);
  if (links.length === 0) return false;
  const covered = links.reduce((n, l) => n + Math.min(l.end, sentence.end) - Math.max(l.start, sentence.start), 0);
  return covered >= sentence.text.replace(/\s+/g, '').length * 0.8;
}

/** Every service named in the document, longest name first where names overlap ("Google Analytics" over "Google"). */
export function findServices(ctx: RuleContext, filter: (e: ServiceEntry) => boolean = () => true): ServiceMention[] {
  const out: ServiceMention[] = [];
  for (const { sentence, found } of serviceMatches(ctx)) {
    let lastEnd = -1;
    for (const m of found) {
      if (m.start < lastEnd || !filter(m.entry)) continue;
      lastEnd = m.end;
      out.push({ start: m.start, end: m.end, entry: m.entry, sentence, negated: negatedInList(ctx, sentence, m) });
    }
  }
  return out;
}

type SentenceServices = { sentence: Sentence; found: Array<TextMatch & { entry: ServiceEntry }> };

/**
 * Every service pattern's matches in each sentence that is not navigation, by start and longest first: found
 * once per document for the rules that look for services, each with its own choice of services.
 */
const serviceMatches = perDocument((ctx): SentenceServices[] => {
  const all: SentenceServices[] = [];
  for (const sentence of ctx.sentences) {
    if (!mayNameService(sentence.text) || isNavigationLine(ctx, sentence)) continue;
    const found: Array<TextMatch & { entry: ServiceEntry }> = [];
    for (const { entry, regex } of SERVICE_PATTERNS) {
      for (const m of matchAll(regex, sentence.text, sentence.start)) found.push({ ...m, entry });
    }
    if (found.length === 0) continue;
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    all.push({ sentence, found });
  }
  return all;
});

/** Distinct names, in order of first appearance. */
export function uniqueNames(mentions: Array<{ entry: ServiceEntry }>): string[] {
  return [...new Set(mentions.map((m) => m.entry.name))];
}

/** The quoted text of spans, for messages. */
export function quoteList(ctx: RuleContext, spans: Span[], max = 3): string {
  const quotes: string[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (quotes.length >= max) break;
    // the same span again (one sentence found by several matches) needs no second look at its text
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const quote = ctx.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    if (!quotes.includes(quote)) quotes.push(quote);
  }
  return quotes.map((q) => `«${q.length > 90 ? `${q.slice(0, 87)}…` : q}»`).join(', ');
}

/** The headings searched, for messages about missing content. */
export function searchedIn(ctx: RuleContext, ...topics: Parameters<RuleContext['headingsFor']>): string {
  const headings = ctx.headingsFor(...topics);
  return headings.length > 0 ? headings.map((h) => `«${h}»`).join(', ') : '';
}

/** The clause around a span: from the last comma, semicolon or colon before it to the next one after it. */
export function clauseOf(sentence: Sentence, span: Span): Span {
  const rel = span.start - sentence.start;
  const head = sentence.text.slice(0, rel);
  const startRel = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const tail = sentence.text.slice(span.end - sentence.start);
  const stop = tail.search(/[,;:]/u);
  const endRel = stop >= 0 ? span.end - sentence.start + stop : sentence.text.length;
  let start = sentence.start + startRel;
  while (start < span.start && /\s/u.test(sentence.text[start - sentence.start]!)) start++;
  return { start, end: sentence.start + endRel };
}

/** Drops spans whose quoted text repeats an earlier one. */
export function distinctQuotes<T extends Span>(ctx: RuleContext, spans: T[]): T[] {
  const seenSpans = new Set<string>();
  const seen = new Set<string>();
  return spans.filter((s) => {
    const spanKey = `${s.start}:${s.end}`;
    if (seenSpans.has(spanKey)) return false;
    seenSpans.add(spanKey);
    const key = ctx.text.slice(s.start, s.end).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Groups of people data is shared with ("deles med andre foresatte", "shared with other members"). */
const PEER_RECIPIENT = words(
  'foresatte', 'føresette', 'foreldre', 'foreldra', 'foreldrene', 'medlemmer', 'medlemmene', 'medlemar', 'medlemane', 'medlemmar',
  'medlemmane', 'trenere', 'trenarar', 'lagledere', 'lagleiarar', 'instruktører', 'instruktørar', 'deltakere', 'deltakarar', 'lærere',
  'lærarar', 'styret', 'styremedlemmer', 'parents', 'guardians', 'members', 'coaches', 'participants', 'teachers',
);
/** Places and laws that follow "til"/"med" without being recipients ("overføres til USA", "i samsvar med Personopplysningsloven"). */
const NOT_A_RECIPIENT =
  /^(?:norge|noreg|norway|usa|us|eu|eøs|eea|eu\/eøs|europa|europe|utlandet|deg|dere|dykk|oss|you|meg|me|gdpr|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]*(?:lov|loven|lova|lovens|forordning(?:en|a)?|forskrift(?:en|a)?|regelverk(?:et)?|act|regulation))$/iu;
/** Words that bind the preposition to themselves: "i samsvar med", "i henhold til", "in accordance with". */
const BOUND_PREPOSITION = new Set([
  'samsvar', 'henhold', 'tråd', 'accordance', 'line', 'compliance', 'forbindelse', 'connection', 'tillegg', 'addition', 'hensyn', 'regard',
  'respect',
]);
/** Words before the recipient that do not name it ("andre foresatte", "our partners"). */
const DETERMINER = new Set([
  'andre', 'de', 'dei', 'våre', 'vår', 'vårt', 'sine', 'sin', 'sitt', 'ulike', 'enkelte', 'the', 'our', 'other', 'its', 'their', 'selected',
  'utvalgte', 'utvalde',
]);

/**
 * Who the data goes to, named right after the verb and its preposition: "delt med NMF", "deles med Hyperion",
 * "overføres til Visma", "deles med andre foresatte", "shared with Acme". A proper noun or a group of people;
 * not a place, a law or the data subject.
 */
export function namedRecipientAfter(sentence: Sentence, verbEnd: number): boolean {
  const rest = sentence.text.slice(verbEnd - sentence.start, verbEnd - sentence.start + 160);
  const m = /^((?:\s+[^\s.;:!?]+){0,4}?)\s+(?:med|with|til|to|hos)((?:\s+[^\s.;:!?,()]+){1,3})/iu.exec(rest);
  if (!m) return false;
  const before = m[1]!.trim().split(/\s+/u);
  if (BOUND_PREPOSITION.has((before[before.length - 1] ?? '').toLowerCase())) return false;
  const object = m[2]!.trim().split(/\s+/u);
  const first = object.findIndex((w) => !DETERMINER.has(w.toLowerCase()));
  if (first < 0) return false;
  const word = object[first]!.replace(/[«»"'’]/gu, '');
  if (word.length < 2 || NOT_A_RECIPIENT.test(word)) return false;
  if (test(PEER_RECIPIENT, word)) return true;
  // a proper noun or an acronym, in a sentence that is not all capitals
  const capitals = sentence.text.replace(/[^\p{Lu}]/gu, '').length;
  const letters = sentence.text.replace(/[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/gu, '').length;
  return /^\p{Lu}/u.test(word) && capitals < letters * 0.5;
}
