/**
 * The Prompter for plain mode (--plain, or TERM=dumb): for screen readers and simple terminals.
 * Nothing is redrawn and the cursor never moves: each question is printed once, with numbered
 * choices, and the answer is a typed line (a number, `b` for back, `na` where offered, `?` for help).
 * No colour, and ASCII for everything leadlens itself draws.
 */
import { InterruptedError } from '../../errors.js';
import type { ChoiceQuestion, Prompter, TextQuestion } from '../../quiz/prompter.js';
import { ascii } from '../../text/ascii.js';
import { takeInterrupts } from './signals.js';

export interface PlainPrompterOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export async function createPlainPrompter(options: PlainPrompterOptions): Promise<Prompter> {
  const { output } = options;
  // Loaded here, not at start-up: only plain interactive runs need it.
  const { createInterface } = await import('node:readline');
  // terminal: false, so readline never echoes, moves the cursor or redraws: the terminal's own line editing does.
  const lines = createInterface({ input: options.input, terminal: false });
  const waiting: ((line: string | null) => void)[] = [];
  const queued: string[] = [];
  let closed = false;
  lines.on('line', (line) => (waiting.length ? waiting.shift()!(line) : queued.push(line)));
  lines.on('close', () => {
    closed = true;
    for (const resolve of waiting.splice(0)) resolve(null);
  });
  // Ctrl-C in a line-mode terminal is a signal, not a key. From now on it interrupts the question
  // being asked, or the next one, so the answers so far are kept and the usual message is said.
  let interrupted = false;
  takeInterrupts(() => {
    interrupted = true;
    for (const resolve of waiting.splice(0)) resolve(null);
  });
  const say = (text: string) => output.write(`${ascii(text)}\n`);
  /** The next typed line; the end of input (Ctrl-D, or the terminal gone) is an interruption. */
  const readLine = async (prompt: string): Promise<string> => {
    output.write(ascii(prompt));
    const line = interrupted
      ? null
      : queued.length
        ? queued.shift()!
        : closed
          ? null
          : await new Promise<string | null>((resolve) => waiting.push(resolve));
    if (line === null) throw new InterruptedError();
    return line.trim();
  };

  return {
    async choose<T>(question: ChoiceQuestion<T>): Promise<T> {
      const { choices } = question;
      const current = choices.findIndex((c) => c.value === question.default);
      say('');
      say(question.message);
      choices.forEach((c, i) => say(`  ${i + 1}. ${c.name}`));
      const shortcuts = Object.entries(question.shortcuts ?? {});
      const keys = [`1-${choices.length}`, ...shortcuts.map(([key]) => key), '?'].join(', ');
      const kept = current === -1 ? '' : `, Enter keeps ${current + 1}`;
      for (;;) {
        const line = (await readLine(`Answer (${keys}${kept}): `)).toLowerCase();
        if (line === '' && current !== -1) return choices[current]!.value;
        const shortcut = shortcuts.find(([key]) => key === line);
        if (shortcut) return shortcut[1];
        if (/^\d+$/.test(line)) {
          const n = Number(line);
          if (n >= 1 && n <= choices.length) return choices[n - 1]!.value;
          say(`There is no choice ${n}: type a number from 1 to ${choices.length}.`);
          continue;
        }
        if (line === '?' || line === 'help') {
          say(
            `Type the number of your answer and press Enter.${shortcuts.map(([key, value]) => ` ${key}: ${choices.find((c) => c.value === value)?.name ?? key}.`).join('')}`,
          );
          continue;
        }
        say(
          line === ''
            ? `Nothing chosen yet: type a number from 1 to ${choices.length}.`
            : `"${line}" is not a choice: type a number from 1 to ${choices.length}, or ? for help.`,
        );
      }
    },
    async chooseMany<T>(question: ChoiceQuestion<T>): Promise<T[]> {
      const { choices } = question;
      say('');
      say(question.message);
      choices.forEach((c, i) => say(`  ${i + 1}. ${c.name}`));
      for (;;) {
        const line = await readLine(`Numbers, separated by spaces or commas (1-${choices.length}): `);
        const numbers = line
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number);
        if (numbers.length && numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= choices.length))
          return [...new Set(numbers)].map((n) => choices[n - 1]!.value);
        say(`Type one or more numbers from 1 to ${choices.length}, such as: 1 3`);
      }
    },
    async text(question: TextQuestion): Promise<string> {
      say('');
      say(question.message.trimEnd());
      if (question.default) say(`(Enter keeps: ${question.default})`);
      const line = await readLine('> ');
      return line === '' && question.default !== undefined ? question.default : line;
    },
  };
}
