/** A rough time to complete a bank, so a leader can choose one that fits the moment. */
import type { Bank } from './schema.js';

const SECONDS_PER_QUESTION = 12;
const SECONDS_PER_REFLECTION = 60;

export function estimateMinutes(bank: Bank): number {
  return Math.max(
    1,
    Math.round((bank.questions.length * SECONDS_PER_QUESTION + bank.reflections.length * SECONDS_PER_REFLECTION) / 60),
  );
}
