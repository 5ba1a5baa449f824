import { describe, expect, it } from 'vitest';
import { Carry } from '../../src/csv/carry.js';

const text = (bytes: Buffer) => bytes.toString('latin1');

describe('Carry', () => {
  it('joins what it carries to the next chunk, and hands a chunk on as it is when it carries nothing', () => {
    const carry = new Carry();
    const first = Buffer.from('a,b\nc,');
    expect(carry.join(first)).toBe(first);
    carry.keep(first, 4);
    first.fill(0x7e); // the chunk's memory is reused for the next one
    expect(carry.bytes().length).toBe(2);
    expect(text(carry.join(Buffer.from('d\ne')))).toBe('c,d\ne');
    expect(carry.bytes().length).toBe(0);
  });

  it('keeps the tail of what it joined, in the same memory, however the lengths fall', () => {
    const carry = new Carry();
    carry.keep(Buffer.from('0123456789'), 0);
    // A tail that overlaps where it is moved to: 10 carried + 6 new, keep the last 12.
    const joined = carry.join(Buffer.from('abcdef'));
    carry.keep(joined, 4);
    expect(text(carry.bytes())).toBe('456789abcdef');
    // A shorter tail of a chunk, taken while the store is larger, then the chunk overwritten.
    carry.join(Buffer.alloc(0));
    const chunk = Buffer.from('xyz,1\nqq');
    carry.keep(chunk, 6);
    chunk.fill(0x7e);
    expect(text(carry.bytes())).toBe('qq');
    // Growing while keeping a view of the store itself.
    const long = carry.join(Buffer.from('r'.repeat(100)));
    carry.keep(long, 0);
    expect(text(carry.bytes())).toBe(`qq${'r'.repeat(100)}`);
  });
});
