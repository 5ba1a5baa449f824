/** A horizontal bar for a 0–100 value, `width` characters wide. */
export function bar(value: number, width: number, full = '█', empty = '░'): string {
  const filled = Math.round((Math.max(0, Math.min(100, value)) / 100) * width);
  return full.repeat(filled) + empty.repeat(width - filled);
}
