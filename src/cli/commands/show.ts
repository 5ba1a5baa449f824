/** `leadlens show <bank>`: a bank's scale, dimensions and questions, without the YAML. */
import { EXIT, UsageError } from '../../errors.js';
import { resolveBank } from '../../bank/load.js';
import { bankOutline, showMarkdown, showText } from '../../bank/show.js';
import { bankContext, write, type CliContext } from '../context.js';
import { outputWidth } from '../io/columns.js';

export async function show(
  [ref]: string[],
  options: { format: string; observer?: boolean },
  ctx: CliContext,
): Promise<number> {
  const { bank } = await resolveBank(ref!, bankContext(ctx));
  const form = { observer: options.observer };
  const render: Record<string, () => string> = {
    text: () => `${showText(bank, { ...form, width: outputWidth(ctx.stdout, ctx.env) })}\n`,
    markdown: () => `${showMarkdown(bank, form)}\n`,
    json: () => `${JSON.stringify(bankOutline(bank, form), null, 2)}\n`,
  };
  const text = render[options.format];
  if (!text) throw new UsageError(`unknown format "${options.format}"; expected text, markdown or json`);
  await write(ctx.stdout, text());
  return EXIT.ok;
}
