/**
 * A report longer than the terminal goes through the user's pager, so the first screen (scores and
 * focus) is what they see, and the rest is a keypress away rather than scrolled past.
 */
import { spawn } from 'node:child_process';

export interface PagerContext {
  stdout: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Whether `text` should go through a pager: stdout is a terminal, and the text is taller than it. */
export function wantsPager(ctx: PagerContext, text: string, enabled: boolean): boolean {
  if (!enabled || !ctx.stdout.isTTY) return false;
  const rows = ctx.stdout.rows || 24;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= rows; i = text.indexOf('\n', i + 1)) lines++;
  return lines > rows - 1;
}

/**
 * Shows `text` in $PAGER (else `less -R`, which keeps colours). Resolves false when no pager could
 * be started, so the caller writes the text itself.
 */
export function page(ctx: PagerContext, text: string): Promise<boolean> {
  const command = ctx.env.PAGER?.trim() || 'less';
  // less: keep colours (-R), quit if it fits after all (-F), leave the text on screen (-X).
  const env = { ...ctx.env, LESS: ctx.env.LESS ?? 'FRX' };
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
    child.on('error', () => resolve(false));
    child.stdin.on('error', () => {}); // the reader quit early: nothing more to show
    child.on('close', (code) => resolve(code !== 127));
    child.stdin.end(text);
  });
}
