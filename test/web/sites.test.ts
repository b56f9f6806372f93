import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { isWebInput, runWebScans, splitInputs } from '../../src/cli-web.js';
import { closeWebResources, createWebResources, scanSite, type WebResources } from '../../src/web/scan-site.js';
import {
  formatSummaryTable,
  LineProgress,
  parseSiteList,
  readJsonl,
  runPortfolio,
  TtyProgress,
  type ProgressSink,
  type SiteLine,
  type SiteOutcome,
} from '../../src/web/sites.js';
import { closedPort, homepageHtml, policyHtml, startSite, type TestSite } from './helpers/server.js';

const AS_OF = new Date('2026-11-22T12:00:00Z');

class Collect extends Writable {
  text = '';
  isTTY = false;
  columns = 100;
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function jsonlLines(path: string): SiteLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SiteLine);
}

/** 50 local sites: most serve a homepage linking to a statement; every tenth fails in one of three ways. */
const servers: TestSite[] = [];
const inputs: string[] = [];
const failing = new Set<string>();
let resources: WebResources;

beforeAll(async () => {
  for (let i = 0; i < 50; i++) {
    const kind = i % 10;
    if (kind === 3) {
      inputs.push(`http://127.0.0.1:${await closedPort()}/`);
      failing.add(inputs[i]!);
      continue;
    }
    const routes =
      kind === 7
        ? {} // the homepage is a 404
        : kind === 9
          ? { '/': { status: 500 } }
          : { '/': homepageHtml([{ href: '/personvern', text: 'Personvern' }]), '/personvern': policyHtml(`Firma ${i} AS`) };
    const s = await startSite(routes);
    servers.push(s);
    inputs.push(s.url('/'));
    if (kind === 7 || kind === 9) failing.add(inputs[i]!);
  }
  resources = await createWebResources({ allowPrivate: true, timeoutMs: 3000, retries: 1, retryBaseMs: 5, delayMs: 0 });
});

afterAll(async () => {
  await closeWebResources(resources);
  await Promise.all(servers.map((s) => s.close()));
});

const scan = (input: string, signal: AbortSignal) => scanSite(input, { rules: allRules, asOf: AS_OF, resources, signal });

describe('the sites file', () => {
  it('takes one site per line and skips blanks, comments and duplicates', () => {
    expect(parseSiteList('\uFEFF# kunder\nfirma.no\n\n  www.annet.no  # hovedkunde\nhttps://tredje.no/personvern\nFIRMA.NO\n')).toEqual([
      'firma.no',
      'www.annet.no',
      'https://tredje.no/personvern',
    ]);
  });
});

