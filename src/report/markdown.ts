/** Markdown for a CI job summary or a note to a client: scores as a table, then the plan. */
import { num } from '../text/cells.js';
import type { CohortSummary } from '../cohort/summary.js';
import type { FocusArea } from '../plan/plan.js';
import type { AssessmentResult, Session } from '../result.js';
import { BAND_LABELS } from '../scoring/bands.js';
import { describeMiss, judge } from '../scoring/thresholds.js';
import { bar } from '../text/bar.js';
import { markdown as md } from '../text/escape.js';
import { documentCohort, LISTED_RESPONDENTS, type CohortRenderer } from './cohort.js';
import { feedbackMarkdown } from './feedback360.js';
import {
  ACTION_LABELS,
  areaTitle,
  AUDIENCE_LABELS,
  count,
  PHASE_LABELS,
  precisionText,
  statisticsNotes,
} from './labels.js';
import type { RenderOptions } from './options.js';

/** The area's title, escaped for markdown. */
const titleMd = (area: { title: string; bank: string }, session: Session) => md(areaTitle(area, session));

function scoreTable(r: AssessmentResult): string[] {
  const out = ['| Dimension | Score | Band | |', '| --- | ---: | --- | --- |'];
  for (const d of r.dimensions)
    out.push(
      `| ${md(d.title)} | ${num(d.score)} | ${BAND_LABELS[d.band]} | \`${d.score === null ? ' '.repeat(20) : bar(d.score, 20)}\` |`,
    );
  out.push('');
  const notApplicable = r.dimensions.filter((d) => d.notApplicable);
  if (notApplicable.length)
    out.push(
      `**Does not apply** (left out of the score): ${notApplicable.map((d) => `${md(d.title)} (${d.notApplicable} of ${d.total})`).join('; ')}`,
      '',
    );
  return out;
}

function areaMarkdown(area: FocusArea, i: number, session: Session): string[] {
  const out = [
    `#### ${i + 1}. ${titleMd(area, session)} (${num(area.score)}, ${BAND_LABELS[area.band]})`,
    '',
    `**Goal:** ${md(area.goal)}`,
    '',
  ];
  if (area.evidence.length) {
    out.push('**Where your answers point**', '');
    for (const e of area.evidence)
      out.push(
        `- You said *${md(e.label.toLowerCase())}* to: ${md(e.text)}${e.action ? ` **Try:** ${md(e.action)}` : ''}`,
      );
    out.push('');
  }
  for (const r of area.reflections) out.push(`> You wrote: ${md(r.answer)}`, '');
  out.push('| When | Action |', '| --- | --- |');
  for (const step of area.steps)
    out.push(`| ${PHASE_LABELS[step.when]} | **${ACTION_LABELS[step.type]}:** ${md(step.text)} |`);
  if (area.feedback.length) out.push('', '**Ask for feedback**', '');
  for (const f of area.feedback) out.push(`- **${AUDIENCE_LABELS[f.to]}:** “${md(f.ask)}”`);
  out.push('', `**Weekly check-in:** ${md(area.checkIn)}`, '');
  return out;
}

/** Every question with the answer given, grouped by dimension: what a coach debriefs from. */
function itemsMarkdown(r: AssessmentResult): string[] {
  const out = [`### Your answers: ${md(r.bank.title)}`, ''];
  for (const d of r.dimensions) {
    out.push(`**${md(d.title)}**`, '');
    for (const item of r.items.filter((i) => i.dimension === d.id))
      out.push(`- ${md(item.text)} — *${md(item.label ?? 'not answered')}*`);
    out.push('');
  }
  return out;
}

