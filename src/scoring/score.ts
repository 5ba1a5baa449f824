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

/**
 * A scorer for one bank: the per-dimension item lists are worked out once, so scoring a cohort
 * of many rows does only arithmetic per row.
 */
export function compileScorer(bank: Bank): (answers: Readonly<Record<string, number | undefined>>) => Scores {
  const { scale, bands } = bank;
  const dims = bank.dimensions.map((dimension, position) => ({
    id: dimension.id,
    title: dimension.title,
    position,
    items: bank.questions.filter((q) => q.dimension === dimension.id).map((q) => ({ id: q.id, reverse: q.reverse, weight: q.weight })),
  }));
  const focus = focusCount(dims.length);

  return (answers) => {
    const exact: (number | null)[] = [];
    const dimensions = dims.map((dim): DimensionScore => {
      let weighted = 0;
      let weights = 0;
      let answered = 0;
      for (const item of dim.items) {
        const answer = answers[item.id];
        if (answer === undefined) continue;
        answered++;
        weighted += item.weight * (item.reverse ? scale.min + scale.max - answer : answer);
        weights += item.weight;
      }
      const counts = { answered, total: dim.items.length };
      // Fewer than half the items answered says more about the answers than about the leader.
      if (answered === 0 || answered * 2 < dim.items.length) {
        exact.push(null);
        return { id: dim.id, title: dim.title, mean: null, score: null, band: 'insufficient', ...counts };
      }
      const mean = weighted / weights;
      const value = ((mean - scale.min) / (scale.max - scale.min)) * 100;
      exact.push(value);
      const rounded = Math.round(value);
      return { id: dim.id, title: dim.title, mean: round(mean, 2), score: rounded, band: bandOf(rounded, bands), ...counts };
    });

    const scored = dims.filter((_, i) => exact[i] !== null);
    const total = scored.reduce((sum, d) => sum + exact[d.position]!, 0);
    const overallScore = scored.length ? Math.round(total / scored.length) : null;

    // Stable order: by exact score, then by position in the bank.
    const byScore = (direction: 1 | -1) => (a: (typeof dims)[number], b: (typeof dims)[number]) =>
      direction * (exact[a.position]! - exact[b.position]!) || a.position - b.position;
    const strengths = scored.filter((d) => dimensions[d.position]!.band === 'strength').sort(byScore(-1)).slice(0, 3).map((d) => d.id);
    const developmentAreas = scored.filter((d) => dimensions[d.position]!.band !== 'strength').sort(byScore(1)).slice(0, focus).map((d) => d.id);

    return {
      dimensions,
      overall: overallScore === null ? { score: null, band: 'insufficient' } : { score: overallScore, band: bandOf(overallScore, bands) },
      strengths,
      developmentAreas,
    };
  };
}

export function score(bank: Bank, answers: Readonly<Record<string, number | undefined>>): Scores {
  return compileScorer(bank)(answers);
}
