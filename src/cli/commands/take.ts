/** `leadlens take <bank...>`: ask (or read answers), score, plan, report. */
import { parseAnswers } from '../../answers/parse.js';
import type { Responses } from '../../answers/schema.js';
import { estimateMinutes } from '../../bank/estimate.js';
import { resolveBank, type LoadedBank } from '../../bank/load.js';
import { InputError, UsageError } from '../../errors.js';
import { readText } from '../../input/readText.js';
import { runQuiz } from '../../quiz/flow.js';
import { FORMAT_NAMES, RENDERERS, type FormatName } from '../../report/index.js';
import { assess, type AssessmentResult } from '../../result.js';
import { openTerminal, stdoutRenderOptions, write, type CliContext } from '../context.js';

export interface TakeOptions {
  answers?: string;
  format: string;
  respondent?: string;
}

export function parseFormat(name: string): FormatName {
  if (!(FORMAT_NAMES as string[]).includes(name)) throw new UsageError(`unknown format "${name}"; expected one of: ${FORMAT_NAMES.join(', ')}`);
  return name as FormatName;
}

function responsesFromFile(path: string, loaded: LoadedBank): Responses {
  const result = parseAnswers(readText(path, 'answers file'), path, loaded.bank);
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
}

async function askInTerminal(ctx: CliContext, banks: LoadedBank[]): Promise<Responses[]> {
  const { out, prompter, width } = await openTerminal(ctx);
  const all: Responses[] = [];
  for (const { bank } of banks) {
    const intro = [
      '',
      `${bank.title}`,
      `${bank.questions.length} questions${bank.reflections.length ? ` and ${bank.reflections.length} reflection${bank.reflections.length > 1 ? 's' : ''}` : ''}, about ${estimateMinutes(bank)} min.`,
      'Answer with ↑↓ and Enter, or type the number first. You can go back, and review every answer before scoring. Ctrl-C stops.',
      '',
    ];
    out.write(`${intro.join('\n')}\n`);
    all.push(await runQuiz(bank, prompter, { width }));
  }
  return all;
}

export async function take(refs: string[], options: TakeOptions, ctx: CliContext): Promise<number> {
  const format = parseFormat(options.format);
  const banks = refs.map(resolveBank);
  if (options.answers && banks.length > 1) throw new UsageError('--answers scores one bank at a time; name a single bank');

  const responses = options.answers ? [responsesFromFile(options.answers, banks[0]!)] : await askInTerminal(ctx, banks);
  const completedAt = ctx.now();
  const results: AssessmentResult[] = banks.map((loaded, i) => {
    const given = responses[i]!;
    const unanswered = loaded.bank.questions.filter((q) => given.answers[q.id] === undefined).map((q) => q.id);
    if (unanswered.length) ctx.stderr.write(`leadlens: ${unanswered.length} question${unanswered.length > 1 ? 's' : ''} of ${loaded.bank.id} not answered: ${unanswered.join(', ')}\n`);
    return assess(loaded, { ...given, respondent: options.respondent ?? given.respondent }, { toolVersion: ctx.version, completedAt });
  });
  await write(ctx.stdout, RENDERERS[format](results, stdoutRenderOptions(ctx)));
  return 0;
}
