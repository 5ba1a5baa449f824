/**
 * A cohort CSV's rows to responses: one row per respondent, a column per question id, an id column.
 * Pure: the caller parses the CSV and hands over rows. Rows and columns are 1-based, the header is row 1.
 */
import type { Bank } from '../bank/schema.js';
import { closingQuote, COMMA, decodeCell, QUOTE, type CsvCells } from './cells.js';
import type { InputIssue } from '../input/issue.js';
import { NA } from '../scoring/score.js';
import { didYouMean } from '../text/suggest.js';

/** Which column holds what, worked out once from the header. */
export interface CsvLayout {
  file: string;
  width: number;
  header: string[];
  /** Index of the respondent column, or -1 to name respondents by row. */
  idIndex: number;
  /** Index of an observer-group column, or -1. */
  groupIndex: number;
  /** Each question column: its index in the row, and the question's position in the bank. */
  questions: { index: number; id: string; position: number }[];
  /** The same as flat arrays (`index`, `position`), which the per-row loop reads quickest. */
  columns: Int32Array;
  positions: Int32Array;
  /** Per column of the header: the question's position in the bank, or ID, GROUP or IGNORED. */
  kinds: Int32Array;
  /** How many questions the bank has (the length of a row's values). */
  bankSize: number;
  min: number;
  max: number;
  /** Cell texts (lower case) that mean "does not apply", when the bank offers it; else empty. */
  notApplicable: string[];
  /** Header cells that are neither the id nor a question (ignored, and warned about). */
  ignored: string[];
  /** Questions of the bank with no column. */
  absent: string[];
}

export type LayoutResult = { ok: true; layout: CsvLayout } | { ok: false; issues: InputIssue[] };

const ID_COLUMNS = ['respondent', 'id'];
const ID = -1;
const GROUP = -2;
const IGNORED = -3;

export function csvLayout(header: readonly string[], bank: Bank, file: string, idColumn?: string): LayoutResult {
  const issues: InputIssue[] = [];
  const names = header.map((h) => h.trim());
  const at = (index: number, message: string): InputIssue => ({
    file,
    line: 1,
    col: index + 1,
    path: names[index] ?? '',
    message,
  });

  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    const first = seen.get(name);
    if (first !== undefined && name !== '')
      issues.push(at(index, `column "${name}" appears twice (also column ${first + 1})`));
    else seen.set(name, index);
  });

  let idIndex = -1;
  if (idColumn !== undefined) {
    idIndex = names.indexOf(idColumn);
    if (idIndex === -1)
      issues.push({
        file,
        line: 1,
        col: 1,
        path: '',
        message: `no column "${idColumn}" for --id-column${didYouMean(idColumn, names)}; the header has: ${names.join(', ')}`,
      });
  } else {
    idIndex = names.findIndex((n) => ID_COLUMNS.includes(n.toLowerCase()));
  }
  const groupIndex = names.findIndex((n, i) => i !== idIndex && n.toLowerCase() === 'group');

  const positions = new Map(bank.questions.map((q, position) => [q.id, position]));
  const questions: CsvLayout['questions'] = [];
  const ignored: string[] = [];
  names.forEach((name, index) => {
    if (index === idIndex || index === groupIndex) return;
    const position = positions.get(name);
    if (position !== undefined) questions.push({ index, id: name, position });
    else ignored.push(`${name || `(column ${index + 1})`}${didYouMean(name, [...positions.keys()])}`);
  });
  if (questions.length === 0) {
    issues.push({
      file,
      line: 1,
      col: 1,
      path: '',
      message: `no column is a question of ${bank.id}; expected columns named by question id, such as ${bank.questions
        .slice(0, 3)
        .map((q) => q.id)
        .join(', ')}`,
    });
  }
  if (issues.length) return { ok: false, issues };
  const present = new Set(questions.map((q) => q.id));
  return {
    ok: true,
    layout: {
      file,
      width: names.length,
      header: names,
      idIndex,
      groupIndex,
      questions,
      columns: Int32Array.from(questions, (q) => q.index),
      positions: Int32Array.from(questions, (q) => q.position),
      kinds: Int32Array.from(names, (_, index) =>
        index === idIndex
          ? ID
          : index === groupIndex
            ? GROUP
            : (questions.find((q) => q.index === index)?.position ?? IGNORED),
      ),
      bankSize: bank.questions.length,
      min: bank.scale.min,
      max: bank.scale.max,
      notApplicable: bank.scale.notApplicable ? ['na', 'n/a', bank.scale.notApplicable.toLowerCase()] : [],
      ignored,
      absent: bank.questions.filter((q) => !present.has(q.id)).map((q) => q.id),
    },
  };
}

/** A respondent from a row (answers in bank question order, NaN where missing), or the row's problems. */
export type RowResult =
  { ok: true; respondent: string; group: string | null; values: Float64Array } | { ok: false; issues: InputIssue[] };

const WHOLE = /^\s*[+-]?\d+\s*$/;

/**
 * A cell other than one digit: blank is a missing answer (NaN), "does not apply" NA, anything else
 * that is not a whole number -Infinity (off every scale).
 */
function cellValue(cell: string, notApplicable: readonly string[]): number {
  const text = cell.trim();
  if (text === '') return NaN;
  if (WHOLE.test(text)) return Number(text);
  return notApplicable.length && notApplicable.includes(text.replace(/\s+/g, ' ').toLowerCase()) ? NA : -Infinity;
}

