// npm run bench: start-up of the common commands against bare node, and batch scoring of large
// CSV cohorts (wall time and peak memory at three sizes). Medians over several runs.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/leadlens');
if (!existsSync(join(root, 'dist/main.mjs'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const quick = process.argv.includes('--quick');
const work = mkdtempSync(join(tmpdir(), 'leadlens-bench-'));
const env = {
  ...process.env,
  LEADLENS_DATA_DIR: join(work, 'data'),
  LEADLENS_CACHE_DIR: join(work, 'cache'),
  NO_COLOR: '1',
};

/**
 * Runs a command; resolves with wall time (ms) and, when asked, peak resident memory (MB), which
 * the measured process reports itself as it exits (bench/peak-memory.cjs), so nothing polls it.
 */
function measure(command, args, { memory = false } = {}) {
  return new Promise((resolve, reject) => {
    const memoryFile = join(work, `memory-${process.hrtime.bigint()}`);
    const argv = memory ? ['--require', join(root, 'bench/peak-memory.cjs'), ...args] : args;
    const start = process.hrtime.bigint();
    const child = spawn(command, argv, {
      env: { ...env, LEADLENS_BENCH_MEMORY_FILE: memoryFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      resolve({ ms, mb: memory ? Number(readFileSync(memoryFile, 'utf8')) / 1024 : 0 });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// --- start-up -------------------------------------------------------------------------------
const answers = join(root, 'tests/fixtures/customer-lens.v2.answers.yaml');
const startups = [
  ['node -e 0', ['-e', '0']],
  ['leadlens --version', [bin, '--version']],
  ['leadlens list', [bin, 'list']],
  [
    'leadlens take customer-lens --answers <file> --format json',
    [bin, 'take', 'customer-lens', '--answers', answers, '--format', 'json', '--no-save'],
  ],
];
const targets = {
  'leadlens --version': 1.25,
  'leadlens list': 1.5,
  'leadlens take customer-lens --answers <file> --format json': 1.8,
};
const runs = quick ? 5 : 21;
const times = new Map(startups.map(([name]) => [name, []]));
for (const [, args] of startups) await measure(process.execPath, args); // warm the disk cache and the bank cache
for (let i = 0; i < runs; i++) {
  // Interleaved, so drift in machine load touches every command alike.
  for (const [name, args] of startups) times.get(name).push((await measure(process.execPath, args)).ms);
}
const base = median(times.get('node -e 0'));
const rows = [];
for (const [name] of startups) {
  const ms = median(times.get(name));
  const ratio = ms / base;
  const target = targets[name];
  rows.push([
    name,
    `${ms.toFixed(1)} ms`,
    `${ratio.toFixed(2)}×`,
    target ? `≤ ${target}×` : '',
    target ? (ratio <= target ? 'met' : 'MISSED') : '',
  ]);
}

// --- batch scoring ----------------------------------------------------------------------------
// A 25-item bank (5 dimensions × 5 questions), made here so the bench needs nothing else.
const bankPath = join(work, 'bench-25.yaml');
const dims = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
const coaching = `    coaching:
      goal: Improve.
      actions:
        - { type: practice, text: Practise. }
        - { type: others, text: Ask. }
        - { type: study, text: Read. }
      feedback:
        - { to: team, ask: May I ask? }
        - { to: coach, ask: May I ask again? }
      checkIn: Did I?
      keepDoing: Keep going.
      recognition: Say thanks.`;
writeFileSync(
  bankPath,
  `id: bench-25\ntitle: Bench bank\nversion: "1"\ndescription: 25 items for the benchmark.\nsource: { title: bench, note: Not an instrument. }\ndimensions:\n${dims
    .map((d) => `  - id: ${d}\n    title: ${d}\n    description: ${d}.\n${coaching}`)
    .join(
      '\n',
    )}\nquestions:\n${dims.flatMap((d) => [1, 2, 3, 4, 5].map((n) => `  - { id: ${d}-${n}, dimension: ${d}, text: "I do ${d} ${n}."${n === 5 ? ', reverse: true' : ''} }`)).join('\n')}\n`,
);
const ids = dims.flatMap((d) => [1, 2, 3, 4, 5].map((n) => `${d}-${n}`));

/** The scale's labels when the bank names none, as survey tools export the answers. */
const LABELS = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];

/**
 * A cohort CSV in one of the shapes users bring: no quotes (our own writer), ids quoted (as R's
 * write.csv writes them, header included), every field quoted (Google Forms, Qualtrics), or every
 * field quoted with the answers as labels (Google Forms, which exports the labels a respondent chose).
 */
async function cohortCsv(rows, path, shape = 'unquoted') {
  const out = createWriteStream(path);
  const q = (text) => `"${text}"`;
  const idq = shape === 'unquoted' ? (t) => t : q;
  const cell = shape === 'all quoted' ? q : shape === 'labels' ? (t) => q(LABELS[Number(t) - 1]) : (t) => t;
  let chunk = `${idq('respondent')},${ids.map((id) => (shape === 'unquoted' ? id : q(id))).join(',')}\n`;
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 5) + 1;
  for (let r = 0; r < rows; r++) {
    chunk += idq(`r${r}`);
    for (let i = 0; i < 25; i++) chunk += `,${cell(String(next()))}`;
    chunk += '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise((resolve) => out.on('finish', resolve));
}

const sizes = quick ? [28_000, 280_000] : [28_000, 280_000, 2_800_000];
// Every size unquoted; the 280,000-row cohort also in the two quoted shapes and as labels.
const runsToMake = sizes.flatMap((size) =>
  (size === 280_000 ? ['unquoted', 'ids quoted', 'all quoted', 'labels'] : ['unquoted']).map((shape) => ({
    size,
    shape,
  })),
);
const batch = [];
for (const { size, shape } of runsToMake) {
  const csv = join(work, `cohort-${size}-${shape.replace(' ', '-')}.csv`);
  await cohortCsv(size, csv, shape);
  const repeats = size > 1_000_000 || quick ? 1 : 5;
  // One untimed run first: the file is then in the page cache and the bank in leadlens's cache.
  await measure(process.execPath, [bin, 'score', '--bank', bankPath, '--csv', csv, '--format', 'csv']);
  const results = [];
  for (let i = 0; i < repeats; i++)
    results.push(
      await measure(process.execPath, [bin, 'score', '--bank', bankPath, '--csv', csv, '--format', 'csv'], {
        memory: true,
      }),
    );
  batch.push({ size, shape, ms: median(results.map((r) => r.ms)), mb: Math.max(...results.map((r) => r.mb)) });
}

// --- report -----------------------------------------------------------------------------------
const table = (header, body) => {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
};
console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log(`Start-up (median of ${runs} runs)\n`);
console.log(table(['command', 'median', 'vs node -e 0', 'target', ''], rows));
const b280 = batch.find((b) => b.size === 280_000 && b.shape === 'unquoted');
console.log(`\nBatch: leadlens score --csv, 25 items, --format csv\n`);
console.log(
  table(
    ['rows', 'shape', 'wall time', 'target', '', 'peak memory', 'target', ''],
    batch.map((b) => {
      // The time target is for 280,000 rows of digits; the memory target holds at every size and shape.
      const timed = b.size === 280_000 && b.shape !== 'labels';
      return [
        b.size.toLocaleString('en'),
        b.shape,
        `${(b.ms / 1000).toFixed(2)} s`,
        timed ? '≤ 0.6 s' : '',
        timed ? (b.ms <= 600 ? 'met' : 'MISSED') : '',
        `${b.mb.toFixed(0)} MB`,
        '≤ 100 MB',
        b.mb <= 100 ? 'met' : 'MISSED',
      ];
    }),
  ),
);
const unquoted = batch.filter((b) => b.shape === 'unquoted');
const flat = unquoted.length > 1 ? Math.max(...unquoted.map((b) => b.mb)) / Math.min(...unquoted.map((b) => b.mb)) : 1;
console.log(`\nPeak memory from the smallest to the largest cohort grows ×${flat.toFixed(2)} (flat is ×1).`);
if (b280) console.log(`280,000 rows: ${(b280.size / (b280.ms / 1000)).toFixed(0)} rows/s.`);
