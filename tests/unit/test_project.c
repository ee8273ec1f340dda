/* test_project.c - projections from a dataset: the worked example of
 * METHODS-ADDENDUM §D.4 through the table, the plain-words line, the
 * "outside the expected range" hook, the backtest's figures against
 * values computed from the model directly, and bad input. */
#include "test_cells_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/crimetrend.h"

/* §D.4: five years of burglaries in one area, populations to 2024. */
static const char d4_counts[] =
    "area,offence,period,count\n"
    "Sallowford,Burglary,2019,1310\n"
    "Sallowford,Burglary,2020,1245\n"
    "Sallowford,Burglary,2021,1198\n"
    "Sallowford,Burglary,2022,1262\n"
    "Sallowford,Burglary,2023,1150\n";
static const char d4_pops[] =
    "area,period,population\n"
    "Sallowford,2019,248000\nSallowford,2020,250500\n"
    "Sallowford,2021,253000\nSallowford,2022,255400\n"
    "Sallowford,2023,257900\nSallowford,2024,260300\n";

/* 2024 as recorded: 1,400. */
static const char d4_2024[] = "area,offence,period,count\n"
                              "Sallowford,Burglary,2024,1400\n";

static int64_t count_of(const ct_table *t, size_t row, const char *name)
{
    int64_t v = -1;
    ct_table_get_count(t, row, (size_t)col(t, name), &v);
    return v;
}

/* The range for 2024 against its actual count, 1,400: above the 1,266
 * the five years before predicted (the worked example). */
static void test_project_range_flags_a_count_outside_it(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    feed(ds, ct_ingest_counts, d4_counts);
    feed(ds, ct_ingest_counts, d4_2024);
    feed(ds, ct_ingest_population, d4_pops);
    ct_project_options o;
    ct_project_options_init(&o);
    ct_dataset_id a = ct_dataset_find_area(ds, "Sallowford");
    ct_dataset_id f = ct_dataset_find_offence(ds, "Burglary");
    ct_period p2024;
    assert_true(ct_period_parse("2024", 4, &p2024));
    ct_project_range r;
    assert_int_equal(ct_project_range_for(ds, a, f, p2024, &o, 0.95,
                                          CT_POP_RULE_JUNE30, &r, NULL),
                     CT_STATUS_OK);
    assert_true(r.available);
    assert_true(r.has_actual);
    assert_int_equal(r.actual, 1400);
    assert_int_equal(r.side, 1);
    assert_close(r.high, 1266.622718, 1e-7);
    assert_string_equal(ct_project_range_words(&r),
                        "outside the expected range (above)");
    ct_dataset_free(ds);
}

/* ---- the projection table, as a table of cases ----------------------- */

