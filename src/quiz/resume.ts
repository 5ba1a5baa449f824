/** What a saved draft can still contribute to a bank as it is now. Pure. */
import type { Responses } from '../answers/schema.js';
import type { ParsedBank } from '../bank/parse.js';
import { majorVersion } from '../history/compare.js';
import type { Draft } from '../store/drafts.js';
import { MAX_SEED } from './order.js';

export interface DraftFit {
  /** Whether the bank is exactly the one the draft was answered against. */
  sameBank: boolean;
  /** Answers that still fit: questions that exist, values on the scale. */
  usable: Responses;
  answered: number;
  /** Answers that no longer fit the bank. */
  dropped: number;
  /** The draft answered another major version of the bank: none of its answers carry over. */
  questionsChanged: boolean;
}

export function fitDraft(draft: Draft, parsed: ParsedBank): DraftFit {
  const { bank } = parsed;
  // Ids can survive a new major version with other questions behind them: such answers never carry over.
  // A draft without a version was saved before any bank had a second one, so it answered version 1.
  const questionsChanged = majorVersion(draft.bank.version ?? '1') !== majorVersion(bank.version);
  if (questionsChanged) {
    const given = Object.keys(draft.responses.answers).length + (draft.responses.notApplicable?.length ?? 0);
    return {
      sameBank: false,
      usable: { respondent: draft.responses.respondent ?? null, answers: {}, notApplicable: [], reflections: {} },
      answered: 0,
      dropped: given,
      questionsChanged,
    };
  }
  const answers: Record<string, number> = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(draft.responses.answers)) {
    const fits =
      bank.questions.some((q) => q.id === id) &&
      Number.isInteger(value) &&
      value >= bank.scale.min &&
      value <= bank.scale.max;
    if (fits) answers[id] = value;
    else dropped++;
  }
  // "Does not apply" answers count as answered, while the bank still offers that answer.
  const notApplicable: string[] = [];
  for (const id of Array.isArray(draft.responses.notApplicable) ? draft.responses.notApplicable : []) {
    if (bank.scale.notApplicable && bank.questions.some((q) => q.id === id) && answers[id] === undefined)
      notApplicable.push(id);
    else dropped++;
  }
  const reflections: Record<string, string> = {};
  for (const [id, text] of Object.entries(draft.responses.reflections ?? {})) {
    if (bank.reflections.some((r) => r.id === id) && typeof text === 'string') reflections[id] = text;
  }
  // A shuffled draft goes on in its own order: the flow derives it again from the seed, on the bank as it is now.
  const kept = draft.responses.order;
  const order =
    kept && Number.isInteger(kept.seed) && kept.seed >= 0 && kept.seed <= MAX_SEED
      ? { order: { seed: kept.seed, questions: Array.isArray(kept.questions) ? kept.questions : [] } }
      : {};
  return {
    sameBank: draft.bank.contentHash === parsed.contentHash,
    usable: { respondent: draft.responses.respondent ?? null, answers, notApplicable, reflections, ...order },
    answered: Object.keys(answers).length + notApplicable.length,
    dropped,
    questionsChanged,
  };
}
