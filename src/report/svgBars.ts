/** A horizontal bar chart as inline SVG: one bar per dimension on a 0–100 axis with the band zones behind. */
import { html as esc } from '../text/escape.js';
import { wrapAtMost } from '../text/wrap.js';

export interface BarDatum {
  label: string;
  /** 0–100, or null for a dimension that was not scored. */
  value: number | null;
  /** CSS class for the bar's colour (the band). */
  tone: string;
  /** Optional whisker: ± this many points (a cohort's standard deviation). */
  spread?: number | null;
  /** Optional marker: a --fail-under threshold. */
  threshold?: number;
}

const WIDTH = 720;
const LABEL = 300;
const PLOT = 340;
const ROW = 40;
const TOP = 28;

// Columns of text beside the chart: 38 at the label's font size, or 19 kanji (each two columns wide).
const LABEL_COLUMNS = 38;

/** A title on one or two lines beside its bar; what does not fit on two ends with an ellipsis. */
export const labelLines = (text: string): string[] => wrapAtMost(text, LABEL_COLUMNS, 2);

export function svgBars(data: readonly BarDatum[], bands: { solid: number; strength: number }, title: string): string {
  const height = TOP + data.length * ROW + 8;
  const x = (value: number) => LABEL + (Math.max(0, Math.min(100, value)) / 100) * PLOT;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(title)}" class="chart">`,
    `<title>${esc(title)}</title>`,
    `<rect class="zone-development" x="${LABEL}" y="${TOP - 6}" width="${x(bands.solid) - LABEL}" height="${height - TOP}"/>`,
    `<rect class="zone-solid" x="${x(bands.solid)}" y="${TOP - 6}" width="${x(bands.strength) - x(bands.solid)}" height="${height - TOP}"/>`,
    `<rect class="zone-strength" x="${x(bands.strength)}" y="${TOP - 6}" width="${x(100) - x(bands.strength)}" height="${height - TOP}"/>`,
  ];
  for (const tick of [0, bands.solid, bands.strength, 100]) {
    parts.push(`<text class="tick" x="${x(tick)}" y="${TOP - 12}" text-anchor="middle">${tick}</text>`);
  }
  data.forEach((d, i) => {
    const y = TOP + i * ROW;
    const lines = labelLines(d.label);
    const labelY = y + ROW / 2 - (lines.length - 1) * 8 + 4;
    // A cut title keeps its full text as the label's tooltip and accessible name.
    const full =
      lines.join('').replace(/\s/g, '') === d.label.replace(/\s/g, '') ? '' : `<title>${esc(d.label)}</title>`;
    parts.push(
      `<text class="label" x="${LABEL - 12}" y="${labelY}" text-anchor="end">${full}${lines.map((l, j) => `<tspan x="${LABEL - 12}" dy="${j ? 16 : 0}">${esc(l)}</tspan>`).join('')}</text>`,
    );
    if (d.value === null) {
      parts.push(`<text class="value muted" x="${LABEL + 8}" y="${y + ROW / 2 + 4}">not scored</text>`);
    } else {
      parts.push(
        `<rect class="bar ${esc(d.tone)}" x="${LABEL}" y="${y + 8}" width="${(x(d.value) - LABEL).toFixed(1)}" height="${ROW - 16}" rx="3"/>`,
      );
      if (d.spread) {
        const cy = y + ROW / 2;
        parts.push(
          `<line class="whisker" x1="${x(d.value - d.spread).toFixed(1)}" x2="${x(d.value + d.spread).toFixed(1)}" y1="${cy}" y2="${cy}"/>`,
        );
      }
      parts.push(`<text class="value" x="${x(100) + 10}" y="${y + ROW / 2 + 5}">${Math.round(d.value)}</text>`);
    }
    if (d.threshold !== undefined) {
      parts.push(
        `<line class="threshold" x1="${x(d.threshold)}" x2="${x(d.threshold)}" y1="${y + 4}" y2="${y + ROW - 4}"><title>threshold ${d.threshold}</title></line>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}
