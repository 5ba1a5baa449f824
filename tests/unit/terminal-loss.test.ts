/** The terminal going away while a prompt waits: an interruption with exit 129, never an uncaught error. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTerminalPrompter } from '../../src/cli/io/prompter.js';
import { terminalInput } from '../../src/cli/io/terminalInput.js';
import { EXIT, InterruptedError } from '../../src/errors.js';

/** A keyboard like a terminal's: raw mode can be switched, and fails with EIO once the terminal is gone. */
function keyboard() {
  const input = new PassThrough() as PassThrough & { setRawMode: (mode: boolean) => unknown; gone: boolean };
  input.gone = false;
  const modes: boolean[] = [];
  input.setRawMode = (mode: boolean) => {
    // As Node's terminal stream does: the failure is emitted, not thrown.
    if (input.gone) input.emit('error', Object.assign(new Error('setRawMode EIO'), { code: 'EIO' }));
    else modes.push(mode);
    return input;
  };
  const output = new PassThrough();
  output.end = () => output;
  output.resume();
  return { input, output, modes };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const question = { name: 'q', message: 'Pick', choices: [1, 2].map((v) => ({ value: v, name: `L${v}` })) };

async function rejection(promise: Promise<unknown>): Promise<InterruptedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InterruptedError);
  return error as InterruptedError;
}

describe('the terminal going away', () => {
  it('while a prompt waits: the prompt stops with exit 129', async () => {
    const { input, output } = keyboard();
    const prompter = await createTerminalPrompter({ input, output, color: false, rows: 24 });
    const answer = prompter.choose(question);
    await tick();
    input.end();
    const error = await rejection(answer);
    expect([error.hangup, error.exitCode]).toEqual([true, EXIT.hangup]);
  });

  it('when raw mode cannot be set (EIO): exit 129, not an uncaught error', async () => {
    const { input, output } = keyboard();
    const prompter = await createTerminalPrompter({ input, output, color: false, rows: 24 });
    input.gone = true;
    const error = await rejection(prompter.text({ name: 't', message: 'Say' }));
    expect(error.exitCode).toBe(EXIT.hangup);
    // Every later prompt stops at once: there is no terminal to ask on.
    expect((await rejection(prompter.choose(question))).exitCode).toBe(EXIT.hangup);
  });

  it('Ctrl-C is still an interruption with exit 130', async () => {
    const { input, output, modes } = keyboard();
    const prompter = await createTerminalPrompter({ input, output, color: false, rows: 24 });
    const answer = prompter.choose(question);
    await tick();
    input.write('\u0003');
    const error = await rejection(answer);
    expect([error.hangup, error.exitCode]).toEqual([false, EXIT.interrupted]);
    expect(modes).toEqual([true, false]); // raw mode on for the prompt, and back off after it
  });
});

describe('terminal input', () => {
  it('passes keys on only while a prompt is open, so a pager afterwards gets them all', async () => {
    const { input } = keyboard();
    const terminal = terminalInput(input);
    const seen: string[] = [];
    terminal.stream.on('data', (chunk: Buffer) => seen.push(chunk.toString()));
    await terminal.during(async () => {
      input.write('a');
      await tick();
    });
    input.write('b');
    await tick();
    expect(seen).toEqual(['a']);
    expect(input.listenerCount('data')).toBe(0);
    expect(input.isPaused()).toBe(true);
    expect(terminal.lost.aborted).toBe(false);
    input.emit('error', Object.assign(new Error('read EIO'), { code: 'EIO' }));
    expect(terminal.lost.aborted).toBe(true);
  });
});
