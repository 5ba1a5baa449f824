/**
 * JUnit XML, as Jenkins (junit-10.xsd), GitLab and GitHub test reporters read it: a <testsuite> per
 * respondent and bank, a <testcase> per dimension plus one for the overall score. A case fails when
 * its score is below its --fail-under threshold; a dimension with too few answers and no threshold is skipped.
 */
import type { CohortEntry } from '../cohort/entry.js';
import type { AssessmentResult } from '../result.js';
import { BAND_LABELS } from '../scoring/bands.js';
import { judge, type Thresholds } from '../scoring/thresholds.js';
import { xml } from '../text/escape.js';
import type { CohortMeta, CohortRenderer } from './cohort.js';

type Suite = Pick<CohortEntry, 'dimensions' | 'overall'> & {
  respondent: string | null;
  feedback360?: { blindSpots: string[]; hiddenStrengths: string[] };
};

function testsuite(suite: Suite, bank: CohortMeta['bank'], timestamp: string, thresholds: Thresholds): string {
  const misses = new Map(judge(suite, thresholds).map((m) => [m.target, m]));
  const who = suite.respondent ?? 'self';
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  const testcase = (id: string, name: string, score: number | null, band: string, notApplicable = 0) => {
    const miss = misses.get(id);
    const na = notApplicable ? `; ${notApplicable} answered "does not apply"` : '';
    const scoreText = `${score === null ? 'not scored (fewer than half the questions answered)' : `score ${score} (${band})`}${na}`;
    let body = '';
    if (miss) {
      failures++;
      const message =
        miss.score === null
          ? `not enough answers to meet ${miss.threshold}`
          : `${miss.score} is below ${miss.threshold}`;
      body = `<failure type="threshold" message="${xml(message)}">${xml(`${name}: ${scoreText}; threshold ${miss.threshold}`)}</failure>`;
    } else if (score === null) {
      skipped++;
      body = `<skipped message="${xml(scoreText)}"/>`;
    }
    cases.push(
      `    <testcase classname="${xml(`leadlens.${bank.id}`)}" name="${xml(name)}" time="0">${body}<system-out>${xml(scoreText)}</system-out></testcase>`,
    );
  };
  for (const d of suite.dimensions)
    testcase(d.id, `${d.id}: ${d.title}`, d.score, BAND_LABELS[d.band], d.notApplicable);
  testcase('overall', 'overall', suite.overall.score, BAND_LABELS[suite.overall.band]);
  const properties = [
    ['bank', bank.id],
    ['bank.version', bank.version],
    ['bank.contentHash', bank.contentHash],
    ['respondent', who],
    ...(suite.feedback360
      ? [
          ['blindSpots', suite.feedback360.blindSpots.join(' ')],
          ['hiddenStrengths', suite.feedback360.hiddenStrengths.join(' ')],
        ]
      : []),
  ].map(([name, value]) => `      <property name="${xml(name!)}" value="${xml(value!)}"/>`);
  return [
    `  <testsuite name="${xml(`${bank.id}: ${who}`)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0" timestamp="${xml(timestamp.replace(/\.\d+Z$/, ''))}">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '',
  ].join('\n');
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="leadlens">\n';
const TAIL = '</testsuites>\n';

export function renderJunit(results: readonly AssessmentResult[], thresholds: Thresholds): string {
  return HEAD + results.map((r) => testsuite(r, r.bank, r.completedAt, thresholds)).join('') + TAIL;
}

export function junitCohort(): CohortRenderer {
  let meta: CohortMeta;
  return {
    begin: (m) => {
      meta = m;
      return HEAD;
    },
    entry: (entry) => testsuite(entry, meta.bank, meta.generatedAt, meta.thresholds),
    end: () => TAIL,
  };
}
