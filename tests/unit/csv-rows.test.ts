import { describe, expect, it } from 'vitest';
import { csvLayout, csvRow, type CsvLayout } from '../../src/csv/rows.js';
import { ByteCells, textCells } from '../../src/csv/cells.js';
import { formatIssue } from '../../src/input/issue.js';
import { MINI_BANK_V2, parsed } from '../helpers.js';
import { NA } from '../../src/scoring/score.js';

const { bank } = parsed();
const layoutOf = (header: string[], idColumn?: string): CsvLayout => {
  const result = csvLayout([header], bank, 'c.csv', { idColumn });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.layout;
};

describe('csvLayout', () => {
  it('finds the respondent column and the question columns', () => {
    const layout = layoutOf(['respondent', 'a1', 'a2', 'b1', 'b2']);
    expect(layout.idIndex).toBe(0);
    expect(layout.questions).toEqual([
      { index: 1, id: 'a1', position: 0, how: 'id', name: 'a1' },
      { index: 2, id: 'a2', position: 1, how: 'id', name: 'a2' },
      { index: 3, id: 'b1', position: 2, how: 'id', name: 'b1' },
      { index: 4, id: 'b2', position: 3, how: 'id', name: 'b2' },
    ]);
    expect(layout.ignored).toEqual([]);
    expect(layout.absent).toEqual([]);
  });

  it('accepts id, a named id column, or none', () => {
    expect(layoutOf(['a1', 'ID']).idIndex).toBe(1);
    expect(layoutOf(['who', 'a1'], 'who').idIndex).toBe(0);
    expect(layoutOf(['a1', 'b1']).idIndex).toBe(-1);
  });

  it('reports ignored columns with a suggestion, and questions without a column', () => {
    const layout = layoutOf(['respondent', 'a1', 'b3', 'Timestamp']);
    expect(layout.ignored).toEqual(['b3 (did you mean "b1"?)', 'Timestamp']);
    expect(layout.absent).toEqual(['a2', 'b1', 'b2']);
  });

  it('refuses duplicate columns, a missing --id-column and a header with no questions', () => {
    const issues = (header: string[], id?: string) => {
      const result = csvLayout([header], bank, 'c.csv', { idColumn: id });
      return result.ok ? [] : result.issues.map(formatIssue);
    };
    expect(issues(['respondent', 'a1', 'a1'])).toEqual(['c.csv:1:3 a1: column "a1" appears twice (also column 2)']);
    expect(issues(['name', 'a1'], 'nam')).toEqual([
      'c.csv:1:1 no column "nam" for --id-column (did you mean "name"?); the header has: name, a1',
    ]);
    expect(issues(['x', 'y'])).toEqual([
      'c.csv:1:1 no column is a question of mini; expected columns named by question id or question text, such as a1, a2, b1 (leadlens template mini --csv prints a header)',
    ]);
  });
});

