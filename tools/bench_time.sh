# bench_time.sh - read by the benchmarks (". tools/bench_time.sh"): the one
# way they time a command.
#
# bench_time CMD...: runs CMD with its output thrown away and sets 'start'
# and 'end' (seconds since the epoch) and 'rss' (the peak memory, or why
# it was not measured).  The caller sets 'dir', where GNU time's report goes.
bench_time() {
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$dir/rss" "$@" > /dev/null
        rss="$(cat "$dir/rss") KiB peak"
    else
        "$@" > /dev/null
        rss="peak memory not measured (install GNU time)"
    fi
    end=$(date +%s.%N)
}
