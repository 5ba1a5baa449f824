/**
 * CSV: one row per respondent — respondent, `<dimension>.mean` and `<dimension>.score` in bank
 * order, `overall.score`, then `flags`. A dimension with too few answers is two empty cells and a flag;
 * one with "does not apply" answers gets a flag of its own.
 */
import type { CohortEntry } from '../cohort/entry.js';
import { flagsOf, insufficientFlag, notApplicableFlag } from '../cohort/entry.js';
import type { AssessmentResult } from '../result.js';
import { csvField, keyedCache } from '../text/escape.js';
import { put } from '../text/lineBytes.js';
import type { CohortRenderer } from './cohort.js';
import { has360 } from './feedback360.js';

type Row = Pick<CohortEntry, 'dimensions' | 'overall'> & { respondent: string | null; flags: string[] };

export function csvHeader(dimensionIds: readonly string[]): string {
  return `${['respondent', ...dimensionIds.flatMap((id) => [`${id}.mean`, `${id}.score`]), 'overall.score', 'flags'].map(csvField).join(',')}\r\n`;
}

export function csvRow(row: Row): string {
  // Built as one string: this runs once per respondent, millions of times for a large cohort.
  let line = csvField(row.respondent ?? '');
  for (const d of row.dimensions) line += `,${csvField(d.mean)},${csvField(d.score)}`;
  return `${line},${csvField(row.overall.score)},${csvField(row.flags.length ? row.flags.join(' ') : '')}\r\n`;
}

// A 360 result adds the self score and the gap for each dimension, after the standard columns.
function with360(r: AssessmentResult, header: string, row: string): string {
  if (!has360(r)) return header + row;
  const dims = r.feedback360.dimensions;
  const extraHeader = dims.flatMap((d) => [`${d.id}.self`, `${d.id}.gap`]).map(csvField).join(',');
  const extraRow = dims.flatMap((d) => [d.self.score, d.gap]).map(csvField).join(',');
  return `${header.slice(0, -2)},${extraHeader}\r\n${row.slice(0, -2)},${extraRow}\r\n`;
}

export function renderCsv(results: readonly AssessmentResult[]): string {
  // Several banks have different columns: each gets its own header block.
  return results.map((r) => with360(r, csvHeader(r.dimensions.map((d) => d.id)), csvRow({ ...r, flags: flagsOf(r) }))).join('\r\n');
}

const COMMA = 44;
// A row's numbers as bytes: means (two decimals) by their hundredths, scores as whole numbers.
const hundredthsBytes = keyedCache((key) => Buffer.from(csvField(key / 100)));
const wholeBytes = keyedCache((value) => Buffer.from(csvField(value)));
/** The most bytes a number field takes (String(-1.2345678901234567e-300) is 24 characters). */
const NUMBER_BYTES = 24;

export function csvCohort(): CohortRenderer {
  let flagNames: string[] = [];
  let naNames: string[] = [];
  return {
    begin: (meta) => {
      flagNames = meta.dimensions.map((d) => insufficientFlag(d.id));
      naNames = meta.dimensions.map((d) => notApplicableFlag(d.id));
      return csvHeader(meta.dimensions.map((d) => d.id));
    },
    entry: (entry) => csvRow(entry),
    // The same bytes as csvRow gives for the expanded scores, from the numbers alone.
    row(respondent, scores, line) {
      let at = line.text(line.length, csvField(respondent));
      const buffer = line.reserve(at, (flagNames.length * 2 + 1) * (NUMBER_BYTES + 1) + 4);
      let flags = '';
      for (let d = 0; d < flagNames.length; d++) {
        const exact = scores.exact[d]!;
        buffer[at++] = COMMA;
        if (exact === exact) {
          at = put(buffer, at, hundredthsBytes(Math.round(scores.mean[d]! * 100)));
          buffer[at++] = COMMA;
          at = put(buffer, at, wholeBytes(Math.round(exact)));
        } else {
          buffer[at++] = COMMA;
          flags += flags ? ` ${flagNames[d]}` : flagNames[d];
        }
        if (scores.notApplicable[d]) flags += flags ? ` ${naNames[d]}` : naNames[d];
      }
      buffer[at++] = COMMA;
      if (scores.overall === scores.overall) at = put(buffer, at, wholeBytes(Math.round(scores.overall)));
      buffer[at++] = COMMA;
      if (flags) at = line.text(at, csvField(flags));
      const end = line.reserve(at, 2);
      end[at++] = 13;
      end[at++] = 10;
      line.length = at;
    },
    end: () => '',
  };
}
