/** `leadlens template <bank>`: a blank answers file, or a cohort's CSV header, to hand out. */
import { EXIT } from '../../errors.js';
import { resolveBank } from '../../bank/load.js';
import { answersTemplate, csvTemplate } from '../../bank/show.js';
import { bankContext, write, type CliContext } from '../context.js';

export async function template(
  [ref]: string[],
  options: { csv?: boolean; observer?: boolean },
  ctx: CliContext,
): Promise<number> {
  const { bank } = await resolveBank(ref!, bankContext(ctx));
  const form = { observer: options.observer };
  await write(ctx.stdout, options.csv ? csvTemplate(bank, form) : answersTemplate(bank, form));
  return EXIT.ok;
}
