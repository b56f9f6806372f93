/**
 * A fast "cannot match" test for word patterns. Every alternative of a
 * `words()` pattern contains a fixed piece of text (its longest word without
 * the `*`). One pass of an Aho–Corasick automaton over a text finds which of
 * those pieces occur, and so which patterns can match at all; the regular
 * expression runs only for those. Most patterns are absent from most
 * sentences, so most regular-expression runs (and compilations) are skipped.
 */

import { foldText, wordStarts } from './word-matcher.js';

interface Automaton {
  /** Column of each UTF-16 code unit in `next` (0: a character no literal contains). */
  column: Uint16Array;
  columns: number;
  /** Dense transition table: next[state * columns + column]. */
  next: Int32Array;
  /** The literal that ends at a state (or -1). */
  outputOf: Int32Array;
  /** Nearest state along the failure links that has an output (0: none). */
  outputLink: Int32Array;
  /** Per state, the search that last reported its output. */
  reported: Int32Array;
}

const literalIndex = new Map<string, number>();
/** Pattern ids of each literal. */
const patternsOfLiteral: number[][] = [];
const patternIds = new WeakMap<RegExp, number>();
let patternCount = 0;
let automaton: Automaton | undefined;
interface SeenText {
  folded: string;
  /** The patterns that may match the text: a bit per pattern id. */
  present: Uint32Array | undefined;
  starts: Int32Array | undefined;
  /** Per pattern id: the offsets of its matches (start, end, …), or whether it matches at all. */
  results: Map<number, number[] | boolean> | undefined;
}

/** What is known of each text seen in the current document. */
let texts = new Map<string, SeenText>();
let search = 0;
let enabled = true;
const MAX_CACHED_TEXTS = 4096;

/**
 * Registers a pattern with one required literal per alternative. A pattern
 * with an alternative that has no literal is never filtered.
 */
export function registerLiterals(pattern: RegExp, literals: readonly string[]): void {
  if (literals.length === 0 || literals.some((literal) => literal.length === 0)) return;
  const id = patternCount++;
  patternIds.set(pattern, id);
  for (const literal of new Set(literals)) {
    let index = literalIndex.get(literal);
    if (index === undefined) {
      index = patternsOfLiteral.length;
      literalIndex.set(literal, index);
      patternsOfLiteral.push([]);
    }
    patternsOfLiteral[index]!.push(id);
  }
  automaton = undefined;
  // what was remembered of a text did not know this pattern
  if (texts.size > 0) texts = new Map();
}

/** Whether `pattern` can match anywhere in `text` (false only when it certainly cannot). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return knownResult(pattern, text) !== false;
}

/**
 * What is known of `pattern` in `text`: false when it cannot match, the offsets of its matches or
 * `true` (it matches) when remembered, undefined when the pattern has to run.
 */
export function knownResult(pattern: RegExp, text: string): number[] | boolean | undefined {
  if (!enabled) return undefined;
  const id = patternIds.get(pattern);
  if (id === undefined) return undefined;
  const seen = seenText(text);
  const present = (seen.present ??= presentPatterns(seen.folded));
  if ((present[id >>> 5]! & (1 << (id & 31))) === 0) return false;
  return seen.results?.get(id);
}

/**
 * Remembers what `pattern` found in `text`: the offsets of all its matches, or whether it matches.
 * Rules ask the same question of the same sentence often; the answer cannot change within a document.
 */
export function rememberResult(pattern: RegExp, text: string, result: number[] | boolean): void {
  if (!enabled) return;
  const id = patternIds.get(pattern);
  if (id === undefined) return;
  const seen = seenText(text);
  (seen.results ??= new Map()).set(id, result);
}

/** `foldText(text)`, remembered with the rest of what is known of the text. */
export function foldedText(text: string): string {
  return seenText(text).folded;
}

/** `wordStarts(text)`, remembered with the rest of what is known of the text. */
export function wordStartsOf(text: string): Int32Array {
  const seen = seenText(text);
  return (seen.starts ??= wordStarts(text));
}

function seenText(text: string): SeenText {
  let seen = texts.get(text);
  if (seen === undefined) {
    seen = { folded: foldText(text), present: undefined, starts: undefined, results: undefined };
    if (texts.size >= MAX_CACHED_TEXTS) texts = new Map();
    texts.set(text, seen);
  }
  return seen;
}

/** Drops the remembered texts: called when a new document starts, as its texts will not recur. */
export function forgetTexts(): void {
  if (texts.size > 0) texts = new Map();
}

/** Turns the prefilter off (or on again): for checking that it never changes a result. */
export function usePrefilter(on: boolean): void {
  enabled = on;
}

function presentPatterns(folded: string): Uint32Array {
  const ac = (automaton ??= build());
  const present = new Uint32Array((patternCount + 31) >>> 5);
  const { column, columns, next, outputOf, outputLink, reported } = ac;
  const current = ++search;
  let state = 0;
  for (let i = 0; i < folded.length; i++) {
    state = next[state * columns + column[folded.charCodeAt(i)]!]!;
    let out = outputOf[state]! >= 0 ? state : outputLink[state]!;
    while (out > 0 && reported[out] !== current) {
      reported[out] = current;
      for (const id of patternsOfLiteral[outputOf[out]!]!) present[id >>> 5]! |= 1 << (id & 31);
      out = outputLink[out]!;
    }
  }
  return present;
}

function build(): Automaton {
  const column = new Uint16Array(65536);
  let columns = 1;
  for (const literal of literalIndex.keys()) {
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (column[code] === 0) column[code] = columns++;
    }
  }
  // the trie, in the transition table itself (0: no child, as no state leads back to the root)
  let capacity = 1;
  for (const literal of literalIndex.keys()) capacity += literal.length;
  let next = new Int32Array(capacity * columns);
  const literalEnd = new Int32Array(capacity).fill(-1);
  let states = 1;
  for (const [literal, index] of literalIndex) {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const cell = state * columns + column[literal.charCodeAt(i)]!;
      if (next[cell] === 0) next[cell] = states++;
      state = next[cell]!;
    }
    literalEnd[state] = index;
  }
  next = next.slice(0, states * columns);
  const failure = new Int32Array(states);
  const outputOf = literalEnd.slice(0, states);
  const outputLink = new Int32Array(states);
  // breadth-first: failure links, the rest of the transition table, output links
  const queue: number[] = [];
  for (let c = 0; c < columns; c++) if (next[c] !== 0) queue.push(next[c]!);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const fail = failure[state]!;
    outputLink[state] = outputOf[fail]! >= 0 ? fail : outputLink[fail]!;
    for (let c = 0; c < columns; c++) {
      const cell = state * columns + c;
      const child = next[cell]!;
      if (child === 0) {
        next[cell] = next[fail * columns + c]!;
      } else {
        failure[child] = next[fail * columns + c]!;
        queue.push(child);
      }
    }
  }
  return { column, columns, next, outputOf, outputLink, reported: new Int32Array(states) };
}
