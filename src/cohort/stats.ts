/** Running n, mean, standard deviation, min and max in one pass (Welford), so cohorts stream. */
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
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;

  add(value: number): void {
    this.n++;
    const delta = value - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (value - this.mean);
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  summary(): Summary {
    if (this.n === 0) return { n: 0, mean: null, sd: null, min: null, max: null };
    return {
      n: this.n,
      mean: this.mean,
      sd: this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : null,
      min: this.min,
      max: this.max,
    };
  }
}
