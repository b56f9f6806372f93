/**
 * Compares single rules with the annotated corpus while they are being written:
 *   npx tsx scripts/rule-eval.ts retention right-access
 * Prints expected vs. got for each document and the quotes the rule found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuleContext } from '../src/engine/context.js';
import { formatFromPath, loadText } from '../src/loaders/index.js';
import { analyseText } from '../src/segment/document.js';
import type { Rule } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const annotations = JSON.parse(readFileSync(join(root, 'corpus', 'annotations.json'), 'utf8')) as Record<string, Record<string, string>>;
const asOf = new Date('2026-11-22T12:00:00Z');

for (const id of process.argv.slice(2)) {
  const mod = (await import(`../rules/${id}.js`)) as { default: Rule };
  const rule = mod.default;
  let agree = 0;
  let total = 0;
  for (const [name, labels] of Object.entries(annotations)) {
    const dir = name.startsWith('s') && /^s\d/.test(name) ? 'seeds' : 'dev';
    const path = join(root, 'corpus', dir, name);
    const doc = analyseText(loadText(readFileSync(path, 'utf8'), formatFromPath(path)), path);
    const out = rule.check(new RuleContext(doc, asOf));
    const expected = labels[id];
    total++;
    if (expected === out.status) agree++;
    const mark = expected === out.status ? '  ok ' : '**MISS';
    const quotes = out.evidence.slice(0, 3).map((e) => JSON.stringify(doc.text.slice(e.start, e.end).slice(0, 90)));
    console.log(`${mark} ${id} ${name}: expected ${expected}, got ${out.status} — ${out.message.en} ${quotes.join(' ')}`);
  }
  console.log(`${id}: ${agree}/${total}\n`);
}
