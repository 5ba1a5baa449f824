/**
 * The terminal report. The first screen holds what a leader acts on: the scores of every bank,
 * the overall picture and the focus areas, one line each; then the full plan; then the detail.
 * Returns text; the caller decides where it goes.
 */
import { inert } from '../text/inert.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { FocusArea, Plan } from '../plan/plan.js';
import type { AssessmentResult, Session } from '../result.js';
import { BAND_LABELS, type DimensionBand } from '../scoring/bands.js';
import { bar } from '../text/bar.js';
import { fit, truncate } from '../text/cells.js';
import { displayWidth } from '../text/width.js';
import { hang, wrap } from '../text/wrap.js';
import { feedbackText } from './feedback360.js';
import { ACTION_LABELS, areaTitle, AUDIENCE_LABELS, PHASE_LABELS, precisionText } from './labels.js';
import type { RenderOptions } from './options.js';

// Longer labels are cut even on a wide screen, so that each bar stays near its label.
const LABEL_MAX = 50;
const BAR_MAX = 24;
// Narrower than these, a row's label goes on a line of its own, above its bar.
const BAR_MIN = 8;
const LABEL_MIN = 18;

function bandColor(c: ChalkInstance, band: DimensionBand): ChalkInstance {
  return { strength: c.green, solid: c.cyan, development: c.yellow, insufficient: c.gray }[band];
}

interface Row {
  label: string;
  score: number | null;
  band: DimensionBand;
  bold?: boolean;
}

/**
 * Label, bar, score and band, one row each, sized to the width: the bar shrinks first, then the
 * label is cut with an ellipsis; the band's words are never split. When even that leaves too little
 * room (40 columns, a long band name), each label takes the line above its bar.
 */
function scoreRows(rows: readonly Row[], c: ChalkInstance, width: number, indent = '  '): string[] {
  const bandWidth = Math.max(...rows.map((r) => displayWidth(BAND_LABELS[r.band])));
  // Columns after the label: a space, the bar, two spaces, a three-digit score, two spaces, the band.
  const room = width - indent.length - 1 - 2 - 3 - 2 - bandWidth;
  const widest = Math.min(LABEL_MAX, Math.max(7, ...rows.map((r) => displayWidth(r.label))));
  const stacked = room - BAR_MIN < Math.min(LABEL_MIN, widest);
  const labelWidth = stacked ? 0 : Math.min(widest, room - BAR_MIN);
  const barWidth = Math.min(BAR_MAX, stacked ? room + 1 : room - labelWidth);
  const lines: string[] = [];
  for (const r of rows) {
    const tint = bandColor(c, r.band);
    const graph = r.score === null ? c.gray('·'.repeat(barWidth)) : tint(bar(r.score, barWidth));
    const value = r.score === null ? '  –' : String(r.score).padStart(3);
    const label = stacked ? truncate(r.label, width - indent.length) : fit(r.label, labelWidth);
    const shown = r.bold ? c.bold(label) : label;
    const rest = `${graph}  ${c.bold(value)}  ${tint(BAND_LABELS[r.band])}`;
    if (stacked) lines.push(`${indent}${shown}`, `${indent}${rest}`);
    else lines.push(`${indent}${shown} ${rest}`);
  }
  return lines;
}

function dimensionRows(result: AssessmentResult): Row[] {
  return [
    ...result.dimensions.map((d) => ({ label: d.title, score: d.score, band: d.band })),
    { label: 'Overall', score: result.overall.score, band: result.overall.band, bold: true },
  ];
}

/** Dimensions not scored, and "does not apply" answers: said once, under the scores. */
function scoreNotes(result: AssessmentResult, c: ChalkInstance, width: number): string[] {
  const lines: string[] = [];
  const insufficient = result.dimensions.filter((d) => d.band === 'insufficient');
  if (insufficient.length) {
    lines.push(
      ...hang(
        `${insufficient.map((d) => `${d.title} (${d.answered} of ${d.total} answered)`).join('; ')} — fewer than half the questions answered, so not scored.`,
        width,
        `${c.gray('Not scored:')} `,
        '  ',
      ),
    );
  }
  const notApplicable = result.dimensions.filter((d) => d.notApplicable);
  if (notApplicable.length) {
    lines.push(
      ...hang(
        `${notApplicable.map((d) => `${d.title} (${d.notApplicable} of ${d.total})`).join('; ')} — left out of the score.`,
        width,
        `${c.gray('Does not apply:')} `,
        '  ',
      ),
    );
  }
  return lines;
}

