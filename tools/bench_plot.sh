#!/bin/sh
# Chart rendering benchmark (make bench): the demo batch, every chart of
# datasets/demo-county as make demo draws it, rendered as PNG by
# crimetrend plot in batches (one gnuplot process per job), against the
# same scripts rendered with one gnuplot process per chart.  The batched
# times include reading the data and writing the scripts, which the
# --render none line shows alone.
set -eu
bin=${1:-./crimetrend}
data=${DATA:-datasets/demo-county}
dir=${TMPDIR:-/tmp}/crimetrend-bench-plot
jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
[ "$jobs" -gt 8 ] && jobs=8
command -v gnuplot >/dev/null || { echo "bench_plot: gnuplot is not installed"; exit 1; }
rm -rf "$dir"
mkdir -p "$dir"
now() { date +%s.%N; }
report() {
    awk -v l="$1" -v s="$2" -v e="$3" -v n="$4" \
        'BEGIN { t = e - s; printf "%-42s %7.2f s  %6.1f ms a chart\n", l, t, 1000 * t / n }'
}
start=$(now)
n=$("$bin" plot "$data" --out "$dir/scripts" --render none --quiet | awk '{ print $1 }')
report "scripts only (--render none)" "$start" "$(now)" "$n"
echo "demo batch: $n charts of $data, PNG 800 x 450"
start=$(now)
"$bin" plot "$data" --out "$dir/batched-1" --jobs 1 --quiet > /dev/null
report "batched, 1 gnuplot process" "$start" "$(now)" "$n"
if [ "$jobs" -gt 1 ]; then
    start=$(now)
    "$bin" plot "$data" --out "$dir/batched-$jobs" --jobs "$jobs" --quiet > /dev/null
    report "batched, $jobs gnuplot processes (--jobs $jobs)" "$start" "$(now)" "$n"
fi
start=$(now)
(cd "$dir/scripts" && for f in *.gp; do gnuplot "$f" > /dev/null 2>&1; done)
report "one gnuplot process per chart" "$start" "$(now)" "$n"
drawn=$(ls "$dir/scripts" | grep -c '\.png$' || true)
[ "$drawn" = "$n" ] || echo "bench_plot: only $drawn of $n charts drawn one by one"
rm -rf "$dir"
