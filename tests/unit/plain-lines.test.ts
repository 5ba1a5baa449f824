/**
 * Plain answers files walked by offset, for reading and for locating: the steps over a line, and
 * positions asked for in document order, as the checks ask for them.
 */
import { describe, expect, it } from 'vitest';
import { blankOrComment, contentEnd, leadingSpaces, newlineAfter, skipWhite } from '../../src/input/plainLines.js';
import { parseYaml } from '../../src/input/yamlSource.js';

describe('plain lines, walked by offset', () => {
  const text = 'a: 1\r\n  # note\n\t \n  b: x # y\nlast';

  it('finds where each line ends, with and without a carriage return', () => {
    expect(newlineAfter(text, 0)).toBe(5);
    expect(contentEnd(text, 0, 5)).toBe(4);
    expect(newlineAfter(text, 6)).toBe(14);
    expect(contentEnd(text, 6, 14)).toBe(14);
    expect(newlineAfter(text, 29)).toBe(text.length);
    expect(contentEnd(text, 29, text.length)).toBe(text.length);
    expect(contentEnd('\n', 0, 0)).toBe(0);
  });

  it('tells blank and comment lines from lines with a key, by spaces and tabs only', () => {
    expect(blankOrComment(text, 0, 4)).toBe(false);
    expect(blankOrComment(text, 6, 14)).toBe(true);
    expect(blankOrComment(text, 15, 17)).toBe(true);
    expect(blankOrComment('\u00a0# x', 0, 4)).toBe(false);
    expect(blankOrComment('', 0, 0)).toBe(true);
  });

  it('counts leading spaces (not tabs) and skips spaces and tabs', () => {
    expect(leadingSpaces(text, 18)).toBe(2);
    expect(leadingSpaces(text, 15)).toBe(0);
    expect(skipWhite(' \t x', 0, 4)).toBe(3);
    expect(skipWhite('   ', 0, 2)).toBe(2);
  });
});

describe('the plain shape, located in document order', () => {
  it('walks on from the key found last, and indexes a mapping asked out of order', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `  k${i}: ${i}\n`).join('');
    const text = `bank: x\n# the answers\nanswers:\n${keys}\nreflections:\n  r1: Why\n`;
    const source = parseYaml(text, 'a.yaml');
    expect(source.locate(['answers', 'k0'], { key: true })).toEqual({ line: 4, col: 3 });
    expect(source.locate(['answers', 'k1'])).toEqual({ line: 5, col: 7 });
    expect(source.locate(['answers', 'k2999'], { key: true })).toEqual({ line: 3003, col: 3 });
    expect(source.locate(['reflections', 'r1'])).toEqual({ line: 3006, col: 7 });
    expect(source.locate(['answers', 'k5'])).toEqual({ line: 9, col: 7 });
    expect(source.locate(['bank'])).toEqual({ line: 1, col: 7 });
    expect(source.locate(['answers'])).toEqual({ line: 4, col: 3 });
    expect(source.locate(['answers', 'missing'], { key: true })).toEqual({ line: 4, col: 3 });
  });
});
