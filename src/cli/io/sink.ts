/**
 * Where a report goes: stdout, or a file written atomically (--out). Text is gathered into chunks,
 * and writing to stdout waits when the reader is slow, so a streamed cohort keeps memory flat.
 */
import { UsageError } from '../../errors.js';
import { AtomicFile } from '../../store/atomicFile.js';

const CHUNK = 64 * 1024;

export interface Sink {
  /** Adds text; resolves at once unless the buffer had to be flushed to a slow reader. */
  write(text: string): Promise<void> | undefined;
  /** Flushes and, for a file, puts it in place. */
  close(): Promise<void>;
  /** Drops a file that was not finished; the old one, if any, stays. */
  abort(): void;
}

export function stdoutSink(stream: NodeJS.WritableStream): Sink {
  let buffer = '';
  // Waits only when the stream says its buffer is full: files, pipes and terminals on Linux
  // write synchronously, and pausing the reader for nothing costs more than the writing.
  const flush = (): Promise<void> | undefined => {
    const text = buffer;
    buffer = '';
    return stream.write(text) ? undefined : new Promise((resolve) => stream.once('drain', () => resolve()));
  };
  return {
    write(text) {
      buffer += text;
      return buffer.length >= CHUNK ? flush() : undefined;
    },
    async close() {
      if (buffer) await flush();
      // Resolves once everything handed to the stream has been written out.
      await new Promise<void>((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve())));
    },
    abort() {
      buffer = '';
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
  let buffer = '';
  return {
    write(text) {
      buffer += text;
      if (buffer.length >= CHUNK) {
        file.write(buffer);
        buffer = '';
      }
      return undefined;
    },
    async close() {
      file.write(buffer);
      buffer = '';
      file.commit();
    },
    abort() {
      file.abort();
    },
  };
}
