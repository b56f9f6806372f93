import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { loadText } from '../../src/loaders/index.js';
import { analyseDocument } from '../../src/scan.js';
import { analyseText } from '../../src/segment/document.js';
import { AS_OF } from '../helpers/doc.js';

/** Deterministic word salad: the same text on every run. */
function salad(words: readonly string[], count: number, separator = ' '): string {
  let state = 7;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    out.push(words[state % words.length]!);
  }
  return out.join(separator);
}

/** Every rule ran to a verdict: none crashed, none was cut short. */
function expectEveryRuleJudged(text: string): void {
  const { results } = analyseDocument(text, { rules: allRules, asOf: AS_OF, format: 'text', source: 'pathological.txt' });
  expect(results.map((r) => r.ruleId)).toEqual(allRules.map((r) => r.meta.id));
  for (const r of results) expect(['pass', 'warn', 'fail', 'na']).toContain(r.status);
}

// Untrusted input with no sentence ends, or one endless word: each took minutes before (some grew with the square of the
// length); the test's time limit is the check that none does now.
describe('pathological input finishes', () => {
  it('cuts a text with no sentence ends into sentences of at most 2,000 characters, at white space', () => {
    const text = salad(['vi', 'deler', 'ikke', 'data', 'med', 'andre', 'samtykke', 'slettes', 'etter', 'år', 'Google'], 120_000);
    const doc = analyseText(loadText(text, 'text'), 'salad.txt');
    expect(Math.max(...doc.sentences.map((s) => s.text.length))).toBeLessThanOrEqual(2000);
    expect(doc.sentences.every((s) => !/^\s|\s$/u.test(s.text) && text.slice(s.start, s.end) === s.text)).toBe(true);
    expectEveryRuleJudged(text);
  });

  it('reads a long run of capitalised words (name candidates) and a long run of e-mail addresses', () => {
    const names = salad(['Fjell', 'Bakst', 'AS', 'Norge', 'Oslo', 'Storgata', 'ASA', 'Kommune', 'Stiftelsen', 'Lag'], 100_000);
    expectEveryRuleJudged(names);
    const mails = Array.from({ length: 30_000 }, (_, i) => `post${i}@firma${i % 50}.no`).join(' ');
    expectEveryRuleJudged(mails);
  });

  it('reads one word of a million characters made of hyphenated words', () => {
    const run = Array.from({ length: 60_000 }, () => 'automatiserte').join('-');
    expectEveryRuleJudged(`Personvern\n\n${run} avgjørelser om deg.`);
  });
});
