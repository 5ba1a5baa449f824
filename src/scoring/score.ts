/** (bank, answers) -> scores. Pure, no I/O. */
import type { Bank } from '../bank/schema.js';
import { bandOf, type Band, type DimensionBand } from './bands.js';

/** One dimension's result. `mean` is on the bank's scale; `score` maps it to 0–100. */
export interface DimensionScore {
  id: string;
  title: string;
  mean: number | null;
  score: number | null;
  band: DimensionBand;
  answered: number;
  /** Items answered "does not apply": not scored, not blank. */
  notApplicable: number;
  total: number;
}

export interface Scores {
  dimensions: DimensionScore[];
  overall: { score: number | null; band: Band | 'insufficient' };
  /** Dimension ids, highest first. */
  strengths: string[];
  /** Dimension ids, lowest first: the plan's focus. */
  developmentAreas: string[];
}

/** An answer of "does not apply" among answers given as numbers: skipped like a blank, counted apart. */
export const NA = Infinity;

/** A number to `digits` decimals, as every figure leadlens reports is given. */
/** Score points that one answer moving one step moves a score made of `answers` answers on a scale `range` wide. */
export const pointsPerStep = (range: number, answers: number): number => 100 / (range * answers);

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Reverse-keyed items are flipped so that a higher number always means more of the behaviour. */
export function itemScore(answer: number, reverse: boolean, scale: Bank['scale']): number {
  return reverse ? scale.min + scale.max - answer : answer;
}

/** How many development areas a plan focuses on: enough to matter, few enough to act on. */
export function focusCount(dimensionCount: number): number {
  return dimensionCount >= 5 ? 3 : 2;
}

/**
 * A respondent's scores as plain numbers, per dimension in bank order. A cohort fills one, reused,
 * for every row; `Scorer.expand` turns it into `Scores` when a report needs the objects.
 */
export interface ScoreRow {
  /** The mean answer on the bank's scale; NaN with too few answers. */
  readonly mean: Float64Array;
  /** The 0–100 score before rounding; NaN with too few answers. */
  readonly exact: Float64Array;
  /** How many of the dimension's items were answered. */
  readonly answered: Int32Array;
  /** How many of the dimension's items were answered "does not apply". */
  readonly notApplicable: Int32Array;
  /** The mean of the scored dimensions' exact scores; NaN when none was scored. */
  overall: number;
}

export function emptyScoreRow(dimensions: number): ScoreRow {
  return {
    mean: new Float64Array(dimensions),
    exact: new Float64Array(dimensions),
    answered: new Int32Array(dimensions),
    notApplicable: new Int32Array(dimensions),
    overall: NaN,
  };
}

/** Scores one respondent: by answers keyed by question id, or (`values`) by answers in bank order. */
export interface Scorer {
  (answers: Readonly<Record<string, number | undefined>>, notApplicable?: readonly string[]): Scores;
  /** Answers in bank question order, NaN where missing, NA where "does not apply". */
  values(values: ArrayLike<number>): Scores;
  /** The arithmetic alone, into `into` (reused): the fast path for cohorts. */
  row(values: ArrayLike<number>, into: ScoreRow): ScoreRow;
  /** The scores a row stands for, with bands, strengths and development areas. */
  expand(row: ScoreRow): Scores;
}

/**
 * A scorer for one bank: each dimension's items are laid out once in flat arrays, so scoring a
 * cohort of many rows does only arithmetic per row and allocates nothing.
 */
