/**
 * Which column answers which question, found by what the column is: the question's id (any case,
 * `-` or `_`), an alias the bank lists, its full text, or a grid header (`Prompt [statement]`,
 * `Prompt - statement`) as survey tools write them; or a mapping the user gives. Pure.
 */
import type { Bank } from '../bank/schema.js';

/** How a column was matched to its question, for --explain. */
export type MatchHow = 'id' | 'id (loosely)' | 'alias' | 'text' | 'grid' | 'map';

export interface Match {
  id: string;
  how: MatchHow;
}

/** Text compared after folding case, curly quotes, dashes, punctuation and spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An id as survey tools mangle it: any case, `_` for `-` (Qualtrics turns `-` in export tags into `_`). */
const looseId = (text: string) => text.trim().toLowerCase().replace(/_/g, '-');

/** Finds the question a header names; undefined when it names none. */
export function questionMatcher(bank: Bank): (name: string) => Match | undefined {
  const ids = new Map(bank.questions.map((q) => [q.id, q.id]));
  const loose = new Map(bank.questions.map((q) => [looseId(q.id), q.id]));
  const aliases = new Map(
    bank.questions.flatMap((q) => (q.aliases ?? []).map((a): [string, string] => [normalise(a), q.id])),
  );
  const texts = new Map(bank.questions.map((q) => [normalise(q.text), q.id]));
  const direct = (name: string): Match | undefined => {
    const exact = ids.get(name.trim());
    if (exact) return { id: exact, how: 'id' };
    const id = loose.get(looseId(name));
    if (id) return { id, how: 'id (loosely)' };
    const key = normalise(name);
    if (!key) return undefined;
    const alias = aliases.get(key);
    if (alias) return { id: alias, how: 'alias' };
    const text = texts.get(key);
    return text ? { id: text, how: 'text' } : undefined;
  };
  return (name) => {
    const found = direct(name);
    if (found) return found;
    // A grid: `Prompt [statement]` (Google Forms), `Prompt - statement` (Qualtrics, Microsoft Forms).
    const bracket = /\[([^\]]+)\]\s*$/.exec(name);
    const dash = name.lastIndexOf(' - ');
    const statement = bracket ? bracket[1]! : dash !== -1 ? name.slice(dash + 3) : undefined;
    const inGrid = statement === undefined ? undefined : direct(statement);
    return inGrid && { id: inGrid.id, how: inGrid.how === 'alias' || inGrid.how === 'text' ? 'grid' : inGrid.how };
  };
}

/** The names the respondent column usually has, most telling first. */
export const ID_COLUMNS = ['respondent', 'id', 'name', 'email', 'email address', 'responseid', 'respondent id', '#'];
/** The names an observer's group column usually has. */
export const GROUP_COLUMNS = ['group', 'relationship'];

/** The column named by the first of `names` that any column has (compared loosely), or -1. */
export function findColumn(header: readonly string[], names: readonly string[], skip: readonly number[] = []): number {
  const folded = header.map((h) => normalise(h) || h.trim());
  for (const name of names) {
    const index = folded.findIndex((h, i) => !skip.includes(i) && h === (normalise(name) || name));
    if (index !== -1) return index;
  }
  return -1;
}
