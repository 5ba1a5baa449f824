/** Every kind of JSON leadlens prints, from the built CLI, checked against docs/result.schema.json; and one plan per session. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resultSchema, schemaErrors } from '../resultSchema.js';
import { fixture, leadlens, ROOT, V1 } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-json-'));
const data = join(tmp, 'data');

/** An answers file for a shipped bank: each answer from `pick(position, question)`. */
function answersFor(
  bankId: string,
  pick: (i: number, q: { id: string; reverse?: boolean }) => number | string,
  extra = 'respondent: Sam Lee\n',
): string {
  const bank = parse(readFileSync(join(ROOT, 'assessments', `${bankId}.yaml`), 'utf8')) as {
    questions: { id: string; reverse?: boolean }[];
  };
  const path = join(tmp, `${bankId}-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, `${extra}answers:\n${bank.questions.map((q, i) => `  ${q.id}: ${pick(i, q)}`).join('\n')}\n`);
  return path;
}

const json = (args: string[]) => {
  const run = leadlens(args);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

describe('docs/result.schema.json', () => {
  it('is JSON Schema 2020-12 with an $id', () => {
    expect(resultSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(resultSchema.$id).toMatch(/^https:\/\/.+result\.schema\.json$/);
  });

  it('describes a single result, a session, a cohort, a 360, history, compare, trend and list', () => {
    const lens = answersFor('customer-lens', (i) => 1 + (i % 5));
    const hidden = answersFor('hidden-leader', (i) => 1 + ((i * 2) % 5));
    // The session answers the lens differently, so that history holds two results to compare.
    const lensAgain = answersFor('customer-lens', (i) => 1 + ((i + 2) % 5));
    const outputs: [string, unknown][] = [
      ['single', json(['take', 'customer-lens', '--answers', lens, '-f', 'json', '--data-dir', data])],
      [
        'session',
        json([
          'take',
          'customer-lens',
          'hidden-leader',
          '--answers',
          lensAgain,
          '--answers',
          hidden,
          '-f',
          'json',
          '--data-dir',
          data,
        ]),
      ],
      ['cohort', json(['score', '--bank', V1, '--csv', fixture('cohort.csv'), '-f', 'json'])],
      [
        '360',
        json([
          '360',
          '--bank',
          V1,
          '--self',
          fixture('360/self.yaml'),
          '--observers',
          fixture('360/observers.csv'),
          '-f',
          'json',
        ]),
      ],
      ['history', json(['history', '--data-dir', data, '-f', 'json'])],
      ['compare', json(['compare', '--data-dir', data, '-f', 'json', '--bank', 'customer-lens'])],
      ['trend', json(['trend', '--bank', 'customer-lens', '--data-dir', data, '-f', 'json'])],
      ['list', json(['list', '-f', 'json'])],
    ];
    for (const [kind, output] of outputs) expect(schemaErrors(output), kind).toEqual([]);
    // The schema can fail: a date that is not a date-time, or a plan step out of its enum.
    const single = outputs[0]![1] as { completedAt: string; plan: { focus: { steps: { when: string }[] }[] } };
    expect(schemaErrors({ ...single, completedAt: 'yesterday' })).not.toEqual([]);
    const broken = structuredClone(single);
    broken.plan.focus[0]!.steps[0]!.when = 'someday';
    expect(schemaErrors(broken)).not.toEqual([]);
  });
});

describe('one plan per session', () => {
  const low = (i: number, q: { reverse?: boolean }) => (q.reverse ? 5 - (i % 2) : 1 + (i % 2));

  it('several answers files, one per bank, give one plan across the banks with at most three focus areas', () => {
    const banks = ['customer-lens', 'hidden-leader', 'listen-respond'];
    const files = banks.map((id) => answersFor(id, low));
    const args = ['take', ...banks, ...files.flatMap((f) => ['--answers', f]), '-f', 'json', '--no-save'];
    const out = json(args);
    expect(out.kind).toBe('session');
    expect(out.results.map((r: { bank: { id: string } }) => r.bank.id)).toEqual(banks);
    expect(out.plan.focus).toHaveLength(3);
    for (const area of out.plan.focus) {
      expect(area.evidence.length).toBeGreaterThanOrEqual(2);
      expect(area.steps[0]).toMatchObject({ type: 'first-step', when: 'week-1' });
    }
    expect(out.plan.alsoWorthALook.length).toBeGreaterThan(0);
    // --focus 1: the weakest area alone; the others move to "also worth a look".
    const one = json([...args, '--focus', '1']);
    expect(one.plan.focus).toEqual([out.plan.focus[0]]);
    expect(one.plan.alsoWorthALook.length).toBe(out.plan.alsoWorthALook.length + 2);
  });

  it('the same answers give the same plan whatever order the banks are named in', () => {
    const same = (i: number) => 2 + (i % 3);
    const a = answersFor('leader-as-coach', same);
    const b = answersFor('servant-leader', same);
    const forward = json([
      'take',
      'leader-as-coach',
      'servant-leader',
      '--answers',
      a,
      '--answers',
      b,
      '-f',
      'json',
      '--no-save',
    ]);
    const backward = json([
      'take',
      'servant-leader',
      'leader-as-coach',
      '--answers',
      b,
      '--answers',
      a,
      '-f',
      'json',
      '--no-save',
    ]);
    expect(backward.plan).toEqual(forward.plan);
  });

  it('the text report shows the scores of every bank and the focus areas before the full plan', () => {
    const files = ['customer-lens', 'hidden-leader'].map((id) => answersFor(id, low));
    const run = leadlens([
      'take',
      'customer-lens',
      'hidden-leader',
      ...files.flatMap((f) => ['--answers', f]),
      '--no-save',
    ]);
    const lines = run.stdout.split('\n');
    const focusAt = lines.indexOf('Your focus for the next 90 days');
    expect(focusAt).toBeGreaterThan(0);
    expect(focusAt).toBeLessThan(lines.indexOf('Your 90-day plan'));
    expect(lines.slice(0, focusAt).join('\n')).toMatch(/The customer lens .* \d+ {2}\w/);
    expect(lines[focusAt + 2]).toMatch(/^ {3}Week 1: This week/);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});
