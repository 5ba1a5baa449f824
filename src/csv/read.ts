/**
 * A cohort CSV to respondents, for `score` and `360`: the header is matched to the bank, each row
 * becomes answers in bank order, and every problem is collected with its row and column. The quick
 * paths (bytes read without strings, one-digit cells) stay inside this folder.
 */
import type { Bank } from '../bank/schema.js';
import { InputError } from '../errors.js';
import type { InputIssue } from '../input/issue.js';
import { cellTexts, textCells, type CsvCells } from './cells.js';
import { csvLayout, csvRow, lastId, quickCsvRow, type CsvLayout } from './rows.js';
import { SeenIds } from './seenIds.js';
import { readCsv, STOP, type CsvShape, type CsvSource } from './split.js';

export type { CsvShape, CsvSource } from './split.js';
export type { CsvLayout } from './rows.js';

/** Problems named before giving up, so one run shows a user most of what to fix. */
export const MAX_ISSUES = 20;

/** What the header said, before the first respondent. */
export interface CsvHeader {
  /** Header cells that are neither the id, the group nor a question (with a did-you-mean). */
  ignored: string[];
  /** Questions of the bank with no column. */
  absent: string[];
  /** Whether there is a group column (observers in a 360). */
  hasGroup: boolean;
}

/** One respondent. `values` are answers in bank question order (NaN missing, NA "does not apply"); they are reused for the next row. */
export interface CsvRespondent {
  respondent: string;
  group: string | null;
  values: Float64Array;
}

export interface ReadOptions {
  /** The column naming respondents (default: the first of respondent, id, name, email, …). */
  idColumn?: string;
  /** The column giving an observer's group (default: group or relationship). */
  groupColumn?: string;
  /** Column name → question id, from --map. */
  map?: Readonly<Record<string, string>>;
  /** The separator, when it is not to be found from the header. */
  delimiter?: number;
  /** Skip invalid rows (each reported through `skipped`) instead of failing. */
  skipInvalid?: boolean;
  /** A respondent id that repeats is an error, not a warning. */
  strict?: boolean;
}

/** Respondent ids seen more than once: the first few by name, and how many in all. */
export interface Duplicates {
  /** The rows where each repeats (after its first). */
  listed: { respondent: string; rows: number[] }[];
  total: number;
  /** The cohort was too large to check every id. */
  unchecked: boolean;
}

export interface ResponseHandlers {
  /** The header; returning false stops reading there (--explain). */
  header?(header: CsvHeader, layout: CsvLayout, shape: CsvShape): Promise<void | false> | void | false;
  /** A promise returned is awaited before the next row: a slow output holds the reading back. */
  respondent(respondent: CsvRespondent, rowNumber: number): Promise<void> | undefined;
  /** An invalid row skipped with `skipInvalid`. */
  skipped?(issues: readonly InputIssue[], count: number): void;
}

/** Repeated respondents named before the rest are counted. */
const LISTED_DUPLICATES = 5;

/** Rows read before the layout is decided: the header, and up to two rows that may be more header. */
const FIRST_ROWS = 3;

/**
 * Reads every respondent of a cohort CSV. Throws an InputError naming every problem (up to
 * MAX_ISSUES) unless `skipInvalid`; after the first invalid row no respondent is handed on.
 */
