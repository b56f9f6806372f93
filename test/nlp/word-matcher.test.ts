import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../rules/index.js';
import { matchAll, test, useWordMatcher, wordPatterns, words } from '../../src/nlp/patterns.js';
import { foldText, isFoldSafe, parseAlternatives } from '../../src/nlp/word-matcher.js';
import { CORPUS, corpusDoc } from '../helpers/doc.js';
import { plainMatches } from '../helpers/plain-regexp.js';

/** What the global regular expression finds, as "start:text" strings. */
function byMatcher(pattern: RegExp, text: string): string[] {
  return matchAll(pattern, text).map((m) => `${m.start}:${m.text}`);
}

function expectSameAsRegExp(pattern: RegExp, texts: readonly string[]): void {
  for (const text of texts) {
    expect(byMatcher(pattern, text), text).toEqual(plainMatches(pattern, text));
    expect(test(pattern, text), text).toBe(new RegExp(pattern.source, 'iu').test(text));
  }
}

/** A small deterministic generator, so a failing text can be found again. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('word matcher', () => {
  it('finds what the regular expression finds for compound heads and inflected tails', () => {
    const pattern = words('*opplysning*', 'innsyn*', 'rett til innsyn', 'retten til innsyn', '*tilsynet');
    expectSameAsRegExp(pattern, [
      'Du har rett til innsyn i personopplysningane dine.',
      'Du har RETT TIL INNSYN og retten til innsynsrett.',
      'Klage til Datatilsynet eller Arbeidstilsynet-kontoret.',
      'Personopplysningsopplysning og opplysning-opplysning om deg.',
      'Innsyn-innsyn, innsynsbegjæring; (innsyn) og «innsyn».',
      'Datatilsynets vedtak gjeld ikkje tilsynet.',
    ]);
  });

  it('chooses the first alternative that matches, as the regular expression does', () => {
    const pattern = words('rett', 'rett til innsyn', 'rett til');
    expectSameAsRegExp(pattern, ['Du har rett til innsyn.', 'Du har retten til innsyn.']);
    expect(byMatcher(pattern, 'Du har rett til innsyn.')).toEqual(['7:rett']);
    const longFirst = words('rett til innsyn', 'rett');
    expect(byMatcher(longFirst, 'Du har rett til innsyn.')).toEqual(['7:rett til innsyn']);
  });

  it('takes the fewest words in a gap first, and no more than three', () => {
    const pattern = words('kan ~ slett*', 'be ~ om');
    expectSameAsRegExp(pattern, [
      'Du kan be oss om å slette opplysningane.',
      'Du kan når som helst be om sletting.',
      'Du kan be oss, skriftleg eller munnleg, om å få dei sletta.',
      'Kan  \t slette.',
      'Du kan be om',
    ]);
    expect(byMatcher(pattern, 'Du kan be oss slette dem.')).toEqual(['3:kan be oss slette']);
    expect(byMatcher(pattern, 'Du kan be oss om å slette dem.')).toEqual(['7:be oss om']);
    expect(byMatcher(words('kan ~ slett*'), 'Du kan be den eller de andre om å slette dem.')).toEqual([]);
  });

  it('treats hyphens, digits and punctuation as the word boundaries of the regular expression', () => {
    const pattern = words('post', 'e-post*', '§ 2-7 b', 'art. 6', 'data*');
    expectSameAsRegExp(pattern, [
      'Send e-post til post@firma.no eller e-posten vår.',
      'Etter ekomloven § 2-7 b og GDPR art. 6 nr. 1.',
      'Data-behandling, persondata, data2 og 2data.',
      'post-post-post',
      '-post -data',
    ]);
    const afterHyphen = words('data', '*behandling*', 'e-post', '*post');
    expectSameAsRegExp(afterHyphen, ['data-behandling og data-lagringsbehandling', 'e-post-e-post', 'person-data-behandlingen']);
    expect(byMatcher(afterHyphen, 'data-behandling')).toEqual(['0:data', '5:behandling']);
  });

  it('matches across the white space the regular expression accepts, and not across other characters', () => {
    const pattern = words('rett til innsyn', 'behandlings ~ grunnlag*');
    expectSameAsRegExp(pattern, [
      'rett\u00a0til\u2009innsyn',
      'rett\ntil\r\ninnsyn',
      'rett-til-innsyn',
      'rett til\u200binnsyn',
      'behandlings- og lagringsgrunnlaget',
    ]);
  });

  it('folds case as case-insensitive matching does, and falls back where lower case changes the length', () => {
    const pattern = words('samtykke*', 'kunde*', 'innsyn', 'åpen');
    expectSameAsRegExp(pattern, [
      'ſAMTYKKE og Samtykket',
      '\u212aUNDE og KUNDEN',
      'İnnsyn og INNSYN',
      '\u212bPEN og ÅPEN',
      'Ⱥ innsyn, \ud835\udc00innsyn og innsyn\ud835\udc00',
    ]);
  });

  it('checks, for every letter the rules use, that folding and case-insensitive matching agree on every code unit', () => {
    const letters = new Set<string>();
    for (const { alternatives } of wordPatterns()) {
      for (const char of foldText(alternatives.join('').replace(/[*~\s]/g, ''))) letters.add(char);
    }
    expect(letters.size).toBeGreaterThan(30);
    const disagreements: string[] = [];
    for (const letter of letters) {
      if (!isFoldSafe(letter)) continue;
      const single = new RegExp(`^${letter.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'iu');
      for (let code = 0; code < 0x10000; code++) {
        const char = String.fromCharCode(code);
        if ((foldText(char) === letter) !== single.test(char)) disagreements.push(`${letter} / U+${code.toString(16)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('reads a lone * as any word, or none', () => {
    const pattern = words('til formålet er *', 'right to *');
    expectSameAsRegExp(pattern, [
      'Vi lagrar dei til formålet er oppnådd.',
      'til formålet er -- nådd',
      'til formålet er . Slutt',
      'til formålet er data-',
      'You have the right to data-portability and the right to erasure.',
      'right to',
    ]);
  });

  it('leaves a pattern it cannot read to the regular expression', () => {
    expect(parseAlternatives(['a*b'])).toBeUndefined();
    expect(parseAlternatives(['*'])).toBeUndefined();
    expect(parseAlternatives(['* av'])).toBeUndefined();
    expect(parseAlternatives(['µg'])).toBeUndefined();
    expect(parseAlternatives(['rett til ~ innsyn*'])).toBeDefined();
  });

  it('agrees with every word pattern of the rules on every sentence of real statements', () => {
    const patterns = wordPatterns().map(({ pattern }) => pattern);
    expect(patterns.length).toBeGreaterThan(200);
    const names = ['seeds', 'holdout3'].flatMap((set) =>
      readdirSync(join(CORPUS, set))
        .filter((n) => /\.(txt|md|html)$/.test(n))
        .map((n) => `${set}/${n}`),
    );
    const mismatches: string[] = [];
    let matched = 0;
    for (const name of names) {
      for (const { text } of corpusDoc(name).sentences) {
        for (const pattern of patterns) {
          const expected = plainMatches(pattern, text).join('|');
          const got = byMatcher(pattern, text).join('|');
          if (got !== expected) mismatches.push(`${name}: /${pattern.source.slice(0, 60)}/ on "${text}": ${got} ≠ ${expected}`);
          if (expected) matched++;
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(matched).toBeGreaterThan(2000);
  });

  it('agrees with every word pattern of the rules on random text built from their own words', () => {
    const random = randomSource(20261123);
    const pieces = new Set<string>(['-', '.', ',', ' ', ' ', ' ', '  ', '\n', '(', '»', '2', 'x']);
    for (const { alternatives } of wordPatterns()) {
      for (const word of alternatives.join(' ').split(/[\s~]+/)) pieces.add(word.replace(/\*/g, ''));
    }
    const vocabulary = [...pieces].filter((p) => p.length > 0);
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
    const patterns = wordPatterns().map(({ pattern }) => pattern);
    const mismatches: string[] = [];
    let matched = 0;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 40; k++) {
        const piece = pick();
        const roll = random();
        text += roll < 0.15 ? piece.toUpperCase() : roll < 0.3 ? ` ${piece} ` : roll < 0.4 ? `${piece}-` : `${piece} `;
      }
      for (const pattern of patterns) {
        const expected = plainMatches(pattern, text).join('|');
        if (byMatcher(pattern, text).join('|') !== expected) mismatches.push(`/${pattern.source.slice(0, 60)}/ on "${text}"`);
        if (expected) matched++;
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  it('keeps the full regular expression behind every RegExp method of a word pattern', () => {
    const pattern = words('innsyn*', 'rett til');
    const full = new RegExp(pattern.source, pattern.flags);
    const text = 'Du har Rett til INNSYN og innsynsrett.';
    expect(pattern.source).toContain('innsyn');
    expect(String(pattern)).toBe(String(full));
    expect(text.match(pattern)).toEqual(text.match(full));
    expect([...text.matchAll(pattern)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(full)].map((m) => [m.index, m[0]]));
    expect(text.replace(pattern, '_')).toBe('Du har _ _ og _.');
    expect(text.split(pattern)).toEqual(text.split(full));
    expect(text.search(pattern)).toBe(7);
    pattern.lastIndex = 0;
    expect(pattern.test(text)).toBe(true);
    expect(pattern.lastIndex).toBe(15);
    expect(pattern.exec(text)?.[0]).toBe('INNSYN');
    pattern.lastIndex = 0;
  });

  it('is what the regular expressions find when switched off', () => {
    const pattern = words('innsyn*');
    useWordMatcher(false);
    try {
      expect(byMatcher(pattern, 'Innsyn og innsynsrett.')).toEqual(['0:Innsyn', '10:innsynsrett']);
    } finally {
      useWordMatcher(true);
    }
  });
});

