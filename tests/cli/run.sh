#!/bin/sh
# Runs every CLI case under tests/cli/cases/: each folder holds 'cmd' (a
# shell command line in which $CT is the crimetrend binary, run from the top
# of the source tree), an optional 'stdin', and the exact 'expected.out',
# 'expected.err' and 'expected.status'.  Ends with "N passed, N failed".
#
# Usage: tests/cli/run.sh /path/to/crimetrend [case-name...]
# With UPDATE=1 the expected files are rewritten from the actual output
# (review the diff before committing).
set -u
bin=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
CT="${VALGRIND:+$VALGRIND }$bin"
export CT
SHARED=../shared/data  # relative to the top, where each case runs
export SHARED
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
skipped=0
if [ $# -gt 0 ]; then cases=$*; else cases=$(ls "$here/cases"); fi
for name in $cases; do
    dir="$here/cases/$name"
    [ -f "$dir/cmd" ] || continue
    if grep -q 'SHARED' "$dir/cmd" && [ ! -d "$top/$SHARED" ]; then
        skipped=$((skipped + 1)); echo "skip $name: no $SHARED beside the tree"
        continue
    fi
    input=/dev/null
    [ -f "$dir/stdin" ] && input="$dir/stdin"
    rm -rf "$tmp/case" && mkdir "$tmp/case"
    (cd "$top" && TMPDIR="$tmp/case" sh "$dir/cmd") <"$input" >"$tmp/out" 2>"$tmp/err"
    status=$?
    if [ "${UPDATE:-0}" = 1 ]; then
        cp "$tmp/out" "$dir/expected.out"
        cp "$tmp/err" "$dir/expected.err"
        echo "$status" >"$dir/expected.status"
    fi
    ok=1
    if ! cmp -s "$tmp/out" "$dir/expected.out"; then
        ok=0; echo "FAIL $name: stdout differs"
        diff "$dir/expected.out" "$tmp/out" | head -20
    fi
    if ! cmp -s "$tmp/err" "$dir/expected.err"; then
        ok=0; echo "FAIL $name: stderr differs"
        diff "$dir/expected.err" "$tmp/err" | head -20
    fi
    if [ "$status" != "$(cat "$dir/expected.status")" ]; then
        ok=0; echo "FAIL $name: status $status, expected $(cat "$dir/expected.status")"
    fi
    if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "cli: $pass passed, $fail failed, $skipped skipped"
[ $fail = 0 ]
