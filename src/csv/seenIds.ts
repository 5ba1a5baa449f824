/**
 * Respondent ids seen so far, by two 32-bit hashes of their UTF-8 bytes in an open-addressed
 * table of integers: no string kept per row, a few megabytes for a large cohort, and a bounded
 * table, so memory stays flat however many rows come (ids past the bound are not checked; `full`
 * says so). A collision of both hashes could only report a false repeat, about once in 10^19.
 */

/** Ids checked for repeats; past this, a cohort's memory would grow with it. */
export const MAX_CHECKED = 750_000;

export class SeenIds {
  private hi = new Int32Array(1 << 16);
  private lo = new Int32Array(1 << 16);
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
    if ((this.size + 1) * 4 > this.hi.length * 3) this.grow();
    const { hi, lo } = this;
    const mask = hi.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (hi[slot] === a && lo[slot] === b) return true;
      if (hi[slot] === 0 && lo[slot] === 0) {
        hi[slot] = a;
        lo[slot] = b;
        this.size++;
        return false;
      }
    }
  }

  private grow(): void {
    const { hi, lo } = this;
    // Four times as large: fewer rehashes of a table that will keep growing.
    this.hi = new Int32Array(hi.length * 4);
    this.lo = new Int32Array(hi.length * 4);
    this.size = 0;
    for (let i = 0; i < hi.length; i++) if (hi[i] !== 0 || lo[i] !== 0) this.add(hi[i]!, lo[i]!);
  }
}
