/**
 * YAML (and JSON, which is YAML) text to plain data, keeping a way back from a data path to a
 * line and column. Pure: the caller reads the file.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { formatPath, type InputIssue, type PathSegment } from './issue.js';
import { KeyIssue } from './keyIssue.js';
import { simpleLocator } from './simplePositions.js';
import { simpleYaml } from './simpleYaml.js';

/** Parsed data plus a locator for positioned errors. */
export interface YamlSource {
  file: string;
  /** The document as plain data; undefined when it has syntax errors. */
  value: unknown;
  /** Syntax errors, already positioned. */
  issues: InputIssue[];
  /** Position of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; col: number };
  /** An issue at `path`, positioned. */
  issueAt(path: readonly PathSegment[], message: string, options?: { key?: boolean }): InputIssue;
  /** An issue at the key `key` of the mapping at `path`, whose message is `before`, the key and `after`. */
  keyIssueAt(path: readonly PathSegment[], key: string, before: string, after: string): InputIssue;
}

// yaml's messages end with " at line N, column M:" and a code excerpt; we print our own position.
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Where each key that repeats an earlier key of its mapping starts, in document order. yaml's own
 * check (`uniqueKeys`) compares each key with every key before it, which takes minutes on a file
 * of a few hundred thousand keys; this is one walk, with a set per mapping. Keys are equal as yaml
 * counts them: scalars of the same value.
 */
function repeatedKeys(doc: Document): number[] {
  const offsets: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key) && key.value === key.value) {
          if (seen.has(key.value) && key.range) offsets.push(key.range[0]);
          seen.add(key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return offsets.sort((a, b) => a - b);
}

const REPEATED_KEY = 'Map keys must be unique';

/** The document, with yaml's errors and repeated keys; never throws. */
function compose(text: string, lineCounter?: LineCounter) {
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  return { doc, repeated: repeatedKeys(doc) };
}

const AT_KEY = { key: true };

const sourceOf = (file: string, value: unknown, issues: InputIssue[], locate: YamlSource['locate']): YamlSource => ({
  file,
  value,
  issues,
  locate,
  issueAt: (path, message, options) => {
    const { line, col } = locate(path, options);
    return { file, line, col, path: formatPath(path), message };
  },
  keyIssueAt: (path, key, before, after) => {
    const { line, col } = locate([...path, key], AT_KEY);
    return new KeyIssue(file, line, col, formatPath(path), key, before, after);
  },
});

/** `plain` is what simpleYaml made of the text, when the caller has asked it already. */
export function parseYaml(text: string, file: string, plain = simpleYaml(text)): YamlSource {
  // The plain shape of most answers files is read and located without the parser, several times
  // quicker: what matters when a file holds thousands of problems. Both give the same (tested).
  return plain ? sourceOf(file, plain, [], simpleLocator(text)) : parseYamlDocument(text, file);
}

/** parseYaml by the YAML parser alone, whatever the shape. */
export function parseYamlDocument(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const { doc, repeated } = compose(text, lineCounter);

  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };

  // Each mapping's keys, indexed the first time a path goes through it: a file with thousands of
  // problems is located in one pass per mapping, not one per problem.
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: { items: Pair[] }, segment: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const key = String(p.key.value);
        if (!index.has(key)) index.set(key, p);
      }
      indexes.set(map, index);
    }
    return index.get(segment);
  };

  const locate: YamlSource['locate'] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let found = node && (node as Node).range ? position((node as Node).range![0]) : { line: 1, col: 1 };
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = pairOf(node, String(segment));
        if (!pair) return found;
        const key = pair.key as Node;
        if (key.range) found = position(key.range[0]);
        if (last && options.key) return found;
        const value = pair.value as Node | null;
        // An empty value (`text:`) has no useful range; the key is the best place to point.
        if (!value || !value.range || (isScalar(value) && value.value === null)) return found;
        node = value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item || !item.range) return found;
        node = item;
      } else {
        return found;
      }
      found = position((node as Node).range![0]);
    }
    return found;
  };

  const issues: InputIssue[] = doc.errors.map((error) => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    return { file, line: pos.line, col: pos.col, path: '', message: firstLine(error.message) };
  });
  if (repeated.length) {
    for (const offset of repeated) issues.push({ file, ...position(offset), path: '', message: REPEATED_KEY });
    // In document order, as yaml gave them when it checked keys itself.
    issues.sort((a, b) => a.line - b.line || a.col - b.col);
  }

  let value: unknown;
  if (issues.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // The only throw here is yaml refusing alias expansion that would blow up memory (an "alias bomb").
      const message = /alias/i.test((error as Error).message)
        ? 'refused: the file expands too many YAML aliases'
        : `cannot be read: ${(error as Error).message}`;
      issues.push({ file, line: 1, col: 1, path: '', message });
    }
  }
  return sourceOf(file, value, issues, locate);
}

/** Plain data from YAML text, without positions: the quick path. Throws on any syntax error, repeated key or alias bomb. */
export function yamlValue(text: string): unknown {
  const lineCounter = new LineCounter();
  const { doc, repeated } = compose(text, lineCounter);
  if (doc.errors.length) throw doc.errors[0]!;
  if (repeated.length) {
    const { line, col } = lineCounter.linePos(repeated[0]!);
    throw new Error(`${REPEATED_KEY} at line ${line}, column ${col}`);
  }
  return doc.toJS({ maxAliasCount: 100 });
}
