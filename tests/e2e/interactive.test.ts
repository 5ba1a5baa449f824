import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { inPty, type Pty } from './pty.js';
import { BIN, ROOT, SHIPPED_IDS, shippedBank, type ShippedBank } from './run.js';

const ENTER = '\r';
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-pty-'));
/** A state folder of its own per test, so one test's draft never meets another. */
const fresh = () => ({
  LEADLENS_STATE_DIR: mkdtempSync(join(tmp, 'state-')),
  LEADLENS_CONFIG_DIR: mkdtempSync(join(tmp, 'config-')),
});

/** The drafts of a bank in a state folder: one per session, `<bank>.<session tag>.json`. */
const draftsOf = (env: { LEADLENS_STATE_DIR: string }, bank: string) => {
  const dir = join(env.LEADLENS_STATE_DIR, 'drafts');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => new RegExp(`^${bank}\\.[a-z0-9]{10}\\.json$`).test(name))
        .map((name) => join(dir, name))
    : [];
};

const bankOf = shippedBank;
const lens = bankOf('customer-lens');
const N = lens.questions.length;
/** The digits that pick "does not apply" and "Back": after the scale's labels. */
const NA = String(lens.scale.labels.length + 1);
const BACK = String(lens.scale.labels.length + 2);

/** Waits for a reflection by its own words: a prompt is drawn more than once, so its title is not enough. */
const reflection = (pty: Pty, r: { text: string }) => pty.waitFor(r.text.slice(0, 30));

/** Answers questions `from`..the last of `bank` with `digit`, skips its reflections, and scores. */
async function finish(pty: Pty, from: number, digit: string, bank: ShippedBank = lens): Promise<void> {
  const total = bank.questions.length;
  for (let n = from; n <= total; n++) {
    await pty.waitFor(`${n}/${total}`);
    pty.send(`${digit}${ENTER}`);
  }
  for (const r of bank.reflections) {
    await reflection(pty, r);
    pty.send(ENTER);
  }
  await pty.waitFor('Score my answers');
  pty.send(ENTER);
}

