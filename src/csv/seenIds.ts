/**
 * Respondent ids seen so far, by two 32-bit hashes of their UTF-8 bytes in an open-addressed table
 * of integers: no string kept per row, a few megabytes for a large cohort, and a bounded table, so
 * memory stays flat however many rows come (ids past the bound are not checked; `full` says so). A
 * collision of both hashes could only report a false repeat, about once in 10^19.
 *
 * Each id costs a probe at a random place, so the table's size is most of the cost. Fresh memory
 * is faulted in a page at a time (about 10 µs a page on a virtual machine), and a random probe
 * touches every page of a table soon, so the table is made for the rows expected: `expect` gives
 * their number when the input's size is known (then it rarely grows), and it starts small when it
 * is not. It doubles when three quarters full, up to the bound. Ids are queued and checked
 * together (`queueBytes`, `check`), which lets the processor wait for several probes at once.
 */

/** Ids checked for repeats; past this, a cohort's memory would grow with it. */
export const MAX_CHECKED = 750_000;
/** The bound fills the largest table to under three quarters. */
const MAX_SLOTS = 1 << 20;
const MIN_SLOTS = 1 << 12;
/** Ids queued before they are checked together. */
export const QUEUED = 64;

/** The table for `ids` ids: a power of two, at most three quarters full. */
const slotsFor = (ids: number) => {
  let slots = MIN_SLOTS;
  while (slots < MAX_SLOTS && ids > slots * 0.75) slots *= 2;
  return slots;
};

export class SeenIds {
  // Slot i holds an id's first hash at first[i] (0: empty) and its second at second[i].
  private first = new Int32Array(MIN_SLOTS);
  private second = new Int32Array(MIN_SLOTS);
  private size = 0;
  /** When the table next doubles. */
  private limit = MIN_SLOTS * 0.75;
  /** More ids came than are checked. */
  full = false;
  // Ids hashed and waiting to be checked.
  private readonly queuedFirst = new Int32Array(QUEUED);
  private readonly queuedSecond = new Int32Array(QUEUED);
  private waiting = 0;

  /** How many ids are queued: the next one queued takes this place. */
  get queued(): number {
    return this.waiting;
  }

  /** Makes room for `ids` ids in all, at once (best before the first is added). */
  expect(ids: number): void {
    const slots = slotsFor(Math.min(ids, MAX_CHECKED));
    if (slots > this.first.length) this.resize(slots);
  }

  /** Queues the id `bytes[start..end)` to be checked; true when the queue is full, to be checked now. */
  queueBytes(bytes: Uint8Array, start: number, end: number): boolean {
    let a = 0x811c9dc5 | 0;
    let b = 0x050c5d1f | 0;
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte, 0x01000193) ^ (b >>> 15);
    }
    // 0 marks an empty slot; the second hash tells such an id from one whose first hash is 1.
    this.queuedFirst[this.waiting] = a === 0 ? 1 : a;
    this.queuedSecond[this.waiting] = b;
    return ++this.waiting === QUEUED;
  }

  /** The same, for an id given as text. */
  queueText(id: string): boolean {
    const bytes = Buffer.from(id, 'utf8');
    return this.queueBytes(bytes, 0, bytes.length);
  }

  /**
   * Checks the queued ids in order, calling `again` with the place in the queue of each seen before
   * (or earlier in the queue). Probes one after another with nothing between them, so the processor
   * waits for several slots of the table at once, not for each in turn among a row's other work.
   */
  check(again: (index: number) => void): void {
    const count = this.waiting;
    this.waiting = 0;
    for (let i = 0; i < count; i++) if (this.add(this.queuedFirst[i]!, this.queuedSecond[i]!)) again(i);
  }

  private add(a: number, b: number): boolean {
    if (this.size >= MAX_CHECKED) {
      this.full = true;
      return false;
    }
    if (this.size >= this.limit) this.resize(this.first.length * 2);
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

  /** A table of `slots` slots holding the ids seen so far. */
  private resize(slots: number): void {
    const { first, second } = this;
    this.first = new Int32Array(slots);
    this.second = new Int32Array(slots);
    this.limit = slots === MAX_SLOTS ? Infinity : slots * 0.75;
    const mask = slots - 1;
    for (let i = 0; i < first.length; i++) {
      const a = first[i]!;
      if (a === 0) continue;
      let slot = a & mask;
      while (this.first[slot] !== 0) slot = (slot + 1) & mask;
      this.first[slot] = a;
      this.second[slot] = second[i]!;
    }
  }
}
