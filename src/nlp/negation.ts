import type { Sentence } from '../types.js';

/** Negators in Bokmål, Nynorsk and English. */
export const NEGATORS = new Set([
  'ikke', 'ikkje', 'ikkje', 'ingen', 'inga', 'ingenting', 'intet', 'aldri', 'verken', 'korkje', 'hverken', 'uten', 'utan',
  'not', 'no', 'never', 'none', 'neither', 'nor', 'without', "don't", "doesn't", "won't", 'cannot',
]);

/** Words that end the clause a negator can reach ("vi deler ikke …, men …"). */
const CLAUSE_BREAK = new Set(['men', 'but', 'unntatt', 'bortsett', 'except', 'dersom', 'hvis', 'viss', 'om', 'if', 'unless', 'med mindre']);

/**
 * Whether the words at [start, end) in the sentence are negated: a negator in
 * the same clause before them ("ikkje delt"), or right after the verb they
 * start with ("deler ikke", "bruker ikkje"). Commas, semicolons and "men"
 * end a clause.
 */
export function isNegated(sentence: Sentence, start: number, end: number, after = 2): boolean {
  const tokens = sentence.tokens;
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  // walk back to the clause start
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const between = sentence.text.slice(t.end - sentence.start, (tokens[i + 1]?.start ?? end) - sentence.start);
    if (/[,;:()]/.test(between) && !NEGATORS.has(t.word)) break;
    if (CLAUSE_BREAK.has(t.word)) break;
    if (NEGATORS.has(t.word)) return true;
    if (first - i > 8) break;
  }
  // a negator just after the matched words ("vi deler ikke", "bruker ikkje")
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  for (let i = last; i < Math.min(tokens.length, last + after); i++) {
    const gap = sentence.text.slice(tokens[i - 1]!.end - sentence.start, tokens[i]!.start - sentence.start);
    if (/[,;:.()]/.test(gap)) break;
    if (NEGATORS.has(tokens[i]!.word)) return true;
  }
  return false;
}
