import type { DocumentReport, Report, RuleResult } from '../../src/types.js';
import { VERSION } from '../../src/version.js';

/** A report holding these documents, dated 2026-11-22. */
export function reportOf(documents: DocumentReport[], errors: Report['errors'] = []): Report {
  return { tool: { name: 'personvernsjekk', version: VERSION }, asOf: '2026-11-22', documents, errors };
}

/** A rule result to build reports by hand: a failed controller-contact unless overridden. */
export function result(overrides: Partial<RuleResult>): RuleResult {
  return {
    ruleId: 'controller-contact',
    status: 'fail',
    severity: 'error',
    category: 'identity',
    message: 'Ingen kontaktopplysninger.',
    suggestion: 'Oppgi e-post.',
    legalRef: 'GDPR art. 13(1)(a)',
    evidence: [],
    ...overrides,
  };
}

/** A document report with these results and no text. */
export function handBuilt(source: string, results: RuleResult[]): DocumentReport {
  return { source, language: 'nob', format: 'text', score: 50, grade: 'E', categories: [], sections: [], results, text: '' };
}
