#!/bin/sh
# Benchmark of `crimetrend aggregate` (make bench): generates police.uk-like
# street files with the shared generator (outside the tree, in $TMPDIR),
# checks the counts against the generator's ground truth, and times
# --jobs 1 and --jobs 2 with MB/s and peak memory (GNU time).
# BENCH_ROWS=5000000 gives the 1.13 GB file of the published yardsticks.
set -eu
bin=${1:-./crimetrend}
gen=${GEN_CRIMES:-../shared/bench/gen_crimes.py}
rows=${BENCH_ROWS:-450000}
if [ ! -f "$gen" ]; then
    echo "bench_aggregate: no $gen beside the tree; skipped"; exit 0
fi
dir=${TMPDIR:-/tmp}/crimetrend-bench
mkdir -p "$dir"
csv=$dir/crimes-$rows.csv
if [ ! -s "$csv" ] || [ ! -s "$csv.expect.tsv" ]; then
    python3 "$gen" --rows "$rows" --out "$csv" --expect "$csv.expect.tsv"
fi
bytes=$(wc -c < "$csv")
# The ground truth is by calendar year, with rows without a location
# under area "".
for jobs in 1 2; do
    out=$dir/counts-$jobs.csv
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$dir/rss" "$bin" aggregate "$csv" \
            --include-asb --period-type year --jobs "$jobs" --quiet \
            --output "$out"
        rss="$(cat "$dir/rss") KiB peak"
    else
        "$bin" aggregate "$csv" --include-asb --period-type year \
            --jobs "$jobs" --quiet --output "$out"
        rss="peak memory not measured (install GNU time)"
    fi
    end=$(date +%s.%N)
    awk -F, -v OFS='\t' 'NR > 1 {
            if ($1 == "Unknown location") $1 = "";
            print $1, $2, $3, $4 }' "$out" | LC_ALL=C sort > "$dir/got.tsv"
    LC_ALL=C sort "$csv.expect.tsv" > "$dir/want.tsv"
    if cmp -s "$dir/got.tsv" "$dir/want.tsv"; then ok="counts match"; else
        ok="COUNTS DIFFER"; fi
    awk -v b="$bytes" -v s="$start" -v e="$end" -v j="$jobs" -v r="$rss" \
        -v ok="$ok" 'BEGIN { t = e - s;
        printf "aggregate --jobs %d: %.1f MB in %.3f s, %.0f MB/s, %s, %s\n",
               j, b / 1e6, t, b / 1e6 / t, r, ok }'
    [ "$ok" = "counts match" ] || exit 1
done
start=$(date +%s.%N); wc -l "$csv" > /dev/null; end=$(date +%s.%N)
awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN {
    printf "wc -l: %.0f MB/s (the reading ceiling)\n", b / 1e6 / (e - s) }'
