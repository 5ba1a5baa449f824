/**
 * An answers file's text checked against its bank. Most files are fine, so a quick check runs first
 * (JSON and plain YAML need no YAML parser, and none needs zod); only a file that fails it goes
 * through the thorough check, which positions every problem. Pure.
 */
import { isRecord } from '../input/isRecord.js';
import { simpleYaml } from '../input/simpleYaml.js';
import type { Bank } from '../bank/schema.js';
import { hasUnsafeCharacters } from '../text/inert.js';
import { answerIds } from './answerIds.js';
import { NOT_APPLICABLE } from './notApplicable.js';
import type { Responses } from './schema.js';
import type { AnswersResult } from './validate.js';

export type { AnswersResult };

const KEYS = new Set(['bank', 'respondent', 'group', 'about', 'answers', 'reflections']);
const cleanText = (value: unknown) => typeof value === 'string' && value.trim() !== '' && !hasUnsafeCharacters(value);

/** The responses, if the data is flawless; null sends it to the thorough check. `ids` are answerIds(raw). */
export function quickAnswers(raw: unknown, bank: Bank, ids = answerIds(raw)): Responses | null {
  if (!isRecord(raw) || !isRecord(raw.answers)) return null;
  for (const key of Object.keys(raw)) if (!KEYS.has(key)) return null;
  if (raw.bank !== undefined && raw.bank !== bank.id) return null;
  if (raw.respondent !== undefined && !cleanText(raw.respondent)) return null;
  if (raw.group !== undefined && !cleanText(raw.group)) return null;
  if (raw.about !== undefined && !cleanText(raw.about)) return null;
  const answers: Record<string, number> = {};
  const notApplicable: string[] = [];
  for (const id of ids) {
    if (!bank.questions.some((q) => q.id === id)) return null;
    const value = raw.answers[id];
    if (value === null) continue; // left blank: unanswered
    if (typeof value === 'string' && NOT_APPLICABLE.test(value) && bank.scale.notApplicable) {
      notApplicable.push(id);
      continue;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < bank.scale.min || value > bank.scale.max)
      return null;
    answers[id] = value;
  }
  const reflections: Record<string, string> = {};
  if (raw.reflections !== undefined && raw.reflections !== null) {
    if (!isRecord(raw.reflections)) return null;
    for (const [id, value] of Object.entries(raw.reflections)) {
      if (!bank.reflections.some((r) => r.id === id) || typeof value !== 'string' || hasUnsafeCharacters(value))
        return null;
      reflections[id] = value;
    }
  }
  return {
    respondent: typeof raw.respondent === 'string' ? raw.respondent.trim() : null,
    group: typeof raw.group === 'string' ? raw.group.trim() : null,
    about: typeof raw.about === 'string' ? raw.about.trim() : null,
    answers,
    notApplicable,
    reflections,
  };
}

export async function parseAnswers(text: string, file: string, bank: Bank): Promise<AnswersResult> {
  let plain: ReturnType<typeof simpleYaml>;
  let ids: string[] | undefined;
  if (/^\s*\{/.test(text)) {
    try {
      const quick = quickAnswers(JSON.parse(text), bank);
      if (quick) return { ok: true, value: quick };
    } catch {
      // not plain JSON after all: the YAML path below says where
    }
  } else {
    // The usual plain file needs no YAML parser; anything else gets the real one.
    plain = simpleYaml(text);
    ids = plain && answerIds(plain);
    const quick = plain && quickAnswers(plain, bank, ids);
    if (quick) return { ok: true, value: quick };
    if (!plain) {
      const { yamlValue } = await import('../input/yamlSource.js');
      try {
        const parsed = quickAnswers(yamlValue(text), bank);
        if (parsed) return { ok: true, value: parsed };
      } catch {
        // a syntax error or an alias bomb: the thorough check positions it
      }
    }
  }
  const { validateAnswers } = await import('./validate.js');
  return validateAnswers(text, file, bank, plain, ids);
}
