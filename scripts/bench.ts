/**
 * Speed and memory: `npm run bench`.
 * Scans the corpus repeated to at least 1,000 documents in one process and
 * prints documents/s, MB/s, per-document latency p50/p95/max and peak memory;
 * then time against document size (10 KB, 100 KB, 1 MB) and the CLI's cold
 * start against bare `node -e ""`. Writes the same to reports/bench.json, with
 * the machine's load average, for tracking from change to change.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { allRules } from '../rules/index.js';
import { formatFromPath } from '../src/loaders/index.js';
import { analyseDocument } from '../src/scan.js';
import type { InputFormat } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = [join(here, '..'), join(here, '..', '..')].find((d) => {
  try {
    readdirSync(join(d, 'corpus'));
    return true;
  } catch {
    return false;
  }
})!;
const asOf = new Date('2026-11-22T12:00:00Z');
const TARGET_DOCS = 1000;

interface Doc {
  name: string;
  text: string;
  format: InputFormat;
}

const docs: Doc[] = [];
for (const set of ['seeds', 'dev', 'holdout', 'holdout2']) {
  for (const name of readdirSync(join(root, 'corpus', set)).sort()) {
    const format = formatFromPath(name);
    if (format) docs.push({ name, text: readFileSync(join(root, 'corpus', set, name), 'utf8'), format });
  }
}

const loadAtStart = loadavg()[0]!;
let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 5);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// warm-up: first use of each loader and pattern
for (const d of docs) analyseDocument(d.text, { rules: allRules, asOf, format: d.format, source: d.name });

const latencies: number[] = [];
let bytes = 0;
const start = performance.now();
for (let i = 0; i < TARGET_DOCS; i++) {
  const d = docs[i % docs.length]!;
  const t0 = performance.now();
  analyseDocument(d.text, { rules: allRules, asOf, format: d.format, source: d.name });
  latencies.push(performance.now() - t0);
  bytes += Buffer.byteLength(d.text);
  if (i % 50 === 0) sample();
}
const elapsed = (performance.now() - start) / 1000;
const docsPerSecond = TARGET_DOCS / elapsed;
// each whole pass over the corpus, timed on its own: a busy spell of a shared machine moves the median little
const passRates: number[] = [];
for (let from = 0; from + docs.length <= latencies.length; from += docs.length) {
  const ms = latencies.slice(from, from + docs.length).reduce((sum, t) => sum + t, 0);
  passRates.push((docs.length / ms) * 1000);
}
passRates.sort((a, b) => a - b);
const medianPassRate = passRates[Math.floor(passRates.length / 2)]!;
sample();
const runPeakRss = peakRss;
latencies.sort((a, b) => a - b);
const avgKb = bytes / TARGET_DOCS / 1024;

console.log(`Machine: ${cpus().length} cores, Node ${process.version}, load average ${loadAtStart.toFixed(2)} at the start (other work on the machine lowers the figures below)\n`);
console.log(`Throughput (${TARGET_DOCS} documents, corpus of ${docs.length} repeated, average ${avgKb.toFixed(1)} KB, one process)`);
console.log(`  documents/s     ${docsPerSecond.toFixed(0)}   (median of ${passRates.length} passes over the corpus: ${medianPassRate.toFixed(0)})`);
console.log(`  MB/s            ${(bytes / 1024 / 1024 / elapsed).toFixed(2)}`);
console.log(`  latency p50     ${percentile(latencies, 50).toFixed(2)} ms`);
console.log(`  latency p95     ${percentile(latencies, 95).toFixed(2)} ms`);
console.log(`  latency max     ${latencies[latencies.length - 1]!.toFixed(2)} ms`);
console.log(`  peak RSS        ${(runPeakRss / 1024 / 1024).toFixed(0)} MB`);

console.log('\nTime against size (plain text built from the seed statements)');
const perKb: number[] = [];
const bySize: Array<{ kb: number; ms: number }> = [];
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const seedText = docs.filter((d) => d.format === 'text').map((d) => d.text).join('\n\n');
for (const kb of [10, 100, 1000]) {
  let text = '';
  while (text.length < kb * 1024) text += seedText + '\n\n';
  text = text.slice(0, kb * 1024);
  const runs = kb >= 1000 ? 3 : kb >= 100 ? 5 : 20;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyseDocument(text, { rules: allRules, asOf, format: 'text', source: `${kb}kb` });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`  ${String(kb).padStart(5)} KB   ${median.toFixed(1).padStart(8)} ms   (${(median / kb).toFixed(2)} ms/KB)`);
  perKb.push(median / kb);
  bySize.push({ kb, ms: round(median) });
}
clearInterval(sampler);
console.log(`  peak RSS with the 1 MB document   ${(peakRss / 1024 / 1024).toFixed(0)} MB`);

const COLD_RUNS = 11;
console.log(`\nCold start (median of ${COLD_RUNS} rounds, the three commands taking turns)`);
/** Median wall time of each command, run in turn round after round so that a busy spell of the machine hits all alike. */
function medians(cmds: string[][], runs = COLD_RUNS): number[] {
  const times: number[][] = cmds.map(() => []);
  for (let i = 0; i < runs; i++) {
    cmds.forEach((cmd, k) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, cmd, { cwd: root, stdio: 'ignore' });
      if (r.error) throw r.error;
      times[k]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
}
const cli = join(root, 'dist', 'src', 'cli.js');
const [bare, version, one] = medians([
  ['-e', ''],
  [cli, '--version'],
  [cli, 'scan', join(root, 'corpus', 'seeds', 's01-igo.txt'), '--as-of', '2026-11-22', '--format', 'json'],
]) as [number, number, number];
console.log(`  node -e ""                 ${bare.toFixed(0)} ms`);
console.log(`  personvernsjekk --version  ${version.toFixed(0)} ms   (${(version / bare).toFixed(2)}× bare node)`);
console.log(`  scan one document          ${one.toFixed(0)} ms   (${(one / bare).toFixed(2)}× bare node)`);

const linear = Math.max(...perKb) / Math.min(...perKb) <= 2;
const peakMb = runPeakRss / 1024 / 1024;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log('\nTargets');
console.log(`  ≥ 300 documents/s                  ${docsPerSecond.toFixed(0)}/s   ${verdict(docsPerSecond >= 300)}`);
console.log(`  one-document scan ≤ 3× bare node   ${(one / bare).toFixed(1)}×   ${verdict(one / bare <= 3)}`);
console.log(`  peak memory < 200 MB               ${peakMb.toFixed(0)} MB   ${verdict(peakMb < 200)}`);
console.log(`  time linear in size (ms/KB within 2×)   ${verdict(linear)}`);

// the same figures for tracking from change to change, with what the machine was doing
const out = join(root, 'reports', 'bench.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', loadAverage: { start: round(loadAtStart, 2), end: round(loadavg()[0]!, 2) } },
      throughput: {
        documents: TARGET_DOCS,
        averageKb: round(avgKb),
        documentsPerSecond: round(docsPerSecond),
        medianPassDocumentsPerSecond: round(medianPassRate),
        mbPerSecond: round(bytes / 1024 / 1024 / elapsed, 2),
        latencyMs: { p50: round(percentile(latencies, 50), 2), p95: round(percentile(latencies, 95), 2), max: round(latencies[latencies.length - 1]!, 2) },
        peakRssMb: round(peakMb),
      },
      bySize,
      coldStartMs: { bareNode: round(bare), version: round(version), scanOneDocument: round(one), ratio: round(one / bare, 2) },
      targets: { documentsPerSecond: docsPerSecond >= 300, coldStart: one / bare <= 3, peakMemory: peakMb < 200, linear },
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nWritten: ${out}`);
