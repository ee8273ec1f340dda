/* test_tables.c - the rates and change tables built from a dataset: the
 * default periods, filters, populations by rule, and the errors for a
 * missing or zero population. */
#include "test_support.h"

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
    ct_error err;
    ct_error_clear(&err);
    FILE *f = fmemopen((void *)c, strlen(c), "r");
    assert_int_equal(ct_ingest_counts(ds, f, "counts.csv", NULL, &err), CT_OK);
    fclose(f);
    if (p != NULL) {
        f = fmemopen((void *)p, strlen(p), "r");
        assert_int_equal(ct_ingest_population(ds, f, "population.csv", NULL,
                                              &err), CT_OK);
        fclose(f);
    }
    return ds;
}

/* A default query whose warnings are collected in 'log'. */
static void query_with_log(ct_query *q, warning_log *log)
{
    ct_query_init(q);
    log->n = 0;
    log->last[0] = '\0';
    q->warn = note_warning;
    q->warn_ctx = log;
}

typedef ct_status (*table_fn)(const ct_dataset *, const ct_query *,
                              ct_table **, ct_error *);

/* The table 'fn' builds for 'q', which must succeed. */
static ct_table *table_ok(const ct_dataset *ds, table_fn fn,
                          const ct_query *q)
{
    ct_table *t = NULL;
    assert_int_equal(fn(ds, q, &t, NULL), CT_OK);
    return t;
}

/* ---- rates ------------------------------------------------------------- */

static void test_tables_rates_latest_period_by_default(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, pops);
    ct_query q;
    ct_query_init(&q);
    ct_table *t = table_ok(ds, ct_tables_rates, &q);
    /* 2 areas x 2 offences in 2015, ordered by area then offence. */
    assert_int_equal(ct_table_n_rows(t), 4);
    assert_string_equal(cell_text(t, 0, "area"), "Northby");
    assert_string_equal(cell_text(t, 0, "offence"), "Burglary");
    assert_string_equal(cell_text(t, 0, "period"), "2015");
    /* 120 / 101,000 * 1,000 = 1.1881188118811881 (hand arithmetic). */
    assert_close(real(t, 0, "rate"), 1.1881188118811881, 1e-12);
    /* Byar lower limit for O = 120 at 95%, per 1,000 of 101,000, from R:
     * sprintf("%.17g", 120*(1-1/(9*120)-qnorm(0.975)/(3*sqrt(120)))^3
     *         /101000*1000) = 0.98505179807542786. */
    assert_close(real(t, 0, "rate_low"), 0.98505179807542786, 1e-12);
    assert_string_equal(cell_text(t, 0, "method"), "Byar");
    /* Robbery 0 in 2015: exact method, lower limit 0. */
    assert_string_equal(cell_text(t, 1, "method"), "Exact");
    assert_close(real(t, 1, "rate_low"), 0.0, 0);
    ct_table_free(t);
    ct_dataset_free(ds);
}

static void test_tables_rates_all_periods_and_filters(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, pops);
    ct_query q;
    ct_query_init(&q);
    const char *areas[] = {"Southby"};
    q.areas = areas;
    q.n_areas = 1;
    q.period = "all";
    q.per = 100000;
    ct_table *t = table_ok(ds, ct_tables_rates, &q);
    assert_int_equal(ct_table_n_rows(t), 4);
    /* Southby burglary 2014: 50 / 50,000 * 100,000 = 100 per 100,000. */
    assert_string_equal(cell_text(t, 0, "period"), "2014");
    assert_close(real(t, 0, "rate"), 100.0, 1e-12);
    assert_close(real(t, 0, "per"), 100000.0, 0);
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* An area without a population is left out, named in one warning; the
 * other areas stay. */
