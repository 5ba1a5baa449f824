/** `leadlens history`: saved results, newest first, numbered as compare names them; `history rm <n...>` removes some. */
import { EXIT, UsageError } from '../../errors.js';
import { historyText } from '../../report/historyText.js';
import { removeResults } from '../../store/history.js';
import { say, stdoutRenderOptions, type CliContext } from '../context.js';
import { loadHistory, output, whyEmpty, type HistoryOptions } from '../io/savedResults.js';

export async function history(args: string[], options: HistoryOptions, ctx: CliContext): Promise<number> {
  const saved = loadHistory(ctx, options);
  const entries = saved.shown;
  // JSON lists in the order the text numbers them: newest first.
  const newestFirst = [...entries].reverse();
  if (args.length) {
    const [action, ...numbers] = args;
    if (action !== 'rm' || !numbers.length)
      throw new UsageError(`history takes "rm" and numbers from the listing, such as: leadlens history rm 2 3`);
    const files = numbers.map((n) => {
      const entry = /^\d+$/.test(n) ? newestFirst[Number(n) - 1] : undefined;
      if (!entry)
        throw new UsageError(
          `history rm: there is no result #${n} (the listing has ${newestFirst.length}; see leadlens history)`,
        );
      return entry.file;
    });
    removeResults(files);
    say(ctx, `removed ${files.length} saved result${files.length > 1 ? 's' : ''}`);
    return EXIT.ok;
  }
  const empty = whyEmpty(options, saved);
  if (empty && options.format === 'json') say(ctx, empty);
  await output(
    ctx,
    options.format,
    newestFirst.map((e, i) => ({ number: i + 1, file: e.file, ...e.result })),
    () => (empty ? `${empty}\n` : historyText(entries, stdoutRenderOptions(ctx))),
  );
  return EXIT.ok;
}
