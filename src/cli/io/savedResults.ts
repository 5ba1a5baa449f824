/** Saved results as the history commands read them: filtered from the data folder, or named by file or number. */
import { existsSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import type { AssessmentResult } from '../../result.js';
import { filterHistory, readHistory, type HistoryEntry, type HistoryFilter } from '../../store/history.js';
import { dataDir } from '../../store/paths.js';
import { resultProblem } from '../../store/resultShape.js';
import { readText } from '../../store/readText.js';
import { didYouMean } from '../../text/suggest.js';
import { say, write, type CliContext } from '../context.js';

export interface HistoryOptions extends HistoryFilter {
  dataDir?: string;
  format: string;
}

/** The saved results, read once: all of them, and those the filters keep. */
export interface SavedResults {
  all: HistoryEntry[];
  shown: HistoryEntry[];
}

/**
 * Every saved result in the data folder, and the filtered ones. Read once per command, so a damaged
 * file is named once; a --data-dir that does not exist is a mistake, not an empty history.
 */
export function loadHistory(ctx: CliContext, options: HistoryOptions): SavedResults {
  const dir = dataDir(ctx.env, options.dataDir);
  if (options.dataDir !== undefined && !existsSync(dir))
    throw new UsageError(`--data-dir "${options.dataDir}": no such folder`);
  const all = readHistory(dir, (file, reason) => say(ctx, `skipping ${file}: ${reason}`));
  return { all, shown: filterHistory(all, options) };
}

/**
 * Why a listing is empty, in words: nothing saved yet, or which filter left nothing, with the near
 * miss among what is saved. Null when it is not empty.
 */
export function whyEmpty(options: HistoryOptions, { all, shown }: SavedResults): string | null {
  if (shown.length) return null;
  if (!all.length)
    return 'No saved results yet. Take an assessment with `leadlens take <bank>`; results are saved unless you pass --no-save.';
  const parts: string[] = [];
  if (options.bank !== undefined) {
    const banks = [...new Set(all.map((e) => e.result.bank.id))];
    if (!banks.includes(options.bank))
      parts.push(`no saved results of bank "${options.bank}"${didYouMean(options.bank, banks)}`);
  }
  if (options.respondent !== undefined) {
    const names = [...new Set(all.map((e) => e.result.respondent).filter((n): n is string => Boolean(n)))];
    const wanted = options.respondent.toLowerCase();
    // "Ana" for "Ana Ruiz": a name that starts the saved one is the likeliest near miss.
    const starts = names.find((n) => n.toLowerCase().startsWith(wanted));
    const hint = starts ? ` (did you mean "${starts}"?)` : didYouMean(options.respondent, names);
    parts.push(`no saved results for respondent "${options.respondent}"${hint}`);
  }
  const filters = parts.length ? parts.join('; ') : 'no saved results match these filters';
  return `${filters[0]!.toUpperCase()}${filters.slice(1)}. ${all.length} saved in all: see leadlens history.`;
}

/** Prints JSON or the text view. */
export function output(ctx: CliContext, format: string, json: unknown, text: () => string): Promise<void> {
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}"; expected text or json`);
  return write(ctx.stdout, format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : text());
}

/** A result named by its file, or by its number in `leadlens history` (newest first). */
export function resultFrom(ref: string, newestFirst: HistoryEntry[]): AssessmentResult {
  if (/^\d+$/.test(ref) && !existsSync(ref)) {
    const entry = newestFirst[Number(ref) - 1];
    if (!entry)
      throw new UsageError(
        `there is no result #${ref} in the history (it has ${newestFirst.length}; see leadlens history)`,
      );
    return entry.result;
  }
  if (!existsSync(ref)) throw new UsageError(`"${ref}" is neither a result file nor a number from leadlens history`);
  // The read refuses pipes, devices and huge files in words of its own.
  const text = readText(ref, 'result');
  let result: unknown;
  try {
    result = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`cannot read result "${ref}": not valid JSON (${(error as Error).message})`);
  }
  const problem = resultProblem(result);
  if (problem) throw new UsageError(`cannot read result "${ref}": not a leadlens result (${problem})`);
  return result as AssessmentResult;
}
