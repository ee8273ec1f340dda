#!/bin/sh
# Benchmarks of peers and project (make bench): peer groups for 10,000
# generated areas x 30 variables (with the leave-one-variable-out check),
# and projections of 1,000,000 generated series (200,000 areas x 5
# offences, six years, wide by period), each timed with its peak memory
# when GNU time is installed.  The inputs are generated with awk outside
# the tree and never committed.  AREAS and SERIES_AREAS change the sizes.
set -eu
bin=${1:-./crimetrend}
dir=${TMPDIR:-/tmp}/crimetrend-bench
mkdir -p "$dir"
areas=${AREAS:-10000}
vars=${VARS:-30}
series_areas=${SERIES_AREAS:-200000}
cov="$dir/covariates-$areas-$vars.csv"
if [ ! -s "$cov" ]; then
    awk -v n="$areas" -v p="$vars" 'BEGIN {
        srand(2026);
        printf "area";
        for (j = 1; j <= p; j++) printf ",v%02d", j;
        printf "\n";
        for (i = 1; i <= n; i++) {
            printf "Area %05d", i;
            c = i % 50;   # fifty loose clusters
            for (j = 1; j <= p; j++) printf ",%.4f", (c * j) % 17 + rand() * 4;
            printf "\n";
        }
    }' > "$cov"
fi
series="$dir/series-$series_areas.csv"
if [ ! -s "$series" ]; then
    awk -v n="$series_areas" 'BEGIN {
        srand(2027);
        print "area,offence,2019,2020,2021,2022,2023,2024";
        for (a = 1; a <= n; a++)
            for (o = 1; o <= 5; o++) {
                mu = 20 + (a * 7 + o * 13) % 400;
                printf "Area %06d,Offence %d", a, o;
                for (y = 0; y < 6; y++)
                    printf ",%d", int(mu * exp(-0.03 * y) + (rand() - 0.5) * 2 * sqrt(mu));
                printf "\n";
            }
    }' > "$series"
fi
. "$(dirname "$0")/bench_time.sh"
run() {
    label=$1; shift
    bench_time "$@"
    printf '%-48s %6.2f s  %s\n' "$label" \
        "$(echo "$end - $start" | bc)" "$rss"
}
run "peers: $areas areas x $vars variables, k 7" \
    "$bin" peers "$cov" --quiet --output "$dir/peers-out.csv"
run "peers: the same, regression weights on v01" \
    "$bin" peers "$cov" --quiet --weights regression --rate-variable v01 \
    --output "$dir/peers-out.csv"
# A plain file by period, wanted as CSV, is projected as it is read
# (memory per series).  The same file from standard input takes the
# general path (the whole dataset, then the table) and must give the same
# bytes: the two lines show what streaming saves.  On 1,000,000 series,
# 2 shared vCPUs under load: streamed 2.4 s user (6.0 s wall) and 51 MiB
# peak, general 17.5 s user (57 s wall) and 854 MiB; --backtest 1.5 s
# user and 51 MiB against 9.8 s and 514 MiB.
run "project: $((series_areas * 5)) series, window 5" \
    "$bin" project --counts "$series" --layout wide-periods --quiet \
    --format csv --output "$dir/project-out.csv"
run "project --backtest: the same series" \
    "$bin" project --counts "$series" --layout wide-periods --quiet \
    --backtest --format csv --output "$dir/backtest-out.csv"
run_stdin() {
    label=$1; input=$2; shift 2
    run "$label" sh -c '"$@" < "$0"' "$input" "$@"
}
run_stdin "project, general path (standard input)" "$series" \
    "$bin" project --counts - --layout wide-periods --quiet \
    --format csv --output "$dir/project-general.csv"
if cmp -s "$dir/project-out.csv" "$dir/project-general.csv"; then
    echo "project: streamed and general outputs are the same bytes"
else
    echo "project: streamed and general outputs DIFFER" >&2
    exit 1
fi