static const struct project_case {
    const char *name;
    const char *counts, *more_counts, *pops, *window;
    ct_status status;
    const char *exact; /* the error message, all of it */
    int n_rows;        /* checked when above 0 */
    struct cell_check cells[16];
    int warnings;      /* checked when above 0 */
    /* A part of the table written as text, and of the looking-ahead
     * section, when set. */
    const char *written, *looking_ahead;
} project_cases[] = {
    /* §D.4: mu0 = 1143.9617802411 (4.39478 per 1,000 at 260,300); quasi
     * phi 1.614455013642 > 1; the 95% interval's whole counts 1026 to
     * 1266; IRR 0.9662341190, i.e. -3.3766% a year.  Five periods only:
     * 2023 has no window before it.  The looking-ahead section quotes the
     * line. */
    {.name = "the worked example of §D.4", .counts = d4_counts,
     .pops = d4_pops, .n_rows = 1,
     .cells = {REAL(0, "expected", 1143.9617802411, 1e-9),
               REAL(0, "expected_rate", 4.39478, 1e-5),
               REAL(0, "dispersion", 1.614455013642, 1e-9),
               REAL(0, "annual_change_pct", -3.37658810, 1e-7),
               COUNT(0, "low", 1026), COUNT(0, "high", 1266),
               TEXT(0, "model", "quasi-Poisson"), TEXT(0, "period", "2024"),
               TEXT(0, "from", "2019"), TEXT(0, "to", "2023"),
               TEXT(0, "sentence",
                    "Burglary in Sallowford: if the trend of the last five "
                    "years holds, expect 1,026 to 1,266 in 2024 (95% "
                    "prediction interval)."),
               BLANK(0, "latest_vs_expected")},
     .looking_ahead = "## Looking ahead\n\n- Burglary in Sallowford: if the "
                      "trend"},
    /* 2024 actually recorded 1,400, above the 1,266 the five years before
     * predicted (the worked example).  No population for 2025: the 2024
     * one stands in, and the table's notes say so. */
    {.name = "a latest count outside its range", .counts = d4_counts,
     .more_counts = d4_2024,
     .pops = d4_pops,
     .cells = {TEXT(0, "latest_vs_expected",
                    "outside the expected range (above)"),
               COUNT(0, "latest_count", 1400), COUNT(0, "latest_high", 1266),
               TEXT(0, "period", "2025")},
     .written = "1 series have no population for 2025: the latest "
                "population is used"},
    {.name = "fewer periods than the window", .counts = d4_counts,
     .window = "6", .status = CT_STATUS_INPUT,
     .exact = "the data has 5 periods of this length up to 2023 (2019 to "
              "2023); a trend over --window 6 needs 6"},
    /* A series with a gap, and one of zeros: each a row saying why, and a
     * warning. */
    {.name = "a series with a gap, and one of zeros",
     .counts = "area,offence,period,count\n"
               "A,X,2019,10\nA,X,2020,12\nA,X,2021,..\nA,X,2022,13\n"
               "A,X,2023,14\nB,X,2019,0\nB,X,2020,0\nB,X,2021,0\n"
               "B,X,2022,0\nB,X,2023,0\n",
     .n_rows = 2,
     .cells = {TEXT(0, "note",
                    "cannot project: no count for 2021 (suppressed)"),
               NAN_CELL(0, "expected"),
               TEXT(1, "note", "cannot project: every count is 0; no "
                               "trend can be fitted")},
     .warnings = 2},
};

/* 'fn' writes 't' to a string, which the caller frees. */
static char *written(const ct_table *t,
                     ct_status (*fn)(const ct_table *, FILE *, ct_error *))
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_int_equal(fn(t, m, NULL), CT_STATUS_OK);
    fclose(m);
    return buf;
}

static ct_status write_text(const ct_table *t, FILE *out, ct_error *err)
{
    return ct_table_write(t, CT_FORMAT_TEXT, out, err);
}

static void test_project_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof project_cases / sizeof project_cases[0];
         i++) {
        const struct project_case *pc = &project_cases[i];
        ct_dataset *ds = ct_dataset_new();
        feed(ds, ct_ingest_counts, pc->counts);
        if (pc->more_counts != NULL)
            feed(ds, ct_ingest_counts, pc->more_counts);
        if (pc->pops != NULL)
            feed(ds, ct_ingest_population, pc->pops);
        ct_tables_query q;
        ct_tables_query_init(&q);
        ct_project_options o;
        ct_project_options_init(&o);
        if (pc->window != NULL)
            o.window = (size_t)atoi(pc->window);
        warning_log w = {0};
        o.warn = note_warning;
        o.warn_ctx = &w;
        ct_table *t = NULL;
        ct_error err = CT_ERROR_INIT;
        assert_int_in(pc->name, ct_project_table(ds, &q, &o, &t, &err),
                      pc->status);
        if (pc->status != CT_STATUS_OK) {
            assert_true_in(pc->name, t == NULL);
            assert_string_in(pc->name, err.message, pc->exact);
        }
        assert_table(pc->name, t, pc->n_rows, pc->cells, 16);
        if (pc->warnings > 0)
            assert_int_in(pc->name, w.n, pc->warnings);
        if (pc->written != NULL) {
            char *buf = written(t, write_text);
            assert_true_in(pc->name, strstr(buf, pc->written));
            free(buf);
        }
        if (pc->looking_ahead != NULL) {
            char *buf = written(t, ct_project_write_looking_ahead);
            assert_true_in(pc->name, strstr(buf, pc->looking_ahead));
            free(buf);
        }
        ct_table_free(t);
        ct_dataset_free(ds);
    }
}

