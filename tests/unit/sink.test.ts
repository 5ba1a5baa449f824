import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSink, stdoutSink } from '../../src/cli/io/sink.js';

/** A stream that keeps what it is given, and says "full" when told to. */
function fakeStream(full = false) {
  const stream = Object.assign(new EventEmitter(), {
    chunks: [] as Buffer[],
    write(chunk: Uint8Array | string, done?: (error?: Error) => void) {
      if (typeof chunk !== 'string') stream.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      done?.();
      return !full;
    },
  });
  return stream;
}
const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');

describe('output sinks', () => {
  it('keep the order of small pieces and large ones, in chunks the stream may keep', async () => {
    const stream = fakeStream();
    const sink = stdoutSink(stream as unknown as NodeJS.WritableStream);
    sink.write('head,ü\n');
    for (let i = 0; i < 5000; i++) sink.write(`row ${i},Zoë\n`);
    const big = `${'x'.repeat(100_000)}\n`;
    sink.write(big);
    sink.write('tail\n');
    await sink.close();
    const rows = Array.from({ length: 5000 }, (_, i) => `row ${i},Zoë\n`).join('');
    expect(text(stream.chunks)).toBe(`head,ü\n${rows}${big}tail\n`);
    // Every chunk is its own memory: no two overlap, so none was reused after being handed over.
    const regions = stream.chunks.map((c) => ({
      buffer: c.buffer,
      from: c.byteOffset,
      to: c.byteOffset + c.byteLength,
    }));
    for (const [i, a] of regions.entries()) {
      for (const b of regions.slice(i + 1)) expect(a.buffer === b.buffer && a.from < b.to && b.from < a.to).toBe(false);
    }
  });

  it('make the writer wait while the stream is full', async () => {
    const stream = fakeStream(true);
    const sink = stdoutSink(stream as unknown as NodeJS.WritableStream);
    const waiting = sink.write('y'.repeat(70_000));
    expect(waiting).toBeInstanceOf(Promise);
    let resolved = false;
    void waiting!.then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    stream.emit('drain');
    await waiting;
    expect(resolved).toBe(true);
  });

  it('put a file in place on close, and leave the old one on abort', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadlens-sink-'));
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'old\n');
    const aborted = fileSink(path);
    aborted.write('new\n');
    aborted.abort();
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    const kept = fileSink(path);
    kept.write('a,');
    kept.write(Buffer.from('ü\n'));
    await kept.close();
    expect(readFileSync(path, 'utf8')).toBe('a,ü\n');
  });
});
