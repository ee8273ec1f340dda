/* test_gnuplot.c - the gnuplot emitter: quoting, slugs and safe names
 * with exact expected strings, the batch driver, and chart sets built from
 * small datasets whose names try to break out of a gnuplot string.
 *
 * Expected hashes come from an independent implementation of the slug
 * hash (FNV-1a 64 over each part and a NUL, folded to 32 bits by xoring
 * the halves), in Python:
 *   def h(parts):
 *       x = 14695981039346656037
 *       for p in parts:
 *           for b in p.encode() + b'\0':
 *               x = ((x ^ b) * 1099511628211) % 2**64
 *       return '%08x' % ((x >> 32) ^ (x & 0xffffffff))
 */
#include "test_cells_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crimetrend/crimetrend.h"
#include "crimetrend/gnuplot.h"

/* The hostile name of STYLE §6: a quote, a command, a back-quoted
 * command, a macro, a backslash. */
#define HOSTILE "x'; system(\"touch pwned\") # `id` @m \\"

/* ---- quoting ----------------------------------------------------------- */

static void check_quote(const char *in, const char *expected)
{
    char buf[256];
    size_t n = ct_gnuplot_quote(in, buf, sizeof buf);
    assert_string_equal(buf, expected);
    assert_int_equal(n, strlen(expected));
}

static void test_quote_plain_name_is_single_quoted(void **state)
{
    (void)state;
    check_quote("Sallowford", "'Sallowford'");
    check_quote("", "''");
    check_quote(NULL, "''");
}

/* A single quote is its own double-quoted piece joined by '.': gnuplot
 * 5.4 reads 'County ''Q' fine but '''R' (a doubled quote first) as an
 * empty string and a stray token R, which broke every chart of a county
 * called County 'Q 'R. */
static void test_quote_single_quote_is_its_own_piece(void **state)
{
    (void)state;
    check_quote("O'Brien", "'O' . \"'\" . 'Brien'");
    check_quote("'R", "\"'\" . 'R'");
    check_quote("R'", "'R' . \"'\"");
    check_quote("'", "\"'\"");
    check_quote("''", "\"'\" . \"'\"");
    check_quote("County 'Q 'R",
                "'County ' . \"'\" . 'Q ' . \"'\" . 'R'");
}

/* Backslashes, double quotes, back quotes, $, @, & and enhanced-text
 * markup are ordinary characters in a single-quoted gnuplot string. */
static void test_quote_hostile_name_is_literal(void **state)
{
    (void)state;
    check_quote(HOSTILE,
                "'x' . \"'\" . '; system(\"touch pwned\") # `id` @m \\'");
    check_quote("a^2_x @m &b {c} $1 $$", "'a^2_x @m &b {c} $1 $$'");
    check_quote("C:\\dir\\", "'C:\\dir\\'");
    check_quote("\\", "'\\'");
    check_quote("\"", "'\"'");
    check_quote("`", "'`'");
}

/* A newline would end the gnuplot command: every control character (C0,
 * DEL, C1) is shown as a space, and UTF-8 is kept. */
static void test_quote_control_characters_become_spaces(void **state)
{
    (void)state;
    check_quote("Line one\nline two", "'Line one line two'");
    check_quote("a\r\nb\tc\x7f" "d", "'a  b c d'");
    check_quote("\x01\x02\x1b[31m\x1f", "'   [31m '");
    /* U+0085 (NEL) is a C1 control: C2 85 in UTF-8. */
    check_quote("a\xc2\x85" "b", "'a b'");
    check_quote("Ynys M\xc3\xb4n", "'Ynys M\xc3\xb4n'");
    /* U+00A0 (C2 A0) is not a control; CJK and emoji pass unchanged. */
    check_quote("a\xc2\xa0" "b \xe6\x9d\xb1 \xf0\x9f\x98\x80",
                "'a\xc2\xa0" "b \xe6\x9d\xb1 \xf0\x9f\x98\x80'");
}

/* A name of 10,000 characters with a quote at every 100th place from the
 * 51st: the length is exact and the whole result is written when the
 * buffer is big enough. */
