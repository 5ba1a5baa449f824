/**
 * Files written so that a crash or kill at any instant leaves either the old file or the complete
 * new one, never a torn one: write a temporary file beside it, fsync, rename over, fsync the folder.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
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
