#!/bin/sh
# Benchmark of reading documents for `check` (make bench): a 300-page report of about 1 MB
# (generated with awk, never committed: paragraphs of assessment prose with
# a claim in each, a table and a page number every page), checked as
# Markdown text and as an HTML page with navigation, scripts and tables.
# Prints MB/s for each (reading alone, then reading and checking), and the
# peak memory when GNU time is installed.
set -eu
bin=${1:-./crimetrend}
reader=${2:-}   # tools/bench_document.c built, to time reading alone
dir=${TMPDIR:-/tmp}/crimetrend-bench
mkdir -p "$dir"
pages=${PAGES:-300}
awk -v pages="$pages" -v html=0 -f - > "$dir/report-$pages.md" <<'AWK'
BEGIN {
    srand(2015);
    split("Burglary,Robbery,Vehicle crime,Criminal damage,Shoplifting,Violence with injury", off, ",");
    for (p = 1; p <= pages; p++) {
        for (k = 1; k <= 9; k++) {
            o = off[int(rand() * 6) + 1];
            a = int(rand() * 5000) + 200; b = int(a * (0.7 + rand() * 0.6));
            pct = sprintf("%.1f", 100 * (b - a) / a);
            word = b >= a ? "rose" : "fell";
            printf "%s in District %d %s from %d to %d in the year to September 2015,\n", o, p * 10 + k, word, a, b;
            printf "a change of %s%%. The partnership noted that the pattern was similar\n", pct;
            printf "to the previous year and that the figures are recorded crime, which\n";
            printf "depends on reporting and recording practice as well as on offending.\n";
            printf "Analysts reviewed the hotspots with neighbourhood teams each month.\n\n";
        }
        a = int(rand() * 900) + 100; b = int(rand() * 900) + 100;
        printf "| Offence | 2014 | 2015 | Change |\n|---|---|---|---|\n";
        printf "| %s | %d | %d | %+d%% |\n\n", off[1 + p % 6], a, b, int(100 * (b - a) / a);
        printf "%d\n\n", p;
    }
}
AWK
# The same report as a page: every paragraph a <p>, every table a <table>,
# with the navigation and scripts a council page carries.
awk 'BEGIN {
    print "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report</title>";
    print "<script>var pages = 300; /* rose from 1 to 2, up 100% */</script></head><body>";
    print "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/safety\">Community safety</a></li></ul></nav><main>";
}
/^\| Offence/ { print "<table><tr><th>Offence</th><th>2014</th><th>2015</th><th>Change</th></tr>"; next }
/^\|---/ { next }
/^\| / { n = split($0, c, "|"); printf "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr></table>\n", c[2], c[3], c[4], c[5]; next }
/^[0-9]+$/ { next }
/^$/ { if (open) print "</p>"; open = 0; next }
{ if (!open) printf "<p>"; open = 1; gsub(/&/, "\\&amp;"); print }
END { if (open) print "</p>"; print "</main><footer>Page last updated: 4 December 2015</footer></body></html>" }' \
    "$dir/report-$pages.md" > "$dir/report-$pages.html"

run() {
    label=$1; file=$2
    bytes=$(wc -c < "$file")
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$dir/rss" "$bin" check "$file" --format csv > "$dir/out.csv" || [ $? = 1 ]
        rss="$(cat "$dir/rss") KiB peak"
    else
        "$bin" check "$file" --format csv > "$dir/out.csv" || [ $? = 1 ]
        rss="peak memory not measured (install GNU time)"
    fi
    end=$(date +%s.%N)
    claims=$(($(wc -l < "$dir/out.csv") - 1))
    awk -v l="$label" -v b="$bytes" -v s="$start" -v e="$end" -v c="$claims" -v r="$rss" 'BEGIN {
        t = e - s; printf "check %-5s %5.2f MB in %.3f s: %6.2f MB/s, %d claims, %s\n", l, b / 1e6, t, b / 1e6 / t, c, r }'
}
if [ -n "$reader" ]; then
    "$reader" "$dir/report-$pages.md" "$dir/report-$pages.html"
fi
run text "$dir/report-$pages.md"
run html "$dir/report-$pages.html"
