/** Terminal views of history, a comparison and a trend. Return text; the command prints it. */
import { fit, num, padEnd, truncate } from '../text/cells.js';
import { displayWidth } from '../text/width.js';
import { inert, inertAll } from '../text/inert.js';
import { hang, wrap } from '../text/wrap.js';
import { Chalk } from 'chalk';
import type { Comparison } from '../history/compare.js';
import { sparkline, type Trend } from '../history/trend.js';
import type { HistoryEntry } from '../store/history.js';
import { BAND_LABELS } from '../scoring/bands.js';
import type { RenderOptions } from './options.js';

// Saved results are files anyone could have edited: every string read back from one is shown inert.
export function historyText(
  saved: readonly HistoryEntry[],
  options: Pick<RenderOptions, 'colorLevel' | 'width'>,
): string {
  const c = new Chalk({ level: options.colorLevel });
  const width = Math.max(40, options.width);
  const entries = inertAll(saved);
  if (!entries.length)
    return `${wrap('No saved results yet. Take an assessment with `leadlens take <bank>`; results are saved unless you pass --no-save.', width).join('\n')}\n`;
  // Newest first, numbered so `leadlens compare 2 1` can name them.
  const rows = [...entries].reverse().map((e, i) => {
    const r = e.result;
    return {
      number: String(i + 1).padStart(3),
      when: r.completedAt.slice(0, 16).replace('T', ' '),
      bank: r.feedback360 ? `${r.bank.id} 360` : r.bank.id,
      who: r.respondent ?? '(self)',
      overall: r.overall.score === null ? '–' : `${r.overall.score} ${BAND_LABELS[r.overall.band]}`,
    };
  });
  const overall = Math.max(...rows.map((r) => displayWidth(r.overall)));
  // Bank and respondent columns of 18 and 16, else as wide as what they hold, else cut; two spaces apart.
  const fixed = 3 + 2 + 16 + 2 + 18 + 2 + 16 + 2 + overall <= width;
  const fitted = (values: string[], heading: string, max: number) =>
    fixed ? max : Math.min(max, Math.max(heading.length, ...values.map(displayWidth)));
  const bank = fitted(
    rows.map((r) => r.bank),
    'bank',
    18,
  );
  const who = fitted(
    rows.map((r) => r.who),
    'respondent',
    16,
  );
  // On a narrow screen the respondent and overall go on a second line, under the bank.
  if (3 + 2 + 16 + 2 + bank + 2 + who + 2 + overall <= width) {
    const lines = [c.bold(`  #  ${'date'.padEnd(16)}  ${padEnd('bank', bank)}  ${padEnd('respondent', who)}  overall`)];
    for (const r of rows) lines.push(`${r.number}  ${r.when}  ${fit(r.bank, bank)}  ${fit(r.who, who)}  ${r.overall}`);
    return `${lines.join('\n')}\n`;
  }
  const lines = [c.bold(`  #  ${'date'.padEnd(16)}  bank`), c.bold(`     respondent · overall`)];
  for (const r of rows)
    lines.push(
      `${r.number}  ${r.when}  ${truncate(r.bank, width - 23)}`,
      `     ${truncate(r.who, width - 5 - 3 - displayWidth(r.overall))} · ${r.overall}`,
    );
  return `${lines.join('\n')}\n`;
}

