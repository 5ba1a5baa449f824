/** The slow, thorough check of an answers file: zod plus cross-checks, every problem positioned. Pure. */
import { isRecord } from '../input/isRecord.js';
import type { Bank } from '../bank/schema.js';
import { sortIssues, type InputIssue } from '../input/issue.js';
import type { simpleYaml } from '../input/simpleYaml.js';
import { parseYaml } from '../input/yamlSource.js';
import { fromZodIssues, PARSE_OPTIONS } from '../input/zodIssues.js';
import { didYouMeanAmong } from '../text/suggest.js';
import { answerIds } from './answerIds.js';
import { NOT_APPLICABLE } from './notApplicable.js';
import { answersFileSchema, type Responses } from './schema.js';
import { withoutUnknownAnswers } from './schemaInput.js';

const AT_KEY = { key: true };

export type AnswersResult = { ok: true; value: Responses } | { ok: false; issues: InputIssue[] };

/**
 * `plain` is what simpleYaml made of the text, and `ids` the answerIds of it, when the caller has
 * asked them already.
 */
export function validateAnswers(
  text: string,
  file: string,
  bank: Bank,
  plain?: ReturnType<typeof simpleYaml>,
  ids?: string[],
): AnswersResult {
  const source = parseYaml(text, file, plain);
  if (source.issues.length) return { ok: false, issues: source.issues };
  const raw = source.value;
  if (raw === undefined || raw === null) {
    return {
      ok: false,
      issues: [{ file, line: 1, col: 1, path: '', message: 'the file is empty; expected a mapping with "answers"' }],
    };
  }
  const questionIds = bank.questions.map((q) => q.id);
  const known = new Set(questionIds);
  // Given `plain`, the raw data is `plain`, whose ids the caller may have listed.
  const listed = plain && ids ? ids : answerIds(raw);
  const parsed = answersFileSchema.safeParse(withoutUnknownAnswers(raw, listed, known), PARSE_OPTIONS);
  const issues = parsed.success ? [] : fromZodIssues(source, answersFileSchema, parsed.error.issues);

  // Checked on the raw data, not zod's copy, so keys such as __proto__ are seen and refused.
  if (isRecord(raw)) {
    if (typeof raw.bank === 'string' && raw.bank !== bank.id) {
      issues.push(source.issueAt(['bank'], `these answers are for bank "${raw.bank}", not "${bank.id}"`));
    }
    const suggest = didYouMeanAmong(questionIds);
    const { min, max } = bank.scale;
    const notAQuestion = `" is not a question of ${bank.id}`;
    if (isRecord(raw.answers)) {
      for (const id of listed) {
        if (!known.has(id)) {
          issues.push(source.keyIssueAt(['answers'], id, '"', `${notAQuestion}${suggest(id)}`));
          continue;
        }
        const value = raw.answers[id];
        if (Number.isInteger(value) && ((value as number) < min || (value as number) > max)) {
          issues.push(source.issueAt(['answers', id], `${String(value)} is not on the scale ${min}–${max}`));
        } else if (typeof value === 'string' && NOT_APPLICABLE.test(value) && !bank.scale.notApplicable) {
          issues.push(
            source.issueAt(
              ['answers', id],
              `${bank.id} has no "does not apply" answer; expected a whole number ${min}–${max}`,
            ),
          );
        }
      }
    }
    const reflectionIds = bank.reflections.map((r) => r.id);
    if (isRecord(raw.reflections)) {
      for (const id of Object.keys(raw.reflections)) {
        if (!reflectionIds.includes(id)) {
          const known = reflectionIds.length ? ` (reflections: ${reflectionIds.join(', ')})` : '';
          issues.push(
            source.issueAt(['reflections', id], `"${id}" is not a reflection question of ${bank.id}${known}`, AT_KEY),
          );
        }
      }
    }
  }
  if (!parsed.success || issues.length) return { ok: false, issues: sortIssues(issues) };
  const answers: Record<string, number> = {};
  const notApplicable: string[] = [];
  for (const [id, value] of Object.entries(parsed.data.answers)) {
    if (typeof value === 'number') answers[id] = value;
    else if (typeof value === 'string') notApplicable.push(id);
  }
  return {
    ok: true,
    value: {
      respondent: parsed.data.respondent ?? null,
      group: parsed.data.group ?? null,
      about: parsed.data.about ?? null,
      answers,
      notApplicable,
      reflections: { ...(parsed.data.reflections ?? {}) },
    },
  };
}
