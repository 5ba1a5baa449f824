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

  it('has no sd for one value and nothing for none', () => {
    const one = new RunningStats();
    one.add(3);
    expect(one.summary()).toEqual({ n: 1, mean: 3, sd: null, min: 3, max: 3 });
    expect(new RunningStats().summary()).toEqual({ n: 0, mean: null, sd: null, min: null, max: null });
  });
});

describe("Cronbach's alpha", () => {
  it('matches a hand computation on complete data', () => {
    // Item variances 5/3, 9/4, 5/3 (trace 5.5833); total-score variance 16.25.
    // alpha = 3/2 · (1 − 5.5833/16.25) = 0.98462
    const alpha = new AlphaAccumulator(3);
    for (const row of [[1, 2, 2], [2, 2, 3], [3, 4, 4], [4, 5, 5]]) alpha.add(row);
    expect(alpha.alpha()).toBeCloseTo(0.984615, 5);
  });

  it('uses pairwise-complete covariances with missing answers, as R psych does', () => {
    // Pairwise covariance matrix by hand:
    //   [2.1667 1.75   1.5   ]
    //   [1.75   1.8    1.8333]
    //   [1.5    1.8333 2.5   ]   trace 6.4667, sum 16.6333 → alpha = 1.5 · (1 − 6.4667/16.6333) = 0.91683
    const alpha = new AlphaAccumulator(3);
    for (const row of [[1, 2, 2], [2, 2, 3], [3, 4, 4], [4, 5, 5], [2, undefined, 1], [5, 4, undefined]]) alpha.add(row);
    expect(alpha.alpha()).toBeCloseTo(0.916834, 5);
  });

  it('is null when it cannot be computed', () => {
    const single = new AlphaAccumulator(1);
    single.add([3]);
    single.add([4]);
    expect(single.alpha()).toBeNull();
    const oneRow = new AlphaAccumulator(2);
    oneRow.add([1, 2]);
    expect(oneRow.alpha()).toBeNull();
    const flat = new AlphaAccumulator(2);
    flat.add([3, 3]);
    flat.add([3, 3]);
    expect(flat.alpha()).toBeNull();
  });
});
