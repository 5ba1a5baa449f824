/** Bank text to a validated Bank, or every positioned problem in it. Pure: no file access. */
import { createHash } from 'node:crypto';
import { sortIssues, type InputIssue } from '../input/issue.js';
import { parseYaml } from '../input/yamlSource.js';
import { fromZodIssues, PARSE_OPTIONS } from '../input/zodIssues.js';
import { crossCheck } from './crossCheck.js';
import { bankSchema, type Bank } from './schema.js';

/** A bank ready to use, with the hash that identifies its content. */
export interface ParsedBank {
  bank: Bank;
  /** sha256 of the validated content: comments and layout do not change it, wording does. */
  contentHash: string;
}

export type ParseResult = { ok: true; value: ParsedBank } | { ok: false; issues: InputIssue[] };

export function contentHash(bank: Bank): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(bank)).digest('hex')}`;
}

export function parseBank(text: string, file: string): ParseResult {
  const source = parseYaml(text, file);
  if (source.issues.length) return { ok: false, issues: sortIssues(source.issues) };
  if (source.value === undefined || source.value === null) {
    return {
      ok: false,
      issues: [{ file, line: 1, col: 1, path: '', message: 'the file is empty; expected a question bank' }],
    };
  }
  const parsed = bankSchema.safeParse(source.value, PARSE_OPTIONS);
  const issues = [
    ...(parsed.success ? [] : fromZodIssues(source, bankSchema, parsed.error.issues)),
    ...crossCheck(source, source.value),
  ];
  if (!parsed.success || issues.length) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, value: { bank: parsed.data, contentHash: contentHash(parsed.data) } };
}
