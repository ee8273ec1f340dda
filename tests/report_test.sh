#!/bin/sh
# Opens the demo assessment (report.html) in headless Chromium, as a reader
# would: the page must load without script or resource errors, show its
# title, the summary and every chart inline, and render to a screenshot.
# Skipped, with a message, when Chromium is not installed.
set -u
bin=$1
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL report: $*"; }
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "report: 0 passed, 0 failed, 3 skipped (no chromium)"
    exit 0
fi
"$bin" assess datasets/demo-county --area Demoshire --out "$tmp/rep" \
    --quiet > /dev/null || { echo "FAIL report: assess failed"; exit 1; }
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
--disable-background-networking --disable-component-update --disable-sync
--enable-logging=stderr --v=0 --user-data-dir=$tmp/profile"
url="file://$tmp/rep/report.html"
# shellcheck disable=SC2086
timeout 180 "$browser" $flags --dump-dom "$url" > "$tmp/dom.html" 2> "$tmp/dom.err"
charts=$(ls "$tmp/rep/charts"/*.svg 2>/dev/null | wc -l)
inline=$(grep -o '<svg' "$tmp/dom.html" | wc -l)
if grep -q 'Strategic assessment: Demoshire, 2024' "$tmp/dom.html" &&
   grep -q 'Executive summary' "$tmp/dom.html" &&
   [ "$charts" -ge 5 ] && [ "$inline" -ge "$charts" ]; then ok; else
    bad "page lacks its title, summary or charts ($inline inline SVG, $charts drawn)"
fi
if grep -E -i 'Uncaught|ERR_FILE_NOT_FOUND|Failed to load resource|SyntaxError' \
    "$tmp/dom.err"; then bad "the browser reported errors"; else ok; fi
# shellcheck disable=SC2086
timeout 180 "$browser" $flags --window-size=1000,4000 \
    --screenshot="$tmp/shot.png" "$url" > /dev/null 2>&1
if [ "$(head -c 8 "$tmp/shot.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] &&
   [ "$(wc -c < "$tmp/shot.png")" -gt 50000 ]; then ok; else
    bad "no screenshot of the page"
fi
echo "report: $pass passed, $fail failed"
[ $fail = 0 ]
