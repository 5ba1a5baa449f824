/** Cohort statistics per dimension, accumulated one respondent at a time so memory stays flat. */
import type { Bank } from '../bank/schema.js';
import { AlphaAccumulator } from './alpha.js';
import { round, type ScoreRow } from '../scoring/score.js';
import { RunningStats, type Summary } from './stats.js';

/** Statistics of the 0–100 scores of one dimension, plus its internal consistency. */
export interface DimensionSummary extends Summary {
  id: string;
  title: string;
  /** Respondents whose dimension was not scored (fewer than half its items answered). */
  insufficient: number;
  /** Cronbach's alpha on the reverse-keyed item scores; null when it cannot be computed, or from too few. */
  alpha: number | null;
  /** Why alpha needs a second look: too few complete answer sets, or a negative value. */
  alphaNote: 'too few to say' | 'negative: items may be miskeyed or measure different things' | null;
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

const round2 = (value: number | null) => (value === null ? null : round(value));
const rounded = (s: Summary): Summary => ({
  n: s.n,
  mean: round2(s.mean),
  sd: round2(s.sd),
  min: round2(s.min),
  max: round2(s.max),
});

/** Alpha needs this many respondents who answered every item of the dimension to mean anything. */
export const MIN_FOR_ALPHA = 10;
/** A standard deviation needs at least this many scores. */
export const MIN_FOR_SD = 5;

function alphaOf(accumulator: AlphaAccumulator): Pick<DimensionSummary, 'alpha' | 'alphaNote'> {
  if (accumulator.completeRows() < MIN_FOR_ALPHA) return { alpha: null, alphaNote: 'too few to say' };
  const alpha = round2(accumulator.alpha());
  return {
    alpha,
    alphaNote: alpha !== null && alpha < 0 ? 'negative: items may be miskeyed or measure different things' : null,
  };
}

/** Statistics from too few scores are left out rather than shown as if they meant something. */
const enough = (s: Summary): Summary => (s.n < MIN_FOR_SD ? { ...s, sd: null } : s);

export class CohortAccumulator {
  private respondents = 0;
  private belowThreshold = 0;
  private readonly overall = new RunningStats();
  private readonly dims;

  constructor(bank: Bank) {
    this.dims = bank.dimensions.map((d) => {
      const items = bank.questions.flatMap((q, index) => (q.dimension === d.id ? [{ index, reverse: q.reverse }] : []));
      return {
        id: d.id,
        title: d.title,
        stats: new RunningStats(),
        alpha: new AlphaAccumulator(items, bank.scale),
        insufficient: 0,
      };
    });
  }

  /** One respondent: their scores, their answers in bank question order (NaN where missing), and whether they missed a threshold. */
  add(scores: ScoreRow, values: ArrayLike<number>, missed: boolean): void {
    this.respondents++;
    if (missed) this.belowThreshold++;
    // Statistics describe the scores as reported: whole numbers.
    if (scores.overall === scores.overall) this.overall.add(Math.round(scores.overall));
    for (let d = 0; d < this.dims.length; d++) {
      const dim = this.dims[d]!;
      const exact = scores.exact[d]!;
      if (exact !== exact) dim.insufficient++;
      else dim.stats.add(Math.round(exact));
      dim.alpha.add(values);
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
        ...enough(rounded(dim.stats.summary())),
        insufficient: dim.insufficient,
        ...alphaOf(dim.alpha),
      })),
      overall: enough(rounded(this.overall.summary())),
    };
  }
}
