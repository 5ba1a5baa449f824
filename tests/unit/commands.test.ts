/** The commands run in-process through run(argv, ctx), with a fake context: no process, no terminal. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { EXIT } from '../../src/errors.js';
import { FIXTURES, SAMPLE_360, V1, fakeContext } from '../fakeContext.js';

describe('commands in-process', () => {
  it('take --answers prints the JSON result with the context clock and version, and saves it', async () => {
    const ctx = fakeContext();
    expect(await run(['take', V1, '--answers', join(FIXTURES, 'customer-lens.answers.yaml'), '-f', 'json'], ctx)).toBe(
      EXIT.ok,
    );
    const result = JSON.parse(ctx.out());
    expect(result).toMatchObject({
      tool: { version: '9.9.9' },
      completedAt: '2026-03-04T05:06:07.000Z',
      respondent: 'Sam Lee',
      overall: { score: 53 },
    });
    expect(ctx.err()).toBe('');
    const history = fakeContext();
    history.env = ctx.env;
    expect(await run(['history', '-f', 'json'], history)).toBe(EXIT.ok);
    expect(JSON.parse(history.out())).toHaveLength(1);
  });

  it('score --csv streams a cohort, and --fail-under exits 1 naming who missed', async () => {
    const ctx = fakeContext();
    expect(
      await run(['score', '--bank', V1, '--csv', join(FIXTURES, 'cohort.csv'), '-f', 'csv', '--fail-under', '60'], ctx),
    ).toBe(EXIT.thresholdNotMet);
    const lines = ctx.out().trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^respondent,true-customers\.mean,/);
    expect(lines).toHaveLength(4);
    expect(ctx.err()).toMatch(/^leadlens: below threshold \(/m);
  });

  it('360 reads the self file and a CSV of observers', async () => {
    const ctx = fakeContext();
    const code = await run([...SAMPLE_360, '-f', 'json'], ctx);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(ctx.out()).feedback360).toMatchObject({ observers: 9, blindSpots: ['true-customers'] });
  });

  it('a user error is one line on the context stderr and exit 2; nothing on stdout', async () => {
    const ctx = fakeContext();
    expect(await run(['score', '--bank', V1, '--csv', join(FIXTURES, 'nope.csv')], ctx)).toBe(EXIT.userError);
    expect(ctx.err()).toBe(`leadlens: cannot read CSV "${join(FIXTURES, 'nope.csv')}": no such file\n`);
    expect(ctx.out()).toBe('');
    const gap = fakeContext();
    expect(await run(['360', '--bank', V1, '--self', 'x.yaml', '--observers', 'y.csv', '--gap', 'wide'], gap)).toBe(
      EXIT.userError,
    );
    expect(gap.err()).toBe('leadlens: --gap: expected a whole number from 1 to 100, got "wide"\n');
  });

  it('lists the exit codes in the help from the one table', async () => {
    const ctx = fakeContext();
    expect(await run(['--help'], ctx)).toBe(EXIT.ok);
    expect(ctx.out()).toContain('  70   internal error: a bug in leadlens, please report it');
    expect(ctx.out()).toContain('  130  interrupted (Ctrl-C)');
  });
});
