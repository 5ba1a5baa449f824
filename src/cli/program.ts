/**
 * The commander program, as a table: each command's arguments, options and help, and the module
 * that runs it. Commands load lazily, so each pays only for what it uses.
 */
import { delimiter } from 'node:path';
import { Command, Option } from 'commander';
import { EXIT, EXIT_MEANINGS, UsageError } from '../errors.js';
import { RELATIONSHIPS } from '../answers/observerFile.js';
import { FORMAT_NAMES } from '../report/formatNames.js';
import { inert } from '../text/inert.js';
import type { CliContext } from './context.js';

/** The help text's list of exit codes, from the one table of them. */
export const EXIT_CODES_HELP = `\nExit codes:\n${(Object.keys(EXIT) as (keyof typeof EXIT)[]).map((k) => `  ${String(EXIT[k]).padEnd(4)} ${EXIT_MEANINGS[k]}`).join('\n')}`;

/** What every command module exports: arguments, options and context in, an exit code out. */
export type CommandRun<O = never> = (args: string[], options: O, ctx: CliContext) => Promise<number>;

const repeat = (value: string, previous: string[] = []) => [...previous, value];
const number =
  (flag: string, whole: boolean, max = Infinity) =>
  (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || n > max || (whole && !Number.isInteger(n))) {
      throw new UsageError(
        `${flag}: expected a ${whole ? 'whole ' : ''}number ${max === Infinity ? 'above 0' : `from 1 to ${max}`}, got "${value}"`,
      );
    }
    return n;
  };
const opt = (flags: string, description: string) => new Option(flags, description);
const dataDir = () =>
  opt('--data-dir <dir>', 'where results are saved (default: $LEADLENS_DATA_DIR, else $XDG_DATA_HOME/leadlens)');
const textOrJson = () => opt('-f, --format <name>', 'text or json').default('text');
const reportFlags = () => [
  opt('-f, --format <name>', `report format: ${FORMAT_NAMES.join(', ')}`).default('text'),
  opt('-o, --out <file>', 'write the report to a file (atomically) instead of stdout'),
  opt('--fail-under <n|dimension=n>', 'exit 1 if the overall score, or a dimension, is below n (repeatable)')
    .argParser(repeat)
    .default([]),
  opt('--items', 'list every question with its answer in the text report (markdown, html and json always do)'),
  opt('--no-pager', 'never page a long text report (it goes through $PAGER, else less, when longer than the terminal)'),
];
const historyFilters = () => [
  opt('--bank <id>', 'only results of this bank'),
  opt('--respondent <name>', 'only results of this respondent'),
  dataDir(),
  textOrJson(),
];

interface CommandSpec {
  name: string;
  description: string;
  args?: string[];
  options?: Option[];
  help?: string;
  run: () => Promise<CommandRun<any>>;
}

