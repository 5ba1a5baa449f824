/** `leadlens 360`: the leader's self-assessment beside observers' answers. */
import { resolve } from 'node:path';
import type { Responses } from '../../answers/schema.js';
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
import { saveResults, sayWhereSaved } from '../io/saving.js';
import { dataDir } from '../../store/paths.js';

export interface FeedbackOptions extends ReportFlags, CsvReadFlags {
  bank: string;
  self: string;
  observers: string[];
  minGroup: number;
  gap: number;
  respondent?: string;
  focus?: number;
  /** --save: the 360 result into the leader's history. */
  save?: boolean;
  dataDir?: string;
}

/** A promise's value or error, so that several inputs can be read and their problems reported together. */
const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

const isCsv = (input: string) => /\.csv$/i.test(input) || input === '-';

export async function feedback360(_args: string[], options: FeedbackOptions, ctx: CliContext): Promise<number> {
  if (options.dataDir !== undefined && !options.save) throw new UsageError('--data-dir goes with --save');
  const loaded = await resolveBank(options.bank, bankContext(ctx));
  const rules = { gap: options.gap, minGroup: options.minGroup };
  const target = reportTarget(ctx, options, [loaded]);
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
    // The self file and every observer input are read before anything is said: all problems at once.
    const self = await settle(responsesFromFile(options.self, loaded));
    const leader = (options.respondent ?? ('value' in self ? self.value.respondent : null))?.trim().toLowerCase();
    const read = await settle(
      forEachRespondent({ files: observerFiles, csvs: options.observers.filter(isCsv), csv: options }, loaded, ctx, {
        header(label, header) {
          if (!header.hasGroup) say(ctx, `${label} has no "group" column; its observers count in "others" only`);
        },
        respondent({ respondent, group, values }) {
          // An observer answering as the leader is the leader's self-view, not an observer's.
          if (leader && respondent.trim().toLowerCase() === leader) {
            say(ctx, `an observer named "${respondent}" is the leader; those answers are not counted as an observer's`);
            return undefined;
          }
          observers.push({ group, answers: answersOf(ids, values) });
          return undefined;
        },
      }),
    );
    const errors = [self, read].flatMap((r) => ('error' in r ? [r.error] : []));
    const unexpected = errors.find((e) => !(e instanceof InputError));
    if (unexpected) throw unexpected;
    if (errors.length) throw new InputError(errors.flatMap((e) => (e as InputError).issues));
    const given = (self as { value: Responses }).value;
    // --explain said how the observers' file reads; there is nothing to compare yet.
    if ((read as { value: { explained: boolean } }).value.explained) {
      target.sink.abort();
      return EXIT.ok;
    }
    if (!observers.length)
      throw new UsageError('no observers: --observers needs answer files, a folder of them, or a CSV');
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
    const code = await writeReport(ctx, target, single(result));
    if (options.save) {
      const dir = dataDir(ctx.env, options.dataDir);
      const added = saveResults(dir, [result]);
      if (added instanceof Error) throw added;
      sayWhereSaved(ctx, dir, added, 1);
    }
    return code;
  } catch (error) {
    target.sink.abort();
    throw error;
  }
}
