/** Two results of one bank side by side: what moved, by how much, and how the plan changed. Pure. */
import type { AssessmentResult } from '../result.js';

export type Direction = 'up' | 'down' | 'same';

export interface DimensionChange {
  id: string;
  title: string;
  before: number | null;
  after: number | null;
  /** after − before, in score points; null when either was not scored. */
  change: number | null;
  direction: Direction | null;
}

export interface Comparison {
  bank: string;
  before: { completedAt: string; bankVersion: string; respondent: string | null };
  after: { completedAt: string; bankVersion: string; respondent: string | null };
  dimensions: DimensionChange[];
  overall: Omit<DimensionChange, 'id' | 'title'>;
  /** Dimensions in only one of the two results (the bank changed between them). */
  onlyBefore: string[];
  onlyAfter: string[];
  /**
   * The two results answered different questions (the bank's major version changed), so their
   * scores stand side by side but no change is claimed.
   */
  questionsChanged: boolean;
  plan: { added: string[]; dropped: string[]; kept: string[] };
}

/** Changes smaller than this are noise from one answer moving one point. */
export const STEADY = 3;

function change(before: number | null, after: number | null): Pick<DimensionChange, 'change' | 'direction'> {
  if (before === null || after === null) return { change: null, direction: null };
  const delta = after - before;
  return { change: delta, direction: Math.abs(delta) < STEADY ? 'same' : delta > 0 ? 'up' : 'down' };
}

/** The major part of a version such as "2.0.0"; a bank's questions change only with it. */
export const majorVersion = (version: string): string => /^\D*(\d+)/.exec(version)?.[1] ?? version;

export function compare(before: AssessmentResult, after: AssessmentResult): Comparison {
  const questionsChanged = majorVersion(before.bank.version) !== majorVersion(after.bank.version);
  const changeOf = (b: number | null, a: number | null) => (questionsChanged ? change(null, null) : change(b, a));
  const beforeDims = new Map(before.dimensions.map((d) => [d.id, d]));
  const afterIds = new Set(after.dimensions.map((d) => d.id));
  // Only dimensions that exist in both can be compared; the rest are named, not guessed at.
  const dimensions = after.dimensions
    .filter((d) => beforeDims.has(d.id))
    .map((d) => {
      const b = beforeDims.get(d.id)!;
      return { id: d.id, title: d.title, before: b.score, after: d.score, ...changeOf(b.score, d.score) };
    });
  const focusBefore = before.plan.focus.map((f) => f.dimension);
  const focusAfter = after.plan.focus.map((f) => f.dimension);
  return {
    bank: after.bank.id,
    before: { completedAt: before.completedAt, bankVersion: before.bank.version, respondent: before.respondent },
    after: { completedAt: after.completedAt, bankVersion: after.bank.version, respondent: after.respondent },
    dimensions,
    overall: {
      before: before.overall.score,
      after: after.overall.score,
      ...changeOf(before.overall.score, after.overall.score),
    },
    onlyBefore: before.dimensions.filter((d) => !afterIds.has(d.id)).map((d) => d.id),
    onlyAfter: after.dimensions.filter((d) => !beforeDims.has(d.id)).map((d) => d.id),
    questionsChanged,
    plan: {
      added: focusAfter.filter((id) => !focusBefore.includes(id)),
      dropped: focusBefore.filter((id) => !focusAfter.includes(id)),
      kept: focusAfter.filter((id) => focusBefore.includes(id)),
    },
  };
}
