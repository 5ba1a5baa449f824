/**
 * Report formats by name. Each renders the same results; the command decides where the text goes.
 * A format's code loads only when it is used, so `--format json` never pays for colours or HTML.
 */
import type { Session } from '../result.js';
import type { CohortRenderer } from './cohort.js';
import type { FormatName } from './formatNames.js';
import type { RenderOptions } from './options.js';

/** Renders a session: one result, or several banks taken together with one plan. */
export type Renderer = (session: Session, options: RenderOptions) => string;

/** One format: how it renders finished results, and how it renders a cohort as it streams. */
export interface Format {
  render: Renderer;
  cohort: (options: RenderOptions) => CohortRenderer;
  /** Whether cohort entries need each respondent's answers (building them costs time per row). */
  usesAnswers?: boolean;
}

const LOADERS: Record<FormatName, () => Promise<Format>> = {
  text: async () => {
    const [{ renderText }, { textCohort }] = await Promise.all([import('./text.js'), import('./textCohort.js')]);
    return { render: renderText, cohort: textCohort };
  },
  json: async () => {
    const { renderJson, jsonCohort } = await import('./json.js');
    return { render: renderJson, cohort: jsonCohort, usesAnswers: true };
  },
  markdown: async () => {
    const { renderMarkdown, markdownCohort } = await import('./markdown.js');
    return { render: renderMarkdown, cohort: markdownCohort };
  },
  csv: async () => {
    const { renderCsv, csvCohort } = await import('./csv.js');
    return { render: (session, options) => renderCsv(session.results, options), cohort: csvCohort };
  },
  junit: async () => {
    const [{ renderJunit, junitCohort }, { junitSummaryCohort }] = await Promise.all([
      import('./junit.js'),
      import('./junitSummary.js'),
    ]);
    return {
      render: (session, options) => renderJunit(session.results, options),
      cohort: (options) => (options.junitSummary ? junitSummaryCohort(options) : junitCohort(options)),
    };
  },
  html: async () => {
    const { renderHtml, htmlCohort } = await import('./html.js');
    return { render: renderHtml, cohort: htmlCohort };
  },
};

export function loadFormat(name: FormatName): Promise<Format> {
  return LOADERS[name]();
}

export type { FormatName };
export { FORMAT_NAMES } from './formatNames.js';
