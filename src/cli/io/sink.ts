/**
 * Where a report goes: stdout, or a file written atomically (--out). Text is gathered into chunks,
 * and writing to stdout waits when the reader is slow, so a streamed cohort keeps memory flat.
 */
import { UsageError } from '../../errors.js';
import { AtomicFile } from '../../store/atomicFile.js';
import { put } from '../../text/lineBytes.js';

const CHUNK = 64 * 1024;

export interface Sink {
  /**
   * Adds text, or bytes (the first `length` of them; copied at once, so the caller may reuse them);
   * resolves at once unless the buffer had to be flushed to a slow reader.
   */
  write(chunk: string | Uint8Array, length?: number): Promise<void> | undefined;
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
  private buffer = Buffer.allocUnsafe(CHUNK);
  private length = 0;

  constructor(private readonly flush: (bytes: Uint8Array) => Promise<void> | undefined) {}

  add(chunk: string | Uint8Array, length = chunk.length): Promise<void> | undefined {
    const room = CHUNK - this.length;
    // Three bytes per UTF-16 unit is the most UTF-8 can need.
    const fits = typeof chunk === 'string' ? chunk.length * 3 <= room : length <= room;
    if (fits) {
      if (typeof chunk === 'string') this.length += this.buffer.write(chunk, this.length, 'utf8');
      else this.length = put(this.buffer, this.length, chunk, length);
      return undefined;
    }
    const waited = this.take();
    const big = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk.subarray(0, length);
    if (big.length >= CHUNK / 2) {
      const wrote = this.flush(typeof chunk === 'string' ? big : Buffer.from(big));
      return waited && wrote ? waited.then(() => wrote) : (waited ?? wrote);
    }
    this.buffer.set(big, 0);
    this.length = big.length;
    return waited;
  }

  /** Hands over what is gathered, if anything. */
  take(): Promise<void> | undefined {
    if (this.length === 0) return undefined;
    const full = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.length = 0;
    return this.flush(full);
  }

  drop(): void {
    this.length = 0;
  }
}

export function stdoutSink(stream: NodeJS.WritableStream): Sink {
  // Waits only when the stream says its buffer is full: files, pipes and terminals on Linux
  // write synchronously, and pausing the reader for nothing costs more than the writing.
  const chunks = new Chunks((bytes) => (stream.write(bytes) ? undefined : new Promise((resolve) => stream.once('drain', () => resolve()))));
  return {
    write: (chunk, length) => chunks.add(chunk, length),
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
    write: (chunk, length) => chunks.add(chunk, length),
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
