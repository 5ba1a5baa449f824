/**
 * Steps over the lines of a plain YAML text by offsets, shared by simpleYaml (which reads it) and
 * simpleLocator (which finds keys in it): a file of 200,000 keys is walked without an array of its
 * lines or a string for each, whose garbage collection cost more than the walk. Pure.
 */

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const CR = 13;

/** YAML's white space is the space and the tab, nothing else (not a no-break or other Unicode space). */
export const isWhite = (code: number) => code === SPACE || code === TAB;

/** The first offset from `at` (before `end`) that is not a space or a tab. */
export function skipWhite(text: string, at: number, end: number): number {
  while (at < end && isWhite(text.charCodeAt(at))) at++;
  return at;
}

/** The offset of the \n ending the line that starts at `start`, or the text's length for the last line. */
export function newlineAfter(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 ? text.length : newline;
}

/** Where the line's content ends: at its \n, or before a \r just before it (a CRLF file). */
export function contentEnd(text: string, start: number, newline: number): number {
  return newline > start && text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
}

/** Whether the text from `at` to `end` is nothing but white space, or white space and a comment. */
export function blankOrComment(text: string, at: number, end: number): boolean {
  const p = skipWhite(text, at, end);
  return p === end || text.charCodeAt(p) === HASH;
}

/** How many spaces (not tabs) start the line at `start`. */
export function leadingSpaces(text: string, start: number): number {
  let spaces = 0;
  while (text.charCodeAt(start + spaces) === SPACE) spaces++;
  return spaces;
}
