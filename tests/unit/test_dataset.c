/* test_dataset.c - the data model: interning, duplicates, populations by
 * rule, the area hierarchy and its roll-up, and aggregation of months into
 * longer periods (incomplete periods are left out, never summed). */
#include "test_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/crimetrend.h"


static ct_dataset_id area(ct_dataset *ds, const char *name)
{
    ct_dataset_id id;
    assert_int_equal(ct_dataset_intern_area(ds, name, strlen(name), &id,
                                            NULL), CT_STATUS_OK);
    return id;
}

static ct_dataset_id offence(ct_dataset *ds, const char *name)
{
    ct_dataset_id id;
    assert_int_equal(ct_dataset_intern_offence(ds, name, strlen(name), &id,
                                               NULL), CT_STATUS_OK);
    return id;
}

static ct_dataset_id period(ct_dataset *ds, const char *label)
{
    ct_period p;
    ct_dataset_id id;
    assert_true(ct_period_parse(label, strlen(label), &p));
    assert_int_equal(ct_dataset_intern_period(ds, p, &id, NULL), CT_STATUS_OK);
    return id;
}

static void add(ct_dataset *ds, ct_dataset_id a, ct_dataset_id o, ct_dataset_id p, int64_t n)
{
    assert_int_equal(ct_dataset_add_cell(ds, a, o, p, CT_CELL_PRESENT, n,
                                         false, "t.csv", 1, NULL), CT_STATUS_OK);
}

/* The empty dataset of a test, made before it and freed after it. */
static int new_dataset(void **state)
{
    *state = ct_dataset_new();
    return *state != NULL ? 0 : -1;
}

static int free_dataset(void **state)
{
    ct_dataset_free(*state);
    return 0;
}

/* A test that finds its empty dataset in *state. */
#define DATASET_TEST(f) cmocka_unit_test_setup_teardown(f, new_dataset, \
                                                        free_dataset)

/* ---- interning and cells ------------------------------------------------ */

static void test_dataset_intern_same_name_same_id(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "Cherwell");
    assert_int_equal(area(ds, "Oxford"), a + 1);
    assert_int_equal(area(ds, "Cherwell"), a);
    assert_int_equal(ct_dataset_n_areas(ds), 2);
    assert_string_equal(ct_dataset_area_name(ds, a), "Cherwell");
    assert_int_equal(ct_dataset_find_area(ds, "Banbury"), CT_DATASET_NO_ID);
}

/* Enough keys to force several rehashes: every cell still reads back. */
static void test_dataset_many_cells_survive_rehash(void **state)
{
    ct_dataset *ds = *state;
    char name[32];
    ct_dataset_id o = offence(ds, "Burglary");
    ct_dataset_id p = period(ds, "2015");
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "Area %d", i);
        add(ds, area(ds, name), o, p, i);
    }
    assert_int_equal(ct_dataset_n_cells(ds), 5000);
    for (int i = 0; i < 5000; i += 499) {
        snprintf(name, sizeof name, "Area %d", i);
        ct_cell c = ct_dataset_cell(ds, ct_dataset_find_area(ds, name), o, p);
        assert_int_equal(c.state, CT_CELL_PRESENT);
        assert_int_equal(c.count, i);
    }
}

