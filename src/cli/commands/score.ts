/** `leadlens score`: score answer files or a CSV cohort without any prompt. */
import { resolveBank, type LoadedBank } from '../../bank/load.js';
import { CohortScorer } from '../../cohort/scorer.js';
import { EXIT, UsageError } from '../../errors.js';
import { loadFormat } from '../../report/index.js';
import type { Responses } from '../../answers/schema.js';
import { answersOf } from '../../cohort/entry.js';
import { assess, single, type AssessmentResult } from '../../result.js';
import { NA } from '../../scoring/score.js';
import { dataDir } from '../../store/paths.js';
import { MAX_SAVED } from '../options.js';
import { saveResults, sayWhereSaved } from '../io/saving.js';
import { bankContext, say, type CliContext } from '../context.js';
import { expandInputs } from '../io/inputFiles.js';
import { forEachRespondent, readAnswerFiles, type CsvReadFlags, type RespondentInputs } from '../io/respondents.js';
import { reportMisses, reportTarget, writeReport, type ReportFlags, type ReportTarget } from '../report.js';

export interface ScoreOptions extends ReportFlags, CsvReadFlags {
  bank: string;
  csv?: string;
  /** --save: each respondent's result into the history. */
  save?: boolean;
  dataDir?: string;
}

/** Answers in bank question order back to an answers file's shape, to be saved as a full result. */
function responsesOf(ids: readonly string[], respondent: string, values: ArrayLike<number>): Responses {
  const notApplicable = ids.filter((_, i) => values[i] === NA);
  return { respondent, answers: answersOf(ids, values), notApplicable, reflections: {} };
}

const PROGRESS_EVERY = 50_000;

/** A cohort, streamed: each respondent scored and written as it comes. */
async function scoreCohort(
  inputs: RespondentInputs,
  loaded: LoadedBank,
  target: ReportTarget,
  ctx: CliContext,
  toSave?: Responses[],
): Promise<number> {
  const format = await loadFormat(target.format);
  const ids = loaded.bank.questions.map((q) => q.id);
  let unsaved = 0;
  const cohort = new CohortScorer(loaded, {
    renderer: format.cohort(target.options),
    usesAnswers: format.usesAnswers === true,
    thresholds: target.thresholds,
    toolVersion: ctx.version,
    generatedAt: ctx.now(),
  });
  const { sink } = target;
  const progress = ctx.stderr.isTTY;
  let started = false;
  let scored = 0;
  const begin = () => {
    started = true;
    return sink.write(cohort.begin());
  };
  const { skipped, explained } = await forEachRespondent(inputs, loaded, ctx, {
    header(label, header) {
      if (header.ignored.length)
        say(
          ctx,
          `${label}: ignoring columns that are not questions of ${loaded.bank.id}: ${header.ignored.join(', ')}`,
        );
      if (header.absent.length)
        say(ctx, `${label}: no column for ${header.absent.join(', ')}; those answers count as missing`);
      return begin();
    },
    respondent({ respondent, values }) {
      const opening = started ? undefined : begin();
      scored++;
      if (progress && scored % PROGRESS_EVERY === 0)
        ctx.stderr.write(`\rleadlens: scored ${scored.toLocaleString('en')} rows…`);
      // Kept before scoring, which reuses the values; past the bound only counted, and nothing is saved.
      if (toSave && toSave.length < MAX_SAVED) toSave.push(responsesOf(ids, respondent, values));
      else if (toSave) unsaved++;
      const piece = cohort.add(respondent, values);
      const wrote = piece === undefined ? undefined : sink.write(piece);
      return opening && wrote ? opening.then(() => wrote) : (opening ?? wrote);
    },
  });
  if (progress && scored >= PROGRESS_EVERY) ctx.stderr.write('\r\u001b[K');
  // --explain said how the file reads; there is nothing to score.
  if (explained) {
    sink.abort();
    return EXIT.ok;
  }
  if (!started) await begin();
  const { footer, misses } = cohort.end(skipped);
  await sink.write(footer);
  await sink.close();
  if (unsaved)
    throw new UsageError(
      `--save keeps at most ${MAX_SAVED.toLocaleString('en')} results a run, and this cohort has ${(toSave!.length + unsaved).toLocaleString('en')}: nothing was saved (the report is complete; save a cohort this size as its CSV or JSON report)`,
    );
  return reportMisses(ctx, misses.listed, misses.total);
}

/** Saves results after their report is out; a failed save is an error of its own. */
function saved(ctx: CliContext, dir: string, results: AssessmentResult[]): void {
  const added = saveResults(dir, results);
  if (added instanceof Error) throw added;
  sayWhereSaved(ctx, dir, added, results.length);
}

export async function score(patterns: string[], options: ScoreOptions, ctx: CliContext): Promise<number> {
  if (options.csv !== undefined && patterns.length) throw new UsageError('give answer files or --csv, not both');
  if (options.csv === undefined && !patterns.length)
    throw new UsageError('nothing to score: give answer files, or --csv <file> (- for stdin)');
  if (options.dataDir !== undefined && !options.save) throw new UsageError('--data-dir goes with --save');
  const loaded = await resolveBank(options.bank, bankContext(ctx));
  const target = reportTarget(ctx, options, [loaded]);
  const dir = options.save ? dataDir(ctx.env, options.dataDir) : undefined;
  const context = { toolVersion: ctx.version, completedAt: ctx.now() };
  try {
    const files = options.csv === undefined ? await expandInputs(patterns) : [];
    if (files.length === 1 && !options.junitSummary) {
      // One respondent: the full result, plan included, as `take` prints it.
      const [read] = await readAnswerFiles(files, loaded);
      const result = assess(loaded, read!.responses, context);
      const code = await writeReport(ctx, target, single(result));
      if (dir) saved(ctx, dir, [result]);
      return code;
    }
    const csvs = options.csv === undefined ? [] : [options.csv];
    const inputs: RespondentInputs = { files, csvs, csv: options };
    const toSave: Responses[] | undefined = dir ? [] : undefined;
    const code = await scoreCohort(inputs, loaded, target, ctx, toSave);
    if (dir && toSave)
      saved(
        ctx,
        dir,
        toSave.map((responses) => assess(loaded, responses, context)),
      );
    return code;
  } catch (error) {
    target.sink.abort();
    throw error;
  }
}
