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

export function score(bank: Bank, answers: Readonly<Record<string, number>>): Scores {
  const { scale, bands } = bank;
  const raw = new Map<string, number>();

  const dimensions = bank.dimensions.map((dimension): DimensionScore => {
    const items = bank.questions.filter((q) => q.dimension === dimension.id);
    let weighted = 0;
    let weights = 0;
    let answered = 0;
    for (const item of items) {
      const answer = answers[item.id];
      if (answer === undefined) continue;
      answered++;
      weighted += item.weight * itemScore(answer, item.reverse, scale);
      weights += item.weight;
    }
    const counts = { answered, total: items.length };
    // Fewer than half the items answered says more about the answers than about the leader.
    if (answered === 0 || answered * 2 < items.length) {
      return { id: dimension.id, title: dimension.title, mean: null, score: null, band: 'insufficient', ...counts };
    }
    const mean = weighted / weights;
    const exact = ((mean - scale.min) / (scale.max - scale.min)) * 100;
    raw.set(dimension.id, exact);
    const rounded = Math.round(exact);
    return { id: dimension.id, title: dimension.title, mean: round(mean, 2), score: rounded, band: bandOf(rounded, bands), ...counts };
  });

  const scored = dimensions.filter((d) => d.score !== null);
  const overallScore = scored.length ? Math.round([...raw.values()].reduce((a, b) => a + b, 0) / raw.size) : null;

  // Stable order: by score, then by position in the bank.
  const byScore = (direction: 1 | -1) => (a: DimensionScore, b: DimensionScore) =>
    direction * ((raw.get(a.id) ?? 0) - (raw.get(b.id) ?? 0)) || dimensions.indexOf(a) - dimensions.indexOf(b);

  const strengths = scored.filter((d) => d.band === 'strength').sort(byScore(-1)).slice(0, 3).map((d) => d.id);
  const developmentAreas = scored
    .filter((d) => d.band !== 'strength')
    .sort(byScore(1))
    .slice(0, focusCount(bank.dimensions.length))
    .map((d) => d.id);

  return {
    dimensions,
    overall: overallScore === null ? { score: null, band: 'insufficient' } : { score: overallScore, band: bandOf(overallScore, bands) },
    strengths,
    developmentAreas,
  };
}
