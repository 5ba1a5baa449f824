/**
 * Cronbach's alpha, streamed. It matches R psych's `raw_alpha`: alpha = k/(k−1) · (1 − tr(C)/ΣC),
 * where C is the item covariance matrix computed pairwise (R's `use = "pairwise"`): each covariance
 * over the respondents who answered both items, each variance over those who answered that item.
 *
 * Most respondents answer every item, so complete rows share one count and one sum per item, and
 * only rows with gaps pay for per-pair bookkeeping; the two are added together at the end.
 */
export class AlphaAccumulator {
  private readonly k: number;
  // Complete rows: their count, Σx per item, and Σxi·xj per pair (i ≤ j).
  private complete = 0;
  private readonly sum: Float64Array;
  private readonly product: Float64Array;
  // Rows with a gap: per pair (i ≤ j), count, Σxi, Σxj and Σxi·xj over rows that answered both.
  private readonly n: Float64Array;
  private readonly si: Float64Array;
  private readonly sj: Float64Array;
  private readonly sij: Float64Array;

  constructor(items: number) {
    this.k = items;
    const size = items * items;
    this.sum = new Float64Array(items);
    this.product = new Float64Array(size);
    this.n = new Float64Array(size);
    this.si = new Float64Array(size);
    this.sj = new Float64Array(size);
    this.sij = new Float64Array(size);
  }

  /** One respondent's item scores (already reverse-keyed); undefined for a missing answer. */
  add(scores: readonly (number | undefined)[]): void {
    const { k } = this;
    let whole = true;
    for (let i = 0; i < k; i++) if (scores[i] === undefined) whole = false;
    if (whole) {
      this.complete++;
      for (let i = 0; i < k; i++) {
        const x = scores[i]!;
        this.sum[i]! += x;
        for (let j = i; j < k; j++) this.product[i * k + j]! += x * scores[j]!;
      }
      return;
    }
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
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const cell = a * this.k + b;
    const n = this.n[cell]! + this.complete;
    if (n < 2) return null;
    const sa = this.si[cell]! + this.sum[a]!;
    const sb = this.sj[cell]! + this.sum[b]!;
    return (this.sij[cell]! + this.product[cell]! - (sa * sb) / n) / (n - 1);
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