export function compileScorer(bank: Bank): Scorer {
  const { scale, bands } = bank;
  const flip = scale.min + scale.max;
  const range = scale.max - scale.min;
  const dims = bank.dimensions.map((dimension, position) => ({ id: dimension.id, title: dimension.title, position }));
  const items = bank.dimensions.map((d) =>
    bank.questions.flatMap((q, index) =>
      q.dimension === d.id ? [{ index, reverse: q.reverse, weight: q.weight }] : [],
    ),
  );
  // Dimension d's items are all[first[d]] up to all[first[d + 1]].
  const first = new Int32Array(items.length + 1);
  items.forEach((list, d) => (first[d + 1] = first[d]! + list.length));
  const all = items.flat();
  const itemIndex = Int32Array.from(all, (i) => i.index);
  const reverse = Uint8Array.from(all, (i) => (i.reverse ? 1 : 0));
  const weight = Float64Array.from(all, (i) => i.weight);
  const focus = focusCount(dims.length);

  const dimensionCount = dims.length;
  const lowest = scale.min;
  const row = (values: ArrayLike<number>, into: ScoreRow): ScoreRow => {
    const { mean: means, exact: exacts, answered: counts, notApplicable: skipped } = into;
    let total = 0;
    let scored = 0;
    for (let d = 0; d < dimensionCount; d++) {
      const from = first[d]!;
      const to = first[d + 1]!;
      let weighted = 0;
      let weights = 0;
      let answered = 0;
      let na = 0;
      for (let i = from; i < to; i++) {
        const answer = values[itemIndex[i]!]!;
        if (answer !== answer) continue; // NaN: not answered
        if (answer === NA) {
          na++;
          continue;
        }
        answered++;
        weighted += weight[i]! * (reverse[i] ? flip - answer : answer);
        weights += weight[i]!;
      }
      counts[d] = answered;
      skipped[d] = na;
      // Fewer than half the items answered says more about the answers than about the leader.
      if (answered === 0 || answered * 2 < to - from) {
        means[d] = NaN;
        exacts[d] = NaN;
        continue;
      }
      const mean = weighted / weights;
      const exact = ((mean - lowest) / range) * 100;
      means[d] = mean;
      exacts[d] = exact;
      total += exact;
      scored++;
    }
    into.overall = scored ? total / scored : NaN;
    return into;
  };

  const expand = (scores: ScoreRow): Scores => {
    const strong: (typeof dims)[number][] = [];
    const rest: (typeof dims)[number][] = [];
    const dimensions = dims.map((dim): DimensionScore => {
      const exact = scores.exact[dim.position]!;
      const answered = scores.answered[dim.position]!;
      const notApplicable = scores.notApplicable[dim.position]!;
      const total = first[dim.position + 1]! - first[dim.position]!;
      if (exact !== exact)
        return {
          id: dim.id,
          title: dim.title,
          mean: null,
          score: null,
          band: 'insufficient',
          answered,
          notApplicable,
          total,
        };
      const rounded = Math.round(exact);
      const band = bandOf(rounded, bands);
      (band === 'strength' ? strong : rest).push(dim);
      return {
        id: dim.id,
        title: dim.title,
        mean: round(scores.mean[dim.position]!, 2),
        score: rounded,
        band,
        answered,
        notApplicable,
        total,
      };
    });
    // Stable order: by exact score, then by position in the bank.
    const by = (sign: 1 | -1) => (a: (typeof dims)[number], b: (typeof dims)[number]) =>
      sign * (scores.exact[a.position]! - scores.exact[b.position]!) || a.position - b.position;
    const overallScore = scores.overall === scores.overall ? Math.round(scores.overall) : null;
    return {
      dimensions,
      overall:
        overallScore === null
          ? { score: null, band: 'insufficient' }
          : { score: overallScore, band: bandOf(overallScore, bands) },
      strengths: strong
        .sort(by(-1))
        .slice(0, 3)
        .map((d) => d.id),
      developmentAreas: rest
        .sort(by(1))
        .slice(0, focus)
        .map((d) => d.id),
    };
  };

  const scratchRow = emptyScoreRow(dims.length);
  const values = (answers: ArrayLike<number>): Scores => expand(row(answers, scratchRow));
  const scratch = new Float64Array(bank.questions.length);
  const ids = bank.questions.map((q) => q.id);
  const byAnswers = (
    answers: Readonly<Record<string, number | undefined>>,
    notApplicable: readonly string[] = [],
  ): Scores => {
    for (let i = 0; i < ids.length; i++) scratch[i] = answers[ids[i]!] ?? (notApplicable.includes(ids[i]!) ? NA : NaN);
    return values(scratch);
  };
  return Object.assign(byAnswers, { values, row, expand });
}

export function score(
  bank: Bank,
  answers: Readonly<Record<string, number | undefined>>,
  notApplicable: readonly string[] = [],
): Scores {
  return compileScorer(bank)(answers, notApplicable);
}
