/**
 * A cohort as one JUnit suite (--junit-summary): a <testcase> per dimension and one for the overall
 * score, each with its mean, spread and how many respondents fell below its threshold, failing when
 * any did. A suite per respondent takes about 1.3 KB a person with four dimensions (13 MB for 10,000),
 * and GitLab stops reading a report past 30 MB or 500,000 cases; this stays one size whatever the cohort.
 * Still valid against junit-10.xsd.
 */
import type { CohortSummary } from '../cohort/summary.js';
import type { Summary } from '../cohort/stats.js';
import { xml } from '../text/escape.js';
import type { CohortMeta, CohortRenderer } from './cohort.js';
import { fileAttribute, HEAD, junitTime, TAIL } from './junit.js';
import type { RenderOptions } from './options.js';

/** Respondents who missed one target: below its threshold, or with too few answers to judge. */
interface Missed {
  below: number;
  unjudged: number;
}

const count = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

/** A target's statistics in words; a spread (sd) only from enough scores to mean something. */
function statistics(s: Summary, notScored: number): string {
  const scored =
    s.mean === null
      ? 'no one scored (too few answers)'
      : `mean ${s.mean}${s.sd === null ? '' : `, sd ${s.sd}`}, min ${s.min}, max ${s.max} over ${count(s.n, 'respondent')}`;
  return s.mean !== null && notScored
    ? `${scored}; ${count(notScored, 'respondent')} not scored (too few answers)`
    : scored;
}

/** One dimension, or the overall score, across the cohort. */
interface Target {
  name: string;
  stats: Summary;
  notScored: number;
  threshold: number | undefined;
  missed: Missed | undefined;
}

function testcase(
  meta: CohortMeta,
  respondents: number,
  { name, stats: s, notScored, threshold, missed }: Target,
): { xml: string; failed: boolean; skipped: boolean } {
  const stats = statistics(s, notScored);
  const parts: string[] = [];
  if (missed?.below) parts.push(`${count(missed.below, 'respondent')} below ${threshold}`);
  if (missed?.unjudged) parts.push(`${count(missed.unjudged, 'respondent')} with too few answers to judge`);
  const out = threshold === undefined ? stats : `${stats}; threshold ${threshold}`;
  let body = '';
  if (parts.length) {
    const message = `${parts.join(', ')} (of ${count(respondents, 'respondent')})`;
    body = `<failure type="threshold" message="${xml(message)}">${xml(`${name}: ${out}`)}</failure>`;
  } else if (s.n === 0) body = `<skipped message="${xml(stats)}"/>`;
  return {
    xml: `    <testcase classname="${xml(`leadlens.${meta.bank.id}`)}" name="${xml(name)}" time="0">${body}<system-out>${xml(out)}</system-out></testcase>`,
    failed: parts.length > 0,
    skipped: !parts.length && body !== '',
  };
}

function suite(meta: CohortMeta, summary: CohortSummary, missed: Map<string, Missed>, options: RenderOptions): string {
  const { bank, thresholds } = meta;
  const targets: Target[] = [
    ...summary.dimensions.map((d) => ({
      name: `${d.id}: ${d.title}`,
      stats: d,
      notScored: d.insufficient,
      threshold: thresholds.dimensions[d.id],
      missed: missed.get(d.id),
    })),
    {
      name: 'overall',
      stats: summary.overall,
      notScored: summary.respondents - summary.overall.n,
      threshold: thresholds.overall,
      missed: missed.get('overall'),
    },
  ];
  const cases = targets.map((target) => testcase(meta, summary.respondents, target));
  const properties = [
    ['bank', bank.id],
    ['bank.version', bank.version],
    ['bank.contentHash', bank.contentHash],
    ['respondents', String(summary.respondents)],
    ['skippedRows', String(summary.skipped)],
    ['belowThreshold', String(summary.belowThreshold)],
  ].map(([name, value]) => `      <property name="${xml(name!)}" value="${xml(value!)}"/>`);
  const failures = cases.filter((c) => c.failed).length;
  const skipped = cases.filter((c) => c.skipped).length;
  // The name stays the same from run to run, so that a reader comparing two runs pairs the cases.
  return [
    `  <testsuite name="${xml(`${bank.id}: cohort`)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0" timestamp="${junitTime(meta.generatedAt)}"${fileAttribute(bank, options)}>`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases.map((c) => c.xml),
    '  </testsuite>',
    '',
  ].join('\n');
}

export function junitSummaryCohort(options: RenderOptions): CohortRenderer {
  let meta: CohortMeta;
  const missed = new Map<string, Missed>();
  return {
    begin: (m) => {
      meta = m;
      return HEAD;
    },
    entry: (entry) => {
      for (const miss of entry.misses) {
        let m = missed.get(miss.target);
        if (!m) missed.set(miss.target, (m = { below: 0, unjudged: 0 }));
        if (miss.score === null) m.unjudged++;
        else m.below++;
      }
      return '';
    },
    end: (summary) => suite(meta, summary, missed, options) + TAIL,
  };
}
