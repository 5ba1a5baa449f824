/** HTML a coach can send: one self-contained file with the chart, bands, plan and provenance. */
import { num } from '../text/cells.js';
import type { AssessmentResult } from '../result.js';
import { BAND_LABELS, type DimensionBand } from '../scoring/bands.js';
import { describeMiss, judge } from '../scoring/thresholds.js';
import { html as esc } from '../text/escape.js';
import { documentCohort, LISTED_RESPONDENTS, type CohortRenderer } from './cohort.js';
import { feedbackHtml, has360 } from './feedback360.js';
import { ACTION_LABELS, AUDIENCE_LABELS, count, PHASE_LABELS } from './labels.js';
import type { RenderOptions } from './options.js';
import { page } from './htmlPage.js';
import { svgBars } from './svgBars.js';

const band = (b: DimensionBand) => `<span class="band ${b}">${esc(BAND_LABELS[b])}</span>`;

function source(s: AssessmentResult['bank']['source']): string {
  return `<p class="source">Based on “${esc(s.title)}”${s.author ? `, ${esc(s.author)}` : ''}. ${esc(s.note)}</p>`;
}

function section(r: AssessmentResult, options: RenderOptions): string {
  const out: string[] = [];
  const title = `${r.bank.title}${r.respondent ? ` — ${r.respondent}` : ''}`;
  out.push(`<h1>${esc(title)}</h1>`);
  out.push(`<p class="meta">${esc(r.completedAt.slice(0, 10))} · ${esc(r.bank.id)} v${esc(r.bank.version)}</p>`);
  out.push(`<p class="overall">Overall <strong>${num(r.overall.score)}</strong> ${band(r.overall.band)}</p>`);
  out.push(svgBars(r.dimensions.map((d) => ({ label: d.title, value: d.score, tone: d.band, threshold: options.thresholds.dimensions[d.id] })), r.bank.bands, `Scores for ${title}`));
  out.push('<table><thead><tr><th>Dimension</th><th class="num">Score</th><th>Band</th></tr></thead><tbody>');
  for (const d of r.dimensions) out.push(`<tr><td>${esc(d.title)}</td><td class="num">${num(d.score)}</td><td>${band(d.band)}</td></tr>`);
  out.push('</tbody></table>');
  const misses = judge(r, options.thresholds);
  if (misses.length) out.push(`<p><strong>Below threshold:</strong> ${esc(misses.map(describeMiss).join('; '))}</p>`);
  const names = (ids: string[]) => esc(ids.map((id) => r.dimensions.find((d) => d.id === id)?.title ?? id).join('; '));
  if (r.strengths.length) out.push(`<p><strong>Strengths:</strong> ${names(r.strengths)}</p>`);
  if (r.developmentAreas.length) out.push(`<p><strong>Development areas:</strong> ${names(r.developmentAreas)}</p>`);

  const notApplicable = r.dimensions.filter((d) => d.notApplicable);
  if (notApplicable.length) out.push(`<p><strong>Does not apply</strong> (left out of the score): ${esc(notApplicable.map((d) => `${d.title} (${d.notApplicable} of ${d.total})`).join('; '))}</p>`);
  if (has360(r)) out.push(feedbackHtml(r.feedback360));
  out.push('<h2>Your 90-day plan</h2>');
  if (!r.plan.focus.length) out.push('<p>Every dimension scored as a strength. Choose the one you most want to stretch.</p>');
  r.plan.focus.forEach((area, i) => {
    out.push(`<section class="area"><h3>${i + 1}. ${esc(area.title)} <span class="muted">(${num(area.score)}, ${esc(BAND_LABELS[area.band])})</span></h3>`);
    out.push(`<p><strong>Goal:</strong> ${esc(area.goal)}</p>`);
    if (area.evidence.length) {
      out.push('<p><strong>Where your answers point</strong></p><ul class="evidence">');
      for (const e of area.evidence) out.push(`<li>You said <em>${esc(e.label.toLowerCase())}</em> to: ${esc(e.text)}${e.action ? ` <strong>Try:</strong> ${esc(e.action)}` : ''}</li>`);
      out.push('</ul>');
    }
    out.push('<table class="steps"><tbody>');
    for (const s of area.steps) out.push(`<tr><th>${PHASE_LABELS[s.when]}</th><td><strong>${ACTION_LABELS[s.type]}:</strong> ${esc(s.text)}</td></tr>`);
    out.push('</tbody></table><p><strong>Ask for feedback</strong></p><ul>');
    for (const f of area.feedback) out.push(`<li><strong>${AUDIENCE_LABELS[f.to]}:</strong> “${esc(f.ask)}”</li>`);
    out.push(`</ul><p><strong>Weekly check-in:</strong> ${esc(area.checkIn)}</p></section>`);
  });
  if (r.plan.keep.length) {
    out.push('<h2>Keep doing</h2>');
    for (const k of r.plan.keep) {
      out.push(`<section class="area keep"><h3>${esc(k.title)} <span class="muted">(${num(k.score)})</span></h3><p>${esc(k.keepDoing)}</p><p><em>Recognise it in others:</em> ${esc(k.recognition)}</p></section>`);
    }
  }
  if (r.reflections.length) {
    out.push('<h2>Reflections</h2>');
    for (const x of r.reflections) out.push(`<p><strong>${esc(x.question)}</strong></p><blockquote>${esc(x.answer)}</blockquote>`);
  }
  out.push(source(r.bank.source));
  return out.join('\n');
}

