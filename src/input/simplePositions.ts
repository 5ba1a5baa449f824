/**
 * Where things are in a file of the plain shape simpleYaml reads (top-level `key: value` lines and
 * one level of nested blocks), found by a walk over its lines. A file simpleYaml accepted needs no
 * YAML parser to be located in: an answers file with 200,000 unknown ids is reported in a fraction
 * of the parser's time. A test checks every position against the parser's. Pure.
 *
 * Problems are located in document order as a rule (zod's, then the checks' loop over the answers),
 * so a mapping is walked on from the key found last, whose next key is usually the one asked for:
 * 200,000 problems are located without an index of 200,000 keys. A key asked for out of order has
 * the mapping's keys indexed, once.
 */
import type { PathSegment } from './issue.js';
import { blankOrComment, contentEnd, leadingSpaces, newlineAfter, skipWhite } from './plainLines.js';

interface Position {
  line: number;
  col: number;
}

/** A line with a key, read once: where it starts, its 1-based number, and where its parts are. */
interface KeyLine {
  start: number;
  line: number;
  /** The offset of the \n ending it (or the text's length). */
  newline: number;
  /** Where its content ends, before any \r. */
  end: number;
  /** The spaces before its key, which runs to its first colon (simpleYaml accepted no other shape). */
  spaces: number;
  colon: number;
  /** The block it opens, if it is a top-level `key:` alone; found when first asked for. */
  block?: Mapping | null;
}

export type Locate = (path: readonly PathSegment[], options?: { key?: boolean }) => Position;

/** The line with a key at or after `from` (whose number is `line`), skipping blank and comment lines. */
function keyLineFrom(text: string, from: number, line: number): KeyLine | undefined {
  for (let start = from, newline = 0; start <= text.length; start = newline + 1, line++) {
    newline = newlineAfter(text, start);
    const end = contentEnd(text, start, newline);
    if (blankOrComment(text, start, end)) continue;
    const spaces = leadingSpaces(text, start);
    return { start, line, newline, end, spaces, colon: text.indexOf(':', start + spaces) };
  }
  return undefined;
}

/** The key line after `after`, whatever its depth. */
const nextKeyLine = (text: string, after: KeyLine) => keyLineFrom(text, after.newline + 1, after.line + 1);

/** The keys of one mapping: the top level, or the block of nested lines under a `key:` line. */
class Mapping {
  private lastName: string | undefined;
  private last: KeyLine | undefined;
  private index: Map<string, KeyLine> | undefined;

  constructor(
    private readonly text: string,
    /** Its first key line; undefined for a mapping with no keys. */
    readonly first: KeyLine | undefined,
    private readonly nested: boolean,
  ) {}

  /** The mapping's key line after `at`: nested lines are passed over at the top level, and end a block. */
  private after(at: KeyLine): KeyLine | undefined {
    let next = nextKeyLine(this.text, at);
    if (this.nested) return next && next.spaces > 0 ? next : undefined;
    while (next && next.spaces > 0) next = nextKeyLine(this.text, next);
    return next;
  }

  private keyIs(at: KeyLine, name: string): boolean {
    const start = at.start + at.spaces;
    return at.colon - start === name.length && this.text.startsWith(name, start);
  }

  find(name: string): KeyLine | undefined {
    if (this.index) return this.index.get(name);
    if (name === this.lastName) return this.last;
    const next = this.last ? this.after(this.last) : this.first;
    if (next && this.keyIs(next, name)) {
      this.lastName = name;
      this.last = next;
      return next;
    }
    this.index = new Map();
    for (let at = this.first; at; at = this.after(at))
      this.index.set(this.text.slice(at.start + at.spaces, at.colon), at);
    return this.index.get(name);
  }
}

/** The locator of a text simpleYaml accepted; the result is meaningless for any other text. */
export function simpleLocator(text: string): Locate {
  const top = new Mapping(text, keyLineFrom(text, 0, 1), false);

  const keyAt = (at: KeyLine): Position => ({ line: at.line, col: at.spaces + 1 });
  // The block a top-level `key:` line alone (or with a comment) opens: its nested lines, which follow.
  const blockOf = (at: KeyLine): Mapping | null => {
    if (at.block === undefined) {
      const next = blankOrComment(text, at.colon + 1, at.end) ? nextKeyLine(text, at) : undefined;
      at.block = next ? new Mapping(text, next.spaces > 0 ? next : undefined, true) : null;
    }
    return at.block;
  };
  // Where a value starts: its text, after the separating spaces and tabs; a block's, at its first key.
  const valueAt = (at: KeyLine, block: Mapping | null): Position =>
    block?.first ? keyAt(block.first) : { line: at.line, col: skipWhite(text, at.colon + 1, at.end) - at.start + 1 };

  const start = top.first ? keyAt(top.first) : { line: 1, col: 1 };
  return (path, options = {}) => {
    // The deepest key found, and the block under it; only the position asked for is made.
    let found: KeyLine | undefined;
    let block: Mapping | null = top;
    for (let i = 0; i < path.length; i++) {
      const at = block?.find(String(path[i]));
      if (!at) break;
      if (i === path.length - 1 && options.key) return keyAt(at);
      found = at;
      block = i === 0 ? blockOf(at) : null;
    }
    return found ? valueAt(found, block) : start;
  };
}
