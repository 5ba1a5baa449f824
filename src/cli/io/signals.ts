/**
 * How a run ends when it is cut short. On any exit (so also after an error) the temporary files it
 * was writing are removed and a FIFO still waiting for its reader is let go; a signal that stops it
 * shows the cursor a prompt may have hidden and exits with the code a shell would give (128 + the
 * signal's number). main.ts, the only place that exits, installs this with its exit function.
 */
import { writeSync } from 'node:fs';
import { EXIT } from '../../errors.js';
import { releaseWaitingOpens } from '../../store/inPlaceFile.js';
import { removeTempFiles } from '../../store/tempFiles.js';

/** The signals that end a run, each with its exit code. SIGKILL cannot be caught: see sweepLeftovers. */
export const SIGNAL_EXITS = {
  SIGHUP: EXIT.hangup,
  SIGINT: EXIT.interrupted,
  SIGTERM: EXIT.terminated,
} as const;

/** Who takes Ctrl-C instead of the exit: a prompt reading typed lines, which ends as an interruption. */
let interruptTaker: (() => void) | undefined;

/**
 * While a plain-mode prompt reads a line, Ctrl-C (a signal in a line-mode terminal) is its to
 * handle: the run then ends the usual way, saying what was kept. Returns the release.
 */
export function takeInterrupts(taker: () => void): () => void {
  interruptTaker = taker;
  return () => {
    if (interruptTaker === taker) interruptTaker = undefined;
  };
}

export function installExitCleanup(exit: (code: number) => void): void {
  process.on('exit', () => {
    removeTempFiles();
    releaseWaitingOpens();
  });
  for (const [signal, code] of Object.entries(SIGNAL_EXITS)) {
    process.on(signal, () => {
      if (signal === 'SIGINT' && interruptTaker) return interruptTaker();
      showCursor();
      exit(code);
    });
  }
}

/**
 * A prompt hides the cursor while it waits and shows it again when it ends normally; a run stopped
 * by a signal or an internal error must not leave the terminal without one.
 */
export function showCursor(): void {
  // Prompts draw on stdout when it is the terminal, else on stderr.
  const fd = process.stdout.isTTY ? 1 : process.stderr.isTTY ? 2 : null;
  // A dumb terminal has no cursor control, and plain mode never hid it.
  if (fd === null || process.env.TERM === 'dumb') return;
  try {
    writeSync(fd, '\u001b[?25h');
  } catch {
    // the terminal is gone (a hang-up): there is no cursor left to show
  }
}
