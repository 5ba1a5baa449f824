import { describe, expect, it } from 'vitest';
import { plan } from '../../src/plan/plan.js';
import { score } from '../../src/scoring/score.js';
import { parsed } from '../helpers.js';

const { bank } = parsed();

describe('plan', () => {
  it('lays each development area over 30/60/90 days with feedback and a check-in', () => {
    const result = plan(bank, score(bank, { a1: 4, a2: 2, b1: 2, b2: 1 })); // alpha 75, beta 17
    expect(result.focus).toHaveLength(1);
    expect(result.focus[0]).toEqual({
      dimension: 'beta',
      title: 'Beta',
      score: 17,
      band: 'development',
      goal: 'Alpha goal.',
      steps: [
        { type: 'practice', text: 'Do a.', days: '1-30' },
        { type: 'others', text: 'Ask b.', days: '31-60' },
        { type: 'study', text: 'Read c.', days: '61-90' },
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
