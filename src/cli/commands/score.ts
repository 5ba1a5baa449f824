/** `leadlens score`: score answer files or a CSV cohort without any prompt. */
import { resolveBank, type LoadedBank } from '../../bank/load.js';
import { CohortScorer } from '../../cohort/scorer.js';
import { EXIT, UsageError } from '../../errors.js';
import { loadFormat } from '../../report/index.js';
import { assess, single } from '../../result.js';
import { bankContext, say, type CliContext } from '../context.js';
import { expandInputs } from '../io/inputFiles.js';
import { forEachRespondent, readAnswerFiles, type CsvReadFlags, type RespondentInputs } from '../io/respondents.js';
import { reportMisses, reportTarget, writeReport, type ReportFlags, type ReportTarget } from '../report.js';

export interface ScoreOptions extends ReportFlags, CsvReadFlags {
  bank: string;
  csv?: string;
}

const PROGRESS_EVERY = 50_000;

/** A cohort, streamed: each respondent scored and written as it comes. */
async function scoreCohort(
  inputs: RespondentInputs,
  loaded: LoadedBank,
  target: ReportTarget,
  ctx: CliContext,
): Promise<number> {
  const format = await loadFormat(target.format);
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
  return reportMisses(ctx, misses.listed, misses.total);
}

export async function score(patterns: string[], options: ScoreOptions, ctx: CliContext): Promise<number> {
  if (options.csv !== undefined && patterns.length) throw new UsageError('give answer files or --csv, not both');
  if (options.csv === undefined && !patterns.length)
    throw new UsageError('nothing to score: give answer files, or --csv <file> (- for stdin)');
  const loaded = await resolveBank(options.bank, bankContext(ctx));
  const target = reportTarget(ctx, options, [loaded.bank]);
  try {
    const files = options.csv === undefined ? await expandInputs(patterns) : [];
    if (files.length === 1) {
      // One respondent: the full result, plan included, as `take` prints it.
      const [read] = await readAnswerFiles(files, loaded);
      return await writeReport(
        ctx,
        target,
        single(assess(loaded, read!.responses, { toolVersion: ctx.version, completedAt: ctx.now() })),
      );
    }
    const csvs = options.csv === undefined ? [] : [options.csv];
    const inputs: RespondentInputs = { files, csvs, csv: options };
    return await scoreCohort(inputs, loaded, target, ctx);
  } catch (error) {
    target.sink.abort();
    throw error;
  }
}
