/** The shipped banks as a leader, a coach and an observer meet them: the frequency scale, "does not apply", observer forms. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, leadlens, ROOT, shippedBank, V1 } from './run.js';

const lens = shippedBank('customer-lens');
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-instrument-'));
const write = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const answersYaml = (answers: Record<string, number | string>, extra = '') =>
  `${extra}answers:\n${Object.entries(answers)
    .map(([id, value]) => `  ${id}: ${value}`)
    .join('\n')}\n`;

describe('a version-2 bank', () => {
  const [first, ...rest] = lens.dimensions;
  const firstIds = lens.questions.filter((q) => q.dimension === first!.id).map((q) => q.id);
  // Every question "often", except the first dimension: one "does not apply", the rest "often".
  const answers: Record<string, number | string> = Object.fromEntries(
    lens.questions.map((q) => [q.id, q.reverse ? 2 : 4]),
  );
  answers[firstIds[0]!] = 'na';

  it('scores "does not apply" apart: not a 1, not a blank, counted per dimension in JSON', () => {
    const run = leadlens([
      'take',
      'customer-lens',
      '--answers',
      write('na.yaml', answersYaml(answers)),
      '-f',
      'json',
      '--no-save',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.bank.version).toMatch(/^2\./);
    expect(result.notApplicable).toEqual([firstIds[0]]);
    expect(result.answers[firstIds[0]!]).toBeUndefined();
    expect(result.dimensions[0]).toMatchObject({
      id: first!.id,
      score: 75,
      answered: firstIds.length - 1,
      notApplicable: 1,
      total: firstIds.length,
    });
    for (const [i, d] of rest.entries())
      expect(result.dimensions[i + 1], d.id).toMatchObject({ score: 75, notApplicable: 0 });
  });

  it('says which dimensions had "does not apply" in the text report, and flags them in CSV', () => {
    const file = write('na2.yaml', answersYaml(answers));
    const text = leadlens(['take', 'customer-lens', '--answers', file, '--no-save']).stdout;
    expect(text.replace(/\s+/g, ' ')).toContain(
      `Does not apply: ${first!.title} (1 of ${firstIds.length}) — left out of the score.`,
    );
    const csv = leadlens(['take', 'customer-lens', '--answers', file, '--no-save', '-f', 'csv']).stdout;
    expect(csv.split('\r\n')[1]).toMatch(new RegExp(`,not-applicable:${first!.id}$`));
  });

  it("reads NA, N/A and the bank's own label in a CSV cohort", () => {
    const ids = lens.questions.map((q) => q.id);
    const row = (name: string, na: string) => [name, na, ...ids.slice(1).map(() => '3')].join(',');
    const csv = write(
      'cohort.csv',
      `respondent,${ids.join(',')}\n${row('Ann', 'NA')}\n${row('Bo', 'n/a')}\n${row('Cy', `"${lens.scale.notApplicable.toUpperCase()}"`)}\n${row('Di', '3')}\n`,
    );
    const run = leadlens(['score', '--bank', 'customer-lens', '--csv', csv, '-f', 'json']);
    expect(run.code).toBe(0);
    const people = JSON.parse(run.stdout).respondents as {
      respondent: string;
      dimensions: { notApplicable: number }[];
      flags: string[];
    }[];
    expect(people.map((p) => p.dimensions[0]!.notApplicable)).toEqual([1, 1, 1, 0]);
    expect(people[0]!.flags).toEqual([`not-applicable:${first!.id}`]);
    const bad = leadlens([
      'score',
      '--bank',
      'customer-lens',
      '--csv',
      write('bad.csv', `respondent,${ids[0]}\nAnn,seldom\n`),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`bad.csv:2:2 ${ids[0]}: "seldom" is not on the scale 1–5 or NA (does not apply)`);
  });

  it('refuses na for a bank that has no "does not apply" answer, with its position', () => {
    const run = leadlens(['take', V1, '--answers', write('v1na.yaml', 'answers:\n  know-1: na\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${join(tmp, 'v1na.yaml')}:2:11 answers.know-1: customer-lens has no "does not apply" answer; expected a whole number 1–5`,
    );
  });

  it('every shipped bank validates with no warnings', () => {
    const run = leadlens(['validate', join(ROOT, 'assessments')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(6);
    expect(run.stdout).not.toContain('warning');
  });

  it('a version-1 bank still validates, with warnings that say what to add', () => {
    const run = leadlens(['validate', V1]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /coaching\.actions: warning: an actions list still works; add firstStep, habit, others and study/,
    );
    expect(run.stderr).toMatch(/questions\[0\]: warning: question "know-1" has no observer wording; add observer:/);
  });
});

describe('360 with observer forms', () => {
  const seen = lens.questions.filter((q) => !q.selfOnly);

  it('scores observer files that name the leader and say "does not apply", and names no observer', () => {
    const folder = join(tmp, 'observers');
    mkdirSync(folder);
    for (const [i, group] of ['peer', 'peer', 'peer', 'manager'].entries()) {
      const given = Object.fromEntries(seen.map((q, n) => [q.id, n === 0 && i === 0 ? 'na' : q.reverse ? 4 : 2]));
      writeFileSync(
        join(folder, `o${i}.yaml`),
        answersYaml(given, `bank: customer-lens\nabout: "Sam Lee"\ngroup: ${group}\nrespondent: "Observer ${i}"\n`),
      );
    }
    const self = write(
      'self.yaml',
      answersYaml(Object.fromEntries(lens.questions.map((q) => [q.id, q.reverse ? 1 : 5])), 'respondent: Sam Lee\n'),
    );
    const run = leadlens(['360', '--bank', 'customer-lens', '--self', self, '--observers', folder, '-f', 'json']);
    expect(run.code).toBe(0);
    const { feedback360 } = JSON.parse(run.stdout);
    expect(feedback360.observers).toBe(4);
    expect(feedback360.blindSpots).toHaveLength(lens.dimensions.length);
    expect(feedback360.dimensions[0]).toMatchObject({ self: { score: 100 }, others: { score: 25 } });
    expect(run.stdout).not.toContain('Observer 0');
  });
});

describe('comparing across versions of a bank', () => {
  it('says the questions changed instead of showing progress', () => {
    const data = join(tmp, 'data');
    const v1 = leadlens([
      'take',
      V1,
      '--answers',
      fixture('customer-lens.answers.yaml'),
      '--data-dir',
      data,
      '-f',
      'json',
    ]);
    expect(v1.code).toBe(0);
    const now = write(
      'sam2.yaml',
      answersYaml(Object.fromEntries(lens.questions.map((q) => [q.id, 5])), 'respondent: Sam Lee\n'),
    );
    expect(leadlens(['take', 'customer-lens', '--answers', now, '--data-dir', data, '-f', 'json']).code).toBe(0);
    const run = leadlens(['compare', '--data-dir', data]);
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      `The questions changed between v1.0.0 and v${lens.version}, so these scores are not comparable`,
    );
    expect(run.stdout).not.toMatch(/▲|▼/);
    const json = JSON.parse(leadlens(['compare', '--data-dir', data, '-f', 'json']).stdout);
    expect(json.questionsChanged).toBe(true);
    expect(json.overall.change).toBeNull();
  });
});
