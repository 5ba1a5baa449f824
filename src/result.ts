/** The result of one assessment: what every report format renders. Pure. */
import type { Responses } from './answers/schema.js';
import type { ParsedBank } from './bank/parse.js';
import type { Bank } from './bank/schema.js';
import { plan, type Plan } from './plan/plan.js';
import { score, type Scores } from './scoring/score.js';

/** Bumped when a field changes meaning or disappears; additions keep the version. */
export const RESULT_SCHEMA_VERSION = 2;

export interface AssessmentResult extends Scores {
  schemaVersion: number;
  tool: { name: string; version: string };
  bank: { id: string; version: string; title: string; contentHash: string; source: Bank['source']; bands: Bank['bands'] };
  respondent: string | null;
  completedAt: string;
  answers: Record<string, number>;
  /** Questions answered "does not apply", in bank order. */
  notApplicable: string[];
  /** Free-text answers, with the question, in bank order. */
  reflections: { id: string; question: string; answer: string }[];
  plan: Plan;
}

export interface ResultContext {
  toolVersion: string;
  completedAt: Date;
}

export function assess(parsed: ParsedBank, responses: Responses, context: ResultContext): AssessmentResult {
  const { bank } = parsed;
  const notApplicable = bank.questions.filter((q) => responses.notApplicable?.includes(q.id) && responses.answers[q.id] === undefined).map((q) => q.id);
  const scores = score(bank, responses.answers, notApplicable);
  // Answers in bank order, so files and reports read in the order the questions were asked.
  const answers: Record<string, number> = {};
  for (const q of bank.questions) if (responses.answers[q.id] !== undefined) answers[q.id] = responses.answers[q.id]!;
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'leadlens', version: context.toolVersion },
    bank: { id: bank.id, version: bank.version, title: bank.title, contentHash: parsed.contentHash, source: bank.source, bands: bank.bands },
    respondent: responses.respondent,
    completedAt: context.completedAt.toISOString(),
    answers,
    notApplicable,
    reflections: bank.reflections
      .filter((r) => responses.reflections[r.id]?.trim())
      .map((r) => ({ id: r.id, question: r.text, answer: responses.reflections[r.id]!.trim() })),
    dimensions: scores.dimensions,
    overall: scores.overall,
    strengths: scores.strengths,
    developmentAreas: scores.developmentAreas,
    plan: plan(bank, scores, answers),
  };
}
