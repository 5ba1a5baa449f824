/** An answers file read and checked against its bank: for `take --answers`, `score` and `360`. */
import { parseAnswers } from '../../answers/parse.js';
import type { Responses } from '../../answers/schema.js';
import type { LoadedBank } from '../../bank/load.js';
import { InputError } from '../../errors.js';
import { readText } from '../../store/readText.js';

export async function responsesFromFile(path: string, loaded: LoadedBank): Promise<Responses> {
  const result = await parseAnswers(readText(path, 'answers file'), path, loaded.bank);
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
}
