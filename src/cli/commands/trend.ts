/** `leadlens trend`: each dimension over one respondent's results of a bank. */
import { EXIT, UsageError } from '../../errors.js';
import { trend as trendOf } from '../../history/trend.js';
import { trendText } from '../../report/historyText.js';
import { say, stdoutRenderOptions, type CliContext } from '../context.js';
import { belongTogether, kindOf, whose } from '../../history/belongs.js';
import { loadHistory, output, whyEmpty, type HistoryOptions } from '../io/savedResults.js';

export async function trend(_args: string[], options: HistoryOptions, ctx: CliContext): Promise<number> {
  if (!options.bank) throw new UsageError('trend needs --bank <id>');
  const saved = loadHistory(ctx, options);
  const all = saved.shown;
  if (!all.length) throw new UsageError(whyEmpty(options, saved) ?? `no saved results of ${options.bank}`);
  // One person's trend, of one kind: unless told whose, the respondent of the latest result.
  const latest = all.at(-1)!.result;
  const entries = all.filter((e) => belongTogether(e.result, latest));
  const otherKind = all.filter((e) => whose(e.result) === whose(latest)).length - entries.length;
  if (otherKind)
    say(
      ctx,
      `${otherKind} ${kindOf(latest) === '360' ? 'self-assessment' : '360'} result${otherKind > 1 ? 's' : ''} left out: a trend shows one kind, here the latest's (${kindOf(latest)})`,
    );
  const respondent = latest.respondent;
  const series = trendOf(entries.map((e) => e.result));
  await output(ctx, options.format, series, () => trendText(series, respondent, stdoutRenderOptions(ctx)));
  return EXIT.ok;
}
