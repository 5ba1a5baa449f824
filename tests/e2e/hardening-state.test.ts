/**
 * What leadlens keeps between runs (saved results, drafts) and the terminal it asks on, when they
 * are not what it left: damaged files are named and skipped, parallel sessions keep their own
 * drafts, and a terminal that goes away ends a session with exit 129 and its draft kept.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inPty, type Pty } from './pty.js';
import { BIN, leadlens, shippedBank, STACK_LINE } from './run.js';

const ENTER = '\r';
const DOWN = '\u001b[B';
const CTRL_C = '\u0003';
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-state-'));
const lens = shippedBank('customer-lens');
const N = lens.questions.length;

/** Folders of a test's own: state (drafts), data (results) and config. */
const fresh = () => ({
  LEADLENS_STATE_DIR: mkdtempSync(join(tmp, 'state-')),
  LEADLENS_DATA_DIR: mkdtempSync(join(tmp, 'data-')),
  LEADLENS_CONFIG_DIR: mkdtempSync(join(tmp, 'config-')),
});

const answersFile = (digit: number) => {
  const path = join(tmp, `all-${digit}.yaml`);
  writeFileSync(path, `answers:\n${lens.questions.map((q) => `  ${q.id}: ${digit}`).join('\n')}\n`);
  return path;
};

