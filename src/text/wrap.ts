/** Word wrapping for plain text, done before colour so widths are real characters. */

/** Lines of at most `width` characters; a word longer than the width stands on its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Wrapped text with a first-line prefix and a hanging indent for the rest. */
export function hang(text: string, width: number, first: string, rest = ' '.repeat(first.length)): string[] {
  return wrap(text, Math.max(20, width - first.length)).map((line, i) => (i === 0 ? first : rest) + line);
}
