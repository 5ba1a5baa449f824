/** `--fail-under` rules and how a result is judged against them. Pure. */
import type { Bank } from '../bank/schema.js';
import { UsageError } from '../errors.js';
import type { DimensionScore } from './score.js';
import { didYouMean } from '../text/suggest.js';

/** Minimum scores (0–100): one for the overall score, and any per dimension. */

/** Respondents named when they miss a threshold; the rest are counted. */
export const LISTED_MISSES = 10;

export interface Thresholds {
  overall?: number;
  dimensions: Record<string, number>;
  /**
   * --allow-incomplete: a dimension with too few answers to judge is left out, instead of failing
   * the gate. Without it, answering almost nothing can never pass.
   */
  allowIncomplete?: boolean;
}

export const NO_THRESHOLDS: Thresholds = { dimensions: {} };

function parseNumber(text: string, flag: string): number {
  // "60%" is 60; a score is a whole number from 0 to 100.
  const value = Number(text.trim().replace(/%$/, ''));
  if (text.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100) {
    // 0.6 was meant as 60 per cent: say so rather than accept a gate that can never fail.
    const hint = Number.isFinite(value) && value > 0 && value < 1 ? ` (did you mean ${Math.round(value * 100)}?)` : '';
    throw new UsageError(`--fail-under ${flag}: expected a whole score from 0 to 100, got "${text}"${hint}`);
  }
  return value;
}

/** From the repeated `--fail-under` values: `60` or `listening=50`; dimensions must exist in one of the banks. */
export function parseThresholds(
  values: readonly string[],
  banks: Bank | readonly Bank[],
  allowIncomplete = false,
): Thresholds {
  const thresholds: Thresholds = { dimensions: {}, allowIncomplete };
  const list: readonly Bank[] = Array.isArray(banks) ? banks : [banks as Bank];
  const ids = [...new Set(list.flatMap((b) => b.dimensions.map((d) => d.id)))];
  const bankName = list.map((b) => b.id).join(', ');
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq === -1) {
      thresholds.overall = parseNumber(value, value);
      continue;
    }
    const id = value.slice(0, eq).trim();
    if (!ids.includes(id)) {
      throw new UsageError(
        `--fail-under ${value}: "${id}" is not a dimension of ${bankName}${didYouMean(id, ids)}; dimensions: ${ids.join(', ')}`,
      );
    }
    thresholds.dimensions[id] = parseNumber(value.slice(eq + 1), value);
  }
  return thresholds;
}

/** Why a result misses a threshold; empty when it meets them all. */
export interface Miss {
  /** A dimension id, or "overall". */
  target: string;
  score: number | null;
  threshold: number;
}

const NONE: Miss[] = [];

/** Whether any --fail-under applies. */
export const hasThresholds = (thresholds: Thresholds): boolean =>
  thresholds.overall !== undefined || Object.keys(thresholds.dimensions).length > 0;

export function judge(
  result: { dimensions: DimensionScore[]; overall: { score: number | null } },
  thresholds: Thresholds,
): Miss[] {
  if (!hasThresholds(thresholds)) return NONE;
  const misses: Miss[] = [];
  let incomplete = false;
  for (const d of result.dimensions) {
    const threshold = thresholds.dimensions[d.id];
    // A dimension with too few answers cannot show that it meets its threshold, or any gate.
    if (d.score === null && !thresholds.allowIncomplete) {
      incomplete = true;
      misses.push({ target: d.id, score: null, threshold: threshold ?? thresholds.overall ?? 0 });
    } else if (threshold !== undefined && (d.score === null || d.score < threshold)) {
      misses.push({ target: d.id, score: d.score, threshold });
    }
  }
  const overall = thresholds.overall;
  if (overall !== undefined && (result.overall.score === null || result.overall.score < overall || incomplete)) {
    misses.push({ target: 'overall', score: incomplete ? null : result.overall.score, threshold: overall });
  }
  return misses;
}

export function describeMiss(miss: Miss): string {
  return miss.score === null
    ? `${miss.target}: not enough answers to judge`
    : `${miss.target}: ${miss.score} is below ${miss.threshold}`;
}
