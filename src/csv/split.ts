/**
 * CSV bytes to rows of cells, all from the bytes: no parser library, no string per cell. Bytes
 * without a quote character are split at line ends natively; bytes with quotes are read line by
 * line, each line offered to a quick reader first and walked byte by byte for its true end only
 * when it refuses it. What follows the last whole line waits for the next chunk. Waiting for a slow
 * consumer happens between rows, so memory stays flat. The separator (`,`, `;` or tab, or a `sep=`
 * first line) and old Mac line ends (CR alone) are recognised from the start of the file.
 */
import { InputError } from '../errors.js';
import { Carry } from './carry.js';
import { ByteCells, COMMA, NotUtf8Error, notUtf8, QUOTE, type CsvCells } from './cells.js';

/** Where CSV text comes from: its chunks, a name for messages, and how to stop reading it early. */
export interface CsvSource {
  label: string;
  chunks: AsyncIterable<Uint8Array | string>;
  /** Its length in bytes, when known (a file): the rows to expect are guessed from it. */
  size?: number;
  /** Called when reading stops before the end (a file is closed; stdin is left alone). */
  close(): void;
}

/** Returned by a row handler to stop reading. */
export const STOP = Symbol('stop');

/**
 * Handles a row (1-based row number); a returned promise is awaited before the next row. The cells
 * are valid only during the call: the next row reuses them.
 */
export type RowHandler = (row: CsvCells, rowNumber: number) => Promise<void | typeof STOP> | undefined | typeof STOP;

export interface SplitOptions {
  /** The separator; found from the header when not given. */
  delimiter?: number;
  /** Told the file's shape as soon as it is known, before the first row. */
  onShape?(shape: CsvShape): void;
  /** Told how many rows to expect, guessed from the first chunk, when the source's size is known. */
  onRows?(rows: number): void;
  /**
   * A quicker handler, offered each line first, found at the next LF without regard to quotes: it
   * returns false unless it read `bytes[start..end)` whole as a well-formed row, whose quotes then
   * balance, so the LF does end the line. onRow is then not called for that line; any other line is
   * (in bytes with quotes, walked for its true end and) handed to onRow.
   */
  quick?(bytes: Buffer, start: number, end: number, rowNumber: number): ReturnType<RowHandler> | false;
}

/** What was found about the file's shape, for --explain. */
export interface CsvShape {
  delimiter: number;
  /** Line ends: LF, CRLF, or CR alone. */
  lineEnds: 'LF' | 'CRLF' | 'CR';
  /** A `sep=` first line said the separator. */
  sepLine: boolean;
  bom: boolean;
}

const LF = 10;
const CR = 13;
const TAB = 9;
const SEMICOLON = 59;
const DELIMITERS = [COMMA, SEMICOLON, TAB];

/**
 * The longest row read: a survey's widest header is a few hundred KiB. Past it the file is not a
 * CSV (or a quote is missing), and waiting for a line end would only copy ever more bytes.
 */
export const MAX_ROW_BYTES = 1024 * 1024;

// Where the scan is within a line: at a cell's start, in an unquoted cell, in a quoted one, or just
// after a quote inside a quoted one (which either closes it or, doubled, stands for a quote).
const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

/**
 * Walks `bytes` from `from` in `state`, pushing every line end outside quotes onto `ends` (only the
 * first, with `firstOnly`); returns the state where it stopped. A quote opens a quoted cell only at a
 * cell's start; in one, a doubled quote stands for a quote. Lines the quick reader refuses are walked
 * here, so inside a quoted cell it jumps to the next quote natively.
 */
function lineEndsFrom(
  bytes: Buffer,
  from: number,
  state: number,
  delimiter: number,
  ends: number[],
  firstOnly = false,
): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    if (state === QUOTED) {
      // Most quoted cells are short (a digit, an id): a few steps by hand, then a native search,
      // which costs more than it saves on a handful of bytes.
      const near = Math.min(n, i + 16);
      while (i < near && bytes[i] !== QUOTE) i++;
      const q = i < near ? i : bytes.indexOf(QUOTE, i);
      if (q === -1) return QUOTED;
      state = AFTER_QUOTE;
      i = q + 1;
      continue;
    }
    const byte = bytes[i]!;
    if (byte === QUOTE && state !== UNQUOTED) {
      // A quoted cell of one character ("3"), most of a survey export, in one step.
      if (i + 2 < n && bytes[i + 2] === QUOTE && bytes[i + 1] !== QUOTE) {
        state = AFTER_QUOTE;
        i += 3;
        continue;
      }
      state = QUOTED;
    } else if (byte === delimiter) state = START;
    else if (byte === LF) {
      ends.push(i);
      if (firstOnly) return START;
      state = START;
    } else state = UNQUOTED;
    i++;
  }
  return state;
}

