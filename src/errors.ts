/**
 * The few errors leadlens expects, each mapped to an exit code in one place (cli/main.ts).
 * Anything else is a bug and keeps its stack trace.
 */
import { formatIssue, type InputIssue } from './input/issue.js';

export const EXIT = {
  ok: 0,
  thresholdNotMet: 1,
  userError: 2,
  interrupted: 130,
} as const;

/** The user asked for something that cannot be done (bad flag, unknown bank, no terminal). */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = EXIT.userError;
}

/** A file the user gave is wrong; carries every positioned issue found in it. */
export class InputError extends Error {
  override name = 'InputError';
  readonly exitCode = EXIT.userError;
  constructor(readonly issues: readonly InputIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** The user pressed Ctrl-C or the terminal went away. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  readonly exitCode = EXIT.interrupted;
  constructor() {
    super('Interrupted.');
  }
}

export type KnownError = UsageError | InputError | InterruptedError;

export function isKnownError(error: unknown): error is KnownError {
  return error instanceof UsageError || error instanceof InputError || error instanceof InterruptedError;
}
