/** JSON: the result object (an array for several banks); for a cohort, every respondent then the summary, streamed. */
import type { AssessmentResult } from '../result.js';
import type { CohortRenderer } from './cohort.js';

export function renderJson(results: readonly AssessmentResult[]): string {
  return `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`;
}

export function jsonCohort(): CohortRenderer {
  let first = true;
  return {
    begin: (meta) => {
      const head = JSON.stringify({ schemaVersion: meta.schemaVersion, kind: 'cohort', tool: meta.tool, bank: meta.bank, generatedAt: meta.generatedAt, thresholds: meta.thresholds }, null, 2);
      // Reopen the object to stream the respondents array into it.
      return `${head.slice(0, -2)},\n  "respondents": [`;
    },
    entry: (entry) => {
      const { respondent, answers = {}, dimensions, overall, strengths, developmentAreas, flags, misses } = entry;
      const text = `${first ? '\n' : ',\n'}    ${JSON.stringify({ respondent, answers, dimensions, overall, strengths, developmentAreas, flags, misses })}`;
      first = false;
      return text;
    },
    end: (summary) => `${first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`,
  };
}
