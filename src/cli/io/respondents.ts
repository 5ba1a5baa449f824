/**
 * The one way `score` and `360` read who answered what: answer files (paths, folders, quoted globs)
 * and CSV cohorts (a file, or - for stdin) to respondents, or every problem in them at once.
 * Answer files are all checked before the first respondent is handed on; a CSV streams.
 */
import { basename, extname } from 'node:path';
import { statSync, type Stats } from 'node:fs';
import { fileChunks } from './fileChunks.js';
import type { LoadedBank } from '../../bank/load.js';
import { valuesOf } from '../../cohort/entry.js';
import { MAX_ISSUES, readResponses, type CsvHeader, type CsvRespondent, type CsvSource } from '../../csv/read.js';
import { InputError, UsageError } from '../../errors.js';
import { formatIssue, type InputIssue } from '../../input/issue.js';
import { fileErrorReason, writeFailure } from '../../store/fileErrors.js';
import { decodeChunks } from '../../csv/encoding.js';
import { MAX_CHECKED } from '../../csv/seenIds.js';
import { explainCsv, mapYaml } from '../../csv/explain.js';
import { readText } from '../../store/readText.js';
import { fileKind, refusal } from '../../store/readBounded.js';
import { writeFileAtomic } from '../../store/atomicFile.js';
import type { CsvLayout } from '../../csv/read.js';
import { say, write, type CliContext } from '../context.js';

/** --save-map: the mapping found, to edit and pass back with --map. */
async function writeMap(path: string, layout: CsvLayout, ctx: CliContext): Promise<void> {
  try {
    writeFileAtomic(path, mapYaml(layout));
  } catch (error) {
    throw writeFailure(path, error);
  }
  say(ctx, `wrote the column map to ${path}; edit it and pass it back with --map ${path}`);
}
import { responsesFromFile } from './answersFile.js';

export interface RespondentInputs {
  /** Answer files (folders and globs already expanded: see expandInputs). */
  files: readonly string[];
  /** CSV cohorts; - reads stdin. */
  csvs: readonly string[];
  /** How the CSVs are read: the id and group columns, a column map, separator, encoding, strictness. */
  csv?: CsvReadFlags;
}

/** The CSV flags of `score` and `360`, as declared. */
export interface CsvReadFlags {
  idColumn?: string;
  groupColumn?: string;
  map?: string;
  saveMap?: string;
  delimiter?: number;
  encoding?: string;
  skipInvalid?: boolean;
  strict?: boolean;
  explain?: boolean;
}

export interface RespondentHandlers {
  /** A CSV's header, before its first respondent (with its label for messages); false stops reading. */
  header?(label: string, header: CsvHeader): Promise<void> | void | false;
  /** One respondent; a promise returned is awaited before the next. `values` may be reused afterwards. */
  respondent(respondent: CsvRespondent): Promise<void> | undefined;
}

/** A CSV file, or stdin, as a source of chunks. */
export function csvSource(path: string, ctx: CliContext): CsvSource {
  if (path === '-') {
    if (ctx.stdin.isTTY) say(ctx, 'reading the CSV from the terminal; paste it, then press Ctrl-D');
    return { label: '<stdin>', chunks: ctx.stdin as AsyncIterable<Buffer>, close: () => {} };
  }
  let stats: Stats;
  try {
    stats = statSync(path);
    // A CSV streams, so devices and pipes the user named are fine; a named pipe would wait for ever.
    const why = refusal(fileKind(stats, path), true);
    if (why) throw new UsageError(`cannot read CSV "${path}": ${why}`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read CSV "${path}": ${fileErrorReason(error)}`);
  }
  const chunks = fileChunks(path);
  const size = stats.isFile() ? stats.size : undefined;
  return { label: path, chunks, size, close: () => chunks.close() };
}

/** A --map file: column name → question id, in YAML. */
async function readMap(path: string): Promise<Record<string, string>> {
  const { yamlValue } = await import('../../input/yamlSource.js');
  let map: unknown;
  try {
    map = yamlValue(readText(path, 'map'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read map "${path}": ${(error as Error).message.split('\n')[0]}`);
  }
  if (!map || typeof map !== 'object' || Array.isArray(map) || Object.values(map).some((v) => typeof v !== 'string')) {
    throw new UsageError(`cannot read map "${path}": expected lines of "column name: question-id"`);
  }
  return map as Record<string, string>;
}

