/**
 * The shipped banks are validated when leadlens is built (dist/banks/, a file a bank): using one needs
 * no parse, so nothing is added to the user's cache. A bank of the user's own is parsed once and kept there.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, leadlens, ROOT, V1 } from './run.js';

const cached = (dir: string) => (existsSync(join(dir, 'banks')) ? readdirSync(join(dir, 'banks')) : []);

describe('the shipped banks, validated at build time', () => {
  it('has one file a shipped bank in dist/banks', () => {
    const shipped = readdirSync(join(ROOT, 'assessments')).filter((name) => name.endsWith('.yaml'));
    const built = readdirSync(join(ROOT, 'dist', 'banks'));
    expect(built).toHaveLength(shipped.length);
    for (const name of built) expect(name).toMatch(/^[0-9a-f]{16}\.json$/);
  });

  it('takes a shipped bank from the build, and parses and keeps a bank of the user’s own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-cache-'));
    const env = { LEADLENS_CACHE_DIR: dir };
    const answers = fixture('customer-lens.v2.answers.yaml');
    const shipped = leadlens(['take', 'customer-lens', '--answers', answers, '--format', 'json', '--no-save'], { env });
    expect(shipped.code).toBe(0);
    expect(cached(dir)).toEqual([]);
    const own = leadlens(['score', '--bank', V1, fixture('customer-lens.answers.yaml'), '--format', 'json'], { env });
    expect(own.code).toBe(0);
    expect(cached(dir)).toHaveLength(1);
  });
});
