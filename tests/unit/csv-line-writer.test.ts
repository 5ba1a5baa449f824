/**
 * The cohort line writer (bytes, cached numbers, plain names past csvField's checks at once) must
 * write exactly what csvLine writes from the same scores, for any respondent name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, CsvLineWriter } from '../../src/csv/write.js';
import { emptyScoreRow } from '../../src/scoring/score.js';

function written(name: string, raw: boolean): string {
  const writer = new CsvLineWriter(['a', 'b'], raw);
  const row = emptyScoreRow(2);
  row.mean.set([3.25, NaN]);
  row.exact.set([56.25, NaN]);
  row.overall = 56.25;
  expect(writer.add(name, row)).toBeUndefined();
  return Buffer.from(writer.flush()!).toString('utf8');
}

const expected = (name: string, raw: boolean) =>
  csvLine(
    {
      respondent: name,
      dimensions: [
        { mean: 3.25, score: 56 },
        { mean: null, score: null },
      ],
      overall: { score: 56 },
      flags: ['insufficient:b'],
    },
    raw,
  );

describe('CsvLineWriter', () => {
  it.each([
    'r1',
    'ann@example.com',
    '',
    'a,b',
    '"q"',
    '-5',
    '=SUM(A1)',
    '+1',
    '@x',
    'Lee, Bo',
    ' edge',
    'say "hi"',
    'Zoë',
    'a\tb',
  ])('writes %j as csvLine does', (name) => {
    for (const raw of [false, true]) expect(written(name, raw)).toBe(expected(name, raw));
  });

  it('writes any name as csvLine does', () => {
    // Mostly the characters that decide: separators, quotes, formula starts, spaces, controls.
    const unit = fc.oneof(
      fc.constantFrom(',', '"', '=', '+', '-', '@', ' ', '\t', '\r', '\n', 'é', 'a', '1'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), fc.boolean(), (name, raw) => {
        expect(written(name, raw)).toBe(expected(name, raw));
      }),
    );
  });

  it('writes each score as csvLine does when means of the same hundredths round to different scores', () => {
    // 1.5 and 1.4951 are both 1.50 to two decimals; on a 1–5 scale they score 12.5 (13) and 12.3775 (12).
    const writer = new CsvLineWriter(['a']);
    const lines: string[] = [];
    for (const [mean, exact] of [
      [1.5, 12.5],
      [1.4951, 12.3775],
      [1.5, 12.5],
    ] as const) {
      const row = emptyScoreRow(1);
      row.mean.set([mean]);
      row.exact.set([exact]);
      row.overall = exact;
      writer.add('r', row);
      lines.push(
        csvLine({
          respondent: 'r',
          dimensions: [{ mean: 1.5, score: Math.round(exact) }],
          overall: { score: Math.round(exact) },
          flags: [],
        }),
      );
    }
    expect(Buffer.from(writer.flush()!).toString('utf8')).toBe(lines.join(''));
    expect(lines.join('')).toBe('r,1.5,13,13,\r\nr,1.5,12,12,\r\nr,1.5,13,13,\r\n');
  });
});
