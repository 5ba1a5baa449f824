/**
 * The order questions are asked in (--shuffle): a shuffle that a seed fully decides, the same on every
 * system and Node version, so that a seed said once asks the same order again and a resumed draft
 * goes on in its own order. Pure.
 */
import type { Responses } from '../answers/schema.js';

/** Seeds are whole numbers that fit in 32 bits, the generator's state. */
export const MAX_SEED = 0xffffffff;

/** mulberry32: a tiny 32-bit generator, numbers in [0, 1); plenty for ordering a few dozen questions. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
}

/** The items in the order a seed gives (Fisher–Yates); the input is left as it was. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The seed a form is asked with. A resumed draft keeps the order it was begun in, shuffled or not:
 * the flow goes on from the first unanswered question, so another order would ask answered ones again.
 */
export function askingSeed(initial: Responses | undefined, seed: number | undefined): number | undefined {
  return initial ? initial.order?.seed : seed;
}

/** A seed's questions in order, or the questions as they are without one. */
export function inOrder<T>(questions: readonly T[], seed: number | undefined): readonly T[] {
  return seed === undefined ? questions : shuffled(questions, seed);
}
