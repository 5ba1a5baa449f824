import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixture, leadlens, ROOT, V1 } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-toolkit-'));
const ANSWERS = readFileSync(fixture('customer-lens.answers.yaml'), 'utf8');
const answersFile = (name: string, edit: (text: string) => string) => {
  const path = join(tmp, name);
  writeFileSync(path, edit(ANSWERS));
  return path;
};

describe('history, compare and trend', () => {
  const data = join(tmp, 'data');
  const env = { LEADLENS_DATA_DIR: data };
  const first = answersFile('first.yaml', (t) => t);
  const second = answersFile('second.yaml', (t) =>
    t.replace('focus-1: 2', 'focus-1: 5').replace('focus-2: 1', 'focus-2: 4'),
  );
  const third = answersFile('third.yaml', (t) =>
    t.replace('focus-1: 2', 'focus-1: 5').replace('focus-2: 1', 'focus-2: 5').replace('know-2: 2', 'know-2: 5'),
  );

  it('take saves each result; history lists them newest first', () => {
    for (const file of [first, second, third])
      expect(leadlens(['take', V1, '--answers', file, '-f', 'json'], { env }).code).toBe(0);
    expect(leadlens(['take', V1, '--answers', first, '--no-save'], { env }).code).toBe(0);
    const run = leadlens(['history'], { env });
    expect(run.code).toBe(0);
    const rows = run.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^ {2}1 {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}customer-lens {7}Sam Lee {11}73 solid$/);
    expect(rows[3]).toMatch(/^ {2}3 .* 53 solid$/);
    const json = JSON.parse(leadlens(['history', '--format', 'json', '--bank', 'customer-lens'], { env }).stdout);
    // The same order as the text, numbered as compare names them.
    expect(json.map((r: { number: number; overall: { score: number } }) => [r.number, r.overall.score])).toEqual([
      [1, 73],
      [2, 65],
      [3, 53],
    ]);
  });

  it('dates a result transcribed from paper, and removes results by their number', () => {
    const data = join(tmp, 'paper');
    const dated = leadlens(['take', V1, '--answers', first, '--data-dir', data, '--date', '2025-06-01', '-f', 'json']);
    expect(JSON.parse(dated.stdout).completedAt).toBe('2025-06-01T12:00:00.000Z');
    expect(leadlens(['take', V1, '--answers', first, '--data-dir', data, '-r', 'Other', '-f', 'json']).code).toBe(0);
    const bad = leadlens(['take', V1, '--answers', first, '--date', '2025-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'leadlens: --date: expected a day as YYYY-MM-DD, such as 2026-03-15, got "2025-13-01"',
    );
    const removed = leadlens(['history', 'rm', '2', '--data-dir', data]);
    expect(removed.code).toBe(0);
    expect(removed.stderr.trim()).toBe('leadlens: removed 1 saved result');
    const left = JSON.parse(leadlens(['history', '-f', 'json', '--data-dir', data]).stdout);
    expect(left.map((r: { respondent: string }) => r.respondent)).toEqual(['Other']);
    expect(leadlens(['history', 'rm', '9', '--data-dir', data]).code).toBe(2);
  });

  it('the same answers rendered twice (HTML, then JSON) are one entry, not two', () => {
    const data = join(tmp, 'rendered-twice');
    for (const format of ['html', 'json'])
      expect(leadlens(['take', V1, '--answers', first, '--data-dir', data, '-f', format]).code).toBe(0);
    expect(JSON.parse(leadlens(['history', '-f', 'json', '--data-dir', data]).stdout)).toHaveLength(1);
  });

  it('an empty listing says which filter emptied it, with the near miss', () => {
    const bank = leadlens(['history', '--bank', 'customer-lense'], { env });
    expect(bank.code).toBe(0);
    expect(bank.stdout.trim()).toBe(
      'No saved results of bank "customer-lense" (did you mean "customer-lens"?). 3 saved in all: see leadlens history.',
    );
    const who = leadlens(['history', '--respondent', 'Sam'], { env });
    expect(who.stdout.trim()).toBe(
      'No saved results for respondent "Sam" (did you mean "Sam Lee"?). 3 saved in all: see leadlens history.',
    );
    const json = leadlens(['history', '--respondent', 'Sam', '-f', 'json'], { env });
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toContain('did you mean "Sam Lee"?');
    const typo = leadlens(['history', '--data-dir', join(tmp, 'typo')], { env });
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim()).toBe(`leadlens: --data-dir "${join(tmp, 'typo')}": no such folder`);
  });

  it('compare shows each dimension change, by default between the last two', () => {
    const run = leadlens(['compare'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}Knowing who my customers are +42 +67 {2}▲ \+25$/m);
    // One answer one step in a three-question dimension on a 5-point scale: 8.33 points, steady.
    expect(run.stdout).toMatch(/^ {2}Narrowing my focus +58 +67 {2}= \+9$/m);
    expect(run.stdout).toMatch(/^ {2}Serving beyond the contract +92 +92 {2}= 0$/m);
    expect(run.stdout).toMatch(/one answer moving one step, which moves\s+most dimensions here about 8\s+points\./);
    const numbered = leadlens(['compare', '3', '1', '--format', 'json'], { env });
    expect(JSON.parse(numbered.stdout).overall).toEqual({
      before: 53,
      after: 73,
      change: 20,
      direction: 'up',
      step: 2,
    });
  });

  it('compare refuses two different people, naming both, and exits 2', () => {
    const data = join(tmp, 'two-people');
    for (const name of ['Ann Ruiz', 'Bo Chen']) {
      const file = write(`${name}.yaml`, `respondent: ${name}\nanswers:\n  know-1: 4\n  know-2: 2\n  know-3: 3\n`);
      expect(leadlens(['take', V1, '--answers', file, '--data-dir', data, '-f', 'json']).code).toBe(0);
    }
    const run = leadlens(['compare', '1', '2', '--data-dir', data]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'leadlens: cannot compare results of two people ("Ann Ruiz" and "Bo Chen"); pick two results of one person from leadlens history --respondent <name>',
    );
    expect(run.stdout).toBe('');
  });

  it('trend draws each dimension over the results', () => {
    const run = leadlens(['trend', '--bank', 'customer-lens'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('customer-lens — Sam Lee: 3 results');
    expect(run.stdout).toMatch(/^ {2}Narrowing my focus +▁▅▆ +8 → 67$/m);
  });

  it('says what to do when there is nothing to compare', () => {
    const empty = { LEADLENS_DATA_DIR: join(tmp, 'empty') };
    expect(leadlens(['history'], { env: empty }).stdout).toMatch(/^No saved results yet/);
    const run = leadlens(['compare'], { env: empty });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^leadlens: No saved results yet\./);
    const one = { LEADLENS_DATA_DIR: join(tmp, 'one') };
    expect(leadlens(['take', V1, '--answers', first], { env: one }).code).toBe(0);
    expect(leadlens(['compare'], { env: one }).stderr).toBe(
      'leadlens: need two saved results of the same bank and respondent (and kind: self or 360) to compare; see leadlens history\n',
    );
  });

  it('--data-dir overrides the environment', () => {
    const other = join(tmp, 'other');
    expect(leadlens(['take', V1, '--answers', first, '--data-dir', other], { env }).code).toBe(0);
    expect(JSON.parse(leadlens(['history', '-f', 'json', '--data-dir', other], { env }).stdout)).toHaveLength(1);
  });
});

