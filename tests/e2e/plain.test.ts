/** Plain mode in a real terminal: for screen readers and terminals that cannot move the cursor. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inPty } from './pty.js';
import { BIN, shippedBank } from './run.js';

const ENTER = '\r';
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-plain-'));
const lens = shippedBank('customer-lens');
const N = lens.questions.length;
// Any escape sequence at all: cursor movement, erasing, colour, hiding the cursor.
// eslint-disable-next-line no-control-regex
const ESCAPE = /\u001b/;

describe('plain mode', () => {
  it('with TERM=dumb, asks each question once as numbered lines, takes typed answers, and never moves the cursor', async () => {
    const out = join(tmp, 'result.json');
    const env = {
      TERM: 'dumb',
      LEADLENS_STATE_DIR: mkdtempSync(join(tmp, 'state-')),
      LEADLENS_DATA_DIR: mkdtempSync(join(tmp, 'data-')),
    };
    const pty = inPty(['sh', '-c', `"${process.execPath}" "${BIN}" take customer-lens --format json > "${out}"`], env);
    await pty.waitFor(`1/${N}`);
    await pty.waitFor('Answer (1-6, na, ?)');
    pty.send(`9${ENTER}`);
    await pty.waitFor('There is no choice 9: type a number from 1 to 6.');
    pty.send(ENTER);
    await pty.waitFor('Nothing chosen yet');
    pty.send(`4${ENTER}`);
    await pty.waitFor(`2/${N}`);
    pty.send(`b${ENTER}`); // back: the earlier answer is kept, and Enter keeps it
    await pty.waitFor('Enter keeps 4');
    pty.send(ENTER);
    await pty.waitFor(`2/${N}`);
    pty.send(`na${ENTER}`);
    for (let n = 3; n <= N; n++) {
      await pty.waitFor(`${n}/${N}`);
      pty.send(`3${ENTER}`);
    }
    for (const r of lens.reflections) {
      await pty.waitFor(r.text.slice(0, 30));
      pty.send(ENTER);
    }
    await pty.waitFor('Score my answers');
    pty.send(`1${ENTER}`);
    expect(await pty.exit).toBe(0);
    const screen = pty.output();
    expect(screen).not.toMatch(ESCAPE);
    // Each question is printed once: no redraws.
    expect(screen.match(new RegExp(`^3/${N} `, 'gm'))).toHaveLength(1);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.answers[lens.questions[0]!.id]).toBe(4);
    expect(result.notApplicable).toEqual([lens.questions[1]!.id]);
  });

  it('prints the report in ASCII: bars, marks and dashes, with the answers unchanged', async () => {
    const env = { LEADLENS_STATE_DIR: mkdtempSync(join(tmp, 'state-')) };
    const { leadlens, fixture } = await import('./run.js');
    const run = leadlens(
      ['take', 'customer-lens', '--answers', fixture('customer-lens.v2.answers.yaml'), '--plain', '--no-save'],
      { env },
    );
    expect(run.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).toMatch(/^[\u0000-\u007f]*$/);
    expect(run.stdout).toMatch(/#+-*\s+\d+ /);
  });

  it('--plain does the same on any terminal, and Ctrl-C keeps the answers with the usual message', async () => {
    const env = { LEADLENS_STATE_DIR: mkdtempSync(join(tmp, 'state-')) };
    const pty = inPty([process.execPath, BIN, 'take', 'customer-lens', '--plain'], env);
    await pty.waitFor('Answer (1-6, na, ?)');
    pty.send(`2${ENTER}`);
    await pty.waitFor(`2/${N}`);
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
    expect(pty.output()).not.toMatch(ESCAPE);
    expect(pty.output()).toContain('so far are kept as a draft');
  });
});
