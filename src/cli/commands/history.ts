/** `leadlens history`: saved results, newest first. */
import { EXIT } from '../../errors.js';
import { historyText } from '../../report/historyText.js';
import { stdoutRenderOptions, type CliContext } from '../context.js';
import { loadHistory, output, type HistoryOptions } from '../io/savedResults.js';

export async function history(_args: string[], options: HistoryOptions, ctx: CliContext): Promise<number> {
  const entries = loadHistory(ctx, options);
  await output(
    ctx,
    options.format,
    entries.map((e) => ({ file: e.file, ...e.result })),
    () => historyText(entries, stdoutRenderOptions(ctx)),
  );
  return EXIT.ok;
}
