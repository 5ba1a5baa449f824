/** `leadlens compare`: what changed between two results of one respondent and bank. */
import { EXIT, UsageError } from '../../errors.js';
import { compare as compareResults } from '../../history/compare.js';
import { compareText } from '../../report/historyText.js';
import type { AssessmentResult } from '../../result.js';
import { stdoutRenderOptions, type CliContext } from '../context.js';
import { belongTogether, kindOf, whose } from '../../history/belongs.js';
import { loadHistory, output, resultFrom, whyEmpty, type HistoryOptions } from '../io/savedResults.js';

export async function compare(refs: string[], options: HistoryOptions, ctx: CliContext): Promise<number> {
  if (refs.length === 1 || refs.length > 2)
    throw new UsageError('compare takes two results, or none for the last two of the same bank and respondent');
  const saved = loadHistory(ctx, options);
  const newestFirst = [...saved.shown].reverse();
  let pair: AssessmentResult[];
  if (refs.length === 2) {
    pair = refs.map((ref) => resultFrom(ref, newestFirst));
  } else {
    const latest = newestFirst[0]?.result;
    const previous = latest && newestFirst.slice(1).find((e) => belongTogether(e.result, latest))?.result;
    if (!latest || !previous) {
      const empty = whyEmpty(options, saved);
      throw new UsageError(
        empty ??
          'need two saved results of the same bank and respondent (and kind: self or 360) to compare; see leadlens history',
      );
    }
    pair = [previous, latest];
  }
  const [a, b] = pair.sort((x, y) => x.completedAt.localeCompare(y.completedAt)) as [
    AssessmentResult,
    AssessmentResult,
  ];
  if (a.bank.id !== b.bank.id)
    throw new UsageError(`cannot compare results of different banks (${a.bank.id} and ${b.bank.id})`);
  // One person's progress: two people's results side by side would read as change that never happened.
  if (whose(a) !== whose(b)) {
    const name = (r: AssessmentResult) => (r.respondent ? `"${r.respondent}"` : 'no name');
    throw new UsageError(
      `cannot compare results of two people (${name(a)} and ${name(b)}); pick two results of one person from leadlens history --respondent <name>`,
    );
  }
  if (kindOf(a) !== kindOf(b))
    throw new UsageError(
      'cannot compare a 360 result (what observers said) with a self-assessment (your own view); compare two of one kind',
    );
  const comparison = compareResults(a, b);
  await output(ctx, options.format, comparison, () => compareText(comparison, stdoutRenderOptions(ctx)));
  return EXIT.ok;
}
