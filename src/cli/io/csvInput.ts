/**
 * Reads a CSV file (or stdin) row by row. The text is cut into pieces at line ends that lie outside
 * quotes, and papaparse parses each piece; waiting for a slow consumer happens between pieces, so
 * memory stays flat without pausing the parser mid-stream (which made papaparse re-parse, quadratically).
 */
import { createReadStream, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { InputError, UsageError } from '../../errors.js';

/** Handles a row (1-based row number); a returned promise is awaited before the next piece. */
export type RowHandler = (row: string[], rowNumber: number) => Promise<void> | undefined | 'stop';

export function openCsv(path: string, stdin: NodeJS.ReadableStream): NodeJS.ReadableStream {
  if (path === '-') return stdin;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`cannot read CSV "${path}": it is a directory, not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read CSV "${path}": ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  return createReadStream(path, { highWaterMark: 256 * 1024 });
}

const QUOTE = 34;

/** Rows of a quote-free piece, one at a time, so a piece's rows are never all held at once. */
function* splitLines(text: string, newline: string): Generator<string[]> {
  let start = 0;
  for (;;) {
    const end = text.indexOf(newline, start);
    yield (end === -1 ? text.slice(start) : text.slice(start, end)).split(',');
    if (end === -1) return;
    start = end + newline.length;
  }
}
const LF = 10;

export async function readCsv(input: NodeJS.ReadableStream, label: string, onRow: RowHandler): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let scanned = 0;
  let inQuotes = false;
  let newline: '\n' | '\r\n' | undefined;
  let rowNumber = 0;

  // Parses complete lines and hands each row over; false once the handler says stop.
  const parsePiece = async (piece: string): Promise<boolean> => {
    newline ??= piece.includes('\r\n') ? '\r\n' : '\n';
    const text = newline === '\r\n' && piece.endsWith('\r') ? piece.slice(0, -1) : piece;
    // Without a quote, a line is its cells split at commas; papaparse handles everything else.
    const rows: Iterable<string[]> = text.includes('"') ? Papa.parse<string[]>(text, { newline }).data : splitLines(text, newline);
    for (const row of rows) {
      rowNumber++;
      if (row.length === 1 && row[0] === '') continue; // an empty line
      const outcome = onRow(row, rowNumber);
      if (outcome === 'stop') return false;
      if (outcome) await outcome;
    }
    return true;
  };

  let first = true;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    // A byte-order mark (spreadsheets add one) is not part of the first column's name.
    if (first && pending.length) {
      first = false;
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
    }
    let cut = -1;
    for (let i = scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (c === LF && !inQuotes) cut = i;
    }
    scanned = pending.length;
    if (cut === -1) continue;
    const piece = pending.slice(0, cut);
    pending = pending.slice(cut + 1);
    scanned = pending.length;
    if (!(await parsePiece(piece))) {
      if (input !== process.stdin) (input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return;
    }
  }
  pending += decoder.end();
  if (inQuotes) {
    throw new InputError([{ file: label, line: rowNumber + 1, col: 1, path: '', message: 'a quoted field is never closed (a " is missing)' }]);
  }
  if (pending.trim() !== '') await parsePiece(pending);
}
