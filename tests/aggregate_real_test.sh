#!/bin/sh
# The police.uk street files of ../shared/data/police-uk-street (Thames
# Valley and Surrey, October 2018 to February 2019) packed as police.uk
# publishes a download, a zip archive of month folders with an outcomes
# and a stop-and-search file beside each street file, and aggregated from
# the archive.  Every district x offence x month cell, zeros included, must
# equal a count made here with awk, independently of crimetrend's reader.
#
# Usage: tests/aggregate_real_test.sh /path/to/crimetrend
set -u
ct=$1
here=$(cd "$(dirname "$0")/.." && pwd)
data=$here/../shared/data/police-uk-street
if [ ! -d "$data" ]; then
    echo "aggregate real-data test: skipped, no ../shared/data/police-uk-street"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "aggregate real-data test: FAIL: $*"; exit 1; }
export LC_ALL=C

# The archive: month folders, street files as published, and files of the
# other two kinds written here (a header and one row each).
mkdir "$tmp/dl"
for f in "$data"/*-street.csv; do
    b=$(basename "$f")
    m=$(printf '%s' "$b" | cut -c1-7)
    force=${b#"$m"-}
    force=${force%-street.csv}
    mkdir -p "$tmp/dl/$m"
    cp "$f" "$tmp/dl/$m/$b"
    printf '%s\n%s\n' 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type' \
        "x,$m,F,F,,,L,E1,Oxford 001A,Investigation complete; no suspect identified" \
        > "$tmp/dl/$m/$m-$force-outcomes.csv"
    printf '%s\n%s\n' 'Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range' \
        "Person search,$m-01T10:00:00+00:00,False,,,,Male,18-24" \
        > "$tmp/dl/$m/$m-$force-stop-and-search.csv"
done
if command -v zip >/dev/null 2>&1; then
    (cd "$tmp/dl" && zip -q -r ../download.zip .) || fail "zip failed"
elif command -v python3 >/dev/null 2>&1; then
    (cd "$tmp/dl" && python3 -c '
import os, zipfile
with zipfile.ZipFile("../download.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for d, _, fs in sorted(os.walk(".")):
        for f in sorted(fs):
            z.write(os.path.join(d, f))') || fail "python zipfile failed"
else
    echo "aggregate real-data test: skipped, neither zip nor python3"
    exit 0
fi

"$ct" aggregate "$tmp/download.zip" --jobs 2 >"$tmp/counts.csv" \
    2>"$tmp/err" || { cat "$tmp/err"; fail "aggregate exit status $?"; }
grep -q '^crimetrend: aggregate: 10 outcomes files and 10 stop-and-search files skipped' "$tmp/err" \
    || fail "no note of the 20 files skipped: $(cat "$tmp/err")"
grep -q '^crimetrend: aggregate: 10 files, 114,269 rows read' "$tmp/err" \
    || fail "not 10 files and 114,269 rows (PROVENANCE.md: 75,169 + 39,100)"

# The independent count.  No field of these files is quoted (checked), so
# a comma splits fields.  The district is the LSOA name without its final
# code when that starts with a digit; an empty one is "Unknown location";
# anti-social behaviour is left out, but its months are months of the
# input.  Cells: every district x every offence counted x every month.
if grep -q '"' "$data"/*-street.csv; then
    fail "a street file holds a quote: the awk count would be wrong"
fi
awk -F, '
FNR == 1 { next }
{
    month = $2; type = $10; name = $9
    months[month] = 1
    if (type == "Anti-social behaviour") next
    if (match(name, / [0-9][^ ]*$/)) name = substr(name, 1, RSTART - 1)
    sub(/ +$/, "", name)
    if (name == "") name = "Unknown location"
    areas[name] = 1; types[type] = 1
    n[name SUBSEP type SUBSEP month]++
}
END {
    for (a in areas) for (t in types) for (m in months)
        printf "%s,%s,%s,%d\n", a, t, m, n[a SUBSEP t SUBSEP m]
}' "$data"/*-street.csv | sort -t, -k1,1 -k2,2 -k3,3 >"$tmp/expected.csv"

tail -n +2 "$tmp/counts.csv" >"$tmp/got.csv"
if ! cmp -s "$tmp/expected.csv" "$tmp/got.csv"; then
    diff "$tmp/expected.csv" "$tmp/got.csv" | head -20
    fail "the counts differ from the awk count"
fi
cells=$(wc -l <"$tmp/got.csv")
zeros=$(grep -c ',0$' "$tmp/got.csv")
areas=$(cut -d, -f1 "$tmp/got.csv" | sort -u | wc -l)
# 13 offences (14 less anti-social behaviour) x 5 months for every area.
[ "$cells" -eq $((areas * 13 * 5)) ] || fail "$cells cells, not $areas x 13 x 5"

# The unpacked folders give the same counts.
"$ct" aggregate "$tmp/dl" --quiet | cmp -s - "$tmp/counts.csv" \
    || fail "the unpacked folders give other counts than the archive"
# By quarter, 2019Q1 holds 2 of its 3 months: left out, with a warning.
"$ct" aggregate "$tmp/download.zip" --period-type quarter \
    >"$tmp/q.csv" 2>"$tmp/qerr" || fail "quarter: exit status $?"
grep -q '2019Q1' "$tmp/q.csv" && fail "2019Q1, a part quarter, written"
grep -q '^crimetrend: period 2019Q1 left out: the input holds 2 of its 3 months (2019-01 to 2019-02)' "$tmp/qerr" \
    || fail "no warning for 2019Q1: $(cat "$tmp/qerr")"
echo "aggregate real-data test: $cells district x offence x month cells ($zeros zeros, $areas areas) match an awk count of the files, read from a police.uk-style zip"
