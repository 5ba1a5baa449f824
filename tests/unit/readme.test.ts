import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse.js';
import { parseBank } from '../../src/bank/parse.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const yamlBlockAfter = (heading: string) => {
  const start = readme.indexOf(heading);
  const match = /```yaml\n([\s\S]*?)```/.exec(readme.slice(start));
  if (start === -1 || !match) throw new Error(`no YAML example after ${heading}`);
  return match[1]!;
};

describe('README examples', () => {
  it('the bank example is a valid bank', () => {
    const result = parseBank(yamlBlockAfter('## Writing a bank'), 'README.md');
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('the answers example is valid for customer-lens', async () => {
    const bank = parseBank(
      readFileSync(new URL('../../assessments/customer-lens.yaml', import.meta.url), 'utf8'),
      'customer-lens.yaml',
    );
    if (!bank.ok) throw new Error('customer-lens does not load');
    const result = await parseAnswers(yamlBlockAfter('### Answers file'), 'README.md', bank.value.bank);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