describe('a batch of 50 local sites', () => {
  it('accounts for every site in the JSON Lines file, failures included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'personvernsjekk-sites-'));
    const jsonlPath = join(dir, 'nested', 'sites.jsonl');
    const log = new Collect();
    const started = Date.now();
    const result = await runPortfolio(inputs, { scan, concurrency: 8, jsonlPath, progress: new LineProgress(log), rules: allRules });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result).toMatchObject({ scanned: 50, skipped: 0, interrupted: false });
    expect(result.outcomes.map((o) => o.input)).toEqual(inputs);

    const lines = jsonlLines(jsonlPath);
    expect(lines).toHaveLength(50);
    expect(new Set(lines.map((l) => l.input))).toEqual(new Set(inputs));
    for (const line of lines) {
      expect(Date.parse(line.finishedAt)).not.toBeNaN();
      if (failing.has(line.input)) {
        expect(line.ok, line.input).toBe(false);
        expect(line.error?.message.length).toBeGreaterThan(10);
        expect(line.document).toBeUndefined();
      } else {
        expect(line.ok, line.input).toBe(true);
        const doc = line.document as { source: string; score: number; grade: string; results: unknown[]; site: { foundBy: string }; text?: string };
        expect(doc.source).toBe(line.input + 'personvern');
        expect(doc.grade).toMatch(/^[A-F]$/);
        expect(doc.results).toHaveLength(allRules.length);
        expect(doc.site.foundBy).toBe('link');
        expect(doc.text).toBeUndefined();
      }
    }
    const codes = lines.filter((l) => !l.ok).map((l) => l.error?.code);
    expect(codes.filter((c) => c === 'connect')).toHaveLength(5);
    expect(codes.filter((c) => c === 'http-status')).toHaveLength(10);

    const progress = log.text.trim().split('\n');
    expect(progress).toHaveLength(50);
    expect(progress.every((l) => /^\[\d+\/50\] http:\/\/127\.0\.0\.1:\d+\/: (?:\d+ [A-F]|feil – .+)$/.test(l))).toBe(true);
    expect(progress.at(-1)).toMatch(/^\[50\/50\]/);

    const table = formatSummaryTable(result.outcomes);
    expect(table.split('\n')[0]).toMatch(/^Nettsted\s+Poeng\s+Karakter\s+Verste funn \/ feil$/);
    for (const o of result.outcomes) expect(table).toContain(o.input);
    expect(table).toContain('50 nettsted(er): 35 skannet, 15 kunne ikke skannes.');
    expect(table).toMatch(/feil: siden finnes ikke \(HTTP 404\)/);
  });

  it('after an interruption, --resume scans only the sites that are not in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'personvernsjekk-resume-'));
    const jsonlPath = join(dir, 'sites.jsonl');
    const controller = new AbortController();
    const stopAfter20: ProgressSink = {
      begin: () => undefined,
      finished: (_o, done) => {
        if (done === 20) controller.abort();
      },
      end: () => undefined,
    };
    const first = await runPortfolio(inputs, { scan, concurrency: 6, jsonlPath, signal: controller.signal, progress: stopAfter20 });
    expect(first.interrupted).toBe(true);
    const written = jsonlLines(jsonlPath).map((l) => l.input);
    // sites in flight at the interruption are not written: only whole results are in the file
    expect(written).toHaveLength(20);
    expect(first.outcomes).toHaveLength(20);

    const scannedNow: string[] = [];
    const second = await runPortfolio(inputs, {
      scan: (input, signal) => {
        scannedNow.push(input);
        return scan(input, signal);
      },
      concurrency: 6,
      jsonlPath,
      resume: true,
      rules: allRules,
    });
    expect(new Set(scannedNow)).toEqual(new Set(inputs.filter((i) => !written.includes(i))));
    expect(scannedNow).toHaveLength(30);
    expect(second).toMatchObject({ scanned: 30, skipped: 20, interrupted: false });
    expect(second.outcomes.map((o) => o.input)).toEqual(inputs);
    expect(second.outcomes.filter((o) => o.resumed)).toHaveLength(20);
    const resumedDoc = second.outcomes.find((o) => o.resumed && o.ok)!.document!;
    expect(resumedDoc.results.every((r) => typeof r.category === 'string')).toBe(true);
    const all = jsonlLines(jsonlPath);
    expect(all).toHaveLength(50);
    expect(new Set(all.map((l) => l.input))).toEqual(new Set(inputs));
  });

  it('--resume rescans a site whose line was cut off mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'personvernsjekk-cut-'));
    const jsonlPath = join(dir, 'sites.jsonl');
    const firstTen = inputs.slice(0, 10);
    await runPortfolio(firstTen, { scan, concurrency: 4, jsonlPath });
    const whole = readFileSync(jsonlPath, 'utf8').trim().split('\n');
    // keep 9 whole lines and half of the tenth, as after a crash during the write
    writeFileSync(jsonlPath, whole.slice(0, 9).join('\n') + '\n' + whole[9]!.slice(0, 40));
    const cut = (JSON.parse(whole[9]!) as SiteLine).input;
    const rescanned: string[] = [];
    await runPortfolio(firstTen, {
      scan: (input, signal) => {
        rescanned.push(input);
        return scan(input, signal);
      },
      jsonlPath,
      resume: true,
    });
    expect(rescanned).toEqual([cut]);
    expect(readJsonl(jsonlPath).size).toBe(10);
  });

  it('without --resume starts the file afresh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'personvernsjekk-fresh-'));
    const jsonlPath = join(dir, 'sites.jsonl');
    writeFileSync(jsonlPath, JSON.stringify({ input: 'gammel.no', ok: false, error: { message: 'x' }, finishedAt: '2026-01-01' }) + '\n');
    await runPortfolio(inputs.slice(0, 2), { scan, jsonlPath });
    expect(jsonlLines(jsonlPath).map((l) => l.input)).toEqual(expect.arrayContaining(inputs.slice(0, 2)));
    expect(jsonlLines(jsonlPath)).toHaveLength(2);
  });
});