static void test_tables_rates_missing_population_left_out(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts,
                          "area,period,population\nNorthby,2015,101000\n");
    ct_query q;
    warning_log log;
    query_with_log(&q, &log);
    ct_table *t = table_ok(ds, ct_tables_rates, &q);
    /* Northby's two offences only (no "All crime": not added here). */
    assert_int_equal(ct_table_n_rows(t), 2);
    assert_string_equal(cell_text(t, 0, "area"), "Northby");
    assert_string_equal(cell_text(t, 1, "area"), "Northby");
    assert_int_equal(log.n, 1);
    assert_non_null(strstr(log.last, "1 area left out for want of a "
                                     "population above 0: 'Southby' (2015: "
                                     "none)"));
    ct_table_free(t);
    /* --strict: the same is an input error naming the area. */
    q.strict = true;
    ct_error err;
    ct_error_clear(&err);
    t = NULL;
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_INPUT);
    assert_null(t);
    assert_non_null(strstr(err.message, "no population for area 'Southby' "
                                        "in period 2015 (nor a mid-2015 "
                                        "estimate)"));
    ct_dataset_free(ds);
}

/* A population of 0 is left out by default and, under --strict, an error
 * naming the population file and its line (line 2: the header is 1). */
static void test_tables_rates_zero_population_names_file_and_line(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts,
                          "area,period,population\nNorthby,2015,0\n"
                          "Southby,2015,50500\n");
    ct_query q;
    warning_log log;
    query_with_log(&q, &log);
    ct_table *t = table_ok(ds, ct_tables_rates, &q);
    assert_int_equal(ct_table_n_rows(t), 2);
    assert_string_equal(cell_text(t, 0, "area"), "Southby");
    assert_non_null(strstr(log.last, "'Northby' (2015: 0 at "
                                     "population.csv:2)"));
    ct_table_free(t);
    q.strict = true;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_INPUT);
    assert_string_equal(err.path, "population.csv");
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.message, "population of area 'Northby' for "
                                        "2015 is 0; expected a number above "
                                        "0"));
    ct_dataset_free(ds);
}

/* No populations at all: rates cannot be given, an input error. */
static void test_tables_rates_without_any_population(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, NULL);
    ct_query q;
    ct_query_init(&q);
    ct_table *t = NULL;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_INPUT);
    assert_non_null(strstr(err.message, "rates need populations"));
    ct_dataset_free(ds);
}

/* A cell with no row is a row with method "missing", summarised once. */
static void test_tables_rates_missing_cell_gets_a_row(void **state)
{
    (void)state;
    /* Southby has no robbery row for 2015. */
    ct_dataset *ds = load("area,offence,period,count\n"
                          "Northby,Burglary,2015,120\n"
                          "Northby,Robbery,2015,0\n"
                          "Southby,Burglary,2015,45\n", pops);
    ct_query q;
    warning_log log;
    query_with_log(&q, &log);
    ct_table *t = table_ok(ds, ct_tables_rates, &q);
    assert_int_equal(ct_table_n_rows(t), 4);
    assert_string_equal(cell_text(t, 3, "area"), "Southby");
    assert_string_equal(cell_text(t, 3, "offence"), "Robbery");
    assert_string_equal(cell_text(t, 3, "method"), "missing");
    assert_false(ct_table_get_count(t, 3, col(t, "count"), NULL));
    assert_nan(real(t, 3, "rate"));
    assert_int_equal(log.n, 1);
    assert_non_null(strstr(log.last, "1 cell is missing (no count in the "
                                     "data), shown as 'missing': Southby / "
                                     "Robbery / 2015"));
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* --population-rule: only 2014 is published.  Northby 2015 burglary 120
 * over 100,000 (2014) per 1,000 = 1.2; exact leaves both areas out. */
static void test_tables_rates_population_rules(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, "area,period,population\n"
                                  "Northby,2014,100000\n"
                                  "Southby,2014,50000\n");
    ct_query q;
    ct_query_init(&q);
    ct_table *t = NULL;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_INPUT);
    for (int rule = 0; rule < 2; rule++) {
        ct_dataset_set_pop_fallback(ds, rule == 0 ? CT_POP_NEAREST
                                                  : CT_POP_CARRY_FORWARD);
        t = table_ok(ds, ct_tables_rates, &q);
        assert_int_equal(ct_table_n_rows(t), 4);
        assert_string_equal(cell_text(t, 0, "offence"), "Burglary");
        assert_close(real(t, 0, "rate"), 1.2, 1e-12);
        assert_string_equal(cell_text(t, 0, "population_year"), "2014");
        ct_table_free(t);
    }
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
    ct_id north = ct_dataset_find_area(ds, "Northby");
    ct_id south = ct_dataset_find_area(ds, "Southby");
    ct_period p2015 = {CT_PERIOD_YEAR, ct_month_index(2015, 1), 12}, src;
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
    assert_int_equal(src.start, ct_month_index(2013, 1));
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
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_ingest_population(ds, f, "population.csv", NULL,
                                          &err), CT_ERR_INPUT);
    fclose(f);
    assert_string_equal(err.path, "population.csv");
    assert_int_equal(err.line, 3);
    assert_non_null(strstr(err.message, "too large"));
    ct_dataset_free(ds);
}