// prettier-ignore
const COMMANDS: CommandSpec[] = [
  { name: 'take', description: 'take one or more assessments, then see your scores and coaching plan',
    args: ['<bank...>'],
    options: [
      opt('-a, --answers <file>', 'score answers from a YAML or JSON file instead of asking (one per bank, in order)').argParser(repeat),
      opt('--focus <n>', 'how many focus areas the plan has (default 3)').argParser(number('--focus', true, 10)),
      opt('-r, --respondent <name>', 'who answered (shown in the report)'),
      opt('--resume', 'continue an unfinished draft without asking'),
      opt('--restart', 'discard an unfinished draft without asking'),
      opt('--observer-of <name>', 'answer the observer form about this leader (for a 360); writes an answers file'),
      opt('--relationship <group>', 'with --observer-of: who you are to the leader').choices(RELATIONSHIPS),
      opt('--no-save', 'do not save the result in the history'), dataDir(), ...reportFlags()],
    help: '\nAn answers file looks like (na: does not apply to my role):\n  respondent: Sam Lee\n  answers:\n    know-1: 4\n    know-2: na\n  reflections:\n    clear-and-cloudy: I know our biggest accounts, not our newest ones.\n\nAn observer\'s form, for a 360:\n  leadlens take customer-lens --observer-of "Sam Lee" --relationship peer\n',
    run: async () => (await import('./commands/take.js')).take },
  { name: 'score', description: 'score answer files or a CSV cohort without prompts',
    args: ['[answers...]'],
    options: [
      opt('-b, --bank <id|path>', 'the bank the answers belong to').makeOptionMandatory(),
      opt('--csv <file>', 'a CSV cohort: a row per respondent, a column per question id (- reads stdin)'),
      opt('--id-column <name>', 'the CSV column naming respondents (default: respondent or id)'),
      opt('--skip-invalid', 'report invalid CSV rows on stderr and skip them instead of stopping'), ...reportFlags()],
    help: `
A CSV cohort has a header row: an id column (respondent or id), then one column per question id.
Blank cells are missing answers. Text and document formats summarise; csv, json and junit stream
every respondent, so cohorts of any size use flat memory.

Examples:
  leadlens score --bank customer-lens answers/*.yaml --format markdown
  leadlens score --bank customer-lens --csv cohort.csv --format csv --out scores.csv
  leadlens score --bank customer-lens sam.yaml --format junit --fail-under 60 --fail-under focus=50
`,
    run: async () => (await import('./commands/score.js')).score },
  { name: '360', description: "compare a leader's self-assessment with observers' answers: blind spots and hidden strengths",
    options: [
      opt('-b, --bank <id|path>', 'the bank everyone answered').makeOptionMandatory(),
      opt('--self <file>', "the leader's own answers file").makeOptionMandatory(),
      opt('--observers <inputs...>', 'observer answer files (each with a group:), folders, quoted globs, or a CSV with a group column').makeOptionMandatory(),
      opt('--min-group <n>', 'smallest group shown on its own; smaller ones count in "others" only').argParser(number('--min-group', true)).default(3, '"3"'),
      opt('--gap <points>', 'scale points between self and others that make a blind spot or hidden strength').argParser(number('--gap', false)).default(1, '"1"'),
      opt('--focus <n>', 'how many focus areas the plan has (default 3)').argParser(number('--focus', true, 10)),
      opt('-r, --respondent <name>', "the leader's name in the report"), ...reportFlags()],
    help: "\nObservers are never named in any output, and no observer's own answers are kept.\n",
    run: async () => (await import('./commands/feedback360.js')).feedback360 },
  { name: 'list', description: 'list the banks on offer: built-in, and those from --bank-dir and LEADLENS_BANK_PATH',
    options: [textOrJson()], run: async () => (await import('./commands/list.js')).list },
  { name: 'validate', description: 'check bank files: every problem with its position, and warnings for likely mistakes',
    args: ['<files...>'], run: async () => (await import('./commands/validate.js')).validate },
  { name: 'show', description: 'print a bank: its scale, dimensions and questions (--observer: the observer wording)',
    args: ['<bank>'],
    options: [opt('-f, --format <name>', 'text, markdown or json').default('text'), opt('--observer', "the observer form's wording, without self-only questions")],
    run: async () => (await import('./commands/show.js')).show },
  { name: 'template', description: 'print a blank answers file for a bank (every question id, its text as a comment), or with --csv a cohort header',
    args: ['<bank>'],
    options: [
      opt('--csv', 'the header row of a CSV cohort instead: respondent, then one column per question id'),
      opt('--observer', 'the observer form: observer wording, a group column, no self-only questions')],
    run: async () => (await import('./commands/template.js')).template },
  { name: 'schema', description: 'print the JSON Schema of the bank format (for editors)', run: async () => (await import('./commands/schema.js')).schema },
  { name: 'init', description: 'write a new, valid, commented bank to start from',
    args: ['<id>'], options: [opt('-o, --out <file>', 'where to write it (never overwrites)')],
    run: async () => (await import('./commands/init.js')).init },
  { name: 'history', description: 'list saved results, newest first', options: historyFilters(), run: async () => (await import('./commands/history.js')).history },
  { name: 'compare', description: 'show what changed between two results (default: the last two of the same bank and respondent)',
    args: ['[results...]'], options: historyFilters(), run: async () => (await import('./commands/compare.js')).compare },
  { name: 'trend', description: "chart each dimension over one respondent's results of a bank",
    options: historyFilters(), run: async () => (await import('./commands/trend.js')).trend },
];

const ARGUMENT_HELP: Record<string, string> = {
  '<bank...>': 'a built-in bank id (e.g. customer-lens) or the path of a bank file',
  '<bank>': 'a built-in bank id or the path of a bank file',
  '[answers...]': 'answer files (YAML or JSON), folders of them, or quoted globs',
  '<files...>': 'bank files, folders of them, or quoted globs',
  '<id>': 'the new bank id, e.g. my-bank (written to my-bank.yaml)',
  '[results...]': 'two result files, or numbers from leadlens history',
};

/** Builds the program; `done` receives the exit code of the command that ran. */
export function buildProgram(ctx: CliContext, done: (code: number) => void): Command {
  const withFlags = (command: Command): CliContext => {
    const { color, bankDir = [] } = command.optsWithGlobals<{ color?: boolean; bankDir?: string[] }>();
    const fromEnv = (ctx.env.LEADLENS_BANK_PATH ?? '').split(delimiter).filter(Boolean);
    return { ...ctx, colorFlag: color === false ? false : undefined, bankDirs: [...bankDir, ...fromEnv] };
  };
  const runs =
    (load: () => Promise<CommandRun<any>>) =>
    async (...params: unknown[]) => {
      const command = params.at(-1) as Command;
      done(
        await (
          await load()
        )((command.processedArgs as (string | string[])[]).flat(), command.opts(), withFlags(command)),
      );
    };

  const program = new Command('leadlens')
    .description(
      'An honest look at how customer-focused your leadership is, and a coaching plan to improve it.\nWith no command, offers a menu of assessments.',
    )
    .version(ctx.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'plain text without colours (NO_COLOR=1 does the same)')
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
    .addHelpText(
      'after',
      `\nExamples:\n  leadlens                                  choose an assessment from a menu\n  leadlens take customer-lens               take one assessment in the terminal\n  leadlens take customer-lens --answers me.yaml --format json > result.json\n${EXIT_CODES_HELP}`,
    )
    .allowExcessArguments(true)
    .action(async (_options, command: Command) => {
      const [word] = command.args;
      if (word !== undefined) {
        const { didYouMean } = await import('../text/suggest.js');
        throw new UsageError(
          `unknown command "${word}"${didYouMean(
            word,
            command.commands.map((c) => c.name()),
          )}; see leadlens --help`,
        );
      }
      await runs(async () => (await import('./commands/menu.js')).menu)(command);
    });

  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.description);
    for (const arg of spec.args ?? []) command.argument(arg, ARGUMENT_HELP[arg]);
    for (const option of spec.options ?? []) command.addOption(option);
    if (spec.help !== undefined) command.addHelpText('after', `${spec.help}${EXIT_CODES_HELP}`);
    command.action(runs(spec.run));
  }
  return program;
}
