/** `leadlens schema`: the JSON Schema of the bank format, for editors. */
import { EXIT } from '../../errors.js';
import { bankJsonSchema } from '../../bank/jsonSchema.js';
import { write, type CliContext } from '../context.js';

export async function schema(_args: string[], _options: object, ctx: CliContext): Promise<number> {
  await write(ctx.stdout, `${JSON.stringify(bankJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
