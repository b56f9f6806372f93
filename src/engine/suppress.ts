import type { AnalysedDocument, Span } from '../types.js';

/** A `<!-- personvernsjekk-disable-next-line rule-id … -- reason -->` comment and the block it covers. */
export interface Suppression {
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** The block after the comment, in the normalised text. */
  start: number;
  end: number;
  /** 1-based line of the comment in the original input. */
  line: number;
}

const COMMENT = /<!--\s*personvernsjekk-disable-next-line\b([^>]{0,500}?)-->/g;

function firstIndexAtOrAfter(offsets: Int32Array, originalIndex: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < originalIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds suppression comments in the original Markdown or HTML. Each covers
 * the next block (paragraph, list item, heading) after it. Text after " -- "
 * is the reason and is ignored here.
 */
export function findSuppressions(doc: AnalysedDocument): Suppression[] {
  if (!doc.original.includes('personvernsjekk-disable-next-line')) return [];
  const out: Suppression[] = [];
  COMMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT.exec(doc.original)) !== null) {
    const spec = m[1]!.split(/\s--\s/)[0]!;
    const rules = spec.split(/[\s,]+/).filter(Boolean);
    const at = firstIndexAtOrAfter(doc.offsets, m.index + m[0].length);
    const block = doc.blocks.find((b) => b.end > at);
    if (!block) continue;
    const line = doc.original.slice(0, m.index).split('\n').length;
    out.push({ rules, start: block.start, end: block.end, line });
  }
  return out;
}

export function isSuppressed(suppressions: readonly Suppression[], ruleId: string, span: Span): boolean {
  return suppressions.some((s) => (s.rules.length === 0 || s.rules.includes(ruleId)) && span.start >= s.start && span.end <= s.end);
}
