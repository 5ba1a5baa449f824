/** Report formats by name. Each renders the same results; the command decides where the text goes. */
import type { AssessmentResult } from '../result.js';
import { renderJson } from './json.js';
import type { RenderOptions } from './options.js';
import { renderText } from './text.js';

export type Renderer = (results: readonly AssessmentResult[], options: RenderOptions) => string;

export const RENDERERS = {
  text: renderText,
  json: renderJson,
} satisfies Record<string, Renderer>;

export type FormatName = keyof typeof RENDERERS;
export const FORMAT_NAMES = Object.keys(RENDERERS) as FormatName[];
