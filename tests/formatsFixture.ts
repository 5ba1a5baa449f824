/** A result and a cohort of the mini bank, rendered the same way in every format test. */
import { CohortScorer } from '../src/cohort/scorer.js';
import { valuesOf } from '../src/cohort/entry.js';
import { loadFormat, type FormatName } from '../src/report/index.js';
import type { RenderOptions } from '../src/report/options.js';
import { assess, single } from '../src/result.js';
import { parseThresholds } from '../src/scoring/thresholds.js';
import { parsed } from './helpers.js';

export const loaded = parsed();
export const thresholds = parseThresholds(['40', 'beta=30'], loaded.bank);
export const options: RenderOptions = { colorLevel: 0, width: 80, thresholds };

export const result = assess(
  loaded,
  { respondent: 'Sam <& "Co">', answers: { a1: 4, a2: 2, b1: 2, b2: 1 }, reflections: { r1: 'Because.' } },
  {
    toolVersion: '1.2.3',
    completedAt: new Date('2026-01-02T03:04:05Z'),
  },
);

export type People = [string, Record<string, number>][];

const people: People = [
  ['Ann', { a1: 4, a2: 2, b1: 2, b2: 5 }],
  ['Bo, Jr.', { a1: 2, a2: 4, b1: 5, b2: 5 }],
  ['Cy\u0007', { a1: 3, a2: 3 }],
];

/** The cohort of three (or `given` people) rendered in a format, with the shared options or `renderOptions`. */
export async function renderCohort(
  format: FormatName,
  given: People = people,
  renderOptions: RenderOptions = options,
): Promise<string> {
  const { bank } = loaded;
  const chosen = await loadFormat(format);
  const cohort = new CohortScorer(loaded, {
    renderer: chosen.cohort(renderOptions),
    usesAnswers: chosen.usesAnswers === true,
    thresholds: renderOptions.thresholds,
    toolVersion: '1.2.3',
    generatedAt: new Date('2026-01-02T03:04:05.000Z'),
  });
  // Each piece is read as it comes: a chunk of bytes is valid only until the next call.
  const text = (p: string | Uint8Array | undefined) =>
    p === undefined ? '' : typeof p === 'string' ? p : Buffer.from(p).toString('utf8');
  let report = text(cohort.begin());
  for (const [respondent, answers] of given)
    report += text(
      cohort.add(
        respondent,
        valuesOf(
          bank.questions.map((q) => q.id),
          answers,
        ),
      ),
    );
  return report + text(cohort.end(1).footer);
}

export const renderSingle = async (format: FormatName, renderOptions: RenderOptions = options) =>
  (await loadFormat(format)).render(single(result), renderOptions);