static void test_quote_very_long_name(void **state)
{
    (void)state;
    size_t len = 10000;
    char *name = malloc(len + 1);
    assert_non_null(name);
    for (size_t i = 0; i < len; i++)
        name[i] = i % 100 == 50 ? '\'' : 'a';
    name[len] = '\0';
    /* 100 quotes, none first or last, so 101 runs of a's: each run costs
     * its letters and 2 quote marks, each quote piece "'" 3 characters,
     * and the 200 joins " . " between the 201 pieces 3 each:
     * 9,900 + 202 + 300 + 600 = 11,002. */
    size_t expected = 11002;
    size_t n = ct_gnuplot_quote(name, NULL, 0);
    assert_int_equal(n, expected);
    char *buf = malloc(n + 1);
    assert_non_null(buf);
    assert_int_equal(ct_gnuplot_quote(name, buf, n + 1), n);
    assert_int_equal(strlen(buf), n);
    assert_memory_equal(buf + n - 8, "aaaaaaa'", 8);
    free(buf);
    free(name);
}

static void test_quote_truncates_but_reports_full_length(void **state)
{
    (void)state;
    char buf[6];
    size_t n = ct_gnuplot_quote("O'Brien", buf, sizeof buf);
    assert_int_equal(n, 19); /* 'O' . "'" . 'Brien' */
    assert_string_equal(buf, "'O' .");
}

/* gnuplot itself reads each quoted name back as the name, controls made
 * spaces (when gnuplot is installed; the test says so when it is not). */
static void test_quote_gnuplot_reads_it_back(void **state)
{
    (void)state;
    static const char *const names[] = {
        "County 'Q 'R", "'", "''", "'a'", "O'Brien", HOSTILE,
        "back\\slash\\", "dq\"x\"", "`id`", "$HOME $1", "@m @@",
        "a & b", "x^2_y{z}", "tab\there", "cr\rhere", "nl\nhere",
        "\x01\x7f\xc2\x85" "ctl", "Ynys M\xc3\xb4n \xe6\x9d\xb1", "",
    };
    static const char *const expected[] = {
        "County 'Q 'R", "'", "''", "'a'", "O'Brien",
        "x'; system(\"touch pwned\") # `id` @m \\",
        "back\\slash\\", "dq\"x\"", "`id`", "$HOME $1", "@m @@",
        "a & b", "x^2_y{z}", "tab here", "cr here", "nl here",
        "   ctl", "Ynys M\xc3\xb4n \xe6\x9d\xb1", "",
    };
    size_t n = sizeof names / sizeof names[0];
    if (system("gnuplot --version > /dev/null 2>&1") != 0) {
        fprintf(stderr, "gnuplot not installed: read-back not tested\n");
        return;
    }
    char path[] = "/tmp/ct-quote-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs("set print '-'\n", f);
    for (size_t i = 0; i < n; i++) {
        char buf[512];
        ct_gnuplot_quote(names[i], buf, sizeof buf);
        fprintf(f, "print '<' . %s . '>'\n", buf);
    }
    fclose(f);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "gnuplot %s 2>&1", path);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    char line[1024];
    size_t i = 0;
    while (fgets(line, sizeof line, p) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        assert_true(i < n);
        char want[600];
        snprintf(want, sizeof want, "<%s>", expected[i]);
        assert_string_equal(line, want);
        i++;
    }
    pclose(p);
    unlink(path);
    assert_int_equal(i, n);
}

/* ---- slugs and names --------------------------------------------------- */

static void check_slug(const char *const *parts, size_t n,
                       const char *expected)
{
    char buf[CT_GNUPLOT_NAME_MAX];
    size_t len = ct_gnuplot_slug(parts, n, buf, sizeof buf);
    assert_string_equal(buf, expected);
    assert_int_equal(len, strlen(expected));
    assert_true(ct_gnuplot_name_is_safe(buf));
}

/* h(['peers', 'Ynys Môn', 'Shoplifting']) = 0a54d05c,
 * h(['peers', 'Ynys Mon', 'Shoplifting']) = 8fd7b4d6,
 * h(['peers', 'ynys-mon', 'Shoplifting']) = 61c48894. */
static void test_slug_names_that_slug_alike_get_distinct_hashes(void **state)
{
    (void)state;
    const char *a[] = {"peers", "Ynys M\xc3\xb4n", "Shoplifting"};
    const char *b[] = {"peers", "Ynys Mon", "Shoplifting"};
    const char *c[] = {"peers", "ynys-mon", "Shoplifting"};
    check_slug(a, 3, "peers-ynys-mon-shoplifting-0a54d05c");
    check_slug(b, 3, "peers-ynys-mon-shoplifting-8fd7b4d6");
    check_slug(c, 3, "peers-ynys-mon-shoplifting-61c48894");
}

