/** A file created only if its name is free, complete or not at all; on file systems without hard links too. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const noHardLinks = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return {
    ...fs,
    linkSync: (...args: Parameters<typeof fs.linkSync>) => {
      if (noHardLinks.on) throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      return fs.linkSync(...args);
    },
  };
});

const { createFileExclusive } = await import('../../src/store/atomicFile.js');

describe('createFileExclusive', () => {
  for (const links of [true, false]) {
    it(`creates a file whose name is free, and never replaces one that is there (${links ? 'with' : 'without'} hard links)`, () => {
      noHardLinks.on = !links;
      const dir = mkdtempSync(join(tmpdir(), 'leadlens-exclusive-'));
      const path = join(dir, 'draft.json');
      expect(createFileExclusive(path, 'first')).toBe(true);
      expect(createFileExclusive(path, 'second')).toBe(false);
      expect(readFileSync(path, 'utf8')).toBe('first');
      writeFileSync(join(dir, 'other.json'), 'someone else');
      expect(createFileExclusive(join(dir, 'other.json'), 'mine')).toBe(false);
      // No temporary file is left beside them.
      expect(readdirSync(dir).sort()).toEqual(['draft.json', 'other.json']);
    });
  }
});
