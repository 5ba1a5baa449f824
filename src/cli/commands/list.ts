/** `leadlens list`: every bank on offer, without loading the parser or zod when the banks are cached. */
import { EXIT, UsageError } from '../../errors.js';
import { estimateMinutes } from '../../bank/estimate.js';
import { loadAllBanks } from '../../bank/load.js';
import { bankContext, write, type CliContext } from '../context.js';

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
  const lines = [`${'id'.padEnd(idWidth)}  dims  qs  min  title`];
  for (const r of rows)
    lines.push(
      `${r.id.padEnd(idWidth)}  ${String(r.dimensions).padStart(4)}  ${String(r.questions).padStart(2)}  ${String(r.minutes).padStart(3)}  ${r.title}${r.origin === 'built-in' ? '' : `  (${r.origin})`}`,
    );
  await write(ctx.stdout, `${lines.join('\n')}\n`);
  return EXIT.ok;
}
