/* test_tables.c - the rates and change tables built from a dataset: the
 * default periods, filters, populations by rule, and the errors for a
 * missing or zero population. */
#include "test_cells_support.h"

#include <stdio.h>
#include <string.h>

#include "crimetrend/crimetrend.h"

/* Northby: burglary 100 (2014) and 120 (2015), robbery 4 and 0, population
 * 100,000 and 101,000.  Southby: burglary 50 and 45, robbery 0 and 3,
 * population 50,000 and 50,500. */
static const char counts[] =
    "area,offence,period,count\n"
    "Northby,Burglary,2014,100\nNorthby,Burglary,2015,120\n"
    "Northby,Robbery,2014,4\nNorthby,Robbery,2015,0\n"
    "Southby,Burglary,2014,50\nSouthby,Burglary,2015,45\n"
    "Southby,Robbery,2014,0\nSouthby,Robbery,2015,3\n";
static const char pops[] =
    "area,period,population\nNorthby,2014,100000\nNorthby,2015,101000\n"
    "Southby,2014,50000\nSouthby,2015,50500\n";

static ct_dataset *load(const char *c, const char *p)
{
    ct_dataset *ds = ct_dataset_new();
    ct_error err = CT_ERROR_INIT;
    FILE *f = fmemopen((void *)c, strlen(c), "r");
    assert_int_equal(ct_ingest_counts(ds, f, "counts.csv", NULL, &err), CT_STATUS_OK);
    fclose(f);
    if (p != NULL) {
        f = fmemopen((void *)p, strlen(p), "r");
        assert_int_equal(ct_ingest_population(ds, f, "population.csv", NULL,
                                              &err), CT_STATUS_OK);
        fclose(f);
    }
    return ds;
}

/* A default query whose warnings are collected in 'log'. */
static void query_with_log(ct_tables_query *q, warning_log *log)
{
    ct_tables_query_init(q);
    log->n = 0;
    log->last[0] = '\0';
    q->warn = note_warning;
    q->warn_ctx = log;
}

typedef ct_status (*table_fn)(const ct_dataset *, const ct_tables_query *,
                              ct_table **, ct_error *);

/* The table 'fn' builds for 'q', which must succeed. */
static ct_table *table_ok(const ct_dataset *ds, table_fn fn,
                          const ct_tables_query *q)
{
    ct_table *t = NULL;
    assert_int_equal(fn(ds, q, &t, NULL), CT_STATUS_OK);
    return t;
}

/* Names as typed: case, repeated spaces and "&" for "and" match; the
 * slips are rows of the error table below; --exclude-area leaves an area
 * out. */
static const char names_counts[] =
    "area,offence,period,count\n"
    "Barking and Dagenham,Burglary,2015,10\n"
    "Northby,Burglary,2015,120\n"
    "Southby,Burglary,2015,45\n";
static const char names_pops[] =
    "area,period,population\n"
    "Barking and Dagenham,2015,200000\n"
    "Northby,2015,101000\nSouthby,2015,50500\n";

