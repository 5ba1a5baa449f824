import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectRefused, fixture, leadlens, leadlensWithOpenStdin, ROOT, V1 } from './run.js';

const ANSWERS = fixture('customer-lens.answers.yaml');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-e2e-'));
const write = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('leadlens take --answers', () => {
  it('prints the full JSON result on stdout and nothing on stderr', () => {
    const run = leadlens(['take', V1, '--answers', ANSWERS, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      schemaVersion: 2,
      tool: { name: 'leadlens', version },
      bank: { id: 'customer-lens', version: '1.0.0', title: 'The customer lens' },
      respondent: 'Sam Lee',
      overall: { score: 53, band: 'solid' },
      strengths: ['beyond-contract'],
      developmentAreas: ['focus', 'true-customers'],
    });
    expect(result.bank.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Date.parse(result.completedAt)).not.toBeNaN();
    expect(result.answers['know-3']).toBe(4);
    expect(result.dimensions.map((d: { id: string; score: number; band: string }) => [d.id, d.score, d.band])).toEqual([
      ['true-customers', 42, 'development'],
      ['focus', 8, 'development'],
      ['beyond-contract', 92, 'strength'],
      ['loyalty', 69, 'solid'],
    ]);
    expect(result.dimensions[0]).toEqual({
      id: 'true-customers',
      title: 'Knowing who my customers are',
      mean: 2.67,
      score: 42,
      band: 'development',
      answered: 3,
      notApplicable: 0,
      total: 3,
    });
    expect(result.plan.focus.map((f: { dimension: string }) => f.dimension)).toEqual(['focus', 'true-customers']);
  });

  it('prints the plain-text report when stdout is not a terminal', () => {
    const run = leadlens(['take', V1, '--answers', ANSWERS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Your 90-day plan');
    expect(run.stdout).toMatch(/^ {2}Serving beyond the contract +█+░+ {3}92 {2}strength$/m);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours with FORCE_COLOR and not with NO_COLOR or --no-color', () => {
    expect(leadlens(['take', V1, '--answers', ANSWERS], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(
      leadlens(['take', V1, '--answers', ANSWERS], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout,
    ).not.toMatch(/\u001b\[/);
    expect(
      leadlens(['take', V1, '--answers', ANSWERS, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout,
    ).not.toMatch(/\u001b\[/);
  });

  it('lets --respondent override the file', () => {
    const run = leadlens(['take', V1, '--answers', ANSWERS, '-f', 'json', '--respondent', 'Alex']);
    expect(JSON.parse(run.stdout).respondent).toBe('Alex');
  });

  it('takes a bank by file path', () => {
    const run = leadlens([
      'take',
      join(ROOT, 'tests/fixtures/banks/customer-lens.yaml'),
      '--answers',
      ANSWERS,
      '-f',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).bank.id).toBe('customer-lens');
  });

  it('warns on stderr about unanswered questions and still scores', () => {
    const path = write('partial.yaml', 'answers:\n  know-1: 5\n  know-2: 5\n');
    const run = leadlens(['take', V1, '--answers', path, '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^leadlens: 11 questions of customer-lens not answered: know-3, focus-1/);
    expect(JSON.parse(run.stdout).dimensions[1]).toMatchObject({
      id: 'focus',
      score: null,
      band: 'insufficient',
      answered: 0,
    });
  });
});

describe('user errors: one line each, exit 2, no stack trace, nothing on stdout', () => {
  const expectUserError = expectRefused;

  it('answers off the scale and unknown ids, with positions', () => {
    const path = write('bad.yaml', 'answers:\n  know-1: 9\n  knw-2: 3\n');
    expectUserError(leadlens(['take', V1, '--answers', path]), [
      `${path}:2:11 answers.know-1: 9 is not on the scale 1–5`,
      `${path}:3:3 answers.knw-2: "knw-2" is not a question of customer-lens (did you mean "know-2"?)`,
    ]);
  });

  it('a broken bank, every problem with its position', () => {
    const bank = readFileSync(V1, 'utf8')
      .replace('    dimension: focus\n    text: I turn down', '    dimension: focuss\n    text: I turn down')
      .replace('    reverse: true\n  - id: focus-1', '    revrse: true\n  - id: focus-1');
    const path = write('broken.yaml', bank);
    const run = leadlens(['take', path, '--answers', ANSWERS]);
    expectUserError(run, [
      /^.*broken\.yaml:\d+:5 questions\[2\]\.revrse: unknown key "revrse" \(did you mean "reverse"\?\)$/,
      /^.*broken\.yaml:\d+:16 questions\[3\]\.dimension: "focuss" is not a dimension of this bank \(true-customers, focus, beyond-contract, loyalty\) \(did you mean "focus"\?\)$/,
    ]);
  });

  it('no terminal on stdin: says how to pass answers instead', () => {
    expectUserError(leadlens(['take', V1]), [/^leadlens: .*standard input is not a terminal.*--answers <file>/]);
  });

  it('a stdin pipe that stays open does not hang', async () => {
    const run = await leadlensWithOpenStdin(['take', V1]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--answers/);
  });

  it('no arguments and no terminal: the menu refuses too', () => {
    expectUserError(leadlens([]), [/^leadlens: cannot ask questions: standard input is not a terminal/]);
  });

  it('unknown bank, with the list of banks', () => {
    expectUserError(leadlens(['take', 'customer-lenz', '--answers', ANSWERS]), [
      'leadlens: unknown bank "customer-lenz" (did you mean "customer-lens"?); available: customer-lens, hidden-leader, leader-as-coach, leader-behaviours, listen-respond, servant-leader',
    ]);
  });

  it('unknown format, option and command', () => {
    expectUserError(leadlens(['take', V1, '--answers', ANSWERS, '--format', 'yaml']), [
      'leadlens: unknown format "yaml"; expected one of: text, json, markdown, csv, junit, html',
    ]);
    expectUserError(leadlens(['take', V1, '--answers', ANSWERS, '--formt', 'json']), [
      "leadlens: unknown option '--formt' (did you mean --format?)",
    ]);
    expectUserError(leadlens(['tkae']), [
      'leadlens: unknown command "tkae" (did you mean "take"?); see leadlens --help',
    ]);
  });

  it('missing, directory and empty answers files', () => {
    expectUserError(leadlens(['take', V1, '--answers', join(tmp, 'nope.yaml')]), [
      `leadlens: cannot read answers file "${join(tmp, 'nope.yaml')}": no such file`,
    ]);
    expectUserError(leadlens(['take', V1, '--answers', tmp]), [
      `leadlens: cannot read answers file "${tmp}": it is a directory, not a file`,
    ]);
    const empty = write('empty.yaml', '');
    expectUserError(leadlens(['take', V1, '--answers', empty]), [
      `${empty}:1:1 the file is empty; expected a mapping with "answers"`,
    ]);
  });

  it('--answers with several banks', () => {
    expectUserError(leadlens(['take', V1, 'hidden-leader', '--answers', ANSWERS]), [
      'leadlens: --answers: give one answers file per bank, in the same order (2 banks, 1 file)',
    ]);
  });
});

describe('leadlens --version and --help', () => {
  it('prints the version', () => {
    const run = leadlens(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('documents commands and exit codes', () => {
    const run = leadlens(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('take [options] <bank...>');
    expect(run.stdout).toMatch(/^ {2}2 {4}usage or input error/m);
    expect(run.stdout).toMatch(/^ {2}130 {2}interrupted/m);
  });
});
