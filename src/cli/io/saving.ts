/** Results into the history, for every command that saves: the save itself and what is said about it. */
import type { AssessmentResult } from '../../result.js';
import { IoError } from '../../errors.js';
import { fileErrorReason, FOLDER_WORDING } from '../../store/fileErrors.js';
import { saveResult } from '../../store/history.js';
import { say, type CliContext } from '../context.js';

/** The folder in words: under the home folder it starts with ~. */
function shown(ctx: CliContext, dir: string): string {
  const home = ctx.env.HOME;
  return home && dir.startsWith(home) ? `~${dir.slice(home.length)}` : dir;
}

/**
 * Saves each result (the same answers already saved are not saved again); returns how many were new,
 * or the failure as an IoError for the caller to raise once the report the user waits for is out.
 */
export function saveResults(dir: string, results: readonly AssessmentResult[]): number | IoError {
  let added = 0;
  try {
    for (const result of results) if (saveResult(dir, result).saved) added++;
  } catch (error) {
    return new IoError(
      `could not save the result${results.length > 1 ? 's' : ''} in ${dir}: ${fileErrorReason(error, FOLDER_WORDING)}`,
    );
  }
  return added;
}

/** "result saved in ~/…" or "already in the history", said once per run. */
export function sayWhereSaved(ctx: CliContext, dir: string, added: number, of: number): void {
  if (!of) return;
  const where = shown(ctx, dir);
  say(
    ctx,
    added
      ? `${added > 1 ? `${added} results` : 'result'} saved in ${where} (see leadlens history)${added < of ? `; ${of - added} already there` : ''}`
      : `${of > 1 ? 'these results are' : 'these answers are'} already in the history in ${where}; nothing new was saved`,
  );
}
