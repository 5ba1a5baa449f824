/** What take and score share: the report flags, where the report goes, and how thresholds end the run. */
import { ascii } from '../text/ascii.js';
import { inert } from '../text/inert.js';
import type { LoadedBank } from '../bank/load.js';
import { EXIT, UsageError } from '../errors.js';
import { FORMAT_NAMES } from '../report/formatNames.js';
import type { FormatName } from '../report/formatNames.js';
import { loadFormat } from '../report/index.js';
import type { Session } from '../result.js';
import type { RenderOptions } from '../report/options.js';
import {
  describeMiss,
  judge,
  LISTED_MISSES,
  parseThresholds,
  type Miss,
  type Thresholds,
} from '../scoring/thresholds.js';
import { stdoutRenderOptions, type CliContext, say } from './context.js';
import { page, wantsPager } from './io/pager.js';
import { fileSink, stdoutSink, type Sink } from './io/sink.js';

export interface ReportFlags {
  format: string;
  out?: string;
  failUnder: string[];
  /** false with --no-pager. */
  pager?: boolean;
  /** --items: every question with its answer in the text report. */
  items?: boolean;
  /** --allow-incomplete: dimensions with too few answers do not fail a gate. */
  allowIncomplete?: boolean;
  /** --raw-csv: CSV names as given, without spreadsheet safety. */
  rawCsv?: boolean;
  /** --excel: CSV that starts with a UTF-8 byte-order mark. */
  excel?: boolean;
  /** --junit-summary (score): a cohort as one JUnit suite of statistics. */
  junitSummary?: boolean;
}

const BYTE_ORDER_MARK = '\ufeff';

export function parseFormat(name: string): FormatName {
  if (!(FORMAT_NAMES as readonly string[]).includes(name))
    throw new UsageError(`unknown format "${name}"; expected one of: ${FORMAT_NAMES.join(', ')}`);
  return name as FormatName;
}

export interface ReportTarget {
  format: FormatName;
  sink: Sink;
  options: RenderOptions;
  thresholds: Thresholds;
  /** A text report for the terminal, which may go through the pager. */
  paged: boolean;
}

export function reportTarget(ctx: CliContext, flags: ReportFlags, banks: readonly LoadedBank[]): ReportTarget {
  const format = parseFormat(flags.format);
  const thresholds = parseThresholds(
    flags.failUnder,
    banks.map((b) => b.bank),
    flags.allowIncomplete,
  );
  // `--out -` is stdout, as for most tools: a file named "-" is never what was meant.
  if (flags.out === '-') flags = { ...flags, out: undefined };
  // Colour belongs to a terminal: never in a file, never in a machine format.
  const base = flags.out || format !== 'text' ? { colorLevel: 0 as const, width: 80 } : stdoutRenderOptions(ctx);
  const paged = format === 'text' && !flags.out && flags.pager !== false;
  if (flags.excel && format !== 'csv') throw new UsageError('--excel goes with --format csv');
  if (flags.junitSummary && format !== 'junit') throw new UsageError('--junit-summary goes with --format junit');
  const sink = flags.out ? fileSink(flags.out) : stdoutSink(ctx.stdout);
  // Excel reads a CSV without a byte-order mark in the system's legacy code page, so "Zoë" shows as
  // "ZoÃ«". Three bytes never fill a chunk: nothing reaches the output before the report does.
  if (flags.excel) sink.write(BYTE_ORDER_MARK);
  return {
    format,
    thresholds,
    paged,
    options: {
      ...base,
      thresholds,
      items: flags.items,
      rawCsv: flags.rawCsv,
      junitSummary: flags.junitSummary,
      bankFiles: Object.fromEntries(banks.map((b) => [b.bank.id, b.reportFile])),
      warn: (message) => say(ctx, message),
    },
    sink,
  };
}

/** Says on stderr who missed which threshold, and returns the exit code: 1 if anyone did. */
export function reportMisses(
  ctx: CliContext,
  misses: { who: string | null; misses: Miss[] }[],
  total = misses.length,
): number {
  if (total === 0) return EXIT.ok;
  for (const m of misses.slice(0, LISTED_MISSES))
    say(ctx, `below threshold${m.who ? ` (${inert(m.who)})` : ''}: ${m.misses.map(describeMiss).join('; ')}`);
  if (total > LISTED_MISSES) say(ctx, `…and ${total - LISTED_MISSES} more below threshold`);
  return EXIT.thresholdNotMet;
}

/**
 * Renders a finished session to the target, closes it, and returns the exit code its thresholds
 * give. A text report taller than the terminal goes through the pager.
 */
export async function writeReport(ctx: CliContext, target: ReportTarget, report: Session): Promise<number> {
  const { results } = report;
  const rendered = (await loadFormat(target.format)).render(report, target.options);
  // Plain mode's report is ASCII too; machine formats are left exactly as they are.
  const text = ctx.plain && target.format === 'text' ? ascii(rendered) : rendered;
  if (target.paged && wantsPager(ctx, text, true) && (await page(ctx, text))) {
    target.sink.abort();
  } else {
    await target.sink.write(text);
    await target.sink.close();
  }
  // With several banks, name the bank; with one, the respondent.
  const misses = results.map((r) => ({
    who: results.length > 1 ? r.bank.id : r.respondent,
    misses: judge(r, target.thresholds),
  }));
  return reportMisses(
    ctx,
    misses.filter((m) => m.misses.length),
  );
}
