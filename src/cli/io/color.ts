/**
 * Whether to colour a stream. chalk 5 ignores NO_COLOR, so the decision is made here, once,
 * and handed to renderers as a level.
 */
import type { RenderOptions } from '../../report/options.js';

interface StreamLike {
  isTTY?: boolean;
  getColorDepth?: () => number;
}

export function colorLevel(
  stream: StreamLike,
  env: NodeJS.ProcessEnv,
  flag: boolean | undefined,
): RenderOptions['colorLevel'] {
  if (flag === false) return 0; // --no-color
  if (env.NO_COLOR) return 0; // https://no-color.org: any non-empty value
  if (env.FORCE_COLOR !== undefined) {
    const forced = Number(env.FORCE_COLOR === '' || env.FORCE_COLOR === 'true' ? 1 : env.FORCE_COLOR);
    return (Number.isInteger(forced) && forced >= 0 && forced <= 3 ? forced : 1) as RenderOptions['colorLevel'];
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  const depth = stream.getColorDepth?.() ?? 4;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}
