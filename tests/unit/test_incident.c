/* test_incident.c - the incident reader: districts, unknown locations,
 * anti-social behaviour, the quote-free fast path against libcsv on random
 * and fuzzed input, and the police.uk sample against PROVENANCE.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>

#include "test_text_support.h"
#include "crimetrend/incident.h"

#define HEADER "Crime ID,Month,Reported by,Falls within,Longitude,Latitude," \
               "Location,LSOA code,LSOA name,Crime type," \
               "Last outcome category,Context\n"

/* A row, and one with a month that is no month, without their line ends. */
#define ROW "a,2018-10,T,T,1,2,L,E1,Oxford 001A,Drugs,x,"
#define ROW_BAD_MONTH "b,2018-13,T,T,1,2,L,E1,Oxford 001A,Drugs,x,"

/* The result of one run: status, error, tallies and the counts CSV. */
typedef struct run_result {
    ct_status st;
    ct_error err;
    ct_incident_stats stats;
    char *out;
    size_t out_len;
    char warns[4096];
} run_result;

static void keep_warning(void *ctx, const ct_error *w)
{
    run_result *r = ctx;
    char buf[700];
    ct_error_format(w, buf, sizeof buf);
    size_t n = strlen(r->warns);
    snprintf(r->warns + n, sizeof r->warns - n, "%s\n", buf);
}

/* Feeds 'text' in chunks of pseudo-random sizes up to 'max_chunk'
 * (seeded) and writes. */
static void run_chunked(const char *text, size_t len,
                        ct_incident_options opt, unsigned seed,
                        size_t max_chunk, run_result *res)
{
    memset(res, 0, sizeof *res);
    ct_error_clear(&res->err);
    opt.warn = keep_warning;
    opt.warn_ctx = res;
    ct_incident_agg *agg = ct_incident_agg_new(&opt);
    assert_non_null(agg);
    ct_incident_reader *r = ct_incident_reader_new(agg, "t.csv", NULL, 0,
                                                   &res->err);
    assert_non_null(r);
    size_t at = 0;
    res->st = CT_STATUS_OK;
    while (at < len && res->st == CT_STATUS_OK) {
        seed = seed * 1103515245u + 12345u;
        size_t n = 1 + (seed >> 8) % max_chunk;
        if (n > len - at)
            n = len - at;
        res->st = ct_incident_feed(r, text + at, n, &res->err);
        at += n;
    }
    if (res->st == CT_STATUS_OK)
        res->st = ct_incident_finish(r, &res->err);
    ct_incident_stats_get(agg, &res->stats);
    FILE *f = open_memstream(&res->out, &res->out_len);
    assert_non_null(f);
    if (res->st == CT_STATUS_OK)
        assert_int_equal(ct_incident_write(agg, f, NULL), CT_STATUS_OK);
    fclose(f);
    ct_incident_reader_free(r);
    ct_incident_agg_free(agg);
}

static void run(const char *text, size_t len, ct_incident_options opt,
                unsigned seed, run_result *res)
{
    run_chunked(text, len, opt, seed, 97, res);
}

static void run_text(const char *text, ct_incident_options opt,
                     run_result *res)
{
    run(text, strlen(text), opt, 1, res);
}

/* ---- districts, locations, anti-social behaviour ------------------- */

static void test_district_drops_final_code(void **state)
{
    (void)state;
    const char *s = "Cherwell 001A";
    assert_int_equal(ct_incident_district(s, strlen(s)), 8);
    s = "Windsor and Maidenhead 012C";
    assert_int_equal(ct_incident_district(s, strlen(s)), 22);
    s = "Oxford"; /* no code: the whole name */
    assert_int_equal(ct_incident_district(s, strlen(s)), 6);
    s = "Vale of White Horse"; /* last word is not a code */
    assert_int_equal(ct_incident_district(s, strlen(s)), 19);
    assert_int_equal(ct_incident_district("", 0), 0);
}

static const char *const sample =
    HEADER
    "a,2018-10,TV,TV,1,2,On or near X,E1,Cherwell 001A,Burglary,x,\n"
    "b,2018-10,TV,TV,1,2,On or near X,E1,Cherwell 002B,Burglary,x,\n"
    "c,2018-11,TV,TV,,,No location,,,Burglary,x,\n"
    ",2018-11,TV,TV,1,2,On or near Y,E2,Oxford 003C,"
    "Anti-social behaviour,,\n";

/* ---- bounded lines and records ---------------------------------------- */

/* Runs 'text' fed whole and in small chunks, skipping bad rows or not;
 * every run must stop with the same error, at 'line', saying 'message'.
 * 'name' names the case in a failure. */
static void assert_error_however_fed(const char *name, const char *text,
                                     size_t len,
                                     bool skip_bad, unsigned long line,
                                     const char *message)
{
    for (int k = 0; k < 2; k++) {
        ct_incident_options opt;
        ct_incident_options_init(&opt);
        opt.skip_bad = skip_bad;
        run_result r;
        run_chunked(text, len, opt, 5, k == 0 ? len + 1 : 4096, &r);
        assert_int_in(name, r.st, CT_STATUS_INPUT);
        assert_int_in(name, r.err.line, line);
        assert_string_in(name, r.err.message, message);
        free(r.out);
    }
}

/* Three files past the 1 MiB bound, each built in '*b': the header and
 * rows of the same good row 'row' around the long line or record. */

/* A line of 1.5 MB (line 4) is not a police.uk row. */
static void overlong_line(char **b, size_t *len, size_t *cap)
{
    const char *row = ROW "\n";
    append(b, len, cap, HEADER, strlen(HEADER));
    for (int i = 0; i < 2; i++)
        append(b, len, cap, row, strlen(row));
    append(b, len, cap, "a,2018-10,T,T,1,2,", 18);
    append_repeat(b, len, cap, 'z', 1500000);
    append(b, len, cap, ",E1,Oxford 001A,Drugs,x,\n", 25);
    append(b, len, cap, row, strlen(row));
}

/* A quote opened on line 3 and never closed: libcsv would gather the rest
 * of the file into one field. */
