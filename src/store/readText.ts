/** Reading a user's file, with refusals a person can act on instead of Node's error codes. */
import { UsageError } from '../errors.js';
import { fileErrorReason } from './fileErrors.js';
import { readBounded, ReadRefused } from './readBounded.js';

/** Banks and answer files are small; anything larger is a wrong path, not a bank. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * A bank, answers file, map or result the user named. Standard input and devices named as a path
 * (/dev/stdin, `<(command)`) are read too, up to the same limit; a named pipe is refused.
 */
export function readText(path: string, what = 'file'): string {
  let text: string;
  try {
    text = readBounded(path, { limit: MAX_INPUT_BYTES, streams: true }).toString('utf8');
  } catch (error) {
    const reason = error instanceof ReadRefused ? error.message : fileErrorReason(error);
    throw new UsageError(`cannot read ${what} "${path}": ${reason}`);
  }
  // A NUL byte never appears in YAML or JSON text: this is a binary file given by mistake.
  if (text.includes('\u0000'))
    throw new UsageError(`cannot read ${what} "${path}": it is a binary file, expected YAML or JSON text`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A file leadlens keeps (a saved result, a draft, the settings): only a regular file is read, up to
 * `limit` bytes. Throws Node's errors, whose `code` tells a missing file apart, or a ReadRefused
 * whose message says what is wrong.
 */
export function readStoredText(path: string, limit = MAX_INPUT_BYTES): string {
  return readBounded(path, { limit }).toString('utf8');
}
