import type { Report } from '../types.js';

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
          evidence: r.evidence,
          ...(r.suppressed?.length ? { suppressed: r.suppressed } : {}),
        })),
      })),
      errors: report.errors,
    },
    null,
    2,
  );
}
