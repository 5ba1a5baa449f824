/** take --shuffle in a real terminal: the order a seed gives, kept by the draft across Ctrl-C, recorded in the result. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shuffled } from '../../src/quiz/order.js';
import { inPty } from './pty.js';
import { BIN, shippedBank } from './run.js';

const ENTER = '\r';
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-shuffle-'));
const lens = shippedBank('customer-lens');
const N = lens.questions.length;
const SEED = 7;
const order = shuffled(lens.questions, SEED);
/** A question's opening words, which fit on its first line on screen. */
const opening = (n: number) => order[n - 1]!.text.slice(0, 30);

describe('take --shuffle in a terminal', () => {
  it('asks in the seed’s order, and a resumed draft goes on in it without the flag', async () => {
    const env = {
      LEADLENS_STATE_DIR: mkdtempSync(join(tmp, 'state-')),
      LEADLENS_CONFIG_DIR: mkdtempSync(join(tmp, 'config-')),
      LEADLENS_DATA_DIR: mkdtempSync(join(tmp, 'data-')),
    };
    expect(order.map((q) => q.id)).not.toEqual(lens.questions.map((q) => q.id));
    const first = inPty([process.execPath, BIN, 'take', 'customer-lens', '--shuffle', '--seed', String(SEED)], env);
    await first.waitFor(`customer-lens: questions in shuffled order, seed ${SEED}`);
    await first.waitFor(`1/${N}`);
    await first.waitFor(opening(1));
    first.send(`4${ENTER}`);
    await first.waitFor(`2/${N}`);
    await first.waitFor(opening(2));
    first.send('\u0003');
    expect(await first.exit).toBe(130);
    // One draft per session: drafts/<bank>.<session tag>.json.
    const drafts = join(env.LEADLENS_STATE_DIR, 'drafts');
    const [name] = readdirSync(drafts).filter((n) => n.startsWith('customer-lens.'));
    const draft = JSON.parse(readFileSync(join(drafts, name!), 'utf8'));
    expect(draft.responses.order.seed).toBe(SEED);

    const out = join(tmp, 'result.json');
    const again = inPty(
      ['sh', '-c', `"${process.execPath}" "${BIN}" take customer-lens --format json > "${out}"`],
      env,
    );
    await again.waitFor('Resume at question 2');
    again.send(ENTER);
    await again.waitFor(`seed ${SEED}`);
    for (let n = 2; n <= N; n++) {
      await again.waitFor(`${n}/${N}`);
      await again.waitFor(opening(n));
      again.send(`3${ENTER}`);
    }
    for (const r of lens.reflections) {
      await again.waitFor(r.text.slice(0, 30));
      again.send(ENTER);
    }
    await again.waitFor('Score my answers');
    again.send(ENTER);
    expect(await again.exit).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.order).toEqual({ seed: SEED, questions: order.map((q) => q.id) });
    expect(result.answers[order[0]!.id]).toBe(4);
    expect(result.answers[order[1]!.id]).toBe(3);
  });
});
