/** The package version: written into the bundle at build time, read from package.json when running from the sources. */
import { readFileSync } from 'node:fs';

declare const LEADLENS_VERSION: string | undefined;

export function toolVersion(): string {
  if (typeof LEADLENS_VERSION === 'string') return LEADLENS_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
