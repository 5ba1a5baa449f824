/**
 * Writing results safely: --out writes through what it names (links, devices, FIFOs, descriptors)
 * and keeps a file's mode, owner and links; failures of the disk are one line and exit 74; a run
 * stopped by a signal leaves no temporary file and no hidden cursor. The tests run as root, which
 * ignores file modes, so failures are made with devices and files in the way instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { inPty } from './pty.js';
import { BIN, cleanEnv, fixture, leadlens, ROOT, STACK_LINE, type Run } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-writes-'));
const folder = () => mkdtempSync(join(tmp, 'case-'));
const ANSWERS = fixture('customer-lens.v2.answers.yaml');
const COHORT = fixture('cohort.csv');
/** One respondent's JSON report; `--out` is added by each test. */
const SCORE = ['score', '-b', 'customer-lens', ANSWERS, '-f', 'json'];
const isReport = (text: string) => JSON.parse(text).bank.id === 'customer-lens';

/** A device node of the test's own, so a regression replaces it and never the machine's /dev. */
function device(path: string, kind: 'null' | 'full'): string {
  const made = spawnSync('mknod', [path, 'c', '1', kind === 'null' ? '3' : '7']);
  expect(made.status, made.stderr.toString()).toBe(0);
  return path;
}

/** An I/O failure: exit 74, one line naming it, nothing on stdout and no stack trace. */
function expectIoFailure(run: Run, line: string | RegExp): void {
  expect(run.code, run.stderr).toBe(74);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  if (typeof line === 'string') expect(run.stderr).toBe(`${line}\n`);
  else expect(run.stderr.trimEnd()).toMatch(line);
}

