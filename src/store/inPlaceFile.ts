/**
 * A device, FIFO or open descriptor (`/dev/stdout`) written in place: no temporary file, never
 * replaced. Opening and writing go through Node's thread pool, so a FIFO nobody reads yet keeps
 * the process waiting without blocking it: Ctrl-C and other signals are still handled meanwhile.
 */
import { close, constants, open, openSync, write } from 'node:fs';
import { promisify } from 'node:util';

const openFile = promisify(open);
const writeTo = promisify(write);
const closeFile = promisify(close);

/** Paths being opened: a FIFO stays here until a reader comes. */
const opening = new Set<string>();

/**
 * Lets every open still waiting for a reader return, so the process can exit: Node waits for its
 * worker threads as it exits, and a thread waiting in open() would wait for ever. A reading end,
 * opened without waiting and left open until the process is gone, is the reader it waits for.
 */
export function releaseWaitingOpens(): void {
  for (const path of opening) {
    try {
      openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch {
      // not a FIFO after all, or gone: nothing waits on it
    }
  }
  opening.clear();
}

export class InPlaceFile {
  private readonly fd: Promise<number>;
  private pending: Promise<void> = Promise.resolve();

  /** With `fd`, writes to that open descriptor and leaves it open; else opens `path`. */
  constructor(
    readonly path: string,
    private readonly given?: number,
  ) {
    if (given === undefined) {
      opening.add(path);
      this.fd = openFile(path, 'w');
      void this.fd.finally(() => opening.delete(path)).catch(() => {});
    } else {
      this.fd = Promise.resolve(given);
    }
    // A failure to open is reported by the first write or by commit, whichever is awaited.
    this.fd.catch(() => {});
  }

  /** Writes after what was written before; the promise may be left unawaited, commit reports any failure. */
  write(bytes: Uint8Array): Promise<void> {
    const wrote = this.pending.then(async () => {
      const fd = await this.fd;
      let offset = 0;
      while (offset < bytes.length)
        offset += (await writeTo(fd, bytes, offset, bytes.length - offset, null)).bytesWritten;
    });
    wrote.catch(() => {});
    this.pending = wrote;
    return wrote;
  }

  async commit(): Promise<void> {
    try {
      await this.pending;
    } finally {
      await this.abort();
    }
  }

  /** Closes what it opened; there is no old content to restore. */
  async abort(): Promise<void> {
    if (this.given !== undefined) return;
    try {
      await closeFile(await this.fd);
    } catch {
      // never opened, or already closed
    }
  }
}
