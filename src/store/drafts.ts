/**
 * Drafts of unfinished assessments, one per bank, in <state dir>/drafts/. Saved atomically after
 * every answer, so Ctrl-C, a closed terminal or a kill loses nothing that was answered.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Responses } from '../answers/schema.js';
import { writeFileAtomic } from './atomicFile.js';

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
  // Answers in progress are as private as the results they become.
  mkdirSync(join(stateDir, 'drafts'), { recursive: true, mode: 0o700 });
  writeFileAtomic(draftPath(stateDir, draft.bank.id), `${JSON.stringify(draft, null, 2)}\n`, { mode: 0o600 });
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
    text = readFileSync(path, 'utf8');
  } catch {
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
