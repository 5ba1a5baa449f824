import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/errors.js';
import { BACK, FINISH, NOT_APPLICABLE, resumePoint, runQuiz } from '../../src/quiz/flow.js';
import { MINI_BANK_V2, parsed } from '../helpers.js';
import { scriptedPrompter } from '../scriptedPrompter.js';

const { bank } = parsed();

describe('runQuiz', () => {
  it('asks every question in order, then reflections, then review', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', 2],
      ['b1', 3],
      ['b2', 5],
      ['r1', '  Because.  '],
      ['review', FINISH],
    ]);
    const responses = await runQuiz(bank, prompter);
    expect(responses).toEqual({
      respondent: null,
      answers: { a1: 4, a2: 2, b1: 3, b2: 5 },
      notApplicable: [],
      reflections: { r1: 'Because.' },
    });
  });

  it('shows progress, the dimension and the question', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', 2],
      ['b1', 3],
      ['b2', 5],
      ['r1', ''],
      ['review', FINISH],
    ]);
    await runQuiz(bank, prompter);
    expect(prompter.asked[2]!.message).toBe('3/4 ■■■■■■······  Beta\n  B one.');
  });

  it('offers no way back from the first question, and one from the others', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', 2],
      ['b1', 3],
      ['b2', 5],
      ['r1', ''],
      ['review', FINISH],
    ]);
    await runQuiz(bank, prompter);
    expect(prompter.asked[0]!.choices).toEqual([1, 2, 3, 4, 5]);
    expect(prompter.asked[1]!.choices).toEqual([1, 2, 3, 4, 5, BACK]);
  });

  it('goes back to the previous question with its answer highlighted, and keeps the new answer', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', BACK],
      ['a1', 1],
      ['a2', 3],
      ['b1', 3],
      ['b2', 5],
      ['r1', ''],
      ['review', FINISH],
    ]);
    const responses = await runQuiz(bank, prompter);
    expect(prompter.asked[2]).toMatchObject({ name: 'a1', default: 4 });
    expect(responses.answers).toEqual({ a1: 1, a2: 3, b1: 3, b2: 5 });
  });

  it('changes an answer from the review, then returns to the review on that item', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', 2],
      ['b1', 3],
      ['b2', 5],
      ['r1', ''],
      ['review', 'b1'],
      ['b1', 1],
      ['review', 'a2'],
      ['a2', BACK], // Back from a review edit keeps the old answer
      ['review', FINISH],
    ]);
    const responses = await runQuiz(bank, prompter);
    expect(responses.answers).toEqual({ a1: 4, a2: 2, b1: 1, b2: 5 });
    expect(prompter.asked[6]).toMatchObject({ name: 'b1', default: 3 });
    expect(prompter.asked[7]).toMatchObject({ name: 'review', default: 'b1' });
  });

  it('drops an empty reflection', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', 2],
      ['b1', 3],
      ['b2', 5],
      ['r1', '   '],
      ['review', FINISH],
    ]);
    expect((await runQuiz(bank, prompter)).reflections).toEqual({});
  });

  it('reports every answer as it is given, so a draft can be kept', async () => {
    const drafts: number[] = [];
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', 2],
      ['b1', 3],
      ['b2', 5],
      ['r1', ''],
      ['review', FINISH],
    ]);
    await runQuiz(bank, prompter, { onAnswer: (r) => drafts.push(Object.keys(r.answers).length) });
    expect(drafts).toEqual([1, 2, 3, 4, 4]);
  });

  it('resumes at the first unanswered question', async () => {
    const prompter = scriptedPrompter([
      ['b1', 3],
      ['b2', 5],
      ['r1', ''],
      ['review', FINISH],
    ]);
    const responses = await runQuiz(bank, prompter, {
      initial: { respondent: 'Sam', answers: { a1: 4, a2: 2 }, reflections: {} },
    });
    expect(responses).toEqual({
      respondent: 'Sam',
      answers: { a1: 4, a2: 2, b1: 3, b2: 5 },
      notApplicable: [],
      reflections: {},
    });
  });

  it('passes an interruption through untouched, keeping what was answered', async () => {
    const drafts: Record<string, number>[] = [];
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', new InterruptedError()],
    ]);
    await expect(runQuiz(bank, prompter, { onAnswer: (r) => drafts.push(r.answers) })).rejects.toBeInstanceOf(
      InterruptedError,
    );
    expect(drafts).toEqual([{ a1: 4 }]);
  });
});

