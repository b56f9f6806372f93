import type { RuleResult, Severity } from '../types.js';

/** Level of a finding: a fail has the rule's severity; a warn is at most a warning; pass and na are no finding. */
export function findingLevel(r: RuleResult): Severity | null {
  if (r.status === 'fail') return r.severity;
  if (r.status === 'warn') return r.severity === 'error' ? 'warning' : r.severity;
  return null;
}
