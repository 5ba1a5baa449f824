/**
 * On exit Node puts each standard stream that began as a terminal back into the mode it found it
 * in, and Node 20 aborts (an assertion in ResetStdio, sometimes a segmentation fault) when that
 * terminal has gone away. A terminal that went away answers "not a terminal" to isatty: closing
 * such a stream's descriptor first lets Node skip it, so the exit code stays the one leadlens chose.
 */
import { closeSync } from 'node:fs';
import { isatty } from 'node:tty';

/** Call at start-up: it notes which standard streams are terminals, and mends the exit for those that go away. */
export function releaseDeadTerminalsOnExit(): void {
  const terminals = [0, 1, 2].filter((fd) => isatty(fd));
  if (!terminals.length) return;
  process.once('exit', () => {
    for (const fd of terminals) {
      if (isatty(fd)) continue;
      try {
        closeSync(fd);
      } catch {
        // already closed: nothing for Node to restore either
      }
    }
  });
}