static void test_dataset_add_cell_sum_taints_with_suppressed(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "A"), o = offence(ds, "B"), p = period(ds, "2015");
    assert_int_equal(ct_dataset_add_cell(ds, a, o, p, CT_CELL_PRESENT, 3,
                                         true, NULL, 1, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_add_cell(ds, a, o, p, CT_CELL_PRESENT, 4,
                                         true, NULL, 2, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_cell(ds, a, o, p).count, 7);
    assert_int_equal(ct_dataset_add_cell(ds, a, o, p, CT_CELL_SUPPRESSED, 0,
                                         true, NULL, 3, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_cell(ds, a, o, p).state, CT_CELL_SUPPRESSED);
}

/* ---- populations --------------------------------------------------------- */

/* 2015/16 (April 2015 to March 2016) takes the mid-2015 estimate by the
 * 30 June rule and mid-2016 by the 'end' rule; an exact period wins. */
static void test_dataset_population_by_rule(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "A");
    ct_period y2015, y2016, fy, ye;
    assert_true(ct_period_parse("2015", 4, &y2015));
    assert_true(ct_period_parse("2016", 4, &y2016));
    assert_true(ct_period_parse("2015/16", 7, &fy));
    assert_true(ct_period_parse("YE2016-09", 9, &ye));
    assert_int_equal(ct_dataset_set_population(ds, a, y2015, 1000, NULL, 1,
                                               NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_set_population(ds, a, y2016, 1100, NULL, 2,
                                               NULL), CT_STATUS_OK);
    double pop;
    ct_period src;
    assert_true(ct_dataset_population(ds, a, fy, CT_POP_RULE_JUNE30, &pop,
                                      &src));
    assert_close(pop, 1000, 0);
    assert_true(ct_period_equal(src, y2015));
    assert_true(ct_dataset_population(ds, a, fy, CT_POP_RULE_END, &pop, NULL));
    assert_close(pop, 1100, 0);
    assert_int_equal(ct_dataset_set_population(ds, a, ye, 1234, NULL, 3,
                                               NULL), CT_STATUS_OK);
    assert_true(ct_dataset_population(ds, a, ye, CT_POP_RULE_JUNE30, &pop,
                                      NULL));
    assert_close(pop, 1234, 0);
    ct_period y2014;
    assert_true(ct_period_parse("2014", 4, &y2014));
    assert_false(ct_dataset_population(ds, a, y2014, CT_POP_RULE_JUNE30,
                                       &pop, NULL));
}

/* ---- hierarchy ----------------------------------------------------------- */

static void test_dataset_set_parent_refuses_cycle_and_second_parent(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id d = area(ds, "District"), c = area(ds, "County"),
          n = area(ds, "Nation"), o = area(ds, "Other");
    assert_int_equal(ct_dataset_set_parent(ds, d, c, "a.csv", 2, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_set_parent(ds, c, n, "a.csv", 3, NULL), CT_STATUS_OK);
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_dataset_set_parent(ds, n, d, "a.csv", 4, &err),
                     CT_STATUS_INPUT);
    assert_non_null(strstr(err.message, "creates a cycle"));
    ct_error_clear(&err);
    assert_int_equal(ct_dataset_set_parent(ds, d, o, "a.csv", 5, &err),
                     CT_STATUS_INPUT);
    assert_string_equal(err.message,
                        "area 'District' has a second parent 'Other' (line 2 "
                        "gave 'County'); expected one parent per area");
    assert_int_equal(ct_dataset_root(ds, d), n);
}

/* Two levels: districts 10 + 20 make the county 30; with another county of
 * 5 the nation is 35.  A given county figure of 31 is kept and reported. */
static void test_dataset_roll_up_two_levels_and_mismatch(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id d1 = area(ds, "D1"), d2 = area(ds, "D2"), d3 = area(ds, "D3"),
          c1 = area(ds, "C1"), c2 = area(ds, "C2"), n = area(ds, "N");
    ct_dataset_id o = offence(ds, "Burglary"), p = period(ds, "2015");
    ct_dataset_set_parent(ds, d1, c1, NULL, 0, NULL);
    ct_dataset_set_parent(ds, d2, c1, NULL, 0, NULL);
    ct_dataset_set_parent(ds, d3, c2, NULL, 0, NULL);
    ct_dataset_set_parent(ds, c1, n, NULL, 0, NULL);
    ct_dataset_set_parent(ds, c2, n, NULL, 0, NULL);
    add(ds, d1, o, p, 10);
    add(ds, d2, o, p, 20);
    add(ds, d3, o, p, 5);
    warning_log ws = {0, ""};
    assert_int_equal(ct_dataset_roll_up(ds, note_warning, &ws, NULL), CT_STATUS_OK);
    assert_int_equal(ws.n, 0);
    assert_int_equal(ct_dataset_cell(ds, c1, o, p).count, 30);
    assert_int_equal(ct_dataset_cell(ds, n, o, p).count, 35);

    ct_dataset *ds2 = ct_dataset_new();
    d1 = area(ds2, "D1");
    d2 = area(ds2, "D2");
    c1 = area(ds2, "C1");
    o = offence(ds2, "Burglary");
    p = period(ds2, "2015");
    ct_dataset_set_parent(ds2, d1, c1, NULL, 0, NULL);
    ct_dataset_set_parent(ds2, d2, c1, NULL, 0, NULL);
    add(ds2, d1, o, p, 10);
    add(ds2, d2, o, p, 20);
    add(ds2, c1, o, p, 31);
    assert_int_equal(ct_dataset_roll_up(ds2, note_warning, &ws, NULL), CT_STATUS_OK);
    assert_int_equal(ws.n, 1);
    assert_string_equal(ws.last,
                        "area 'C1' has 31 'Burglary' offences in 2015 but its "
                        "2 children in areas.csv add up to 30; keeping the "
                        "given figure");
    assert_int_equal(ct_dataset_cell(ds2, c1, o, p).count, 31);
    ct_dataset_free(ds2);
}

/* A child without a count leaves the parent missing rather than
 * understated. */
static void test_dataset_roll_up_incomplete_children_leave_gap(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id d1 = area(ds, "D1"), d2 = area(ds, "D2"), c = area(ds, "C");
    ct_dataset_id o = offence(ds, "Burglary"), p = period(ds, "2015");
    ct_dataset_set_parent(ds, d1, c, NULL, 0, NULL);
    ct_dataset_set_parent(ds, d2, c, NULL, 0, NULL);
    add(ds, d1, o, p, 10);
    assert_int_equal(ct_dataset_roll_up(ds, NULL, NULL, NULL), CT_STATUS_OK);
    assert_false(ct_dataset_has_cell(ds, c, o, p));
}

/* ---- aggregation --------------------------------------------------------- */

/* Twelve months of 2015 (1 + 2 + ... + 12 = 78) make the year; 2016 has
 * only two months and is left out with one warning. */
static void test_dataset_aggregate_year_and_incomplete(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "A"), o = offence(ds, "B");
    char label[16];
    for (int m = 1; m <= 12; m++) {
        snprintf(label, sizeof label, "2015-%02d", m);
        add(ds, a, o, period(ds, label), m);
    }
    add(ds, a, o, period(ds, "2016-01"), 100);
    add(ds, a, o, period(ds, "2016-02"), 100);
    ct_period_type year = {CT_PERIOD_YEAR, 0};
    ct_dataset *agg = NULL;
    warning_log ws = {0, ""};
    assert_int_equal(ct_dataset_aggregate(ds, year, &agg, note_warning, &ws, NULL),
                     CT_STATUS_OK);
    assert_int_equal(ct_dataset_n_cells(agg), 1);
    ct_period y;
    assert_true(ct_period_parse("2015", 4, &y));
    ct_cell c = ct_dataset_cell(agg, a, o, ct_dataset_find_period(agg, y));
    assert_int_equal(c.state, CT_CELL_PRESENT);
    assert_int_equal(c.count, 78);
    assert_int_equal(ws.n, 1);
    assert_non_null(strstr(ws.last, "period 2016 is incomplete"));
    ct_dataset_free(agg);
}

/* Rolling years ending September: October 2014 to September 2015. Quarters
 * aggregate too; a suppressed month makes the year suppressed. */
static void test_dataset_aggregate_rolling_quarters_suppressed(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "A"), o = offence(ds, "B"), o2 = offence(ds, "C");
    add(ds, a, o, period(ds, "2014Q4"), 10);
    add(ds, a, o, period(ds, "2015Q1"), 20);
    add(ds, a, o, period(ds, "2015Q2"), 30);
    add(ds, a, o, period(ds, "2015Q3"), 40);
    add(ds, a, o2, period(ds, "2014Q4"), 1);
    add(ds, a, o2, period(ds, "2015Q1"), 1);
    add(ds, a, o2, period(ds, "2015Q2"), 1);
    assert_int_equal(ct_dataset_add_cell(ds, a, o2, period(ds, "2015Q3"),
                                         CT_CELL_SUPPRESSED, 0, false, NULL,
                                         9, NULL), CT_STATUS_OK);
    ct_period_type ye;
    assert_true(ct_period_type_parse("ye-09", &ye));
    ct_dataset *agg = NULL;
    assert_int_equal(ct_dataset_aggregate(ds, ye, &agg, NULL, NULL, NULL),
                     CT_STATUS_OK);
    ct_period y;
    assert_true(ct_period_parse("YE2015-09", 9, &y));
    ct_dataset_id pid = ct_dataset_find_period(agg, y);
    assert_int_not_equal(pid, CT_DATASET_NO_ID);
    assert_int_equal(ct_dataset_cell(agg, a, o, pid).count, 100);
    assert_int_equal(ct_dataset_cell(agg, a, o2, pid).state,
                     CT_CELL_SUPPRESSED);
    ct_dataset_free(agg);
}