const ZERO = 48;

/** A cell's text without surrounding white space; doubled quotes undone when `escaped`. */
function cellText(bytes: Buffer, start: number, end: number, cell: number, escaped: boolean): string {
  const text = decodeCell(bytes, start, end, cell);
  const first = bytes[start]!;
  const last = bytes[end - 1]!;
  const trimmed = end > start && (first <= 32 || last <= 32) ? text.trim() : text;
  return escaped ? trimmed.replaceAll('""', '"') : trimmed;
}

/**
 * The quick reading of a line from its bytes, for the common case: every question cell is one
 * digit on the scale, quoted or not. One pass, no cell boundaries kept, no string but the id.
 * Anything else (a blank or longer cell, a ragged row) returns undefined, and the general reading
 * takes over.
 */
function quickRow(
  bytes: Buffer,
  start: number,
  end: number,
  rowNumber: number,
  layout: CsvLayout,
  values: Float64Array,
  delimiter: number,
): RowResult | undefined {
  const { kinds, min, max } = layout;
  const last = kinds.length - 1;
  const found = { escaped: false };
  let idStart = 0;
  let idEnd = 0;
  let idEscaped = false;
  let groupStart = 0;
  let groupEnd = 0;
  let groupEscaped = false;
  let at = start;
  for (let column = 0; column <= last; column++) {
    const kind = kinds[column]!;
    let cellEnd: number;
    if (kind >= 0) {
      // One digit, or one digit in quotes.
      const quoted = bytes[at] === QUOTE ? 1 : 0;
      const digit = bytes[at + quoted]! - ZERO;
      if (at + quoted >= end || digit < min || digit > max || digit < 0 || digit > 9) return undefined;
      if (quoted && bytes[at + 2] !== QUOTE) return undefined;
      values[kind] = digit;
      cellEnd = at + 1 + 2 * quoted;
    } else {
      let from = at;
      let to: number;
      found.escaped = false;
      if (bytes[at] === QUOTE) {
        to = closingQuote(bytes, at, end, found);
        if (to === -1) return undefined;
        from = at + 1;
        cellEnd = to + 1;
      } else {
        // Ids and other cells are short: a loop is quicker than a native search.
        cellEnd = at;
        while (cellEnd < end && bytes[cellEnd] !== delimiter) cellEnd++;
        to = cellEnd;
      }
      if (kind === ID) {
        idStart = from;
        idEnd = to;
        idEscaped = found.escaped;
      } else if (kind === GROUP) {
        groupStart = from;
        groupEnd = to;
        groupEscaped = found.escaped;
      }
    }
    // A separator follows every cell but the last, which ends the line.
    if (column === last ? cellEnd !== end : cellEnd >= end || bytes[cellEnd] !== delimiter) return undefined;
    at = cellEnd + 1;
  }
  const id = layout.idIndex >= 0 ? cellText(bytes, idStart, idEnd, layout.idIndex, idEscaped) : '';
  const group =
    layout.groupIndex >= 0 ? cellText(bytes, groupStart, groupEnd, layout.groupIndex, groupEscaped) || null : null;
  return { ok: true, respondent: id || `row ${rowNumber}`, group, values };
}

/** `into`, when given, is reused for the values: a cohort scores one row at a time and keeps none. */
export function csvRow(row: CsvCells, rowNumber: number, layout: CsvLayout, into?: Float64Array): RowResult {
  const values = (into ?? new Float64Array(layout.bankSize)).fill(NaN);
  if (row.bytes !== undefined) {
    const quick = quickRow(row.bytes, row.start!, row.end!, rowNumber, layout, values, row.delimiter ?? COMMA);
    if (quick) return quick;
    values.fill(NaN);
  }
  const { file } = layout;
  if (row.length !== layout.width) {
    return {
      ok: false,
      issues: [
        {
          file,
          line: rowNumber,
          col: Math.min(row.length, layout.width) + 1,
          path: '',
          message: `row has ${row.length} cells; the header has ${layout.width}`,
        },
      ],
    };
  }
  const { columns, positions, min, max } = layout;
  let issues: InputIssue[] | undefined;
  for (let q = 0; q < columns.length; q++) {
    const index = columns[q]!;
    // Most cells are one digit, read without making a string.
    const digit = row.digit(index);
    const value = digit >= 0 ? digit : cellValue(row.text(index), layout.notApplicable);
    if (value !== value) continue;
    if (value !== NA && (value < min || value > max)) {
      const na = layout.notApplicable.length ? ' or NA (does not apply)' : '';
      (issues ??= []).push({
        file,
        line: rowNumber,
        col: index + 1,
        path: layout.questions[q]!.id,
        message: `${JSON.stringify(row.text(index))} is not on the scale ${min}–${max}${na}`,
      });
      continue;
    }
    values[positions[q]!] = value;
  }
  if (issues) return { ok: false, issues };
  const id = layout.idIndex >= 0 ? row.text(layout.idIndex).trim() : '';
  const group = layout.groupIndex >= 0 ? row.text(layout.groupIndex).trim() || null : null;
  return { ok: true, respondent: id || `row ${rowNumber}`, group, values };
}
