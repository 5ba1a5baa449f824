/** `leadlens history`, `compare` and `trend`: a leader's saved results over time. */
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { compare as compareResults } from '../../history/compare.js';
import { trend as trendOf } from '../../history/trend.js';
import { compareText, historyText, trendText } from '../../report/historyText.js';
import type { AssessmentResult } from '../../result.js';
import { filterHistory, readHistory, type HistoryEntry, type HistoryFilter } from '../../store/history.js';
import { dataDir } from '../../store/paths.js';
import { stdoutRenderOptions, write, type CliContext, say } from '../context.js';

export interface ProgressOptions extends HistoryFilter {
  dataDir?: string;
  format: string;
}

function load(ctx: CliContext, options: ProgressOptions): HistoryEntry[] {
  const dir = dataDir(ctx.env, options.dataDir);
  return filterHistory(readHistory(dir, (file, reason) => say(ctx, `skipping ${file}: ${reason}`)), options);
}

function output(ctx: CliContext, format: string, json: unknown, text: () => string): Promise<void> {
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}"; expected text or json`);
  return write(ctx.stdout, format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : text());
}

export async function history(options: ProgressOptions, ctx: CliContext): Promise<number> {
  const entries = load(ctx, options);
  await output(ctx, options.format, entries.map((e) => ({ file: e.file, ...e.result })), () => historyText(entries, stdoutRenderOptions(ctx)));
  return 0;
}

function resultFrom(ref: string, newestFirst: HistoryEntry[]): AssessmentResult {
  if (/^\d+$/.test(ref) && !existsSync(ref)) {
    const entry = newestFirst[Number(ref) - 1];
    if (!entry) throw new UsageError(`there is no result #${ref} in the history (it has ${newestFirst.length}; see leadlens history)`);
    return entry.result;
  }
  if (!existsSync(ref)) throw new UsageError(`"${ref}" is neither a result file nor a number from leadlens history`);
  try {
    const result = JSON.parse(readFileSync(ref, 'utf8')) as AssessmentResult;
    if (!Array.isArray(result.dimensions) || typeof result.bank?.id !== 'string') throw new Error('not a leadlens result');
    return result;
  } catch (error) {
    throw new UsageError(`cannot read result "${ref}": ${(error as Error).message}`);
  }
}

export async function compare(refs: string[], options: ProgressOptions, ctx: CliContext): Promise<number> {
  if (refs.length === 1 || refs.length > 2) throw new UsageError('compare takes two results, or none for the last two of the same bank and respondent');
  const newestFirst = [...load(ctx, options)].reverse();
  let pair: AssessmentResult[];
  if (refs.length === 2) {
    pair = refs.map((ref) => resultFrom(ref, newestFirst));
  } else {
    const latest = newestFirst[0]?.result;
    const previous = latest && newestFirst.slice(1).find((e) => e.result.bank.id === latest.bank.id && e.result.respondent === latest.respondent)?.result;
    if (!latest || !previous) throw new UsageError('need two saved results of the same bank and respondent to compare; see leadlens history');
    pair = [previous, latest];
  }
  const [a, b] = pair.sort((x, y) => x.completedAt.localeCompare(y.completedAt)) as [AssessmentResult, AssessmentResult];
  if (a.bank.id !== b.bank.id) throw new UsageError(`cannot compare results of different banks (${a.bank.id} and ${b.bank.id})`);
  const comparison = compareResults(a, b);
  await output(ctx, options.format, comparison, () => compareText(comparison, stdoutRenderOptions(ctx)));
  return 0;
}

export async function trend(options: ProgressOptions & { bank: string }, ctx: CliContext): Promise<number> {
  let entries = load(ctx, options);
  if (!entries.length) throw new UsageError(`no saved results of ${options.bank}${options.respondent ? ` for ${options.respondent}` : ''}; see leadlens history`);
  // One person's trend: unless told whose, the respondent of the latest result.
  const respondent = options.respondent ?? entries.at(-1)!.result.respondent;
  entries = entries.filter((e) => (e.result.respondent ?? null) === respondent || options.respondent !== undefined);
  const series = trendOf(entries.map((e) => e.result));
  await output(ctx, options.format, series, () => trendText(series, respondent, stdoutRenderOptions(ctx)));
  return 0;
}
