import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema } from '../../src/bank/jsonSchema.js';
import { lintBank } from '../../src/bank/lint.js';
import { BUILT_IN_DIR, builtInBankIds } from '../../src/bank/load.js';
import { parseBank } from '../../src/bank/parse.js';
import { bankTemplate } from '../../src/bank/template.js';
import { formatIssue } from '../../src/input/issue.js';
import { parseYaml } from '../../src/input/yamlSource.js';
import { MINI_BANK, MINI_BANK_V2 } from '../helpers.js';

const committed = JSON.parse(readFileSync(new URL('../../docs/bank.schema.json', import.meta.url), 'utf8'));

describe('bank JSON Schema', () => {
  it('the committed docs/bank.schema.json matches the zod schema (run `leadlens schema > docs/bank.schema.json`)', () => {
    expect(committed).toEqual(bankJsonSchema());
  });

  // With the standard formats, so "uri" is checked rather than ignored with a warning.
  const ajv = new Ajv2020.default({ strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(committed);

  it.each(builtInBankIds())('validates the shipped bank %s', (id) => {
    const text = readFileSync(join(BUILT_IN_DIR, `${id}.yaml`), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../docs/bank.schema.json');
    expect(validate(parse(text)) ? [] : validate.errors).toEqual([]);
  });

  it('rejects what zod rejects: an unknown key', () => {
    expect(validate(parse(MINI_BANK.replace('reverse: true', 'revrse: true')))).toBe(false);
  });
});

describe('lintBank', () => {
  const lint = (text: string) => {
    const result = parseBank(text, 'b.yaml');
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    return lintBank(result.value.bank, parseYaml(text, 'b.yaml')).map(formatIssue);
  };

  it('warns about thin dimensions and repeated text', () => {
    const text = MINI_BANK_V2.replace(
      '{ id: a3, dimension: alpha, text: I did a three., selfOnly: true, action: Try a three. }',
      '{ id: a3, dimension: beta, text: I did a one., selfOnly: true, action: Try a three. }',
    );
    expect(lint(text)).toEqual([
      'b.yaml:16:9 dimensions[0].id: dimension "alpha" has 2 questions; three or more make a steadier score',
      'b.yaml:38:38 questions[2].text: same text as question "a1"',
    ]);
  });

  it('tells questions in Japanese apart: only the same words count as repeated text', () => {
    const text = MINI_BANK_V2.replace('text: I did a one.,', 'text: 顧客の声を聞いた。,')
      .replace('text: I did a two.,', 'text: 顧客に名前で呼びかけた。,')
      .replace('text: I did a three.,', 'text: 顧客の声を聞いた！,');
    expect(lint(text).filter((w) => w.includes('same text'))).toEqual([
      'b.yaml:38:39 questions[2].text: same text as question "a1"',
    ]);
  });

  it('warns about long questions, questions with no observer wording and too many reversed', () => {
    const text = MINI_BANK_V2.replace(
      'text: I did b one., observer: did b one.,',
      `text: I did ${'b one '.repeat(10)}., reverse: true,`,
    ).replace('text: I did b two.,', 'text: I did b two., reverse: true,');
    expect(lint(text)).toEqual([
      'b.yaml:36:3 questions: 3 of 6 questions are reverse-keyed; more than a third is easy to misread',
      'b.yaml:39:5 questions[3]: question "b1" has no observer wording; add observer: (the same behaviour in the third person) or selfOnly: true',
      'b.yaml:39:38 questions[3].text: 23 words; at most 20 keep a question easy to answer',
    ]);
  });

  it('tells the author of a version-1 bank what to add, without refusing it', () => {
    const warnings = lint(MINI_BANK);
    expect(warnings).toContain(
      'b.yaml:15:9 dimensions[0].coaching.actions: an actions list still works; add firstStep, habit, others and study to lay out the 90 days',
    );
    expect(warnings).toContain(
      'b.yaml:29:5 questions[0]: question "a1" has no observer wording; add observer: (the same behaviour in the third person) or selfOnly: true',
    );
    expect(warnings).toHaveLength(8);
  });

  it('finds nothing to say about the shipped banks', () => {
    for (const id of builtInBankIds())
      expect(lint(readFileSync(join(BUILT_IN_DIR, `${id}.yaml`), 'utf8')), id).toEqual([]);
  });
});

describe('init template', () => {
  it('is a valid bank with nothing to warn about', () => {
    const text = bankTemplate('my-bank');
    const result = parseBank(text, 'my-bank.yaml');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (result.ok) {
      expect(result.value.bank.id).toBe('my-bank');
      expect(lintBank(result.value.bank, parseYaml(text, 'my-bank.yaml'))).toEqual([]);
    }
  });
});
