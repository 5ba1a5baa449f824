/**
 * Drafts of unfinished assessments, one per bank, in <state dir>/drafts/. Saved atomically after
 * every answer, so Ctrl-C, a closed terminal or a kill loses nothing that was answered.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Responses } from '../answers/schema.js';
import { writeFileAtomic } from './atomicFile.js';
import { ReadRefused } from './readBounded.js';
import { readStoredText } from './readText.js';

export interface Draft {
  schemaVersion: 1;
  /** `version` is absent in drafts saved before banks had a second version. */
  bank: { id: string; version?: string; contentHash: string };
  savedAt: string;
  responses: Responses;
}

export function draftPath(stateDir: string, bankId: string): string {
  return join(stateDir, 'drafts', `${bankId}.json`);
}

export function saveDraft(stateDir: string, draft: Draft): void {
  mkdirSync(join(stateDir, 'drafts'), { recursive: true });
  writeFileAtomic(draftPath(stateDir, draft.bank.id), `${JSON.stringify(draft, null, 2)}\n`);
}

/** The draft for a bank, or null; a damaged draft is reported through onDamaged and ignored. */
export function loadDraft(
  stateDir: string,
  bankId: string,
  onDamaged: (path: string, reason: string) => void = () => {},
): Draft | null {
  const path = draftPath(stateDir, bankId);
  let text: string;
  try {
    text = readStoredText(path);
  } catch (error) {
    // Most banks have no draft, which needs no word; a pipe or a huge file in its place does.
    if (error instanceof ReadRefused) onDamaged(path, error.message);
    return null;
  }
  try {
    const draft = JSON.parse(text) as Draft;
    if (
      draft?.schemaVersion !== 1 ||
      typeof draft.bank?.contentHash !== 'string' ||
      typeof draft.responses?.answers !== 'object'
    )
      throw new Error('not a leadlens draft');
    return draft;
  } catch (error) {
    onDamaged(path, (error as Error).message);
    return null;
  }
}

export function deleteDraft(stateDir: string, bankId: string): void {
  rmSync(draftPath(stateDir, bankId), { force: true });
}
