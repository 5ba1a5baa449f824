/** The Prompter backed by @inquirer/prompts, writing to the terminal and never to a redirected stdout. */
import { styleText } from 'node:util';
import type { Choice, ChoiceQuestion, Prompter, TextQuestion } from '../../quiz/prompter.js';
import { InterruptedError } from '../../errors.js';
import { terminalInput } from './terminalInput.js';

export interface TerminalPrompterOptions {
  /** The keyboard: a terminal's input, with raw mode, or any stream in tests. */
  input: NodeJS.ReadableStream & { setRawMode?: (mode: boolean) => unknown };
  output: NodeJS.WritableStream;
  color: boolean;
  /** Rows of the terminal, to size long lists. */
  rows: number;
}

const plain = (text: string) => text;
const PLAIN_THEME = {
  prefix: { idle: '?', done: '✔' },
  style: {
    answer: plain,
    message: plain,
    error: (t: string) => `> ${t}`,
    defaultAnswer: (t: string) => `(${t})`,
    help: plain,
    highlight: plain,
    key: (t: string) => `<${t}>`,
    description: plain,
    disabled: plain,
    keysHelpTip: () => undefined,
  },
};

/**
 * Ctrl-C rejects with ExitPromptError naming SIGINT; a hangup signal with one naming SIGHUP; a
 * terminal that went away aborts the prompt. The user left either way: Ctrl-C exits 130, the
 * terminal going away 129.
 */
function interrupted(error: unknown, lost: boolean): never {
  if (lost) throw new InterruptedError(true);
  if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'))
    throw new InterruptedError(/SIGHUP/.test(error.message));
  throw error;
}

export async function createTerminalPrompter(options: TerminalPrompterOptions): Promise<Prompter> {
  // Loaded here, not at start-up: only interactive runs pay for the prompt library.
  const { select, input, checkbox } = await import('@inquirer/prompts');
  const keyboard = terminalInput(options.input);
  const context = { input: keyboard.stream, output: options.output, clearPromptOnDone: true, signal: keyboard.lost };
  /** Runs one prompt with the keyboard passed on to it, and the ways of leaving it made InterruptedErrors. */
  const ask = <T>(prompt: () => Promise<T>): Promise<T> =>
    keyboard.during(prompt).catch((error: unknown) => interrupted(error, keyboard.lost.aborted));
  const base = options.color ? {} : PLAIN_THEME;
  const tip = (keys: [string, string][]) =>
    keys
      .map(([key, action]) =>
        options.color ? `${styleText('bold', key)} ${styleText('dim', action)}` : `${key} ${action}`,
      )
      .join(options.color ? styleText('dim', ' • ') : ' • ');
  // Numbers beside the scale, because typing the digit selects it.
  const numberedTheme = { ...base, indexMode: 'number' } as Parameters<typeof select>[0]['theme'];
  const selectTheme = base as Parameters<typeof select>[0]['theme'];
  const checkboxTheme = base as Parameters<typeof checkbox>[0]['theme'];
  const inputTheme = base as Parameters<typeof input>[0]['theme'];
  return {
    async choose<T>(question: ChoiceQuestion<T>): Promise<T> {
      const choices = question.choices.map((c: Choice<T>) => ({
        value: c.value,
        name: c.name,
        description: c.description,
      }));
      const pageSize = Math.max(5, Math.min(choices.length, options.rows - 6));
      // An answer is recorded only when picked (see answerSelect.ts); the hint says a digit picks.
      if (question.numbered) {
        const { answerSelect } = await import('./answerSelect.js');
        type AnswerTheme = Parameters<typeof answerSelect>[0]['theme'];
        const help = tip([
          ['↑↓', 'move'],
          [`1–${choices.length}`, 'pick'],
          ['⏎', 'answer'],
        ]);
        return ask(
          () =>
            answerSelect(
              {
                message: question.message,
                choices,
                default: question.default,
                pageSize,
                help,
                theme: numberedTheme as AnswerTheme,
              },
              context,
            ) as Promise<T>,
        );
      }
      return ask(() =>
        select<T>(
          { message: question.message, choices, default: question.default, pageSize, loop: false, theme: selectTheme },
          context,
        ),
      );
    },
    async chooseMany<T>(question: ChoiceQuestion<T>): Promise<T[]> {
      const choices = question.choices.map((c: Choice<T>) => ({
        value: c.value,
        name: c.name,
        description: c.description,
      }));
      return ask(() =>
        checkbox<T>(
          {
            message: question.message,
            choices,
            required: true,
            pageSize: Math.max(5, Math.min(choices.length, options.rows - 6)),
            loop: false,
            theme: checkboxTheme,
          },
          context,
        ),
      );
    },
    async text(question: TextQuestion): Promise<string> {
      return ask(() => input({ message: question.message, default: question.default, theme: inputTheme }, context));
    },
  };
}
