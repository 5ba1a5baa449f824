import { isRecord } from '../input/isRecord.js';

/**
 * The ids a file answers, in its order; none if its answers are not a mapping. The quick and the
 * thorough check both go through them, and listing 200,000 ids takes as long as checking them,
 * so a caller that runs both lists them once. Pure.
 */
export function answerIds(raw: unknown): string[] {
  return isRecord(raw) && isRecord(raw.answers) ? Object.keys(raw.answers) : [];
}
