/**
 * The commander program as a table: each command's arguments and options, declared once (their
 * types flow from here into the command), and the module that runs it, loaded only when used.
 */
import { delimiter } from 'node:path';
import type { Command as TypedCommand, CommandUnknownOpts } from '@commander-js/extra-typings';
import { Command as BaseCommand } from 'commander';
import { RELATIONSHIPS } from '../answers/observerFile.js';
import { UsageError } from '../errors.js';
import { thousands } from '../text/thousands.js';
import { inert } from '../text/inert.js';
import type { CliContext } from './context.js';
import { FEEDBACK_HELP, PROGRAM_HELP, SCORE_HELP, TAKE_HELP } from './help.js';
import {
  BANK_ARG,
  csvReading,
  DATA_DIR,
  GAP,
  MAX_SAVED,
  historyOptions,
  pastDate,
  positive,
  repeat,
  report,
  seed,
} from './options.js';

// commander's own class, seen through extra-typings' types: option types checked, no extra code run.
const Command = BaseCommand as unknown as typeof TypedCommand;

/** What every command module exports: arguments, options and context in, an exit code out. */
export type CommandRun<O> = (args: string[], options: O, ctx: CliContext) => Promise<number>;

/** Builds the program; `done` receives the exit code of the command that ran. */
export function buildProgram(ctx: CliContext, done: (code: number) => void) {
  const withFlags = (command: CommandUnknownOpts): CliContext => {
    const {
      color,
      bankDir = [],
      plain,
    } = command.optsWithGlobals() as {
      color?: boolean;
      bankDir?: string[];
      plain?: boolean;
    };
    const fromEnv = (ctx.env.LEADLENS_BANK_PATH ?? '').split(delimiter).filter(Boolean);
    // Plain mode: asked for, or a terminal that cannot move its cursor. It is also colourless.
    const plainMode = plain === true || ctx.env.TERM === 'dumb';
    return {
      ...ctx,
      colorFlag: color === false || plainMode ? false : undefined,
      plain: plainMode,
      bankDirs: [...bankDir, ...fromEnv],
    };
  };
  /** An action that loads the command's module and runs it with the declared (and type-checked) options. */
  const runs =
    <O>(load: () => Promise<CommandRun<O>>) =>
    async (...params: [...(string | string[])[], O, CommandUnknownOpts]) => {
      const command = params.at(-1) as CommandUnknownOpts;
      const args = params.slice(0, -2).flat() as string[];
      done(await (await load())(args, params.at(-2) as O, withFlags(command)));
    };

  const program = new Command('leadlens')
    .description(
      'An honest look at how customer-focused your leadership is, and a coaching plan to improve it.\nWith no command, offers a menu of assessments.',
    )
    .version(ctx.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // `leadlens help take` as well as `leadlens take --help`: the program's own action (the menu)
    // would otherwise hide commander's help command.
    .helpCommand('help [command]', 'show help for a command')
    .option('--no-color', 'plain text without colours (NO_COLOR=1 does the same)')
    .option(
      '--plain',
      'plain mode, for screen readers: questions printed once, answers typed; no colour (TERM=dumb does the same)',
    )
    .option(
      '--bank-dir <dir>',
      'also offer the banks in this folder (repeatable; LEADLENS_BANK_PATH adds more)',
      repeat,
    )
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      // One line per error: commander puts its suggestion on a second line.
      outputError: (text, write) =>
        write(
          `leadlens: ${inert(
            text
              .replace(/^error: /, '')
              .replace(/\n\(Did you mean (.*)\)/, ' (did you mean $1)')
              .trimEnd(),
          )}\n`,
        ),
    })
    .addHelpText('after', PROGRAM_HELP)
    .allowExcessArguments(true)
    .action(async (_options, command) => {
      const [word] = command.args;
      if (word === undefined) return runs(async () => (await import('./commands/menu.js')).menu)({}, command);
      const { didYouMean } = await import('../text/suggest.js');
      throw new UsageError(
        `unknown command "${word}"${didYouMean(
          word,
          command.commands.map((c) => c.name()),
        )}; see leadlens --help`,
      );
    });

  const history = (name: string, description: string) => historyOptions(program.command(name).description(description));

  // prettier-ignore
  {
    report(program.command('take').description('take one or more assessments, then see your scores and coaching plan')
      .argument('<bank...>', 'a built-in bank id (e.g. customer-lens) or the path of a bank file')
      .option('-a, --answers <file>', 'score answers from a YAML or JSON file instead of asking (one per bank, in order)', repeat)
      .option('--focus <n>', 'how many focus areas the plan has (default 3)', positive('--focus', true, 10))
      .option('--date <YYYY-MM-DD>', 'with --answers: the day the answers were given (a result transcribed from paper)', pastDate)
      .option('-r, --respondent <name>', 'who answered (shown in the report)')
      .option('--resume', 'continue the newest unfinished draft without asking').option('--restart', 'discard unfinished drafts without asking')
      .option('--shuffle', 'ask the questions in a random order; its seed is shown, and a resumed draft keeps its order')
      .option('--seed <n>', 'with --shuffle: the order this number gives, the same every time', seed)
      .option('--observer-of <name>', 'answer the observer form about this leader (for a 360); writes an answers file')
      .addOption(new BaseCommand().createOption('--relationship <group>', 'with --observer-of: who you are to the leader').choices(RELATIONSHIPS) as never)
      .option('--no-save', 'do not save the result in the history').option('--data-dir <dir>', DATA_DIR))
      .addHelpText('after', TAKE_HELP).action(runs(async () => (await import('./commands/take.js')).take));
    report(csvReading(program.command('score').description('score answer files or a CSV cohort without prompts')
      .argument('[answers...]', 'answer files (YAML or JSON), folders of them, or quoted globs')
      .requiredOption('-b, --bank <id|path>', 'the bank the answers belong to')
      .option('--csv <file>', 'a CSV cohort: a row per respondent, a column per question id (- reads stdin)')
      .option('--id-column <name>', 'the CSV column naming respondents (default: respondent, id, name, email, ResponseId, …)')
      .option('--skip-invalid', 'report invalid CSV rows on stderr and skip them instead of stopping')
      .option('--junit-summary', 'with --format junit: one suite for the whole cohort, a case per dimension with its mean, spread and how many fell below')
      .option('--save', `save each respondent's result in the history (at most ${thousands(MAX_SAVED)} a run)`).option('--data-dir <dir>', DATA_DIR)))
      .addHelpText('after', SCORE_HELP).action(runs(async () => (await import('./commands/score.js')).score));
    report(csvReading(program.command('360').description("compare a leader's self-assessment with observers' answers: blind spots and hidden strengths")
      .requiredOption('-b, --bank <id|path>', 'the bank everyone answered').requiredOption('--self <file>', "the leader's own answers file")
      .requiredOption('--observers <inputs...>', 'observer answer files (each with a group:), folders, quoted globs, or a CSV with a group column')
      .option('--min-group <n>', 'smallest group shown on its own; smaller ones count in "others" only', positive('--min-group', true), 3)
      .option('--gap <points>', 'score points (0–100) between self and others that make a blind spot or hidden strength', positive('--gap', true, 100), GAP)
      .option('--focus <n>', 'how many focus areas the plan has (default 3)', positive('--focus', true, 10))
      .option('-r, --respondent <name>', "the leader's name in the report")
      .option('--group-column <name>', "the observers' CSV column giving each one's group (default: group or relationship)")
      .option('--save', "save the 360 result in the leader's history").option('--data-dir <dir>', DATA_DIR)))
      .addHelpText('after', FEEDBACK_HELP).action(runs(async () => (await import('./commands/feedback360.js')).feedback360));
    program.command('list').description('list the banks on offer: built-in, and those from --bank-dir and LEADLENS_BANK_PATH')
      .option('-f, --format <name>', 'text, json, or ids (one id a line, for scripts)', 'text').action(runs(async () => (await import('./commands/list.js')).list));
    program.command('validate').description('check bank files: every problem with its position, and warnings for likely mistakes')
      .argument('<files...>', 'bank files, folders of them, or quoted globs').action(runs(async () => (await import('./commands/validate.js')).validate));
    program.command('show').description('print a bank: its scale, dimensions and questions (--observer: the observer wording)').argument('<bank>', BANK_ARG)
      .option('-f, --format <name>', 'text, markdown or json', 'text').option('--observer', "the observer form's wording, without self-only questions")
      .action(runs(async () => (await import('./commands/show.js')).show));
    program.command('template').description('print a blank answers file for a bank (every question id, its text as a comment), or with --csv a cohort header')
      .argument('<bank>', BANK_ARG).option('--csv', 'the header row of a CSV cohort instead: respondent, then one column per question id')
      .option('--observer', 'the observer form: observer wording, a group column, no self-only questions')
      .action(runs(async () => (await import('./commands/template.js')).template));
    program.command('schema').description('print the JSON Schema of the bank format (for editors)').action(runs(async () => (await import('./commands/schema.js')).schema));
    program.command('init').description('write a new, valid, commented bank to start from').argument('<id>', 'the new bank id, e.g. my-bank (written to my-bank.yaml)')
      .option('-o, --out <file>', 'where to write it (never overwrites)').action(runs(async () => (await import('./commands/init.js')).init));
    program.command('completion').description('print a shell completion script: leadlens completion bash >> ~/.bashrc')
      .argument('<shell>', 'bash, zsh or fish').action(runs(async () => (await import('./commands/completion.js')).completion));
    program.command('config').description('see or change settings: the name your results are saved under')
      .argument('[action...]', 'get <key>, set <key> <value> or unset <key>; nothing shows them all').action(runs(async () => (await import('./commands/config.js')).config));
    history('history', 'list saved results, newest first; history rm <n...> removes results by their number')
      .argument('[rm-and-numbers...]', 'rm, then numbers from the listing').action(runs(async () => (await import('./commands/history.js')).history));
    history('compare', 'show what changed between two results (default: the last two of the same bank and respondent)')
      .argument('[results...]', 'two result files, or numbers from leadlens history').action(runs(async () => (await import('./commands/compare.js')).compare));
    history('trend', "chart each dimension over one respondent's results of a bank").action(runs(async () => (await import('./commands/trend.js')).trend));
  }
  return program;
}
