/** What a command may touch: streams, environment and clock, passed in so commands stay testable. */
import { UsageError } from '../errors.js';
import { ascii } from '../text/ascii.js';
import { inert } from '../text/inert.js';
import { asStarted } from './invocation.js';
import type { Prompter } from '../quiz/prompter.js';
import type { RenderOptions } from '../report/options.js';
import { colorLevel } from './io/color.js';
import { outputWidth, promptWidth } from './io/columns.js';
import { createPlainPrompter } from './io/plainPrompter.js';
import { createTerminalPrompter } from './io/prompter.js';

export interface CliContext {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  version: string;
  /** false with --no-color; undefined when not given. */
  colorFlag: boolean | undefined;
  /** Folders of extra banks: --bank-dir flags, then LEADLENS_BANK_PATH. */
  bankDirs: string[];
  /** Plain mode (--plain, or TERM=dumb): no cursor movement, typed answers, ASCII. */
  plain?: boolean;
}

/** What the bank loader needs from the context. */
export function bankContext(ctx: CliContext): { bankDirs: string[]; version: string; env: NodeJS.ProcessEnv } {
  return { bankDirs: ctx.bankDirs, version: ctx.version, env: ctx.env };
}

export function processContext(version: string): CliContext {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
    version,
    colorFlag: undefined,
    bankDirs: [],
  };
}

/** How to render for stdout. */
export function stdoutRenderOptions(ctx: CliContext): Pick<RenderOptions, 'colorLevel' | 'width'> {
  return { colorLevel: colorLevel(ctx.stdout, ctx.env, ctx.colorFlag), width: outputWidth(ctx.stdout, ctx.env) };
}

/**
 * The stream prompts write to: the terminal, never a redirected stdout, so
 * `leadlens take x --format json > out.json` still asks its questions.
 */
export function promptStream(ctx: CliContext): NodeJS.WriteStream {
  return ctx.stdout.isTTY ? ctx.stdout : ctx.stderr;
}

/** Interactive commands need a terminal; without one they would hang or fail obscurely. */
export function requireTerminal(ctx: CliContext): void {
  if (!ctx.stdin.isTTY) {
    throw new UsageError(
      'cannot ask questions: standard input is not a terminal. To score without prompts, pass an answers file: leadlens take <bank> --answers <file> (see leadlens take --help)',
    );
  }
}

/** Writes and waits until the text has been handed to the OS, so exiting right after loses nothing. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** The terminal to ask questions on: refuses without one, and sizes prompts to it. */
export async function openTerminal(
  ctx: CliContext,
): Promise<{ out: NodeJS.WriteStream; prompter: Prompter; width: number }> {
  requireTerminal(ctx);
  const out = promptStream(ctx);
  // A fresh pseudo-terminal may report 0 rows and columns; fall back to a common size.
  const prompter = ctx.plain
    ? await createPlainPrompter({ input: ctx.stdin, output: out })
    : await createTerminalPrompter({
        input: ctx.stdin,
        output: out,
        color: colorLevel(out, ctx.env, ctx.colorFlag) > 0,
        rows: out.rows || 24,
      });
  return { out, prompter, width: promptWidth(out, ctx.env) };
}

/** A message for the user on stderr, one line, with anything they wrote shown inert. */
export function say(ctx: CliContext, text: string): void {
  const line = inert(asStarted(ctx.env, text));
  ctx.stderr.write(`leadlens: ${ctx.plain ? ascii(line) : line}\n`);
}
