import { describe, expect, it } from 'vitest';
import { plan, REMEASURE } from '../../src/plan/plan.js';
import { score } from '../../src/scoring/score.js';
import { MINI_BANK_V2, parsed } from '../helpers.js';

const { bank } = parsed();
const v2 = parsed(MINI_BANK_V2).bank;

describe('plan', () => {
  it('keeps a version-1 bank\'s one action a month, with feedback and a check-in', () => {
    const answers = { a1: 4, a2: 2, b1: 2, b2: 1 };
    const result = plan(bank, score(bank, answers), answers); // alpha 75, beta 17
    expect(result.focus).toHaveLength(1);
    expect(result.focus[0]).toEqual({
      dimension: 'beta',
      title: 'Beta',
      score: 17,
      band: 'development',
      goal: 'Alpha goal.',
      evidence: [
        { question: 'b2', text: 'B two.', answer: 1, label: 'Strongly disagree', action: null },
        { question: 'b1', text: 'B one.', answer: 2, label: 'Disagree', action: null },
      ],
      steps: [
        { type: 'practice', text: 'Do a.', when: '1-30' },
        { type: 'others', text: 'Ask b.', when: '31-60' },
        { type: 'study', text: 'Read c.', when: '61-90' },
      ],
      feedback: [
        { to: 'team', ask: 'May I ask x?' },
        { to: 'customer', ask: 'May I ask y?' },
      ],
      checkIn: 'Did I?',
    });
  });

  it('gives each strength a keep-doing line and a recognition prompt', () => {
    const result = plan(bank, score(bank, { a1: 5, a2: 1, b1: 1, b2: 1 }));
    expect(result.keep).toEqual([{ dimension: 'alpha', title: 'Alpha', score: 100, keepDoing: 'Keep it.', recognition: 'Thank them.' }]);
  });

  it('has no focus areas when every dimension is a strength', () => {
    const result = plan(bank, score(bank, { a1: 5, a2: 1, b1: 5, b2: 5 }));
    expect(result.focus).toEqual([]);
    expect(result.keep.map((k) => k.dimension)).toEqual(['alpha', 'beta']);
  });
});

describe('plan from a version-2 bank', () => {
  const focusOf = (answers: Record<string, number>) => plan(v2, score(v2, answers), answers).focus;

  it('lays the 90 days out in the order a leader does them: baseline, weekly habit, others, study, re-measure', () => {
    const [area] = focusOf({ a1: 5, a2: 1, a3: 5, b1: 2, b2: 2, b3: 3 });
    expect(area!.steps).toEqual([
      { type: 'first-step', when: 'week-1', text: 'Count a.' },
      { type: 'habit', when: 'every-week', text: 'Do a weekly.' },
      { type: 'others', when: 'day-30', text: 'Ask b.' },
      { type: 'study', when: 'day-60', text: 'Read c.' },
      { type: 'remeasure', when: 'day-90', text: REMEASURE },
    ]);
  });

  it('starts the behaviour below 25 and makes it regular above', () => {
    expect(focusOf({ a1: 5, a2: 1, a3: 5, b1: 1, b2: 2, b3: 1 })[0]).toMatchObject({ score: 8, goal: 'Start alpha.' });
    expect(focusOf({ a1: 5, a2: 1, a3: 5, b1: 2, b2: 2, b3: 2 })[0]).toMatchObject({ score: 25, goal: 'Regular alpha.' });
  });

  it('names the lowest answers as evidence, reverse-keyed items read the right way round, each with its small action', () => {
    const [area] = focusOf({ a1: 2, a2: 4, a3: 3, b1: 5, b2: 5, b3: 5 }); // a2 reversed: 4 counts as 2
    expect(area!.dimension).toBe('alpha');
    expect(area!.evidence).toEqual([
      { question: 'a1', text: 'I did a one.', answer: 2, label: 'Rarely', action: 'Try a one.' },
      { question: 'a2', text: 'I did a two.', answer: 4, label: 'Often', action: 'Try a two.' },
      { question: 'a3', text: 'I did a three.', answer: 3, label: 'Sometimes', action: 'Try a three.' },
    ]);
  });

  it('two answer sets with the same dimension score point to different questions', () => {
    const one = focusOf({ a1: 5, a2: 1, a3: 5, b1: 1, b2: 3, b3: 3 });
    const two = focusOf({ a1: 5, a2: 1, a3: 5, b1: 3, b2: 3, b3: 1 });
    expect(one[0]!.score).toBe(two[0]!.score);
    expect(one[0]!.evidence[0]).toMatchObject({ question: 'b1', action: 'Try b one.' });
    expect(two[0]!.evidence[0]).toMatchObject({ question: 'b3', action: 'Try b three.' });
  });

  it('leaves out answers already at the top of the scale and unanswered questions', () => {
    const [area] = focusOf({ a1: 5, a2: 1, a3: 5, b1: 1, b3: 5 });
    expect(area!.evidence.map((e) => e.question)).toEqual(['b1']);
  });
});
