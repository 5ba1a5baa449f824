/** Answer-file arguments to paths: plain paths, folders (their YAML and JSON files) and quoted globs. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';

const ANSWER_FILE = /\.(ya?ml|json)$/i;
const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);

/**
 * Whether a file found in a folder or by a glob is to be read: a named pipe or a device there is
 * no answer file, and opening a pipe would wait for ever. One that cannot be looked at stays, so
 * that reading it names the problem.
 */
function readable(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true;
  }
}

/** The same file reached twice (named twice, or through a symlink or a loop a glob follows) is one respondent. */
function once(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = resolve(path);
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

export async function expandInputs(patterns: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      // Only globs pay for the glob library.
      const { glob } = await import('tinyglobby');
      const matches = (await glob(pattern, { onlyFiles: true, expandDirectories: false })).sort().filter(readable);
      if (!matches.length) throw new UsageError(`no answer files match "${pattern}"`);
      files.push(...matches);
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(pattern).isDirectory();
    } catch {
      // Not there: reading it will say so with the file's name.
    }
    if (isDirectory) {
      const inside = readdirSync(pattern)
        .filter((name) => ANSWER_FILE.test(name))
        .sort()
        .map((name) => join(pattern, name))
        .filter(readable);
      if (!inside.length) throw new UsageError(`no answer files (.yaml, .yml, .json) in the folder "${pattern}"`);
      files.push(...inside);
    } else {
      files.push(pattern);
    }
  }
  return once(files);
}
