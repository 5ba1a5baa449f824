/** Two results of one bank side by side: what moved, by how much, and how the plan changed. Pure. */
import type { AssessmentResult } from '../result.js';
import { pointsPerStep } from '../scoring/score.js';

export type Direction = 'up' | 'down' | 'same';

export interface DimensionChange {
  id: string;
  title: string;
  before: number | null;
  after: number | null;
  /** after − before, in score points; null when either was not scored. */
  change: number | null;
  /** Steady ('same') when the change is no more than one answer moving one step would make. */
  direction: Direction | null;
  /** Score points one answer moving one step moves this score (the finer of the two results). */
  step: number | null;
}

export interface Comparison {
  bank: string;
  before: { completedAt: string; bankVersion: string; respondent: string | null };
  after: { completedAt: string; bankVersion: string; respondent: string | null };
  dimensions: DimensionChange[];
  overall: Omit<DimensionChange, 'id' | 'title'>;
  /** The step most dimensions have, for the footnote. */
  step: number | null;
  /** Dimensions in only one of the two results (the bank changed between them). */
  onlyBefore: string[];
  onlyAfter: string[];
  /**
   * The two results answered different questions (the bank's major version changed), so their
   * scores stand side by side but no change is claimed.
   */
  questionsChanged: boolean;
  plan: { added: string[]; dropped: string[]; kept: string[] };
}

/**
 * The answer scale's range: saved since 0.2; for older results, worked out from the plan's note of
 * how far one answer moves a score (points = 100 / (range × questions)), else a 5-point scale's 4.
 */
function scaleRange(result: AssessmentResult): number {
  if (result.bank.scale) return result.bank.scale.max - result.bank.scale.min;
  const precision = result.plan?.precision;
  return precision?.points && precision.questions ? Math.round(100 / (precision.points * precision.questions)) : 4;
}

/** Score points one answer moving one step moves a score made of `answered` answers on a scale of `range`. */
const stepOf = (range: number, answered: number): number | null =>
  answered > 0 ? pointsPerStep(range, answered) : null;

function change(
  before: number | null,
  after: number | null,
  step: number | null,
): Pick<DimensionChange, 'change' | 'direction' | 'step'> {
  const shown = step === null ? null : Math.round(step);
  if (before === null || after === null) return { change: null, direction: null, step: shown };
  const delta = after - before;
  // One answer moving one step is noise, not progress; scores are whole numbers, so the step is
  // rounded up (6.25 points can show as a change of 7).
  const steady = Math.abs(delta) <= Math.ceil(step ?? 0);
  return { change: delta, direction: steady ? 'same' : delta > 0 ? 'up' : 'down', step: shown };
}

/** The value most of `values` have (the smallest on a tie), or null. */
function mostCommon(values: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
}

/** The major part of a version such as "2.0.0"; a bank's questions change only with it. */
export const majorVersion = (version: string): string => /^\D*(\d+)/.exec(version)?.[1] ?? version;

export function compare(before: AssessmentResult, after: AssessmentResult): Comparison {
  const questionsChanged = majorVersion(before.bank.version) !== majorVersion(after.bank.version);
  const range = Math.max(scaleRange(before), scaleRange(after));
  const changeOf = (b: number | null, a: number | null, step: number | null) =>
    questionsChanged ? change(null, null, null) : change(b, a, step);
  const beforeDims = new Map(before.dimensions.map((d) => [d.id, d]));
  const afterIds = new Set(after.dimensions.map((d) => d.id));
  // Only dimensions that exist in both can be compared; the rest are named, not guessed at.
  const dimensions = after.dimensions
    .filter((d) => beforeDims.has(d.id))
    .map((d) => {
      const b = beforeDims.get(d.id)!;
      // The finer of the two results: the one with more answers in the dimension.
      const step = stepOf(range, Math.max(b.answered, d.answered));
      return { id: d.id, title: d.title, before: b.score, after: d.score, ...changeOf(b.score, d.score, step) };
    });
  // The overall score is the mean of the dimensions' scores: one answer moves it by its dimension's
  // step over the number of dimensions, 100 / (range × all answers) when dimensions are of a size.
  const answeredIn = (r: AssessmentResult) => r.dimensions.reduce((n, d) => n + (d.score === null ? 0 : d.answered), 0);
  const overallStep = stepOf(range, Math.max(answeredIn(before), answeredIn(after)));
  const focusBefore = before.plan.focus.map((f) => f.dimension);
  const focusAfter = after.plan.focus.map((f) => f.dimension);
  return {
    bank: after.bank.id,
    before: { completedAt: before.completedAt, bankVersion: before.bank.version, respondent: before.respondent },
    after: { completedAt: after.completedAt, bankVersion: after.bank.version, respondent: after.respondent },
    dimensions,
    overall: {
      before: before.overall.score,
      after: after.overall.score,
      ...changeOf(before.overall.score, after.overall.score, overallStep),
    },
    step: mostCommon(dimensions.map((d) => d.step)),
    onlyBefore: before.dimensions.filter((d) => !afterIds.has(d.id)).map((d) => d.id),
    onlyAfter: after.dimensions.filter((d) => !beforeDims.has(d.id)).map((d) => d.id),
    questionsChanged,
    plan: {
      added: focusAfter.filter((id) => !focusBefore.includes(id)),
      dropped: focusBefore.filter((id) => !focusAfter.includes(id)),
      kept: focusAfter.filter((id) => focusBefore.includes(id)),
    },
  };
}
