import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, homepageHtml, policyHtml, startSite, type TestSite } from './helpers/server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');

/** Runs the built CLI without blocking this process, which serves the test sites. */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let site: TestSite;
beforeAll(async () => {
  // `npm test` builds first; the web scan must be in the build under test.
  expect(readFileSync(join(ROOT, 'dist', 'src', 'cli-web.js'), 'utf8')).toContain('runWebScans');
  site = await startSite({
    '/': homepageHtml([
      { href: '/personvern', text: 'Personvern' },
      { href: '/cookies', text: 'Cookies' },
    ]),
    '/personvern': policyHtml('Lokal Test AS'),
    '/cookies': '<h1>Cookies</h1>',
  });
});
afterAll(async () => {
  await site.close();
});

describe('personvernsjekk scan <website>', () => {
  it('scans a local site with --allow-private --format json, reporting the chosen page and the alternatives', async () => {
    const { code, stdout, stderr } = await run(['scan', site.url('/'), '--allow-private', '--delay', '0', '--format', 'json', '--as-of', '2026-11-22']);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([]);
    expect(report.documents).toHaveLength(1);
    const doc = report.documents[0];
    expect(doc.source).toBe(site.url('/personvern'));
    expect(doc.site).toEqual({
      input: site.url('/'),
      homepage: site.url('/'),
      chosenUrl: site.url('/personvern'),
      foundBy: 'link',
      alternatives: [{ url: site.url('/cookies'), foundBy: 'link', score: expect.any(Number) }],
    });
    expect(doc.results.find((r: { ruleId: string }) => r.ruleId === 'complaint-authority').status).toBe('pass');
    expect(doc.text).toBeUndefined();
  });

  it('says in the terminal report how the statement was found', async () => {
    const { stdout } = await run(['scan', site.host, '--allow-private', '--delay', '0', '--as-of', '2026-11-22', '--rule', 'complaint-authority']);
    expect(stdout).toContain(`${site.url('/personvern')}  (nob, html)`);
    expect(stdout).toContain(`  Funnet via: lenke på forsiden (${site.host})`);
    expect(stdout).toContain(`  Alternativer: ${site.url('/cookies')}`);
  });

  it('refuses a local address without --allow-private, with the reason and exit code 2', async () => {
    const { code, stdout, stderr } = await run(['scan', site.url('/'), '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).errors).toEqual([{ source: site.url('/'), message: expect.stringContaining('--allow-private') }]);
    expect(stderr).toContain('peker til en privat, lokal eller reservert adresse (127.0.0.1)');
  });

  it('scans a --sites list into the JSON Lines file, with progress and a summary on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'personvernsjekk-cli-sites-'));
    const list = join(dir, 'kunder.txt');
    const dead = `127.0.0.1:${await closedPort()}`;
    writeFileSync(list, `# kundeliste\n${site.host}\n${dead}\n`);
    const jsonl = join(dir, 'resultater.jsonl');
    const { code, stdout, stderr } = await run(['scan', '--sites', list, '--jsonl', jsonl, '--allow-private', '--delay', '0', '--timeout', '5', '--format', 'json']);
    expect([0, 1]).toContain(code);
    const report = JSON.parse(stdout);
    expect(report.documents.map((d: { source: string }) => d.source)).toEqual([site.url('/personvern')]);
    expect(report.errors).toEqual([{ source: dead, message: expect.stringContaining('avviste tilkoblingen') }]);
    const lines = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input).sort()).toEqual([dead, site.host].sort());
    expect(stderr).toMatch(/^\[1\/2\] /m);
    expect(stderr).toMatch(/^\[2\/2\] /m);
    expect(stderr).toMatch(/^Nettsted\s+Poeng\s+Karakter/m);
    expect(stderr).toContain('2 nettsted(er): 1 skannet, 1 kunne ikke skannes.');

    const resumed = await run(['scan', '--sites', list, '--jsonl', jsonl, '--resume', '--allow-private', '--delay', '0', '--format', 'json']);
    expect(resumed.stderr).toContain('Hopper over 2 nettsted(er) som allerede er i resultatfilen (--resume).');
    expect(readFileSync(jsonl, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(resumed.stdout).documents).toHaveLength(1);
  });

  it('asks for something to scan when given nothing', async () => {
    const { code, stderr } = await run(['scan']);
    expect(code).toBe(2);
    expect(stderr).toContain('oppgi filer, mapper, nettadresser eller --sites <fil>');
  });
});
