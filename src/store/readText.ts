/** Reading a user's file, with refusals a person can act on instead of Node's error codes. */
import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { fileErrorReason } from './fileErrors.js';

/** Banks and answer files are small; anything larger is a wrong path, not a bank. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export function readText(path: string, what = 'file'): string {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (stats.size > MAX_INPUT_BYTES) {
      throw new UsageError(
        `cannot read ${what} "${path}": it is ${(stats.size / 1024 / 1024).toFixed(1)} MiB, larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit`,
      );
    }
    const text = readFileSync(path, 'utf8');
    // A NUL byte never appears in YAML or JSON text: this is a binary file given by mistake.
    if (text.includes('\u0000'))
      throw new UsageError(`cannot read ${what} "${path}": it is a binary file, expected YAML or JSON text`);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what} "${path}": ${fileErrorReason(error)}`);
  }
}
