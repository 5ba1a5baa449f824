/**
 * Files written so that a crash or kill at any instant leaves either the old file or the complete
 * new one, never a torn one: write a temporary file beside it, fsync, rename over, fsync the folder.
 * The write goes through symbolic links to the file they name, and the new file keeps the old one's
 * mode and owner, so replacing a file changes its content only.
 */
import {
  closeSync,
  copyFileSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileTarget } from './fileTarget.js';
import { sweepLeftovers, tempName, trackTemp, untrackTemp } from './tempFiles.js';

export interface AtomicFileOptions {
  /** The mode the file gets, new or old (0o600 for private files); else an existing file keeps its own. */
  mode?: number;
}

export class AtomicFile {
  private fd: number | null;
  private readonly temp: string;
  /** The file the name leads to, past symbolic links: the one replaced. */
  readonly target: string;
  private readonly existing: Stats | null;

  /** The folder must exist: creating folders is the caller's decision. */
  constructor(
    readonly path: string,
    options: AtomicFileOptions = {},
  ) {
    const found = fileTarget(path);
    if (found.kind !== 'file') throw new Error(`${path} is not a regular file: write it in place`);
    this.target = found.path;
    this.existing = found.existing;
    const folder = dirname(this.target);
    sweepLeftovers(folder, basename(this.target));
    // Same folder, so the rename stays on one file system and is atomic.
    this.temp = join(folder, tempName(basename(this.target)));
    // Without a mode of its own, a new file gets the usual one for the user (0666 less the umask).
    this.fd = openSync(this.temp, 'wx', options.mode ?? 0o666);
    trackTemp(this.temp);
    try {
      this.keepAttributes(options.mode);
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  private keepAttributes(mode: number | undefined): void {
    const fd = this.fd!;
    const old = this.existing;
    // fchmod, unlike open, is not narrowed by the umask: the old mode is kept exactly.
    if (mode !== undefined) fchmodSync(fd, mode);
    else if (old) fchmodSync(fd, old.mode & 0o777);
    if (old && (old.uid !== process.getuid?.() || old.gid !== process.getgid?.())) {
      try {
        fchownSync(fd, old.uid, old.gid);
      } catch {
        // Only root may give a file away; anyone else's replacement is theirs, as an editor's would be.
      }
    }
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
    if (this.existing && this.existing.nlink > 1) {
      // A file with other hard links is rewritten in place, so every name sees the new content; the
      // complete text is ready beforehand, so a failed run never touches it, but a kill during the
      // copy can leave it torn.
      copyFileSync(this.temp, this.target);
      syncFile(this.target);
      rmSync(this.temp, { force: true });
    } else {
      renameSync(this.temp, this.target);
      syncFile(dirname(this.target));
    }
    untrackTemp(this.temp);
  }

  /** Puts the new file in place only if `path` does not exist (EEXIST otherwise); the caller then aborts. */
  link(): void {
    if (this.fd === null) throw new Error(`${this.path} is already closed`);
    fsyncSync(this.fd);
    linkSync(this.temp, this.path);
    syncFile(dirname(this.path));
  }

  /** Leaves the old file as it was. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temp, { force: true });
    untrackTemp(this.temp);
  }
}

// Makes the rename or copy durable; some file systems refuse to open a folder, which is harmless.
function syncFile(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

/** Writes a whole file atomically; a device or FIFO (`--save-map /dev/stdout`) is written in place instead. */
export function writeFileAtomic(path: string, text: string, options: AtomicFileOptions = {}): void {
  const target = fileTarget(path);
  if (target.kind !== 'file') {
    writeFileSync(target.kind === 'descriptor' ? target.fd : path, text);
    return;
  }
  const file = new AtomicFile(path, options);
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
  // Drafts are the only files created this way: as private as the results they become.
  const file = new AtomicFile(path, { mode: 0o600 });
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
    fd = openSync(path, 'wx', 0o600);
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