/* A month and the quarter containing it would count the month twice. */
static void test_dataset_aggregate_refuses_overlap(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "A"), o = offence(ds, "B");
    add(ds, a, o, period(ds, "2015Q1"), 10);
    add(ds, a, o, period(ds, "2015-02"), 3);
    ct_period_type year = {CT_PERIOD_YEAR, 0};
    ct_dataset *agg = NULL;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_dataset_aggregate(ds, year, &agg, NULL, NULL, &err),
                     CT_STATUS_INPUT);
    assert_non_null(strstr(err.message, "overlaps another row"));
    assert_null(agg);
}

/* Three months of 4e18 overflow a 64-bit count: an input error, never a
 * silent wrap. */
static void test_dataset_aggregate_overflow_is_input_error(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "A"), o = offence(ds, "B");
    add(ds, a, o, period(ds, "2015-01"), 4000000000000000000LL);
    add(ds, a, o, period(ds, "2015-02"), 4000000000000000000LL);
    add(ds, a, o, period(ds, "2015-03"), 4000000000000000000LL);
    ct_period_type quarter = {CT_PERIOD_QUARTER, 0};
    ct_dataset *agg = NULL;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_dataset_aggregate(ds, quarter, &agg, NULL, NULL,
                                          &err), CT_STATUS_INPUT);
    assert_non_null(strstr(err.message, "add up to more than"));
}

