/**
 * Maps the frames of a stack trace from the minified bundle back to the sources, using the .map
 * files the build writes beside it. Loaded only when an internal error is printed: enabling Node's
 * own source maps would read every map at start-up, and enabling them later does not map modules
 * already loaded.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A source map as the build writes it (version 3). */
export interface RawSourceMap {
  sources: string[];
  sourceRoot?: string;
  mappings: string;
}

/** A place in an original source: 1-based line and column, as stack traces count. */
export interface SourcePosition {
  source: string;
  line: number;
  column: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/**
 * The numbers of one mapping segment, from base64 VLQ: five bits a digit, the sixth saying more
 * follow; the lowest bit of the result is the sign.
 */
export function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not a source map digit: ${char}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * Where generated `line` and `column` (1-based) come from: the last mapping at or before the
 * column on that line. Sources are returned as the map names them.
 */
export function originalPosition(map: RawSourceMap, line: number, column: number): SourcePosition | null {
  // Every field but the generated column carries over from line to line, so the lines before count too.
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let found: SourcePosition | null = null;
  const lines = map.mappings.split(';');
  for (let l = 0; l < Math.min(line, lines.length); l++) {
    let generated = 0;
    for (const segment of lines[l]!.split(',')) {
      if (!segment) continue;
      const [column0 = 0, sourceDelta, lineDelta = 0, columnDelta = 0] = decodeSegment(segment);
      generated += column0;
      if (sourceDelta === undefined) continue;
      source += sourceDelta;
      sourceLine += lineDelta;
      sourceColumn += columnDelta;
      if (l === line - 1 && generated <= column - 1)
        found = { source: map.sources[source] ?? '?', line: sourceLine + 1, column: sourceColumn + 1 };
    }
  }
  return found;
}

const FRAME = /(file:\/\/[^\s()]+?\.m?js):(\d+):(\d+)/g;

/**
 * The stack with every frame in a mapped file rewritten to its source, relative to `root` (the
 * package folder); frames without a readable map stay as they are.
 */
export function mapStack(
  stack: string,
  root: string | URL,
  readMap: (file: string) => RawSourceMap | null = readMapBeside,
): string {
  const rootFolder = typeof root === 'string' ? root : fileURLToPath(root);
  const maps = new Map<string, RawSourceMap | null>();
  return stack.replace(FRAME, (whole, url: string, line: string, column: string) => {
    const file = fileURLToPath(url);
    if (!maps.has(file)) maps.set(file, readMap(file));
    const map = maps.get(file);
    const position = map ? originalPosition(map, Number(line), Number(column)) : null;
    if (!map || !position) return whole;
    const source = resolve(dirname(file), map.sourceRoot ?? '', position.source);
    const shown = relative(rootFolder, source);
    return `${shown.startsWith('..') || isAbsolute(shown) ? source : shown}:${position.line}:${position.column}`;
  });
}

/** The map the build writes beside each bundle file, or null when there is none. */
function readMapBeside(file: string): RawSourceMap | null {
  try {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap;
    return typeof map.mappings === 'string' && Array.isArray(map.sources) ? map : null;
  } catch {
    return null;
  }
}
