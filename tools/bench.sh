#!/bin/sh
# Benchmarks of the engine (make bench): builds a large long-format counts
# file (areas x offences x months, generated with awk; never committed) and
# times reading it, aggregating months into years and writing every rate,
# with the peak memory when GNU time is installed.  Memory should grow with
# the distinct keys (the output), not with the rows read.
set -eu
bin=${1:-./crimetrend}
dir=${TMPDIR:-/tmp}/crimetrend-bench
mkdir -p "$dir"
areas=${AREAS:-2000}
if [ ! -s "$dir/counts-$areas.csv" ]; then
    awk -v areas="$areas" 'BEGIN {
        srand(20161);
        print "area,offence,period,count";
        for (a = 1; a <= areas; a++)
            for (o = 1; o <= 14; o++)
                for (y = 2015; y <= 2024; y++)
                    for (m = 1; m <= 12; m++)
                        printf "District %04d,Offence %02d,%d-%02d,%d\n", a, o, y, m, int(rand() * 200);
    }' > "$dir/counts-$areas.csv"
    awk -v areas="$areas" 'BEGIN {
        print "area,period,population";
        for (a = 1; a <= areas; a++)
            for (y = 2015; y <= 2024; y++)
                printf "District %04d,%d,%d\n", a, y, 100000 + a * 10 + y;
    }' > "$dir/population-$areas.csv"
fi
bytes=$(wc -c < "$dir/counts-$areas.csv")
rows=$(($(wc -l < "$dir/counts-$areas.csv") - 1))
. "$(dirname "$0")/bench_time.sh"
run() {
    label=$1; shift
    bench_time "$@"
    awk -v s="$start" -v e="$end" -v b="$bytes" -v r="$rows" -v l="$label" -v m="$rss" \
        'BEGIN { t = e - s; printf "%-34s %7.2f s  %7.1f MB/s  %9.0f rows/s  %s\n", l, t, b / t / 1e6, r / t, m }'
}
echo "input: $rows rows, $bytes bytes ($areas areas x 14 offences x 120 months)"
run "rates, every year, csv" "$bin" rates --counts "$dir/counts-$areas.csv" \
    --population "$dir/population-$areas.csv" --period-type year --period all --format csv
run "change 2023 -> 2024, csv" "$bin" change --counts "$dir/counts-$areas.csv" \
    --population "$dir/population-$areas.csv" --period-type year --format csv
# An area hierarchy 20,000 levels deep (each area the parent of the next):
# the cycle check and the roll-up are linear in the areas, so this stays
# well under a second (it took 9 s when each link walked the chain).
deep="$dir/deep"
mkdir -p "$deep"
awk 'BEGIN { print "area,parent"; for (i = 1; i < 20000; i++) printf "A%d,A%d\n", i, i - 1 }' > "$deep/areas.csv"
printf 'area,offence,period,count\nA19999,Theft,2020,5\n' > "$deep/counts.csv"
printf 'area,period,population\nA19999,2020,1000\n' > "$deep/population.csv"
start=$(date +%s.%N)
"$bin" rates "$deep" --area A0 --format csv > /dev/null
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "%-34s %7.2f s  (20,000-level areas.csv; limit 1 s)\n", "rates, 20,000-level hierarchy", e - s }'
