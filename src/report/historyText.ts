/** Terminal views of history, a comparison and a trend. Return text; the command prints it. */
import { fit, num } from '../text/cells.js';
import { inert, inertAll } from '../text/inert.js';
import { wrap } from '../text/wrap.js';
import { Chalk } from 'chalk';
import type { Comparison } from '../history/compare.js';
import { sparkline, type Trend } from '../history/trend.js';
import type { HistoryEntry } from '../store/history.js';
import { BAND_LABELS } from '../scoring/bands.js';
import type { RenderOptions } from './options.js';

// Saved results are files anyone could have edited: every string read back from one is shown inert.
export function historyText(saved: readonly HistoryEntry[], options: Pick<RenderOptions, 'colorLevel'>): string {
  const c = new Chalk({ level: options.colorLevel });
  const entries = inertAll(saved);
  if (!entries.length)
    return 'No saved results yet. Take an assessment with `leadlens take <bank>`; results are saved unless you pass --no-save.\n';
  const lines = [c.bold(`  #  ${'date'.padEnd(16)}  ${'bank'.padEnd(18)}  ${'respondent'.padEnd(16)}  overall`)];
  // Newest first, numbered so `leadlens compare 2 1` can name them.
  [...entries].reverse().forEach((e, i) => {
    const r = e.result;
    const when = r.completedAt.slice(0, 16).replace('T', ' ');
    const overall = r.overall.score === null ? '–' : `${r.overall.score} ${BAND_LABELS[r.overall.band]}`;
    lines.push(
      `${String(i + 1).padStart(3)}  ${when}  ${fit(r.feedback360 ? `${r.bank.id} 360` : r.bank.id, 18)}  ${fit(r.respondent ?? '(self)', 16)}  ${overall}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

export function compareText(comparison: Comparison, options: Pick<RenderOptions, 'colorLevel' | 'width'>): string {
  const c = new Chalk({ level: options.colorLevel });
  const cmp = inertAll(comparison);
  // Notes are wrapped to the screen, each line coloured on its own.
  const note = (paint: (text: string) => string, text: string) =>
    lines.push(...wrap(text, Math.min(options.width, 100)).map((line) => paint(line)));
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
  const label = Math.min(36, Math.max(9, ...cmp.dimensions.map((d) => d.title.length)));
  const lines = [
    c.bold(`${cmp.bank}: ${cmp.before.completedAt.slice(0, 10)} → ${cmp.after.completedAt.slice(0, 10)}${who}`),
    '',
  ];
  lines.push(c.bold(`  ${'Dimension'.padEnd(label)}  before  after  change`));
  for (const d of cmp.dimensions)
    lines.push(`  ${fit(d.title, label)}  ${num(d.before).padStart(6)}  ${num(d.after).padStart(5)}  ${arrow(d)}`);
  lines.push(
    `  ${c.bold('Overall'.padEnd(label))}  ${num(cmp.overall.before).padStart(6)}  ${num(cmp.overall.after).padStart(5)}  ${arrow(cmp.overall)}`,
    '',
  );
  const titleOf = (id: string) => cmp.dimensions.find((d) => d.id === id)?.title ?? id;
  const plan: string[] = [];
  if (cmp.plan.added.length) plan.push(`new focus: ${cmp.plan.added.map(titleOf).join('; ')}`);
  if (cmp.plan.dropped.length) plan.push(`no longer a focus: ${cmp.plan.dropped.map(titleOf).join('; ')}`);
  if (cmp.plan.kept.length) plan.push(`still a focus: ${cmp.plan.kept.map(titleOf).join('; ')}`);
  if (plan.length) lines.push(`Plan: ${plan.join('. ')}.`);
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
  options: Pick<RenderOptions, 'colorLevel'>,
): string {
  const c = new Chalk({ level: options.colorLevel });
  const t = inertAll(series);
  const n = t.dates.length;
  const span = `${t.dates[0]!.slice(0, 10)} to ${t.dates[n - 1]!.slice(0, 10)}`;
  const label = Math.min(36, Math.max(9, ...t.dimensions.map((d) => d.title.length)));
  const lines = [
    c.bold(`${t.bank}${respondent ? ` — ${inert(respondent)}` : ''}: ${n} result${n > 1 ? 's' : ''}, ${span}`),
    '',
  ];
  const row = (title: string, scores: (number | null)[], bold = false) => {
    const known = scores.filter((s): s is number => s !== null);
    const ends = known.length ? `${known[0]} → ${known.at(-1)}` : '–';
    lines.push(
      `  ${bold ? c.bold(fit(title, label)) : fit(title, label)}  ${c.cyan(sparkline(scores).padEnd(Math.max(n, 8)))}  ${ends}`,
    );
  };
  for (const d of t.dimensions) row(d.title, d.scores);
  row('Overall', t.overall, true);
  lines.push('', c.gray('  Each bar is one result, oldest first; its height is the score (0–100).'));
  if (t.otherVersions) {
    lines.push(
      c.gray(
        `  ${t.otherVersions} earlier result${t.otherVersions > 1 ? 's' : ''} answered another version of the questions and ${t.otherVersions > 1 ? 'are' : 'is'} left out.`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
