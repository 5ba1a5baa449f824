/** Atomic writes: what a replaced file keeps, private files, and how a failed write is told to the user. */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, IoError, UsageError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/store/atomicFile.js';
import { writeConfig } from '../../src/store/config.js';
import { saveDraft } from '../../src/store/drafts.js';
import { writeFailure } from '../../src/store/fileErrors.js';

const dir = () => mkdtempSync(join(tmpdir(), 'leadlens-atomic-'));
const modeOf = (path: string) => statSync(path).mode & 0o777;
const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('atomic files', () => {
  it('keep the mode of the file they replace, whatever the umask', () => {
    const path = join(dir(), 'report.csv');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o640);
    writeFileAtomic(path, 'new\n');
    expect(modeOf(path)).toBe(0o640);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });

  it('make drafts and settings private: 0600 files in 0700 folders', () => {
    const state = join(dir(), 'state');
    const draft = {
      schemaVersion: 1 as const,
      bank: { id: 'mini', contentHash: 'x' },
      savedAt: '2026-01-01T00:00:00.000Z',
      responses: { respondent: null, answers: {}, reflections: {} },
    };
    // Created exclusively, then replaced atomically: private both times.
    const path = saveDraft(state, draft);
    expect(modeOf(path)).toBe(0o600);
    saveDraft(state, draft, path);
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(join(state, 'drafts'))).toBe(0o700);
    const config = join(dir(), 'config');
    writeConfig(config, { name: 'Sam Lee' });
    expect(modeOf(join(config, 'config.json'))).toBe(0o600);
    expect(modeOf(config)).toBe(0o700);
  });

  it('refuse a folder before writing anything', () => {
    const folder = dir();
    expect(() => writeFileAtomic(folder, 'x')).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('a failed write, in words', () => {
  it('is an I/O error (exit 74) when the disk or a folder in the way is the cause', () => {
    for (const code of ['ENOSPC', 'EISDIR', 'EBUSY', 'ENOTDIR', 'EACCES', 'EIO']) {
      const error = writeFailure('out.json', errno(code));
      expect(error).toBeInstanceOf(IoError);
      expect((error as IoError).exitCode).toBe(EXIT.io);
    }
    expect((writeFailure('out.json', errno('EBUSY')) as Error).message).toBe(
      'cannot write "out.json": the file is busy',
    );
  });

  it('is a usage error (exit 2) for a folder that does not exist, and a bug stays a bug', () => {
    expect(writeFailure('no/out.json', errno('ENOENT'))).toEqual(
      new UsageError('cannot write "no/out.json": no such folder'),
    );
    const bug = new TypeError('x is not a function');
    expect(writeFailure('out.json', bug)).toBe(bug);
  });
});
