/** Tools for writing banks: validate, schema, init. */
import { writeFileSync } from 'node:fs';
import { bankJsonSchema } from '../../bank/jsonSchema.js';
import { lintBank } from '../../bank/lint.js';
import { displayPath } from '../../bank/load.js';
import { parseBank } from '../../bank/parse.js';
import { bankTemplate } from '../../bank/template.js';
import { UsageError } from '../../errors.js';
import { formatIssue } from '../../input/issue.js';
import { readText } from '../../input/readText.js';
import { parseYaml } from '../../input/yamlSource.js';
import { say, write, type CliContext } from '../context.js';
import { expandInputs } from '../io/inputFiles.js';

export async function validate(patterns: string[], ctx: CliContext): Promise<number> {
  const files = await expandInputs(patterns);
  let failed = 0;
  for (const path of files) {
    const file = displayPath(path);
    let text: string;
    try {
      text = readText(path, 'bank');
    } catch (error) {
      failed++;
      say(ctx, `${(error as Error).message}`);
      continue;
    }
    const result = parseBank(text, file);
    if (!result.ok) {
      failed++;
      ctx.stderr.write(`${result.issues.map(formatIssue).join('\n')}\n`);
      continue;
    }
    const warnings = lintBank(result.value.bank, parseYaml(text, file));
    for (const w of warnings) ctx.stderr.write(`${formatIssue({ ...w, message: `warning: ${w.message}` })}\n`);
    const { bank } = result.value;
    await write(ctx.stdout, `ok  ${file}: ${bank.id}, ${bank.dimensions.length} dimension${bank.dimensions.length === 1 ? "" : "s"}, ${bank.questions.length} questions${warnings.length ? `, ${warnings.length} warning${warnings.length > 1 ? 's' : ''}` : ''}\n`);
  }
  if (failed) say(ctx, `${failed} of ${files.length} file${files.length > 1 ? 's' : ''} with problems`);
  return failed ? 2 : 0;
}

export async function schema(ctx: CliContext): Promise<number> {
  await write(ctx.stdout, `${JSON.stringify(bankJsonSchema(), null, 2)}\n`);
  return 0;
}

export async function init(id: string, options: { out?: string }, ctx: CliContext): Promise<number> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new UsageError(`"${id}" is not a bank id: use lowercase letters, digits and dashes, such as my-bank`);
  const path = options.out ?? `${id}.yaml`;
  try {
    writeFileSync(path, bankTemplate(id), { flag: 'wx' }); // wx: never overwrite someone's bank
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`"${path}" already exists; choose another id or --out, or remove the file first`);
    throw new UsageError(`cannot write "${path}": ${code === 'ENOENT' ? 'no such folder' : (error as Error).message}`);
  }
  say(ctx, `wrote ${path}. Edit it, then: leadlens validate ${path} && leadlens take ./${path}`);
  return 0;
}
