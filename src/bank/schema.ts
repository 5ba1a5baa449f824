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
  .refine((value) => !hasUnsafeCharacters(value), { message: 'contains a control character or bidi override; remove it' });

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

/** The response scale: every whole number from min to max, each with a label. */
export const scaleSchema = z.strictObject({
  min: z.int({ error: 'expected a whole number' }),
  max: z.int({ error: 'expected a whole number' }),
  labels: z.array(text).min(2),
});

export const DEFAULT_BANDS = { solid: 50, strength: 75 };

/** Score thresholds (0–100): below `solid` is a development area, from `strength` up a strength. */
export const bandsSchema = z.strictObject({
  solid: z.number().min(0).max(100),
  strength: z.number().min(0).max(100),
});

export const ACTION_TYPES = ['practice', 'others', 'study'] as const;

/** Something concrete to do: on the job, learning from others, or study. */
export const actionSchema = z.strictObject({
  type: z.enum(ACTION_TYPES),
  text,
});

export const FEEDBACK_AUDIENCES = ['customer', 'team', 'peer', 'coach', 'manager'] as const;

/** A question to ask someone for feedback. */
export const feedbackSchema = z.strictObject({
  to: z.enum(FEEDBACK_AUDIENCES),
  ask: text,
});

/** The coaching content a plan draws on for one dimension. */
export const coachingSchema = z.strictObject({
  goal: text,
  actions: z.array(actionSchema).min(3),
  feedback: z.array(feedbackSchema).min(2),
  checkIn: text,
  keepDoing: text,
  recognition: text,
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
  reverse: z.boolean().default(false),
  weight: z.number().positive().default(1),
});

/** A free-text question, asked and kept but not scored. */
export const reflectionSchema = z.strictObject({
  id,
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
export type Feedback = z.output<typeof feedbackSchema>;
export type ActionType = (typeof ACTION_TYPES)[number];
export type FeedbackAudience = (typeof FEEDBACK_AUDIENCES)[number];
