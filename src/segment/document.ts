import { englishRoots } from '../nlp/english.js';
import type { AnalysedDocument, LoadedText, Sentence } from '../types.js';
import { detectLanguage } from './language.js';
import { buildSections } from './sections.js';
import { splitSentences } from './sentences.js';

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Segments loaded text into sections and sentences and decides its language. */
export function analyseText(loaded: LoadedText, source: string): AnalysedDocument {
  const { sections, sectionOfBlock } = buildSections(loaded.text, loaded.blocks);
  const sentences = splitSentences(loaded.text, loaded.blocks, sectionOfBlock);
  const language = detectLanguage(loaded.text, loaded.blocks);
  if (language.code === 'eng') useEnglishStems(sentences);
  return {
    source,
    format: loaded.format,
    original: loaded.original,
    text: loaded.text,
    offsets: loaded.offsets,
    blocks: loaded.blocks,
    links: loaded.links,
    sections,
    sentences,
    language,
    lineStarts: computeLineStarts(loaded.original),
  };
}

/** English statements get English dictionary forms as token stems instead of the Norwegian stemmer's. */
function useEnglishStems(sentences: Sentence[]): void {
  const roots = englishRoots(sentences.map((s) => s.text));
  for (const sentence of sentences) {
    for (const token of sentence.tokens) token.stem = roots.get(token.word) ?? token.word;
  }
}

/** 1-based line and column in the original input for an offset in the normalised text. */
export function locate(doc: AnalysedDocument, offset: number): { line: number; column: number } {
  const original = doc.offsets[Math.max(0, Math.min(offset, doc.offsets.length - 1))] ?? 0;
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid]! <= original) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: original - doc.lineStarts[lo]! + 1 };
}
