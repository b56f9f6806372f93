import { englishRoots } from '../nlp/english.js';
import type { AnalysedDocument, LoadedText, Sentence } from '../types.js';
import { detectLanguage } from './language.js';
import { buildSections } from './sections.js';
import { splitSentences, type StemSource } from './sentences.js';
import { stem as norwegianStem } from '../nlp/stem.js';

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Segments loaded text into sections and sentences and decides its language. */
export function analyseText(loaded: LoadedText, source: string): AnalysedDocument {
  const { sections, sectionOfBlock } = buildSections(loaded.text, loaded.blocks);
  const stems = new DocumentStems();
  const sentences = splitSentences(loaded.text, loaded.blocks, sectionOfBlock, stems);
  const language = detectLanguage(loaded.text, loaded.blocks);
  if (language.code === 'eng') stems.useEnglish(sentences);
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

/**
 * Token stems of one document: the Norwegian stemmer's, or for an English statement the
 * dictionary forms from compromise, whose tagger runs (once, over the whole document)
 * only when a stem is first read.
 */
class DocumentStems implements StemSource {
  private english: readonly Sentence[] | undefined;
  private roots: Map<string, string> | undefined;

  useEnglish(sentences: readonly Sentence[]): void {
    this.english = sentences;
  }

  stem(word: string): string {
    if (!this.english) return norwegianStem(word);
    this.roots ??= englishRoots(this.english.map((s) => s.text));
    return this.roots.get(word) ?? word;
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
