/** "4/12 ████░░░░" — where the user is in the assessment. */
import { bar } from '../text/bar.js';

export function position(index: number, total: number, width = 12): string {
  const done = total === 0 ? 100 : (index / total) * 100;
  return `${index + 1}/${total} ${bar(done, width, '■', '·')}`;
}
