import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixture, leadlens, STACK_LINE, V1 } from './run.js';

const COHORT = fixture('cohort.csv');
const ANSWERS = fixture('customer-lens.answers.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-score-'));
const write = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const parseCsv = (text: string) => Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;

describe('leadlens score --csv', () => {
  it('scores a cohort to CSV: a row per respondent, flags for dimensions not scored', () => {
    const run = leadlens(['score', '--bank', V1, '--csv', COHORT, '--format', 'csv']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual([
      'respondent',
      'true-customers.mean',
      'true-customers.score',
      'focus.mean',
      'focus.score',
      'beyond-contract.mean',
      'beyond-contract.score',
      'loyalty.mean',
      'loyalty.score',
      'overall.score',
      'flags',
    ]);
    expect(rows[1]).toEqual(['Ann', '2.67', '42', '1.33', '8', '4.67', '92', '3.75', '69', '53', '']);
    expect(rows[2]![0]).toBe('Lee, Bo');
    expect(rows[3]).toEqual(['Cy', '', '', '3', '50', '3', '50', '3', '50', '50', 'insufficient:true-customers']);
  });

  it('a cohort larger than a read chunk: the csv rows (written from numbers) match the json results', () => {
    // 12,000 rows (~0.5 MB, several read chunks), some cells blank (every 97th row too many to score
    // a dimension), one respondent a quoted name and one not in ASCII.
    const ids = [
      'know-1',
      'know-2',
      'know-3',
      'focus-1',
      'focus-2',
      'focus-3',
      'contract-1',
      'contract-2',
      'contract-3',
      'loyalty-1',
      'loyalty-2',
      'loyalty-3',
      'loyalty-4',
    ];
    const lines = [`respondent,${ids.join(',')}`];
    for (let r = 0; r < 12_000; r++) {
      const cells = ids.map((_, i) =>
        (r * 7 + i * 3) % 11 === 0 || (r % 97 === 0 && i < 2) ? '' : String(((r + i * i) % 5) + 1),
      );
      lines.push(`${r === 5000 ? '"Lee, Bo"' : r === 7000 ? 'Zoë “Z”' : `p${r}`},${cells.join(',')}`);
    }
    const path = write('large.csv', `${lines.join('\n')}\n`);
    const csv = leadlens(['score', '--bank', V1, '--csv', path, '--format', 'csv']);
    const json = leadlens(['score', '--bank', V1, '--csv', path, '--format', 'json']);
    expect([csv.code, json.code]).toEqual([0, 0]);
    const rows = parseCsv(csv.stdout).slice(1);
    const respondents = JSON.parse(json.stdout).respondents as {
      respondent: string;
      dimensions: { mean: number | null; score: number | null }[];
      overall: { score: number | null };
      flags: string[];
    }[];
    expect(rows).toHaveLength(12_000);
    expect(rows.map((row) => row.join(','))).toEqual(
      respondents.map((r) =>
        [
          r.respondent,
          ...r.dimensions.flatMap((d) => [d.mean ?? '', d.score ?? '']),
          r.overall.score ?? '',
          r.flags.join(' '),
        ].join(','),
      ),
    );
    expect(rows[5000]![0]).toBe('Lee, Bo');
    expect(rows[7000]![0]).toBe('Zoë “Z”');
    expect(respondents.some((r) => r.flags.length > 0)).toBe(true);
    // People read counts with separators.
    const text = leadlens(['score', '--bank', V1, '--csv', path]);
    expect(text.stdout).toContain('cohort of 12,000');
  });

  it('reads the cohort from stdin with -', () => {
    const run = leadlens(['score', '--bank', V1, '--csv', '-', '--format', 'json'], {
      input: readFileSync(COHORT, 'utf8'),
    });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.summary.respondents).toBe(3);
    expect(json.summary.dimensions[0]).toMatchObject({ id: 'true-customers', n: 2, insufficient: 1 });
  });

  it('copes with a BOM, CRLF line ends, quoted fields and blank lines', () => {
    const text = `\uFEFF${readFileSync(COHORT, 'utf8').replace(/\n/g, '\r\n')}\r\n\r\n`;
    const run = leadlens(['score', '--bank', V1, '--csv', write('crlf.csv', text), '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(parseCsv(run.stdout).map((r) => r[0])).toEqual(['respondent', 'Ann', 'Lee, Bo', 'Cy']);
  });

  it('names the row and column of a cell off the scale, exit 2', () => {
    const path = write('bad.csv', readFileSync(COHORT, 'utf8').replace('Ann,4,2,4', 'Ann,4,7,4'));
    const run = leadlens(['score', '--bank', V1, '--csv', path, '--format', 'csv', '--out', join(tmp, 'never.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${path}:2:3 know-2: "7" is not on the scale 1–5\n`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(tmp, 'never.csv'))).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('skips invalid rows with --skip-invalid, and says so', () => {
    const path = write('skip.csv', `${readFileSync(COHORT, 'utf8')}Dee,9,1\n`);
    const run = leadlens(['score', '--bank', V1, '--csv', path, '--format', 'json', '--skip-invalid']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`${path}:5:4 row has 3 cells; the header has 14 (row skipped)\n`);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ respondents: 3, skipped: 1 });
  });

  it('warns about columns that are not questions, and uses --id-column', () => {
    const path = write('extra.csv', 'Email,know-1,know-2,know-3,Timestamp\nsam@x.org,4,4,4,2026-01-01\n');
    const run = leadlens(['score', '--bank', V1, '--csv', path, '--id-column', 'Email', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('ignoring columns that are not questions of customer-lens: Timestamp');
    expect(run.stderr).toContain('no column for focus-1');
    expect(parseCsv(run.stdout)[1]![0]).toBe('sam@x.org');
  });

  it('refuses an empty CSV and a missing file', () => {
    expect(leadlens(['score', '--bank', V1, '--csv', write('empty.csv', '')]).stderr).toMatch(
      /empty\.csv:1:1 the CSV is empty/,
    );
    const missing = leadlens(['score', '--bank', V1, '--csv', join(tmp, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`leadlens: cannot read CSV "${join(tmp, 'nope.csv')}": no such file\n`);
  });
});

describe('thresholds and exit codes', () => {
  it('0 when every respondent meets the thresholds; one who answered too little can pass only with --allow-incomplete', () => {
    expect(leadlens(['score', '--bank', V1, '--csv', COHORT, '--fail-under', '40']).code).toBe(1);
    expect(leadlens(['score', '--bank', V1, '--csv', COHORT, '--fail-under', '40', '--allow-incomplete']).code).toBe(0);
  });

  it('answering almost nothing never passes a gate', () => {
    const two = write('two.yaml', 'answers:\n  know-1: 5\n  focus-1: 5\n');
    const run = leadlens(['take', V1, '--answers', two, '-f', 'json', '--no-save', '--fail-under', '60']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('overall: not enough answers to judge');
  });

  it('1 when a respondent misses one, naming who and where on stderr', () => {
    const run = leadlens([
      'score',
      '--bank',
      V1,
      '--csv',
      COHORT,
      '--format',
      'csv',
      '--fail-under',
      'focus=20',
      '--allow-incomplete',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('leadlens: below threshold (Ann): focus: 8 is below 20\n');
    expect(parseCsv(run.stdout)).toHaveLength(4); // the report is still complete
  });

  it('1 for a single answers file below the overall threshold; 2 for a bad threshold', () => {
    expect(leadlens(['take', V1, '--answers', ANSWERS, '--fail-under', '60']).code).toBe(1);
    expect(leadlens(['take', V1, '--answers', ANSWERS, '--fail-under', '53']).code).toBe(0);
    const bad = leadlens(['take', V1, '--answers', ANSWERS, '--fail-under', 'fokus=1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"fokus" is not a dimension of customer-lens (did you mean "focus"?)');
  });
});

describe('leadlens score with answer files', () => {
  const folder = join(tmp, 'answers');
  mkdirSync(folder);
  copyFileSync(ANSWERS, join(folder, 'sam.yaml'));
  writeFileSync(join(folder, 'pat.json'), JSON.stringify({ answers: { 'know-1': 5, 'know-2': 5, 'know-3': 1 } }));

  it('one file: the full result, as take prints it', () => {
    const run = leadlens(['score', '--bank', V1, join(folder, 'sam.yaml'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ respondent: 'Sam Lee', overall: { score: 53 } });
  });

  it('several files, a folder or a glob: a cohort, respondents named by file when the file has no name', () => {
    for (const args of [[join(folder, 'pat.json'), join(folder, 'sam.yaml')], [folder], [`${folder}/*.{yaml,json}`]]) {
      const run = leadlens(['score', '--bank', V1, ...args, '--format', 'csv']);
      expect(run.code, args.join(' ')).toBe(0);
      expect(parseCsv(run.stdout).map((r) => r[0])).toEqual(['respondent', 'pat', 'Sam Lee']);
    }
  });

  it('every file is checked before anything is written', () => {
    const bad = write('bad-answers.yaml', 'answers:\n  know-1: 8\n');
    const run = leadlens(['score', '--bank', V1, join(folder, 'sam.yaml'), bad, '--format', 'csv']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${bad}:2:11 answers.know-1: 8 is not on the scale 1–5\n`);
  });

  it('refuses a glob that matches nothing, files with --csv, and nothing at all', () => {
    expect(leadlens(['score', '--bank', V1, `${tmp}/*.nothing`]).stderr).toBe(
      `leadlens: no answer files match "${tmp}/*.nothing"\n`,
    );
    expect(leadlens(['score', '--bank', V1, ANSWERS, '--csv', COHORT]).stderr).toBe(
      'leadlens: give answer files or --csv, not both\n',
    );
    expect(leadlens(['score', '--bank', V1]).stderr).toBe(
      'leadlens: nothing to score: give answer files, or --csv <file> (- for stdin)\n',
    );
    expect(leadlens(['score', ANSWERS]).stderr).toBe(
      "leadlens: required option '-b, --bank <id|path>' not specified\n",
    );
  });
});

describe('--out', () => {
  it('writes the report to a file and nothing to stdout', () => {
    const out = join(tmp, 'report.md');
    const run = leadlens(['take', V1, '--answers', ANSWERS, '--format', 'markdown', '--out', out]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('| Narrowing my focus | 8 | development area |');
  });

  it('keeps the old file when the run fails', () => {
    const out = write('keep.csv', 'old\n');
    const run = leadlens([
      'take',
      V1,
      '--answers',
      write('bad2.yaml', 'answers: {know-1: 0}\n'),
      '--format',
      'csv',
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
  });

  it('says so when the folder cannot be written', () => {
    const run = leadlens(['take', V1, '--answers', ANSWERS, '--out', '/proc/nope/report.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^leadlens: cannot write "\/proc\/nope\/report.txt": /);
  });
});
