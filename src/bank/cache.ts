/**
 * Validated banks, remembered by content so that loading a bank that has not changed needs neither
 * the YAML parser nor zod (together most of a cold start). Two places are looked in: the build's
 * dist/banks/ for the shipped banks, and a per-user cache folder for everyone's own banks.
 * An entry holds the tool version and the exact text it was made from, and both are compared in
 * full on every hit, so any edit or upgrade is parsed afresh; a per-user entry also carries a hash
 * of the bank it holds and is checked for control characters, so an edited entry is never trusted.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../store/packageRoot.js';
import { writeFileAtomic } from '../store/atomicFile.js';
import { cacheDir } from '../store/paths.js';
import { anyUnsafeCharacters } from '../text/inert.js';
import type { ParsedBank, ParseResult } from './parse.js';

/** What the cache keeps for one bank text. */
export interface CacheEntry {
  version: string;
  text: string;
  value: ParsedBank;
}

/**
 * A per-user entry as stored: the bank as JSON text with a hash of that text, so an entry edited
 * or damaged on disk is noticed and the bank parsed afresh, never trusted as it is.
 */
interface StoredEntry {
  version: string;
  text: string;
  value: string;
  check: string;
}

/**
 * An entry's name: two 32-bit FNV-1a hashes of the version and the text. It only names the entry;
 * the entry itself is checked against the text, so a collision costs a parse, never a wrong bank.
 * (A sha256 would mean loading node:crypto, 4–7 ms of every start.)
 */
export function cacheKey(version: string, text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const input = `${version}\0${text}`;
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/** The bank a stored entry holds, if it is whole and made from this version and text. */
function storedMatching(entry: StoredEntry, version: string, text: string): ParsedBank | undefined {
  if (entry?.version !== version || entry.text !== text || typeof entry.value !== 'string') return undefined;
  if (cacheKey(version, entry.value) !== entry.check) return undefined;
  const value = JSON.parse(entry.value) as ParsedBank;
  // What was validated holds no control characters; anything that does was not written by leadlens.
  return Array.isArray(value?.bank?.questions) && !anyUnsafeCharacters(value) ? value : undefined;
}

/** The entry's bank, if it was made from this version and text. */
function matching(entry: CacheEntry | undefined, version: string, text: string): ParsedBank | undefined {
  return entry && entry.version === version && entry.text === text ? entry.value : undefined;
}

/**
 * A shipped bank validated at build time, by its key (dist/banks/<key>.json), if there is one. One
 * small file a bank: a user's own bank costs one failed open, a shipped one reads only itself.
 */
function shippedBank(key: string): CacheEntry | undefined {
  try {
    return JSON.parse(readFileSync(join(packageRoot(), 'dist', 'banks', `${key}.json`), 'utf8')) as CacheEntry;
  } catch {
    return undefined; // not a shipped bank, running from the sources, or a build without them: parse as usual
  }
}

export interface CacheOptions {
  version: string;
  env: NodeJS.ProcessEnv;
}

/** The parse result for this text, from a cache when possible. Only valid banks are cached. */
export async function parseBankCached(text: string, file: string, options: CacheOptions): Promise<ParseResult> {
  const { version } = options;
  const key = cacheKey(version, text);
  const hit = matching(shippedBank(key), version, text);
  if (hit) return { ok: true, value: hit };
  // Entries with a hash are kept apart from the earlier kind, which an older leadlens still reads.
  const path = join(cacheDir(options.env), 'banks', `${key}.v2.json`);
  try {
    const cached = storedMatching(JSON.parse(readFileSync(path, 'utf8')) as StoredEntry, version, text);
    if (cached) return { ok: true, value: cached };
  } catch {
    // not cached yet, or unreadable: parse below
  }
  const { parseBank } = await import('./parse.js');
  const result = parseBank(text, file);
  if (result.ok) {
    try {
      mkdirSync(join(cacheDir(options.env), 'banks'), { recursive: true });
      const value = JSON.stringify(result.value);
      const entry: StoredEntry = { version, text, value, check: cacheKey(version, value) };
      writeFileAtomic(path, JSON.stringify(entry));
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }
  return result;
}