static void unclosed_quote(char **b, size_t *len, size_t *cap)
{
    const char *open = "a,2018-10,T,T,1,2,\"On or near,E1,Oxford 001A,"
                       "Drugs,x,\n";
    append(b, len, cap, HEADER ROW "\n", strlen(HEADER ROW "\n"));
    append(b, len, cap, open, strlen(open));
    while (*len < 1500000)
        append(b, len, cap, ROW "\n", strlen(ROW "\n"));
}

/* A quote opened on line 2 whose closing line takes it past 1 MiB. */
static void quote_closed_late(char **b, size_t *len, size_t *cap)
{
    const char *close = "\",E1,Oxford 001A,Drugs,x,\n";
    append(b, len, cap, HEADER "a,2018-10,T,T,1,2,\"",
           strlen(HEADER "a,2018-10,T,T,1,2,\""));
    append_repeat(b, len, cap, 'z', 1000000);
    append(b, len, cap, "\n", 1);
    append_repeat(b, len, cap, 'y', 60000);
    append(b, len, cap, close, strlen(close));
}

/* Malformed files refused at a named line, however they are fed (and the
 * files past the bound, built by 'build', with bad rows skipped too, so
 * that memory stays bounded). */
static const struct malformed_case {
    const char *name;
    const char *text;
    bool skip_bad;
    int line;
    const char *message;
    void (*build)(char **b, size_t *len, size_t *cap);
} malformed_cases[] = {
    {"bare CR line ends are named",
     "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
     "LSOA code,LSOA name,Crime type,Last outcome category,Context\r"
     ROW "\r"
     ROW "\r",
     true, 1,
     "lines end with a bare carriage return; expected LF or CRLF line ends",
     NULL},
    /* A carriage return without a line feed ends a record (libcsv) and a
     * line (as an editor shows it): the row after it is on the next
     * line. */
    {"a bare CR inside a line counts as a line end",
     HEADER
     ROW "\r"
     ROW_BAD_MONTH "\n",
     false, 3, "month '2018-13' is not a month; expected YYYY-MM", NULL},
    {"a bare CR, then CRLF",
     HEADER
     ROW "\r"
     ROW "\r\n"
     ROW_BAD_MONTH "\n",
     false, 4, "month '2018-13' is not a month; expected YYYY-MM", NULL},
    /* A malformed header is an error even under skip_bad: the next line
     * is not taken for the header. */
    {"a malformed header is an error",
     "Crime ID,\"Month\"x,Reported by,Falls within,Longitude,Latitude,"
     "Location,LSOA code,LSOA name,Crime type,Last outcome category,"
     "Context\n"
     HEADER
     ROW "\n",
     true, 1,
     "header has a malformed quoted field; expected a police.uk street file "
     "header", NULL},
    {"overlong line", NULL, true, 4,
     "line is longer than 1048576 bytes; expected a police.uk row",
     overlong_line},
    {"unclosed quote", NULL, true, 3,
     "quoted field starting on this line runs on for more than 1048576 "
     "bytes; expected a closing quote", unclosed_quote},
    {"quote closed past 1 MiB", NULL, true, 2,
     "quoted field starting on this line runs on for more than 1048576 "
     "bytes; expected a closing quote", quote_closed_late},
};

static void test_malformed_files_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof malformed_cases / sizeof malformed_cases[0];
         i++) {
        const struct malformed_case *c = &malformed_cases[i];
        char *b = NULL;
        size_t len = 0, cap = 0;
        if (c->build != NULL)
            c->build(&b, &len, &cap);
        const char *text = c->build != NULL ? b : c->text;
        assert_error_however_fed(c->name, text, strlen(text), c->skip_bad,
                                 c->line, c->message);
        free(b);
    }
}

/* ---- counts kept sparse or dense ------------------------------------ */

static void add_rows(char **b, size_t *len, size_t *cap, const char *month,
                     int lsoa, int times)
{
    char row[200];
    int n = snprintf(row, sizeof row, "x,%s,F,F,1,2,L,E1,L %d,Burglary,o,\n",
                     month, lsoa);
    for (int i = 0; i < times; i++)
        append(b, len, cap, row, (size_t)n);
}

/* January holds all of the first 100 pairs (kept as an array); February
 * adds 10,000 more; then a late pair joins January, which no longer holds
 * a quarter of the pairs and turns into a hash.  Every count survives. */
static void test_counts_survive_dense_and_sparse_periods(void **state)
{
    (void)state;
    char *b = NULL;
    size_t len = 0, cap = 0;
    append(&b, &len, &cap, HEADER, strlen(HEADER));
    for (int i = 0; i < 100; i++)
        add_rows(&b, &len, &cap, "2018-01", i, 2);
    for (int i = 100; i < 10100; i++)
        add_rows(&b, &len, &cap, "2018-02", i, 1);
    add_rows(&b, &len, &cap, "2018-01", 10099, 3);
    add_rows(&b, &len, &cap, "2018-01", 5, 1);
    ct_incident_options opt;
    ct_incident_options_init(&opt);
    opt.by = CT_INCIDENT_BY_LSOA;
    run_result r;
    run_chunked(b, len, opt, 1, 1u << 20, &r);
    assert_int_equal(r.st, CT_STATUS_OK);
    /* 100 January keys + 10,000 February keys + L 10099 in January. */
    assert_int_equal(r.stats.n_keys, 10101);
    assert_int_equal(r.stats.rows_used, 200 + 10000 + 3 + 1);
    assert_non_null(strstr(r.out, "\nL 5,Burglary,2018-01,3\n"));
    assert_non_null(strstr(r.out, "\nL 99,Burglary,2018-01,2\n"));
    assert_non_null(strstr(r.out, "\nL 10099,Burglary,2018-01,3\n"
                                  "L 10099,Burglary,2018-02,1\n"));
    assert_non_null(strstr(r.out, "\nL 100,Burglary,2018-02,1\n"));
    /* L 100 has no January row: zero-filled. */
    assert_non_null(strstr(r.out, "\nL 100,Burglary,2018-01,0\n"));
    free(r.out);
    free(b);
}

