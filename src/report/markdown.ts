/** Markdown for a CI job summary or a note to a client: scores as a table, then the plan. */
import { num } from '../text/cells.js';
import type { CohortSummary } from '../cohort/summary.js';
import type { AssessmentResult } from '../result.js';
import { BAND_LABELS } from '../scoring/bands.js';
import { describeMiss, judge } from '../scoring/thresholds.js';
import { bar } from '../text/bar.js';
import { markdown as md } from '../text/escape.js';
import { documentCohort, LISTED_RESPONDENTS, type CohortRenderer } from './cohort.js';
import { feedbackMarkdown, has360 } from './feedback360.js';
import { ACTION_LABELS, AUDIENCE_LABELS, count, PHASE_LABELS } from './labels.js';
import type { RenderOptions } from './options.js';


function titles(result: AssessmentResult, ids: string[]): string {
  return ids.map((id) => md(result.dimensions.find((d) => d.id === id)?.title ?? id)).join('; ');
}

function renderOne(r: AssessmentResult, options: RenderOptions): string {
  const out: string[] = [];
  out.push(`## ${md(r.bank.title)}${r.respondent ? ` — ${md(r.respondent)}` : ''}`, '');
  out.push(`${r.completedAt.slice(0, 10)} · \`${r.bank.id}\` v${md(r.bank.version)} · overall **${num(r.overall.score)}** (${BAND_LABELS[r.overall.band]})`, '');
  out.push('| Dimension | Score | Band | |', '| --- | ---: | --- | --- |');
  for (const d of r.dimensions) out.push(`| ${md(d.title)} | ${num(d.score)} | ${BAND_LABELS[d.band]} | \`${d.score === null ? ' '.repeat(20) : bar(d.score, 20)}\` |`);
  out.push('');
  const misses = judge(r, options.thresholds);
  if (misses.length) out.push(`**Below threshold:** ${misses.map((m) => md(describeMiss(m))).join('; ')}`, '');
  if (r.strengths.length) out.push(`**Strengths:** ${titles(r, r.strengths)}`, '');
  if (r.developmentAreas.length) out.push(`**Development areas:** ${titles(r, r.developmentAreas)}`, '');

  const notApplicable = r.dimensions.filter((d) => d.notApplicable);
  if (notApplicable.length) out.push(`**Does not apply** (left out of the score): ${notApplicable.map((d) => `${md(d.title)} (${d.notApplicable} of ${d.total})`).join('; ')}`, '');
  if (has360(r)) out.push(...feedbackMarkdown(r.feedback360));
  out.push('### Your 90-day plan', '');
  if (!r.plan.focus.length) out.push('Every dimension scored as a strength. Choose the one you most want to stretch.', '');
  r.plan.focus.forEach((area, i) => {
    out.push(`#### ${i + 1}. ${md(area.title)} (${num(area.score)}, ${BAND_LABELS[area.band]})`, '', `**Goal:** ${md(area.goal)}`, '');
    if (area.evidence.length) {
      out.push('**Where your answers point**', '');
      for (const e of area.evidence) out.push(`- You said *${md(e.label.toLowerCase())}* to: ${md(e.text)}${e.action ? ` **Try:** ${md(e.action)}` : ''}`);
      out.push('');
    }
    out.push('| When | Action |', '| --- | --- |');
    for (const step of area.steps) out.push(`| ${PHASE_LABELS[step.when]} | **${ACTION_LABELS[step.type]}:** ${md(step.text)} |`);
    out.push('', '**Ask for feedback**', '');
    for (const f of area.feedback) out.push(`- **${AUDIENCE_LABELS[f.to]}:** “${md(f.ask)}”`);
    out.push('', `**Weekly check-in:** ${md(area.checkIn)}`, '');
  });
  if (r.plan.keep.length) {
    out.push('### Keep doing', '');
    for (const k of r.plan.keep) out.push(`- **${md(k.title)} (${num(k.score)}):** ${md(k.keepDoing)} *Recognise it in others:* ${md(k.recognition)}`);
    out.push('');
  }
  if (r.reflections.length) {
    out.push('### Reflections', '');
    for (const x of r.reflections) out.push(`**${md(x.question)}**`, '', `> ${md(x.answer)}`, '');
  }
  const { source } = r.bank;
  out.push(`<sub>Based on “${md(source.title)}”${source.author ? `, ${md(source.author)}` : ''}. ${md(source.note)}</sub>`, '');
  return out.join('\n');
}

export function renderMarkdown(results: readonly AssessmentResult[], options: RenderOptions): string {
  return results.map((r) => renderOne(r, options)).join('\n---\n\n');
}

function summaryTable(summary: CohortSummary): string[] {
  const rows = ['| Dimension | n | Mean | SD | Min | Max | α | Not scored |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const d of summary.dimensions) {
    rows.push(`| ${md(d.title)} | ${count(d.n)} | ${num(d.mean, 1)} | ${num(d.sd, 1)} | ${num(d.min)} | ${num(d.max)} | ${num(d.alpha, 2)} | ${count(d.insufficient)} |`);
  }
  const o = summary.overall;
  rows.push(`| **Overall** | ${count(o.n)} | ${num(o.mean, 1)} | ${num(o.sd, 1)} | ${num(o.min)} | ${num(o.max)} | | |`);
  return rows;
}

export function markdownCohort(): CohortRenderer {
  return documentCohort(LISTED_RESPONDENTS, (meta, listed, summary) => {
    const out = [`## ${md(meta.bank.title)} — cohort of ${count(summary.respondents)}`, ''];
    out.push(`${meta.generatedAt.slice(0, 10)} · \`${meta.bank.id}\` v${md(meta.bank.version)}${summary.skipped ? ` · ${summary.skipped} invalid rows skipped` : ''}${summary.belowThreshold ? ` · **${summary.belowThreshold} below threshold**` : ''}`, '');
    out.push(...summaryTable(summary), '', 'Scores are 0–100; α is Cronbach’s alpha on the reverse-keyed items (pairwise-complete).', '');
    out.push('### Respondents', '');
    out.push(`| Respondent | ${meta.dimensions.map((d) => md(d.id)).join(' | ')} | Overall | Flags |`, `| --- |${' ---: |'.repeat(meta.dimensions.length + 1)} --- |`);
    for (const e of listed) {
      const flags = [...e.flags, ...e.misses.map((m) => `below:${m.target}`)].join(' ');
      out.push(`| ${md(e.respondent)} | ${e.dimensions.map((d) => num(d.score)).join(' | ')} | ${num(e.overall.score)} | ${md(flags)} |`);
    }
    if (summary.respondents > listed.length) out.push('', `…and ${count(summary.respondents - listed.length)} more (\`--format csv\` lists everyone).`);
    out.push('');
    return out.join('\n');
  });
}
