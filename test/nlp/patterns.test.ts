import { describe, expect, it } from 'vitest';
import { matchAllOf, testAny, words } from '../../src/nlp/patterns.js';

describe('matchAllOf', () => {
  const terms = words('profilering*', 'automatisk* ~ avgjerd*');
  const wording = /avgjerder?\s+som\s+berre\s+byggjer\s+på\s+automatisk\s+handsaming/giu;

  it('finds what one alternation of the patterns finds: leftmost first, in text order (Nynorsk and Bokmål)', () => {
    const text = 'Vi nyttar ikkje profilering. Vi tek ingen avgjerder som berre byggjer på automatisk handsaming.';
    expect(matchAllOf([terms, wording], text).map((m) => m.text)).toEqual(['profilering', 'avgjerder som berre byggjer på automatisk handsaming']);
    expect(matchAllOf([terms, wording], 'Vi bruker ikke profilering.', 100)[0]!.start).toBe(115);
  });

  it('prefers the earlier pattern on the same start and leaves out a match that overlaps one taken', () => {
    const text = 'automatiske avgjerder som berre byggjer på automatisk handsaming';
    const both = [words('automatiske avgjerder'), /automatiske\s+avgjerder\s+som/giu];
    expect(matchAllOf(both, text).map((m) => m.text)).toEqual(['automatiske avgjerder']);
    expect(matchAllOf([...both].reverse(), text).map((m) => m.text)).toEqual(['automatiske avgjerder som']);
  });

  it('answers whether any pattern matches', () => {
    expect(testAny([terms, wording], 'Det skjer inga profilering.')).toBe(true);
    expect(testAny([terms, wording], 'Vi lagrar namn og e-post.')).toBe(false);
  });
});
