/** Likely mistakes in a valid bank: warnings, not errors. Pure. */
import { sortIssues, type InputIssue } from '../input/issue.js';
import type { YamlSource } from '../input/yamlSource.js';
import type { Bank } from './schema.js';

/** A question longer than this is hard to hold in mind while answering. */
export const MAX_QUESTION_WORDS = 20;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function lintBank(bank: Bank, source: YamlSource): InputIssue[] {
  const warnings: InputIssue[] = [];
  bank.dimensions.forEach((d, i) => {
    const count = bank.questions.filter((q) => q.dimension === d.id).length;
    if (count < 3)
      warnings.push(
        source.issueAt(
          ['dimensions', i, 'id'],
          `dimension "${d.id}" has ${count} question${count === 1 ? '' : 's'}; three or more make a steadier score`,
        ),
      );
  });
  bank.dimensions.forEach((d, i) => {
    if (d.coaching.actions) {
      warnings.push(
        source.issueAt(
          ['dimensions', i, 'coaching', 'actions'],
          'an actions list still works; add firstStep, habit, others and study to lay out the 90 days',
        ),
      );
    }
  });
  const reversed = bank.questions.filter((q) => q.reverse).length;
  if (reversed * 3 > bank.questions.length) {
    warnings.push(
      source.issueAt(
        ['questions'],
        `${reversed} of ${bank.questions.length} questions are reverse-keyed; more than a third is easy to misread`,
      ),
    );
  }
  bank.questions.forEach((q, i) => {
    const words = wordCount(q.text);
    if (words > MAX_QUESTION_WORDS)
      warnings.push(
        source.issueAt(
          ['questions', i, 'text'],
          `${words} words; at most ${MAX_QUESTION_WORDS} keep a question easy to answer`,
        ),
      );
    if (!q.observer && !q.selfOnly) {
      warnings.push(
        source.issueAt(
          ['questions', i],
          `question "${q.id}" has no observer wording; add observer: (the same behaviour in the third person) or selfOnly: true`,
        ),
      );
    }
  });
  const seen = new Map<string, number>();
  bank.questions.forEach((q, i) => {
    // Letters and digits of any script: \W would reduce every Japanese question to the same empty key.
    const key = q.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const first = seen.get(key);
    if (first !== undefined)
      warnings.push(source.issueAt(['questions', i, 'text'], `same text as question "${bank.questions[first]!.id}"`));
    else seen.set(key, i);
  });
  return sortIssues(warnings);
}
