import { CATEGORY_NAMES } from '../categories.js';
import type { Locale } from '../engine/run.js';
import type { Report, RuleResult, SiteInfo, Status } from '../types.js';

export interface StylishOptions {
  color: boolean;
  locale: Locale;
}

const LABELS = {
  nb: { score: 'Poeng', grade: 'Karakter', suggestion: 'Forslag', errors: 'Kunne ikke leses', summary: 'dokument(er) skannet', none: 'Ingen dokumenter ble skannet.' },
  en: { score: 'Score', grade: 'Grade', suggestion: 'Suggestion', errors: 'Could not be read', summary: 'document(s) scanned', none: 'No documents were scanned.' },
};

const STATUS_MARK: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗', na: '–' };
const STATUS_COLOR: Record<Status, number> = { pass: 32, warn: 33, fail: 31, na: 90 };
const STATUS_ORDER: Record<Status, number> = { fail: 0, warn: 1, pass: 2, na: 3 };

function paint(enabled: boolean, code: number, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function resultLines(r: RuleResult, opts: StylishOptions): string[] {
  const l = LABELS[opts.locale];
  const head = `  ${paint(opts.color, STATUS_COLOR[r.status], `${STATUS_MARK[r.status]} ${r.status.padEnd(4)}`)}  ${r.severity.padEnd(7)}  ${paint(opts.color, 1, r.ruleId.padEnd(28))} ${r.message}`;
  const lines = [head];
  const shown = r.status === 'pass' ? r.evidence.slice(0, 1) : r.evidence.slice(0, 6);
  for (const e of shown) {
    const where = paint(opts.color, 90, `${e.url ? `${e.url} ` : ''}${e.line}:${e.column}`);
    const section = e.section ? paint(opts.color, 90, ` [${truncate(e.section, 40)}]`) : '';
    lines.push(`        ${where}${section} «${truncate(e.quote, 140)}»`);
  }
  if (r.evidence.length > shown.length && r.status !== 'pass') lines.push(`        … +${r.evidence.length - shown.length}`);
  if (r.suppressed?.length) {
    const label = opts.locale === 'en' ? 'suppressed' : 'undertrykt';
    for (const e of r.suppressed) lines.push(`        ${paint(opts.color, 90, `${label} ${e.line}:${e.column} «${truncate(e.quote, 100)}»`)}`);
  }
  if (r.suggestion) lines.push(`        ${paint(opts.color, 36, `→ ${l.suggestion}:`)} ${r.suggestion}`);
  return lines;
}

const FOUND_BY: Record<SiteInfo['foundBy'], { nb: string; en: string }> = {
  given: { nb: 'oppgitt adresse', en: 'given address' },
  link: { nb: 'lenke på forsiden', en: 'link on the homepage' },
  sitemap: { nb: 'sitemap.xml', en: 'sitemap.xml' },
  guess: { nb: 'vanlig adresse, ikke lenket fra forsiden', en: 'common address, not linked from the homepage' },
};

/** Website scans: how the statement was found, the other candidates, and what the fetching did. */
function siteLines(site: SiteInfo, opts: StylishOptions): string[] {
  const en = opts.locale === 'en';
  const lines = [`  ${en ? 'Found by' : 'Funnet via'}: ${FOUND_BY[site.foundBy][opts.locale]} (${site.input})`];
  if (site.alternatives.length > 0) {
    lines.push(`  ${en ? 'Alternatives' : 'Alternativer'}: ${site.alternatives.slice(0, 5).map((a) => a.url).join(', ')}`);
  }
  if (site.robotsIgnored) lines.push(`  ${en ? 'robots.txt was overridden (--ignore-robots)' : 'robots.txt ble overstyrt (--ignore-robots)'}`);
  if (site.cookies?.length) {
    const list = site.cookies.map((c) => `${c.name} (${c.domain})`).join(', ');
    lines.push(`  ${en ? 'Cookies set before consent' : 'Informasjonskapsler satt før samtykke'}: ${truncate(list, 300)}`);
  }
  return lines.map((line) => paint(opts.color, 90, line));
}

/** Human-readable report for the terminal: score, grade, categories, then every rule, worst first. */
export function formatStylish(report: Report, opts: StylishOptions): string {
  const l = LABELS[opts.locale];
  const out: string[] = [];
  for (const doc of report.documents) {
    out.push(paint(opts.color, 4, doc.source) + paint(opts.color, 90, `  (${doc.language}, ${doc.format})`));
    if (doc.site) out.push(...siteLines(doc.site, opts));
    out.push(`  ${l.score} ${paint(opts.color, 1, `${doc.score}/100`)}  ${l.grade} ${paint(opts.color, 1, doc.grade)}`);
    out.push(
      '  ' +
        doc.categories
          .map((c) => `${CATEGORY_NAMES[c.id][opts.locale]} ${c.score === null ? '–' : c.score}`)
          .join(' · '),
    );
    out.push('');
    const sorted = [...doc.results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    for (const r of sorted) out.push(...resultLines(r, opts));
    out.push('');
  }
  if (report.errors.length > 0) {
    out.push(paint(opts.color, 31, `${l.errors}:`));
    for (const e of report.errors) out.push(`  ${e.source}: ${e.message}`);
    out.push('');
  }
  out.push(report.documents.length > 0 ? `${report.documents.length} ${l.summary} (${report.asOf})` : l.none);
  return out.join('\n');
}
