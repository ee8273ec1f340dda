/* test_peer.c - the compare, funnel and trend tables on small datasets
 * whose figures are worked out by hand in the comments. */
#include "test_cells_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/crimetrend.h"

/* A, B and C are districts of N; A's peers are B, C and D (D has counts but
 * no population: it must be left out).  E's only peer F has no data at all:
 * a group of one.  Offence X, 2016 to 2020; A rises 60, 70, 80, 90, 100 per
 * 100,000 residents. */
static const char counts[] =
    "area,offence,period,count\n"
    "A,X,2016,60\nA,X,2017,70\nA,X,2018,80\nA,X,2019,90\nA,X,2020,100\n"
    "B,X,2020,50\nC,X,2020,30\nD,X,2020,999\nE,X,2020,40\n";
static const char pops[] =
    "area,period,population\n"
    "A,2016,100000\nA,2017,100000\nA,2018,100000\nA,2019,100000\n"
    "A,2020,100000\nB,2020,100000\nC,2020,60000\nE,2020,40000\n";
static const char peers[] = "area,peer\nA,B\nA,C\nA,D\nE,F\n";
static const char tree[] = "area,parent\nA,N\nB,N\nC,N\n";

static ct_dataset *load(void)
{
    ct_dataset *ds = ct_dataset_new();
    feed(ds, ct_ingest_counts, counts);
    feed(ds, ct_ingest_population, pops);
    feed(ds, ct_ingest_peers, peers);
    feed(ds, ct_ingest_areas, tree);
    assert_int_equal(ct_dataset_roll_up(ds, NULL, NULL, NULL), CT_STATUS_OK);
    return ds;
}

/* ---- compare ----------------------------------------------------------- */

static void test_dataset_add_total_skips_asb_and_gaps(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    feed(ds, ct_ingest_counts,
         "area,offence,period,count\n"
         "A,Burglary,2020,10\nA,Robbery,2020,5\n"
         "A,Anti-social behaviour,2020,100\n"
         "A,Burglary,2021,10\n");
    assert_int_equal(ct_dataset_add_total(ds, NULL), CT_STATUS_OK);
    ct_dataset_id a = ct_dataset_find_area(ds, "A");
    ct_dataset_id all = ct_dataset_find_offence(ds, CT_DATASET_ALL_CRIME);
    ct_period p;
    assert_true(ct_period_parse("2020", 4, &p));
    /* 10 + 5, anti-social behaviour excluded. */
    ct_cell c = ct_dataset_cell(ds, a, all, ct_dataset_find_period(ds, p));
    assert_int_equal(c.state, CT_CELL_PRESENT);
    assert_int_equal(c.count, 15);
    /* 2021 lacks robbery: the total is missing, not understated. */
    assert_true(ct_period_parse("2021", 4, &p));
    c = ct_dataset_cell(ds, a, all, ct_dataset_find_period(ds, p));
    assert_int_equal(c.state, CT_CELL_MISSING);
    ct_dataset_free(ds);
}

