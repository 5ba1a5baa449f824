/**
 * The plain shape most answers files have, read without loading the YAML parser (15–25 ms of
 * start-up): top-level `key: value` lines and one level of nested `key: value` blocks, with
 * comments. Values are whole numbers or plain text that YAML could not read as anything else.
 * Anything beyond that shape (quotes, flow style, lists, anchors, tabs, odd keys, numbers YAML
 * reads in other ways, a repeated key) returns undefined, and the caller uses the YAML parser,
 * which alone also says where a mistake is. A property test checks that whatever this returns
 * is what the YAML parser gives. Pure.
 */

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

// YAML's white space is the space and the tab, nothing else: a no-break space, an ideographic space
// or any other Unicode space is part of the text, where JavaScript's \s and trim() would see white space.
const EDGE_WHITE = /^[ \t]+|[ \t]+$/g;

/** A value's text: the text after `key:`, without a trailing comment; undefined for anything unusual. */
function scalar(text: string): string | number | undefined {
  // In YAML, `#` after white space starts a comment; a tab, `: ` or a trailing `:` mean more than text.
  const comment = text.search(/[ \t]#/);
  const value = (comment === -1 ? text : text.slice(0, comment)).replace(EDGE_WHITE, '');
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
  let indent = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (/^[ \t]*(?:#|$)/.test(line)) continue; // blank, or a comment
    const spaces = /^ */.exec(line)![0].length;
    const colon = line.indexOf(':');
    if (colon === -1) return undefined;
    const key = line.slice(spaces, colon);
    const rest = line.slice(colon + 1);
    if (!KEY.test(key) || SPECIAL_KEY.test(key) || (rest !== '' && !rest.startsWith(' '))) return undefined;
    if (spaces === 0) {
      block = undefined;
      if (Object.hasOwn(result, key)) return undefined;
      if (/^[ \t]*(?:#.*)?$/.test(rest)) {
        // `key:` alone opens a block of nested lines, which must follow.
        block = {};
        indent = 0;
        result[key] = block;
        continue;
      }
      const value = scalar(rest);
      if (value === undefined) return undefined;
      result[key] = value;
      continue;
    }
    // A nested line: inside a block, at the block's one indentation.
    if (!block || (indent !== 0 && spaces !== indent) || Object.hasOwn(block, key)) return undefined;
    indent = spaces;
    const value = scalar(rest);
    if (value === undefined) return undefined;
    block[key] = value;
  }
  // A file or block with no keys is null in YAML, not an empty mapping.
  const values = Object.values(result);
  if (values.length === 0 || values.some((value) => typeof value === 'object' && Object.keys(value).length === 0))
    return undefined;
  return result;
}
