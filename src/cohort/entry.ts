/** One respondent of a cohort: scores without the plan, which a cohort report does not repeat. */
import type { Miss } from '../scoring/thresholds.js';
import type { Scores } from '../scoring/score.js';

export interface CohortEntry extends Scores {
  respondent: string;
  /** Present when the format shows answers (json); other formats skip building it. */
  answers?: Record<string, number>;
  /** `insufficient:<dimension>` for each dimension with too few answers to score. */
  flags: string[];
  /** Thresholds this respondent did not meet. */
  misses: Miss[];
}

/** The flag for a dimension with too few answers to score. */
export const insufficientFlag = (dimensionId: string): string => `insufficient:${dimensionId}`;

export function flagsOf(scores: Scores): string[] {
  return scores.dimensions.filter((d) => d.band === 'insufficient').map((d) => insufficientFlag(d.id));
}

/** Answers in bank question order (NaN where missing), from answers keyed by id. */
export function valuesOf(questionIds: readonly string[], answers: Readonly<Record<string, number | undefined>>): Float64Array {
  return Float64Array.from(questionIds, (id) => answers[id] ?? NaN);
}

/** Answers keyed by id, from answers in bank question order. */
export function answersOf(questionIds: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const answers: Record<string, number> = {};
  for (let i = 0; i < questionIds.length; i++) if (values[i] === values[i]) answers[questionIds[i]!] = values[i]!;
  return answers;
}
