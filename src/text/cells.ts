/** Small helpers for lining text up in columns, shared by the table-drawing renderers. Widths are display columns. */
import { displayWidth, isPlainAscii, units } from './width.js';

/** At most `width` columns: cut at a character boundary with an ellipsis when longer. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (isPlainAscii(text)) return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const unit of units(text)) {
    // A wide character that would straddle the last column is left out whole.
    if (used + unit.width > width - 1) break;
    kept += unit.text;
    used += unit.width;
  }
  return `${kept}…`;
}

/** `text` padded with spaces on the right to `width` columns. */
export const padEnd = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `text` padded with spaces on the left to `width` columns. */
export const padStart = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** Exactly `width` columns: cut with an ellipsis, or padded. */
export function fit(text: string, width: number): string {
  return padEnd(truncate(text, width), width);
}

/** A number with `digits` decimals, or a dash where there is none. */
export function num(value: number | null, digits = 0): string {
  return value === null ? '–' : value.toFixed(digits);
}