/* h(['a', 'b']) = a60057f4, h(['ab']) = e261ff07: the NUL after each
 * part keeps the parts apart. */
static void test_slug_parts_are_hashed_apart(void **state)
{
    (void)state;
    const char *ab[] = {"a", "b"};
    const char *one[] = {"ab"};
    check_slug(ab, 2, "a-b-a60057f4");
    check_slug(one, 1, "ab-e261ff07");
}

/* h(['../../etc/passwd']) = bd8c5e3e: no dot, no slash survives. */
static void test_slug_cannot_climb_out_of_the_folder(void **state)
{
    (void)state;
    const char *p[] = {"../../etc/passwd"};
    check_slug(p, 1, "etc-passwd-bd8c5e3e");
    const char *q[] = {"/"};
    char buf[64];
    ct_gnuplot_slug(q, 1, buf, sizeof buf);
    assert_null(strchr(buf, '/'));
    assert_null(strchr(buf, '.'));
}

/* h([HOSTILE]) = d0ebb73c; h(['']) = 29620a93. */
static void test_slug_of_hostile_and_empty_names(void **state)
{
    (void)state;
    const char *h[] = {HOSTILE};
    check_slug(h, 1, "x-system-touch-pwned-id-m-d0ebb73c");
    const char *e[] = {""};
    check_slug(e, 1, "29620a93");
    const char *punct[] = {"'\"`@\\"};
    char buf[64];
    ct_gnuplot_slug(punct, 1, buf, sizeof buf);
    assert_int_equal(strlen(buf), 8); /* the hash alone */
}

/* h(['Llanfenôg']) = d33e0e9a; h(['ŴŶ ßæÆ Ærø Þór']) = 68324311. */
static void test_slug_transliterates_latin_and_welsh_letters(void **state)
{
    (void)state;
    const char *l[] = {"Llanfen\xc3\xb4g"};
    check_slug(l, 1, "llanfenog-d33e0e9a");
    const char *w[] = {"\xc5\xb4\xc5\xb6 \xc3\x9f\xc3\xa6\xc3\x86 "
                       "\xc3\x86r\xc3\xb8 \xc3\x9e\xc3\xb3r"};
    check_slug(w, 1, "wy-ssaeae-aero-thor-68324311");
}

/* h(['Violence and sexual offences against the person in the night-time
 * economy']) = 6661db1f; the part is cut to 40 characters. */
static void test_slug_long_part_is_cut_to_forty(void **state)
{
    (void)state;
    const char *v[] = {"Violence and sexual offences against the person in "
                       "the night-time economy"};
    check_slug(v, 1, "violence-and-sexual-offences-against-the-6661db1f");
}

static void test_name_is_safe(void **state)
{
    (void)state;
    assert_true(ct_gnuplot_name_is_safe("peers-a-1b2c3d4e.gp"));
    assert_true(ct_gnuplot_name_is_safe("funnel-x-00000000-limits.csv"));
    assert_false(ct_gnuplot_name_is_safe(""));
    assert_false(ct_gnuplot_name_is_safe(NULL));
    assert_false(ct_gnuplot_name_is_safe("../a.gp"));
    assert_false(ct_gnuplot_name_is_safe("a/b.gp"));
    assert_false(ct_gnuplot_name_is_safe(".hidden"));
    assert_false(ct_gnuplot_name_is_safe("-rf"));
    assert_false(ct_gnuplot_name_is_safe("a..b"));
    assert_false(ct_gnuplot_name_is_safe("A.gp"));
    assert_false(ct_gnuplot_name_is_safe("a b"));
    assert_false(ct_gnuplot_name_is_safe("a'b"));
}

/* ---- kinds, terminals, driver ------------------------------------------ */

