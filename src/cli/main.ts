/**
 * The entry point and the only place that exits. It answers --version itself, so that costs
 * no more than starting Node; everything else is in run.ts, loaded only when needed.
 */
import { EXIT } from '../errors.js';
import { releaseDeadTerminalsOnExit } from './io/deadTerminal.js';
import { fileErrorReason } from '../store/fileErrors.js';
import { toolVersion } from './version.js';

const argv = process.argv.slice(2);

async function main(): Promise<number> {
  const version = toolVersion();
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const [{ run }, { processContext }, { installExitCleanup }] = await Promise.all([
    import('./run.js'),
    import('./context.js'),
    import('./io/signals.js'),
  ]);
  installExitCleanup((code) => process.exit(code));
  return run(argv, processContext(version));
}

// A reader that goes away (`leadlens … | head`) is not an error worth a word, nor is a terminal
// that went away (EIO): there is nobody left to tell, and the prompter ends the command with exit
// 129. A full disk or a device error is worth one line, and the I/O exit code: the disk's doing, not a bug.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  if (error.code === 'EIO') return;
  process.stderr.write(`leadlens: cannot write to standard output: ${fileErrorReason(error)}\n`);
  process.exit(EXIT.io);
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EIO') throw error;
});
releaseDeadTerminalsOnExit();

/**
 * Exits once stderr has taken everything written to it. A pipe takes 64 KiB at a time: a long list
 * of problems piped to a slower reader was otherwise cut short by the exit.
 */
const exitAfterStderr = (code: number) => process.stderr.write('', () => process.exit(code));

let failing = false;

/** A bug: its stack trace, mapped from the minified bundle to the sources, so it can be reported. */
function internalError(error: unknown): void {
  if (failing) return;
  failing = true;
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  Promise.all([import('./sourceMap.js'), import('./io/signals.js')])
    .then(([{ mapStack }, { showCursor }]) => {
      showCursor();
      return mapStack(stack, new URL('../', import.meta.url));
    })
    .catch(() => stack)
    .then((text) => {
      process.stderr.write(`leadlens: internal error, please report it:\n${text}\n`);
      exitAfterStderr(EXIT.internal);
    });
}

// Thrown from an event handler or a promise nobody awaited, a bug still exits 70, never 1 (a missed threshold).
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

main().then(exitAfterStderr, internalError);
