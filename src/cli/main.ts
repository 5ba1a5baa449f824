/**
 * The entry point and the only place that exits. It answers --version itself, so that costs
 * no more than starting Node; everything else is in run.ts, loaded only when needed.
 */
import { EXIT } from '../errors.js';
import { toolVersion } from './version.js';

const argv = process.argv.slice(2);

async function main(): Promise<number> {
  const version = toolVersion();
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const [{ run }, { processContext }] = await Promise.all([import('./run.js'), import('./context.js')]);
  return run(argv, processContext(version));
}

// A reader that goes away (`leadlens … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

/**
 * Exits once stderr has taken everything written to it. A pipe takes 64 KiB at a time: a long list
 * of problems piped to a slower reader was otherwise cut short by the exit.
 */
const exitAfterStderr = (code: number) => process.stderr.write('', () => process.exit(code));

main().then(exitAfterStderr, (error: unknown) => {
  // The bundle is minified: map the stack back to the sources before printing it.
  process.setSourceMapsEnabled(true);
  process.stderr.write(
    `leadlens: internal error, please report it:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  exitAfterStderr(EXIT.internal);
});
