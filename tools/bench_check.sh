#!/bin/sh
# Claim-checking benchmark (make bench): `crimetrend check` on 1 MB of text
# in one line, in MB/s of text: the assessment page of tests/data/check
# with its line breaks made spaces, repeated (one claim every 70 bytes, far
# denser than any report); the same page among prose (a claim every 700
# bytes or so, as in a dense report); and prose with no claim.  Finding
# claims reads a sentence at a time, so the time grows with the length of
# the text and the memory the finder holds does not.
set -eu
bin=${1:-./crimetrend}
src=${SRC:-tests/data/check/assessment.md}
dir=${TMPDIR:-/tmp}/crimetrend-bench-check
rm -rf "$dir"
mkdir -p "$dir"
size=1000000  # under the 1 MiB a line may hold
tr '\n' ' ' < "$src" > "$dir/page.txt"
awk -v n="$size" 'BEGIN { RS = "\0" } { s = $0; out = ""
    while (length(out) < n) out = out s
    printf "%s", substr(out, 1, n) }' "$dir/page.txt" > "$dir/claims.txt"
awk -v n="$size" 'BEGIN { RS = "\0"; p = "The committee met on Tuesday to discuss the plans for the new library, and residents asked about parking; "
    for (i = 0; i < 200; i++) prose = prose p }
    { s = $0 prose; out = ""
    while (length(out) < n) out = out s
    printf "%s", substr(out, 1, n) }' "$dir/page.txt" > "$dir/report.txt"
awk -v n="$size" 'BEGIN { s = "The committee met on Tuesday to discuss the plans for the new library, and residents asked about parking; "
    out = ""; while (length(out) < n) out = out s
    printf "%s", substr(out, 1, n) }' > "$dir/prose.txt"
now() { date +%s.%N; }
for f in claims report prose; do
    start=$(now)
    "$bin" check "$dir/$f.txt" --format csv > "$dir/$f.csv" || true
    end=$(now)
    n=$(($(wc -l < "$dir/$f.csv") - 1))
    awk -v l="check, 1 MB of text in one line ($f)" -v s="$start" -v e="$end" \
        -v b="$size" -v n="$n" \
        'BEGIN { t = e - s; printf "%-46s %6.2f s  %7.1f MB/s  %d claims\n", l, t, b / 1e6 / t, n }'
done
rm -rf "$dir"
