/**
 * Respondent ids seen so far, by two 32-bit hashes of their UTF-8 bytes in an open-addressed table
 * of integers: no string kept per row, a few megabytes for a large cohort, and a bounded table, so
 * memory stays flat however many rows come (ids past the bound are not checked; `full` says so). A
 * collision of both hashes could only report a false repeat, about once in 10^19.
 *
 * Each id costs a probe at a random place, so what a probe reads is most of the cost: the first
 * hashes sit in a table of their own (4 bytes a slot), which is all a probe reads unless it matches.
 * The tables are made at their full size once: the system hands out zeroed pages only as they are
 * touched, so a small cohort costs little, and a large one is never rehashed (a table grown in steps
 * left its old copies to the garbage collector: 8–16 MB more at the peak).
 */

/** Ids checked for repeats; past this, a cohort's memory would grow with it. */
export const MAX_CHECKED = 750_000;
/** The bound fills them to under three quarters. */
const SLOTS = 1 << 20;

export class SeenIds {
  // Slot i holds an id's first hash at first[i] (0: empty) and its second at second[i].
  private readonly first = new Int32Array(SLOTS);
  private readonly second = new Int32Array(SLOTS);
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
    // 0 marks an empty slot; the second hash tells such an id from one whose first hash is 1.
    return this.add(a === 0 ? 1 : a, b);
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
    const { first, second } = this;
    const mask = first.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const x = first[slot]!;
      if (x === 0) {
        first[slot] = a;
        second[slot] = b;
        this.size++;
        return false;
      }
      if (x === a && second[slot] === b) return true;
    }
  }
}
