/**
 * Checks of JSON read back from disk. A file leadlens wrote may since have been edited, truncated by
 * a full disk or copied from another version, so its shape is checked before any code relies on it.
 * Hand-written rather than a schema library, because every listing of the history pays for it.
 * Each check returns the first problem as "where: what was expected", or null. Pure.
 */

/** A check of one value; `at` names where it is, for the message. */
export type Check = (value: unknown, at: string) => string | null;

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'not a number';
  return `${typeof value === 'boolean' ? 'true or false' : typeof value}`;
}

const expected = (what: string, value: unknown, at: string) =>
  `${at || 'the file'}: expected ${what}, found ${kind(value)}`;

/** Where a field is: `plan.focus[0].dimension`. */
const child = (at: string, key: string | number) =>
  typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${key}` : key;

export const text: Check = (value, at) => (typeof value === 'string' ? null : expected('text', value, at));

export const flag: Check = (value, at) => (typeof value === 'boolean' ? null : expected('true or false', value, at));

/** A finite number, optionally whole and within bounds. */
export function number(options: { whole?: boolean; min?: number; max?: number } = {}): Check {
  const { whole = false, min = -Infinity, max = Infinity } = options;
  const what = `${whole ? 'a whole number' : 'a number'}${
    min > -Infinity && max < Infinity ? ` from ${min} to ${max}` : min > -Infinity ? ` of at least ${min}` : ''
  }`;
  return (value, at) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!whole || Number.isInteger(value)) &&
    value >= min &&
    value <= max
      ? null
      : expected(what, value, at);
}

/** One of a few strings. */
export function oneOf(values: readonly string[]): Check {
  return (value, at) =>
    typeof value === 'string' && values.includes(value) ? null : expected(`one of ${values.join(', ')}`, value, at);
}

/** A date and time as leadlens writes them (ISO 8601). */
export const dateTime: Check = (value, at) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : expected('a date and time', value, at);

export function nullable(check: Check): Check {
  return (value, at) => (value === null ? null : check(value, at));
}

export function list(item: Check): Check {
  return (value, at) => {
    if (!Array.isArray(value)) return expected('a list', value, at);
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i], child(at, i));
      if (problem) return problem;
    }
    return null;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object whose every value passes `item` (answers by question id). */
export function record(item: Check): Check {
  return (value, at) => {
    if (!isObject(value)) return expected('an object', value, at);
    for (const [key, v] of Object.entries(value)) {
      const problem = item(v, child(at, key));
      if (problem) return problem;
    }
    return null;
  };
}

/** Marks a field that files of earlier versions may lack; when present it is checked. */
export interface Optional {
  optional: Check;
}

export const optional = (check: Check): Optional => ({ optional: check });

/** An object with these fields; other fields are allowed, since later versions may add some. */
export function object(fields: Record<string, Check | Optional>): Check {
  return (value, at) => {
    if (!isObject(value)) return expected('an object', value, at);
    for (const [key, field] of Object.entries(fields)) {
      const where = child(at, key);
      const present = Object.hasOwn(value, key) && value[key] !== undefined;
      if (typeof field !== 'function') {
        if (!present) continue;
        const problem = field.optional(value[key], where);
        if (problem) return problem;
        continue;
      }
      if (!present) return `${where}: missing`;
      const problem = field(value[key], where);
      if (problem) return problem;
    }
    return null;
  };
}
