/**
 * The built CLI at 40, 60 and 80 columns: COLUMNS, or the terminal's width, sets the layout of
 * every text screen, and no line is wider than that on a terminal, in English or in Japanese.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { inPty } from './pty.js';
import { BIN, fixture, leadlens, SHIPPED_IDS } from './run.js';

const JA = fixture('banks/kokyaku-ja.yaml');
const JA_ANSWERS = fixture('kokyaku-ja.answers.yaml');
const WIDTHS = [40, 60, 80] as const;
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-widths-'));

/** Runs leadlens with COLUMNS set, and checks it succeeded. */
function at(width: number | string, args: string[]): string {
  const run = leadlens(args, { env: { COLUMNS: String(width) } });
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

/** The widest line, in terminal columns. */
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

const takeJa = ['take', JA, '--answers', JA_ANSWERS, '--no-save', '--no-pager', '--items'];

describe('text screens fit the width they are given', () => {
  it('a report of a Japanese bank, with its plan and every answer', () => {
    for (const width of WIDTHS) {
      const text = at(width, takeJa);
      expect(text).toContain('顧客視点のリーダーシップ');
      expect(widest(text), `${width} columns`).toBeLessThanOrEqual(width);
    }
  });

  it('honours COLUMNS from 40 up: narrower lays out at 40, nonsense at 80', () => {
    expect(widest(at(60, takeJa))).toBeGreaterThan(50);
    expect(widest(at(20, takeJa))).toBeLessThanOrEqual(40);
    expect(widest(at(20, takeJa))).toBeGreaterThan(35);
    expect(at('wide', takeJa)).toBe(at(80, takeJa));
  });

  it('a cohort and a 360 of the Japanese bank', () => {
    const ids = ['listen-1', 'listen-2', 'listen-3', 'trust-1', 'trust-2', 'trust-3', 'service-1', 'service-2'];
    const csv = join(tmp, 'cohort.csv');
    writeFileSync(
      csv,
      `respondent,${ids.join(',')}\n山田 太郎,${ids.map(() => 2).join(',')}\n鈴木 一郎,${ids.map(() => 4).join(',')}\n高橋 美咲,${ids.map(() => 1).join(',')}\n`,
    );
    const observers = ['直属の部下', '直属の部下', 'manager', 'manager'].map((group, i) => {
      const file = join(tmp, `observer-${i}.yaml`);
      writeFileSync(file, `group: ${group}\nanswers:\n${ids.map((id) => `  ${id}: ${(i % 3) + 2}`).join('\n')}\n`);
      return file;
    });
    for (const width of WIDTHS) {
      const cohort = at(width, ['score', '--bank', JA, '--csv', csv]);
      expect(cohort).toContain('cohort of 3');
      expect(widest(cohort), `cohort at ${width}`).toBeLessThanOrEqual(width);
      const run = leadlens(
        ['360', '--bank', JA, '--self', JA_ANSWERS, '--observers', ...observers, '--min-group', '2', '--no-pager'],
        { env: { COLUMNS: String(width) } },
      );
      expect(run.stdout).toContain('Self and others');
      expect(widest(run.stdout), `360 at ${width}`).toBeLessThanOrEqual(width);
    }
  });

  it('history, compare and trend of saved results', () => {
    const data = mkdtempSync(join(tmp, 'data-'));
    // Different answers, or the second would be the same result and not saved again.
    const later = join(tmp, 'later.yaml');
    writeFileSync(later, readFileSync(JA_ANSWERS, 'utf8').replace('listen-1: 2', 'listen-1: 4'));
    at(80, ['take', JA, '--answers', JA_ANSWERS, '--data-dir', data, '--date', '2026-01-05', '--no-pager']);
    at(80, ['take', JA, '--answers', later, '--data-dir', data, '--date', '2026-02-05', '--no-pager']);
    for (const width of WIDTHS) {
      for (const args of [['history'], ['compare', '2', '1'], ['trend', '--bank', 'kokyaku-ja']]) {
        const text = at(width, [...args, '--data-dir', data]);
        expect(text).toContain('kokyaku-ja');
        expect(widest(text), `${args[0]} at ${width}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('list and show', () => {
    const banks = mkdtempSync(join(tmp, 'banks-'));
    copyFileSync(JA, join(banks, 'kokyaku-ja.yaml'));
    for (const width of WIDTHS) {
      const list = at(width, ['list', '--bank-dir', banks]);
      expect(list).toContain('顧客視点のリーダーシップ');
      // A bank's file is shown whole on a line of its own, to be copied: the one line allowed to run on.
      expect(widest(list.replace(/^ +\(\/.*\)$/gm, ''))).toBeLessThanOrEqual(width);
      expect(widest(at(width, ['show', JA]))).toBeLessThanOrEqual(width);
    }
  });
});

describe('the menu in a narrow terminal', () => {
  for (const cols of [40, 60])
    it(`shows every bank, "Several" and "All 6" on one screen at ${cols}×24`, async () => {
      const pty = inPty(
        [process.execPath, BIN],
        { LEADLENS_CONFIG_DIR: mkdtempSync(join(tmp, 'config-')) },
        {
          rows: 24,
          cols,
        },
      );
      await pty.waitFor('Which assessment');
      await pty.waitFor('Several of them…', 5000);
      await pty.waitFor(/All 6 \(/, 5000);
      pty.send('\u001b[B'.repeat(SHIPPED_IDS.length + 1));
      await pty.waitFor(/❯ All 6/, 5000);
      pty.send('\u0003');
      expect(await pty.exit).toBe(130);
      // Every list line fits, so the terminal breaks none of them.
      const lines = pty
        .output()
        .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
        .split(/\r?\n/);
      for (const line of lines.filter((l) => /~\d+ min\)$/.test(l)))
        expect(displayWidth(line), line).toBeLessThan(cols);
    });

  it('asks a Japanese question with its heading cut to the width', async () => {
    const pty = inPty([process.execPath, BIN, 'take', JA, '--no-save'], {}, { rows: 24, cols: 40 });
    await pty.waitFor('1/9');
    pty.send('\u0003');
    expect(await pty.exit).toBe(130);
    const heading = pty
      .output()
      .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
      .split(/\r?\n/)
      .find((l) => l.includes('1/9'))!;
    // One line, cut with an ellipsis, rather than broken by the prompt onto a second line.
    expect(heading).toMatch(/1\/9 .* 顧客が本当に.*…$/);
    expect(displayWidth(heading), heading).toBeLessThanOrEqual(40);
  });
});
