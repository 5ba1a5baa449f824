import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse.js';
import { formatIssue } from '../../src/input/issue.js';
import { MINI_BANK_V2, parsed } from '../helpers.js';

const { bank } = parsed();
const issuesOf = async (text: string) => {
  const result = await parseAnswers(text, 'a.yaml', bank);
  if (result.ok) throw new Error('expected the answers to be refused');
  return result.issues.map(formatIssue);
};

describe('parseAnswers', () => {
  it('reads respondent, answers and reflections from YAML', async () => {
    const result = await parseAnswers(
      'respondent: Sam\nanswers:\n  a1: 4\n  b2: 1\nreflections:\n  r1: Because.\n',
      'a.yaml',
      bank,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        respondent: 'Sam',
        group: null,
        about: null,
        answers: { a1: 4, b2: 1 },
        notApplicable: [],
        reflections: { r1: 'Because.' },
      },
    });
  });

  it('reads JSON too', async () => {
    const result = await parseAnswers('{"answers": {"a1": 2}}', 'a.json', bank);
    expect(result).toEqual({
      ok: true,
      value: { respondent: null, group: null, about: null, answers: { a1: 2 }, notApplicable: [], reflections: {} },
    });
  });

  it('refuses answers off the scale, at the value', async () => {
    expect(await issuesOf('answers:\n  a1: 7\n  a2: 0\n')).toEqual([
      'a.yaml:2:7 answers.a1: 7 is not on the scale 1–5',
      'a.yaml:3:7 answers.a2: 0 is not on the scale 1–5',
    ]);
  });

  it('refuses unknown question ids, at the key, with a suggestion', async () => {
    expect(await issuesOf('answers:\n  a3: 2\n')).toEqual([
      'a.yaml:2:3 answers.a3: "a3" is not a question of mini (did you mean "a1"?)',
    ]);
  });

  it('refuses answers that are not whole numbers', async () => {
    expect(await issuesOf('answers:\n  a1: 2.5\n  a2: "4"\n')).toEqual([
      'a.yaml:2:7 answers.a1: expected a whole number on the scale, or na (does not apply)',
      'a.yaml:3:7 answers.a2: expected a whole number on the scale, or na (does not apply)',
    ]);
  });

  it('reads na as "does not apply" where the bank offers it, and refuses it where not', async () => {
    const v2 = parsed(MINI_BANK_V2).bank;
    expect(await parseAnswers('answers:\n  a1: 4\n  a2: na\n  b1: NA\n', 'a.yaml', v2)).toEqual({
      ok: true,
      value: {
        respondent: null,
        group: null,
        about: null,
        answers: { a1: 4 },
        notApplicable: ['a2', 'b1'],
        reflections: {},
      },
    });
    expect(await issuesOf('answers:\n  a1: na\n')).toEqual([
      'a.yaml:2:7 answers.a1: mini has no "does not apply" answer; expected a whole number 1–5',
    ]);
  });

  it('refuses unknown top-level keys, unknown reflections and answers for another bank', async () => {
    expect(await issuesOf('bank: other\nanswers: {}\nrespondant: Sam\nreflections:\n  r9: x\n')).toEqual([
      'a.yaml:1:7 bank: these answers are for bank "other", not "mini"',
      'a.yaml:3:1 respondant: unknown key "respondant" (did you mean "respondent"?)',
      'a.yaml:5:3 reflections.r9: "r9" is not a reflection question of mini (reflections: r1)',
    ]);
  });

  it('refuses __proto__ as a question id', async () => {
    expect(await issuesOf('answers:\n  __proto__: 3\n')).toEqual([
      'a.yaml:2:3 answers.__proto__: "__proto__" is not a question of mini',
    ]);
  });

  it("says what answers are when they are missing or not a mapping, in words, not zod's type names", async () => {
    expect(await issuesOf('a1: 4\n')).toContain(
      'a.yaml:1:1 missing required key "answers" (a mapping of ids to values)',
    );
    expect(await issuesOf('answers: 3\n')).toEqual([
      'a.yaml:1:10 answers: expected a mapping of ids to values, got number 3',
    ]);
  });

  it('refuses an empty file', async () => {
    expect(await issuesOf('')).toEqual(['a.yaml:1:1 the file is empty; expected a mapping with "answers"']);
  });
});
