/**
 * A cohort CSV's rows to responses: one row per respondent, a column per question id, an id column.
 * Pure: the caller parses the CSV and hands over rows. Rows and columns are 1-based, the header is row 1.
 */
import type { Bank } from '../bank/schema.js';
import { closingQuote, COMMA, decodeCell, QUOTE, type CsvCells } from './cells.js';
import type { InputIssue } from '../input/issue.js';
import { NA } from '../scoring/score.js';
import { didYouMean } from '../text/suggest.js';
import { findColumn, GROUP_COLUMNS, ID_COLUMNS, questionMatcher, type Match, type MatchHow } from './columns.js';

/** Which column holds what, worked out once from the header. */
export interface CsvLayout {
  file: string;
  width: number;
  header: string[];
  /** How many rows the header takes: 1, or 2–3 for the extra rows Qualtrics and SurveyMonkey write. */
  headerRows: number;
  /** Index of the respondent column, or -1 to name respondents by row. */
  idIndex: number;
  /** Index of an observer-group column, or -1. */
  groupIndex: number;
  /** Each question column: its index in the row, the question's position in the bank, and how it matched. */
  questions: {
    index: number;
    id: string;
    position: number;
    how: MatchHow;
    /** The header text that matched. */ name: string;
  }[];
  /** The same as flat arrays (`index`, `position`), which the per-row loop reads quickest. */
  columns: Int32Array;
  positions: Int32Array;
  /** Per column of the header: the question's position in the bank, or ID, GROUP or IGNORED. */
  kinds: Int32Array;
  /** How many questions the bank has (the length of a row's values). */
  bankSize: number;
  min: number;
  max: number;
  /** Answer texts (folded) and their values: the scale's labels, and "does not apply" (NA) when offered. */
  labels: Map<string, number>;
  /**
   * The labels exactly as the bank writes them, as UTF-8 bytes, with their values: what a survey
   * tool exports, read by the quick pass without a string (any other spelling goes the general way).
   */
  labelBytes: { bytes: Buffer; value: number; plain: boolean }[];
  /** What a cell may hold, for messages: "1–5 or NA (does not apply)". */
  expected: string;
  /** The scale's labels, for messages: "Never, Rarely, …". */
  labelList: string;
  /** Header cells that are neither the id, the group nor a question (ignored, and warned about). */
  ignored: string[];
  /** Questions of the bank with no column. */
  absent: string[];
}

export type LayoutResult = { ok: true; layout: CsvLayout } | { ok: false; issues: InputIssue[] };

export interface LayoutOptions {
  /** The column naming respondents; else the first of the usual names. */
  idColumn?: string;
  /** The column giving an observer's group; else `group` or `relationship`. */
  groupColumn?: string;
  /** Column name → question id, given by the user (--map). */
  map?: Readonly<Record<string, string>>;
}

const ID = -1;
const GROUP = -2;
const IGNORED = -3;
const WHOLE = /^\s*[+-]?\d+\s*$/;
const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The answers a cell may hold as text: the scale's labels, and "does not apply". */
function labelsOf(bank: Bank): Map<string, number> {
  const labels = new Map(bank.scale.labels.map((label, i): [string, number] => [fold(label), bank.scale.min + i]));
  if (bank.scale.notApplicable) for (const na of ['na', 'n/a', bank.scale.notApplicable]) labels.set(fold(na), NA);
  return labels;
}

/**
 * A cell other than one digit: blank is a missing answer (NaN), a number is itself, a label its
 * number, "does not apply" NA; anything else -Infinity (off every scale).
 */
function cellValue(cell: string, labels: ReadonlyMap<string, number>): number {
  const text = cell.trim();
  if (text === '') return NaN;
  if (WHOLE.test(text)) return Number(text);
  return labels.get(fold(text)) ?? -Infinity;
}

