import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { LoadedText } from '../types.js';
import { loadHtml } from './html.js';
import { DEBRIS_LINE } from './plaintext.js';
import { TextBuilder } from './text-builder.js';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Maps a node's value back onto its raw source, skipping escapes and entities the parser resolved. */
function mapValue(value: string, raw: string, rawStart: number): number[] {
  const positions: number[] = new Array(value.length);
  let r = 0;
  for (let v = 0; v < value.length; v++) {
    while (r < raw.length && raw[r] !== value[v]) {
      if (raw[r] === '&') {
        const semi = raw.indexOf(';', r);
        if (semi > r && semi - r <= 32) {
          positions[v] = rawStart + r;
          r = semi + 1;
          break;
        }
      }
      r++;
    }
    if (positions[v] === undefined) {
      positions[v] = rawStart + Math.min(r, Math.max(raw.length - 1, 0));
      if (r < raw.length) r++;
    }
  }
  return positions;
}

const INLINE_HTML_COMMENT = /^<!--/;

/** Reads a Markdown statement (front matter and link definitions left out; tables kept row by row). */
export function loadMarkdown(original: string): LoadedText {
  const tree = fromMarkdown(original, {
    extensions: [frontmatter(['yaml', 'toml']), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmTableFromMarkdown()],
  }) as MdNode;
  const builder = new TextBuilder(original, 'markdown');
  const definitions = new Map<string, string>();
  const collectDefinitions = (node: MdNode): void => {
    if (node.type === 'definition' && node.url) definitions.set(((node as { identifier?: string }).identifier ?? '').toLowerCase(), node.url);
    node.children?.forEach(collectDefinitions);
  };
  collectDefinitions(tree);

  const appendValue = (node: MdNode): void => {
    const value = node.value ?? '';
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start + value.length;
    const raw = original.slice(start, end);
    if (raw === value) builder.appendRaw(value, start);
    else builder.appendMapped(value, mapValue(value, raw, start));
  };

  const visit = (node: MdNode): void => {
    switch (node.type) {
      case 'yaml':
      case 'toml':
      case 'definition':
      case 'code':
      case 'thematicBreak':
        return;
      case 'html': {
        const value = node.value ?? '';
        if (INLINE_HTML_COMMENT.test(value.trim())) return;
        // Block-level HTML inside Markdown: read it as HTML, keep its text.
        if (/^<\/?[a-z]/i.test(value.trim()) && value.includes('>')) {
          const inner = loadHtml(value);
          const base = node.position?.start.offset ?? 0;
          const positions = Array.from(inner.offsets.subarray(0, inner.text.length), (o) => o + base);
          builder.appendMapped(inner.text.replace(/\n/g, ' '), positions);
        }
        return;
      }
      case 'text':
      case 'inlineCode':
        appendValue(node);
        return;
      case 'break':
        builder.appendSpace(node.position?.start.offset ?? 0);
        return;
      case 'heading':
        builder.openBlock('heading', node.depth ?? 1);
        node.children?.forEach(visit);
        builder.closeBlock();
        return;
      case 'paragraph':
        builder.openBlock('paragraph');
        node.children?.forEach(visit);
        builder.closeBlock();
        return;
      case 'listItem':
        builder.openBlock('list-item');
        for (const child of node.children ?? []) {
          if (child.type === 'paragraph') child.children?.forEach(visit);
          else {
            builder.closeBlock();
            visit(child);
          }
        }
        builder.closeBlock();
        return;
      case 'tableRow':
        builder.openBlock('table-row');
        for (const cell of node.children ?? []) {
          cell.children?.forEach(visit);
          builder.appendSpace(cell.position?.end.offset ?? 0);
        }
        builder.closeBlock();
        return;
      case 'link':
      case 'linkReference': {
        const start = builder.length;
        node.children?.forEach(visit);
        const url = node.url ?? definitions.get(((node as { identifier?: string }).identifier ?? '').toLowerCase());
        if (url) builder.addLink(start, builder.length, url);
        return;
      }
      default:
        node.children?.forEach(visit);
    }
  };
  visit(tree);
  const loaded = builder.finish();
  loaded.blocks = loaded.blocks.filter((b) => !DEBRIS_LINE.test(loaded.text.slice(b.start, b.end)));
  return loaded;
}
