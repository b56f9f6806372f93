/**
 * Markdown parsed with markdown-it (CommonMark and GFM tables) into the few kinds of node the
 * loader reads. markdown-it tells which lines a block spans, not where each character of its text
 * came from, so every text is aligned with its block's lines here: a finding then quotes the file
 * exactly, whatever escapes, entities and emphasis marks stood around the words.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { isWhiteSpace } from './text-builder.js';

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
  /** For a text: the offset in the source of each character of `value`. */
  offsets?: number[];
  /** Where a break, HTML or front-matter value starts, or where a table cell ends. */
  offset?: number;
}

const parser = new MarkdownIt('commonmark', { html: true }).enable('table');
// Keep addresses as written: they are reported, not rendered, and an unusual scheme is still a link.
parser.normalizeLink = (url) => url;
parser.normalizeLinkText = (url) => url;
parser.validateLink = () => true;

/** How far ahead a character of a text is looked for among the markup around it. */
const ALIGN_WINDOW = 256;

const FRONT_MATTER_FENCES: Record<string, 'yaml' | 'toml'> = { '---': 'yaml', '+++': 'toml' };

interface FrontMatter {
  kind: 'yaml' | 'toml';
  value: string;
  valueStart: number;
  /** Where the text after the closing fence line starts. */
  end: number;
}

/** A YAML (`---`) or TOML (`+++`) block opening the file, closed by the same fence on a line of its own. */
function frontMatter(source: string): FrontMatter | undefined {
  const open = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(source);
  if (!open) return undefined;
  const closing = open[1] === '---' ? /^---[ \t]*$/gm : /^\+\+\+[ \t]*$/gm;
  const valueStart = open[0].length;
  closing.lastIndex = valueStart;
  const close = closing.exec(source);
  if (!close) return undefined;
  const valueEnd = close.index === valueStart ? valueStart : close.index - (source.startsWith('\r\n', close.index - 2) ? 2 : 1);
  const after = close.index + close[0].length;
  const lineBreak = source.startsWith('\r\n', after) ? 2 : after < source.length ? 1 : 0;
  return { kind: FRONT_MATTER_FENCES[open[1]!]!, value: source.slice(valueStart, valueEnd), valueStart, end: after + lineBreak };
}

/** Offsets where each line starts, counting CR LF, CR and LF as one line break each (as markdown-it does). */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** The part of the source a block's text lies in, and how far its alignment has got. */
interface Region {
  end: number;
  cursor: number;
}

/** Where `needle` first stands in `source` between `from` and `end`, or -1: never searches past `end`. */
function indexIn(source: string, needle: string, from: number, end: number): number {
  if (from >= end) return -1;
  const i = source.slice(from, end).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

/** Offsets of `value`'s characters in the source, read in order from the region's cursor; markup between them is skipped. */
function align(value: string, source: string, region: Region): number[] {
  const offsets = new Array<number>(value.length);
  let r = region.cursor;
  for (let v = 0; v < value.length; v++) {
    const want = value[v]!;
    const white = isWhiteSpace(want);
    const limit = Math.min(region.end, r + ALIGN_WINDOW);
    let found = -1;
    for (let k = r; k < limit; k++) {
      const c = source[k]!;
      if (c === want || (white && isWhiteSpace(c))) {
        found = k;
        r = k + 1;
        break;
      }
      // a character reference ("&amp;", "&#248;") stands for the one character it resolves to
      if (c === '&') {
        const semi = indexIn(source, ';', k, k + 33);
        if (semi > k + 1 && semi - k <= 32 && /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);$/.test(source.slice(k, semi + 1))) {
          found = k;
          r = semi + 1;
          break;
        }
      }
    }
    offsets[v] = found >= 0 ? found : Math.max(region.cursor, Math.min(r, region.end) - 1);
  }
  region.cursor = r;
  return offsets;
}

