import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inPty, type Pty } from './pty.js';
import { BIN } from './run.js';

const ENTER = '\r';
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-pty-'));
/** A state folder of its own per test, so one test's draft never meets another. */
const fresh = () => ({ LEADLENS_STATE_DIR: mkdtempSync(join(tmp, 'state-')) });

/** Answers questions `from`..13 of customer-lens with `digit`, skips both reflections and scores. */
async function finish(pty: Pty, from: number, digit: string): Promise<void> {
  for (let n = from; n <= 13; n++) {
    await pty.waitFor(`${n}/13`);
    pty.send(`${digit}${ENTER}`);
  }
  for (const prompt of ['Reflection', 'Reflection']) {
    await pty.waitFor(prompt);
    pty.send(ENTER);
  }
  await pty.waitFor('Score my answers');
  pty.send(ENTER);
}

describe('interactive take in a real terminal', () => {
  it('asks every question, goes back, reviews, and writes JSON to a redirected stdout', async () => {
    const out = join(tmp, 'result.json');
    // stdout goes to a file; the prompts must still reach the terminal.
    const pty = inPty(['sh', '-c', `"${process.execPath}" "${BIN}" take customer-lens --format json --respondent Pat > "${out}"`], fresh());
    await pty.waitFor('1/13');
    pty.send(`5${ENTER}`);
    await pty.waitFor('2/13');
    pty.send(`6${ENTER}`); // Back
    await pty.waitFor('1/13');
    pty.send(`3${ENTER}`); // change the first answer to 3
    for (let n = 2; n <= 13; n++) {
      await pty.waitFor(`${n}/13`);
      pty.send(`4${ENTER}`);
    }
    await pty.waitFor('Reflection');
    pty.send(`Newer customers are a blur${ENTER}`);
    await pty.waitFor('Reflection');
    pty.send(ENTER);
    await pty.waitFor('Score my answers');
    pty.send(ENTER);
    expect(await pty.exit).toBe(0);

    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.respondent).toBe('Pat');
    expect(result.answers['know-1']).toBe(3);
    expect(Object.values(result.answers)).toHaveLength(13);
    expect(result.reflections).toEqual([
      { id: 'clear-and-cloudy', question: 'Which parts of your picture of customers are sharp, and which are blurred?', answer: 'Newer customers are a blur' },
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

  it('stops cleanly on Ctrl-C with exit 130, keeps the answers, and resumes where it stopped', async () => {
    const env = fresh();
    const pty = inPty([process.execPath, BIN, 'take', 'customer-lens', '--no-save'], env);
    await pty.waitFor('1/13');
    pty.send(`4${ENTER}`);
    await pty.waitFor('2/13');
    pty.send(`2${ENTER}`);
    await pty.waitFor('3/13');
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
    expect(pty.output()).toContain('leadlens: your answers are saved; run `leadlens take customer-lens` to carry on.');
    expect(pty.output()).toContain('leadlens: stopped.');
    expect(pty.output()).not.toMatch(/^\s+at /m);
    const draft = JSON.parse(readFileSync(join(env.LEADLENS_STATE_DIR, 'drafts', 'customer-lens.json'), 'utf8'));
    expect(draft.responses.answers).toEqual({ 'know-1': 4, 'know-2': 2 });

    const again = inPty([process.execPath, BIN, 'take', 'customer-lens', '--no-save', '--format', 'json'], env);
    await again.waitFor('Resume at question 3');
    again.send(ENTER); // Resume at question 3
    await finish(again, 3, '3');
    expect(await again.exit).toBe(0);
    expect(again.output()).toContain('"know-2": 2');
    expect(existsSync(join(env.LEADLENS_STATE_DIR, 'drafts', 'customer-lens.json'))).toBe(false);
  });

  it('offers a menu with no arguments', async () => {
    const pty = inPty([process.execPath, BIN], fresh());
    await pty.waitFor('Which assessment would you like to take?');
    await pty.waitFor(/All 6 \(\d+ questions, ~\d+ min\)/);
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
  });
});
