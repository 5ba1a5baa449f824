import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/io/color.js';

const tty = { isTTY: true, getColorDepth: () => 8 };
const pipe = { isTTY: false };

describe('colorLevel', () => {
  it('colours a terminal', () => expect(colorLevel(tty, {}, undefined)).toBe(2));
  it('does not colour a pipe or file', () => expect(colorLevel(pipe, {}, undefined)).toBe(0));
  it('honours --no-color', () => expect(colorLevel(tty, {}, false)).toBe(0));
  it('honours NO_COLOR with any non-empty value', () => {
    expect(colorLevel(tty, { NO_COLOR: '1' }, undefined)).toBe(0);
    expect(colorLevel(tty, { NO_COLOR: '' }, undefined)).toBe(2);
  });
  it('honours FORCE_COLOR, even into a pipe', () => {
    expect(colorLevel(pipe, { FORCE_COLOR: '1' }, undefined)).toBe(1);
    expect(colorLevel(tty, { FORCE_COLOR: '0' }, undefined)).toBe(0);
  });
  it('lets NO_COLOR and --no-color win over FORCE_COLOR', () => {
    expect(colorLevel(tty, { FORCE_COLOR: '3', NO_COLOR: '1' }, undefined)).toBe(0);
    expect(colorLevel(tty, { FORCE_COLOR: '3' }, false)).toBe(0);
  });
  it('does not colour a dumb terminal', () => expect(colorLevel(tty, { TERM: 'dumb' }, undefined)).toBe(0));
});
