/**
 * The pure parts of reading without stalling: problems located in one pass, repeated keys found
 * without comparing every pair, typo hints that measure only as far as they must, CSV rows with a
 * length limit, and reads bounded by the bytes read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { InputError } from '../../src/errors.js';
import { MAX_ROW_BYTES, readCsv } from '../../src/csv/split.js';
import { simpleYaml } from '../../src/input/simpleYaml.js';
import { parseYaml, parseYamlDocument, yamlValue } from '../../src/input/yamlSource.js';
import { readBounded, ReadRefused } from '../../src/store/readBounded.js';
import { closest, didYouMean, didYouMeanAmong, editDistance } from '../../src/text/suggest.js';

/** The distance and the closest candidate as they were computed before: in full, every time. */
function fullDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
function fullClosest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = fullDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

describe('did-you-mean, measured only as far as it could win', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-', '1'), maxLength: 14 });

  it('gives the distance up to the bound, and more than the bound past it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        const full = fullDistance(a, b);
        expect(editDistance(a, b)).toBe(full);
        const bounded = editDistance(a, b, max);
        if (full <= max) expect(bounded).toBe(full);
        else expect(bounded).toBeGreaterThan(max);
      }),
    );
  });

  it('picks the candidate the full measure picks, ties to the first', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (w, candidates) => {
        expect(closest(w, candidates)).toBe(fullClosest(w, candidates));
        expect(didYouMeanAmong(candidates)(w)).toBe(didYouMean(w, candidates));
      }),
    );
  });
});

