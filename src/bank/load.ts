/** Finding and reading banks: the built-in ones in assessments/, or any file the user names. */
import { existsSync, readdirSync } from 'node:fs';
import { relative, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../errors.js';
import { readText } from '../input/readText.js';
import { didYouMean } from '../text/suggest.js';
import { parseBank, type ParsedBank } from './parse.js';

/** A validated bank and where it came from. */
export interface LoadedBank extends ParsedBank {
  /** The path as shown to the user. */
  file: string;
  origin: 'built-in' | 'file';
}

/** assessments/ beside src/ or dist/, so it works from the sources and from the build. */
export const BUILT_IN_DIR = fileURLToPath(new URL('../../assessments/', import.meta.url));

// Paths inside the working directory read better relative; others stay absolute.
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function builtInBankIds(): string[] {
  return readdirSync(BUILT_IN_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

export function loadBankFile(path: string, origin: LoadedBank['origin'] = 'file'): LoadedBank {
  const file = displayPath(path);
  const result = parseBank(readText(path, 'bank'), file);
  if (!result.ok) throw new InputError(result.issues);
  return { ...result.value, file, origin };
}

const looksLikePath = (ref: string) => /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);

/** A bank by built-in id or by file path. */
export function resolveBank(ref: string): LoadedBank {
  if (looksLikePath(ref)) return loadBankFile(ref);
  const path = join(BUILT_IN_DIR, `${ref}.yaml`);
  if (!existsSync(path)) {
    const ids = builtInBankIds();
    throw new UsageError(`unknown bank "${ref}"${didYouMean(ref, ids)}; available: ${ids.join(', ')}`);
  }
  return loadBankFile(path, 'built-in');
}

export function loadBuiltInBanks(): LoadedBank[] {
  return builtInBankIds().map((id) => loadBankFile(join(BUILT_IN_DIR, `${id}.yaml`), 'built-in'));
}