describe('interactive take in a real terminal', () => {
  it('asks every question with its recall window, goes back, takes "does not apply", reviews, and writes JSON to a redirected stdout', async () => {
    const out = join(tmp, 'result.json');
    // stdout goes to a file; the prompts must still reach the terminal.
    const pty = inPty(
      ['sh', '-c', `"${process.execPath}" "${BIN}" take customer-lens --format json --respondent Pat > "${out}"`],
      fresh(),
    );
    await pty.waitFor(`1/${N}`);
    await pty.waitFor('In the last three months, how often did you do this?');
    pty.send(`5${ENTER}`);
    await pty.waitFor(`2/${N}`);
    pty.send(`${BACK}${ENTER}`);
    await pty.waitFor(`1/${N}`);
    pty.send(`3${ENTER}`); // change the first answer to 3
    await pty.waitFor(`2/${N}`);
    pty.send(`${NA}${ENTER}`); // does not apply
    for (let n = 3; n <= N; n++) {
      await pty.waitFor(`${n}/${N}`);
      pty.send(`4${ENTER}`);
    }
    await reflection(pty, lens.reflections[0]!);
    pty.send(`Newer customers are a blur${ENTER}`);
    for (const r of lens.reflections.slice(1)) {
      await reflection(pty, r);
      pty.send(ENTER);
    }
    await pty.waitFor('Score my answers');
    pty.send(ENTER);
    expect(await pty.exit).toBe(0);

    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.respondent).toBe('Pat');
    expect(result.answers[lens.questions[0]!.id]).toBe(3);
    expect(result.notApplicable).toEqual([lens.questions[1]!.id]);
    expect(Object.values(result.answers)).toHaveLength(N - 1);
    expect(result.reflections).toEqual([
      { id: lens.reflections[0]!.id, question: lens.reflections[0]!.text, answer: 'Newer customers are a blur' },
    ]);
    expect(pty.output()).not.toContain('"schemaVersion"'); // the report went to the file, not the screen
  });

  it('prints the coloured report on the terminal when stdout is the terminal', async () => {
    const pty = inPty([process.execPath, BIN, 'take', 'customer-lens'], fresh());
    await finish(pty, 1, '2');
    expect(await pty.exit).toBe(0);
    expect(pty.output()).toContain('Your 90-day plan');
    expect(pty.output()).toMatch(/\u001b\[3\dm/);
  });

  it('pages a report longer than the terminal through less, which quits on q', async () => {
    const pty = inPty(
      [process.execPath, BIN, 'take', 'customer-lens', '--no-save'],
      { ...fresh(), PAGER: '' },
      { rows: 24 },
    );
    await finish(pty, 1, '1');
    await pty.waitFor('Your focus for the next 90 days');
    pty.send('q');
    expect(await pty.exit).toBe(0);
    expect(pty.output()).not.toContain('Based on "'); // the end of the report was never shown
  });

  it('stops cleanly on Ctrl-C with exit 130, keeps the answers, and resumes where it stopped', async () => {
    const env = fresh();
    const pty = inPty([process.execPath, BIN, 'take', 'customer-lens'], env);
    await pty.waitFor(`1/${N}`);
    pty.send(`4${ENTER}`);
    await pty.waitFor(`2/${N}`);
    pty.send(`2${ENTER}`);
    await pty.waitFor(`3/${N}`);
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
    expect(pty.output()).toContain(
      'leadlens: your answers to customer-lens so far are kept as a draft; run `leadlens take customer-lens` to carry on.',
    );
    expect(pty.output()).toContain('leadlens: stopped.');
    expect(pty.output()).not.toMatch(/^\s+at /m);
    expect(draftsOf(env, 'customer-lens')).toHaveLength(1);
    const draft = JSON.parse(readFileSync(draftsOf(env, 'customer-lens')[0]!, 'utf8'));
    expect(draft.responses.answers).toEqual({ [lens.questions[0]!.id]: 4, [lens.questions[1]!.id]: 2 });

    const again = inPty([process.execPath, BIN, 'take', 'customer-lens', '--format', 'json'], env);
    await again.waitFor('Resume at question 3');
    again.send(ENTER); // Resume at question 3
    await finish(again, 3, '3');
    expect(await again.exit).toBe(0);
    expect(again.output()).toContain(`"${lens.questions[1]!.id}": 2`);
    expect(draftsOf(env, 'customer-lens')).toEqual([]);
  });

  it('saves each bank of a session as it is finished; Ctrl-C names what is done and what the draft holds', async () => {
    const env = { ...fresh(), LEADLENS_DATA_DIR: mkdtempSync(join(tmp, 'data-')) };
    const [first, second] = [bankOf('leader-as-coach'), bankOf('servant-leader')];
    const pty = inPty([process.execPath, BIN, 'take', first.id, second.id], env);
    await finish(pty, 1, '3', first);
    const total = second.questions.length;
    await pty.waitFor(`1/${total}`);
    pty.send(`4${ENTER}`);
    await pty.waitFor(`2/${total}`);
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
    expect(pty.output()).toContain(
      `leadlens: ${first.id} is done and saved (see leadlens history); your answers to ${second.id} so far are kept as a draft; run \`leadlens take ${second.id}\` to carry on.`,
    );
    const { leadlens } = await import('./run.js');
    const saved = JSON.parse(leadlens(['history', '--format', 'json'], { env }).stdout);
    expect(saved.map((r: { bank: { id: string } }) => r.bank.id)).toEqual([first.id]);
    expect(draftsOf(env, first.id)).toEqual([]);
    expect(draftsOf(env, second.id)).toHaveLength(1);
  });

  it('resumes at the reflection it stopped at, not at a question already answered', async () => {
    const env = fresh();
    const pty = inPty([process.execPath, BIN, 'take', 'customer-lens', '--no-pager'], env);
    for (let n = 1; n <= N; n++) {
      await pty.waitFor(`${n}/${N}`);
      pty.send(`3${ENTER}`);
    }
    await reflection(pty, lens.reflections[0]!);
    pty.send(`First thoughts${ENTER}`);
    await reflection(pty, lens.reflections[1]!);
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
    const again = inPty([process.execPath, BIN, 'take', 'customer-lens', '--no-pager'], env);
    await again.waitFor(`Resume at reflection 2 of ${lens.reflections.length}`);
    again.send(ENTER);
    await reflection(again, lens.reflections[1]!);
    again.send('\u0003');
    expect(await again.exit).toBe(130);
    expect(again.output()).not.toContain(`${N}/${N}`);
  });

  it('with --no-save, Ctrl-C keeps no draft, and says so', async () => {
    const env = fresh();
    const pty = inPty([process.execPath, BIN, 'take', 'customer-lens', '--no-save'], env);
    await pty.waitFor(`1/${N}`);
    pty.send(`4${ENTER}`);
    await pty.waitFor(`2/${N}`);
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
    expect(pty.output()).toContain('leadlens: nothing was saved (--no-save).');
    expect(existsSync(join(env.LEADLENS_STATE_DIR, 'drafts'))).toBe(false);
  });

  it('runs the observer form in the third person, and its file feeds a 360', async () => {
    const seen = lens.questions.filter((q) => !q.selfOnly);
    const file = join(tmp, 'observer.yaml');
    const pty = inPty(
      [
        process.execPath,
        BIN,
        'take',
        'customer-lens',
        '--observer-of',
        'Sam Lee',
        '--relationship',
        'manager',
        '--out',
        file,
      ],
      fresh(),
    );
    for (let n = 1; n <= seen.length; n++) {
      await pty.waitFor(`${n}/${seen.length}`);
      pty.send(`${n === 1 ? NA : '2'}${ENTER}`);
    }
    await pty.waitFor('Save my answers');
    pty.send(ENTER);
    expect(await pty.exit).toBe(0);
    expect(pty.output()).toContain('In the last three months, how often did Sam Lee do this?');
    expect(pty.output()).toContain(`${NA}. I have not seen this`);
    expect(pty.output()).toContain(
      `Sam Lee ${(parse(readFileSync(join(ROOT, 'assessments/customer-lens.yaml'), 'utf8')) as { questions: { observer: string }[] }).questions[0]!.observer.split(' ').slice(0, 3).join(' ')}`,
    );
    const written = parse(readFileSync(file, 'utf8'));
    expect(written).toMatchObject({ bank: 'customer-lens', about: 'Sam Lee', group: 'manager' });
    expect(written.answers[seen[0]!.id]).toBe('na');
    expect(Object.keys(written.answers)).toHaveLength(seen.length);
    expect(written.respondent).toBeUndefined();

    const { leadlens } = await import('./run.js');
    const self = join(tmp, 'self-for-360.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(self, `respondent: Sam Lee\nanswers:\n${lens.questions.map((q) => `  ${q.id}: 4`).join('\n')}\n`);
    const run = leadlens(['360', '--bank', 'customer-lens', '--self', self, '--observers', file, '-f', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).feedback360.observers).toBe(1);
  });

  it('answers given in the terminal and the same answers given as files make the same plan', async () => {
    const out = join(tmp, 'session.json');
    const ids = ['leader-as-coach', 'servant-leader'];
    const pty = inPty(
      ['sh', '-c', `"${process.execPath}" "${BIN}" take ${ids.join(' ')} --format json --no-save > "${out}"`],
      fresh(),
    );
    for (const id of ids) await finish(pty, 1, '2', bankOf(id));
    expect(await pty.exit).toBe(0);
    const asked = JSON.parse(readFileSync(out, 'utf8'));
    const { leadlens } = await import('./run.js');
    const { writeFileSync } = await import('node:fs');
    const files = ids.map((id) => {
      const path = join(tmp, `${id}-twos.yaml`);
      writeFileSync(
        path,
        `answers:\n${bankOf(id)
          .questions.map((q) => `  ${q.id}: 2`)
          .join('\n')}\n`,
      );
      return path;
    });
    const given = JSON.parse(
      leadlens(['take', ...ids, ...files.flatMap((f) => ['--answers', f]), '--format', 'json', '--no-save']).stdout,
    );
    expect(asked.kind).toBe('session');
    expect(given.plan).toEqual(asked.plan);
    expect(given.plan.focus).toHaveLength(3);
  });

  it('the menu asks the name once, remembers it, and saves results under it', async () => {
    const env = { ...fresh(), LEADLENS_DATA_DIR: mkdtempSync(join(tmp, 'data-')) };
    const pty = inPty([process.execPath, BIN], env);
    await pty.waitFor('Which assessment would you like to take?');
    pty.send(ENTER); // the first bank
    await pty.waitFor('Your name');
    pty.send(`Ana Ruiz${ENTER}`);
    await finish(pty, 1, '3', bankOf(SHIPPED_IDS[0]!));
    expect(await pty.exit).toBe(0);
    expect(JSON.parse(readFileSync(join(env.LEADLENS_CONFIG_DIR, 'config.json'), 'utf8'))).toEqual({
      name: 'Ana Ruiz',
    });
    const again = inPty([process.execPath, BIN], env);
    await again.waitFor('Which assessment would you like to take?');
    again.send(ENTER);
    await again.waitFor('answering as Ana Ruiz');
    again.send('\u0003');
    expect(await again.exit).toBe(130);
    const { leadlens } = await import('./run.js');
    const saved = JSON.parse(leadlens(['history', '--format', 'json'], { env }).stdout);
    expect(saved.map((r: { respondent: string }) => r.respondent)).toEqual(['Ana Ruiz']);
  });

  it('offers a menu with no arguments', async () => {
    const pty = inPty([process.execPath, BIN], fresh());
    await pty.waitFor('Which assessment would you like to take?');
    await pty.waitFor(/All 6 \(\d+ questions, ~\d+ min\)/);
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
  });

  it('"All 6" from the menu ends with a first screen, at 80×24, that holds every score and three focus areas with a first step', async () => {
    const ids = SHIPPED_IDS;
    const pty = inPty(
      [process.execPath, BIN],
      { ...fresh(), LEADLENS_DATA_DIR: mkdtempSync(join(tmp, 'data-')) },
      { rows: 24, limitMs: 120_000 },
    );
    await pty.waitFor('Which assessment would you like to take?');
    pty.send('\u001b[B'.repeat(ids.length + 1)); // down past the six banks and "Several": "All 6"
    await pty.waitFor(/❯ All 6/);
    pty.send(ENTER);
    await pty.waitFor('Your name');
    pty.send(ENTER); // skipped
    for (const id of ids) {
      const bank = bankOf(id);
      await finish(pty, 1, '2', bank);
    }
    expect(await pty.exit).toBe(0);
    const screen = pty.output().slice(pty.output().lastIndexOf('Your customer-focus picture'));
    const lines = screen.replace(/\u001b\[[0-9;]*m/g, '').split(/\r?\n/);
    const first = lines.slice(0, lines.indexOf('Your 90-day plan'));
    expect(first.length).toBeLessThanOrEqual(23);
    expect(first.filter((l) => /\s\d+\s{2}(development area|solid|strength)$/.test(l))).toHaveLength(6);
    expect(first.filter((l) => /^[1-3]\. /.test(l))).toHaveLength(3);
    expect(first.filter((l) => /^ {3}Week 1: /.test(l))).toHaveLength(3);
    for (const line of first) expect(line.length, line).toBeLessThanOrEqual(80);
  }, 150_000);
});
