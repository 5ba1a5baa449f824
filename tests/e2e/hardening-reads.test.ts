/**
 * Reading what users give without being stalled by it: devices and endless pipes stop at a limit,
 * named pipes are refused or skipped instead of waited on, a file with a great many problems is
 * reported in time, and a file reached twice through links is read once. Every run that could hang
 * on a regression is bounded by a timeout and must have exited on its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inPty } from './pty.js';
import { BIN, cleanEnv, fixture, leadlens, ROOT, STACK_LINE, V1, type Run } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-reads-'));
const ANSWERS = fixture('customer-lens.answers.yaml');
const LIMIT = 'it is larger than the 5 MiB limit (reading stopped there)';
const NAMED_PIPE = 'it is a named pipe (FIFO), not a regular file';
/** A second respondent's answers. */
const BO = readFileSync(ANSWERS, 'utf8').replace('respondent: Sam Lee', 'respondent: Bo');

/** A folder of the test's own under tmp. */
const folder = (name: string) => {
  const path = join(tmp, name);
  mkdirSync(path, { recursive: true });
  return path;
};

/** A named pipe nobody writes to: opening it for reading would wait for ever. */
function fifo(path: string): string {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${String(made.stderr)}`);
  return path;
}
const canMakeFifos = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

interface Bounded extends Run {
  /** Killed at the timeout instead of exiting on its own. */
  killed: boolean;
}

/**
 * Runs leadlens with a time limit, killing it there. With `endless`, stdin is a pipe written to
 * for as long as leadlens keeps reading, as `yes | leadlens …` does.
 */
function bounded(
  args: string[],
  options: { prefix?: string; endless?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Bounded> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: cleanEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    let done = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => (done = true)); // EPIPE once leadlens stops reading
    if (options.endless) {
      if (options.prefix) child.stdin.write(options.prefix);
      const chunk = options.endless.repeat(Math.ceil(65536 / options.endless.length));
      const feed = () => {
        while (!done && child.stdin.write(chunk));
        if (!done) child.stdin.once('drain', feed);
      };
      feed();
    } else child.stdin.end();
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 10_000);
    child.on('close', (code) => {
      done = true;
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed });
    });
  });
}

/** Exited by itself with 2, these lines on stderr, nothing on stdout, no stack trace. */
function refusedWith(run: Bounded, lines: string[]): void {
  expect(run.killed, 'leadlens had to be killed: it hung').toBe(false);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr.trimEnd().split('\n')).toEqual(lines);
}

describe('reads stop at the limit, whatever the file system says of the size', () => {
  it('validate /dev/zero stops at the 5 MiB limit with exit 2', async () => {
    refusedWith(await bounded(['validate', '/dev/zero']), [
      `leadlens: cannot read bank "/dev/zero": ${LIMIT}`,
      'leadlens: 1 of 1 file with problems',
    ]);
  });

  it('an endless pipe read as --answers /dev/stdin stops at the limit', async () => {
    const run = await bounded(['take', 'customer-lens', '--answers', '/dev/stdin', '--no-save'], { endless: 'a: 1\n' });
    refusedWith(run, [`leadlens: cannot read answers file "/dev/stdin": ${LIMIT}`]);
  });

  it('a --map and a compared result are bounded too', async () => {
    refusedWith(await bounded(['score', '-b', V1, '--csv', fixture('cohort.csv'), '--map', '/dev/zero']), [
      `leadlens: cannot read map "/dev/zero": ${LIMIT}`,
    ]);
    refusedWith(await bounded(['compare', '/dev/zero', ANSWERS, '--data-dir', folder('empty-data')]), [
      `leadlens: cannot read result "/dev/zero": ${LIMIT}`,
    ]);
  });

  it('still reads answers piped in through /dev/stdin', () => {
    const run = leadlens(['take', V1, '--answers', '/dev/stdin', '--no-save', '-f', 'json'], {
      input: readFileSync(ANSWERS, 'utf8'),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).respondent).toBe('Sam Lee');
  });

  it('an endless CSV with no line end stops at the row limit, naming the row', async () => {
    const run = await bounded(['score', '-b', 'customer-lens', '--csv', '-'], { endless: 'know-1,' });
    refusedWith(run, ['<stdin>:1:1 a row is longer than 1 MiB without a line end; is this a CSV file?']);
  });

  it('a quoted field that never closes stops at the row limit too', async () => {
    const run = await bounded(['score', '-b', 'customer-lens', '--csv', '-'], {
      prefix: 'respondent,know-1\nAnn,"',
      endless: 'more words\n',
    });
    refusedWith(run, ['<stdin>:2:1 a quoted field runs on for more than 1 MiB (is a " missing?)']);
  });
});

describe.runIf(canMakeFifos)('named pipes are refused or skipped, never waited on', () => {
  it('refuses a named pipe given as a bank, a result to compare or a CSV', async () => {
    const pipe = fifo(join(folder('pipes'), 'named.yaml'));
    refusedWith(await bounded(['validate', pipe]), [
      `leadlens: cannot read bank "${pipe}": ${NAMED_PIPE}`,
      'leadlens: 1 of 1 file with problems',
    ]);
    refusedWith(await bounded(['compare', pipe, ANSWERS, '--data-dir', folder('empty-data')]), [
      `leadlens: cannot read result "${pipe}": ${NAMED_PIPE}`,
    ]);
    refusedWith(await bounded(['score', '-b', V1, '--csv', pipe]), [
      `leadlens: cannot read CSV "${pipe}": ${NAMED_PIPE}`,
    ]);
    refusedWith(await bounded(['take', V1, '--answers', pipe, '--no-save']), [
      `leadlens: cannot read answers file "${pipe}": ${NAMED_PIPE}`,
    ]);
  });

  it('skips a named pipe in an answers folder and in a glob', async () => {
    const dir = folder('answers-with-pipe');
    writeFileSync(join(dir, 'sam.yaml'), readFileSync(ANSWERS));
    writeFileSync(join(dir, 'bo.yaml'), BO);
    fifo(join(dir, 'waiting.yaml'));
    for (const input of [dir, join(dir, '*.yaml')]) {
      const run = await bounded(['score', '-b', V1, input, '-f', 'json']);
      expect(run.killed).toBe(false);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).respondents.map((r: { respondent: string }) => r.respondent)).toEqual([
        'Bo',
        'Sam Lee',
      ]);
    }
  });

  it('passes over a named pipe in a bank folder', async () => {
    const dir = folder('banks-with-pipe');
    writeFileSync(join(dir, 'my-lens.yaml'), readFileSync(V1, 'utf8').replace(/^id: customer-lens$/m, 'id: my-lens'));
    fifo(join(dir, 'waiting.yaml'));
    const run = await bounded(['list', '--bank-dir', dir]);
    expect(run.killed).toBe(false);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The bank's file is named beside it, or on a line of its own when the path is long.
    expect(run.stdout).toMatch(/^my-lens /m);
    expect(run.stdout).toContain('my-lens.yaml');
    expect(run.stdout).not.toContain('waiting');
  });

  it('skips a named pipe in the results folder with a note, and lists the rest', async () => {
    const data = folder('data-with-pipe');
    expect(leadlens(['take', V1, '--answers', ANSWERS, '--data-dir', data, '-f', 'json']).code).toBe(0);
    const pipe = fifo(join(data, 'results', '2020-01-01T00-00-00.000Z_customer-lens_sam-lee_aaaaaa.json'));
    const run = await bounded(['history', '--data-dir', data]);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(`leadlens: skipping ${pipe}: ${NAMED_PIPE}\n`);
    expect(run.stdout).toContain('Sam Lee');
  });

  it('ignores a named pipe where a draft would be, says so, and asks the questions', async () => {
    const state = folder('state-with-pipe');
    mkdirSync(join(state, 'drafts'));
    const pipe = fifo(join(state, 'drafts', 'customer-lens.json'));
    const env = { LEADLENS_STATE_DIR: state, LEADLENS_CONFIG_DIR: folder('config'), LEADLENS_DATA_DIR: folder('d') };
    const pty = inPty([process.execPath, BIN, 'take', 'customer-lens'], env);
    await pty.waitFor(`ignoring a damaged draft ${pipe}: ${NAMED_PIPE}`);
    await pty.waitFor('1/');
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
  });
});

describe('a file with a great many problems is reported in time', () => {
  const keys = (n: number, indent = '') => Array.from({ length: n }, (_, i) => `${indent}not-a-key-${i}: 1\n`).join('');

  it('validate lists 200,000 unknown keys, each with its line', async () => {
    const bank = readFileSync(V1, 'utf8');
    const path = join(tmp, 'many-keys.yaml');
    writeFileSync(path, bank + keys(200_000));
    const first = bank.split('\n').length;
    const run = await bounded(['validate', path], { timeoutMs: 60_000 });
    expect(run.killed, 'validate took over a minute').toBe(false);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(200_001);
    expect(lines[0]).toBe(
      `${path}:${first}:1 not-a-key-0: unknown key "not-a-key-0" (expected one of: $schema, id, title, version, description, source, scale, bands, dimensions, questions, reflections)`,
    );
    expect(lines[199_999]).toMatch(new RegExp(`^${path}:${first + 199_999}:1 not-a-key-199999: unknown key`));
  }, 90_000);

  it('an answers file with 100,000 unknown question ids is reported, each with its line', async () => {
    const path = join(tmp, 'many-answers.yaml');
    writeFileSync(path, `answers:\n${keys(100_000, '  ')}`);
    const run = await bounded(['take', V1, '--answers', path, '--no-save'], { timeoutMs: 60_000 });
    expect(run.killed, 'take took over a minute').toBe(false);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(100_000);
    expect(lines[0]).toBe(`${path}:2:3 answers.not-a-key-0: "not-a-key-0" is not a question of customer-lens`);
    expect(lines.at(-1)).toMatch(new RegExp(`^${path}:100001:3 answers.not-a-key-99999: `));
  }, 90_000);
});

describe('a file reached twice is one respondent', () => {
  it('a glob through a symbolic link loop scores each file once', () => {
    const dir = folder('loop');
    writeFileSync(join(dir, 'sam.yaml'), readFileSync(ANSWERS));
    writeFileSync(join(dir, 'bo.yaml'), BO);
    symlinkSync('.', join(dir, 'again'));
    const run = leadlens(['score', '-b', V1, join(dir, '**', '*.yaml'), '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).respondents.map((r: { respondent: string }) => r.respondent)).toEqual([
      'Bo',
      'Sam Lee',
    ]);
  });

  it('a file named twice, once through a link, is read once', () => {
    const dir = folder('linked');
    const sam = join(dir, 'sam.yaml');
    writeFileSync(sam, readFileSync(ANSWERS));
    writeFileSync(join(dir, 'bo.yaml'), BO);
    symlinkSync(sam, join(dir, 'link.yaml'));
    const run = leadlens(['score', '-b', V1, sam, join(dir, 'link.yaml'), dir, '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).respondents.map((r: { respondent: string }) => r.respondent)).toEqual([
      'Sam Lee',
      'Bo',
    ]);
  });
});
