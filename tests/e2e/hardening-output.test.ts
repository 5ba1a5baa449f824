/** Output that cannot harm: CSV a spreadsheet cannot run, and nothing read back from disk that drives the terminal. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, leadlens, ROOT, V1 } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-output-'));
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('CSV a spreadsheet cannot run', () => {
  it("puts a ' before a cell that would run as a formula; numbers and plain names are left alone", () => {
    const input = 'respondent,know-1\n=HYPERLINK("http://x"),3\n+cmd,3\n-1+1,3\n@SUM(A1),3\n-5,3\nAna,3\n"\t=1+1",3\n';
    const run = leadlens(['score', '--bank', V1, '--csv', '-', '--format', 'csv'], { input });
    expect(run.code).toBe(0);
    const ids = run.stdout
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.slice(0, line.lastIndexOf(',', line.indexOf(',,') === -1 ? undefined : line.indexOf(','))));
    expect(run.stdout).toContain('"\'=HYPERLINK(""http://x"")",');
    expect(run.stdout).toContain("\r\n'+cmd,");
    expect(run.stdout).toContain("\r\n'-1+1,");
    expect(run.stdout).toContain("\r\n'@SUM(A1),");
    expect(run.stdout).toContain('\r\n-5,');
    expect(run.stdout).toContain('\r\nAna,');
    expect(ids).toHaveLength(7);
    expect(run.stdout).not.toMatch(/(^|\n)"?[=+@]/);
  });

  it('--raw-csv writes names exactly as given', () => {
    const run = leadlens(['score', '--bank', V1, '--csv', '-', '--format', 'csv', '--raw-csv'], {
      input: 'respondent,know-1\n+cmd,3\n',
    });
    expect(run.stdout).toContain('\r\n+cmd,');
  });

  it('shows control characters in a name inert, in a single result and in a cohort', () => {
    const name = 'Bob\u001b]0;x\u0007\u001b[2J\u202e';
    const single = leadlens([
      'take',
      V1,
      '--answers',
      fixture('customer-lens.answers.yaml'),
      '-r',
      name,
      '--format',
      'csv',
      '--no-save',
    ]);
    expect(single.code).toBe(0);
    expect(single.stdout).not.toMatch(RAW_CONTROL);
    expect(single.stdout).toContain('Bob\\x1b]0;x\\x07\\x1b[2J\\u202e,');
    const cohort = leadlens(['score', '--bank', V1, '--csv', '-', '--format', 'csv'], {
      input: `respondent,know-1\n"${name}",3\n`,
    });
    expect(cohort.stdout).not.toMatch(RAW_CONTROL);
  });
});

describe('saved files are read back as untrusted text', () => {
  it('history, compare and trend show escapes in a saved result inert', () => {
    const data = join(tmp, 'data');
    const answers = readFileSync(fixture('customer-lens.answers.yaml'), 'utf8');
    ['2026-01-01', '2026-02-01'].forEach((date, i) => {
      const file = join(tmp, `answers-${i}.yaml`);
      writeFileSync(file, answers.replace(/know-1: \d/, `know-1: ${i + 2}`));
      expect(leadlens(['take', V1, '--answers', file, '--data-dir', data, '-r', 'Sam', '--date', date]).code).toBe(0);
    });
    const results = join(data, 'results');
    const [name] = readdirSync(results).sort();
    const path = join(results, name!);
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    saved.bank.version = '1.0.0\u001b]0;pwned\u0007';
    saved.dimensions[0].title = 'Knowing\u001b[2J who';
    saved.dimensions[0].id = 'true-customers';
    writeFileSync(path, JSON.stringify(saved));
    for (const args of [['history'], ['compare'], ['trend', '--bank', 'customer-lens']]) {
      const run = leadlens([...args, '--data-dir', data]);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).not.toMatch(RAW_CONTROL);
    }
    expect(leadlens(['compare', '--data-dir', data]).stdout).toContain('v1.0.0\\x1b]0;pwned\\x07');
  });
});

describe('the README says what each cohort format lists', () => {
  it('text names only who fell below a threshold; markdown lists respondents', () => {
    const input = `respondent,know-1,know-2,know-3\n${['Ana', 'Bo', 'Cy'].map((n, i) => `${n},${i + 2},3,3`).join('\n')}\n`;
    const text = leadlens(
      ['score', '--bank', V1, '--csv', '-', '--fail-under', 'true-customers=45', '--allow-incomplete'],
      {
        input,
      },
    );
    expect(text.stdout).toMatch(/^ {2}Ana: /m);
    expect(text.stdout).not.toMatch(/\bBo\b|\bCy\b/);
    const markdown = leadlens(['score', '--bank', V1, '--csv', '-', '--format', 'markdown'], { input });
    for (const name of ['Ana', 'Bo', 'Cy']) expect(markdown.stdout).toContain(name);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(
      '`text` is the summary alone, with the first 10 respondents below a `--fail-under` threshold named',
    );
  });
});

mkdirSync(tmp, { recursive: true });
