/** The terminal view of a cohort: per-dimension statistics and who fell below a threshold. */
import { fit, padEnd, padStart, truncate } from '../text/cells.js';
import { displayWidth } from '../text/width.js';
import { hang, wrap } from '../text/wrap.js';
import type { Summary } from '../cohort/stats.js';
import { inert } from '../text/inert.js';
import { Chalk } from 'chalk';
import { describeMiss, LISTED_MISSES } from '../scoring/thresholds.js';
import { documentCohort, type CohortRenderer } from './cohort.js';
import { count, statisticsNotes } from './labels.js';
import type { RenderOptions } from './options.js';

const cell = (value: number | null, digits = 0) => (value === null ? '–' : value.toFixed(digits));
const HEADINGS = ['n', 'mean', 'sd', 'min', 'max', 'alpha'];

/** The statistics of one row as cells: count, mean, sd, min, max and (for a dimension) alpha. */
function cells(s: Summary & { alpha?: number | null }, withAlpha: boolean): string[] {
  const row = [count(s.n), cell(s.mean, 1), cell(s.sd, 1), cell(s.min), cell(s.max)];
  return withAlpha ? [...row, cell(s.alpha ?? null, 2)] : row;
}

export function textCohort(options: RenderOptions): CohortRenderer {
  const c = new Chalk({ level: options.colorLevel });
  const width = Math.max(40, options.width);
  // The terminal view lists only who missed a threshold.
  return documentCohort(
    LISTED_MISSES,
    (meta, misses, summary) => {
      const rows = [
        ...summary.dimensions.map((d) => ({ title: d.title, cells: cells(d, true), bold: false })),
        { title: 'Overall', cells: cells(summary.overall, false), bold: true },
      ];
      // Each column as wide as its widest cell, two spaces apart.
      const widths = HEADINGS.map((h, i) => Math.max(h.length, ...rows.map((r) => displayWidth(r.cells[i] ?? ''))));
      const numbers = (values: readonly string[]) =>
        values
          .map((v, i) => padStart(v, widths[i]!))
          .join('  ')
          .trimEnd();
      const table = widths.reduce((sum, w) => sum + w + 2, -2);
      const widest = Math.min(32, Math.max(9, ...summary.dimensions.map((d) => displayWidth(d.title))));
      const room = width - 2 - 2 - table;
      // Too narrow for a label column: each title on a line of its own, its numbers under it.
      const stacked = room < Math.min(12, widest);
      const label = Math.min(widest, room);
      const lines = [
        ...wrap(`${meta.bank.title} — cohort of ${count(summary.respondents)}`, width).map((l) => c.bold(l)),
        ...wrap(`${meta.generatedAt.slice(0, 10)} · ${meta.bank.id} v${meta.bank.version}`, width).map((l) =>
          c.gray(l),
        ),
        '',
        c.bold(`  ${stacked ? '' : `${padEnd('Dimension', label)}  `}${numbers(HEADINGS)}`),
      ];
      for (const r of rows) {
        const title = r.bold ? (t: string) => c.bold(t) : (t: string) => t;
        if (stacked) lines.push(`  ${title(truncate(r.title, width - 2))}`, `  ${numbers(r.cells)}`);
        else lines.push(`  ${title(fit(r.title, label))}  ${numbers(r.cells)}`);
      }
      lines.push('');
      lines.push(
        ...hang('Scores are 0–100. alpha: Cronbach’s alpha on the reverse-keyed items.', width, '  ').map((l) =>
          c.gray(l),
        ),
      );
      const notes: string[] = [];
      const note = (text: string, first = '', rest = '  ') => notes.push(...hang(text, width, first, rest));
      const insufficient = summary.dimensions.filter((d) => d.insufficient > 0);
      if (insufficient.length)
        note(
          `Not scored for too few answers: ${insufficient.map((d) => `${d.id} ×${count(d.insufficient)}`).join(', ')}.`,
        );
      for (const text of statisticsNotes(summary)) note(text);
      if (summary.skipped) note(`${count(summary.skipped)} invalid row${summary.skipped > 1 ? 's' : ''} skipped.`);
      if (summary.belowThreshold) {
        notes.push(
          ...wrap(
            `${count(summary.belowThreshold)} respondent${summary.belowThreshold > 1 ? 's' : ''} below a threshold:`,
            width,
          ).map((l) => c.yellow(l)),
        );
        for (const e of misses) note(`${inert(e.respondent)}: ${e.misses.map(describeMiss).join('; ')}`, '  ', '    ');
        if (summary.belowThreshold > misses.length)
          notes.push(`  …and ${count(summary.belowThreshold - misses.length)} more`);
      }
      if (notes.length) lines.push('', ...notes);
      return `${lines.join('\n')}\n`;
    },
    (entry) => entry.misses.length > 0,
  );
}