/* ---- the fast path against libcsv ----------------------------------- */

static unsigned rnd_state;

static unsigned rnd(unsigned n)
{
    return next_random(&rnd_state, n);
}


static void add_field(char **b, size_t *len, size_t *cap, const char *v)
{
    switch (rnd(8)) {
    case 0: /* quoted, with a doubled quote, comma or newline inside */
        append(b, len, cap, "\"", 1);
        for (const char *p = v; *p; p++) {
            if (*p == '"')
                append(b, len, cap, "\"", 1);
            append(b, len, cap, p, 1);
        }
        if (rnd(3) == 0)
            append(b, len, cap, rnd(2) ? "\"\"x" : ",\ny", 3);
        append(b, len, cap, "\"", 1);
        break;
    case 1: /* padded with blanks */
        append(b, len, cap, " ", 1);
        append(b, len, cap, v, strlen(v));
        append(b, len, cap, "\t", 1);
        break;
    default:
        append(b, len, cap, v, strlen(v));
    }
}

static char long_field[20001];

/* A random police.uk-like file: quotes, doubled quotes, CRLF, newlines
 * inside quotes, empty fields, a missing final newline, blank lines, now
 * and then a line of 20,000 bytes. */
static char *random_file(size_t *len)
{
    if (long_field[0] == '\0')
        memset(long_field, 'y', sizeof long_field - 1);
    static const char *const months[] = {"2018-10", "2019-01", "2018-13",
                                         "", "2018-1"};
    static const char *const lsoas[] = {"Cherwell 001A", "Oxford 002B", "",
                                        "Vale of White Horse 009Z",
                                        "A, \"quoted\" place 001A"};
    static const char *const types[] = {"Burglary", "Anti-social behaviour",
                                        "Drugs", "", "Other \"theft\""};
    char *b = NULL;
    size_t cap = 0;
    *len = 0;
    append(&b, len, &cap, HEADER, strlen(HEADER));
    /* Now and then enough rows to fill several scanner windows. */
    int rows = 1 + (int)rnd(rnd(20) == 0 ? 400 : 30);
    for (int i = 0; i < rows; i++) {
        int n_fields = rnd(10) == 0 ? 11 + (int)rnd(3) : 12;
        for (int f = 0; f < n_fields; f++) {
            if (f > 0)
                append(&b, len, &cap, ",", 1);
            const char *v = f == 1 ? months[rnd(rnd(4) ? 2 : 5)]
                          : f == 8 ? lsoas[rnd(5)]
                          : f == 9 ? types[rnd(rnd(4) ? 3 : 5)]
                          : rnd(3) ? "x" : "";
            if (f == 6 && rnd(300) == 0)
                v = long_field; /* a line longer than a scanner window */
            add_field(&b, len, &cap, v);
        }
        unsigned e = rnd(12);
        append(&b, len, &cap, e == 0 ? "\r\n" : e == 1 ? "\n\n" : "\n",
               e == 0 || e == 1 ? 2 : 1);
    }
    if (rnd(4) == 0 && *len > 0)
        (*len)--; /* no final newline */
    return b;
}

/* Flips, inserts or deletes a few bytes among the special ones. */
static void fuzz(char *b, size_t *len)
{
    static const char specials[] = "\",\r\n \t\"a";
    int n = 1 + (int)rnd(4);
    for (int i = 0; i < n && *len > 2; i++) {
        size_t at = strlen(HEADER) + rnd((unsigned)(*len - strlen(HEADER)
                                                   + 1));
        if (at >= *len)
            at = *len - 1;
        if (rnd(3) == 0) {
            memmove(b + at, b + at + 1, *len - at - 1);
            (*len)--;
        } else {
            b[at] = specials[rnd(sizeof specials - 1)];
        }
    }
}

static void assert_same(const run_result *fast, const run_result *slow,
                        const char *text)
{
    if (fast->st != slow->st || fast->err.line != slow->err.line ||
        fast->err.column != slow->err.column ||
        strcmp(fast->err.message, slow->err.message) != 0 ||
        strcmp(fast->out, slow->out) != 0 ||
        strcmp(fast->warns, slow->warns) != 0 ||
        memcmp(&fast->stats, &slow->stats, sizeof fast->stats) != 0) {
        print_error("input:\n%s\nfast: %d %lu:%lu %s\n%s%s\nlibcsv: %d "
                    "%lu:%lu %s\n%s%s\n", text, fast->st, fast->err.line,
                    fast->err.column, fast->err.message, fast->out,
                    fast->warns, slow->st, slow->err.line, slow->err.column,
                    slow->err.message, slow->out, slow->warns);
        fail();
    }
}

/* Every splitter of quote-free lines (the block scanners and memchr),
 * fed in small chunks, large chunks and whole, against libcsv alone. */
static void differential(bool fuzzed)
{
    static const ct_incident_scan scans[] = {
        CT_INCIDENT_SCAN_BEST, CT_INCIDENT_SCAN_AVX512,
        CT_INCIDENT_SCAN_AVX2, CT_INCIDENT_SCAN_SSE2,
        CT_INCIDENT_SCAN_PORTABLE, CT_INCIDENT_SCAN_NONE};
    rnd_state = fuzzed ? 7u : 3u;
    for (int i = 0; i < 3000; i++) {
        size_t len;
        char *text = random_file(&len);
        if (fuzzed)
            fuzz(text, &len);
        for (int skip = 0; skip < 2; skip++) {
            ct_incident_options opt;
            ct_incident_options_init(&opt);
            opt.skip_bad = skip;
            opt.include_asb = rnd(2);
            opt.by = rnd(4) == 0 ? CT_INCIDENT_BY_LSOA
                                 : CT_INCIDENT_BY_DISTRICT;
            run_result slow;
            opt.csv_only = true;
            run(text, len, opt, (unsigned)i * 7u + 1u, &slow);
            opt.csv_only = false;
            for (size_t k = 0; k < sizeof scans / sizeof *scans; k++) {
                static const size_t chunks[] = {97, 40000, (size_t)-1};
                opt.scan = scans[k];
                run_result fast;
                size_t max_chunk = chunks[(size_t)(i + skip + (int)k) % 3];
                if (max_chunk == (size_t)-1)
                    max_chunk = len + 1; /* one feed */
                run_chunked(text, len, opt, (unsigned)i, max_chunk, &fast);
                assert_same(&fast, &slow, text);
                free(fast.out);
            }
            free(slow.out);
        }
        free(text);
    }
}