describe("a coach's clients: saving, pairing and names", () => {
  const client = (name: string, respondent: string, know: number) =>
    write(`${name}.yaml`, `respondent: ${respondent}\nanswers:\n  know-1: ${know}\n  know-2: 2\n  know-3: 3\n`);

  it('score --save keeps one result per respondent (the same answers once); --data-dir alone is refused', () => {
    const data = join(tmp, 'score-save');
    const files = [client('c1', 'Ana Ruiz', 4), client('c2', 'Bo Chen', 2)];
    const run = leadlens(['score', '--bank', V1, ...files, '--save', '--data-dir', data, '-f', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^respondent,/);
    const listed = JSON.parse(leadlens(['history', '-f', 'json', '--data-dir', data]).stdout);
    expect(listed.map((r: { respondent: string }) => r.respondent).sort()).toEqual(['Ana Ruiz', 'Bo Chen']);
    // Scored again: nothing new.
    expect(leadlens(['score', '--bank', V1, ...files, '--save', '--data-dir', data]).code).toBe(0);
    expect(JSON.parse(leadlens(['history', '-f', 'json', '--data-dir', data]).stdout)).toHaveLength(2);
    const single = leadlens([
      'score',
      '--bank',
      V1,
      client('c3', 'Cy Diaz', 5),
      '--save',
      '--data-dir',
      data,
      '-f',
      'json',
    ]);
    expect(single.code).toBe(0);
    expect(JSON.parse(leadlens(['history', '-f', 'json', '--data-dir', data]).stdout)).toHaveLength(3);
    const alone = leadlens(['score', '--bank', V1, files[0]!, '--data-dir', data]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('leadlens: --data-dir goes with --save\n');
  });

  it('score --save refuses a cohort past 1,000 after its report, saving nothing', () => {
    const data = join(tmp, 'too-many');
    const rows = Array.from({ length: 1001 }, (_, i) => `r${i},3,3,3`).join('\n');
    const run = leadlens(['score', '--bank', V1, '--csv', '-', '--save', '--data-dir', data, '-f', 'csv'], {
      input: `respondent,know-1,know-2,know-3\n${rows}\n`,
    });
    expect(run.code).toBe(2);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1002);
    expect(run.stderr).toContain(
      '--save keeps at most 1,000 results a run, and this cohort has 1,001: nothing was saved',
    );
    expect(existsSync(data)).toBe(false);
  });

  it("360 --save keeps the leader's 360 apart from self-assessments: history marks it, compare refuses the pair", () => {
    const data = join(tmp, 'three-sixty');
    const self = fixture('360/self.yaml');
    expect(leadlens(['take', V1, '--answers', self, '--data-dir', data]).code).toBe(0);
    const run = leadlens([
      '360',
      '--bank',
      V1,
      '--self',
      self,
      '--observers',
      fixture('360/observers.csv'),
      '--save',
      '--data-dir',
      data,
    ]);
    expect(run.code).toBe(0);
    const listing = leadlens(['history', '--data-dir', data]).stdout.split('\n');
    expect(listing[1]).toMatch(/^ {2}1 .* customer-lens 360 {3}Jordan /);
    const both = leadlens(['compare', '1', '2', '--data-dir', data]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      'leadlens: cannot compare a 360 result (what observers said) with a self-assessment (your own view); compare two of one kind\n',
    );
    // No default pair either: one result of each kind.
    expect(leadlens(['compare', '--data-dir', data]).code).toBe(2);
  });

  it("pairs one person's results whatever the case of the name, and suggests the near miss", () => {
    const data = join(tmp, 'names');
    expect(leadlens(['take', V1, '--answers', client('n1', 'Ana Ruiz', 2), '--data-dir', data]).code).toBe(0);
    expect(leadlens(['take', V1, '--answers', client('n2', 'ana ruiz', 4), '--data-dir', data]).code).toBe(0);
    const cmp = leadlens(['compare', '--data-dir', data, '-f', 'json']);
    expect(cmp.code).toBe(0);
    expect(JSON.parse(cmp.stdout).dimensions[0]).toMatchObject({ id: 'true-customers', change: 17 });
    const trend = leadlens(['trend', '--bank', 'customer-lens', '--respondent', 'ANA RUIZ', '--data-dir', data]);
    expect(trend.code).toBe(0);
    expect(trend.stdout).toContain(': 2 results');
    const miss = leadlens(['trend', '--bank', 'customer-lens', '--respondent', 'Ana', '--data-dir', data]);
    expect(miss.code).toBe(2);
    expect(miss.stderr).toContain('(did you mean "Ana Ruiz"?)');
    const cmpMiss = leadlens(['compare', '--respondent', 'Anna Ruiz', '--data-dir', data]);
    expect(cmpMiss.code).toBe(2);
    expect(cmpMiss.stderr).toContain('did you mean');
  });

  it('a result that cannot be saved is an error (exit 74) after the report, not a warning', () => {
    const blocked = write('not-a-folder', 'a file where the data folder should be\n');
    const run = leadlens([
      'take',
      V1,
      '--answers',
      client('saving', 'Sam Lee', 3),
      '--data-dir',
      blocked,
      '-f',
      'json',
    ]);
    expect(run.code).toBe(74);
    expect(JSON.parse(run.stdout).bank.id).toBe('customer-lens');
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(
      /^leadlens: could not save the result in .*not-a-folder: a part of the path is not a folder$/,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('leadlens config', () => {
  const env = { LEADLENS_CONFIG_DIR: join(tmp, 'config') };
  it('shows, sets, gets and unsets the name results are saved under', () => {
    expect(leadlens(['config'], { env }).stdout).toBe('name: (not set)\n');
    const set = leadlens(['config', 'set', 'name', 'Sam', 'Lee'], { env });
    expect(set.code).toBe(0);
    expect(leadlens(['config', 'get', 'name'], { env }).stdout).toBe('Sam Lee\n');
    expect(leadlens(['config'], { env }).stdout).toBe('name: Sam Lee\n');
    const wrong = leadlens(['config', 'set', 'colour', 'blue'], { env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('no setting "colour"');
    expect(leadlens(['config', 'unset', 'name'], { env }).code).toBe(0);
    expect(leadlens(['config', 'get', 'name'], { env }).stdout).toBe('');
  });
});

describe('leadlens 360', () => {
  const args = ['360', '--bank', V1, '--self', fixture('360/self.yaml'), '--observers', fixture('360/observers.csv')];

  it('names blind spots and hidden strengths, and hides a group of two', () => {
    const run = leadlens([...args, '--format', 'json']);
    expect(run.code).toBe(0);
    const f = JSON.parse(run.stdout).feedback360;
    expect(f.blindSpots).toEqual(['true-customers']);
    expect(f.hiddenStrengths).toEqual(['focus']);
    expect(f.groups.map((g: { name: string }) => g.name)).not.toContain('manager');
    expect(f.observers).toBe(9);
  });

  it('shows all three groups when the minimum allows', () => {
    const f = JSON.parse(leadlens([...args, '--format', 'json', '--min-group', '2']).stdout).feedback360;
    expect(f.groups).toEqual([
      { name: 'direct report', n: 3 },
      { name: 'manager', n: 2 },
      { name: 'peer', n: 4 },
    ]);
  });

  it('puts blind spots first in the plan, in every format, naming no observer', () => {
    for (const format of ['text', 'json', 'markdown', 'csv', 'junit', 'html']) {
      const run = leadlens([...args, '--format', format]);
      expect(run.code, format).toBe(0);
      for (const name of ['p1', 'p2', 'd1', 'm1', 'm2'])
        expect(run.stdout, `${format} names ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
    const text = leadlens(args).stdout;
    expect(text).toMatch(/^ {2}Knowing who my customers are +100 +33 +\+67 {2}blind spot$/m);
    expect(text).toMatch(/1\. Knowing who my customers are/);
  });

  it('withholds the view of fewer observers than --min-group, in every format, with the reason', () => {
    const one = join(tmp, 'one-observer.csv');
    writeFileSync(one, 'respondent,group,know-1,know-2,know-3\nm1,manager,1,1,5\n');
    const args = ['360', '--bank', V1, '--self', fixture('360/self.yaml'), '--observers', one];
    const json = JSON.parse(leadlens([...args, '-f', 'json']).stdout);
    expect(json.feedback360.withheld).toMatch(/^only 1 observer: at least 3 are needed/);
    expect(json.feedback360.dimensions[0].others).toEqual({ mean: null, score: null, n: 0 });
    expect(json.feedback360.blindSpots).toEqual([]);
    // The report's scores are the leader's own, not the manager's.
    const self = JSON.parse(
      leadlens(['take', V1, '--answers', fixture('360/self.yaml'), '-f', 'json', '--no-save']).stdout,
    );
    expect(json.dimensions).toEqual(self.dimensions);
    for (const format of ['text', 'markdown', 'html'])
      expect(leadlens([...args, '-f', format]).stdout, format).toContain('withheld');
    const [header, row] = leadlens([...args, '-f', 'csv'])
      .stdout.split('\r\n')
      .map((l) => l.split(','));
    const gaps = header!.flatMap((name, i) => (name.endsWith('.gap') ? [row![i]] : []));
    expect(gaps).toEqual(['', '', '', '']); // no gap: the observers' view is not there to compare with
  });

  it("never counts the leader's own answers as an observer's, with a warning", () => {
    const folder = join(tmp, 'observers-and-self');
    mkdirSync(folder);
    const self = join(folder, 'me.yaml');
    writeFileSync(self, 'respondent: Sam Lee\nanswers:\n  know-1: 5\n  know-2: 5\n  know-3: 1\n');
    writeFileSync(
      join(folder, 'again.yaml'),
      'respondent: sam lee\ngroup: peer\nanswers:\n  know-1: 5\n  know-2: 5\n  know-3: 1\n',
    );
    for (const name of ['a', 'b', 'c'])
      writeFileSync(
        join(folder, `${name}.yaml`),
        `respondent: ${name}\ngroup: peer\nanswers:\n  know-1: 2\n  know-2: 2\n  know-3: 4\n`,
      );
    const run = leadlens(['360', '--bank', V1, '--self', self, '--observers', folder, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).feedback360.observers).toBe(3);
    expect(run.stderr).toContain(`${self} is the leader's own answers (--self); it is not counted as an observer`);
    expect(run.stderr).toContain(
      'an observer named "sam lee" is the leader; those answers are not counted as an observer\'s',
    );
  });

  it('accepts observer answer files with a group', () => {
    const folder = join(tmp, 'observers');
    mkdirSync(folder);
    for (const [name, group, know] of [
      ['a', 'peer', 2],
      ['b', 'peer', 2],
      ['c', 'peer', 3],
    ] as const) {
      writeFileSync(
        join(folder, `${name}.yaml`),
        `respondent: ${name}\ngroup: ${group}\nanswers:\n  know-1: ${know}\n  know-2: ${know}\n  know-3: ${6 - know}\n`,
      );
    }
    const run = leadlens([
      '360',
      '--bank',
      V1,
      '--self',
      fixture('360/self.yaml'),
      '--observers',
      folder,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).feedback360.groups).toEqual([{ name: 'peer', n: 3 }]);
  });
});

describe('tools for writing banks', () => {
  it('list shows every bank with its size and origin', () => {
    const run = leadlens(['list']);
    expect(run.code).toBe(0);
    const bank = parse(readFileSync(join(ROOT, 'assessments/customer-lens.yaml'), 'utf8')) as {
      dimensions: unknown[];
      questions: unknown[];
    };
    expect(run.stdout).toMatch(
      new RegExp(
        `^customer-lens {9}${bank.dimensions.length} {2}${bank.questions.length} +\\d+ {2}The customer lens$`,
        'm',
      ),
    );
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(7);
  });

  it('--bank-dir and LEADLENS_BANK_PATH add banks; a clash names both files', () => {
    const dir = join(tmp, 'banks');
    mkdirSync(dir);
    expect(leadlens(['init', 'team-check', '--out', join(dir, 'team-check.yaml')]).code).toBe(0);
    expect(leadlens(['list', '--bank-dir', dir]).stdout).toMatch(
      /^team-check .* My customer-focus check(?: {2}|\n +)\(.*banks\/team-check\.yaml\)$/m,
    );
    expect(leadlens(['list'], { env: { LEADLENS_BANK_PATH: dir } }).stdout).toContain('team-check');
    expect(
      leadlens([
        'take',
        'team-check',
        '--bank-dir',
        dir,
        '--answers',
        write('tc.yaml', 'answers: {listening-1: 4}\n'),
        '-f',
        'json',
        '--no-save',
      ]).code,
    ).toBe(0);
    copyFileSync(join(ROOT, 'assessments/customer-lens.yaml'), join(dir, 'customer-lens.yaml'));
    const clash = leadlens(['list', '--bank-dir', dir]);
    expect(clash.code).toBe(2);
    expect(clash.stderr.trimEnd()).toMatch(
      /^leadlens: bank id "customer-lens" is offered twice: .*assessments\/customer-lens\.yaml and .*banks\/customer-lens\.yaml; rename one$/,
    );
  });

  it('validate reports every problem of a broken bank with positions, and exit 2', () => {
    const broken = write(
      'broken.yaml',
      readFileSync(V1, 'utf8')
        .replace('version: 1.0.0', 'version: 1.0')
        .replace('    dimension: focus\n    text: I turn down', '    dimension: focuss\n    text: I turn down')
        .replace('          text: Tell your team this week', '          txt: Tell your team this week'),
    );
    const run = leadlens(['validate', broken, join(ROOT, 'assessments')]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/broken\.yaml:4:10 version: expected a version in quotes/);
    expect(lines[1]).toMatch(
      /broken\.yaml:\d+:11 dimensions\[2\]\.coaching\.actions\[0\]: missing required key "text"/,
    );
    expect(lines[2]).toMatch(
      /broken\.yaml:\d+:11 dimensions\[2\]\.coaching\.actions\[0\]\.txt: unknown key "txt" \(did you mean "text"\?\)/,
    );
    expect(lines[3]).toMatch(/broken\.yaml:\d+:16 questions\[3\]\.dimension: "focuss" is not a dimension/);
    expect(lines[4]).toBe('leadlens: 1 of 7 files with problems');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(6); // the six shipped banks are ok
  });

  it('init writes a bank that validate accepts, and never overwrites', () => {
    const out = join(tmp, 'new-bank.yaml');
    expect(leadlens(['init', 'new-bank', '--out', out]).code).toBe(0);
    expect(leadlens(['validate', out])).toMatchObject({ code: 0, stderr: '' });
    const again = leadlens(['init', 'new-bank', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(leadlens(['init', 'Bad Id']).stderr).toContain('is not a bank id');
  });

  it('schema prints the JSON Schema that docs/ carries', () => {
    const run = leadlens(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'docs/bank.schema.json'), 'utf8')));
  });
});

function write(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('concurrent runs', () => {
  it('never lose a result: eight takes at once save eight files', async () => {
    const { spawn } = await import('node:child_process');
    const { cleanEnv, BIN } = await import('./run.js');
    const data = join(tmp, 'concurrent');
    // Eight people, so that none is the same answers saved twice.
    const one = (_: unknown, i: number) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          [BIN, 'take', V1, '--answers', fixture('customer-lens.answers.yaml'), '-f', 'json', '-r', `person ${i}`],
          {
            env: cleanEnv({ LEADLENS_DATA_DIR: data }),
            stdio: 'ignore',
          },
        );
        child.on('exit', resolve);
      });
    expect(await Promise.all(Array.from({ length: 8 }, one))).toEqual(Array(8).fill(0));
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(join(data, 'results'));
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(8);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
