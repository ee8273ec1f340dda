#!/bin/sh
# Checks that the documentation keeps up with the code: every long option
# in the option catalogue (src/cli/options.c) appears in the man page and
# in the README (and so does each command's own LOCAL_OPTION), and the man
# page formats without warnings.
set -u
cd "$(dirname "$0")/.."
status=0
opts=$(sed -n 's/^ *{OPT_[A-Z_0-9]*, "\([a-z0-9-]*\)".*/\1/p' src/cli/options.c)
[ -n "$opts" ] || { echo "doc-check: no options found in src/cli/options.c"; exit 1; }
# Options that belong to one command, declared beside it with LOCAL_OPTION.
opts="$opts $(sed -n 's/^ *LOCAL_OPTION("\([a-z0-9-]*\)".*/\1/p' src/cli/cmd_*.c)"
n=0
for o in $opts; do
    n=$((n + 1))
    escaped=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
    if ! grep -q -- "\\\\-\\\\-$escaped" src/cli/crimetrend.1; then
        echo "doc-check: option --$o is not in the man page"; status=1
    fi
    if ! grep -q -- "--$o" README.md; then
        echo "doc-check: option --$o is not in README.md"; status=1
    fi
done
if command -v groff >/dev/null 2>&1; then
    out=$(groff -man -ww -z src/cli/crimetrend.1 2>&1)
    if [ -n "$out" ]; then echo "doc-check: man page: $out"; status=1; fi
fi
[ $status = 0 ] && echo "doc-check: $n options documented in the man page and README"
exit $status
