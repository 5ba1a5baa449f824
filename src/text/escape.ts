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

// Scores and means take few distinct values; remembering their text saves a number-to-text
// conversion per cell when a cohort of millions is written.
const numberText = new Map<number, string>();

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    let text = numberText.get(value);
    if (text === undefined) {
      text = String(value);
      if (numberText.size < 10_000) numberText.set(value, text);
    }
    return text;
  }
  const text = value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
