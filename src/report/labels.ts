/** Words for the codes in a result, shared by the human-readable formats. */
import type { FeedbackAudience } from '../bank/schema.js';
import type { StepType, StepWhen } from '../plan/plan.js';
import { MIN_FOR_ALPHA, MIN_FOR_SD, type CohortSummary } from '../cohort/summary.js';
import type { Session } from '../result.js';

export const ACTION_LABELS: Record<StepType, string> = {
  'first-step': 'First step',
  habit: 'Habit',
  practice: 'On the job',
  others: 'Learn from others',
  study: 'Study',
  remeasure: 'Re-measure',
};

export const AUDIENCE_LABELS: Record<FeedbackAudience, string> = {
  customer: 'Ask a customer',
  team: 'Ask your team',
  peer: 'Ask a peer',
  coach: 'Ask a coach',
  manager: 'Ask your manager',
};

export const PHASE_LABELS: Record<StepWhen, string> = {
  'week-1': 'Week 1',
  'every-week': 'Every week',
  'day-30': 'By day 30',
  'day-60': 'By day 60',
  'day-90': 'Day 90',
  '1-30': 'Days 1–30',
  '31-60': 'Days 31–60',
  '61-90': 'Days 61–90',
};

/** A count as people read it: 280,000 rather than 280000. */
export const count = (n: number): string => n.toLocaleString('en');

/** How far one answer moves a score, in words a leader reads. */
export const precisionText = (p: { questions: number; points: number }): string =>
  `How precise these scores are: with ${p.questions} questions in a dimension, one answer one step higher moves its score about ${p.points} points, so read a few points either way as the same.`;

/** What a cohort's statistics cannot say, in words: alpha from too few, or negative. */
export function statisticsNotes(summary: CohortSummary): string[] {
  const notes: string[] = [];
  const few = summary.dimensions.filter((d) => d.alphaNote === 'too few to say');
  if (few.length)
    notes.push(
      `alpha: too few to say for ${few.map((d) => d.id).join(', ')} (it needs ${MIN_FOR_ALPHA} people who answered every item; standard deviations need ${MIN_FOR_SD} scores).`,
    );
  for (const d of summary.dimensions.filter((x) => x.alphaNote?.startsWith('negative')))
    notes.push(
      `alpha for ${d.id} is ${d.alpha?.toFixed(2)}, below 0: its items may be miskeyed or measure different things.`,
    );
  return notes;
}

/** A plan area's title, naming its bank when a session has several ("Title — The customer lens"). */
export function areaTitle(area: { title: string; bank: string }, session: Session): string {
  if (session.results.length < 2) return area.title;
  const bank = session.results.find((r) => r.bank.id === area.bank);
  return `${area.title} — ${bank?.bank.title ?? area.bank}`;
}
