/** Small helpers for lining text up in columns, shared by the table-drawing renderers. */

/** Exactly `width` characters: cut with an ellipsis, or padded. */
export function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** A number with `digits` decimals, or a dash where there is none. */
export function num(value: number | null, digits = 0): string {
  return value === null ? '–' : value.toFixed(digits);
}
