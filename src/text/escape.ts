import { hasUnsafeCharacters, inert } from './inert.js';

/** Escaping for each output language, in one place so no renderer rolls its own. */

// XML 1.0 forbids these even as character references; they are dropped, not escaped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without the characters XML 1.0 forbids: what an XML reader will see of it. */
export function xmlAllowed(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Text for an XML attribute or element: forbidden characters stripped, markup escaped. */
export function xml(text: string): string {
  return xmlAllowed(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text for HTML element content or a quoted attribute; controls and bidi overrides shown inert. */
export function html(text: string): string {
  return xml(inert(text)).replace(/&apos;/g, '&#39;');
}

/** Text for a Markdown paragraph or table cell: markup characters escaped, newlines folded, controls inert. */
export function markdown(text: string): string {
  return inert(text.replace(/\r?\n/g, ' ')).replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

// Scores and means take few distinct values: whole numbers and hundredths from 0 to 100. Their text
// is kept in arrays by key (allocated whole, so lookups stay on V8's fast path), saving a
// number-to-text conversion per cell when a cohort of millions is written.
const CACHED = 10_001;

/** A cache of something made from a whole-number key from 0 to 10,000; other keys are made each time. */
export function keyedCache<T>(make: (key: number) => T): (key: number) => T {
  const slots: (T | undefined)[] = new Array<T | undefined>(CACHED).fill(undefined);
  return (key) => (key >= 0 && key < CACHED && (key | 0) === key ? (slots[key] ??= make(key)) : make(key));
}

const byHundredths = keyedCache((key) => String(key / 100));

function numberField(value: number): string {
  const key = Math.round(value * 100);
  return key / 100 === value ? byHundredths(key) : String(value);
}

// A spreadsheet reads a cell starting with one of these as a formula (or, for tab and CR, trims
// them and then reads what follows as one): OWASP's list for CSV injection.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Text safe to open in a spreadsheet: a cell a spreadsheet would run as a formula gets a leading
 * `'` (numbers, such as -5, are left alone), and control characters are shown inert. `raw` (--raw-csv)
 * leaves text as it was given.
 */
export function csvText(text: string, raw = false): string {
  if (raw) return text;
  const shown = hasUnsafeCharacters(text) ? inert(text) : text;
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${shown}` : shown;
}

/**
 * Whether text is a CSV field as it is, safe or raw: printable ASCII with no quote, comma or space,
 * not starting the way a formula does. Most names are; checking them by character code spares the
 * expressions below, which a cohort runs once per respondent.
 */
function plainField(text: string): boolean {
  const first = text.charCodeAt(0);
  // = + - @
  if (first === 61 || first === 43 || first === 45 || first === 64) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code >= 127 || code === 34 || code === 44) return false;
  }
  return true;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space. Text is made spreadsheet-safe unless `raw`. */
export function csvField(value: string | number | null | undefined, raw = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberField(value);
  if (plainField(value)) return value;
  const text = csvText(value, raw);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
