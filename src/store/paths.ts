/** Where leadlens keeps things, following the XDG base directory spec. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Saved results: --data-dir, then LEADLENS_DATA_DIR, then $XDG_DATA_HOME/leadlens, then ~/.local/share/leadlens. */
export function dataDir(env: NodeJS.ProcessEnv, flag?: string): string {
  if (flag) return flag;
  if (env.LEADLENS_DATA_DIR) return env.LEADLENS_DATA_DIR;
  // The spec says a relative XDG path is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME?.startsWith('/') ? env.XDG_DATA_HOME : join(env.HOME || homedir(), '.local', 'share');
  return join(xdg, 'leadlens');
}

/** Drafts of unfinished assessments: LEADLENS_STATE_DIR, then $XDG_STATE_HOME/leadlens, then ~/.local/state/leadlens. */
export function stateDir(env: NodeJS.ProcessEnv): string {
  if (env.LEADLENS_STATE_DIR) return env.LEADLENS_STATE_DIR;
  const xdg = env.XDG_STATE_HOME?.startsWith('/') ? env.XDG_STATE_HOME : join(env.HOME || homedir(), '.local', 'state');
  return join(xdg, 'leadlens');
}