/** The focus areas as one line each, with this week's first step: what fits on the first screen. */
function focusSummary(session: Session, c: ChalkInstance, width: number): string[] {
  const { focus } = session.plan;
  if (!focus.length) return [];
  const lines = [c.bold(`Your focus for the next 90 days`)];
  focus.forEach((area, i) => {
    const score = area.score === null ? '' : ` (${area.score})`;
    lines.push(`${i + 1}. ${fit(`${areaTitle(area, session)}${score}`, width - 3).trimEnd()}`);
    const first = area.steps[0];
    if (first)
      lines.push(
        `   ${c.cyan(PHASE_LABELS[first.when])}: ${fit(first.text, width - 5 - displayWidth(PHASE_LABELS[first.when])).trimEnd()}`,
      );
  });
  return lines;
}

function areaLines(area: FocusArea, index: number, session: Session, c: ChalkInstance, width: number): string[] {
  const lines: string[] = [];
  const score = area.score === null ? '' : ` (${area.score}, ${BAND_LABELS[area.band]})`;
  lines.push(...hang(`${c.bold(areaTitle(area, session))}${score}`, width, `${index + 1}. `));
  lines.push(...hang(area.goal, width, `   ${c.bold('Goal:')} `, '         '));
  if (area.evidence.length) {
    lines.push(`   ${c.bold('Where your answers point')}`);
    for (const e of area.evidence) {
      lines.push(...hang(`You said "${e.label.toLowerCase()}" to: ${e.text}`, width, '   • ', '     '));
      if (e.action) lines.push(...hang(e.action, width, `     ${c.bold('Try:')} `, '          '));
    }
  }
  for (const r of area.reflections) lines.push(...hang(`You wrote: "${inert(r.answer)}"`, width, '   ', '   '));
  for (const step of area.steps) {
    lines.push(
      ...hang(
        `${ACTION_LABELS[step.type]}: ${step.text}`,
        width,
        `   ${c.cyan(PHASE_LABELS[step.when].padEnd(12))}`,
        ' '.repeat(15),
      ),
    );
  }
  if (area.feedback.length) lines.push(`   ${c.bold('Ask for feedback')}`);
  for (const prompt of area.feedback)
    lines.push(...hang(`${AUDIENCE_LABELS[prompt.to]}: "${prompt.ask}"`, width, '   • ', '     '));
  lines.push(...hang(area.checkIn, width, `   ${c.bold('Weekly check-in:')} `, '   '));
  return lines;
}

function planLines(session: Session, c: ChalkInstance, width: number): string[] {
  const plan: Plan = session.plan;
  const lines: string[] = [c.bold('Your 90-day plan'), ''];
  if (plan.focus.length === 0) {
    lines.push(
      ...hang(
        'Every dimension scored as a strength. Choose the one you most want to stretch, and ask a customer where you could still do better.',
        width,
        '  ',
      ),
      '',
    );
  }
  plan.focus.forEach((area, index) => lines.push(...areaLines(area, index, session, c, width), ''));
  if (plan.alsoWorthALook.length) {
    lines.push(c.bold('Also worth a look'));
    for (const a of plan.alsoWorthALook)
      lines.push(...hang(`${areaTitle(a, session)} (${a.score})`, width, '  • ', '    '));
    lines.push('');
  }
  if (plan.keep.length) {
    lines.push(c.bold('Keep doing'));
    for (const area of plan.keep) {
      lines.push(
        ...hang(
          `${c.bold(areaTitle(area, session))}${area.score === null ? '' : ` (${area.score})`}: ${area.keepDoing}`,
          width,
          '  • ',
          '    ',
        ),
      );
      lines.push(...hang(`Recognise it in others: ${area.recognition}`, width, '    '));
    }
    lines.push('');
  }
  if (plan.precision) lines.push(...wrap(precisionText(plan.precision), width).map((l) => c.gray(l)), '');
  return lines;
}

