import { describe, expect, it } from 'vitest';
import { itemScore, score } from '../../src/scoring/score.js';
import { MINI_BANK_V2, parsed } from '../helpers.js';

// MINI_BANK: alpha = a1, a2 (reverse); beta = b1 (weight 2), b2. Scale 1–5.
const { bank } = parsed();

describe('score', () => {
  it('flips reverse-keyed answers (min + max − answer)', () => {
    expect(itemScore(1, true, bank.scale)).toBe(5);
    expect(itemScore(4, true, bank.scale)).toBe(2);
    expect(itemScore(4, false, bank.scale)).toBe(4);
  });

  it('computes means, 0–100 scores and bands by hand', () => {
    // alpha: a1 = 4, a2 = 2 reversed to 4 → mean 4 → (4−1)/4 = 75 → strength.
    // beta: b1 = 2 (weight 2), b2 = 5 → (2·2 + 5) / 3 = 3 → 50 → solid.
    const result = score(bank, { a1: 4, a2: 2, b1: 2, b2: 5 });
    expect(result.dimensions).toEqual([
      { id: 'alpha', title: 'Alpha', mean: 4, score: 75, band: 'strength', answered: 2, notApplicable: 0, total: 2 },
      { id: 'beta', title: 'Beta', mean: 3, score: 50, band: 'solid', answered: 2, notApplicable: 0, total: 2 },
    ]);
    expect(result.overall).toEqual({ score: 63, band: 'solid' }); // (75 + 50) / 2 = 62.5 → 63
    expect(result.strengths).toEqual(['alpha']);
    expect(result.developmentAreas).toEqual(['beta']);
  });

  it('applies weights to the mean', () => {
    // b1 = 5 (weight 2), b2 = 2 → (10 + 2) / 3 = 4 → 75.
    expect(score(bank, { a1: 1, a2: 5, b1: 5, b2: 2 }).dimensions[1]).toMatchObject({ mean: 4, score: 75 });
  });

  it('rounds the mean to two places and the score to a whole number', () => {
    // alpha: a1 = 3, a2 = 1 → 3 and 5 → 4 → 75; beta: b1 = 3 (×2), b2 = 4 → 10/3 = 3.33 → 58.33 → 58.
    const beta = score(bank, { a1: 3, a2: 1, b1: 3, b2: 4 }).dimensions[1]!;
    expect(beta.mean).toBe(3.33);
    expect(beta.score).toBe(58);
  });

  it('puts the lowest non-strength dimensions first as development areas', () => {
    const result = score(bank, { a1: 1, a2: 5, b1: 3, b2: 3 }); // alpha 0, beta 50
    expect(result.developmentAreas).toEqual(['alpha', 'beta']);
    expect(result.strengths).toEqual([]);
    expect(result.dimensions[0]!.band).toBe('development');
  });

  it('scores a dimension over answered items and flags one with fewer than half answered', () => {
    const result = score(bank, { a1: 5, b1: 4 }); // alpha 1 of 2 (half: scored), beta 1 of 2
    expect(result.dimensions[0]).toMatchObject({ mean: 5, score: 100, answered: 1, total: 2 });
    const none = score(bank, { a1: 5 });
    expect(none.dimensions[1]).toEqual({
      id: 'beta',
      title: 'Beta',
      mean: null,
      score: null,
      band: 'insufficient',
      answered: 0,
      notApplicable: 0,
      total: 2,
    });
    expect(none.overall).toEqual({ score: 100, band: 'strength' });
    expect(none.developmentAreas).toEqual([]);
  });

  it('has no overall score when nothing was answered', () => {
    expect(score(bank, {}).overall).toEqual({ score: null, band: 'insufficient' });
  });

  it('uses the bank bands', () => {
    const custom = { ...bank, bands: { solid: 20, strength: 40 } };
    // alpha 25 is solid from 20; beta 50 is a strength from 40; a1 = 1, a2 = 5 gives alpha 0.
    expect(score(custom, { a1: 2, a2: 4, b1: 3, b2: 3 }).dimensions.map((d) => d.band)).toEqual(['solid', 'strength']);
    expect(score(custom, { a1: 1, a2: 5, b1: 3, b2: 3 }).dimensions.map((d) => d.band)).toEqual([
      'development',
      'strength',
    ]);
  });
});

describe('"does not apply"', () => {
  const v2 = parsed(MINI_BANK_V2).bank;
  it('is neither an answer of 1 nor a blank: left out of the score, counted apart', () => {
    const result = score(v2, { a1: 4, b1: 2, b2: 2 }, ['a2', 'a3', 'b3']);
    expect(result.dimensions[0]).toMatchObject({
      id: 'alpha',
      score: null,
      band: 'insufficient',
      answered: 1,
      notApplicable: 2,
      total: 3,
    });
    expect(result.dimensions[1]).toMatchObject({ id: 'beta', score: 25, answered: 2, notApplicable: 1, total: 3 });
  });
});
