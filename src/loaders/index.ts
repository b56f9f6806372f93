import { extname } from 'node:path';
import type { InputFormat, LoadedText } from '../types.js';
import { loadHtml } from './html.js';
import { loadMarkdown } from './markdown.js';
import { loadPlainText } from './plaintext.js';

export { decodeBytes, InputError, DEFAULT_MAX_BYTES } from './decode.js';

export const SUPPORTED_EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

export function formatFromPath(path: string): InputFormat | undefined {
  return SUPPORTED_EXTENSIONS[extname(path).toLowerCase()];
}

/** Guesses the format of text without a file name (stdin, library calls). */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096);
  if (/<(?:!doctype html|html|body|p|div|h[1-6]|ul|section|article)[\s>]/i.test(head)) return 'html';
  if (/^(?:---|\+\+\+)\s*$/m.test(head.split('\n')[0] ?? '') || /^#{1,6}\s+\S/m.test(head) || /\[[^\]]+\]\([^)]+\)/.test(head)) {
    return 'markdown';
  }
  return 'text';
}

export function loadText(text: string, format: InputFormat = sniffFormat(text)): LoadedText {
  const normalised = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  switch (format) {
    case 'html':
      return loadHtml(normalised);
    case 'markdown':
      return loadMarkdown(normalised);
    default:
      return loadPlainText(normalised);
  }
}
