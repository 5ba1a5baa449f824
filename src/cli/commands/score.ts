/** `leadlens score`: score answer files or a CSV cohort without any prompt. */
import { say, bankContext } from '../context.js';
import { basename, extname } from 'node:path';
import { resolveBank, type LoadedBank } from '../../bank/load.js';
import { cellTexts } from '../../input/csvCells.js';
import { csvLayout, csvRow, type CsvLayout } from '../../cohort/csvRows.js';
import { InputError, UsageError } from '../../errors.js';
import { formatIssue, type InputIssue } from '../../input/issue.js';
import { assess, single } from '../../result.js';
import { CohortWriter } from '../cohortWriter.js';
import type { CliContext } from '../context.js';
import { openCsv, readCsv } from '../io/csvInput.js';
import { expandInputs } from '../io/inputFiles.js';
import { reportTarget, writeReport, type ReportFlags, type ReportTarget } from '../report.js';
import { responsesFromFile } from '../answersFile.js';

export interface ScoreOptions extends ReportFlags {
  bank: string;
  csv?: string;
  idColumn?: string;
  skipInvalid?: boolean;
}

/** Invalid rows named before giving up, so one run shows a user most of what to fix. */
const MAX_ISSUES = 20;
const PROGRESS_EVERY = 50_000;

const nameOf = (path: string) => basename(path, extname(path));

async function scoreFiles(paths: string[], loaded: LoadedBank, target: ReportTarget, ctx: CliContext): Promise<number> {
  const completedAt = ctx.now();
  if (paths.length === 1) {
    // One respondent: the full result, plan included, as `take` prints it.
    const responses = await responsesFromFile(paths[0]!, loaded);
    const result = assess(loaded, { ...responses, respondent: responses.respondent ?? nameOf(paths[0]!) }, { toolVersion: ctx.version, completedAt });
    return writeReport(ctx, target, single(result));
  }
  // Every file is checked before anything is written, so a typo in the tenth file costs no output.
  const all = await Promise.all(
    paths.map(async (path) => {
      try {
        return { ok: true as const, path, responses: await responsesFromFile(path, loaded) };
      } catch (error) {
        if (error instanceof InputError) return { ok: false as const, issues: error.issues };
        throw error;
      }
    }),
  );
  const issues = all.flatMap((r) => (r.ok ? [] : r.issues));
  if (issues.length) throw new InputError(issues);
  const writer = await CohortWriter.open(loaded, target, ctx);
  await writer.begin();
  for (const r of all) if (r.ok) await writer.add({ ...r.responses, respondent: r.responses.respondent ?? nameOf(r.path) });
  return writer.end(0);
}

async function scoreCsv(path: string, loaded: LoadedBank, options: ScoreOptions, target: ReportTarget, ctx: CliContext): Promise<number> {
  const label = path === '-' ? '<stdin>' : path;
  if (path === '-' && ctx.stdin.isTTY) say(ctx, 'reading the CSV from the terminal; paste it, then press Ctrl-D');
  const input = openCsv(path, ctx.stdin);
  const issues: InputIssue[] = [];
  let writer: CohortWriter | undefined;
  let layout: CsvLayout | undefined;
  let headerSeen = false;
  let scratch: Float64Array | undefined;
  let skipped = 0;
  let scored = 0;
  const progress = ctx.stderr.isTTY;

  await readCsv(input, label, (row, rowNumber) => {
    if (!headerSeen) {
      headerSeen = true;
      const result = csvLayout(cellTexts(row), loaded.bank, label, options.idColumn);
      if (!result.ok) {
        issues.push(...result.issues);
        return 'stop';
      }
      layout = result.layout;
      scratch = new Float64Array(layout.bankSize);
      if (layout.ignored.length) say(ctx, `${label}: ignoring columns that are not questions of ${loaded.bank.id}: ${layout.ignored.join(', ')}`);
      if (layout.absent.length) say(ctx, `${label}: no column for ${layout.absent.join(', ')}; those answers count as missing`);
      return CohortWriter.open(loaded, target, ctx).then((opened) => {
        writer = opened;
        return opened.begin();
      });
    }
    if (!layout) return 'stop';
    const result = csvRow(row, rowNumber, layout, scratch);
    if (!result.ok) {
      if (options.skipInvalid) {
        skipped++;
        if (skipped <= MAX_ISSUES) ctx.stderr.write(`${result.issues.map(formatIssue).join('\n')} (row skipped)\n`);
        return undefined;
      }
      issues.push(...result.issues);
      return issues.length >= MAX_ISSUES ? 'stop' : undefined;
    }
    if (issues.length) return undefined; // keep looking for problems, but write nothing more
    scored++;
    if (progress && scored % PROGRESS_EVERY === 0) ctx.stderr.write(`\rleadlens: scored ${scored.toLocaleString('en')} rows…`);
    return writer!.addValues(result.respondent, result.values);
  });

  if (progress && scored >= PROGRESS_EVERY) ctx.stderr.write('\r\u001b[K');
  if (!headerSeen) throw new InputError([{ file: label, line: 1, col: 1, path: '', message: 'the CSV is empty; expected a header row of question ids' }]);
  if (issues.length) throw new InputError(issues.length >= MAX_ISSUES ? [...issues, { file: label, line: issues.at(-1)!.line, col: 1, path: '', message: `stopped after ${MAX_ISSUES} problems` }] : issues);
  if (skipped > MAX_ISSUES) say(ctx, `…${skipped - MAX_ISSUES} more invalid rows skipped`);
  return writer!.end(skipped);
}

export async function score(patterns: string[], options: ScoreOptions, ctx: CliContext): Promise<number> {
  if (options.csv !== undefined && patterns.length) throw new UsageError('give answer files or --csv, not both');
  if (options.csv === undefined && !patterns.length) throw new UsageError('nothing to score: give answer files, or --csv <file> (- for stdin)');
  const loaded = await resolveBank(options.bank, bankContext(ctx));
  const files = options.csv === undefined ? await expandInputs(patterns) : [];
  const target = reportTarget(ctx, options, [loaded.bank]);
  try {
    return options.csv !== undefined ? await scoreCsv(options.csv, loaded, options, target, ctx) : await scoreFiles(files, loaded, target, ctx);
  } catch (error) {
    target.sink.abort();
    throw error;
  }
}
