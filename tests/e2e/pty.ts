/**
 * A pseudo-terminal for end-to-end tests: `script` gives the command a real TTY, passes our keys
 * through, and exits with the command's exit code.
 */
import { spawn } from 'node:child_process';
import { cleanEnv, ROOT } from './run.js';

export interface Pty {
  /** Resolves once the screen output contains `text` (after the last call's mark). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  send(keys: string): void;
  /** Signals the process that holds the terminal's other end: SIGKILL closes the terminal under the command. */
  kill(signal: NodeJS.Signals): void;
  exit: Promise<number | null>;
  output(): string;
}

const shellQuote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export interface PtyOptions {
  rows?: number;
  cols?: number;
  /** How long the command may run before it is killed. */
  limitMs?: number;
}

export function inPty(command: string[], env: Record<string, string> = {}, options: PtyOptions = {}): Pty {
  const { rows = 30, cols = 80, limitMs = 25_000 } = options;
  // A fresh pty has no size; give it the 80×30 a person might have.
  const line = `stty rows ${rows} cols ${cols}; exec ${command.map(shellQuote).join(' ')}`;
  const child = spawn('script', ['-qfec', line, '/dev/null'], {
    cwd: ROOT,
    // A long report would wait in less for a key; tests that mean to page say so.
    env: cleanEnv({ PAGER: 'cat', TERM: 'xterm-256color', COLUMNS: String(cols), LINES: String(rows), ...env }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let mark = 0;
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  void exit.then(() => clearTimeout(killer));

  return {
    output: () => out,
    send: (keys) => child.stdin.write(keys),
    kill: (signal) => child.kill(signal),
    exit,
    waitFor(text, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const rest = out.slice(mark);
          const index = typeof text === 'string' ? rest.indexOf(text) : rest.search(text);
          if (index === -1) return false;
          mark += index + 1;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${String(text)}; screen so far:\n${out.slice(-2000)}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}
