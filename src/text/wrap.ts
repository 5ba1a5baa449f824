/**
 * Word wrapping that measures what the reader sees: colour codes take no columns, a kanji or an
 * emoji two. Japanese and Chinese put no spaces between words, so a line may also break beside
 * a wide character (but not before closing punctuation such as 。or 」); a word wider than the
 * line is broken between characters rather than left to run past the edge.
 */
import { truncate } from './cells.js';
import { displayWidth, isPlainAscii, units, type Unit } from './width.js';

// Never at the start of a line (kinsoku): closing brackets, stops, small kana, the prolonged sound mark.
const NO_BREAK_BEFORE = new Set([
  ...'、。，．・：；？！ー―…‥’”）〕］｝〉》」』】〙〗ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ),.:;!?]}',
]);
// Never at the end of a line: opening brackets.
const NO_BREAK_AFTER = new Set([...'‘“（〔［｛〈《「『【〘〖([{']);

/** A word split where a line may break inside it, with each piece's width. */
function pieces(word: string): Unit[] {
  if (isPlainAscii(word)) return [{ text: word, width: word.length }];
  const out: Unit[] = [];
  let current: Unit | undefined;
  let previous: Unit | undefined;
  for (const unit of units(word)) {
    const breakable =
      current !== undefined &&
      unit.width > 0 &&
      previous !== undefined &&
      (unit.width === 2 || previous.width === 2) &&
      !NO_BREAK_BEFORE.has(unit.text) &&
      !NO_BREAK_AFTER.has(previous.text);
    if (!current || breakable) {
      current = { text: unit.text, width: unit.width };
      out.push(current);
    } else {
      current.text += unit.text;
      current.width += unit.width;
    }
    if (unit.width > 0) previous = unit;
  }
  return out;
}

/** The head of a piece that fits in `width` columns (at least one character), and the rest. */
function cut(piece: Unit, width: number): [Unit, Unit] {
  const head: Unit = { text: '', width: 0 };
  const tail: Unit = { text: '', width: 0 };
  for (const unit of units(piece.text)) {
    const side = tail.text || (head.width > 0 && head.width + unit.width > width) ? tail : head;
    side.text += unit.text;
    side.width += unit.width;
  }
  return [head, tail];
}

/** Lines of at most `width` columns; the first line may be given a width of its own. */
export function wrap(text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  const room = () => (lines.length ? width : firstWidth);
  for (const paragraph of text.split('\n')) {
    let line = '';
    let length = 0;
    // A new line starting with `piece`; a piece wider than a line is broken between characters.
    const start = (piece: Unit) => {
      while (piece.width > room()) {
        const [head, tail] = cut(piece, room());
        if (!tail.text) break;
        lines.push(head.text);
        piece = tail;
      }
      line = piece.text;
      length = piece.width;
    };
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      pieces(word).forEach((piece, i) => {
        const gap = i === 0 ? 1 : 0;
        if (!line) start(piece);
        else if (length + gap + piece.width <= room()) {
          line += gap ? ` ${piece.text}` : piece.text;
          length += gap + piece.width;
        } else {
          lines.push(line);
          start(piece);
        }
      });
    }
    lines.push(line);
  }
  return lines;
}

/** Wrapped text with a first-line prefix and a hanging indent for the rest (each line gets at least 20 columns). */
export function hang(text: string, width: number, first: string, rest = ' '.repeat(displayWidth(first))): string[] {
  const room = (prefix: string) => Math.max(20, width - displayWidth(prefix));
  return wrap(text, room(rest), room(first)).map((line, i) => (i === 0 ? first : rest) + line);
}

/** At most `lines` wrapped lines; when text is left out, the last one ends with an ellipsis. */
export function wrapAtMost(text: string, width: number, lines: number): string[] {
  const all = wrap(text, width);
  if (all.length <= lines) return all;
  return [...all.slice(0, lines - 1), truncate(`${all[lines - 1]}…`, width)];
}