static void test_fast_path_matches_libcsv_on_random_files(void **state)
{
    (void)state;
    differential(false);
}

static void test_fast_path_matches_libcsv_on_fuzzed_files(void **state)
{
    (void)state;
    differential(true);
}

/* ---- a file read in two parts ---------------------------------------- */

/* Feeds text[at..len) to 'r' in chunks of up to 'max_chunk' bytes until
 * the reader reaches 'stop' (ct_incident_feed_until); returns the bytes it
 * took. */
static size_t feed_part(ct_incident_reader *r, const char *text, size_t len,
                        uint64_t stop, size_t max_chunk, ct_error *err,
                        bool *done)
{
    size_t at = 0;
    *done = false;
    while (!*done && at < len) {
        size_t n = 1 + rnd((unsigned)max_chunk);
        if (n > len - at)
            n = len - at;
        size_t used;
        assert_int_equal(ct_incident_feed_until(r, text + at, n, stop, &used,
                                                done, err), CT_STATUS_OK);
        at += used;
    }
    return at;
}

/* Frees two readers, the aggregates they fed and the one they were merged
 * into. */
static void free_merge(ct_incident_reader *r1, ct_incident_reader *r2,
                       ct_incident_agg *one, ct_incident_agg *two,
                       ct_incident_agg *sum)
{
    ct_incident_reader_free(r1);
    ct_incident_reader_free(r2);
    ct_incident_agg_free(one);
    ct_incident_agg_free(two);
    ct_incident_agg_free(sum);
}

/* A file cut at a random byte and read as two parts, the first up to the
 * record boundary at or after the cut (as `aggregate --jobs` reads the
 * parts of a large file), the second from there with the first's header:
 * the merged counts are those of the whole file, whatever the chunk sizes
 * (a line running past a chunk end at the cut included). */
static void test_two_parts_add_up_to_the_whole(void **state)
{
    (void)state;
    rnd_state = 11u;
    int compared = 0;
    for (int i = 0; i < 2000; i++) {
        size_t len;
        char *text = random_file(&len);
        ct_incident_options opt;
        ct_incident_options_init(&opt);
        opt.skip_bad = true;
        run_result whole;
        run(text, len, opt, (unsigned)i, &whole);
        if (whole.st != CT_STATUS_OK) { /* truncated: no parts to compare */
            free(whole.out);
            free(text);
            continue;
        }
        size_t cut = strlen(HEADER) + rnd((unsigned)(len - strlen(HEADER)
                                                     + 1));
        size_t max_chunk = rnd(2) ? 64 : 5000;
        ct_error err = CT_ERROR_INIT;
        ct_incident_agg *one = ct_incident_agg_new(&opt);
        ct_incident_agg *two = ct_incident_agg_new(&opt);
        ct_incident_agg *sum = ct_incident_agg_new(&opt);
        assert_true(one && two && sum);
        ct_incident_reader *r1 = ct_incident_reader_new(one, "t.csv", NULL,
                                                        0, &err);
        bool done;
        size_t end1 = feed_part(r1, text, len, cut, max_chunk, &err, &done);
        assert_int_equal(end1, (size_t)ct_incident_offset(r1));
        ct_incident_reader *r2 = ct_incident_reader_new(two, "t.csv", r1, 0,
                                                        &err);
        if (!done) {
            assert_int_equal(end1, len); /* the cut is past the last record */
            assert_int_equal(ct_incident_finish(r1, &err), CT_STATUS_OK);
        } else {
            assert_true(end1 >= cut || end1 == len);
            feed_part(r2, text + end1, len - end1, UINT64_MAX, max_chunk,
                      &err, &done);
            assert_int_equal(ct_incident_finish(r2, &err), CT_STATUS_OK);
        }
        assert_int_equal(ct_incident_merge(sum, one, &err), CT_STATUS_OK);
        assert_int_equal(ct_incident_merge(sum, two, &err), CT_STATUS_OK);
        char *out = NULL;
        size_t out_len = 0;
        FILE *f = open_memstream(&out, &out_len);
        assert_non_null(f);
        assert_int_equal(ct_incident_write(sum, f, NULL), CT_STATUS_OK);
        fclose(f);
        ct_incident_stats st;
        ct_incident_stats_get(sum, &st);
        if (strcmp(out, whole.out) != 0 ||
            memcmp(&st, &whole.stats, sizeof st) != 0) {
            print_error("cut at %zu of:\n%s\nparts:\n%s\nwhole:\n%s\n", cut,
                        text, out, whole.out);
            fail();
        }
        compared++;
        free(out);
        free_merge(r1, r2, one, two, sum);
        free(whole.out);
        free(text);
    }
    assert_true(compared > 1000);
}

/* The kinds of file in a police.uk download, by name. */
static void test_file_kinds(void **state)
{
    (void)state;
    assert_int_equal(ct_incident_file_kind("2018-10/2018-10-thames-valley-"
                                           "street.csv"),
                     CT_INCIDENT_KIND_STREET);
    assert_int_equal(ct_incident_file_kind("a/2018-10-surrey-street.csv.gz"),
                     CT_INCIDENT_KIND_STREET);
    assert_int_equal(ct_incident_file_kind("mine.CSV"),
                     CT_INCIDENT_KIND_STREET);
    assert_int_equal(ct_incident_file_kind("2018-10/2018-10-thames-valley-"
                                           "outcomes.csv"),
                     CT_INCIDENT_KIND_OUTCOMES);
    assert_int_equal(ct_incident_file_kind("2018-10-surrey-stop-and-search"
                                           ".csv"),
                     CT_INCIDENT_KIND_STOP_SEARCH);
    assert_int_equal(ct_incident_file_kind("x/2018-10-surrey-outcomes.csv.gz"),
                     CT_INCIDENT_KIND_OUTCOMES);
    assert_int_equal(ct_incident_file_kind("dl/police.ZIP"),
                     CT_INCIDENT_KIND_ZIP);
    assert_int_equal(ct_incident_file_kind("README.txt"),
                     CT_INCIDENT_KIND_OTHER);
    assert_int_equal(ct_incident_file_kind("dir/.csv"),
                     CT_INCIDENT_KIND_OTHER);
    assert_int_equal(ct_incident_file_kind("street.csv.zip.txt"),
                     CT_INCIDENT_KIND_OTHER);
    assert_int_equal(ct_incident_file_kind("gz"), CT_INCIDENT_KIND_OTHER);
}

