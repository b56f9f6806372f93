import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfig, ignoreMatcher, readConfig, STARTER_CONFIG, validateConfig } from '../src/config.js';
import { CORPUS } from './helpers/doc.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const IDS = ['retention', 'dpo-contact', 'policy-date'];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'personvernsjekk-config-'));
}

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('config validation', () => {
  it('accepts rules, thresholds, names, domains and ignore patterns', () => {
    const config = validateConfig(
      { rules: { retention: 'off', 'policy-date': { severity: 'error', weight: 3 } }, failOn: 'warning', minScore: 70, organisationNames: ['Eksempel AS'], domains: ['eksempel.no'], ignore: ['drafts/**'] },
      'x.json',
      IDS,
    );
    expect(config.failOn).toBe('warning');
  });

  it('rejects an unknown key and suggests the one meant', () => {
    expect(() => validateConfig({ minscore: 70 }, 'x.json', IDS)).toThrow(/ukjent nøkkel «minscore».*Mente du «minScore»/);
  });

  it('rejects an unknown rule id, naming it', () => {
    expect(() => validateConfig({ rules: { retension: 'off' } }, 'x.json', IDS)).toThrow(/ukjent regel «retension».*Mente du «retention»/);
    expect(() => validateConfig({ rules: { retention: { severity: 'fatal' } } }, 'x.json', IDS)).toThrow(ConfigError);
  });

  it('reads JSON with comments and reports the line of a syntax error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), '// kommentar\n{ "failOn": "warning", /* inline */ "rules": { "retention": "off", }, }\n');
    expect(readConfig(join(dir, 'a.json'), IDS).failOn).toBe('warning');
    writeFileSync(join(dir, 'b.json'), '{\n  "failOn": "warning"\n  "minScore": 3\n}\n');
    expect(() => readConfig(join(dir, 'b.json'), IDS)).toThrow(/linje 3/);
  });

  it('the starter config written by init is valid', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.json'), STARTER_CONFIG);
    expect(readConfig(join(dir, 'c.json'), IDS).failOn).toBe('error');
  });

  it('is found by walking up from the scanned path, and its ignore patterns apply below it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'docs', 'drafts'), { recursive: true });
    writeFileSync(join(dir, 'personvernsjekk.config.json'), '{ "ignore": ["docs/drafts/**"] }');
    const found = findConfig(join(dir, 'docs', 'drafts'));
    expect(found).toBe(join(dir, 'personvernsjekk.config.json'));
    const ignored = ignoreMatcher(readConfig(found!, IDS));
    expect(ignored(join(dir, 'docs', 'drafts', 'a.md'))).toBe(true);
    expect(ignored(join(dir, 'docs', 'a.md'))).toBe(false);
  });
});

describe('config in the CLI', () => {
  it('an override changes the score and the exit code', () => {
    const dir = tempDir();
    copyFileSync(join(CORPUS, 'seeds', 's04-invoice-club.txt'), join(dir, 'policy.txt'));
    const before = run(['scan', 'policy.txt', '--format', 'json', '--as-of', '2026-11-22'], dir);
    writeFileSync(
      join(dir, 'personvernsjekk.config.json'),
      JSON.stringify({ rules: { 'policy-date': 'off', retention: { severity: 'error', weight: 3 } }, failOn: 'warning' }),
    );
    const after = run(['scan', 'policy.txt', '--format', 'json', '--as-of', '2026-11-22'], dir);
    const [b] = JSON.parse(before.stdout).documents;
    const [a] = JSON.parse(after.stdout).documents;
    expect(a.results.some((r: { ruleId: string }) => r.ruleId === 'policy-date')).toBe(false);
    expect(b.results.some((r: { ruleId: string }) => r.ruleId === 'policy-date')).toBe(true);
    expect(a.results.find((r: { ruleId: string }) => r.ruleId === 'retention').severity).toBe('error');
    expect(a.score).not.toBe(b.score);
    // failOn "warning" from the config turns the warnings into a failing exit code; a flag on the command line wins.
    expect(after.code).toBe(1);
    expect(a.results.find((r: { ruleId: string }) => r.ruleId === 'retention').status).toBe('warn');
    expect(run(['scan', 'policy.txt', '--rule', 'retention'], dir).code).toBe(1);
    expect(run(['scan', 'policy.txt', '--rule', 'retention', '--fail-on', 'error'], dir).code).toBe(0);
  });

  it('an unknown rule id in the config exits 2 with a message naming it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.txt'), readFileSync(join(CORPUS, 'seeds', 's01-igo.txt')));
    writeFileSync(join(dir, 'personvernsjekk.config.json'), '{ "rules": { "no-such-rule": "off" } }');
    const r = run(['scan', 'p.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-rule');
    expect(r.stderr).toContain('personvernsjekk.config.json');
  });

  it('init writes a starting config once', () => {
    const dir = tempDir();
    expect(run(['init'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'personvernsjekk.config.json'), 'utf8')).toContain('"rules"');
    const again = run(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  });
});
