import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import orgNumber from '../../rules/org-number.js';
import placeholderText from '../../rules/placeholder-text.js';
import retention from '../../rules/retention.js';
import thirdCountryTransfer from '../../rules/third-country-transfer.js';
import { runRules } from '../../src/engine/run.js';
import { escapeXml, formatJunit } from '../../src/formatters/junit.js';
import { loadText } from '../../src/loaders/index.js';
import { analyseText } from '../../src/segment/document.js';
import type { DocumentReport, Rule, RuleResult } from '../../src/types.js';
import { handBuilt, reportOf, result } from '../helpers/report.js';

const AS_OF = new Date('2026-11-22T12:00:00Z');
const ROOT = join(import.meta.dirname, '..', '..');
const RULES: Rule[] = [orgNumber, retention, thirdCountryTransfer, placeholderText];
const METAS = RULES.map((r) => r.meta);
const seed = (name: string) => readFileSync(join(ROOT, 'corpus', 'seeds', name), 'utf8');

function scanText(text: string, source: string, rules: readonly Rule[] = RULES, locale: 'nb' | 'en' = 'nb'): DocumentReport {
  return runRules(analyseText(loadText(text, 'text'), source), rules, { asOf: AS_OF, locale });
}

type Node = Record<string, any>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  // Decodes character references such as &#10; (line breaks kept in attribute values).
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['testsuite', 'testcase', 'property', 'failure', 'skipped', 'error'].includes(name),
});

function parse(xml: string): Node {
  const valid = XMLValidator.validate(xml);
  expect(valid).toBe(true);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  return parser.parse(xml) as Node;
}

/** Expected JUnit outcome of a result: fail → failure; warn → failure unless the rule is info; na → skipped. */
function expected(r: RuleResult): 'failure' | 'skipped' | 'passed' {
  if (r.status === 'na') return 'skipped';
  if (r.status === 'fail') return 'failure';
  if (r.status === 'warn' && r.severity !== 'info') return 'failure';
  return 'passed';
}

