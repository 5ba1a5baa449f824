/** `leadlens take <bank...>`: ask (or read answers), score, plan, report. */
import { parseAnswers } from '../../answers/parse.js';
import type { Responses } from '../../answers/schema.js';
import { estimateMinutes } from '../../bank/estimate.js';
import { resolveBank, type LoadedBank } from '../../bank/load.js';
import { InputError, UsageError } from '../../errors.js';
import { readText } from '../../input/readText.js';
import { runQuiz } from '../../quiz/flow.js';
import { FORMATS } from '../../report/index.js';
import { assess, type AssessmentResult } from '../../result.js';
import { judge } from '../../scoring/thresholds.js';
import { saveResult } from '../../store/history.js';
import { dataDir } from '../../store/paths.js';
import { openTerminal, type CliContext } from '../context.js';
import { reportMisses, reportTarget, type ReportFlags } from '../report.js';

export interface TakeOptions extends ReportFlags {
  answers?: string;
  respondent?: string;
  /** false with --no-save. */
  save?: boolean;
  dataDir?: string;
}

export function responsesFromFile(path: string, loaded: LoadedBank): Responses {
  const result = parseAnswers(readText(path, 'answers file'), path, loaded.bank);
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
}

async function askInTerminal(ctx: CliContext, banks: LoadedBank[]): Promise<Responses[]> {
  const { out, prompter, width } = await openTerminal(ctx);
  const all: Responses[] = [];
  for (const { bank } of banks) {
    const reflections = bank.reflections.length ? ` and ${bank.reflections.length} reflection${bank.reflections.length > 1 ? 's' : ''}` : '';
    const intro = [
      '',
      bank.title,
      `${bank.questions.length} questions${reflections}, about ${estimateMinutes(bank)} min.`,
      'Answer with ↑↓ and Enter, or type the number first. You can go back, and review every answer before scoring. Ctrl-C stops.',
      '',
    ];
    out.write(`${intro.join('\n')}\n`);
    all.push(await runQuiz(bank, prompter, { width }));
  }
  return all;
}

export async function take(refs: string[], options: TakeOptions, ctx: CliContext): Promise<number> {
  const banks = refs.map((ref) => resolveBank(ref, ctx.bankDirs));
  if (options.answers && banks.length > 1) throw new UsageError('--answers scores one bank at a time; name a single bank');
  if (options.format === 'csv' && banks.length > 1) throw new UsageError('csv holds one bank\'s columns; take one bank at a time, or use --format json');
  const target = reportTarget(ctx, options, banks.map((b) => b.bank));

  try {
    const responses = options.answers ? [responsesFromFile(options.answers, banks[0]!)] : await askInTerminal(ctx, banks);
    const completedAt = ctx.now();
    const results: AssessmentResult[] = banks.map((loaded, i) => {
      const given = responses[i]!;
      const unanswered = loaded.bank.questions.filter((q) => given.answers[q.id] === undefined).map((q) => q.id);
      if (unanswered.length) ctx.stderr.write(`leadlens: ${unanswered.length} question${unanswered.length > 1 ? 's' : ''} of ${loaded.bank.id} not answered: ${unanswered.join(', ')}\n`);
      return assess(loaded, { ...given, respondent: options.respondent ?? given.respondent }, { toolVersion: ctx.version, completedAt });
    });
    if (options.save !== false) {
      const dir = dataDir(ctx.env, options.dataDir);
      try {
        const files = results.map((r) => saveResult(dir, r));
        if (ctx.stderr.isTTY) ctx.stderr.write(`leadlens: saved to ${files.join(', ')}\n`);
      } catch (error) {
        // Losing the history entry must not lose the report the user is waiting for.
        ctx.stderr.write(`leadlens: could not save the result in ${dir}: ${(error as Error).message}\n`);
      }
    }
    await target.sink.write(FORMATS[target.format].render(results, target.options));
    await target.sink.close();
    return reportMisses(ctx, results.map((r) => ({ who: results.length > 1 ? r.bank.id : r.respondent, misses: judge(r, target.thresholds) })).filter((m) => m.misses.length));
  } catch (error) {
    target.sink.abort();
    throw error;
  }
}
