/** `leadlens compare`: what changed between two results of one respondent and bank. */
import { EXIT, UsageError } from '../../errors.js';
import { compare as compareResults } from '../../history/compare.js';
import { compareText } from '../../report/historyText.js';
import type { AssessmentResult } from '../../result.js';
import { stdoutRenderOptions, type CliContext } from '../context.js';
import { loadHistory, output, resultFrom, type HistoryOptions } from '../io/savedResults.js';

export async function compare(refs: string[], options: HistoryOptions, ctx: CliContext): Promise<number> {
  if (refs.length === 1 || refs.length > 2)
    throw new UsageError('compare takes two results, or none for the last two of the same bank and respondent');
  const newestFirst = [...loadHistory(ctx, options)].reverse();
  let pair: AssessmentResult[];
  if (refs.length === 2) {
    pair = refs.map((ref) => resultFrom(ref, newestFirst));
  } else {
    const latest = newestFirst[0]?.result;
    const previous =
      latest &&
      newestFirst.slice(1).find((e) => e.result.bank.id === latest.bank.id && e.result.respondent === latest.respondent)
        ?.result;
    if (!latest || !previous)
      throw new UsageError('need two saved results of the same bank and respondent to compare; see leadlens history');
    pair = [previous, latest];
  }
  const [a, b] = pair.sort((x, y) => x.completedAt.localeCompare(y.completedAt)) as [
    AssessmentResult,
    AssessmentResult,
  ];
  if (a.bank.id !== b.bank.id)
    throw new UsageError(`cannot compare results of different banks (${a.bank.id} and ${b.bank.id})`);
  // One person's progress: two people's results side by side would read as change that never happened.
  const who = (r: AssessmentResult) => (r.respondent ?? '').trim().toLowerCase();
  if (who(a) !== who(b)) {
    const name = (r: AssessmentResult) => (r.respondent ? `"${r.respondent}"` : 'no name');
    throw new UsageError(
      `cannot compare results of two people (${name(a)} and ${name(b)}); pick two results of one person from leadlens history --respondent <name>`,
    );
  }
  const comparison = compareResults(a, b);
  await output(ctx, options.format, comparison, () => compareText(comparison, stdoutRenderOptions(ctx)));
  return EXIT.ok;
}
