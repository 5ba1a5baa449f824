/** Cohort statistics per dimension, accumulated one respondent at a time so memory stays flat. */
import type { Bank } from '../bank/schema.js';
import { AlphaAccumulator } from './alpha.js';
import type { CohortEntry } from './entry.js';
import { RunningStats, type Summary } from './stats.js';

/** Statistics of the 0–100 scores of one dimension, plus its internal consistency. */
export interface DimensionSummary extends Summary {
  id: string;
  title: string;
  /** Respondents whose dimension was not scored (fewer than half its items answered). */
  insufficient: number;
  /** Cronbach's alpha on the reverse-keyed item scores; null when it cannot be computed. */
  alpha: number | null;
}

export interface CohortSummary {
  respondents: number;
  /** Rows left out with --skip-invalid. */
  skipped: number;
  /** Respondents who missed at least one threshold. */
  belowThreshold: number;
  dimensions: DimensionSummary[];
  overall: Summary;
}

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
const rounded = (s: Summary): Summary => ({ n: s.n, mean: round2(s.mean), sd: round2(s.sd), min: round2(s.min), max: round2(s.max) });

export class CohortAccumulator {
  private respondents = 0;
  private belowThreshold = 0;
  private readonly overall = new RunningStats();
  private readonly dims;
  private readonly scale;

  constructor(bank: Bank) {
    this.scale = bank.scale;
    this.dims = bank.dimensions.map((d) => {
      const items = bank.questions.flatMap((q, index) => (q.dimension === d.id ? [{ index, reverse: q.reverse }] : []));
      // One scratch row per dimension, reused, so adding a respondent allocates nothing.
      const scratch: (number | undefined)[] = new Array(items.length);
      return { id: d.id, title: d.title, items, scratch, stats: new RunningStats(), alpha: new AlphaAccumulator(items.length), insufficient: 0 };
    });
  }

  /** One respondent: their scores, and their answers in bank question order (NaN where missing). */
  add(entry: CohortEntry, values: ArrayLike<number>): void {
    this.respondents++;
    if (entry.misses.length) this.belowThreshold++;
    if (entry.overall.score !== null) this.overall.add(entry.overall.score);
    const flip = this.scale.min + this.scale.max;
    for (let d = 0; d < this.dims.length; d++) {
      const dim = this.dims[d]!;
      const result = entry.dimensions[d]!;
      if (result.score === null) dim.insufficient++;
      else dim.stats.add(result.score);
      for (let i = 0; i < dim.items.length; i++) {
        const item = dim.items[i]!;
        const answer = values[item.index]!;
        dim.scratch[i] = answer !== answer ? undefined : item.reverse ? flip - answer : answer;
      }
      dim.alpha.add(dim.scratch);
    }
  }

  summary(skipped = 0): CohortSummary {
    return {
      respondents: this.respondents,
      skipped,
      belowThreshold: this.belowThreshold,
      dimensions: this.dims.map((dim) => ({
        id: dim.id,
        title: dim.title,
        ...rounded(dim.stats.summary()),
        insufficient: dim.insufficient,
        alpha: round2(dim.alpha.alpha()),
      })),
      overall: rounded(this.overall.summary()),
    };
  }
}
