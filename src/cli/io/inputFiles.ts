/** Answer-file arguments to paths: plain paths, folders (their YAML and JSON files) and quoted globs. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';

const ANSWER_FILE = /\.(ya?ml|json)$/i;
const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);

export async function expandInputs(patterns: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      // Only globs pay for the glob library.
      const { glob } = await import('tinyglobby');
      const matches = (await glob(pattern, { onlyFiles: true, expandDirectories: false })).sort();
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
        .map((name) => join(pattern, name));
      if (!inside.length) throw new UsageError(`no answer files (.yaml, .yml, .json) in the folder "${pattern}"`);
      files.push(...inside);
    } else {
      files.push(pattern);
    }
  }
  return files;
}
