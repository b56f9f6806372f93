import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuleContext } from '../../src/engine/context.js';
import { formatFromPath, loadText } from '../../src/loaders/index.js';
import { analyseText } from '../../src/segment/document.js';
import type { AnalysedDocument, InputFormat, Rule, RuleOutcome } from '../../src/types.js';

export const AS_OF = new Date('2026-11-22T12:00:00Z');
export const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

/** Analyses a snippet as a document (plain text unless a format is given). */
export function docFrom(text: string, format: InputFormat = 'text'): AnalysedDocument {
  return analyseText(loadText(text, format), 'snippet');
}

export function corpusDoc(name: string): AnalysedDocument {
  const path = join(CORPUS, name);
  return analyseText(loadText(readFileSync(path, 'utf8'), formatFromPath(path)), path);
}

export interface Checked extends RuleOutcome {
  quotes: string[];
}

/** Runs one rule on a snippet (or analysed document) and returns its outcome with the quoted evidence. */
export function check(rule: Rule, input: string | AnalysedDocument, opts: { format?: InputFormat; asOf?: Date } = {}): Checked {
  const doc = typeof input === 'string' ? docFrom(input, opts.format) : input;
  const result = rule.check(new RuleContext(doc, opts.asOf ?? AS_OF));
  return { ...result, quotes: result.evidence.map((e) => doc.text.slice(e.start, e.end)) };
}
