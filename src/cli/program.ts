/** The commander program: flags and help. Commands load lazily, so each pays only for what it uses. */
import { delimiter } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { CliContext } from './context.js';
import { inert } from '../text/inert.js';
import { withReportFlags } from './report.js';

/** --focus: a whole number of focus areas, 1 to 10. */
function focusCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new InvalidArgumentError('expected a whole number from 1 to 10');
  return n;
}

export const EXIT_CODES_HELP = `
Exit codes:
  0    done
  1    a --fail-under threshold was not met
  2    usage or input error: a bad flag, an unknown bank, a file with mistakes
  70   internal error: a bug in leadlens, please report it
  130  interrupted (Ctrl-C)`;

/** Builds the program; `done` receives the exit code of the command that ran. */
export function buildProgram(ctx: CliContext, done: (code: number) => void): Command {
  const withFlags = (command: Command): CliContext => {
    const { color, bankDir = [] } = command.optsWithGlobals<{ color?: boolean; bankDir?: string[] }>();
    const fromEnv = (ctx.env.LEADLENS_BANK_PATH ?? '').split(delimiter).filter(Boolean);
    return { ...ctx, colorFlag: color === false ? false : undefined, bankDirs: [...bankDir, ...fromEnv] };
  };

  const program = new Command('leadlens')
    .description('An honest look at how customer-focused your leadership is, and a coaching plan to improve it.\nWith no command, offers a menu of assessments.')
    .version(ctx.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'plain text without colours (NO_COLOR=1 does the same)')
    .option('--bank-dir <dir>', 'also offer the banks in this folder (repeatable; LEADLENS_BANK_PATH adds more)', (value: string, previous: string[] = []) => [...previous, value])
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      // One line per error: commander puts its suggestion on a second line.
      outputError: (text, write) => write(`leadlens: ${inert(text.replace(/^error: /, '').replace(/\n\(Did you mean (.*)\)/, ' (did you mean $1)').trimEnd())}\n`),
    })
    .addHelpText('after', `\nExamples:\n  leadlens                                  choose an assessment from a menu\n  leadlens take customer-lens               take one assessment in the terminal\n  leadlens take customer-lens --answers me.yaml --format json > result.json\n${EXIT_CODES_HELP}`)
    .allowExcessArguments(true)
    .action(async (_options, command: Command) => {
      const [word] = command.args;
      if (word !== undefined) {
        const { UsageError } = await import('../errors.js');
        const { didYouMean } = await import('../text/suggest.js');
        throw new UsageError(`unknown command "${word}"${didYouMean(word, command.commands.map((c) => c.name()))}; see leadlens --help`);
      }
      const { menu } = await import('./commands/menu.js');
      done(await menu(withFlags(command)));
    });

  withReportFlags(
    program
      .command('take')
      .description('take one or more assessments, then see your scores and coaching plan')
      .argument('<bank...>', 'a built-in bank id (e.g. customer-lens) or the path of a bank file')
      .option('-a, --answers <file>', 'score answers from a YAML or JSON file instead of asking (one per bank, in order)', (value: string, previous: string[] = []) => [...previous, value])
      .option('--focus <n>', 'how many focus areas the plan has (default 3)', focusCount)
      .option('-r, --respondent <name>', 'who answered (shown in the report)')
      .option('--resume', 'continue an unfinished draft without asking')
      .option('--restart', 'discard an unfinished draft without asking')
      .option('--observer-of <name>', "answer the observer form about this leader (for a 360); writes an answers file")
      .option('--relationship <group>', 'with --observer-of: manager, peer, direct-report, customer or other')
      .option('--no-save', 'do not save the result in the history')
      .option('--data-dir <dir>', 'where results are saved (default: $LEADLENS_DATA_DIR, else $XDG_DATA_HOME/leadlens)'),
  )
    .addHelpText(
      'after',
      `\nAn answers file looks like (na: does not apply to my role):\n  respondent: Sam Lee\n  answers:\n    know-1: 4\n    know-2: na\n  reflections:\n    clear-and-cloudy: I know our biggest accounts, not our newest ones.\n\nAn observer's form, for a 360:\n  leadlens take customer-lens --observer-of "Sam Lee" --relationship peer\n${EXIT_CODES_HELP}`,
    )
    .action(async (banks: string[], options, command: Command) => {
      const { take } = await import('./commands/take.js');
      done(await take(banks, options, withFlags(command)));
    });

  withReportFlags(
    program
      .command('score')
      .description('score answer files or a CSV cohort without prompts')
      .argument('[answers...]', 'answer files (YAML or JSON), folders of them, or quoted globs')
      .requiredOption('-b, --bank <id|path>', 'the bank the answers belong to')
      .option('--csv <file>', 'a CSV cohort: a row per respondent, a column per question id (- reads stdin)')
      .option('--id-column <name>', 'the CSV column naming respondents (default: respondent or id)')
      .option('--skip-invalid', 'report invalid CSV rows on stderr and skip them instead of stopping'),
  )
    .addHelpText('after', `
A CSV cohort has a header row: an id column (respondent or id), then one column per question id.
Blank cells are missing answers. Text and document formats summarise; csv, json and junit stream
every respondent, so cohorts of any size use flat memory.

Examples:
  leadlens score --bank customer-lens answers/*.yaml --format markdown
  leadlens score --bank customer-lens --csv cohort.csv --format csv --out scores.csv
  leadlens score --bank customer-lens sam.yaml --format junit --fail-under 60 --fail-under focus=50
${EXIT_CODES_HELP}`)
    .action(async (answers: string[], options, command: Command) => {
      const { score } = await import('./commands/score.js');
      done(await score(answers, options, withFlags(command)));
    });

  withReportFlags(
    program
      .command('360')
      .description("compare a leader's self-assessment with observers' answers: blind spots and hidden strengths")
      .requiredOption('-b, --bank <id|path>', 'the bank everyone answered')
      .requiredOption('--self <file>', "the leader's own answers file")
      .requiredOption('--observers <inputs...>', 'observer answer files (each with a group:), folders, quoted globs, or a CSV with a group column')
      .option('--min-group <n>', 'smallest group shown on its own; smaller ones count in "others" only', '3')
      .option('--gap <points>', 'scale points between self and others that make a blind spot or hidden strength', '1')
      .option('-r, --respondent <name>', "the leader's name in the report"),
  )
    .addHelpText('after', `
Observers are never named in any output, and no observer's own answers are kept.
${EXIT_CODES_HELP}`)
    .action(async (options, command: Command) => {
      const { feedback360 } = await import('./commands/feedback360.js');
      done(await feedback360(options, withFlags(command)));
    });

  program
    .command('list')
    .description('list the banks on offer: built-in, and those from --bank-dir and LEADLENS_BANK_PATH')
    .option('-f, --format <name>', 'text or json', 'text')
    .action(async (options, command: Command) => {
      const { list } = await import('./commands/list.js');
      done(await list(options, withFlags(command)));
    });

  program
    .command('validate')
    .description('check bank files: every problem with its position, and warnings for likely mistakes')
    .argument('<files...>', 'bank files, folders of them, or quoted globs')
    .action(async (files: string[], _options, command: Command) => {
      const { validate } = await import('./commands/banks.js');
      done(await validate(files, withFlags(command)));
    });

  program
    .command('show')
    .description('print a bank: its scale, dimensions and questions (--observer: the observer wording)')
    .argument('<bank>', 'a built-in bank id or the path of a bank file')
    .option('-f, --format <name>', 'text, markdown or json', 'text')
    .option('--observer', "the observer form's wording, without self-only questions")
    .action(async (bank: string, options, command: Command) => {
      const { show } = await import('./commands/show.js');
      done(await show(bank, options, withFlags(command)));
    });

  program
    .command('template')
    .description('print a blank answers file for a bank (every question id, its text as a comment), or with --csv a cohort header')
    .argument('<bank>', 'a built-in bank id or the path of a bank file')
    .option('--csv', 'the header row of a CSV cohort instead: respondent, then one column per question id')
    .option('--observer', 'the observer form: observer wording, a group column, no self-only questions')
    .action(async (bank: string, options, command: Command) => {
      const { template } = await import('./commands/show.js');
      done(await template(bank, options, withFlags(command)));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the bank format (for editors)')
    .action(async (_options, command: Command) => {
      const { schema } = await import('./commands/banks.js');
      done(await schema(withFlags(command)));
    });

  program
    .command('init')
    .description('write a new, valid, commented bank to start from')
    .argument('<id>', 'the new bank id, e.g. my-bank (written to my-bank.yaml)')
    .option('-o, --out <file>', 'where to write it (never overwrites)')
    .action(async (id: string, options, command: Command) => {
      const { init } = await import('./commands/banks.js');
      done(await init(id, options, withFlags(command)));
    });

  const progress = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .option('--bank <id>', 'only results of this bank')
      .option('--respondent <name>', 'only results of this respondent')
      .option('--data-dir <dir>', 'where results are saved (default: $LEADLENS_DATA_DIR, else $XDG_DATA_HOME/leadlens)')
      .option('-f, --format <name>', 'text or json', 'text');

  progress('history', 'list saved results, newest first').action(async (options, command: Command) => {
    const { history } = await import('./commands/history.js');
    done(await history(options, withFlags(command)));
  });

  progress('compare', 'show what changed between two results (default: the last two of the same bank and respondent)')
    .argument('[results...]', 'two result files, or numbers from leadlens history')
    .action(async (results: string[], options, command: Command) => {
      const { compare } = await import('./commands/history.js');
      done(await compare(results, options, withFlags(command)));
    });

  progress('trend', "chart each dimension over one respondent's results of a bank")
    .action(async (options, command: Command) => {
      if (!options.bank) {
        const { UsageError } = await import('../errors.js');
        throw new UsageError('trend needs --bank <id>');
      }
      const { trend } = await import('./commands/history.js');
      done(await trend(options, withFlags(command)));
    });

  return program;
}
