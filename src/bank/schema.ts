/**
 * The one definition of a question bank. Types derive from it; the JSON Schema for editors is
 * generated from it. Objects are strict: a typo such as `revrse` must never pass silently.
 */
import { z } from 'zod';
import { hasUnsafeCharacters } from '../text/inert.js';

const id = z
  .string({ error: 'expected an id (lowercase letters, digits and dashes)' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lowercase letters, digits and dashes, such as "know-1"');

// Bank text reaches terminals: control characters and bidi overrides are refused, not displayed.
const text = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, 'expected non-empty text')
  .refine((value) => !hasUnsafeCharacters(value), {
    message: 'contains a control character or bidi override; remove it',
  });

/** Where the bank comes from, and what it is not. */
export const sourceSchema = z.strictObject({
  title: text,
  author: text.optional(),
  url: z.url().optional(),
  note: text,
});

export const DEFAULT_SCALE = {
  min: 1,
  max: 5,
  labels: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
};

/**
 * The response scale: every whole number from min to max, each with a label. A frequency scale
 * carries its recall window in `stem` (and `observerStem`, where `{name}` is the leader); a bank
 * that sets `notApplicable` lets people say a question does not apply to them.
 */
export const scaleSchema = z.strictObject({
  min: z.int({ error: 'expected a whole number' }),
  max: z.int({ error: 'expected a whole number' }),
  labels: z.array(text).min(2),
  stem: text.optional(),
  observerStem: text.optional(),
  notApplicable: text.optional(),
  /** The same choice in the observer form; "I have not seen this" unless the bank words it. */
  observerNotApplicable: text.optional(),
});

export const DEFAULT_BANDS = { solid: 50, strength: 75 };

/** Score thresholds (0–100): below `solid` is a development area, from `strength` up a strength. */
export const bandsSchema = z.strictObject({
  solid: z.number().min(0).max(100),
  strength: z.number().min(0).max(100),
});

/** The action types of a version-1 bank's `actions` list (on the job, learning from others, study). */
export const ACTION_TYPES = ['practice', 'others', 'study'] as const;

/** Something concrete to do, in a version-1 bank's `actions` list. */
export const actionSchema = z.strictObject({
  type: z.enum(ACTION_TYPES),
  text,
});

/** A goal in two variants: for a very low score (start the behaviour) and a middling one (make it regular). */
export const goalVariantsSchema = z.strictObject({
  start: text,
  regular: text,
});

export const FEEDBACK_AUDIENCES = ['customer', 'team', 'peer', 'coach', 'manager'] as const;

/** A question to ask someone for feedback. */
export const feedbackSchema = z.strictObject({
  to: z.enum(FEEDBACK_AUDIENCES),
  ask: text,
});

/**
 * The coaching content a plan draws on for one dimension. The four actions come in the order a
 * leader does them: a first step (the baseline, week one), a weekly habit, learning from others,
 * and study. Banks written before them keep their `actions` list, which still works.
 */
export const coachingSchema = z
  .strictObject({
    goal: z.union([text, goalVariantsSchema], { error: 'expected a goal: text, or start and regular variants' }),
    firstStep: text.optional(),
    habit: text.optional(),
    others: text.optional(),
    study: text.optional(),
    actions: z.array(actionSchema).min(3).optional(),
    feedback: z.array(feedbackSchema).min(2),
    checkIn: text,
    keepDoing: text,
    recognition: text,
  })
  .refine((c) => c.actions !== undefined || (c.firstStep && c.habit && c.others && c.study), {
    message: 'expected firstStep, habit, others and study (or, as in older banks, an actions list)',
  });

export const dimensionSchema = z.strictObject({
  id,
  title: text,
  description: text,
  coaching: coachingSchema,
});

/** A scored statement, answered on the bank's scale. */
export const questionSchema = z.strictObject({
  id,
  dimension: z.string({ error: 'expected the id of a dimension' }),
  text,
  /** The same behaviour for an observer, in the third person without its subject: "asks customers …". */
  observer: text.optional(),
  /** An observer could not have seen this behaviour: the observer form leaves it out. */
  selfOnly: z.boolean().default(false),
  /** A small action aimed at exactly this behaviour, for when it is among the lowest answers. */
  action: text.optional(),
  /** Other names a survey export may give this question's column (a form's own wording, an export tag). */
  aliases: z.array(text).optional(),
  reverse: z.boolean().default(false),
  weight: z.number().positive().default(1),
});

/** A free-text question, asked and kept but not scored. */
export const reflectionSchema = z.strictObject({
  id,
  /** The dimension this reflection speaks to, if one. */
  dimension: z.string({ error: 'expected the id of a dimension' }).optional(),
  text,
});

export const bankSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text,
  version: z.string({ error: 'expected a version in quotes, such as "1.0.0"' }).min(1),
  description: text,
  source: sourceSchema,
  scale: scaleSchema.default(DEFAULT_SCALE),
  bands: bandsSchema.default(DEFAULT_BANDS),
  dimensions: z.array(dimensionSchema).min(1),
  questions: z.array(questionSchema).min(1),
  reflections: z.array(reflectionSchema).default([]),
});

/** A validated bank, defaults filled in. */
export type Bank = z.output<typeof bankSchema>;
/** A bank as written in YAML (defaults optional). */
export type BankInput = z.input<typeof bankSchema>;
export type Dimension = Bank['dimensions'][number];
export type Question = Bank['questions'][number];
export type Reflection = Bank['reflections'][number];
export type Scale = Bank['scale'];
export type Action = z.output<typeof actionSchema>;
export type Coaching = z.output<typeof coachingSchema>;
export type Feedback = z.output<typeof feedbackSchema>;
export type ActionType = (typeof ACTION_TYPES)[number];
export type FeedbackAudience = (typeof FEEDBACK_AUDIENCES)[number];
