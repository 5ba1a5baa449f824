/**
 * The stack trace of an internal error, mapped from the minified bundle to the sources: the VLQ
 * decoder, a bundle built here the way scripts/build.mjs builds dist/, and the real dist/ maps.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeSegment, mapStack, originalPosition, type RawSourceMap } from '../../src/cli/sourceMap.js';

const ROOT = new URL('../../', import.meta.url);

describe('source maps', () => {
  it('decodes base64 VLQ: signs, several digits, several numbers', () => {
    expect(decodeSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeSegment('C')).toEqual([1]);
    expect(decodeSegment('D')).toEqual([-1]);
    expect(decodeSegment('gB')).toEqual([16]);
    expect(decodeSegment('2HwBmC')).toEqual([123, 24, 35]);
    expect(() => decodeSegment('A*')).toThrow('not a source map digit');
  });

  it('finds the last mapping at or before a column, carrying fields over from earlier lines', () => {
    // Line 1: column 0 → a.ts 1:1, column 10 → a.ts 2:5; line 2: column 4 → b.ts 2:5 (source +1, line 0, column 0).
    const map: RawSourceMap = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,UACI;ICAA' };
    expect(originalPosition(map, 1, 1)).toEqual({ source: 'a.ts', line: 1, column: 1 });
    expect(originalPosition(map, 1, 30)).toEqual({ source: 'a.ts', line: 2, column: 5 });
    expect(originalPosition(map, 2, 5)).toEqual({ source: 'b.ts', line: 2, column: 5 });
    expect(originalPosition(map, 2, 1)).toBeNull();
    expect(originalPosition(map, 9, 1)).toBeNull();
  });

  it('maps the stack of an error thrown in a minified bundle back to its source lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-map-'));
    mkdirSync(join(dir, 'src'));
    const source = join(dir, 'src', 'thrower.ts');
    const lines = [
      'export function outer(n: number): number {',
      '  return inner(n) + 1;',
      '}',
      '',
      'function inner(n: number): number {',
      "  if (n > 0) throw new Error('boom');",
      '  return n;',
      '}',
    ];
    writeFileSync(source, `${lines.join('\n')}\n`);
    const bundle = join(dir, 'dist', 'thrower.js');
    await build({
      entryPoints: [source],
      outfile: bundle,
      bundle: true,
      format: 'esm',
      minify: true,
      sourcemap: 'linked',
    });
    // In a plain Node process: the test runner maps stacks itself, which leadlens's own process does not.
    const script = `try { (await import(${JSON.stringify(pathToFileURL(bundle).href)})).outer(1) } catch (e) { console.log(e.stack) }`;
    const stack = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout;
    expect(stack).toMatch(/thrower\.js:1:\d+/);
    const mapped = mapStack(stack, pathToFileURL(`${dir}/`)).split('\n');
    expect(mapped[0]).toBe('Error: boom');
    expect(mapped[1]).toMatch(/ \(src\/thrower\.ts:6:\d+\)$/);
    expect(mapped[2]).toMatch(/ \(src\/thrower\.ts:2:\d+\)$/);
    // A frame without a map, such as Node's own, stays as it was.
    expect(mapStack('    at f (file:///nowhere/x.js:1:2)', ROOT)).toBe('    at f (file:///nowhere/x.js:1:2)');
  });

  it('maps a place in the built dist/main.mjs to the line of src/cli/main.ts it came from', () => {
    const words = 'leadlens: internal error, please report it';
    const built = readFileSync(new URL('dist/main.mjs', ROOT), 'utf8').split('\n');
    const line = built.findIndex((l) => l.includes(words));
    expect(line).toBeGreaterThanOrEqual(0);
    const frame = `    at x (${new URL('dist/main.mjs', ROOT).href}:${line + 1}:${built[line]!.indexOf(words) + 1})`;
    const expected =
      readFileSync(new URL('src/cli/main.ts', ROOT), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(words)) + 1;
    expect(mapStack(frame, ROOT)).toMatch(new RegExp(`^    at x \\(src/cli/main\\.ts:${expected}:\\d+\\)$`));
  });
});