/* A suppressed month makes the quarter suppressed whichever order the
 * suppressed and the empty month come in; the count is then 0. */
static void test_dataset_aggregate_suppressed_wins_in_any_order(void **s)
{
    (void)s;
    for (int order = 0; order < 2; order++) {
        ct_dataset *ds = ct_dataset_new();
        ct_dataset_id a = area(ds, "A"), o = offence(ds, "B");
        ct_cell_state first = order ? CT_CELL_MISSING : CT_CELL_SUPPRESSED;
        ct_cell_state second = order ? CT_CELL_SUPPRESSED : CT_CELL_MISSING;
        add(ds, a, o, period(ds, "2015-01"), 4);
        assert_int_equal(ct_dataset_add_cell(ds, a, o, period(ds, "2015-02"),
                                             first, 0, false, NULL, 2, NULL),
                         CT_STATUS_OK);
        assert_int_equal(ct_dataset_add_cell(ds, a, o, period(ds, "2015-03"),
                                             second, 0, false, NULL, 3, NULL),
                         CT_STATUS_OK);
        ct_period_type quarter = {CT_PERIOD_QUARTER, 0};
        ct_dataset *agg = NULL;
        assert_int_equal(ct_dataset_aggregate(ds, quarter, &agg, NULL, NULL,
                                              NULL), CT_STATUS_OK);
        ct_cell c = ct_dataset_cell_at(agg, 0, NULL, NULL, NULL);
        assert_int_equal(c.state, CT_CELL_SUPPRESSED);
        assert_int_equal(c.count, 0);
        ct_dataset_free(agg);
        ct_dataset_free(ds);
    }
}

/* ---- aggregation while loading ------------------------------------------ */

/* A row of a generated counts file. */
typedef struct gen_row {
    int area, offence;         /* indexes into the names below */
    const char *period;        /* label */
    ct_cell_state state;       /* PRESENT, SUPPRESSED or MISSING (empty) */
    int64_t count;             /* when PRESENT */
} gen_row;

static const char *const gen_areas[] = {"North", "South", "East"};
static const char *const gen_offences[] = {"Burglary", "Robbery"};

/* A small linear congruential generator, so that every run sees the same
 * data (Knuth's MMIX constants). */
static uint32_t gen_next(uint64_t *seed)
{
    *seed = *seed * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(*seed >> 33);
}

/* Every month of 2015-2017 for every area and offence, each dropped with
 * probability 1/25 (a gap), suppressed 1/30, empty 1/40, else a count of
 * 0..199; rows shuffled.  Returns the number of rows; 'labels' holds the
 * month labels. */
static size_t gen_rows(uint64_t *seed, gen_row *rows, char labels[][8])
{
    size_t n = 0;
    for (int m = 0; m < 36; m++)
        snprintf(labels[m], 8, "%d-%02d", 2015 + m / 12, m % 12 + 1);
    for (int a = 0; a < 3; a++)
        for (int o = 0; o < 2; o++)
            for (int m = 0; m < 36; m++) {
                uint32_t r = gen_next(seed) % 600;
                if (r < 24)
                    continue;
                gen_row *row = &rows[n++];
                row->area = a;
                row->offence = o;
                row->period = labels[m];
                row->state = r < 44 ? CT_CELL_SUPPRESSED
                           : r < 59 ? CT_CELL_MISSING : CT_CELL_PRESENT;
                row->count = row->state == CT_CELL_PRESENT
                                 ? (int64_t)(gen_next(seed) % 200) : 0;
            }
    for (size_t i = n; i > 1; i--) {
        size_t j = gen_next(seed) % i;
        gen_row t = rows[i - 1];
        rows[i - 1] = rows[j];
        rows[j] = t;
    }
    return n;
}

