/**
 * The question flow: answer, go back, review and change, then hand the answers over for scoring.
 * It talks only to a Prompter, so it runs the same against a terminal or a test script.
 */
import type { Bank, Question } from '../bank/schema.js';
import type { Responses } from '../answers/schema.js';
import type { Choice, Prompter } from './prompter.js';
import { askingSeed, inOrder } from './order.js';
import { position } from './position.js';
import { hasUnsafeCharacters, UNSAFE_CHARACTERS } from '../text/inert.js';
import { fit, truncate } from '../text/cells.js';
import { displayWidth } from '../text/width.js';
import { wrap } from '../text/wrap.js';

export const BACK = Symbol('back');
export const FINISH = Symbol('finish');
/** The "does not apply" choice. */
export const NOT_APPLICABLE = Symbol('not-applicable');

type Answer = number | typeof NOT_APPLICABLE;

/** Called after every answer, so the caller can keep a draft. */
export type OnAnswer = (responses: Responses) => void;

export interface QuizOptions {
  /** Answers to start from (a resumed draft); questions already answered are skipped. */
  initial?: Responses;
  onAnswer?: OnAnswer;
  /** Terminal columns, to wrap questions with an indent instead of letting the terminal break them. */
  width?: number;
  /** Ask the observer form about this leader: third-person wording, no self-only questions, no reflections. */
  observerOf?: string;
  /** --shuffle: ask the questions in the order this seed gives (a resumed draft keeps its own order). */
  seed?: number;
}

/** The questions a form asks: all of them, or for an observer those an observer could have seen. */
export function formQuestions(bank: Bank, observer: boolean): Question[] {
  return observer ? bank.questions.filter((q) => !q.selfOnly) : bank.questions;
}

/** Where a form picks up from answers given so far: the first unanswered question, else the reflections, else the review. */
export type ResumePoint = { at: 'question'; index: number } | { at: 'reflection'; index: number } | { at: 'review' };

export function resumePoint(bank: Bank, responses: Responses, observer: boolean): ResumePoint {
  const na = new Set(responses.notApplicable ?? []);
  // In the order the draft was asked in, which the flow goes on in.
  const index = inOrder(formQuestions(bank, observer), responses.order?.seed).findIndex(
    (q) => responses.answers[q.id] === undefined && !na.has(q.id),
  );
  if (index !== -1) return { at: 'question', index };
  const reflections = observer ? [] : bank.reflections;
  // A reflection left blank is not kept, so the one after the last answered is the first not reached.
  const last = reflections.reduce((at, r, i) => (responses.reflections[r.id] ? i : at), -1);
  return last + 1 < reflections.length ? { at: 'reflection', index: last + 1 } : { at: 'review' };
}

/** A question as this form words it: the leader's own text, or the observer wording with the leader's name. */
function formText(question: Question, observerOf: string | undefined): string {
  if (observerOf === undefined) return question.text;
  return question.observer ? `${observerOf} ${question.observer}` : question.text;
}

/** The line above every question that sets its recall window, for this form. */
function formStem(bank: Bank, observerOf: string | undefined): string | undefined {
  const { stem, observerStem } = bank.scale;
  if (observerOf === undefined) return stem;
  return observerStem?.replaceAll('{name}', observerOf) ?? stem;
}

/** An observer who could not see a behaviour says so, rather than that it does not apply to their role. */
const OBSERVER_NOT_APPLICABLE = 'I have not seen this';

/** The "does not apply" choice as this form words it, if the bank offers one. */
export function formNotApplicable(bank: Bank, observerOf: string | undefined): string | undefined {
  const { notApplicable, observerNotApplicable } = bank.scale;
  if (!notApplicable || observerOf === undefined) return notApplicable;
  return observerNotApplicable ?? OBSERVER_NOT_APPLICABLE;
}

function scaleChoices(bank: Bank, observerOf: string | undefined): Choice<Answer>[] {
  const { min, labels } = bank.scale;
  const choices: Choice<Answer>[] = labels.map((label, i) => ({ value: min + i, name: label }));
  const notApplicable = formNotApplicable(bank, observerOf);
  if (notApplicable) choices.push({ value: NOT_APPLICABLE, name: notApplicable });
  return choices;
}

interface Form {
  bank: Bank;
  questions: readonly Question[];
  observerOf: string | undefined;
  width: number;
}

function questionMessage(form: Form, question: Question, index: number): string {
  const { bank, width } = form;
  const dimension = bank.dimensions.find((d) => d.id === question.dimension)!;
  const stem = formStem(bank, form.observerOf);
  const text = wrap(formText(question, form.observerOf), width - 4).map((line) => `  ${line}`);
  // The prompt puts "? " before the first line.
  return [
    truncate(`${position(index, form.questions.length)}  ${dimension.title}`, width - 3),
    ...(stem ? wrap(stem, width - 2) : []),
    ...text,
  ].join('\n');
}

async function askQuestion(
  form: Form,
  prompter: Prompter,
  index: number,
  current: Answer | undefined,
  backLabel: string | null,
) {
  const question = form.questions[index]!;
  const choices: Choice<Answer | typeof BACK>[] = scaleChoices(form.bank, form.observerOf);
  if (backLabel) choices.push({ value: BACK, name: backLabel });
  return prompter.choose<Answer | typeof BACK>({
    name: question.id,
    message: questionMessage(form, question, index),
    choices,
    default: current,
    numbered: true,
    // Typed in plain mode: b goes back (or keeps the answer, from the review), na does not apply.
    shortcuts: {
      ...(backLabel ? { b: BACK } : {}),
      ...(choices.some((c) => c.value === NOT_APPLICABLE) ? { na: NOT_APPLICABLE } : {}),
    },
  });
}

