// Two rows of the distance table, kept between calls: a file with thousands of unknown keys asks
// for thousands of distances, and allocating rows for each was most of their cost.
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance between two short strings (ids, keys), for "did you mean" hints. Past `max` the
 * exact distance does not matter: the walk stops as soon as every path is longer, and says max + 1.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length * 2 + 1), new Int32Array(b.length * 2 + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let least = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < least) least = value;
    }
    if (least > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * The closest candidate, if it is close enough to be a likely typo. A file can hold thousands of
 * unknown keys, each asking this, so a candidate is measured only as far as it could still win.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  return closestFolded(
    word,
    candidates,
    candidates.map((c) => c.toLowerCase()),
  );
}

function closestFolded(word: string, candidates: readonly string[], folded: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  // Only a distance below this wins: within the typo limit, and closer than the best so far.
  let beat = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (let i = 0; i < candidates.length; i++) {
    const distance = editDistance(lower, folded[i]!, beat - 1);
    if (distance < beat) {
      best = candidates[i];
      beat = distance;
    }
  }
  return best;
}

const hint = (match: string | undefined) => (match ? ` (did you mean "${match}"?)` : '');

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  return hint(closest(word, candidates));
}

/** didYouMean for many words against one list (every unknown key of a file): the list is lower-cased once. */
/**
 * Suggestions are made for this many words of one list at most: past a thousand unknown keys the
 * file is not a near miss, and measuring each against every candidate was a tenth of the time.
 */
export const SUGGESTIONS_AT_MOST = 1000;

export function didYouMeanAmong(candidates: readonly string[]): (word: string) => string {
  const folded = candidates.map((c) => c.toLowerCase());
  let made = 0;
  return (word) => (made++ < SUGGESTIONS_AT_MOST ? hint(closestFolded(word, candidates, folded)) : '');
}
