/**
 * Reading a file whole, with a limit on the bytes actually read. The size the file system reports
 * says nothing about a device, a pipe or a file still growing (`/dev/zero` reports 0 and never
 * ends), so reading stops one byte past the limit whatever it said. A path is looked at before it
 * is opened: opening a named pipe waits for a writer that may never come.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';

/** What a path is, as far as reading it goes. */
export type FileKind = 'file' | 'directory' | 'device' | 'pipe' | 'named pipe' | 'socket';

/** A path that cannot be read whole; the message says why, in words (`it is a named pipe, …`). */
export class ReadRefused extends Error {
  override name = 'ReadRefused';
}

// Paths that name a descriptor already open: standard input, or a pipe the shell made for
// `<(command)`. Their other end is a process the user started, so reading them ends.
const DESCRIPTOR = /^\/(?:dev\/(?:stdin|fd\/(\d+))|proc\/(self|\d+)\/fd\/(\d+))$/;
const RESOLVED_DESCRIPTOR = /^\/proc\/(?:self|\d+)\/fd\//;

function namesDescriptor(path: string): boolean {
  if (DESCRIPTOR.test(path)) return true;
  try {
    return RESOLVED_DESCRIPTOR.test(realpathSync(path));
  } catch {
    return false;
  }
}

/**
 * This process's own descriptor that `path` names, or -1. It is read as it is: opened again by
 * its path, a socket (which is what a parent written in Node gives as stdin) cannot be.
 */
function ownDescriptor(path: string): number {
  const match = DESCRIPTOR.exec(path);
  if (!match) return -1;
  const [, fd, pid, procFd] = match;
  if (procFd !== undefined) return pid === 'self' || pid === String(process.pid) ? Number(procFd) : -1;
  return fd === undefined ? 0 : Number(fd);
}

/** A pipe reached through a descriptor is a `pipe`; one with a name on disk is a `named pipe` (see above). */
export function fileKind(stats: Stats, path: string): FileKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO() || stats.isSocket()) {
    if (namesDescriptor(path)) return 'pipe';
    return stats.isFIFO() ? 'named pipe' : 'socket';
  }
  return 'device';
}

const REFUSALS: Record<Exclude<FileKind, 'file'>, string> = {
  directory: 'it is a directory, not a file',
  'named pipe': 'it is a named pipe (FIFO), not a regular file',
  socket: 'it is a socket, not a regular file',
  device: 'it is a device, not a regular file',
  pipe: 'it is a pipe, not a regular file',
};

/** Why a path of this kind is not read, or undefined when it is; `streams` lets devices and pipes through. */
export function refusal(kind: FileKind, streams: boolean): string | undefined {
  if (kind === 'file' || (streams && (kind === 'device' || kind === 'pipe'))) return undefined;
  return REFUSALS[kind];
}

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${bytes / MiB} MiB`;

// Room to wait between reads of a pipe with nothing in it yet: short enough to feel immediate.
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
const CHUNK = 64 * 1024;

/**
 * The bytes of `fd`, or undefined when there are more than `limit`. Opened without blocking, a
 * pipe may have nothing to give yet: that is waited for, a pause at a time.
 */
function readFd(fd: number, limit: number, sizeHint: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(sizeHint, CHUNK - 1)) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    let read: number;
    try {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(PAUSE, 0, 0, 5);
      continue;
    }
    if (read === 0) return buffer.subarray(0, length);
    length += read;
    if (length > limit) return undefined;
  }
}

export interface BoundedOptions {
  /** Refuse with a message when more bytes than this are there. */
  limit: number;
  /** Read devices and pipes named by descriptor (/dev/stdin) too, not only regular files. */
  streams?: boolean;
}

/**
 * The whole of `path`, at most `limit` bytes. Throws ReadRefused for a path of the wrong kind or
 * too large, and Node's own errors (ENOENT, EACCES, …) for the rest.
 */
export function readBounded(path: string, { limit, streams = false }: BoundedOptions): Buffer {
  const stats = statSync(path);
  const kind = fileKind(stats, path);
  const why = refusal(kind, streams);
  if (why) throw new ReadRefused(why);
  if (stats.isFile() && stats.size > limit)
    throw new ReadRefused(`it is ${(stats.size / MiB).toFixed(1)} MiB, larger than the ${mib(limit)} limit`);
  const own = kind === 'pipe' ? ownDescriptor(path) : -1;
  if (own !== -1) return whole(own, limit, CHUNK);
  // Without blocking: if a named pipe took the file's place since the look above, opening returns
  // at once, and the look at what was opened below refuses it.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = refusal(fileKind(fstatSync(fd), path), streams);
    if (opened) throw new ReadRefused(opened);
    return whole(fd, limit, stats.isFile() ? stats.size : CHUNK);
  } finally {
    closeSync(fd);
  }
}

function whole(fd: number, limit: number, sizeHint: number): Buffer {
  const bytes = readFd(fd, limit, sizeHint);
  if (!bytes) throw new ReadRefused(`it is larger than the ${mib(limit)} limit (reading stopped there)`);
  return bytes;
}
