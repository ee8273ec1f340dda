/* test_ingest.c - CSV ingestion: header aliases, real-world quirks, wide
 * layouts, exact error positions, and the real public tables in
 * ../shared/data (skipped when that folder is absent). */
#include "test_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crimetrend/crimetrend.h"

/* ---- helpers ---------------------------------------------------------- */

typedef struct warnings {
    int n;
    char last[400];
} warnings;

static void collect(void *ctx, const ct_error *w)
{
    warnings *ws = ctx;
    ws->n++;
    ct_error_format(w, ws->last, sizeof ws->last);
}

static ct_status load_text(ct_dataset *ds, const char *text,
                           const ct_ingest_options *opt, ct_error *err)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(f);
    ct_status st = ct_ingest_counts(ds, f, "t.csv", opt, err);
    fclose(f);
    return st;
}

static int64_t count_of(const ct_dataset *ds, const char *area,
                        const char *offence, const char *period,
                        ct_cell_state *state)
{
    ct_period p;
    assert_true(ct_period_parse(period, strlen(period), &p));
    ct_id a = ct_dataset_find_area(ds, area);
    ct_id o = ct_dataset_find_offence(ds, offence);
    ct_id q = ct_dataset_find_period(ds, p);
    assert_int_not_equal(a, CT_NO_ID);
    assert_int_not_equal(o, CT_NO_ID);
    assert_int_not_equal(q, CT_NO_ID);
    ct_cell c = ct_dataset_cell(ds, a, o, q);
    if (state != NULL)
        *state = c.state;
    return c.count;
}

/* Loads 'text' expecting failure; checks status, line, column and that the
 * message contains 'needle'. */
static void expect_error(const char *text, ct_status status,
                         unsigned long line, unsigned long column,
                         const char *needle)
{
    ct_dataset *ds = ct_dataset_new();
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(load_text(ds, text, NULL, &err), status);
    assert_int_equal(err.status, status);
    assert_string_equal(err.path, "t.csv");
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, column);
    if (strstr(err.message, needle) == NULL) {
        print_error("message '%s' lacks '%s'\n", err.message, needle);
        fail();
    }
    ct_dataset_free(ds);
}

/* ---- the long layout -------------------------------------------------- */

static void test_ingest_counts_long_basic(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(load_text(ds,
                               "count,period,offence,area,extra\n"
                               "790,YE2014-09,Sexual offences,Oxfordshire,x\n"
                               "1233,YE2015-09,Sexual offences,Oxfordshire,y\n",
                               NULL, &err), CT_OK);
    assert_int_equal(ct_dataset_n_cells(ds), 2);
    assert_int_equal(count_of(ds, "Oxfordshire", "Sexual offences",
                              "YE2015-09", NULL), 1233);
    ct_dataset_free(ds);
}

/* BOM, CRLF, aliases in any order, quoted thousands, padded names,
 * suppression markers, blank trailing rows, non-ASCII names. */
static void test_ingest_counts_real_world_quirks(void **state)
{
    (void)state;
    const char *text =
        "\xef\xbb\xbf" "Financial Year,CSP Name,Offence Description,Notes,"
        "Number of Offences\r\n"
        "2014/15,  Ynys M\xc3\xb4n ,Burglary,x,\"1,233\"\r\n"
        "2015/16,Ynys M\xc3\xb4n,Burglary,,\"1,400\"\r\n"
        "2014/15,Cherwell,Burglary,,..\r\n"
        "2015/16,Cherwell,Burglary,,[x]\r\n"
        "2014/15,\"Cherwell\",Robbery,,*\r\n"
        "2015/16,Cherwell,Robbery,, 12 \r\n"
        ",,,,\r\n\r\n,,,,\r\n";
    ct_dataset *ds = ct_dataset_new();
    warnings ws = {0, ""};
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.warn = collect;
    opt.warn_ctx = &ws;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(load_text(ds, text, &opt, &err), CT_OK);
    ct_cell_state st;
    assert_int_equal(count_of(ds, "Ynys M\xc3\xb4n", "Burglary", "2014/15",
                              &st), 1233);
    assert_int_equal(st, CT_CELL_PRESENT);
    assert_int_equal(count_of(ds, "Ynys M\xc3\xb4n", "Burglary", "2015/16",
                              NULL), 1400);
    count_of(ds, "Cherwell", "Burglary", "2014/15", &st);
    assert_int_equal(st, CT_CELL_SUPPRESSED);
    count_of(ds, "Cherwell", "Robbery", "2014/15", &st);
    assert_int_equal(st, CT_CELL_SUPPRESSED);
    assert_int_equal(count_of(ds, "Cherwell", "Robbery", "2015/16", &st), 12);
    assert_int_equal(ct_dataset_n_areas(ds), 2);
    /* One summary warning for the three suppressed cells, first at line 4,
     * column 5. */
    assert_int_equal(ws.n, 1);
    assert_non_null(strstr(ws.last, "t.csv:4:5: 3 count cells"));
    ct_dataset_free(ds);
}

