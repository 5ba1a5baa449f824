import { describe, expect, it } from 'vitest';
import { LineBytes, put } from '../../src/csv/lineBytes.js';

describe('LineBytes', () => {
  it('appends ASCII and non-ASCII text and bytes at any position, growing as needed', () => {
    const line = new LineBytes(4);
    let at = line.text(0, 'Ann,');
    at = line.text(at, 'Zoë “Z”,');
    at = put(line.reserve(at, 3), at, Buffer.from('4,5'));
    at = line.text(at, '');
    line.length = at;
    expect(line.buffer.toString('utf8', 0, line.length)).toBe('Ann,Zoë “Z”,4,5');
    expect(line.length).toBe(Buffer.byteLength('Ann,Zoë “Z”,4,5'));
  });

  it('keeps what is written when it grows', () => {
    const line = new LineBytes(2);
    const long = 'x'.repeat(5000);
    const at = line.text(line.text(0, 'ab'), long);
    expect(line.buffer.toString('utf8', 0, at)).toBe(`ab${long}`);
  });
});
