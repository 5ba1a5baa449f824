/**
 * A short random tag for file names that must not collide (temporary files, saved results).
 * Math.random is enough: the tag only separates runs that coincide to the millisecond, and the
 * files are created exclusively anyway. (node:crypto would cost 4–7 ms of every start.)
 */
export function randomTag(length = 8): string {
  let tag = '';
  while (tag.length < length) tag += Math.random().toString(36).slice(2);
  return tag.slice(0, length);
}
