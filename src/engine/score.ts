import type { CategoryId, CategoryScore, DocumentReport, RuleResult, Status } from '../types.js';

export const CATEGORIES: CategoryId[] = ['identity', 'basis-purposes', 'recipients-transfers', 'retention', 'rights', 'quality'];

const VALUE: Record<Status, number | null> = { pass: 1, warn: 0.5, fail: 0, na: null };

export interface Weighted {
  result: RuleResult;
  weight: number;
}

function weightedScore(items: Weighted[]): number | null {
  let total = 0;
  let got = 0;
  for (const { result, weight } of items) {
    const value = VALUE[result.status];
    if (value === null || weight <= 0) continue;
    total += weight;
    got += weight * value;
  }
  return total === 0 ? null : Math.round((got / total) * 100);
}

export function grade(score: number): DocumentReport['grade'] {
  if (score >= 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 60) return 'D';
  if (score >= 50) return 'E';
  return 'F';
}

/** Document score 0–100 (pass full weight, warn half, fail none, na left out) and a score per category. */
export function score(items: Weighted[]): { score: number; grade: DocumentReport['grade']; categories: CategoryScore[] } {
  const overall = weightedScore(items) ?? 100;
  const categories = CATEGORIES.map((id) => ({ id, score: weightedScore(items.filter((i) => i.result.category === id)) }));
  return { score: overall, grade: grade(overall), categories };
}
