/** The bank format as JSON Schema, for editors: generated from the zod schema, input side (defaults optional). */
import { z } from 'zod';
import { bankSchema } from './schema.js';

export function bankJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(bankSchema, { io: 'input' }),
    title: 'leadlens question bank',
  };
}