/** Every question with the answer given, by dimension: what a coach debriefs from (`--items`). */
function itemLines(result: AssessmentResult, c: ChalkInstance, width: number): string[] {
  const lines = wrap(`Your answers: ${result.bank.title}`, width).map((l) => c.bold(l));
  for (const d of result.dimensions) {
    lines.push(...hang(d.title, width, '  ').map((l) => c.bold(l)));
    for (const item of result.items.filter((i) => i.dimension === d.id)) {
      lines.push(...hang(`${item.text} ${c.gray(`— ${item.label ?? 'not answered'}`)}`, width, '    • ', '      '));
    }
  }
  return [...lines, ''];
}

function sourceLines(result: AssessmentResult, c: ChalkInstance, width: number): string[] {
  const { source } = result.bank;
  return wrap(`Based on "${source.title}"${source.author ? `, ${source.author}` : ''}. ${source.note}`, width).map(
    (l) => c.gray(l),
  );
}

export function renderText(session: Session, options: RenderOptions): string {
  const c = new Chalk({ level: options.colorLevel });
  const width = Math.max(40, options.width);
  const { results } = session;
  const first = results[0]!;
  const date = first.completedAt.slice(0, 10);
  const who = first.respondent ? `${inert(first.respondent)} · ` : '';
  const single = results.length === 1;
  const bold = (text: string) => wrap(text, width).map((l) => c.bold(l));
  const gray = (text: string) => wrap(text, width).map((l) => c.gray(l));
  const lines: string[] = single
    ? [...bold(first.bank.title), ...gray(`${who}${date} · ${first.bank.id} v${first.bank.version}`), '']
    : [...bold(`Your customer-focus picture: ${results.length} assessments`), ...gray(`${who}${date}`), ''];

  if (single && first.feedback360)
    lines.push(
      ...hang(
        first.feedback360.withheld
          ? `360 feedback: the observers' view is withheld (${first.feedback360.withheld}); the scores are your own.`
          : `360 feedback: the scores are what ${first.feedback360.observers} observers said; your own view is under "Self and others".`,
        width,
        '',
      ).map((l) => c.gray(l)),
      '',
    );
  if (single) {
    lines.push(...scoreRows(dimensionRows(first), c, width), ...scoreNotes(first, c, width), '');
  } else {
    lines.push(
      ...scoreRows(
        results.map((r) => ({ label: r.bank.title, score: r.overall.score, band: r.overall.band })),
        c,
        width,
      ),
    );
    const counts = (['strength', 'solid', 'development'] as const).map(
      (band) => [band, results.flatMap((r) => r.dimensions).filter((d) => d.band === band).length] as const,
    );
    lines.push(
      ...hang(
        `Across them: ${counts.map(([band, n]) => `${n} ${BAND_LABELS[band]}${n === 1 || band === 'solid' ? '' : 's'}`).join(', ')}.`,
        width,
        '  ',
      ).map((l) => c.gray(l)),
      '',
    );
  }
  const summary = focusSummary(session, c, width);
  if (summary.length) lines.push(...summary, '');

  lines.push(...planLines(session, c, width));
  if (single && first.feedback360) lines.push(...feedbackText(first.feedback360, c, width));
  if (!single) {
    lines.push(c.bold('Scores by dimension'), '');
    for (const r of results)
      lines.push(
        ...hang(r.bank.title, width, '  ').map((l) => c.bold(l)),
        ...scoreRows(dimensionRows(r), c, width, '    '),
        ...scoreNotes(r, c, width),
        '',
      );
  }
  if (options.items) for (const r of results) lines.push(...itemLines(r, c, width));

  // Reflections quoted beside a focus area are not repeated here.
  const quoted = new Set(session.plan.focus.flatMap((a) => a.reflections.map((r) => r.answer)));
  const rest = results.flatMap((r) => r.reflections.filter((x) => !quoted.has(x.answer)));
  if (rest.length) {
    lines.push(c.bold('Your reflections'), '');
    for (const r of rest)
      lines.push(...hang(r.question, width, '  '), ...hang(inert(r.answer), width, '  > ', '    '), '');
  }
  for (const r of results) lines.push(...sourceLines(r, c, width));
  return `${lines.join('\n')}\n`;
}
