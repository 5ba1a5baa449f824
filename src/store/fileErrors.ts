/** Node's file error codes in words a person can act on: one table, with a few places' own wording. */

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
};

/** Why a file operation failed; `wording` replaces the words for particular codes. */
export function fileErrorReason(error: unknown, wording: Record<string, string> = {}): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return wording[code] ?? REASONS[code] ?? (error as Error).message;
}

/** Where the missing thing is a folder (writing into one, reading a bank folder). */
export const FOLDER_WORDING = { ENOENT: 'no such folder', ENOTDIR: 'a part of the path is not a folder' };
