/**
 * A bank as a coach reads it, without opening the YAML: scale, dimensions and questions, in the
 * leader's wording or the observer's; and blank answers files and CSV headers to hand out. Pure.
 */
import { wrap } from '../text/wrap.js';
import type { Bank, Question } from './schema.js';

/** Who the observer wording speaks of, when no leader is named. */
const THIS_LEADER = 'This leader';

export interface FormOptions {
  /** The observer form: third-person wording, without self-only questions. */
  observer?: boolean;
}

const questionsOf = (bank: Bank, observer: boolean): Question[] =>
  observer ? bank.questions.filter((q) => !q.selfOnly) : bank.questions;
const wordingOf = (q: Question, observer: boolean) =>
  observer && q.observer ? `${THIS_LEADER} ${q.observer}` : q.text;

function scaleLine(bank: Bank, observer: boolean): string {
  const { min, labels, notApplicable } = bank.scale;
  const points = labels.map((label, i) => `${min + i} = ${label}`);
  if (notApplicable)
    points.push(`na = ${observer ? (bank.scale.observerNotApplicable ?? 'I have not seen this') : notApplicable}`);
  return points.join(', ');
}

function stemOf(bank: Bank, observer: boolean): string | undefined {
  return observer ? bank.scale.observerStem?.replaceAll('{name}', THIS_LEADER.toLowerCase()) : bank.scale.stem;
}

/** The bank's questions as data: what `show --format json` prints. */
export function bankOutline(bank: Bank, options: FormOptions = {}) {
  const observer = options.observer ?? false;
  return {
    id: bank.id,
    title: bank.title,
    version: bank.version,
    description: bank.description,
    form: observer ? 'observer' : 'self',
    scale: { ...bank.scale, stem: stemOf(bank, observer) ?? null },
    dimensions: bank.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      questions: questionsOf(bank, observer)
        .filter((q) => q.dimension === d.id)
        .map((q) => ({ id: q.id, text: wordingOf(q, observer), reverse: q.reverse, selfOnly: q.selfOnly })),
    })),
    reflections: observer ? [] : bank.reflections.map((r) => ({ id: r.id, text: r.text })),
  };
}

export function showText(bank: Bank, options: FormOptions & { width?: number } = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const outline = bankOutline(bank, options);
  const lines = [
    ...wrap(`${bank.title} (${bank.id} v${bank.version})${options.observer ? ', observer form' : ''}`, width),
    '',
    ...wrap(bank.description, width),
    '',
  ];
  if (outline.scale.stem) lines.push(...wrap(outline.scale.stem, width));
  lines.push(
    ...wrap(`Answers: ${scaleLine(bank, options.observer ?? false)}`, width),
    ...wrap('R marks a reverse-keyed question: "often" means less of what the dimension measures.', width),
    '',
  );
  const idWidth = Math.max(...bank.questions.map((q) => q.id.length));
  const indent = ' '.repeat(idWidth + 5);
  for (const d of outline.dimensions) {
    lines.push(...wrap(`${d.title} (${d.id})`, width));
    for (const q of d.questions) {
      const text = wrap(
        `${q.text}${q.selfOnly ? ' (self only: not on the observer form)' : ''}`,
        width - indent.length,
      );
      text.forEach((part, i) =>
        lines.push(i === 0 ? `  ${q.id.padEnd(idWidth)} ${q.reverse ? 'R' : ' '} ${part}` : `${indent}${part}`),
      );
    }
    lines.push('');
  }
  if (outline.reflections.length) {
    lines.push('Reflections (free text, not scored)');
    for (const r of outline.reflections)
      lines.push(...wrap(`${r.id}: ${r.text}`, width - 4).map((l, i) => `${i ? '    ' : '  '}${l}`));
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

const mdText = (text: string) => text.replace(/([\\`*_[\]|<>])/g, '\\$1');

export function showMarkdown(bank: Bank, options: FormOptions = {}): string {
  const outline = bankOutline(bank, options);
  const out = [
    `## ${mdText(bank.title)}${options.observer ? ' — observer form' : ''}`,
    '',
    `\`${bank.id}\` v${mdText(bank.version)}`,
    '',
    mdText(bank.description),
    '',
  ];
  if (outline.scale.stem)
    out.push(`*${mdText(outline.scale.stem)}* ${mdText(scaleLine(bank, options.observer ?? false))}`, '');
  for (const d of outline.dimensions) {
    out.push(`### ${mdText(d.title)}`, '', '| id | question | |', '| --- | --- | --- |');
    for (const q of d.questions)
      out.push(
        `| \`${q.id}\` | ${mdText(q.text)} | ${q.reverse ? 'reverse-keyed' : ''}${q.selfOnly ? ' self only' : ''} |`,
      );
    out.push('');
  }
  if (outline.reflections.length) {
    out.push('### Reflections', '');
    for (const r of outline.reflections) out.push(`- \`${r.id}\`: ${mdText(r.text)}`);
    out.push('');
  }
  return out.join('\n');
}

/** A blank answers file: every question id, with its text as a comment, ready to fill in. */
export function answersTemplate(bank: Bank, options: FormOptions = {}): string {
  const observer = options.observer ?? false;
  const stem = stemOf(bank, observer);
  const lines = [
    `# ${observer ? 'Observer answers' : 'Answers'} for ${bank.title} (${bank.id} v${bank.version}).`,
    ...(stem ? [`# ${stem}`] : []),
    `# ${scaleLine(bank, observer)}`,
    '# Put a number after each question id; leave it blank to skip the question.',
    observer
      ? '# Then give the file to whoever runs the 360: leadlens 360 --observers <file>'
      : `# Then: leadlens take ${bank.id} --answers <file>`,
    `bank: ${bank.id}`,
    ...(observer
      ? ["# about: the leader's name", '# group: manager, peer, direct-report, customer or other']
      : ['# respondent: your name']),
    'answers:',
  ];
  for (const d of bank.dimensions) {
    const questions = questionsOf(bank, observer).filter((q) => q.dimension === d.id);
    if (!questions.length) continue;
    lines.push(`  # ${d.title}`);
    for (const q of questions) lines.push(`  ${q.id}:    # ${wordingOf(q, observer)}`);
  }
  if (!observer && bank.reflections.length) {
    lines.push('reflections:    # optional free text');
    for (const r of bank.reflections) lines.push(`  # ${r.id}: ${r.text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The header row of a CSV cohort for this bank: the id column, then the question ids. */
export function csvTemplate(bank: Bank, options: FormOptions = {}): string {
  const observer = options.observer ?? false;
  return `${['respondent', ...(observer ? ['group'] : []), ...questionsOf(bank, observer).map((q) => q.id)].join(',')}\r\n`;
}
