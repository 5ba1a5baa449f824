/** JUnit as the commands write it: the bank's file on each suite, repeated names, and --junit-summary. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { EXIT } from '../../src/errors.js';
import { FIXTURES, SAMPLE_360, V1, fakeContext } from '../fakeContext.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-junit-'));
const suites = (xml: string) => [...xml.matchAll(/<testsuite name="([^"]*)"[^>]*>/g)];

describe('junit from the commands', () => {
  it('a built-in bank is named by its path in the package', async () => {
    const ctx = fakeContext();
    const answers = join(FIXTURES, 'customer-lens.v2.answers.yaml');
    expect(await run(['take', 'customer-lens', '--answers', answers, '--no-save', '-f', 'junit'], ctx)).toBe(EXIT.ok);
    expect(suites(ctx.out()).map((m) => m[0])).toEqual([
      expect.stringMatching(/ file="assessments\/customer-lens\.yaml">$/),
    ]);
  });

  it("a user's bank by the path given, in take, score and 360", async () => {
    const given = relative(process.cwd(), V1);
    const answers = join(FIXTURES, 'customer-lens.answers.yaml');
    for (const argv of [
      ['take', given, '--answers', answers, '--no-save'],
      ['score', '--bank', given, '--csv', join(FIXTURES, 'cohort.csv')],
      SAMPLE_360,
    ]) {
      const ctx = fakeContext();
      await run([...argv, '-f', 'junit'], ctx);
      const files = suites(ctx.out()).map((m) => / file="([^"]*)">$/.exec(m[0])?.[1]);
      expect(files.length, argv.join(' ')).toBeGreaterThan(0);
      expect(new Set(files), argv.join(' ')).toEqual(new Set([argv[0] === '360' ? V1 : given]));
    }
  });

  it('two respondents of one name get two suites, with a warning', async () => {
    const csv = join(tmp, 'twice.csv');
    writeFileSync(csv, 'respondent,know-1,know-2\nAnn,4,4\nBo,3,3\nAnn,2,2\n');
    const ctx = fakeContext();
    expect(await run(['score', '--bank', V1, '--csv', csv, '-f', 'junit'], ctx)).toBe(EXIT.ok);
    expect(suites(ctx.out()).map((m) => m[1])).toEqual([
      'customer-lens: Ann',
      'customer-lens: Bo',
      'customer-lens: Ann (2)',
    ]);
    expect(ctx.err()).toContain(
      'leadlens: junit: two suites would be named "customer-lens: Ann"; the later one is "customer-lens: Ann (2)"',
    );
  });

  it('--junit-summary: one suite for a cohort, failing the dimensions someone fell below', async () => {
    const ctx = fakeContext();
    const argv = ['score', '--bank', V1, '--csv', join(FIXTURES, 'cohort.csv'), '-f', 'junit', '--junit-summary'];
    expect(await run([...argv, '--fail-under', 'focus=50'], ctx)).toBe(EXIT.thresholdNotMet);
    const xml = ctx.out();
    expect(suites(xml).map((m) => m[1])).toEqual(['customer-lens: cohort']);
    expect(xml.match(/<testcase /g)).toHaveLength(5); // four dimensions and overall
    expect(xml).toMatch(/name="focus: [^"]*" time="0"><failure type="threshold" message="\d+ respondents? below 50/);
    // One answers file is a cohort of one here, so a job gets the same shape whatever it scores.
    const one = fakeContext();
    expect(
      await run(
        ['score', '--bank', V1, join(FIXTURES, 'customer-lens.answers.yaml'), '-f', 'junit', '--junit-summary'],
        one,
      ),
    ).toBe(EXIT.ok);
    expect(one.out()).toContain('<property name="respondents" value="1"/>');
  });

  it('--junit-summary goes with --format junit', async () => {
    const ctx = fakeContext();
    expect(await run(['score', '--bank', V1, '--csv', join(FIXTURES, 'cohort.csv'), '--junit-summary'], ctx)).toBe(
      EXIT.userError,
    );
    expect(ctx.err()).toBe('leadlens: --junit-summary goes with --format junit\n');
    expect(ctx.out()).toBe('');
  });
});
