/** `leadlens take <bank...>`: ask (or read answers), score, plan, report. */
import type { Responses } from '../../answers/schema.js';
import { estimateMinutes } from '../../bank/estimate.js';
import { resolveBank, type LoadedBank } from '../../bank/load.js';
import { InterruptedError, IoError, UsageError } from '../../errors.js';
import { formNotApplicable, formQuestions, runQuiz } from '../../quiz/flow.js';
import { askingSeed } from '../../quiz/order.js';
import { wrap } from '../../text/wrap.js';
import { SessionDrafts } from '../../store/sessionDrafts.js';
import { assess, session, type AssessmentResult } from '../../result.js';
import { readConfig } from '../../store/config.js';
import { configDir, dataDir, stateDir } from '../../store/paths.js';
import { openTerminal, type CliContext, say, bankContext } from '../context.js';
import { reportTarget, writeReport, type ReportFlags } from '../report.js';
import { responsesFromFile } from '../io/answersFile.js';
import { saveResults, sayWhereSaved } from '../io/saving.js';
import { draftKey, startingPoint } from '../io/draftChoice.js';

export interface TakeOptions extends ReportFlags {
  /** One answers file per bank, in the order the banks are named. */
  answers?: string[];
  /** How many focus areas the plan has. */
  focus?: number;
  /** --date: when answers given with --answers were given. */
  date?: Date;
  respondent?: string;
  /** false with --no-save. */
  save?: boolean;
  dataDir?: string;
  resume?: boolean;
  restart?: boolean;
  /** The observer form, about this leader. */
  observerOf?: string;
  relationship?: string;
  /** --shuffle, and --seed: the questions in the order the seed gives. */
  shuffle?: boolean;
  seed?: number;
}

/** What Ctrl-C leaves behind in a session stopped in bank `stopped`: the banks done, and the draft. */
function interruptedMessage(banks: LoadedBank[], stopped: number, options: TakeOptions, drafts: SessionDrafts): string {
  if (options.save === false)
    return `nothing was saved (--no-save)${stopped ? `; ${titles(banks.slice(0, stopped))} ${stopped > 1 ? 'were' : 'was'} answered but not kept` : ''}.`;
  const loaded = banks[stopped]!;
  const parts: string[] = [];
  if (stopped)
    parts.push(
      `${titles(banks.slice(0, stopped))} ${stopped > 1 ? 'are' : 'is'} done and saved (see leadlens history)`,
    );
  if (drafts.kept(draftKey(loaded, options))) {
    const again =
      options.observerOf === undefined
        ? [loaded, ...banks.slice(stopped + 1)].map((b) => b.bank.id).join(' ')
        : `${loaded.bank.id} --observer-of ${JSON.stringify(options.observerOf)}`;
    parts.push(
      `your answers to ${loaded.bank.id} so far are kept as a draft; run \`leadlens take ${again}\` to carry on`,
    );
  } else if (drafts.saveFailed) parts.push(`your answers to ${loaded.bank.id} could not be kept as a draft`);
  else parts.push(`${loaded.bank.id} was not started, so it has no draft`);
  return `${parts.join('; ')}.`;
}

const titles = (banks: readonly LoadedBank[]) => banks.map((b) => b.bank.id).join(', ');

/** Called as each bank's questions are done, before the next bank is asked. */
export type OnBankDone = (index: number, responses: Responses) => void;

/** This session's drafts of the banks it asks, in the state folder. */
export function sessionDrafts(ctx: CliContext): SessionDrafts {
  return new SessionDrafts(stateDir(ctx.env), (text) => say(ctx, text));
}

export async function askInTerminal(
  ctx: CliContext,
  banks: LoadedBank[],
  options: TakeOptions,
  drafts: SessionDrafts,
  onBankDone?: OnBankDone,
): Promise<Responses[]> {
  const { out, prompter, width } = await openTerminal(ctx);
  const all: Responses[] = [];
  // One seed for the session; a chosen one is short enough to read out and type again.
  const shuffle = options.shuffle ? (options.seed ?? Math.floor(Math.random() * 1_000_000)) : undefined;
  for (const loaded of banks) {
    const { bank } = loaded;
    const { observerOf } = options;
    const key = draftKey(loaded, options);
    const asked = formQuestions(bank, observerOf !== undefined).length;
    const reflectionCount = observerOf === undefined ? bank.reflections.length : 0;
    const reflections = reflectionCount ? ` and ${reflectionCount} reflection${reflectionCount > 1 ? 's' : ''}` : '';
    const intro = [
      '',
      observerOf === undefined ? bank.title : `${bank.title}: your view of ${observerOf}`,
      `${asked} questions${reflections}, about ${estimateMinutes(bank)} min.`,
      ...(observerOf === undefined
        ? []
        : [
            `Answer for what you saw ${observerOf} do${bank.scale.notApplicable ? `; if you could not see it, choose "${formNotApplicable(bank, observerOf)}"` : ''}.`,
          ]),
      ctx.plain
        ? `Type the number of each answer and press Enter; b goes back, ? helps. You can review every answer before ${observerOf === undefined ? 'scoring' : 'saving'}. Ctrl-C stops.`
        : `Answer with ↑↓ and Enter, or type the number first. You can go back, and review every answer before ${observerOf === undefined ? 'scoring' : 'saving'}. Ctrl-C stops.`,
      '',
    ];
    out.write(`${intro.flatMap((line) => (line ? wrap(line, width) : [line])).join('\n')}\n`);
    // --no-save writes nothing at all: no draft is kept, read or removed.
    const keepDrafts = options.save !== false;
    // Ctrl-C at the choice of a draft leaves the drafts as they were: nothing to tell.
    const initial = keepDrafts ? await startingPoint(loaded, prompter, options, ctx, drafts) : undefined;
    const seed = askingSeed(initial, shuffle);
    if (seed !== undefined)
      say(
        ctx,
        `${bank.id}: questions in shuffled order, seed ${seed} (--shuffle --seed ${seed} asks them in this order again)`,
      );
    else if (shuffle !== undefined) say(ctx, `${bank.id}: your draft goes on in the order it was begun in`);
    try {
      const onAnswer = (responses: Responses) =>
        drafts.save({
          schemaVersion: 1,
          bank: { id: key, version: bank.version, contentHash: loaded.contentHash },
          savedAt: ctx.now().toISOString(),
          responses,
        });
      all.push(
        await runQuiz(bank, prompter, {
          width,
          initial,
          onAnswer: keepDrafts ? onAnswer : undefined,
          observerOf,
          seed: shuffle,
        }),
      );
    } catch (error) {
      if (error instanceof InterruptedError) say(ctx, interruptedMessage(banks, all.length, options, drafts));
      throw error;
    }
    onBankDone?.(all.length - 1, all[all.length - 1]!);
  }
  return all;
}

