/**
 * The shape of a saved result (docs/result.schema.json), checked before history, compare or trend
 * rely on it. Fields added since the first saved results (bands, scale, items, "does not apply",
 * the plan's precision) may be missing from older files; when present they are checked. Pure.
 */
import type { AssessmentResult } from '../result.js';
import {
  dateTime,
  flag,
  list,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  text,
  type Check,
} from './jsonShape.js';

const score = nullable(number({ min: 0, max: 100 }));
const band = oneOf(['development', 'solid', 'strength', 'insufficient']);
const count = number({ whole: true, min: 0 });
const ids = list(text);

const dimension = object({
  id: text,
  title: text,
  mean: nullable(number()),
  score,
  band,
  answered: count,
  notApplicable: optional(count),
  total: count,
});

const plan = object({
  focus: list(object({ dimension: text, title: text })),
  alsoWorthALook: optional(list(object({ dimension: text, title: text, score }))),
  keep: optional(list(object({ dimension: text, title: text, score }))),
  precision: optional(nullable(object({ questions: count, points: number({ min: 0 }) }))),
});

const others = object({ mean: nullable(number()), score, n: count });

const feedback360 = object({
  rules: object({ gap: number({ min: 0 }), minGroup: count }),
  observers: count,
  groups: list(object({ name: text, n: count })),
  folded: count,
  dimensions: list(
    object({
      id: text,
      title: text,
      self: object({ mean: nullable(number()), score }),
      others,
      groups: record(others),
      gap: nullable(number()),
      kind: oneOf(['blind-spot', 'hidden-strength', 'aligned', 'insufficient']),
    }),
  ),
  blindSpots: ids,
  hiddenStrengths: ids,
  withheld: nullable(text),
});

const result: Check = object({
  schemaVersion: number({ whole: true, min: 1 }),
  tool: object({ name: text, version: text }),
  bank: object({
    id: text,
    version: text,
    title: text,
    contentHash: text,
    source: object({ title: text }),
    bands: optional(object({ solid: number(), strength: number() })),
    scale: optional(object({ min: number({ whole: true }), max: number({ whole: true }) })),
  }),
  respondent: nullable(text),
  completedAt: dateTime,
  answers: record(number()),
  notApplicable: optional(ids),
  items: optional(
    list(
      object({
        id: text,
        dimension: text,
        text,
        reverse: flag,
        answer: nullable(number()),
        label: nullable(text),
        notApplicable: flag,
      }),
    ),
  ),
  reflections: list(object({ id: text, question: text, answer: text })),
  dimensions: list(dimension),
  overall: object({ score, band }),
  strengths: ids,
  developmentAreas: ids,
  plan,
  feedback360: optional(feedback360),
});

/** Why `value` is not a leadlens result, or null when it is one. */
export function resultProblem(value: unknown): string | null {
  const problem = result(value, '');
  if (problem) return problem;
  const { scale } = (value as AssessmentResult).bank;
  // compare divides by the scale's range: an empty one would make every change infinite.
  return scale && scale.max <= scale.min ? 'bank.scale: expected max above min' : null;
}

export const isResult = (value: unknown): value is AssessmentResult => resultProblem(value) === null;
