#!/bin/sh
# prefix_check.sh - a public name leads to its header: every function,
# type, struct or enum tag, enum constant and macro declared in
# include/crimetrend/NAME.h must start with ct_NAME_ (or CT_NAME_ for
# constants and macros), or be ct_NAME / CT_NAME itself.  A reader who
# meets ct_table_add_row then knows to open table.h and src/table.c.
#
# Prints "header: symbol (kind)" for every name that breaks the rule and
# exits 1 if there is any, 0 otherwise.  Comments are removed by the C
# compiler (-fpreprocessed keeps the #defines); the declarations are then
# read by the awk below, which knows only what these headers use.
set -u
cd "$(dirname "$0")/.."
cc=${CC:-cc}
status=0
for h in include/crimetrend/*.h; do
    p=$(basename "$h" .h)
    [ "$p" = crimetrend ] && continue    # the umbrella header declares nothing
    syms=$("$cc" -fpreprocessed -dD -E -P "$h" | awk '
        # #define NAME: a macro (the include guard is not a public name)
        /^[ \t]*#[ \t]*define[ \t]/ {
            n = $0; sub(/^[ \t]*#[ \t]*define[ \t]+/, "", n)
            sub(/[^A-Za-z0-9_].*$/, "", n)
            if (n !~ /^CRIMETREND_.*_H$/) print n, "macro"
            next
        }
        /^[ \t]*#/ { next }
        { text = text " " $0 }
        END {
            # split into identifiers and single punctuation characters
            nt = 0
            while (length(text) > 0) {
                if (match(text, /^[ \t]+/)) { text = substr(text, RLENGTH + 1); continue }
                if (match(text, /^[A-Za-z_][A-Za-z0-9_]*/) || match(text, /^[0-9][A-Za-z0-9_.]*/)) {
                    tok[++nt] = substr(text, 1, RLENGTH); text = substr(text, RLENGTH + 1); continue
                }
                tok[++nt] = substr(text, 1, 1); text = substr(text, 2)
            }
            depth = 0; ns = 0; inenum = 0; item = 1
            for (i = 1; i <= nt; i++) {
                t = tok[i]
                # struct, union and enum tags, at any depth
                if ((t == "struct" || t == "union" || t == "enum") && tok[i+2] == "{" && tok[i+1] ~ /^[A-Za-z_]/)
                    print tok[i+1], "tag"
                if (t == "{") {
                    # the body of a static inline function: its name is
                    # the identifier before the first parenthesis
                    if (depth == 0 && tok[i-1] == ")") { fname(); ns = 0; }
                    if (tok[i-1] == "enum" || tok[i-2] == "enum") { inenum = depth + 1; item = 1 }
                    depth++; continue
                }
                if (t == "}") { depth--; if (inenum && depth < inenum) inenum = 0; continue }
                if (inenum && depth == inenum) {
                    if (item && t ~ /^[A-Za-z_]/) { print t, "enum constant"; item = 0 }
                    if (t == ",") item = 1
                    continue
                }
                if (depth > 0) continue
                if (t == ";") { decl(); ns = 0; continue }
                st[++ns] = t
            }
        }
        function fname(   k) {
            for (k = 2; k <= ns; k++) if (st[k] == "(") { print st[k-1], "function"; return }
        }
        function decl(   k, last) {
            if (ns == 0) return
            if (st[1] == "typedef") {
                # typedef RET (*NAME)(...): a function pointer type
                for (k = 2; k + 2 <= ns; k++)
                    if (st[k] == "(" && st[k+1] == "*") { print st[k+2], "type"; return }
                for (k = ns; k > 1; k--) if (st[k] ~ /^[A-Za-z_]/) { print st[k], "type"; return }
                return
            }
            if (st[1] == "struct" || st[1] == "union" || st[1] == "enum") if (ns == 2) return
            for (k = 2; k <= ns; k++) if (st[k] == "(") { print st[k-1], "function"; return }
            for (k = ns; k > 1; k--) if (st[k] ~ /^[A-Za-z_]/) { print st[k], "variable"; return }
        }' | sort -u)
    # headers whose names extend this one (claim_find.h for claim.h): a
    # ct_claim_find_ name belongs there, not here
    longer=$(for q in include/crimetrend/"$p"_*.h; do
                 [ -e "$q" ] && basename "$q" .h; done | tr '\n' ' ')
    upper=$(printf '%s' "$p" | tr 'a-z' 'A-Z')
    bad=$(printf '%s\n' "$syms" | awk -v l="$p" -v u="$upper" -v longer="$longer" '
        NF == 0 { next }
        {
            s = $1
            nq = split(longer, q, " "); other = 0
            for (k = 1; k <= nq; k++) {
                Q = toupper(q[k])
                if (s == "ct_" q[k] || index(s, "ct_" q[k] "_") == 1 ||
                    s == "CT_" Q || index(s, "CT_" Q "_") == 1) other = 1
            }
            if (other) { print s " (" $2 ", named for another header)"; next }
            if (s == "ct_" l || index(s, "ct_" l "_") == 1) next
            if (s == "CT_" u || index(s, "CT_" u "_") == 1) next
            kind = $2; for (k = 3; k <= NF; k++) kind = kind " " $k
            print s " (" kind ")"
        }')
    if [ -n "$bad" ]; then
        printf '%s\n' "$bad" | sed "s|^|$p.h: |"
        status=1
    fi
done
[ $status -eq 0 ] || echo 'prefix-check: the names above do not start with the name of their header'
exit $status
