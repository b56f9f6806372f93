/**
 * Matches a `words()` pattern without its regular expression, with the same
 * results: the same leftmost matches, the same alternative chosen first, the
 * same ends. A statement needs a few hundred of these patterns, and V8 spends
 * far longer compiling their large case-insensitive alternations than this
 * matcher spends on a whole statement.
 *
 * The matcher reads the text folded to lower case (same length as the text),
 * and decides what is a letter, a digit or white space by asking the
 * regular-expression classes the pattern itself uses, once per character code.
 */

/** One word of an alternative: `*core*`. */
interface WordPart {
  head: boolean;
  core: string;
  tail: boolean;
}

interface Alternative {
  words: WordPart[];
  /** Whether word k is preceded by a `~` gap (up to three other words) rather than white space. */
  gapBefore: boolean[];
}

const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/** Must stay the class `patterns.ts` builds its boundaries from. */
const WORD_CHAR_CLASS = /^[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]$/iu;
const SPACE_CLASS = /^\s$/u;

const wordCharKnown = new Uint8Array(65536);
const spaceKnown = new Uint8Array(65536);

function isWordCode(code: number): boolean {
  let known = wordCharKnown[code]!;
  if (known === UNKNOWN) {
    known = code < 0xd800 || code > 0xdfff ? (WORD_CHAR_CLASS.test(String.fromCharCode(code)) ? YES : NO) : NO;
    wordCharKnown[code] = known;
  }
  return known === YES;
}

function isSpaceCode(code: number): boolean {
  let known = spaceKnown[code]!;
  if (known === UNKNOWN) {
    known = SPACE_CLASS.test(String.fromCharCode(code)) ? YES : NO;
    spaceKnown[code] = known;
  }
  return known === YES;
}

/** A word character or a hyphen: what `*` stands for. */
function isRunCode(code: number): boolean {
  return code === 0x2d || isWordCode(code);
}

/**
 * The alternatives as `words()` reads them, or undefined when one of them is
 * outside what this matcher does (the regular expression is used instead).
 */
export function parseAlternatives(alternatives: readonly string[]): Alternative[] | undefined {
  const parsed: Alternative[] = [];
  for (const alternative of alternatives) {
    const words: WordPart[] = [];
    const gapBefore: boolean[] = [];
    const parts = alternative.trim().split(/\s*~\s*/);
    for (let p = 0; p < parts.length; p++) {
      const pieces = parts[p]!.split(/\s+/);
      for (let w = 0; w < pieces.length; w++) {
        let core = pieces[w]!;
        const head = core.startsWith('*');
        if (head) core = core.slice(1);
        const tail = core.endsWith('*');
        if (tail) core = core.slice(0, -1);
        core = foldText(core);
        // a lone `*` (any word) is read, but not as the first word, which would make every word a place to start
        const emptyAllowed = head && !tail && words.length > 0;
        if ((core.length === 0 && !emptyAllowed) || core.includes('*') || !core.split('').every(isFoldSafe)) return undefined;
        words.push({ head, core, tail });
        gapBefore.push(p > 0 && w === 0);
      }
    }
    parsed.push({ words, gapBefore });
  }
  return parsed;
}

/**
 * Case folding that keeps every character in its place: lower case, and the long s
 * as s (which case-insensitive matching does and `toLowerCase` does not).
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replace(/\u017f/g, 's') : lower;
}

/**
 * Characters of a word whose case-insensitive matches are exactly the
 * characters that fold to them (the tests check this for every code unit).
 * Greek is left out (final sigma folds by context), and so are the micro sign
 * and the combining iota, which match Greek letters.
 */
export function isFoldSafe(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x370 && code !== 0xb5 && code !== 0x345;
}

/** Positions where a word without a `*` head can begin: not white space, and not after a letter or digit. */
export function wordStarts(text: string): Int32Array {
  const starts = new Int32Array(text.length);
  let count = 0;
  let afterWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!afterWordChar && !isSpaceCode(code)) starts[count++] = i;
    afterWordChar = isWordCode(code);
  }
  return starts.slice(0, count);
}

