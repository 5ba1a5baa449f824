/**
 * A file read in chunks into two buffers, used in turn. A read stream makes a new buffer for every
 * chunk, and fresh memory is slow: the system faults it in a page at a time, about 10 µs a page on
 * a virtual machine, which over a 15 MB file came to a tenth of the time. Each chunk is valid only
 * until the next is asked for; the CSV reader copies what it carries over.
 */
import { open } from 'node:fs/promises';

const CHUNK = 256 * 1024;

export interface FileChunks extends AsyncIterable<Uint8Array> {
  /** Stops reading and closes the file. */
  close(): void;
}

export function fileChunks(path: string): FileChunks {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const file = await open(path, 'r');
    // Two buffers: the next chunk is read into one while the reader works on the other, so the
    // copying from the system's cache happens on another thread, in parallel.
    const buffers = [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)];
    let reading = file.read(buffers[0]!, 0, CHUNK, null);
    try {
      for (let which = 0; ; which ^= 1) {
        const { bytesRead } = await reading;
        if (bytesRead === 0) return;
        reading = file.read(buffers[which ^ 1]!, 0, CHUNK, null);
        yield buffers[which]!.subarray(0, bytesRead);
      }
    } finally {
      // A read still under way when reading stops: its result is not wanted, nor its failure.
      await reading.catch(() => {});
      await file.close();
    }
  }
  const iterator = chunks();
  return {
    [Symbol.asyncIterator]: () => iterator,
    // Ends the generator where it waits, which closes the file.
    close: () => void iterator.return(undefined).catch(() => {}),
  };
}
