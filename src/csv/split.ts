/**
 * CSV text to rows of cells. The bytes are cut into pieces at line ends that lie outside quotes. A
 * piece without a quote character is split at line ends and commas straight from its bytes;
 * papaparse parses any piece with one. Waiting for a slow consumer happens between rows, so memory
 * stays flat without pausing the parser mid-stream (which made papaparse re-parse, quadratically).
 */
import { InputError } from '../errors.js';
import { ByteCells, textCells, type CsvCells } from './cells.js';

/** Where CSV text comes from: its chunks, a name for messages, and how to stop reading it early. */
export interface CsvSource {
  label: string;
  chunks: AsyncIterable<Uint8Array | string>;
  /** Called when reading stops before the end (a file is closed; stdin is left alone). */
  close(): void;
}

/** Returned by a row handler to stop reading. */
export const STOP = Symbol('stop');

/**
 * Handles a row (1-based row number); a returned promise is awaited before the next row. The cells
 * are valid only during the call: the next row reuses them.
 */
export type RowHandler = (row: CsvCells, rowNumber: number) => Promise<void> | undefined | typeof STOP;

// Loaded only when a piece has a quote: most cohort files have none, and start-up matters.
let papa: typeof import('papaparse') | undefined;
const papaparse = async () => (papa ??= (await import('papaparse')).default);

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Whether `bytes` holds nothing but spaces, tabs and line ends. */
function blank(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c !== 32 && c !== 9 && c !== CR && c !== LF) return false;
  }
  return true;
}

export async function readCsv(source: CsvSource, onRow: RowHandler): Promise<void> {
  const { label } = source;
  let pending: Buffer | undefined;
  let scanned = 0;
  let inQuotes = false;
  let newline: '\n' | '\r\n' | undefined;
  let rowNumber = 0;
  let bomChecked = false;
  const cells = new ByteCells();

  // A piece without quotes is read line by line from its bytes; papaparse reads any piece with one.
  const parsePiece = async (piece: Buffer): Promise<boolean> => {
    if (piece.indexOf(QUOTE) !== -1) {
      const text = piece.toString('utf8');
      newline ??= text.includes('\r\n') ? '\r\n' : '\n';
      const Papa = await papaparse();
      const rows = Papa.parse<string[]>(newline === '\r\n' && text.endsWith('\r') ? text.slice(0, -1) : text, {
        newline,
      }).data;
      for (const row of rows) {
        rowNumber++;
        if (row.length === 1 && row[0] === '') continue; // an empty line
        const outcome = onRow(textCells(row), rowNumber);
        if (outcome === STOP) return false;
        if (outcome) await outcome;
      }
      return true;
    }
    for (let start = 0; start <= piece.length;) {
      const lineStart = start;
      const lf = piece.indexOf(LF, lineStart);
      const next = lf === -1 ? piece.length : lf;
      const end = next > lineStart && piece[next - 1] === CR ? next - 1 : next;
      rowNumber++;
      start = next + 1;
      if (end === lineStart) continue; // an empty line
      // Awaited only when the handler asks: a promise per row would cost more than the row.
      const outcome = onRow(cells.load(piece, lineStart, end), rowNumber);
      if (outcome === STOP) return false;
      if (outcome) await outcome;
    }
    return true;
  };

  // Iterated by hand: leaving a for-await loop early would destroy the stream, stdin included.
  const chunks = source.chunks[Symbol.asyncIterator]();
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    const chunk = next.value;
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let buffer = pending ? Buffer.concat([pending, bytes]) : bytes;
    // A byte-order mark (spreadsheets add one) is not part of the first column's name.
    if (!bomChecked && buffer.length >= 3) {
      bomChecked = true;
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
        buffer = buffer.subarray(3);
        scanned = Math.max(0, scanned - 3);
      }
    }
    // Cut after the last line end outside quotes. Without a quote in the new bytes that is simply
    // the last line end, found natively; only text with quotes is walked byte by byte.
    let cut = -1;
    if (!inQuotes && buffer.indexOf(QUOTE, scanned) === -1) {
      // A line end in the bytes scanned before lies inside quotes, or it would have been cut then.
      const last = buffer.lastIndexOf(LF);
      cut = last >= scanned ? last : -1;
    } else {
      for (let i = scanned; i < buffer.length; i++) {
        const c = buffer[i]!;
        if (c === QUOTE) inQuotes = !inQuotes;
        else if (c === LF && !inQuotes) cut = i;
      }
    }
    if (cut === -1) {
      pending = buffer;
      scanned = buffer.length;
      continue;
    }
    // Line ends are CRLF when the first cut line end has a CR before it; papaparse must be told.
    newline ??= buffer[cut - 1] === CR ? '\r\n' : '\n';
    const piece = buffer.subarray(0, cut);
    // The rest is copied so that the chunk it came from can be freed.
    pending = cut + 1 < buffer.length ? Buffer.from(buffer.subarray(cut + 1)) : undefined;
    scanned = pending?.length ?? 0;
    if (!(await parsePiece(piece))) return source.close();
  }
  if (inQuotes) {
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
  if (pending && !bomChecked && pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf)
    pending = pending.subarray(3);
  if (pending && !blank(pending)) await parsePiece(pending);
}
