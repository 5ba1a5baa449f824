/** The answers file: what a respondent said, for scoring without prompts. */
import { z } from 'zod';
import { hasUnsafeCharacters } from '../text/inert.js';

const clean = (schema: z.ZodString) => schema.refine((value) => !hasUnsafeCharacters(value), { message: 'contains a control character or bidi override; remove it' });

export const answersFileSchema = z.strictObject({
  bank: z.string().optional(),
  respondent: clean(z.string().trim().min(1)).optional(),
  /** For 360 feedback: the observer's relation to the leader (manager, peer, direct report…). */
  group: clean(z.string().trim().min(1)).optional(),
  answers: z.record(z.string(), z.int({ error: 'expected a whole number on the scale' })),
  reflections: z.record(z.string(), clean(z.string())).optional(),
});

export type AnswersFile = z.output<typeof answersFileSchema>;

/** One respondent's answers to one bank, keyed by question and reflection id. */
export interface Responses {
  respondent: string | null;
  /** An observer's group in 360 feedback; absent elsewhere. */
  group?: string | null;
  answers: Record<string, number>;
  reflections: Record<string, string>;
}