/* Adds rows[0..n) to 'ds' as lines 2, 3, ...; returns the status of the
 * first failure (with '*failed_at' its index) or CT_STATUS_OK. */
static ct_status load_rows(ct_dataset *ds, const gen_row *rows, size_t n,
                           size_t *failed_at, ct_error *err)
{
    for (size_t i = 0; i < n; i++) {
        ct_dataset_id a = area(ds, gen_areas[rows[i].area]);
        ct_dataset_id o = offence(ds, gen_offences[rows[i].offence]);
        ct_dataset_id p = period(ds, rows[i].period);
        ct_status st = ct_dataset_add_cell(ds, a, o, p, rows[i].state,
                                           rows[i].count, false, "t.csv",
                                           (unsigned long)i + 2, err);
        if (st != CT_STATUS_OK) {
            *failed_at = i;
            return st;
        }
    }
    return CT_STATUS_OK;
}

/* Every warning, one per line, in the order given. */
typedef struct warn_log {
    char text[4000];
    size_t len;
} warn_log;

static void log_warning(void *ctx, const ct_error *w)
{
    warn_log *log = ctx;
    char buf[400];
    ct_error_format(w, buf, sizeof buf);
    int k = snprintf(log->text + log->len, sizeof log->text - log->len,
                     "%s\n", buf);
    if (k > 0 && (size_t)k < sizeof log->text - log->len)
        log->len += (size_t)k;
}

/* The two ways of aggregating the same rows: load then
 * ct_dataset_aggregate, and aggregate while loading.  Both statuses and
 * errors are returned; the datasets are left in '*two' and '*one' (NULL
 * when that path failed). */
typedef struct both_ways {
    ct_dataset *two, *one;       /* the results */
    ct_status st_two, st_one;    /* their statuses */
    ct_error err_two, err_one;   /* their errors */
    warn_log log_two, log_one;   /* their warnings */
    size_t failed_two, failed_one; /* row that failed in loading, or n */
} both_ways;

static void aggregate_both_ways(const gen_row *rows, size_t n,
                                ct_period_type t, both_ways *b)
{
    memset(b, 0, sizeof *b);
    ct_error_clear(&b->err_two);
    ct_error_clear(&b->err_one);
    b->failed_two = b->failed_one = n;

    ct_dataset *raw = ct_dataset_new();
    b->st_two = load_rows(raw, rows, n, &b->failed_two, &b->err_two);
    if (b->st_two == CT_STATUS_OK)
        b->st_two = ct_dataset_aggregate(raw, t, &b->two, log_warning,
                                         &b->log_two, &b->err_two);
    ct_dataset_free(raw);

    b->one = ct_dataset_new();
    assert_int_equal(ct_dataset_aggregate_begin(b->one, t, NULL), CT_STATUS_OK);
    b->st_one = load_rows(b->one, rows, n, &b->failed_one, &b->err_one);
    if (b->st_one == CT_STATUS_OK)
        b->st_one = ct_dataset_aggregate_end(b->one, log_warning,
                                             &b->log_one, &b->err_one);
    if (b->st_one != CT_STATUS_OK) {
        ct_dataset_free(b->one);
        b->one = NULL;
    }
}

/* The same periods with the same ids, and the same cells in the same
 * order. */
static void assert_same_dataset(const ct_dataset *x, const ct_dataset *y)
{
    assert_int_equal(ct_dataset_n_periods(x), ct_dataset_n_periods(y));
    for (ct_dataset_id p = 0; p < ct_dataset_n_periods(x); p++)
        assert_true(ct_period_equal(ct_dataset_period(x, p),
                                    ct_dataset_period(y, p)));
    assert_int_equal(ct_dataset_n_cells(x), ct_dataset_n_cells(y));
    for (size_t i = 0; i < ct_dataset_n_cells(x); i++) {
        ct_dataset_id a[2], o[2], p[2];
        ct_cell c0 = ct_dataset_cell_at(x, i, &a[0], &o[0], &p[0]);
        ct_cell c1 = ct_dataset_cell_at(y, i, &a[1], &o[1], &p[1]);
        assert_int_equal(a[0], a[1]);
        assert_int_equal(o[0], o[1]);
        assert_int_equal(p[0], p[1]);
        assert_int_equal(c0.state, c1.state);
        assert_int_equal(c0.count, c1.count);
        assert_int_equal(c0.line, c1.line);
        ct_cell c2 = ct_dataset_cell(y, a[1], o[1], p[1]);
        assert_int_equal(c2.state, c1.state);
        assert_int_equal(c2.count, c1.count);
    }
}

