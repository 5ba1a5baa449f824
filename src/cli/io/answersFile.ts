/** An answers file read and checked against its bank: for `take --answers`, `score` and `360`. */
import { parseAnswers } from '../../answers/parse.js';
import type { Responses } from '../../answers/schema.js';
import type { LoadedBank } from '../../bank/load.js';
import { InputError } from '../../errors.js';
import { readText } from '../../store/readText.js';

export async function responsesFromFile(path: string, loaded: LoadedBank): Promise<Responses> {
  // `-` is standard input, read with the same limit as any file; messages name it "stdin".
  const text = path === '-' ? readText('/dev/stdin', 'answers file') : readText(path, 'answers file');
  const result = await parseAnswers(text, path === '-' ? 'stdin' : path, loaded.bank);
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
}
