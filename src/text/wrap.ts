/** Word wrapping that measures what the reader sees: colour codes take no columns. */
import { stripVTControlCharacters } from 'node:util';

const visible = (text: string) => stripVTControlCharacters(text).length;

/** Lines of at most `width` visible characters; a word longer than the width stands on its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let length = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const size = visible(word);
      if (!line) {
        line = word;
        length = size;
      } else if (length + 1 + size <= width) {
        line += ` ${word}`;
        length += 1 + size;
      } else {
        lines.push(line);
        line = word;
        length = size;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Wrapped text with a first-line prefix and a hanging indent for the rest. */
export function hang(text: string, width: number, first: string, rest = ' '.repeat(visible(first))): string[] {
  return wrap(text, Math.max(20, width - visible(first))).map((line, i) => (i === 0 ? first : rest) + line);
}
