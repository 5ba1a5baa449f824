/**
 * What a path to be written names, which decides how it is written: a file (new or existing) is
 * replaced atomically; a device, FIFO or socket, or a descriptor's link in /proc (/dev/stdout,
 * /dev/fd/3) is written in place, since replacing it would destroy it (`--out /dev/null`), lose
 * the output (a FIFO), or replace the file a shell opened for appending (`>> log`).
 */
import { lstatSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export type FileTarget =
  /** A regular file, or nothing yet: `path` is where it is, past any symbolic links. */
  | { kind: 'file'; path: string; existing: Stats | null }
  /** A device, FIFO or socket, written in place through the path as given. */
  | { kind: 'inPlace'; path: string }
  /**
   * One of this process's open descriptors (`/dev/stdout`, `/dev/fd/3`), written as it is open: a
   * socket cannot be opened again by its name, and a file opened to append keeps appending.
   */
  | { kind: 'descriptor'; path: string; fd: number };

// /proc/self/fd/1 leads to whatever the descriptor is: a pipe has no folder to put a file beside.
const PROC = /^\/proc\//;
const OWN_FD = /^\/proc\/(\d+)\/fd$/;
const MAX_LINKS = 40;

/** Follows symbolic links from `path` to what they end at; throws EISDIR for a folder, as opening one would. */
export function fileTarget(path: string): FileTarget {
  let current = path;
  for (let links = 0; links <= MAX_LINKS; links++) {
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch (error) {
      // A link to a file not made yet (a dangling link) makes that file, as a shell redirection would.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'file', path: current, existing: null };
      throw error;
    }
    if (stats.isSymbolicLink()) {
      const folder = realpathSync(dirname(current));
      const own = OWN_FD.exec(folder);
      if (own && Number(own[1]) === process.pid) return { kind: 'descriptor', path, fd: Number(basename(current)) };
      if (PROC.test(folder)) return { kind: 'inPlace', path };
      current = resolve(dirname(current), readlinkSync(current));
      continue;
    }
    if (stats.isDirectory()) throw errno('EISDIR', `illegal operation on a directory, open '${path}'`);
    return stats.isFile() ? { kind: 'file', path: current, existing: stats } : { kind: 'inPlace', path };
  }
  throw errno('ELOOP', `too many symbolic links encountered, open '${path}'`);
}

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}
