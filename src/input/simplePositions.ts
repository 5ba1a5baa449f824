/**
 * Where things are in a file of the plain shape simpleYaml reads (top-level `key: value` lines and
 * one level of nested blocks), found by a walk over its lines. A file simpleYaml accepted needs no
 * YAML parser to be located in: an answers file with 200,000 unknown ids is reported in a fraction
 * of the parser's time. A test checks every position against the parser's. Pure.
 */
import type { PathSegment } from './issue.js';

interface Position {
  line: number;
  col: number;
}

interface Entry {
  key: Position;
  /** Where the value starts: its text, or the first key of its block. */
  value: Position;
  block?: Map<string, Entry>;
}

export type Locate = (path: readonly PathSegment[], options?: { key?: boolean }) => Position;

/** The locator of a text simpleYaml accepted; the result is meaningless for any other text. */
export function simpleLocator(text: string): Locate {
  const top = new Map<string, Entry>();
  let root: Position | undefined;
  let block: Map<string, Entry> | undefined;
  let opened: Entry | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // The same steps as simpleYaml's, which has accepted every line already.
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (/^\s*(?:#|$)/.test(line)) continue;
    let spaces = 0;
    while (line.charCodeAt(spaces) === 32) spaces++;
    const colon = line.indexOf(':');
    const key = { line: i + 1, col: spaces + 1 };
    // The value starts after the separating white space, which YAML takes to be spaces and tabs.
    let at = colon + 1;
    while (line[at] === ' ' || line[at] === '\t') at++;
    const entry: Entry = { key, value: { line: i + 1, col: at + 1 } };
    const name = line.slice(spaces, colon);
    if (spaces === 0) {
      root ??= key;
      top.set(name, entry);
      // `key:` alone, or with a comment, opens a block; its value starts at its first key.
      block = /^\s*(?:#.*)?$/.test(line.slice(colon + 1)) ? new Map() : undefined;
      if (block) [entry.block, opened] = [block, entry];
    } else {
      if (block!.size === 0) opened!.value = key;
      block!.set(name, entry);
    }
  }
  const start = root ?? { line: 1, col: 1 };
  return (path, options = {}) => {
    let found = start;
    let map: Map<string, Entry> | undefined = top;
    for (let i = 0; i < path.length; i++) {
      const entry: Entry | undefined = map?.get(String(path[i]));
      if (!entry) return found;
      found = entry.key;
      if (i === path.length - 1 && options.key) return found;
      found = entry.value;
      map = entry.block;
    }
    return found;
  };
}
