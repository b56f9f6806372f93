import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { EXAMPLES_AS_OF } from '../../src/docs/content.js';
import { analyseDocument } from '../../src/scan.js';
import type { Rule, RuleExample } from '../../src/types.js';
import { CORPUS } from '../helpers/doc.js';

const KINDS = ['pass', 'warn', 'fail'] as const;
const asOf = new Date(EXAMPLES_AS_OF);

function statusOf(rule: Rule, text: string): string {
  const report = analyseDocument(text, { rules: [rule], format: 'text', asOf });
  return report.results[0]!.status;
}

function examplesOf(rule: Rule): Array<{ kind: (typeof KINDS)[number]; example: RuleExample }> {
  const examples = rule.meta.examples;
  if (!examples) return [];
  return KINDS.flatMap((kind) => (examples[kind] ?? []).map((example) => ({ kind, example })));
}

const documented = allRules.filter((r) => r.meta.examples);
const undocumented = allRules.filter((r) => !r.meta.examples);

describe('rule examples run through the real pipeline', () => {
  for (const rule of documented) {
    describe(rule.meta.id, () => {
      for (const { kind, example } of examplesOf(rule)) {
        it(`${kind} [${example.lang}] ${example.text.slice(0, 60)}`, () => {
          expect(statusOf(rule, example.text)).toBe(kind);
        });
      }
    });
  }
});

describe('every rule is documented with examples in Bokmål and Nynorsk', () => {
  for (const rule of documented) {
    const { id, examples, rationale, docs } = rule.meta;

    it(`${id}: pass examples and warn/fail examples, each in Bokmål and Nynorsk`, () => {
      const pass = examples!.pass;
      const other = [...(examples!.warn ?? []), ...examples!.fail];
      expect(pass.map((e) => e.lang)).toEqual(expect.arrayContaining(['nb', 'nn']));
      expect(other.map((e) => e.lang)).toEqual(expect.arrayContaining(['nb', 'nn']));
      for (const kind of KINDS) {
        const list = examples![kind] ?? [];
        if (list.length > 0) expect(list.map((e) => e.lang), `${kind} examples of ${id}`).toEqual(expect.arrayContaining(['nb', 'nn']));
      }
    });

    it(`${id}: no example appears twice`, () => {
      const texts = examplesOf(rule).map((e) => e.example.text);
      expect(new Set(texts).size).toBe(texts.length);
    });

    it(`${id}: says why, and what each status it has examples for means`, () => {
      expect(rationale?.nb.length).toBeGreaterThan(80);
      expect(rationale?.en.length).toBeGreaterThan(80);
      for (const kind of KINDS) {
        if ((examples![kind] ?? []).length > 0) expect(docs?.statuses?.[kind], `${id} documents status ${kind}`).toBeDefined();
      }
    });
  }

  // A rule that can judge a statement's text must show how; only rules that need a website scan may go without.
  const statement = readFileSync(join(CORPUS, 'seeds', 's04-invoice-club.txt'), 'utf8');
  for (const rule of undocumented) {
    it(`${rule.meta.id} has no text examples, so it must not judge a statement's text on its own`, () => {
      expect(statusOf(rule, statement)).toBe('na');
    });
  }

  it('covers the whole rule catalogue', () => {
    expect(documented.length).toBeGreaterThanOrEqual(31);
  });
});
