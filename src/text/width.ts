/**
 * How many terminal columns text takes: what a reader sees, not `.length`. A kanji, kana or
 * fullwidth form takes two columns, so does an emoji (a flag or a family joined with zero-width
 * joiners counts once); combining marks, joiners and colour codes take none. Plain ASCII, nearly
 * all of what leadlens prints, is measured by its length without loading anything.
 */
import { isEastAsianWide } from './eastAsianWide.js';

/** One thing a terminal draws, or a colour code: the text and the columns it takes. */
export interface Unit {
  text: string;
  width: number;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Colour and other terminal sequences: CSI (ESC [ … final byte) and OSC (ESC ] … BEL or ESC \).
// eslint-disable-next-line no-control-regex
const ESCAPE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff]+$/u;
// Emoji shown as pictures: by default, or asked for with VS16, or a keycap.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f|\u20e3/u;

// Made on first use: only text beyond ASCII needs grapheme boundaries.
let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Columns one grapheme cluster takes: 0, 1 or 2. */
export function graphemeWidth(grapheme: string): number {
  const code = grapheme.codePointAt(0)!;
  if (code < 0x7f && grapheme.length === 1) return code < 0x20 ? 0 : 1;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  // Latin-1 and Latin Extended, with any combining marks after them; a digit, # or * in a keycap is an emoji.
  if (code < 0x300) return grapheme.includes('\u20e3') ? 2 : 1;
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (EMOJI.test(grapheme)) return 2;
  return isEastAsianWide(code) ? 2 : 1;
}

/** Columns `text` takes on a terminal; colour codes count for nothing. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const unit of units(text)) width += unit.width;
  return width;
}

/** Whether every character of `text` takes exactly one column, so `.length` is its width. */
export const isPlainAscii = (text: string): boolean => PRINTABLE_ASCII.test(text);

/** `text` split into what a terminal draws: grapheme clusters with their widths, and colour codes of width 0. */
export function units(text: string): Unit[] {
  if (PRINTABLE_ASCII.test(text)) return Array.from(text, (c) => ({ text: c, width: 1 }));
  const out: Unit[] = [];
  let at = 0;
  const plain = (part: string) => {
    if (!part) return;
    if (PRINTABLE_ASCII.test(part)) for (const c of part) out.push({ text: c, width: 1 });
    else for (const g of graphemes(part)) out.push({ text: g, width: graphemeWidth(g) });
  };
  for (const match of text.matchAll(ESCAPE)) {
    plain(text.slice(at, match.index));
    out.push({ text: match[0], width: 0 });
    at = match.index + match[0].length;
  }
  plain(text.slice(at));
  return out;
}
