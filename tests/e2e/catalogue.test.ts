/**
 * The catalogue of bad input: one case per kind, each asserting the exact message, its position
 * and exit code 2, and that no stack trace is printed and nothing reaches stdout.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefused, fixture, leadlens, leadlensWithOpenStdin, V1 } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-catalogue-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const BANK = readFileSync(V1, 'utf8');
const ANSWERS = fixture('customer-lens.answers.yaml');
const bank = (name: string, edit: (text: string) => string) => file(name, edit(BANK));
const take = (bankPath: string) => leadlens(['take', bankPath, '--answers', ANSWERS, '--no-save']);
const answers = (name: string, text: string) => leadlens(['take', V1, '--answers', file(name, text), '--no-save']);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const refused = expectRefused;

describe('bad input catalogue', () => {
  it('malformed YAML', () => {
    const path = bank('malformed.yaml', (t) => t.replace('title: The customer lens', 'title: [The customer lens'));
    refused(take(path), [
      new RegExp(`^${path}:4:1 Flow sequence in block collection must be sufficiently indented and end with a \\]$`),
    ]);
  });

  it('wrong type', () => {
    const path = bank('type.yaml', (t) => t.replace('version: 1.0.0', 'version: 1.0'));
    refused(take(path), [`${path}:4:10 version: expected a version in quotes, such as "1.0.0"`]);
  });

  it('unknown key', () => {
    const path = bank('unknown.yaml', (t) =>
      t.replace('    reverse: true\n  - id: focus-1', '    revrse: true\n  - id: focus-1'),
    );
    const line = lineOf(readFileSync(path, 'utf8'), 'revrse');
    refused(take(path), [`${path}:${line}:5 questions[2].revrse: unknown key "revrse" (did you mean "reverse"?)`]);
  });

  it('duplicate key', () => {
    const path = bank('dupkey.yaml', (t) =>
      t.replace('title: The customer lens\n', 'title: The customer lens\ntitle: Again\n'),
    );
    refused(take(path), [`${path}:4:1 Map keys must be unique`]);
  });

  it('duplicate id', () => {
    const path = bank('dupid.yaml', (t) => t.replace('  - id: know-2\n', '  - id: know-1\n'));
    const text = readFileSync(path, 'utf8');
    const second = text.indexOf('  - id: know-1', text.indexOf('  - id: know-1') + 1);
    refused(take(path), [
      `${path}:${text.slice(0, second).split('\n').length}:9 questions[1].id: duplicate id "know-1" (already used at line ${lineOf(text, '  - id: know-1')})`,
    ]);
  });

  it('answer off the scale', () => {
    refused(answers('off.yaml', 'answers:\n  know-1: 6\n'), [
      `${join(tmp, 'off.yaml')}:2:11 answers.know-1: 6 is not on the scale 1–5`,
    ]);
  });

  it('unknown question id', () => {
    refused(answers('unknown-id.yaml', 'answers:\n  know-9: 3\n'), [
      `${join(tmp, 'unknown-id.yaml')}:2:3 answers.know-9: "know-9" is not a question of customer-lens (did you mean "know-1"?)`,
    ]);
  });

  it('empty file', () => {
    refused(take(file('empty.yaml', '')), [
      `${join(tmp, 'empty.yaml')}:1:1 the file is empty; expected a question bank`,
    ]);
  });

  it('binary file', () => {
    const path = file('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    refused(take(path), [`leadlens: cannot read bank "${path}": it is a binary file, expected YAML or JSON text`]);
  });

  it('huge file', () => {
    const path = file('huge.yaml', `# ${'x'.repeat(6 * 1024 * 1024)}\n`);
    refused(take(path), [`leadlens: cannot read bank "${path}": it is 6.0 MiB, larger than the 5 MiB limit`]);
  });

  it('YAML alias bomb', () => {
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 0; i < 9; i++)
      bomb += `b${i}: &b${i} [${Array(10)
        .fill(i ? `*b${i - 1}` : '*a')
        .join(', ')}]\n`;
    refused(answers('bomb.yaml', bomb), [
      `${join(tmp, 'bomb.yaml')}:1:1 refused: the file expands too many YAML aliases`,
    ]);
  });

  it('__proto__ and constructor keys', () => {
    refused(answers('proto.yaml', 'answers:\n  __proto__: 3\n  constructor: 2\n'), [
      `${join(tmp, 'proto.yaml')}:2:3 answers.__proto__: "__proto__" is not a question of customer-lens`,
      `${join(tmp, 'proto.yaml')}:3:3 answers.constructor: "constructor" is not a question of customer-lens`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('control characters and escape sequences in bank text', () => {
    const path = bank('escape.yaml', (t) => t.replace('title: The customer lens', 'title: "The \\e[2J customer lens"'));
    refused(take(path), [`${path}:3:8 title: contains a control character or bidi override; remove it`]);
  });

  it('control characters in answers and in a file name are shown inert', () => {
    refused(answers('ctrl.yaml', 'respondent: "Sam\\u202e"\nanswers: {}\n'), [
      `${join(tmp, 'ctrl.yaml')}:1:13 respondent: contains a control character or bidi override; remove it`,
    ]);
    refused(leadlens(['take', join(tmp, 'evil\u001b[2Jname.yaml')]), [
      `leadlens: cannot read bank "${join(tmp, 'evil\\x1b[2Jname.yaml')}": no such file`,
    ]);
  });

  it('missing path and directory path', () => {
    refused(take(join(tmp, 'missing.yaml')), [
      `leadlens: cannot read bank "${join(tmp, 'missing.yaml')}": no such file`,
    ]);
    const dir = join(tmp, 'folder.yaml');
    mkdirSync(dir);
    refused(take(dir), [`leadlens: cannot read bank "${dir}": it is a directory, not a file`]);
  });

  it('CSV with ragged rows', () => {
    const path = file('ragged.csv', 'respondent,know-1,know-2\nAnn,3,4\nBo,3\n');
    refused(leadlens(['score', '--bank', V1, '--csv', path, '--out', join(tmp, 'out.csv')]), [
      /no column for/,
      `${path}:3:3 row has 2 cells; the header has 3`,
    ]);
  });

  it('CSV with a cell off the scale, quoted, after a BOM and CRLF line ends', () => {
    const path = file('quoted.csv', '\uFEFFrespondent,know-1\r\n"Lee, Bo","9"\r\n');
    refused(leadlens(['score', '--bank', V1, '--csv', path, '--out', join(tmp, 'out2.csv')]), [
      /no column for/,
      `${path}:2:2 know-1: "9" is not on the scale 1–5`,
    ]);
  });

  it('a CSV quote that never closes', () => {
    const path = file('unclosed.csv', 'respondent,know-1\n"Ann,3\n');
    refused(leadlens(['score', '--bank', V1, '--csv', path, '--out', join(tmp, 'out3.csv')]), [
      `${path}:2:1 a quoted field is never closed (a " is missing)`,
    ]);
  });

  it('a stdin pipe that stays open with no data: no hang', async () => {
    const run = await leadlensWithOpenStdin(['take', V1]);
    refused(run, [/^leadlens: cannot ask questions: standard input is not a terminal/]);
  });

  it('usage mistakes', () => {
    refused(leadlens(['take', V1, '--answers', ANSWERS, '--format', 'pdf']), [
      'leadlens: unknown format "pdf"; expected one of: text, json, markdown, csv, junit, html',
    ]);
    refused(leadlens(['take', V1, '--resume', '--restart']), [
      'leadlens: --resume and --restart cannot be used together',
    ]);
    refused(leadlens(['score', '--bank', V1, '--csv', fixture('cohort.csv'), '--fail-under', 'abc']), [
      'leadlens: --fail-under abc: expected a whole score from 0 to 100, got "abc"',
    ]);
  });
});
