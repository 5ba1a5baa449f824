/** `leadlens 360`: the leader's self-assessment beside observers' answers. */
import { resolve } from 'node:path';
import { resolveBank } from '../../bank/load.js';
import { answersOf } from '../../cohort/entry.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { assess360, type Observer } from '../../feedback360/assess.js';
import { single } from '../../result.js';
import { bankContext, say, type CliContext } from '../context.js';
import { responsesFromFile } from '../io/answersFile.js';
import { expandInputs } from '../io/inputFiles.js';
import { forEachRespondent, type CsvReadFlags } from '../io/respondents.js';
import { reportTarget, writeReport, type ReportFlags } from '../report.js';

export interface FeedbackOptions extends ReportFlags, CsvReadFlags {
  bank: string;
  self: string;
  observers: string[];
  minGroup: number;
  gap: number;
  respondent?: string;
  focus?: number;
}

const isCsv = (input: string) => /\.csv$/i.test(input) || input === '-';

export async function feedback360(_args: string[], options: FeedbackOptions, ctx: CliContext): Promise<number> {
  const loaded = await resolveBank(options.bank, bankContext(ctx));
  const rules = { gap: options.gap, minGroup: options.minGroup };
  const target = reportTarget(ctx, options, [loaded.bank]);
  try {
    const ids = loaded.bank.questions.map((q) => q.id);
    const observers: Observer[] = [];
    // The leader's own file among the observers' (a folder that holds both) is not an observer.
    const selfPath = resolve(options.self);
    const observerFiles = (await expandInputs(options.observers.filter((i) => !isCsv(i)))).filter((file) => {
      if (resolve(file) !== selfPath) return true;
      say(ctx, `${file} is the leader's own answers (--self); it is not counted as an observer`);
      return false;
    });
    const selfRead = await responsesFromFile(options.self, loaded).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const leader = (options.respondent ?? (selfRead.ok ? selfRead.value.respondent : null))?.trim().toLowerCase();
    // The self file and every observer input are read before anything is said: all problems at once.
    const [self, read] = await Promise.allSettled([
      selfRead.ok ? Promise.resolve(selfRead.value) : Promise.reject(selfRead.error),
      (async () =>
        forEachRespondent(
          {
            files: observerFiles,
            csvs: options.observers.filter(isCsv),
            csv: options,
          },
          loaded,
          ctx,
          {
            header(label, header) {
              if (!header.hasGroup) say(ctx, `${label} has no "group" column; its observers count in "others" only`);
            },
            respondent({ respondent, group, values }) {
              // An observer answering as the leader is the leader's self-view, not an observer's.
              if (leader && respondent.trim().toLowerCase() === leader) {
                say(
                  ctx,
                  `an observer named "${respondent}" is the leader; those answers are not counted as an observer's`,
                );
                return undefined;
              }
              observers.push({ group, answers: answersOf(ids, values) });
              return undefined;
            },
          },
        ))(),
    ]);
    const issues = [self, read].flatMap((r) =>
      r.status === 'rejected' && r.reason instanceof InputError ? r.reason.issues : [],
    );
    const failed = [self, read].find((r) => r.status === 'rejected' && !(r.reason instanceof InputError));
    if (failed?.status === 'rejected') throw failed.reason;
    if (issues.length) throw new InputError(issues);
    // --explain said how the observers' file reads; there is nothing to compare yet.
    if (read.status === 'fulfilled' && read.value.explained) {
      target.sink.abort();
      return EXIT.ok;
    }
    if (!observers.length)
      throw new UsageError('no observers: --observers needs answer files, a folder of them, or a CSV');
    const given = (self as PromiseFulfilledResult<Awaited<ReturnType<typeof responsesFromFile>>>).value;
    const result = assess360(
      loaded,
      { ...given, respondent: options.respondent ?? given.respondent },
      observers,
      rules,
      {
        toolVersion: ctx.version,
        completedAt: ctx.now(),
        plan: { focus: options.focus },
      },
    );
    return await writeReport(ctx, target, single(result));
  } catch (error) {
    target.sink.abort();
    throw error;
  }
}
