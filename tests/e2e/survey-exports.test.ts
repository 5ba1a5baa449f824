/**
 * Exports as survey tools write them, built from the bank's own question texts and labels: each
 * must score exactly as the same answers in a plain id-keyed CSV, and each broken variant must get
 * one clear message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadlens, shippedBank } from './run.js';

const bank = shippedBank('customer-lens');
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-exports-'));
const ids = bank.questions.map((q) => q.id);
const texts = bank.questions.map((q) => q.text);
const labels = bank.scale.labels;
const PROMPT = 'In the last three months, how often did you do this?';

/** Three respondents' answers (1–5), one a "does not apply". */
const people = [
  { name: 'Ann Lee', email: 'ann@example.com', answers: ids.map((_, i) => 1 + (i % 5)) },
  { name: 'Zoë Müller', email: 'zoe@example.com', answers: ids.map((_, i) => 5 - (i % 5)) },
  { name: 'Bo, Jr.', email: 'bo@example.com', answers: ids.map((_, i) => (i === 2 ? 0 : 1 + ((i * 2) % 5))) },
];
const label = (n: number) => (n === 0 ? bank.scale.notApplicable : labels[n - 1]!);
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
const line = (cells: string[], q = false) =>
  cells.map((c) => (q ? quote(c) : /[",\n]/.test(c) ? quote(c) : c)).join(',');
const write = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

/** The plain CSV the exports must agree with. */
const plain = write(
  'plain.csv',
  [
    line(['respondent', ...ids]),
    ...people.map((p) => line([p.email, ...p.answers.map((a) => (a === 0 ? 'NA' : String(a)))])),
  ].join('\n') + '\n',
);
const scoresOf = (args: string[]) => {
  const run = leadlens(['score', '--bank', 'customer-lens', ...args, '-f', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout).respondents.map((r: { dimensions: unknown; overall: unknown }) => ({
    dimensions: r.dimensions,
    overall: r.overall,
  }));
};
const expected = scoresOf(['--csv', plain]);

const EXPORTS: [string, () => string][] = [
  [
    'Google Forms: every field quoted, Timestamp and Email Address, grid headers, labels',
    () =>
      write(
        'google.csv',
        [
          line(['Timestamp', 'Email Address', ...texts.map((t) => `${PROMPT} [${t}]`)], true),
          ...people.map((p) => line(['2026/11/20 10:01:02 AM GMT', p.email, ...p.answers.map(label)], true)),
        ].join('\r\n') + '\r\n',
      ),
  ],
  [
    'Microsoft Forms (CSV UTF-8 from Excel): BOM, CRLF, ID, Email and Name columns, question text, labels',
    () =>
      write(
        'msforms.csv',
        '\uFEFF' +
          [
            line(['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Name', ...texts]),
            ...people.map((p) =>
              line([
                p.email,
                '11/20/26 10:00:00',
                '11/20/26 10:05:00',
                p.email,
                'anonymous',
                p.name,
                ...p.answers.map(label),
              ]),
            ),
          ].join('\r\n') +
          '\r\n',
      ),
  ],
  [
    'Qualtrics: three header rows (tags with _ for -, text with " - ", ImportId), metadata, numeric values',
    () =>
      write(
        'qualtrics.csv',
        [
          line(['StartDate', 'EndDate', 'ResponseId', ...ids.map((id) => id.replaceAll('-', '_'))]),
          line(['Start Date', 'End Date', 'Response ID', ...texts.map((t) => `${PROMPT} - ${t}`)]),
          line([
            '{"ImportId":"startDate"}',
            '{"ImportId":"endDate"}',
            '{"ImportId":"_recordId"}',
            ...ids.map((_, i) => `{"ImportId":"QID1_${i + 1}"}`),
          ]),
          ...people.map((p) =>
            line([
              '2026-11-20 10:00:00',
              '2026-11-20 10:05:00',
              p.email,
              // Numeric values; the "does not apply" choice has no number, so its text is exported.
              ...p.answers.map((a) => (a === 0 ? label(a) : String(a))),
            ]),
          ),
        ].join('\n') + '\n',
      ),
  ],
  [
    'SurveyMonkey: two header rows, the prompt over a matrix of blank cells, statements below',
    () =>
      write(
        'surveymonkey.csv',
        [
          line(['Respondent ID', 'Collector ID', PROMPT, ...texts.slice(1).map(() => '')]),
          line(['', '', ...texts]),
          ...people.map((p) => line([p.email, '431', ...p.answers.map(label)])),
        ].join('\r\n') + '\r\n',
      ),
  ],
  [
    'Typeform: #, question titles, dates and Network ID',
    () =>
      write(
        'typeform.csv',
        [
          line(['#', ...texts, 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID']),
          ...people.map((p) =>
            line([p.email, ...p.answers.map(label), '2026-11-20 10:00:00', '2026-11-20 10:05:00', 'ab12']),
          ),
        ].join('\n') + '\n',
      ),
  ],
  [
    'Excel, German locale: ; as separator',
    () =>
      write(
        'german.csv',
        [
          ['respondent', ...ids].join(';'),
          ...people.map((p) => [`"${p.email}"`, ...p.answers.map((a) => (a === 0 ? 'NA' : String(a)))].join(';')),
        ].join('\r\n') + '\r\n',
      ),
  ],
  [
    'Excel "Unicode Text": UTF-16 LE with a BOM, tab-separated',
    () => {
      const text =
        [['respondent', ...ids].join('\t'), ...people.map((p) => [p.email, ...p.answers.map(label)].join('\t'))].join(
          '\r\n',
        ) + '\r\n';
      return write('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    },
  ],
  [
    'an old Mac file: CR-only line ends, and a sep= first line',
    () =>
      write(
        'mac.csv',
        [
          'sep=,',
          line(['respondent', ...ids]),
          ...people.map((p) => line([p.email, ...p.answers.map((a) => (a === 0 ? 'n/a' : String(a)))])),
        ].join('\r') + '\r',
      ),
  ],
  [
    'ids in upper case as headers, with labels as answers',
    () =>
      write(
        'upper.csv',
        [
          line(['Email', ...ids.map((id) => id.toUpperCase())]),
          ...people.map((p) => line([p.email, ...p.answers.map((a) => label(a).toUpperCase())])),
        ].join('\n') + '\n',
      ),
  ],
];

describe('survey exports score as the plain CSV does', () => {
  for (const [name, make] of EXPORTS) {
    it(name, () => {
      const path = make();
      expect(scoresOf(['--csv', path])).toEqual(expected);
    });
  }

  it('Windows-1252 text with no BOM is refused with the row and a hint, and read with --encoding', () => {
    const text =
      [
        line(['respondent', ...ids]),
        ...people.map((p) => line([p.name, ...p.answers.map((a) => (a === 0 ? 'NA' : String(a)))])),
      ].join('\r\n') + '\r\n';
    const path = write('cp1252.csv', Buffer.from(text, 'latin1'));
    const refused = leadlens(['score', '--bank', 'customer-lens', '--csv', path]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      `${path}:3:1 this text is not UTF-8; a file saved by Excel is often Windows-1252: try --encoding windows-1252 (or save it as "CSV UTF-8")`,
    );
    const read = JSON.parse(
      leadlens(['score', '--bank', 'customer-lens', '--csv', path, '--encoding', 'windows-1252', '-f', 'json']).stdout,
    );
    expect(read.respondents.map((r: { respondent: string }) => r.respondent)).toEqual(people.map((p) => p.name));
  });

  it('a stray quote inside an unquoted cell is an ordinary character', () => {
    const path = write('stray.csv', `respondent,${ids.join(',')}\nAnn 5" tall,${ids.map(() => '3').join(',')}\n`);
    const out = JSON.parse(leadlens(['score', '--bank', 'customer-lens', '--csv', path, '-f', 'json']).stdout);
    expect(out.respondents[0].respondent).toBe('Ann 5" tall');
  });
});

describe('what leadlens says about an export', () => {
  const google = EXPORTS[0]![1]();

  it('--explain shows the encoding, separator, header rows and each column, and scores nothing', () => {
    const run = leadlens(['score', '--bank', 'customer-lens', '--csv', EXPORTS[2]![1](), '--explain']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  separator  comma');
    expect(run.stdout).toContain('rows 1–3 (survey-tool header rows, skipped)');
    expect(run.stdout).toContain(`  respondent column 3 "ResponseId"`);
    expect(run.stdout).toContain(`"${ids[0]!.replaceAll('-', '_')}" → ${ids[0]} (by its id, case or _ aside)`);
    expect(run.stdout).not.toContain('"respondents"');
  });

  it('--save-map writes the mapping found; --map reads it back', () => {
    const map = join(tmp, 'map.yaml');
    expect(leadlens(['score', '--bank', 'customer-lens', '--csv', google, '--save-map', map, '-f', 'json']).code).toBe(
      0,
    );
    const saved = readFileSync(map, 'utf8');
    expect(saved).toContain(`${JSON.stringify(`${PROMPT} [${texts[0]}]`)}: ${ids[0]}`);
    // Columns renamed beyond recognition are read through the map.
    const renamed = write(
      'renamed.csv',
      [
        line(['who', ...ids.map((_, i) => `Q${i + 1}`)]),
        ...people.map((p) => line([p.email, ...p.answers.map((a) => (a === 0 ? 'NA' : String(a)))])),
      ].join('\n') + '\n',
    );
    const mapped = write('mapped.yaml', ids.map((id, i) => `Q${i + 1}: ${id}`).join('\n') + '\n');
    expect(scoresOf(['--csv', renamed, '--map', mapped, '--id-column', 'who'])).toEqual(expected);
  });

  it('names an answer that matches nothing, with the labels expected', () => {
    const path = write('bad-label.csv', `respondent,${ids[0]}\nAnn,Sometimes?\n`);
    const run = leadlens(['score', '--bank', 'customer-lens', '--csv', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${path}:2:2 ${ids[0]}: "Sometimes?" is not on the scale 1–5 or NA (does not apply); the answers may be written as ${[...labels, bank.scale.notApplicable].join(', ')}`,
    );
  });

  it('warns about a repeated respondent, and refuses it with --strict', () => {
    const path = write('twice.csv', `respondent,${ids[0]}\nAnn,3\nBo,4\nAnn,2\n`);
    const warned = leadlens(['score', '--bank', 'customer-lens', '--csv', path, '-f', 'csv']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(
      `${path}: respondent "Ann" appears again in row 4; use --strict to refuse the file`,
    );
    const strict = leadlens(['score', '--bank', 'customer-lens', '--csv', path, '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(`${path}:4:1 respondent "Ann" appears again (an earlier row has the same id)`);
  });

  it('names repeats wherever they fall in a long cohort, and with --strict the first', () => {
    // 150 people, then the first 50 again and one more of the first: repeats in rows 152–201 and 203.
    const people = Array.from({ length: 150 }, (_, i) => `p${i}`);
    const again = [...people.slice(0, 50), 'new', 'p7'];
    const path = write('long.csv', `respondent,${ids[0]}\n${[...people, ...again].map((p) => `${p},3`).join('\n')}\n`);
    const warned = leadlens(['score', '--bank', 'customer-lens', '--csv', path, '-f', 'csv']);
    expect(warned.code).toBe(0);
    const lines = warned.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('appears again'))).toEqual(
      [0, 1, 2, 3, 4].map(
        (i) => `leadlens: ${path}: respondent "p${i}" appears again in row ${152 + i}; use --strict to refuse the file`,
      ),
    );
    expect(lines).toContain(`leadlens: ${path}: …and 46 more repeated respondents`);
    expect(warned.stdout.trim().split('\n').length).toBe(1 + 202);
    const strict = leadlens(['score', '--bank', 'customer-lens', '--csv', path, '--strict', '-f', 'csv']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(`${path}:152:1 respondent "p0" appears again (an earlier row has the same id)`);
  });

  it('ignores metadata columns with one warning, even when two share a name', () => {
    const run = leadlens(['score', '--bank', 'customer-lens', '--csv', EXPORTS[1]![1](), '-f', 'csv']);
    expect(run.code).toBe(0);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings.filter((w) => w.includes('ignoring columns'))).toEqual([
      expect.stringContaining('Start time, Completion time, Email, Name, Name'),
    ]);
  });
});

describe('360 observers from a survey export', () => {
  it('reads the relationship column named by --group-column', () => {
    const seen = bank.questions.filter((q) => !q.selfOnly);
    // "Rarely" for every behaviour, read the right way round: reverse-keyed items get "Often".
    const rows = ['manager', 'peer', 'peer', 'peer'].map((rel, i) =>
      line([`o${i}`, rel, ...seen.map((q) => label(q.reverse ? 4 : 2))]),
    );
    const observers = write(
      'observers.csv',
      [line(['Respondent ID', 'How do you know them?', ...seen.map((q) => q.text)]), ...rows].join('\n') + '\n',
    );
    const self = write('self.yaml', `answers:\n${ids.map((id) => `  ${id}: 4`).join('\n')}\n`);
    const run = leadlens([
      '360',
      '--bank',
      'customer-lens',
      '--self',
      self,
      '--observers',
      observers,
      '--group-column',
      'How do you know them?',
      '--min-group',
      '1',
      '-f',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const f = JSON.parse(run.stdout).feedback360;
    expect(f.groups).toEqual([
      { name: 'manager', n: 1 },
      { name: 'peer', n: 3 },
    ]);
    expect(f.dimensions[0].others.score).toBe(25);
  });
});
