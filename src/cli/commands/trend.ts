/** `leadlens trend`: each dimension over one respondent's results of a bank. */
import { EXIT, UsageError } from '../../errors.js';
import { trend as trendOf } from '../../history/trend.js';
import { trendText } from '../../report/historyText.js';
import { stdoutRenderOptions, type CliContext } from '../context.js';
import { loadHistory, output, type HistoryOptions } from '../io/savedResults.js';

export async function trend(_args: string[], options: HistoryOptions, ctx: CliContext): Promise<number> {
  if (!options.bank) throw new UsageError('trend needs --bank <id>');
  let entries = loadHistory(ctx, options);
  if (!entries.length)
    throw new UsageError(
      `no saved results of ${options.bank}${options.respondent ? ` for ${options.respondent}` : ''}; see leadlens history`,
    );
  // One person's trend: unless told whose, the respondent of the latest result.
  const respondent = options.respondent ?? entries.at(-1)!.result.respondent;
  entries = entries.filter((e) => (e.result.respondent ?? null) === respondent || options.respondent !== undefined);
  const series = trendOf(entries.map((e) => e.result));
  await output(ctx, options.format, series, () => trendText(series, respondent, stdoutRenderOptions(ctx)));
  return EXIT.ok;
}