/** Moves past a bracketed label ("[…]", nested brackets and escapes allowed) starting at or after the cursor. */
function skipLabel(source: string, region: Region, from: number): number {
  let i = indexIn(source, '[', from, region.end);
  if (i < 0) return from;
  let depth = 0;
  for (; i < region.end; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i + 1;
  }
  return from;
}

/** Moves past what follows a link's text: "](destination "title")", "][label]" or just "]". */
function skipLinkTail(source: string, region: Region): void {
  let i = indexIn(source, ']', region.cursor, region.end);
  if (i < 0) return;
  i++;
  if (source[i] === '(') {
    let depth = 0;
    let quote = '';
    for (; i < region.end; i++) {
      const c = source[i]!;
      if (c === '\\') i++;
      else if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '<') {
        const close = indexIn(source, '>', i, region.end);
        if (close > 0) i = close;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        i++;
        break;
      }
    }
  } else if (source[i] === '[') {
    const close = indexIn(source, ']', i, region.end);
    if (close > 0) i = close + 1;
  }
  region.cursor = Math.min(i, region.end);
}

/** The next line break from the region's cursor (the CR of a CR LF), or -1. */
function nextLineBreak(source: string, region: Region): number {
  for (let i = region.cursor; i < region.end; i++) {
    const c = source[i];
    if (c === '\n' || c === '\r') return i;
  }
  return -1;
}

/** Moves the cursor past the line break at `at`. */
function passLineBreak(source: string, region: Region, at: number): void {
  region.cursor = Math.min(region.end, at + (source.startsWith('\r\n', at) ? 2 : 1));
}

