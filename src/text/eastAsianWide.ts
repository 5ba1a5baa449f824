/**
 * Code points a terminal draws two columns wide: Unicode's East Asian Wide and Fullwidth ranges
 * (EastAsianWidth.txt, W and F), with neighbouring blocks merged where the gap between them is
 * unassigned. Emoji are left to the emoji properties in width.ts, because their blocks mix wide
 * pictographs with narrow symbols that only turn wide with a variation selector.
 */
// prettier-ignore
const WIDE: readonly number[] = [
  0x1100, 0x115f, // Hangul Jamo leading consonants
  0x2329, 0x232a, // angle brackets
  0x2e80, 0x303e, // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
  0x3041, 0x33ff, // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed and compatibility
  0x3400, 0x4dbf, // CJK Unified Ideographs Extension A
  0x4e00, 0x9fff, // CJK Unified Ideographs
  0xa000, 0xa4cf, // Yi
  0xa960, 0xa97f, // Hangul Jamo Extended-A
  0xac00, 0xd7a3, // Hangul syllables
  0xf900, 0xfaff, // CJK Compatibility Ideographs
  0xfe10, 0xfe19, // vertical forms
  0xfe30, 0xfe6f, // CJK compatibility forms, small form variants
  0xff00, 0xff60, // fullwidth forms
  0xffe0, 0xffe6, // fullwidth signs
  0x16fe0, 0x16fe4, // ideographic symbols and punctuation
  0x16ff0, 0x16ff1,
  0x17000, 0x18cff, // Tangut, Khitan
  0x18d00, 0x18d08,
  0x1aff0, 0x1b2ff, // Kana extended and supplement, Nushu
  0x1f200, 0x1f202, // enclosed ideographic supplement
  0x1f210, 0x1f23b,
  0x1f240, 0x1f248,
  0x1f250, 0x1f251,
  0x1f260, 0x1f265,
  0x20000, 0x2fffd, // CJK Unified Ideographs Extensions B–F, compatibility supplement
  0x30000, 0x3fffd, // Extensions G and H
];

/** Whether a code point is East Asian Wide or Fullwidth. */
export function isEastAsianWide(code: number): boolean {
  if (code < WIDE[0]!) return false;
  // Binary search over [start, end] pairs.
  let low = 0;
  let high = WIDE.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (code < WIDE[mid * 2]!) high = mid - 1;
    else if (code > WIDE[mid * 2 + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}
