/** Temporary files of atomic writes: names within the file system's limit, the sweep of a killed run's, the exit cleanup. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile } from '../../src/store/atomicFile.js';
import { removeTempFiles, sweepLeftovers, tempName } from '../../src/store/tempFiles.js';

const bytes = (name: string) => Buffer.byteLength(name);

describe('temporary files', () => {
  it('are named beside their target, with the process id and a tag', () => {
    expect(tempName('report.json', 4242, 'k3f9a1b2')).toBe('.report.json.4242.k3f9a1b2.tmp');
  });

  it('stay within 255 bytes for a long name, and never cut a character in half', () => {
    const ascii = tempName('r'.repeat(255), 4194304, 'abcdefgh');
    expect(bytes(ascii)).toBe(255);
    expect(ascii.endsWith('.4194304.abcdefgh.tmp')).toBe(true);
    // "é" is two bytes and "😀" four: the stem ends on a whole character, one or more bytes short of the limit.
    for (const char of ['é', '😀']) {
      const name = tempName(char.repeat(120), 4194304, 'abcdefgh');
      expect(bytes(name)).toBeLessThanOrEqual(255);
      expect(bytes(name)).toBeGreaterThan(255 - bytes(char));
      expect(name).not.toContain('\uFFFD');
      expect(name.slice(1, name.indexOf('.4194304')).replaceAll(char, '')).toBe('');
    }
  });

  it('left by a process that has ended are swept before the same file is written again; others stay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-sweep-'));
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const long = `${'x'.repeat(250)}.csv`;
    const names = {
      gone: tempName('a.csv', gone, 'aaaaaaaa'),
      goneLong: tempName(long, gone, 'bbbbbbbb'),
      alive: tempName('a.csv', process.ppid, 'cccccccc'),
      otherFile: tempName('b.csv', gone, 'dddddddd'),
      notOurs: `.a.csv.${gone}.tmp`,
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'partial');
    sweepLeftovers(dir, 'a.csv');
    sweepLeftovers(dir, long);
    expect(readdirSync(dir).sort()).toEqual([names.alive, names.otherFile, names.notOurs].sort());
  });

  it('still open when the process exits are removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-exit-'));
    const file = new AtomicFile(join(dir, 'report.json'));
    file.write('half a report');
    expect(readdirSync(dir)).toHaveLength(1);
    removeTempFiles();
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });
});
