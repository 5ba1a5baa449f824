/** HTML a coach can send: one self-contained file with the chart, bands, plan and provenance. */
import { num } from '../text/cells.js';
import type { FocusArea } from '../plan/plan.js';
import type { AssessmentResult, Session } from '../result.js';
import { BAND_LABELS, bandOf, type DimensionBand } from '../scoring/bands.js';
import { describeMiss, judge } from '../scoring/thresholds.js';
import { html as esc } from '../text/escape.js';
import { documentCohort, LISTED_RESPONDENTS, type CohortRenderer } from './cohort.js';
import { feedbackHtml } from './feedback360.js';
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
import { page } from './htmlPage.js';
import { svgBars } from './svgBars.js';

const band = (b: DimensionBand) => `<span class="band ${b}">${esc(BAND_LABELS[b])}</span>`;

function source(s: AssessmentResult['bank']['source']): string {
  return `<p class="source">Based on “${esc(s.title)}”${s.author ? `, ${esc(s.author)}` : ''}. ${esc(s.note)}</p>`;
}

function scores(r: AssessmentResult, options: RenderOptions, heading: string): string[] {
  const out: string[] = [];
  out.push(
    svgBars(
      r.dimensions.map((d) => ({
        label: d.title,
        value: d.score,
        tone: d.band,
        threshold: options.thresholds.dimensions[d.id],
      })),
      r.bank.bands,
      `Scores for ${heading}`,
    ),
  );
  out.push('<table><thead><tr><th>Dimension</th><th class="num">Score</th><th>Band</th></tr></thead><tbody>');
  for (const d of r.dimensions)
    out.push(`<tr><td>${esc(d.title)}</td><td class="num">${num(d.score)}</td><td>${band(d.band)}</td></tr>`);
  out.push('</tbody></table>');
  const notApplicable = r.dimensions.filter((d) => d.notApplicable);
  if (notApplicable.length)
    out.push(
      `<p><strong>Does not apply</strong> (left out of the score): ${esc(notApplicable.map((d) => `${d.title} (${d.notApplicable} of ${d.total})`).join('; '))}</p>`,
    );
  const misses = judge(r, options.thresholds);
  if (misses.length) out.push(`<p><strong>Below threshold:</strong> ${esc(misses.map(describeMiss).join('; '))}</p>`);
  return out;
}

function area(a: FocusArea, i: number, session: Session): string[] {
  const out = [
    `<section class="area"><h3>${i + 1}. ${esc(areaTitle(a, session))} <span class="muted">(${num(a.score)}, ${esc(BAND_LABELS[a.band])})</span></h3>`,
  ];
  out.push(`<p><strong>Goal:</strong> ${esc(a.goal)}</p>`);
  if (a.evidence.length) {
    out.push('<p><strong>Where your answers point</strong></p><ul class="evidence">');
    for (const e of a.evidence)
      out.push(
        `<li>You said <em>${esc(e.label.toLowerCase())}</em> to: ${esc(e.text)}${e.action ? ` <strong>Try:</strong> ${esc(e.action)}` : ''}</li>`,
      );
    out.push('</ul>');
  }
  for (const r of a.reflections) out.push(`<blockquote>You wrote: ${esc(r.answer)}</blockquote>`);
  out.push('<table class="steps"><tbody>');
  for (const s of a.steps)
    out.push(
      `<tr><th>${PHASE_LABELS[s.when]}</th><td><strong>${ACTION_LABELS[s.type]}:</strong> ${esc(s.text)}</td></tr>`,
    );
  out.push('</tbody></table>');
  if (a.feedback.length)
    out.push(
      '<p><strong>Ask for feedback</strong></p><ul>',
      ...a.feedback.map((f) => `<li><strong>${AUDIENCE_LABELS[f.to]}:</strong> “${esc(f.ask)}”</li>`),
      '</ul>',
    );
  out.push(`<p><strong>Weekly check-in:</strong> ${esc(a.checkIn)}</p></section>`);
  return out;
}

/** Every question with the answer given, grouped by dimension: what a coach debriefs from. */
function items(r: AssessmentResult): string[] {
  const out = [`<h2>Your answers: ${esc(r.bank.title)}</h2>`];
  for (const d of r.dimensions) {
    out.push(`<h3>${esc(d.title)}</h3><table class="items"><tbody>`);
    for (const item of r.items.filter((i) => i.dimension === d.id))
      out.push(`<tr><td>${esc(item.text)}</td><td>${esc(item.label ?? 'not answered')}</td></tr>`);
    out.push('</tbody></table>');
  }
  return out;
}

