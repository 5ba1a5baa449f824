/**
 * CSV: one row per respondent — respondent, `<dimension>.mean` and `<dimension>.score` in bank
 * order, `overall.score`, then `flags`. A dimension with too few answers is two empty cells and a flag.
 */
import type { CohortEntry } from '../cohort/entry.js';
import { flagsOf } from '../cohort/entry.js';
import type { AssessmentResult } from '../result.js';
import { csvField } from '../text/escape.js';
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

export function csvCohort(): CohortRenderer {
  return {
    begin: (meta) => csvHeader(meta.dimensions.map((d) => d.id)),
    entry: (entry) => csvRow(entry),
    end: () => '',
  };
}
