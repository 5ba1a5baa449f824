/**
 * Respondent ids seen so far, by two 32-bit hashes of their UTF-8 bytes in an open-addressed
 * table of integers: no string kept per row, a few megabytes for a large cohort, and a bounded
 * table, so memory stays flat however many rows come (ids past the bound are not checked; `full`
 * says so). A collision of both hashes could only report a false repeat, about once in 10^19.
 */

/** Ids checked for repeats; past this, a cohort's memory would grow with it. */
export const MAX_CHECKED = 750_000;
const SLOTS = 1 << 20;

export class SeenIds {
  // Both hashes of an id side by side (slot i at 2i and 2i + 1), so a probe touches one cache line.
  // Made at its full size once (8 MiB for the bound, under three quarters full): the system hands
  // out zeroed pages only as they are touched, so a small cohort costs little, and a large one is
  // never rehashed.
  private readonly table = new Int32Array(2 * SLOTS);
  private size = 0;
  /** More ids came than are checked. */
  full = false;

  /** Remembers the id `bytes[start..end)`; returns true if it was seen before. */
  addBytes(bytes: Uint8Array, start: number, end: number): boolean {
    let a = 0x811c9dc5 | 0;
    let b = 0x050c5d1f | 0;
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte, 0x01000193) ^ (b >>> 15);
    }
    // (0, 0) marks an empty slot.
    return this.add(a, a === 0 && b === 0 ? 1 : b);
  }

  /** The same, for an id given as text. */
  addText(id: string): boolean {
    const bytes = Buffer.from(id, 'utf8');
    return this.addBytes(bytes, 0, bytes.length);
  }

  private add(a: number, b: number): boolean {
    if (this.size >= MAX_CHECKED) {
      this.full = true;
      return false;
    }
    const { table } = this;
    const mask = SLOTS - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 1;
      const x = table[at]!;
      const y = table[at + 1]!;
      if (x === a && y === b) return true;
      if (x === 0 && y === 0) {
        table[at] = a;
        table[at + 1] = b;
        this.size++;
        return false;
      }
    }
  }
}