/* ---- zero rows, gap months and part periods ------------------------- */

/* The warnings an aggregate's periods give, one per line. */
static void period_warnings(const char *text, ct_incident_options opt,
                            char *buf, size_t size)
{
    run_result r;
    memset(&r, 0, sizeof r);
    opt.warn = keep_warning;
    opt.warn_ctx = &r;
    ct_incident_agg *agg = ct_incident_agg_new(&opt);
    ct_error err = CT_ERROR_INIT;
    ct_incident_reader *rd = ct_incident_reader_new(agg, "t.csv", NULL, 0,
                                                    &err);
    assert_int_equal(ct_incident_feed(rd, text, strlen(text), &err), CT_STATUS_OK);
    assert_int_equal(ct_incident_finish(rd, &err), CT_STATUS_OK);
    ct_incident_warn_periods(agg, keep_warning, &r);
    assert_true(strlen(r.warns) < size);
    memcpy(buf, r.warns, strlen(r.warns) + 1);
    ct_incident_reader_free(rd);
    ct_incident_agg_free(agg);
}

/* One drugs row a month from November 2018 to March 2019. */
static const char *const five_months = HEADER
    "a,2018-11,T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n"
    "a,2018-12,T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n"
    "a,2019-01,T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n"
    "a,2019-02,T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n"
    "a,2019-03,T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n";

/* A month whose only rows are anti-social behaviour (left out) is still a
 * month of the input, and the months of merged aggregates add up. */
static void test_months_held_survive_merge(void **state)
{
    (void)state;
    ct_incident_options opt;
    ct_incident_options_init(&opt);
    ct_error err = CT_ERROR_INIT;
    ct_incident_agg *one = ct_incident_agg_new(&opt);
    ct_incident_agg *two = ct_incident_agg_new(&opt);
    ct_incident_agg *sum = ct_incident_agg_new(&opt);
    const char *t1 = HEADER "a,2018-10,T,T,1,2,L,E1,Oxford 001A,"
                            "Anti-social behaviour,x,\n";
    const char *t2 = HEADER "a,2018-11,T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n";
    ct_incident_reader *r1 = ct_incident_reader_new(one, "a.csv", NULL, 0,
                                                    &err);
    ct_incident_reader *r2 = ct_incident_reader_new(two, "b.csv", NULL, 0,
                                                    &err);
    assert_int_equal(ct_incident_feed(r1, t1, strlen(t1), &err), CT_STATUS_OK);
    assert_int_equal(ct_incident_feed(r2, t2, strlen(t2), &err), CT_STATUS_OK);
    assert_int_equal(ct_incident_merge(sum, one, &err), CT_STATUS_OK);
    assert_int_equal(ct_incident_merge(sum, two, &err), CT_STATUS_OK);
    assert_true(ct_incident_has_month(sum, ct_period_month_index(2018, 10)));
    assert_false(ct_incident_has_month(sum, ct_period_month_index(2018, 12)));
    int32_t first, last;
    assert_true(ct_incident_span(sum, &first, &last));
    assert_int_equal(first, ct_period_month_index(2018, 10));
    assert_int_equal(last, ct_period_month_index(2018, 11));
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    assert_int_equal(ct_incident_write(sum, f, &err), CT_STATUS_OK);
    fclose(f);
    assert_string_equal(out, "area,offence,period,count\n"
                        "Oxford,Drugs,2018-10,0\n"
                        "Oxford,Drugs,2018-11,1\n");
    free(out);
    free_merge(r1, r2, one, two, sum);
}

/* ---- names: UTF-8, Latin-1, one-line messages ----------------------- */

/* A good row, a month that is no month (line 3, column 2) and a row one
 * field short (line 4). */
static const char *const bad_rows =
    HEADER
    "a,2018-10,TV,TV,1,2,L,E1,Cherwell 001A,Burglary,x,\n"
    "a,2018-1,TV,TV,1,2,L,E1,Cherwell 001A,Burglary,x,\n"
    "a,2018-10,TV,TV,1,2,L,E1,Cherwell 001A,Burglary,x\n";

/* Oxford has drugs in October and burglary in December; Cherwell
 * burglary in October; no row in November. */
static const char *const gap_month =
    HEADER
    "a,2018-10,T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n"
    "b,2018-10,T,T,1,2,L,E1,Cherwell 001A,Burglary,x,\n"
    "c,2018-12,T,T,1,2,L,E1,Oxford 002A,Burglary,x,\n"
    "d,2018-12,T,T,1,2,L,E1,Oxford 002A,Burglary,x,\n";

/* Two rows whose district is not UTF-8 (lines 3 and 4). */
static const char *const not_utf8 =
    HEADER
    "a,2018-10,T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n"
    "a,2018-10,T,T,1,2,L,E1,Ox\xff" "ford 001A,Drugs,x,\n"
    "a,2018-10,T,T,1,2,L,E1,Ox\xff" "ford 001A,Drugs,x,\n";

/* ---- runs over small files, as a table of cases -------------------- */

/* A rows tally of ct_incident_stats and its expected value. */
struct stat_check {
    const char *field;
    uint64_t want;
};