/* Home Office tables: Financial Year plus Financial Quarter 1..4, where
 * quarter 1 is April to June (calendar Q2). */
static void test_ingest_counts_financial_quarter(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(load_text(ds,
                               "Financial Year,Financial Quarter,Force Name,"
                               "Offence Group,Number of Offences\n"
                               "2015/16,1,Thames Valley,Robbery,300\n"
                               "2015/16,4,Thames Valley,Robbery,280\n",
                               NULL, &err), CT_OK);
    assert_int_equal(count_of(ds, "Thames Valley", "Robbery", "2015Q2", NULL),
                     300);
    assert_int_equal(count_of(ds, "Thames Valley", "Robbery", "2016Q1", NULL),
                     280);
    ct_dataset_free(ds);
}

/* A quoted newline inside a name: the record starts on line 2, and the
 * next record's error is still placed on its own physical line. */
static void test_ingest_counts_quoted_newline_keeps_lines(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\n"
                 "\"North\nby\",Burglary,2014,5\n"
                 "Southby,Burglary,2014,x5\n",
                 CT_ERR_INPUT, 4, 4, "count 'x5' is not a number");
}

/* ---- bad input: exact places ------------------------------------------ */

static void test_ingest_counts_missing_column_is_named(void **state)
{
    (void)state;
    expect_error("area,offence,count\nNorthby,Burglary,5\n", CT_ERR_INPUT, 1,
                 0, "no column for the period");
}

static void test_ingest_counts_unbalanced_quote(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\nN,B,2014,5\nN,\"B,2015,6\n",
                 CT_ERR_INPUT, 3, 0, "never closed");
}

static void test_ingest_counts_quote_inside_field(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\nN,\"B\"x,2014,5\n",
                 CT_ERR_INPUT, 2, 2, "malformed quoted field");
}

static void test_ingest_counts_non_numeric(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\nN,B,2014,5\nN,B,2015,five\n",
                 CT_ERR_INPUT, 3, 4, "count 'five' is not a number");
}

static void test_ingest_counts_negative(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\nN,B,2014,-3\n", CT_ERR_INPUT, 2,
                 4, "count '-3' is a negative number");
}

static void test_ingest_counts_duplicate_names_both_lines(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\nN,B,2014,5\nN,R,2014,2\n"
                 "N,B,2014,6\n", CT_ERR_INPUT, 4, 0,
                 "duplicate row for area 'N', offence 'B', period 2014 "
                 "(first on line 2)");
}

static void test_ingest_counts_unknown_period(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\nN,B,Spring 2015,6\n",
                 CT_ERR_INPUT, 2, 3, "period 'Spring 2015' is not a period");
}

static void test_ingest_counts_empty_file(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_error err;
    ct_error_clear(&err);
    FILE *f = fopen("/dev/null", "r");
    assert_int_equal(ct_ingest_counts(ds, f, "e.csv", NULL, &err),
                     CT_ERR_INPUT);
    fclose(f);
    assert_non_null(strstr(err.message, "file is empty"));
    ct_dataset_free(ds);
}

static void test_ingest_counts_not_utf8(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\nYnys M\xf4n,B,2014,5\n",
                 CT_ERR_INPUT, 2, 1, "byte 0xF4 is not valid UTF-8");
}

/* The same bytes read as Latin-1 give the UTF-8 name. */
static void test_ingest_counts_latin1_option(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.latin1 = true;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(load_text(ds, "area,offence,period,count\n"
                                   "Ynys M\xf4n,B,2014,5\n", &opt, &err),
                     CT_OK);
    assert_int_not_equal(ct_dataset_find_area(ds, "Ynys M\xc3\xb4n"),
                         CT_NO_ID);
    ct_dataset_free(ds);
}

static void test_ingest_counts_ragged_row(void **state)
{
    (void)state;
    expect_error("area,offence,period,count\nN,B,2014\n", CT_ERR_INPUT, 2, 0,
                 "row has 3 fields; expected 4");
}

