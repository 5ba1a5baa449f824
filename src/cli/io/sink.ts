/**
 * Where a report goes: stdout, or a file (--out) written atomically, or in place for a device, FIFO
 * or descriptor. Small pieces are gathered into chunks of about 64 KiB, and writing waits when the
 * reader is slow, so a streamed cohort keeps memory flat. Failures are one line: see writeFailure.
 */
import { AtomicFile } from '../../store/atomicFile.js';
import { writeFailure } from '../../store/fileErrors.js';
import { fileTarget } from '../../store/fileTarget.js';
import { InPlaceFile } from '../../store/inPlaceFile.js';

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
  // Waits only when the stream says its buffer is full: most writes are taken at once (a file, a
  // terminal, a pipe with room), and pausing the reader for nothing costs more than the writing.
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

/** What a report file is written through: a file replaced atomically, or a device or FIFO written in place. */
interface OutputFile {
  write(bytes: Uint8Array): Promise<void> | undefined;
  commit(): Promise<void> | void;
  abort(): void;
}

function openOutput(path: string): OutputFile {
  const target = fileTarget(path);
  if (target.kind === 'file') {
    const file = new AtomicFile(path);
    return {
      write: (bytes) => void file.write(bytes),
      commit: () => file.commit(),
      abort: () => file.abort(),
    };
  }
  const file = new InPlaceFile(path, target.kind === 'descriptor' ? target.fd : undefined);
  return {
    write: (bytes) => file.write(bytes),
    commit: () => file.commit(),
    abort: () => void file.abort(),
  };
}

export function fileSink(path: string): Sink {
  let file: OutputFile;
  try {
    file = openOutput(path);
  } catch (error) {
    throw writeFailure(path, error);
  }
  // A reader that goes away (a FIFO, `--out /dev/stdout | head`) ends the output quietly, as on stdout.
  let readerGone = false;
  const failed = (error: unknown): never => {
    file.abort();
    throw writeFailure(path, error);
  };
  const pass = (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') readerGone = true;
    else failed(error);
  };
  const chunks = new Chunks((bytes) => {
    if (readerGone) return undefined;
    let wrote: Promise<void> | undefined;
    try {
      wrote = file.write(bytes)?.catch(pass);
    } catch (error) {
      return failed(error);
    }
    // A writer that does not wait for this piece hears of its failure from close.
    wrote?.catch(() => {});
    return wrote;
  });
  return {
    write: (chunk) => chunks.add(chunk),
    async close() {
      try {
        await chunks.take();
        await file.commit();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failed(error);
      }
    },
    abort() {
      chunks.drop();
      file.abort();
    },
  };
}
