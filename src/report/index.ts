/** Report formats by name. Each renders the same results; the command decides where the text goes. */
import type { AssessmentResult } from '../result.js';
import type { CohortRenderer } from './cohort.js';
import { csvCohort, renderCsv } from './csv.js';
import { htmlCohort, renderHtml } from './html.js';
import { jsonCohort, renderJson } from './json.js';
import { junitCohort, renderJunit } from './junit.js';
import { markdownCohort, renderMarkdown } from './markdown.js';
import type { RenderOptions } from './options.js';
import { renderText } from './text.js';
import { textCohort } from './textCohort.js';

export type Renderer = (results: readonly AssessmentResult[], options: RenderOptions) => string;

/** One format: how it renders finished results, and how it renders a cohort as it streams. */
export interface Format {
  render: Renderer;
  cohort: (options: RenderOptions) => CohortRenderer;
  /** Whether the output is meant for a terminal (and so may be coloured). */
  terminal: boolean;
}

export const FORMATS = {
  text: { render: renderText, cohort: textCohort, terminal: true },
  json: { render: renderJson, cohort: jsonCohort, terminal: false },
  markdown: { render: renderMarkdown, cohort: markdownCohort, terminal: false },
  csv: { render: renderCsv, cohort: csvCohort, terminal: false },
  junit: { render: (results, options) => renderJunit(results, options.thresholds), cohort: junitCohort, terminal: false },
  html: { render: renderHtml, cohort: htmlCohort, terminal: false },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;
export { FORMAT_NAMES } from './formatNames.js';
