import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// The formatters take the rule metadata as an argument; they never need the registry that
import orgNumber, { isValidOrgNumber } from '../../rules/org-number.js';
import placeholderText from '../../rules/placeholder-text.js';
import retention from '../../rules/retention.js';
import thirdCountryTransfer from '../../rules/third-country-transfer.js';
import { runRules } from '../../src/engine/run.js';
import { artifactUri, FINGERPRINT_KEY, formatSarif, pascalCase } from '../../src/formatters/sarif.js';
import { loadText } from '../../src/loaders/index.js';
import { analyseText } from '../../src/segment/document.js';
import type { DocumentReport, InputFormat, Rule, RuleResult } from '../../src/types.js';
import { reportOf } from '../helpers/report.js';
import { VERSION } from '../../src/version.js';

const AS_OF = new Date('2026-11-22T12:00:00Z');
const ROOT = join(import.meta.dirname, '..', '..');
const RULES: Rule[] = [orgNumber, retention, thirdCountryTransfer, placeholderText];
const METAS = RULES.map((r) => r.meta);

function seed(name: string): string {
  return readFileSync(join(ROOT, 'corpus', 'seeds', name), 'utf8');
}

function scanText(text: string, source: string, rules: readonly Rule[] = RULES, format: InputFormat = 'text', locale: 'nb' | 'en' = 'nb'): DocumentReport {
  return runRules(analyseText(loadText(text, format), source), rules, { asOf: AS_OF, locale });
}

/** s02 with its (valid) organisation number given a wrong check digit, so org-number fails with a quote. */
const S02 = seed('s02-ekko-ipogs.txt');
const S02_BAD_ORGNR = S02.replace('917884757', '917884758');

type SarifLog = {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<Record<string, any>> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<Record<string, any>> }>;
    results: Array<Record<string, any>>;
  }>;
};

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
// The official schema as published (draft-07); strict mode is off because its keywords are not ours to tidy.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(sarif: string): SarifLog {
  const log = JSON.parse(sarif) as SarifLog;
  const ok = validate(log);
  expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
  return log;
}

const findings = (doc: DocumentReport): RuleResult[] => doc.results.filter((r) => r.status === 'warn' || r.status === 'fail');