describe('progress', () => {
  it('redraws one bar on a terminal', () => {
    const out = new Collect();
    const bar = new TtyProgress(out as unknown as NodeJS.WriteStream);
    bar.begin(4, 0);
    const outcome: SiteOutcome = { input: 'firma.no', ok: false, error: 'fant ikke domenet firma.no – kontroller stavemåten', finishedAt: '' };
    bar.finished(outcome, 1);
    bar.finished({ ...outcome, input: 'annet.no' }, 2);
    bar.end();
    const frames = out.text.split('\r').filter(Boolean);
    expect(frames).toHaveLength(3);
    expect(frames[2]).toContain('[████████████░░░░░░░░░░░░] 2/4');
    expect(frames[2]).toContain('✗ annet.no feil – fant ikke domenet');
    expect(out.text.endsWith('\n')).toBe(true);
    expect(out.text.includes('\n\r')).toBe(false);
  });
});

describe('command-line inputs', () => {
  it('tells files from websites', () => {
    expect(isWebInput('https://firma.no/personvern')).toBe(true);
    expect(isWebInput('http://localhost:8080')).toBe(true);
    expect(isWebInput('firma.no')).toBe(true);
    expect(isWebInput('www.firma.no')).toBe(true);
    expect(isWebInput('blåbær.no/personvern')).toBe(true);
    expect(isWebInput('localhost:3000')).toBe(true);
    expect(isWebInput('127.0.0.1:8080/personvern')).toBe(true);
    expect(isWebInput('ftp://firma.no/fil.txt')).toBe(true);
    expect(isWebInput('corpus')).toBe(false);
    expect(isWebInput('package.json')).toBe(false);
    expect(isWebInput('personvern.html')).toBe(false);
    expect(isWebInput('utkast/personvern.md')).toBe(false);
    expect(isWebInput('-')).toBe(false);
    expect(splitInputs(['corpus', 'firma.no', 'ny.md'])).toEqual({ files: ['corpus', 'ny.md'], web: ['firma.no'] });
  });

  it('runs a --sites batch: progress lines, summary table and the JSON Lines file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'personvernsjekk-cliweb-'));
    const list = join(dir, 'kunder.txt');
    writeFileSync(list, `# kunder\n${inputs[0]}\n${inputs[3]}\n`);
    const stderr = new Collect();
    const jsonl = join(dir, 'ut.jsonl');
    const { documents, errors } = await runWebScans(
      [inputs[1]!],
      { sites: list, jsonl, allowPrivate: true, delay: 0, timeout: 3 },
      { rules: allRules, asOf: AS_OF, locale: 'nb' },
      { stderr },
    );
    expect(documents.map((d) => d.site?.input)).toEqual([inputs[1], inputs[0]]);
    expect(errors).toEqual([{ source: inputs[3], message: expect.stringContaining('avviste tilkoblingen') }]);
    expect(documents[0]!.site).toMatchObject({ chosenUrl: `${inputs[1]}personvern`, foundBy: 'link' });
    expect(stderr.text).toMatch(/\[2\/2\] /);
    expect(stderr.text).toContain('2 nettsted(er): 1 skannet, 1 kunne ikke skannes.');
    expect(stderr.text).toContain(`Resultater: ${jsonl}`);
    expect(jsonlLines(jsonl).map((l) => l.input).sort()).toEqual([inputs[0], inputs[3]].sort());
  });

  it('reports a missing --sites file as an error', async () => {
    const stderr = new Collect();
    const missing = await runWebScans([], { sites: '/finnes/ikke.txt' }, { rules: allRules, asOf: AS_OF, locale: 'nb' }, { stderr });
    expect(missing.errors).toEqual([{ source: '/finnes/ikke.txt', message: expect.stringContaining('finnes ikke') }]);
  });
});