static void test_tables_names_as_typed(void **state)
{
    (void)state;
    ct_dataset *ds = load(names_counts, names_pops);
    assert_int_equal(ct_dataset_match_area(ds, "  barking  &  DAGENHAM "),
                     ct_dataset_find_area(ds, "Barking and Dagenham"));
    assert_int_equal(ct_dataset_match_offence(ds, "BURGLARY"), 0);
    ct_tables_query q;
    ct_tables_query_init(&q);
    const char *ex[] = {"SOUTHBY", "barking & dagenham"};
    q.exclude = ex;
    q.n_exclude = 2;
    ct_table *t = table_ok(ds, ct_tables_rates, &q);
    assert_int_equal(ct_table_n_rows(t), 1);
    assert_string_equal(cell_text(t, 0, "area"), "Northby");
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* nearest takes the earlier of two equally near years; carry-forward
 * never takes a later year. */
static void test_dataset_population_fallback_ties_and_direction(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, "area,period,population\n"
                                  "Northby,2013,1000\nNorthby,2017,3000\n"
                                  "Southby,2016,500\n");
    ct_dataset_id north = ct_dataset_find_area(ds, "Northby");
    ct_dataset_id south = ct_dataset_find_area(ds, "Southby");
    ct_period p2015 = {CT_PERIOD_YEAR, ct_period_month_index(2015, 1), 12}, src;
    double pop = 0;
    assert_false(ct_dataset_population(ds, north, p2015, CT_POP_RULE_JUNE30,
                                       &pop, &src));
    ct_dataset_set_pop_fallback(ds, CT_POP_NEAREST);
    assert_true(ct_dataset_population(ds, north, p2015, CT_POP_RULE_JUNE30,
                                      &pop, &src));
    assert_close(pop, 1000, 0);     /* 2013 and 2017 are both 2 away */
    assert_true(ct_dataset_population(ds, south, p2015, CT_POP_RULE_JUNE30,
                                      &pop, &src));
    assert_close(pop, 500, 0);      /* 2016, one year on */
    ct_dataset_set_pop_fallback(ds, CT_POP_CARRY_FORWARD);
    assert_true(ct_dataset_population(ds, north, p2015, CT_POP_RULE_JUNE30,
                                      &pop, &src));
    assert_close(pop, 1000, 0);
    assert_int_equal(src.start, ct_period_month_index(2013, 1));
    assert_false(ct_dataset_population(ds, south, p2015, CT_POP_RULE_JUNE30,
                                       &pop, &src));
    ct_dataset_free(ds);
}

/* A population of 2^64 (or anything from 2^63) is an input error naming
 * the file and line. */
static void test_ingest_population_too_large(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, NULL);
    const char *p = "area,period,population\nNorthby,2015,101000\n"
                    "Southby,2015,18446744073709551616\n";
    FILE *f = fmemopen((void *)p, strlen(p), "r");
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_ingest_population(ds, f, "population.csv", NULL,
                                          &err), CT_STATUS_INPUT);
    fclose(f);
    assert_string_equal(err.path, "population.csv");
    assert_int_equal(err.line, 3);
    assert_non_null(strstr(err.message, "too large"));
    ct_dataset_free(ds);
}

/* ---- the rates, change and compare tables, as a table of cases ------- */

enum kind { RATES, CHANGE, COMPARE };

struct table_case {
    const char *name;
    enum kind kind;
    const char *counts, *pops, *peers; /* pops and peers may be NULL */
    /* The query: one area (or none), the period, --from, --base, the rate
     * base (0 for the default), --strict and the population rule. */
    const char *area, *period, *from, *base;
    double per;
    bool strict;
    ct_pop_fallback fallback;
    ct_status status;
    /* On an error: a part of the message, or all of it; the file and line
     * named when 'err_line' is above 0; no table when 'no_table'. */
    const char *message, *exact, *err_path;
    int err_line;
    bool no_table;
    /* On success: the rows (checked when above 0) and cells; the warnings
     * (counted when above 0) and a part of the last one. */
    int n_rows;
    struct cell_check cells[12];
    int warnings;
    const char *warning;
};