describe('csvRow', () => {
  const layout = layoutOf(['respondent', 'a1', 'a2', 'b1', 'b2']);

  it('reads answers, treating blank cells as missing', () => {
    expect(csvRow(textCells(['Sam', '4', ' ', '', '2']), 2, layout)).toEqual({
      ok: true,
      respondent: 'Sam',
      group: null,
      values: Float64Array.from([4, NaN, NaN, 2]),
    });
  });

  it('names a respondent without an id by row', () => {
    const result = csvRow(textCells(['', '4', '4', '4', '4']), 7, layout);
    expect(result.ok && result.respondent).toBe('row 7');
  });

  it('refuses cells off the scale or not whole numbers, naming row and column', () => {
    const result = csvRow(textCells(['Sam', '6', '2.5', 'x', '0']), 12, layout);
    expect(csvRow(textCells(['Sam', ' 3 ', '+2', '05', '1']), 13, layout)).toMatchObject({
      ok: true,
      values: Float64Array.from([3, 2, 5, 1]),
    });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'c.csv:12:2 a1: "6" is not on the scale 1–5',
      'c.csv:12:3 a2: "2.5" is not on the scale 1–5',
      'c.csv:12:4 b1: "x" is not on the scale 1–5; the answers may be written as Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree',
      'c.csv:12:5 b2: "0" is not on the scale 1–5',
    ]);
  });

  it('refuses ragged rows', () => {
    const short = csvRow(textCells(['Sam', '1']), 3, layout);
    const long = csvRow(textCells(['Sam', '1', '2', '3', '4', '5']), 4, layout);
    expect(short.ok ? '' : formatIssue(short.issues[0]!)).toBe('c.csv:3:3 row has 2 cells; the header has 5');
    expect(long.ok ? '' : formatIssue(long.issues[0]!)).toBe('c.csv:4:6 row has 6 cells; the header has 5');
  });

  it('reads the same from the bytes of an unquoted line as from parsed strings', () => {
    const line = (text: string) => new ByteCells().load(Buffer.from(`xx${text}yy`), 2, 2 + Buffer.byteLength(text));
    for (const cells of [
      ['Sam', '4', ' ', '', '2'],
      ['', '4', '4', '4', '4'],
      ['Sam', '6', '2.5', 'x', '0'],
      ['Zoë ', ' 3 ', '+2', '05', '1'],
      ['Sam', '1'],
    ]) {
      expect(csvRow(line(cells.join(',')), 9, layout)).toEqual(csvRow(textCells(cells), 9, layout));
    }
    // Other layouts: the id in the middle, a group column, a column that is not a question.
    const wider = layoutOf(['a1', 'Group', 'respondent', 'Notes', 'b2']);
    for (const cells of [
      ['4', ' peer ', 'Sam', 'anything', '2'],
      ['4', '', ' Zoë', '', '2'],
      ['4', 'peer', 'Sam', 'x'],
      ['4', 'peer', 'Sam', 'x', '2', '1'],
      ['9', 'peer', 'Sam', 'x', '2'],
    ]) {
      expect(csvRow(line(cells.join(',')), 9, wider)).toEqual(csvRow(textCells(cells), 9, wider));
    }
    expect(csvRow(line('4, peer ,Sam,anything,2'), 9, wider)).toEqual({
      ok: true,
      respondent: 'Sam',
      group: 'peer',
      values: Float64Array.from([4, NaN, NaN, 2]),
    });
    const cells = line('a,,ü,7');
    expect([
      cells.length,
      cells.text(0),
      cells.text(1),
      cells.text(2),
      cells.digit(3),
      cells.digit(2),
      cells.digit(1),
    ]).toEqual([4, 'a', '', 'ü', 7, -1, -1]);
    // Wider than the first buffers: they grow and keep every cell.
    const wide = line(Array.from({ length: 150 }, (_, i) => String(i % 10)).join(','));
    expect([wide.length, wide.digit(0), wide.digit(63), wide.digit(64), wide.digit(149), wide.text(128)]).toEqual([
      150,
      0,
      3,
      4,
      9,
      '8',
    ]);
  });
});

describe('"does not apply" in a CSV cohort', () => {
  const v2 = parsed(MINI_BANK_V2).bank;
  const layout = (() => {
    const result = csvLayout([['respondent', 'a1', 'a2', 'a3', 'b1']], v2, 'c.csv');
    if (!result.ok) throw new Error('layout');
    return result.layout;
  })();

  it('reads NA, N/A and the bank\'s own label in any case as "does not apply"', () => {
    const result = csvRow(textCells(['Sam', 'NA', 'n/a', ' does NOT apply to my role ', '4']), 2, layout);
    expect(result).toEqual({
      ok: true,
      respondent: 'Sam',
      group: null,
      values: Float64Array.from([NA, NA, NA, 4, NaN, NaN]),
    });
  });

  it('refuses NA where the bank does not offer it, naming the labels expected', () => {
    const v1 = layoutOf(['respondent', 'a1']);
    const result = csvRow(textCells(['Sam', 'NA']), 3, v1);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'c.csv:3:2 a1: "NA" is not on the scale 1–5; the answers may be written as Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree',
    ]);
    const off = csvRow(textCells(['Sam', 'seldom', '', '', '']), 4, layout);
    expect(off.ok ? [] : off.issues.map(formatIssue)).toEqual([
      'c.csv:4:2 a1: "seldom" is not on the scale 1–5 or NA (does not apply); the answers may be written as Never, Rarely, Sometimes, Often, Almost always, Does not apply to my role',
    ]);
  });
});