export function renderHtml(results: readonly AssessmentResult[], options: RenderOptions): string {
  const title = results.length === 1 ? `${results[0]!.bank.title}${results[0]!.respondent ? ` — ${results[0]!.respondent}` : ''}` : 'leadlens report';
  return page(title, results.map((r) => section(r, options)).join('\n<hr>\n'));
}

export function htmlCohort(options: RenderOptions): CohortRenderer {
  return documentCohort(LISTED_RESPONDENTS, (meta, listed, summary) => {
    const title = `${meta.bank.title} — cohort of ${count(summary.respondents)}`;
    const { bands } = meta.bank;
    const out = [`<h1>${esc(title)}</h1>`, `<p class="meta">${esc(meta.generatedAt.slice(0, 10))} · ${esc(meta.bank.id)} v${esc(meta.bank.version)}${summary.skipped ? ` · ${summary.skipped} invalid rows skipped` : ''}</p>`];
    if (summary.overall.mean !== null) out.push(`<p class="overall">Mean overall score <strong>${num(summary.overall.mean)}</strong> (SD ${num(summary.overall.sd, 1)})</p>`);
    const tone = (mean: number | null) => (mean === null ? 'insufficient' : mean >= bands.strength ? 'strength' : mean >= bands.solid ? 'solid' : 'development');
    out.push(svgBars(summary.dimensions.map((d) => ({ label: d.title, value: d.mean, tone: tone(d.mean), spread: d.sd, threshold: options.thresholds.dimensions[d.id] })), bands, `Mean scores for ${title}`));
    out.push('<p class="muted">Bars show the mean score; the line across each bar spans one standard deviation either side.</p>');
    out.push('<table><thead><tr><th>Dimension</th><th class="num">n</th><th class="num">Mean</th><th class="num">SD</th><th class="num">Min</th><th class="num">Max</th><th class="num">α</th><th class="num">Not scored</th></tr></thead><tbody>');
    for (const d of summary.dimensions) {
      out.push(`<tr><td>${esc(d.title)}</td><td class="num">${count(d.n)}</td><td class="num">${num(d.mean, 1)}</td><td class="num">${num(d.sd, 1)}</td><td class="num">${num(d.min)}</td><td class="num">${num(d.max)}</td><td class="num">${num(d.alpha, 2)}</td><td class="num">${count(d.insufficient)}</td></tr>`);
    }
    out.push('</tbody></table>', '<p class="muted">α is Cronbach’s alpha on the reverse-keyed item scores, from pairwise-complete covariances.</p>');
    out.push('<h2>Respondents</h2><table><thead><tr><th>Respondent</th>');
    for (const d of meta.dimensions) out.push(`<th class="num">${esc(d.id)}</th>`);
    out.push('<th class="num">Overall</th><th>Flags</th></tr></thead><tbody>');
    for (const e of listed) {
      const flags = [...e.flags, ...e.misses.map((m) => `below:${m.target}`)].join(' ');
      out.push(`<tr><td>${esc(e.respondent)}</td>${e.dimensions.map((d) => `<td class="num">${num(d.score)}</td>`).join('')}<td class="num">${num(e.overall.score)}</td><td>${esc(flags)}</td></tr>`);
    }
    out.push('</tbody></table>');
    if (summary.respondents > listed.length) out.push(`<p class="muted">…and ${count(summary.respondents - listed.length)} more; the CSV format lists everyone.</p>`);
    out.push(source(meta.bank.source));
    return page(title, out.join('\n'));
  });
}
