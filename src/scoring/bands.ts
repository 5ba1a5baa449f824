/** Bands turn a 0–100 score into words a leader can act on. */
import type { Bank } from '../bank/schema.js';

export type Band = 'development' | 'solid' | 'strength';
/** A dimension with too few answers to score honestly. */
export type DimensionBand = Band | 'insufficient';

export const BAND_LABELS: Record<DimensionBand, string> = {
  development: 'development area',
  solid: 'solid',
  strength: 'strength',
  insufficient: 'not enough answers',
};

export function bandOf(score: number, bands: Bank['bands']): Band {
  if (score >= bands.strength) return 'strength';
  if (score >= bands.solid) return 'solid';
  return 'development';
}
