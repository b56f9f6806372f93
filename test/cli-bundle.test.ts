import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './helpers/doc.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const BUNDLE = join(ROOT, 'dist', 'personvernsjekk.cjs');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SCAN = ['scan', join(CORPUS, 'seeds', 's01-igo.txt'), join(CORPUS, 'dev'), '--format', 'json', '--as-of', '2026-11-22'];

/** The report without the fields that change from run to run. */
function comparable(stdout: string): unknown {
  return JSON.parse(stdout, (key, value) => (key === 'generatedAt' || key === 'durationMs' ? undefined : value));
}

describe('the bundled CLI', () => {
  it('is built by npm run build', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    expect(readFileSync(BUNDLE, 'utf8')).toContain('personvernsjekk');
  });

  it('gives the same reports as the separate modules on every corpus statement', () => {
    const everything = ['scan', ...['seeds', 'dev', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'].map((set) => join(CORPUS, set)), '--format', 'json', '--as-of', '2026-11-22'];
    const bundled = run(everything);
    const modules = run(everything, { PERSONVERNSJEKK_NO_BUNDLE: '1' });
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(modules.code);
    expect(comparable(bundled.stdout)).toEqual(comparable(modules.stdout));
    const documents = (comparable(bundled.stdout) as { documents: Array<{ language: string }> }).documents;
    expect(documents.length).toBeGreaterThan(50);
    // the bundle's language detection holds only the languages it chooses between
    expect(new Set(documents.map((d) => d.language))).toEqual(new Set(['nob', 'nno', 'eng']));
  });

  it('keeps its compiled code in the temp directory, and replaces a cache it cannot use', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pvs-cache-'));
    const first = run(SCAN, { TMPDIR: temp });
    const cacheDir = join(temp, 'personvernsjekk');
    const [cacheName] = readdirSync(cacheDir);
    expect(cacheName).toMatch(/\.v8cache$/);
    const cacheFile = join(cacheDir, cacheName!);
    const size = statSync(cacheFile).size;
    expect(size).toBeGreaterThan(100_000);

    const second = run(SCAN, { TMPDIR: temp });
    expect(comparable(second.stdout)).toEqual(comparable(first.stdout));

    writeFileSync(cacheFile, 'not a code cache');
    const third = run(SCAN, { TMPDIR: temp });
    expect(third.stderr).toBe('');
    expect(comparable(third.stdout)).toEqual(comparable(first.stdout));
    expect(statSync(cacheFile).size).toBeGreaterThan(100_000);
  });

  it('replaces the small cache of a run that only printed its version with the fuller one of a scan, and keeps that', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pvs-cache-'));
    const cacheDir = join(temp, 'personvernsjekk');
    expect(run(['--version'], { TMPDIR: temp }).code).toBe(0);
    const [startName] = readdirSync(cacheDir);
    expect(startName).toMatch(/\d\.v8cache$/);
    const startSize = statSync(join(cacheDir, startName!)).size;

    const scanned = run(SCAN, { TMPDIR: temp });
    expect(scanned.stderr).toBe('');
    const scanName = readdirSync(cacheDir).find((name) => name.endsWith('.scan.v8cache'));
    expect(scanName).toBeDefined();
    const scanFile = join(cacheDir, scanName!);
    expect(statSync(scanFile).size).toBeGreaterThan(startSize * 2);

    // later runs, scans or not, use the fuller cache and leave it as it is
    const written = statSync(scanFile).mtimeMs;
    expect(run(['--version'], { TMPDIR: temp }).code).toBe(0);
    expect(comparable(run(SCAN, { TMPDIR: temp }).stdout)).toEqual(comparable(scanned.stdout));
    expect(statSync(scanFile).mtimeMs).toBe(written);
    expect(readdirSync(cacheDir).filter((name) => !name.endsWith('.v8cache'))).toEqual([]);
  });

  it('removes caches written more than a month ago when it writes one, and leaves recent ones', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pvs-cache-'));
    const cacheDir = join(temp, 'personvernsjekk');
    mkdirSync(cacheDir);
    const old = join(cacheDir, 'v18.0.0-1000-1.scan.v8cache');
    const oldPartial = join(cacheDir, 'v18.0.0-1000-1.v8cache.4242');
    const recent = join(cacheDir, 'v18.0.0-2000-2.v8cache');
    const unrelated = join(cacheDir, 'notes.txt');
    for (const file of [old, oldPartial, recent, unrelated]) writeFileSync(file, 'x');
    const monthsAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    for (const file of [old, oldPartial, unrelated]) utimesSync(file, monthsAgo, monthsAgo);
    expect(run(['--version'], { TMPDIR: temp }).code).toBe(0);
    const left = readdirSync(cacheDir);
    expect(left).not.toContain('v18.0.0-1000-1.scan.v8cache');
    expect(left).not.toContain('v18.0.0-1000-1.v8cache.4242');
    expect(left).toEqual(expect.arrayContaining(['v18.0.0-2000-2.v8cache', 'notes.txt']));
    expect(left.filter((name) => name.startsWith(process.version))).toHaveLength(1);
  });

  it('still runs when the temp directory cannot be written', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pvs-cache-'));
    const notADirectory = join(temp, 'file');
    writeFileSync(notADirectory, '');
    const r = run(['--version'], { TMPDIR: notADirectory });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