/* Random data with gaps, suppressed and empty cells, shuffled: aggregating
 * while loading gives the dataset and the warnings that aggregating after
 * loading gives, and both agree with the sums worked out here from the
 * rows (a year with a month absent is left out; else suppressed if any
 * month is, else missing if any month is empty, else the sum). */
static void test_dataset_aggregate_while_loading_equals_after(void **state)
{
    (void)state;
    uint64_t seed = 20161;
    gen_row rows[3 * 2 * 36];
    char labels[36][8];
    ct_period_type year = {CT_PERIOD_YEAR, 0};
    for (int round = 0; round < 40; round++) {
        size_t n = gen_rows(&seed, rows, labels);
        both_ways b;
        aggregate_both_ways(rows, n, year, &b);
        assert_int_equal(b.st_two, CT_STATUS_OK);
        assert_int_equal(b.st_one, CT_STATUS_OK);
        assert_same_dataset(b.two, b.one);
        assert_string_equal(b.log_two.text, b.log_one.text);

        for (int a = 0; a < 3; a++)
            for (int o = 0; o < 2; o++)
                for (int y = 2015; y <= 2017; y++) {
                    int months = 0;
                    bool suppressed = false, missing = false;
                    int64_t sum = 0;
                    for (size_t i = 0; i < n; i++) {
                        if (rows[i].area != a || rows[i].offence != o ||
                            atoi(rows[i].period) != y)
                            continue;
                        months++;
                        suppressed |= rows[i].state == CT_CELL_SUPPRESSED;
                        missing |= rows[i].state == CT_CELL_MISSING;
                        sum += rows[i].count;
                    }
                    ct_period py = {CT_PERIOD_YEAR, ct_period_month_index(y, 1), 12};
                    ct_dataset_id pid = ct_dataset_find_period(b.one, py);
                    ct_dataset_id aid = ct_dataset_find_area(b.one, gen_areas[a]);
                    ct_dataset_id oid = ct_dataset_find_offence(b.one,
                                                        gen_offences[o]);
                    bool has = pid != CT_DATASET_NO_ID &&
                               ct_dataset_has_cell(b.one, aid, oid, pid);
                    assert_int_equal(has, months == 12);
                    if (months < 12)
                        continue;
                    ct_cell c = ct_dataset_cell(b.one, aid, oid, pid);
                    assert_int_equal(c.state, suppressed ? CT_CELL_SUPPRESSED
                                              : missing ? CT_CELL_MISSING
                                                        : CT_CELL_PRESENT);
                    assert_int_equal(c.count, suppressed || missing ? 0
                                                                    : sum);
                }
        ct_dataset_free(b.two);
        ct_dataset_free(b.one);
    }
}

/* Bad rows are reported as after loading, at the same row with the same
 * message: a duplicate month at once, naming both lines; a quarter over a
 * month already counted, a financial year that no calendar year holds, and
 * a sum past INT64_MAX only at the end, the first of them in row order. */
static void test_dataset_aggregate_while_loading_same_errors(void **state)
{
    (void)state;
    uint64_t seed = 7;
    gen_row rows[3 * 2 * 36 + 4];
    char labels[36][8];
    ct_period_type year = {CT_PERIOD_YEAR, 0};
    for (int round = 0; round < 40; round++) {
        size_t n = gen_rows(&seed, rows, labels);
        /* Kinds 0-2 insert a bad row at a random place: a copy of a row
         * (a duplicate), a quarter, a financial year.  Kind 3 makes two
         * rows of one year huge. */
        int kind = round % 4;
        size_t pick = gen_next(&seed) % n;
        gen_row bad = rows[pick];
        if (kind < 3) {
            if (kind == 1)
                bad.period = "2016Q2";
            else if (kind == 2)
                bad.period = "2016/17";
            size_t at = gen_next(&seed) % (n + 1);
            memmove(&rows[at + 1], &rows[at], (n - at) * sizeof *rows);
            rows[at] = bad;
            n++;
        } else {
            for (size_t i = 0, hits = 0; i < n && hits < 2; i++)
                if (rows[i].area == bad.area &&
                    rows[i].offence == bad.offence &&
                    atoi(rows[i].period) == atoi(bad.period)) {
                    rows[i].state = CT_CELL_PRESENT;
                    rows[i].count = INT64_MAX - 5;
                    hits++;
                }
        }
        both_ways b;
        aggregate_both_ways(rows, n, year, &b);
        assert_int_equal(b.st_one, b.st_two);
        assert_int_equal(b.failed_one, b.failed_two);
        assert_string_equal(b.err_one.message, b.err_two.message);
        assert_int_equal(b.err_one.line, b.err_two.line);
        assert_string_equal(b.err_one.path, b.err_two.path);
        assert_string_equal(b.log_two.text, b.log_one.text);
        if (b.st_two == CT_STATUS_OK)
            assert_same_dataset(b.two, b.one);
        else
            assert_int_not_equal(b.err_one.line, 0);
        if (kind == 0)
            assert_non_null(strstr(b.err_one.message, "duplicate row"));
        ct_dataset_free(b.two);
        ct_dataset_free(b.one);
    }
}

