/** Which draft a bank starts from: none, the one the leader picks, or the one a flag names. */
import type { LoadedBank } from '../../bank/load.js';
import type { Responses } from '../../answers/schema.js';
import { formQuestions, resumePoint } from '../../quiz/flow.js';
import type { Prompter } from '../../quiz/prompter.js';
import { fitDraft, type DraftFit } from '../../quiz/resume.js';
import { listDrafts, type Draft } from '../../store/drafts.js';
import type { SessionDrafts } from '../../store/sessionDrafts.js';
import { say, type CliContext } from '../context.js';

/** What decides where a bank starts: the flags of take. */
export interface DraftFlags {
  resume?: boolean;
  restart?: boolean;
  observerOf?: string;
}

/** A leader's own draft and an observer's draft of the same bank are kept apart. */
export const draftKey = (loaded: LoadedBank, options: DraftFlags): string =>
  options.observerOf === undefined ? loaded.bank.id : `${loaded.bank.id}.observer`;

const DRAFT_NEW = 'restart';
/** "2026-11-22 20:31" */
const when = (draft: Draft) => draft.savedAt.slice(0, 16).replace('T', ' ');

/**
 * Where to start a bank: a fresh start, or the answers of a draft (asked, unless a flag decided).
 * Each session keeps its own draft, so there may be several: the leader picks one, --resume takes
 * the newest; starting over discards them once this session has a draft of its own.
 */
export async function startingPoint(
  loaded: LoadedBank,
  prompter: Prompter,
  options: DraftFlags,
  ctx: CliContext,
  drafts: SessionDrafts,
): Promise<Responses | undefined> {
  const key = draftKey(loaded, options);
  const observer = options.observerOf !== undefined;
  const offered: { path: string; draft: Draft; fit: DraftFit }[] = [];
  for (const { path, draft } of listDrafts(drafts.stateDir, key, (file, reason) =>
    say(ctx, `ignoring a damaged draft ${file}: ${reason}`),
  )) {
    const fit = fitDraft(draft, loaded);
    if (fit.questionsChanged) {
      say(
        ctx,
        `your unfinished draft of ${loaded.bank.id} from ${when(draft)} answered an earlier version of its questions; it is left out`,
      );
      drafts.discard(key, [path]);
    } else if (fit.answered === 0 && !Object.keys(fit.usable.reflections).length) drafts.discard(key, [path]);
    else offered.push({ path, draft, fit });
  }
  if (!offered.length) return undefined;
  if (options.restart) {
    drafts.discard(
      key,
      offered.map((o) => o.path),
    );
    return undefined;
  }
  const total = formQuestions(loaded.bank, observer).length;
  const carryOn = (chosen: (typeof offered)[number]) => {
    drafts.resume(key, chosen.path);
    return chosen.fit.usable;
  };
  if (options.resume) {
    const { fit } = offered[0]!;
    if (!fit.sameBank)
      say(
        ctx,
        `resuming ${loaded.bank.id} although the bank has changed since the draft was saved${fit.dropped ? `; ${fit.dropped} answers dropped` : ''}`,
      );
    return carryOn(offered[0]!);
  }
  const changed = (fit: DraftFit) =>
    fit.sameBank
      ? ''
      : ` The bank has changed since${fit.dropped ? `; ${fit.dropped} answer${fit.dropped > 1 ? 's' : ''} no longer fit and would be dropped` : ''}.`;
  let choice: string;
  if (offered.length === 1) {
    const { draft, fit } = offered[0]!;
    const point = resumePoint(loaded.bank, fit.usable, observer);
    const where =
      point.at === 'question'
        ? `Resume at question ${point.index + 1}`
        : point.at === 'reflection'
          ? `Resume at reflection ${point.index + 1} of ${loaded.bank.reflections.length}`
          : 'Resume at the review of your answers';
    // A draft from a changed bank is never applied silently: the leader chooses.
    choice = await prompter.choose({
      name: 'draft',
      message: `You have an unfinished draft of ${loaded.bank.title} from ${when(draft)}: ${fit.answered} of ${total} answered.${changed(fit)}`,
      choices: [
        { value: '0', name: fit.sameBank ? where : 'Resume with the answers that still fit' },
        { value: DRAFT_NEW, name: 'Start over (the draft is discarded)' },
      ],
    });
  } else {
    choice = await prompter.choose({
      name: 'draft',
      message: `You have ${offered.length} unfinished drafts of ${loaded.bank.title}. Which one do you carry on?`,
      choices: [
        ...offered.map(({ draft, fit }, i) => ({
          value: String(i),
          name: `Resume the draft from ${when(draft)}: ${fit.answered} of ${total} answered${fit.sameBank ? '' : ' (the bank has changed since)'}`,
        })),
        { value: DRAFT_NEW, name: `Start over (the ${offered.length} drafts are discarded)` },
      ],
    });
  }
  if (choice === DRAFT_NEW) {
    drafts.discard(
      key,
      offered.map((o) => o.path),
    );
    return undefined;
  }
  return carryOn(offered[Number(choice)]!);
}