/** What survey tools put in the header rows under the first: an import id, or "Response". */
const HEADERISH = /^\{"?importid|^(open-ended )?response$/i;

/**
 * Whether a row under the header is another header row: none of its question cells is an answer
 * (a number, a label, "does not apply"), and they name questions, as survey tools' extra header
 * rows do. A data row of wrong answers is never taken for one: it stays to be reported.
 */
function isHeaderRow(
  row: readonly string[] | undefined,
  columns: Iterable<number>,
  labels: ReadonlyMap<string, number>,
  matcher: (name: string) => Match | undefined,
): boolean {
  if (!row) return false;
  let cells = 0;
  let named = 0;
  for (const c of columns) {
    const cell = (row[c] ?? '').trim();
    if (!cell) continue;
    if (WHOLE.test(cell) || labels.has(fold(cell))) return false;
    cells++;
    if (HEADERISH.test(cell) || matcher(cell)) named++;
  }
  return cells > 0 && named * 2 >= cells;
}

/**
 * The layout of a cohort CSV from its first rows (up to three): the header, and any extra header
 * rows under it, which are recognised and never read as answers.
 */
export function csvLayout(
  rows: readonly (readonly string[])[],
  bank: Bank,
  file: string,
  options: LayoutOptions = {},
): LayoutResult {
  const issues: InputIssue[] = [];
  const names = rows[0]!.map((h) => h.trim());
  const at = (index: number, message: string): InputIssue => ({
    file,
    line: 1,
    col: index + 1,
    path: names[index] ?? '',
    message,
  });
  const matcher = questionMatcher(bank);
  const labels = labelsOf(bank);
  // The answers a cell may hold as words, as the bank writes them.
  const labelTexts = [...bank.scale.labels, ...(bank.scale.notApplicable ? [bank.scale.notApplicable] : [])];

  // Each column's possible names: its cell in each header row, and a grid header made of the
  // prompt above (carried across a matrix's blank cells) and the statement below.
  const candidates = (headerRows: number) =>
    names.map((name, c) => {
      const list = [name];
      let prompt = '';
      for (let r = 1; r < headerRows; r++) {
        for (let k = c; k >= 0 && !prompt; k--) prompt = rows[0]![k]?.trim() ?? '';
        const below = rows[r]?.[c]?.trim() ?? '';
        if (below) list.push(below, `${prompt} [${below}]`);
      }
      return list;
    });
  const matchAll = (headerRows: number) => {
    const found = new Map<number, Match & { name?: string }>();
    candidates(headerRows).forEach((list, c) => {
      const mapped = options.map?.[names[c]!];
      if (mapped !== undefined) {
        if (bank.questions.some((q) => q.id === mapped)) found.set(c, { id: mapped, how: 'map' });
        else
          issues.push(
            at(
              c,
              `the map sends "${names[c]}" to "${mapped}", which is not a question of ${bank.id}${didYouMean(
                mapped,
                bank.questions.map((q) => q.id),
              )}`,
            ),
          );
        return;
      }
      for (const name of list) {
        const match = matcher(name);
        if (match) return void found.set(c, { ...match, name });
      }
    });
    return found;
  };

  // How many rows the header takes: the first, and any row under it whose question cells are not answers.
  let headerRows = 1;
  let matches = matchAll(1);
  if (matches.size === 0 && isHeaderRow(rows[1], matchAll(2).keys(), labels, matcher)) headerRows = 2;
  else if (matches.size && isHeaderRow(rows[1], matches.keys(), labels, matcher)) headerRows = 2;
  if (headerRows === 2 && isHeaderRow(rows[2], matchAll(2).keys(), labels, matcher)) headerRows = 3;
  if (headerRows > 1) {
    issues.length = 0;
    matches = matchAll(headerRows);
  }

  /** A column named by a flag (it must exist), else the first of the usual names. */
  const column = (given: string | undefined, flag: string, usual: readonly string[], skip: number[]) => {
    if (given === undefined) return findColumn(names, usual, skip);
    const index = names.indexOf(given);
    if (index === -1) {
      const message = `no column "${given}" for ${flag}${didYouMean(given, names)}; the header has: ${names.join(', ')}`;
      issues.push({ file, line: 1, col: 1, path: '', message });
    }
    return index;
  };
  const idIndex = column(options.idColumn, '--id-column', ID_COLUMNS, [...matches.keys()]);
  const groupIndex = column(options.groupColumn, '--group-column', GROUP_COLUMNS, [idIndex, ...matches.keys()]);

  const positions = new Map(bank.questions.map((q, position) => [q.id, position]));
  const questions: CsvLayout['questions'] = [];
  const ignored: string[] = [];
  const answeredBy = new Map<string, number>();
  names.forEach((name, index) => {
    if (index === idIndex || index === groupIndex) return;
    const match = matches.get(index);
    if (!match) {
      // A near miss of an id is worth a suggestion; a survey tool's own columns are not.
      const idLike = /^[\w-]{1,24}$/.test(name);
      ignored.push(`${name || `(column ${index + 1})`}${idLike ? didYouMean(name, [...positions.keys()]) : ''}`);
      return;
    }
    const first = answeredBy.get(match.id);
    // Two columns of one name are reported below, as a repeated name.
    if (first === undefined) answeredBy.set(match.id, index);
    else if (names[first] !== name)
      issues.push(at(index, `column "${name}" answers "${match.id}", as column ${first + 1} ("${names[first]}") does`));
    questions.push({
      index,
      id: match.id,
      position: positions.get(match.id)!,
      how: match.how,
      name: match.name ?? name,
    });
  });
  // Names that repeat matter only among the columns read.
  const read = [idIndex, groupIndex, ...questions.map((q) => q.index)].filter((i) => i !== -1);
  read.forEach((index) => {
    const first = names.indexOf(names[index]!);
    if (first !== index && names[index] !== '' && read.includes(first))
      issues.push(at(index, `column "${names[index]}" appears twice (also column ${first + 1})`));
  });
  if (questions.length === 0) {
    issues.push({
      file,
      line: 1,
      col: 1,
      path: '',
      message: `no column is a question of ${bank.id}; expected columns named by question id or question text, such as ${bank.questions
        .slice(0, 3)
        .map((q) => q.id)
        .join(', ')} (leadlens template ${bank.id} --csv prints a header)`,
    });
  }
  if (issues.length) return { ok: false, issues };
  questions.sort((a, b) => a.index - b.index);
  const present = new Set(questions.map((q) => q.id));
  const { min, max } = bank.scale;
  return {
    ok: true,
    layout: {
      file,
      width: names.length,
      header: names,
      headerRows,
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
      min,
      max,
      labels,
      labelBytes: labelTexts
        // A quote or line break would need the general reading; a separator, quotes around it.
        .filter((label) => !WHOLE.test(label) && label.trim() === label && label !== '' && !/["\r\n]/.test(label))
        .map((label) => ({
          bytes: Buffer.from(label, 'utf8'),
          value: labels.get(fold(label))!,
          plain: !/[,;\t]/.test(label),
        })),
      expected: `${min}–${max}${bank.scale.notApplicable ? ' or NA (does not apply)' : ''}`,
      labelList: labelTexts.join(', '),
      ignored,
      absent: bank.questions.filter((q) => !present.has(q.id)).map((q) => q.id),
    },
  };
}

/**
 * The respondent id of the row read last: its bytes when they can be used as they are, else its
 * text (empty without one). Kept here, not in the result, so a row costs no extra object.
 */
export const lastId = {
  bytes: undefined as Uint8Array | undefined,
  start: 0,
  end: 0,
  text: '',
  set(bytes: Uint8Array, start: number, end: number) {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.text = '';
  },
  setText(text: string) {
    this.bytes = undefined;
    this.text = text;
  },
};

/**
 * A respondent from a row (answers in bank question order, NaN where missing), or the row's
 * problems. A respondent is good until the next row is read: its object and values are reused.
 */
export type RowResult = RowRead | { ok: false; issues: InputIssue[] };
/** A row read without problems. */
export type RowRead = { ok: true; respondent: string; group: string | null; values: Float64Array };

const ZERO = 48;

/** A cell's text without surrounding white space; doubled quotes undone when `escaped`. */
function cellText(bytes: Buffer, start: number, end: number, cell: number, escaped: boolean): string {
  const text = decodeCell(bytes, start, end, cell);
  const first = bytes[start]!;
  const last = bytes[end - 1]!;
  const trimmed = end > start && (first <= 32 || last <= 32) ? text.trim() : text;
  return escaped ? trimmed.replaceAll('""', '"') : trimmed;
}

// What closingQuote found in the quick pass's last quoted cell, and the quick pass's result: one
// object each for every row, not one a row (a cohort reads a row at a time, as `values` are reused).
const quoteFound = { escaped: false };
const quickResult = {
  ok: true as const,
  respondent: '',
  group: null as string | null,
  values: new Float64Array(0) as Float64Array,
};

/**
 * Where a cell holding one of `labels` exactly ends (after its closing quote when `quoted`), with
 * the label's value put in `values[kind]`; -1 when it holds none of them. A label must fill the
 * cell: "Often" does not match the start of "Often enough".
 */
function labelEnd(
  bytes: Buffer,
  from: number,
  end: number,
  quoted: number,
  delimiter: number,
  labels: CsvLayout['labelBytes'],
  values: Float64Array,
  kind: number,
): number {
  for (const { bytes: label, value, plain } of labels) {
    const after = from + label.length;
    if (after > end || bytes[from] !== label[0] || !(quoted || plain)) continue;
    if (quoted ? bytes[after] !== QUOTE || after >= end : after !== end && bytes[after] !== delimiter) continue;
    let i = 1;
    while (i < label.length && bytes[from + i] === label[i]) i++;
    if (i < label.length) continue;
    values[kind] = value;
    return after + quoted;
  }
  return -1;
}

/**
 * The quick reading of a line from its bytes, for the common cases: every question cell is one
 * digit on the scale, or a label exactly as the bank writes it (as survey tools export them),
 * quoted or not. One pass, no cell boundaries kept, no string but the id. Anything else (a blank
 * cell, another spelling, a ragged row) returns undefined, and the general reading takes over.
 */
function quickRow(
  bytes: Buffer,
  start: number,
  end: number,
  rowNumber: number,
  layout: CsvLayout,
  values: Float64Array,
  delimiter: number,
): RowRead | undefined {
  const { kinds, min, max } = layout;
  const last = kinds.length - 1;
  const found = quoteFound;
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
      // One digit, or one digit in quotes; else one of the scale's labels as the bank writes them.
      const quoted = bytes[at] === QUOTE ? 1 : 0;
      const digit = bytes[at + quoted]! - ZERO;
      if (at + quoted >= end) return undefined;
      if (digit >= 0 && digit <= 9) {
        if (digit < min || digit > max || (quoted && bytes[at + 2] !== QUOTE)) return undefined;
        values[kind] = digit;
        cellEnd = at + 1 + 2 * quoted;
      } else {
        cellEnd = labelEnd(bytes, at + quoted, end, quoted, delimiter, layout.labelBytes, values, kind);
        if (cellEnd === -1) return undefined;
      }
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
  // Where the id's bytes are, for finding repeats without keeping strings.
  if (id && !idEscaped && bytes[idStart]! > 32 && bytes[idEnd - 1]! > 32) lastId.set(bytes, idStart, idEnd);
  else lastId.setText(id);
  const group =
    layout.groupIndex >= 0 ? cellText(bytes, groupStart, groupEnd, layout.groupIndex, groupEscaped) || null : null;
  const result = quickResult;
  result.respondent = id || `row ${rowNumber}`;
  result.group = group;
  result.values = values;
  return result;
}

/**
 * The quick pass alone, for the line `bytes[start..end)`: its row when every cell is as the pass
 * expects (answers of one digit, quoted or not), else undefined, and the line needs csvRow.
 */
export function quickCsvRow(
  bytes: Buffer,
  start: number,
  end: number,
  rowNumber: number,
  layout: CsvLayout,
  into: Float64Array,
  delimiter: number,
): RowRead | undefined {
  return quickRow(bytes, start, end, rowNumber, layout, into.fill(NaN), delimiter);
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
    const value = digit >= 0 ? digit : cellValue(row.text(index), layout.labels);
    if (value !== value) continue;
    if (value !== NA && (value < min || value > max)) {
      const na = layout.expected.slice(`${min}–${max}`.length);
      (issues ??= []).push({
        file,
        line: rowNumber,
        col: index + 1,
        path: layout.questions[q]!.id,
        // Text that is no number is most likely a label misspelt: say which labels there are.
        message: `${JSON.stringify(row.text(index))} is not on the scale ${min}–${max}${na}${/\p{L}/u.test(row.text(index)) ? `; the answers may be written as ${layout.labelList}` : ''}`,
      });
      continue;
    }
    values[positions[q]!] = value;
  }
  if (issues) return { ok: false, issues };
  const id = layout.idIndex >= 0 ? row.text(layout.idIndex).trim() : '';
  const group = layout.groupIndex >= 0 ? row.text(layout.groupIndex).trim() || null : null;
  lastId.setText(id);
  return { ok: true, respondent: id || `row ${rowNumber}`, group, values };
}