/* Summing duplicates needs the cells of the rows: refused while
 * aggregating, as is starting on a dataset that already has cells. */
static void test_dataset_aggregate_begin_refusals(void **state)
{
    ct_period_type year = {CT_PERIOD_YEAR, 0};
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "A"), o = offence(ds, "B");
    assert_int_equal(ct_dataset_aggregate_begin(ds, year, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_add_cell(ds, a, o, period(ds, "2015-01"),
                                         CT_CELL_PRESENT, 1, true, NULL, 2,
                                         NULL), CT_STATUS_USAGE);
    assert_int_equal(ct_dataset_aggregate_begin(ds, year, NULL),
                     CT_STATUS_USAGE);
    assert_int_equal(ct_dataset_aggregate_end(ds, NULL, NULL, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_n_cells(ds), 0);
    assert_int_equal(ct_dataset_aggregate_end(ds, NULL, NULL, NULL),
                     CT_STATUS_USAGE);
    add(ds, a, o, period(ds, "2015-01"), 1);
    assert_int_equal(ct_dataset_aggregate_begin(ds, year, NULL),
                     CT_STATUS_USAGE);
}

/* ct_dataset_get_cell tells an empty cell that was given from no row at
 * all, as ct_dataset_has_cell does, and returns the cell itself. */
static void test_dataset_get_cell_given_or_absent(void **state)
{
    ct_dataset *ds = *state;
    ct_dataset_id a = area(ds, "A"), o = offence(ds, "B");
    ct_dataset_id p1 = period(ds, "2015"), p2 = period(ds, "2016");
    ct_dataset_id p3 = period(ds, "2017");
    add(ds, a, o, p1, 42);
    assert_int_equal(ct_dataset_add_cell(ds, a, o, p2, CT_CELL_MISSING, 0,
                                         false, NULL, 7, NULL), CT_STATUS_OK);
    ct_cell c;
    assert_true(ct_dataset_get_cell(ds, a, o, p1, &c));
    assert_int_equal(c.state, CT_CELL_PRESENT);
    assert_int_equal(c.count, 42);
    assert_true(ct_dataset_get_cell(ds, a, o, p2, &c));
    assert_int_equal(c.state, CT_CELL_MISSING);
    assert_int_equal(c.line, 7);
    assert_false(ct_dataset_get_cell(ds, a, o, p3, &c));
    assert_int_equal(c.state, CT_CELL_MISSING);
    assert_int_equal(c.line, 0);
}

static void test_dataset_sorted_periods_by_end(void **state)
{
    ct_dataset *ds = *state;
    period(ds, "2016");
    period(ds, "2014/15");
    period(ds, "2015");
    ct_dataset_id ids[3];
    assert_int_equal(ct_dataset_sorted_periods(ds, ids), 3);
    char l[16];
    ct_period_format(ct_dataset_period(ds, ids[0]), l, sizeof l);
    assert_string_equal(l, "2014/15");
    ct_period_format(ct_dataset_period(ds, ids[2]), l, sizeof l);
    assert_string_equal(l, "2016");
}

/* A chain 20,000 areas deep (A0 at the top): the cycle check, the roots
 * and the roll-up take linear time, so this runs in well under a second
 * (the old walk up the chain per link and per level took about 9 s).
 * The one count at the bottom (5) reaches the top, and so does its
 * population (1,000); closing the chain into a cycle is refused. */
static void test_dataset_deep_hierarchy_is_linear(void **state)
{
    enum { DEPTH = 20000 };
    ct_dataset *ds = *state;
    char name[32];
    ct_dataset_id ids[DEPTH];
    for (int i = 0; i < DEPTH; i++) {
        snprintf(name, sizeof name, "A%d", i);
        ids[i] = area(ds, name);
    }
    for (int i = 1; i < DEPTH; i++)
        assert_int_equal(ct_dataset_set_parent(ds, ids[i], ids[i - 1],
                                               "areas.csv",
                                               (unsigned long)i + 1, NULL),
                         CT_STATUS_OK);
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_dataset_set_parent(ds, ids[0], ids[DEPTH - 1],
                                           "areas.csv", 20001, &err),
                     CT_STATUS_INPUT);
    assert_non_null(strstr(err.message, "creates a cycle"));
    assert_int_equal(ct_dataset_root(ds, ids[DEPTH - 1]), ids[0]);
    assert_int_equal(ct_dataset_root(ds, ids[DEPTH / 2]), ids[0]);
    ct_dataset_id o = offence(ds, "Theft"), p = period(ds, "2020");
    assert_int_equal(ct_dataset_add_cell(ds, ids[DEPTH - 1], o, p,
                                         CT_CELL_PRESENT, 5, false, NULL, 1,
                                         NULL), CT_STATUS_OK);
    ct_period y = ct_dataset_period(ds, p);
    assert_int_equal(ct_dataset_set_population(ds, ids[DEPTH - 1], y, 1000,
                                               NULL, 2, NULL), CT_STATUS_OK);
    assert_int_equal(ct_dataset_roll_up(ds, NULL, NULL, NULL), CT_STATUS_OK);
    ct_cell c = ct_dataset_cell(ds, ids[0], o, p);
    assert_int_equal(c.state, CT_CELL_PRESENT);
    assert_int_equal(c.count, 5);
    double pop = 0;
    assert_true(ct_dataset_population(ds, ids[0], y, CT_POP_RULE_JUNE30, &pop,
                                      NULL));
    assert_close(pop, 1000, 0);
    /* Aggregating keeps the hierarchy and its roots. */
    ct_dataset *agg = NULL;
    ct_period_type year = {CT_PERIOD_YEAR, 0};
    assert_int_equal(ct_dataset_aggregate(ds, year, &agg, NULL, NULL, NULL),
                     CT_STATUS_OK);
    assert_int_equal(ct_dataset_root(agg, ids[DEPTH - 1]), ids[0]);
    ct_dataset_free(agg);
}

