import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileChunks } from '../../src/cli/io/fileChunks.js';

const openFiles = () => readdirSync('/proc/self/fd').length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('fileChunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadlens-chunks-'));
  const path = join(dir, 'big.csv');
  const content = Buffer.from(Array.from({ length: 100_000 }, (_, i) => `r${i},1,2,3\n`).join(''));
  writeFileSync(path, content);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the whole file, the chunks into two buffers in turn, and closes it at the end', async () => {
    const before = openFiles();
    const read: Buffer[] = [];
    const memory = new Set<ArrayBufferLike>();
    for await (const chunk of fileChunks(path)) {
      read.push(Buffer.from(chunk)); // a copy: the next chunk overwrites this one
      memory.add(chunk.buffer);
    }
    expect(Buffer.concat(read).equals(content)).toBe(true);
    expect(read.length).toBeGreaterThan(2);
    expect(memory.size).toBe(2);
    await settle();
    expect(openFiles()).toBe(before);
  });

  it('closes the file when reading stops early', async () => {
    const before = openFiles();
    const chunks = fileChunks(path);
    const first = await chunks[Symbol.asyncIterator]().next();
    expect(first.done).toBe(false);
    expect(openFiles()).toBe(before + 1);
    chunks.close();
    await settle();
    expect(openFiles()).toBe(before);
  });
});
