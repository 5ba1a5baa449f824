/** The answers file: what a respondent said, for scoring without prompts. */
import { z } from 'zod';
import { hasUnsafeCharacters } from '../text/inert.js';
import { NOT_APPLICABLE } from './notApplicable.js';

const clean = (schema: z.ZodString) =>
  schema.refine((value) => !hasUnsafeCharacters(value), {
    message: 'contains a control character or bidi override; remove it',
  });

/**
 * What an answer may be, whatever its question: a whole number (the scale is checked against the
 * bank), na, or a blank (null), which is a question left unanswered, as in a filled-in template.
 */
export const isAnswerValue = (value: unknown): boolean =>
  value === null || Number.isInteger(value) || (typeof value === 'string' && NOT_APPLICABLE.test(value));

export const answersFileSchema = z.strictObject({
  bank: z.string().optional(),
  respondent: clean(z.string().trim().min(1)).optional(),
  /** For 360 feedback: the observer's relation to the leader (manager, peer, direct report…). */
  group: clean(z.string().trim().min(1)).optional(),
  /** For 360 feedback: the leader an observer's answers are about. */
  about: clean(z.string().trim().min(1)).optional(),
  answers: z.record(
    z.string(),
    z.custom<number | string | null>(isAnswerValue, {
      message: 'expected a whole number on the scale, or na (does not apply)',
    }),
  ),
  // `reflections:` with nothing under it (a template's commented-out entries) is no reflections.
  reflections: z.record(z.string(), clean(z.string())).nullable().optional(),
});

export type AnswersFile = z.output<typeof answersFileSchema>;

/** One respondent's answers to one bank, keyed by question and reflection id. */
export interface Responses {
  respondent: string | null;
  /** An observer's group in 360 feedback; absent elsewhere. */
  group?: string | null;
  /** The leader an observer's answers are about; absent elsewhere. */
  about?: string | null;
  answers: Record<string, number>;
  /** Questions answered "does not apply": neither a score nor a blank. */
  notApplicable?: string[];
  reflections: Record<string, string>;
  /** Asked with --shuffle: the order, which a draft keeps so that a resumed session goes on in it. */
  order?: QuestionOrder;
}

/** How a form's questions were ordered (--shuffle): the seed, and the question ids in the order asked. */
export interface QuestionOrder {
  seed: number;
  questions: string[];
}
