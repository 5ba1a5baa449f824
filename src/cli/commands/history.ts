/** `leadlens history`: saved results, newest first, numbered as compare names them. */
import { EXIT } from '../../errors.js';
import { historyText } from '../../report/historyText.js';
import { say, stdoutRenderOptions, type CliContext } from '../context.js';
import { loadHistory, output, whyEmpty, type HistoryOptions } from '../io/savedResults.js';

export async function history(_args: string[], options: HistoryOptions, ctx: CliContext): Promise<number> {
  const entries = loadHistory(ctx, options);
  const empty = whyEmpty(ctx, options, entries);
  if (empty && options.format === 'json') say(ctx, empty);
  // JSON lists in the order the text numbers them: newest first.
  const newestFirst = [...entries].reverse();
  await output(
    ctx,
    options.format,
    newestFirst.map((e, i) => ({ number: i + 1, file: e.file, ...e.result })),
    () => (empty ? `${empty}\n` : historyText(entries, stdoutRenderOptions(ctx))),
  );
  return EXIT.ok;
}
