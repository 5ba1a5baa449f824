import { existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitDraft } from '../../src/quiz/resume.js';
import { draftProblem, draftsDir, listDrafts, removeDraft, saveDraft, type Draft } from '../../src/store/drafts.js';
import { SessionDrafts } from '../../src/store/sessionDrafts.js';
import { MINI_BANK, MINI_BANK_V2, parsed } from '../helpers.js';

const loaded = parsed();
const draft = (answers: Record<string, number>, contentHash = loaded.contentHash): Draft => ({
  schemaVersion: 1,
  bank: { id: 'mini', contentHash },
  savedAt: '2026-01-01T00:00:00.000Z',
  responses: { respondent: null, answers, reflections: { r1: 'kept', gone: 'dropped' } },
});

describe('drafts store', () => {
  it('saves a draft per session, lists the newest first, and removes one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-drafts-'));
    expect(listDrafts(dir, 'mini')).toEqual([]);
    const first = saveDraft(dir, draft({ a1: 3 }));
    const second = saveDraft(dir, { ...draft({ a1: 1 }), savedAt: '2026-01-02T00:00:00.000Z' });
    expect(first).not.toBe(second);
    expect(basename(first)).toMatch(/^mini\.[a-z0-9]{10}\.json$/);
    // A later save of a session replaces its own file, never another session's.
    expect(saveDraft(dir, draft({ a1: 3, a2: 4 }), first)).toBe(first);
    expect(listDrafts(dir, 'mini').map((d) => [d.path, d.draft.responses.answers])).toEqual([
      [second, { a1: 1 }],
      [first, { a1: 3, a2: 4 }],
    ]);
    removeDraft(first);
    expect(listDrafts(dir, 'mini').map((d) => d.path)).toEqual([second]);
  });

  it("reads the single draft of earlier versions, and keeps a bank's own and observer drafts apart", () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-drafts-'));
    mkdirSync(draftsDir(dir));
    writeFileSync(join(draftsDir(dir), 'mini.json'), JSON.stringify(draft({ a1: 2 })));
    const observer = saveDraft(dir, { ...draft({ a1: 5 }), bank: { id: 'mini.observer', contentHash: 'x' } });
    expect(listDrafts(dir, 'mini').map((d) => d.path)).toEqual([join(draftsDir(dir), 'mini.json')]);
    expect(listDrafts(dir, 'mini.observer').map((d) => d.path)).toEqual([observer]);
  });

  it('ignores a damaged draft and says why, whatever is wrong with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-drafts-'));
    mkdirSync(draftsDir(dir));
    const put = (name: string, text: string) => writeFileSync(join(draftsDir(dir), name), text);
    put('mini.json', '{"half": ');
    put('mini.aaaaaaaaaa.json', JSON.stringify({ ...draft({}), responses: { respondent: null, answers: null } }));
    put('mini.bbbbbbbbbb.json', JSON.stringify({ ...draft({}), savedAt: 5 }));
    mkdirSync(join(draftsDir(dir), 'mini.cccccccccc.json'));
    const damaged: [string, string][] = [];
    expect(listDrafts(dir, 'mini', (path, reason) => damaged.push([basename(path), reason]))).toEqual([]);
    expect(damaged).toEqual([
      ['mini.aaaaaaaaaa.json', 'not a leadlens draft (responses.answers: expected an object, found null)'],
      ['mini.bbbbbbbbbb.json', 'not a leadlens draft (savedAt: expected a date and time, found a number)'],
      ['mini.cccccccccc.json', 'it is a directory, not a file'],
      ['mini.json', expect.stringMatching(/^not valid JSON/)],
    ]);
  });

  it('checks the shape of a draft field by field', () => {
    expect(draftProblem(draft({ a1: 3 }))).toBeNull();
    expect(draftProblem(null)).toBe('the file: expected an object, found null');
    expect(draftProblem({ ...draft({}), schemaVersion: 2 })).toBe(
      'schemaVersion: expected a whole number from 1 to 1, found a number',
    );
    expect(draftProblem({ ...draft({ a1: 3 }), bank: { id: 'mini' } })).toBe('bank.contentHash: missing');
    expect(draftProblem({ ...draft({}), responses: { answers: { a1: '3' } } })).toBe(
      'responses.answers.a1: expected a number, found text',
    );
    expect(draftProblem({ ...draft({}), responses: { answers: {}, notApplicable: 'a1' } })).toBe(
      'responses.notApplicable: expected a list, found text',
    );
  });
});

describe('session drafts', () => {
  it('removes the draft it carried on once its own holds the answers, and its own when finished', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-drafts-'));
    const earlier = saveDraft(dir, draft({ a1: 3 }));
    const other = saveDraft(dir, draft({ a1: 1 }));
    const session = new SessionDrafts(dir, () => {});
    session.resume('mini', earlier);
    expect(session.kept('mini')).toBe(true);
    session.save(draft({ a1: 3, a2: 2 }));
    expect(existsSync(earlier)).toBe(false);
    expect(listDrafts(dir, 'mini')).toHaveLength(2);
    session.finish('mini');
    expect(session.kept('mini')).toBe(false);
    // Another session's draft is not this one's to remove.
    expect(listDrafts(dir, 'mini').map((d) => d.path)).toEqual([other]);
  });

  it('says once, not per answer, that a draft cannot be written or removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-drafts-'));
    writeFileSync(draftsDir(dir), 'a file where the drafts folder should be');
    const said: string[] = [];
    const session = new SessionDrafts(dir, (text) => said.push(text));
    for (let n = 1; n <= 5; n++) session.save(draft({ a1: n }));
    session.discard('mini', [join(dir, 'folder-draft')]);
    mkdirSync(join(dir, 'folder-draft', 'inside'), { recursive: true });
    session.finish('mini');
    session.finish('mini');
    expect(said).toEqual([
      `could not save a draft in ${draftsDir(dir)}: a file stands where the folder should be; this session's answers are kept only if you finish it`,
      `could not remove the draft ${join(dir, 'folder-draft')}: it is a directory, not a file`,
    ]);
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
