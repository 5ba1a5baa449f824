/** `leadlens init`: a new, valid, commented bank to start from; never overwrites. */
import { EXIT, UsageError } from '../../errors.js';
import { writeFileSync } from 'node:fs';
import { bankTemplate } from '../../bank/template.js';
import { fileErrorReason, FOLDER_WORDING } from '../../store/fileErrors.js';
import { say, type CliContext } from '../context.js';

export async function init(args: string[], options: { out?: string }, ctx: CliContext): Promise<number> {
  const id = args[0]!;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new UsageError(`"${id}" is not a bank id: use lowercase letters, digits and dashes, such as my-bank`);
  const path = options.out ?? `${id}.yaml`;
  try {
    writeFileSync(path, bankTemplate(id), { flag: 'wx' }); // wx: never overwrite someone's bank
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UsageError(`"${path}" already exists; choose another id or --out, or remove the file first`);
    throw new UsageError(`cannot write "${path}": ${fileErrorReason(error, FOLDER_WORDING)}`);
  }
  say(ctx, `wrote ${path}. Edit it, then: leadlens validate ${path} && leadlens take ./${path}`);
  return EXIT.ok;
}
