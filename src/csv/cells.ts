/**
 * One CSV row's cells, read either from parsed strings or straight from the bytes of an unquoted
 * line. A large cohort is millions of one-digit cells: reading those from the bytes, without making
 * a string per cell, is most of what keeps batch scoring fast.
 */
export interface CsvCells {
  readonly length: number;
  text(index: number): string;
  /** The cell's value when it is exactly one ASCII digit, else -1 (read `text` then). */
  digit(index: number): number;
  /** The raw line, `bytes[start..end)`, when the cells come straight from bytes: a reader may try a quicker pass first. */
  readonly bytes?: Buffer;
  readonly start?: number;
  readonly end?: number;
}

const ZERO = 48;
const COMMA = 44;

/** Every cell's text: for a header row, which is read once. */
export function cellTexts(cells: CsvCells): string[] {
  return Array.from({ length: cells.length }, (_, index) => cells.text(index));
}

/** Cells that are already strings (a quoted piece parsed by papaparse, or a test). */
export function textCells(row: readonly string[]): CsvCells {
  return {
    length: row.length,
    text: (index) => row[index]!,
    digit(index) {
      const cell = row[index]!;
      if (cell.length !== 1) return -1;
      const digit = cell.charCodeAt(0) - ZERO;
      return digit >= 0 && digit <= 9 ? digit : -1;
    },
  };
}

/**
 * Cells of one line of a buffer with no quote character in it: the line is split at commas, when
 * a cell is first asked for (a reader that takes the quick pass never needs the split). One
 * instance is reused for every line, so a cohort allocates nothing per row for its cells.
 */
export class ByteCells implements CsvCells {
  bytes: Buffer = Buffer.alloc(0);
  start = 0;
  end = 0;
  private split = false;
  private count = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** Each cell's value when it is one digit, else -1: worked out in the same pass that finds the cells. */
  private digits = new Int32Array(64);

  /** Points at `bytes[start..end)`, a line without its line end. */
  load(bytes: Buffer, start: number, end: number): this {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.split = false;
    return this;
  }

  get length(): number {
    if (!this.split) this.splitCells();
    return this.count;
  }

  text(index: number): string {
    if (!this.split) this.splitCells();
    return this.bytes.toString('utf8', this.starts[index]!, this.ends[index]!);
  }

  digit(index: number): number {
    if (!this.split) this.splitCells();
    return this.digits[index]!;
  }

  private splitCells(): void {
    const { bytes, end } = this;
    let count = 0;
    let cellStart = this.start;
    for (let i = cellStart; i <= end; i++) {
      if (i < end && bytes[i] !== COMMA) continue;
      if (count === this.starts.length) this.grow();
      this.starts[count] = cellStart;
      this.ends[count] = i;
      const digit = i - cellStart === 1 ? bytes[cellStart]! - ZERO : -1;
      this.digits[count] = digit >= 0 && digit <= 9 ? digit : -1;
      count++;
      cellStart = i + 1;
    }
    this.count = count;
    this.split = true;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    for (const key of ['starts', 'ends', 'digits'] as const) {
      const bigger = new Int32Array(size);
      bigger.set(this[key]);
      this[key] = bigger;
    }
  }
}
