import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from './helpers/doc.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const RULE_IDS = [...readFileSync(join(ROOT, 'rules', 'index.ts'), 'utf8').matchAll(/from '\.\/([a-z0-9-]+)\.js'/g)].map((m) => m[1]);

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[], input?: string) {
  const r = run([...args, '--format', 'json', '--as-of', '2026-11-22'], input);
  return { ...r, report: JSON.parse(r.stdout) };
}

beforeAll(() => {
  // `npm test` builds first; a stale or missing build would make these tests meaningless.
  expect(readFileSync(CLI, 'utf8')).toContain('main(process.argv)');
});

describe('personvernsjekk scan --format json', () => {
  it('follows the JSON contract with every rule exactly once per document', () => {
    const { code, report } = json(['scan', join(CORPUS, 'seeds')]);
    expect([0, 1]).toContain(code);
    expect(report.tool.name).toBe('personvernsjekk');
    expect(report.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.asOf).toBe('2026-11-22');
    expect(report.errors).toEqual([]);
    expect(report.documents).toHaveLength(5);
    for (const doc of report.documents) {
      expect(Object.keys(doc)).toEqual(expect.arrayContaining(['source', 'language', 'score', 'grade', 'categories', 'sections', 'results']));
      expect(doc.score).toBeGreaterThanOrEqual(0);
      expect(doc.score).toBeLessThanOrEqual(100);
      expect(doc.grade).toMatch(/^[A-F]$/);
      expect(doc.results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual([...RULE_IDS].sort());
      for (const r of doc.results) {
        expect(['pass', 'warn', 'fail', 'na']).toContain(r.status);
        expect(['error', 'warning', 'info']).toContain(r.severity);
        expect(r.message.length).toBeGreaterThan(0);
        for (const e of r.evidence) {
          expect(Object.keys(e).sort()).toEqual(['column', 'end', 'line', 'quote', 'section', 'start']);
          expect(e.line).toBeGreaterThan(0);
        }
        if (r.status === 'fail') expect(r.suggestion.length).toBeGreaterThan(0);
      }
    }
    expect(RULE_IDS).toHaveLength(33);
  });

  it('quotes the file exactly at the reported line and column', () => {
    const path = join(CORPUS, 'seeds', 's02-ekko-ipogs.txt');
    const lines = readFileSync(path, 'utf8').split('\n');
    const { report } = json(['scan', path, '--rule', 'outdated-law-2000']);
    const evidence = report.documents[0].results[0].evidence;
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(lines[e.line - 1]!.slice(e.column - 1)).toContain(e.quote.split('\n')[0]);
  });

  it('reads standard input', () => {
    const { report } = json(['scan', '-'], 'Personvern\n\nVi behandler ikke personopplysninger om deg. Du kan klage til Datatilsynet.\n');
    expect(report.documents[0].source).toBe('<stdin>');
    expect(report.documents[0].results.find((r: { ruleId: string }) => r.ruleId === 'complaint-authority').status).toBe('pass');
  });

  it('selects and disables rules', () => {
    const only = json(['scan', join(CORPUS, 'seeds', 's01-igo.txt'), '--rule', 'retention,right-access']);
    expect(only.report.documents[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['retention', 'right-access']);
    const without = json(['scan', join(CORPUS, 'seeds', 's01-igo.txt'), '--disable', 'language']);
    expect(without.report.documents[0].results).toHaveLength(RULE_IDS.length - 1);
  });
});

describe('commands', () => {
  it('scans the paths given without a command, as scan does', () => {
    const s01 = join(CORPUS, 'seeds', 's01-igo.txt');
    const implicit = json([s01]);
    const explicit = json(['scan', s01]);
    expect(implicit.code).toBe(explicit.code);
    expect(implicit.report.documents.map((d: { source: string; score: number }) => [d.source, d.score])).toEqual(
      explicit.report.documents.map((d: { source: string; score: number }) => [d.source, d.score]),
    );
  });

  it('lists the commands when given no arguments', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Commands:');
    expect(r.stdout).toMatch(/scan \[options\] \[paths\.\.\.\]/);
    expect(r.stdout).toContain('explain');
  });
});

describe('exit codes', () => {
  const s05 = join(CORPUS, 'seeds', 's05-ikomm.txt');

  it('exits 1 when a finding reaches --fail-on, 0 when nothing does', () => {
    expect(run(['scan', s05, '--rule', 'outdated-law-2000', '--fail-on', 'warning']).code).toBe(1);
    expect(run(['scan', s05, '--rule', 'outdated-law-2000']).code).toBe(0);
    expect(run(['scan', s05, '--rule', 'dpo-contact']).code).toBe(0);
  });

  it('exits 1 on --fail-on warning for a warn', () => {
    const s02 = join(CORPUS, 'seeds', 's02-ekko-ipogs.txt');
    expect(run(['scan', s02, '--rule', 'policy-date', '--as-of', '2026-11-22']).code).toBe(0);
    expect(run(['scan', s02, '--rule', 'policy-date', '--as-of', '2026-11-22', '--fail-on', 'warning']).code).toBe(1);
  });

  it('exits 1 below --min-score', () => {
    expect(run(['scan', s05, '--rule', 'dpo-contact', '--min-score', '100']).code).toBe(0);
    expect(run(['scan', s05, '--min-score', '100']).code).toBe(1);
  });

  it('exits 2 on an unknown rule, a bad option value, or nothing readable', () => {
    const unknown = run(['scan', s05, '--rule', 'no-such-rule']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no-such-rule');
    expect(run(['scan', s05, '--as-of', '22.11.2026']).code).toBe(2);
    const missing = run(['scan', join(ROOT, 'does-not-exist.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('finnes ikke');
  });
});

describe('bad input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'personvernsjekk-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(CORPUS, 'seeds', 's04-invoice-club.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.md'), '\n  \n\t\n');
    writeFileSync(join(dir, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'sub', 'data.txt'), Buffer.concat([Buffer.from('abc'), Buffer.alloc(64), Buffer.from('def')]));
    writeFileSync(
      join(dir, 'sub', 'windows-1252.txt'),
      Buffer.from('Personvernerklæring for Bæreposen AS\n\nDu har rett til innsyn i opplysningene våre om deg, og du kan klage til Datatilsynet. Sist oppdatert 1. mars 2025.\n', 'latin1'),
    );
    const paragraph = 'Vi behandler personopplysninger om deg for å levere varene du bestiller. ';
    writeFileSync(join(dir, 'huge.txt'), paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length)));
  });

  it('reports each bad file with a reason and scans the good ones', () => {
    const { code, report, stderr } = json(['scan', dir]);
    expect([0, 1]).toContain(code);
    const sources = report.documents.map((d: { source: string }) => d.source.slice(dir.length + 1)).sort();
    expect(sources).toEqual(['good.txt', 'sub/windows-1252.txt']);
    const errors = Object.fromEntries(report.errors.map((e: { source: string; message: string }) => [e.source.slice(dir.length + 1), e.message]));
    expect(errors['empty.txt']).toMatch(/tom/);
    expect(errors['blank.md']).toMatch(/tom/);
    expect(errors['image.html']).toMatch(/binærfil \(PNG\)/);
    expect(errors['sub/data.txt']).toMatch(/binærfil/);
    expect(errors['huge.txt']).toMatch(/for stor \(20\.\d MB.*--max-size/);
    expect(stderr).toContain('huge.txt');
  });

  it('decodes Windows-1252 text so æ, ø and å survive into the quotes', () => {
    const { report } = json(['scan', join(dir, 'sub', 'windows-1252.txt')]);
    const access = report.documents[0].results.find((r: { ruleId: string }) => r.ruleId === 'right-access');
    expect(access.status).toBe('pass');
    expect(access.evidence.map((e: { quote: string }) => e.quote).join(' ')).toMatch(/innsyn/);
    expect(report.documents[0].sections[0].heading).toBe('Personvernerklæring for Bæreposen AS');
  });

  it('scans a 20 MB file when the limit is raised, without hanging', () => {
    const { code, report } = json(['scan', join(dir, 'huge.txt'), '--max-size', '25', '--rule', 'retention,placeholder-text,terminology']);
    expect([0, 1]).toContain(code);
    expect(report.documents).toHaveLength(1);
    expect(report.errors).toEqual([]);
  }, 120_000);
});

