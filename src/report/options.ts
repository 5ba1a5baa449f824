/** What every renderer may be told about where its output goes and what it is judged against. */
import type { Thresholds } from '../scoring/thresholds.js';

export interface RenderOptions {
  /** chalk colour level: 0 for plain text. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Columns available; text wraps to this. */
  width: number;
  /** --fail-under rules, shown and judged by the formats that report pass or fail. */
  thresholds: Thresholds;
  /** Every question with its answer, in the text report too (markdown, HTML and JSON always have them). */
  items?: boolean;
  /** --raw-csv: CSV cells as given, without the leading ' that keeps a spreadsheet from running a formula. */
  rawCsv?: boolean;
  /** Each bank's file by bank id, as JUnit's file= names it (so a CI annotation points at the bank). */
  bankFiles?: Readonly<Record<string, string>>;
  /** --junit-summary: a cohort as one JUnit suite of statistics, instead of a suite per respondent. */
  junitSummary?: boolean;
  /** Says something about the report on stderr (a repeated name made unique); renderers stay pure. */
  warn?: (message: string) => void;
}
