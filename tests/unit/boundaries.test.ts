/**
 * The architecture, checked from the import statements, so a shortcut fails here rather than in
 * review: only the CLI, the store and the bank loader touch files, the terminal or the process;
 * nothing imports the CLI; renderers import the pure core and text helpers only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Import {
  /** Where it points: `node:fs`, a package name, or a path relative to src/ such as `cli/run.ts`. */
  target: string;
  /** A module of leadlens, not Node's or a package's. */
  local: boolean;
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = (m[2] ?? m[3])!;
    const target = spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts') : spec;
    return { target, local: spec.startsWith('.'), typeOnly: Boolean(m[1]) };
  });
}

const files = sources(SRC).map((path) => ({
  path: relative(SRC, path),
  imports: importsOf(path),
  text: readFileSync(path, 'utf8'),
}));
const SYSTEM = /^node:(fs|fs\/promises|child_process|os|net|tty|readline)$/;
const MAY_TOUCH_SYSTEM = (path: string) =>
  path.startsWith('cli/') || path.startsWith('store/') || path === 'bank/load.ts' || path === 'bank/cache.ts';

describe('boundaries', () => {
  it('reads the sources it checks', () => {
    expect(files.length).toBeGreaterThan(60);
    expect(files.find((f) => f.path === 'cli/run.ts')!.imports.map((i) => i.target)).toContain('cli/program.ts');
  });

  it('only the CLI, the store and the bank loader touch files, the terminal or the process', () => {
    const offenders = files
      .filter((f) => !MAY_TOUCH_SYSTEM(f.path))
      .flatMap((f) => [
        ...f.imports.filter((i) => SYSTEM.test(i.target)).map((i) => `${f.path} imports ${i.target}`),
        ...(/\bprocess\.(?!env\b)|\bprocess\.env\b/.test(f.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))
          ? [`${f.path} uses process`]
          : []),
      ]);
    expect(offenders).toEqual([]);
  });

  it('nothing outside the CLI imports from it', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('cli/'))
      .flatMap((f) => f.imports.filter((i) => i.target.startsWith('cli/')).map((i) => `${f.path} imports ${i.target}`));
    expect(offenders).toEqual([]);
  });

  it('renderers import only the pure core, CSV writing and text helpers', () => {
    const FORBIDDEN = /^(cli|store|quiz|input|answers)\/|^bank\/(load|cache|parse)\.ts$/;
    const offenders = files
      .filter((f) => f.path.startsWith('report/'))
      .flatMap((f) =>
        f.imports
          .filter((i) =>
            i.local ? FORBIDDEN.test(i.target) && !i.typeOnly : i.target !== 'chalk' && i.target !== 'node:util',
          )
          .map((i) => `${f.path} imports ${i.target}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps the CSV quick paths inside src/csv: no module outside it sees byte cells or line buffers', () => {
    const INSIDE = /^csv\/(cells|lineBytes|split|rows)\.ts$/;
    const offenders = files
      .filter((f) => !f.path.startsWith('csv/'))
      .flatMap((f) => f.imports.filter((i) => INSIDE.test(i.target)).map((i) => `${f.path} imports ${i.target}`));
    expect(offenders).toEqual([]);
  });

  it('can fail: a module that reads a file outside the allowed places is named', () => {
    const fake = { path: 'scoring/x.ts', imports: [{ target: 'node:fs', local: false, typeOnly: false }], text: '' };
    expect(
      [fake].filter((f) => !MAY_TOUCH_SYSTEM(f.path)).flatMap((f) => f.imports.filter((i) => SYSTEM.test(i.target))),
    ).toHaveLength(1);
  });
});
