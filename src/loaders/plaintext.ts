import type { BlockKind, LoadedText } from '../types.js';
import { TextBuilder } from './text-builder.js';

/** Page furniture that scraping leaves behind and that is never part of the statement. */
export const DEBRIS_LINE = /^(?:rull til toppen|til toppen|tilbake til toppen|scroll to top|back to top|hopp til (?:hoved)?innhold|skip to (?:main )?content|made with .{1,3} in norway)$/i;

const BULLET = /^[\u2022\u2219\u25CF\u25AA\u00B7\u2023\u2043*\-–—]\s*(?=\S)/u;
const ROMAN_OR_LETTER_ITEM = /^(?:[a-z]|[ivx]{1,4})\)\s+\S/i;
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\s*[.)\-–]?\s+\S/;

interface Line {
  text: string;
  start: number;
  indent: number;
}

function splitLines(original: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= original.length; i++) {
    if (i === original.length || original[i] === '\n') {
      let raw = original.slice(start, i);
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      const trimmedStart = raw.length - raw.trimStart().length;
      lines.push({ text: raw.trim(), start: start + trimmedStart, indent: trimmedStart });
      start = i + 1;
    }
  }
  return lines;
}

function letterShare(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (/[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/u.test(ch)) {
      letters++;
      if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) upper++;
    }
  }
  return { letters, upper };
}

export function isAllCapsHeading(text: string): boolean {
  if (text.length > 120) return false;
  const { letters, upper } = letterShare(text);
  return letters >= 4 && upper / letters > 0.85;
}

function isNumberedHeading(text: string): boolean {
  return NUMBERED_HEADING.test(text) && text.length <= 100 && !/[.;,]$/.test(text) && !/\d{4}\s*$/.test(text);
}

function isShortTitle(text: string): boolean {
  if (text.length < 3 || text.length > 70) return false;
  if (/[.,;:]$/.test(text) || /[@\d]/.test(text)) return false;
  if (text.split(/\s+/).length > 9) return false;
  return /^\p{Lu}/u.test(text);
}

/** Reads a plain-text statement: paragraphs, list items and the heading styles seen in real statements. */
export function loadPlainText(original: string): LoadedText {
  const builder = new TextBuilder(original, 'text');
  const lines = splitLines(original);
  let current: BlockKind | null = null;
  let currentIndent = 0;

  const prevBlank = (i: number): boolean => i === 0 || lines[i - 1]!.text === '';
  const nextLine = (i: number): Line | undefined => lines[i + 1];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (text === '') {
      builder.closeBlock();
      current = null;
      continue;
    }
    if (DEBRIS_LINE.test(text)) {
      builder.closeBlock();
      current = null;
      continue;
    }

    const bullet = BULLET.exec(text) ?? (ROMAN_OR_LETTER_ITEM.test(text) ? [''] : null);
    const next = nextLine(i);
    const headingLike =
      !bullet &&
      (isNumberedHeading(text) ||
        isAllCapsHeading(text) ||
        (isShortTitle(text) &&
          (current === null || prevBlank(i)) &&
          (!next || next.text === '' || (/^[\p{Lu}\d]/u.test(next.text) && (next.text.length > 60 || /[.!?]$/.test(next.text))))));

    if (headingLike) {
      builder.openBlock('heading', 2);
      builder.appendRaw(text, line.start);
      builder.closeBlock();
      current = null;
      continue;
    }

    if (bullet) {
      builder.openBlock('list-item');
      const skip = bullet[0].length;
      builder.appendRaw(text.slice(skip), line.start + skip);
      current = 'list-item';
      currentIndent = line.indent;
    } else if (current === 'list-item' && line.indent > currentIndent) {
      builder.appendSpace(line.start - 1);
      builder.appendRaw(text, line.start);
    } else if (current === 'paragraph') {
      builder.appendSpace(line.start - 1);
      builder.appendRaw(text, line.start);
    } else {
      builder.openBlock('paragraph');
      builder.appendRaw(text, line.start);
      current = 'paragraph';
    }
    // A line that ends a sentence ends the paragraph; a wrapped line continues it.
    if (current === 'paragraph' && /[.!?:]["»”)]?$/.test(text)) {
      builder.closeBlock();
      current = null;
    }
  }
  return builder.finish();
}
