/**
 * YAML (and JSON, which is YAML) text to plain data, keeping a way back from a data path to a
 * line and column. Pure: the caller reads the file.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parse, parseDocument, type Node } from 'yaml';
import { formatPath, type InputIssue, type PathSegment } from './issue.js';

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
}

// yaml's messages end with " at line N, column M:" and a code excerpt; we print our own position.
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

export function parseYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });

  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };

  const locate: YamlSource['locate'] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let found = node && (node as Node).range ? position((node as Node).range![0]) : { line: 1, col: 1 };
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
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

  const issueAt: YamlSource['issueAt'] = (path, message, options) => ({
    file,
    ...locate(path, options),
    path: formatPath(path),
    message,
  });

  const issues: InputIssue[] = doc.errors.map((error) => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    return { file, line: pos.line, col: pos.col, path: '', message: firstLine(error.message) };
  });

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
  return { file, value, issues, locate, issueAt };
}

/** Plain data from YAML text, without positions: the quick path. Throws on any syntax error or alias bomb. */
export function yamlValue(text: string): unknown {
  return parse(text, { uniqueKeys: true, maxAliasCount: 100 });
}