/* Names as typed: case, repeated spaces and "&" for "and"; a slip gets
 * "did you mean"; --exclude-area leaves an area out. */
static void test_tables_names_as_typed(void **state)
{
    (void)state;
    ct_dataset *ds = load("area,offence,period,count\n"
                          "Barking and Dagenham,Burglary,2015,10\n"
                          "Northby,Burglary,2015,120\n"
                          "Southby,Burglary,2015,45\n",
                          "area,period,population\n"
                          "Barking and Dagenham,2015,200000\n"
                          "Northby,2015,101000\nSouthby,2015,50500\n");
    assert_int_equal(ct_dataset_match_area(ds, "  barking  &  DAGENHAM "),
                     ct_dataset_find_area(ds, "Barking and Dagenham"));
    assert_int_equal(ct_dataset_match_offence(ds, "BURGLARY"), 0);
    ct_query q;
    ct_query_init(&q);
    const char *want[] = {"northby"};
    q.areas = want;
    q.n_areas = 1;
    ct_table *t = table_ok(ds, ct_tables_rates, &q);
    assert_int_equal(ct_table_n_rows(t), 1);
    assert_string_equal(cell_text(t, 0, "area"), "Northby");
    ct_table_free(t);
    /* "Nrthby" is one edit from Northby (the o left out); Southby is three
     * away (n->s, r->o, u added), beyond the limit of 2 (a third of 7,
     * rounded down, and at least 2). */
    const char *slip[] = {"Nrthby"};
    q.areas = slip;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_USAGE);
    assert_string_equal(err.message, "no area called 'Nrthby' in the data; "
                                     "did you mean 'Northby'?");
    /* "Xorthby" is one from Northby, two from Southby (x->s, r->u): both,
     * nearest first. */
    const char *two[] = {"Xorthby"};
    q.areas = two;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_USAGE);
    assert_string_equal(err.message, "no area called 'Xorthby' in the data; "
                                     "did you mean 'Northby' or 'Southby'?");
    /* Nothing near: no candidates. */
    const char *far[] = {"Zzzzzzzzzzzz"};
    q.areas = far;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_USAGE);
    assert_string_equal(err.message,
                        "no area called 'Zzzzzzzzzzzz' in the data");
    q.areas = NULL;
    q.n_areas = 0;
    const char *ex[] = {"SOUTHBY", "barking & dagenham"};
    q.exclude = ex;
    q.n_exclude = 2;
    t = table_ok(ds, ct_tables_rates, &q);
    assert_int_equal(ct_table_n_rows(t), 1);
    assert_string_equal(cell_text(t, 0, "area"), "Northby");
    ct_table_free(t);
    ct_dataset_free(ds);
}

static void test_tables_rates_unknown_period_and_area(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, pops);
    ct_query q;
    ct_query_init(&q);
    q.period = "2016";
    ct_table *t = NULL;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_USAGE);
    ct_query_init(&q);
    const char *areas[] = {"Westby"};
    q.areas = areas;
    q.n_areas = 1;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_rates(ds, &q, &t, &err), CT_ERR_USAGE);
    assert_string_equal(err.message, "no area called 'Westby' in the data");
    ct_dataset_free(ds);
}