static void test_backtest_against_direct_fits(void **state)
{
    (void)state;
    /* Seven years of counts without populations: 2024 and 2025 each have
     * five years before them.  Naive APE: |150 - 142| / 150 and
     * |131 - 150| / 131, mean 100 * (0.0533333 + 0.1450382) / 2 =
     * 9.9185751%.  The trend's figures come from the model directly. */
    static const char c[] = "area,offence,period,count\n"
                            "A,X,2019,100\nA,X,2020,112\nA,X,2021,118\n"
                            "A,X,2022,133\nA,X,2023,142\nA,X,2024,150\n"
                            "A,X,2025,131\n";
    ct_dataset *ds = ct_dataset_new();
    feed(ds, ct_ingest_counts, c);
    ct_tables_query q;
    ct_tables_query_init(&q);
    ct_project_options o;
    ct_project_options_init(&o);
    ct_table *t = NULL;
    assert_int_equal(ct_project_backtest(ds, &q, &o, &t, NULL), CT_STATUS_OK);
    assert_int_equal(ct_table_n_rows(t), 2); /* A/X and All series */
    const double y[7] = {100, 112, 118, 133, 142, 150, 131};
    double ape = 0;
    int inside = 0;
    for (int s = 0; s < 2; s++) {
        ct_model_trend f;
        ct_model_interval iv;
        assert_int_equal(ct_model_poisson_trend(y + s, NULL, 5, &f, NULL),
                         CT_STATUS_OK);
        assert_int_equal(ct_model_farrington(&f, 5, 0, true, 0.95, &iv,
                                             NULL), CT_STATUS_OK);
        ape += fabs(y[s + 5] - iv.mu0) / y[s + 5];
        inside += y[s + 5] >= iv.low && y[s + 5] <= iv.high;
    }
    assert_int_equal(count_of(t, 0, "forecasts"), 2);
    assert_int_equal(count_of(t, 0, "inside"), inside);
    assert_close(real(t, 0, "mape_pct"), 100 * ape / 2, 1e-12);
    assert_close(real(t, 0, "naive_mape_pct"), 9.9185751, 1e-7);
    assert_string_equal(cell_text(t, 1, "area"), "All series");
    assert_close(real(t, 1, "naive_mape_pct"), 9.9185751, 1e-7);
    assert_string_equal(cell_text(t, 0, "from"), "2024");
    assert_string_equal(cell_text(t, 0, "to"), "2025");
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* The projections written as CSV by the general path: the file read into
 * a dataset, the table, the table writer. */
static char *general_csv(const char *text, bool backtest, warning_log *w)
{
    ct_dataset *ds = ct_dataset_new();
    ct_ingest_options io;
    ct_ingest_options_init(&io);
    io.layout = CT_INGEST_WIDE_PERIODS;
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_int_equal(ct_ingest_counts(ds, f, "t.csv", &io, NULL), CT_STATUS_OK);
    fclose(f);
    ct_tables_query q;
    ct_tables_query_init(&q);
    ct_project_options o;
    ct_project_options_init(&o);
    o.warn = note_warning;
    o.warn_ctx = w;
    ct_table *t = NULL;
    assert_int_equal(backtest ? ct_project_backtest(ds, &q, &o, &t, NULL)
                              : ct_project_table(ds, &q, &o, &t, NULL),
                     CT_STATUS_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_int_equal(ct_table_write(t, CT_FORMAT_CSV, m, NULL), CT_STATUS_OK);
    fclose(m);
    ct_table_free(t);
    ct_dataset_free(ds);
    return buf;
}

/* The streamed projections, or NULL when the reader declines the file. */
static char *streamed_csv(const char *text, size_t window, bool backtest,
                          warning_log *w)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    ct_project_stream *s = NULL;
    assert_int_equal(ct_project_stream_read(f, "t.csv", window, backtest, &s,
                                            NULL),
                     CT_STATUS_OK);
    fclose(f);
    if (s == NULL)
        return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_int_equal(backtest ? ct_project_stream_write_backtest(s, 0.95, m,
                                                                 NULL)
                              : ct_project_stream_write(s, 0.95, note_warning,
                                                        w, m, NULL),
                     CT_STATUS_OK);
    fclose(m);
    ct_project_stream_free(s);
    return buf;
}

/* Areas out of order, a name that needs quoting, a series of zeros (a
 * row saying why, and a warning), a name with quotes, a rising series whose projection is
 * above every count (the extrapolation note), a latest count outside
 * its range, a series missing for one offence, and a period before the
 * window: the streamed CSV is byte for byte the general path's. */
static const char stream_text[] =
        "area,offence,2018,2019,2020,2021,2022,2023,2024\n"
        "Wexley,Burglary,99,1310,1245,1198,1262,1150,1400\n"
        "\"Ashby, North\",Burglary,5,20,22,25,28,31,34\n"
        "Ashby,Robbery,0,0,0,0,0,0,0\n"
        "Ashby,Burglary,3,40,38,41,39,44,12\n"
        "Wexley,Robbery,1,2,1,3,2,50,4\n"
        "\"Wex \"\"Old\"\"\",Burglary,0,10,12,11,13,12,14\n"
        "\"Ashby, North\",Robbery,0,100,110,130,170,250,400\n";

/* The projections and the backtest of stream_text, streamed, are the
 * general table's bytes.  The projections: five series, area order by
 * bytes ("Ashby" < "Ashby, North" < "Wexley"), Burglary before Robbery,
 * one warning (the zeros).  The backtest, streamed with every period:
 * 2023 and 2024 projected for each series (the zeros give no forecast and
 * a row of 0), then "All series". */
static const struct stream_case {
    const char *name;
    bool backtest;
    int warnings; /* checked, on both paths, when above 0 */
    const char *parts[6];
} stream_cases[] = {
    {"projections", false, 1,
     {"\nAshby,Burglary,2020,2024,5,2025,",
      "\nAshby,Robbery,2020,2024,5,2025,,,,,,,,,,,,,,,cannot project: "
      "every count is 0; no trend can be fitted,\n",
      "\n\"Ashby, North\",Robbery,", "extrapolated",
      "\n\"Wex \"\"Old\"\"\",Burglary,"}},
    {"backtest", true, 0,
     {"\nAshby,Robbery,,,0,,,,\n", "\nAll series,,2023,2024,12,"}},
};

static void test_project_stream_matches_the_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof stream_cases / sizeof stream_cases[0];
         i++) {
        const struct stream_case *sc = &stream_cases[i];
        warning_log wg = {0}, ws = {0};
        char *g = general_csv(stream_text, sc->backtest, &wg);
        char *s = streamed_csv(stream_text, 5, sc->backtest, &ws);
        assert_true_in(sc->name, s != NULL);
        assert_string_in(sc->name, s, g);
        if (sc->warnings > 0) {
            assert_int_in(sc->name, ws.n, wg.n);
            assert_int_in(sc->name, ws.n, sc->warnings);
        }
        for (size_t k = 0; k < 6 && sc->parts[k] != NULL; k++)
            assert_true_in(sc->name, strstr(g, sc->parts[k]));
        free(g);
        free(s);
    }
}

