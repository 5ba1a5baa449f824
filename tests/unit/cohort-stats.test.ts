import { describe, expect, it } from 'vitest';
import { AlphaAccumulator } from '../../src/cohort/alpha.js';
import { RunningStats } from '../../src/cohort/stats.js';

describe('RunningStats', () => {
  it('gives n, mean, sample sd, min and max', () => {
    const stats = new RunningStats();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) stats.add(x);
    const s = stats.summary();
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12); // Σ(x − 5)² = 32, n − 1 = 7
    expect([s.min, s.max]).toEqual([2, 9]);
  });

  it('keeps the spread of many large, nearly equal scores', () => {
    // 10^6 scores of 99 and 100: Σx² and (Σx)²/n differ in their last digits, which doubles would lose.
    const stats = new RunningStats();
    for (let i = 0; i < 1_000_000; i++) stats.add(i % 2 ? 100 : 99);
    expect(stats.summary().mean).toBe(99.5);
    expect(stats.summary().sd).toBeCloseTo(Math.sqrt(0.25 * (1_000_000 / 999_999)), 14);
  });

  it('has no sd for one value and nothing for none', () => {
    const one = new RunningStats();
    one.add(3);
    expect(one.summary()).toEqual({ n: 1, mean: 3, sd: null, min: 3, max: 3 });
    expect(new RunningStats().summary()).toEqual({ n: 0, mean: null, sd: null, min: null, max: null });
  });
});

// Each case runs twice: summing every row, and counting complete rows by pattern on a 1–5 scale.
describe.each([
  ['summing rows', undefined],
  ['counting patterns', { min: 1, max: 5 }],
])("Cronbach's alpha, %s", (_, scale) => {
  it('matches a hand computation on complete data', () => {
    // Item variances 5/3, 9/4, 5/3 (trace 5.5833); total-score variance 16.25.
    // alpha = 3/2 · (1 − 5.5833/16.25) = 0.98462
    const alpha = new AlphaAccumulator(3, scale);
    for (const row of [
      [1, 2, 2],
      [2, 2, 3],
      [3, 4, 4],
      [4, 5, 5],
    ])
      alpha.add(row);
    expect(alpha.alpha()).toBeCloseTo(0.984615, 5);
  });

  it('uses pairwise-complete covariances with missing answers, as R psych does', () => {
    // Pairwise covariance matrix by hand:
    //   [2.1667 1.75   1.5   ]
    //   [1.75   1.8    1.8333]
    //   [1.5    1.8333 2.5   ]   trace 6.4667, sum 16.6333 → alpha = 1.5 · (1 − 6.4667/16.6333) = 0.91683
    const alpha = new AlphaAccumulator(3, scale);
    for (const row of [
      [1, 2, 2],
      [2, NaN, 1],
      [2, 2, 3],
      [3, 4, 4],
      [5, 4, NaN],
      [4, 5, 5],
    ])
      alpha.add(row);
    expect(alpha.alpha()).toBeCloseTo(0.916834, 5);
    expect(alpha.alpha()).toBeCloseTo(0.916834, 5); // asking twice changes nothing
  });

  it('gives the same answer however rows arrive, with a value off the pattern table', () => {
    const rows = [
      [1, 2, 2],
      [2, 2, 3],
      [3, 4, 4],
      [4, 5, 5],
      [2, 3, 3],
    ];
    const once = new AlphaAccumulator(3, scale);
    for (const row of rows) once.add(row);
    const split = new AlphaAccumulator(3, scale);
    for (const row of rows.slice(0, 2)) split.add(row);
    split.alpha();
    for (const row of rows.slice(2)) split.add(row);
    expect(split.alpha()).toBeCloseTo(once.alpha()!, 12);
    // 2.5 is not a whole answer: it is summed directly, and the result is the plain formula's.
    const mixed = new AlphaAccumulator(2, scale);
    for (const row of [
      [1, 2],
      [2.5, 3],
      [4, 4],
    ])
      mixed.add(row);
    const plain = new AlphaAccumulator(2);
    for (const row of [
      [1, 2],
      [2.5, 3],
      [4, 4],
    ])
      plain.add(row);
    expect(mixed.alpha()).toBeCloseTo(plain.alpha()!, 12);
  });

  it('is null when it cannot be computed', () => {
    const single = new AlphaAccumulator(1, scale);
    single.add([3]);
    single.add([4]);
    expect(single.alpha()).toBeNull();
    const oneRow = new AlphaAccumulator(2, scale);
    oneRow.add([1, 2]);
    expect(oneRow.alpha()).toBeNull();
    const flat = new AlphaAccumulator(2, scale);
    flat.add([3, 3]);
    flat.add([3, 3]);
    expect(flat.alpha()).toBeNull();
  });
});