describe('YAML problems, located in one pass', () => {
  /** yaml's own repeated-key errors, positioned, as parseYaml reported them before it checked keys itself. */
  const yamlsOwn = (text: string) =>
    parseDocument(text, { uniqueKeys: true, prettyErrors: true })
      .errors.filter((e) => e.code === 'DUPLICATE_KEY')
      .map((e) => `${e.linePos![0].line}:${e.linePos![0].col}`);
  const ours = (text: string) =>
    parseYaml(text, 'x.yaml')
      .issues.filter((i) => i.message === 'Map keys must be unique')
      .map((i) => `${i.line}:${i.col}`);

  it('finds the keys yaml finds repeated, where yaml finds them', () => {
    for (const text of [
      'a: 1\nb: 2\na: 3\na: 4\n',
      'outer:\n  x: 1\n  y: 2\n  x: 3\nlist:\n  - k: 1\n    k: 2\n  - {p: 1, q: 2, p: 3}\n',
      '1: a\n"1": b\n1: c\n',
      '? [a]\n: 1\n? [a]\n: 2\nnull: 1\n~: 2\n',
    ])
      expect(ours(text), text).toEqual(yamlsOwn(text));
  });

  it('reports a repeated key among other problems in document order', () => {
    const issues = parseYaml('a: 1\na: 2\nb: [1\n', 'x.yaml').issues;
    expect(issues.map((i) => i.line)).toEqual([...issues.map((i) => i.line)].sort((x, y) => x - y));
    expect(issues.some((i) => i.line === 2 && i.message === 'Map keys must be unique')).toBe(true);
  });

  it('the quick reading refuses a repeated key with its line, and reads the rest as yaml does', () => {
    expect(() => yamlValue('a: 1\nb:\n  c: 1\n  c: 2\n')).toThrow('Map keys must be unique at line 4, column 3');
    expect(() => yamlValue('a: [1\n')).toThrow();
    expect(yamlValue('a: &x [1, 2]\nb: *x\nc: {d: e}\n')).toEqual({ a: [1, 2], b: [1, 2], c: { d: 'e' } });
  });

  it('locates every one of many keys, and the first of a repeated one', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i}: ${i}\n`).join('');
    const source = parseYaml(`${keys}nested:\n  deep: [1, 2]\n`, 'x.yaml');
    expect(source.locate(['k0'], { key: true })).toEqual({ line: 1, col: 1 });
    expect(source.locate(['k4999'])).toEqual({ line: 5000, col: 8 });
    expect(source.locate(['nested', 'deep', 1])).toEqual({ line: 5002, col: 13 });
    expect(source.locate(['nested', 'missing'])).toEqual({ line: 5002, col: 3 });
    expect(parseYaml('a: 1\nb: 2\na: 3\n', 'x.yaml').locate(['a'])).toEqual({ line: 1, col: 4 });
  });
});

describe('the plain shape, located without the YAML parser', () => {
  it('puts every key and value, present or missing, where the parser does', () => {
    const word = fc.constantFrom('Sam', 'Lee', 'ü', 'x:y', 'it’s', 'we', 'a#b', 'no');
    const value = fc.oneof(
      fc.integer({ min: -3, max: 120 }).map(String),
      fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    );
    const comment = fc.constantFrom('', ' # note', '  #', ' #x: y', '\t# tab');
    const gap = fc.constantFrom([], [''], ['# a comment'], ['  # indented'], ['   ']);
    const text = fc
      .record({
        lead: gap,
        top: fc.uniqueArray(fc.tuple(fc.constantFrom('respondent', 'bank', 'constructor', 'x'), value, comment, gap), {
          maxLength: 3,
          selector: ([k]) => k,
        }),
        blocks: fc.uniqueArray(
          fc.tuple(
            fc.constantFrom('answers', 'reflections'),
            comment,
            gap,
            fc.uniqueArray(fc.tuple(fc.constantFrom('a1', 'a2', 'b-1', 'r_1'), value, comment, gap), {
              minLength: 1,
              maxLength: 4,
              selector: ([k]) => k,
            }),
          ),
          { maxLength: 2, selector: ([k]) => k },
        ),
        indent: fc.constantFrom('  ', '    ', ' '),
        separator: fc.constantFrom(' ', '  ', ' \t'),
        newline: fc.constantFrom('\n', '\r\n'),
      })
      .map(({ lead, top, blocks, indent, separator, newline }) =>
        [
          ...lead,
          ...top.flatMap(([k, v, c, g]) => [`${k}:${separator}${v}${c}`, ...g]),
          ...blocks.flatMap(([k, c, g, lines]) => [
            `${k}:${c}`,
            ...g,
            ...lines.flatMap(([id, v, c2, g2]) => [`${indent}${id}:${separator}${v}${c2}`, ...g2]),
          ]),
        ].join(newline),
      );
    const paths: (string | number)[][] = [
      [],
      ['missing'],
      [0],
      ...['respondent', 'bank', 'constructor', 'x', 'answers', 'reflections'].flatMap((k) => [
        [k],
        [k, 'missing'],
        [k, 0],
        ...['a1', 'a2', 'b-1', 'r_1'].flatMap((id) => [
          [k, id],
          [k, id, 'deeper'],
        ]),
      ]),
    ];
    let compared = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (simpleYaml(t) === undefined) return;
        compared++;
        const quick = parseYaml(t, 'x.yaml');
        const full = parseYamlDocument(t, 'x.yaml');
        expect(quick.value).toEqual(full.value);
        expect(quick.issues).toEqual(full.issues);
        for (const path of paths)
          for (const key of [false, true])
            expect(quick.locate(path, { key }), `${JSON.stringify(path)} key: ${key}\n${t}`).toEqual(
              full.locate(path, { key }),
            );
        // Every key in document order, as the checks ask for them: each mapping is walked on from
        // the key found last, never indexed.
        const walked = parseYaml(t, 'x.yaml');
        for (const [k, v] of Object.entries(full.value as Record<string, unknown>)) {
          const nested = v !== null && typeof v === 'object' ? Object.keys(v) : [];
          for (const path of [[k], ...nested.map((id) => [k, id])])
            for (const key of [true, false])
              expect(walked.locate(path, { key }), `${JSON.stringify(path)} key: ${key}\n${t}`).toEqual(
                full.locate(path, { key }),
              );
        }
      }),
      { numRuns: 1000 },
    );
    // The property says something only if many texts take the quick path.
    expect(compared).toBeGreaterThan(300);
  });
});

describe('CSV rows have a length limit', () => {
  const read = (chunks: (string | Buffer)[]) =>
    readCsv({ label: 'c.csv', chunks: Readable.from(chunks), close: () => {} }, () => undefined);
  const refusal = async (chunks: (string | Buffer)[]) => {
    const error = await read(chunks).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues.map((i) => `${i.line}:${i.col} ${i.message}`);
  };
  const longCells = (bytes: number) => Buffer.alloc(bytes, 'a,');

  it('refuses a header with no line end past the limit, as row 1', async () => {
    expect(await refusal([longCells(MAX_ROW_BYTES / 2), longCells(MAX_ROW_BYTES / 2), 'a,b'])).toEqual([
      '1:1 a row is longer than 1 MiB without a line end; is this a CSV file?',
    ]);
  });

  it('refuses a later row past the limit with its number, and a quoted field that never closes', async () => {
    expect(await refusal(['h1,h2\n1,2\n', longCells(MAX_ROW_BYTES + 2), '\n'])).toEqual([
      '3:1 a row is longer than 1 MiB without a line end; is this a CSV file?',
    ]);
    expect(await refusal(['h1,h2\n1,"open\n', longCells(MAX_ROW_BYTES), '\n'])).toEqual([
      '2:1 a quoted field runs on for more than 1 MiB (is a " missing?)',
    ]);
  });

  it('reads a row just under the limit', async () => {
    const shape = await read([longCells(MAX_ROW_BYTES - 2), '\n1\n']);
    expect(shape.delimiter).toBe(44);
  });
});

describe('reads bounded by the bytes read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-bounded-'));
  const refused = (path: string, options: Parameters<typeof readBounded>[1]) => {
    try {
      readBounded(path, options);
    } catch (error) {
      expect(error).toBeInstanceOf(ReadRefused);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('stops reading a device one byte past the limit', () => {
    expect(refused('/dev/zero', { limit: 1024 * 1024, streams: true })).toBe(
      'it is larger than the 1 MiB limit (reading stopped there)',
    );
  });

  it('refuses a device where only files belong, and a folder', () => {
    expect(refused('/dev/zero', { limit: 1000 })).toBe('it is a device, not a regular file');
    expect(refused(dir, { limit: 1000 })).toBe('it is a directory, not a file');
  });

  it('reads a file up to the limit, and refuses one over it by its size', () => {
    const exact = join(dir, 'exact.txt');
    writeFileSync(exact, 'x'.repeat(1024 * 1024));
    expect(readBounded(exact, { limit: 1024 * 1024 }).length).toBe(1024 * 1024);
    expect(refused(exact, { limit: 1024 * 1024 - 1 })).toMatch(/^it is 1\.0 MiB, larger than the /);
    expect(readBounded('/dev/null', { limit: 10, streams: true }).length).toBe(0);
  });
});
