/**
 * Word patterns for Norwegian text. JavaScript's `\b` only knows ASCII, so
 * "æ", "ø" and "å" would count as word boundaries; these helpers build
 * patterns with Unicode-aware boundaries instead.
 *
 *   words('innsyn*', 'rett til innsyn', 'kopi av *opplysning*')
 *
 * - `*` at the end of a word: any continuation (inflection, compound tail)
 * - `*` at the start of a word: any beginning (compound head)
 * - a space: one or more white-space characters
 * - `~` between words: up to three other words in between
 * Matching is case-insensitive. The patterns contain no nested quantifiers,
 * so they run in linear time on untrusted input.
 */

import { foldedText, knownResult, registerLiterals, rememberResult, wordStartsOf } from './prefilter.js';
import { parseAlternatives, WordMatcher } from './word-matcher.js';

/**
 * Letters of Latin-script text (Norwegian, Sami, accented loan words) and digits.
 * Spelled out rather than `\p{L}`: a case-insensitive Unicode property class makes
 * V8 compile every pattern ~15 times slower and run it ~3 times slower, and the
 * rules hold hundreds of patterns. For the same reason the rules' own regular
 * expressions spell out `[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]` and `[0-9]`
 * where `\p{L}` and `\p{N}` would read shorter.
 */
export const LETTER_RANGES = 'a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const WORD_CHAR = `[0-9${LETTER_RANGES}]`;
const WORD_CHAR_OR_HYPHEN = `[0-9${LETTER_RANGES}-]`;
const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
}

function compileWord(word: string): string {
  let head = '';
  let tail = '';
  let core = word;
  if (core.startsWith('*')) {
    head = `${WORD_CHAR_OR_HYPHEN}*`;
    core = core.slice(1);
  }
  if (core.endsWith('*')) {
    tail = `${WORD_CHAR_OR_HYPHEN}*`;
    core = core.slice(0, -1);
  }
  return head + escape(core) + tail;
}

function compileAlternative(alt: string): string {
  const parts = alt.trim().split(/\s*~\s*/);
  return parts
    .map((part) => part.split(/\s+/).map(compileWord).join('\\s+'))
    .join('(?:\\s+[^\\s]+){0,3}?\\s+');
}

export function wordsSource(...alternatives: string[]): string {
  return `${BEFORE}(?:${alternatives.map(compileAlternative).join('|')})${AFTER}`;
}

/**
 * The regular expression of a `words()` pattern, written and compiled only when something uses it
 * directly: `test()` and `matchAll()` use the word matcher, and a statement needs a few hundred of
 * these patterns, some of them thousands of characters long. `source` and every RegExp method
 * (through `exec`) behave as the full expression does; only `new RegExp(pattern)` would copy the
 * placeholder, so copies are made with `new RegExp(pattern.source, flags)`.
 */
class WordRegExp extends RegExp {
  /** `matchAll` and `split` copy the pattern through this; RegExp itself would copy the placeholder. */
  static override get [Symbol.species](): RegExpConstructor {
    return copyOfFullExpression;
  }

  private full: RegExp | undefined;
  /** The matcher that stands in for the expression (null: the alternatives need the expression). */
  private matcher: WordMatcher | null | undefined;

  constructor(readonly alternatives: readonly string[]) {
    super('(?!)', 'giu');
  }

  override get source(): string {
    return this.expression().source;
  }

  override exec(text: string): RegExpExecArray | null {
    const full = this.expression();
    full.lastIndex = this.lastIndex;
    const found = full.exec(text);
    this.lastIndex = full.lastIndex;
    return found;
  }

  wordMatcher(): WordMatcher | null {
    if (this.matcher === undefined) {
      const parsed = parseAlternatives(this.alternatives);
      this.matcher = parsed ? new WordMatcher(parsed) : null;
    }
    return this.matcher;
  }

  private expression(): RegExp {
    return (this.full ??= new RegExp(wordsSource(...this.alternatives), 'giu'));
  }
}

const copyOfFullExpression = function (pattern: RegExp | string, flags?: string): RegExp {
  return new RegExp(typeof pattern === 'string' ? pattern : pattern.source, flags);
} as unknown as RegExpConstructor;

/** A case-insensitive, global, Unicode pattern matching any of the alternatives as whole words. */
export function words(...alternatives: string[]): RegExp {
  const pattern = new WordRegExp(alternatives);
  registerLiterals(pattern, alternatives.map(requiredLiteral));
  madeWordPatterns.push(pattern);
  return pattern;
}

/**
 * One `words()` pattern that matches what any of the given `words()` patterns matches: the same as joining
 * their regular expressions with `|`, the first pattern's alternatives tried first.
 */
export function anyWords(...patterns: RegExp[]): RegExp {
  return words(
    ...patterns.flatMap((pattern) => {
      if (!(pattern instanceof WordRegExp)) throw new Error(`anyWords() takes words() patterns, not /${pattern.source.slice(0, 40)}…/`);
      return pattern.alternatives;
    }),
  );
}

