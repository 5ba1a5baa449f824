/** What every renderer may be told about where its output goes. */
export interface RenderOptions {
  /** chalk colour level: 0 for plain text. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Columns available; text wraps to this. */
  width: number;
}

export const PLAIN: RenderOptions = { colorLevel: 0, width: 80 };