/* A national total: marked, or named like one. */
static void test_dataset_national_rows(void **state)
{
    static const char *const national[] = {
        "United States", "United States Total", "England & Wales",
    };
    static const char *const not_national[] = {"Texas", "Our Nation"};
    ct_dataset *ds = *state;
    for (size_t i = 0; i < N_ELEMS(national); i++)
        assert_true_in(national[i],
                       ct_dataset_is_national(ds, area(ds, national[i])));
    for (size_t i = 0; i < N_ELEMS(not_national); i++)
        assert_true_in(not_national[i],
                       !ct_dataset_is_national(ds, area(ds, not_national[i])));
    ct_dataset_id odd = area(ds, "Our Nation");
    ct_dataset_mark_national(ds, odd);
    assert_true(ct_dataset_is_national(ds, odd));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        DATASET_TEST(test_dataset_intern_same_name_same_id),
        DATASET_TEST(test_dataset_many_cells_survive_rehash),
        DATASET_TEST(test_dataset_add_cell_sum_taints_with_suppressed),
        DATASET_TEST(test_dataset_population_by_rule),
        DATASET_TEST(test_dataset_set_parent_refuses_cycle_and_second_parent),
        DATASET_TEST(test_dataset_roll_up_two_levels_and_mismatch),
        DATASET_TEST(test_dataset_roll_up_incomplete_children_leave_gap),
        DATASET_TEST(test_dataset_aggregate_year_and_incomplete),
        DATASET_TEST(test_dataset_aggregate_rolling_quarters_suppressed),
        DATASET_TEST(test_dataset_aggregate_refuses_overlap),
        DATASET_TEST(test_dataset_aggregate_overflow_is_input_error),
        cmocka_unit_test(test_dataset_aggregate_suppressed_wins_in_any_order),
        cmocka_unit_test(test_dataset_aggregate_while_loading_equals_after),
        cmocka_unit_test(test_dataset_aggregate_while_loading_same_errors),
        DATASET_TEST(test_dataset_aggregate_begin_refusals),
        DATASET_TEST(test_dataset_get_cell_given_or_absent),
        DATASET_TEST(test_dataset_sorted_periods_by_end),
        DATASET_TEST(test_dataset_deep_hierarchy_is_linear),
        DATASET_TEST(test_dataset_national_rows),
    };
    return cmocka_run_group_tests_name("dataset", tests, NULL, NULL);
}
