import type { Rule, Status } from '../types.js';
import { ruleDocBlocks, type DocBlock, type Rich } from './content.js';
import { ruleDocUrl, type DocLocale } from './links.js';

export { DOCS_BASE_URL, ruleDocPath, ruleDocUrl, type DocLocale } from './links.js';

export interface ExplainOptions {
  locale?: DocLocale;
  color?: boolean;
  /** Line width to wrap at; 100 unless given. */
  width?: number;
}

const STATUS_COLOR: Record<Status, number> = { pass: 32, warn: 33, fail: 31, na: 90 };

/** Wraps text at `width`: the first line starts after `first` characters of prefix, the rest are indented by `indent`. */
export function wrap(text: string, width: number, indent: number, first = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n{2,}/u)) {
    if (lines.length > 0) lines.push('');
    let line = '';
    let room = width - (lines.length === 0 ? first : indent);
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= room) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
        room = width - indent;
      }
    }
    lines.push(line);
  }
  return lines.map((l, i) => (i === 0 ? l : l === '' ? '' : ' '.repeat(indent) + l));
}

function plain(text: Rich): string {
  return text.map((p) => (typeof p === 'string' ? p : p.code)).join('');
}

/**
 * A rule's documentation as terminal text: the same content as its page in docs/rules/, wrapped at 100 columns,
 * with colour (bold headings, coloured statuses) only when asked for.
 */
export function explainRule(rule: Rule, options: ExplainOptions = {}): string {
  const locale = options.locale ?? 'nb';
  const width = options.width ?? 100;
  const paint = (code: number, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[${code === 1 ? 22 : 39}m` : s);
  const out: string[] = [];
  const render = (block: DocBlock) => {
    switch (block.kind) {
      case 'title':
        out.push(paint(1, block.text));
        return;
      case 'heading':
        out.push('', paint(1, block.text));
        return;
      case 'subheading': {
        out.push('', `  ${block.status ? paint(STATUS_COLOR[block.status], block.text) : block.text}`);
        return;
      }
      case 'paragraph':
        out.push(...wrap(plain(block.text), width, 0));
        return;
      case 'facts': {
        const pad = Math.max(...block.rows.map((r) => r.label.length)) + 2;
        for (const r of block.rows) out.push(`  ${`${r.label}:`.padEnd(pad)} ${wrap(plain(r.value), width, pad + 3, pad + 3).join('\n')}`);
        return;
      }
      case 'statuses': {
        for (const r of block.rows) {
          const label = paint(STATUS_COLOR[r.status], r.status.padEnd(5));
          out.push(`  ${label} ${wrap(r.meaning, width, 8).join('\n')}`);
        }
        return;
      }
      case 'examples': {
        const pad = Math.max(...block.items.map((e) => e.label.length)) + 2;
        for (const e of block.items) {
          const indent = 4 + pad + 1;
          const text = e.note ? `${e.text} (${e.note})` : e.text;
          out.push(`    ${`${e.label}:`.padEnd(pad)} ${wrap(text, width, indent).join('\n')}`);
        }
        return;
      }
      case 'quote':
        out.push(`${block.label}:`, `    ${wrap(block.text, width, 4).join('\n')}`);
        return;
      case 'code':
        out.push(...block.text.split('\n').map((l) => `    ${l}`));
        return;
    }
  };
  const blocks = ruleDocBlocks(rule, locale);
  for (const [i, block] of blocks.entries()) {
    // a blank line between paragraphs and lists, none right after a heading
    const previous = blocks[i - 1];
    if (i > 1 && block.kind !== 'heading' && block.kind !== 'subheading' && previous && previous.kind !== 'heading' && previous.kind !== 'subheading') out.push('');
    render(block);
  }
  out.push('', `${locale === 'en' ? 'More' : 'Mer'}: ${ruleDocUrl(rule.meta.id, locale)}`);
  return `${out.join('\n')}\n`;
}
