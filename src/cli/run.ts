/**
 * Runs one command line and maps what happened to an exit code: known errors print one line each
 * and give 2 or 130; anything else is a bug and is thrown on, to keep its stack trace.
 */
import { CommanderError } from 'commander';
import { EXIT, InputError, InterruptedError, isKnownError } from '../errors.js';
import { inert } from '../text/inert.js';
import { processContext } from './context.js';
import { buildProgram } from './program.js';

export async function run(argv: string[], version: string): Promise<number> {
  let code = 0;
  try {
    await buildProgram(processContext(version), (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    // commander has printed its message already; help and version are not errors.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.userError;
    if (!isKnownError(error)) throw error;
    if (error instanceof InterruptedError) process.stderr.write('leadlens: stopped.\n');
    else if (error instanceof InputError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`leadlens: ${inert(error.message)}\n`);
    return error.exitCode;
  }
}