/** Highest character code (plus one) a folded word can begin with. */
const FIRST_CHAR_LIMIT = 0x370;

export class WordMatcher {
  /** Bit set of the characters that first words without a `*` head begin with. */
  private readonly firstChars = new Uint32Array(FIRST_CHAR_LIMIT >>> 5);
  /** Distinct first words with a `*` head: found by searching for their core. */
  private readonly headedFirstWords: WordPart[];
  /** For each first character, the alternatives that can match at a word beginning with it, in order. */
  private readonly alternativesByFirstChar = new Map<number, Alternative[]>();
  /** The alternatives whose first word has a `*` head, in order. */
  private readonly headedAlternatives: Alternative[];
  private text = '';
  private folded = '';
  /** The run of letters, digits and hyphens last measured, [runStart, runTo), and where cores start in it. */
  private runStart = -1;
  private runTo = -1;
  private runPlaces: Map<string, number[]> | undefined;

  constructor(alternatives: Alternative[]) {
    const headed = new Map<string, WordPart>();
    for (const { words } of alternatives) {
      const first = words[0]!;
      if (first.head) headed.set(first.core, first);
      else {
        const code = first.core.charCodeAt(0);
        this.firstChars[code >>> 5]! |= 1 << (code & 31);
      }
    }
    this.headedFirstWords = [...headed.values()];
    this.headedAlternatives = alternatives.filter(({ words }) => words[0]!.head);
    for (const { words } of alternatives) {
      const code = words[0]!.core.charCodeAt(0);
      if (words[0]!.head || this.alternativesByFirstChar.has(code)) continue;
      this.alternativesByFirstChar.set(
        code,
        alternatives.filter(({ words: [first] }) => first!.head || first!.core.charCodeAt(0) === code),
      );
    }
  }

  /**
   * Every match, as the global regular expression would find them: pairs of
   * start and end offsets, flattened. `folded` is `foldText(text)`, of the same
   * length, and `starts` is `wordStarts(text)`.
   */
  matchAll(text: string, folded: string, starts: Int32Array, firstOnly = false): number[] {
    this.text = text;
    this.folded = folded;
    this.runStart = this.runTo = -1;
    const out: number[] = [];
    // without `*` heads, the candidates are the word starts themselves, in order
    const headed = this.headedFirstWords.length > 0;
    const candidates = headed ? this.candidateStarts(starts) : starts;
    let from = 0;
    for (let i = 0; i < candidates.length; i++) {
      const start = candidates[i]!;
      if (start < from || (i > 0 && start === candidates[i - 1])) continue;
      if (!headed && !this.beginsFirstWord(folded.charCodeAt(start))) continue;
      const end = this.matchAt(start);
      if (end < 0) continue;
      out.push(start, end);
      if (firstOnly) break;
      from = end;
    }
    this.text = '';
    this.folded = '';
    this.runPlaces = undefined;
    this.runStart = this.runTo = -1;
    return out;
  }

  /**
   * Every offset where the regular expression could match, in order: word
   * starts that begin with the first letter of a first word, and for a first
   * word with a `*` head, every point in the run of letters and hyphens before
   * its core where a word can begin (the run's start, and after each hyphen).
   */
  private candidateStarts(starts: Int32Array): ArrayLike<number> {
    const { text, folded } = this;
    const candidates: number[] = [];
    for (let i = 0; i < starts.length; i++) if (this.beginsFirstWord(folded.charCodeAt(starts[i]!))) candidates.push(starts[i]!);
    for (const { core } of this.headedFirstWords) {
      // each run is walked once, however often the core occurs in it (runs do not overlap, so the walks add up to the text)
      for (let at = folded.indexOf(core); at >= 0; ) {
        let runStart = at;
        while (runStart > 0 && isRunCode(text.charCodeAt(runStart - 1))) runStart--;
        candidates.push(runStart);
        const runEnd = this.runEndAt(runStart);
        for (let i = runStart; i < runEnd - 1; i++) if (text.charCodeAt(i) === 0x2d) candidates.push(i + 1);
        at = folded.indexOf(core, Math.max(at + 1, runEnd));
      }
    }
    return candidates.sort((a, b) => a - b);
  }

