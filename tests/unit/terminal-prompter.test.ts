import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTerminalPrompter } from '../../src/cli/io/prompter.js';
import { InterruptedError } from '../../src/errors.js';
import { runQuiz } from '../../src/quiz/flow.js';
import { parsed } from '../helpers.js';

/** Real @inquirer prompts over injected streams: keys go in, the rendered screen comes out. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  // Each prompt ends its output stream when it closes; a real terminal outlives that, so this one does too.
  output.end = () => output;
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  // Keys are sent one tick apart, as a person types, so each lands in the prompt that is open.
  const type = async (...keys: string[]) => {
    for (const key of keys) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      input.write(key);
    }
  };
  return { input, output, type, screen: () => screen };
}

/** A prompter on a fresh terminal, asking a numbered 1–5 question (starting on `answered`, if given). */
async function numberedQuestion(answered?: number) {
  const t = terminal();
  const prompter = await createTerminalPrompter({ input: t.input, output: t.output, color: false, rows: 24 });
  const answer = prompter.choose({
    name: 'q',
    message: 'Pick',
    choices: [1, 2, 3, 4, 5].map((v) => ({ value: v, name: `L${v}` })),
    ...(answered === undefined ? {} : { default: answered }),
    numbered: true,
  });
  return { t, answer };
}

const ENTER = '\r';
const DOWN = '\u001b[B';
const CTRL_C = '\u0003';

describe('terminal prompter', () => {
  it('selects a scale point by digit and Enter', async () => {
    const { t, answer } = await numberedQuestion();
    await t.type('4', ENTER);
    expect(await answer).toBe(4);
    expect(t.screen()).toContain('4. L4');
    expect(t.screen()).toContain('↑↓ move • 1–5 pick • ⏎ answer');
  });

  it('records only what is picked: Enter alone on a new question is a hint, a digit past the list says so', async () => {
    const { t, answer } = await numberedQuestion();
    await t.type(ENTER);
    await t.type('9');
    await t.type('2', ENTER);
    expect(await answer).toBe(2);
    expect(t.screen()).toContain('Nothing picked yet: type a number from 1 to 5, or use ↑↓, then ⏎');
    expect(t.screen()).toContain('There is no answer 9: the answers are 1 to 5');
    // Nothing was highlighted before a key was pressed.
    expect(t.screen().split('Pick')[1]!.split('L5')[0]).not.toContain('❯');
  });

  it('a question asked again starts on the answer given before, and Enter keeps it', async () => {
    const { t, answer } = await numberedQuestion(4);
    await t.type(ENTER);
    expect(await answer).toBe(4);
    expect(t.screen()).toContain('❯ 4. L4');
  });

  it('runs the whole flow: answer, back, reflection, review and change', async () => {
    const { bank } = parsed();
    const t = terminal();
    const prompter = await createTerminalPrompter({ input: t.input, output: t.output, color: false, rows: 24 });
    const done = runQuiz(bank, prompter);
    await t.type('4', ENTER); // a1 = 4
    await t.type('6', ENTER); // a2: Back
    await t.type('2', ENTER); // a1 = 2
    await t.type('5', ENTER, '1', ENTER, '3', ENTER); // a2, b1, b2
    await t.type('N', 'o', 't', 'e', ENTER); // reflection
    await t.type(DOWN, DOWN, ENTER); // review: the 2nd question, a2
    await t.type('2', ENTER); // a2 = 2
    await t.type('\u001b[A', '\u001b[A', ENTER); // back up to "Score my answers"
    expect(await done).toEqual({
      respondent: null,
      answers: { a1: 2, a2: 2, b1: 1, b2: 3 },
      notApplicable: [],
      reflections: { r1: 'Note' },
    });
    expect(t.screen()).toContain('Score my answers');
    expect(t.screen()).toContain('6. ← Back to the previous question');
    expect(t.screen()).toContain('? Reflection (optional, press Enter to skip)');
  });

  it('turns Ctrl-C into an InterruptedError', async () => {
    const t = terminal();
    const prompter = await createTerminalPrompter({ input: t.input, output: t.output, color: false, rows: 24 });
    const answer = prompter.choose({ name: 'q', message: 'Pick', choices: [{ value: 1, name: 'one' }] });
    await t.type(CTRL_C);
    await expect(answer).rejects.toBeInstanceOf(InterruptedError);
  });
});
