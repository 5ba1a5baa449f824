/**
 * The entry point and the only place that exits. It answers --version itself, so that costs
 * no more than starting Node; everything else is in run.ts, loaded only when needed.
 */
import { EXIT } from '../errors.js';
import { releaseDeadTerminalsOnExit } from './io/deadTerminal.js';
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

// A reader that goes away (`leadlens … | head`) is not an error worth a stack trace. Nor is a
// terminal that went away (EIO): there is nobody left to tell, and the prompter ends the command
// with exit 129.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  if (error.code !== 'EIO') throw error;
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EIO') throw error;
});
releaseDeadTerminalsOnExit();

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // The bundle is minified: map the stack back to the sources before printing it.
    process.setSourceMapsEnabled(true);
    process.stderr.write(
      `leadlens: internal error, please report it:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(EXIT.internal);
  },
);
