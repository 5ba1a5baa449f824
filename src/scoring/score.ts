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

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Reverse-keyed items are flipped so that a higher number always means more of the behaviour. */
export function itemScore(answer: number, reverse: boolean, scale: Bank['scale']): number {
  return reverse ? scale.min + scale.max - answer : answer;
}

/** How many development areas a plan focuses on: enough to matter, few enough to act on. */
export function focusCount(dimensionCount: number): number {
  return dimensionCount >= 5 ? 3 : 2;
}

/** Scores one respondent: by answers keyed by question id, or (`values`) by answers in bank order. */
export interface Scorer {
  (answers: Readonly<Record<string, number | undefined>>): Scores;
  /** Answers in bank question order, NaN where missing: the fast path for cohorts. */
  values(values: ArrayLike<number>): Scores;
}

/**
 * A scorer for one bank: the per-dimension item lists are worked out once, so scoring a cohort
 * of many rows does only arithmetic per row.
 */
export function compileScorer(bank: Bank): Scorer {
  const { scale, bands } = bank;
  const flip = scale.min + scale.max;
  const dims = bank.dimensions.map((dimension, position) => ({
    id: dimension.id,
    title: dimension.title,
    position,
    items: bank.questions.flatMap((q, index) => (q.dimension === dimension.id ? [{ index, reverse: q.reverse, weight: q.weight }] : [])),
  }));
  const focus = focusCount(dims.length);
  const exact = new Float64Array(dims.length);
  // Stable order: by exact score, then by position in the bank.
  const higherFirst = (a: (typeof dims)[number], b: (typeof dims)[number]) => exact[b.position]! - exact[a.position]! || a.position - b.position;
  const lowerFirst = (a: (typeof dims)[number], b: (typeof dims)[number]) => exact[a.position]! - exact[b.position]! || a.position - b.position;

  const byValues = (values: ArrayLike<number>): Scores => {
    let total = 0;
    let scoredCount = 0;
    const strong: (typeof dims)[number][] = [];
    const rest: (typeof dims)[number][] = [];
    const dimensions = dims.map((dim): DimensionScore => {
      let weighted = 0;
      let weights = 0;
      let answered = 0;
      for (const item of dim.items) {
        const answer = values[item.index]!;
        if (answer !== answer) continue; // NaN: not answered
        answered++;
        weighted += item.weight * (item.reverse ? flip - answer : answer);
        weights += item.weight;
      }
      // Fewer than half the items answered says more about the answers than about the leader.
      if (answered === 0 || answered * 2 < dim.items.length) {
        exact[dim.position] = NaN;
        return { id: dim.id, title: dim.title, mean: null, score: null, band: 'insufficient', answered, total: dim.items.length };
      }
      const mean = weighted / weights;
      const value = ((mean - scale.min) / (scale.max - scale.min)) * 100;
      exact[dim.position] = value;
      total += value;
      scoredCount++;
      const rounded = Math.round(value);
      const band = bandOf(rounded, bands);
      (band === 'strength' ? strong : rest).push(dim);
      return { id: dim.id, title: dim.title, mean: round(mean, 2), score: rounded, band, answered, total: dim.items.length };
    });
    const overallScore = scoredCount ? Math.round(total / scoredCount) : null;
    return {
      dimensions,
      overall: overallScore === null ? { score: null, band: 'insufficient' } : { score: overallScore, band: bandOf(overallScore, bands) },
      strengths: strong.sort(higherFirst).slice(0, 3).map((d) => d.id),
      developmentAreas: rest.sort(lowerFirst).slice(0, focus).map((d) => d.id),
    };
  };

  const scratch = new Float64Array(bank.questions.length);
  const ids = bank.questions.map((q) => q.id);
  const byAnswers = (answers: Readonly<Record<string, number | undefined>>): Scores => {
    for (let i = 0; i < ids.length; i++) scratch[i] = answers[ids[i]!] ?? NaN;
    return byValues(scratch);
  };
  return Object.assign(byAnswers, { values: byValues });
}

export function score(bank: Bank, answers: Readonly<Record<string, number | undefined>>): Scores {
  return compileScorer(bank)(answers);
}
