/** Runs the built bin/leadlens as a user would, and collects what it printed. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/leadlens', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A data and state folder of the test run's own, so tests never touch the developer's history. */
export const HOME = mkdtempSync(join(tmpdir(), 'leadlens-home-'));

/**
 * Variables that change what leadlens prints. Node's colour-depth check reads the CI ones: with
 * `CI` set and no known vendor, a terminal counts as monochrome, so a CI runner would otherwise
 * see different output from a developer's shell.
 */
const OUTSIDE_SETTINGS = [
  'COLUMNS',
  'NO_COLOR',
  'FORCE_COLOR',
  'NODE_DISABLE_COLORS',
  'COLORTERM',
  'CI',
  'TEAMCITY_VERSION',
  'PAGER',
  'LESS',
  'LEADLENS_DATA_DIR',
  'LEADLENS_STATE_DIR',
  'LEADLENS_BANK_PATH',
  'LEADLENS_CACHE_DIR',
  'LEADLENS_CONFIG_DIR',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'XDG_STATE_HOME',
  'XDG_CACHE_HOME',
];

// A clean environment: no colour, CI or leadlens settings leak in from the shell that runs the tests.
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of OUTSIDE_SETTINGS) delete env[key];
  return { ...env, HOME, ...extra };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function leadlens(
  args: string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): Run {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024, // a large cohort's report is more than the 1 MB default
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts leadlens with a stdin pipe that the test never closes, as a CI runner sometimes does. */
export function leadlensWithOpenStdin(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: cleanEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, stdout, stderr });
    });
  });
}

/** A stack trace line, which a user's mistake must never print. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

/** A user error: exit 2, nothing on stdout, no stack trace, and exactly these lines on stderr. */
export function expectRefused(run: Run, lines: (string | RegExp)[]): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_LINE);
  const got = run.stderr.trimEnd().split('\n');
  expect(got).toHaveLength(lines.length);
  lines.forEach((line, i) => (typeof line === 'string' ? expect(got[i]).toBe(line) : expect(got[i]).toMatch(line)));
}

/**
 * The customer-lens bank as version 1 wrote it (agreement scale, an actions list): the engine's
 * tests run on it, so they keep checking that banks in the first format score exactly as before.
 */
export const V1 = fixture('banks/customer-lens.yaml');

/** A shipped bank as its YAML says, for tests that build answers from the real questions. */
export interface ShippedBank {
  id: string;
  title: string;
  version: string;
  scale: { labels: string[]; notApplicable: string };
  dimensions: { id: string; title: string }[];
  questions: {
    id: string;
    dimension: string;
    text: string;
    observer?: string;
    selfOnly?: boolean;
    reverse?: boolean;
  }[];
  reflections: { id: string; text: string }[];
}

export const shippedBank = (id: string): ShippedBank =>
  parseYaml(readFileSync(join(ROOT, 'assessments', `${id}.yaml`), 'utf8')) as ShippedBank;

/** The six shipped banks, in the order the menu lists them. */
export const SHIPPED_IDS = [
  'customer-lens',
  'hidden-leader',
  'leader-as-coach',
  'leader-behaviours',
  'listen-respond',
  'servant-leader',
];
