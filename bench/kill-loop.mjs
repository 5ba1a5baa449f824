// Kills leadlens with SIGKILL at random moments and checks that no file is ever torn or lost:
//  1. `take --answers` runs killed mid-way: every saved result must parse, and runs that finished keep theirs;
//  2. a writer rewriting one file (a draft, a result) in a loop, killed mid-write: the file must always
//     be one complete version, old or new.
// Usage: node bench/kill-loop.mjs [rounds]   (after npm run build)
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/leadlens');
const answers = join(root, 'tests/fixtures/customer-lens.v2.answers.yaml');
const rounds = Number(process.argv[2] ?? 100);
const data = mkdtempSync(join(tmpdir(), 'leadlens-kill-'));

const run = (args, killAfterMs, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, LEADLENS_DATA_DIR: data, ...env },
      stdio: 'ignore',
    });
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal });
    });
  });

let finished = 0;
let killed = 0;
for (let i = 0; i < rounds; i++) {
  // Most start-ups take 100–200 ms here; kill anywhere in that window, and a few not at all.
  const result = await run(
    [bin, 'take', 'customer-lens', '--answers', answers, '--format', 'json'],
    i % 10 === 0 ? null : 60 + Math.random() * 160,
  );
  if (result.code === 0) finished++;
  else killed++;
}
const names = readdirSync(join(data, 'results'));
const results = names.filter((n) => n.endsWith('.json'));
let torn = 0;
for (const name of results) {
  try {
    const r = JSON.parse(readFileSync(join(data, 'results', name), 'utf8'));
    if (r.bank?.id !== 'customer-lens' || r.dimensions?.length !== 5) torn++;
  } catch {
    torn++;
  }
}
console.log(
  `take: ${rounds} runs, ${finished} finished, ${killed} killed; ${results.length} results saved, ${torn} torn, ${names.length - results.length} temporary files left by kills`,
);
const lost = finished - results.length > 0 ? finished - results.length : 0;

// A writer that rewrites one file with ever larger complete versions, killed at random.
// The real atomicFile.ts, bundled on the fly: Node 20 cannot run TypeScript itself.
const { build } = await import('esbuild');
const atomic = join(data, 'atomicFile.mjs');
await build({
  entryPoints: [join(root, 'src/store/atomicFile.ts')],
  outfile: atomic,
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const target = join(data, 'draft.json');
const writer = `
  const { writeFileAtomic } = await import(${JSON.stringify(atomic)});
  for (let v = 1; ; v++) writeFileAtomic(${JSON.stringify(target)}, JSON.stringify({ v, pad: 'x'.repeat(v % 50000) }));`;
let bad = 0;
let checks = 0;
for (let i = 0; i < Math.ceil(rounds / 2); i++) {
  // Node takes ~100 ms to start here: kill after that, while the writer is in its loop.
  await run(['--input-type=module', '-e', writer], 150 + Math.random() * 150);
  try {
    const v = JSON.parse(readFileSync(target, 'utf8'));
    if (typeof v.v !== 'number' || v.pad.length !== v.v % 50000) bad++;
    checks++;
  } catch (error) {
    if (error.code !== 'ENOENT') bad++;
  }
}
console.log(`atomic writes: ${checks} kills mid-loop checked, ${bad} torn`);
process.exit(torn || bad || lost ? 1 : 0);