static void test_chart_list_parse(void **state)
{
    (void)state;
    unsigned m = 0;
    assert_true(ct_chart_parse_list("peers,trend", &m));
    assert_int_equal(m, CT_CHART_PEERS | CT_CHART_TREND);
    assert_true(ct_chart_parse_list("all", &m));
    assert_int_equal(m, CT_CHART_ALL);
    assert_true(ct_chart_parse_list("overview,xmr,funnel", &m));
    assert_int_equal(m, CT_CHART_OVERVIEW | CT_CHART_XMR | CT_CHART_FUNNEL);
    m = 99;
    assert_false(ct_chart_parse_list("peers,bars", &m));
    assert_false(ct_chart_parse_list("", &m));
    assert_false(ct_chart_parse_list("peers,", &m));
    assert_false(ct_chart_parse_list("Peers", &m));
    assert_int_equal(m, 99);
}

static void test_terminal_parse(void **state)
{
    (void)state;
    ct_gnuplot_terminal t;
    assert_true(ct_gnuplot_terminal_parse("svg", &t));
    assert_int_equal(t, CT_GNUPLOT_SVG);
    assert_string_equal(ct_gnuplot_terminal_extension(t), "svg");
    assert_true(ct_gnuplot_terminal_parse("pdf", &t));
    assert_string_equal(ct_gnuplot_terminal_extension(t), "pdf");
    assert_false(ct_gnuplot_terminal_parse("jpeg", &t));
    assert_false(ct_gnuplot_terminal_parse(NULL, &t));
}

static char *driver_text(const char *tmpdir, const char *const *names,
                         size_t n, ct_status *st)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    ct_error err = CT_ERROR_INIT;
    *st = ct_gnuplot_write_driver(f, CT_GNUPLOT_PNG, tmpdir, names, n,
                                  &err);
    fclose(f);
    return text;
}

static void test_driver_renders_each_chart_and_prints_its_status(void **state)
{
    (void)state;
    const char *names[] = {"peers-a-1b2c3d4e", "trend-b-5f6a7b8c"};
    ct_status st;
    char *text = driver_text(".render-Ab12Cd", names, 2, &st);
    assert_int_equal(st, CT_STATUS_OK);
    assert_non_null(strstr(text, "set print '-'\n"
                                 "set terminal pngcairo size 800,450 font "
                                 "'DejaVu Sans,10' noenhanced\n"
                                 "ct_batch = 1\n"));
    assert_non_null(strstr(text,
        "reset errors\n"
        "set output '.render-Ab12Cd/trend-b-5f6a7b8c.png'\n"
        "load 'trend-b-5f6a7b8c.gp'\n"
        "set output\n"
        "print sprintf('ct-status %d %s %s', GPVAL_ERRNO, "
        "'trend-b-5f6a7b8c', GPVAL_ERRMSG)\n"));
    free(text);
}

static void test_driver_refuses_unsafe_names(void **state)
{
    (void)state;
    const char *bad[] = {"../x"};
    ct_status st;
    free(driver_text(".render-Ab12Cd", bad, 1, &st));
    assert_int_equal(st, CT_STATUS_USAGE);
    const char *good[] = {"a-1"};
    free(driver_text("../up", good, 1, &st));
    assert_int_equal(st, CT_STATUS_USAGE);
    free(driver_text("a/b", good, 1, &st));
    assert_int_equal(st, CT_STATUS_USAGE);
}

/* ---- chart sets -------------------------------------------------------- */

/* A dataset of the counts and populations in 'counts' and 'pops'. */
static ct_dataset *counts_and_populations(const char *counts,
                                          const char *pops)
{
    ct_dataset *ds = ct_dataset_new();
    feed(ds, ct_ingest_counts, counts);
    feed(ds, ct_ingest_population, pops);
    return ds;
}

/* The chart set planned for 'q' and 'opt', which must succeed. */
static ct_chart_set *chart_set_ok(const ct_dataset *ds, const ct_tables_query *q,
                                  const ct_chart_options *opt)
{
    ct_chart_set *set = NULL;
    assert_int_equal(ct_chart_set_new(ds, NULL, q, opt, &set, NULL), CT_STATUS_OK);
    return set;
}

/* Plans the charts of the one area '*area' with 'opt' (NULL: the
 * defaults) into '*set'. */
static ct_status chart_set_of_area(const ct_dataset *ds,
                                   const char *const *area,
                                   const ct_chart_options *opt,
                                   ct_chart_set **set, ct_error *err)
{
    ct_tables_query q;
    query_one_area(&q, area);
    *set = NULL;
    return ct_chart_set_new(ds, NULL, &q, opt, set, err);
}

