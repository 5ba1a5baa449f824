import { inert } from './inert.js';

/** Escaping for each output language, in one place so no renderer rolls its own. */

// XML 1.0 forbids these even as character references; they are dropped, not escaped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for an XML attribute or element: forbidden characters stripped, markup escaped. */
export function xml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
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
// is kept in an array by value × 100 (allocated whole, so lookups stay on V8's fast path), saving a
// number-to-text conversion per cell when a cohort of millions is written.
const CACHED = 10_001;

/** The cache slot for `value` (its hundredths), or -1 for a number outside the cache. */
function hundredthsKey(value: number): number {
  const key = Math.round(value * 100);
  return key >= 0 && key < CACHED && key / 100 === value ? key : -1;
}

/** A cache of something derived from numbers that are usually whole or hundredths. */
export function numberCache<T>(make: (value: number) => T): (value: number) => T {
  const slots: (T | undefined)[] = new Array<T | undefined>(CACHED).fill(undefined);
  return (value) => {
    const key = hundredthsKey(value);
    if (key === -1) return make(value);
    return (slots[key] ??= make(value));
  };
}

const numberField = numberCache(String);

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberField(value);
  const text = value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