export async function take(refs: string[], options: TakeOptions, ctx: CliContext): Promise<number> {
  const banks = await Promise.all(refs.map((ref) => resolveBank(ref, bankContext(ctx))));
  if (options.seed !== undefined && !options.shuffle) throw new UsageError('--seed goes with --shuffle');
  if (options.shuffle && options.answers?.length)
    throw new UsageError('--shuffle orders the questions asked in the terminal; with --answers none are asked');
  if (options.observerOf !== undefined) {
    const { takeObserverForm } = await import('./observerForm.js');
    return takeObserverForm(banks, options, ctx);
  }
  if (options.relationship !== undefined)
    throw new UsageError('--relationship goes with --observer-of "<leader\'s name>"');
  const files = options.answers ?? [];
  if (files.length && files.length !== banks.length) {
    throw new UsageError(
      `--answers: give one answers file per bank, in the same order (${banks.length} bank${banks.length > 1 ? 's' : ''}, ${files.length} file${files.length > 1 ? 's' : ''})`,
    );
  }
  if (options.resume && options.restart) throw new UsageError('--resume and --restart cannot be used together');
  if (options.format === 'csv' && banks.length > 1)
    throw new UsageError("csv holds one bank's columns; take one bank at a time, or use --format json");
  const target = reportTarget(ctx, options, banks);

  // A leader's own assessment in the terminal is saved under the name they gave once (leadlens config).
  if (!files.length && options.respondent === undefined) {
    const name = readConfig(configDir(ctx.env)).name;
    if (name) options = { ...options, respondent: name };
  }
  const completedAt = () => options.date ?? ctx.now();
  const dir = options.save === false ? undefined : dataDir(ctx.env, options.dataDir);
  const saved: boolean[] = [];
  const drafts = sessionDrafts(ctx);
  // A failed save is raised once the report is out: the user gets the report, and exit code 74.
  let failed: IoError | undefined;
  /** Scores one bank's answers, and saves the result at once, so a later Ctrl-C cannot lose it. */
  const finish = (i: number, given: Responses): AssessmentResult => {
    const loaded = banks[i]!;
    const unanswered = loaded.bank.questions
      .filter((q) => given.answers[q.id] === undefined && !given.notApplicable?.includes(q.id))
      .map((q) => q.id);
    if (unanswered.length)
      say(
        ctx,
        `${unanswered.length} question${unanswered.length > 1 ? 's' : ''} of ${loaded.bank.id} not answered: ${unanswered.join(', ')}`,
      );
    const result = assess(
      loaded,
      { ...given, respondent: options.respondent ?? given.respondent },
      { toolVersion: ctx.version, completedAt: completedAt(), plan: { focus: options.focus } },
    );
    if (dir) {
      const added = saveResults(dir, [result]);
      if (added instanceof IoError) failed ??= added;
      else {
        saved.push(added > 0);
        // In the history, the bank's answers no longer need their draft (an answers file never had one).
        if (!files.length) drafts.finish(draftKey(loaded, options));
      }
    }
    return result;
  };

  try {
    if (options.date && !files.length)
      throw new UsageError('--date dates answers given with --answers (a result transcribed from paper)');
    const results: AssessmentResult[] = [];
    if (files.length) {
      const responses = await Promise.all(files.map((file, i) => responsesFromFile(file, banks[i]!)));
      responses.forEach((given, i) => results.push(finish(i, given)));
    } else {
      await askInTerminal(ctx, banks, options, drafts, (i, given) => results.push(finish(i, given)));
    }
    if (dir && ctx.stderr.isTTY) sayWhereSaved(ctx, dir, saved.filter(Boolean).length, saved.length);
    const report = session(
      banks.map((loaded, i) => ({ bank: loaded.bank, result: results[i]! })),
      { focus: options.focus },
    );
    const code = await writeReport(ctx, target, report);
    if (!files.length && target.paged && ctx.stderr.isTTY)
      say(ctx, 'next time, add --out plan.html (or plan.md) to keep the plan as a page to share');
    if (failed)
      throw new IoError(
        `${failed.message}${files.length ? '' : '; your answers are kept as a draft, and the next take of the bank offers them'}`,
      );
    return code;
  } catch (error) {
    target.sink.abort();
    throw error;
  }
}
