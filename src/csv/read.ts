/**
 * A cohort CSV to respondents, for `score` and `360`: the header is matched to the bank, each row
 * becomes answers in bank order, and every problem is collected with its row and column. The quick
 * paths (bytes read without strings, one-digit cells) stay inside this folder.
 */
import type { Bank } from '../bank/schema.js';
import { InputError } from '../errors.js';
import type { InputIssue } from '../input/issue.js';
import { cellTexts } from './cells.js';
import { csvLayout, csvRow, type CsvLayout } from './rows.js';
import { readCsv, STOP, type CsvSource } from './split.js';

export type { CsvSource } from './split.js';

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
  /** The column naming respondents (default: respondent or id). */
  idColumn?: string;
  /** Skip invalid rows (each reported through `skipped`) instead of failing. */
  skipInvalid?: boolean;
}

export interface ResponseHandlers {
  header?(header: CsvHeader): Promise<void> | void;
  /** A promise returned is awaited before the next row: a slow output holds the reading back. */
  respondent(respondent: CsvRespondent): Promise<void> | undefined;
  /** An invalid row skipped with `skipInvalid`. */
  skipped?(issues: readonly InputIssue[], count: number): void;
}

/**
 * Reads every respondent of a cohort CSV. Throws an InputError naming every problem (up to
 * MAX_ISSUES) unless `skipInvalid`; after the first invalid row no respondent is handed on.
 */
export async function readResponses(
  source: CsvSource,
  bank: Bank,
  options: ReadOptions,
  handlers: ResponseHandlers,
): Promise<{ skipped: number }> {
  const { label } = source;
  const issues: InputIssue[] = [];
  let layout: CsvLayout | undefined;
  let scratch: Float64Array | undefined;
  let skipped = 0;

  await readCsv(source, (row, rowNumber) => {
    if (!layout) {
      const result = csvLayout(cellTexts(row), bank, label, options.idColumn);
      if (!result.ok) {
        issues.push(...result.issues);
        return STOP;
      }
      layout = result.layout;
      scratch = new Float64Array(layout.bankSize);
      return (
        handlers.header?.({ ignored: layout.ignored, absent: layout.absent, hasGroup: layout.groupIndex !== -1 }) ??
        undefined
      );
    }
    const result = csvRow(row, rowNumber, layout, scratch);
    if (!result.ok) {
      if (options.skipInvalid) {
        skipped++;
        handlers.skipped?.(result.issues, skipped);
        return undefined;
      }
      issues.push(...result.issues);
      return issues.length >= MAX_ISSUES ? STOP : undefined;
    }
    // After a problem, keep looking for more, but hand on nothing.
    return issues.length ? undefined : handlers.respondent(result);
  });

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
  return { skipped };
}
