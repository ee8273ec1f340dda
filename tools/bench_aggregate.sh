#!/bin/sh
# bench_aggregate.sh - benchmark `crimetrend aggregate` against the shared peers (make bench).
#
# Usage: sh tools/bench_aggregate.sh [CRIMETREND]        (default ./crimetrend)
#
# Uses the shared benchmark kit in place at ../shared/bench relative to the repo root
# (generator gen_crimes.py, peers.sh); never copies it and writes nothing inside the repo.
# Without the kit (or python3) it prints a skip message and exits 0.
#
#  1. data: gen_crimes.py --rows $BENCH_ROWS (default seed) -> $BENCH_DIR/crimes-ROWS.csv
#     + crimes-ROWS.expect.tsv (ground truth), reused when already there;
#  2. warms the page cache (cat), then times
#       crimetrend aggregate FILE --include-asb --period-type year --jobs J --quiet --output OUT
#     for J = 1 and 2, $RUNS timed runs each with GNU time (/usr/bin/time): median wall
#     seconds, MB/s = file bytes / 1e6 / median, peak RSS = max over the runs;
#  2b. the same file as a zip archive (built once with zip -j beside it, deflate): times
#     `unzip -p ZIP > /dev/null` and `crimetrend aggregate ZIP --jobs 1` ($RUNS runs each,
#     medians) and checks that reading the archive costs at most unzip -p plus the plain
#     --jobs 1 time, with the same output (needs zip and unzip);
#  3. checks the counts against the ground truth (area "Unknown location" = area "") and
#     that every output (all runs, --jobs 1 and 2) is byte-identical;
#  4. times the peers with the kit's peers.sh FILE EXPECT (ONLY=$BENCH_PEERS, RUNS passed);
#  5. prints one table: seconds, MB/s, peak RSS, speed ratio to the fastest single-threaded
#     aggregation peer (and, for 2 threads, to the fastest 2-thread peer), wc -l = ceiling;
#  6. callgrind: instructions (Ir) per input byte, total and of the top functions, on a
#     small generated file (needs valgrind).
#
# Environment:
#   BENCH_ROWS=5000000     rows to generate (5000000 = the 1.13 GB file of the published
#                          yardsticks in ../shared/bench/README.md)
#   BENCH_DIR=DIR          generated data, callgrind output and scratch files
#                          (default ${TMPDIR:-/tmp}/crimetrend-bench; must be outside the repo)
#   BENCH_CSV=FILE         use this crimes CSV instead of generating one
#   BENCH_EXPECT=FILE      its ground truth (gen_crimes.py --expect); default: FILE with .csv
#                          replaced by .expect.tsv, or FILE.expect.tsv, if present. Without a
#                          ground truth only the outputs' identity is checked.
#   RUNS=3                 timed runs per entry (odd is best for the median); also for peers
#   BENCH_PEERS=REGEX      peers.sh entries to run (its ONLY, grep -E on the names);
#                          default: wc -l, libcsv aggregate read 1MiB and mmap 2 threads,
#                          mawk, R data.table; '.' = every peer; 'none' = no peers
#   BENCH_CG_ROWS=200000   rows of the callgrind file (same generator, in BENCH_DIR)
#   BENCH_CALLGRIND=1      0 skips the callgrind step
#   GEN_CRIMES=PATH        the generator (default ../shared/bench/gen_crimes.py from the repo
#                          root); peers.sh is taken from the same directory
#   peers.sh's own variables (BIN, SKIP, PYTHON, KEEP) pass through to it.
#
# The binary is copied to the scratch directory first, so that all runs use the same build.
#
# Exit status: 0 all checks passed (or skipped: no kit); 1 crimetrend failed or a check
# failed; 2 usage error.
set -u
LC_ALL=C
export LC_ALL

bin=${1:-./crimetrend}
root=$(cd "$(dirname "$0")/.." && pwd -P)
gen=${GEN_CRIMES:-$root/../shared/bench/gen_crimes.py}
rows=${BENCH_ROWS:-5000000}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/crimetrend-bench}
runs=${RUNS:-3}
peers_re=${BENCH_PEERS:-'^(wc -l|libcsv aggregate, read 1MiB|libcsv aggregate, mmap, 2 threads|awk \(mawk\)|R data\.table \((default|2) threads\))$'}
cg_rows=${BENCH_CG_ROWS:-200000}
cg=${BENCH_CALLGRIND:-1}
TIME=/usr/bin/time

