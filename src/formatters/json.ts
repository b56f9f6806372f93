import type { Evidence, Report } from '../types.js';

/** One quote; `url` only for quotes from another web page than the statement (website scans). */
function evidenceJson(e: Evidence) {
  return { quote: e.quote, start: e.start, end: e.end, line: e.line, column: e.column, section: e.section, ...(e.url ? { url: e.url } : {}) };
}

/** The public JSON contract: one object with tool, asOf, documents and errors. */
export function formatJson(report: Report): string {
  return JSON.stringify(
    {
      tool: report.tool,
      asOf: report.asOf,
      documents: report.documents.map((d) => ({
        source: d.source,
        language: d.language,
        score: d.score,
        grade: d.grade,
        categories: d.categories,
        sections: d.sections,
        results: d.results.map((r) => ({
          ruleId: r.ruleId,
          status: r.status,
          severity: r.severity,
          message: r.message,
          suggestion: r.suggestion,
          legalRef: r.legalRef,
          evidence: r.evidence.map(evidenceJson),
          ...(r.suppressed?.length ? { suppressed: r.suppressed.map(evidenceJson) } : {}),
        })),
        ...(d.site ? { site: d.site } : {}),
      })),
      errors: report.errors,
    },
    null,
    2,
  );
}
