/**
 * The question flow: answer, go back, review and change, then hand the answers over for scoring.
 * It talks only to a Prompter, so it runs the same against a terminal or a test script.
 */
import type { Bank, Question } from '../bank/schema.js';
import type { Responses } from '../answers/schema.js';
import type { Choice, Prompter } from './prompter.js';
import { progress } from './progress.js';
import { wrap } from '../text/wrap.js';

export const BACK = Symbol('back');
export const FINISH = Symbol('finish');

/** Called after every answer, so the caller can keep a draft. */
export type OnAnswer = (responses: Responses) => void;

export interface QuizOptions {
  /** Answers to start from (a resumed draft); questions already answered are skipped. */
  initial?: Responses;
  onAnswer?: OnAnswer;
  /** Terminal columns, to wrap questions with an indent instead of letting the terminal break them. */
  width?: number;
}

function scaleChoices(bank: Bank): Choice<number>[] {
  const { min, labels } = bank.scale;
  return labels.map((label, i) => ({ value: min + i, name: label }));
}

function questionMessage(bank: Bank, question: Question, index: number, width: number): string {
  const dimension = bank.dimensions.find((d) => d.id === question.dimension)!;
  const text = wrap(question.text, width - 4).map((line) => `  ${line}`);
  return `${progress(index, bank.questions.length)}  ${dimension.title}\n${text.join('\n')}`;
}

async function askQuestion(bank: Bank, prompter: Prompter, index: number, current: number | undefined, backLabel: string | null, width: number) {
  const question = bank.questions[index]!;
  const choices: Choice<number | typeof BACK>[] = scaleChoices(bank);
  if (backLabel) choices.push({ value: BACK, name: backLabel });
  return prompter.choose<number | typeof BACK>({
    name: question.id,
    message: questionMessage(bank, question, index, width),
    choices,
    default: current,
    numbered: true,
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
  const width = Math.max(40, options.width ?? 80);

  // Start at the first unanswered question, so a resumed draft picks up where it stopped.
  let index = questions.findIndex((q) => responses.answers[q.id] === undefined);
  if (index === -1) index = questions.length;
  while (index < questions.length) {
    const question = questions[index]!;
    const answer = await askQuestion(bank, prompter, index, responses.answers[question.id], index > 0 ? '← Back to the previous question' : null, width);
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
  // Cursor, number and the longest label must fit beside the shortened question on one line.
  const labelWidth = Math.max(...bank.scale.labels.map((l) => l.length));
  const textWidth = Math.max(20, width - 2 - 4 - 2 - labelWidth - 1);
  let highlighted: string | typeof FINISH = FINISH;
  for (;;) {
    const choice: string | typeof FINISH = await prompter.choose<string | typeof FINISH>({
      name: 'review',
      message: 'Review your answers. Pick one to change it, or score them.',
      choices: [
        { value: FINISH, name: 'Score my answers' },
        ...questions.map((q, i) => ({
          value: q.id,
          name: `${String(i + 1).padStart(2)}. ${shorten(q.text, textWidth).padEnd(textWidth)}  ${labelOf(responses.answers[q.id])}`,
          description: q.text,
        })),
      ],
      default: highlighted,
    });
    if (choice === FINISH) break;
    const index = questions.findIndex((q) => q.id === choice);
    const answer = await askQuestion(bank, prompter, index, responses.answers[choice], '← Keep my answer', width);
    if (answer !== BACK) {
      responses.answers[choice] = answer;
      save();
    }
    highlighted = choice;
  }
  return responses;
}
