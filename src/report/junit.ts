/**
 * JUnit XML, as Jenkins (junit-10.xsd), GitLab and GitHub test reporters read it: a <testsuite> per
 * respondent and bank, a <testcase> per dimension plus one for the overall score. A case fails when
 * its score is below its --fail-under threshold; a dimension with too few answers and no threshold is skipped.
 * Each suite names the bank's file (file=), which GitHub annotations are placed by, and suite names are
 * unique within a report, since GitLab keeps one case per suite, class and name.
 */
import type { CohortEntry } from '../cohort/entry.js';
import type { AssessmentResult } from '../result.js';
import { BAND_LABELS } from '../scoring/bands.js';
import { judge, type Thresholds } from '../scoring/thresholds.js';
import { xml, xmlAllowed } from '../text/escape.js';
import type { CohortMeta, CohortRenderer } from './cohort.js';
import type { RenderOptions } from './options.js';
import { LISTED_RENAMINGS, UniqueNames } from './uniqueNames.js';

type Suite = Pick<CohortEntry, 'dimensions' | 'overall'> & {
  respondent: string | null;
  feedback360?: { blindSpots: string[]; hiddenStrengths: string[] };
};

/** What every suite of one report shares. */
interface Report {
  timestamp: string;
  thresholds: Thresholds;
  options: RenderOptions;
  names: UniqueNames;
}

/** The suite's name, made unique in the report; the first few renamings are said, the rest counted at the end. */
function suiteName(report: Report, wanted: string): string {
  const plain = xmlAllowed(wanted);
  const name = report.names.take(plain);
  if (name !== plain && report.names.renamed <= LISTED_RENAMINGS)
    report.options.warn?.(
      `junit: two suites would be named "${plain}"; the later one is "${name}", as test report readers keep one of a name`,
    );
  return name;
}

/** Once the report is done: how many more renamings there were than were said. */
function renamedRest(names: UniqueNames, options: RenderOptions): void {
  const rest = names.renamed - LISTED_RENAMINGS;
  if (rest > 0) options.warn?.(`junit: …and ${rest} more repeated names made unique the same way`);
}

/** ` file="…"`: the bank's file, when the command knows it. */
export function fileAttribute(bank: { id: string }, options: RenderOptions): string {
  const file = options.bankFiles?.[bank.id];
  return file === undefined ? '' : ` file="${xml(file)}"`;
}

function testsuite(suite: Suite, bank: CohortMeta['bank'], report: Report): string {
  const misses = new Map(judge(suite, report.thresholds).map((m) => [m.target, m]));
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
    `  <testsuite name="${xml(suiteName(report, `${bank.id}: ${who}`))}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0" timestamp="${junitTime(report.timestamp)}"${fileAttribute(bank, report.options)}>`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '',
  ].join('\n');
}

/** A suite's timestamp: ISO 8601 to the second and without a zone, as JUnit reports write it. */
export const junitTime = (iso: string) => xml(iso.replace(/\.\d+Z$/, ''));

export const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="leadlens">\n';
export const TAIL = '</testsuites>\n';

export function renderJunit(results: readonly AssessmentResult[], options: RenderOptions): string {
  const names = new UniqueNames();
  const suites = results.map((r) =>
    testsuite(r, r.bank, { timestamp: r.completedAt, thresholds: options.thresholds, options, names }),
  );
  renamedRest(names, options);
  return HEAD + suites.join('') + TAIL;
}

export function junitCohort(options: RenderOptions): CohortRenderer {
  let meta: CohortMeta;
  let report: Report;
  return {
    begin: (m) => {
      meta = m;
      report = { timestamp: m.generatedAt, thresholds: m.thresholds, options, names: new UniqueNames() };
      return HEAD;
    },
    entry: (entry) => testsuite(entry, meta.bank, report),
    end: () => {
      renamedRest(report.names, options);
      return TAIL;
    },
  };
}
