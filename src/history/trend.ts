/** Each dimension's scores across a respondent's results of one bank, oldest first. Pure. */
import type { AssessmentResult } from '../result.js';
import { majorVersion } from './compare.js';

export interface TrendSeries {
  id: string;
  title: string;
  /** One score per result; null where the dimension was not scored or did not exist yet. */
  scores: (number | null)[];
}

export interface Trend {
  bank: string;
  dates: string[];
  dimensions: TrendSeries[];
  overall: (number | null)[];
  /** Earlier results left out because they answered another major version of the bank's questions. */
  otherVersions: number;
}

export function trend(all: readonly AssessmentResult[]): Trend {
  const latest = all.at(-1);
  // Scores from different questions would draw progress that never happened.
  const results = latest ? all.filter((r) => majorVersion(r.bank.version) === majorVersion(latest.bank.version)) : [];
  // The latest bank's dimensions set the rows; older results without one show a gap.
  const dims = latest ? latest.dimensions.map((d) => ({ id: d.id, title: d.title })) : [];
  return {
    bank: latest?.bank.id ?? '',
    dates: results.map((r) => r.completedAt),
    dimensions: dims.map((d) => ({
      ...d,
      scores: results.map((r) => r.dimensions.find((x) => x.id === d.id)?.score ?? null),
    })),
    overall: results.map((r) => r.overall.score),
    otherVersions: all.length - results.length,
  };
}

const LEVELS = '▁▂▃▄▅▆▇█';

/** A sparkline for 0–100 scores; a gap is a space. */
export function sparkline(scores: readonly (number | null)[]): string {
  return scores
    .map((s) => (s === null ? ' ' : LEVELS[Math.min(LEVELS.length - 1, Math.floor((s / 100) * LEVELS.length))]))
    .join('');
}
