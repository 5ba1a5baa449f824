/**
 * Saved results: one plain JSON file per result (the `--format json` result), in <data dir>/results/.
 * Names start with the UTC time, so they sort by time, and end with random letters, so concurrent
 * runs never collide; files are written atomically, so a kill never leaves a torn one.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IoError } from '../errors.js';
import { whose } from '../history/belongs.js';
import type { AssessmentResult } from '../result.js';
import { writeFileAtomic } from './atomicFile.js';
import { fileErrorReason, FOLDER_WORDING } from './fileErrors.js';
import { randomTag } from './randomTag.js';
import { isResult, resultProblem } from './resultShape.js';
import { readStoredText } from './readText.js';

/** A saved result and where it lives. */
export interface HistoryEntry {
  file: string;
  result: AssessmentResult;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'anonymous';

export function resultsDir(dataDir: string): string {
  return join(dataDir, 'results');
}

/** `2026-11-22T20-31-05.123Z_customer-lens_sam-lee_k3f9a1.json` */
export function resultFileName(result: AssessmentResult): string {
  const time = result.completedAt.replace(/:/g, '-');
  return `${time}_${slug(result.bank.id)}_${slug(result.respondent ?? 'self')}_${randomTag(6)}.json`;
}

/** What makes two saved results the same answers: bank content, respondent, answers, reflections, observers' view. */
const sameAnswers = (a: AssessmentResult, b: AssessmentResult) =>
  a.bank.id === b.bank.id &&
  a.bank.contentHash === b.bank.contentHash &&
  whose(a) === whose(b) &&
  // A 360 holds the leader's own answers too: it is the same only with the same observers' view.
  JSON.stringify([a.answers, a.notApplicable ?? [], a.reflections, a.feedback360?.dimensions ?? null]) ===
    JSON.stringify([b.answers, b.notApplicable ?? [], b.reflections, b.feedback360?.dimensions ?? null]);

/**
 * Saves a result; the same answers of the same respondent and bank already saved are not saved
 * twice (rendering one client to HTML and then to JSON is one result, not two).
 */
export function saveResult(dataDir: string, result: AssessmentResult): { file: string; saved: boolean } {
  const folder = resultsDir(dataDir);
  // Results are about a person: readable by the user only (the XDG spec asks 0700 for folders it creates).
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // Only files named for this bank and respondent can hold the same answers: the rest are not read.
  const tag = `_${slug(result.bank.id)}_${slug(result.respondent ?? 'self')}_`;
  for (const name of readdirSync(folder)) {
    if (!name.includes(tag) || !name.endsWith('.json')) continue;
    try {
      const saved: unknown = JSON.parse(readStoredText(join(folder, name)));
      if (isResult(saved) && sameAnswers(saved, result)) return { file: join(folder, name), saved: false };
    } catch {
      // an unreadable file is not a copy of this one
    }
  }
  const file = join(folder, resultFileName(result));
  writeFileAtomic(file, `${JSON.stringify(result, null, 2)}\n`, { mode: 0o600 });
  return { file, saved: true };
}

/** Removes saved result files (from history's numbering); missing ones are already gone. */
export function removeResults(files: readonly string[]): void {
  for (const file of files) rmSync(file, { force: true });
}

/** The file that stands where a folder of `path` should be, if one does. */
function fileInTheWay(path: string): string | undefined {
  for (let at = path; at !== dirname(at); at = dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      // not there, or not reachable: look further up
    }
  }
  return undefined;
}

/**
 * Every saved result that is one, oldest first. A damaged file (not JSON, or not a result's shape)
 * is reported through onSkip and left out; a results folder that cannot be read is an IoError, not
 * an empty history. No folder yet is no results yet.
 */
export function readHistory(
  dataDir: string,
  onSkip: (file: string, reason: string) => void = () => {},
): HistoryEntry[] {
  const folder = resultsDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    const file = fileInTheWay(folder);
    throw new IoError(
      `cannot read the saved results in ${folder}: ${file ? `${file} is a file, not a folder` : fileErrorReason(error, FOLDER_WORDING)}`,
    );
  }
  const entries: HistoryEntry[] = [];
  for (const name of names) {
    const file = join(folder, name);
    let result: unknown;
    try {
      result = JSON.parse(readStoredText(file));
    } catch (error) {
      onSkip(file, error instanceof SyntaxError ? `not valid JSON (${error.message})` : fileErrorReason(error));
      continue;
    }
    const problem = resultProblem(result);
    if (problem) onSkip(file, `not a leadlens result (${problem})`);
    else entries.push({ file, result: result as AssessmentResult });
  }
  // Names sort by time already; sorting on the stored time as well keeps hand-copied files in order.
  return entries.sort(
    (a, b) => a.result.completedAt.localeCompare(b.result.completedAt) || a.file.localeCompare(b.file),
  );
}

export interface HistoryFilter {
  bank?: string;
  respondent?: string;
}

export function filterHistory(entries: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
  return entries.filter(
    ({ result }) =>
      (filter.bank === undefined || result.bank.id === filter.bank) &&
      (filter.respondent === undefined || whose(result) === whose({ respondent: filter.respondent })),
  );
}
