/** docs/result.schema.json compiled once, with formats (date-time) checked as well as shapes. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(new URL('../docs/result.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about `data`: an empty list when it validates. */
export function schemaErrors(data: unknown): unknown[] {
  return validate(data) ? [] : (validate.errors ?? []);
}

export const resultSchema = schema as { $id: string; $schema: string };
