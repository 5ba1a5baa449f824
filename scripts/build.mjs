// Bundles the CLI into dist/ with esbuild: one entry file plus a chunk per lazily loaded command,
// so start-up reads a few files instead of resolving a tree of modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (papaparse) call require(); an ESM bundle has to provide it.
  banner: { js: "import { createRequire as __leadlensRequire } from 'node:module'; const require = __leadlensRequire(import.meta.url);" },
  logLevel: 'warning',
});
