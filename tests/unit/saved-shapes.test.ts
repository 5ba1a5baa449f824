/**
 * Files read back from disk are untrusted: a saved result of the wrong shape is named and skipped,
 * never a crash. The sweep damages every field of a saved result in every way JSON allows and runs
 * history, compare and trend over it in-process.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { compare } from '../../src/cli/commands/compare.js';
import { history } from '../../src/cli/commands/history.js';
import { trend } from '../../src/cli/commands/trend.js';
import { EXIT, IoError, isKnownError } from '../../src/errors.js';
import { assess360 } from '../../src/feedback360/assess.js';
import { assess, type AssessmentResult } from '../../src/result.js';
import { readHistory } from '../../src/store/history.js';
import { list, number, object, optional, text } from '../../src/store/jsonShape.js';
import { resultProblem } from '../../src/store/resultShape.js';
import { MINI_BANK_V2, parsed } from '../helpers.js';

const loaded = parsed(MINI_BANK_V2);
const at = (iso: string, answers: Record<string, number>): AssessmentResult =>
  assess(
    loaded,
    { respondent: 'Sam', answers, notApplicable: ['b2'], reflections: { r1: 'Why not' } },
    { toolVersion: '1', completedAt: new Date(iso) },
  );
const earlier = at('2026-01-01T10:00:00Z', { a1: 2, a2: 4, b1: 2 });
const later = at('2026-03-01T10:00:00Z', { a1: 4, a2: 2, b1: 3 });
const observer = (a: number) => ({ group: 'peer', answers: { a1: a, a2: 6 - a, b1: a, b2: a } });
const with360 = assess360(
  loaded,
  { respondent: 'Sam', answers: { a1: 5, a2: 1, b1: 2, b2: 2 }, reflections: {} },
  [observer(3), observer(2), observer(4)],
  { gap: 15, minGroup: 2 },
  { toolVersion: '1', completedAt: new Date('2026-04-01T10:00:00Z') },
);

describe('shape checks', () => {
  it('name the first problem by where it is and what was expected', () => {
    const check = object({ id: text, scores: list(number({ whole: true, min: 0, max: 100 })), note: optional(text) });
    expect(check({ id: 'x', scores: [1, 100] }, '')).toBeNull();
    expect(check({ id: 'x', scores: [1, 101] }, '')).toBe(
      'scores[1]: expected a whole number from 0 to 100, found a number',
    );
    expect(check({ scores: [] }, '')).toBe('id: missing');
    expect(check({ id: 'x', scores: [], note: 5 }, '')).toBe('note: expected text, found a number');
    expect(check([], '')).toBe('the file: expected an object, found a list');
  });

  it('accept results as leadlens writes them, self and 360, and as earlier versions wrote them', () => {
    expect(resultProblem(earlier)).toBeNull();
    expect(resultProblem(with360)).toBeNull();
    const { bands: _b, scale: _s, ...olderBank } = earlier.bank;
    const { notApplicable: _n, items: _i, ...older } = earlier;
    const { precision: _p, ...olderPlan } = earlier.plan;
    expect(resultProblem({ ...older, schemaVersion: 1, bank: olderBank, plan: olderPlan })).toBeNull();
  });

  it('give the reason a result is not one', () => {
    expect(resultProblem({ ...earlier, overall: null })).toBe('overall: expected an object, found null');
    expect(resultProblem({ ...earlier, respondent: 5 })).toBe('respondent: expected text, found a number');
    const { plan: _, ...noPlan } = earlier;
    expect(resultProblem(noPlan)).toBe('plan: missing');
    expect(resultProblem({ ...earlier, completedAt: 'yesterday' })).toBe(
      'completedAt: expected a date and time, found text',
    );
    expect(resultProblem({ ...earlier, bank: { ...earlier.bank, scale: { min: 3, max: 3 } } })).toBe(
      'bank.scale: expected max above min',
    );
    expect(resultProblem({ ...with360, feedback360: { ...with360.feedback360, dimensions: [{}] } })).toBe(
      'feedback360.dimensions[0].id: missing',
    );
  });
});

describe('reading the history folder', () => {
  it('is an error naming the file in the way when the data folder is a file, and empty when there is no folder yet', () => {
    const home = mkdtempSync(join(tmpdir(), 'leadlens-shapes-'));
    expect(readHistory(join(home, 'nothing-yet'))).toEqual([]);
    writeFileSync(join(home, 'data'), 'not a folder');
    expect(() => readHistory(join(home, 'data'))).toThrow(
      new IoError(
        `cannot read the saved results in ${join(home, 'data', 'results')}: ${join(home, 'data')} is a file, not a folder`,
      ),
    );
  });
});

/** The commands that read the history, called as run() calls them (run() itself would parse flags thousands of times). */
const COMMANDS: [string, (ctx: CliContext) => Promise<number>][] = [
  ['history', (ctx) => history([], { format: 'text' }, ctx)],
  ['history -f json', (ctx) => history([], { format: 'json' }, ctx)],
  ['compare', (ctx) => compare([], { format: 'text' }, ctx)],
  ['trend', (ctx) => trend([], { format: 'text', bank: 'mini' }, ctx)],
];