describe('--out writes through what it names', () => {
  it('writes through a symbolic link to the file it names, and keeps the link', () => {
    const dir = folder();
    writeFileSync(join(dir, 'report.json'), 'old\n');
    symlinkSync('report.json', join(dir, 'latest.json'));
    expect(leadlens([...SCORE, '--out', join(dir, 'latest.json')]).code).toBe(0);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(isReport(readFileSync(join(dir, 'report.json'), 'utf8'))).toBe(true);
    // A link to a file not made yet makes it, as a shell redirection would.
    symlinkSync('later.json', join(dir, 'dangling.json'));
    expect(leadlens([...SCORE, '--out', join(dir, 'dangling.json')]).code).toBe(0);
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(isReport(readFileSync(join(dir, 'later.json'), 'utf8'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['dangling.json', 'later.json', 'latest.json', 'report.json']);
  });

  it('writes to a device in place and never replaces it', () => {
    const dir = folder();
    const sink = device(join(dir, 'null'), 'null');
    const run = leadlens([...SCORE, '--out', sink]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(statSync(sink).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('writes to a FIFO for the reader at the other end', () => {
    const dir = folder();
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    // `timeout`: a FIFO replaced by a file must not leave its reader waiting for ever.
    const script = `timeout 20 cat pipe > got & "$0" "$1" ${SCORE.map((a) => `'${a}'`).join(' ')} --out pipe; code=$?; wait; exit $code`;
    const run = spawnSync('sh', ['-c', script, process.execPath, BIN], { cwd: dir, env: cleanEnv(), timeout: 20_000 });
    expect(run.status, run.stderr.toString()).toBe(0);
    expect(isReport(readFileSync(join(dir, 'got'), 'utf8'))).toBe(true);
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('writes to /dev/stdout, also for a user other than root, and to a link to a descriptor', () => {
    // That user may not be able to read the checkout (a clone in a private temporary folder): the
    // built CLI and the answers are copied where anyone can read them.
    const readable = mkdtempSync(join(tmpdir(), 'leadlens-readable-'));
    chmodSync(readable, 0o755);
    for (const part of ['bin', 'dist', 'assessments', 'package.json'])
      cpSync(join(ROOT, part), join(readable, part), { recursive: true });
    cpSync(ANSWERS, join(readable, 'answers.yaml'));
    const asUserScore = SCORE.map((arg) => (arg === ANSWERS ? 'answers.yaml' : arg));
    // The shell runs as that user, so the pipe it makes is theirs, as in a terminal session.
    const asUser = spawnSync(
      'sh',
      [
        '-c',
        `"$0" "$1" ${asUserScore.join(' ')} --out /dev/stdout | cat`,
        process.execPath,
        join(readable, 'bin', 'leadlens'),
      ],
      {
        cwd: readable,
        env: cleanEnv({ HOME: '/nonexistent' }),
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
      },
    );
    expect(asUser.stderr).toBe('');
    expect(isReport(asUser.stdout)).toBe(true);
    const dir = folder();
    symlinkSync('/proc/self/fd/1', join(dir, 'out'));
    const run = leadlens([...SCORE, '--out', join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(isReport(run.stdout)).toBe(true);
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
  });

  it("keeps an existing file's mode and owner", () => {
    const path = join(folder(), 'private.json');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o600);
    chownSync(path, 1000, 1000);
    expect(leadlens([...SCORE, '--out', path]).code).toBe(0);
    const stats = statSync(path);
    expect(stats.mode & 0o777).toBe(0o600);
    expect([stats.uid, stats.gid]).toEqual([1000, 1000]);
    expect(isReport(readFileSync(path, 'utf8'))).toBe(true);
  });

  it('rewrites a file with other hard links in place, so every name sees the report', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.json'), 'old\n');
    linkSync(join(dir, 'a.json'), join(dir, 'b.json'));
    expect(leadlens([...SCORE, '--out', join(dir, 'a.json')]).code).toBe(0);
    expect(statSync(join(dir, 'a.json')).ino).toBe(statSync(join(dir, 'b.json')).ino);
    expect(isReport(readFileSync(join(dir, 'b.json'), 'utf8'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('takes a name of 240 characters', () => {
    const dir = folder();
    const name = `${'r'.repeat(235)}.json`;
    const run = leadlens([...SCORE, '--out', join(dir, name)]);
    expect(run.stderr).toBe('');
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('saves results where only the user can read them', () => {
    const data = join(folder(), 'data');
    const run = leadlens(['take', 'customer-lens', '--answers', ANSWERS, '-f', 'json', '--data-dir', data]);
    expect(run.code, run.stderr).toBe(0);
    const results = join(data, 'results');
    expect(statSync(results).mode & 0o777).toBe(0o700);
    const [saved] = readdirSync(results);
    expect(statSync(join(results, saved!)).mode & 0o777).toBe(0o600);
  });
});

describe('a failure of the disk is one line and exit 74', () => {
  it('a full device named by --out', () => {
    const full = device(join(folder(), 'full'), 'full');
    expectIoFailure(
      leadlens([...SCORE, '--out', full]),
      `leadlens: cannot write "${full}": no space left on the device`,
    );
    expect(statSync(full).isCharacterDevice()).toBe(true);
  });

  it('a folder named by --out, and a file where a folder should be', () => {
    const dir = folder();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'notes'), 'a file\n');
    const into = join(dir, 'reports');
    expectIoFailure(
      leadlens([...SCORE, '--out', into]),
      `leadlens: cannot write "${into}": it is a directory, not a file`,
    );
    const under = join(dir, 'notes', 'report.json');
    expectIoFailure(
      leadlens([...SCORE, '--out', under]),
      `leadlens: cannot write "${under}": a part of the path is not a folder`,
    );
    expect(readdirSync(dir).sort()).toEqual(['notes', 'reports']);
    expect(readdirSync(into)).toEqual([]);
  });

  it('a full disk on stdout, for a listing and for a report (never 1, the threshold code)', () => {
    for (const args of [['list'], SCORE, ['score', '-b', 'customer-lens', '--csv', COHORT, '-f', 'csv']]) {
      const full = openSync('/dev/full', 'w');
      const run = spawnSync(process.execPath, [BIN, ...args], {
        cwd: ROOT,
        env: cleanEnv(),
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      closeSync(full);
      expectIoFailure(
        { code: run.status, stdout: '', stderr: run.stderr.replace(/^leadlens: .*cohort\.csv: .*\n/gm, '') },
        'leadlens: cannot write to standard output: no space left on the device',
      );
    }
  });

  it('a reader that goes away ends the run quietly with exit 0', () => {
    const rows = ['respondent,know-1,focus-1', ...Array.from({ length: 20_000 }, (_, i) => `r${i},4,3`)].join('\n');
    const csv = join(folder(), 'big.csv');
    writeFileSync(csv, `${rows}\n`);
    const script = `"$0" "$1" score -b customer-lens --csv "$2" -f csv 2>err | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"; cat err`;
    const run = spawnSync('bash', ['-c', script, process.execPath, BIN, csv], {
      cwd: dirname(csv),
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(run.stdout.split('\n')[0]).toBe('0');
    expect(run.stdout).not.toMatch(STACK_LINE);
  });
});

/** Starts `score --csv -` into a file, waits for its temporary file, and sends `signal`. */
async function stopDuringScore(signal: NodeJS.Signals) {
  const dir = folder();
  const child = spawn(
    process.execPath,
    [BIN, 'score', '-b', 'customer-lens', '--csv', '-', '-f', 'csv', '--out', join(dir, 'report.csv')],
    { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  onTestFinished(() => void child.kill('SIGKILL'));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  // Half a cohort: the report is being written when the signal comes.
  child.stdin.write('respondent,know-1,know-2\nAnn,4,2\n');
  await until(() => readdirSync(dir).some((name) => name.endsWith('.tmp')));
  child.kill(signal);
  const end = await exited;
  child.stdin.destroy();
  return { ...end, left: readdirSync(dir), stderr };
}

/** Waits for a condition (a file to appear), checking every few milliseconds; no test asserts on time. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; !condition(); i++) {
    if (i > 2000) throw new Error('waited 20 s for the condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a run stopped by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s during score --out removes the temporary file and exits %i', async (signal, code) => {
    const run = await stopDuringScore(signal);
    expect({ code: run.code, signal: run.signal }).toEqual({ code, signal: null });
    expect(run.left).toEqual([]);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('SIGINT while --out waits for a FIFO to be read ends the run, and leaves the FIFO', async () => {
    const fifo = join(folder(), 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, ...SCORE, '--out', fifo], { env: cleanEnv(), stdio: 'ignore' });
    onTestFinished(() => void child.kill('SIGKILL')); // a regression would hang: leave no process behind
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // A thread of it waits in open() for a reader, as Linux shows in /proc.
    const waiting = () =>
      readdirSync(`/proc/${child.pid}/task`).some((task) => {
        try {
          return readFileSync(`/proc/${child.pid}/task/${task}/wchan`, 'utf8') === 'wait_for_partner';
        } catch {
          return false;
        }
      });
    await until(waiting);
    child.kill('SIGINT');
    // Node waits for its worker threads as it exits: the open must be let go, or the exit never comes.
    expect(await exited).toBe(130);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('SIGTERM during a prompt shows the cursor the prompt hid', async () => {
    const dir = folder();
    const pidFile = join(dir, 'pid');
    const pty = inPty(
      ['sh', '-c', `echo $$ > '${pidFile}'; exec "$@"`, 'sh', process.execPath, BIN, 'take', 'customer-lens'],
      {
        LEADLENS_STATE_DIR: join(dir, 'state'),
        LEADLENS_CONFIG_DIR: join(dir, 'config'),
      },
    );
    await pty.waitFor('1/');
    process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
    expect(await pty.exit).toBe(143);
    const screen = pty.output();
    expect(screen).toContain('\u001b[?25l');
    expect(screen.lastIndexOf('\u001b[?25h')).toBeGreaterThan(screen.lastIndexOf('\u001b[?25l'));
  });

  it('what a killed run left is removed by the next write to the same file', () => {
    const dir = folder();
    // A process that has ended: its id names no one now.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const leftover = `.report.csv.${gone}.abcd1234.tmp`;
    const ours = `.report.csv.${process.pid}.abcd1234.tmp`;
    const other = `.notes.csv.${gone}.abcd1234.tmp`;
    for (const name of [leftover, ours, other]) writeFileSync(join(dir, name), 'partial');
    expect(leadlens([...SCORE, '--out', join(dir, 'report.csv')]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([other, ours, 'report.csv'].sort());
  });
});
