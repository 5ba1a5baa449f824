import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/history/compare.js';
import { compareText } from '../../src/report/historyText.js';
import { sparkline, trend } from '../../src/history/trend.js';
import { assess, type AssessmentResult } from '../../src/result.js';
import { filterHistory, readHistory, saveResult } from '../../src/store/history.js';
import { dataDir, stateDir } from '../../src/store/paths.js';
import { parsed } from '../helpers.js';

const loaded = parsed();
const at = (iso: string, answers: Record<string, number>, respondent: string | null = 'Sam'): AssessmentResult =>
  assess(loaded, { respondent, answers, reflections: {} }, { toolVersion: '1', completedAt: new Date(iso) });

const first = at('2026-01-01T10:00:00Z', { a1: 2, a2: 4, b1: 2, b2: 1 }); // alpha 25, beta 17
const second = at('2026-03-01T10:00:00Z', { a1: 4, a2: 2, b1: 2, b2: 2 }); // alpha 75, beta 25

describe('compare', () => {
  it('gives each dimension its change, direction and the plan change', () => {
    const cmp = compare(first, second);
    expect(cmp.dimensions).toEqual([
      { id: 'alpha', title: 'Alpha', before: 25, after: 75, change: 50, direction: 'up', step: 13 },
      // b2 moved one step: two questions on a 1–5 scale, so 12.5 points, which is noise, not progress.
      { id: 'beta', title: 'Beta', before: 17, after: 25, change: 8, direction: 'same', step: 13 },
    ]);
    expect(cmp.overall).toEqual({ before: 21, after: 50, change: 29, direction: 'up', step: 6 });
    expect(cmp.step).toBe(13);
    expect(cmp.plan).toEqual({ added: [], dropped: ['alpha'], kept: ['beta'] });
  });

  it('claims no change between results of two major versions of a bank: the questions changed', () => {
    const v2 = { ...second, bank: { ...second.bank, version: '2.0.0' } };
    const v1 = { ...first, bank: { ...first.bank, version: '1.0.0' } };
    const cmp = compare(v1, v2);
    expect(cmp.questionsChanged).toBe(true);
    expect(cmp.dimensions[0]).toEqual({
      id: 'alpha',
      title: 'Alpha',
      before: 25,
      after: 75,
      change: null,
      direction: null,
      step: null,
    });
    expect(cmp.overall.change).toBeNull();
    expect(compareText(cmp, { colorLevel: 0, width: 200 })).toContain(
      'The questions changed between v1.0.0 and v2.0.0, so these scores are not comparable',
    );
    expect(compare(v1, { ...v2, bank: { ...v2.bank, version: '1.2.0' } }).questionsChanged).toBe(false);
  });

  it('leaves earlier major versions out of a trend, and says so', () => {
    const v2 = { ...second, bank: { ...second.bank, version: '2.0.0' } };
    const t = trend([{ ...first, bank: { ...first.bank, version: '1.0.0' } }, v2]);
    expect(t.dates).toEqual([v2.completedAt]);
    expect(t.otherVersions).toBe(1);
  });

  it('calls a change of one answer moving one step steady, and says how many points that is', () => {
    const oneStep = at('2026-04-01T00:00:00Z', { a1: 4, a2: 2, b1: 2, b2: 3 }); // beta 25 → 33
    const twoSteps = at('2026-04-01T00:00:00Z', { a1: 4, a2: 2, b1: 3, b2: 3 }); // beta 25 → 50
    expect(compare(second, oneStep).dimensions.map((d) => [d.change, d.direction])).toEqual([
      [0, 'same'],
      [8, 'same'],
    ]);
    expect(compare(second, twoSteps).dimensions[1]).toMatchObject({ change: 25, direction: 'up' });
    const text = compareText(compare(second, oneStep), { colorLevel: 0, width: 80 });
    expect(text).toContain(
      'Steady (=) means a change no bigger than one answer moving one step, which moves\neach dimension here about 13 points.',
    );
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('reads the step of a result saved before the scale was, from its plan', () => {
    const { scale: _, ...older } = second.bank;
    const old = { ...second, bank: older };
    expect(compare(old, old).dimensions.map((d) => d.step)).toEqual([13, 13]);
  });

  it('compares only dimensions both results have, and names the others', () => {
    const older = {
      ...first,
      dimensions: [
        ...first.dimensions,
        {
          id: 'gamma',
          title: 'Gamma',
          mean: 3,
          score: 50,
          band: 'solid' as const,
          answered: 3,
          notApplicable: 0,
          total: 3,
        },
      ],
    };
    const cmp = compare(older, second);
    expect(cmp.dimensions.map((d) => d.id)).toEqual(['alpha', 'beta']);
    expect(cmp.onlyBefore).toEqual(['gamma']);
    expect(cmp.onlyAfter).toEqual([]);
  });
});

describe('trend', () => {
  it('lines up each dimension across results', () => {
    const t = trend([first, second]);
    expect(t.dimensions).toEqual([
      { id: 'alpha', title: 'Alpha', scores: [25, 75] },
      { id: 'beta', title: 'Beta', scores: [17, 25] },
    ]);
    expect(t.overall).toEqual([21, 50]);
  });

  it('draws a sparkline, with a gap for a missing score', () => {
    expect(sparkline([0, 50, 100, null, 12])).toBe('▁▅█ ▁');
  });
});

describe('history store', () => {
  it('saves results as JSON files that sort by time and never collide', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-history-'));
    const a = saveResult(dir, second);
    const b = saveResult(dir, first);
    const c = saveResult(dir, { ...first, answers: { ...first.answers, a1: 1 } });
    expect(new Set([a.file, b.file, c.file]).size).toBe(3);
    const names = readdirSync(join(dir, 'results'));
    expect(names.sort()[0]).toMatch(/^2026-01-01T10-00-00\.000Z_mini_sam_[0-9a-z]{6}\.json$/);
    expect(readHistory(dir).map((e) => e.result.completedAt)).toEqual([
      first.completedAt,
      first.completedAt,
      second.completedAt,
    ]);
  });

  it('does not save the same answers of the same respondent and bank twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-history-'));
    const once = saveResult(dir, first);
    const again = saveResult(dir, { ...first, completedAt: second.completedAt });
    expect(once.saved).toBe(true);
    expect(again).toEqual({ file: once.file, saved: false });
    expect(saveResult(dir, { ...first, respondent: 'Alex' }).saved).toBe(true);
    expect(readdirSync(join(dir, 'results'))).toHaveLength(2);
  });

  it('filters by bank and respondent, and skips files that are not results', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-history-'));
    saveResult(dir, first);
    saveResult(dir, at('2026-02-01T00:00:00Z', { a1: 3 }, 'Alex'));
    writeFileSync(join(dir, 'results', 'zz-broken.json'), '{ not json');
    const skipped: string[] = [];
    const all = readHistory(dir, (file) => skipped.push(file));
    expect(all).toHaveLength(2);
    expect(skipped).toEqual([join(dir, 'results', 'zz-broken.json')]);
    expect(filterHistory(all, { respondent: 'alex' }).map((e) => e.result.respondent)).toEqual(['Alex']);
    expect(filterHistory(all, { bank: 'other' })).toEqual([]);
  });
});

describe('XDG paths', () => {
  it('prefers the flag, then LEADLENS_DATA_DIR, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(dataDir({ LEADLENS_DATA_DIR: '/d' }, '/flag')).toBe('/flag');
    expect(dataDir({ LEADLENS_DATA_DIR: '/d', XDG_DATA_HOME: '/x' })).toBe('/d');
    expect(dataDir({ XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/x/leadlens');
    expect(dataDir({ XDG_DATA_HOME: 'relative', HOME: '/h' })).toBe('/h/.local/share/leadlens');
    expect(stateDir({ HOME: '/h' })).toBe('/h/.local/state/leadlens');
    expect(stateDir({ XDG_STATE_HOME: '/s', HOME: '/h' })).toBe('/s/leadlens');
  });
});
