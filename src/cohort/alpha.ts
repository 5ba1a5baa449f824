/**
 * Cronbach's alpha, streamed. It matches R psych's `raw_alpha`: alpha = k/(k−1) · (1 − tr(C)/ΣC),
 * where C is the item covariance matrix computed pairwise (R's `use = "pairwise"`): each covariance
 * over the respondents who answered both items, each variance over those who answered that item.
 *
 * Most respondents answer every item, so complete rows share one count and one sum per item, and
 * only rows with gaps pay for per-pair bookkeeping; the two are added together at the end. On a
 * small scale, complete rows are only counted by their pattern of answers (5 items on a 5-point
 * scale have 3,125 patterns), and the patterns are turned into sums when alpha is asked for: a
 * large cohort then costs a few additions per row instead of a product per pair of items.
 */

/** Above this many patterns, complete rows are summed as they come instead. */
const MAX_PATTERNS = 65_536;

/** An item: where its answer sits in a row of values, and whether it is reverse-keyed. */
export interface AlphaItem {
  index: number;
  reverse: boolean;
}

export class AlphaAccumulator {
  private readonly k: number;
  private readonly index: Int32Array;
  private readonly reverse: Uint8Array;
  private readonly flip: number;
  /** One row's item scores (reverse-keyed; NaN when missing), reused. */
  private readonly scores: Float64Array;
  // Complete rows: their count, Σx per item, and Σxi·xj per pair (i ≤ j).
  private complete = 0;
  private readonly sum: Float64Array;
  private readonly product: Float64Array;
  // Rows with a gap: per pair (i ≤ j), count, Σxi, Σxj and Σxi·xj over rows that answered both.
  private readonly n: Float64Array;
  private readonly si: Float64Array;
  private readonly sj: Float64Array;
  private readonly sij: Float64Array;
  // Complete rows of whole answers on the scale, counted by pattern (null when there are too many).
  private readonly patterns: Float64Array | null;
  private readonly lowest: number;
  private readonly levels: number;

  /**
   * `items`: the items' places in a row, or a count for rows that hold just these items in order.
   * `scale`: the answers' range; it is needed to flip reverse-keyed items, and allows counting patterns.
   */
  constructor(items: number | readonly AlphaItem[], scale?: { min: number; max: number }) {
    const list =
      typeof items === 'number' ? Array.from({ length: items }, (_, index) => ({ index, reverse: false })) : items;
    if (!scale && list.some((item) => item.reverse)) throw new Error('reverse-keyed items need the scale');
    const k = list.length;
    this.k = k;
    this.index = Int32Array.from(list, (item) => item.index);
    this.reverse = Uint8Array.from(list, (item) => (item.reverse ? 1 : 0));
    this.flip = scale ? scale.min + scale.max : 0;
    this.scores = new Float64Array(k);
    this.lowest = scale?.min ?? 0;
    this.levels = scale ? scale.max - scale.min + 1 : 0;
    this.patterns = scale && this.levels ** k <= MAX_PATTERNS ? new Float64Array(this.levels ** k) : null;
    this.sum = new Float64Array(k);
    this.product = new Float64Array(k * k);
    this.n = new Float64Array(k * k);
    this.si = new Float64Array(k * k);
    this.sj = new Float64Array(k * k);
    this.sij = new Float64Array(k * k);
  }

  /** One respondent's row of answers (NaN where missing), in the layout the items name. */
  add(values: ArrayLike<number>): void {
    const { k, index, reverse, flip, scores, patterns } = this;
    if (patterns) {
      // The pattern's number, read as digits of base `levels`; -1 unless every answer is a whole
      // number on the scale. `level >>> 0 !== level` is true for a fraction, a negative and NaN
      // (a missing answer) alike.
      const { levels, lowest } = this;
      let key = 0;
      for (let i = 0; i < k; i++) {
        const answer = values[index[i]!]!;
        const level = (reverse[i] ? flip - answer : answer) - lowest;
        if (level >>> 0 !== level || level >= levels) {
          key = -1;
          break;
        }
        key = key * levels + level;
      }
      if (key !== -1) {
        patterns[key]! += 1;
        return;
      }
    }
    let whole = true;
    for (let i = 0; i < k; i++) {
      const answer = values[index[i]!]!;
      scores[i] = reverse[i] ? flip - answer : answer;
      if (answer !== answer) whole = false;
    }
    if (whole) this.addComplete(scores, 1);
    else this.addGapped(scores);
  }

  private addComplete(scores: ArrayLike<number>, rows: number): void {
    const { k } = this;
    this.complete += rows;
    for (let i = 0; i < k; i++) {
      const x = scores[i]!;
      this.sum[i]! += rows * x;
      for (let j = i; j < k; j++) this.product[i * k + j]! += rows * x * scores[j]!;
    }
  }

  private addGapped(scores: ArrayLike<number>): void {
    const { k } = this;
    for (let i = 0; i < k; i++) {
      const x = scores[i]!;
      if (x !== x) continue;
      for (let j = i; j < k; j++) {
        const y = scores[j]!;
        if (y !== y) continue;
        const cell = i * k + j;
        this.n[cell]! += 1;
        this.si[cell]! += x;
        this.sj[cell]! += y;
        this.sij[cell]! += x * y;
      }
    }
  }

  /** How many respondents answered every item. */
  completeRows(): number {
    this.fold();
    return this.complete;
  }

  /** Moves the pattern counts into the complete rows' sums. */
  private fold(): void {
    const { patterns, k, levels, lowest } = this;
    if (!patterns) return;
    const scores = new Float64Array(k);
    for (let key = 0; key < patterns.length; key++) {
      const rows = patterns[key]!;
      if (rows === 0) continue;
      patterns[key] = 0;
      for (let i = k - 1, rest = key; i >= 0; i--, rest = Math.floor(rest / levels))
        scores[i] = (rest % levels) + lowest;
      this.addComplete(scores, rows);
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
    this.fold();
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
