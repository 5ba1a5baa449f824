import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../src/cohort/entry.js';
import { CohortAccumulator } from '../../src/cohort/summary.js';
import { compileScorer, emptyScoreRow } from '../../src/scoring/score.js';
import { parsed } from '../helpers.js';

const { bank } = parsed();
const ids = bank.questions.map((q) => q.id);
const scorer = compileScorer(bank);
const add = (cohort: CohortAccumulator, answers: Record<string, number>, missed = false) => {
  const values = valuesOf(ids, answers);
  cohort.add(scorer.row(values, emptyScoreRow(bank.dimensions.length)), values, missed);
};

describe('CohortAccumulator', () => {
  it('summarises each dimension: n, mean, sd, min, max, alpha, insufficient', () => {
    const cohort = new CohortAccumulator(bank);
    // alpha scores: 75, 25, 50; beta: 50, 100, (not scored) — each set three times, enough to say.
    for (let i = 0; i < 4; i++) {
      add(cohort, { a1: 4, a2: 2, b1: 2, b2: 5 });
      add(cohort, { a1: 2, a2: 4, b1: 5, b2: 5 });
      add(cohort, { a1: 3, a2: 3 }, i === 0);
    }
    const summary = cohort.summary(2);
    expect(summary.belowThreshold).toBe(1);
    expect(summary.respondents).toBe(12);
    expect(summary.skipped).toBe(2);
    // 75, 25, 50 four times each: sample sd √(8 · 625 / 11) = 21.32.
    expect(summary.dimensions[0]).toEqual({
      id: 'alpha',
      title: 'Alpha',
      n: 12,
      mean: 50,
      sd: 21.32,
      min: 25,
      max: 75,
      insufficient: 0,
      alpha: 1,
      alphaNote: null,
    });
    // beta: 50 and 100 four times each; four respondents not scored; alpha from only 8 complete sets.
    expect(summary.dimensions[1]).toMatchObject({
      n: 8,
      mean: 75,
      min: 50,
      max: 100,
      insufficient: 4,
      alpha: null,
      alphaNote: 'too few to say',
    });
    // overall: 63, 63, 50 four times each → mean 58.67
    expect(summary.overall).toMatchObject({ n: 12, mean: 58.67, min: 50, max: 63 });
  });

  it('says too few to say below the minimum cohort, and flags a negative alpha', () => {
    const few = new CohortAccumulator(bank);
    add(few, { a1: 4, a2: 2, b1: 2, b2: 5 });
    add(few, { a1: 2, a2: 4, b1: 5, b2: 5 });
    expect(few.summary().dimensions[0]).toMatchObject({ alpha: null, alphaNote: 'too few to say', sd: null });
    const mixed = new CohortAccumulator(bank);
    // a1 and reversed a2 move against each other: the items disagree.
    for (let i = 0; i < 2; i++) {
      for (const [a1, a2] of [
        [5, 5],
        [1, 1],
        [4, 5],
        [2, 1],
        [3, 4],
        [3, 3],
      ] as const)
        add(mixed, { a1, a2 });
    }
    expect(mixed.summary().dimensions[0]!.alpha).toBeLessThan(0);
    expect(mixed.summary().dimensions[0]!.alphaNote).toBe(
      'negative: items may be miskeyed or measure different things',
    );
  });

  it('computes alpha on reverse-keyed item scores', () => {
    // a2 is reverse-keyed, so answers that disagree on the raw scale agree once flipped: alpha 1.
    const cohort = new CohortAccumulator(bank);
    for (let i = 0; i < 4; i++) {
      add(cohort, { a1: 1, a2: 5 });
      add(cohort, { a1: 3, a2: 3 });
      add(cohort, { a1: 5, a2: 1 });
    }
    expect(cohort.summary().dimensions[0]!.alpha).toBe(1);
  });
});
