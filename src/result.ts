/** The result of one assessment, and of a session of several: what every report format renders. Pure. */
import type { QuestionOrder, Responses } from './answers/schema.js';
import type { ParsedBank } from './bank/parse.js';
import type { Bank } from './bank/schema.js';
import type { Feedback360 } from './feedback360/assess.js';
import { plan, type Plan, type PlanOptions, type PlanPart } from './plan/plan.js';
import { score, type Scores } from './scoring/score.js';

/** Bumped when a field changes meaning or disappears; additions keep the version. */
export const RESULT_SCHEMA_VERSION = 2;

/** One question as the respondent answered it: the item-level debrief. */
export interface ItemAnswer {
  id: string;
  dimension: string;
  text: string;
  reverse: boolean;
  /** The answer given, or null (unanswered, or "does not apply"). */
  answer: number | null;
  /** The answer's scale label, "does not apply", or null when unanswered. */
  label: string | null;
  notApplicable: boolean;
}

export interface AssessmentResult extends Scores {
  schemaVersion: number;
  tool: { name: string; version: string };
  bank: {
    id: string;
    version: string;
    title: string;
    contentHash: string;
    source: Bank['source'];
    bands: Bank['bands'];
    /** The answer scale's ends, so that how far one answer moves a score can be told later (absent before 0.2). */
    scale?: { min: number; max: number };
  };
  respondent: string | null;
  completedAt: string;
  answers: Record<string, number>;
  /** Questions answered "does not apply", in bank order. */
  notApplicable: string[];
  /** Every question with the answer given, in bank order. */
  items: ItemAnswer[];
  /** Asked with --shuffle: the seed, and the question ids in the order asked. */
  order?: QuestionOrder;
  /** Free-text answers, with the question, in bank order. */
  reflections: { id: string; question: string; answer: string }[];
  plan: Plan;
  /** A 360: the scores above are the observers' view, and this sets the leader's own beside them. */
  feedback360?: Feedback360;
}

/** Several banks taken together: each bank's result, and one plan across them. */
export interface Session {
  results: AssessmentResult[];
  plan: Plan;
}

export interface ResultContext {
  toolVersion: string;
  completedAt: Date;
  /** Plan options (how many focus areas). */
  plan?: PlanOptions;
}

export function itemsOf(
  bank: Bank,
  answers: Readonly<Record<string, number>>,
  notApplicable: readonly string[],
): ItemAnswer[] {
  return bank.questions.map((q) => {
    const answer = answers[q.id] ?? null;
    const na = answer === null && notApplicable.includes(q.id);
    const label =
      answer !== null
        ? (bank.scale.labels[Math.round(answer) - bank.scale.min] ?? String(answer))
        : na
          ? (bank.scale.notApplicable ?? 'does not apply')
          : null;
    return { id: q.id, dimension: q.dimension, text: q.text, reverse: q.reverse, answer, label, notApplicable: na };
  });
}

/** What the planner needs from one result. */
export function planPart(
  bank: Bank,
  result: {
    dimensions: AssessmentResult['dimensions'];
    answers: AssessmentResult['answers'];
    reflections: PlanPart['reflections'];
  },
  first?: readonly string[],
): PlanPart {
  return { bank, dimensions: result.dimensions, answers: result.answers, reflections: result.reflections, first };
}

/** Scores to report instead of the respondent's own (a 360 reports the observers'), and dimensions the plan puts first. */
export interface ResultView {
  scores: Scores;
  first?: readonly string[];
}

export function assess(
  parsed: ParsedBank,
  responses: Responses,
  context: ResultContext,
  view?: ResultView,
): AssessmentResult {
  const { bank } = parsed;
  const notApplicable = bank.questions
    .filter((q) => responses.notApplicable?.includes(q.id) && responses.answers[q.id] === undefined)
    .map((q) => q.id);
  const scores = view?.scores ?? score(bank, responses.answers, notApplicable);
  // Answers in bank order, so files and reports read in the order the questions were asked.
  const answers: Record<string, number> = {};
  for (const q of bank.questions) if (responses.answers[q.id] !== undefined) answers[q.id] = responses.answers[q.id]!;
  const reflections = bank.reflections
    .filter((r) => responses.reflections[r.id]?.trim())
    .map((r) => ({ id: r.id, question: r.text, answer: responses.reflections[r.id]!.trim() }));
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'leadlens', version: context.toolVersion },
    bank: {
      id: bank.id,
      version: bank.version,
      title: bank.title,
      contentHash: parsed.contentHash,
      source: bank.source,
      bands: bank.bands,
      scale: { min: bank.scale.min, max: bank.scale.max },
    },
    respondent: responses.respondent,
    completedAt: context.completedAt.toISOString(),
    answers,
    notApplicable,
    items: itemsOf(bank, answers, notApplicable),
    ...(responses.order && { order: { seed: responses.order.seed, questions: [...responses.order.questions] } }),
    reflections,
    dimensions: scores.dimensions,
    overall: scores.overall,
    strengths: scores.strengths,
    developmentAreas: scores.developmentAreas,
    plan: plan([planPart(bank, { dimensions: scores.dimensions, answers, reflections }, view?.first)], context.plan),
  };
}

/** One plan across the banks of a session; each result keeps its own. */
export function session(parts: readonly { bank: Bank; result: AssessmentResult }[], options?: PlanOptions): Session {
  return {
    results: parts.map((p) => p.result),
    plan: plan(
      parts.map((p) => planPart(p.bank, p.result)),
      options,
    ),
  };
}

/** A session of one result: its own plan is the session's. */
export function single(result: AssessmentResult): Session {
  return { results: [result], plan: result.plan };
}
