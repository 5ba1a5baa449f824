/**
 * Where a report goes: stdout, or a file written atomically (--out). Small pieces are gathered
 * into chunks of about 64 KiB, and writing to stdout waits when the reader is slow, so a streamed
 * cohort keeps memory flat.
 */
import { UsageError } from '../../errors.js';
import { AtomicFile } from '../../store/atomicFile.js';
import { fileErrorReason, FOLDER_WORDING } from '../../store/fileErrors.js';

const CHUNK = 64 * 1024;

export interface Sink {
  /** Adds text or bytes; resolves at once unless a chunk had to wait for a slow reader. */
  write(chunk: string | Uint8Array): Promise<void> | undefined;
  /** Flushes and, for a file, puts it in place. */
  close(): Promise<void>;
  /** Drops a file that was not finished; the old one, if any, stays. */
  abort(): void;
}

/** Gathers pieces and hands each full chunk (or a large piece, in order) to `flush`. */
class Chunks {
  private pieces: Buffer[] = [];
  private size = 0;

  constructor(private readonly flush: (bytes: Uint8Array) => Promise<void> | undefined) {}

  add(chunk: string | Uint8Array): Promise<void> | undefined {
    // A large piece (a whole report, a chunk of rows) goes out as it is, after what was gathered.
    if (chunk.length >= CHUNK / 2) {
      const waited = this.take();
      const wrote = this.flush(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      return waited && wrote ? waited.then(() => wrote) : (waited ?? wrote);
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    this.pieces.push(bytes);
    this.size += bytes.length;
    return this.size >= CHUNK ? this.take() : undefined;
  }

  /** Hands over what is gathered, if anything. */
  take(): Promise<void> | undefined {
    if (this.size === 0) return undefined;
    const bytes = Buffer.concat(this.pieces, this.size);
    this.pieces = [];
    this.size = 0;
    return this.flush(bytes);
  }

  drop(): void {
    this.pieces = [];
    this.size = 0;
  }
}

export function stdoutSink(stream: NodeJS.WritableStream): Sink {
  // Waits only when the stream says its buffer is full: files, pipes and terminals on Linux
  // write synchronously, and pausing the reader for nothing costs more than the writing.
  const chunks = new Chunks((bytes) =>
    stream.write(bytes) ? undefined : new Promise((resolve) => stream.once('drain', () => resolve())),
  );
  return {
    write: (chunk) => chunks.add(chunk),
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
    throw new UsageError(`cannot write "${path}": ${fileErrorReason(error, FOLDER_WORDING)}`);
  }
  const chunks = new Chunks((bytes) => {
    file.write(bytes);
    return undefined;
  });
  return {
    write: (chunk) => chunks.add(chunk),
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
