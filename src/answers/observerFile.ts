/** An observer's answers as an answers file that `360 --observers` reads. Pure. */
import type { Bank } from '../bank/schema.js';
import type { Responses } from './schema.js';

/** Who an observer form was about, and the observer's relationship to them. */
export interface ObserverHeader {
  about: string;
  relationship: string;
  /** The observer's own name: left out unless given, so the file stays anonymous. */
  respondent?: string;
}

export const RELATIONSHIPS = ['manager', 'peer', 'direct-report', 'customer', 'other'] as const;

// JSON strings are YAML double-quoted scalars, so any name is written safely.
const quoted = (text: string) => JSON.stringify(text);

export function observerAnswersYaml(bank: Bank, responses: Responses, header: ObserverHeader): string {
  const lines = [
    `# Observer answers for ${bank.title} (${bank.id} v${bank.version}), about ${header.about}.`,
    '# Give this file to whoever runs the 360: leadlens 360 --observers <this file>',
    `bank: ${bank.id}`,
    `about: ${quoted(header.about)}`,
    `group: ${header.relationship}`,
  ];
  if (header.respondent) lines.push(`respondent: ${quoted(header.respondent)}`);
  lines.push('answers:');
  for (const q of bank.questions) {
    if (responses.answers[q.id] !== undefined) lines.push(`  ${q.id}: ${responses.answers[q.id]}`);
    else if (responses.notApplicable?.includes(q.id)) lines.push(`  ${q.id}: na`);
  }
  return `${lines.join('\n')}\n`;
}
