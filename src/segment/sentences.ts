import { stem } from '../nlp/stem.js';
import type { Block, Sentence, Token } from '../types.js';

/** Abbreviations after which a full stop does not end a sentence (Bokmål, Nynorsk, English). */
const ABBREVIATIONS = new Set([
  'f.eks', 'eks', 'bl.a', 'bla', 'jf', 'jfr', 'nr', 'org.nr', 'org', 'orgnr', 'ca', 'mv', 'm.v', 'evt', 'ev', 'dvs', 'art',
  'pkt', 'kap', 'tlf', 'osv', 'iht', 'ift', 'mht', 'vha', 'ifm', 'pga', 'p.g.a', 't.o.m', 'f.o.m', 'mm', 'm.m', 'o.l', 'ol',
  'st', 'stk', 'kl', 'e.l', 'el', 'e.g', 'i.e', 'etc', 'vs', 'inc', 'ltd', 'no', 'tel', 'fig', 'bokst', 'ledd', 'forsk', 'avd',
  'adm', 'dir', 'sek', 'min', 'maks', 'max', 'mnd', 'ss', 'gdpr', 'eu', 'kr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'okt', 'nov', 'des', 'dec', 'a', 'b', 'c', 'd', 'e', 'f',
]);

const TOKEN = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9]+(?:['’\-./@][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f0-9]+)*/gu;

/** Gives the stem of a lower-cased word; a document may swap in another language's stemmer after tokenizing. */
export interface StemSource {
  stem(word: string): string;
}

const norwegian: StemSource = { stem };

/** A token whose stem is worked out only when something reads it: few rules need stems. */
class WordToken implements Token {
  #stem: string | undefined;
  readonly #source: StemSource;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly word: string,
    source: StemSource,
  ) {
    this.#source = source;
  }

  get stem(): string {
    return (this.#stem ??= this.#source.stem(this.word));
  }

  set stem(value: string) {
    this.#stem = value;
  }

  toJSON(): Token {
    return { start: this.start, end: this.end, word: this.word, stem: this.stem };
  }
}

/*
 * Sentences and their tokens live for one document's scan. They are made as class instances and with `Array.of()`,
 * not as object and array literals: V8 moves the allocation site of a literal whose objects tend to survive a
 * young-generation collection into the old generation ("pretenuring"). Every document's sentences and tokens then
 * stayed there, with everything they point to, until the next full collection: about a third more peak memory
 * over a batch of documents.
 */

export function tokenize(text: string, base: number, source: StemSource = norwegian): Token[] {
  const tokens = Array.of<Token>();
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    tokens.push(new WordToken(base + m.index, base + m.index + m[0].length, m[0].toLowerCase(), source));
  }
  return tokens;
}

class SentenceRecord implements Sentence {
  lower: string;

  constructor(
    public index: number,
    public start: number,
    public end: number,
    public text: string,
    public section: number,
    public block: number,
    public tokens: Token[],
  ) {
    this.lower = text.toLowerCase();
  }
}

/** Offsets (relative to `text`) where a new sentence starts. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?]+["»”')\]]*\s+(?=["«“(]?[\p{Lu}0-9§•])|[!?]+\s+|\s[•·∙]\s+/gu;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.')) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const word = /([A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^.*\s/, ''))) continue;
      // "7. oktober", "1. januar": a number with a period is an ordinal, not an ending
      if (/\d$/.test(before) && /^\s*\p{Ll}/u.test(text.slice(m.index + 1))) continue;
    }
    if (end < text.length) starts.push(end);
  }
  return starts;
}

/**
 * The longest a sentence is read as one. Real statements stay far below (the longest in the corpus is some 740
 * characters); text with no sentence ends at all, such as a dump of words, would otherwise make one sentence the size
 * of the file, and the rules read a sentence word against word.
 */
const MAX_SENTENCE = 2000;

/** Offsets (relative to the block) where an overlong sentence [from, to) is cut, at white space where there is some. */
function cutsIn(blockText: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  let at = from;
  while (to - at > MAX_SENTENCE) {
    const window = blockText.slice(at + MAX_SENTENCE / 2, at + MAX_SENTENCE);
    const space = window.search(/\s\S*$/u);
    let cut = space >= 0 ? at + MAX_SENTENCE / 2 + space + 1 : -1;
    if (cut < 0) {
      // no white space in the window: cut at the next white space, or nowhere
      const next = blockText.slice(at + MAX_SENTENCE, to).search(/\s/u);
      if (next < 0) break;
      cut = at + MAX_SENTENCE + next + 1;
    }
    cuts.push(cut);
    at = cut;
  }
  return cuts;
}

/** Splits blocks into sentences; a heading is one sentence. */
export function splitSentences(
  text: string,
  blocks: Block[],
  sectionOfBlock: number[],
  stems: StemSource = norwegian,
): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const blockText = text.slice(block.start, block.end);
    const found = block.kind === 'heading' ? [0] : sentenceStarts(blockText);
    const starts = found.flatMap((from, i) => [from, ...cutsIn(blockText, from, i + 1 < found.length ? found[i + 1]! : blockText.length)]);
    for (let i = 0; i < starts.length; i++) {
      let s = starts[i]!;
      let e = i + 1 < starts.length ? starts[i + 1]! : blockText.length;
      while (e > s && /\s/.test(blockText[e - 1]!)) e--;
      while (s < e && /\s/.test(blockText[s]!)) s++;
      if (e <= s) continue;
      const start = block.start + s;
      const end = block.start + e;
      const sentenceText = text.slice(start, end);
      sentences.push(
        new SentenceRecord(sentences.length, start, end, sentenceText, sectionOfBlock[blockIndex] ?? 0, blockIndex, tokenize(sentenceText, start, stems)),
      );
    }
  });
  return sentences;
}
