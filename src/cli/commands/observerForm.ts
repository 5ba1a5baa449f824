/** `leadlens take <bank> --observer-of <name>`: the observer form, written as an answers file for `360`. */
import { EXIT, UsageError } from '../../errors.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { observerAnswersYaml, RELATIONSHIPS } from '../../answers/observerFile.js';
import type { LoadedBank } from '../../bank/load.js';
import { writeFileAtomic } from '../../store/atomicFile.js';
import { writeFailure } from '../../store/fileErrors.js';
import { say, write, type CliContext } from '../context.js';
import { draftKey } from '../io/draftChoice.js';
import { askInTerminal, sessionDrafts, type TakeOptions } from './take.js';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'leader';

/** A file name in the current folder that does not exist yet. */
function freshName(ctx: CliContext, bankId: string, about: string): string {
  const date = ctx.now().toISOString().slice(0, 10);
  const base = `${bankId}-about-${slug(about)}-${date}`;
  for (let n = 1; ; n++) {
    const name = `${base}${n > 1 ? `-${n}` : ''}.yaml`;
    if (!existsSync(resolve(name))) return name;
  }
}

export async function takeObserverForm(banks: LoadedBank[], options: TakeOptions, ctx: CliContext): Promise<number> {
  const about = options.observerOf!.trim();
  if (!about) throw new UsageError('--observer-of: expected the name of the leader you are giving feedback to');
  if (banks.length > 1) throw new UsageError('--observer-of answers one bank at a time; name a single bank');
  if (options.answers?.length)
    throw new UsageError(
      '--observer-of asks the questions; to send answers you already have, give the file to whoever runs the 360',
    );
  const relationship = options.relationship ?? 'other';
  if (!(RELATIONSHIPS as readonly string[]).includes(relationship)) {
    throw new UsageError(`--relationship: expected one of ${RELATIONSHIPS.join(', ')}, got "${relationship}"`);
  }
  const loaded = banks[0]!;
  const drafts = sessionDrafts(ctx);
  const [responses] = await askInTerminal(ctx, banks, options, drafts);
  const text = observerAnswersYaml(loaded.bank, responses!, { about, relationship, respondent: options.respondent });
  // The answers go where asked; a terminal would only scroll them away, so they go to a file then.
  if (options.out === '-' || (!options.out && !ctx.stdout.isTTY)) {
    await write(ctx.stdout, text);
  } else {
    const file = options.out ?? freshName(ctx, loaded.bank.id, about);
    try {
      writeFileAtomic(file, text);
    } catch (error) {
      throw writeFailure(file, error);
    }
    say(ctx, `your answers are in ${file}; send it to whoever runs ${about}'s 360 (leadlens 360 --observers ${file})`);
  }
  drafts.finish(draftKey(loaded, options));
  return EXIT.ok;
}
