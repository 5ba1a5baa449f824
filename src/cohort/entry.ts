/** One respondent of a cohort: scores without the plan, which a cohort report does not repeat. */
import type { Miss } from '../scoring/thresholds.js';
import { NA, type ScoreRow, type Scores } from '../scoring/score.js';

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

/** The flag for a dimension with "does not apply" answers. */
export const notApplicableFlag = (dimensionId: string): string => `not-applicable:${dimensionId}`;

/** Per dimension in bank order: too few answers to score, then any "does not apply" answers. */
export function flagsOf(scores: Scores): string[] {
  return scores.dimensions.flatMap((d) => [
    ...(d.band === 'insufficient' ? [insufficientFlag(d.id)] : []),
    ...(d.notApplicable ? [notApplicableFlag(d.id)] : []),
  ]);
}

/** Answers in bank question order (NaN where missing, NA where "does not apply"), from answers keyed by id. */
export function valuesOf(
  questionIds: readonly string[],
  answers: Readonly<Record<string, number | undefined>>,
  notApplicable: readonly string[] = [],
): Float64Array {
  return Float64Array.from(questionIds, (id) => answers[id] ?? (notApplicable.includes(id) ? NA : NaN));
}

/** Answers keyed by id, from answers in bank question order; blanks and "does not apply" are left out. */
export function answersOf(questionIds: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const answers: Record<string, number> = {};
  for (let i = 0; i < questionIds.length; i++) if (Number.isFinite(values[i])) answers[questionIds[i]!] = values[i]!;
  return answers;
}

/** Whether any dimension of a scored row had a "does not apply" answer. */
export function hasNotApplicable(row: ScoreRow): boolean {
  for (let d = 0; d < row.notApplicable.length; d++) if (row.notApplicable[d]) return true;
  return false;
}