describe('formatSarif', () => {
  it('uses the official SARIF 2.1.0 schema, and the validator rejects a broken log', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(String(schema.title)).toContain('SARIF');
    expect(Object.keys(schema.definitions as object)).toEqual(expect.arrayContaining(['result', 'reportingDescriptor', 'invocation']));
    const log = JSON.parse(formatSarif(reportOf([scanText(S02_BAD_ORGNR, 'policies/ekko.txt')]), METAS)) as SarifLog;
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
    delete (log as Partial<SarifLog>).version;
    expect(validate(log)).toBe(false);
  });

  it('produces a valid log for real corpus documents, with one result per warn/fail', () => {
    const documents = [
      scanText(S02_BAD_ORGNR, 'corpus/seeds/s02-ekko-ipogs.txt'),
      scanText(seed('s04-invoice-club.txt'), 'corpus/seeds/s04-invoice-club.txt'),
      scanText(seed('s03-iconic.txt'), 'corpus/seeds/s03-iconic.txt'),
    ];
    const log = expectValid(formatSarif(reportOf(documents), METAS));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('personvernsjekk');
    expect(run.tool.driver.version).toBe(VERSION);
    expect(run.results).toHaveLength(documents.flatMap(findings).length);
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    expect(run.invocations[0]!.toolExecutionNotifications).toEqual([]);
    // Every result points into the rules array at its own rule.
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('describes every rule: PascalCase name, descriptions, help, default level, category, tags, precision', () => {
    const log = expectValid(formatSarif(reportOf([]), METAS));
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(METAS.map((m) => m.id));
    const org = rules.find((r) => r.id === 'org-number')!;
    expect(org.name).toBe('OrgNumber');
    expect(org.shortDescription.text).toBe(orgNumber.meta.description.nb);
    expect(org.fullDescription.text).toContain(orgNumber.meta.legalRef);
    expect(org.help.text).toContain(orgNumber.meta.suggestion.nb);
    expect(org.help.text).toContain(orgNumber.meta.legalRef);
    expect(org.help.markdown).toContain(`**${orgNumber.meta.description.nb}**`);
    expect(org.defaultConfiguration.level).toBe('note');
    expect(org.properties).toMatchObject({ category: 'identity', precision: expect.any(String) });
    expect(org.properties.tags).toContain('identity');
    const levels = { error: 'error', warning: 'warning', info: 'note' } as const;
    for (const meta of METAS) expect(rules.find((r) => r.id === meta.id)!.defaultConfiguration.level).toBe(levels[meta.severity]);
    expect(pascalCase('outdated-law-2000')).toBe('OutdatedLaw2000');
    expect(pascalCase('right-withdraw-consent')).toBe('RightWithdrawConsent');
  });

  it('places each quote at its line and column with the quote as snippet', () => {
    const doc = scanText(S02_BAD_ORGNR, 'policies\\nb\\ekko.txt', [orgNumber]);
    expect(isValidOrgNumber('917884758')).toBe(false);
    const r = doc.results[0]!;
    expect(r.status).toBe('fail');
    const log = expectValid(formatSarif(reportOf([doc]), [orgNumber.meta]));
    const result = log.runs[0]!.results[0]!;
    expect(result.ruleId).toBe('org-number');
    expect(result.ruleIndex).toBe(0);
    expect(result.level).toBe('note'); // a fail has the rule's severity: info → note
    expect(result.message.text).toBe(`${r.message} Forslag: ${r.suggestion}`);
    expect(result.locations).toHaveLength(r.evidence.length);
    const loc = result.locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('policies/nb/ekko.txt');
    expect(loc.region).toMatchObject({ startLine: r.evidence[0]!.line, startColumn: r.evidence[0]!.column, snippet: { text: r.evidence[0]!.quote } });
    expect(loc.region.snippet.text).toContain('917884758');
    // The quoted line really is that line of the file.
    const line = S02_BAD_ORGNR.split('\n')[loc.region.startLine - 1]!;
    expect(line.slice(loc.region.startColumn - 1)).toContain('917884758');
  });

  it('maps finding levels: warn of an error rule → warning, fail of a warning rule → warning', () => {
    const doc = scanText(S02, 'ekko.txt');
    const log = expectValid(formatSarif(reportOf([doc]), METAS));
    for (const r of findings(doc)) {
      const result = log.runs[0]!.results.find((x) => x.ruleId === r.ruleId)!;
      const expected = r.status === 'fail' ? r.severity : r.severity === 'error' ? 'warning' : r.severity;
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[expected]);
    }
  });

  it('anchors a finding without evidence at line 1, column 1', () => {
    const doc = scanText(seed('s04-invoice-club.txt'), 'corpus/seeds/s04-invoice-club.txt', [orgNumber]);
    expect(doc.results[0]).toMatchObject({ status: 'warn', evidence: [] });
    const log = expectValid(formatSarif(reportOf([doc]), [orgNumber.meta]));
    const result = log.runs[0]!.results[0]!;
    expect(result.locations).toHaveLength(1);
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'corpus/seeds/s04-invoice-club.txt' },
      region: { startLine: 1, startColumn: 1 },
    });
  });

  it('keeps fingerprints stable when the text moves and distinct per rule and quote', () => {
    const before = scanText(S02_BAD_ORGNR, 'ekko.txt', [orgNumber]);
    const after = scanText(`Oppdatert 1. januar 2026.\n\n\n${S02_BAD_ORGNR}`, 'ekko.txt', [orgNumber]);
    const a = expectValid(formatSarif(reportOf([before]), [orgNumber.meta])).runs[0]!.results[0]!;
    const b = expectValid(formatSarif(reportOf([after]), [orgNumber.meta])).runs[0]!.results[0]!;
    expect(b.locations[0].physicalLocation.region.startLine).toBe(a.locations[0].physicalLocation.region.startLine + 3);
    expect(b.partialFingerprints[FINGERPRINT_KEY]).toBe(a.partialFingerprints[FINGERPRINT_KEY]);
    expect(a.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    const other = scanText(S02.replace('917884757', '917884759'), 'ekko.txt', [orgNumber]);
    const c = expectValid(formatSarif(reportOf([other]), [orgNumber.meta])).runs[0]!.results[0]!;
    expect(c.partialFingerprints[FINGERPRINT_KEY]).not.toBe(a.partialFingerprints[FINGERPRINT_KEY]);
  });

  it('names standard input "stdin" and encodes paths as URI references', () => {
    const doc = scanText(S02_BAD_ORGNR, '<stdin>', [orgNumber]);
    const log = expectValid(formatSarif(reportOf([doc]), [orgNumber.meta]));
    expect(log.runs[0]!.results[0]!.locations[0].physicalLocation.artifactLocation.uri).toBe('stdin');
    expect(artifactUri('./policies/personvern erklæring.html')).toBe('policies/personvern%20erkl%C3%A6ring.html');
    expect(artifactUri('docs\\a#b.md')).toBe('docs/a%23b.md');
    expect(artifactUri('C:\\site\\privacy.html')).toBe('file:///C:/site/privacy.html');
    expect(artifactUri('https://example.no/personvern')).toBe('https://example.no/personvern');
    // Such a path still validates.
    const spaced = scanText(S02_BAD_ORGNR, 'policies/personvern erklæring.txt', [orgNumber]);
    expectValid(formatSarif(reportOf([spaced]), [orgNumber.meta]));
  });

  it('reports unreadable files as tool execution notifications', () => {
    const doc = scanText(S02, 'ekko.txt', [orgNumber]);
    const errors = [{ source: 'policies/missing.html', message: 'ENOENT: filen finnes ikke' }];
    const log = expectValid(formatSarif(reportOf([doc], errors), [orgNumber.meta]));
    const invocation = log.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Kunne ikke leses: ENOENT: filen finnes ikke' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'policies/missing.html' } } }],
      },
    ]);
    const nothingRead = expectValid(formatSarif(reportOf([], errors), [orgNumber.meta]));
    expect(nothingRead.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(nothingRead.runs[0]!.results).toEqual([]);
  });

  it('adds a descriptor for a result whose rule metadata was not passed in', () => {
    const doc = scanText(S02_BAD_ORGNR, 'ekko.txt', [orgNumber]);
    const log = expectValid(formatSarif(reportOf([doc]), []));
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['org-number']);
    expect(run.results[0]!.ruleIndex).toBe(0);
  });

  it('reports evidence suppressed by an inline comment as a suppressed result', () => {
    const text = S02_BAD_ORGNR.replace('Hovedansvarlig for', '<!-- personvernsjekk-disable-next-line org-number -->\nHovedansvarlig for');
    const doc = scanText(text, 'ekko.md', [orgNumber], 'markdown');
    const r = doc.results[0]!;
    expect(r.suppressed?.length).toBeGreaterThan(0);
    const log = expectValid(formatSarif(reportOf([doc]), [orgNumber.meta]));
    const suppressed = log.runs[0]!.results.filter((x) => x.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'inSource', justification: expect.stringContaining('personvernsjekk-disable-next-line') }]);
    expect(suppressed[0]!.locations[0].physicalLocation.region.snippet.text).toContain('917884758');
  });

  it('writes rule metadata in English with locale en', () => {
    const doc = scanText(S02_BAD_ORGNR, 'ekko.txt', [orgNumber], 'text', 'en');
    const log = expectValid(formatSarif(reportOf([doc]), [orgNumber.meta], { locale: 'en' }));
    const run = log.runs[0]!;
    expect(run.tool.driver.rules[0]!.shortDescription.text).toBe(orgNumber.meta.description.en);
    expect(run.results[0]!.message.text).toBe(`${doc.results[0]!.message} Suggestion: ${orgNumber.meta.suggestion.en}`);
    expect(run.results[0]!.message.text).toContain('wrong check digit');
  });
});