static const struct table_case cases[] = {
    /* 2 areas x 2 offences in 2015, ordered by area then offence.
     * 120 / 101,000 * 1,000 = 1.1881188118811881 (hand arithmetic).  Byar
     * lower limit for O = 120 at 95%, per 1,000 of 101,000, from R:
     * sprintf("%.17g", 120*(1-1/(9*120)-qnorm(0.975)/(3*sqrt(120)))^3
     *         /101000*1000) = 0.98505179807542786.  Robbery 0 in 2015:
     * exact method, lower limit 0. */
    {.name = "rates: latest period by default", .kind = RATES,
     .counts = counts, .pops = pops, .n_rows = 4,
     .cells = {TEXT(0, "area", "Northby"), TEXT(0, "offence", "Burglary"),
               TEXT(0, "period", "2015"),
               REAL(0, "rate", 1.1881188118811881, 1e-12),
               REAL(0, "rate_low", 0.98505179807542786, 1e-12),
               TEXT(0, "method", "Byar"), TEXT(1, "method", "Exact"),
               REAL(1, "rate_low", 0.0, 0)}},
    /* Southby burglary 2014: 50 / 50,000 * 100,000 = 100 per 100,000. */
    {.name = "rates: all periods, one area, per 100,000", .kind = RATES,
     .counts = counts, .pops = pops, .area = "Southby", .period = "all",
     .per = 100000, .n_rows = 4,
     .cells = {TEXT(0, "period", "2014"), REAL(0, "rate", 100.0, 1e-12),
               REAL(0, "per", 100000.0, 0)}},
    /* An area without a population is left out, named in one warning; the
     * other areas stay: Northby's two offences only (no "All crime": not
     * added here). */
    {.name = "rates: an area without a population is left out",
     .kind = RATES, .counts = counts,
     .pops = "area,period,population\nNorthby,2015,101000\n", .n_rows = 2,
     .cells = {TEXT(0, "area", "Northby"), TEXT(1, "area", "Northby")},
     .warnings = 1,
     .warning = "1 area left out for want of a population above 0: "
                "'Southby' (2015: none)"},
    /* --strict: the same is an input error naming the area. */
    {.name = "rates: --strict, an area without a population",
     .kind = RATES, .counts = counts,
     .pops = "area,period,population\nNorthby,2015,101000\n",
     .strict = true, .status = CT_STATUS_INPUT, .no_table = true,
     .message = "no population for area 'Southby' in period 2015 (nor a "
                "mid-2015 estimate)"},
    /* A population of 0 is left out by default and, under --strict, an
     * error naming the population file and its line (line 2: the header is
     * 1). */
    {.name = "rates: a population of 0 is left out", .kind = RATES,
     .counts = counts,
     .pops = "area,period,population\nNorthby,2015,0\nSouthby,2015,50500\n",
     .n_rows = 2, .cells = {TEXT(0, "area", "Southby")},
     .warning = "'Northby' (2015: 0 at population.csv:2)"},
    {.name = "rates: --strict, a population of 0", .kind = RATES,
     .counts = counts,
     .pops = "area,period,population\nNorthby,2015,0\nSouthby,2015,50500\n",
     .strict = true, .status = CT_STATUS_INPUT, .err_path = "population.csv",
     .err_line = 2,
     .message = "population of area 'Northby' for 2015 is 0; expected a "
                "number above 0"},
    /* No populations at all: rates cannot be given, an input error. */
    {.name = "rates: no population at all", .kind = RATES, .counts = counts,
     .status = CT_STATUS_INPUT, .message = "rates need populations"},
    /* A cell with no row (Southby has no robbery row for 2015) is a row
     * with method "missing", summarised once. */
    {.name = "rates: a missing cell gets a row", .kind = RATES,
     .counts = "area,offence,period,count\nNorthby,Burglary,2015,120\n"
               "Northby,Robbery,2015,0\nSouthby,Burglary,2015,45\n",
     .pops = pops, .n_rows = 4,
     .cells = {TEXT(3, "area", "Southby"), TEXT(3, "offence", "Robbery"),
               TEXT(3, "method", "missing"), NO_COUNT(3, "count"),
               NAN_CELL(3, "rate")},
     .warnings = 1,
     .warning = "1 cell is missing (no count in the data), shown as "
                "'missing': Southby / Robbery / 2015"},
    /* --population-rule: only 2014 is published.  Northby 2015 burglary 120
     * over 100,000 (2014) per 1,000 = 1.2; exact leaves both areas out. */
    {.name = "rates: exact population rule, 2014 only", .kind = RATES,
     .counts = counts,
     .pops = "area,period,population\nNorthby,2014,100000\n"
             "Southby,2014,50000\n",
     .status = CT_STATUS_INPUT},
    {.name = "rates: nearest population rule, 2014 only", .kind = RATES,
     .counts = counts,
     .pops = "area,period,population\nNorthby,2014,100000\n"
             "Southby,2014,50000\n",
     .fallback = CT_POP_NEAREST, .n_rows = 4,
     .cells = {TEXT(0, "offence", "Burglary"), REAL(0, "rate", 1.2, 1e-12),
               TEXT(0, "population_year", "2014")}},
    {.name = "rates: carry-forward population rule, 2014 only",
     .kind = RATES, .counts = counts,
     .pops = "area,period,population\nNorthby,2014,100000\n"
             "Southby,2014,50000\n",
     .fallback = CT_POP_CARRY_FORWARD, .n_rows = 4,
     .cells = {TEXT(0, "offence", "Burglary"), REAL(0, "rate", 1.2, 1e-12),
               TEXT(0, "population_year", "2014")}},
    /* Names as typed: "northby" is Northby. */
    {.name = "rates: an area named in lower case", .kind = RATES,
     .counts = names_counts, .pops = names_pops, .area = "northby",
     .n_rows = 1, .cells = {TEXT(0, "area", "Northby")}},
    /* "Nrthby" is one edit from Northby (the o left out); Southby is three
     * away (n->s, r->o, u added), beyond the limit of 2 (a third of 7,
     * rounded down, and at least 2). */
    {.name = "rates: a slip in an area's name", .kind = RATES,
     .counts = names_counts, .pops = names_pops, .area = "Nrthby",
     .status = CT_STATUS_USAGE,
     .exact = "no area called 'Nrthby' in the data; did you mean "
              "'Northby'?"},
    /* "Xorthby" is one from Northby, two from Southby (x->s, r->u): both,
     * nearest first. */
    {.name = "rates: a slip near two areas", .kind = RATES,
     .counts = names_counts, .pops = names_pops, .area = "Xorthby",
     .status = CT_STATUS_USAGE,
     .exact = "no area called 'Xorthby' in the data; did you mean "
              "'Northby' or 'Southby'?"},
    /* Nothing near: no candidates. */
    {.name = "rates: a name near no area", .kind = RATES,
     .counts = names_counts, .pops = names_pops, .area = "Zzzzzzzzzzzz",
     .status = CT_STATUS_USAGE,
     .exact = "no area called 'Zzzzzzzzzzzz' in the data"},
    {.name = "rates: a period not in the data", .kind = RATES,
     .counts = counts, .pops = pops, .period = "2016",
     .status = CT_STATUS_USAGE},
    {.name = "rates: an area not in the data", .kind = RATES,
     .counts = counts, .pops = pops, .area = "Westby",
     .status = CT_STATUS_USAGE,
     .exact = "no area called 'Westby' in the data"},
    /* 100 -> 120: +20%; rates 1.0 -> 1.1881188 per 1,000: the rate rose
     * 100 * (120/101000 / (100/100000) - 1) = 18.811881188118811%; the
     * rate ratio is 1.1881188 (the same figure, as a ratio).  Southby
     * robbery 0 -> 3: the % change is undefined (n/a, never inf). */
    {.name = "change: year on year", .kind = CHANGE, .counts = counts,
     .pops = pops, .n_rows = 4,
     .cells = {TEXT(0, "from", "2014"), TEXT(0, "to", "2015"),
               COUNT(0, "change", 20), REAL(0, "pct_change", 20.0, 1e-12),
               REAL(0, "rate_pct_change", 18.811881188118811, 1e-12),
               REAL(0, "ratio", 1.1881188118811881, 1e-12),
               TEXT(3, "area", "Southby"), TEXT(3, "offence", "Robbery"),
               NO_REAL(3, "pct_change"), NO_REAL(3, "ratio")}},
    /* Without populations the change still works on counts; the rates are
     * empty; with equal exposure the ratio is the count ratio 120/100. */
    {.name = "change: without populations", .kind = CHANGE,
     .counts = counts,
     .cells = {REAL(0, "pct_change", 20.0, 1e-12), NO_REAL(0, "rate_from"),
               REAL(0, "ratio", 1.2, 1e-12)}},
    {.name = "change: no year before the latest", .kind = CHANGE,
     .counts = "area,offence,period,count\nA,B,2015,4\nA,B,2017,5\n",
     .status = CT_STATUS_USAGE,
     .exact = "no data for 2016, a year before 2017; choose the periods "
              "with --from and --to"},
    /* 4 -> 5: +25%. */
    {.name = "change: --from a year with data", .kind = CHANGE,
     .counts = "area,offence,period,count\nA,B,2015,4\nA,B,2017,5\n",
     .from = "2015", .cells = {REAL(0, "pct_change", 25.0, 1e-12)}},
    /* --base adds a long-term row per area and offence: 8 -> 5:
     * 100 * (5 - 8) / 8 = -37.5%. */
    {.name = "change: --base adds a row", .kind = CHANGE,
     .counts = "area,offence,period,count\nA,B,2013,8\nA,B,2014,4\n"
               "A,B,2015,5\n",
     .base = "2013", .n_rows = 2,
     .cells = {TEXT(1, "from", "2013"), REAL(1, "pct_change", -37.5, 1e-12)}},
    /* A pair with a missing count gives a row with the reason. */
    {.name = "change: a missing cell's reason", .kind = CHANGE,
     .counts = "area,offence,period,count\nNorthby,Burglary,2014,100\n"
               "Northby,Burglary,2015,120\nNorthby,Robbery,2014,4\n",
     .n_rows = 2,
     .cells = {TEXT(0, "reason", ""), TEXT(1, "reason", "missing 2015"),
               NAN_CELL(1, "pct_change")},
     .warnings = 1, .warning = "Northby / Robbery / 2015"},
    /* The focal area's missing cell is a row flagged "missing", summarised
     * once; a peer without a population (Westby) is named in one warning.
     * Northby: Burglary compared (group of Northby and Southby), Robbery
     * missing.  Mean of 120/101000 and 45/50500 per 1,000:
     * (1.188119 + 0.891089) / 2 = 1.039604. */
    {.name = "compare: a missing cell and a peer without a population",
     .kind = COMPARE,
     .counts = "area,offence,period,count\nNorthby,Burglary,2015,120\n"
               "Southby,Burglary,2015,45\nSouthby,Robbery,2015,3\n"
               "Westby,Burglary,2015,10\n",
     .pops = "area,period,population\nNorthby,2015,101000\n"
             "Southby,2015,50500\n",
     .peers = "area,peer\nNorthby,Southby\nNorthby,Westby\n", .n_rows = 2,
     .cells = {TEXT(1, "offence", "Robbery"), TEXT(1, "flag", "missing"),
               COUNT(0, "peer_n", 2),
               REAL(0, "peer_mean",
                    (120.0 / 101000 + 45.0 / 50500) * 1000 / 2, 1e-12)},
     .warnings = 2},
};