static uint64_t stat_of(const ct_incident_stats *s, const char *field)
{
    return strcmp(field, "rows_read") == 0          ? s->rows_read
           : strcmp(field, "rows_used") == 0        ? s->rows_used
           : strcmp(field, "rows_no_location") == 0 ? s->rows_no_location
           : strcmp(field, "rows_asb") == 0         ? s->rows_asb
           : strcmp(field, "rows_bad") == 0         ? s->rows_bad
                                                    : UINT64_MAX;
}

static const struct run_case {
    const char *name, *text;
    /* The options that differ from the defaults. */
    bool no_zero_fill, include_asb, by_lsoa, skip_bad, latin1, keep_partial;
    const char *period_type;
    ct_status status;
    /* The counts CSV, the warnings (all of them) and the tallies, when
     * set. */
    const char *out, *warns;
    struct stat_check stats[4];
    /* An error's path and message (all of it, or a part), when set; line
     * and column when above 0; a part of the formatted error, which must
     * be one line. */
    const char *err_path, *err_exact, *err_part, *formatted;
    int err_line, err_column;
    /* The warnings of the aggregate's periods: all of them, or parts. */
    const char *period_warns, *period_parts[2];
} run_cases[] = {
    /* Zero rows for the area x offence x month cells without a crime;
     * anti-social behaviour, left out, is no offence of the output. */
    {.name = "unknown location and ASB left out", .text = sample,
     .out = "area,offence,period,count\n"
            "Cherwell,Burglary,2018-10,2\nCherwell,Burglary,2018-11,0\n"
            "Unknown location,Burglary,2018-10,0\n"
            "Unknown location,Burglary,2018-11,1\n",
     .stats = {{"rows_read", 4}, {"rows_used", 3}, {"rows_no_location", 1},
               {"rows_asb", 1}}},
    {.name = "without zero rows", .text = sample, .no_zero_fill = true,
     .out = "area,offence,period,count\n"
            "Cherwell,Burglary,2018-10,2\n"
            "Unknown location,Burglary,2018-11,1\n"},
    /* 2018 is held for 2 of its 12 months (October, November). */
    {.name = "ASB included when asked", .text = sample, .include_asb = true,
     .by_lsoa = true, .no_zero_fill = true, .keep_partial = true,
     .period_type = "year",
     .out = "area,offence,period,count,months\n"
            "Cherwell 001A,Burglary,2018,1,2\n"
            "Cherwell 002B,Burglary,2018,1,2\n"
            "Oxford 003C,Anti-social behaviour,2018,1,2\n"
            "Unknown location,Burglary,2018,1,2\n",
     .stats = {{"rows_asb", 0}}},
    {.name = "a bad row names its line", .text = bad_rows,
     .status = CT_STATUS_INPUT, .err_line = 3, .err_column = 2},
    {.name = "a bad row is skipped", .text = bad_rows, .skip_bad = true,
     .stats = {{"rows_bad", 2}},
     .warns = "t.csv:3:2: month '2018-1' is not a month; expected YYYY-MM; "
              "row skipped\n"
              "t.csv:4: row has 11 fields; expected 12 as in the header; "
              "row skipped\n"},
    {.name = "a truncated last line is an error",
     .text = HEADER "a,2018-10,TV,TV,1,2,L,E1,Cherwell 001A,Burglary,x,",
     .skip_bad = true, .status = CT_STATUS_INPUT, .err_line = 2,
     .err_exact = "last line has no end of line; the file is truncated"},
    /* Cherwell has only burglary and Oxford only drugs and burglary, in
     * October and December; November has no row at all.  Every area x
     * offence x held month is written (2 x 2 x 2 = 8 rows, by hand),
     * November none. */
    {.name = "zero rows cover areas times offences", .text = gap_month,
     .out = "area,offence,period,count\n"
            "Cherwell,Burglary,2018-10,1\nCherwell,Burglary,2018-12,0\n"
            "Cherwell,Drugs,2018-10,0\nCherwell,Drugs,2018-12,0\n"
            "Oxford,Burglary,2018-10,0\nOxford,Burglary,2018-12,2\n"
            "Oxford,Drugs,2018-10,1\nOxford,Drugs,2018-12,0\n",
     .period_parts = {"no row for 1 month inside its span 2018-10 to "
                      "2018-12 (2018-11)",
                      "left out, not written as zeros"}},
    /* 2018Q4 holds 2 of its 3 months and 2019Q1 all 3; the financial year
     * 2018/19 holds 5 of 12.  Part periods are left out with a warning
     * naming them and their months, or kept with the months they hold. */
    {.name = "a part quarter left out", .text = five_months,
     .period_type = "quarter",
     .out = "area,offence,period,count\nOxford,Drugs,2019Q1,3\n",
     .period_warns = "period 2018Q4 left out: the input holds 2 of its 3 "
                     "months (2018-11 to 2018-12); --partial keep keeps it "
                     "with a months column\n"},
    {.name = "a part quarter kept", .text = five_months,
     .period_type = "quarter", .keep_partial = true,
     .out = "area,offence,period,count,months\n"
            "Oxford,Drugs,2018Q4,2,2\nOxford,Drugs,2019Q1,3,3\n"},
    {.name = "a part financial year kept", .text = five_months,
     .period_type = "fy", .keep_partial = true,
     .out = "area,offence,period,count,months\n"
            "Oxford,Drugs,2018/19,5,5\n"},
    {.name = "a part financial year left out", .text = five_months,
     .period_type = "fy", .out = "area,offence,period,count\n"},
    {.name = "a district not UTF-8", .text = not_utf8,
     .status = CT_STATUS_INPUT, .err_path = "t.csv", .err_line = 3,
     .err_column = 9, /* LSOA name */
     .err_part = "district 'Ox\\xFFford' is not valid UTF-8"},
    /* Skipped rows: both (the name never enters the table). */
    {.name = "districts not UTF-8 skipped", .text = not_utf8,
     .skip_bad = true, .stats = {{"rows_bad", 2}},
     .out = "area,offence,period,count\nOxford,Drugs,2018-10,1\n"},
    /* Latin-1: 0xFF is y with diaeresis, C3 BF in UTF-8. */
    {.name = "districts read as Latin-1", .text = not_utf8, .latin1 = true,
     .out = "area,offence,period,count\nOxford,Drugs,2018-10,1\n"
            "Ox\xc3\xbf" "ford,Drugs,2018-10,2\n"},
    /* A crime type is checked too. */
    {.name = "a crime type not UTF-8",
     .text = HEADER "a,2018-10,T,T,1,2,L,E1,Oxford 001A,Dr\xe9gs,x,\n",
     .status = CT_STATUS_INPUT, .err_column = 10},
    /* A quoted month holding a line feed is shown as \n: the message stays
     * on one line. */
    {.name = "a quoted line feed is never printed raw",
     .text = HEADER "a,\"2018\n10\",T,T,1,2,L,E1,Oxford 001A,Drugs,x,\n",
     .status = CT_STATUS_INPUT, .err_line = 2,
     .formatted = "month '2018\\n10' is not a month"},
};

