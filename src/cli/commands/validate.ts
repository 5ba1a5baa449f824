/** `leadlens validate`: every problem in bank files, with positions, and warnings for likely mistakes. */
import { lintBank } from '../../bank/lint.js';
import { displayPath } from '../../bank/load.js';
import { parseBank } from '../../bank/parse.js';
import { EXIT } from '../../errors.js';
import { formatIssue } from '../../input/issue.js';
import { readText } from '../../store/readText.js';
import { parseYaml } from '../../input/yamlSource.js';
import { say, write, type CliContext } from '../context.js';
import { expandInputs } from '../io/inputFiles.js';

export async function validate(patterns: string[], _options: object, ctx: CliContext): Promise<number> {
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
    await write(
      ctx.stdout,
      `ok  ${file}: ${bank.id}, ${bank.dimensions.length} dimension${bank.dimensions.length === 1 ? '' : 's'}, ${bank.questions.length} questions${warnings.length ? `, ${warnings.length} warning${warnings.length > 1 ? 's' : ''}` : ''}\n`,
    );
  }
  if (failed) say(ctx, `${failed} of ${files.length} file${files.length > 1 ? 's' : ''} with problems`);
  return failed ? EXIT.userError : EXIT.ok;
}
