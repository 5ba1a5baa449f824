/**
 * One take session's drafts, a file per bank: written as answers come, removed once the answers are
 * kept elsewhere. Drafts of earlier sessions that this one carries on, or was told to discard, are
 * removed once this session's own draft holds the answers. A draft that cannot be written or removed
 * is said once per session, never per answer, and never stops the leader mid-assessment.
 */
import { existsSync } from 'node:fs';
import { fileErrorReason, FOLDER_WORDING } from './fileErrors.js';
import { draftsDir, removeDraft, saveDraft, type Draft } from './drafts.js';

// Creating the drafts folder where a file has its name fails with EEXIST.
const DRAFTS_FOLDER = { ...FOLDER_WORDING, EEXIST: 'a file stands where the folder should be' };

interface BankDrafts {
  /** This session's draft, once written. */
  own?: string;
  /** The earlier draft this session carries on. */
  resumed?: string;
  /** Earlier drafts to remove: the resumed one, and those the leader chose to start over from. */
  replaced: string[];
}

/** The drafts one run of take writes, reads back and removes, by bank key. */
export class SessionDrafts {
  private readonly banks = new Map<string, BankDrafts>();
  private failedToSave = false;
  private removeFailed = false;

  constructor(
    readonly stateDir: string,
    private readonly warn: (text: string) => void,
  ) {}

  private of(key: string): BankDrafts {
    let bank = this.banks.get(key);
    if (!bank) this.banks.set(key, (bank = { replaced: [] }));
    return bank;
  }

  /** This session carries on from the draft at `path`, which goes once this session's draft holds its answers. */
  resume(key: string, path: string): void {
    const bank = this.of(key);
    bank.resumed = path;
    bank.replaced.push(path);
  }

  /** These drafts are not wanted (start over, or answered questions that have changed). */
  discard(key: string, paths: readonly string[]): void {
    this.of(key).replaced.push(...paths);
  }

  save(draft: Draft): void {
    const bank = this.of(draft.bank.id);
    try {
      bank.own = saveDraft(this.stateDir, draft, bank.own);
    } catch (error) {
      // Better to go on without a draft than to stop the leader mid-assessment.
      if (!this.failedToSave)
        this.warn(
          `could not save a draft in ${draftsDir(this.stateDir)}: ${fileErrorReason(error, DRAFTS_FOLDER)}; this session's answers are kept only if you finish it`,
        );
      this.failedToSave = true;
      return;
    }
    this.remove(bank.replaced.splice(0));
  }

  /** Whether a draft could not be written: answers given since are only in memory. */
  get saveFailed(): boolean {
    return this.failedToSave;
  }

  /** Whether answers of this bank wait in a draft: this session's, or the one it carries on. */
  kept(key: string): boolean {
    const bank = this.banks.get(key);
    return Boolean(bank && [bank.own, bank.resumed].some((path) => path !== undefined && existsSync(path)));
  }

  /** The bank's answers are kept elsewhere now: its drafts go. */
  finish(key: string): void {
    const bank = this.banks.get(key);
    if (!bank) return;
    this.remove([...(bank.own ? [bank.own] : []), ...bank.replaced.splice(0)]);
    this.banks.delete(key);
  }

  private remove(paths: readonly string[]): void {
    for (const path of paths) {
      try {
        removeDraft(path);
      } catch (error) {
        if (!this.removeFailed) this.warn(`could not remove the draft ${path}: ${fileErrorReason(error)}`);
        this.removeFailed = true;
      }
    }
  }
}
