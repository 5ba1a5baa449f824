/**
 * The few errors leadlens expects, each mapped to an exit code in one place (cli/main.ts).
 * Anything else is a bug and keeps its stack trace.
 */
import { formatIssue, type InputIssue } from './input/issue.js';

/** Every exit code leadlens uses, with what it means: the help text is generated from it. */
export const EXIT = {
  ok: 0,
  thresholdNotMet: 1,
  userError: 2,
  internal: 70,
  io: 74,
  hangup: 129,
  interrupted: 130,
  terminated: 143,
} as const;

export const EXIT_MEANINGS: Record<keyof typeof EXIT, string> = {
  ok: 'done',
  thresholdNotMet: 'a --fail-under threshold was not met',
  userError: 'usage or input error: a bad flag, an unknown bank, a file with mistakes',
  internal: 'internal error: a bug in leadlens, please report it',
  io: 'a file or folder could not be read or written (a full disk, no permission, a folder where a file should be)',
  hangup: 'the terminal went away (closed or disconnected, SIGHUP); answers given so far are kept as a draft',
  interrupted: 'interrupted (Ctrl-C)',
  terminated: 'stopped by SIGTERM',
};

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
    super();
  }

  /**
   * Every issue, one line each. Made when read, not when thrown: the CLI writes the issues a piece
   * at a time (issueLines), and a file with 200,000 problems made a text of 27 MB nobody read.
   */
  override get message(): string {
    return this.issues.map(formatIssue).join('\n');
  }
}

/** Reading or writing failed for a reason outside the user's input: disk full, permissions, a folder in the way. */
export class IoError extends Error {
  override name = 'IoError';
  readonly exitCode = EXIT.io;
}

/** The user pressed Ctrl-C, or (`hangup`) the terminal went away: closed, or its connection dropped. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  readonly exitCode: typeof EXIT.interrupted | typeof EXIT.hangup;
  constructor(readonly hangup = false) {
    super(hangup ? 'The terminal went away.' : 'Interrupted.');
    this.exitCode = hangup ? EXIT.hangup : EXIT.interrupted;
  }
}

export type KnownError = UsageError | InputError | InterruptedError | IoError;

export function isKnownError(error: unknown): error is KnownError {
  return (
    error instanceof UsageError ||
    error instanceof InputError ||
    error instanceof InterruptedError ||
    error instanceof IoError
  );
}
