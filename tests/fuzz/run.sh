#!/bin/sh
# Runs every fuzz harness (tests/fuzz/fuzz_*.c) with libFuzzer under ASan
# and UBSan for SECONDS each, seeded from the test data and datasets and
# from every input found before.  A new crash, leak or hang is copied into
# tests/fuzz/regressions/HARNESS/ (commit it: `make check` replays it) and
# the run fails.
#
# Usage: tests/fuzz/run.sh SECONDS
set -u
seconds=${1:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
if ! command -v clang >/dev/null 2>&1; then
    echo "fuzz: clang is not installed (apt-get install clang); not fuzzing"
    exit 0
fi
mkdir -p build/fuzz
probe=build/fuzz/probe.c
printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)' \
    '{ (void)d; (void)n; return 0; }' > "$probe"
if ! clang -fsanitize=fuzzer -o build/fuzz/probe "$probe" 2>/dev/null; then
    echo "fuzz: clang has no libFuzzer (apt-get install libclang-rt-dev); not fuzzing"
    exit 0
fi
make --no-print-directory VARIANT=fuzz fuzz-harnesses >/dev/null || exit 1
status=0
for src in tests/fuzz/fuzz_*.c; do
    name=$(basename "$src" .c)
    bin=build/fuzz/$name
    found=tests/fuzz/regressions/$name
    work=build/fuzz/corpus/$name
    mkdir -p "$found" "$work" build/fuzz/artifacts
    # Seeds: the inputs each reader was written for.
    case $name in
    fuzz_csv)      seeds="tests/data datasets" ;;
    fuzz_claims)   seeds="tests/data/check" ;;
    fuzz_incident) seeds="../shared/data/police-uk-street tests/data/small" ;;
    fuzz_document) seeds="tests/data/check" ;;
    *)             seeds="tests/data/check" ;;
    esac
    dirs=""
    for d in $seeds; do [ -d "$d" ] && dirs="$dirs $d"; done
    # Seed folders are read, never written: new inputs go to $work.
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix=build/fuzz/artifacts/"$name"- \
        -print_final_stats=1 "$work" "$found" $dirs \
        >build/fuzz/"$name".log 2>&1
    rc=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' build/fuzz/"$name".log | grep -o '[0-9]*$')
    [ -n "$runs" ] || runs=$(grep -E '^#[0-9]+' build/fuzz/"$name".log | tail -1 | sed 's/^#\([0-9]*\).*/\1/')
    if [ $rc -ne 0 ]; then
        status=1
        for a in build/fuzz/artifacts/"$name"-*; do
            [ -f "$a" ] && cp "$a" "$found/" && echo "fuzz: $name: kept $found/$(basename "$a")"
        done
        echo "fuzz: $name FAILED (log: build/fuzz/$name.log)"
        grep -m 5 -E 'ERROR|SUMMARY' build/fuzz/"$name".log
    else
        echo "fuzz: $name: ${runs:-?} inputs in ${seconds} s, no finding"
    fi
done
exit $status