/* ---- populations, peers, areas ----------------------------------------- */

static void test_ingest_population_and_rollup(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(load_text(ds, "area,offence,period,count\n"
                                   "A,B,2015,10\nC,B,2015,20\n", NULL, &err),
                     CT_OK);
    const char *pop = "area,year,population\nA,2015,\"1,000\"\nC,2015,3000\n";
    const char *tree = "area,parent\nA,County\nC,County\n";
    FILE *f = fmemopen((void *)pop, strlen(pop), "r");
    assert_int_equal(ct_ingest_population(ds, f, "p.csv", NULL, &err), CT_OK);
    fclose(f);
    f = fmemopen((void *)tree, strlen(tree), "r");
    assert_int_equal(ct_ingest_areas(ds, f, "a.csv", NULL, &err), CT_OK);
    fclose(f);
    assert_int_equal(ct_dataset_roll_up(ds, NULL, NULL, &err), CT_OK);
    /* County = 10 + 20 = 30 offences among 1,000 + 3,000 residents. */
    assert_int_equal(count_of(ds, "County", "B", "2015", NULL), 30);
    double p;
    ct_period y = {CT_PERIOD_YEAR, ct_month_index(2015, 1), 12};
    assert_true(ct_dataset_population(ds, ct_dataset_find_area(ds, "County"),
                                      y, CT_POP_RULE_JUNE30, &p, NULL));
    assert_close(p, 4000.0, 0);
    ct_dataset_free(ds);
}

static void test_ingest_peers_reads_pairs(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_error err;
    ct_error_clear(&err);
    const char *text = "Area,Peer\nA,B\nA,C\nB,A\nA,B\n";
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_int_equal(ct_ingest_peers(ds, f, "peers.csv", NULL, &err), CT_OK);
    fclose(f);
    const ct_id *peers;
    assert_int_equal(ct_dataset_peers(ds, ct_dataset_find_area(ds, "A"),
                                      &peers), 2);
    assert_int_equal(ct_dataset_peers(ds, ct_dataset_find_area(ds, "C"),
                                      &peers), 0);
    ct_dataset_free(ds);
}

/* ---- real public data --------------------------------------------------- */

static FILE *open_shared(const char *rel)
{
    const char *dir = getenv("CT_SHARED_DATA");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : "../shared/data", rel);
    return fopen(path, "r");
}

/* London Datastore, one column per month: Westminster's offences from
 * April 2014 to March 2015 add up to 48,276 (figure in the data's
 * PROVENANCE.md, from summing the historic file). */
static void test_ingest_wide_periods_london_mps(void **state)
{
    (void)state;
    FILE *f = open_shared("london-mps/MPS_Borough_Level_Crime_Historic.csv");
    if (f == NULL)
        skip();
    ct_dataset *ds = ct_dataset_new();
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.layout = CT_LAYOUT_WIDE_PERIODS;
    opt.offence_column = "Major Category";
    opt.sum_duplicates = true;
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_ingest_counts(ds, f, "mps.csv", &opt, &err), CT_OK);
    fclose(f);
    assert_int_equal(ct_dataset_n_areas(ds), 32);
    assert_int_equal(ct_dataset_n_offences(ds), 9);
    assert_int_equal(ct_dataset_n_periods(ds), 108);
    ct_period_type fy = {CT_PERIOD_FINANCIAL_YEAR, 0};
    ct_dataset *agg = NULL;
    assert_int_equal(ct_dataset_aggregate(ds, fy, &agg, NULL, NULL, &err),
                     CT_OK);
    ct_id w = ct_dataset_find_area(agg, "Westminster");
    ct_period p;
    assert_true(ct_period_parse("2014/15", 7, &p));
    ct_id pid = ct_dataset_find_period(agg, p);
    int64_t total = 0;
    for (ct_id o = 0; o < ct_dataset_n_offences(agg); o++) {
        ct_cell c = ct_dataset_cell(agg, w, o, pid);
        assert_int_equal(c.state, CT_CELL_PRESENT);
        total += c.count;
    }
    assert_int_equal(total, 48276);
    ct_dataset_free(agg);
    ct_dataset_free(ds);
}

/* FBI UCR, one column per offence with population in the same file: the
 * 2019 national property crime count 6,925,677 and population 328,239,523
 * (CIUS 2019, quoted in the data's PROVENANCE.md). */
