import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitDraft } from '../../src/quiz/resume.js';
import { deleteDraft, draftPath, loadDraft, saveDraft, type Draft } from '../../src/store/drafts.js';
import { MINI_BANK, MINI_BANK_V2, parsed } from '../helpers.js';

const loaded = parsed();
const draft = (answers: Record<string, number>, contentHash = loaded.contentHash): Draft => ({
  schemaVersion: 1,
  bank: { id: 'mini', contentHash },
  savedAt: '2026-01-01T00:00:00.000Z',
  responses: { respondent: null, answers, reflections: { r1: 'kept', gone: 'dropped' } },
});

describe('drafts store', () => {
  it('saves, loads and deletes a draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-drafts-'));
    expect(loadDraft(dir, 'mini')).toBeNull();
    saveDraft(dir, draft({ a1: 3 }));
    expect(loadDraft(dir, 'mini')?.responses.answers).toEqual({ a1: 3 });
    deleteDraft(dir, 'mini');
    expect(loadDraft(dir, 'mini')).toBeNull();
  });

  it('ignores a damaged draft and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-drafts-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(draftPath(dir, 'mini'), '{"half": ');
    const damaged: string[] = [];
    expect(loadDraft(dir, 'mini', (path) => damaged.push(path))).toBeNull();
    expect(damaged).toEqual([draftPath(dir, 'mini')]);
  });
});

describe('fitDraft', () => {
  it('keeps everything when the bank is unchanged', () => {
    const fit = fitDraft(draft({ a1: 3, a2: 4 }), loaded);
    expect(fit).toEqual({
      sameBank: true,
      usable: { respondent: null, answers: { a1: 3, a2: 4 }, notApplicable: [], reflections: { r1: 'kept' } },
      answered: 2,
      dropped: 0,
      questionsChanged: false,
    });
  });

  it('carries nothing over from a draft of another major version, where the same ids may be other questions', () => {
    const v2 = parsed(MINI_BANK_V2);
    const fit = fitDraft(draft({ a1: 3, a2: 4 }), v2); // saved without a version: version 1
    expect(fit).toMatchObject({
      questionsChanged: true,
      answered: 0,
      dropped: 2,
      usable: { answers: {}, notApplicable: [] },
    });
    const same = fitDraft({ ...draft({ a1: 3 }), bank: { id: 'mini', version: '2.1', contentHash: 'x' } }, v2);
    expect(same).toMatchObject({ questionsChanged: false, answered: 1 });
  });

  it('notices a changed bank and drops answers that no longer fit', () => {
    const changed = parsed(
      MINI_BANK.replace(
        '  - { id: a2, dimension: alpha, text: A two., reverse: true }\n',
        '  - { id: a3, dimension: alpha, text: A three. }\n',
      ),
    );
    const fit = fitDraft(draft({ a1: 3, a2: 4, b1: 9 }), changed);
    expect(fit.sameBank).toBe(false);
    expect(fit.usable.answers).toEqual({ a1: 3 });
    expect(fit.dropped).toBe(2);
  });
});