say() { printf '%s\n' "$*"; }
die() { printf 'bench_aggregate: %s\n' "$*" >&2; exit 2; }

if [ ! -f "$gen" ]; then
    say "bench_aggregate: no benchmark kit ($gen); skipped"; exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    say "bench_aggregate: python3 not found (the kit needs it); skipped"; exit 0
fi
kit=$(cd "$(dirname "$gen")" && pwd -P)
case $rows$runs$cg_rows in *[!0-9]*) die "BENCH_ROWS, RUNS and BENCH_CG_ROWS must be numbers";; esac
[ "$runs" -ge 1 ] || die "RUNS must be at least 1"
[ -x "$bin" ] || die "no executable $bin (run make first)"
# Refuse a BENCH_DIR inside the repo before creating anything: check its deepest existing
# ancestor.
d=$dir
while [ ! -d "$d" ]; do d=$(dirname "$d"); done
case $(cd "$d" && pwd -P)/ in
    "$root"/*) die "BENCH_DIR ($dir) is inside the repo; use a directory outside it";;
esac
mkdir -p "$dir" || die "cannot create $dir"
dir=$(cd "$dir" && pwd -P)
case $dir/ in "$root"/*) die "BENCH_DIR ($dir) is inside the repo; use a directory outside it";; esac
work=$(mktemp -d "$dir/run.XXXXXX") || die "cannot create a scratch directory in $dir"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' HUP INT PIPE TERM
# Every run uses one snapshot of the binary, so a rebuild during the benchmark cannot mix
# builds (or kill a run with SIGBUS).
cp "$bin" "$work/crimetrend" || die "cannot copy $bin"
bin=$work/crimetrend
fail=0
have_time=0
[ -x "$TIME" ] && have_time=1

# gen ROWS: make (or reuse) $dir/crimes-ROWS.csv and its ground truth; prints the csv path.
gen_data() {
    g_csv=$dir/crimes-$1.csv
    g_exp=$dir/crimes-$1.expect.tsv
    if [ ! -s "$g_csv" ] || [ ! -s "$g_exp" ]; then
        say "generating $1 rows into $g_csv ..." >&2
        python3 "$gen" --rows "$1" --out "$g_csv.tmp" --expect "$g_exp.tmp" >&2 &&
            mv "$g_exp.tmp" "$g_exp" && mv "$g_csv.tmp" "$g_csv" || {
            rm -f "$g_csv.tmp" "$g_exp.tmp"; return 1; }
    fi
    printf '%s\n' "$g_csv"
}

# --- 1. data ---------------------------------------------------------------------------
if [ -n "${BENCH_CSV:-}" ]; then
    csv=$BENCH_CSV
    [ -r "$csv" ] || die "BENCH_CSV: cannot read $csv"
    expect=${BENCH_EXPECT:-}
    if [ -z "$expect" ]; then
        for e in "${csv%.csv}.expect.tsv" "$csv.expect.tsv"; do
            [ -r "$e" ] && { expect=$e; break; }
        done
    fi
else
    csv=$(gen_data "$rows") || { say "bench_aggregate: generating the data failed"; exit 1; }
    expect=${BENCH_EXPECT:-$dir/crimes-$rows.expect.tsv}
fi
[ -z "$expect" ] || [ -r "$expect" ] || die "cannot read the ground truth $expect"
bytes=$(wc -c < "$csv" | tr -d ' ')
nrows=$(($(wc -l < "$csv") - 1))
ncpu=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
awk -v f="$csv" -v b="$bytes" -v n="$nrows" -v r="$runs" -v c="$ncpu" 'BEGIN {
    printf "file: %s (%.1f MB, %d rows); %d timed run(s), warm cache, %s cores\n",
           f, b / 1e6, n, r, c }'
[ "$have_time" = 1 ] ||
    say "note: no GNU time at $TIME (apt-get install time): no peak RSS, no peers"

# --- 2. time crimetrend ----------------------------------------------------------------
now() { date +%s.%N; }
case $(now) in *N*) now() { python3 -c 'import time; print(time.time())'; };; esac
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

cat "$csv" > /dev/null
: > "$work/results"     # entry<TAB>threads<TAB>seconds<TAB>RSS MiB<TAB>check
ref=
ident=1
for j in 1 2; do
    : > "$work/walls"; : > "$work/rss"
    status=ok
    r=1
    while [ "$r" -le "$runs" ]; do
        out=$work/out-$j-$r.csv
        set -- "$bin" aggregate "$csv" --include-asb --period-type year --jobs "$j" \
            --quiet --output "$out"
        if [ "$have_time" = 1 ]; then
            "$TIME" -f '%e %M' -o "$work/t" "$@" 2> "$work/err"; rc=$?
            tail -n 1 "$work/t" > "$work/t1"
            read -r wall rss < "$work/t1"
        else
            t0=$(now); "$@" 2> "$work/err"; rc=$?; t1=$(now)
            wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'); rss=
        fi
        if [ "$rc" -ne 0 ]; then
            status="FAILED (exit $rc: $(head -c 160 "$work/err" | tr '\n' ' '))"
            break
        fi
        echo "$wall" >> "$work/walls"
        [ -z "$rss" ] || echo "$rss" >> "$work/rss"
        if [ -z "$ref" ]; then
            ref=$work/reference.csv; mv "$out" "$ref"
        elif ! cmp -s "$ref" "$out"; then
            [ "$j" = 1 ] && status="OUTPUT CHANGES BETWEEN RUNS" ||
                status="OUTPUT DIFFERS FROM --jobs 1"
            ident=0
        fi
        rm -f "$out"
        r=$((r + 1))
    done
    [ "$status" = ok ] || fail=1
    w=$(median < "$work/walls")
    m=$(sort -g "$work/rss" | tail -n 1)
    [ -z "$m" ] || m=$(awk -v k="$m" 'BEGIN { printf "%.1f", k / 1024 }')
    printf 'crimetrend aggregate --jobs %s\t%s\t%s\t%s\t%s\n' "$j" "$j" "${w:--}" "${m:--}" \
        "$status" >> "$work/results"
    awk -v j="$j" -v w="${w:-0}" -v b="$bytes" -v s="$status" 'BEGIN {
        if (w >= 0.05) printf "crimetrend --jobs %d: median %.2f s, %.0f MB/s; %s\n", j, w, b / 1e6 / w, s
        else if (s == "ok") printf "crimetrend --jobs %d: median %.2f s; %s\n", j, w, s
        else printf "crimetrend --jobs %d: %s\n", j, s }'
done

# --- 2b. a zip archive -----------------------------------------------------------------
# police.uk publishes zip archives: reading one must cost no more than unpacking it with
# unzip -p and reading the plain file.
if ! command -v zip >/dev/null 2>&1 || ! command -v unzip >/dev/null 2>&1; then
    say "zip: skipped (apt-get install zip unzip)"
elif [ -z "$ref" ]; then
    say "zip: skipped (the plain runs failed)"
else
    zipf=$dir/$(basename "$csv" .csv).zip
    if [ ! -s "$zipf" ] || [ "$zipf" -ot "$csv" ]; then
        say "zipping $csv into $zipf ..."
        rm -f "$zipf.tmp.zip"
        zip -q -j "$zipf.tmp.zip" "$csv" && mv "$zipf.tmp.zip" "$zipf" ||
            { say "zip: zipping failed"; fail=1; }
    fi
    if [ -s "$zipf" ]; then
        : > "$work/unzip"; : > "$work/zipct"
        zstatus=ok
        r=1
        while [ "$r" -le "$runs" ]; do
            t0=$(now); unzip -p "$zipf" > /dev/null; t1=$(now)
            awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >> "$work/unzip"
            out=$work/zip-$r.csv
            t0=$(now)
            "$bin" aggregate "$zipf" --include-asb --period-type year --jobs 1 --quiet \
                --output "$out" 2> "$work/err" || zstatus="FAILED: $(head -c 160 "$work/err")"
            t1=$(now)
            awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >> "$work/zipct"
            [ "$zstatus" != ok ] || cmp -s "$ref" "$out" || zstatus="OUTPUT DIFFERS FROM THE PLAIN FILE"
            rm -f "$out"
            r=$((r + 1))
        done
        uz=$(median < "$work/unzip")
        zc=$(median < "$work/zipct")
        plain=$(awk -F'\t' '$2 == 1 { print $3 }' "$work/results")
        zbytes=$(wc -c < "$zipf" | tr -d ' ')
        awk -v uz="$uz" -v zc="$zc" -v p="$plain" -v zb="$zbytes" -v s="$zstatus" 'BEGIN {
            printf "zip (%.0f MB, deflate): unzip -p %.2f s; plain --jobs 1 %.2f s; ", zb / 1e6, uz, p
            printf "crimetrend aggregate ZIP --jobs 1 %.2f s (bound unzip -p + plain = %.2f s): %s; %s\n",
                   zc, uz + p, zc <= uz + p ? "within" : "OVER", s
            exit !(zc <= uz + p && s == "ok") }' || fail=1
    fi
fi

# --- 3. counts against the ground truth ------------------------------------------------
if [ -z "$ref" ]; then
    say "counts: not checked (crimetrend produced no output)"; fail=1
elif [ -z "$expect" ]; then
    say "counts: NOT CHECKED (no ground truth: set BENCH_EXPECT)"
else
    python3 - "$ref" "$expect" << 'EOF' || fail=1
import csv, sys
got_path, want_path = sys.argv[1:3]
want = {}
with open(want_path, newline="") as f:
    for line in f:
        line = line.rstrip("\n")
        if line:
            a, t, y, n = line.split("\t")
            want[(a, t, y)] = int(n)
got, bad, dups, zeros = {}, [], 0, 0
with open(got_path, newline="") as f:
    rows = csv.reader(f)
    header = next(rows, None)
    if header is None or len(header) != 4 or header[3].strip().isdigit():
        bad.append("no header line: %r" % (header,))
    for row in rows:
        if len(row) != 4 or not row[3].strip().isdigit():
            bad.append("bad row %r" % (row,))
            continue
        a, t, y, n = row
        if a == "Unknown location":
            a = ""
        k = (a, t, y)
        if k in got:
            dups += 1
        got[k] = got.get(k, 0) + int(n)
for k in [k for k, n in got.items() if n == 0 and k not in want]:
    del got[k]      # a zero count for a group absent from the truth is a right count
    zeros += 1
missing = [k for k in want if k not in got]
extra = [k for k in got if k not in want]
diff = [k for k in want if k in got and got[k] != want[k]]
if not (bad or dups or missing or extra or diff):
    print("counts: match the ground truth (%d groups, %d rows%s)"
          % (len(want), sum(want.values()),
             ", %d zero rows ignored" % zeros if zeros else ""))
    sys.exit(0)
print("counts: DIFFER from the ground truth: %d groups missing, %d extra, %d with another "
      "count, %d duplicated, %d bad rows; total %d rows, expected %d"
      % (len(missing), len(extra), len(diff), dups, len(bad), sum(got.values()),
         sum(want.values())))
for k in diff[:3]:
    print("  %r: %d, expected %d" % (k, got[k], want[k]))
for k in missing[:3]:
    print("  missing %r (expected %d)" % (k, want[k]))
for k in extra[:3]:
    print("  extra %r: %d" % (k, got[k]))
for b in bad[:3]:
    print("  " + b)
sys.exit(1)
EOF
fi

if [ -n "$ref" ]; then
    [ "$ident" = 1 ] && say "outputs: byte-identical across all runs, --jobs 1 and --jobs 2" ||
        say "outputs: NOT byte-identical (see above)"
fi

# --- 4. peers ----------------------------------------------------------------------------
: > "$work/peers"
peers=$kit/peers.sh
if [ "$peers_re" = none ]; then
    say "peers: not run (BENCH_PEERS=none)"
elif [ ! -f "$peers" ]; then
    say "peers: skipped (no $peers)"
elif ! command -v bash >/dev/null 2>&1; then
    say "peers: skipped (peers.sh needs bash)"
elif [ "$have_time" = 0 ]; then
    say "peers: skipped (peers.sh needs GNU time: apt-get install time)"
else
    say "peers (peers.sh, ONLY='$peers_re'):"
    set -- "$csv"; [ -z "$expect" ] || set -- "$csv" "$expect"
    { ONLY=$peers_re RUNS=$runs bash "$peers" "$@" 2>&1; echo "$?" > "$work/peers.rc"; } |
        tee "$work/peers" | awk '!/^(file|runs): / { print "  " $0; fflush() }'
    [ "$(cat "$work/peers.rc")" = 0 ] || say "  (peers.sh exited with status $(cat "$work/peers.rc"))"
fi

# --- 5. summary table --------------------------------------------------------------------
say ""
python3 - "$work/results" "$work/peers" "$bytes" "$ncpu" << 'EOF'
import os, re, sys
res_path, peers_path, nbytes, ncpu = sys.argv[1:5]
nbytes = int(nbytes)
ncpu = int(ncpu) if ncpu.isdigit() else 1

def mbs(sec):   # as peers.sh: no MB/s under 0.05 s (GNU time has 0.01 s resolution)
    return nbytes / 1e6 / sec if sec and sec >= 0.05 else None

def threads(name):
    """Threads an aggregation peer uses; None = several processes/threads, unknown."""
    m = re.search(r"(\d+) threads", name)
    if m:
        return int(m.group(1))
    if "default threads" in name:   # data.table: 50% of the logical CPUs
        n = os.environ.get("R_DATATABLE_NUM_THREADS", "")
        return int(n) if n.isdigit() else max(1, ncpu // 2)
    if re.search(r"datamash|miller", name):   # pipeline / multi-threaded runtime
        return None
    return 1

ours = []
for line in open(res_path):
    name, thr, sec, rss, check = line.rstrip("\n").split("\t")
    s = float(sec) if sec != "-" else None
    ours.append(dict(name=name, thr=int(thr), sec=s, mbs=mbs(s),
                     rss=float(rss) if rss != "-" else None,
                     check="ok" if check == "ok" else check))

peers, skipped, failed, ceiling = [], [], [], None
row = re.compile(r"^(.*?)\s+(\d+\.\d\d)\s+(\S+)\s+(\d+\.\d\d)\s+(\d+\.\d)\s\s(.*)$")
for line in open(peers_path):
    line = line.rstrip("\n")
    if line.startswith(("file: ", "runs: ", "peer ")):
        continue
    m = re.match(r"^(.*?)\s+skipped \(not installed\)\s*$", line)
    if m:
        skipped.append(m.group(1)); continue
    m = re.match(r"^(.*?)\s+FAILED\s+(.*)$", line)
    if m:
        failed.append((m.group(1), m.group(2))); continue
    m = row.match(line)
    if not m:
        continue
    name, sec, _, _, rss, check = m.groups()
    p = dict(name=name, sec=float(sec), mbs=mbs(float(sec)), rss=float(rss), check=check)
    if check == "-":
        if name == "wc -l":
            ceiling = p
        continue
    p["thr"] = threads(name)
    p["valid"] = check.startswith(("same result", "reference"))
    p["check"] = "ok" if p["valid"] else check
    peers.append(p)

def fastest(n):
    c = [p for p in peers if p["valid"] and p["thr"] == n and p["mbs"]]
    return max(c, key=lambda p: p["mbs"]) if c else None
best1, best2 = fastest(1), fastest(2)

def ratio(e, best):
    return "%.2fx" % (e["mbs"] / best["mbs"]) if best and e.get("mbs") else ""

table = [("entry", "thr", "seconds", "MB/s", "peak RSS MiB", "vs best 1T", "vs best 2T", "check")]
def add(e, label=None):
    table.append((label or e["name"],
                  "?" if e.get("thr") is None else str(e["thr"]),
                  "%.2f" % e["sec"] if e.get("sec") is not None else "-",
                  "%.0f" % e["mbs"] if e.get("mbs") else "n/a" if e.get("sec") is not None else "-",
                  "%.1f" % e["rss"] if e.get("rss") is not None else "-",
                  ratio(e, best1),
                  ratio(e, best2) if e.get("thr") == 2 else "",
                  e.get("check", "")))
for e in ours:
    add(e)
for p in sorted(peers, key=lambda p: -(p["mbs"] or 0)):
    add(p)
for name, err in failed:
    table.append((name, "", "-", "-", "-", "", "", "FAILED " + err[:60]))
if ceiling:
    ceiling["thr"], ceiling["check"] = 1, "reading ceiling"
    add(ceiling)
w = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
for i, r in enumerate(table):
    cells = [r[0].ljust(w[0])] + [c.rjust(w[k]) for k, c in enumerate(r[1:7], 1)] + [r[7]]
    print(" | ".join(cells).rstrip())
    if i == 0:
        print("-+-".join("-" * x for x in w))
if best1:
    print("fastest single-threaded aggregation peer: %s (%.0f MB/s)" % (best1["name"], best1["mbs"]))
else:
    print("no single-threaded aggregation peer ran (vs best 1T empty)")
if best2:
    print("fastest 2-thread aggregation peer: %s (%.0f MB/s)" % (best2["name"], best2["mbs"]))
elif peers:
    print("no 2-thread aggregation peer ran (vs best 2T empty)")
print("ratios: MB/s divided by that peer's MB/s (>1 = faster); thr = threads "
      "('?' = several processes)")
hints = []
for name in skipped:
    pkg = ("libcsv-dev gcc" if "libcsv" in name else "gcc" if "(C)" in name
           else "r-base-core r-cran-data.table" if "data.table" in name
           else "mawk" if "mawk" in name else "gawk" if "gawk" in name
           else "datamash" if "datamash" in name else "miller" if "miller" in name
           else "python3-pandas" if "pandas" in name else "sqlite3" if "sqlite" in name
           else "")
    for p in pkg.split():
        if p not in hints:
            hints.append(p)
if skipped:
    print("peers not installed: %s (apt-get install %s)" % (", ".join(skipped), " ".join(hints)))
EOF

# --- 6. callgrind ------------------------------------------------------------------------
say ""
if [ "$cg" = 0 ]; then
    say "callgrind: skipped (BENCH_CALLGRIND=0)"
elif ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_annotate >/dev/null 2>&1; then
    say "callgrind: skipped (valgrind not installed: apt-get install valgrind)"
elif ! small=$(gen_data "$cg_rows"); then
    say "callgrind: generating the data failed"; fail=1
else
    cgout=$dir/callgrind.out.aggregate
    sbytes=$(wc -c < "$small" | tr -d ' ')
    if ! valgrind -q --tool=callgrind --callgrind-out-file="$cgout" "$bin" aggregate \
            "$small" --include-asb --period-type year --jobs 1 --quiet \
            --output /dev/null 2> "$work/err"; then
        say "callgrind: crimetrend FAILED: $(head -c 200 "$work/err" | tr '\n' ' ')"; fail=1
    else
        callgrind_annotate --auto=no "$cgout" > "$work/cga" 2>&1
        python3 - "$cgout" "$work/cga" "$sbytes" "$small" << 'EOF'
import os, re, sys
cgout, ann, nbytes, small = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
total = None
for line in open(cgout):
    if line.startswith(("summary:", "totals:")):
        total = int(line.split()[1]); break
funcs, objs, seen_total = {}, {}, False
for line in open(ann):
    if "PROGRAM TOTALS" in line:
        seen_total = True; continue
    m = re.match(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*?)(?:\s+\[(.*)\])?\s*$", line)
    if not (seen_total and m):
        continue
    ir = int(m.group(1).replace(",", ""))
    where, obj = m.group(2), m.group(3) or ""
    fn = where.rsplit(":", 1)[-1]   # inlined code is listed per source file: merge by name
    funcs[fn] = funcs.get(fn, 0) + ir
    if obj:
        objs.setdefault(fn, os.path.basename(obj))
if not total:
    print("callgrind: no instruction count in %s" % cgout); sys.exit(0)
print("callgrind, --jobs 1 on %s (%.1f MB): %s Ir = %.1f Ir/byte"
      % (os.path.basename(small), nbytes / 1e6, format(total, ","), total / nbytes))
print("  Ir/byte   share  function (object)")
for fn, ir in sorted(funcs.items(), key=lambda kv: -kv[1])[:6]:
    obj = " (%s)" % objs[fn] if fn in objs else ""
    print("  %7.2f  %5.1f%%  %s%s" % (ir / nbytes, 100.0 * ir / total, fn, obj))
print("  (profile: %s)" % cgout)
EOF
    fi
fi

[ "$fail" = 0 ] || { say ""; say "bench_aggregate: FAILED (see above)"; }
exit "$fail"
