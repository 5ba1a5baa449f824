/**
 * The temporary files atomic writes leave beside their targets while they run: how they are named,
 * which are open now (so the CLI can remove them when a signal ends the run), and the sweep of those
 * a killed run (SIGKILL, a power cut) left behind.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomTag } from './randomTag.js';

/** The longest file name most file systems take, in bytes. */
const NAME_MAX = 255;
const TAG = 8;

/**
 * `.<name>.<pid>.<tag>.tmp`: hidden, beside its target, and naming the process that owns it, so a
 * later run can tell a leftover from a file still being written. The target's name is shortened
 * (whole characters, never half of one) so that the temporary name stays within NAME_MAX bytes.
 */
export function tempName(target: string, pid = process.pid, tag = randomTag(TAG)): string {
  return `.${tempStem(target, pid)}.${pid}.${tag}.tmp`;
}

function tempStem(target: string, pid: number): string {
  const room = NAME_MAX - `..${pid}.${'x'.repeat(TAG)}.tmp`.length;
  if (Buffer.byteLength(target) <= room) return target;
  let stem = '';
  let bytes = 0;
  for (const char of target) {
    bytes += Buffer.byteLength(char);
    if (bytes > room) break;
    stem += char;
  }
  return stem;
}

const open = new Set<string>();

/** Notes a temporary file as written by this run, until it is renamed into place or removed. */
export function trackTemp(path: string): void {
  open.add(path);
}

export function untrackTemp(path: string): void {
  open.delete(path);
}

/** Removes every temporary file this run still has open: called as the process exits, whatever the reason. */
export function removeTempFiles(): void {
  for (const path of open) {
    try {
      rmSync(path, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
  }
  open.clear();
}

const LEFTOVER = new RegExp(`^\\.(.+)\\.(\\d+)\\.[a-z0-9]{${TAG}}\\.tmp$`);
const swept = new Set<string>();

/**
 * Removes temporary files for `target` in `folder` whose process is gone: a run killed with SIGKILL
 * cannot clean up after itself, and a report can be large. Only this target's leftovers are
 * touched, and only once per run. A process id reused since is taken as alive: the file then
 * waits for a later sweep.
 */
export function sweepLeftovers(folder: string, target: string): void {
  const key = join(folder, target);
  if (swept.has(key)) return;
  swept.add(key);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = LEFTOVER.exec(name);
    if (!match || match[1] !== tempStem(target, Number(match[2]))) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || alive(pid)) continue;
    try {
      rmSync(join(folder, name), { force: true });
    } catch {
      // someone else's file, or already gone
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
