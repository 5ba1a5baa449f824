/** `leadlens list`: every bank on offer, without loading the parser or zod when the banks are cached. */
import { EXIT, UsageError } from '../../errors.js';
import { estimateMinutes } from '../../bank/estimate.js';
import { loadAllBanks } from '../../bank/load.js';
import { displayWidth } from '../../text/width.js';
import { wrap } from '../../text/wrap.js';
import { bankContext, write, type CliContext } from '../context.js';
import { outputWidth } from '../io/columns.js';

export async function list(_args: string[], options: { format: string }, ctx: CliContext): Promise<number> {
  const banks = await loadAllBanks(bankContext(ctx));
  const rows = banks.map(({ bank, origin, file }) => ({
    id: bank.id,
    title: bank.title,
    dimensions: bank.dimensions.length,
    questions: bank.questions.length,
    minutes: estimateMinutes(bank),
    origin: origin === 'built-in' ? 'built-in' : file,
  }));
  if (options.format === 'json') return write(ctx.stdout, `${JSON.stringify(rows, null, 2)}\n`).then(() => 0);
  // One id a line, for scripts and shell completion.
  if (options.format === 'ids') return write(ctx.stdout, rows.map((r) => `${r.id}\n`).join('')).then(() => 0);
  if (options.format !== 'text') throw new UsageError(`unknown format "${options.format}"; expected text, json or ids`);
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  const width = outputWidth(ctx.stdout, ctx.env);
  const lines = [`${'id'.padEnd(idWidth)}  dims  qs  min  title`];
  // The title wraps under itself, or under the numbers when too little room is left beside them; a
  // bank's file goes on a line of its own, whole, so that it can be copied.
  const beside = `${' '.repeat(idWidth)}  dims  qs  min  `.length;
  const indent = width - beside >= 20 ? beside : 4;
  for (const r of rows) {
    const numbers = `${r.id.padEnd(idWidth)}  ${String(r.dimensions).padStart(4)}  ${String(r.questions).padStart(2)}  ${String(r.minutes).padStart(3)}`;
    const origin = r.origin === 'built-in' ? '' : `  (${r.origin})`;
    const oneLine = `${numbers}  ${r.title}${origin}`;
    if (displayWidth(oneLine) <= width) {
      lines.push(oneLine);
      continue;
    }
    const title = wrap(r.title, width - indent).map((l) => `${' '.repeat(indent)}${l}`);
    if (indent === beside) lines.push(`${numbers}  ${title[0]!.trimStart()}`, ...title.slice(1));
    else lines.push(numbers, ...title);
    if (origin) lines.push(`${' '.repeat(indent)}${origin.trimStart()}`);
  }
  await write(ctx.stdout, `${lines.join('\n')}\n`);
  return EXIT.ok;
}
