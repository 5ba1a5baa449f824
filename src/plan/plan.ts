/**
 * One 90-day coaching plan across every bank taken in a session: at most a few focus areas,
 * chosen by score and by the evidence of the answers (never by the order the banks came in),
 * each laid out in the order a leader would do the work. Pure.
 */
import type { Bank, Feedback, FeedbackAudience } from '../bank/schema.js';
import type { DimensionBand } from '../scoring/bands.js';
import { itemScore, pointsPerStep, type DimensionScore } from '../scoring/score.js';
import { evidenceFor, goalFor, stepsOf, type Evidence, type PlanStep } from './steps.js';

export type { Evidence, PlanStep, StepType, StepWhen } from './steps.js';
export { REMEASURE, START_BELOW } from './steps.js';

/** A reflection the leader wrote, quoted where it speaks. */
export interface QuotedReflection {
  question: string;
  answer: string;
}

/** What to work on in one development area. */
export interface FocusArea {
  bank: string;
  dimension: string;
  title: string;
  score: number | null;
  band: DimensionBand;
  goal: string;
  /** The lowest answers that pulled the score down, lowest first. */
  evidence: Evidence[];
  steps: PlanStep[];
  feedback: Feedback[];
  checkIn: string;
  /** What the leader wrote in a reflection about this dimension. */
  reflections: QuotedReflection[];
}

/** A dimension below "solid" that did not make the focus: one line. */
export interface WorthALook {
  bank: string;
  dimension: string;
  title: string;
  score: number;
}

/** A strength to keep and to recognise in others. */
export interface KeepArea {
  bank: string;
  dimension: string;
  title: string;
  score: number | null;
  keepDoing: string;
  recognition: string;
}

/** How far one answer moves a score: stated once, in words a leader reads. */
export interface Precision {
  /** The usual number of questions in a dimension. */
  questions: number;
  /** Score points one answer one step higher moves such a dimension. */
  points: number;
}

export interface Plan {
  focus: FocusArea[];
  alsoWorthALook: WorthALook[];
  keep: KeepArea[];
  precision: Precision | null;
}

/** One bank's part of a session, as the planner needs it. */
export interface PlanPart {
  bank: Bank;
  dimensions: readonly DimensionScore[];
  answers: Readonly<Record<string, number>>;
  reflections: readonly { id: string; question: string; answer: string }[];
  /** Dimensions that go first whatever their score (a 360's blind spots), in this order. */
  first?: readonly string[];
}

export interface PlanOptions {
  /** How many focus areas; 3 unless asked otherwise. */
  focus?: number;
}

const DEFAULT_FOCUS = 3;
/** How many strengths the plan asks the leader to keep. */
const KEEP_COUNT = 2;
/** Feedback prompts per focus area: enough to hear more than one voice, few enough to ask. */
const PROMPTS_PER_AREA = 2;

interface Candidate {
  part: PlanPart;
  score: DimensionScore & { score: number };
  /** How many answers sit in the bottom two points of the scale, read the right way round. */
  low: number;
  /** The lowest answer, read the right way round (Infinity with none). */
  lowest: number;
  /** How many answers sit at the top of the scale. */
  top: number;
  first: number;
}

function candidates(parts: readonly PlanPart[]): Candidate[] {
  return parts.flatMap((part) => {
    const { bank } = part;
    return part.dimensions.flatMap((d): Candidate[] => {
      if (d.score === null) return [];
      const keyed = bank.questions
        .filter((q) => q.dimension === d.id && part.answers[q.id] !== undefined)
        .map((q) => itemScore(part.answers[q.id]!, q.reverse, bank.scale));
      const firstAt = part.first?.indexOf(d.id) ?? -1;
      return [
        {
          part,
          score: d as DimensionScore & { score: number },
          low: keyed.filter((k) => k <= bank.scale.min + 1).length,
          lowest: Math.min(...keyed),
          top: keyed.filter((k) => k === bank.scale.max).length,
          first: firstAt === -1 ? Infinity : firstAt,
        },
      ];
    });
  });
}

// The last tie-break is by name, never by the order banks were given in.
const byName = (a: Candidate, b: Candidate) =>
  a.part.bank.id.localeCompare(b.part.bank.id) || a.score.id.localeCompare(b.score.id);
/** Weakest first: by score, then by how low its lowest answer is, then by how many answers are low. */
const weakestFirst = (a: Candidate, b: Candidate) =>
  a.first - b.first || a.score.score - b.score.score || a.lowest - b.lowest || b.low - a.low || byName(a, b);
