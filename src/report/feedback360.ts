/** The "self and others" part of a 360 report, in each human-readable format. */
import { fit, num } from '../text/cells.js';
import { inert } from '../text/inert.js';
import type { ChalkInstance } from 'chalk';
import type { DimensionFeedback, Feedback360, GapKind } from '../feedback360/assess.js';
import { html as esc, markdown as md } from '../text/escape.js';
import { hang } from '../text/wrap.js';

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

export function feedbackText(f: Feedback360, c: ChalkInstance, width: number): string[] {
  const label = Math.min(30, Math.max(9, ...f.dimensions.map((d) => d.title.length)));
  const tone = (d: DimensionFeedback) =>
    d.kind === 'blind-spot' ? c.yellow : d.kind === 'hidden-strength' ? c.green : c.gray;
  const lines = [c.bold('Self and others'), ...hang(observersLine(f), width, '  ').map((l) => c.gray(l)), ''];
  lines.push(c.bold(`  ${'Dimension'.padEnd(label)}  self  others    gap`));
  for (const d of f.dimensions) {
    lines.push(
      `  ${fit(d.title, label)}  ${num(d.self.score).padStart(4)}  ${num(d.others.score).padStart(6)}  ${signed(d.gap).padStart(5)}  ${tone(d)(KIND_LABELS[d.kind])}`,
    );
  }
  if (f.groups.length) {
    const names = f.groups.map((g) => inert(g.name.length > 10 ? `${g.name.slice(0, 9)}…` : g.name));
    lines.push('', c.bold(`  ${'By group'.padEnd(label)}  ${names.map((n) => n.padStart(10)).join(' ')}`));
    for (const d of f.dimensions)
      lines.push(
        `  ${fit(d.title, label)}  ${f.groups.map((g) => num(d.groups[g.name]?.score ?? null).padStart(10)).join(' ')}`,
      );
  }
  lines.push('', ...hang(rulesLine(f), width, '  ').map((l) => c.gray(l)), '');
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