  /** Whether a first word without a `*` head begins with this (folded) character. */
  private beginsFirstWord(code: number): boolean {
    return code < FIRST_CHAR_LIMIT && (this.firstChars[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /** End of the match of the first alternative that matches at `start`, or -1. */
  private matchAt(start: number): number {
    if (start > 0 && isWordCode(this.text.charCodeAt(start - 1))) return -1;
    const alternatives = this.alternativesByFirstChar.get(this.folded.charCodeAt(start)) ?? this.headedAlternatives;
    for (const alternative of alternatives) {
      const end = this.matchWord(alternative, 0, start);
      if (end >= 0) return end;
    }
    return -1;
  }

  private matchWord(alternative: Alternative, k: number, at: number): number {
    const word = alternative.words[k]!;
    if (!word.head) return this.folded.startsWith(word.core, at) ? this.afterCore(alternative, k, at + word.core.length) : -1;
    // the head is greedy: the last place the core can start in the run is tried first
    const runEnd = this.runEndAt(at);
    if (word.core.length === 0) {
      // a lone `*`: the word is any part of the run that ends it
      for (let q = runEnd; q >= at; q--) {
        const end = this.afterCore(alternative, k, q);
        if (end >= 0) return end;
      }
      return -1;
    }
    const places = this.placesInRun(word.core);
    for (let p = places.length - 1; p >= 0 && places[p]! >= at; p--) {
      const coreEnd = places[p]! + word.core.length;
      const end = this.afterCore(alternative, k, coreEnd);
      // a `*` tail runs on to the end of the run from every place inside it, so the other places end the same way
      if (end >= 0 || (word.tail && coreEnd <= runEnd)) return end;
    }
    return -1;
  }

  /**
   * Where `core` starts inside the run last measured (`runEndAt`), in order: found once per run and core, so a
   * long run is not searched again for every place a word can begin in it.
   */
  private placesInRun(core: string): readonly number[] {
    const runPlaces = (this.runPlaces ??= new Map());
    const known = runPlaces.get(core);
    if (known) return known;
    const places: number[] = [];
    // searched in the run's own text: `indexOf` on the whole text would run on to the next occurrence, however far
    const runText = this.folded.slice(this.runStart, this.runTo + core.length);
    const last = this.runTo - this.runStart;
    for (let q = runText.indexOf(core); q >= 0 && q <= last; q = runText.indexOf(core, q + 1)) places.push(this.runStart + q);
    runPlaces.set(core, places);
    return places;
  }

  /** The end of the run of letters, digits and hyphens that `at` is in (or starts); the run last measured is remembered. */
  private runEndAt(at: number): number {
    if (at >= this.runStart && at <= this.runTo) return this.runTo;
    const { text } = this;
    let start = at;
    while (start > 0 && isRunCode(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && isRunCode(text.charCodeAt(end))) end++;
    this.runStart = start;
    this.runTo = end;
    // places found in the run before belong to it alone
    this.runPlaces = undefined;
    return end;
  }

  private afterCore(alternative: Alternative, k: number, end: number): number {
    const { text } = this;
    const word = alternative.words[k]!;
    if (word.tail && end < text.length && isRunCode(text.charCodeAt(end))) end = this.runEndAt(end);
    if (k === alternative.words.length - 1) return end < text.length && isWordCode(text.charCodeAt(end)) ? -1 : end;
    let next = end;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
    if (next === end) return -1;
    if (!alternative.gapBefore[k + 1]) return this.matchWord(alternative, k + 1, next);
    // a gap is lazy: no word in between is tried first, then one, two, three
    for (let skipped = 0; ; skipped++) {
      const found = this.matchWord(alternative, k + 1, next);
      if (found >= 0 || skipped === 3) return found;
      let tokenEnd = next;
      while (tokenEnd < text.length && !isSpaceCode(text.charCodeAt(tokenEnd))) tokenEnd++;
      if (tokenEnd === next) return -1;
      next = tokenEnd;
      while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
      if (next === tokenEnd) return -1;
    }
  }
}
