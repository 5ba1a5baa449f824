/** The result as JSON: one object for one bank, an array for several. */
import type { AssessmentResult } from '../result.js';

export function renderJson(results: readonly AssessmentResult[]): string {
  return `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`;
}
