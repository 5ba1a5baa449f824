/**
 * The plain shape most answers files have, read without loading the YAML parser (15–25 ms of
 * start-up): top-level `key: value` lines and one level of nested `key: value` blocks, with
 * comments. Values are whole numbers or plain text that YAML could not read as anything else.
 * Anything beyond that shape (quotes, flow style, lists, anchors, tabs, odd keys, numbers YAML
 * reads in other ways, a repeated key) returns undefined, and the caller uses the YAML parser,
 * which alone also says where a mistake is. A property test checks that whatever this returns
 * is what the YAML parser gives. Pure.
 */
import { blankOrComment, contentEnd, isWhite, leadingSpaces, newlineAfter, skipWhite } from './plainLines.js';

type Plain = Record<string, string | number | Record<string, string | number>>;

// Keys start with a letter, so that none is read as a number; true, null and the like are left to YAML.
const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const SPECIAL_KEY = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
// Control characters and line breaks other than \n: YAML has rules of its own for them.
const UNUSUAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const WHOLE = /^-?(?:0|[1-9][0-9]*)$/;
// Text YAML reads as something other than a string (booleans, null, numbers in any notation), or
// that starts with a character with a meaning of its own.
const NOT_PLAIN_TEXT =
  /^(?:[-?:,[\]{}#&*!|>'"%@`]|[-+]?\.?[0-9]|[-+]?\.(?:inf|nan)$|(?:true|false|null|yes|no|on|off|y|n)$|~$)/i;
const SPACE = 32;
const HASH = 35;

/** The value after `key:` (the text from `start` to `end`) without a trailing comment; undefined for anything unusual. */
function scalar(text: string, start: number, end: number): string | number | undefined {
  // In YAML, `#` after white space starts a comment; a tab, `: ` or a trailing `:` mean more than text.
  let stop = end;
  for (let at = start + 1; at < end; at++) {
    if (text.charCodeAt(at) === HASH && isWhite(text.charCodeAt(at - 1))) {
      stop = at - 1;
      break;
    }
  }
  // Only spaces and tabs are trimmed: YAML keeps a no-break or other Unicode space as text.
  const from = skipWhite(text, start, stop);
  while (stop > from && isWhite(text.charCodeAt(stop - 1))) stop--;
  const value = text.slice(from, stop);
  if (WHOLE.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  if (value === '' || NOT_PLAIN_TEXT.test(value) || /\t|: |:$|#/.test(value)) return undefined;
  return value;
}

export function simpleYaml(text: string): Plain | undefined {
  if (UNUSUAL.test(text.replace(/\r\n/g, '\n'))) return undefined;
  const result: Plain = {};
  let block: Record<string, string | number> | undefined;
  // A file or a block with no keys is null in YAML, not an empty mapping.
  let keys = 0;
  let blockKeys = 0;
  let indent = 0;
  // The text is walked by offsets (see plainLines.ts); only keys and values become strings.
  for (let start = 0, newline = 0; start <= text.length; start = newline + 1) {
    newline = newlineAfter(text, start);
    const end = contentEnd(text, start, newline);
    if (blankOrComment(text, start, end)) continue;
    const spaces = leadingSpaces(text, start);
    const colon = text.indexOf(':', start);
    if (colon === -1 || colon >= end) return undefined;
    const key = text.slice(start + spaces, colon);
    if (!KEY.test(key) || SPECIAL_KEY.test(key) || (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE))
      return undefined;
    if (spaces === 0) {
      if (block && blockKeys === 0) return undefined;
      block = undefined;
      if (Object.hasOwn(result, key)) return undefined;
      keys++;
      if (blankOrComment(text, colon + 1, end)) {
        // `key:` alone opens a block of nested lines, which must follow.
        block = {};
        blockKeys = 0;
        indent = 0;
        result[key] = block;
        continue;
      }
      const value = scalar(text, colon + 1, end);
      if (value === undefined) return undefined;
      result[key] = value;
      continue;
    }
    // A nested line: inside a block, at the block's one indentation.
    if (!block || (indent !== 0 && spaces !== indent) || Object.hasOwn(block, key)) return undefined;
    indent = spaces;
    const value = scalar(text, colon + 1, end);
    if (value === undefined) return undefined;
    block[key] = value;
    blockKeys++;
  }
  if (keys === 0 || (block && blockKeys === 0)) return undefined;
  return result;
}
