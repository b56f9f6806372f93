import { findingLevel } from '../engine/level.js';
import type { Locale } from '../engine/run.js';
import type { DocumentReport, Evidence, Report, RuleMeta, RuleResult } from '../types.js';

export interface JunitOptions {
  locale?: Locale;
}

const LABELS = {
  nb: {
    line: 'linje',
    column: 'kolonne',
    suggestion: 'Forslag',
    legalRef: 'Rettslig grunnlag',
    noQuote: 'Ingen sitat (gjelder dokumentet som helhet).',
    suppressed: 'Undertrykt',
    infoWarning: 'Advarsel på nivå info (teller ikke som feil)',
    unreadable: 'Kunne ikke leses',
  },
  en: {
    line: 'line',
    column: 'column',
    suggestion: 'Suggestion',
    legalRef: 'Legal basis',
    noQuote: 'No quote (concerns the document as a whole).',
    suppressed: 'Suppressed',
    infoWarning: 'Warning at info level (not counted as a failure)',
    unreadable: 'Could not be read',
  },
};

/** Characters XML 1.0 does not allow at all (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text content: the five XML entities, and characters XML 1.0 cannot carry are removed. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Escapes an attribute value; line breaks and tabs become character references so parsers keep them. */
function escapeAttr(value: string): string {
  return escapeXml(value).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeAttr(String(value))}"`)
    .join('');
}

/**
 * Whether a result counts as a JUnit failure. A fail always does (type = the rule's severity); a warn
 * does when its finding level is error or warning (type "warning"); a warn of an info rule passes and
 * its message goes to <system-out>.
 */
export function isJunitFailure(r: RuleResult): boolean {
  const level = findingLevel(r);
  return r.status === 'fail' || (r.status === 'warn' && level !== null && level !== 'info');
}

function evidenceLines(evidence: readonly Evidence[], locale: Locale): string[] {
  const l = LABELS[locale];
  return evidence.map((e) => `${e.url ? `${e.url} ` : ''}${l.line} ${e.line}, ${l.column} ${e.column}${e.section ? ` [${e.section}]` : ''}: «${e.quote}»`);
}

function detail(r: RuleResult, locale: Locale): string {
  const l = LABELS[locale];
  const lines = [r.message, ...(r.evidence.length > 0 ? evidenceLines(r.evidence, locale) : [l.noQuote])];
  if (r.suggestion) lines.push(`${l.suggestion}: ${r.suggestion}`);
  lines.push(`${l.legalRef}: ${r.legalRef}`);
  return lines.join('\n');
}

function testcase(r: RuleResult, locale: Locale): string {
  const l = LABELS[locale];
  const open = `    <testcase${attrs({ classname: `personvernsjekk.${r.category}`, name: r.ruleId, time: 0 })}`;
  const inner: string[] = [];
  if (r.status === 'na') {
    inner.push(`      <skipped${attrs({ message: r.message })}/>`);
  } else if (isJunitFailure(r)) {
    const type = r.status === 'fail' ? r.severity : 'warning';
    inner.push(`      <failure${attrs({ message: r.message, type })}>${escapeXml(detail(r, locale))}</failure>`);
  } else if (r.status === 'warn') {
    inner.push(`      <system-out>${escapeXml(`${l.infoWarning}: ${detail(r, locale)}`)}</system-out>`);
  }
  if (r.suppressed?.length) {
    const text = [`${l.suppressed}:`, ...evidenceLines(r.suppressed, locale)].join('\n');
    inner.push(`      <system-err>${escapeXml(text)}</system-err>`);
  }
  return inner.length === 0 ? `${open}/>` : `${open}>\n${inner.join('\n')}\n    </testcase>`;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function documentCounts(doc: DocumentReport): Counts {
  return {
    tests: doc.results.length,
    failures: doc.results.filter(isJunitFailure).length,
    errors: 0,
    skipped: doc.results.filter((r) => r.status === 'na').length,
  };
}

/**
 * JUnit XML for CI test reports: one <testsuite> per document, one <testcase> per rule result
 * (classname "personvernsjekk.<category>", name = rule id); fail → <failure type="<severity>">, warn →
 * <failure type="warning"> unless the rule is only informational, na → <skipped>. Each unreadable
 * input is a testsuite whose single testcase has an <error>.
 */
export function formatJunit(report: Report, _rules: readonly RuleMeta[], options: JunitOptions = {}): string {
  const locale = options.locale ?? 'nb';
  const l = LABELS[locale];
  const suites: string[] = [];
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const add = (c: Counts) => {
    total.tests += c.tests;
    total.failures += c.failures;
    total.errors += c.errors;
    total.skipped += c.skipped;
  };
  for (const doc of report.documents) {
    const counts = documentCounts(doc);
    add(counts);
    const entries: Array<[string, string | number]> = [
      ['score', doc.score],
      ['grade', doc.grade],
      ['language', doc.language],
      ['format', doc.format],
      ['asOf', report.asOf],
      ...doc.categories.map((c): [string, string | number] => [`category.${c.id}`, c.score === null ? 'na' : c.score]),
    ];
    const properties = entries.map(([name, value]) => `      <property${attrs({ name, value })}/>`).join('\n');
    suites.push(
      [
        `  <testsuite${attrs({ name: doc.source, ...counts, time: 0 })}>`,
        `    <properties>\n${properties}\n    </properties>`,
        ...doc.results.map((r) => testcase(r, locale)),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  for (const e of report.errors) {
    const counts: Counts = { tests: 1, failures: 0, errors: 1, skipped: 0 };
    add(counts);
    suites.push(
      [
        `  <testsuite${attrs({ name: e.source, ...counts, time: 0 })}>`,
        `    <testcase${attrs({ classname: 'personvernsjekk.input', name: 'read', time: 0 })}>`,
        `      <error${attrs({ message: e.message, type: 'unreadable' })}>${escapeXml(`${l.unreadable}: ${e.message}`)}</error>`,
        '    </testcase>',
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const head = `<testsuites${attrs({ name: report.tool.name, ...total, time: 0 })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites, '</testsuites>'].join('\n') + '\n';
}