export async function readResponses(
  source: CsvSource,
  bank: Bank,
  options: ReadOptions,
  handlers: ResponseHandlers,
): Promise<{ skipped: number; layout?: CsvLayout; duplicates: Duplicates }> {
  const { label } = source;
  const issues: InputIssue[] = [];
  let layout: CsvLayout | undefined;
  let scratch: Float64Array | undefined;
  let skipped = 0;
  let shape: CsvShape | undefined;
  const first: { cells: string[]; row: number }[] = [];
  // Ids are remembered by a hash, not as strings: a cohort of millions stays small.
  const seen = new SeenIds();
  const duplicates: Duplicates = { listed: [], total: 0, unchecked: false };
  // The respondents and rows of the ids queued in `seen`, by their place in its queue.
  const queuedNames: string[] = [];
  const queuedRows: number[] = [];
  const checkQueued = () => seen.check((i) => repeated(queuedNames[i]!, queuedRows[i]!));
  /**
   * Queues the id of the row just read, from its bytes (or its text). The queue is checked when
   * full, at the end, or at once with --strict, where a repeat stops what is handed on.
   */
  const remember = (respondent: string, row: number) => {
    const queued = seen.queued;
    queuedNames[queued] = respondent;
    queuedRows[queued] = row;
    const full = lastId.text ? seen.queueText(lastId.text) : seen.queueBytes(lastId.bytes!, lastId.start, lastId.end);
    if (full || options.strict) checkQueued();
  };
  /** Notes a repeated id. */
  const repeated = (respondent: string, row: number) => {
    duplicates.total++;
    const known = duplicates.listed.find((d) => d.respondent === respondent);
    if (known) known.rows.push(row);
    else if (duplicates.listed.length < LISTED_DUPLICATES) duplicates.listed.push({ respondent, rows: [row] });
    if (options.strict) {
      const message = `respondent "${respondent}" appears again (an earlier row has the same id)`;
      issues.push({ file: label, line: row, col: layout!.idIndex + 1, path: '', message });
    }
  };

  /** A row read: its id remembered, and handed on unless a problem came before. */
  const accept = (result: CsvRespondent, rowNumber: number): Promise<void> | undefined | typeof STOP => {
    if (layout!.idIndex !== -1 && (lastId.text || lastId.bytes)) remember(result.respondent, rowNumber);
    // After a problem, keep looking for more, but hand on nothing.
    return issues.length ? (issues.length >= MAX_ISSUES ? STOP : undefined) : handlers.respondent(result, rowNumber);
  };

  const data = (row: CsvCells, rowNumber: number): Promise<void> | undefined | typeof STOP => {
    const result = csvRow(row, rowNumber, layout!, scratch);
    if (!result.ok) {
      if (options.skipInvalid) {
        skipped++;
        handlers.skipped?.(result.issues, skipped);
        return undefined;
      }
      issues.push(...result.issues);
      return issues.length >= MAX_ISSUES ? STOP : undefined;
    }
    return accept(result, rowNumber);
  };

  /** A line of a quoted file, if the quick pass reads it whole (see SplitOptions.quick). */
  const quick = (bytes: Buffer, start: number, end: number, rowNumber: number) => {
    if (!layout) return false;
    const result = quickCsvRow(bytes, start, end, rowNumber, layout, scratch!, shape!.delimiter);
    return result ? accept(result, rowNumber) : false;
  };

  /** With the first rows in, the layout: then the header goes out, and the rows that were data. */
  const decide = async (): Promise<boolean> => {
    const result = csvLayout(
      first.map((f) => f.cells),
      bank,
      label,
      options,
    );
    if (!result.ok) {
      issues.push(...result.issues);
      return false;
    }
    layout = result.layout;
    scratch = new Float64Array(layout.bankSize);
    const go = await handlers.header?.(
      { ignored: layout.ignored, absent: layout.absent, hasGroup: layout.groupIndex !== -1 },
      layout,
      shape!,
    );
    if (go === false) return false;
    for (const { cells, row } of first.slice(layout.headerRows)) {
      const outcome = data(textCells(cells), row);
      if (outcome === STOP) return false;
      if (outcome) await outcome;
    }
    return true;
  };

  await readCsv(
    source,
    (row, rowNumber) => {
      if (layout) return data(row, rowNumber);
      first.push({ cells: cellTexts(row), row: rowNumber });
      if (first.length < FIRST_ROWS) return undefined;
      return decide().then((ok) => (ok ? undefined : STOP));
    },
    {
      delimiter: options.delimiter,
      onShape: (found) => (shape = found),
      onRows: (rows) => seen.expect(rows),
      quick,
    },
  );
  if (!layout && first.length && !issues.length) await decide();
  checkQueued();

  if (!layout && !issues.length)
    throw new InputError([
      { file: label, line: 1, col: 1, path: '', message: 'the CSV is empty; expected a header row of question ids' },
    ]);
  if (issues.length >= MAX_ISSUES)
    issues.push({
      file: label,
      line: issues.at(-1)!.line,
      col: 1,
      path: '',
      message: `stopped after ${MAX_ISSUES} problems`,
    });
  if (issues.length) throw new InputError(issues);
  duplicates.unchecked = seen.full;
  return { skipped, layout, duplicates };
}
