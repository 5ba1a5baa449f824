/** The shape every cohort renderer has: a header, one piece per respondent, and a footer with the summary. */
import type { CohortEntry } from '../cohort/entry.js';
import type { CohortSummary } from '../cohort/summary.js';
import type { AssessmentResult } from '../result.js';
import type { ScoreRow } from '../scoring/score.js';
import type { Thresholds } from '../scoring/thresholds.js';

/** What is known before the first respondent. */
export interface CohortMeta {
  schemaVersion: number;
  tool: AssessmentResult['tool'];
  bank: AssessmentResult['bank'];
  dimensions: { id: string; title: string }[];
  generatedAt: string;
  thresholds: Thresholds;
}

/**
 * Row-wise formats (csv, json, junit) return each respondent's text as it comes, so a cohort of
 * any size streams; document formats keep a bounded sample and write everything at the end.
 */
export interface CohortRenderer {
  begin(meta: CohortMeta): string;
  entry(entry: CohortEntry): string;
  /**
   * A respondent from the numbers alone. Formats that need nothing more (csv) provide it, and a
   * large cohort is then written without a result object, or a string, per respondent: the renderer
   * gathers its bytes and returns a chunk whenever one is full. The chunk is valid until the next
   * call: the renderer writes the next lines into the same buffer.
   */
  row?(respondent: string, scores: ScoreRow): Uint8Array | undefined;
  /** The footer, after whatever `row` still held. */
  end(summary: CohortSummary): string | Uint8Array;
}

/** How many respondents the document formats list; the summary always covers all of them. */
export const LISTED_RESPONDENTS = 500;

/**
 * A document format's cohort renderer: it writes nothing until the end, keeping at most `limit`
 * respondents (those `keep` accepts), so memory stays bounded however large the cohort.
 */
export function documentCohort(
  limit: number,
  finish: (meta: CohortMeta, kept: readonly CohortEntry[], summary: CohortSummary) => string,
  keep: (entry: CohortEntry) => boolean = () => true,
): CohortRenderer {
  let meta: CohortMeta;
  const kept: CohortEntry[] = [];
  return {
    begin: (m) => {
      meta = m;
      return '';
    },
    entry: (entry) => {
      if (kept.length < limit && keep(entry)) kept.push(entry);
      return '';
    },
    end: (summary) => finish(meta, kept, summary),
  };
}
