import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import orgNumber from '../../rules/org-number.js';
import placeholderText from '../../rules/placeholder-text.js';
import retention from '../../rules/retention.js';
import thirdCountryTransfer from '../../rules/third-country-transfer.js';
import { runRules } from '../../src/engine/run.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { loadText } from '../../src/loaders/index.js';
import { analyseText } from '../../src/segment/document.js';
import type { DocumentReport, Rule, RuleResult } from '../../src/types.js';
import { handBuilt, reportOf, result } from '../helpers/report.js';

const AS_OF = new Date('2026-11-22T12:00:00Z');
const ROOT = join(import.meta.dirname, '..', '..');
const RULES: Rule[] = [orgNumber, retention, thirdCountryTransfer, placeholderText];
const METAS = RULES.map((r) => r.meta);
const S02 = readFileSync(join(ROOT, 'corpus', 'seeds', 's02-ekko-ipogs.txt'), 'utf8');
const S04 = readFileSync(join(ROOT, 'corpus', 'seeds', 's04-invoice-club.txt'), 'utf8');

function scanText(text: string, source: string, rules: readonly Rule[] = RULES, locale: 'nb' | 'en' = 'nb'): DocumentReport {
  return runRules(analyseText(loadText(text, 'text'), source), rules, { asOf: AS_OF, locale });
}

/** `::command key=value,key=value::message` — GitHub's workflow command syntax. */
const COMMAND = /^::(error|warning|notice)(?: ([a-zA-Z]+=[^,:\r\n]*(?:,[a-zA-Z]+=[^,:\r\n]*)*))?::([^\r\n]*)$/;

interface Annotation {
  command: string;
  props: Record<string, string>;
  message: string;
}