/** Clearest strength first: by score, then by how many answers are at the top. */
const strongestFirst = (a: Candidate, b: Candidate) => b.score.score - a.score.score || b.top - a.top || byName(a, b);

/** Prompts for each area in turn, so that the plan as a whole reaches beyond the team. */
function pickFeedback(areas: readonly { feedback: readonly Feedback[] }[]): Feedback[][] {
  const reached = new Set<FeedbackAudience>();
  return areas.map(({ feedback }) => {
    const picked: Feedback[] = [];
    const rank = (f: Feedback) => (reached.has(f.to) ? 2 : 0) + (f.to === 'team' ? 1 : 0);
    for (let n = 0; n < PROMPTS_PER_AREA; n++) {
      const next = feedback
        .map((f, position) => ({ f, position }))
        .filter(({ f }) => !picked.includes(f))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.position - b.position)[0];
      // A second prompt only when it reaches someone new.
      if (!next || (n > 0 && reached.has(next.f.to))) break;
      picked.push(next.f);
      reached.add(next.f.to);
    }
    return picked;
  });
}

/** The size most dimensions have, and how far one answer one step higher moves such a dimension's score. */
function precisionOf(parts: readonly PlanPart[]): Precision | null {
  const sizes = new Map<number, { count: number; range: number }>();
  for (const { bank } of parts) {
    for (const d of bank.dimensions) {
      const n = bank.questions.filter((q) => q.dimension === d.id).length;
      const entry = sizes.get(n) ?? { count: 0, range: bank.scale.max - bank.scale.min };
      entry.count++;
      sizes.set(n, entry);
    }
  }
  const [questions, { range }] = [...sizes].sort((a, b) => b[1].count - a[1].count || a[0] - b[0])[0] ?? [
    0,
    { range: 0 },
  ];
  return questions && range ? { questions, points: Math.round(pointsPerStep(range, questions)) } : null;
}

export function plan(parts: readonly PlanPart[], options: PlanOptions = {}): Plan {
  const all = candidates(parts);
  // Focus areas are the dimensions below "solid" (and a 360's blind spots); with none, the lowest solid one, to stretch.
  const open = all.filter((c) => c.score.band === 'development' || c.first !== Infinity).sort(weakestFirst);
  const stretch = open.length
    ? []
    : all
        .filter((c) => c.score.band === 'solid')
        .sort(weakestFirst)
        .slice(0, 1);
  const chosen = [...open, ...stretch].slice(0, Math.max(0, options.focus ?? DEFAULT_FOCUS));
  const prompts = pickFeedback(chosen.map((c) => c.part.bank.dimensions.find((d) => d.id === c.score.id)!.coaching));

  const focus = chosen.map((c, i): FocusArea => {
    const { bank } = c.part;
    const { coaching } = bank.dimensions.find((d) => d.id === c.score.id)!;
    const quoted = bank.reflections.filter((r) => r.dimension === c.score.id).map((r) => r.id);
    return {
      bank: bank.id,
      dimension: c.score.id,
      title: c.score.title,
      score: c.score.score,
      band: c.score.band,
      goal: goalFor(coaching, c.score.score),
      evidence: evidenceFor(bank, c.score.id, c.part.answers),
      steps: stepsOf(coaching),
      feedback: prompts[i]!,
      checkIn: coaching.checkIn,
      reflections: c.part.reflections
        .filter((r) => quoted.includes(r.id))
        .map(({ question, answer }) => ({ question, answer })),
    };
  });

  const alsoWorthALook = open.slice(chosen.length).map((c): WorthALook => ({
    bank: c.part.bank.id,
    dimension: c.score.id,
    title: c.score.title,
    score: c.score.score,
  }));

  const keep = all
    .filter((c) => c.score.band === 'strength')
    .sort(strongestFirst)
    .slice(0, KEEP_COUNT)
    .map((c): KeepArea => {
      const { coaching } = c.part.bank.dimensions.find((d) => d.id === c.score.id)!;
      return {
        bank: c.part.bank.id,
        dimension: c.score.id,
        title: c.score.title,
        score: c.score.score,
        keepDoing: coaching.keepDoing,
        recognition: coaching.recognition,
      };
    });

  return { focus, alsoWorthALook, keep, precision: precisionOf(parts) };
}