const madeWordPatterns: WordRegExp[] = [];

/** Every `words()` pattern made so far, with its alternatives: for checking the matcher against the regular expressions. */
export function wordPatterns(): Array<{ pattern: RegExp; alternatives: readonly string[] }> {
  return madeWordPatterns.map((pattern) => ({ pattern, alternatives: pattern.alternatives }));
}

let matcherEnabled = true;

/** Turns the word matcher off (or on again): for checking that it finds what the regular expressions find. */
export function useWordMatcher(on: boolean): void {
  matcherEnabled = on;
}

/** Offsets of the matches of a `words()` pattern found without its regular expression, or undefined. */
function matchWithoutRegExp(pattern: RegExp, text: string, firstOnly: boolean): number[] | undefined {
  if (!matcherEnabled || !(pattern instanceof WordRegExp)) return undefined;
  const matcher = pattern.wordMatcher();
  if (!matcher) return undefined;
  const folded = foldedText(text);
  return folded.length === text.length ? matcher.matchAll(text, folded, wordStartsOf(text), firstOnly) : undefined;
}

/**
 * Lets the prefilter skip a hand-built pattern, as it skips `words()` patterns, on texts that
 * hold none of `containsOneOf`: fixed text of which every match holds at least one piece.
 */
export function withFixedText(pattern: RegExp, containsOneOf: readonly string[]): RegExp {
  registerLiterals(pattern, containsOneOf.map((piece) => piece.toLowerCase()));
  return pattern;
}

/**
 * Whether a text holds any of `pieces` (fixed text, any case), answered by the prefilter's one pass
 * over the text: lets a caller skip a whole group of patterns whose fixed text it is.
 */
export function fixedTextTest(pieces: readonly string[]): (text: string) => boolean {
  // stands for the pieces in the prefilter; never run
  const marker = /(?!)/u;
  registerLiterals(marker, pieces.map((piece) => piece.toLowerCase()));
  return (text) => knownResult(marker, text) !== false;
}

/** The longest fixed piece of an alternative: every match contains it (in lower case). */
function requiredLiteral(alternative: string): string {
  let best = '';
  for (const word of alternative.split(/[\s~]+/)) {
    const core = word.replace(/^\*/, '').replace(/\*$/, '').toLowerCase();
    if (core.length > best.length) best = core;
  }
  return best;
}

export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

const globalVersions = new WeakMap<RegExp, RegExp>();

function globalVersion(pattern: RegExp): RegExp {
  let re = globalVersions.get(pattern);
  if (!re) globalVersions.set(pattern, (re = new RegExp(pattern.source, pattern.flags + 'g')));
  return re;
}

/** All matches of a pattern in `text`, with offsets shifted by `base`. */
export function matchAll(pattern: RegExp, text: string, base = 0): TextMatch[] {
  const known = knownResult(pattern, text);
  if (known === false) return [];
  let offsets = Array.isArray(known) ? known : undefined;
  if (!offsets) {
    offsets = matchWithoutRegExp(pattern, text, false) ?? offsetsByRegExp(pattern, text);
    rememberResult(pattern, text, offsets);
  }
  const out: TextMatch[] = [];
  for (let i = 0; i < offsets.length; i += 2) {
    out.push({ start: base + offsets[i]!, end: base + offsets[i + 1]!, text: text.slice(offsets[i], offsets[i + 1]) });
  }
  return out;
}

/**
 * The matches of several patterns, as one alternation of them would find them: leftmost first, the earlier
 * pattern on the same start, a match that overlaps one already taken left out. Lets a `words()` pattern, which
 * the word matcher runs without compiling anything, stand beside a hand-written expression instead of inside it.
 */
export function matchAllOf(patterns: readonly RegExp[], text: string, base = 0): TextMatch[] {
  const all = patterns.flatMap((pattern, rank) => matchAll(pattern, text, base).map((m) => ({ m, rank })));
  all.sort((a, b) => a.m.start - b.m.start || a.rank - b.rank);
  const out: TextMatch[] = [];
  let from = -Infinity;
  for (const { m } of all) {
    if (m.start < from) continue;
    out.push(m);
    from = m.end;
  }
  return out;
}

/** Whether any of the patterns matches anywhere in `text`. */
export function testAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => test(pattern, text));
}

function offsetsByRegExp(pattern: RegExp, text: string): number[] {
  const re = pattern.global ? pattern : globalVersion(pattern);
  re.lastIndex = 0;
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m.index, m.index + m[0].length);
  }
  return out;
}

/** Whether the pattern matches anywhere in `text`. */
export function test(pattern: RegExp, text: string): boolean {
  const known = knownResult(pattern, text);
  if (known !== undefined) return Array.isArray(known) ? known.length > 0 : known;
  const found = testUnremembered(pattern, text);
  rememberResult(pattern, text, found);
  return found;
}

function testUnremembered(pattern: RegExp, text: string): boolean {
  const offsets = matchWithoutRegExp(pattern, text, true);
  if (offsets) return offsets.length > 0;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