static void test_run_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof run_cases / sizeof run_cases[0]; i++) {
        const struct run_case *rc = &run_cases[i];
        const char *name = rc->name;
        ct_incident_options opt;
        ct_incident_options_init(&opt);
        opt.zero_fill = !rc->no_zero_fill;
        opt.include_asb = rc->include_asb;
        if (rc->by_lsoa)
            opt.by = CT_INCIDENT_BY_LSOA;
        opt.skip_bad = rc->skip_bad;
        opt.latin1 = rc->latin1;
        if (rc->keep_partial)
            opt.partial = CT_INCIDENT_PARTIAL_KEEP;
        if (rc->period_type != NULL)
            assert_true_in(name, ct_period_type_parse(rc->period_type,
                                                      &opt.period_type));
        run_result r;
        run_text(rc->text, opt, &r);
        assert_int_in(name, r.st, rc->status);
        if (rc->out != NULL)
            assert_string_in(name, r.out, rc->out);
        if (rc->warns != NULL)
            assert_string_in(name, r.warns, rc->warns);
        for (size_t k = 0; k < 4 && rc->stats[k].field != NULL; k++)
            assert_int_in(name, stat_of(&r.stats, rc->stats[k].field),
                          rc->stats[k].want);
        if (rc->err_path != NULL)
            assert_string_in(name, r.err.path, rc->err_path);
        if (rc->err_line > 0)
            assert_int_in(name, r.err.line, rc->err_line);
        if (rc->err_column > 0)
            assert_int_in(name, r.err.column, rc->err_column);
        if (rc->err_exact != NULL)
            assert_string_in(name, r.err.message, rc->err_exact);
        if (rc->err_part != NULL)
            assert_true_in(name, strstr(r.err.message, rc->err_part));
        if (rc->formatted != NULL) {
            char buf[700];
            ct_error_format(&r.err, buf, sizeof buf);
            assert_true_in(name, strstr(buf, rc->formatted));
            assert_true_in(name, strchr(buf, '\n') == NULL);
        }
        free(r.out);
        char w[4096];
        if (rc->period_warns != NULL || rc->period_parts[0] != NULL)
            period_warnings(rc->text, opt, w, sizeof w);
        if (rc->period_warns != NULL)
            assert_string_in(name, w, rc->period_warns);
        for (size_t k = 0; k < 2 && rc->period_parts[k] != NULL; k++)
            assert_true_in(name, strstr(w, rc->period_parts[k]));
    }
}

/* An aggregate that has read nothing holds no span and no months. */
static void test_empty_aggregate_holds_nothing(void **state)
{
    (void)state;
    ct_incident_options opt;
    ct_incident_options_init(&opt);
    int32_t first, last;
    ct_incident_agg *empty = ct_incident_agg_new(&opt);
    assert_false(ct_incident_span(empty, &first, &last));
    ct_period q4 = {CT_PERIOD_QUARTER, ct_period_month_index(2018, 10), 3};
    assert_int_equal(ct_incident_months_held(empty, q4), 0);
    ct_incident_agg_free(empty);
}

/* ---- the rules of parts: split, join, rebase ------------------------ */

/* 10 bytes in 3 parts: 3 each, the last taking the remainder (by hand:
 * [0,3) [3,6) [6,10)). */
static void test_split_ranges(void **state)
{
    (void)state;
    uint64_t s, e;
    ct_incident_split(10, 3, 0, &s, &e);
    assert_true(s == 0 && e == 3);
    ct_incident_split(10, 3, 1, &s, &e);
    assert_true(s == 3 && e == 6);
    ct_incident_split(10, 3, 2, &s, &e);
    assert_true(s == 6 && e == 10);
    ct_incident_split(7, 1, 0, &s, &e);
    assert_true(s == 0 && e == 7);
    /* A part reads from the byte before its start, so that a line that
     * starts exactly at the cut is its own. */
    assert_int_equal(ct_incident_split_from(0), 0);
    assert_int_equal(ct_incident_split_from(3), 2);
    /* Stop: bytes from the first record to the nominal end; 0 when the
     * first line runs past it; no stop for the last part. */
    assert_int_equal(ct_incident_split_stop(6, 4, false), 2);
    assert_int_equal(ct_incident_split_stop(6, 9, false), 0);
    assert_true(ct_incident_split_stop(6, 4, true) == UINT64_MAX);
}

static void test_parts_join_and_rebase(void **state)
{
    (void)state;
    ct_incident_part p[3] = {
        {CT_INCIDENT_PART_READ, 0, 40, 3},
        {CT_INCIDENT_PART_READ, 40, 75, 2},
        {CT_INCIDENT_PART_READ, 75, 100, 4},
    };
    assert_true(ct_incident_parts_join(p, 3));
    /* A part that began inside a quoted record of the one before. */
    p[1].begin = 38;
    assert_false(ct_incident_parts_join(p, 3));
    p[1].begin = 40;
    /* A part not read: the counts are not the file's. */
    p[2].state = CT_INCIDENT_PART_UNREAD;
    assert_false(ct_incident_parts_join(p, 3));
    /* A part that failed: its error is the file's, whatever follows. */
    p[1].state = CT_INCIDENT_PART_FAILED;
    assert_true(ct_incident_parts_join(p, 3));
    p[0].state = CT_INCIDENT_PART_UNREAD;
    assert_false(ct_incident_parts_join(p, 3));
    /* Lines before part 2: 3 + 2. */
    assert_int_equal(ct_incident_line_base(p, 0), 0);
    assert_int_equal(ct_incident_line_base(p, 2), 5);
    ct_error e = CT_ERROR_INIT;
    e.line = 2;
    assert_int_equal(ct_incident_rebase(&e, 5).line, 7);
    e.line = 0; /* not known: stays so */
    assert_int_equal(ct_incident_rebase(&e, 5).line, 0);
}

