/**
 * The package as a user installs it: packed, installed into an empty prefix, and run from there,
 * away from the repository and its node_modules.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, fixture, ROOT } from './run.js';

const work = mkdtempSync(join(tmpdir(), 'leadlens-package-'));
const npm = (args: string[], cwd = ROOT) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: cleanEnv({ npm_config_update_notifier: 'false' }) });

describe('the installed package', () => {
  // The build is already there (npm test builds first); packing must not build again.
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work])) as {
    filename: string;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  const prefix = join(work, 'prefix');

  it('holds the licence, the bundled libraries’ notices, the banks and the build, and nothing to install beside it', () => {
    const paths = packed!.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['LICENSE', 'dist/THIRD-PARTY-NOTICES.md', 'dist/main.mjs', 'bin/leadlens']),
    );
    expect(paths).toContain('assessments/customer-lens.yaml');
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('tests/'))).toEqual([]);
    // Source maps hold no sources: small, and the stack of an internal error still names src/ lines.
    expect(packed!.unpackedSize).toBeLessThan(4 * 1024 * 1024);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    const notices = readFileSync(join(ROOT, 'dist/THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const library of ['commander', '@inquirer/prompts', 'chalk', 'zod', 'yaml'])
      expect(notices).toContain(`## ${library} `);
  });

  it('installs into an empty prefix with no other package, and runs from there', () => {
    npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', join(work, packed!.filename)], work);
    const installed = readdirSync(join(prefix, 'lib', 'node_modules'));
    expect(installed).toEqual(['leadlens']);
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'leadlens', 'node_modules'))).toBe(false);
    const bin = join(prefix, 'bin', 'leadlens');
    const env = cleanEnv();
    const version = spawnSync(bin, ['--version'], { cwd: work, env, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const take = spawnSync(
      bin,
      ['take', 'customer-lens', '--answers', fixture('customer-lens.v2.answers.yaml'), '--format', 'json', '--no-save'],
      { cwd: work, env, encoding: 'utf8' },
    );
    expect(take.status).toBe(0);
    expect(JSON.parse(take.stdout).bank.id).toBe('customer-lens');
  });
});
