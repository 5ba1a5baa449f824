/**
 * One CSV row's cells, read straight from the bytes of a line, quoted or not. A large cohort is
 * millions of one-digit cells: reading those from the bytes, without making a string per cell, is
 * most of what keeps batch scoring fast, and it holds for the quoted files survey tools write.
 */
import { InputError } from '../errors.js';

export interface CsvCells {
  readonly length: number;
  text(index: number): string;
  /** The cell's value when it is exactly one ASCII digit, else -1 (read `text` then). */
  digit(index: number): number;
  /** The raw line, `bytes[start..end)`: a reader may try a quicker pass first. */
  readonly bytes?: Buffer;
  readonly start?: number;
  readonly end?: number;
  /** The separator between cells (a byte: `,`, `;` or tab). */
  readonly delimiter?: number;
}

export const QUOTE = 34;
export const COMMA = 44;
const ZERO = 48;

const strict = new TextDecoder('utf-8', { fatal: true });

/** Thrown when a cell is not valid UTF-8: the reader names the row and suggests --encoding. */
export class NotUtf8Error extends Error {
  constructor(readonly cell: number) {
    super('not UTF-8');
  }
}

/**
 * A cell's text: ASCII is decoded as latin1 (no UTF-8 checks needed, same text); anything else must
 * be valid UTF-8, never shown as replacement characters.
 */
export function decodeCell(bytes: Buffer, start: number, end: number, cell = 0): string {
  let ascii = true;
  for (let i = start; i < end; i++) if (bytes[i]! >= 128) ascii = false;
  if (ascii) return bytes.toString('latin1', start, end);
  try {
    return strict.decode(bytes.subarray(start, end));
  } catch {
    throw new NotUtf8Error(cell);
  }
}

/**
 * Where a quoted cell that opens at `at` (on its quote) closes: the index of the closing quote, or
 * -1 if the line ends first. `escaped` is set when a doubled quote stands for one.
 */
export function closingQuote(bytes: Buffer, at: number, end: number, found: { escaped: boolean }): number {
  for (let i = at + 1; i < end; i++) {
    if (bytes[i] !== QUOTE) continue;
    if (i + 1 < end && bytes[i + 1] === QUOTE) {
      found.escaped = true;
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** Every cell's text: for a header row, which is read once. */
export function cellTexts(cells: CsvCells): string[] {
  return Array.from({ length: cells.length }, (_, index) => cells.text(index));
}

/** Cells that are already strings (a test, or a header matched by hand). */
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
 * Cells of one line of a buffer, split when a cell is first asked for (a reader that takes the
 * quick pass never needs the split). A cell that opens with a quote runs to its closing quote, and
 * a doubled quote inside stands for one; a quote anywhere else is an ordinary character, as
 * spreadsheets read it. One instance is reused for every line, so a cohort allocates nothing per
 * row for its cells.
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
  /** 1 where a quoted cell holds doubled quotes to undo. */
  private escapes = new Uint8Array(64);
  private readonly found = { escaped: false };

  constructor(readonly delimiter = COMMA) {}

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
    const text = decodeCell(this.bytes, this.starts[index]!, this.ends[index]!, index);
    return this.escapes[index] ? text.replaceAll('""', '"') : text;
  }

  digit(index: number): number {
    if (!this.split) this.splitCells();
    return this.digits[index]!;
  }

  private splitCells(): void {
    const { bytes, end, delimiter, found } = this;
    let count = 0;
    let at = this.start;
    for (;;) {
      if (count === this.starts.length) this.grow();
      let cellStart = at;
      let cellEnd: number;
      let next: number;
      found.escaped = false;
      const close = at < end && bytes[at] === QUOTE ? closingQuote(bytes, at, end, found) : -1;
      if (close !== -1) {
        cellStart = at + 1;
        cellEnd = close;
        // Anything between the closing quote and the separator is dropped, as spreadsheets do.
        next = close + 1;
        while (next < end && bytes[next] !== delimiter) next++;
      } else {
        next = at;
        while (next < end && bytes[next] !== delimiter) next++;
        cellEnd = next;
      }
      this.starts[count] = cellStart;
      this.ends[count] = cellEnd;
      this.escapes[count] = found.escaped ? 1 : 0;
      const digit = cellEnd - cellStart === 1 ? bytes[cellStart]! - ZERO : -1;
      this.digits[count] = digit >= 0 && digit <= 9 ? digit : -1;
      count++;
      if (next >= end) break;
      at = next + 1;
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
    const escapes = new Uint8Array(size);
    escapes.set(this.escapes);
    this.escapes = escapes;
  }
}

/** The row and column of a cell that is not UTF-8, as a user's problem with a way out. */
export function notUtf8(file: string, line: number, cell: number): InputError {
  return new InputError([
    {
      file,
      line,
      col: cell + 1,
      path: '',
      message:
        'this text is not UTF-8; a file saved by Excel is often Windows-1252: try --encoding windows-1252 (or save it as "CSV UTF-8")',
    },
  ]);
}
