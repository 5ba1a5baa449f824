/**
 * The folder holding leadlens' package.json, found by walking up from this module: the same code
 * runs from src/ (tests), from dist/ (the bundle) and from an installed package.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'assessments'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('leadlens: cannot find its own package folder');
    dir = parent;
  }
  cached = dir;
  return dir;
}