/* Three districts of a county in a nation, 2019 to 2023, one offence;
 * every name is hostile.  In CSV a quote is written "". */
#define A_CSV "\"x'; system(\"\"touch pwned\"\") # `id` @m \\\""
#define B_CSV "\"Line one\nline two\""
#define C_CSV "\"../../escape ^{2}_x @m &b {c}\""
#define O_CSV "\"Theft ^{2}_x 'q' \\\""
#define K_CSV "\"County \"\"Q\"\" & 'S'\""

static ct_dataset *hostile(void)
{
    char counts[4096] = "area,offence,period,count\n";
    char pops[2048] = "area,period,population\n";
    const char *areas[] = {A_CSV, B_CSV, C_CSV};
    for (int a = 0; a < 3; a++)
        for (int y = 2019; y <= 2023; y++) {
            char row[200];
            snprintf(row, sizeof row, "%s,%s,%d,%d\n", areas[a], O_CSV, y,
                     100 + 10 * a + 7 * (y - 2019) * (a + 1));
            strcat(counts, row);
            snprintf(row, sizeof row, "%s,%d,%d\n", areas[a], y,
                     50000 + 5000 * a);
            strcat(pops, row);
        }
    char peers[1024] = "area,peer\n", tree[1024] = "area,parent\n";
    for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++)
            if (a != b) {
                strcat(peers, areas[a]);
                strcat(peers, ",");
                strcat(peers, areas[b]);
                strcat(peers, "\n");
            }
        strcat(tree, areas[a]);
        strcat(tree, "," K_CSV "\n");
    }
    strcat(tree, K_CSV ",Nation\n");
    ct_dataset *ds = counts_and_populations(counts, pops);
    feed(ds, ct_ingest_peers, peers);
    feed(ds, ct_ingest_areas, tree);
    assert_int_equal(ct_dataset_roll_up(ds, NULL, NULL, NULL), CT_STATUS_OK);
    return ds;
}

/* Every line of a script, read as gnuplot reads it: outside strings there
 * is no back quote, no @, no '#' after the start and no "system"; every
 * single- or double-quoted string closes on its line; a double-quoted
 * string holds only "\n"; a comment does not end in a backslash. */
static void check_script_is_safe(const char *script)
{
    const char *line = script;
    while (*line) {
        const char *end = strchr(line, '\n');
        assert_non_null(end);
        if (line[0] == '#') {
            assert_true(end[-1] != '\\');
            line = end + 1;
            continue;
        }
        for (const char *p = line; p < end; p++) {
            if (*p == '\'') {
                for (p++;; p++) {
                    assert_true(p < end); /* the string closes */
                    if (*p == '\'')
                        break;
                }
            } else if (*p == '"') {
                /* Only the two double-quoted pieces ever written. */
                assert_true(memcmp(p, "\"\\n\"", 4) == 0 ||
                            memcmp(p, "\"'\"", 3) == 0);
                p += p[1] == '\\' ? 3 : 2;
            } else {
                assert_true(*p != '`' && *p != '@' && *p != '#');
                assert_true(strncmp(p, "system", 6) != 0);
            }
        }
        line = end + 1;
    }
    assert_non_null(strstr(script, "set termoption noenhanced\n"));
}

/* A CSV data file: one header and rows, no control character but the
 * newline that ends each row. */
static void check_data(const char *data, size_t min_rows)
{
    size_t rows = 0;
    for (const unsigned char *p = (const unsigned char *)data; *p; p++) {
        if (*p == '\n')
            rows++;
        else
            assert_true(*p >= 0x20 && *p != 0x7f);
    }
    assert_true(rows >= min_rows + 1);
}

