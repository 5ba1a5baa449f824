/** The page around an HTML report: inline styles only, no scripts, no network, prints cleanly to PDF. */
import { html as esc } from '../text/escape.js';

const STYLE = `
:root { --ink: #1d2433; --muted: #5b6475; --line: #dde2ea; --dev: #d97706; --solid: #2563eb; --strength: #15803d; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #f6f7f9; }
main { max-width: 860px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
.meta, .muted, .source { color: var(--muted); }
.overall { font-size: 17px; margin: 12px 0 0; }
.chart { width: 100%; height: auto; margin: 12px 0; }
.chart .label { font-size: 13px; fill: var(--ink); }
.chart .tick { font-size: 11px; fill: var(--muted); }
.chart .value { font-size: 14px; font-weight: 600; fill: var(--ink); }
.chart .muted { font-weight: 400; fill: var(--muted); }
.zone-development { fill: #fff7ed; } .zone-solid { fill: #eff6ff; } .zone-strength { fill: #f0fdf4; }
.bar.development { fill: var(--dev); } .bar.solid { fill: var(--solid); } .bar.strength { fill: var(--strength); } .bar.insufficient { fill: #9ca3af; }
.whisker { stroke: var(--ink); stroke-width: 2; }
.threshold { stroke: #b91c1c; stroke-width: 2; stroke-dasharray: 3 2; }
.band { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 13px; color: #fff; white-space: nowrap; }
.band.development { background: var(--dev); } .band.solid { background: var(--solid); } .band.strength { background: var(--strength); } .band.insufficient { background: #9ca3af; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.area { break-inside: avoid; border-left: 4px solid var(--dev); padding: 2px 0 2px 16px; margin: 16px 0; }
.area.keep { border-color: var(--strength); }
.steps th { width: 110px; color: var(--muted); font-weight: 600; }
blockquote { margin: 8px 0; padding: 4px 12px; border-left: 3px solid var(--line); color: var(--muted); }
.source { font-size: 13px; margin-top: 40px; border-top: 1px solid var(--line); padding-top: 12px; }
@media print {
  body { background: #fff; font-size: 12pt; }
  main { padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 18mm 16mm; }
`;

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="leadlens">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
