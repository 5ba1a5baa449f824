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

/** `file:line:col path: message`, the shape editors and terminals turn into links; anything the user wrote is shown inert. */
export function formatIssue(issue: InputIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.col}`;
  return inert(issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`);
}

/** Document order, so a user fixes problems top to bottom. */
export function sortIssues(issues: InputIssue[]): InputIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.col - b.col);
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