function unescape(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parse(output: string): Annotation[] {
  return output.split('\n').map((line) => {
    const m = COMMAND.exec(line);
    expect(m, `not a workflow command: ${line}`).not.toBeNull();
    const props = Object.fromEntries((m![2] ?? '').split(',').filter(Boolean).map((kv) => {
      const i = kv.indexOf('=');
      return [kv.slice(0, i), unescape(kv.slice(i + 1))];
    }));
    return { command: m![1]!, props, message: unescape(m![3]!) };
  });
}

const findings = (doc: DocumentReport): RuleResult[] => doc.results.filter((r) => r.status === 'warn' || r.status === 'fail');
const annotationCount = (doc: DocumentReport) => findings(doc).reduce((n, r) => n + Math.max(1, r.evidence.length), 0);

describe('formatGithub', () => {
  it('writes one well-formed annotation per quoted evidence of every finding in real documents', () => {
    const docs = [scanText(S02, 'corpus/seeds/s02-ekko-ipogs.txt'), scanText(S04, 'corpus/seeds/s04-invoice-club.txt')];
    const annotations = parse(formatGithub(reportOf(docs), METAS));
    expect(annotations).toHaveLength(docs.reduce((n, d) => n + annotationCount(d), 0));
    for (const doc of docs) {
      for (const r of findings(doc)) {
        const mine = annotations.filter((a) => a.props.file === doc.source && a.props.title === r.ruleId);
        expect(mine).toHaveLength(Math.max(1, r.evidence.length));
        r.evidence.forEach((e, i) => {
          expect(mine[i]!.props).toMatchObject({ line: String(e.line), col: String(e.column) });
          expect(mine[i]!.message).toContain(`«${e.quote}»`);
          expect(mine[i]!.message.startsWith(r.message)).toBe(true);
        });
      }
    }
    // Passing rules are not annotated.
    const passing = docs.flatMap((d) => d.results.filter((r) => r.status === 'pass').map((r) => `${d.source}|${r.ruleId}`));
    for (const a of annotations) expect(passing).not.toContain(`${a.props.file}|${a.props.title}`);
  });

  it('picks the command from the finding level', () => {
    const doc = handBuilt('policy.txt', [
      result({ ruleId: 'a-fail-error', status: 'fail', severity: 'error' }),
      result({ ruleId: 'b-warn-error', status: 'warn', severity: 'error' }),
      result({ ruleId: 'c-fail-warning', status: 'fail', severity: 'warning' }),
      result({ ruleId: 'd-warn-info', status: 'warn', severity: 'info' }),
      result({ ruleId: 'e-fail-info', status: 'fail', severity: 'info' }),
      result({ ruleId: 'f-pass', status: 'pass', suggestion: '' }),
      result({ ruleId: 'g-na', status: 'na', suggestion: '' }),
    ]);
    const annotations = parse(formatGithub(reportOf([doc]), []));
    expect(annotations.map((a) => [a.props.title, a.command])).toEqual([
      ['a-fail-error', 'error'],
      ['b-warn-error', 'warning'],
      ['c-fail-warning', 'warning'],
      ['d-warn-info', 'notice'],
      ['e-fail-info', 'notice'],
    ]);
  });

  it('anchors a finding without evidence at line 1', () => {
    const doc = scanText(S04, 'corpus/seeds/s04-invoice-club.txt', [orgNumber]);
    expect(doc.results[0]).toMatchObject({ status: 'warn', evidence: [] });
    const [a] = parse(formatGithub(reportOf([doc]), [orgNumber.meta]));
    expect(a).toEqual({
      command: 'notice',
      props: { file: 'corpus/seeds/s04-invoice-club.txt', line: '1', col: '1', title: 'org-number' },
      message: `${doc.results[0]!.message}\nForslag: ${orgNumber.meta.suggestion.nb}`,
    });
  });

  it('escapes newline, carriage return, percent, comma and colon', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    const doc = handBuilt('policies\\a,b: c.txt', [
      result({
        ruleId: 'placeholder-text',
        message: 'Linje én\nlinje to: 50 %, ferdig',
        suggestion: '',
        evidence: [{ quote: 'XXX, YYY: ZZZ', start: 0, end: 13, line: 3, column: 7, section: '' }],
      }),
    ]);
    const output = formatGithub(reportOf([doc]), []);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toBe('::error file=policies/a%2Cb%3A c.txt,line=3,col=7,title=placeholder-text::Linje én%0Alinje to: 50 %25, ferdig%0A«XXX, YYY: ZZZ»');
    const [a] = parse(output);
    expect(a!.props.file).toBe('policies/a,b: c.txt');
    expect(a!.message).toBe('Linje én\nlinje to: 50 %, ferdig\n«XXX, YYY: ZZZ»');
  });

  it('annotates standard input without a file, and unreadable files as errors', () => {
    const doc = handBuilt('<stdin>', [result({ evidence: [{ quote: 'x', start: 0, end: 1, line: 2, column: 3, section: '' }] })]);
    const errors = [{ source: 'policies/gone.html', message: 'ENOENT: no such file or directory' }];
    const annotations = parse(formatGithub(reportOf([doc], errors), []));
    expect(annotations).toEqual([
      { command: 'error', props: { title: 'controller-contact' }, message: 'Ingen kontaktopplysninger.\n«x»\nForslag: Oppgi e-post.' },
      { command: 'error', props: { file: 'policies/gone.html' }, message: 'Kunne ikke leses: ENOENT: no such file or directory' },
    ]);
    expect(formatGithub(reportOf([doc], errors), []).split('\n')[1]).toBe('::error file=policies/gone.html::Kunne ikke leses: ENOENT: no such file or directory');
  });

  it('uses English labels with locale en', () => {
    const doc = scanText(S04, 'privacy.txt', [orgNumber], 'en');
    const [a] = parse(formatGithub(reportOf([doc], [{ source: 'x.html', message: 'EACCES' }]), [orgNumber.meta], { locale: 'en' }).split('\n')[0]!);
    expect(a!.message).toBe(`No organisation number found.\nSuggestion: ${orgNumber.meta.suggestion.en}`);
    expect(formatGithub(reportOf([], [{ source: 'x.html', message: 'EACCES' }]), [], { locale: 'en' })).toBe('::error file=x.html::Could not be read: EACCES');
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(formatGithub(reportOf([handBuilt('ok.txt', [result({ status: 'pass', suggestion: '' })])]), [])).toBe('');
  });
});
