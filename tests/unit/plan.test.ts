import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/bank/schema.js';
import { plan, REMEASURE, type PlanPart } from '../../src/plan/plan.js';
import { planPart } from '../../src/result.js';
import { score } from '../../src/scoring/score.js';
import { MINI_BANK_V2, parsed } from '../helpers.js';

const { bank } = parsed();
const v2 = parsed(MINI_BANK_V2).bank;
/** The same bank under another id, as a second bank of a session. */
const other: Bank = { ...v2, id: 'other', title: 'Other' };

const part = (b: Bank, answers: Record<string, number>, reflections: PlanPart['reflections'] = []) =>
  planPart(b, { dimensions: score(b, answers).dimensions, answers, reflections });
const focusOf = (answers: Record<string, number>) => plan([part(v2, answers)]).focus;

describe('plan from a version-1 bank', () => {
  it('keeps one action a month, with feedback and a check-in', () => {
    const result = plan([part(bank, { a1: 4, a2: 2, b1: 2, b2: 1 })]); // alpha 75, beta 17
    expect(result.focus).toEqual([
      {
        bank: 'mini',
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
        // The customer first: the plan reaches beyond the team.
        feedback: [
          { to: 'customer', ask: 'May I ask y?' },
          { to: 'team', ask: 'May I ask x?' },
        ],
        checkIn: 'Did I?',
        reflections: [],
      },
    ]);
    expect(result.keep).toEqual([
      {
        bank: 'mini',
        dimension: 'alpha',
        title: 'Alpha',
        score: 75,
        keepDoing: 'Keep it.',
        recognition: 'Thank them.',
      },
    ]);
  });

  it('has no focus areas when every dimension is a strength, and keeps the two clearest', () => {
    const result = plan([part(bank, { a1: 5, a2: 1, b1: 5, b2: 5 })]);
    expect(result.focus).toEqual([]);
    expect(result.keep.map((k) => k.dimension)).toEqual(['alpha', 'beta']);
  });

  it('with nothing below solid, takes the lowest solid dimension as the one to stretch', () => {
    const result = plan([part(bank, { a1: 4, a2: 2, b1: 3, b2: 4 })]); // alpha 75, beta 58
    expect(result.focus.map((f) => [f.dimension, f.score])).toEqual([['beta', 58]]);
    expect(result.alsoWorthALook).toEqual([]);
  });

  it('states once how far one answer moves a score', () => {
    expect(plan([part(bank, { a1: 3 })]).precision).toEqual({ questions: 2, points: 13 });
    expect(plan([part(v2, { a1: 3 })]).precision).toEqual({ questions: 3, points: 8 });
  });
});

describe('plan from a version-2 bank', () => {
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
    expect(focusOf({ a1: 5, a2: 1, a3: 5, b1: 2, b2: 2, b3: 2 })[0]).toMatchObject({
      score: 25,
      goal: 'Regular alpha.',
    });
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

  it('two answer sets with the same dimension score point to different questions and actions', () => {
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

  it('quotes a reflection beside the focus area it speaks to', () => {
    const answers = { a1: 5, a2: 1, a3: 5, b1: 1, b2: 2, b3: 1 };
    const [area] = plan([part(v2, answers, [{ id: 'r1', question: 'Why?', answer: 'No time.' }])]).focus;
    expect(area!.reflections).toEqual([{ question: 'Why?', answer: 'No time.' }]);
  });
});

describe('one plan across the banks of a session', () => {
  const low = { a1: 1, a2: 5, a3: 1, b1: 1, b2: 1, b3: 2 }; // alpha 0, beta 8
  const mid = { a1: 2, a2: 4, a3: 2, b1: 2, b2: 3, b3: 2 }; // alpha 25, beta 33

  it('chooses at most three focus areas across banks by score; the rest below solid is worth a look', () => {
    const result = plan([part(v2, mid), part(other, low)]);
    expect(result.focus.map((f) => `${f.bank}/${f.dimension}/${f.score}`)).toEqual([
      'other/alpha/0',
      'other/beta/8',
      'mini/alpha/25',
    ]);
    expect(result.alsoWorthALook).toEqual([{ bank: 'mini', dimension: 'beta', title: 'Beta', score: 33 }]);
    expect(plan([part(v2, mid), part(other, low)], { focus: 1 }).focus).toHaveLength(1);
  });

  it('never depends on the order the banks were given in', () => {
    const same = { a1: 2, a2: 4, a3: 2, b1: 2, b2: 2, b3: 2 }; // every dimension 25
    const forward = plan([part(v2, same), part(other, same)]);
    const backward = plan([part(other, same), part(v2, same)]);
    expect(backward).toEqual(forward);
    expect(forward.focus.map((f) => `${f.bank}/${f.dimension}`)).toEqual(['mini/alpha', 'mini/beta', 'other/alpha']);
  });

  it('breaks a tie in score by the evidence: more low answers first', () => {
    // Both dimensions score 25: beta by two "never" and one "often", alpha by three "rarely".
    const result = plan([part(v2, { a1: 2, a2: 4, a3: 2, b1: 1, b2: 1, b3: 4 })]);
    expect(result.focus.map((f) => f.dimension)).toEqual(['beta', 'alpha']);
  });

  it('asks for feedback beyond the team across the plan as a whole', () => {
    const result = plan([part(v2, low), part(other, low)]);
    const audiences = result.focus.flatMap((f) => f.feedback.map((p) => p.to));
    expect(audiences[0]).toBe('customer');
    expect(new Set(audiences)).toEqual(new Set(['customer', 'team']));
    expect(result.focus.every((f) => f.feedback.length >= 1)).toBe(true);
  });
});
