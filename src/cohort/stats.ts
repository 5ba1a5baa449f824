/**
 * Running n, mean, standard deviation, min and max in one pass, so cohorts stream. The values are
 * whole scores, so their sums are kept exactly (no division per value, as Welford's update needs),
 * and the spread is worked out in integers at the end.
 */
export interface Summary {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null below two values. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export class RunningStats {
  private n = 0;
  private sum = 0;
  private squares = 0;
  private min = Infinity;
  private max = -Infinity;

  add(value: number): void {
    this.n++;
    this.sum += value;
    this.squares += value * value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  summary(): Summary {
    const { n, sum, squares } = this;
    if (n === 0) return { n: 0, mean: null, sd: null, min: null, max: null };
    return {
      n,
      mean: sum / n,
      sd: n > 1 ? Math.sqrt(spread(n, sum, squares) / (n * (n - 1))) : null,
      min: this.min,
      max: this.max,
    };
  }
}

/**
 * n·Σx² − (Σx)², which is n(n − 1) times the sample variance. For whole numbers it is worked out
 * in integers: the two terms are large and nearly equal, and doubles would lose the difference.
 */
function spread(n: number, sum: number, squares: number): number {
  if (Number.isSafeInteger(sum) && Number.isSafeInteger(squares))
    return Number(BigInt(n) * BigInt(squares) - BigInt(sum) ** 2n);
  return Math.max(0, n * squares - sum * sum);
}
