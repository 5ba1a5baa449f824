/**
 * Runs one command line and maps what happened to an exit code: known errors print one line each
 * and give their code; anything else is a bug and is thrown on, to keep its stack trace. All output
 * goes through the context, so a test can run a command in-process.
 */
import { CommanderError } from 'commander';
import { EXIT, InputError, InterruptedError, isKnownError } from '../errors.js';
import { issueLines } from '../input/issue.js';
import { inert } from '../text/inert.js';
import type { CliContext } from './context.js';
import { asStarted } from './invocation.js';
import { writePieces } from './io/writePieces.js';
import { buildProgram } from './program.js';

export async function run(argv: string[], ctx: CliContext): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await buildProgram(ctx, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    // commander has printed its message already; help and version are not errors.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.userError;
    if (!isKnownError(error)) throw error;
    if (error instanceof InterruptedError)
      ctx.stderr.write(error.hangup ? 'leadlens: the terminal went away; stopped.\n' : 'leadlens: stopped.\n');
    else if (error instanceof InputError) await writePieces(ctx.stderr, issueLines(error.issues));
    else ctx.stderr.write(`leadlens: ${inert(asStarted(ctx.env, error.message))}\n`);
    return error.exitCode;
  }
}