static void test_compare_write_summary_reads_like_assessment(void **state)
{
    (void)state;
    ct_dataset *ds = load();
    assert_int_equal(ct_dataset_add_total(ds, NULL), CT_STATUS_OK);
    ct_tables_query q;
    const char *area = "A";
    query_one_area(&q, &area);
    ct_table *t = NULL;
    assert_int_equal(ct_tables_compare(ds, &q, NULL, &t, NULL), CT_STATUS_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_int_equal(ct_tables_compare_write_summary(t, 1000, out, NULL), CT_STATUS_OK);
    fclose(out);
    /* One offence only, so no All crime total is added: the summary lists
     * the offence. */
    assert_string_equal(buf,
                        "A, 2020: Crime types that were above average and "
                        "increasing: X. Above average but not increasing: "
                        "none. Below average: none.\n\n");
    free(buf);
    ct_table_free(t);
    ct_dataset_free(ds);
}

/* ---- the compare, funnel and trend tables, as a table of cases -------- */

enum kind { COMPARE, FUNNEL, TREND };

static const struct table_case {
    const char *name;
    enum kind kind;
    /* Only these counts (no populations, peers or tree) when set. */
    const char *counts_only;
    const char *area, *offence, *from, *method;
    ct_status status;
    const char *message; /* a part of the error message */
    int n_rows;
    struct cell_check cells[24];
    /* Every row's 99.8% funnel limits lie outside its 95% limits. */
    bool limits_nest;
} table_cases[] = {
    /* Rows: A and E (the areas with peer groups), offence X, 2020.  Group
     * of A: A 1.0, B 0.5, C 0.5 per 1,000 (D has no population).  Mean
     * (HMIC) = 2/3; pooled = (100+50+30)/(260,000) * 1,000 = 0.6923076923;
     * SD = sqrt(((1/3)^2 + 2 (1/6)^2) / 2) = 0.2886751346; z = (1 - 2/3) /
     * 0.2886751346 = 1.1547005384; rank 1 of 3.  A's 95% Byar interval for
     * 100 is 0.8136 to 1.2163 per 1,000: above the mean 0.667 and above the
     * national (N = A + B + C) 0.692.  Five years rising by 0.1 per 1,000 a
     * year with Byar intervals about 0.2 wide: X^2 well above 9.5495 and
     * every leave-one-out slope positive.  E's group is E alone: no SD, no
     * z; the mean is its own rate, so "similar"; E has no parent, so no
     * national figure. */
    {"compare: group statistics", COMPARE, NULL, NULL, NULL, NULL, NULL,
     CT_STATUS_OK, NULL, 2,
     {TEXT(0, "area", "A"), TEXT(0, "period", "2020"),
      REAL(0, "rate", 1.0, 1e-12), REAL(0, "peer_mean", 2.0 / 3.0, 1e-12),
      REAL(0, "peer_pooled", 180.0 / 260000.0 * 1000, 1e-12),
      REAL(0, "peer_sd", 0.28867513459481287, 1e-12),
      REAL(0, "z", 1.1547005383792515, 1e-12), COUNT(0, "peer_n", 3),
      COUNT(0, "rank", 1), TEXT(0, "vs_peers", "higher"),
      REAL(0, "national_rate", 180.0 / 260000.0 * 1000, 1e-12),
      TEXT(0, "vs_national", "higher"), TEXT(0, "trend", "increasing"),
      TEXT(0, "flag", "above average and increasing"),
      TEXT(1, "area", "E"), COUNT(1, "peer_n", 1), NAN_CELL(1, "peer_sd"),
      NAN_CELL(1, "z"), TEXT(1, "vs_peers", "similar"),
      TEXT(1, "vs_national", "n/a"),
      TEXT(1, "trend", "cannot be calculated")},
     false},
    {"compare: no peer groups is an input error", COMPARE,
     "area,offence,period,count\nA,X,2020,1\n", NULL, NULL, NULL, NULL,
     CT_STATUS_INPUT, "no area has a peer group", -1, {{0}}, false},
    /* The pooled rate is over the districts only (N is a parent):
     * (100 + 50 + 30 + 40) / (100,000 + 100,000 + 60,000 + 40,000) * 1,000
     * = 0.7333 per 1,000; D has no population and is not plotted.  A: 100
     * among 100,000 against 0.7333 per 1,000: Byar 99.8% lower limit
     * 100 (1 - 1/900 - 3.0902/30)^3 / 100 = 0.7203 per 1,000 is below the
     * pooled rate and the 95% lower limit 0.8136 above it: High (0.025). */
    {"funnel: pooled over the leaves", FUNNEL, NULL, NULL, "X", NULL, NULL,
     CT_STATUS_OK, NULL, 4,
     {REAL(0, "pooled_rate", 220.0 / 300000.0 * 1000, 1e-12),
      REAL(1, "pooled_rate", 220.0 / 300000.0 * 1000, 1e-12),
      REAL(2, "pooled_rate", 220.0 / 300000.0 * 1000, 1e-12),
      REAL(3, "pooled_rate", 220.0 / 300000.0 * 1000, 1e-12),
      TEXT(0, "area", "A"), TEXT(0, "significance", "High (0.025)")},
     true},
    /* A's rates 0.6, 0.7, 0.8, 0.9, 1.0 per 1,000 over 2016-2020: the least
     * squares slope is exactly 0.1 per 1,000 a year; Mann-Kendall S = 10
     * (every pair rises); Sen's slope 0.1.  Poisson regression on 60..100
     * with equal populations, from R:
     * f <- glm(c(60,70,80,90,100) ~ t + offset(log(rep(1e5, 5))),
     *          family = poisson) with t = 2016:2020;
     * 100 * (exp(coef(f)[2]) - 1) = 13.411859291097139 (IRLS tolerance
     * 1e-10 against R's default 1e-8, so compared at 1e-7). */
    {"trend: all methods", TREND, NULL, "A", NULL, "2016", "all", CT_STATUS_OK,
     NULL, 1,
     {COUNT(0, "n", 5), TEXT(0, "measure", "rate"),
      TEXT(0, "trend", "increasing"), REAL(0, "slope", 0.1, 1e-9),
      REAL(0, "mk_s", 10, 0), REAL(0, "sen_slope", 0.1, 1e-9),
      REAL(0, "annual_change_pct", 13.411859291097139, 1e-7)},
     false},
    {"trend: an unknown method is a usage error", TREND, NULL, "A", NULL,
     "2016", "spline", CT_STATUS_USAGE, NULL, -1, {{0}}, false},
};

static void test_tables_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof table_cases / sizeof table_cases[0]; i++) {
        const struct table_case *tc = &table_cases[i];
        ct_dataset *ds;
        if (tc->counts_only != NULL) {
            ds = ct_dataset_new();
            feed(ds, ct_ingest_counts, tc->counts_only);
        } else {
            ds = load();
        }
        ct_tables_query q;
        ct_tables_query_init(&q);
        const char *areas[] = {tc->area}, *offences[] = {tc->offence};
        if (tc->area != NULL) {
            q.areas = areas;
            q.n_areas = 1;
        }
        if (tc->offence != NULL) {
            q.offences = offences;
            q.n_offences = 1;
        }
        q.from = tc->from;
        ct_table *t = NULL;
        ct_error err = CT_ERROR_INIT;
        ct_status st = tc->kind == COMPARE ? ct_tables_compare(ds, &q, NULL,
                                                               &t, &err)
                       : tc->kind == FUNNEL ? ct_tables_funnel(ds, &q, &t,
                                                               &err)
                       : ct_tables_trend(ds, &q, tc->method, &t, &err);
        assert_int_in(tc->name, st, tc->status);
        if (tc->message != NULL)
            assert_true_in(tc->name, strstr(err.message, tc->message));
        assert_table(tc->name, t, tc->n_rows, tc->cells, 24);
        for (size_t r = 0; tc->limits_nest && r < ct_table_n_rows(t); r++) {
            assert_true_in(tc->name,
                           real(t, r, "low_998") < real(t, r, "low_95"));
            assert_true_in(tc->name,
                           real(t, r, "high_998") > real(t, r, "high_95"));
        }
        ct_table_free(t);
        ct_dataset_free(ds);
    }
}

int main(void)
{
    ct_stats_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compare_write_summary_reads_like_assessment),
        cmocka_unit_test(test_dataset_add_total_skips_asb_and_gaps),
        cmocka_unit_test(test_tables_cases),
    };
    return cmocka_run_group_tests_name("peer", tests, NULL, NULL);
}
