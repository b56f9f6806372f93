import { CATEGORY_NAMES } from '../categories.js';
import type { Locale } from '../engine/run.js';
import type { DocumentReport, Report, RuleMeta, RuleResult, Severity } from '../types.js';

export interface MarkdownOptions {
  locale: Locale;
}

const LABELS = {
  nb: {
    score: 'Poeng',
    grade: 'karakter',
    category: 'Kategori',
    failed: 'Ikke oppfylt',
    review: 'Bør vurderes',
    severity: { error: 'alvorlighet feil', warning: 'alvorlighet advarsel', info: 'alvorlighet info' } as Record<Severity, string>,
    line: 'Linje',
    more: (n: number) => `og ${n} til`,
    noQuote: 'Ingen sitat – gjelder dokumentet som helhet.',
    suggestion: 'Forslag',
    legalRef: 'Rettslig grunnlag',
    passed: (pass: number, na: number) => `✅ ${pass} ${pass === 1 ? 'regel' : 'regler'} oppfylt, ${na} ikke relevant${na === 1 ? '' : 'e'}.`,
    suppressed: (n: number) => `${n} funn undertrykt med personvernsjekk-disable-next-line.`,
    noFindings: 'Ingen funn.',
    unreadable: 'Kunne ikke leses',
    none: 'Ingen dokumenter ble skannet.',
    footer: (tool: string, version: string, date: string) => `<sub>Laget med ${tool} ${version} · skannedato ${date}</sub>`,
  },
  en: {
    score: 'Score',
    grade: 'grade',
    category: 'Category',
    failed: 'Failed',
    review: 'Needs review',
    severity: { error: 'severity error', warning: 'severity warning', info: 'severity info' } as Record<Severity, string>,
    line: 'Line',
    more: (n: number) => `and ${n} more`,
    noQuote: 'No quote – concerns the document as a whole.',
    suggestion: 'Suggestion',
    legalRef: 'Legal basis',
    passed: (pass: number, na: number) => `✅ ${pass} rule${pass === 1 ? '' : 's'} passed, ${na} not applicable.`,
    suppressed: (n: number) => `${n} finding(s) suppressed with personvernsjekk-disable-next-line.`,
    noFindings: 'No findings.',
    unreadable: 'Could not be read',
    none: 'No documents were scanned.',
    footer: (tool: string, version: string, date: string) => `<sub>Made with ${tool} ${version} · scan date ${date}</sub>`,
  },
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Escapes text for inline Markdown (GitHub Flavored): backslash-escapes the characters that start
 * emphasis, code, links, HTML or table cells, and folds line breaks so a quote stays on its line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&/g, '&amp;');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function finding(r: RuleResult, locale: Locale): string[] {
  const l = LABELS[locale];
  const mark = r.status === 'fail' ? '❌' : '⚠️';
  const lines = [`${mark} **\`${r.ruleId}\`** · ${l.severity[r.severity]} · ${escapeMarkdown(r.message)}`];
  const first = r.evidence[0];
  if (first) {
    const more = r.evidence.length > 1 ? ` (${l.more(r.evidence.length - 1)})` : '';
    lines[0] += '  ';
    lines.push(`${first.url ? `${escapeMarkdown(first.url)}, ` : ''}${l.line} ${first.line}: «${escapeMarkdown(truncate(first.quote, 200))}»${more}`);
  } else {
    lines[0] += '  ';
    lines.push(`*${l.noQuote}*`);
  }
  lines.push('');
  const body = [
    ...(r.suggestion ? [escapeMarkdown(r.suggestion)] : []),
    `*${l.legalRef}:* ${escapeMarkdown(r.legalRef)}`,
  ].join('\n\n');
  lines.push(`<details><summary>${l.suggestion}</summary>`, '', body, '', '</details>', '');
  return lines;
}

function documentSection(doc: DocumentReport, locale: Locale): string[] {
  const l = LABELS[locale];
  const out: string[] = [];
  out.push(`## ${escapeMarkdown(doc.source)} — ${doc.score}/100, ${l.grade} ${doc.grade}`, '');
  out.push(`| ${l.category} | ${l.score} |`, '| --- | ---: |');
  for (const c of doc.categories) out.push(`| ${CATEGORY_NAMES[c.id][locale]} | ${c.score === null ? '–' : c.score} |`);
  out.push('');
  const bySeverity = (a: RuleResult, b: RuleResult) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  const failed = doc.results.filter((r) => r.status === 'fail').sort(bySeverity);
  const review = doc.results.filter((r) => r.status === 'warn').sort(bySeverity);
  if (failed.length > 0) {
    out.push(`### ${l.failed} (${failed.length})`, '');
    for (const r of failed) out.push(...finding(r, locale));
  }
  if (review.length > 0) {
    out.push(`### ${l.review} (${review.length})`, '');
    for (const r of review) out.push(...finding(r, locale));
  }
  if (failed.length === 0 && review.length === 0) out.push(l.noFindings, '');
  const pass = doc.results.filter((r) => r.status === 'pass').length;
  const na = doc.results.filter((r) => r.status === 'na').length;
  out.push(l.passed(pass, na));
  const suppressed = doc.results.reduce((n, r) => n + (r.suppressed?.length ?? 0), 0);
  if (suppressed > 0) out.push('', l.suppressed(suppressed));
  out.push('');
  return out;
}

/**
 * A compact Markdown summary for a pull-request comment: per document a heading with score and grade,
 * a table of the categories, then the failed and to-be-reviewed rules (id, severity, message, first
 * quote with its line, suggestion folded in <details>); passing rules are counted, not listed.
 */
export function formatMarkdown(report: Report, _rules: readonly RuleMeta[], options: MarkdownOptions = { locale: 'nb' }): string {
  const locale = options.locale;
  const l = LABELS[locale];
  const out: string[] = [];
  for (const doc of report.documents) out.push(...documentSection(doc, locale));
  if (report.errors.length > 0) {
    out.push(`### ${l.unreadable} (${report.errors.length})`, '');
    for (const e of report.errors) out.push(`- \`${e.source.replace(/`/g, "'")}\`: ${escapeMarkdown(e.message)}`);
    out.push('');
  }
  if (report.documents.length === 0) out.push(l.none, '');
  out.push('---', '', l.footer(report.tool.name, report.tool.version, report.asOf));
  return out.join('\n') + '\n';
}
