/**
 * Finding and reading banks: the built-in ones in assessments/, those in --bank-dir folders and
 * LEADLENS_BANK_PATH, or any file the user names. In a folder a bank is found by its file name,
 * which must match its id. Validated banks come from a cache when their text has not changed.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, sep } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { readText } from '../store/readText.js';
import { fileErrorReason, FOLDER_WORDING } from '../store/fileErrors.js';
import { packageRoot } from '../store/packageRoot.js';
import { didYouMean } from '../text/suggest.js';
import { parseBankCached, type CacheOptions } from './cache.js';
import type { ParsedBank } from './parse.js';

/** A validated bank and where it came from. */
export interface LoadedBank extends ParsedBank {
  /** The path as shown to the user. */
  file: string;
  /** "built-in", or the folder or path it was read from. */
  origin: string;
  /**
   * The file as a report names it for tools that place results beside files (JUnit's file=): a
   * built-in bank by its path in the package (assessments/customer-lens.yaml), any other as given;
   * with / between folders on every system.
   */
  reportFile: string;
}

/** A bank file found in a folder, not yet read. */
export interface CatalogEntry {
  id: string;
  path: string;
  origin: string;
}

/** How banks are found and cached: extra folders, and the version and environment for the cache. */
export interface BankContext extends CacheOptions {
  bankDirs: readonly string[];
}

/** The shipped banks, in the package's assessments/ folder. */
export const BUILT_IN_DIR = join(packageRoot(), 'assessments');

// Paths inside the working directory read better relative; others stay absolute.
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const BANK_FILE = /\.ya?ml$/i;

/**
 * A bank file is a regular file, or a link to one: a named pipe or a device in a bank folder is
 * passed over, since opening a pipe would wait for ever. Only a link costs a look.
 */
function isFile(dir: string, entry: Dirent): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, entry.name)).isFile();
  } catch {
    return true; // a broken link: reading it says so, with its name
  }
}

function listFolder(dir: string, origin: string): CatalogEntry[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(
      `cannot read bank folder "${dir}": ${fileErrorReason(error, { ...FOLDER_WORDING, ENOTDIR: 'it is a file, not a folder' })}`,
    );
  }
  return entries
    .filter((entry) => BANK_FILE.test(entry.name) && isFile(dir, entry))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ id: basename(name, extname(name)), path: join(dir, name), origin }));
}

/** Every bank file on offer: built-in first, then each extra folder in order. */
export function bankCatalog(extraDirs: readonly string[] = []): CatalogEntry[] {
  return [...listFolder(BUILT_IN_DIR, 'built-in'), ...extraDirs.flatMap((dir) => listFolder(dir, displayPath(dir)))];
}

/** Two files offering one id is an error: which one a run used would depend on folder order. */
export function checkClashes(catalog: readonly CatalogEntry[], only?: string): void {
  const seen = new Map<string, CatalogEntry>();
  for (const entry of catalog) {
    const first = seen.get(entry.id);
    if (first && (only === undefined || only === entry.id)) {
      throw new UsageError(
        `bank id "${entry.id}" is offered twice: ${displayPath(first.path)} and ${displayPath(entry.path)}; rename one`,
      );
    }
    seen.set(entry.id, entry);
  }
}

export async function loadBankFile(
  path: string,
  context: CacheOptions,
  origin = 'file',
  expectedId?: string,
): Promise<LoadedBank> {
  const file = displayPath(path);
  const text = readText(path, 'bank');
  const result = await parseBankCached(text, file, context);
  if (!result.ok) throw new InputError(result.issues);
  if (expectedId !== undefined && result.value.bank.id !== expectedId) {
    const { parseYaml } = await import('../input/yamlSource.js');
    throw new InputError([
      parseYaml(text, file).issueAt(
        ['id'],
        `bank id "${result.value.bank.id}" does not match its file name "${basename(path)}"; a bank in a folder is found by file name`,
      ),
    ]);
  }
  const given = origin === 'built-in' ? relative(packageRoot(), path) : path;
  return { ...result.value, file, origin, reportFile: given.split(sep).join('/') };
}

const looksLikePath = (ref: string) => /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);

/** A bank by id (built-in or from a bank folder) or by file path. */
export async function resolveBank(ref: string, context: BankContext): Promise<LoadedBank> {
  if (looksLikePath(ref)) return loadBankFile(ref, context, displayPath(ref));
  const catalog = bankCatalog(context.bankDirs);
  checkClashes(catalog, ref);
  const entry = catalog.find((e) => e.id === ref);
  if (!entry) {
    const ids = [...new Set(catalog.map((e) => e.id))];
    throw new UsageError(`unknown bank "${ref}"${didYouMean(ref, ids)}; available: ${ids.join(', ')}`);
  }
  return loadBankFile(entry.path, context, entry.origin, entry.id);
}

/** Every bank on offer, read and validated. */
export async function loadAllBanks(context: BankContext): Promise<LoadedBank[]> {
  const catalog = bankCatalog(context.bankDirs);
  checkClashes(catalog);
  return Promise.all(catalog.map((e) => loadBankFile(e.path, context, e.origin, e.id)));
}

export function builtInBankIds(): string[] {
  return listFolder(BUILT_IN_DIR, 'built-in').map((e) => e.id);
}