describe('personvernsjekk rules', () => {
  it('lists every rule with its severity', () => {
    const { code, stdout } = run(['rules']);
    expect(code).toBe(0);
    for (const id of RULE_IDS) expect(stdout).toMatch(new RegExp(`^${id} +(error|warning|info) `, 'm'));
  });

  it('prints the stylish report with score, grade and suggestions', () => {
    const { stdout } = run(['scan', join(CORPUS, 'seeds', 's02-ekko-ipogs.txt'), '--as-of', '2026-11-22']);
    expect(stdout).toMatch(/Poeng/);
    expect(stdout).toMatch(/Karakter [A-F]/);
    expect(stdout).toContain('outdated-law-2000');
    expect(stdout).toContain('Forslag');
    expect(stdout).not.toMatch(/\u001b\[/);
  });
});

describe('report formats', () => {
  const seeds = join(CORPUS, 'seeds');

  it('prints one non-HTML format on standard output', () => {
    const { code, stdout } = run(['scan', join(seeds, 's05-ikomm.txt'), '-f', 'sarif', '--as-of', '2026-11-22']);
    expect([0, 1]).toContain(code);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'outdated-law-2000')).toBe(true);
  });

  it('writes every format to --output-dir when several are asked for, keeping stylish on standard output', () => {
    const out = mkdtempSync(join(tmpdir(), 'personvernsjekk-out-'));
    const { code, stdout, stderr } = run(['scan', seeds, '-f', 'stylish,json', '--format', 'sarif,markdown,junit,html', '--output-dir', out, '--as-of', '2026-11-22']);
    expect([0, 1]).toContain(code);
    expect(stdout).toMatch(/Karakter [A-F]/);
    const files = readdirSync(out).sort();
    expect(files).toEqual(expect.arrayContaining(['index.html', 'report.json', 'report.sarif', 'report.md', 'report.junit.xml']));
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(6);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).documents).toHaveLength(5);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('s02-ekko-ipogs');
    expect(stderr).toContain(join(out, 'report.sarif'));
  });

  it('writes a single page without an index for one document', () => {
    const out = mkdtempSync(join(tmpdir(), 'personvernsjekk-html-'));
    const { stdout } = run(['scan', join(seeds, 's01-igo.txt'), '-f', 'html', '--output-dir', out]);
    expect(stdout).toBe('');
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/s01-igo.*\.html$/);
  });

  it('rejects an unknown format with exit code 2', () => {
    const r = run(['scan', join(seeds, 's01-igo.txt'), '-f', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ukjent format «pdf»');
  });
});

describe('personvernsjekk explain', () => {
  it('explains a rule with the law, examples in Bokmål and Nynorsk, and the fix', () => {
    const { code, stdout } = run(['explain', 'retention']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^retention\n/);
    expect(stdout).toContain('art. 13(2)(a)');
    expect(stdout).toMatch(/bokmål:/);
    expect(stdout).toMatch(/nynorsk:/);
    expect(stdout).toContain('Hvorfor');
    const english = run(['explain', 'retention', '--lang', 'en']);
    expect(english.stdout).toContain('Why');
  });

  it('suggests the rule meant for a misspelt id and exits 2', () => {
    const r = run(['explain', 'retentoin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Mente du «retention»?');
  });

  it('links SARIF rules to their documentation pages', () => {
    const { stdout } = run(['scan', join(CORPUS, 'seeds', 's05-ikomm.txt'), '-f', 'sarif', '--rule', 'retention']);
    const rule = JSON.parse(stdout).runs[0].tool.driver.rules[0];
    expect(rule.helpUri).toMatch(/docs\/rules\/retention\.md$/);
  });
});