describe('formatJunit', () => {
  it('parses as XML and its counts match real reports', () => {
    const docs = ['s01-igo.txt', 's02-ekko-ipogs.txt', 's04-invoice-club.txt', 's05-ikomm.txt'].map((f) => scanText(seed(f), `corpus/seeds/${f}`));
    const xml = formatJunit(reportOf(docs), METAS);
    const root = parse(xml).testsuites;
    const suites = root.testsuite as Node[];
    expect(suites.map((s) => s.name)).toEqual(docs.map((d) => d.source));
    let failures = 0;
    let skipped = 0;
    docs.forEach((doc, i) => {
      const suite = suites[i]!;
      const cases = suite.testcase as Node[];
      const want = doc.results.map(expected);
      expect(cases).toHaveLength(doc.results.length);
      expect(Number(suite.tests)).toBe(doc.results.length);
      expect(Number(suite.failures)).toBe(want.filter((w) => w === 'failure').length);
      expect(Number(suite.skipped)).toBe(want.filter((w) => w === 'skipped').length);
      expect(Number(suite.errors)).toBe(0);
      failures += Number(suite.failures);
      skipped += Number(suite.skipped);
      doc.results.forEach((r, j) => {
        const tc = cases[j]!;
        expect(tc.name).toBe(r.ruleId);
        expect(tc.classname).toBe(`personvernsjekk.${r.category}`);
        expect(tc.failure?.length ?? 0).toBe(want[j] === 'failure' ? 1 : 0);
        expect(tc.skipped?.length ?? 0).toBe(want[j] === 'skipped' ? 1 : 0);
        if (tc.failure) {
          expect(tc.failure[0].message).toBe(r.message);
          expect(tc.failure[0].type).toBe(r.status === 'fail' ? r.severity : 'warning');
          for (const e of r.evidence) expect(tc.failure[0]['#text']).toContain(`linje ${e.line}, kolonne ${e.column}`);
          for (const e of r.evidence) expect(tc.failure[0]['#text']).toContain(`«${e.quote}»`);
        }
      });
      const props = Object.fromEntries((suite.properties.property as Node[]).map((p) => [p.name, p.value]));
      expect(props).toMatchObject({ score: String(doc.score), grade: doc.grade, asOf: '2026-11-22' });
    });
    expect(Number(root.tests)).toBe(docs.reduce((n, d) => n + d.results.length, 0));
    expect(Number(root.failures)).toBe(failures);
    expect(Number(root.skipped)).toBe(skipped);
    expect(failures).toBeGreaterThan(0);
  });

  it('treats a warn of an info rule as passing, with the message in system-out', () => {
    const doc = scanText(seed('s04-invoice-club.txt'), 's04.txt', [orgNumber]);
    expect(doc.results[0]).toMatchObject({ status: 'warn', severity: 'info' });
    const suite = parse(formatJunit(reportOf([doc]), [orgNumber.meta])).testsuites.testsuite[0];
    expect(suite).toMatchObject({ tests: '1', failures: '0', skipped: '0' });
    const tc = suite.testcase[0];
    expect(tc.failure).toBeUndefined();
    expect(tc['system-out']).toContain(doc.results[0]!.message);
    expect(tc['system-out']).toContain(orgNumber.meta.suggestion.nb);
  });

  it('maps fail/warn/na/pass by level on a hand-built report', () => {
    const doc = handBuilt('policy.txt', [
      result({ ruleId: 'fail-error', status: 'fail', severity: 'error' }),
      result({ ruleId: 'fail-info', status: 'fail', severity: 'info' }),
      result({ ruleId: 'warn-error', status: 'warn', severity: 'error' }),
      result({ ruleId: 'warn-warning', status: 'warn', severity: 'warning' }),
      result({ ruleId: 'warn-info', status: 'warn', severity: 'info' }),
      result({ ruleId: 'na', status: 'na', message: 'Samtykke brukes ikke.', suggestion: '' }),
      result({ ruleId: 'pass', status: 'pass', suggestion: '' }),
    ]);
    const suite = parse(formatJunit(reportOf([doc]), [])).testsuites.testsuite[0];
    expect(suite).toMatchObject({ tests: '7', failures: '4', skipped: '1', errors: '0' });
    const byName = Object.fromEntries((suite.testcase as Node[]).map((tc) => [tc.name, tc]));
    expect(byName['fail-error'].failure[0].type).toBe('error');
    expect(byName['fail-info'].failure[0].type).toBe('info');
    expect(byName['warn-error'].failure[0].type).toBe('warning');
    expect(byName['warn-warning'].failure[0].type).toBe('warning');
    expect(byName['warn-info'].failure).toBeUndefined();
    expect(byName['na'].skipped[0].message).toBe('Samtykke brukes ikke.');
    expect(byName['pass'].failure).toBeUndefined();
    expect(byName['fail-error'].failure[0]['#text']).toContain('Ingen sitat');
  });

  it('escapes markup and drops characters XML 1.0 cannot carry', () => {
    const nasty = 'A & B <script>"x"</script> \'y\' \u0000\u0001\u0008\u000b\u000c\u001f\ufffe\ud800 end ]]>';
    expect(escapeXml(nasty)).toBe('A &amp; B &lt;script&gt;&quot;x&quot;&lt;/script&gt; &apos;y&apos;  end ]]&gt;');
    const doc = handBuilt('a&b <c>.txt', [
      result({
        message: `Melding med ${nasty}\nog linjeskift`,
        evidence: [{ quote: nasty, start: 0, end: 1, line: 4, column: 2, section: 'Om <oss> & "dem"' }],
      }),
    ]);
    const xml = formatJunit(reportOf([doc]), []);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\ud800]/);
    const suite = parse(xml).testsuites.testsuite[0];
    expect(suite.name).toBe('a&b <c>.txt');
    const failure = suite.testcase[0].failure[0];
    expect(failure.message).toBe('Melding med A & B <script>"x"</script> \'y\'  end ]]>\nog linjeskift');
    expect(failure['#text']).toContain('linje 4, kolonne 2 [Om <oss> & "dem"]: «A & B <script>"x"</script> \'y\'  end ]]>»');
  });

  it('reports unreadable files as a testsuite with an error', () => {
    const doc = handBuilt('ok.txt', [result({ status: 'pass', suggestion: '' })]);
    const xml = formatJunit(reportOf([doc], [{ source: 'policies/gone.html', message: 'ENOENT: no such file' }]), []);
    const root = parse(xml).testsuites;
    expect(root).toMatchObject({ name: 'personvernsjekk', tests: '2', failures: '0', errors: '1', skipped: '0' });
    const suite = root.testsuite[1];
    expect(suite).toMatchObject({ name: 'policies/gone.html', tests: '1', errors: '1', failures: '0' });
    expect(suite.testcase[0].error[0]).toMatchObject({ message: 'ENOENT: no such file', type: 'unreadable', '#text': 'Kunne ikke leses: ENOENT: no such file' });
  });

  it('lists suppressed evidence in system-err', () => {
    const text = seed('s02-ekko-ipogs.txt').replace('917884757', '917884758').replace('Hovedansvarlig for', '<!-- personvernsjekk-disable-next-line org-number -->\nHovedansvarlig for');
    const doc = runRules(analyseText(loadText(text, 'markdown'), 'ekko.md'), [orgNumber], { asOf: AS_OF });
    expect(doc.results[0]!.status).toBe('pass');
    const tc = parse(formatJunit(reportOf([doc]), [orgNumber.meta])).testsuites.testsuite[0].testcase[0];
    expect(tc.failure).toBeUndefined();
    expect(tc['system-err']).toContain('Undertrykt');
    expect(tc['system-err']).toContain('917884758');
  });

  it('uses English labels with locale en', () => {
    const doc = scanText(seed('s02-ekko-ipogs.txt').replace('917884757', '917884758'), 'ekko.txt', [orgNumber], 'en');
    const xml = formatJunit(reportOf([doc], [{ source: 'x.html', message: 'EACCES' }]), [orgNumber.meta], { locale: 'en' });
    const root = parse(xml).testsuites;
    const failure = root.testsuite[0].testcase[0].failure[0];
    expect(failure['#text']).toMatch(/line \d+, column \d+/);
    expect(failure['#text']).toContain(`Suggestion: ${orgNumber.meta.suggestion.en}`);
    expect(root.testsuite[1].testcase[0].error[0]['#text']).toBe('Could not be read: EACCES');
  });
});
