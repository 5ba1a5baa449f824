import { describe, expect, it } from 'vitest';
import { describeMiss, judge, parseThresholds } from '../../src/scoring/thresholds.js';
import { score } from '../../src/scoring/score.js';
import { parsed } from '../helpers.js';

const { bank } = parsed();

describe('thresholds', () => {
  it('parses an overall threshold and dimension thresholds, whole numbers, 60% as 60', () => {
    expect(parseThresholds(['60', 'alpha=50', 'beta=70%'], bank)).toEqual({
      overall: 60,
      dimensions: { alpha: 50, beta: 70 },
      allowIncomplete: false,
    });
  });

  it('refuses unknown dimensions, values off 0–100, fractions, and asks whether 0.6 meant 60', () => {
    expect(() => parseThresholds(['alpah=50'], bank)).toThrow(
      '--fail-under alpah=50: "alpah" is not a dimension of mini (did you mean "alpha"?); dimensions: alpha, beta',
    );
    expect(() => parseThresholds(['120'], bank)).toThrow(
      '--fail-under 120: expected a whole score from 0 to 100, got "120"',
    );
    expect(() => parseThresholds(['beta='], bank)).toThrow('expected a whole score from 0 to 100, got ""');
    expect(() => parseThresholds(['0.6'], bank)).toThrow(
      '--fail-under 0.6: expected a whole score from 0 to 100, got "0.6" (did you mean 60?)',
    );
    expect(() => parseThresholds(['beta=70.5'], bank)).toThrow('got "70.5"');
  });

  it('judges dimensions and overall', () => {
    const scores = score(bank, { a1: 4, a2: 2, b1: 2, b2: 1 }); // alpha 75, beta 17, overall 46
    expect(judge(scores, parseThresholds(['40', 'alpha=75', 'beta=20'], bank))).toEqual([
      { target: 'beta', score: 17, threshold: 20 },
    ]);
    expect(judge(scores, parseThresholds(['50'], bank))).toEqual([{ target: 'overall', score: 46, threshold: 50 }]);
  });

  it('under any gate, a dimension with too few answers fails, and so does the overall score', () => {
    const partial = score(bank, { a1: 5, a2: 1 }); // alpha 100, beta not scored, overall 100
    expect(judge(partial, parseThresholds(['60'], bank)).map(describeMiss)).toEqual([
      'beta: not enough answers to judge',
      'overall: not enough answers to judge',
    ]);
    expect(judge(partial, parseThresholds(['alpha=50'], bank)).map(describeMiss)).toEqual([
      'beta: not enough answers to judge',
    ]);
    // --allow-incomplete: judged on what was answered.
    expect(judge(partial, parseThresholds(['60'], bank, true))).toEqual([]);
  });
});
