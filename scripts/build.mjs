// Bundles the CLI into dist/ with esbuild: one entry file plus a chunk per lazily loaded command,
// so start-up reads a few files instead of resolving a tree of modules.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * commander requires child_process as it loads, for executable subcommands, which leadlens never
 * defines; loading it (and the net and stream modules it pulls in) costs ~3 ms of every start.
 * commander gets a stand-in that requires the real module the first time it is touched.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const bundled = await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  minify: process.env.LEADLENS_NO_MINIFY !== '1',
  // Maps are read only when an internal error prints its stack (see src/cli/main.ts). Without the
  // sources inside them they are a fraction of the size, and still name every src/ file and line.
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  keepNames: false,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies (commander) call require(); an ESM bundle has to provide it.
  banner: {
    js: "import { createRequire as __leadlensRequire } from 'node:module'; const require = __leadlensRequire(import.meta.url);",
  },
  logLevel: 'warning',
  // --version answers from the bundle itself, without looking for package.json.
  define: { LEADLENS_VERSION: JSON.stringify(version) },
  plugins: [lazyChildProcess],
});

// The licences of the libraries bundled into dist/, which the package ships in place of them.
writeFileSync('dist/THIRD-PARTY-NOTICES.md', thirdPartyNotices(Object.keys(bundled.metafile.inputs)));

/** One section per package whose code went into the bundle: name, version, licence and its text. */
function thirdPartyNotices(inputs) {
  const roots = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) roots.add(match[1]);
  }
  const sections = [...roots].sort().map((root) => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text = file
      ? readFileSync(join(root, file), 'utf8').trim()
      : `${pkg.license} (no licence file in the package)`;
    return `## ${pkg.name} ${pkg.version}\n\nLicence: ${pkg.license}\n\n\`\`\`\n${text}\n\`\`\`\n`;
  });
  return `# Third-party notices\n\nleadlens bundles these libraries into dist/; their licences follow.\n\n${sections.join('\n')}`;
}

// Validate the shipped banks once, at build time, so a run never needs the YAML parser or zod
// to load them (see src/bank/cache.ts). Entries match the cache's: keyed by a hash of version and
// text, holding both so that a hit is checked in full.

const tools = join(mkdtempSync(join(tmpdir(), 'leadlens-build-')), 'bank-tools.mjs');
await build({
  stdin: {
    contents: "export { parseBank } from './src/bank/parse.ts'; export { cacheKey } from './src/bank/cache.ts';",
    resolveDir: '.',
    loader: 'ts',
  },
  outfile: tools,
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const { parseBank, cacheKey } = await import(pathToFileURL(tools).href);
mkdirSync('dist/banks');
for (const name of readdirSync('assessments')
  .filter((n) => n.endsWith('.yaml'))
  .sort()) {
  const text = readFileSync(join('assessments', name), 'utf8');
  const result = parseBank(text, `assessments/${name}`);
  if (!result.ok) {
    console.error(result.issues.map((i) => `${i.file}:${i.line}:${i.col} ${i.path}: ${i.message}`).join('\n'));
    process.exit(1);
  }
  // One file a bank, named by its key: loading one bank reads only its own.
  writeFileSync(
    join('dist/banks', `${cacheKey(version, text)}.json`),
    JSON.stringify({ version, text, value: result.value }),
  );
}