/** Every way to damage one field that JSON can carry. */
const DAMAGE: [string, (value: unknown) => unknown][] = [
  ['removed', () => undefined],
  ['null', () => null],
  ['a number', () => 5],
  ['a negative number', () => -1],
  ['a fraction', () => 1.5],
  ['a large number', () => 1e9],
  ['text', () => 'x'],
  ['empty text', () => ''],
  ['true', () => true],
  ['a list', () => []],
  ['an object', () => ({})],
  ['a list of null', () => [null]],
];

/** Every field of a JSON value, as paths of keys and indexes; of a list, its first item stands for the rest. */
function paths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys: (string | number)[] = Array.isArray(value) ? value.slice(0, 1).map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...path, key]))];
}

function damaged(result: AssessmentResult, path: (string | number)[], damage: (value: unknown) => unknown): unknown {
  const copy = JSON.parse(JSON.stringify(result)) as Record<string | number, unknown>;
  if (!path.length) return damage(copy) ?? {};
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((v, k) => v[k] as never, copy);
  const key = path.at(-1)!;
  const value = damage(parent[key]);
  if (value === undefined && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

function fakeContext(dataDir: string): CliContext & { err: () => string } {
  let err = '';
  const sink = (onText: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        onText(chunk.toString());
        done();
      },
    }) as unknown as NodeJS.WriteStream;
  return {
    stdin: process.stdin,
    stdout: sink(() => {}),
    stderr: sink((text) => (err += text)),
    env: { HOME: dataDir, LEADLENS_DATA_DIR: dataDir },
    now: () => new Date('2026-05-01T00:00:00Z'),
    version: '9.9.9',
    colorFlag: undefined,
    bankDirs: [],
    err: () => err,
  };
}

describe('a damaged saved result', () => {
  it('is skipped with one note by history, compare and trend, whatever field is damaged and however', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-sweep-'));
    mkdirSync(join(dir, 'results'));
    const file = join(dir, 'results', 'b.json');
    let n = 0;
    let skipped = 0;
    const failures: string[] = [];
    for (const [base, result] of [
      ['self', later],
      ['360', with360],
    ] as const) {
      // An intact result of the same kind, bank and respondent, so compare and trend have a pair.
      const intact = base === 'self' ? earlier : { ...with360, completedAt: '2026-02-01T10:00:00.000Z' };
      writeFileSync(join(dir, 'results', 'a.json'), JSON.stringify(intact));
      for (const path of paths(result)) {
        for (const [how, damage] of DAMAGE) {
          n++;
          const value = damaged(result, path, damage);
          // Removed first: overwriting a file in place is many times slower on some file systems.
          rmSync(file, { force: true });
          writeFileSync(file, JSON.stringify(value));
          const bad = resultProblem(value) !== null;
          if (bad) skipped++;
          for (const [name, command] of COMMANDS) {
            const ctx = fakeContext(dir);
            const where = `${base} ${path.join('.') || '(whole file)'} ${how}, ${name}`;
            let code: number;
            try {
              code = await command(ctx);
            } catch (error) {
              // What run() would turn into an exit code; anything else would be exit 70 and a stack trace.
              if (!isKnownError(error)) {
                failures.push(`${where}: ${(error as Error).stack?.split('\n').slice(0, 2).join(' ')}`);
                continue;
              }
              code = error.exitCode;
            }
            const notes = ctx
              .err()
              .split('\n')
              .filter((line) => line.startsWith(`leadlens: skipping ${file}: `));
            if (code !== EXIT.ok && code !== EXIT.userError) failures.push(`${where}: exit ${code}`);
            else if (notes.length !== (bad ? 1 : 0)) failures.push(`${where}: ${notes.length} notes`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The sweep is as wide as meant: well over a thousand damaged files, most of them refused.
    expect(n).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(n / 2);
  }, 120_000);
});
