/** The terminal view of a cohort: per-dimension statistics and who fell below a threshold. */
import { fit } from '../text/cells.js';
import { inert } from '../text/inert.js';
import { Chalk } from 'chalk';
import { describeMiss, LISTED_MISSES } from '../scoring/thresholds.js';
import { documentCohort, type CohortRenderer } from './cohort.js';
import { count, statisticsNotes } from './labels.js';
import type { RenderOptions } from './options.js';

const cell = (value: number | null, width: number, digits = 0) =>
  (value === null ? '–' : value.toFixed(digits)).padStart(width);

export function textCohort(options: RenderOptions): CohortRenderer {
  const c = new Chalk({ level: options.colorLevel });
  // The terminal view lists only who missed a threshold.
  return documentCohort(
    LISTED_MISSES,
    (meta, misses, summary) => {
      const label = Math.min(32, Math.max(9, ...summary.dimensions.map((d) => d.title.length)));
      const lines = [
        c.bold(`${meta.bank.title} — cohort of ${count(summary.respondents)}`),
        c.gray(`${meta.generatedAt.slice(0, 10)} · ${meta.bank.id} v${meta.bank.version}`),
        '',
      ];
      lines.push(
        c.bold(
          `  ${'Dimension'.padEnd(label)} ${'n'.padStart(10)} ${'mean'.padStart(6)} ${'sd'.padStart(6)} ${'min'.padStart(5)} ${'max'.padStart(5)} ${'alpha'.padStart(6)}`,
        ),
      );
      for (const d of summary.dimensions) {
        lines.push(
          `  ${fit(d.title, label)} ${count(d.n).padStart(10)} ${cell(d.mean, 6, 1)} ${cell(d.sd, 6, 1)} ${cell(d.min, 5)} ${cell(d.max, 5)} ${cell(d.alpha, 6, 2)}`,
        );
      }
      const o = summary.overall;
      lines.push(
        `  ${c.bold('Overall'.padEnd(label))} ${count(o.n).padStart(10)} ${cell(o.mean, 6, 1)} ${cell(o.sd, 6, 1)} ${cell(o.min, 5)} ${cell(o.max, 5)}`,
        '',
      );
      lines.push(c.gray('  Scores are 0–100. alpha: Cronbach’s alpha on the reverse-keyed items.'));
      const notes: string[] = [];
      const insufficient = summary.dimensions.filter((d) => d.insufficient > 0);
      if (insufficient.length)
        notes.push(
          `Not scored for too few answers: ${insufficient.map((d) => `${d.id} ×${count(d.insufficient)}`).join(', ')}.`,
        );
      notes.push(...statisticsNotes(summary));
      if (summary.skipped)
        notes.push(`${count(summary.skipped)} invalid row${summary.skipped > 1 ? 's' : ''} skipped.`);
      if (summary.belowThreshold) {
        notes.push(
          c.yellow(
            `${count(summary.belowThreshold)} respondent${summary.belowThreshold > 1 ? 's' : ''} below a threshold:`,
          ),
        );
        for (const e of misses) notes.push(`  ${inert(e.respondent)}: ${e.misses.map(describeMiss).join('; ')}`);
        if (summary.belowThreshold > misses.length)
          notes.push(`  …and ${count(summary.belowThreshold - misses.length)} more`);
      }
      if (notes.length) lines.push('', ...notes);
      return `${lines.join('\n')}\n`;
    },
    (entry) => entry.misses.length > 0,
  );
}
