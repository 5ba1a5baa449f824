/**
 * Output gathered as UTF-8 bytes. Formats that write a line per respondent append to it in place
 * for large cohorts: copying cached bytes is several times quicker than joining strings and
 * encoding them afterwards. Writers reserve room once per line, then put pieces at positions they
 * keep themselves, so the hot loop is plain array stores, and set `length` when done.
 */
export class LineBytes {
  buffer: Buffer;
  /** Where the bytes written so far end. */
  length = 0;

  constructor(size = 1024) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Makes sure `bytes` more bytes fit after `at`, keeping what is before it. */
  reserve(at: number, bytes: number): Buffer {
    if (at + bytes > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, at + bytes));
      this.buffer.copy(bigger, 0, 0, at);
      this.buffer = bigger;
    }
    return this.buffer;
  }

  /** Puts `text` at `at`; returns the position after it. */
  text(at: number, text: string): number {
    // Three bytes per UTF-16 unit is the most UTF-8 can need.
    const buffer = this.reserve(at, text.length * 3);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code > 127) return at + buffer.write(text, at, 'utf8'); // not ASCII: encode it all
      buffer[at + i] = code;
    }
    return at + text.length;
  }
}

/** Copies the first `length` of `bytes` into `buffer` at `at` (room reserved); returns the position after them. */
export function put(buffer: Uint8Array, at: number, bytes: Uint8Array, length = bytes.length): number {
  // Fields and rows are a few to a few dozen bytes: a loop beats set() at this size.
  for (let i = 0; i < length; i++) buffer[at++] = bytes[i]!;
  return at;
}
