/** A result and a cohort of the mini bank, rendered the same way in every format test. */
import { flagsOf, valuesOf } from '../src/cohort/entry.js';
import { CohortAccumulator } from '../src/cohort/summary.js';
import type { CohortMeta } from '../src/report/cohort.js';
import { loadFormat, type FormatName } from '../src/report/index.js';
import type { RenderOptions } from '../src/report/options.js';
import { assess, RESULT_SCHEMA_VERSION, single } from '../src/result.js';
import { compileScorer, emptyScoreRow } from '../src/scoring/score.js';
import { LineBytes } from '../src/text/lineBytes.js';
import { judge, parseThresholds } from '../src/scoring/thresholds.js';
import { parsed } from './helpers.js';

export const loaded = parsed();
export const thresholds = parseThresholds(['40', 'beta=30'], loaded.bank);
export const options: RenderOptions = { colorLevel: 0, width: 80, thresholds };

export const result = assess(loaded, { respondent: 'Sam <& "Co">', answers: { a1: 4, a2: 2, b1: 2, b2: 1 }, reflections: { r1: 'Because.' } }, {
  toolVersion: '1.2.3',
  completedAt: new Date('2026-01-02T03:04:05Z'),
});

const people: [string, Record<string, number>][] = [
  ['Ann', { a1: 4, a2: 2, b1: 2, b2: 5 }],
  ['Bo, Jr.', { a1: 2, a2: 4, b1: 5, b2: 5 }],
  ['Cy\u0007', { a1: 3, a2: 3 }],
];

export async function renderCohort(format: FormatName): Promise<string> {
  const { bank, contentHash } = loaded;
  const meta: CohortMeta = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'leadlens', version: '1.2.3' },
    bank: { id: bank.id, version: bank.version, title: bank.title, contentHash, source: bank.source, bands: bank.bands },
    dimensions: bank.dimensions.map((d) => ({ id: d.id, title: d.title })),
    generatedAt: '2026-01-02T03:04:05.000Z',
    thresholds,
  };
  const renderer = (await loadFormat(format)).cohort(options);
  const summary = new CohortAccumulator(bank);
  let out = renderer.begin(meta);
  const scorer = compileScorer(bank);
  for (const [respondent, answers] of people) {
    // As CohortWriter does: the numbers first, the objects only for formats without a row method.
    const values = valuesOf(bank.questions.map((q) => q.id), answers);
    const row = scorer.row(values, emptyScoreRow(bank.dimensions.length));
    const scores = scorer.expand(row);
    const misses = judge(scores, thresholds);
    summary.add(row, values, misses.length > 0);
    if (renderer.row) {
      const line = new LineBytes();
      renderer.row(respondent, row, line);
      out += line.buffer.toString('utf8', 0, line.length);
    } else {
      out += renderer.entry({ respondent, answers, ...scores, flags: flagsOf(scores), misses });
    }
  }
  return out + renderer.end(summary.summary(1));
}

export const renderSingle = async (format: FormatName) => (await loadFormat(format)).render(single(result), options);
