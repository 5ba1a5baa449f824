/** Likely mistakes in a valid bank: warnings, not errors. Pure. */
import type { InputIssue } from '../input/issue.js';
import type { YamlSource } from '../input/yamlSource.js';
import type { Bank } from './schema.js';

export function lintBank(bank: Bank, source: YamlSource): InputIssue[] {
  const warnings: InputIssue[] = [];
  bank.dimensions.forEach((d, i) => {
    const count = bank.questions.filter((q) => q.dimension === d.id).length;
    if (count < 3) warnings.push(source.issueAt(['dimensions', i, 'id'], `dimension "${d.id}" has ${count} question${count === 1 ? '' : 's'}; three or more make a steadier score`));
  });
  const reversed = bank.questions.filter((q) => q.reverse).length;
  if (reversed * 2 > bank.questions.length) {
    warnings.push(source.issueAt(['questions'], `${reversed} of ${bank.questions.length} questions are reverse-keyed; more than half is easy to misread`));
  }
  const seen = new Map<string, number>();
  bank.questions.forEach((q, i) => {
    const key = q.text.toLowerCase().replace(/\W+/g, ' ').trim();
    const first = seen.get(key);
    if (first !== undefined) warnings.push(source.issueAt(['questions', i, 'text'], `same text as question "${bank.questions[first]!.id}"`));
    else seen.set(key, i);
  });
  return warnings;
}
