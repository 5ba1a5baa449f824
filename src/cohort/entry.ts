/** One respondent of a cohort: scores without the plan, which a cohort report does not repeat. */
import type { Miss } from '../scoring/thresholds.js';
import type { Scores } from '../scoring/score.js';

export interface CohortEntry extends Scores {
  respondent: string;
  answers: Record<string, number>;
  /** `insufficient:<dimension>` for each dimension with too few answers to score. */
  flags: string[];
  /** Thresholds this respondent did not meet. */
  misses: Miss[];
}

export function flagsOf(scores: Scores): string[] {
  return scores.dimensions.filter((d) => d.band === 'insufficient').map((d) => `insufficient:${d.id}`);
}
