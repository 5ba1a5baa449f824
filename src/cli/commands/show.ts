/** `leadlens show <bank>` and `leadlens template <bank>`: a bank as a coach hands it out, without the YAML. */
import { resolveBank } from '../../bank/load.js';
import { answersTemplate, bankOutline, csvTemplate, showMarkdown, showText } from '../../bank/show.js';
import { UsageError } from '../../errors.js';
import { bankContext, write, type CliContext } from '../context.js';

export async function show(ref: string, options: { format: string; observer?: boolean }, ctx: CliContext): Promise<number> {
  const { bank } = await resolveBank(ref, bankContext(ctx));
  const form = { observer: options.observer };
  const render: Record<string, () => string> = {
    text: () => `${showText(bank, { ...form, width: ctx.stdout.isTTY ? ctx.stdout.columns || 80 : 80 })}\n`,
    markdown: () => `${showMarkdown(bank, form)}\n`,
    json: () => `${JSON.stringify(bankOutline(bank, form), null, 2)}\n`,
  };
  const text = render[options.format];
  if (!text) throw new UsageError(`unknown format "${options.format}"; expected text, markdown or json`);
  await write(ctx.stdout, text());
  return 0;
}

export async function template(ref: string, options: { csv?: boolean; observer?: boolean }, ctx: CliContext): Promise<number> {
  const { bank } = await resolveBank(ref, bankContext(ctx));
  const form = { observer: options.observer };
  await write(ctx.stdout, options.csv ? csvTemplate(bank, form) : answersTemplate(bank, form));
  return 0;
}
