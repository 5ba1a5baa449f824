/**
 * The answers file as zod is given it. An id that is no question of the bank is reported by the
 * checks in validate.ts, at its key and with a suggestion; zod, whose record takes any text as a
 * key, says something about such an id only when its value is no answer at all. So zod is given
 * the answers to the bank's questions, and the others only where the value is wrong: its issues
 * are the same, in the same order, and 200,000 unknown ids cost it nothing. Pure.
 */
import { isRecord } from '../input/isRecord.js';
import { isAnswerValue } from './schema.js';

/** `ids` are the keys of the file's answers, if they are a mapping. */
export function withoutUnknownAnswers(raw: unknown, ids: readonly string[], known: ReadonlySet<string>): unknown {
  if (!isRecord(raw) || !isRecord(raw.answers)) return raw;
  const answers = raw.answers;
  const kept = ids.filter((id) => known.has(id) || !isAnswerValue(answers[id]));
  if (kept.length === ids.length) return raw;
  const subset: Record<string, unknown> = {};
  // zod passes over a __proto__ key, and assigning one here would set the copy's prototype instead.
  for (const id of kept) if (id !== '__proto__') subset[id] = answers[id];
  // A spread defines keys, __proto__ among them, in the file's order; `answers` keeps its place.
  return { ...raw, answers: subset };
}
