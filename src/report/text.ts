/** The terminal report: bars, bands, then the plan. Returns text; the caller decides where it goes. */
import { inert } from '../text/inert.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { AssessmentResult } from '../result.js';
import { BAND_LABELS, type DimensionBand } from '../scoring/bands.js';
import { bar } from '../text/bar.js';
import { hang, wrap } from '../text/wrap.js';
import { feedbackText, has360 } from './feedback360.js';
import { ACTION_LABELS, AUDIENCE_LABELS, PHASE_LABELS } from './labels.js';
import type { RenderOptions } from './options.js';

const LABEL_MAX = 40;

function bandColor(c: ChalkInstance, band: DimensionBand): ChalkInstance {
  return { strength: c.green, solid: c.cyan, development: c.yellow, insufficient: c.gray }[band];
}

function scoreLines(result: AssessmentResult, c: ChalkInstance, width: number): string[] {
  const labelWidth = Math.min(LABEL_MAX, Math.max(7, ...result.dimensions.map((d) => d.title.length)));
  // Room left for the bar after indent, label, score and the longest band name.
  const barWidth = Math.max(8, Math.min(24, width - 2 - labelWidth - 1 - 2 - 3 - 2 - 16));
  const lines: string[] = [];
  for (const d of result.dimensions) {
    const title = wrap(d.title, labelWidth);
    const tint = bandColor(c, d.band);
    const graph = d.score === null ? c.gray('·'.repeat(barWidth)) : tint(bar(d.score, barWidth));
    const value = d.score === null ? '  –' : String(d.score).padStart(3);
    title.forEach((part, i) => {
      const label = part.padEnd(labelWidth);
      lines.push(i === 0 ? `  ${label} ${graph}  ${c.bold(value)}  ${tint(BAND_LABELS[d.band])}` : `  ${part}`);
    });
  }
  const overall = result.overall;
  const overallValue = overall.score === null ? '  –' : String(overall.score).padStart(3);
  lines.push(`  ${c.bold('Overall'.padEnd(labelWidth))} ${' '.repeat(barWidth)}  ${c.bold(overallValue)}  ${bandColor(c, overall.band)(BAND_LABELS[overall.band])}`);
  return lines;
}

function titlesOf(result: AssessmentResult, ids: string[]): string {
  return ids.map((id) => result.dimensions.find((d) => d.id === id)?.title ?? id).join('; ');
}

function planLines(result: AssessmentResult, c: ChalkInstance, width: number): string[] {
  const lines: string[] = [];
  const { focus, keep } = result.plan;
  lines.push(c.bold('Your 90-day plan'), '');
  if (focus.length === 0) {
    lines.push(...hang('Every dimension scored as a strength. Choose the one you most want to stretch, and ask a customer where you could still do better.', width, '  '), '');
  }
  focus.forEach((area, index) => {
    const score = area.score === null ? '' : ` (${area.score}, ${BAND_LABELS[area.band]})`;
    lines.push(...hang(`${c.bold(area.title)}${score}`, width, `${index + 1}. `));
    lines.push(...hang(area.goal, width, `   ${c.bold('Goal:')} `, '         '));
    for (const e of area.evidence) {
      lines.push(...hang(`You said "${e.label.toLowerCase()}" to: ${e.text}`, width, '   • ', '     '));
      if (e.action) lines.push(...hang(e.action, width, `     ${c.bold('Try:')} `, '          '));
    }
    for (const step of area.steps) {
      lines.push(...hang(`${ACTION_LABELS[step.type]}: ${step.text}`, width, `   ${c.cyan(PHASE_LABELS[step.when].padEnd(12))}`, ' '.repeat(15)));
    }
    lines.push(`   ${c.bold('Ask for feedback')}`);
    for (const prompt of area.feedback) lines.push(...hang(`${AUDIENCE_LABELS[prompt.to]}: "${prompt.ask}"`, width, '   • ', '     '));
    lines.push(...hang(area.checkIn, width, `   ${c.bold('Weekly check-in:')} `, '   '));
    lines.push('');
  });
  if (keep.length) {
    lines.push(c.bold('Keep doing'), '');
    for (const area of keep) {
      lines.push(...hang(`${c.bold(area.title)}${area.score === null ? '' : ` (${area.score})`}: ${area.keepDoing}`, width, '  • ', '    '));
      lines.push(...hang(`Recognise it in others: ${area.recognition}`, width, '    '));
    }
    lines.push('');
  }
  return lines;
}

function renderOne(result: AssessmentResult, options: RenderOptions): string {
  const c = new Chalk({ level: options.colorLevel });
  const width = Math.max(40, options.width);
  const date = result.completedAt.slice(0, 10);
  const who = result.respondent ? `${inert(result.respondent)} · ` : '';
  const lines: string[] = [c.bold(result.bank.title), c.gray(`${who}${date} · ${result.bank.id} v${result.bank.version}`), ''];
  if (has360(result)) lines.push(...hang(`360 feedback: the scores are what ${result.feedback360.observers} observers said; your own view is under "Self and others".`, width, '').map((l) => c.gray(l)), '');
  lines.push(...scoreLines(result, c, width), '');
  if (result.strengths.length) lines.push(...hang(titlesOf(result, result.strengths), width, `${c.green('Strengths:')} `, '  '));
  if (result.developmentAreas.length) lines.push(...hang(titlesOf(result, result.developmentAreas), width, `${c.yellow('Development areas:')} `, '  '));
  const insufficient = result.dimensions.filter((d) => d.band === 'insufficient');
  if (insufficient.length) {
    lines.push(...hang(`${insufficient.map((d) => `${d.title} (${d.answered} of ${d.total} answered)`).join('; ')} — fewer than half the questions answered, so not scored.`, width, `${c.gray('Not scored:')} `, '  '));
  }
  const notApplicable = result.dimensions.filter((d) => d.notApplicable);
  if (notApplicable.length) {
    lines.push(...hang(`${notApplicable.map((d) => `${d.title} (${d.notApplicable} of ${d.total})`).join('; ')} — left out of the score.`, width, `${c.gray('Does not apply:')} `, '  '));
  }
  if (has360(result)) lines.push('', ...feedbackText(result.feedback360, c, width));
  lines.push('', ...planLines(result, c, width));
  if (result.reflections.length) {
    lines.push(c.bold('Your reflections'), '');
    for (const r of result.reflections) {
      lines.push(...hang(r.question, width, '  '), ...hang(inert(r.answer), width, '  > ', '    '), '');
    }
  }
  const { source } = result.bank;
  lines.push(...wrap(`Based on "${source.title}"${source.author ? `, ${source.author}` : ''}. ${source.note}`, width).map((l) => c.gray(l)));
  return `${lines.join('\n')}\n`;
}

export function renderText(results: readonly AssessmentResult[], options: RenderOptions): string {
  return results.map((r) => renderOne(r, options)).join(`\n${'─'.repeat(Math.min(options.width, 80))}\n\n`);
}
