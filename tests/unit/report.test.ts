import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { assess, session, single } from '../../src/result.js';
import { NO_THRESHOLDS } from '../../src/scoring/thresholds.js';
import { parsed } from '../helpers.js';

const loaded = parsed();
const result = assess(
  loaded,
  { respondent: 'Sam', answers: { a1: 4, a2: 2, b1: 2, b2: 1 }, reflections: { r1: 'Because.' } },
  {
    toolVersion: '9.9.9',
    completedAt: new Date('2026-01-02T03:04:05Z'),
  },
);

describe('text report', () => {
  const plain = renderText(single(result), { colorLevel: 0, width: 80, thresholds: NO_THRESHOLDS });

  it('shows each dimension as a bar with its score and band, then the overall score', () => {
    const lines = plain.split('\n');
    expect(lines[0]).toBe('Mini bank');
    expect(lines[1]).toBe('Sam · 2026-01-02 · mini v1.0');
    expect(lines).toContain(`  Alpha   ${'█'.repeat(18)}${'░'.repeat(6)}   75  strength`);
    expect(lines).toContain(`  Beta    ${'█'.repeat(4)}${'░'.repeat(20)}   17  development area`);
    expect(lines.find((l) => l.startsWith('  Overall'))).toMatch(/ 46 {2}development area$/);
  });

  it('then the plan, with 30/60/90 days, feedback and the check-in', () => {
    expect(plain).toContain('Your 90-day plan');
    expect(plain).toContain('1. Beta (17, development area)');
    expect(plain).toContain('   Days 1–30   On the job: Do a.');
    expect(plain).toContain('   Days 61–90  Study: Read c.');
    expect(plain).toContain('   • Ask your team: "May I ask x?"');
    expect(plain).toContain('   Weekly check-in: Did I?');
    expect(plain).toContain('  • Alpha (75): Keep it.');
    expect(plain).toContain('  > Because.');
    expect(plain).toContain('Not a validated instrument.');
  });

  it('fits 80 columns and has no escape codes when plain', () => {
    for (const line of plain.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(plain).not.toMatch(/\u001b/);
  });

  it('colours only when asked, with the same text underneath', () => {
    const coloured = renderText(single(result), { colorLevel: 1, width: 80, thresholds: NO_THRESHOLDS });
    expect(coloured).toMatch(/\u001b\[/);
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });
});

describe('json report', () => {
  it('prints the full result with the documented fields', () => {
    const json = JSON.parse(renderJson(single(result)));
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'tool',
      'bank',
      'respondent',
      'completedAt',
      'answers',
      'notApplicable',
      'items',
      'reflections',
      'dimensions',
      'overall',
      'strengths',
      'developmentAreas',
      'plan',
    ]);
    expect(json.schemaVersion).toBe(2);
    expect(json.tool).toEqual({ name: 'leadlens', version: '9.9.9' });
    expect(json.bank).toMatchObject({ id: 'mini', version: '1.0', title: 'Mini bank' });
    expect(json.completedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(json.dimensions[1]).toEqual({
      id: 'beta',
      title: 'Beta',
      mean: 1.67,
      score: 17,
      band: 'development',
      answered: 2,
      notApplicable: 0,
      total: 2,
    });
    expect(json.overall).toEqual({ score: 46, band: 'development' });
  });

  it('prints a session for several banks: each result without its own plan, and one plan across them', () => {
    const json = JSON.parse(
      renderJson(
        session([
          { bank: loaded.bank, result },
          { bank: loaded.bank, result },
        ]),
      ),
    );
    expect(json).toMatchObject({
      schemaVersion: 2,
      kind: 'session',
      respondent: result.respondent,
      completedAt: result.completedAt,
    });
    expect(json.results).toHaveLength(2);
    expect(json.results[0].plan).toBeUndefined();
    expect(json.plan.focus.map((f: { dimension: string }) => f.dimension)).toEqual(['beta', 'beta']);
  });
});

describe('text report wrapping', () => {
  it('wraps coloured text at the same places as plain text', () => {
    const long = assess(
      parsed(),
      { respondent: null, answers: { a1: 1, a2: 5, b1: 1, b2: 1 }, reflections: { r1: 'word '.repeat(40) } },
      {
        toolVersion: '1',
        completedAt: new Date(0),
      },
    );
    const plain = renderText(single(long), { colorLevel: 0, width: 60, thresholds: NO_THRESHOLDS });
    const coloured = renderText(single(long), { colorLevel: 3, width: 60, thresholds: NO_THRESHOLDS });
    expect(stripVTControlCharacters(coloured)).toBe(plain);
    for (const line of plain.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});