static void test_tables_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct table_case *tc = &cases[i];
        ct_dataset *ds = load(tc->counts, tc->pops);
        if (tc->peers != NULL) {
            FILE *f = fmemopen((void *)tc->peers, strlen(tc->peers), "r");
            assert_int_in(tc->name, ct_ingest_peers(ds, f, "peers.csv",
                                                    NULL, NULL), CT_STATUS_OK);
            fclose(f);
        }
        ct_dataset_set_pop_fallback(ds, tc->fallback);
        ct_tables_query q;
        warning_log log;
        query_with_log(&q, &log);
        const char *areas[] = {tc->area};
        if (tc->area != NULL) {
            q.areas = areas;
            q.n_areas = 1;
        }
        if (tc->period != NULL)
            q.period = tc->period;
        q.from = tc->from;
        q.base = tc->base;
        if (tc->per > 0)
            q.per = tc->per;
        q.strict = tc->strict;
        ct_table *t = NULL;
        ct_error err = CT_ERROR_INIT;
        ct_status st = tc->kind == RATES ? ct_tables_rates(ds, &q, &t, &err)
                       : tc->kind == CHANGE
                           ? ct_tables_change(ds, &q, &t, &err)
                           : ct_tables_compare(ds, &q, NULL, &t, &err);
        assert_int_in(tc->name, st, tc->status);
        if (tc->no_table)
            assert_true_in(tc->name, t == NULL);
        if (tc->message != NULL)
            assert_true_in(tc->name, strstr(err.message, tc->message));
        if (tc->exact != NULL)
            assert_string_in(tc->name, err.message, tc->exact);
        if (tc->err_line > 0) {
            assert_string_in(tc->name, err.path, tc->err_path);
            assert_int_in(tc->name, err.line, tc->err_line);
        }
        assert_table(tc->name, t, tc->n_rows, tc->cells, 12);
        if (tc->warnings > 0)
            assert_int_in(tc->name, log.n, tc->warnings);
        if (tc->warning != NULL)
            assert_true_in(tc->name, strstr(log.last, tc->warning));
        ct_table_free(t);
        ct_dataset_free(ds);
    }
}

int main(void)
{
    ct_stats_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables_cases),
        cmocka_unit_test(test_dataset_population_fallback_ties_and_direction),
        cmocka_unit_test(test_ingest_population_too_large),
        cmocka_unit_test(test_tables_names_as_typed),
    };
    return cmocka_run_group_tests_name("tables", tests, NULL, NULL);
}