/* ---- change ------------------------------------------------------------ */

static void test_tables_change_year_on_year(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, pops);
    ct_query q;
    ct_query_init(&q);
    ct_table *t = table_ok(ds, ct_tables_change, &q);
    assert_int_equal(ct_table_n_rows(t), 4);
    assert_string_equal(cell_text(t, 0, "from"), "2014");
    assert_string_equal(cell_text(t, 0, "to"), "2015");
    int64_t n;
    assert_true(ct_table_get_count(t, 0, col(t, "change"), &n));
    assert_int_equal(n, 20);
    /* 100 -> 120: +20%; rates 1.0 -> 1.1881188 per 1,000: the rate rose
     * 100 * (120/101000 / (100/100000) - 1) = 18.811881188118811%. */
    assert_close(real(t, 0, "pct_change"), 20.0, 1e-12);
    assert_close(real(t, 0, "rate_pct_change"), 18.811881188118811, 1e-12);
    /* Rate ratio = 1.1881188 (same figure, as a ratio). */
    assert_close(real(t, 0, "ratio"), 1.1881188118811881, 1e-12);
    /* Southby robbery 0 -> 3: the % change is undefined (n/a, never
     * inf). */
    assert_string_equal(cell_text(t, 3, "area"), "Southby");
    assert_string_equal(cell_text(t, 3, "offence"), "Robbery");
    assert_false(ct_table_get_real(t, 3, col(t, "pct_change"), NULL));
    assert_false(ct_table_get_real(t, 3, col(t, "ratio"), NULL));
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* Without populations the change still works on counts; the rates are
 * empty. */
static void test_tables_change_without_population(void **state)
{
    (void)state;
    ct_dataset *ds = load(counts, NULL);
    ct_query q;
    ct_query_init(&q);
    ct_table *t = table_ok(ds, ct_tables_change, &q);
    assert_close(real(t, 0, "pct_change"), 20.0, 1e-12);
    assert_false(ct_table_get_real(t, 0, col(t, "rate_from"), NULL));
    /* Equal exposure: the ratio is the count ratio 120/100. */
    assert_close(real(t, 0, "ratio"), 1.2, 1e-12);
    ct_table_free(t);
    ct_dataset_free(ds);
}

