import { forgetTexts } from '../nlp/prefilter.js';
import { locate } from '../segment/document.js';
import type { AnalysedDocument, DocumentReport, Evidence, ExternalSpan, Localized, Rule, RuleOutcome, RuleResult, Severity, Span } from '../types.js';
import type { SiteData } from '../web/site.js';
import { RuleContext, type RuleOptions } from './context.js';
import { score, type Weighted } from './score.js';
import { findSuppressions, isSuppressed, type Suppression } from './suppress.js';

export type Locale = 'nb' | 'en';

export interface RunOptions extends RuleOptions {
  asOf?: Date;
  locale?: Locale;
  /** Per-rule overrides of severity and weight (from a config file). */
  overrides?: Record<string, { severity?: Severity; weight?: number }>;
}

export function localize(text: Localized, locale: Locale, nynorsk = false): string {
  if (locale === 'en') return text.en;
  return nynorsk && text.nn ? text.nn : text.nb;
}

export function toEvidence(doc: AnalysedDocument, span: Span): Evidence {
  const { line, column } = locate(doc, span.start);
  let section = '';
  for (const s of doc.sections) if (s.start <= span.start) section = s.heading;
  return { quote: doc.text.slice(span.start, span.end), start: span.start, end: span.end, line, column, section };
}

/** Evidence from another fetched page: line and column in that page's HTML source. */
export function toExternalEvidence(site: SiteData | undefined, span: ExternalSpan): Evidence {
  const page = [site?.homepage, site?.policy].find((p) => p && (p.finalUrl === span.url || p.url === span.url));
  const html = page?.html ?? '';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < Math.min(span.start, html.length); i++) {
    if (html.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { quote: span.quote, start: span.start, end: span.end, line, column: Math.max(1, span.start - lineStart + 1), section: '', url: span.url };
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

interface SuppressedOutcome extends RuleOutcome {
  suppressed?: Span[];
}

/**
 * Moves a finding's evidence that an inline comment suppresses into `suppressed`.
 * A finding whose every quote is suppressed passes; it is still reported.
 */
function applySuppressions(out: RuleOutcome, ruleId: string, suppressions: readonly Suppression[]): SuppressedOutcome {
  if (out.status !== 'warn' && out.status !== 'fail') return out;
  const kept = out.evidence.filter((e) => !isSuppressed(suppressions, ruleId, e));
  if (kept.length === out.evidence.length) return out;
  const suppressed = out.evidence.filter((e) => isSuppressed(suppressions, ruleId, e));
  if (kept.length > 0) return { ...out, evidence: kept, suppressed };
  return {
    status: 'pass',
    message: {
      nb: `Undertrykt med personvernsjekk-disable-next-line (${suppressed.length} funn): ${out.message.nb}`,
      en: `Suppressed with personvernsjekk-disable-next-line (${suppressed.length} finding(s)): ${out.message.en}`,
    },
    evidence: [],
    suppressed,
  };
}

/** Runs each rule once on the document and scores the results. */
export function runRules(doc: AnalysedDocument, rules: readonly Rule[], options: RunOptions = {}): DocumentReport {
  const asOf = options.asOf ?? new Date();
  const locale = options.locale ?? 'nb';
  forgetTexts();
  const ctx = new RuleContext(doc, asOf, options);
  const nynorsk = doc.language.code === 'nno';
  const weighted: Weighted[] = [];
  const suppressions = findSuppressions(doc);
  const results: RuleResult[] = rules.map((rule) => {
    const override = options.overrides?.[rule.meta.id] ?? {};
    let out: RuleOutcome;
    try {
      out = rule.check(ctx);
    } catch (err) {
      out = {
        status: 'warn' as const,
        message: {
          nb: `Regelen kunne ikke kjøres: ${(err as Error).message}`,
          en: `The rule could not run: ${(err as Error).message}`,
        },
        evidence: [],
      };
    }
    if (suppressions.length > 0) out = applySuppressions(out, rule.meta.id, suppressions);
    const suppressed = (out as SuppressedOutcome).suppressed;
    const result: RuleResult = {
      ruleId: rule.meta.id,
      status: out.status,
      severity: override.severity ?? rule.meta.severity,
      category: rule.meta.category,
      message: localize(out.message, locale, nynorsk),
      suggestion: out.status === 'warn' || out.status === 'fail' ? localize(rule.meta.suggestion, locale, nynorsk) : '',
      legalRef: rule.meta.legalRef,
      evidence: dedupe(out.evidence).map((span) => toEvidence(doc, span)),
    };
    for (const span of out.external ?? []) result.evidence.push(toExternalEvidence(options.site, span));
    if (suppressed?.length) result.suppressed = dedupe(suppressed).map((span) => toEvidence(doc, span));
    weighted.push({ result, weight: override.weight ?? rule.meta.weight });
    return result;
  });
  const scored = score(weighted);
  return {
    source: doc.source,
    language: doc.language.code,
    format: doc.format,
    score: scored.score,
    grade: scored.grade,
    categories: scored.categories.map((c) => ({ id: c.id, score: c.score })),
    sections: doc.sections.map((s) => ({
      heading: s.heading,
      topic: s.topic,
      start: s.start,
      end: s.end,
      line: locate(doc, s.start).line,
    })),
    results,
    text: doc.text,
  };
}
