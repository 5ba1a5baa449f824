/**
 * The numbered list a question is answered on. Unlike a plain select, it records only what the
 * user picked: a new question starts with nothing highlighted, so Enter alone gives a hint instead
 * of answering "1"; a digit past the list says so; and a question asked again (going back, or from
 * the review) starts on the answer given before.
 */
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isNumberKey,
  isUpKey,
  makeTheme,
  useKeypress,
  usePagination,
  usePrefix,
  useRef,
  useState,
  type Theme,
} from '@inquirer/core';
import { cursorHide } from '@inquirer/ansi';

export interface AnswerSelectConfig<T> {
  message: string;
  choices: readonly { value: T; name: string; description?: string }[];
  /** The answer given before, highlighted at the start; none for a new question. */
  default?: T;
  pageSize: number;
  /** Shown under the list while nothing is wrong. */
  help: string;
  theme?: Partial<Theme>;
}

export const answerSelect = createPrompt(<T>(config: AnswerSelectConfig<T>, done: (value: T) => void) => {
  const theme = makeTheme({ icon: { cursor: '❯' } }, config.theme);
  const { choices } = config;
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [active, setActive] = useState(choices.findIndex((c) => c.value === config.default));
  const [error, setError] = useState<string | undefined>(undefined);
  const typed = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    clearTimeout(typed.current);
    if (isEnterKey(key)) {
      if (active === -1) {
        setError(`Nothing picked yet: type a number from 1 to ${choices.length}, or use ↑↓, then ⏎`);
        return;
      }
      setStatus('done');
      done(choices[active]!.value);
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      setError(undefined);
      // From nothing highlighted, ↓ starts at the top and ↑ at the bottom; the list does not wrap.
      const next = active === -1 ? (isDownKey(key) ? 0 : choices.length - 1) : active + (isDownKey(key) ? 1 : -1);
      setActive(Math.min(choices.length - 1, Math.max(0, next)));
    } else if (isNumberKey(key)) {
      const n = Number(rl.line);
      if (n >= 1 && n <= choices.length) {
        setActive(n - 1);
        setError(undefined);
      } else {
        setError(`There is no answer ${rl.line}: the answers are 1 to ${choices.length}`);
        rl.clearLine(0);
        return;
      }
      // Two digits typed quickly make one number (a list of 10 or more); a pause starts a new one.
      typed.current = setTimeout(() => rl.clearLine(0), 700);
    } else {
      rl.clearLine(0);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message, theme.style.answer(choices[active]!.name)].join(' ');
  const page = usePagination({
    items: choices,
    active: Math.max(0, active),
    renderItem: ({ item, index }) => {
      const line = `${index === active ? theme.icon.cursor : ' '} ${index + 1}. ${item.name}`;
      return index === active ? theme.style.highlight(line) : line;
    },
    pageSize: config.pageSize,
    loop: false,
  });
  const description = active === -1 ? undefined : choices[active]!.description;
  return `${[
    `${prefix} ${message}`,
    page,
    ' ',
    description ? theme.style.help(description) : '',
    error ? theme.style.error(error) : config.help,
  ]
    .filter(Boolean)
    .join('\n')
    .trimEnd()}${cursorHide}`;
});
