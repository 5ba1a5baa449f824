/**
 * Property tests: thousands of generated banks, answer files and CSV rows each give either a valid
 * result or positioned errors, never a crash.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse.js';
import { validateAnswers } from '../../src/answers/validate.js';
import { parseBank } from '../../src/bank/parse.js';
import { csvLayout, csvRow } from '../../src/csv/rows.js';
import { ByteCells, textCells } from '../../src/csv/cells.js';
import type { InputIssue } from '../../src/input/issue.js';
import { FORMAT_NAMES, loadFormat, type Format } from '../../src/report/index.js';
import { assess, single } from '../../src/result.js';
import { NO_THRESHOLDS } from '../../src/scoring/thresholds.js';
import { MINI_BANK, parsed } from '../helpers.js';

const loaded = parsed();
const { bank } = loaded;

function positioned(issues: InputIssue[], text: string): void {
  expect(issues.length).toBeGreaterThan(0);
  const lines = text.split('\n').length;
  for (const issue of issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines + 1);
    expect(issue.col).toBeGreaterThanOrEqual(1);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

// Edits a person might make by mistake: drop, repeat or swap lines, or type over a stretch.
const edit = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
);

function applyEdits(text: string, edits: { kind: string; at: number; text?: string }[]): string {
  let lines = text.split('\n');
  for (const e of edits) {
    const i = e.at % lines.length;
    if (e.kind === 'drop') lines.splice(i, 1);
    else if (e.kind === 'repeat') lines.splice(i, 0, lines[i]!);
    else if (e.kind === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
    else if (e.kind === 'type') {
      const line = lines[i]!;
      const col = e.at % (line.length + 1);
      lines[i] = line.slice(0, col) + e.text + line.slice(col + (e.text?.length ?? 0));
    }
    if (!lines.length) lines = [''];
  }
  return lines.join('\n');
}

describe('properties', () => {
  it('a mistyped bank is either valid or refused with positioned errors', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = applyEdits(MINI_BANK, edits);
        const result = parseBank(text, 'b.yaml');
        if (result.ok) expect(result.value.bank.questions.length).toBeGreaterThan(0);
        else positioned(result.issues, text);
      }),
      { numRuns: 1500 },
    );
  });

  it('any YAML document as a bank: valid or positioned errors', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (value) => {
        let text: string | undefined;
        try {
          text = stringify(value);
        } catch {
          return; // not every JS value has a YAML form
        }
        if (typeof text !== 'string') return;
        const result = parseBank(text, 'b.yaml');
        if (!result.ok) positioned(result.issues, text);
      }),
      { numRuns: 1000 },
    );
  });

  it('any answers file: valid answers on the scale, or positioned errors; the quick and thorough checks agree', async () => {
    const key = fc.oneof(
      fc.constantFrom('a1', 'a2', 'b1', 'b2', 'r1', '__proto__', 'constructor'),
      fc.string({ maxLength: 6 }),
    );
    const value = fc.oneof(
      fc.integer({ min: -2, max: 8 }),
      fc.double(),
      fc.string({ maxLength: 5 }),
      fc.boolean(),
      fc.constant(null),
    );
    const file = fc.record(
      {
        respondent: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
        answers: fc.dictionary(key, value, { maxKeys: 6 }),
        reflections: fc.dictionary(key, fc.string({ maxLength: 8 }), { maxKeys: 2 }),
        extra: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), async (data, asJson) => {
        const text = asJson ? JSON.stringify(data) : stringify(data);
        const result = await parseAnswers(text, 'a.yaml', bank);
        const thorough = validateAnswers(text, 'a.yaml', bank);
        expect(thorough.ok).toBe(result.ok);
        if (thorough.ok && result.ok) expect(result.value).toEqual(thorough.value);
        if (result.ok) {
          for (const [id, answer] of Object.entries(result.value.answers)) {
            expect(bank.questions.map((q) => q.id)).toContain(id);
            expect(Number.isInteger(answer) && answer >= 1 && answer <= 5).toBe(true);
          }
        } else {
          positioned(result.issues, text);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('any CSV row: answers on the scale, or errors naming row and column', () => {
    const layoutResult = csvLayout([['respondent', 'a1', 'a2', 'b1', 'b2']], bank, 'c.csv');
    if (!layoutResult.ok) throw new Error('layout');
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '1', '5', '3 ', '0', '6', '2.5', '-1', '+3', '1e0', 'x'),
      // Labels as the bank writes them, and other spellings of them, which only the general reading takes.
      fc.constantFrom('Agree', 'Strongly agree', 'Disagree', 'agree', 'Agree ', 'Agreed', 'Strongly', 'AGREE'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 0, maxLength: 7 }),
        fc.integer({ min: 2, max: 10_000 }),
        (row, rowNumber) => {
          const result = csvRow(textCells(row), rowNumber, layoutResult.layout);
          // The same line read from its bytes (as a file is read), with every cell quoted or none,
          // gives the same answer.
          if (row.length > 1 && !/[",\r\n]/.test(row.join(''))) {
            for (const line of [row.join(','), row.map((c) => `"${c}"`).join(',')]) {
              expect(
                csvRow(
                  new ByteCells().load(Buffer.from(line), 0, Buffer.byteLength(line)),
                  rowNumber,
                  layoutResult.layout,
                ),
              ).toEqual(result);
            }
          }
          if (result.ok) {
            expect(row.length).toBe(5);
            for (const answer of result.values)
              if (answer === answer) expect(answer >= 1 && answer <= 5 && Number.isInteger(answer)).toBe(true);
          } else {
            for (const issue of result.issues) {
              expect(issue.line).toBe(rowNumber);
              expect(issue.col).toBeGreaterThanOrEqual(1);
              expect(issue.col).toBeLessThanOrEqual(Math.max(row.length, 5) + 1);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('any row of answers as digits or labels, quoted or not: the quick reading gives what the general one does', () => {
    // The default labels, and labels with a separator in them, which only quotes keep whole.
    const labels = ['No, never', 'Rarely', 'Sometimes', 'Often', 'Yes, always'];
    const layouts = [bank, { ...bank, scale: { ...bank.scale, labels } }].map((b) => {
      const result = csvLayout([['respondent', 'a1', 'a2', 'b1', 'b2']], b, 'c.csv');
      if (!result.ok) throw new Error('layout');
      return result.layout;
    });
    const answer = fc.constantFrom(
      ...['1', '3', '5', '7', '', 'Agree', 'Strongly agree', 'Disagree', 'Strongly disagree'],
      ...['Neither agree nor disagree', 'agree', 'Agree ', 'Agreed', 'Strongly', 'No, never', 'Often', 'Yes'],
    );
    const cell = (text: fc.Arbitrary<string>) => fc.record({ text, quoted: fc.boolean() });
    fc.assert(
      fc.property(
        cell(fc.stringMatching(/^[a-z0-9]{1,5}$/)),
        fc.array(cell(answer), { minLength: 4, maxLength: 4 }),
        (id, answers) => {
          const row = [id, ...answers];
          const line = row.map((c) => (c.quoted ? `"${c.text}"` : c.text)).join(',');
          for (const layout of layouts) {
            const bytes = Buffer.from(line);
            const quick = csvRow(new ByteCells().load(bytes, 0, bytes.length), 5, layout);
            // The general reading of the same bytes: cells split by their quotes, then read as text.
            const cells = new ByteCells().load(bytes, 0, bytes.length);
            const texts = Array.from({ length: cells.length }, (_, i) => cells.text(i));
            expect(quick).toEqual(csvRow(textCells(texts), 5, layout));
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('every format renders any valid set of answers', async () => {
    const formats: Format[] = await Promise.all(FORMAT_NAMES.map((name) => loadFormat(name)));
    const answers = fc.record(
      {
        a1: fc.integer({ min: 1, max: 5 }),
        a2: fc.integer({ min: 1, max: 5 }),
        b1: fc.integer({ min: 1, max: 5 }),
        b2: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answers, fc.string({ maxLength: 10 }), (given, respondent) => {
        const result = assess(
          loaded,
          { respondent, answers: given, reflections: {} },
          { toolVersion: '1', completedAt: new Date(0) },
        );
        for (const format of formats) {
          expect(
            format.render(single(result), { colorLevel: 0, width: 80, thresholds: NO_THRESHOLDS }).length,
          ).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
