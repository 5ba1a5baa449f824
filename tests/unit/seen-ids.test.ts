import { describe, expect, it } from 'vitest';
import { MAX_CHECKED, QUEUED, SeenIds } from '../../src/csv/seenIds.js';

/** Checks one id at once: true if it was seen before. */
function addBytes(seen: SeenIds, bytes: Uint8Array, start: number, end: number): boolean {
  seen.queueBytes(bytes, start, end);
  let again = false;
  seen.check(() => (again = true));
  return again;
}
const addText = (seen: SeenIds, id: string) => {
  const bytes = Buffer.from(id, 'utf8');
  return addBytes(seen, bytes, 0, bytes.length);
};

describe('SeenIds', () => {
  it('finds an id seen before, by its bytes or its text, and only that id', () => {
    const seen = new SeenIds();
    expect(addText(seen, 'ann@example.com')).toBe(false);
    expect(addBytes(seen, Buffer.from('x ann@example.com'), 2, 17)).toBe(true);
    expect(addText(seen, 'Ann@example.com')).toBe(false);
    expect(addText(seen, '')).toBe(false);
    expect(addText(seen, '')).toBe(true);
  });

  it('keeps every id up to the bound, and stops checking there', () => {
    const seen = new SeenIds();
    // Each id is new once, and a repeat after.
    for (let i = 0; i < 300_000; i++) expect(addText(seen, `r${i}`)).toBe(false);
    for (let i = 0; i < 300_000; i += 997) expect(addText(seen, `r${i}`)).toBe(true);
    expect(seen.full).toBe(false);
    for (let i = 300_000; i < MAX_CHECKED; i++) addText(seen, `r${i}`);
    expect(addText(seen, 'r1')).toBe(false); // past the bound, nothing more is checked
    expect(seen.full).toBe(true);
  });

  it('is sized for the ids expected, and keeps what it has when told later', () => {
    const sized = new SeenIds();
    sized.expect(200_000);
    for (let i = 0; i < 250_000; i++) expect(addText(sized, `id ${i}`)).toBe(false);
    expect(addText(sized, 'id 0')).toBe(true);
    expect(addText(sized, 'id 249999')).toBe(true);
    const late = new SeenIds();
    for (let i = 0; i < 5000; i++) addText(late, `id ${i}`);
    late.expect(100_000); // more room, the same ids
    late.expect(10); // less: nothing changes
    for (let i = 0; i < 5000; i++) expect(addText(late, `id ${i}`)).toBe(true);
    expect(addText(late, 'id 5000')).toBe(false);
  });

  it('checks queued ids together, naming each repeat by its place in the queue', () => {
    const seen = new SeenIds();
    const ids = ['a', 'b', 'a', 'c', 'b', ...Array.from({ length: 200 }, (_, i) => `id ${i % 150}`)];
    const repeats: number[] = [];
    let checked = 0;
    for (const [n, id] of ids.entries()) {
      if (seen.queueText(id)) {
        seen.check((i) => repeats.push(checked + i));
        checked = n + 1;
      }
    }
    seen.check((i) => repeats.push(checked + i));
    // Repeats within one queue and across queues alike, in order.
    const expected = ids.flatMap((id, n) => (ids.indexOf(id) < n ? [n] : []));
    expect(repeats).toEqual(expected);
    expect(expected.length).toBe(52);
    expect(ids.length).toBeGreaterThan(3 * QUEUED);
  });
});
