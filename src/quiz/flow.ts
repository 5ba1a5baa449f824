/**
 * The question flow: answer, go back, review and change, then hand the answers over for scoring.
 * It talks only to a Prompter, so it runs the same against a terminal or a test script.
 */
import type { Bank, Question } from '../bank/schema.js';
import type { Responses } from '../answers/schema.js';
import type { Choice, Prompter } from './prompter.js';
import { progress } from './progress.js';

export const BACK = Symbol('back');
export const FINISH = Symbol('finish');

/** Called after every answer, so the caller can keep a draft. */
export type OnAnswer = (responses: Responses) => void;

export interface QuizOptions {
  /** Answers to start from (a resumed draft); questions already answered are skipped. */
  initial?: Responses;
  onAnswer?: OnAnswer;
}

function scaleChoices(bank: Bank): Choice<number>[] {
  const { min, labels } = bank.scale;
  return labels.map((label, i) => ({ value: min + i, name: label }));
}

function questionMessage(bank: Bank, question: Question, index: number): string {
  const dimension = bank.dimensions.find((d) => d.id === question.dimension)!;
  return `${progress(index, bank.questions.length)}  ${dimension.title}\n  ${question.text}`;
}

async function askQuestion(bank: Bank, prompter: Prompter, index: number, current: number | undefined, backLabel: string | null) {
  const question = bank.questions[index]!;
  const choices: Choice<number | typeof BACK>[] = scaleChoices(bank);
  if (backLabel) choices.push({ value: BACK, name: backLabel });
  return prompter.choose<number | typeof BACK>({
    name: question.id,
    message: questionMessage(bank, question, index),
    choices,
    default: current,
  });
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Runs the whole flow and resolves with every answer; rejects if the prompter is interrupted. */
export async function runQuiz(bank: Bank, prompter: Prompter, options: QuizOptions = {}): Promise<Responses> {
  const responses: Responses = {
    respondent: options.initial?.respondent ?? null,
    answers: { ...options.initial?.answers },
    reflections: { ...options.initial?.reflections },
  };
  const save = () => options.onAnswer?.({ ...responses, answers: { ...responses.answers }, reflections: { ...responses.reflections } });
  const { questions } = bank;

  // Start at the first unanswered question, so a resumed draft picks up where it stopped.
  let index = questions.findIndex((q) => responses.answers[q.id] === undefined);
  if (index === -1) index = questions.length;
  while (index < questions.length) {
    const question = questions[index]!;
    const answer = await askQuestion(bank, prompter, index, responses.answers[question.id], index > 0 ? '← Back to the previous question' : null);
    if (answer === BACK) {
      index--;
      continue;
    }
    responses.answers[question.id] = answer;
    save();
    index++;
  }

  for (const reflection of bank.reflections) {
    const answer = await prompter.text({
      name: reflection.id,
      message: `Reflection (optional, press Enter to skip)\n  ${reflection.text}\n `,
      default: responses.reflections[reflection.id],
    });
    if (answer.trim()) responses.reflections[reflection.id] = answer.trim();
    else delete responses.reflections[reflection.id];
    save();
  }

  // Review: every answer on one list; picking one re-asks it, then returns here.
  const labelOf = (value: number | undefined) => (value === undefined ? '—' : bank.scale.labels[value - bank.scale.min] ?? String(value));
  let highlighted: string | typeof FINISH = FINISH;
  for (;;) {
    const choice: string | typeof FINISH = await prompter.choose<string | typeof FINISH>({
      name: 'review',
      message: 'Review your answers. Pick one to change it, or score them.',
      choices: [
        { value: FINISH, name: 'Score my answers' },
        ...questions.map((q, i) => ({
          value: q.id,
          name: `${String(i + 1).padStart(2)}. ${shorten(q.text, 52)}  ${labelOf(responses.answers[q.id])}`,
          description: q.text,
        })),
      ],
      default: highlighted,
    });
    if (choice === FINISH) break;
    const index = questions.findIndex((q) => q.id === choice);
    const answer = await askQuestion(bank, prompter, index, responses.answers[choice], '← Keep my answer');
    if (answer !== BACK) {
      responses.answers[choice] = answer;
      save();
    }
    highlighted = choice;
  }
  return responses;
}
