import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/errors.js';
import { BACK, FINISH, runQuiz } from '../../src/quiz/flow.js';
import { parsed } from '../helpers.js';
import { scriptedPrompter } from '../scriptedPrompter.js';

const { bank } = parsed();

describe('runQuiz', () => {
  it('asks every question in order, then reflections, then review', async () => {
    const prompter = scriptedPrompter([['a1', 4], ['a2', 2], ['b1', 3], ['b2', 5], ['r1', '  Because.  '], ['review', FINISH]]);
    const responses = await runQuiz(bank, prompter);
    expect(responses).toEqual({ respondent: null, answers: { a1: 4, a2: 2, b1: 3, b2: 5 }, reflections: { r1: 'Because.' } });
  });

  it('shows progress, the dimension and the question', async () => {
    const prompter = scriptedPrompter([['a1', 4], ['a2', 2], ['b1', 3], ['b2', 5], ['r1', ''], ['review', FINISH]]);
    await runQuiz(bank, prompter);
    expect(prompter.asked[2]!.message).toBe('3/4 ■■■■■■······  Beta\n  B one.');
  });

  it('offers no way back from the first question, and one from the others', async () => {
    const prompter = scriptedPrompter([['a1', 4], ['a2', 2], ['b1', 3], ['b2', 5], ['r1', ''], ['review', FINISH]]);
    await runQuiz(bank, prompter);
    expect(prompter.asked[0]!.choices).toEqual([1, 2, 3, 4, 5]);
    expect(prompter.asked[1]!.choices).toEqual([1, 2, 3, 4, 5, BACK]);
  });

  it('goes back to the previous question with its answer highlighted, and keeps the new answer', async () => {
    const prompter = scriptedPrompter([['a1', 4], ['a2', BACK], ['a1', 1], ['a2', 3], ['b1', 3], ['b2', 5], ['r1', ''], ['review', FINISH]]);
    const responses = await runQuiz(bank, prompter);
    expect(prompter.asked[2]).toMatchObject({ name: 'a1', default: 4 });
    expect(responses.answers).toEqual({ a1: 1, a2: 3, b1: 3, b2: 5 });
  });

  it('changes an answer from the review, then returns to the review on that item', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4], ['a2', 2], ['b1', 3], ['b2', 5], ['r1', ''],
      ['review', 'b1'], ['b1', 1],
      ['review', 'a2'], ['a2', BACK], // Back from a review edit keeps the old answer
      ['review', FINISH],
    ]);
    const responses = await runQuiz(bank, prompter);
    expect(responses.answers).toEqual({ a1: 4, a2: 2, b1: 1, b2: 5 });
    expect(prompter.asked[6]).toMatchObject({ name: 'b1', default: 3 });
    expect(prompter.asked[7]).toMatchObject({ name: 'review', default: 'b1' });
  });

  it('drops an empty reflection', async () => {
    const prompter = scriptedPrompter([['a1', 4], ['a2', 2], ['b1', 3], ['b2', 5], ['r1', '   '], ['review', FINISH]]);
    expect((await runQuiz(bank, prompter)).reflections).toEqual({});
  });

  it('reports every answer as it is given, so a draft can be kept', async () => {
    const drafts: number[] = [];
    const prompter = scriptedPrompter([['a1', 4], ['a2', 2], ['b1', 3], ['b2', 5], ['r1', ''], ['review', FINISH]]);
    await runQuiz(bank, prompter, { onAnswer: (r) => drafts.push(Object.keys(r.answers).length) });
    expect(drafts).toEqual([1, 2, 3, 4, 4]);
  });

  it('resumes at the first unanswered question', async () => {
    const prompter = scriptedPrompter([['b1', 3], ['b2', 5], ['r1', ''], ['review', FINISH]]);
    const responses = await runQuiz(bank, prompter, { initial: { respondent: 'Sam', answers: { a1: 4, a2: 2 }, reflections: {} } });
    expect(responses).toEqual({ respondent: 'Sam', answers: { a1: 4, a2: 2, b1: 3, b2: 5 }, reflections: {} });
  });

  it('passes an interruption through untouched, keeping what was answered', async () => {
    const drafts: Record<string, number>[] = [];
    const prompter = scriptedPrompter([['a1', 4], ['a2', new InterruptedError()]]);
    await expect(runQuiz(bank, prompter, { onAnswer: (r) => drafts.push(r.answers) })).rejects.toBeInstanceOf(InterruptedError);
    expect(drafts).toEqual([{ a1: 4 }]);
  });
});