/* ---- the police.uk sample (../shared/data) -------------------------- */

/* PROVENANCE.md §1: rows per district per month, including ASB, and the
 * five-month totals of four offences for the Oxfordshire districts.  The
 * table is of the Thames Valley files (the Surrey files add one Slough row
 * in 2018-12, which an aggregate of all ten files counts: 1,172). */
static void test_police_uk_sample_matches_provenance(void **state)
{
    (void)state;
    char dir[1024];
    shared_data_path("police-uk-street", dir, sizeof dir);
    DIR *d = opendir(dir);
    if (d == NULL)
        skip();
    ct_incident_options opt;
    ct_incident_options_init(&opt);
    opt.include_asb = true;
    ct_incident_agg *agg = ct_incident_agg_new(&opt);
    char *buf = malloc(1 << 16);
    assert_non_null(buf);
    struct dirent *e;
    int n_files = 0;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 4, ".csv") != 0 ||
            strstr(e->d_name, "thames-valley") == NULL)
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        ct_error err = CT_ERROR_INIT;
        ct_incident_reader *r = ct_incident_reader_new(agg, path, NULL, 0,
                                                       &err);
        size_t got;
        while ((got = fread(buf, 1, 1 << 16, f)) > 0)
            assert_int_equal(ct_incident_feed(r, buf, got, &err), CT_STATUS_OK);
        assert_int_equal(ct_incident_finish(r, &err), CT_STATUS_OK);
        ct_incident_reader_free(r);
        fclose(f);
        n_files++;
    }
    closedir(d);
    free(buf);
    assert_int_equal(n_files, 5);
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    assert_int_equal(ct_incident_write(agg, f, NULL), CT_STATUS_OK);
    fclose(f);
    static const struct {
        const char *district;
        long months[5];
    } want[] = {
        {"Cherwell", {875, 905, 758, 831, 726}},
        {"Oxford", {1634, 1454, 1290, 1316, 1136}},
        {"South Oxfordshire", {614, 554, 485, 590, 480}},
        {"Vale of White Horse", {518, 454, 446, 404, 389}},
        {"West Oxfordshire", {425, 419, 366, 405, 350}},
        {"Reading", {1489, 1410, 1247, 1255, 1175}},
        {"Milton Keynes", {2124, 2072, 1898, 1899, 1745}},
        {"Slough", {1347, 1409, 1171, 1210, 1090}},
    };
    static const char *const months[] = {"2018-10", "2018-11", "2018-12",
                                         "2019-01", "2019-02"};
    static const struct {
        const char *type;
        long total[5]; /* Cherwell, Oxford, South, Vale, West Oxon */
    } totals[] = {
        {"Burglary", {260, 392, 227, 159, 176}},
        {"Violence and sexual offences", {1165, 1728, 861, 716, 656}},
        {"Shoplifting", {394, 432, 147, 124, 90}},
        {"Bicycle theft", {50, 728, 42, 30, 15}},
    };
    long got_month[8][5] = {{0}}, got_total[4][5] = {{0}}, asb[8] = {0};
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
        char area[128], type[128], period[16];
        long count;
        if (sscanf(line, "%127[^,],%127[^,],%15[^,],%ld", area, type, period,
                   &count) != 4)
            continue;
        for (int i = 0; i < 8; i++) {
            if (strcmp(area, want[i].district) != 0)
                continue;
            for (int m = 0; m < 5; m++)
                if (strcmp(period, months[m]) == 0)
                    got_month[i][m] += count;
            if (strcmp(type, "Anti-social behaviour") == 0)
                asb[i] += count;
            for (int t = 0; t < 4 && i < 5; t++)
                if (strcmp(type, totals[t].type) == 0)
                    got_total[t][i] += count;
        }
    }
    for (int i = 0; i < 8; i++)
        for (int m = 0; m < 5; m++)
            assert_int_equal(got_month[i][m], want[i].months[m]);
    for (int t = 0; t < 4; t++)
        for (int i = 0; i < 5; i++)
            assert_int_equal(got_total[t][i], totals[t].total[i]);
    /* "of which ASB" column: Cherwell 498, Oxford 791. */
    assert_int_equal(asb[0], 498);
    assert_int_equal(asb[1], 791);
    ct_incident_stats s;
    ct_incident_stats_get(agg, &s);
    assert_int_equal(s.rows_read, 75169);
    assert_int_equal(s.rows_no_location, 7745);
    free(out);
    ct_incident_agg_free(agg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_district_drops_final_code),
        cmocka_unit_test(test_counts_survive_dense_and_sparse_periods),
        cmocka_unit_test(test_malformed_files_table),
        cmocka_unit_test(test_fast_path_matches_libcsv_on_random_files),
        cmocka_unit_test(test_fast_path_matches_libcsv_on_fuzzed_files),
        cmocka_unit_test(test_two_parts_add_up_to_the_whole),
        cmocka_unit_test(test_police_uk_sample_matches_provenance),
        cmocka_unit_test(test_file_kinds),
        cmocka_unit_test(test_split_ranges),
        cmocka_unit_test(test_parts_join_and_rebase),
        cmocka_unit_test(test_months_held_survive_merge),
        cmocka_unit_test(test_run_cases),
        cmocka_unit_test(test_empty_aggregate_holds_nothing),
    };
    return cmocka_run_group_tests_name("incident", tests, NULL, NULL);
}
