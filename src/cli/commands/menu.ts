/** `leadlens` with no arguments: pick one bank, several, or all, then take them. */
import { estimateMinutes } from '../../bank/estimate.js';
import { loadAllBanks } from '../../bank/load.js';
import { readConfig, writeConfig } from '../../store/config.js';
import { configDir } from '../../store/paths.js';
import { inert } from '../../text/inert.js';
import type { Prompter } from '../../quiz/prompter.js';
import { openTerminal, say, type CliContext, bankContext } from '../context.js';
import { take } from './take.js';

const SEVERAL = '\0several';
const ALL = '\0all';

export async function menu(_args: string[], _options: object, ctx: CliContext): Promise<number> {
  const { out, prompter } = await openTerminal(ctx);
  const banks = await loadAllBanks(bankContext(ctx));
  const describe = (minutes: number, questions: number) => `${questions} questions, ~${minutes} min`;
  const choices = banks.map(({ bank }) => ({
    value: bank.id,
    name: `${bank.title} (${describe(estimateMinutes(bank), bank.questions.length)})`,
    description: bank.description,
  }));
  const totalMinutes = banks.reduce((sum, { bank }) => sum + estimateMinutes(bank), 0);
  const totalQuestions = banks.reduce((sum, { bank }) => sum + bank.questions.length, 0);

  out.write('\nleadlens: an honest look at how customer-focused your leadership is, and a plan to improve it.\n\n');
  const picked = await prompter.choose({
    name: 'menu',
    message: 'Which assessment would you like to take?',
    choices: [
      ...choices,
      {
        value: SEVERAL,
        name: 'Several of them…',
        description: 'Tick the ones you want with the space bar, then press Enter.',
      },
      {
        value: ALL,
        name: `All ${banks.length} (${describe(totalMinutes, totalQuestions)})`,
        description: 'The full picture, one assessment after another.',
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
