#!/bin/sh
# The same county executive summary as Markdown, as an HTML page and as a
# PDF printed from that page must give the same verdicts, those worked out
# by hand in tests/data/check/formats/county-summary.expected.  The PDF is
# printed by headless Chromium when it is installed, else the committed
# copy (printed the same way) is read.  Needs pdftotext for the PDF.
#
# two-columns.html and the PDF Chromium printed of it (committed) must give
# the verdicts of two-columns.expected: the PDF is read column by column.
#
# Usage: tests/check_formats.sh /path/to/crimetrend
set -u
bin=$1
cd "$(dirname "$0")/.."
dir=tests/data/check/formats
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
sed -e 's/ *#.*//' -e '/^$/d' "$dir/county-summary.expected" >"$tmp/expected"

# Compares the verdicts in the CSV $1 that check wrote for the input $2
# with the expected list $3 (the file $4 in tests/data/check/formats).
# The verdict is the second last field; the explanation, last, may be
# quoted with commas inside, but never holds a verdict name.
compare_verdicts() {
    sed 1d "$1" |
        grep -o -E ',(consistent|consistent-if-half-even|consistent-if-truncated|inconsistent|not-checkable),' |
        tr -d , >"$tmp/got"
    if ! cmp -s "$3" "$tmp/got"; then
        echo "FAIL formats: $2: verdicts differ from $4"
        diff "$3" "$tmp/got" | head -20
        status=1
    fi
}

pdf="$dir/county-summary.pdf"
if command -v chromium >/dev/null 2>&1; then
    # Printed from a copy, so that the footer Chromium adds names no
    # folder of the tree.
    cp "$dir/county-summary.html" "$tmp/county-summary.html"
    if timeout 120 chromium --headless --no-sandbox --disable-gpu \
        --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync \
        --user-data-dir="$tmp/profile" --print-to-pdf="$tmp/printed.pdf" \
        "file://$tmp/county-summary.html" >/dev/null 2>&1 &&
        [ -s "$tmp/printed.pdf" ]; then
        pdf="$tmp/printed.pdf"
    else
        echo "formats: chromium could not print the page; reading the committed PDF"
    fi
else
    echo "formats: no chromium; reading the committed PDF"
fi
inputs="$dir/county-summary.md $dir/county-summary.html"
if command -v pdftotext >/dev/null 2>&1; then
    inputs="$inputs $pdf"
else
    echo "formats: no pdftotext (poppler-utils); the PDF is skipped"
fi
for f in $inputs; do
    "$bin" check "$f" --format csv >"$tmp/out.csv" 2>"$tmp/err"
    st=$?
    if [ $st != 1 ]; then
        echo "FAIL formats: $f: exit status $st, expected 1"; cat "$tmp/err"
        status=1; continue
    fi
    compare_verdicts "$tmp/out.csv" "$f" "$tmp/expected" \
        county-summary.expected
done
# A bulletin in two columns: the PDF is read column by column.
sed -e 's/ *#.*//' -e '/^$/d' "$dir/two-columns.expected" >"$tmp/expected2"
inputs2="$dir/two-columns.html"
command -v pdftotext >/dev/null 2>&1 && inputs2="$inputs2 $dir/two-columns.pdf"
for f in $inputs2; do
    "$bin" check "$f" --format csv >"$tmp/out.csv" 2>"$tmp/err"
    compare_verdicts "$tmp/out.csv" "$f" "$tmp/expected2" \
        two-columns.expected
done
[ $status = 0 ] && echo "formats: the same $(wc -l <"$tmp/expected") verdicts from $(echo $inputs | wc -w) formats; $(wc -l <"$tmp/expected2") from a two-column page and its PDF"
exit $status
