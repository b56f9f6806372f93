import type { LoadedText } from '../types.js';
import { loadHtml } from './html.js';
import { type MdNode, parseMarkdown } from './markdown-tree.js';
import { DEBRIS_LINE } from './plaintext.js';
import { TextBuilder } from './text-builder.js';

const INLINE_HTML_COMMENT = /^<!--/;

/** Markdown parsed on its own: a whole file, or a piece of its front matter. */
interface Source {
  text: string;
  /** Where offset `i` of `text` is in the file. */
  at(i: number): number;
}

/** A `title` key: the heading of the page or of one of its content blocks. */
const TOML_TITLE = /^[ \t]*title[ \t]*=[ \t]*(?:'([^'\n]*)'|"([^"\n]*)")[ \t]*$/gm;
/** A multi-line string ('''...''' or """..."""): page content kept in the front matter (Hugo "blocks" and the like). */
const TOML_TEXT = /^[ \t]*[A-Za-z_][\w-]*[ \t]*=[ \t]*('''|""")\n?([^]*?)\1/gm;
const YAML_TITLE = /^[ \t]*-?[ \t]*title:[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|([^\n'"#|>][^\n#]*?))[ \t]*$/gm;
/** A block scalar (`key: |` or `key: >`) whose lines are indented below it. */
const YAML_TEXT = /^([ \t]*)-?[ \t]*[A-Za-z_][\w-]*:[ \t]*[|>][-+]?[ \t]*\n/gm;

type FrontMatterPiece = { kind: 'title' | 'text'; source: Source };

/**
 * Text a page shows that a site generator keeps in the front matter: titles as headings, and the
 * Markdown of multi-line strings (TOML) and block scalars (YAML). Short values (dates, layouts, flags)
 * are left out.
 */
function frontMatterPieces(value: string, base: number, kind: 'toml' | 'yaml'): FrontMatterPiece[] {
  const pieces: Array<FrontMatterPiece & { order: number }> = [];
  const contiguous = (start: number, text: string): Source => ({ text, at: (i) => base + start + i });
  const title = kind === 'toml' ? TOML_TITLE : YAML_TITLE;
  title.lastIndex = 0;
  for (let m = title.exec(value); m; m = title.exec(value)) {
    const text = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (text.length === 0) continue;
    pieces.push({ kind: 'title', order: m.index, source: contiguous(m.index + m[0].indexOf(text), text) });
  }
  if (kind === 'toml') {
    TOML_TEXT.lastIndex = 0;
    for (let m = TOML_TEXT.exec(value); m; m = TOML_TEXT.exec(value)) {
      const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
      pieces.push({ kind: 'text', order: m.index, source: contiguous(start, m[2]!) });
    }
  } else {
    YAML_TEXT.lastIndex = 0;
    for (let m = YAML_TEXT.exec(value); m; m = YAML_TEXT.exec(value)) {
      const keyIndent = m[1]!.length;
      const positions: number[] = [];
      let text = '';
      let lineStart = m.index + m[0].length;
      let indent = -1;
      while (lineStart < value.length) {
        const newline = value.indexOf('\n', lineStart);
        const lineEnd = newline < 0 ? value.length : newline;
        const line = value.slice(lineStart, lineEnd);
        const lead = line.length - line.trimStart().length;
        if (line.trim().length > 0) {
          if (lead <= keyIndent) break;
          if (indent < 0) indent = lead;
        }
        const from = Math.min(lead, indent < 0 ? lead : indent);
        for (let i = from; i < line.length; i++) positions.push(base + lineStart + i);
        positions.push(base + lineEnd);
        text += `${line.slice(from)}\n`;
        lineStart = lineEnd + 1;
      }
      YAML_TEXT.lastIndex = Math.max(YAML_TEXT.lastIndex, lineStart);
      const at = (i: number) => positions[i] ?? base + value.length;
      if (text.trim().length > 0) pieces.push({ kind: 'text', order: m.index, source: { text, at } });
    }
  }
  return pieces.sort((a, b) => a.order - b.order);
}

/** Reads a Markdown statement (link definitions left out; tables kept row by row; front matter as above). */
export function loadMarkdown(original: string): LoadedText {
  const builder = new TextBuilder(original, 'markdown');
  const file: Source = { text: original, at: (i) => i };

  const appendValue = (node: MdNode, src: Source): void => {
    const offsets = node.offsets ?? [];
    builder.appendMapped(node.value ?? '', src === file ? offsets : offsets.map((o) => src.at(o)));
  };

  const visitFrontMatter = (node: MdNode, src: Source, kind: 'toml' | 'yaml'): void => {
    const value = node.value ?? '';
    const valueStart = node.offset ?? 0;
    if (value.length === 0) return;
    for (const piece of frontMatterPieces(value, src.at(valueStart), kind)) {
      if (piece.kind === 'title') {
        builder.openBlock('heading', 2);
        builder.appendRaw(piece.source.text, piece.source.at(0));
        builder.closeBlock();
      } else {
        visit(parseMarkdown(piece.source.text), piece.source);
      }
    }
  };

  const visit = (node: MdNode, src: Source): void => {
    switch (node.type) {
      case 'yaml':
      case 'toml':
        visitFrontMatter(node, src, node.type);
        return;
      case 'code':
      case 'thematicBreak':
        return;
      case 'html': {
        const value = node.value ?? '';
        if (INLINE_HTML_COMMENT.test(value.trim())) return;
        // Block-level HTML inside Markdown: read it as HTML, keep its text.
        if (/^<\/?[a-z]/i.test(value.trim()) && value.includes('>')) {
          const inner = loadHtml(value);
          const base = node.offset ?? 0;
          const positions = Array.from(inner.offsets.subarray(0, inner.text.length), (o) => src.at(o + base));
          builder.appendMapped(inner.text.replace(/\n/g, ' '), positions);
        }
        return;
      }
      case 'text':
      case 'inlineCode':
        appendValue(node, src);
        return;
      case 'break':
        builder.appendSpace(src.at(node.offset ?? 0));
        return;
      case 'heading':
        builder.openBlock('heading', node.depth ?? 1);
        node.children?.forEach((child) => visit(child, src));
        builder.closeBlock();
        return;
      case 'paragraph':
        builder.openBlock('paragraph');
        node.children?.forEach((child) => visit(child, src));
        builder.closeBlock();
        return;
      case 'listItem':
        builder.openBlock('list-item');
        for (const child of node.children ?? []) {
          if (child.type === 'paragraph') child.children?.forEach((c) => visit(c, src));
          else {
            builder.closeBlock();
            visit(child, src);
          }
        }
        builder.closeBlock();
        return;
      case 'tableRow':
        builder.openBlock('table-row');
        for (const cell of node.children ?? []) {
          cell.children?.forEach((c) => visit(c, src));
          builder.appendSpace(src.at(cell.offset ?? 0));
        }
        builder.closeBlock();
        return;
      case 'link': {
        const start = builder.length;
        node.children?.forEach((child) => visit(child, src));
        if (node.url) builder.addLink(start, builder.length, node.url);
        return;
      }
      default:
        node.children?.forEach((child) => visit(child, src));
    }
  };
  visit(parseMarkdown(original), file);
  const loaded = builder.finish();
  loaded.blocks = loaded.blocks.filter((b) => !DEBRIS_LINE.test(loaded.text.slice(b.start, b.end)));
  return loaded;
}
