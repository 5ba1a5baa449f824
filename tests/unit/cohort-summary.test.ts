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
    // alpha scores: 75, 25, 50; beta: 50, 100, (not scored)
    add(cohort, { a1: 4, a2: 2, b1: 2, b2: 5 });
    add(cohort, { a1: 2, a2: 4, b1: 5, b2: 5 });
    add(cohort, { a1: 3, a2: 3 }, true);
    const summary = cohort.summary(2);
    expect(summary.belowThreshold).toBe(1);
    expect(summary.respondents).toBe(3);
    expect(summary.skipped).toBe(2);
    expect(summary.dimensions[0]).toEqual({
      id: 'alpha',
      title: 'Alpha',
      n: 3,
      mean: 50,
      sd: 25,
      min: 25,
      max: 75,
      insufficient: 0,
      alpha: 1,
    });
    // beta has two scores: 50 and 100 → mean 75, sd √1250 = 35.36; one respondent not scored.
    expect(summary.dimensions[1]).toMatchObject({ n: 2, mean: 75, sd: 35.36, min: 50, max: 100, insufficient: 1 });
    // overall: A (75+50)/2 = 62.5 → 63; B (25+100)/2 = 62.5 → 63; C 50 → mean 58.67
    expect(summary.overall).toEqual({ n: 3, mean: 58.67, sd: 7.51, min: 50, max: 63 });
  });

  it('computes alpha on reverse-keyed item scores', () => {
    // a2 is reverse-keyed, so answers that disagree on the raw scale agree once flipped: alpha 1.
    const cohort = new CohortAccumulator(bank);
    add(cohort, { a1: 1, a2: 5 });
    add(cohort, { a1: 3, a2: 3 });
    add(cohort, { a1: 5, a2: 1 });
    expect(cohort.summary().dimensions[0]!.alpha).toBe(1);
  });
});
