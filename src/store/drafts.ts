/**
 * Drafts of unfinished assessments, in <state dir>/drafts/: one file per session and bank,
 * `<bank>.<session tag>.json`, created exclusively, so two terminals taking one bank each keep
 * their own answers instead of the last writer's. Saved atomically after every answer, so Ctrl-C,
 * a closed terminal or a kill loses nothing that was answered. Versions up to 0.2 kept one draft
 * per bank, `<bank>.json`: it is still offered, like any other session's.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Responses } from '../answers/schema.js';
import { createFileExclusive, writeFileAtomic } from './atomicFile.js';
import { fileErrorReason } from './fileErrors.js';
import { dateTime, list, nullable, number, object, optional, record, text, type Check } from './jsonShape.js';
import { randomTag } from './randomTag.js';
import { ReadRefused } from './readBounded.js';
import { readStoredText } from './readText.js';

export interface Draft {
  schemaVersion: 1;
  /** `version` is absent in drafts saved before banks had a second version. */
  bank: { id: string; version?: string; contentHash: string };
  savedAt: string;
  responses: Responses;
}

/** A draft on disk. */
export interface SavedDraft {
  path: string;
  draft: Draft;
}

const draftShape: Check = object({
  schemaVersion: number({ whole: true, min: 1, max: 1 }),
  bank: object({ id: text, version: optional(text), contentHash: text }),
  savedAt: dateTime,
  responses: object({
    respondent: optional(nullable(text)),
    answers: record(number()),
    notApplicable: optional(list(text)),
    reflections: optional(record(text)),
  }),
});

/** Why a parsed file is not a draft, or null when it is one. Pure. */
export const draftProblem = (value: unknown): string | null => draftShape(value, '');

export function draftsDir(stateDir: string): string {
  return join(stateDir, 'drafts');
}

/** Session tags: long enough never to read as the `observer` of an observer's draft key. */
const TAG_LENGTH = 10;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `<key>.json` (one draft per bank, before 0.3) or `<key>.<tag>.json`; bank ids have no dots. */
const draftName = (key: string) => new RegExp(`^${escape(key)}(?:\\.[a-z0-9]{${TAG_LENGTH}})?\\.json$`);

/** Reads one draft file; a damaged one is reported through onDamaged. */
function readDraft(path: string, onDamaged: (path: string, reason: string) => void): Draft | null {
  let value: unknown;
  try {
    value = JSON.parse(readStoredText(path));
  } catch (error) {
    // A pipe or a huge file in a draft's place is refused by the read, with its own reason.
    const reason =
      error instanceof SyntaxError
        ? `not valid JSON (${error.message})`
        : error instanceof ReadRefused
          ? error.message
          : fileErrorReason(error);
    onDamaged(path, reason);
    return null;
  }
  const problem = draftProblem(value);
  if (problem) {
    onDamaged(path, `not a leadlens draft (${problem})`);
    return null;
  }
  return value as Draft;
}

/**
 * The drafts of a bank (`key`: its id, or `<id>.observer` for the observer form), newest first.
 * A damaged one is reported through onDamaged and left out; a drafts folder that cannot be read
 * holds no drafts that could be offered.
 */
export function listDrafts(
  stateDir: string,
  key: string,
  onDamaged: (path: string, reason: string) => void = () => {},
): SavedDraft[] {
  let names: string[];
  try {
    names = readdirSync(draftsDir(stateDir));
  } catch {
    return [];
  }
  const pattern = draftName(key);
  const found: SavedDraft[] = [];
  for (const name of names.filter((n) => pattern.test(n)).sort()) {
    const path = join(draftsDir(stateDir), name);
    const draft = readDraft(path, onDamaged);
    if (draft) found.push({ path, draft });
  }
  return found.sort((a, b) => b.draft.savedAt.localeCompare(a.draft.savedAt) || a.path.localeCompare(b.path));
}

/**
 * Saves a session's draft. The first save creates a file no other session has (a fresh tag, created
 * exclusively) and returns its path; later saves pass that path and replace the file atomically.
 */
export function saveDraft(stateDir: string, draft: Draft, path?: string): string {
  const body = `${JSON.stringify(draft, null, 2)}\n`;
  // Answers in progress are as private as the results they become.
  if (path) {
    writeFileAtomic(path, body, { mode: 0o600 });
    return path;
  }
  mkdirSync(draftsDir(stateDir), { recursive: true, mode: 0o700 });
  // A tag already taken is near impossible (36^10); trying a few keeps a strange file system from looping.
  for (let attempt = 0; attempt < 5; attempt++) {
    const fresh = join(draftsDir(stateDir), `${draft.bank.id}.${randomTag(TAG_LENGTH)}.json`);
    if (createFileExclusive(fresh, body)) return fresh;
  }
  throw Object.assign(new Error('every new draft name was taken'), { code: 'EEXIST' });
}

/** Removes a draft; one already gone is fine. */
export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}
