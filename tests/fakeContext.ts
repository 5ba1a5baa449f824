/** A command context with no process and no terminal: stdout and stderr collected, a fixed clock, a fresh home. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { CliContext } from '../src/cli/context.js';

/** The test fixtures, and the version-1 customer-lens bank among them. */
export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
export const V1 = join(FIXTURES, 'banks/customer-lens.yaml');
/** A 360 of that bank from the fixtures: the leader's self file and a CSV of observers. */
export const SAMPLE_360 = [
  '360',
  '--bank',
  V1,
  '--self',
  join(FIXTURES, '360/self.yaml'),
  '--observers',
  join(FIXTURES, '360/observers.csv'),
];

export function fakeContext(): CliContext & { out: () => string; err: () => string } {
  const collect = () => {
    let text = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }) as unknown as NodeJS.WriteStream;
    return { stream, text: () => text };
  };
  const stdout = collect();
  const stderr = collect();
  const home = mkdtempSync(join(tmpdir(), 'leadlens-inprocess-'));
  return {
    stdin: process.stdin,
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: {
      HOME: home,
      LEADLENS_DATA_DIR: join(home, 'data'),
      LEADLENS_STATE_DIR: join(home, 'state'),
      LEADLENS_CACHE_DIR: join(home, 'cache'),
    },
    now: () => new Date('2026-03-04T05:06:07Z'),
    version: '9.9.9',
    colorFlag: undefined,
    bankDirs: [],
    out: stdout.text,
    err: stderr.text,
  };
}