static void test_project_stream_declines_what_it_does_not_read(void **state)
{
    (void)state;
    static const char *const declined[] = {
        /* a suppressed count */
        "area,offence,2019,2020,2021,2022,2023,2024\nA,X,1,2,*,4,5,6\n",
        /* a count with a thousands separator */
        "area,offence,2019,2020,2021,2022,2023,2024\n"
        "A,X,1,2,\"1,300\",4,5,6\n",
        /* the same series twice */
        "area,offence,2019,2020,2021,2022,2023,2024\n"
        "A,X,1,2,3,4,5,6\nA,X,1,2,3,4,5,6\n",
        /* a year missing between the columns */
        "area,offence,2018,2020,2021,2022,2023,2024\nA,X,1,2,3,4,5,6\n",
        /* an alias for the area column */
        "borough,offence,2019,2020,2021,2022,2023,2024\nA,X,1,2,3,4,5,6\n",
        /* fewer periods than the window and one */
        "area,offence,2020,2021,2022,2023,2024\nA,X,1,2,3,4,5\n",
        /* a short row */
        "area,offence,2019,2020,2021,2022,2023,2024\nA,X,1,2,3,4,5\n",
    };
    for (size_t i = 0; i < sizeof declined / sizeof declined[0]; i++) {
        warning_log w = {0};
        char *s = streamed_csv(declined[i], 5, false, &w);
        if (s != NULL)
            fail_msg("case %zu was streamed", i);
    }
    /* The same file, clean, is streamed. */
    warning_log w = {0};
    char *s = streamed_csv("area,offence,2019,2020,2021,2022,2023,2024\n"
                           "A,X,1,2,3,4,5,6\n", 5, false, &w);
    assert_non_null(s);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_project_cases),
        cmocka_unit_test(test_project_range_flags_a_count_outside_it),
        cmocka_unit_test(test_backtest_against_direct_fits),
        cmocka_unit_test(test_project_stream_matches_the_table),
        cmocka_unit_test(test_project_stream_declines_what_it_does_not_read),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("project", tests, NULL, NULL);
}
