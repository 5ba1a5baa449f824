/** `leadlens` with no arguments: pick one bank, several, or all, then take them. */
import { estimateMinutes } from '../../bank/estimate.js';
import { loadAllBanks } from '../../bank/load.js';
import { readConfig, writeConfig } from '../../store/config.js';
import { configDir } from '../../store/paths.js';
import { inert } from '../../text/inert.js';
import { truncate } from '../../text/cells.js';
import { displayWidth } from '../../text/width.js';
import { wrap, wrapAtMost } from '../../text/wrap.js';
import type { Prompter } from '../../quiz/prompter.js';
import { openTerminal, say, type CliContext, bankContext } from '../context.js';
import { take } from './take.js';

const SEVERAL = '\0several';
const ALL = '\0all';

// Every line of the lists stays on one line, so that none is pushed below the fold: the list's
// cursor and tick box take three columns, and one is kept spare.
const LIST_MARGIN = 4;
// Rows besides the list and its description: the question (two lines when narrow), the blank line
// above the description, the key help and the line the cursor waits on.
const PROMPT_ROWS = 5;

interface Sized {
  title: string;
  questions: number;
  minutes: number;
}

/**
 * The lines of a list of banks, each with its size: questions and minutes while every line has room
 * for both, else minutes alone, cutting a title that is still too long.
 */
function choiceNames(items: readonly Sized[], width: number): string[] {
  const long = items.map((i) => `${i.title} (${i.questions} questions, ~${i.minutes} min)`);
  if (long.every((name) => displayWidth(name) <= width)) return long;
  return items.map((i) => `${truncate(i.title, width - ` (~${i.minutes} min)`.length)} (~${i.minutes} min)`);
}

export async function menu(_args: string[], _options: object, ctx: CliContext): Promise<number> {
  const { out, prompter, width } = await openTerminal(ctx);
  const banks = await loadAllBanks(bankContext(ctx));
  const line = width - LIST_MARGIN;
  const listRows = banks.length + 2;
  // The description of the highlighted bank gets the rows the list leaves.
  const describe = (text: string) =>
    wrapAtMost(text, width - 1, Math.max(2, (out.rows || 24) - listRows - PROMPT_ROWS)).join('\n');
  const names = choiceNames(
    banks.map(({ bank }) => ({ title: bank.title, questions: bank.questions.length, minutes: estimateMinutes(bank) })),
    line,
  );
  const choices = banks.map(({ bank }, i) => ({
    value: bank.id,
    name: names[i]!,
    description: describe(bank.description),
  }));
  const totalMinutes = banks.reduce((sum, { bank }) => sum + estimateMinutes(bank), 0);
  const totalQuestions = banks.reduce((sum, { bank }) => sum + bank.questions.length, 0);

  const intro = 'leadlens: an honest look at how customer-focused your leadership is, and a plan to improve it.';
  out.write(`\n${wrap(intro, width - 1).join('\n')}\n\n`);
  const picked = await prompter.choose({
    name: 'menu',
    message: 'Which assessment would you like to take?',
    choices: [
      ...choices,
      {
        value: SEVERAL,
        name: 'Several of them…',
        description: describe('Tick the ones you want with the space bar, then press Enter.'),
      },
      {
        value: ALL,
        name: choiceNames(
          [{ title: `All ${banks.length}`, questions: totalQuestions, minutes: totalMinutes }],
          line,
        )[0]!,
        description: describe('The full picture, one assessment after another.'),
      },
    ],
  });
  let ids: string[];
  if (picked === ALL) ids = banks.map(({ bank }) => bank.id);
  else if (picked === SEVERAL)
    ids = await prompter.chooseMany({
      name: 'several',
      message: 'Which ones? (space to tick, Enter to start)',
      choices,
    });
  else ids = [picked];
  const respondent = await leaderName(ctx, prompter);
  return take(ids, { format: 'text', failUnder: [], respondent }, ctx);
}

/**
 * The name results are saved under: asked once, then remembered, so that every later result (and
 * one taken with `take -r "<name>"`) pairs in history. Skipping is remembered too.
 */
async function leaderName(ctx: CliContext, prompter: Prompter): Promise<string | undefined> {
  const dir = configDir(ctx.env);
  const config = readConfig(dir, (path, reason) => say(ctx, `ignoring a damaged settings file ${path}: ${reason}`));
  if (config.name !== undefined) {
    if (config.name) say(ctx, `answering as ${inert(config.name)} (change it with: leadlens config set name "<name>")`);
    return config.name || undefined;
  }
  const name = (
    await prompter.text({
      name: 'name',
      message: 'Your name, as your results will be saved under it (Enter to skip)',
    })
  ).trim();
  try {
    writeConfig(dir, { ...config, name });
    say(
      ctx,
      name ? `saved; change it with: leadlens config set name "<name>"` : 'no name; results are saved as (self)',
    );
  } catch (error) {
    say(ctx, `could not remember the name in ${dir}: ${(error as Error).message}`);
  }
  return name || undefined;
}
