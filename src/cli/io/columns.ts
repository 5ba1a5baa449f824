/** How wide to draw text for a stream: the one rule every screen of leadlens is sized by. */

/** The narrowest width every screen is laid out for; a narrower terminal gets this and wraps. */
export const MIN_COLUMNS = 40;
// Longer lines are hard to read, however wide the terminal.
const MAX_COLUMNS = 100;

interface StreamLike {
  isTTY?: boolean;
  columns?: number;
}

const clamp = (columns: number) => Math.max(MIN_COLUMNS, Math.min(columns, MAX_COLUMNS));
const asked = (env: NodeJS.ProcessEnv) => (/^\s*\d+\s*$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : 0);
// A fresh pseudo-terminal may report 0 columns.
const measured = (stream: StreamLike) => (stream.isTTY && stream.columns) || 0;

/**
 * Columns to lay a report out in: COLUMNS when set (as `COLUMNS=60 leadlens … | less` asks), else
 * the terminal's width, else 80; capped for readability and never under 40.
 */
export function outputWidth(stream: StreamLike, env: NodeJS.ProcessEnv = {}): number {
  return clamp(asked(env) || measured(stream) || 80);
}

/**
 * Columns to lay prompts out in: the terminal's own width first, because the prompt library breaks
 * lines at it, so a stale COLUMNS from before a resize cannot misalign the lists.
 */
export function promptWidth(stream: StreamLike, env: NodeJS.ProcessEnv = {}): number {
  return clamp(measured(stream) || asked(env) || 80);
}
