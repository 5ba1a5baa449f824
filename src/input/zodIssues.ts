/**
 * zod's issues turned into positioned, plain-spoken InputIssues. zod knows the data path;
 * the YamlSource knows where that path sits in the file.
 */
import type { z } from 'zod';
import type { InputIssue, PathSegment } from './issue.js';
import type { YamlSource } from './yamlSource.js';
import { didYouMean, didYouMeanAmong } from '../text/suggest.js';

type Schema = z.core.$ZodType;

// The key names an object schema accepts at `path`, so an unknown key can be answered with the right ones.
function keysAt(schema: Schema, path: readonly PathSegment[]): string[] {
  let current: Schema | undefined = schema;
  const unwrap = (s: Schema | undefined): Schema | undefined => {
    let node = s;
    while (node) {
      const def = node._zod.def as { type: string; innerType?: Schema; in?: Schema };
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
        node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else break;
    }
    return node;
  };
  for (const segment of path) {
    current = unwrap(current);
    const def = current?._zod.def as
      { type: string; shape?: Record<string, Schema>; element?: Schema; valueType?: Schema } | undefined;
    if (!def) return [];
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
  }
  const def = unwrap(current)?._zod.def as { type: string; shape?: Record<string, Schema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of keys to values',
  // Answers and reflections: keyed by question or reflection id.
  record: 'a mapping of ids to values',
  array: 'a list',
};

function tooSmallOrBig(
  issue: z.core.$ZodIssue & {
    origin?: string;
    minimum?: unknown;
    maximum?: unknown;
    inclusive?: boolean;
    input?: unknown;
  },
): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  if (issue.origin === 'array')
    return `expected ${small ? 'at least' : 'at most'} ${String(limit)} item${limit === 1 ? '' : 's'}, got ${Array.isArray(issue.input) ? issue.input.length : '?'}`;
  if (issue.origin === 'string')
    return small ? 'expected non-empty text' : `expected at most ${String(limit)} characters`;
  const relation = small ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
  return `expected a number ${relation} ${String(limit)}, got ${String(issue.input)}`;
}

/**
 * The options of a safeParse whose issues go to fromZodIssues: each issue with its input, and no
 * message for unknown keys, which are reported one by one from their list. zod's own message names
 * every key; for 200,000 keys it took as long as finding them.
 */
export const PARSE_OPTIONS = {
  reportInput: true,
  error: (issue: { code?: string }) => (issue.code === 'unrecognized_keys' ? 'unknown keys' : undefined),
};

/** Every zod issue as InputIssues (an unknown-keys issue becomes one per key). */
export function fromZodIssues(source: YamlSource, schema: Schema, issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const raw of issues) {
    const issue = raw as z.core.$ZodIssue & { input?: unknown; expected?: string; keys?: string[]; values?: unknown[] };
    const path = issue.path as PathSegment[];
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, path);
        const suggest = didYouMeanAmong(allowed);
        const expected = allowed.length ? ` (expected one of: ${allowed.join(', ')})` : '';
        // After the key: its closing quote, and a suggestion or else the keys expected (made once).
        const orExpected = `"${expected}`;
        for (const key of issue.keys ?? []) {
          const hint = suggest(key);
          out.push(source.keyIssueAt(path, key, 'unknown key "', hint ? `"${hint}` : orExpected));
        }
        break;
      }
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected ?? ''] ?? issue.expected;
        if (issue.input === undefined && path.length > 0) {
          const parent = path.slice(0, -1);
          out.push(source.issueAt(parent, `missing required key "${String(path[path.length - 1])}" (${expected})`));
        } else if (issue.message && !issue.message.startsWith('Invalid input')) {
          out.push(source.issueAt(path, issue.message)); // a message written in the schema wins
        } else {
          out.push(source.issueAt(path, `expected ${expected}, got ${describeValue(issue.input)}`));
        }
        break;
      }
      case 'invalid_value': {
        const options = (issue.values ?? []).map(String);
        const got = String(issue.input);
        out.push(
          source.issueAt(
            path,
            `expected one of ${options.join(', ')}, got ${describeValue(issue.input)}${didYouMean(got, options)}`,
          ),
        );
        break;
      }
      case 'too_small':
      case 'too_big':
        out.push(source.issueAt(path, tooSmallOrBig(issue)));
        break;
      default:
        out.push(source.issueAt(path, issue.message));
    }
  }
  return out;
}
