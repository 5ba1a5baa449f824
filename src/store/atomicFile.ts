/**
 * Files written so that a crash or kill at any instant leaves either the old file or the complete
 * new one, never a torn one: write a temporary file beside it, fsync, rename over, fsync the folder.
 */
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomTag } from './randomTag.js';

export class AtomicFile {
  private fd: number | null;
  private readonly temp: string;

  /** The folder must exist: creating folders is the caller's decision. */
  constructor(readonly path: string) {
    // Same folder, so the rename stays on one file system and is atomic.
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomTag()}.tmp`);
    this.fd = openSync(this.temp, 'wx', 0o644);
  }

  write(data: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.path} is already closed`);
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(this.fd, buffer, offset);
  }

  commit(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.temp, this.path);
    syncFolder(dirname(this.path));
  }

  /** Puts the new file in place only if `path` does not exist (EEXIST otherwise); the caller then aborts. */
  link(): void {
    if (this.fd === null) throw new Error(`${this.path} is already closed`);
    fsyncSync(this.fd);
    linkSync(this.temp, this.path);
    syncFolder(dirname(this.path));
  }

  /** Leaves the old file as it was. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temp, { force: true });
  }
}

// Makes the rename itself durable; some file systems refuse to open a folder, which is harmless.
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

export function writeFileAtomic(path: string, text: string): void {
  const file = new AtomicFile(path);
  try {
    file.write(text);
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}

/** What a file system without hard links (FAT, some network shares) answers to link(). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Creates `path` with `text` only if nothing is there yet, complete or not at all: the text is
 * written beside it and hard-linked into place, which fails when the name is taken. False when it is.
 */
export function createFileExclusive(path: string, text: string): boolean {
  const file = new AtomicFile(path);
  try {
    file.write(text);
    file.link();
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === undefined || !NO_HARD_LINKS.has(code)) throw error;
  } finally {
    file.abort();
  }
  // Without hard links, an exclusive open still claims the name; a reader may meet the file empty
  // for the moment the text takes to write.
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const buffer = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(fd, buffer, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}
