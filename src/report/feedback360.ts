/** The "self and others" part of a 360 report, in each human-readable format. */
import { fit, num, padStart, truncate } from '../text/cells.js';
import { inert } from '../text/inert.js';
import type { ChalkInstance } from 'chalk';
import type { DimensionFeedback, Feedback360, GapKind } from '../feedback360/assess.js';
import { html as esc, markdown as md } from '../text/escape.js';
import { hang } from '../text/wrap.js';
import { displayWidth } from '../text/width.js';

export const KIND_LABELS: Record<GapKind, string> = {
  'blind-spot': 'blind spot',
  'hidden-strength': 'hidden strength',
  aligned: 'aligned',
  insufficient: 'not enough answers',
};

const signed = (gap: number | null) => (gap === null ? '–' : `${gap > 0 ? '+' : ''}${gap}`);

/** "12 observers: manager 3, peer 4; 2 folded into others" */
export function observersLine(f: Feedback360): string {
  const groups = f.groups.map((g) => `${inert(g.name)} ${g.n}`).join(', ');
  const folded = f.folded
    ? `; ${f.folded} counted in "others" only, so that no group under ${f.rules.minGroup} can be told apart`
    : '';
  if (f.withheld) return `Observers' view withheld: ${f.withheld}. The scores are your own.`;
  return `${f.observers} observer${f.observers === 1 ? '' : 's'}${groups ? `: ${groups}` : ''}${folded}`;
}

export function rulesLine(f: Feedback360): string {
  const points = `${f.rules.gap} point${f.rules.gap === 1 ? '' : 's'}`;
  return `Scores are the observers' view; self, others and the gap are all on the 0–100 score scale. A blind spot is self at least ${points} above others; a hidden strength, others at least ${points} above self.`;
}

// The number columns of the self-and-others table, after the label: self, others, gap (a gap is at most
// four characters, "+100"; the fifth column is given up when the table is stacked, to fit 40 columns).
const numberColumns = (self: string, others: string, gap: string, stacked: boolean) =>
  `${self.padStart(4)}  ${others.padStart(6)}  ${gap.padStart(stacked ? 4 : 5)}`;

export function feedbackText(f: Feedback360, c: ChalkInstance, width: number): string[] {
  const tone = (d: DimensionFeedback) =>
    d.kind === 'blind-spot' ? c.yellow : d.kind === 'hidden-strength' ? c.green : c.gray;
  const titles = f.dimensions.map((d) => displayWidth(d.title));
  const widest = Math.min(30, Math.max(9, ...titles));
  const kindWidth = Math.max(...f.dimensions.map((d) => displayWidth(KIND_LABELS[d.kind])));
  // Room for the label beside the indent, the numbers (19 columns) and the kind, two spaces apart.
  const room = width - 2 - 2 - 19 - 2 - kindWidth;
  // Too narrow for a label column: each title on a line of its own, its numbers under it.
  const stacked = room < Math.min(12, widest);
  const label = stacked ? 0 : Math.min(widest, room);
  const lead = (title: string) => (stacked ? '' : `${fit(title, label)}  `);
  const lines = [c.bold('Self and others'), ...hang(observersLine(f), width, '  ').map((l) => c.gray(l)), ''];
  lines.push(c.bold(`  ${lead('Dimension')}${numberColumns('self', 'others', 'gap', stacked)}`));
  for (const d of f.dimensions) {
    if (stacked) lines.push(`  ${truncate(d.title, width - 2)}`);
    lines.push(
      `  ${lead(d.title)}${numberColumns(num(d.self.score), num(d.others.score), signed(d.gap), stacked)}  ${tone(d)(KIND_LABELS[d.kind])}`,
    );
  }
  if (f.groups.length) lines.push('', ...groupLines(f, c, width, label || widest));
  lines.push('', ...hang(rulesLine(f), width, '  ').map((l) => c.gray(l)), '');
  return lines;
}

/** Each shown group's score by dimension: a table where it fits, else a line of groups under each title. */
function groupLines(f: Feedback360, c: ChalkInstance, width: number, labelWidth: number): string[] {
  const names = f.groups.map((g) => truncate(inert(g.name), 10));
  const column = Math.max(4, ...names.map(displayWidth));
  const scoreOf = (d: DimensionFeedback, name: string) => num(d.groups[name]?.score ?? null);
  const table = f.groups.length * (column + 1) - 1;
  const label = Math.min(labelWidth, width - 2 - 2 - table);
  if (label >= Math.min(12, labelWidth)) {
    const lines = [c.bold(`  ${fit('By group', label)}  ${names.map((n) => padStart(n, column)).join(' ')}`)];
    for (const d of f.dimensions)
      lines.push(`  ${fit(d.title, label)}  ${f.groups.map((g) => scoreOf(d, g.name).padStart(column)).join(' ')}`);
    return lines;
  }
  const lines = [c.bold('  By group')];
  for (const d of f.dimensions)
    lines.push(
      `  ${truncate(d.title, width - 2)}`,
      ...hang(f.groups.map((g, i) => `${names[i]} ${scoreOf(d, g.name)}`).join(', '), width, '    '),
    );
  return lines;
}

export function feedbackMarkdown(f: Feedback360): string[] {
  const out = ['### Self and others', '', md(observersLine(f)), ''];
  out.push(
    `| Dimension | Self | Others | ${f.groups.map((g) => `${md(g.name)} (${g.n})`).join(' | ')}${f.groups.length ? ' | ' : ''}Gap | |`,
  );
  out.push(`| --- | ---: | ---: |${' ---: |'.repeat(f.groups.length)} ---: | --- |`);
  for (const d of f.dimensions) {
    const groups = f.groups.map((g) => num(d.groups[g.name]?.score ?? null)).join(' | ');
    out.push(
      `| ${md(d.title)} | ${num(d.self.score)} | ${num(d.others.score)} | ${groups}${f.groups.length ? ' | ' : ''}${signed(d.gap)} | ${KIND_LABELS[d.kind]} |`,
    );
  }
  out.push('', `*${md(rulesLine(f))}*`, '');
  return out;
}

export function feedbackHtml(f: Feedback360): string {
  const out = [
    '<h2>Self and others</h2>',
    `<p class="muted">${esc(observersLine(f))}</p>`,
    '<table><thead><tr><th>Dimension</th><th class="num">Self</th><th class="num">Others</th>',
  ];
  for (const g of f.groups) out.push(`<th class="num">${esc(g.name)} (${g.n})</th>`);
  out.push('<th class="num">Gap</th><th></th></tr></thead><tbody>');
  for (const d of f.dimensions) {
    const groups = f.groups.map((g) => `<td class="num">${num(d.groups[g.name]?.score ?? null)}</td>`).join('');
    const tone = d.kind === 'blind-spot' ? 'development' : d.kind === 'hidden-strength' ? 'strength' : 'insufficient';
    out.push(
      `<tr><td>${esc(d.title)}</td><td class="num">${num(d.self.score)}</td><td class="num">${num(d.others.score)}</td>${groups}<td class="num">${signed(d.gap)}</td><td><span class="band ${tone}">${esc(KIND_LABELS[d.kind])}</span></td></tr>`,
    );
  }
  out.push('</tbody></table>', `<p class="muted">${esc(rulesLine(f))}</p>`);
  return out.join('\n');
}
