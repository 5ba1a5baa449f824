/**
 * Repeated respondents in a cohort: ids are checked in groups for speed, but a repeat is still
 * named at its row, and with --strict nothing after it is handed on.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readResponses } from '../../src/csv/read.js';
import { MINI_BANK_V2, parsed } from '../helpers.js';

const bank = parsed(MINI_BANK_V2).bank;
// 150 people, then the first again (row 152), then 60 more new ones.
const people = [
  ...Array.from({ length: 150 }, (_, i) => `p${i}`),
  'p0',
  ...Array.from({ length: 60 }, (_, i) => `q${i}`),
];
const csv = `respondent,a1,a2,a3,b1,b2,b3\n${people.map((p) => `${p},3,3,3,3,3,3`).join('\n')}\n`;

async function read(strict: boolean) {
  const handed: number[] = [];
  const source = { label: 'c.csv', chunks: Readable.from([Buffer.from(csv)]), close: () => {} };
  try {
    const { duplicates } = await readResponses(
      source,
      bank,
      { strict },
      {
        respondent: (_, row) => void handed.push(row),
      },
    );
    return { handed, duplicates, issues: [] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { handed, duplicates: undefined, issues: error.issues };
  }
}

describe('repeated respondents', () => {
  it('are named at their row, and every row is handed on', async () => {
    const { handed, duplicates } = await read(false);
    expect(handed.length).toBe(211);
    expect(duplicates).toEqual({ listed: [{ respondent: 'p0', rows: [152] }], total: 1, unchecked: false });
  });

  it('with --strict, stop what is handed on at the first repeat', async () => {
    const { handed, issues } = await read(true);
    expect(handed).toEqual(Array.from({ length: 150 }, (_, i) => i + 2));
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [152, 'respondent "p0" appears again (an earlier row has the same id)'],
    ]);
  });
});
