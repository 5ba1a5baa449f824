/**
 * Text written a piece at a time, waiting whenever the stream says its buffer is full. A pipe
 * takes 64 KiB at a time and the rest of a write waits in memory: a list of 200,000 problems
 * written at once sat there whole (27 MB and more) until a slow reader had taken it.
 */
import type { Writable } from 'node:stream';

export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    // A stream that failed or closed takes nothing more; its own error handler (cli/main.ts) decides the rest.
    if (stream.destroyed) return;
    if (!stream.write(piece)) await drained(stream);
  }
}

// An error or a close ends the wait too: a reader that went away never drains the buffer.
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('error', done).on('close', done);
  });
}