static void test_tables_change_no_year_before_is_usage_error(void **state)
{
    (void)state;
    ct_dataset *ds = load("area,offence,period,count\nA,B,2015,4\n"
                          "A,B,2017,5\n", NULL);
    ct_query q;
    ct_query_init(&q);
    ct_table *t = NULL;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_tables_change(ds, &q, &t, &err), CT_ERR_USAGE);
    assert_string_equal(err.message,
                        "no data for 2016, a year before 2017; choose the "
                        "periods with --from and --to");
    q.from = "2015";
    t = table_ok(ds, ct_tables_change, &q);
    /* 4 -> 5: +25%. */
    assert_close(real(t, 0, "pct_change"), 25.0, 1e-12);
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* --base adds a long-term row per area and offence. */
static void test_tables_change_base_adds_row(void **state)
{
    (void)state;
    ct_dataset *ds = load("area,offence,period,count\nA,B,2013,8\n"
                          "A,B,2014,4\nA,B,2015,5\n", NULL);
    ct_query q;
    ct_query_init(&q);
    q.base = "2013";
    ct_table *t = table_ok(ds, ct_tables_change, &q);
    assert_int_equal(ct_table_n_rows(t), 2);
    assert_string_equal(cell_text(t, 1, "from"), "2013");
    /* 8 -> 5: 100 * (5 - 8) / 8 = -37.5%. */
    assert_close(real(t, 1, "pct_change"), -37.5, 1e-12);
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* Change: a pair with a missing count gives a row with the reason. */
static void test_tables_change_missing_cell_reason(void **state)
{
    (void)state;
    ct_dataset *ds = load("area,offence,period,count\n"
                          "Northby,Burglary,2014,100\n"
                          "Northby,Burglary,2015,120\n"
                          "Northby,Robbery,2014,4\n", NULL);
    ct_query q;
    warning_log log;
    query_with_log(&q, &log);
    ct_table *t = table_ok(ds, ct_tables_change, &q);
    assert_int_equal(ct_table_n_rows(t), 2);
    assert_string_equal(cell_text(t, 0, "reason"), "");
    assert_string_equal(cell_text(t, 1, "reason"), "missing 2015");
    assert_nan(real(t, 1, "pct_change"));
    assert_int_equal(log.n, 1);
    assert_non_null(strstr(log.last, "Northby / Robbery / 2015"));
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* Compare: the focal area's missing cell is a row flagged "missing",
 * summarised once; a peer without a population is named in one warning. */
static void test_compare_missing_cell_and_population(void **state)
{
    (void)state;
    ct_dataset *ds = load("area,offence,period,count\n"
                          "Northby,Burglary,2015,120\n"
                          "Southby,Burglary,2015,45\n"
                          "Southby,Robbery,2015,3\n"
                          "Westby,Burglary,2015,10\n",
                          "area,period,population\nNorthby,2015,101000\n"
                          "Southby,2015,50500\n");
    const char *p = "area,peer\nNorthby,Southby\nNorthby,Westby\n";
    FILE *f = fmemopen((void *)p, strlen(p), "r");
    assert_int_equal(ct_ingest_peers(ds, f, "peers.csv", NULL, NULL), CT_OK);
    fclose(f);
    ct_query q;
    warning_log log;
    query_with_log(&q, &log);
    ct_table *t = NULL;
    assert_int_equal(ct_tables_compare(ds, &q, NULL, &t, NULL), CT_OK);
    /* Northby: Burglary compared (group of Northby and Southby: Westby
     * has no population), Robbery missing. */
    assert_int_equal(ct_table_n_rows(t), 2);
    assert_string_equal(cell_text(t, 1, "offence"), "Robbery");
    assert_string_equal(cell_text(t, 1, "flag"), "missing");
    int64_t n = 0;
    assert_true(ct_table_get_count(t, 0, col(t, "peer_n"), &n));
    assert_int_equal(n, 2);
    /* Mean of 120/101000 and 45/50500 per 1,000: (1.188119 + 0.891089) / 2
     * = 1.039604. */
    assert_close(real(t, 0, "peer_mean"),
                 (120.0 / 101000 + 45.0 / 50500) * 1000 / 2, 1e-12);
    assert_int_equal(log.n, 2);
    ct_table_free(t);
    ct_dataset_free(ds);
}

int main(void)
{
    ct_stats_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables_rates_latest_period_by_default),
        cmocka_unit_test(test_tables_rates_all_periods_and_filters),
        cmocka_unit_test(test_tables_rates_missing_population_left_out),
        cmocka_unit_test(test_tables_rates_zero_population_names_file_and_line),
        cmocka_unit_test(test_tables_rates_without_any_population),
        cmocka_unit_test(test_tables_rates_missing_cell_gets_a_row),
        cmocka_unit_test(test_tables_rates_population_rules),
        cmocka_unit_test(test_dataset_population_fallback_ties_and_direction),
        cmocka_unit_test(test_ingest_population_too_large),
        cmocka_unit_test(test_tables_names_as_typed),
        cmocka_unit_test(test_tables_change_missing_cell_reason),
        cmocka_unit_test(test_compare_missing_cell_and_population),
        cmocka_unit_test(test_tables_rates_unknown_period_and_area),
        cmocka_unit_test(test_tables_change_year_on_year),
        cmocka_unit_test(test_tables_change_without_population),
        cmocka_unit_test(test_tables_change_no_year_before_is_usage_error),
        cmocka_unit_test(test_tables_change_base_adds_row),
    };
    return cmocka_run_group_tests_name("tables", tests, NULL, NULL);
}
