/** Options and parsers that several commands share: the report flags, the history filters, numbers. */
import type { Command, OptionValues } from '@commander-js/extra-typings';
import { UsageError } from '../errors.js';
import { MAX_SEED } from '../quiz/order.js';
import { FORMAT_NAMES } from '../report/formatNames.js';

export const repeat = (value: string, previous: string[] = []) => [...previous, value];
export const positive =
  (flag: string, whole: boolean, max = Infinity) =>
  (value: string) => {
    const n = Number(value);
    if (Number.isFinite(n) && n > 0 && n <= max && (!whole || Number.isInteger(n))) return n;
    throw new UsageError(
      `${flag}: expected a ${whole ? 'whole ' : ''}number ${max === Infinity ? 'above 0' : `from 1 to ${max}`}, got "${value}"`,
    );
  };
/**
 * A 360's default gap, in score points, for a blind spot or hidden strength: more than half a step
 * of a 5-point scale on every question of a dimension (one step is 25 points), well past the few
 * points one answer moves.
 */
export const GAP = 15;
/**
 * The most results `score --save` keeps in one run: a history is one file per result, read whole by
 * history, compare and trend; a larger cohort belongs in its CSV or JSON report.
 */
export const MAX_SAVED = 1000;
const FORMAT = `report format: ${FORMAT_NAMES.join(', ')}`;
export const BANK_ARG = 'a built-in bank id or the path of a bank file';
export const DATA_DIR = 'where results are saved (default: $LEADLENS_DATA_DIR, else $XDG_DATA_HOME/leadlens)';
const PAGER = 'never page a long text report (it goes through $PAGER, else less, when longer than the terminal)';
const ITEMS = 'list every question with its answer in the text report (markdown, html and json always do)';

/** --format, --out, --fail-under, --items and --no-pager: how a report is written. */
export const report = <A extends unknown[], O extends OptionValues, G extends OptionValues>(
  command: Command<A, O, G>,
) =>
  command
    .option('-f, --format <name>', FORMAT, 'text')
    .option('-o, --out <file>', 'write the report to a file (atomically) instead of stdout')
    .option(
      '--fail-under <n|dimension=n>',
      'exit 1 if the overall score, or a dimension, is below n (repeatable)',
      repeat,
      [] as string[],
    )
    .option(
      '--allow-incomplete',
      'under --fail-under, leave out dimensions with too few answers instead of failing them',
    )
    .option('--items', ITEMS)
    .option('--raw-csv', "csv: names exactly as given, without the ' that stops a spreadsheet running one as a formula")
    .option('--excel', 'csv: start with a UTF-8 byte-order mark, so Excel shows names such as Zoë as written')
    .option('--no-pager', PAGER);

/** The filters of history, compare and trend. */
export const historyOptions = <A extends unknown[], O extends OptionValues, G extends OptionValues>(
  command: Command<A, O, G>,
) =>
  command
    .option('--bank <id>', 'only results of this bank')
    .option('--respondent <name>', 'only results of this respondent')
    .option('--data-dir <dir>', DATA_DIR)
    .option('-f, --format <name>', 'text or json', 'text');

/** --date: a day in the past, YYYY-MM-DD, as the time a transcribed result was completed (noon UTC). */
export const pastDate = (value: string): Date => {
  const date = new Date(`${value}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new UsageError(`--date: expected a day as YYYY-MM-DD, such as 2026-03-15, got "${value}"`);
  return date;
};

/** --delimiter: one character, or `tab`. */
export const delimiter = (value: string): number => {
  const text = value === 'tab' || value === '\\t' ? '\t' : value;
  if (text.length !== 1) throw new UsageError(`--delimiter: expected one character (such as ; or tab), got "${value}"`);
  return text.charCodeAt(0);
};

/** The flags that say how a CSV is read, for score and 360. */
export const csvReading = <A extends unknown[], O extends OptionValues, G extends OptionValues>(
  command: Command<A, O, G>,
) =>
  command
    .option('--map <file>', 'a YAML file of "column name: question-id" lines, for columns leadlens cannot match itself')
    .option('--save-map <file>', 'write the column map leadlens found, to edit and pass back with --map')
    .option('--delimiter <char>', 'the separator (default: found from the header: , ; or tab)', delimiter)
    .option(
      '--encoding <name>',
      'the text encoding (default: UTF-8, or UTF-16 by its byte-order mark); e.g. windows-1252',
    )
    .option('--strict', 'refuse a CSV in which a respondent id appears twice (by default a warning)')
    .option('--explain', 'print how the CSV was read (encoding, separator, header rows, each column) and stop');

/** --seed: a whole number from 0 to 4294967295, the generator's whole state. */
export const seed = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > MAX_SEED)
    throw new UsageError(`--seed: expected a whole number from 0 to ${MAX_SEED}, got "${value}"`);
  return n;
};
