/** A Prompter that answers from a script, by question name, and fails on any question nobody expected. */
import type { ChoiceQuestion, Prompter, TextQuestion } from '../src/quiz/prompter.js';

export type Step = [name: string, answer: unknown];

export interface Scripted extends Prompter {
  /** Every question asked, in order, with what was highlighted by default. */
  asked: { name: string; default: unknown; message: string; choices?: unknown[] }[];
}

export function scriptedPrompter(steps: Step[]): Scripted {
  const queue = [...steps];
  const asked: Scripted['asked'] = [];
  const next = (name: string) => {
    const step = queue.shift();
    if (!step) throw new Error(`unexpected question "${name}": the script has ended`);
    if (step[0] !== name) throw new Error(`expected question "${step[0]}", got "${name}"`);
    if (step[1] instanceof Error) throw step[1];
    return step[1];
  };
  return {
    asked,
    async choose<T>(q: ChoiceQuestion<T>): Promise<T> {
      asked.push({ name: q.name, default: q.default, message: q.message, choices: q.choices.map((c) => c.value) });
      return next(q.name) as T;
    },
    async chooseMany<T>(q: ChoiceQuestion<T>): Promise<T[]> {
      asked.push({ name: q.name, default: q.default, message: q.message });
      return next(q.name) as T[];
    },
    async text(q: TextQuestion): Promise<string> {
      asked.push({ name: q.name, default: q.default, message: q.message });
      return next(q.name) as string;
    },
  };
}