export function renderMarkdown(session: Session, options: RenderOptions): string {
  const { results, plan } = session;
  const first = results[0]!;
  const single = results.length === 1;
  const out: string[] = [];
  if (single) {
    const r = first;
    out.push(`## ${md(r.bank.title)}${r.respondent ? ` — ${md(r.respondent)}` : ''}`, '');
    out.push(
      `${r.completedAt.slice(0, 10)} · \`${r.bank.id}\` v${md(r.bank.version)} · overall **${num(r.overall.score)}** (${BAND_LABELS[r.overall.band]})`,
      '',
    );
    out.push(...scoreTable(r));
  } else {
    out.push(
      `## Your customer-focus picture${first.respondent ? ` — ${md(first.respondent)}` : ''}`,
      '',
      `${first.completedAt.slice(0, 10)} · ${results.length} assessments`,
      '',
    );
    out.push('| Assessment | Overall | Band | |', '| --- | ---: | --- | --- |');
    for (const r of results)
      out.push(
        `| ${md(r.bank.title)} | ${num(r.overall.score)} | ${BAND_LABELS[r.overall.band]} | \`${r.overall.score === null ? ' '.repeat(20) : bar(r.overall.score, 20)}\` |`,
      );
    out.push('');
  }
  for (const r of results) {
    const misses = judge(r, options.thresholds);
    if (misses.length)
      out.push(
        `**Below threshold${single ? '' : ` (${md(r.bank.id)})`}:** ${misses.map((m) => md(describeMiss(m))).join('; ')}`,
        '',
      );
  }
  if (plan.focus.length) {
    out.push('### Your focus for the next 90 days', '');
    plan.focus.forEach((area, i) =>
      out.push(`${i + 1}. **${titleMd(area, session)}** (${num(area.score)}): ${md(area.steps[0]?.text ?? area.goal)}`),
    );
    out.push('');
  }
  if (single && first.feedback360) out.push(...feedbackMarkdown(first.feedback360));

  out.push('### Your 90-day plan', '');
  if (!plan.focus.length)
    out.push('Every dimension scored as a strength. Choose the one you most want to stretch.', '');
  plan.focus.forEach((area, i) => out.push(...areaMarkdown(area, i, session)));
  if (plan.alsoWorthALook.length) {
    out.push('### Also worth a look', '');
    for (const a of plan.alsoWorthALook) out.push(`- ${titleMd(a, session)} (${a.score})`);
    out.push('');
  }
  if (plan.keep.length) {
    out.push('### Keep doing', '');
    for (const k of plan.keep)
      out.push(
        `- **${titleMd(k, session)} (${num(k.score)}):** ${md(k.keepDoing)} *Recognise it in others:* ${md(k.recognition)}`,
      );
    out.push('');
  }
  if (plan.precision) out.push(`*${md(precisionText(plan.precision))}*`, '');
  if (!single) {
    out.push('### Scores by dimension', '');
    for (const r of results) out.push(`**${md(r.bank.title)}**`, '', ...scoreTable(r));
  }
  for (const r of results) out.push(...itemsMarkdown(r));
  const quoted = new Set(plan.focus.flatMap((a) => a.reflections.map((x) => x.answer)));
  const rest = results.flatMap((r) => r.reflections.filter((x) => !quoted.has(x.answer)));
  if (rest.length) {
    out.push('### Reflections', '');
    for (const x of rest) out.push(`**${md(x.question)}**`, '', `> ${md(x.answer)}`, '');
  }
  for (const r of results) {
    const { source } = r.bank;
    out.push(
      `<sub>Based on “${md(source.title)}”${source.author ? `, ${md(source.author)}` : ''}. ${md(source.note)}</sub>`,
      '',
    );
  }
  return out.join('\n');
}

function summaryTable(summary: CohortSummary): string[] {
  const rows = [
    '| Dimension | n | Mean | SD | Min | Max | α | Not scored |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const d of summary.dimensions) {
    rows.push(
      `| ${md(d.title)} | ${count(d.n)} | ${num(d.mean, 1)} | ${num(d.sd, 1)} | ${num(d.min)} | ${num(d.max)} | ${num(d.alpha, 2)} | ${count(d.insufficient)} |`,
    );
  }
  const o = summary.overall;
  rows.push(
    `| **Overall** | ${count(o.n)} | ${num(o.mean, 1)} | ${num(o.sd, 1)} | ${num(o.min)} | ${num(o.max)} | | |`,
  );
  return rows;
}

export function markdownCohort(): CohortRenderer {
  return documentCohort(LISTED_RESPONDENTS, (meta, listed, summary) => {
    const out = [`## ${md(meta.bank.title)} — cohort of ${count(summary.respondents)}`, ''];
    out.push(
      `${meta.generatedAt.slice(0, 10)} · \`${meta.bank.id}\` v${md(meta.bank.version)}${summary.skipped ? ` · ${summary.skipped} invalid rows skipped` : ''}${summary.belowThreshold ? ` · **${summary.belowThreshold} below threshold**` : ''}`,
      '',
    );
    out.push(
      ...summaryTable(summary),
      '',
      'Scores are 0–100; α is Cronbach’s alpha on the reverse-keyed items (pairwise-complete).',
      '',
      ...statisticsNotes(summary).flatMap((note) => [`*${md(note)}*`, '']),
    );
    out.push('### Respondents', '');
    out.push(
      `| Respondent | ${meta.dimensions.map((d) => md(d.id)).join(' | ')} | Overall | Flags |`,
      `| --- |${' ---: |'.repeat(meta.dimensions.length + 1)} --- |`,
    );
    for (const e of listed) {
      const flags = [...e.flags, ...e.misses.map((m) => `below:${m.target}`)].join(' ');
      out.push(
        `| ${md(e.respondent)} | ${e.dimensions.map((d) => num(d.score)).join(' | ')} | ${num(e.overall.score)} | ${md(flags)} |`,
      );
    }
    if (summary.respondents > listed.length)
      out.push('', `…and ${count(summary.respondents - listed.length)} more (\`--format csv\` lists everyone).`);
    out.push('');
    return out.join('\n');
  });
}