describe('word matcher on long texts', () => {
  // before the search was kept inside the run, this took most of a minute: the time limit below is the check
  it('looks for a headed word only inside its run of letters, so a long text where the core is rare does not hang', () => {
    const pattern = words('*beslutning* ~ automatisk*', '*vedtak* ~ automatiser*');
    const text = `${'beslutninger om deg og andre som automatisert eller manuell behandles ofte '.repeat(40000)}beslutning automatisk`;
    expect(matchAll(pattern, text).map((m) => m.text)).toEqual(['beslutning automatisk']);
  }, 10_000);

  it('walks a long hyphenated run once, not once per place a word can start in it', () => {
    const pattern = words('*automatiser* ~ avgjørelse*', '*beslutning* ~ automatisk*', 'profilering*');
    const runOf = (n: number) => Array.from({ length: n }, () => 'automatiserte').join('-');
    // the run is one word holding "automatiser", so the match spans it and the gap to "avgjørelser"
    const long = `${runOf(20_000)} og automatiserte avgjørelser`;
    expect(matchAll(pattern, long).map((m) => [m.start, m.end])).toEqual([[0, long.length]]);
    for (const text of [`${runOf(20)} og automatiserte avgjørelser`, 'Vi-bruker-automatiserte beslutninger om automatiserte avgjørelser.']) {
      expect(byMatcher(pattern, text)).toEqual(plainMatches(pattern, text));
    }
  }, 10_000);
});