function inlineNodes(children: Token[], source: string, region: Region): MdNode[] {
  const root: MdNode[] = [];
  const stack: MdNode[][] = [root];
  let autolink = false;
  for (const token of children) {
    const out = stack[stack.length - 1]!;
    switch (token.type) {
      case 'text':
        if (autolink) {
          const open = indexIn(source, '<', region.cursor, region.end);
          const start = open >= 0 ? open + 1 : region.cursor;
          out.push({ type: 'text', value: token.content, offsets: Array.from(token.content, (_, i) => Math.min(start + i, region.end - 1)) });
          const close = indexIn(source, '>', start, region.end);
          if (close >= 0) region.cursor = close + 1;
        } else {
          out.push({ type: 'text', value: token.content, offsets: align(token.content, source, region) });
        }
        break;
      case 'code_inline':
        out.push({ type: 'inlineCode', value: token.content, offsets: align(token.content, source, region) });
        break;
      case 'softbreak': {
        const at = nextLineBreak(source, region);
        if (at >= 0) {
          out.push({ type: 'text', value: '\n', offsets: [at] });
          passLineBreak(source, region, at);
        }
        break;
      }
      case 'hardbreak': {
        const at = nextLineBreak(source, region);
        if (at >= 0) {
          let start = at;
          if (source[start - 1] === '\\') start--;
          else while (start > region.cursor && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--;
          out.push({ type: 'break', offset: start });
          passLineBreak(source, region, at);
        }
        break;
      }
      case 'html_inline': {
        const at = indexIn(source, token.content, region.cursor, region.end);
        const start = at >= 0 ? at : region.cursor;
        out.push({ type: 'html', value: token.content, offset: start });
        region.cursor = Math.min(start + token.content.length, region.end);
        break;
      }
      case 'image': {
        const bang = indexIn(source, '![', region.cursor, region.end);
        if (bang >= 0) {
          region.cursor = Math.max(region.cursor, skipLabel(source, region, bang + 1) - 1);
          skipLinkTail(source, region);
        }
        break;
      }
      case 'link_open': {
        const link: MdNode = { type: 'link', url: String(token.attrGet('href') ?? '') || undefined, children: [] };
        out.push(link);
        stack.push(link.children!);
        autolink = token.markup === 'autolink';
        break;
      }
      case 'link_close':
        if (stack.length > 1) stack.pop();
        if (!autolink) skipLinkTail(source, region);
        autolink = false;
        break;
      default:
        // emphasis marks: the alignment of the next text skips them
        break;
    }
  }
  return root;
}

/** A block's lines, its alignment starting where its text does: after a list marker, quote mark or heading mark. */
function blockRegion(source: string, token: Token, start: number, end: number): Region {
  const firstLine = token.content.split(/\r\n|\r|\n/, 1)[0]!;
  const at = firstLine ? indexIn(source, firstLine, start, end) : -1;
  return { cursor: at >= 0 ? at : start, end };
}

/** Where a table cell ends: the pipe after its text (the cursor moves past it), else the end of its line. */
function endCell(source: string, row: Region): number {
  const lineEnd = nextLineBreak(source, row);
  const pipe = indexIn(source, '|', row.cursor, lineEnd >= 0 ? lineEnd : row.end);
  if (pipe >= 0) {
    row.cursor = pipe + 1;
    return pipe;
  }
  return Math.max(row.cursor, (lineEnd >= 0 ? lineEnd : row.end) - 1);
}

const CONTAINERS: Record<string, string> = {
  heading_open: 'heading',
  paragraph_open: 'paragraph',
  list_item_open: 'listItem',
  bullet_list_open: 'list',
  ordered_list_open: 'list',
  blockquote_open: 'blockquote',
  table_open: 'table',
  thead_open: 'tableSection',
  tbody_open: 'tableSection',
  tr_open: 'tableRow',
  th_open: 'tableCell',
  td_open: 'tableCell',
};

/** Parses Markdown into a tree whose texts know where each of their characters stands in `source`. */
export function parseMarkdown(source: string): MdNode {
  const root: MdNode = { type: 'root', children: [] };
  const matter = frontMatter(source);
  let body = source;
  if (matter) {
    root.children!.push({ type: matter.kind, value: matter.value, offset: matter.valueStart });
    // blank the front matter out, keeping its line breaks, so that line numbers stay the file's
    body = source.slice(0, matter.end).replace(/[^\r\n]/g, ' ') + source.slice(matter.end);
  }
  const lines = lineStarts(source);
  const lineOffset = (line: number) => (line < lines.length ? lines[line]! : source.length);
  const stack: MdNode[] = [root];
  let row: Region | undefined;
  for (const token of parser.parse(body, {})) {
    const parent = stack[stack.length - 1]!;
    const kind = CONTAINERS[token.type];
    if (kind) {
      const node: MdNode = { type: kind, children: [] };
      if (kind === 'heading') node.depth = Number(token.tag.slice(1));
      if (kind === 'tableRow' && token.map) row = { cursor: lineOffset(token.map[0]), end: lineOffset(token.map[1]) };
      parent.children!.push(node);
      stack.push(node);
      continue;
    }
    if (token.nesting === -1) {
      const closed = stack.length > 1 ? stack.pop()! : root;
      if (closed.type === 'tableCell' && row) closed.offset = endCell(source, row);
      continue;
    }
    switch (token.type) {
      case 'inline': {
        const region = token.map ? blockRegion(source, token, lineOffset(token.map[0]), lineOffset(token.map[1])) : row;
        if (region) parent.children!.push(...inlineNodes(token.children ?? [], source, region));
        break;
      }
      case 'html_block': {
        const start = token.map ? lineOffset(token.map[0]) : 0;
        const firstLine = token.content.split('\n', 1)[0]!.trim();
        const at = firstLine ? indexIn(source, firstLine, start, token.map ? lineOffset(token.map[1]) : source.length) : -1;
        parent.children!.push({ type: 'html', value: token.content.replace(/\n$/, ''), offset: at >= 0 ? at : start });
        break;
      }
      case 'code_block':
      case 'fence':
        parent.children!.push({ type: 'code' });
        break;
      case 'hr':
        parent.children!.push({ type: 'thematicBreak' });
        break;
      default:
        break;
    }
  }
  return root;
}
