/** The longer help texts, apart from the table of commands so that it stays a table. */
import { EXIT, EXIT_MEANINGS } from '../errors.js';

/** The help text's list of exit codes, from the one table of them. */
export const EXIT_CODES_HELP = `\nExit codes:\n${(Object.keys(EXIT) as (keyof typeof EXIT)[]).map((k) => `  ${String(EXIT[k]).padEnd(4)} ${EXIT_MEANINGS[k]}`).join('\n')}`;

export const PROGRAM_HELP = `
Examples:
  leadlens                                  choose an assessment from a menu
  leadlens take customer-lens               take one assessment in the terminal
  leadlens take customer-lens --answers me.yaml --format json > result.json
${EXIT_CODES_HELP}`;

export const TAKE_HELP = `
An answers file looks like (na: does not apply to my role):
  respondent: Sam Lee
  answers:
    know-1: 4
    know-2: na
  reflections:
    clear-and-cloudy: I know our biggest accounts, not our newest ones.

An observer's form, for a 360:
  leadlens take customer-lens --observer-of "Sam Lee" --relationship peer
${EXIT_CODES_HELP}`;

export const SCORE_HELP = `
A CSV cohort has a header row: an id column (respondent or id), then one column per question id.
Blank cells are missing answers. Text and document formats summarise; csv, json and junit stream
every respondent, so cohorts of any size use flat memory.

Examples:
  leadlens score --bank customer-lens answers/*.yaml --format markdown
  leadlens score --bank customer-lens --csv cohort.csv --format csv --out scores.csv
  leadlens score --bank customer-lens sam.yaml --format junit --fail-under 60 --fail-under focus=50
${EXIT_CODES_HELP}`;

export const FEEDBACK_HELP = `
Observers are never named in any output, and no observer's own answers are kept.
${EXIT_CODES_HELP}`;
