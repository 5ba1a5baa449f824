/** Where leadlens keeps things, following the XDG base directory spec. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** leadlens' folder under an XDG base: $<variable>/leadlens, else ~/<fallback>/leadlens. */
function xdg(env: NodeJS.ProcessEnv, variable: string, ...fallback: string[]): string {
  // The spec says a relative XDG path is invalid and must be ignored.
  const base = env[variable]?.startsWith('/') ? env[variable]! : join(env.HOME || homedir(), ...fallback);
  return join(base, 'leadlens');
}

/** Saved results: --data-dir, then LEADLENS_DATA_DIR, then $XDG_DATA_HOME/leadlens, then ~/.local/share/leadlens. */
export function dataDir(env: NodeJS.ProcessEnv, flag?: string): string {
  return flag || env.LEADLENS_DATA_DIR || xdg(env, 'XDG_DATA_HOME', '.local', 'share');
}

/** Drafts of unfinished assessments: LEADLENS_STATE_DIR, then $XDG_STATE_HOME/leadlens, then ~/.local/state/leadlens. */
export function stateDir(env: NodeJS.ProcessEnv): string {
  return env.LEADLENS_STATE_DIR || xdg(env, 'XDG_STATE_HOME', '.local', 'state');
}

/** Validated banks: LEADLENS_CACHE_DIR, then $XDG_CACHE_HOME/leadlens, then ~/.cache/leadlens. */
export function cacheDir(env: NodeJS.ProcessEnv): string {
  return env.LEADLENS_CACHE_DIR || xdg(env, 'XDG_CACHE_HOME', '.cache');
}

/** Settings (the leader's name): LEADLENS_CONFIG_DIR, then $XDG_CONFIG_HOME/leadlens, then ~/.config/leadlens. */
export function configDir(env: NodeJS.ProcessEnv): string {
  return env.LEADLENS_CONFIG_DIR || xdg(env, 'XDG_CONFIG_HOME', '.config');
}
