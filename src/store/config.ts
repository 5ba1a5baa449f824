/**
 * The user's settings, in <config dir>/config.json: for now the name results are saved under, so a
 * leader's results all pair in history however the assessment was started.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicFile.js';
import { readStoredText } from './readText.js';

export interface Config {
  /** The leader's name; "" when they chose not to give one (so they are not asked again). */
  name?: string;
}

/** The settings a user can see and change with `leadlens config`. */
export const CONFIG_KEYS = ['name'] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

export const configPath = (dir: string): string => join(dir, 'config.json');

/** The settings, or none; a damaged file is reported through onDamaged and read as empty. */
export function readConfig(dir: string, onDamaged: (path: string, reason: string) => void = () => {}): Config {
  const path = configPath(dir);
  let text: string;
  try {
    text = readStoredText(path);
  } catch {
    return {};
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a settings object');
    const { name } = value as Record<string, unknown>;
    if (name !== undefined && typeof name !== 'string') throw new Error('"name" is not text');
    return name === undefined ? {} : { name };
  } catch (error) {
    onDamaged(path, (error as Error).message);
    return {};
  }
}

export function writeConfig(dir: string, config: Config): void {
  // It holds the leader's name: private, like the results saved under it.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileAtomic(configPath(dir), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}
