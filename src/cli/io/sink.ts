/**
 * Where a report goes: stdout, or a file written atomically (--out). Text is gathered into chunks,
 * and writing to stdout waits when the reader is slow, so a streamed cohort keeps memory flat.
 */
import { UsageError } from '../../errors.js';
import { AtomicFile } from '../../store/atomicFile.js';
import { LineBytes, put } from '../../text/lineBytes.js';

const CHUNK = 64 * 1024;

export interface Sink {
  /** Adds text or bytes; resolves at once unless the buffer had to be flushed to a slow reader. */
  write(chunk: string | Uint8Array): Promise<void> | undefined;
  /**
   * The bytes being gathered, for a writer that appends in place (see LineBytes); call `appended()`
   * after each piece.
   */
  bytes(): LineBytes;
  /** Hands the gathered bytes on once there are enough; resolves as `write` does. */
  appended(): Promise<void> | undefined;
  /** Flushes and, for a file, puts it in place. */
  close(): Promise<void>;
  /** Drops a file that was not finished; the old one, if any, stays. */
  abort(): void;
}

/**
 * Gathers text and bytes into chunks of about 64 KiB and hands each full chunk to `flush`. Each
 * chunk is a fresh buffer, since a stream may hold on to what it was given.
 */
class Chunks {
  // Room past CHUNK, so that a line appended to a nearly full chunk rarely makes it grow.
  private pending = new LineBytes(CHUNK + 4096);

  constructor(private readonly flush: (bytes: Uint8Array) => Promise<void> | undefined) {}

  bytes(): LineBytes {
    return this.pending;
  }

  add(chunk: string | Uint8Array): Promise<void> | undefined {
    // A large piece (a whole report) goes out as it is, after what was gathered before it.
    if (chunk.length >= CHUNK / 2) {
      const waited = this.take();
      const wrote = this.flush(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      return waited && wrote ? waited.then(() => wrote) : (waited ?? wrote);
    }
    const { pending } = this;
    if (typeof chunk === 'string') pending.length = pending.text(pending.length, chunk);
    else pending.length = put(pending.reserve(pending.length, chunk.length), pending.length, chunk);
    return this.appended();
  }

  appended(): Promise<void> | undefined {
    return this.pending.length >= CHUNK ? this.take() : undefined;
  }

  /** Hands over what is gathered, if anything. */
  take(): Promise<void> | undefined {
    const { pending } = this;
    if (pending.length === 0) return undefined;
    this.pending = new LineBytes(CHUNK + 4096);
    return this.flush(pending.buffer.subarray(0, pending.length));
  }

  drop(): void {
    this.pending.length = 0;
  }
}

export function stdoutSink(stream: NodeJS.WritableStream): Sink {
  // Waits only when the stream says its buffer is full: files, pipes and terminals on Linux
  // write synchronously, and pausing the reader for nothing costs more than the writing.
  const chunks = new Chunks((bytes) => (stream.write(bytes) ? undefined : new Promise((resolve) => stream.once('drain', () => resolve()))));
  return {
    write: (chunk) => chunks.add(chunk),
    bytes: () => chunks.bytes(),
    appended: () => chunks.appended(),
    async close() {
      await chunks.take();
      // Resolves once everything handed to the stream has been written out.
      await new Promise<void>((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve())));
    },
    abort() {
      chunks.drop();
    },
  };
}

export function fileSink(path: string): Sink {
  let file: AtomicFile;
  try {
    file = new AtomicFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = { ENOENT: 'no such folder', EACCES: 'permission denied', EROFS: 'read-only file system', ENOTDIR: 'a part of the path is not a folder' }[code];
    throw new UsageError(`cannot write "${path}": ${reason ?? (error as Error).message}`);
  }
  const chunks = new Chunks((bytes) => {
    file.write(bytes);
    return undefined;
  });
  return {
    write: (chunk) => chunks.add(chunk),
    bytes: () => chunks.bytes(),
    appended: () => chunks.appended(),
    async close() {
      chunks.take();
      file.commit();
    },
    abort() {
      chunks.drop();
      file.abort();
    },
  };
}
