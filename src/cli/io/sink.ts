/**
 * Where a report goes: stdout, or a file (--out) written atomically, or in place for a device, FIFO
 * or descriptor. Pieces are gathered into chunks of 64 KiB, and writing waits when the
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

/** Buffers kept for reuse once written: two or three are in use at once, whatever the report's length. */
const POOLED = 4;
/** A chunk's room: a piece that does not fit after what is gathered starts the next chunk. */
const ROOM = 2 * CHUNK;

/**
 * Gathers pieces into chunks of at least CHUNK bytes and hands each to `flush`, which calls
 * `written` once the bytes are out. A piece is never split, so output cut short by an error ends
 * where a piece (a line of a cohort) ends. Every piece is copied, so a writer may reuse its own
 * buffer as soon as `add` returns, and the chunks are reused once written: a new buffer per chunk
 * was fresh memory each time, which the system faults in a page at a time (about 10 µs a page on
 * a virtual machine), and over a large cohort's report that cost more than the copying.
 */
class Chunks {
  private readonly pool: Buffer[] = [];
  private current: Buffer | undefined;
  private size = 0;

  constructor(private readonly flush: (bytes: Uint8Array, written: () => void) => Promise<void> | undefined) {}

  add(chunk: string | Uint8Array): Promise<void> | undefined {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const waited = this.size + bytes.length > ROOM ? this.take() : undefined;
    // A piece larger than a chunk's room (a whole report) gets memory of its own.
    this.current ??=
      bytes.length > ROOM ? Buffer.allocUnsafeSlow(bytes.length) : (this.pool.pop() ?? Buffer.allocUnsafeSlow(ROOM));
    this.current.set(bytes, this.size);
    this.size += bytes.length;
    return this.size >= CHUNK ? after(waited, this.take()) : waited;
  }

  /** Hands over what is gathered, if anything. */
  take(): Promise<void> | undefined {
    const { current, size } = this;
    if (!current || size === 0) return undefined;
    this.current = undefined;
    this.size = 0;
    return this.flush(current.subarray(0, size), () => {
      if (current.length === ROOM && this.pool.length < POOLED) this.pool.push(current);
    });
  }

  drop(): void {
    this.current = undefined;
    this.size = 0;
  }
}

/** Both waits, in order. */
const after = (first: Promise<void> | undefined, second: Promise<void> | undefined) =>
  first && second ? first.then(() => second) : (first ?? second);

export function stdoutSink(stream: NodeJS.WritableStream): Sink {
  // Waits only when the stream says its buffer is full: most writes are taken at once (a file, a
  // terminal, a pipe with room), and pausing the reader for nothing costs more than the writing.
  const chunks = new Chunks((bytes, written) =>
    stream.write(bytes, () => written()) ? undefined : new Promise((resolve) => stream.once('drain', () => resolve())),
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
  const chunks = new Chunks((bytes, written) => {
    if (readerGone) return undefined;
    let wrote: Promise<void> | undefined;
    try {
      wrote = file.write(bytes)?.catch(pass);
    } catch (error) {
      return failed(error);
    }
    if (wrote) wrote.then(written, () => {});
    else written();
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
