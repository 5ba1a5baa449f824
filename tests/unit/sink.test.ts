import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSink, stdoutSink } from '../../src/cli/io/sink.js';

/**
 * A stream that says "full" when told to. It keeps the bytes it is given as they were when handed
 * over (`views`, which a writer must not touch until told they are written) and what they held
 * when written (`chunks`). With `holding`, nothing is written until `release`.
 */
function fakeStream(full = false, holding = false) {
  const held: (() => void)[] = [];
  const stream = Object.assign(new EventEmitter(), {
    chunks: [] as Buffer[],
    views: [] as { view: Buffer; copy: Buffer }[],
    holding,
    write(chunk: Uint8Array | string, done?: (error?: Error) => void) {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk);
      const view = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      stream.views.push({ view, copy: Buffer.from(view) });
      const write = () => {
        stream.chunks.push(Buffer.from(view));
        done?.();
      };
      if (stream.holding) held.push(write);
      else write();
      return !full;
    },
    /** Writes what is held; with `holding` false, what comes later is written at once. */
    release(holding = true) {
      stream.holding = holding;
      for (const write of held.splice(0)) write();
    },
  });
  return stream;
}
const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');

describe('output sinks', () => {
  it('keep the order of small pieces and large ones', async () => {
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
  });

  it('copy what they are given, and reuse a chunk only once the stream has written it', async () => {
    const stream = fakeStream(false, true);
    const sink = stdoutSink(stream as unknown as NodeJS.WritableStream);
    // The writer's own buffer, changed after each write, as the cohort writer does.
    const mine = Buffer.alloc(40_000);
    for (let i = 0; i < 10; i++) {
      mine.fill(97 + i);
      sink.write(mine);
    }
    // Two pieces a chunk, none split; while the stream holds them, no chunk has changed since it was handed over.
    expect(stream.views.map((v) => v.view.length)).toEqual([80_000, 80_000, 80_000, 80_000, 80_000]);
    for (const { view, copy } of stream.views) expect(view.equals(copy)).toBe(true);
    stream.release();
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 10; i++) sink.write(Buffer.alloc(40_000, 48 + i));
    stream.release(false);
    await sink.close();
    const expected = [...'abcdefghij0123456789'].map((c) => c.repeat(40_000)).join('');
    expect(text(stream.chunks)).toBe(expected);
    // Written chunks were used again: the second half went into memory the first half had.
    const first = new Set(stream.views.slice(0, 5).map((v) => v.view.buffer));
    expect(stream.views.slice(5).filter((v) => first.has(v.view.buffer)).length).toBeGreaterThan(0);
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
