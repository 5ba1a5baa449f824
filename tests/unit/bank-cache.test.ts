import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, parseBankCached, type CacheEntry } from '../../src/bank/cache.js';
import { MINI_BANK } from '../helpers.js';

const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-cache-'));
  return { dir, options: { version: '1.0.0', env: { LEADLENS_CACHE_DIR: dir } } };
};
const entries = (dir: string) => readdirSync(join(dir, 'banks'));
/** An entry as it is stored on disk: the bank as JSON text, with a hash of that text. */
type Stored = { version: string; text: string; value: string; check: string };

describe('the bank cache', () => {
  it('names entries by version and text', () => {
    expect(cacheKey('1.0.0', MINI_BANK)).toMatch(/^[0-9a-f]{16}$/);
    expect(cacheKey('1.0.0', MINI_BANK)).toBe(cacheKey('1.0.0', MINI_BANK));
    expect(cacheKey('1.0.1', MINI_BANK)).not.toBe(cacheKey('1.0.0', MINI_BANK));
    expect(cacheKey('1.0.0', `${MINI_BANK} `)).not.toBe(cacheKey('1.0.0', MINI_BANK));
  });

  it('remembers a valid bank with the version and text it came from, and reads it back', async () => {
    const { dir, options } = fresh();
    const first = await parseBankCached(MINI_BANK, 'mini.yaml', options);
    expect(first.ok).toBe(true);
    const [name] = entries(dir);
    expect(name).toBe(`${cacheKey('1.0.0', MINI_BANK)}.v2.json`);
    const entry = JSON.parse(readFileSync(join(dir, 'banks', name!), 'utf8')) as Stored;
    expect([entry.version, entry.text, entry.check]).toEqual(['1.0.0', MINI_BANK, cacheKey('1.0.0', entry.value)]);
    expect(await parseBankCached(MINI_BANK, 'mini.yaml', options)).toEqual(first);
  });

  it('never trusts an entry made from other text: a collision costs a parse, not a wrong bank', async () => {
    const { dir, options } = fresh();
    await parseBankCached(MINI_BANK, 'mini.yaml', options);
    const path = join(dir, 'banks', entries(dir)[0]!);
    const entry = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    const value = JSON.parse(entry.value) as CacheEntry['value'];
    // The same name holding another text's bank, as a hash collision would.
    const wrong = JSON.stringify({ ...value, bank: { ...value.bank, title: 'Wrong' } });
    writeFileSync(
      path,
      JSON.stringify({ ...entry, text: 'something else', value: wrong, check: cacheKey('1.0.0', wrong) }),
    );
    const result = await parseBankCached(MINI_BANK, 'mini.yaml', options);
    expect(result.ok && result.value.bank.title).toBe(value.bank.title);
  });

  it('never trusts an entry edited on disk: a changed bank, or control characters in it', async () => {
    const { dir, options } = fresh();
    const first = await parseBankCached(MINI_BANK, 'mini.yaml', options);
    const path = join(dir, 'banks', entries(dir)[0]!);
    const entry = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    const value = JSON.parse(entry.value) as CacheEntry['value'];
    // Edited by hand: the hash no longer matches.
    writeFileSync(
      path,
      JSON.stringify({ ...entry, value: JSON.stringify({ ...value, bank: { ...value.bank, questions: [] } }) }),
    );
    expect(await parseBankCached(MINI_BANK, 'mini.yaml', options)).toEqual(first);
    // Edited with the hash made again: an escape in a title is still refused.
    const escaped = JSON.stringify({ ...value, bank: { ...value.bank, title: 'Mini\u001b[2J' } });
    writeFileSync(path, JSON.stringify({ ...entry, value: escaped, check: cacheKey('1.0.0', escaped) }));
    expect(await parseBankCached(MINI_BANK, 'mini.yaml', options)).toEqual(first);
    // Not even JSON.
    writeFileSync(path, '{"version":');
    expect(await parseBankCached(MINI_BANK, 'mini.yaml', options)).toEqual(first);
  });

  it('keeps no entry for a bank with mistakes', async () => {
    const { dir, options } = fresh();
    const result = await parseBankCached('id: broken\n', 'broken.yaml', options);
    expect(result.ok).toBe(false);
    expect(() => entries(dir)).toThrow(); // not even the folder
  });
});