/** A result as `take --format json` gives it. */
const resultOf = (digit: number, date: string) => {
  const run = leadlens(['take', 'customer-lens', '-a', answersFile(digit), '--date', date, '-f', 'json', '--no-save']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown> & { bank: { contentHash: string; version: string } };
};

const draftsIn = (env: { LEADLENS_STATE_DIR: string }) => {
  const dir = join(env.LEADLENS_STATE_DIR, 'drafts');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};
const readDraft = (env: { LEADLENS_STATE_DIR: string }, name: string) =>
  JSON.parse(readFileSync(join(env.LEADLENS_STATE_DIR, 'drafts', name), 'utf8')) as {
    responses: { answers: Record<string, number> };
  };

/** A draft as leadlens writes it, of the shipped customer-lens, with the first `answered` questions answered. */
let shipped: { contentHash: string; version: string } | undefined;
function putDraft(env: { LEADLENS_STATE_DIR: string }, name: string, savedAt: string, answered: number): void {
  const bank = (shipped ??= resultOf(3, '2026-01-01').bank);
  const answers = Object.fromEntries(lens.questions.slice(0, answered).map((q) => [q.id, 2]));
  mkdirSync(join(env.LEADLENS_STATE_DIR, 'drafts'), { recursive: true });
  writeFileSync(
    join(env.LEADLENS_STATE_DIR, 'drafts', name),
    JSON.stringify({
      schemaVersion: 1,
      bank: { id: 'customer-lens', version: bank.version, contentHash: bank.contentHash },
      savedAt,
      responses: { respondent: null, answers, notApplicable: [], reflections: {} },
    }),
  );
}

/** Answers questions `from`..the last with `digit`, skips the reflections, and scores. */
async function finish(pty: Pty, from: number, digit: string): Promise<void> {
  for (let n = from; n <= N; n++) {
    await pty.waitFor(`${n}/${N}`);
    pty.send(`${digit}${ENTER}`);
  }
  for (const r of lens.reflections) {
    await pty.waitFor(r.text.slice(0, 30));
    pty.send(ENTER);
  }
  await pty.waitFor('Score my answers');
  pty.send(ENTER);
}

const take = (env: Record<string, string>, ...args: string[]) =>
  inPty([process.execPath, BIN, 'take', 'customer-lens', '--no-pager', ...args], env);

describe('saved results that are not what leadlens wrote', () => {
  it('are skipped with one note each by history, compare and trend, which go on with the rest', () => {
    const env = fresh();
    const results = join(env.LEADLENS_DATA_DIR, 'results');
    mkdirSync(results);
    const good = [resultOf(2, '2026-01-05'), resultOf(4, '2026-02-05')];
    good.forEach((r, i) => writeFileSync(join(results, `2026-0${i + 1}-05_good.json`), JSON.stringify(r)));
    const { plan: _, ...withoutPlan } = good[1]!;
    const bad = [
      ['2026-03-01_overall.json', { ...good[1], overall: null }, 'overall: expected an object, found null'],
      ['2026-03-02_respondent.json', { ...good[1], respondent: 5 }, 'respondent: expected text, found a number'],
      ['2026-03-03_plan.json', withoutPlan, 'plan: missing'],
    ] as const;
    for (const [name, value] of bad) writeFileSync(join(results, name), JSON.stringify(value));
    const notes = bad.map(
      ([name, , reason]) => `leadlens: skipping ${join(results, name)}: not a leadlens result (${reason})`,
    );

    // A listing left empty by its filter reads the folder once too, so each file is named once.
    for (const args of [
      ['history'],
      ['history', '-f', 'json'],
      ['history', '--bank', 'servant-leader'],
      ['compare'],
      ['trend', '--bank', 'customer-lens'],
    ]) {
      const run = leadlens(args, { env });
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(run.stderr.trimEnd().split('\n')).toEqual(notes);
    }
    expect(JSON.parse(leadlens(['history', '-f', 'json'], { env }).stdout)).toHaveLength(2);
    expect(leadlens(['compare'], { env }).stdout).toContain('2026-01-05 → 2026-02-05');
    // Named on the command line, a damaged result is the user's mistake: refused in one line.
    const named = leadlens(['compare', join(results, bad[0][0]), '1'], { env });
    expect(named.code).toBe(2);
    expect(named.stderr.trimEnd().split('\n').at(-1)).toBe(
      `leadlens: cannot read result "${join(results, bad[0][0])}": not a leadlens result (overall: expected an object, found null)`,
    );
  });

  it('a results folder that cannot be read, or a data folder that is a file, is an error naming it (exit 74)', () => {
    const dataFile = join(tmp, 'data-is-a-file');
    writeFileSync(dataFile, 'not a folder');
    const env = fresh();
    writeFileSync(join(env.LEADLENS_DATA_DIR, 'results'), 'not a folder either');
    const cases = [
      [dataFile, `cannot read the saved results in ${join(dataFile, 'results')}: ${dataFile} is a file, not a folder`],
      [
        env.LEADLENS_DATA_DIR,
        `cannot read the saved results in ${join(env.LEADLENS_DATA_DIR, 'results')}: ${join(env.LEADLENS_DATA_DIR, 'results')} is a file, not a folder`,
      ],
    ];
    for (const [data, message] of cases) {
      for (const args of [['history'], ['compare'], ['trend', '--bank', 'customer-lens']]) {
        const run = leadlens(args, { env: { LEADLENS_DATA_DIR: data! } });
        expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(74);
        expect(run.stderr).toBe(`leadlens: ${message}\n`);
        expect(run.stdout).toBe('');
      }
    }
  });
});

describe('drafts that are not what leadlens wrote', () => {
  it('a draft of valid JSON but the wrong shape is named once and left aside; the take goes on', async () => {
    const env = fresh();
    mkdirSync(join(env.LEADLENS_STATE_DIR, 'drafts'));
    const damaged = join(env.LEADLENS_STATE_DIR, 'drafts', 'customer-lens.json');
    putDraft(env, 'customer-lens.json', '2026-01-01T09:00:00.000Z', 2);
    const draft = JSON.parse(readFileSync(damaged, 'utf8'));
    writeFileSync(damaged, JSON.stringify({ ...draft, responses: { ...draft.responses, answers: null } }));
    const pty = take(env);
    await pty.waitFor(`1/${N}`);
    pty.send(CTRL_C);
    expect(await pty.exit).toBe(130);
    const note = `leadlens: ignoring a damaged draft ${damaged}: not a leadlens draft (responses.answers: expected an object, found null)`;
    expect(pty.output().split(note)).toHaveLength(2);
    expect(pty.output()).not.toMatch(STACK_LINE);
  });

  it('a folder where a draft should be is named once; the take finishes, saved, with exit 0', async () => {
    const env = fresh();
    const folder = join(env.LEADLENS_STATE_DIR, 'drafts', 'customer-lens.json');
    mkdirSync(join(folder, 'inside'), { recursive: true });
    const pty = take(env, '-f', 'json');
    await finish(pty, 1, '3');
    expect(await pty.exit).toBe(0);
    expect(
      pty.output().split(`leadlens: ignoring a damaged draft ${folder}: it is a directory, not a file`),
    ).toHaveLength(2);
    expect(pty.output()).not.toContain('could not save a draft');
    expect(leadlens(['history', '-f', 'json'], { env }).stdout).toContain('"customer-lens"');
    // This session's own draft went with the finish; the folder is not leadlens' to remove.
    expect(draftsIn(env)).toEqual(['customer-lens.json']);
  });

  it('drafts that cannot be written are said once, not at every answer; the take still finishes', async () => {
    const env = fresh();
    writeFileSync(join(env.LEADLENS_STATE_DIR, 'drafts'), 'a file where the drafts folder should be');
    const pty = take(env, '-f', 'json');
    await finish(pty, 1, '4');
    expect(await pty.exit).toBe(0);
    const warning = `leadlens: could not save a draft in ${join(env.LEADLENS_STATE_DIR, 'drafts')}: a file stands where the folder should be; this session's answers are kept only if you finish it`;
    expect(pty.output().split(warning)).toHaveLength(2);
    expect(JSON.parse(leadlens(['history', '-f', 'json'], { env }).stdout)).toHaveLength(1);
  });

  it('a draft carried on that cannot be removed afterwards is said once; the take still finishes with exit 0', async () => {
    const env = fresh();
    putDraft(env, 'customer-lens.json', '2026-01-01T09:00:00.000Z', 2);
    const old = join(env.LEADLENS_STATE_DIR, 'drafts', 'customer-lens.json');
    const pty = take(env, '--resume', '-f', 'json');
    await pty.waitFor(`3/${N}`);
    // The draft turns into a folder with something in it, which no removal of a draft may touch.
    rmSync(old);
    mkdirSync(join(old, 'keep'), { recursive: true });
    pty.send(`2${ENTER}`);
    await finish(pty, 4, '2');
    expect(await pty.exit).toBe(0);
    expect(
      pty.output().split(`leadlens: could not remove the draft ${old}: it is a directory, not a file`),
    ).toHaveLength(2);
    expect(existsSync(join(old, 'keep'))).toBe(true);
    expect(draftsIn(env)).toEqual(['customer-lens.json']);
  });
});

describe('drafts of sessions that run at once', () => {
  it('20 parallel sessions of one bank keep 20 drafts, each with its own answers; finishing removes only its own', async () => {
    const env = fresh();
    const sessions = Array.from({ length: 20 }, () => take(env, '-f', 'json'));
    // Every session is at its first question before any answers: none of them has a draft to offer yet.
    await Promise.all(sessions.map((pty) => pty.waitFor(`1/${N}`, 30_000)));
    // Two answers per session, a pair no other session gives.
    const pair = (i: number) => [(i % 5) + 1, Math.floor(i / 5) + 1];
    await Promise.all(
      sessions.map(async (pty, i) => {
        pty.send(`${pair(i)[0]}${ENTER}`);
        await pty.waitFor(`2/${N}`, 30_000);
        pty.send(`${pair(i)[1]}${ENTER}`);
        await pty.waitFor(`3/${N}`, 30_000);
      }),
    );
    const [q1, q2] = [lens.questions[0]!.id, lens.questions[1]!.id];
    const answersOf = (name: string) => readDraft(env, name).responses.answers;
    const drafts = draftsIn(env);
    expect(drafts).toHaveLength(20);
    expect(drafts.map((name) => [answersOf(name)[q1], answersOf(name)[q2]]).sort()).toEqual(
      sessions.map((_, i) => pair(i)).sort(),
    );

    const mine = drafts.find((name) => answersOf(name)[q1] === 1 && answersOf(name)[q2] === 1)!;
    sessions[0]!.send(`3${ENTER}`);
    await finish(sessions[0]!, 4, '3');
    expect(await sessions[0]!.exit).toBe(0);
    for (const pty of sessions.slice(1)) pty.send(CTRL_C);
    expect(await Promise.all(sessions.slice(1).map((pty) => pty.exit))).toEqual(Array(19).fill(130));
    expect(draftsIn(env)).toEqual(drafts.filter((name) => name !== mine));
  }, 120_000);

  it('the next take lists every draft with its time and answers, plus start over; the chosen one is carried on', async () => {
    const env = fresh();
    putDraft(env, 'customer-lens.json', '2026-01-01T09:00:00.000Z', 1); // as versions up to 0.2 kept it
    putDraft(env, 'customer-lens.aaaaaaaaaa.json', '2026-01-03T09:00:00.000Z', 3);
    putDraft(env, 'customer-lens.bbbbbbbbbb.json', '2026-01-02T09:00:00.000Z', 2);
    const pty = take(env);
    await pty.waitFor('You have 3 unfinished drafts of The customer lens. Which one do you carry on?');
    await pty.waitFor('Start over (the 3 drafts are discarded)');
    const screen = pty.output();
    const lines = [
      `Resume the draft from 2026-01-03 09:00: 3 of ${N} answered`,
      `Resume the draft from 2026-01-02 09:00: 2 of ${N} answered`,
      `Resume the draft from 2026-01-01 09:00: 1 of ${N} answered`,
      'Start over (the 3 drafts are discarded)',
    ];
    const at = lines.map((line) => screen.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at); // newest first, start over last
    pty.send(`${DOWN}${ENTER}`); // the one from 2026-01-02, with 2 answers
    await pty.waitFor(`3/${N}`);
    pty.send(`5${ENTER}`);
    await pty.waitFor(`4/${N}`);
    pty.send(CTRL_C);
    expect(await pty.exit).toBe(130);
    // The draft carried on is now this session's, with one more answer; the others wait as they were.
    const drafts = draftsIn(env);
    expect(drafts).toHaveLength(3);
    expect(drafts).toEqual(expect.arrayContaining(['customer-lens.json', 'customer-lens.aaaaaaaaaa.json']));
    const mine = drafts.find((name) => !['customer-lens.json', 'customer-lens.aaaaaaaaaa.json'].includes(name))!;
    expect(Object.values(readDraft(env, mine).responses.answers)).toEqual([2, 2, 5]);
  });

  it('--resume carries on the newest draft; starting over discards them all once there is a new one', async () => {
    const env = fresh();
    putDraft(env, 'customer-lens.json', '2026-01-01T09:00:00.000Z', 1);
    putDraft(env, 'customer-lens.aaaaaaaaaa.json', '2026-01-03T09:00:00.000Z', 3);
    const resumed = take(env, '--resume');
    await resumed.waitFor(`4/${N}`);
    resumed.send(CTRL_C);
    expect(await resumed.exit).toBe(130);
    expect(resumed.output()).not.toContain('unfinished draft');
    expect(draftsIn(env)).toEqual(['customer-lens.aaaaaaaaaa.json', 'customer-lens.json']);

    const over = take(env);
    await over.waitFor('Start over (the 2 drafts are discarded)');
    over.send(`${DOWN}${DOWN}${ENTER}`);
    await over.waitFor(`1/${N}`);
    over.send(`1${ENTER}`);
    await over.waitFor(`2/${N}`);
    over.send(CTRL_C);
    expect(await over.exit).toBe(130);
    const [only, ...rest] = draftsIn(env);
    expect(rest).toEqual([]);
    expect(basename(only!)).toMatch(/^customer-lens\.[a-z0-9]{10}\.json$/);
    expect(Object.values(readDraft(env, only!).responses.answers)).toEqual([1]);
  });
});

describe('the terminal going away during take', () => {
  // The shell in between ignores the hangup, so it outlives the terminal to write down leadlens' exit code.
  const hangUp = async (env: ReturnType<typeof fresh>, redirect: string) => {
    const code = join(env.LEADLENS_STATE_DIR, 'exit-code');
    const pty = inPty(
      ['sh', '-c', `trap '' HUP; "${process.execPath}" "${BIN}" take customer-lens ${redirect}; echo $? > "${code}"`],
      env,
    );
    await pty.waitFor(`1/${N}`);
    pty.send(`4${ENTER}`);
    await pty.waitFor(`2/${N}`);
    pty.kill('SIGKILL'); // the holder of the terminal's other end is gone: the terminal hangs up
    await pty.exit;
    // leadlens now runs on without a terminal; the shell writes its exit code when it ends.
    for (let i = 0; i < 300 && !existsSync(code); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    return readFileSync(code, 'utf8').trim();
  };

  it('exits 129 with the draft kept, and no crash, no assertion, no stack trace', async () => {
    const env = fresh();
    const errors = join(env.LEADLENS_STATE_DIR, 'stderr.txt');
    expect(await hangUp(env, `2>"${errors}"`)).toBe('129');
    const stderr = readFileSync(errors, 'utf8');
    expect(stderr).not.toMatch(/Assertion|SIGSEGV|setRawMode|Error:/);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'leadlens: your answers to customer-lens so far are kept as a draft; run `leadlens take customer-lens` to carry on.',
      'leadlens: the terminal went away; stopped.',
    ]);
    const drafts = draftsIn(env).filter((name) => name.endsWith('.json'));
    expect(drafts).toHaveLength(1);
    expect(readDraft(env, drafts[0]!).responses.answers).toEqual({ [lens.questions[0]!.id]: 4 });
  });

  it('exits 129 too when all its output went to the terminal that is gone', async () => {
    const env = fresh();
    expect(await hangUp(env, '')).toBe('129');
    expect(draftsIn(env).filter((name) => name.endsWith('.json'))).toHaveLength(1);
  });
});
