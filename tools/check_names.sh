#!/bin/sh
# check_names.sh LIB - every exported ct_PREFIX_ name of the library is
# declared in include/crimetrend/PREFIX.h, so that a name leads to its
# header (PREFIX may hold underscores: ct_claim_find_text lives in
# claim_find.h).  The names below are the documented exceptions: small
# helpers that belong with the type they name.
set -e
lib=$1
exceptions='
'
bad=0
for s in $(nm -g --defined-only "$lib" | awk 'NF==3 && $3 ~ /^ct_/ {print $3}' | sort -u); do
    want=$(printf '%s\n' "$exceptions" | awk -v s="$s" '$1 == s {print $2}')
    if [ -z "$want" ]; then
        # the longest header whose name, with ct_ before and _ after, starts s
        want=$(for h in include/crimetrend/*.h; do
                   p=$(basename "$h" .h)
                   case "$s" in ct_"$p"_*) echo "${#p} $p.h";; esac
               done | sort -n | tail -1 | cut -d' ' -f2)
    fi
    if [ -z "$want" ] || ! grep -q -E "(^|[^a-z0-9_])$s *\\(" "include/crimetrend/$want"; then
        echo "$s is not declared in include/crimetrend/${want:-(no header of its prefix)}"
        bad=1
    fi
done
exit $bad
