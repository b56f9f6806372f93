/**
 * Accuracy against the annotated corpus: `npm run eval`.
 * Prints per rule and overall: status agreement, precision and recall for
 * "requirement found" (pass/warn vs fail) and "defect found" (warn/fail vs
 * pass), the confusion of statuses and every disagreement; writes the same
 * to reports/eval.json. Exits non-zero only on a crash.
 *
 *   npm run eval                   every annotated document
 *   npm run eval -- --set holdout  only one set (seeds, dev, holdout, holdout2, holdout3, holdout4, holdout5, holdout6)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../rules/index.js';
import { scanPaths } from '../src/scan.js';
import type { Status } from '../src/types.js';

const root = [join(dirname(fileURLToPath(import.meta.url)), '..'), join(dirname(fileURLToPath(import.meta.url)), '..', '..')].find((dir) => {
  try {
    readFileSync(join(dir, 'corpus', 'annotations.json'));
    return true;
  } catch {
    return false;
  }
})!;
const corpus = join(root, 'corpus');
const annotations = JSON.parse(readFileSync(join(corpus, 'annotations.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const AS_OF = new Date('2026-11-22T12:00:00Z');
const STATUSES: Status[] = ['pass', 'warn', 'fail', 'na'];
const SETS = ['seeds', 'dev', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'extra'];
const setArg = process.argv.indexOf('--set');
const onlySet = setArg >= 0 ? process.argv[setArg + 1] : undefined;
if (onlySet !== undefined && !SETS.includes(onlySet)) {
  console.error(`eval: unknown set "${onlySet}"; choose one of ${SETS.join(', ')}`);
  process.exit(2);
}

interface Pair {
  document: string;
  set: string;
  ruleId: string;
  expected: Status;
  got: Status;
  quote: string;
  message: string;
}

function locate(name: string): { path: string; set: string } {
  for (const set of SETS) {
    try {
      readFileSync(join(corpus, set, name));
      return { path: join(corpus, set, name), set };
    } catch {
      // not in this set
    }
  }
  throw new Error(`annotated document ${name} not found under corpus/`);
}

const pairs: Pair[] = [];
let documentCount = 0;
for (const [name, labels] of Object.entries(annotations)) {
  const { path, set } = locate(name);
  if (onlySet !== undefined && set !== onlySet) continue;
  documentCount++;
  const report = scanPaths([path], { rules: allRules, asOf: AS_OF });
  const doc = report.documents[0];
  if (!doc) throw new Error(`${name}: ${report.errors[0]?.message ?? 'not scanned'}`);
  for (const result of doc.results) {
    const expected = labels[result.ruleId];
    if (typeof expected !== 'string') continue;
    pairs.push({
      document: name,
      set,
      ruleId: result.ruleId,
      expected: expected as Status,
      got: result.status,
      quote: result.evidence[0]?.quote.slice(0, 120) ?? '',
      message: result.message,
    });
  }
}

interface Metrics {
  n: number;
  agreement: number;
  requirementFound: { precision: number | null; recall: number | null };
  defectFound: { precision: number | null; recall: number | null };
  confusion: Record<Status, Record<Status, number>>;
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((a / b) * 1000) / 1000;
}

function prf(list: Pair[], positive: (s: Status) => boolean): { precision: number | null; recall: number | null } {
  const scored = list.filter((p) => p.expected !== 'na' && p.got !== 'na');
  const tp = scored.filter((p) => positive(p.expected) && positive(p.got)).length;
  const predicted = scored.filter((p) => positive(p.got)).length;
  const actual = scored.filter((p) => positive(p.expected)).length;
  return { precision: ratio(tp, predicted), recall: ratio(tp, actual) };
}

function metrics(list: Pair[]): Metrics {
  const confusion = Object.fromEntries(STATUSES.map((e) => [e, Object.fromEntries(STATUSES.map((g) => [g, 0]))])) as Metrics['confusion'];
  for (const p of list) confusion[p.expected][p.got]++;
  return {
    n: list.length,
    agreement: ratio(list.filter((p) => p.expected === p.got).length, list.length) ?? 0,
    requirementFound: prf(list, (s) => s === 'pass' || s === 'warn'),
    defectFound: prf(list, (s) => s === 'warn' || s === 'fail'),
    confusion,
  };
}

const pct = (x: number | null) => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const perRule = Object.fromEntries(
  allRules.filter((r) => pairs.some((p) => p.ruleId === r.meta.id)).map((r) => [r.meta.id, metrics(pairs.filter((p) => p.ruleId === r.meta.id))]),
);
const overall = metrics(pairs);
const bySet = Object.fromEntries(SETS.filter((s) => pairs.some((p) => p.set === s)).map((s) => [s, metrics(pairs.filter((p) => p.set === s))]));
const disagreements = pairs.filter((p) => p.expected !== p.got);

const lines: string[] = [];
lines.push(`Accuracy on ${documentCount} annotated documents${onlySet ? ` (set ${onlySet})` : ''}, ${pairs.length} rule results (as of ${AS_OF.toISOString().slice(0, 10)})`);
lines.push('');
lines.push(`${'rule'.padEnd(28)} agree   req-P   req-R   def-P   def-R`);
for (const [id, m] of Object.entries(perRule)) {
  lines.push(`${id.padEnd(28)} ${pct(m.agreement)}  ${pct(m.requirementFound.precision)}  ${pct(m.requirementFound.recall)}  ${pct(m.defectFound.precision)}  ${pct(m.defectFound.recall)}`);
}
lines.push(`${'OVERALL'.padEnd(28)} ${pct(overall.agreement)}  ${pct(overall.requirementFound.precision)}  ${pct(overall.requirementFound.recall)}  ${pct(overall.defectFound.precision)}  ${pct(overall.defectFound.recall)}`);
for (const [set, m] of Object.entries(bySet)) lines.push(`  ${set.padEnd(26)} ${pct(m.agreement)}  (${m.n} results)`);
lines.push('');
lines.push('Confusion (rows: expected, columns: got)');
lines.push(`${''.padEnd(10)}${STATUSES.map((s) => s.padStart(6)).join('')}`);
for (const e of STATUSES) lines.push(`${e.padEnd(10)}${STATUSES.map((g) => String(overall.confusion[e][g]).padStart(6)).join('')}`);
lines.push('');
lines.push(`Disagreements (${disagreements.length})`);
for (const d of disagreements) {
  lines.push(`  ${d.document}  ${d.ruleId}: expected ${d.expected}, got ${d.got}${d.quote ? `  «${d.quote}»` : ''}`);
}
console.log(lines.join('\n'));

const out = join(root, 'reports', onlySet ? `eval-${onlySet}.json` : 'eval.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ asOf: AS_OF.toISOString().slice(0, 10), overall, bySet, perRule, disagreements }, null, 2) + '\n');
console.log(`\nWritten: ${out}`);