export function compareText(comparison: Comparison, options: Pick<RenderOptions, 'colorLevel' | 'width'>): string {
  const c = new Chalk({ level: options.colorLevel });
  const width = Math.max(40, Math.min(options.width, 100));
  const cmp = inertAll(comparison);
  // Notes are wrapped to the screen, each line coloured on its own.
  const note = (paint: (text: string) => string, text: string) =>
    lines.push(...wrap(text, width).map((line) => paint(line)));
  const arrow = (d: Comparison['overall']) =>
    cmp.questionsChanged
      ? c.gray('  —')
      : d.change === null
        ? c.gray('  n/a')
        : d.direction === 'up'
          ? c.green(`▲ +${d.change}`)
          : d.direction === 'down'
            ? c.yellow(`▼ ${d.change}`)
            : c.gray(`= ${d.change > 0 ? '+' : ''}${d.change}`);
  const who = cmp.after.respondent ? ` (${cmp.after.respondent})` : '';
  // Beside the label: before (6), after (5) and the change (up to 6, "▲ +100"), two spaces apart.
  const label = Math.min(36, Math.max(9, ...cmp.dimensions.map((d) => displayWidth(d.title))), width - 25);
  const lines = [
    ...wrap(
      `${cmp.bank}: ${cmp.before.completedAt.slice(0, 10)} → ${cmp.after.completedAt.slice(0, 10)}${who}`,
      width,
    ).map((l) => c.bold(l)),
    '',
  ];
  lines.push(c.bold(`  ${padEnd('Dimension', label)}  before  after  change`));
  for (const d of cmp.dimensions)
    lines.push(`  ${fit(d.title, label)}  ${num(d.before).padStart(6)}  ${num(d.after).padStart(5)}  ${arrow(d)}`);
  lines.push(
    `  ${c.bold(padEnd('Overall', label))}  ${num(cmp.overall.before).padStart(6)}  ${num(cmp.overall.after).padStart(5)}  ${arrow(cmp.overall)}`,
    '',
  );
  const titleOf = (id: string) => cmp.dimensions.find((d) => d.id === id)?.title ?? id;
  const plan: string[] = [];
  if (cmp.plan.added.length) plan.push(`new focus: ${cmp.plan.added.map(titleOf).join('; ')}`);
  if (cmp.plan.dropped.length) plan.push(`no longer a focus: ${cmp.plan.dropped.map(titleOf).join('; ')}`);
  if (cmp.plan.kept.length) plan.push(`still a focus: ${cmp.plan.kept.map(titleOf).join('; ')}`);
  if (plan.length) lines.push(...wrap(`Plan: ${plan.join('. ')}.`, width));
  if (cmp.questionsChanged) {
    note(
      c.yellow,
      `The questions changed between v${cmp.before.bankVersion} and v${cmp.after.bankVersion}, so these scores are not comparable: a difference says nothing about progress. Take v${cmp.after.bankVersion} again later to measure change.`,
    );
  } else if (cmp.onlyBefore.length || cmp.onlyAfter.length || cmp.before.bankVersion !== cmp.after.bankVersion) {
    const parts = [
      `The bank changed (v${cmp.before.bankVersion} → v${cmp.after.bankVersion}); compared on the ${cmp.dimensions.length} dimensions both results have.`,
    ];
    if (cmp.onlyBefore.length) parts.push(`Only in the earlier result: ${cmp.onlyBefore.join(', ')}.`);
    if (cmp.onlyAfter.length) parts.push(`Only in the later result: ${cmp.onlyAfter.join(', ')}.`);
    note(c.gray, `Note: ${parts.join(' ')}`);
  }
  if (!cmp.questionsChanged && cmp.step !== null)
    note(
      c.gray,
      `Steady (=) means a change no bigger than one answer moving one step, which moves ${cmp.dimensions.every((d) => d.step === null || d.step === cmp.step) ? 'each dimension' : 'most dimensions'} here about ${cmp.step} points.`,
    );
  return `${lines.join('\n')}\n`;
}

export function trendText(
  series: Trend,
  respondent: string | null,
  options: Pick<RenderOptions, 'colorLevel' | 'width'>,
): string {
  const c = new Chalk({ level: options.colorLevel });
  const width = Math.max(40, Math.min(options.width, 100));
  const t = inertAll(series);
  const n = t.dates.length;
  const span = `${t.dates[0]!.slice(0, 10)} to ${t.dates[n - 1]!.slice(0, 10)}`;
  const ends = (scores: (number | null)[]) => {
    const known = scores.filter((s): s is number => s !== null);
    return known.length ? `${known[0]} → ${known.at(-1)}` : '–';
  };
  const endsWidth = Math.max(...[...t.dimensions.map((d) => d.scores), t.overall].map((s) => ends(s).length));
  // One bar per result; when they do not all fit, the latest that do, after an ellipsis.
  const shown = Math.min(n, width - 2 - 2 - endsWidth - 1);
  const spark = Math.max(shown + (shown < n ? 1 : 0), 8);
  const widest = Math.min(36, Math.max(9, ...t.dimensions.map((d) => displayWidth(d.title))));
  const room = width - 2 - 2 - spark - 2 - endsWidth;
  // Too narrow for a label column: each title on a line of its own, its sparkline under it.
  const stacked = room < Math.min(12, widest);
  const label = Math.min(widest, room);
  const lines = [
    ...wrap(
      `${t.bank}${respondent ? ` — ${inert(respondent)}` : ''}: ${n} result${n > 1 ? 's' : ''}, ${span}`,
      width,
    ).map((l) => c.bold(l)),
    '',
  ];
  const row = (title: string, scores: (number | null)[], bold = false) => {
    const paint = (text: string) => (bold ? c.bold(text) : text);
    const line = sparkline(scores.slice(n - shown));
    const graph = c.cyan(`${shown < n ? '…' : ''}${line}`.padEnd(spark));
    if (stacked) lines.push(`  ${paint(truncate(title, width - 2))}`, `  ${graph}  ${ends(scores)}`);
    else lines.push(`  ${paint(fit(title, label))}  ${graph}  ${ends(scores)}`);
  };
  for (const d of t.dimensions) row(d.title, d.scores);
  row('Overall', t.overall, true);
  const note = (text: string) => lines.push(...hang(text, width, '  ').map((l) => c.gray(l)));
  lines.push('');
  note(
    `Each bar is one result, oldest first; its height is the score (0–100).${shown < n ? ` The ${shown} latest are shown.` : ''}`,
  );
  if (t.otherVersions) {
    note(
      `${t.otherVersions} earlier result${t.otherVersions > 1 ? 's' : ''} answered another version of the questions and ${t.otherVersions > 1 ? 'are' : 'is'} left out.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