export function renderHtml(session: Session, options: RenderOptions): string {
  const { results, plan } = session;
  const first = results[0]!;
  const single = results.length === 1;
  const title = single
    ? `${first.bank.title}${first.respondent ? ` — ${first.respondent}` : ''}`
    : `Your customer-focus picture${first.respondent ? ` — ${first.respondent}` : ''}`;
  const out: string[] = [`<h1>${esc(title)}</h1>`];
  if (single) {
    out.push(
      `<p class="meta">${esc(first.completedAt.slice(0, 10))} · ${esc(first.bank.id)} v${esc(first.bank.version)}</p>`,
    );
    out.push(`<p class="overall">Overall <strong>${num(first.overall.score)}</strong> ${band(first.overall.band)}</p>`);
    out.push(...scores(first, options, title));
  } else {
    out.push(`<p class="meta">${esc(first.completedAt.slice(0, 10))} · ${results.length} assessments</p>`);
    out.push(
      svgBars(
        results.map((r) => ({ label: r.bank.title, value: r.overall.score, tone: r.overall.band })),
        first.bank.bands,
        `Overall scores for ${title}`,
      ),
    );
  }
  if (plan.focus.length) {
    out.push('<h2>Your focus for the next 90 days</h2><ol>');
    for (const a of plan.focus)
      out.push(
        `<li><strong>${esc(areaTitle(a, session))}</strong> (${num(a.score)}): ${esc(a.steps[0]?.text ?? a.goal)}</li>`,
      );
    out.push('</ol>');
  }
  if (single && first.feedback360) out.push(feedbackHtml(first.feedback360));
  out.push('<h2>Your 90-day plan</h2>');
  if (!plan.focus.length)
    out.push('<p>Every dimension scored as a strength. Choose the one you most want to stretch.</p>');
  plan.focus.forEach((a, i) => out.push(...area(a, i, session)));
  if (plan.alsoWorthALook.length)
    out.push(
      '<h2>Also worth a look</h2><ul>',
      ...plan.alsoWorthALook.map((a) => `<li>${esc(areaTitle(a, session))} (${a.score})</li>`),
      '</ul>',
    );
  if (plan.keep.length) {
    out.push('<h2>Keep doing</h2>');
    for (const k of plan.keep) {
      out.push(
        `<section class="area keep"><h3>${esc(areaTitle(k, session))} <span class="muted">(${num(k.score)})</span></h3><p>${esc(k.keepDoing)}</p><p><em>Recognise it in others:</em> ${esc(k.recognition)}</p></section>`,
      );
    }
  }
  if (plan.precision) out.push(`<p class="muted">${esc(precisionText(plan.precision))}</p>`);
  if (!single) {
    out.push('<h2>Scores by dimension</h2>');
    for (const r of results) out.push(`<h3>${esc(r.bank.title)}</h3>`, ...scores(r, options, r.bank.title));
  }
  for (const r of results) out.push(...items(r));
  const quoted = new Set(plan.focus.flatMap((a) => a.reflections.map((x) => x.answer)));
  const rest = results.flatMap((r) => r.reflections.filter((x) => !quoted.has(x.answer)));
  if (rest.length) {
    out.push('<h2>Reflections</h2>');
    for (const x of rest)
      out.push(`<p><strong>${esc(x.question)}</strong></p><blockquote>${esc(x.answer)}</blockquote>`);
  }
  for (const r of results) out.push(source(r.bank.source));
  return page(title, out.join('\n'));
}

export function htmlCohort(options: RenderOptions): CohortRenderer {
  return documentCohort(LISTED_RESPONDENTS, (meta, listed, summary) => {
    const title = `${meta.bank.title} — cohort of ${count(summary.respondents)}`;
    const { bands } = meta.bank;
    const out = [
      `<h1>${esc(title)}</h1>`,
      `<p class="meta">${esc(meta.generatedAt.slice(0, 10))} · ${esc(meta.bank.id)} v${esc(meta.bank.version)}${summary.skipped ? ` · ${summary.skipped} invalid rows skipped` : ''}</p>`,
    ];
    if (summary.overall.mean !== null)
      out.push(
        `<p class="overall">Mean overall score <strong>${num(summary.overall.mean)}</strong> (SD ${num(summary.overall.sd, 1)})</p>`,
      );
    const tone = (mean: number | null) => (mean === null ? 'insufficient' : bandOf(mean, bands));
    out.push(
      svgBars(
        summary.dimensions.map((d) => ({
          label: d.title,
          value: d.mean,
          tone: tone(d.mean),
          spread: d.sd,
          threshold: options.thresholds.dimensions[d.id],
        })),
        bands,
        `Mean scores for ${title}`,
      ),
    );
    out.push(
      '<p class="muted">Bars show the mean score; the line across each bar spans one standard deviation either side.</p>',
    );
    out.push(
      '<table><thead><tr><th>Dimension</th><th class="num">n</th><th class="num">Mean</th><th class="num">SD</th><th class="num">Min</th><th class="num">Max</th><th class="num">α</th><th class="num">Not scored</th></tr></thead><tbody>',
    );
    for (const d of summary.dimensions) {
      out.push(
        `<tr><td>${esc(d.title)}</td><td class="num">${count(d.n)}</td><td class="num">${num(d.mean, 1)}</td><td class="num">${num(d.sd, 1)}</td><td class="num">${num(d.min)}</td><td class="num">${num(d.max)}</td><td class="num">${num(d.alpha, 2)}</td><td class="num">${count(d.insufficient)}</td></tr>`,
      );
    }
    out.push(
      '</tbody></table>',
      '<p class="muted">α is Cronbach’s alpha on the reverse-keyed item scores, from pairwise-complete covariances.</p>',
      ...statisticsNotes(summary).map((note) => `<p class="muted">${esc(note)}</p>`),
    );
    out.push('<h2>Respondents</h2><table><thead><tr><th>Respondent</th>');
    for (const d of meta.dimensions) out.push(`<th class="num">${esc(d.id)}</th>`);
    out.push('<th class="num">Overall</th><th>Flags</th></tr></thead><tbody>');
    for (const e of listed) {
      const flags = [...e.flags, ...e.misses.map((m) => `below:${m.target}`)].join(' ');
      out.push(
        `<tr><td>${esc(e.respondent)}</td>${e.dimensions.map((d) => `<td class="num">${num(d.score)}</td>`).join('')}<td class="num">${num(e.overall.score)}</td><td>${esc(flags)}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
    if (summary.respondents > listed.length)
      out.push(
        `<p class="muted">…and ${count(summary.respondents - listed.length)} more; the CSV format lists everyone.</p>`,
      );
    out.push(source(meta.bank.source));
    return page(title, out.join('\n'));
  });
}
