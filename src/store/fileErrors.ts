/** Node's file error codes in words a person can act on: one table, with a few places' own wording. */
import { IoError, UsageError } from '../errors.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory, not a file',
  // rm of a folder without `recursive` fails with Node's own code, not the system's.
  ERR_FS_EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  EEXIST: 'a file is already there',
  EBUSY: 'the file is busy',
  EIO: 'the device reported an input/output error',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  ENXIO: 'no such device',
  EPIPE: 'the reader went away',
};

/** Why a file operation failed; `wording` replaces the words for particular codes. */
export function fileErrorReason(error: unknown, wording: Record<string, string> = {}): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return wording[code] ?? REASONS[code] ?? (error as Error).message;
}

/** Where the missing thing is a folder (writing into one, reading a bank folder). */
export const FOLDER_WORDING = { ENOENT: 'no such folder', ENOTDIR: 'a part of the path is not a folder' };

/** A path the user typed that leads nowhere is theirs to fix; the rest is the disk's doing. */
const PATH_MISTAKES = new Set(['ENOENT', 'ENAMETOOLONG']);

/**
 * Writing `path` failed: a usage error (exit 2) for a folder that does not exist or a name too long,
 * an IoError (exit 74) for the rest (a full disk, no permission, a folder in the way). An error
 * without a system code is a bug and is returned as it is, to keep its stack trace.
 */
export function writeFailure(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('E')) return error;
  const message = `cannot write "${path}": ${fileErrorReason(error, FOLDER_WORDING)}`;
  return PATH_MISTAKES.has(code) ? new UsageError(message) : new IoError(message);
}
