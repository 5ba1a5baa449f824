/** Format names alone, so help text and flag checks need not load the renderers. */
export const FORMAT_NAMES = ['text', 'json', 'markdown', 'csv', 'junit', 'html'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