// Columns of question text every review line keeps, however long its answer's label.
const REVIEW_TEXT_MIN = 14;

/**
 * One line of the review list, one column short of the width after the list's cursor: the number,
 * the question cut to fit, and the answer at the right edge. Each question gets the room its own
 * answer leaves, so a long "does not apply" label elsewhere does not shorten every line.
 */
function reviewLine(index: number, text: string, answer: string, width: number): string {
  const number = `${String(index + 1).padStart(2)}. `;
  const room = width - 3 - number.length - 2;
  const shown = truncate(answer, room - REVIEW_TEXT_MIN);
  return `${number}${fit(text, room - displayWidth(shown))}  ${shown}`;
}

/** Runs the whole flow and resolves with every answer; rejects if the prompter is interrupted. */
export async function runQuiz(bank: Bank, prompter: Prompter, options: QuizOptions = {}): Promise<Responses> {
  const { observerOf } = options;
  const seed = askingSeed(options.initial, options.seed);
  const questions = inOrder(formQuestions(bank, observerOf !== undefined), seed);
  const responses: Responses = {
    respondent: options.initial?.respondent ?? null,
    answers: { ...options.initial?.answers },
    notApplicable: [...(options.initial?.notApplicable ?? [])],
    reflections: { ...options.initial?.reflections },
    // The ids are derived again from the seed on every run, so they always match the bank as it is.
    ...(seed === undefined ? {} : { order: { seed, questions: questions.map((q) => q.id) } }),
  };
  const notApplicable = new Set(responses.notApplicable);
  const save = () =>
    options.onAnswer?.({
      ...responses,
      answers: { ...responses.answers },
      notApplicable: [...notApplicable],
      reflections: { ...responses.reflections },
    });
  const form: Form = { bank, questions, observerOf, width: Math.max(40, options.width ?? 80) };
  const { width } = form;
  // Wrapped here, so that the indent carries on to every line the terminal would otherwise break.
  const indented = (text: string) =>
    wrap(text, width - 4)
      .map((line) => `  ${line}`)
      .join('\n');
  const given = (id: string): Answer | undefined => (notApplicable.has(id) ? NOT_APPLICABLE : responses.answers[id]);
  const record = (id: string, answer: Answer) => {
    if (answer === NOT_APPLICABLE) {
      delete responses.answers[id];
      notApplicable.add(id);
    } else {
      responses.answers[id] = answer;
      notApplicable.delete(id);
    }
    responses.notApplicable = [...notApplicable];
    save();
  };

  // Start where a resumed draft stopped: the first unanswered question, else the reflection after
  // the last one answered, else the review.
  const start = resumePoint(bank, responses, observerOf !== undefined);
  let index = start.at === 'question' ? start.index : questions.length;
  const firstReflection =
    start.at === 'question' ? 0 : start.at === 'reflection' ? start.index : bank.reflections.length;
  while (index < questions.length) {
    const question = questions[index]!;
    const answer = await askQuestion(
      form,
      prompter,
      index,
      given(question.id),
      index > 0 ? '← Back to the previous question' : null,
    );
    if (answer === BACK) {
      index--;
      continue;
    }
    record(question.id, answer);
    index++;
  }

  // Reflections are the leader's own; an observer is not asked them.
  for (const reflection of observerOf === undefined ? bank.reflections.slice(firstReflection) : []) {
    let answer = await prompter.text({
      name: reflection.id,
      message: `Reflection (optional, press Enter to skip)\n${indented(reflection.text)}\n `,
      default: responses.reflections[reflection.id],
    });
    // As in an answers file, text that could reorder or drive the terminal is not kept: asked again,
    // with those characters taken out, so nothing else the leader wrote is lost.
    while (hasUnsafeCharacters(answer)) {
      answer = await prompter.text({
        name: reflection.id,
        message: `That answer held control or direction-changing characters, which are taken out. Check it and press Enter.\n${indented(reflection.text)}\n `,
        default: answer.replace(UNSAFE_CHARACTERS, ''),
      });
    }
    if (answer.trim()) responses.reflections[reflection.id] = answer.trim();
    else delete responses.reflections[reflection.id];
    save();
  }

  // Review: every answer on one list; picking one re-asks it, then returns here.
  const labelOf = (value: Answer | undefined) =>
    value === undefined
      ? '—'
      : value === NOT_APPLICABLE
        ? (formNotApplicable(bank, observerOf) ?? 'n/a')
        : (bank.scale.labels[value - bank.scale.min] ?? String(value));
  let highlighted: string | typeof FINISH = FINISH;
  for (;;) {
    const choice: string | typeof FINISH = await prompter.choose<string | typeof FINISH>({
      name: 'review',
      message: `Review your answers. Pick one to change it, or ${observerOf === undefined ? 'score' : 'save'} them.`,
      choices: [
        { value: FINISH, name: observerOf === undefined ? 'Score my answers' : 'Save my answers' },
        ...questions.map((q, i) => ({
          value: q.id,
          name: reviewLine(i, formText(q, observerOf), labelOf(given(q.id)), width),
          description: formText(q, observerOf),
        })),
      ],
      default: highlighted,
    });
    if (choice === FINISH) break;
    const index = questions.findIndex((q) => q.id === choice);
    const answer = await askQuestion(form, prompter, index, given(choice), '← Keep my answer');
    if (answer !== BACK) record(choice, answer);
    highlighted = choice;
  }
  return responses;
}
