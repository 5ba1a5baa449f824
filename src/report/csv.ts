/**
 * CSV: one row per respondent — respondent, `<dimension>.mean` and `<dimension>.score` in bank
 * order, `overall.score`, then `flags`. A dimension with too few answers is two empty cells and a flag;
 * one with "does not apply" answers gets a flag of its own.
 */
import { flagsOf } from '../cohort/entry.js';
import { csvHeader, csvLine, CsvLineWriter } from '../csv/write.js';
import type { AssessmentResult } from '../result.js';
import { csvField } from '../text/escape.js';
import type { CohortRenderer } from './cohort.js';
import type { RenderOptions } from './options.js';

// A 360 result adds the self score and the gap for each dimension, after the standard columns.
function with360(r: AssessmentResult, header: string, row: string): string {
  if (!r.feedback360) return header + row;
  const dims = r.feedback360.dimensions;
  const extraHeader = dims
    .flatMap((d) => [`${d.id}.self`, `${d.id}.gap`])
    .map((field) => csvField(field))
    .join(',');
  const extraRow = dims
    .flatMap((d) => [d.self.score, d.gap])
    .map((field) => csvField(field))
    .join(',');
  return `${header.slice(0, -2)},${extraHeader}\r\n${row.slice(0, -2)},${extraRow}\r\n`;
}

export function renderCsv(results: readonly AssessmentResult[], options: Pick<RenderOptions, 'rawCsv'> = {}): string {
  // Several banks have different columns: each gets its own header block.
  return results
    .map((r) =>
      with360(r, csvHeader(r.dimensions.map((d) => d.id)), csvLine({ ...r, flags: flagsOf(r) }, options.rawCsv)),
    )
    .join('\r\n');
}

export function csvCohort(options: Pick<RenderOptions, 'rawCsv'> = {}): CohortRenderer {
  let lines: CsvLineWriter;
  return {
    begin: (meta) => {
      const ids = meta.dimensions.map((d) => d.id);
      lines = new CsvLineWriter(ids, options.rawCsv);
      return csvHeader(ids);
    },
    entry: (entry) => csvLine(entry, options.rawCsv),
    row: (respondent, scores) => lines.add(respondent, scores),
    end: () => lines.flush() ?? '',
  };
}