static void test_ingest_wide_offences_fbi_ucr(void **state)
{
    (void)state;
    FILE *f = open_shared("fbi-ucr/estimated_crimes_1979_2019.csv");
    if (f == NULL)
        skip();
    ct_dataset *ds = ct_dataset_new();
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.layout = CT_LAYOUT_WIDE_OFFENCES;
    opt.area_column = "state_name";
    opt.blank_area = "United States";
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_ingest_counts(ds, f, "ucr.csv", &opt, &err), CT_OK);
    fclose(f);
    assert_int_equal(ct_dataset_n_areas(ds), 52);
    /* violent_crime ... motor_vehicle_theft: 10 offence columns. */
    assert_int_equal(ct_dataset_n_offences(ds), 10);
    assert_int_equal(count_of(ds, "United States", "property_crime", "2019",
                              NULL), 6925677);
    ct_cell_state st;
    count_of(ds, "Alaska", "rape_legacy", "2019", &st);
    assert_int_equal(st, CT_CELL_MISSING);
    double pop;
    ct_period y = {CT_PERIOD_YEAR, ct_month_index(2019, 1), 12};
    assert_true(ct_dataset_population(ds,
                                      ct_dataset_find_area(ds,
                                                           "United States"),
                                      y, CT_POP_RULE_JUNE30, &pop, NULL));
    assert_close(pop, 328239523.0, 0);
    ct_dataset_free(ds);
}

/* The later vintage quotes 2022 figures with thousands separators and pads
 * state names with spaces, and it labels North Dakota 'NC' in 2022 (line
 * 2269), so North Carolina appears twice.  Reading by state_abbr must
 * stop there, naming both lines;
 * the rows before it (Alabama 2022, line 2235: "22,232" violent crimes
 * among "5,074,296" residents) were read exactly. */
static void test_ingest_wide_offences_fbi_messy_vintage(void **state)
{
    (void)state;
    FILE *f = open_shared("fbi-ucr/estimated_crimes_1979_2023.csv");
    if (f == NULL)
        skip();
    ct_dataset *ds = ct_dataset_new();
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.layout = CT_LAYOUT_WIDE_OFFENCES;
    opt.area_column = "state_abbr";
    opt.blank_area = "US";
    ct_error err;
    ct_error_clear(&err);
    assert_int_equal(ct_ingest_counts(ds, f, "ucr.csv", &opt, &err),
                     CT_ERR_INPUT);
    fclose(f);
    assert_int_equal(err.line, 2269);
    assert_string_equal(err.message,
                        "duplicate row for area 'NC', offence "
                        "'violent_crime', period 2022 (first on line 2268); "
                        "expected one row per area, offence and period");
    assert_int_equal(count_of(ds, "AL", "violent_crime", "2022", NULL),
                     22232);
    double pop;
    ct_period y = {CT_PERIOD_YEAR, ct_month_index(2022, 1), 12};
    assert_true(ct_dataset_population(ds, ct_dataset_find_area(ds, "AL"), y,
                                      CT_POP_RULE_JUNE30, &pop, NULL));
    assert_close(pop, 5074296.0, 0);
    ct_dataset_free(ds);
}

int main(void)
{
    ct_stats_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ingest_counts_long_basic),
        cmocka_unit_test(test_ingest_counts_real_world_quirks),
        cmocka_unit_test(test_ingest_counts_financial_quarter),
        cmocka_unit_test(test_ingest_counts_quoted_newline_keeps_lines),
        cmocka_unit_test(test_ingest_counts_missing_column_is_named),
        cmocka_unit_test(test_ingest_counts_unbalanced_quote),
        cmocka_unit_test(test_ingest_counts_quote_inside_field),
        cmocka_unit_test(test_ingest_counts_non_numeric),
        cmocka_unit_test(test_ingest_counts_negative),
        cmocka_unit_test(test_ingest_counts_duplicate_names_both_lines),
        cmocka_unit_test(test_ingest_counts_unknown_period),
        cmocka_unit_test(test_ingest_counts_empty_file),
        cmocka_unit_test(test_ingest_counts_not_utf8),
        cmocka_unit_test(test_ingest_counts_latin1_option),
        cmocka_unit_test(test_ingest_counts_ragged_row),
        cmocka_unit_test(test_ingest_population_and_rollup),
        cmocka_unit_test(test_ingest_peers_reads_pairs),
        cmocka_unit_test(test_ingest_wide_periods_london_mps),
        cmocka_unit_test(test_ingest_wide_offences_fbi_ucr),
        cmocka_unit_test(test_ingest_wide_offences_fbi_messy_vintage),
    };
    return cmocka_run_group_tests_name("ingest", tests, NULL, NULL);
}
