/** JSON: the result object (an array for several banks); for a cohort, every respondent then the summary, streamed. */
import { RESULT_SCHEMA_VERSION, type Session } from '../result.js';
import type { CohortRenderer } from './cohort.js';

/** One result as it is; several banks as a session: each result without its own plan, and the one plan across them. */
export function renderJson(session: Session): string {
  const { results, plan } = session;
  if (results.length === 1) return `${JSON.stringify(results[0], null, 2)}\n`;
  const first = results[0]!;
  const body = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    kind: 'session',
    tool: first.tool,
    respondent: first.respondent,
    completedAt: first.completedAt,
    results: results.map(({ plan: _own, ...rest }) => rest),
    plan,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function jsonCohort(): CohortRenderer {
  let first = true;
  return {
    begin: (meta) => {
      const head = JSON.stringify(
        {
          schemaVersion: meta.schemaVersion,
          kind: 'cohort',
          tool: meta.tool,
          bank: meta.bank,
          generatedAt: meta.generatedAt,
          thresholds: meta.thresholds,
        },
        null,
        2,
      );
      // Reopen the object to stream the respondents array into it.
      return `${head.slice(0, -2)},\n  "respondents": [`;
    },
    entry: (entry) => {
      const { respondent, answers = {}, dimensions, overall, strengths, developmentAreas, flags, misses } = entry;
      const text = `${first ? '\n' : ',\n'}    ${JSON.stringify({ respondent, answers, dimensions, overall, strengths, developmentAreas, flags, misses })}`;
      first = false;
      return text;
    },
    end: (summary) =>
      `${first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`,
  };
}
