/**
 * What the question flow needs from a terminal. The CLI implements it with @inquirer/prompts;
 * tests implement it with scripted answers, so the flow is tested without a terminal.
 */

/** One option of a choice. */
export interface Choice<T> {
  value: T;
  name: string;
  /** Shown under the list while this option is highlighted. */
  description?: string;
}

export interface ChoiceQuestion<T> {
  /** A stable name for the question, so scripted prompters can answer by name. */
  name: string;
  message: string;
  choices: Choice<T>[];
  default?: T;
  /** Show each choice's position, because typing that digit selects it. */
  numbered?: boolean;
  /** Typed words that pick a choice in plain mode, such as `b` for back and `na` for "does not apply". */
  shortcuts?: Record<string, T>;
}

export interface TextQuestion {
  name: string;
  message: string;
  default?: string;
}

export interface Prompter {
  choose<T>(question: ChoiceQuestion<T>): Promise<T>;
  /** Several options at once; resolves with at least one. */
  chooseMany<T>(question: ChoiceQuestion<T>): Promise<T[]>;
  text(question: TextQuestion): Promise<string>;
}
