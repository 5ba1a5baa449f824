import { inert } from '../text/inert.js';

/** A problem in a user's file, positioned so an editor can jump to it. */
export interface InputIssue {
  /** Path of the file as the user named it (or a label such as "<stdin>"). */
  file: string;
  /** 1-based line and column of the offending node. */
  line: number;
  col: number;
  /** Where in the data, e.g. `questions[3].dimension`; empty for the whole document. */
  path: string;
  message: string;
}

const asLine = (issue: InputIssue) => {
  const where = `${issue.file}:${issue.line}:${issue.col}`;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`;
};

/** `file:line:col path: message`, the shape editors and terminals turn into links; anything the user wrote is shown inert. */
export function formatIssue(issue: InputIssue): string {
  return inert(asLine(issue));
}

/**
 * About how long a piece of issueLines is: well under the 128 KiB from which V8 gives a string pages
 * of its own (a large object, freed only by a full collection), which made pieces of a thousand
 * long lines three times slower than pieces of a thousand short ones.
 */
const PIECE_LENGTH = 32_000;

/**
 * Every issue as formatIssue writes it, each line ending in a newline, in pieces of about
 * PIECE_LENGTH characters. A file with 200,000 problems is written without one text of them all (27 MB,
 * copied again to be encoded), and inert runs once a piece, not once a line: it changes single
 * characters, so a piece is what its lines made inert one by one would be.
 */
export function* issueLines(issues: readonly InputIssue[]): Generator<string> {
  let piece = '';
  for (const issue of issues) {
    piece += `${asLine(issue)}\n`;
    if (piece.length >= PIECE_LENGTH) {
      yield inert(piece);
      piece = '';
    }
  }
  if (piece) yield inert(piece);
}

const before = (a: InputIssue, b: InputIssue) => a.line - b.line || a.col - b.col;

/**
 * Document order, so a user fixes problems top to bottom. A list in order already (problems found
 * line by line, as the 200,000 unknown ids of a file are) is copied as it is: one look at each pair
 * instead of a sort's calls to compare them.
 */
export function sortIssues(issues: InputIssue[]): InputIssue[] {
  for (let i = 1; i < issues.length; i++) if (before(issues[i - 1]!, issues[i]!) > 0) return [...issues].sort(before);
  return issues.slice();
}

export type PathSegment = string | number;

/** `questions[3].dimension` from ['questions', 3, 'dimension']. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}
