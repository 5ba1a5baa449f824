/** Shell completion scripts, loaded and asked in the shells themselves. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, leadlens } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-completion-'));
// The scripts call `leadlens list -f ids` as the user types: leadlens must be on the PATH.
symlinkSync(BIN, join(tmp, 'leadlens'));
const env = cleanEnv({ PATH: `${tmp}:${process.env.PATH}` });
const script = (shell: string) => {
  const run = leadlens(['completion', shell]);
  expect(run.code).toBe(0);
  const file = join(tmp, `leadlens.${shell}`);
  writeFileSync(file, run.stdout);
  return file;
};

/** What bash offers for the words typed so far (the last one is being completed). */
function bash(file: string, ...typed: string[]): string[] {
  const words = typed.map((w) => `'${w}'`).join(' ');
  const run = spawnSync(
    'bash',
    [
      '-c',
      `source '${file}'; COMP_WORDS=(leadlens ${words}); COMP_CWORD=${typed.length}; _leadlens; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { env, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean);
}

describe('leadlens completion', () => {
  it('bash completes commands, options, formats and bank ids', () => {
    const file = script('bash');
    expect(bash(file, 'ta')).toEqual(['take']);
    expect(bash(file, 'take', 'customer-l')).toEqual(['customer-lens']);
    expect(bash(file, 'take', '--fo')).toEqual(['--focus', '--format']);
    expect(bash(file, 'score', '--format', 'j')).toEqual(['json', 'junit']);
    expect(bash(file, 'score', '--bank', 'serv')).toEqual(['servant-leader']);
  });

  it('zsh loads the script and completes through it', () => {
    const file = script('zsh');
    const run = spawnSync(
      'zsh',
      [
        '-c',
        `source '${file}'; COMP_WORDS=(leadlens show hidden); COMP_CWORD=2; _leadlens_zsh; print -l -- $COMPREPLY`,
      ],
      // In an empty folder: bank ids are offered beside file names.
      { env, encoding: 'utf8', cwd: mkdtempSync(join(tmp, 'empty-')) },
    );
    // zsh's own completion keeps the candidates that start with what was typed: the script offers the bank ids.
    expect(run.stdout.trim().split('\n')).toEqual(leadlens(['list', '-f', 'ids']).stdout.trim().split('\n'));
  });

  it('fish completes commands, formats and bank ids', () => {
    const file = script('fish');
    const ask = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', `source '${file}'; complete -C '${line}'`], { env, encoding: 'utf8' })
        .stdout.split('\n')
        .map((l) => l.split('\t')[0])
        .filter(Boolean);
    expect(ask('leadlens tr')).toEqual(['trend']);
    expect(ask('leadlens take --format ma')).toEqual(['markdown']);
    expect(ask('leadlens take listen')).toEqual(['listen-respond']);
  });

  it('refuses a shell it does not know', () => {
    const run = leadlens(['completion', 'tcsh']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('leadlens: completion: expected bash, zsh, fish, got "tcsh"\n');
  });
});
