/** `leadlens` with no arguments: pick one bank, several, or all, then take them. */
import { estimateMinutes } from '../../bank/estimate.js';
import { loadAllBanks } from '../../bank/load.js';
import { openTerminal, type CliContext, bankContext } from '../context.js';
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
  return take(ids, { format: 'text', failUnder: [] }, ctx);
}
