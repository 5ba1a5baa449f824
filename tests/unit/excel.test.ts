/** --excel: CSV that Excel opens as UTF-8, from take, score and 360, to stdout and to a file. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { EXIT } from '../../src/errors.js';
import { FIXTURES, SAMPLE_360, V1, fakeContext } from '../fakeContext.js';

const ANSWERS = join(FIXTURES, 'customer-lens.answers.yaml');
const BOM = '\ufeff';

describe('--excel', () => {
  it('starts take, score and 360 CSV with one byte-order mark, on stdout', async () => {
    for (const argv of [
      ['take', V1, '--answers', ANSWERS, '-r', 'Zoë', '--no-save'],
      ['score', '--bank', V1, '--csv', join(FIXTURES, 'cohort.csv')],
      ['score', '--bank', V1, ANSWERS],
      SAMPLE_360,
    ]) {
      const ctx = fakeContext();
      expect(await run([...argv, '-f', 'csv', '--excel'], ctx), argv.join(' ')).toBe(EXIT.ok);
      expect(ctx.out().startsWith(`${BOM}respondent,`), argv.join(' ')).toBe(true);
      expect(ctx.out().indexOf(BOM, 1)).toBe(-1);
      const plain = fakeContext();
      await run([...argv, '-f', 'csv'], plain);
      expect(plain.out().startsWith('respondent,')).toBe(true);
    }
  });

  it('and in a file written with --out: the bytes EF BB BF, then the header', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'leadlens-excel-')), 'scores.csv');
    const ctx = fakeContext();
    const argv = ['take', V1, '--answers', ANSWERS, '-r', 'Zoë', '--no-save', '-f', 'csv', '--excel', '--out', out];
    expect(await run(argv, ctx)).toBe(EXIT.ok);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^respondent,[^]*\r\nZoë,/);
  });

  it('is refused with another format, and named in the help', async () => {
    const ctx = fakeContext();
    expect(await run(['take', V1, '--answers', ANSWERS, '--no-save', '-f', 'json', '--excel'], ctx)).toBe(
      EXIT.userError,
    );
    expect(ctx.err()).toBe('leadlens: --excel goes with --format csv\n');
    expect(ctx.out()).toBe('');
    for (const command of ['take', 'score', '360']) {
      const help = fakeContext();
      await run([command, '--help'], help);
      expect(help.out()).toMatch(/--excel +csv: start with a UTF-8 byte-order mark/);
    }
  });
});
