/**
 * The entry point and the only place that exits. Known errors print one line each and exit 2 or 130;
 * anything else is a bug and keeps its stack trace.
 */
import { toolVersion } from './version.js';

const argv = process.argv.slice(2);

async function run(): Promise<number> {
  const version = toolVersion();
  // Fast path: printing the version needs none of the program.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [{ buildProgram }, { processContext }, errors, { CommanderError }] = await Promise.all([
    import('./program.js'),
    import('./context.js'),
    import('../errors.js'),
    import('commander'),
  ]);
  let code = 0;
  try {
    await buildProgram(processContext(version), (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has printed its message already; help and version are not errors.
      return error.exitCode === 0 ? 0 : errors.EXIT.userError;
    }
    if (errors.isKnownError(error)) {
      if (error instanceof errors.InterruptedError) process.stderr.write('leadlens: stopped.\n');
      else if (error instanceof errors.InputError) process.stderr.write(`${error.message}\n`);
      else process.stderr.write(`leadlens: ${(await import('../text/inert.js')).inert(error.message)}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

// A reader that goes away (`leadlens … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // The bundle is minified: map the stack back to the sources before printing it.
    process.setSourceMapsEnabled(true);
    process.stderr.write(`leadlens: internal error, please report it:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(70);
  },
);