static void test_set_of_hostile_names_is_safe(void **state)
{
    (void)state;
    ct_dataset *ds = hostile();
    ct_tables_query q;
    ct_tables_query_init(&q);
    ct_chart_options opt;
    ct_chart_options_init(&opt);
    opt.source = "it's \"here\"\n`id`";
    ct_chart_set *set = NULL;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_chart_set_new(ds, NULL, &q, &opt, &set, &err),
                     CT_STATUS_OK);
    /* 1 overview and 1 funnel for the county; peers and trend for each of
     * the 3 districts; no XmR without monthly data. */
    size_t n = ct_chart_set_count(set);
    assert_int_equal(n, 8);
    size_t kinds[32] = {0};
    bool seen_quoted = false;
    for (size_t i = 0; i < n; i++) {
        const ct_chart *c = ct_chart_set_chart(set, i);
        kinds[c->kind]++;
        assert_true(ct_gnuplot_name_is_safe(c->name));
        char *script = NULL, *d0 = NULL, *d1 = NULL;
        size_t l0 = 0, l1 = 0, l2 = 0;
        FILE *fs = open_memstream(&script, &l0);
        FILE *data[2] = {open_memstream(&d0, &l1), open_memstream(&d1, &l2)};
        assert_int_equal(ct_gnuplot_write_chart(set, i, CT_GNUPLOT_PNG, fs,
                                                data, &err), CT_STATUS_OK);
        fclose(fs);
        fclose(data[0]);
        fclose(data[1]);
        check_script_is_safe(script);
        check_data(d0, 1);
        if (c->n_data == 2)
            check_data(d1, 100);
        /* The names appear literally, each quote a "'" piece, a newline a
         * space. */
        seen_quoted |= strstr(script, "'x' . \"'\" . '; system(\"touch "
                                      "pwned\") # `id` @m \\'") != NULL;
        if (c->kind == CT_CHART_PEERS || c->kind == CT_CHART_OVERVIEW)
            assert_non_null(strstr(script, "'Line one line two'"));
        assert_non_null(strstr(script,
                               "it' . \"'\" . 's \"here\" `id`"));
        free(script);
        free(d0);
        free(d1);
    }
    assert_true(seen_quoted);
    assert_int_equal(kinds[CT_CHART_PEERS], 3);
    assert_int_equal(kinds[CT_CHART_TREND], 3);
    assert_int_equal(kinds[CT_CHART_FUNNEL], 1);
    assert_int_equal(kinds[CT_CHART_OVERVIEW], 1);
    ct_chart_set_free(set);
    ct_dataset_free(ds);
}

/* 'Area %+^=' and 'Area *?$+' slug alike and, with the offence Theft,
 * hash alike: h(['trend', 'Area %+^=', 'Theft']) = h(['trend',
 * 'Area *?$+', 'Theft']) = ed9d5576 (found by searching punctuation
 * suffixes).  The second chart in name order gets "-2". */
static void test_set_names_never_collide(void **state)
{
    (void)state;
    const char counts[] =
        "area,offence,period,count\n"
        "Area %+^=,Theft,2022,10\nArea %+^=,Theft,2023,12\n"
        "Area *?$+,Theft,2022,20\nArea *?$+,Theft,2023,22\n";
    const char pops[] =
        "area,period,population\n"
        "Area %+^=,2022,1000\nArea %+^=,2023,1000\n"
        "Area *?$+,2022,1000\nArea *?$+,2023,1000\n";
    ct_dataset *ds = counts_and_populations(counts, pops);
    ct_tables_query q;
    ct_tables_query_init(&q);
    ct_chart_options opt;
    ct_chart_options_init(&opt);
    opt.charts = CT_CHART_TREND;
    ct_chart_set *set = chart_set_ok(ds, &q, &opt);
    assert_int_equal(ct_chart_set_count(set), 2);
    const char *a = ct_chart_set_chart(set, 0)->name;
    const char *b = ct_chart_set_chart(set, 1)->name;
    assert_string_equal(a, "trend-area-theft-ed9d5576");
    assert_string_equal(b, "trend-area-theft-ed9d5576-2");
    assert_true(ct_gnuplot_name_is_safe(b));
    ct_chart_set_free(set);
    ct_dataset_free(ds);
}

/* A county named with --area stands for its districts; only the kinds
 * asked for are planned.  An area not in the data is a usage error. */
