const copies = new WeakMap<RegExp, RegExp>();

/**
 * The matches of `pattern` as its own regular expression finds them, as "index:text": a global copy,
 * unknown to the prefilter and the word matcher, so that their results can be checked against it.
 */
export function plainMatches(pattern: RegExp, text: string): string[] {
  let copy = copies.get(pattern);
  if (!copy) copies.set(pattern, (copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  return [...text.matchAll(copy)].map((m) => `${m.index}:${m[0]}`);
}
