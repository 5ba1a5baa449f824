/** Working where the user is: help as people ask for it, hints they can type, and `-` for the standard streams. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, fixture, leadlens, ROOT, V1 } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-everywhere-'));

describe('help and hints', () => {
  it('leadlens help <command> is the command’s help', () => {
    const run = leadlens(['help', 'take']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: leadlens take \[options\] <bank\.\.\.>/);
    expect(run.stdout).toBe(leadlens(['take', '--help']).stdout);
  });

  it('under npm start, suggested commands read `npm start -- …`, which works there', () => {
    const data = join(tmp, 'empty-data');
    const run = spawnSync('npm', ['start', '--silent', '--', 'compare'], {
      cwd: ROOT,
      env: cleanEnv({ LEADLENS_DATA_DIR: data, npm_config_update_notifier: 'false' }),
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Take an assessment with `npm start -- take <bank>`');
    // Run directly, the same hint names leadlens.
    expect(leadlens(['compare'], { env: { LEADLENS_DATA_DIR: data } }).stderr).toContain('`leadlens take <bank>`');
  });
});

describe('standard streams', () => {
  it('--answers - reads the answers from stdin, and names it in a mistake', () => {
    const answers = readFileSync(fixture('customer-lens.answers.yaml'), 'utf8');
    const run = leadlens(['take', V1, '--answers', '-', '--format', 'json', '--no-save'], { input: answers });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).answers['know-1']).toBe(4);
    const wrong = leadlens(['take', V1, '--answers', '-', '--no-save'], { input: 'answers:\n  know-1: 9\n' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^stdin:2:11 /);
  });

  it('--out - is stdout, never a file named "-"', () => {
    const cwd = mkdtempSync(join(tmp, 'out-'));
    const run = leadlens(
      ['take', V1, '--answers', fixture('customer-lens.answers.yaml'), '--format', 'json', '--out', '-', '--no-save'],
      { cwd },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).bank.id).toBe('customer-lens');
    expect(existsSync(join(cwd, '-'))).toBe(false);
  });
});
