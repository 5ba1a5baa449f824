import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema } from '../../src/bank/jsonSchema.js';
import { lintBank } from '../../src/bank/lint.js';
import { BUILT_IN_DIR, builtInBankIds } from '../../src/bank/load.js';
import { parseBank } from '../../src/bank/parse.js';
import { bankTemplate } from '../../src/bank/template.js';
import { formatIssue } from '../../src/input/issue.js';
import { parseYaml } from '../../src/input/yamlSource.js';
import { MINI_BANK } from '../helpers.js';

const committed = JSON.parse(readFileSync(new URL('../../docs/bank.schema.json', import.meta.url), 'utf8'));

describe('bank JSON Schema', () => {
  it('the committed docs/bank.schema.json matches the zod schema (run `leadlens schema > docs/bank.schema.json`)', () => {
    expect(committed).toEqual(bankJsonSchema());
  });

  const validate = new Ajv2020.default({ strict: false }).compile(committed);

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

  it('warns about thin dimensions, mostly reversed banks and repeated text', () => {
    const text = MINI_BANK.replace('text: B one., weight: 2', 'text: A one., weight: 2, reverse: true');
    expect(lint(text)).toEqual([
      'b.yaml:9:9 dimensions[0].id: dimension "alpha" has 2 questions; three or more make a steadier score',
      'b.yaml:24:9 dimensions[1].id: dimension "beta" has 2 questions; three or more make a steadier score',
      'b.yaml:31:38 questions[2].text: same text as question "a1"',
    ]);
  });

  it('finds nothing to say about the shipped banks', () => {
    for (const id of builtInBankIds()) expect(lint(readFileSync(join(BUILT_IN_DIR, `${id}.yaml`), 'utf8')), id).toEqual([]);
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

describe('lintBank reverse keys', () => {
  it('warns when more than half the questions are reverse-keyed', () => {
    const text = MINI_BANK.replace('text: A one. }', 'text: A one., reverse: true }').replace('text: B two. }', 'text: B two., reverse: true }');
    const result = parseBank(text, 'b.yaml');
    if (!result.ok) throw new Error('invalid');
    expect(lintBank(result.value.bank, parseYaml(text, 'b.yaml')).map(formatIssue)).toContain(
      'b.yaml:29:3 questions: 3 of 4 questions are reverse-keyed; more than half is easy to misread',
    );
  });
});