/** The state at the end of `bytes`, walked from `from` in `state`. */
const walk = (state: number, bytes: Buffer, from: number, delimiter: number) =>
  lineEndsFrom(bytes, from, state, delimiter, []);

/** The rows in `size` bytes that begin as `first` does: its lines, scaled to the whole. */
function guessRows(first: Buffer, size: number): number {
  let lines = 1;
  for (let lf = first.indexOf(LF); lf !== -1; lf = first.indexOf(LF, lf + 1)) lines++;
  return size <= first.length ? lines : Math.ceil((lines * size) / first.length);
}

/** Whether `bytes` holds nothing but spaces, tabs and line ends. */
function blank(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c !== 32 && c !== TAB && c !== CR && c !== LF) return false;
  }
  return true;
}

/** The separator the header line uses most, outside quotes: `,`, `;` or tab (a comma on a tie). */
function detectDelimiter(bytes: Buffer): number {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) quoted = !quoted;
    else if (c === LF && !quoted) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), COMMA);
}

export async function readCsv(source: CsvSource, onRow: RowHandler, options: SplitOptions = {}): Promise<CsvShape> {
  const { label } = source;
  // Checked once a chunk, where bytes wait for a line end, never once a row.
  const tooLong = (waiting: Buffer, quoted: boolean): InputError | undefined => {
    if (waiting.length <= MAX_ROW_BYTES) return undefined;
    const limit = `${MAX_ROW_BYTES / 1024 / 1024} MiB`;
    const message = quoted
      ? `a quoted field runs on for more than ${limit} (is a " missing?)`
      : `a row is longer than ${limit} without a line end; is this a CSV file?`;
    source.close();
    return new InputError([{ file: label, line: rowNumber + 1, col: 1, path: '', message }]);
  };
  const carry = new Carry();
  let guessed = false;
  let rowNumber = 0;
  let shape: CsvShape | undefined;
  let cells: ByteCells;

  /** Turns a cell that is not UTF-8 into the user's error, with its row. */
  const named = (error: unknown): never => {
    if (error instanceof NotUtf8Error) throw notUtf8(label, rowNumber, error.cell);
    throw error;
  };

  /** One line, without its line end; empty lines are counted but not handed on. */
  const line = (piece: Buffer, from: number, to: number): ReturnType<RowHandler> => {
    const end = to > from && piece[to - 1] === CR ? to - 1 : to;
    rowNumber++;
    if (end === from) return undefined;
    // Awaited only when the handler asks: a promise per row would cost more than the row.
    try {
      return onRow(cells.load(piece, from, end), rowNumber);
    } catch (error) {
      return named(error);
    }
  };

  /**
   * Offers the line `bytes[start..lf)` to the quick handler: its outcome if it took the line, else
   * false (and an empty line is never offered).
   */
  const offer = (bytes: Buffer, start: number, lf: number): ReturnType<RowHandler> | false => {
    const end = lf > start && bytes[lf - 1] === CR ? lf - 1 : lf;
    if (!options.quick || end === start) return false;
    try {
      const outcome = options.quick(bytes, start, end, rowNumber + 1);
      if (outcome !== false) rowNumber++;
      return outcome;
    } catch (error) {
      rowNumber++;
      return named(error);
    }
  };

  /** Hands on the lines of a piece without quotes (or, with `ends`, at those line ends), the last ending at its end. */
  const parsePiece = async (piece: Buffer, ends?: readonly number[]): Promise<boolean> => {
    let start = 0;
    for (let n = 0; start <= piece.length; n++) {
      let next: number;
      if (ends) {
        next = n < ends.length ? ends[n]! : piece.length;
      } else {
        const lf = piece.indexOf(LF, start);
        next = lf === -1 ? piece.length : lf;
      }
      let outcome = offer(piece, start, next);
      if (outcome === false) outcome = line(piece, start, next);
      start = next + 1;
      if (outcome === STOP || (outcome && (await outcome) === STOP)) return false;
    }
    return true;
  };

  /**
   * Hands on the whole lines of `buffer`, which has quotes. Each line is first taken to end at the
   * next LF, and the quick handler tries it; only a line it does not take is walked byte by byte for
   * the LF that ends it outside quotes. So a survey export with every field quoted is read in one
   * pass, not walked once for its line ends and again for its cells. Returns where the bytes still
   * waiting for a line end begin, and whether a quote is open there; -1 when reading stopped.
   */
  const parseQuoted = async (buffer: Buffer): Promise<{ rest: number; open: boolean }> => {
    const ends: number[] = [];
    let start = 0;
    while (start < buffer.length) {
      let lf = buffer.indexOf(LF, start);
      if (lf === -1) return { rest: start, open: walk(START, buffer, start, shape!.delimiter) >= QUOTED };
      let outcome = offer(buffer, start, lf);
      if (outcome === false) {
        ends.length = 0;
        const state = lineEndsFrom(buffer, start, START, shape!.delimiter, ends, true);
        if (!ends.length) return { rest: start, open: state >= QUOTED };
        lf = ends[0]!;
        outcome = line(buffer, start, lf);
      }
      start = lf + 1;
      if (outcome === STOP || (outcome && (await outcome) === STOP)) return { rest: -1, open: false };
    }
    return { rest: buffer.length, open: false };
  };

  /** The file's shape, from its first bytes: BOM, a `sep=` line, line ends, separator. */
  const recognise = (buffer: Buffer): Buffer => {
    const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
    let rest = bom ? buffer.subarray(3) : buffer;
    const lf = rest.indexOf(LF);
    const cr = rest.indexOf(CR);
    const lineEnds = cr !== -1 && (lf === -1 || cr < lf - 1) ? 'CR' : cr !== -1 && cr === lf - 1 ? 'CRLF' : 'LF';
    const sep = /^sep=(.)\r?(?:\n|\r|$)/.exec(rest.subarray(0, 8).toString('latin1'));
    let delimiter = options.delimiter;
    if (sep) {
      delimiter ??= sep[1]!.charCodeAt(0);
      rowNumber++; // the `sep=` line is the file's first line
      rest = rest.subarray(sep[0].length);
    }
    shape = { delimiter: delimiter ?? detectDelimiter(rest), lineEnds, sepLine: Boolean(sep), bom };
    cells = new ByteCells(shape.delimiter);
    options.onShape?.(shape);
    return rest;
  };

  // Iterated by hand: leaving a for-await loop early would destroy the stream, stdin included.
  const chunks = source.chunks[Symbol.asyncIterator]();
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    const chunk = next.value;
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let buffer = carry.join(bytes);
    // The first line must be whole to tell the separator (and a `sep=` line) apart.
    if (!shape) {
      // A CR at the very end may yet be followed by an LF: wait for the next bytes to tell.
      const cr = buffer.indexOf(CR);
      if (buffer.indexOf(LF) === -1 && (cr === -1 || cr === buffer.length - 1)) {
        const error = tooLong(buffer, false);
        if (error) throw error;
        carry.keep(buffer, 0);
        continue;
      }
      buffer = recognise(buffer);
    }
    // Old Mac files end lines with CR alone: read them as LF.
    if (shape!.lineEnds === 'CR') buffer = Buffer.from(buffer).map((c) => (c === CR ? LF : c)) as Buffer;
    if (!guessed && source.size !== undefined) options.onRows?.(guessRows(buffer, source.size));
    guessed = true;
    // The bytes after the last whole line wait for the next chunk. Without a quote, lines end at
    // every LF, found natively; with quotes, they are read line by line.
    let rest: number;
    let open = false;
    if (buffer.indexOf(QUOTE) === -1) {
      rest = buffer.lastIndexOf(LF) + 1;
      if (rest > 0 && !(await parsePiece(buffer.subarray(0, rest - 1)))) rest = -1;
    } else {
      ({ rest, open } = await parseQuoted(buffer));
    }
    if (rest === -1) {
      source.close();
      return shape!;
    }
    const error = tooLong(buffer.subarray(rest), open);
    if (error) throw error;
    // Only now: the rest is carried in the buffer the lines may lie in.
    carry.keep(buffer, rest);
  }
  let pending = carry.bytes();
  if (!shape) {
    // No line end at all: one line, or nothing.
    pending = recognise(pending);
  }
  const ends: number[] = [];
  if (lineEndsFrom(pending, 0, START, shape!.delimiter, ends) === QUOTED) {
    throw new InputError([
      {
        file: label,
        line: rowNumber + 1,
        col: 1,
        path: '',
        message: 'a quoted field is never closed (a " is missing)',
      },
    ]);
  }
  if (!blank(pending)) await parsePiece(pending, ends);
  return shape!;
}
