import { describe, expect, it } from 'vitest';
import { assess360, shownGroups, type Observer } from '../../src/feedback360/assess.js';
import { parsed } from '../helpers.js';

const loaded = parsed();
const context = { toolVersion: '1', completedAt: new Date('2026-01-01T00:00:00Z') };
// Self rates alpha high (5, reversed 1 → 5) and beta low; observers the other way round.
const self = { respondent: 'Jo', answers: { a1: 5, a2: 1, b1: 2, b2: 2 }, reflections: {} };
const observer = (group: string | null, a: number, b: number): Observer => ({
  group,
  answers: { a1: a, a2: 6 - a, b1: b, b2: b },
});

describe('assess360', () => {
  const observers = [
    observer('peer', 3, 4),
    observer('peer', 3, 4),
    observer('peer', 2, 5),
    observer('manager', 3, 4),
    observer('manager', 3, 4),
  ];
  const result = assess360(loaded, self, observers, { gap: 15, minGroup: 2 }, context);

  it('names blind spots and hidden strengths by the gap in score points, the units of the scores', () => {
    const f = result.feedback360;
    // alpha: self 5, others (3+3+2+3+3)/5 = 2.8 → 2.2 of the 1–5 range's 4 = +55 points; beta: self 2, others 4.2 → −55
    expect(f.dimensions.map((d) => [d.id, d.self.score, d.others.score, d.gap, d.kind])).toEqual([
      ['alpha', 100, 45, 55, 'blind-spot'],
      ['beta', 25, 80, -55, 'hidden-strength'],
    ]);
    expect(f.blindSpots).toEqual(['alpha']);
    expect(f.hiddenStrengths).toEqual(['beta']);
  });

  it('counts a 24-point gap under the default rule, and a gap under the rule as aligned', () => {
    // Self alpha 4 (75); observers 3 and 3.04 on average: others 3.04 → 51, gap +24.
    const me = { respondent: 'Jo', answers: { a1: 4, a2: 2, b1: 3, b2: 3 }, reflections: {} };
    const seen = [observer(null, 3, 3), observer(null, 3, 3), observer(null, 3, 3)];
    seen.push({ group: null, answers: { a1: 3.16, a2: 2.84, b1: 3.5, b2: 3.5 } });
    const gaps = (gap: number) =>
      assess360(loaded, me, seen, { gap, minGroup: 3 }, context).feedback360.dimensions.map((d) => [d.gap, d.kind]);
    expect(gaps(15)).toEqual([
      [24, 'blind-spot'],
      [-3, 'aligned'],
    ]);
    expect(gaps(25)).toEqual([
      [24, 'aligned'],
      [-3, 'aligned'],
    ]);
  });

  it('shows groups by size, with means of their own', () => {
    expect(result.feedback360.groups).toEqual([
      { name: 'manager', n: 2 },
      { name: 'peer', n: 3 },
    ]);
    expect(result.feedback360.dimensions[0]!.groups).toEqual({
      manager: { mean: 3, score: 50, n: 2 },
      peer: { mean: 2.67, score: 42, n: 3 },
    });
  });

  it('scores the report on the observers’ view and puts blind spots first in the plan', () => {
    expect(result.dimensions.map((d) => d.score)).toEqual([45, 80]);
    expect(result.plan.focus[0]!.dimension).toBe('alpha');
    expect(result.respondent).toBe('Jo');
  });

  it('keeps no observer answers and no observer names', () => {
    const named = assess360(loaded, self, [{ group: 'peer', answers: { a1: 1 } }], { gap: 1, minGroup: 3 }, context);
    expect(JSON.stringify(named)).not.toContain('"answers":{"a1":1}');
    expect(Object.keys(named.feedback360)).toEqual([
      'rules',
      'observers',
      'groups',
      'folded',
      'dimensions',
      'blindSpots',
      'hiddenStrengths',
      'withheld',
    ]);
  });

  it('treats a gap under the rule as aligned', () => {
    const close = assess360(loaded, self, [observer(null, 5, 2)], { gap: 1, minGroup: 1 }, context);
    expect(close.feedback360.dimensions.map((d) => d.kind)).toEqual(['aligned', 'aligned']);
  });
});

describe('shownGroups', () => {
  it('hides groups under the minimum', () => {
    expect(
      [
        ...shownGroups(
          new Map([
            ['peer', 4],
            ['direct report', 5],
            ['manager', 2],
            ['board', 1],
          ]),
          3,
        ),
      ].sort(),
    ).toEqual(['direct report', 'peer']);
  });

  it('folds the smallest shown group too when the hidden ones are fewer than the minimum', () => {
    // manager (2) alone could be worked out as others minus peers minus reports; folding reports (3) prevents it.
    expect([
      ...shownGroups(
        new Map([
          ['peer', 4],
          ['direct report', 3],
          ['manager', 2],
        ]),
        3,
      ),
    ]).toEqual(['peer']);
  });

  it('never shows the ungrouped as a group', () => {
    expect([
      ...shownGroups(
        new Map([
          ['ungrouped', 5],
          ['peer', 3],
        ]),
        3,
      ),
    ]).toEqual(['peer']);
  });
});
