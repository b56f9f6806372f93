import type { Block, BlockKind, InputFormat, Link, LoadedText } from '../types.js';

const WHITESPACE = /\s/;

/** `/\s/` for one UTF-16 code unit, without the regular expression for ASCII (nearly every character). */
export function isWhiteSpace(ch: string, code = ch.charCodeAt(0)): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(ch);
}

/**
 * Builds the normalised text of a document block by block. Every character
 * appended carries the index of the character it came from in the original
 * input, so findings can always be located in the file the user gave.
 * Runs of white space collapse to one space; blocks are separated by a newline.
 */
export class TextBuilder {
  private chars: string[] = [];
  private map: number[] = [];
  private blocks: Block[] = [];
  private links: Link[] = [];
  private blockStart = -1;
  private blockKind: BlockKind = 'paragraph';
  private blockLevel = 0;
  private lastWasSpace = true;

  constructor(private readonly original: string, private readonly format: InputFormat) {}

  get length(): number {
    return this.chars.length;
  }

  openBlock(kind: BlockKind, level = 0): void {
    if (this.blockStart >= 0) this.closeBlock();
    this.blockKind = kind;
    this.blockLevel = level;
    this.blockStart = -1;
  }

  /** Appends text whose characters map one to one onto `original` from `originalStart`. */
  appendRaw(text: string, originalStart: number): void {
    for (let i = 0; i < text.length; i++) this.pushChar(text[i]!, originalStart + i);
  }

  /** Appends text with an explicit original index for each character. */
  appendMapped(text: string, positions: ArrayLike<number>): void {
    for (let i = 0; i < text.length; i++) this.pushChar(text[i]!, positions[i]!);
  }

  /** A soft break inside a block (e.g. `<br>`, a table cell boundary). */
  appendSpace(originalIndex: number): void {
    this.pushChar(' ', originalIndex);
  }

  addLink(start: number, end: number, href: string): void {
    if (end > start) this.links.push({ start, end, href });
  }

  closeBlock(): void {
    if (this.blockStart < 0) return;
    // trim trailing space inside the block
    while (this.chars.length > this.blockStart && this.chars[this.chars.length - 1] === ' ') {
      this.chars.pop();
      this.map.pop();
    }
    if (this.chars.length > this.blockStart) {
      this.blocks.push({ kind: this.blockKind, start: this.blockStart, end: this.chars.length, level: this.blockLevel });
      const last = this.map[this.map.length - 1] ?? 0;
      this.chars.push('\n');
      this.map.push(last + 1);
    }
    this.blockStart = -1;
    this.lastWasSpace = true;
  }

  finish(): LoadedText {
    this.closeBlock();
    if (this.chars.length > 0 && this.chars[this.chars.length - 1] === '\n') {
      this.chars.pop();
      this.map.pop();
    }
    const offsets = new Int32Array(this.chars.length + 1);
    for (let i = 0; i < this.map.length; i++) offsets[i] = Math.min(this.map[i]!, this.original.length);
    offsets[this.chars.length] = this.chars.length === 0 ? 0 : Math.min((this.map[this.map.length - 1] ?? 0) + 1, this.original.length);
    return {
      text: this.chars.join(''),
      offsets,
      blocks: this.blocks,
      links: this.links,
      original: this.original,
      format: this.format,
    };
  }

  private pushChar(ch: string, originalIndex: number): void {
    const code = ch.charCodeAt(0);
    // soft hyphens and zero-width spaces are invisible on the page
    if (code === 0xad || code === 0x200b) return;
    if (isWhiteSpace(ch, code)) {
      if (this.lastWasSpace) return;
      ch = ' ';
      this.lastWasSpace = true;
    } else {
      this.lastWasSpace = false;
    }
    if (this.blockStart < 0) {
      if (ch === ' ') return;
      this.blockStart = this.chars.length;
    }
    this.chars.push(ch);
    this.map.push(originalIndex);
  }
}
