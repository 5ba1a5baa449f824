/** Saved results as the history commands read them: filtered from the data folder, or named by file or number. */
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import type { AssessmentResult } from '../../result.js';
import { filterHistory, readHistory, type HistoryEntry, type HistoryFilter } from '../../store/history.js';
import { dataDir } from '../../store/paths.js';
import { say, write, type CliContext } from '../context.js';

export interface HistoryOptions extends HistoryFilter {
  dataDir?: string;
  format: string;
}

export function loadHistory(ctx: CliContext, options: HistoryOptions): HistoryEntry[] {
  const dir = dataDir(ctx.env, options.dataDir);
  return filterHistory(
    readHistory(dir, (file, reason) => say(ctx, `skipping ${file}: ${reason}`)),
    options,
  );
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
  try {
    const result = JSON.parse(readFileSync(ref, 'utf8')) as AssessmentResult;
    if (!Array.isArray(result.dimensions) || typeof result.bank?.id !== 'string')
      throw new Error('not a leadlens result');
    return result;
  } catch (error) {
    throw new UsageError(`cannot read result "${ref}": ${(error as Error).message}`);
  }
}
