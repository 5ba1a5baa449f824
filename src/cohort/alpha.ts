/**
 * Cronbach's alpha, streamed. It matches R psych's `raw_alpha`: alpha = k/(k−1) · (1 − tr(C)/ΣC),
 * where C is the item covariance matrix computed pairwise (R's `use = "pairwise"`): each covariance
 * over the respondents who answered both items, each variance over those who answered that item.
 */
export class AlphaAccumulator {
  private readonly k: number;
  // For each pair (i ≤ j): count, Σxi, Σxj and Σxi·xj over respondents who answered both.
  private readonly n: Float64Array;
  private readonly si: Float64Array;
  private readonly sj: Float64Array;
  private readonly sij: Float64Array;

  constructor(items: number) {
    this.k = items;
    const size = items * items;
    this.n = new Float64Array(size);
    this.si = new Float64Array(size);
    this.sj = new Float64Array(size);
    this.sij = new Float64Array(size);
  }

  /** One respondent's item scores (already reverse-keyed); undefined for a missing answer. */
  add(scores: readonly (number | undefined)[]): void {
    const { k } = this;
    for (let i = 0; i < k; i++) {
      const x = scores[i];
      if (x === undefined) continue;
      for (let j = i; j < k; j++) {
        const y = scores[j];
        if (y === undefined) continue;
        const cell = i * k + j;
        this.n[cell]! += 1;
        this.si[cell]! += x;
        this.sj[cell]! += y;
        this.sij[cell]! += x * y;
      }
    }
  }

  private covariance(i: number, j: number): number | null {
    const cell = Math.min(i, j) * this.k + Math.max(i, j);
    const n = this.n[cell]!;
    if (n < 2) return null;
    return (this.sij[cell]! - (this.si[cell]! * this.sj[cell]!) / n) / (n - 1);
  }

  /** null when it cannot be computed: fewer than two items, too few respondents, or no variance. */
  alpha(): number | null {
    const { k } = this;
    if (k < 2) return null;
    let trace = 0;
    let total = 0;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const c = this.covariance(i, j);
        if (c === null) return null;
        total += c;
        if (i === j) trace += c;
      }
    }
    if (total <= 0) return null;
    return (k / (k - 1)) * (1 - trace / total);
  }
}