static void test_set_area_filter(void **state)
{
    (void)state;
    ct_dataset *ds = hostile();
    const char *county = "County \"Q\" & 'S'";
    ct_chart_options opt;
    ct_chart_options_init(&opt);
    opt.charts = CT_CHART_PEERS | CT_CHART_OVERVIEW;
    ct_chart_set *set;
    assert_int_equal(chart_set_of_area(ds, &county, &opt, &set, NULL),
                     CT_STATUS_OK);
    assert_int_equal(ct_chart_set_count(set), 4);
    assert_int_equal(ct_chart_set_chart(set, 0)->kind, CT_CHART_OVERVIEW);
    for (size_t i = 1; i < 4; i++)
        assert_int_equal(ct_chart_set_chart(set, i)->kind,
                         CT_CHART_PEERS);
    char name[CT_GNUPLOT_NAME_MAX + 16];
    ct_chart_data_name(ct_chart_set_chart(set, 1), 0, name, sizeof name);
    assert_non_null(strstr(name, ".csv"));
    ct_chart_set_free(set);
    const char *nowhere = "Nowhere";
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(chart_set_of_area(ds, &nowhere, NULL, &set, &err),
                     CT_STATUS_USAGE);
    assert_string_equal(err.message, "no area called 'Nowhere' in the data");
    assert_null(set);
    ct_dataset_free(ds);
}

static void count_warning(void *ctx, const ct_error *w)
{
    (*(int *)ctx)++;
    assert_non_null(strstr(w->message, "left out of the charts"));
}

/* B has no population for 2023: its 2023 rate is left out with a warning,
 * its 2022 rate and A's charts are drawn. */
static void test_set_area_without_population_is_left_out(void **state)
{
    (void)state;
    const char counts[] =
        "area,offence,period,count\n"
        "A,Theft,2022,10\nA,Theft,2023,12\nB,Theft,2022,20\nB,Theft,2023,22\n";
    const char pops[] =
        "area,period,population\n"
        "A,2022,1000\nA,2023,1000\nB,2022,1000\n";
    ct_dataset *ds = counts_and_populations(counts, pops);
    ct_tables_query q;
    ct_tables_query_init(&q);
    ct_chart_options opt;
    ct_chart_options_init(&opt);
    int warnings = 0;
    opt.charts = CT_CHART_TREND | CT_CHART_FUNNEL;
    opt.warn = count_warning;
    opt.warn_ctx = &warnings;
    ct_chart_set *set = chart_set_ok(ds, &q, &opt);
    assert_int_equal(warnings, 1);
    /* A funnel of the one area with a 2023 population, and A's trend; B
     * has one rate only, too few for a trend. */
    assert_int_equal(ct_chart_set_count(set), 2);
    assert_int_equal(ct_chart_set_chart(set, 0)->kind, CT_CHART_FUNNEL);
    assert_int_equal(ct_chart_set_chart(set, 1)->kind, CT_CHART_TREND);
    assert_string_equal(ct_chart_set_chart(set, 1)->area, "A");
    ct_chart_set_free(set);
    ct_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        /* quoting */
        cmocka_unit_test(test_quote_plain_name_is_single_quoted),
        cmocka_unit_test(test_quote_single_quote_is_its_own_piece),
        cmocka_unit_test(test_quote_very_long_name),
        cmocka_unit_test(test_quote_gnuplot_reads_it_back),
        cmocka_unit_test(test_quote_hostile_name_is_literal),
        cmocka_unit_test(test_quote_control_characters_become_spaces),
        cmocka_unit_test(test_quote_truncates_but_reports_full_length),
        /* slugs and names */
        cmocka_unit_test(test_slug_names_that_slug_alike_get_distinct_hashes),
        cmocka_unit_test(test_slug_parts_are_hashed_apart),
        cmocka_unit_test(test_slug_cannot_climb_out_of_the_folder),
        cmocka_unit_test(test_slug_of_hostile_and_empty_names),
        cmocka_unit_test(test_slug_transliterates_latin_and_welsh_letters),
        cmocka_unit_test(test_slug_long_part_is_cut_to_forty),
        cmocka_unit_test(test_name_is_safe),
        /* kinds, terminals, driver */
        cmocka_unit_test(test_chart_list_parse),
        cmocka_unit_test(test_terminal_parse),
        cmocka_unit_test(test_driver_renders_each_chart_and_prints_its_status),
        cmocka_unit_test(test_driver_refuses_unsafe_names),
        /* chart sets */
        cmocka_unit_test(test_set_of_hostile_names_is_safe),
        cmocka_unit_test(test_set_names_never_collide),
        cmocka_unit_test(test_set_area_filter),
        cmocka_unit_test(test_set_area_without_population_is_left_out),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("gnuplot", tests, NULL, NULL);
}
