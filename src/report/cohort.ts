/** The shape every cohort renderer has: a header, one piece per respondent, and a footer with the summary. */
import type { CohortEntry } from '../cohort/entry.js';
import type { CohortSummary } from '../cohort/summary.js';
import type { AssessmentResult } from '../result.js';
import type { ScoreRow } from '../scoring/score.js';
import type { LineBytes } from '../text/lineBytes.js';
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
   * A respondent from the numbers alone, appended to `out` as UTF-8 bytes. Formats that need
   * nothing more (csv) provide it, and a large cohort is then written without building a result
   * object, or a string, per respondent.
   */
  row?(respondent: string, scores: ScoreRow, out: LineBytes): void;
  end(summary: CohortSummary): string;
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
