/**
 * Validated banks, remembered by content so that loading a bank that has not changed needs neither
 * the YAML parser nor zod (together most of a cold start). Two places are looked in: the build's
 * dist/banks.json for the shipped banks, and a per-user cache folder for everyone's own banks.
 * The key covers the tool version and the exact text, so any edit or upgrade is parsed afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';
import { writeFileAtomic } from '../store/atomicFile.js';
import type { ParsedBank, ParseResult } from './parse.js';

export function cacheKey(version: string, text: string): string {
  return createHash('sha256').update(version).update('\0').update(text).digest('hex');
}

/** $LEADLENS_CACHE_DIR, else $XDG_CACHE_HOME/leadlens, else ~/.cache/leadlens. */
export function cacheDir(env: NodeJS.ProcessEnv): string {
  if (env.LEADLENS_CACHE_DIR) return env.LEADLENS_CACHE_DIR;
  const xdg = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : join(env.HOME || homedir(), '.cache');
  return join(xdg, 'leadlens');
}

let shipped: Record<string, ParsedBank> | undefined;

function shippedBanks(): Record<string, ParsedBank> {
  if (!shipped) {
    try {
      shipped = JSON.parse(readFileSync(join(packageRoot(), 'dist', 'banks.json'), 'utf8')) as Record<string, ParsedBank>;
    } catch {
      shipped = {}; // running from the sources, or a build without it: parse as usual
    }
  }
  return shipped;
}

export interface CacheOptions {
  version: string;
  env: NodeJS.ProcessEnv;
}

/** The parse result for this text, from a cache when possible. Only valid banks are cached. */
export async function parseBankCached(text: string, file: string, options: CacheOptions): Promise<ParseResult> {
  const key = cacheKey(options.version, text);
  const hit = shippedBanks()[key];
  if (hit) return { ok: true, value: hit };
  const path = join(cacheDir(options.env), 'banks', `${key}.json`);
  try {
    return { ok: true, value: JSON.parse(readFileSync(path, 'utf8')) as ParsedBank };
  } catch {
    // not cached yet, or unreadable: parse below
  }
  const { parseBank } = await import('./parse.js');
  const result = parseBank(text, file);
  if (result.ok) {
    try {
      mkdirSync(join(cacheDir(options.env), 'banks'), { recursive: true });
      writeFileAtomic(path, JSON.stringify(result.value));
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }
  return result;
}