/** A file without a respondent is named after the file. */
const nameOf = (path: string) => basename(path, extname(path));

/** Reads and checks every answer file; all problems at once. */
export async function readAnswerFiles(paths: readonly string[], loaded: LoadedBank) {
  const read = await Promise.all(
    paths.map(async (path) => {
      try {
        return { ok: true as const, path, responses: await responsesFromFile(path, loaded) };
      } catch (error) {
        if (error instanceof InputError) return { ok: false as const, issues: error.issues };
        throw error;
      }
    }),
  );
  const issues = read.flatMap((r) => (r.ok ? [] : r.issues));
  if (issues.length) throw new InputError(issues);
  return read.flatMap((r) =>
    r.ok ? [{ path: r.path, responses: { ...r.responses, respondent: r.responses.respondent ?? nameOf(r.path) } }] : [],
  );
}

/** Hands every respondent on, files first; throws an InputError naming every problem found. */
export async function forEachRespondent(
  inputs: RespondentInputs,
  loaded: LoadedBank,
  ctx: CliContext,
  handlers: RespondentHandlers,
): Promise<{ skipped: number; explained: boolean }> {
  const issues: InputIssue[] = [];
  const ids = loaded.bank.questions.map((q) => q.id);
  const files = inputs.files.length ? await readAnswerFiles(inputs.files, loaded) : [];
  for (const { responses } of files) {
    const values = valuesOf(ids, responses.answers, responses.notApplicable);
    await handlers.respondent({ respondent: responses.respondent!, group: responses.group ?? null, values });
  }
  let skipped = 0;
  const flags = inputs.csv ?? {};
  const map = flags.map === undefined ? undefined : await readMap(flags.map);
  for (const path of inputs.csvs) {
    const raw = csvSource(path, ctx);
    const decoding = { encoding: 'utf-8' };
    const source = { ...raw, chunks: decodeChunks(raw.chunks, flags.encoding, decoding) };
    try {
      const read = await readResponses(
        source,
        loaded.bank,
        { ...flags, map },
        {
          async header(header, layout, shape) {
            if (flags.saveMap !== undefined) await writeMap(flags.saveMap, layout, ctx);
            if (flags.explain) {
              await write(ctx.stdout, explainCsv(source.label, layout, shape, decoding.encoding, loaded.bank.id));
              return false;
            }
            return handlers.header?.(source.label, header);
          },
          respondent: handlers.respondent,
          skipped(rowIssues, count) {
            if (count <= MAX_ISSUES) ctx.stderr.write(`${rowIssues.map(formatIssue).join('\n')} (row skipped)\n`);
          },
        },
      );
      skipped += read.skipped;
      const { duplicates } = read;
      for (const d of duplicates.listed)
        say(
          ctx,
          `${source.label}: respondent "${d.respondent}" appears again in row${d.rows.length > 1 ? 's' : ''} ${d.rows.join(', ')}; use --strict to refuse the file`,
        );
      const more = duplicates.total - duplicates.listed.reduce((n, d) => n + d.rows.length, 0);
      if (more > 0) say(ctx, `${source.label}: …and ${more} more repeated respondents`);
      if (duplicates.unchecked)
        say(
          ctx,
          `${source.label}: repeated respondents were looked for among the first ${MAX_CHECKED.toLocaleString('en')} only`,
        );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length) throw new InputError(issues);
  if (skipped > MAX_ISSUES) say(ctx, `…${skipped - MAX_ISSUES} more invalid rows skipped`);
  return { skipped, explained: flags.explain === true };
}
