/**
 * Text from users' files shown so it cannot act on the terminal: every C0 and C1 control except
 * newline and tab, DEL, and the bidirectional overrides that reorder what is displayed, become
 * visible escapes such as \x1b or \u202e. `util.stripVTControlCharacters` alone misses lone
 * controls, C1 codes and bidi overrides.
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARACTERS =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function inert(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE_CHARACTERS.lastIndex = 0;
  return UNSAFE_CHARACTERS.test(text);
}

/**
 * A copy of `value` with every string in it made inert: for data read back from disk (a saved
 * result, a comparison of two), where any field may have been edited to carry escapes.
 */
export function inertAll<T>(value: T): T {
  if (typeof value === 'string') return inert(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => inertAll(item)) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = inertAll(item);
    return copy as T;
  }
  return value;
}

/** Whether any string anywhere in `value` holds a character `inert` would change. */
export function anyUnsafeCharacters(value: unknown): boolean {
  if (typeof value === 'string') return hasUnsafeCharacters(value);
  if (Array.isArray(value)) return value.some(anyUnsafeCharacters);
  if (value && typeof value === 'object') return Object.values(value).some(anyUnsafeCharacters);
  return false;
}
