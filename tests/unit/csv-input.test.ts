/**
 * The CSV reader cuts its input into pieces wherever chunks happen to end; whatever the cut, it
 * must hand over exactly the rows a parse of the whole text gives.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellTexts } from '../../src/csv/cells.js';
import { readCsv } from '../../src/csv/split.js';

/**
 * The chunks as a file is read: each into the same buffer, so a chunk's bytes change once the next
 * is asked for, and whatever the reader keeps across chunks it must have copied.
 */
async function* reusing(chunks: readonly Buffer[]): AsyncGenerator<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, ...chunks.map((c) => c.length)));
  for (const chunk of chunks) {
    chunk.copy(buffer);
    yield buffer.subarray(0, chunk.length);
    buffer.fill(0x7e); // ~ everywhere: bytes read after this give wrong rows
  }
}

/**
 * A line's cells when it is a well-formed row: each cell unquoted (no line end), or quoted with its
 * quotes doubled inside and a separator or the end right after. Else undefined, as the quick pass
 * would refuse it.
 */
function wellFormed(bytes: Buffer, start: number, end: number): string[] | undefined {
  const cells: string[] = [];
  for (let at = start; ; at++) {
    let cell = '';
    if (bytes[at] === 0x22) {
      let i = at + 1;
      for (; i < end; i++) {
        if (bytes[i] !== 0x22) continue;
        if (bytes[i + 1] === 0x22 && i + 1 < end) i++;
        else break;
      }
      if (i >= end) return undefined;
      cell = bytes.toString('utf8', at + 1, i).replaceAll('""', '"');
      at = i + 1;
      if (at < end && bytes[at] !== 0x2c) return undefined;
    } else {
      let i = at;
      while (i < end && bytes[i] !== 0x2c) if (bytes[i++] === 0x0a) return undefined;
      cell = bytes.toString('utf8', at, i);
      at = i;
    }
    cells.push(cell);
    if (at >= end) return cells;
  }
}

/**
 * The rows read, in order. With `quick`, a quick handler takes the lines it is offered when they
 * are well-formed and `quick` says yes for that row (by its number), as the cohort reader does.
 */
async function rowsOf(chunks: readonly Buffer[], quick?: (row: number) => boolean): Promise<[number, string[]][]> {
  const rows: [number, string[]][] = [];
  await readCsv(
    { label: 'c.csv', chunks: reusing(chunks), close: () => {} },
    (cells, rowNumber) => {
      rows.push([rowNumber, cellTexts(cells)]);
      return undefined;
    },
    {
      quick: quick
        ? (bytes, start, end, rowNumber) => {
            const cells = quick(rowNumber) ? wellFormed(bytes, start, end) : undefined;
            if (!cells) return false;
            rows.push([rowNumber, cells]);
            return undefined;
          }
        : undefined,
    },
  );
  return rows;
}

/** Splits bytes at the given offsets, so a chunk can end inside a quote, a CRLF or a UTF-8 character. */
function cut(bytes: Buffer, offsets: number[]): Buffer[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) chunks.push(bytes.subarray(from, point));
    from = Math.max(from, point);
  }
  return chunks;
}

describe('readCsv', () => {
  it('reads plain, quoted and CRLF rows, skips blank lines, drops a BOM and counts rows from 1', async () => {
    const text = '\uFEFFrespondent,a1\r\nAnn,4\r\n\r\n"Lee, ""Bo""",2\r\nZoë,\r\n';
    expect(await rowsOf([Buffer.from(text)])).toEqual([
      [1, ['respondent', 'a1']],
      [2, ['Ann', '4']],
      [4, ['Lee, "Bo"', '2']],
      [5, ['Zoë', '']],
    ]);
  });

  it('gives the same rows however the input is chunked, and whichever lines a quick handler takes', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        '1',
        '5',
        'Ann',
        'Zoë',
        '"Lee, Bo"',
        '"say ""hi"""',
        '"two\nlines"',
        ' 3 ',
        '"3"',
        '"\n"',
        '"x"""',
        '""""',
      ),
      fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
    );
    const csv = fc.record({
      rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      offsets: fc.array(fc.nat(), { maxLength: 12 }),
      // Which rows a quick handler would take, when there is one.
      quick: fc.option(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 })),
    });
    await fc.assert(
      fc.asyncProperty(csv, async ({ rows, crlf, bom, offsets, quick }) => {
        const newline = crlf ? '\r\n' : '\n';
        const text = rows.map((r) => r.join(',')).join(newline) + newline;
        const expected = Papa.parse<string[]>(text.slice(0, -newline.length), { newline })
          .data.map((row, i): [number, string[]] => [i + 1, row])
          .filter(([, row]) => !(row.length === 1 && row[0] === ''));
        const bytes = Buffer.from((bom ? '\uFEFF' : '') + text);
        const takes = quick ? (row: number) => quick[row % quick.length]! : undefined;
        expect(await rowsOf(cut(bytes, offsets), takes)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('says where a quote is never closed', async () => {
    await expect(rowsOf([Buffer.from('respondent,a1\nAnn,"4\nBo,3\n')])).rejects.toMatchObject({
      issues: [{ file: 'c.csv', line: 2, col: 1, message: 'a quoted field is never closed (a " is missing)' }],
    });
  });
});
