#!/usr/bin/env bash
# Renders HTML reports in headless Chromium (Debian's `chromium`) to PNG screenshots and a PDF,
# so a person can see the chart and the print layout. Usage: scripts/check-html.sh report.html [out-dir]
set -euo pipefail
html=$(realpath "$1")
out=${2:-$(dirname "$html")}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "check-html: needs chromium (apt-get install chromium)" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")
name=$(basename "$html" .html)
"$browser" "${flags[@]}" --window-size=900,1400 --screenshot="$out/$name.png" "file://$html" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$html" 2>/dev/null
echo "$out/$name.png"
echo "$out/$name.pdf"
