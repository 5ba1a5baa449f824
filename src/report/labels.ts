/** Words for the codes in a result, shared by the human-readable formats. */
import type { ActionType, FeedbackAudience } from '../bank/schema.js';
import type { PlanStep } from '../plan/plan.js';

export const ACTION_LABELS: Record<ActionType, string> = {
  practice: 'On the job',
  others: 'Learn from others',
  study: 'Study',
};

export const AUDIENCE_LABELS: Record<FeedbackAudience, string> = {
  customer: 'Ask a customer',
  team: 'Ask your team',
  peer: 'Ask a peer',
  coach: 'Ask a coach',
  manager: 'Ask your manager',
};

export const PHASE_LABELS: Record<PlanStep['days'], string> = {
  '1-30': 'Days 1–30',
  '31-60': 'Days 31–60',
  '61-90': 'Days 61–90',
};

/** A count as people read it: 280,000 rather than 280000. */
export const count = (n: number): string => n.toLocaleString('en');
