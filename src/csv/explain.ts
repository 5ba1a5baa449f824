/** How a CSV was read, in words (--explain), and the column map it came to (--save-map). Pure. */
import type { MatchHow } from './columns.js';
import type { CsvLayout } from './rows.js';
import type { CsvShape } from './split.js';

const SEPARATORS: Record<number, string> = { 44: 'comma', 59: 'semicolon', 9: 'tab' };
const HOW: Record<MatchHow, string> = {
  id: 'by its id',
  'id (loosely)': 'by its id, case or _ aside',
  alias: 'by an alias',
  text: 'by its text',
  grid: 'by a grid statement',
  map: 'by the map',
};

export function explainCsv(
  label: string,
  layout: CsvLayout,
  shape: CsvShape,
  encoding: string,
  bankId: string,
): string {
  const separator = SEPARATORS[shape.delimiter] ?? JSON.stringify(String.fromCharCode(shape.delimiter));
  const lines = [
    `${label}, read for ${bankId}:`,
    `  encoding   ${encoding}${shape.bom ? ' (with a byte-order mark)' : ''}`,
    `  separator  ${separator}${shape.sepLine ? ' (from its sep= line)' : ''}`,
    `  line ends  ${shape.lineEnds}`,
    `  header     ${layout.headerRows === 1 ? 'row 1' : `rows 1–${layout.headerRows} (survey-tool header rows, skipped)`}`,
    `  respondent ${layout.idIndex === -1 ? 'no id column: respondents are named by row' : `column ${layout.idIndex + 1} "${layout.header[layout.idIndex]}"`}`,
  ];
  if (layout.groupIndex !== -1)
    lines.push(`  group      column ${layout.groupIndex + 1} "${layout.header[layout.groupIndex]}"`);
  lines.push('', 'Columns read as questions:');
  const cut = (text: string) => (text.length > 44 ? `${text.slice(0, 43)}…` : text);
  for (const q of layout.questions)
    lines.push(`  ${String(q.index + 1).padStart(3)} ${JSON.stringify(cut(q.name))} → ${q.id} (${HOW[q.how]})`);
  if (layout.ignored.length) lines.push('', `Columns ignored: ${layout.ignored.join(', ')}`);
  if (layout.absent.length)
    lines.push('', `Questions with no column (counted as unanswered): ${layout.absent.join(', ')}`);
  lines.push('', `Answers may be ${layout.expected}, or the scale's labels in any case.`);
  return `${lines.join('\n')}\n`;
}

/** The columns found, as a --map file: `column name: question-id`. */
export function mapYaml(layout: CsvLayout): string {
  const lines = ['# leadlens column map: column name -> question id. Edit, then pass it back with --map.'];
  // A column is mapped by its name in the first header row; one without a name cannot be.
  for (const q of layout.questions)
    if (layout.header[q.index]) lines.push(`${JSON.stringify(layout.header[q.index])}: ${q.id}`);
  for (const name of layout.ignored) lines.push(`# ignored: ${JSON.stringify(name)}`);
  return `${lines.join('\n')}\n`;
}
