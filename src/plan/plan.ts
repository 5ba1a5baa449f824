/** (bank, scores) -> a 90-day coaching plan. Pure. */
import type { Action, Bank, Feedback } from '../bank/schema.js';
import type { DimensionBand } from '../scoring/bands.js';
import type { Scores } from '../scoring/score.js';

/** One action placed in the 90 days: days 1–30, 31–60 or 61–90. */
export interface PlanStep extends Action {
  days: '1-30' | '31-60' | '61-90';
}

/** What to work on in one development area. */
export interface FocusArea {
  dimension: string;
  title: string;
  score: number | null;
  band: DimensionBand;
  goal: string;
  steps: PlanStep[];
  feedback: Feedback[];
  checkIn: string;
}

/** A strength to keep and to recognise in others. */
export interface KeepArea {
  dimension: string;
  title: string;
  score: number | null;
  keepDoing: string;
  recognition: string;
}

export interface Plan {
  focus: FocusArea[];
  keep: KeepArea[];
}

const PHASES: PlanStep['days'][] = ['1-30', '31-60', '61-90'];

export function plan(bank: Bank, scores: Scores): Plan {
  const find = (id: string) => {
    const dimension = bank.dimensions.find((d) => d.id === id)!;
    const result = scores.dimensions.find((d) => d.id === id)!;
    return { dimension, result };
  };

  const focus = scores.developmentAreas.map((id): FocusArea => {
    const { dimension, result } = find(id);
    const { coaching } = dimension;
    return {
      dimension: id,
      title: dimension.title,
      score: result.score,
      band: result.band,
      goal: coaching.goal,
      // One action a month keeps the plan doable next to a day job.
      steps: coaching.actions.slice(0, PHASES.length).map((action, i) => ({ ...action, days: PHASES[i]! })),
      feedback: coaching.feedback.slice(0, 2),
      checkIn: coaching.checkIn,
    };
  });

  const keep = scores.strengths.map((id): KeepArea => {
    const { dimension, result } = find(id);
    return {
      dimension: id,
      title: dimension.title,
      score: result.score,
      keepDoing: dimension.coaching.keepDoing,
      recognition: dimension.coaching.recognition,
    };
  });

  return { focus, keep };
}
