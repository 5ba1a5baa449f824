/** One dimension's coaching as a leader meets it: the goal for their score, the steps in order, the answers behind it. Pure. */
import type { Bank, Coaching } from '../bank/schema.js';
import { itemScore } from '../scoring/score.js';

/** What a step asks for: the four kinds of a version-2 bank, `practice` of a version-1 bank, and re-measuring. */
export type StepType = 'first-step' | 'habit' | 'practice' | 'others' | 'study' | 'remeasure';
/** When in the 90 days: the timeline of a version-2 bank, or the three months of a version-1 bank. */
export type StepWhen = 'week-1' | 'every-week' | 'day-30' | 'day-60' | 'day-90' | '1-30' | '31-60' | '61-90';

/** One action placed in the 90 days. */
export interface PlanStep {
  type: StepType;
  when: StepWhen;
  text: string;
}

/** One of the lowest answers in a focus area, with the small action aimed at it. */
export interface Evidence {
  question: string;
  text: string;
  answer: number;
  /** The scale label of the answer given. */
  label: string;
  action: string | null;
}

/** Below this score a goal starts the behaviour; above, it makes the behaviour regular. */
export const START_BELOW = 25;
/** How many of the lowest answers a focus area shows. */
const EVIDENCE_COUNT = 3;
const MONTHS: StepWhen[] = ['1-30', '31-60', '61-90'];

export const REMEASURE =
  "Take this assessment again and count the goal's number the way you did in week one; compare both with your day-0 baseline.";

export function goalFor(coaching: Coaching, score: number | null): string {
  const { goal } = coaching;
  if (typeof goal === 'string') return goal;
  return score !== null && score < START_BELOW ? goal.start : goal.regular;
}

/** The actions in the order a leader does them. */
export function stepsOf(coaching: Coaching): PlanStep[] {
  const { firstStep, habit, others, study } = coaching;
  if (firstStep && habit && others && study) {
    return [
      { type: 'first-step', when: 'week-1', text: firstStep },
      { type: 'habit', when: 'every-week', text: habit },
      { type: 'others', when: 'day-30', text: others },
      { type: 'study', when: 'day-60', text: study },
      { type: 'remeasure', when: 'day-90', text: REMEASURE },
    ];
  }
  // A version-1 bank: one action a month, as it always had.
  return (coaching.actions ?? [])
    .slice(0, MONTHS.length)
    .map((action, i) => ({ type: action.type, when: MONTHS[i]!, text: action.text }));
}

/** The answers in one dimension that are furthest from the top of the scale, lowest first, then in bank order. */
export function evidenceFor(bank: Bank, dimension: string, answers: Readonly<Record<string, number>>): Evidence[] {
  const { scale } = bank;
  return bank.questions
    .flatMap((q, position) => {
      const answer = answers[q.id];
      if (q.dimension !== dimension || answer === undefined) return [];
      const keyed = itemScore(answer, q.reverse, scale);
      return keyed < scale.max ? [{ q, position, answer, keyed }] : [];
    })
    .sort((a, b) => a.keyed - b.keyed || a.position - b.position)
    .slice(0, EVIDENCE_COUNT)
    .map(({ q, answer }) => ({
      question: q.id,
      text: q.text,
      answer,
      label: scale.labels[Math.round(answer) - scale.min] ?? String(answer),
      action: q.action ?? null,
    }));
}