describe('runQuiz with a version-2 bank', () => {
  const v2 = parsed(MINI_BANK_V2).bank;
  const all = (answer: unknown) => ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id): [string, unknown] => [id, answer]);

  it('shows the recall window, offers "does not apply" and records it apart from the answers', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', NOT_APPLICABLE],
      ['a3', 2],
      ['b1', 3],
      ['b2', 5],
      ['b3', 1],
      ['r1', ''],
      ['review', FINISH],
    ]);
    const responses = await runQuiz(v2, prompter);
    expect(responses.answers).toEqual({ a1: 4, a3: 2, b1: 3, b2: 5, b3: 1 });
    expect(responses.notApplicable).toEqual(['a2']);
    expect(prompter.asked[0]!.message).toBe(
      '1/6 ············  Alpha\nIn the last three months, how often did you do this?\n  I did a one.',
    );
    expect(prompter.asked[0]!.choices).toEqual([1, 2, 3, 4, 5, NOT_APPLICABLE]);
  });

  it('changing "does not apply" to an answer in the review keeps one of the two', async () => {
    const prompter = scriptedPrompter([
      ...all(NOT_APPLICABLE),
      ['r1', ''],
      ['review', 'a1'],
      ['a1', 3],
      ['review', FINISH],
    ]);
    const responses = await runQuiz(v2, prompter);
    expect(responses.answers).toEqual({ a1: 3 });
    expect(responses.notApplicable).toEqual(['a2', 'a3', 'b1', 'b2', 'b3']);
    expect(prompter.asked.find((q) => q.name === 'a1' && q.default !== undefined)!.default).toBe(NOT_APPLICABLE);
  });

  it('asks an observer the third-person wording about the leader, without self-only questions or reflections', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', 2],
      ['b1', 3],
      ['b2', 5],
      ['b3', 1],
      ['review', FINISH],
    ]);
    const responses = await runQuiz(v2, prompter, { observerOf: 'Sam Lee' });
    expect(responses.answers).toEqual({ a1: 4, a2: 2, b1: 3, b2: 5, b3: 1 });
    expect(prompter.asked[0]!.message).toBe(
      '1/5 ············  Alpha\nIn the last three months, how often did Sam Lee do this?\n  Sam Lee did a one.',
    );
    expect(prompter.asked[0]!.choices).toEqual([1, 2, 3, 4, 5, NOT_APPLICABLE]);
    expect(prompter.asked.map((q) => q.name)).not.toContain('a3');
  });

  it('picks up a draft at the first unanswered question, else the reflection not reached, else the review', async () => {
    const given = (answers: Record<string, number>, reflections: Record<string, string> = {}) => ({
      respondent: null,
      answers,
      notApplicable: [],
      reflections,
    });
    expect(resumePoint(bank, given({ a1: 4, b1: 2 }), false)).toEqual({ at: 'question', index: 1 });
    const all = { a1: 4, a2: 2, b1: 3, b2: 5 };
    expect(resumePoint(bank, given(all), false)).toEqual({ at: 'reflection', index: 0 });
    expect(resumePoint(bank, given(all, { r1: 'Yes.' }), false)).toEqual({ at: 'review' });
    // A draft with every question answered goes straight to its reflection: no question is asked again.
    const prompter = scriptedPrompter([
      ['r1', 'Now.'],
      ['review', FINISH],
    ]);
    expect((await runQuiz(bank, prompter, { initial: given(all) })).reflections).toEqual({ r1: 'Now.' });
  });

  it('does not keep a reflection with direction-changing or control characters: it asks again without them', async () => {
    const prompter = scriptedPrompter([
      ['a1', 4],
      ['a2', 2],
      ['b1', 3],
      ['b2', 5],
      ['r1', 'Ship \u202eit\u2066 now\u001b[2J'],
      ['r1', 'Ship it now[2J'],
      ['review', FINISH],
    ]);
    expect((await runQuiz(bank, prompter)).reflections).toEqual({ r1: 'Ship it now[2J' });
    const asked = prompter.asked.filter((q) => q.name === 'r1');
    expect(asked.map((q) => q.default)).toEqual([undefined, 'Ship it now[2J']);
  });
});
