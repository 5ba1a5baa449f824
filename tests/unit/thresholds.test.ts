import { describe, expect, it } from 'vitest';
import { describeMiss, judge, parseThresholds } from '../../src/scoring/thresholds.js';
import { score } from '../../src/scoring/score.js';
import { parsed } from '../helpers.js';

const { bank } = parsed();

describe('thresholds', () => {
  it('parses an overall threshold and dimension thresholds', () => {
    expect(parseThresholds(['60', 'alpha=50', 'beta=70.5'], bank)).toEqual({
      overall: 60,
      dimensions: { alpha: 50, beta: 70.5 },
    });
  });

  it('refuses unknown dimensions and values off 0–100', () => {
    expect(() => parseThresholds(['alpah=50'], bank)).toThrow(
      '--fail-under alpah=50: "alpah" is not a dimension of mini (did you mean "alpha"?); dimensions: alpha, beta',
    );
    expect(() => parseThresholds(['120'], bank)).toThrow('--fail-under 120: expected a score from 0 to 100, got "120"');
    expect(() => parseThresholds(['beta='], bank)).toThrow('expected a score from 0 to 100, got ""');
  });

  it('judges dimensions and overall, and counts too few answers as a miss', () => {
    const scores = score(bank, { a1: 4, a2: 2, b1: 2, b2: 1 }); // alpha 75, beta 17, overall 46
    expect(judge(scores, parseThresholds(['40', 'alpha=75', 'beta=20'], bank))).toEqual([
      { target: 'beta', score: 17, threshold: 20 },
    ]);
    expect(judge(scores, parseThresholds(['50'], bank))).toEqual([{ target: 'overall', score: 46, threshold: 50 }]);
    const partial = score(bank, { a1: 4 });
    expect(judge(partial, parseThresholds(['beta=10'], bank)).map(describeMiss)).toEqual([
      'beta: not enough answers to meet 10',
    ]);
  });
});
