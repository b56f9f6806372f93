import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Only the Norwegian stemmer: loading all of `natural` would cost ~1 s of start-up.
const stemmerNo = require('natural/lib/natural/stemmers/porter_stemmer_no.js') as { stem(word: string): string };

const cache = new Map<string, string>();
const LETTERS_ONLY = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+$/u;

/** Norwegian stem of a lower-cased word (Bokmål and Nynorsk inflections fold to a shared stem where they can). */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  let s = cache.get(lower);
  if (s !== undefined) return s;
  s = LETTERS_ONLY.test(lower) && lower.length > 3 ? stemmerNo.stem(lower) : lower;
  if (cache.size < 200_000) cache.set(lower, s);
  return s;
}

/** A set of stems for a list of words, for matching tokens regardless of inflection. */
export function stemSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => stem(w)));
}
