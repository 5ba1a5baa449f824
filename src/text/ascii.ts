/**
 * What leadlens draws (bars, arrows, marks, dashes), in ASCII: plain mode is for screen readers and
 * simple terminals, where "full block" or "black square" is read aloud or shown as a box. Letters in
 * the user's own text (é, 日本) are left alone.
 */
const SPARKS = ' ▁▂▃▄▅▆▇';
const ASCII: [RegExp, string | ((found: string) => string)][] = [
  [/█/g, '#'],
  [/■/g, '#'],
  [/░/g, '-'],
  [/[·•]/g, '.'],
  [/←/g, '<-'],
  [/→/g, '->'],
  [/▲/g, '^'],
  [/▼/g, 'v'],
  [/[✔✓]/g, 'ok'],
  [/❯/g, '>'],
  [/…/g, '...'],
  [/[—–]/g, '-'],
  [/[“”]/g, '"'],
  [/[‘’]/g, "'"],
  // A sparkline's heights as digits 1 to 7.
  [/[▁▂▃▄▅▆▇]/g, (spark) => String(SPARKS.indexOf(spark))],
  [/±/g, '+/-'],
  [/×/g, 'x'],
  [/[≥]/g, '>='],
  [/[≤]/g, '<='],
];

export function ascii(text: string): string {
  return ASCII.reduce((t, [from, to]) => (typeof to === 'string' ? t.replace(from, to) : t.replace(from, to)), text);
}
