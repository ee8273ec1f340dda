/* test_ingest.c - CSV ingestion: header aliases, real-world quirks, wide
 * layouts, exact error positions, and the real public tables in
 * ../shared/data (skipped when that folder is absent). */
#include "test_text_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crimetrend/crimetrend.h"

/* ---- helpers ---------------------------------------------------------- */


static ct_status load_text(ct_dataset *ds, const char *text,
                           const ct_ingest_options *opt, ct_error *err)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(f);
    ct_status st = ct_ingest_counts(ds, f, "t.csv", opt, err);
    fclose(f);
    return st;
}

/* A new dataset with the counts of 'text' read into it, read without an
 * error. */
static ct_dataset *loaded(const char *text, const ct_ingest_options *opt)
{
    ct_dataset *ds = ct_dataset_new();
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(load_text(ds, text, opt, &err), CT_STATUS_OK);
    return ds;
}

/* As loaded, with each warning noted in 'ws'. */
static ct_dataset *loaded_noting(const char *text, warning_log *ws)
{
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.warn = note_warning;
    opt.warn_ctx = ws;
    return loaded(text, &opt);
}

/* A counts file with the quirks of real published tables: a BOM, aliases
 * in any order, quoted thousands, padded names, suppression markers, a
 * blank line, blank trailing rows and a non-ASCII name.  EOL ends each
 * line.  Its three suppressed cells start at line 4, column 5. */
#define QUIRKY_COUNTS(EOL)                                                    \
    "\xef\xbb\xbf" "Financial Year,CSP Name,Offence Description,Notes,"       \
    "Number of Offences" EOL                                                  \
    "2014/15,  Ynys M\xc3\xb4n ,Burglary,x,\"1,233\"" EOL                     \
    "2015/16,Ynys M\xc3\xb4n,Burglary,,\"1,400\"" EOL                         \
    "2014/15,Cherwell,Burglary,,.." EOL                                       \
    EOL                                                                       \
    "2015/16,Cherwell,Burglary,,[x]" EOL                                      \
    "2014/15,\"Cherwell\",Robbery,,*" EOL                                     \
    "2015/16,Cherwell,Robbery,, 12 " EOL                                      \
    ",,,," EOL EOL ",,,," EOL

static int64_t count_of(const ct_dataset *ds, const char *area,
                        const char *offence, const char *period,
                        ct_cell_state *state)
{
    ct_period p;
    assert_true(ct_period_parse(period, strlen(period), &p));
    ct_dataset_id a = ct_dataset_find_area(ds, area);
    ct_dataset_id o = ct_dataset_find_offence(ds, offence);
    ct_dataset_id q = ct_dataset_find_period(ds, p);
    assert_int_not_equal(a, CT_DATASET_NO_ID);
    assert_int_not_equal(o, CT_DATASET_NO_ID);
    assert_int_not_equal(q, CT_DATASET_NO_ID);
    ct_cell c = ct_dataset_cell(ds, a, o, q);
    if (state != NULL)
        *state = c.state;
    return c.count;
}

/* Loads 'text' expecting failure; checks status, line, column and that the
 * message contains 'needle'. */
static void expect_error(const char *name, const char *text,
                         ct_status status, unsigned long line,
                         unsigned long column, const char *needle)
{
    ct_dataset *ds = ct_dataset_new();
    ct_error err = CT_ERROR_INIT;
    assert_int_in(name, load_text(ds, text, NULL, &err), status);
    assert_int_in(name, err.status, status);
    assert_string_in(name, err.path, "t.csv");
    assert_int_in(name, err.line, line);
    assert_int_in(name, err.column, column);
    if (strstr(err.message, needle) == NULL) {
        print_error("in case '%s': message '%s' lacks '%s'\n", name,
                    err.message, needle);
        fail();
    }
    ct_dataset_free(ds);
}

/* ---- the long layout -------------------------------------------------- */

static void test_ingest_counts_long_basic(void **state)
{
    (void)state;
    ct_dataset *ds = loaded("count,period,offence,area,extra\n"
                            "790,YE2014-09,Sexual offences,Oxfordshire,x\n"
                            "1233,YE2015-09,Sexual offences,Oxfordshire,y\n",
                            NULL);
    assert_int_equal(ct_dataset_n_cells(ds), 2);
    assert_int_equal(count_of(ds, "Oxfordshire", "Sexual offences",
                              "YE2015-09", NULL), 1233);
    ct_dataset_free(ds);
}

/* The quirks of real tables, with CRLF line ends. */
static void test_ingest_counts_real_world_quirks(void **state)
{
    (void)state;
    warning_log ws = {0, ""};
    ct_dataset *ds = loaded_noting(QUIRKY_COUNTS("\r\n"), &ws);
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
    ct_dataset *ds = loaded("Financial Year,Financial Quarter,Force Name,"
                            "Offence Group,Number of Offences\n"
                            "2015/16,1,Thames Valley,Robbery,300\n"
                            "2015/16,4,Thames Valley,Robbery,280\n", NULL);
    assert_int_equal(count_of(ds, "Thames Valley", "Robbery", "2015Q2", NULL),
                     300);
    assert_int_equal(count_of(ds, "Thames Valley", "Robbery", "2016Q1", NULL),
                     280);
    ct_dataset_free(ds);
}

/* ---- bad input: exact places ------------------------------------------ */

/* Counts files refused with an error at a line and column (0: the whole
 * line), and a message containing the needle. */
static const struct bad_counts_case {
    const char *name;
    const char *text;
    ct_status status;
    unsigned long line, column;
    const char *needle;
} bad_counts_cases[] = {
    /* A quoted newline inside a name: the record starts on line 2, and the
     * next record's error is still placed on its own physical line. */
    {"quoted newline keeps lines",
     "area,offence,period,count\n"
     "\"North\nby\",Burglary,2014,5\n"
     "Southby,Burglary,2014,x5\n",
     CT_STATUS_INPUT, 4, 4, "count 'x5' is not a number"},
    {"missing column is named",
     "area,offence,count\nNorthby,Burglary,5\n", CT_STATUS_INPUT, 1,
     0, "no column for the period"},
    {"unbalanced quote",
     "area,offence,period,count\nN,B,2014,5\nN,\"B,2015,6\n",
     CT_STATUS_INPUT, 3, 0, "never closed"},
    {"quote inside field",
     "area,offence,period,count\nN,\"B\"x,2014,5\n",
     CT_STATUS_INPUT, 2, 2, "malformed quoted field"},
    {"non numeric",
     "area,offence,period,count\nN,B,2014,5\nN,B,2015,five\n",
     CT_STATUS_INPUT, 3, 4, "count 'five' is not a number"},
    {"negative",
     "area,offence,period,count\nN,B,2014,-3\n", CT_STATUS_INPUT, 2,
     4, "count '-3' is a negative number"},
    {"duplicate names both lines",
     "area,offence,period,count\nN,B,2014,5\nN,R,2014,2\n"
     "N,B,2014,6\n", CT_STATUS_INPUT, 4, 0,
     "duplicate row for area 'N', offence 'B', period 2014 "
     "(first on line 2)"},
    {"unknown period",
     "area,offence,period,count\nN,B,Spring 2015,6\n",
     CT_STATUS_INPUT, 2, 3, "period 'Spring 2015' is not a period"},
    {"not utf8",
     "area,offence,period,count\nYnys M\xf4n,B,2014,5\n",
     CT_STATUS_INPUT, 2, 1, "byte 0xF4 is not valid UTF-8"},
    /* Old Mac files end lines with a bare CR, which libcsv takes as a record
     * end; the line count must take it too.  The bad count is in field 4 of
     * line 4 (before the fix every message in such a file said line 1). */
    {"ragged row",
     "area,offence,period,count\nN,B,2014\n", CT_STATUS_INPUT, 2, 0,
     "row has 3 fields; expected 4"},
    {"cr only line",
     "area,offence,period,count\rN,B,2014,5\rN,R,2014,2\r"
     "N,B,2015,five\r",
     CT_STATUS_INPUT, 4, 4, "count 'five' is not a number"},
    /* Columns count from the start of each CR-ended line: the bad byte is in
     * field 2 of line 3, not field 8 of line 1. */
    {"cr only column",
     "area,offence,period,count\rN,B,2014,5\rN,B\xf4,2015,6\r",
     CT_STATUS_INPUT, 3, 2, "byte 0xF4 is not valid UTF-8"},
    /* A bad value in a record whose quoted field spans CR-ended lines is
     * reported at the line where the record starts, as for a quoted LF. */
    {"quoted CR: the line where the record starts",
     "area,offence,period,count\rN,B,2014,5\r"
     "\"North\rby\",B,2014,x5\r",
     CT_STATUS_INPUT, 3, 4, "count 'x5' is not a number"},
};

static void test_ingest_counts_bad_input_table(void **state)
{
    (void)state;
    for (size_t i = 0;
         i < sizeof bad_counts_cases / sizeof bad_counts_cases[0]; i++) {
        const struct bad_counts_case *c = &bad_counts_cases[i];
        expect_error(c->name, c->text, c->status, c->line, c->column,
                     c->needle);
    }
}

static void test_ingest_counts_empty_file(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_error err = CT_ERROR_INIT;
    FILE *f = fopen("/dev/null", "r");
    assert_int_equal(ct_ingest_counts(ds, f, "e.csv", NULL, &err),
                     CT_STATUS_INPUT);
    fclose(f);
    assert_non_null(strstr(err.message, "file is empty"));
    ct_dataset_free(ds);
}

/* The same bytes read as Latin-1 give the UTF-8 name. */
static void test_ingest_counts_latin1_option(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.latin1 = true;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(load_text(ds, "area,offence,period,count\n"
                                   "Ynys M\xf4n,B,2014,5\n", &opt, &err),
                     CT_STATUS_OK);
    assert_int_not_equal(ct_dataset_find_area(ds, "Ynys M\xc3\xb4n"),
                         CT_DATASET_NO_ID);
    ct_dataset_free(ds);
}

/* ---- line ends: LF, CRLF and a lone CR ---------------------------------- */

/* LF, CRLF and lone CR in one file, blank lines of each kind, and quoted
 * fields holding a CR and a CRLF.  A line end inside quotes counts as a
 * line, as a quoted LF does: lines 1 CRLF, 2 LF, 3 CR, 4 blank CRLF, 5-6
 * one record with a quoted CR, 7-8 one with a quoted CRLF, 9 blank LF,
 * 10 blank CR, 11 the bad count. */
static const char mixed_lines[] =
    "area,offence,period,count\r\n"
    "N,B,2014,5\n"
    "N,R,2014,2\r"
    "\r\n"
    "\"North\rby\",B,2014,6\r\n"
    "\"South\r\nby\",B,2014,7\n"
    "\n"
    "\r";

static void test_ingest_counts_mixed_line_ends(void **state)
{
    (void)state;
    char text[200];
    snprintf(text, sizeof text, "%sS,B,2015,x5\r", mixed_lines);
    expect_error("mixed line ends", text, CT_STATUS_INPUT, 11, 4,
                 "count 'x5' is not a number");
}

/* The CR and CRLF inside quotes stay in the names, and the blank lines
 * are skipped. */
static void test_ingest_counts_mixed_line_ends_data(void **state)
{
    (void)state;
    ct_dataset *ds = loaded(mixed_lines, NULL);
    assert_int_equal(ct_dataset_n_cells(ds), 4);
    assert_int_equal(count_of(ds, "N", "R", "2014", NULL), 2);
    assert_int_equal(count_of(ds, "North\rby", "B", "2014", NULL), 6);
    assert_int_equal(count_of(ds, "South\r\nby", "B", "2014", NULL), 7);
    ct_dataset_free(ds);
}

/* Text in which a CRLF straddles every power-of-two offset from 512 to
 * 128 KiB (the CR at offset 2^k - 1, the LF at 2^k), so that whatever the
 * size of the reader's buffers in that range, one CRLF is split between
 * two reads.  Line 1 is the header, ended by a lone CR.  Without 'quoted',
 * each CRLF ends a row "A<k>   ...,B,2014,<k>" (lines 2 to 10); with it,
 * each CRLF is inside the quoted area name "A<k>   ...\r\nx" of a row
 * ended by a lone CR (lines 2-3, ..., 18-19).  'tail' follows.  The
 * caller frees the result. */
static char *straddling_text(bool quoted, const char *tail)
{
    size_t cap = ((size_t)1 << 17) + 100 + strlen(tail);
    char *t = malloc(cap);
    assert_non_null(t);
    size_t off = (size_t)snprintf(t, cap, "area,offence,period,count\r");
    for (int k = 9; k <= 17; k++) {
        size_t cr = ((size_t)1 << k) - 1;
        char head[16], rest[40];
        snprintf(head, sizeof head, quoted ? "\"A%d" : "A%d", k);
        snprintf(rest, sizeof rest, quoted ? "\r\nx\",B,2014,%d\r"
                                           : ",B,2014,%d\r\n", k);
        /* Where the CR of 'rest' must land. */
        size_t before = quoted ? 0 : strlen(rest) - 2;
        assert_true(off + strlen(head) + before < cr);
        memcpy(t + off, head, strlen(head));
        off += strlen(head);
        memset(t + off, ' ', cr - before - off);
        off = cr - before;
        memcpy(t + off, rest, strlen(rest));
        assert_int_equal(t[cr], '\r');
        assert_int_equal(t[cr + 1], '\n');
        off += strlen(rest);
    }
    assert_true(off + strlen(tail) < cap);
    strcpy(t + off, tail);
    return t;
}

/* A CRLF split between two reads is one line end: the bad count after
 * nine such rows is on line 12 (it would be later if a split CRLF counted
 * as two line ends). */
static void test_ingest_counts_crlf_split_across_reads(void **state)
{
    (void)state;
    char *text = straddling_text(false, "N,B,2014,1\rN,B,2015,x5\r");
    expect_error("CRLF split across reads", text, CT_STATUS_INPUT, 12, 4,
                 "count 'x5' is not a number");
    free(text);
    text = straddling_text(false, "N,B,2014,1\r");
    ct_dataset *ds = loaded(text, NULL);
    free(text);
    assert_int_equal(ct_dataset_n_cells(ds), 10);
    assert_int_equal(count_of(ds, "A9", "B", "2014", NULL), 9);
    assert_int_equal(count_of(ds, "A17", "B", "2014", NULL), 17);
    ct_dataset_free(ds);
}

/* The same split inside a quoted field: the CR and the LF both stay in the
 * field, and the split CRLF is one line (nine two-line records, then the
 * bad count on line 21). */
static void test_ingest_counts_quoted_crlf_split_across_reads(void **state)
{
    (void)state;
    char *text = straddling_text(true, "N,B,2014,1\rN,B,2015,x5\r");
    expect_error("quoted CRLF split across reads", text, CT_STATUS_INPUT, 21,
                 4, "count 'x5' is not a number");
    free(text);
    text = straddling_text(true, "N,B,2014,1\r");
    ct_dataset *ds = loaded(text, NULL);
    free(text);
    assert_int_equal(ct_dataset_n_areas(ds), 10);
    for (ct_dataset_id a = 0; a < 9; a++) {
        const char *name = ct_dataset_area_name(ds, a);
        size_t n = strlen(name);
        assert_true(n > 3);
        assert_string_equal(name + n - 3, "\r\nx");
    }
    ct_dataset_free(ds);
}

/* A CR-only file reads as the same data as its LF twin, quirks included,
 * with the same warning at the same place. */
static void test_ingest_counts_cr_only_twin(void **state)
{
    (void)state;
    warning_log ws[2] = {{0, ""}, {0, ""}};
    ct_dataset *ds[2] = {loaded_noting(QUIRKY_COUNTS("\n"), &ws[0]),
                         loaded_noting(QUIRKY_COUNTS("\r"), &ws[1])};
    assert_int_equal(ct_dataset_n_areas(ds[1]), 2);
    assert_int_equal(ct_dataset_n_areas(ds[1]), ct_dataset_n_areas(ds[0]));
    assert_int_equal(ct_dataset_n_offences(ds[1]),
                     ct_dataset_n_offences(ds[0]));
    assert_int_equal(ct_dataset_n_periods(ds[1]), ct_dataset_n_periods(ds[0]));
    assert_int_equal(ct_dataset_n_cells(ds[1]), 6);
    assert_int_equal(ct_dataset_n_cells(ds[1]), ct_dataset_n_cells(ds[0]));
    for (size_t i = 0; i < ct_dataset_n_cells(ds[0]); i++) {
        ct_dataset_id a[2], o[2], p[2];
        ct_cell c0 = ct_dataset_cell_at(ds[0], i, &a[0], &o[0], &p[0]);
        ct_cell c1 = ct_dataset_cell_at(ds[1], i, &a[1], &o[1], &p[1]);
        assert_string_equal(ct_dataset_area_name(ds[1], a[1]),
                            ct_dataset_area_name(ds[0], a[0]));
        assert_string_equal(ct_dataset_offence_name(ds[1], o[1]),
                            ct_dataset_offence_name(ds[0], o[0]));
        ct_period p0 = ct_dataset_period(ds[0], p[0]);
        ct_period p1 = ct_dataset_period(ds[1], p[1]);
        assert_int_equal(p1.kind, p0.kind);
        assert_int_equal(p1.start, p0.start);
        assert_int_equal(p1.n_months, p0.n_months);
        assert_int_equal(c1.state, c0.state);
        assert_int_equal(c1.count, c0.count);
    }
    assert_int_equal(count_of(ds[1], "Ynys M\xc3\xb4n", "Burglary",
                              "2014/15", NULL), 1233);
    /* Three suppressed cells, the first on line 4, field 5. */
    assert_int_equal(ws[1].n, 1);
    assert_string_equal(ws[1].last, ws[0].last);
    assert_non_null(strstr(ws[1].last, "t.csv:4:5: 3 count cells"));
    ct_dataset_free(ds[0]);
    ct_dataset_free(ds[1]);
}

/* Claims files go through the same reader: each record's line in a
 * CR-only file (a quoted CR makes record 2 two lines; line 4 is blank). */
typedef struct row_lines {
    size_t n;
    unsigned long line[8];
} row_lines;

static ct_status note_row_line(void *ctx, const ct_ingest_row *row,
                               ct_error *err)
{
    (void)err;
    row_lines *rl = ctx;
    if (rl->n < 8)
        rl->line[rl->n] = row->line;
    rl->n++;
    return CT_STATUS_OK;
}

static void test_ingest_rows_cr_only_lines(void **state)
{
    (void)state;
    const char *text = "a,b\r\"x\ry\",z\r\rq,r\r";
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(f);
    row_lines rl = {0, {0}};
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_ingest_rows(f, "c.csv", false, note_row_line, &rl,
                                    &err), CT_STATUS_OK);
    fclose(f);
    assert_int_equal(rl.n, 3);
    assert_int_equal(rl.line[0], 1);
    assert_int_equal(rl.line[1], 2);
    assert_int_equal(rl.line[2], 5);
}

/* ---- populations, peers, areas ----------------------------------------- */

static void test_ingest_population_and_rollup(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(load_text(ds, "area,offence,period,count\n"
                                   "A,B,2015,10\nC,B,2015,20\n", NULL, &err),
                     CT_STATUS_OK);
    const char *pop = "area,year,population\nA,2015,\"1,000\"\nC,2015,3000\n";
    const char *tree = "area,parent\nA,County\nC,County\n";
    FILE *f = fmemopen((void *)pop, strlen(pop), "r");
    assert_int_equal(ct_ingest_population(ds, f, "p.csv", NULL, &err), CT_STATUS_OK);
    fclose(f);
    f = fmemopen((void *)tree, strlen(tree), "r");
    assert_int_equal(ct_ingest_areas(ds, f, "a.csv", NULL, &err), CT_STATUS_OK);
    fclose(f);
    assert_int_equal(ct_dataset_roll_up(ds, NULL, NULL, &err), CT_STATUS_OK);
    /* County = 10 + 20 = 30 offences among 1,000 + 3,000 residents. */
    assert_int_equal(count_of(ds, "County", "B", "2015", NULL), 30);
    double p;
    ct_period y = {CT_PERIOD_YEAR, ct_period_month_index(2015, 1), 12};
    assert_true(ct_dataset_population(ds, ct_dataset_find_area(ds, "County"),
                                      y, CT_POP_RULE_JUNE30, &p, NULL));
    assert_close(p, 4000.0, 0);
    ct_dataset_free(ds);
}

static void test_ingest_peers_reads_pairs(void **state)
{
    (void)state;
    ct_dataset *ds = ct_dataset_new();
    ct_error err = CT_ERROR_INIT;
    const char *text = "Area,Peer\nA,B\nA,C\nB,A\nA,B\n";
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_int_equal(ct_ingest_peers(ds, f, "peers.csv", NULL, &err), CT_STATUS_OK);
    fclose(f);
    const ct_dataset_id *peers;
    assert_int_equal(ct_dataset_peers(ds, ct_dataset_find_area(ds, "A"),
                                      &peers), 2);
    assert_int_equal(ct_dataset_peers(ds, ct_dataset_find_area(ds, "C"),
                                      &peers), 0);
    ct_dataset_free(ds);
}

/* ---- real public data --------------------------------------------------- */

static FILE *open_shared(const char *rel)
{
    char path[1024];
    shared_data_path(rel, path, sizeof path);
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
    opt.layout = CT_INGEST_WIDE_PERIODS;
    opt.offence_column = "Major Category";
    opt.sum_duplicates = true;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_ingest_counts(ds, f, "mps.csv", &opt, &err), CT_STATUS_OK);
    fclose(f);
    assert_int_equal(ct_dataset_n_areas(ds), 32);
    assert_int_equal(ct_dataset_n_offences(ds), 9);
    assert_int_equal(ct_dataset_n_periods(ds), 108);
    ct_period_type fy = {CT_PERIOD_FINANCIAL_YEAR, 0};
    ct_dataset *agg = NULL;
    assert_int_equal(ct_dataset_aggregate(ds, fy, &agg, NULL, NULL, &err),
                     CT_STATUS_OK);
    ct_dataset_id w = ct_dataset_find_area(agg, "Westminster");
    ct_period p;
    assert_true(ct_period_parse("2014/15", 7, &p));
    ct_dataset_id pid = ct_dataset_find_period(agg, p);
    int64_t total = 0;
    for (ct_dataset_id o = 0; o < ct_dataset_n_offences(agg); o++) {
        ct_cell c = ct_dataset_cell(agg, w, o, pid);
        assert_int_equal(c.state, CT_CELL_PRESENT);
        total += c.count;
    }
    assert_int_equal(total, 48276);
    ct_dataset_free(agg);
    ct_dataset_free(ds);
}

/* Reads an FBI UCR estimated-crimes file (one column per offence, the
 * population in the same file) from the shared data, areas named by
 * 'area_column' and the national rows (blank area) by 'blank_area'; the
 * read must end with 'want'.  NULL when the file is not there. */
static ct_dataset *read_ucr(const char *rel, const char *area_column,
                            const char *blank_area, ct_status want,
                            ct_error *err)
{
    FILE *f = open_shared(rel);
    if (f == NULL)
        return NULL;
    ct_dataset *ds = ct_dataset_new();
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.layout = CT_INGEST_WIDE_OFFENCES;
    opt.area_column = area_column;
    opt.blank_area = blank_area;
    ct_error_clear(err);
    assert_int_equal(ct_ingest_counts(ds, f, "ucr.csv", &opt, err), want);
    fclose(f);
    return ds;
}

/* The population of 'area' in calendar year 'year', which must be known. */
static double population_in(const ct_dataset *ds, const char *area,
                            int year)
{
    double pop;
    ct_period y = {CT_PERIOD_YEAR, ct_period_month_index(year, 1), 12};
    assert_true(ct_dataset_population(ds, ct_dataset_find_area(ds, area), y,
                                      CT_POP_RULE_JUNE30, &pop, NULL));
    return pop;
}

/* FBI UCR: the 2019 national property crime count 6,925,677 and
 * population 328,239,523 (CIUS 2019, quoted in the data's
 * PROVENANCE.md). */
static void test_ingest_wide_offences_fbi_ucr(void **state)
{
    (void)state;
    ct_error err;
    ct_dataset *ds = read_ucr("fbi-ucr/estimated_crimes_1979_2019.csv",
                              "state_name", "United States", CT_STATUS_OK, &err);
    if (ds == NULL)
        skip();
    assert_int_equal(ct_dataset_n_areas(ds), 52);
    /* violent_crime ... motor_vehicle_theft: 10 offence columns. */
    assert_int_equal(ct_dataset_n_offences(ds), 10);
    assert_int_equal(count_of(ds, "United States", "property_crime", "2019",
                              NULL), 6925677);
    ct_cell_state st;
    count_of(ds, "Alaska", "rape_legacy", "2019", &st);
    assert_int_equal(st, CT_CELL_MISSING);
    assert_close(population_in(ds, "United States", 2019), 328239523.0, 0);
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
    ct_error err;
    ct_dataset *ds = read_ucr("fbi-ucr/estimated_crimes_1979_2023.csv",
                              "state_abbr", "US", CT_STATUS_INPUT, &err);
    if (ds == NULL)
        skip();
    assert_int_equal(err.line, 2269);
    assert_string_equal(err.message,
                        "duplicate row for area 'NC', offence "
                        "'violent_crime', period 2022 (first on line 2268); "
                        "expected one row per area, offence and period");
    assert_int_equal(count_of(ds, "AL", "violent_crime", "2022", NULL),
                     22232);
    assert_close(population_in(ds, "AL", 2022), 5074296.0, 0);
    ct_dataset_free(ds);
}

/* ---- the quote-free splitter against libcsv ------------------------- */

static unsigned diff_state;

static unsigned diff_rnd(unsigned n)
{
    return next_random(&diff_state, n);
}

static void put(char **b, size_t *len, size_t *cap, const char *s)
{
    append(b, len, cap, s, strlen(s));
}

/* A random long-layout counts file: blanks around fields, empty fields,
 * quoted fields (with commas and doubled quotes), suppression markers,
 * wrong field counts, duplicate keys, LF, CRLF and bare CR line ends,
 * blank lines and now and then no final line end. */
static char *random_counts(void)
{
    static const char *const areas[] = {"Oxford", " Cherwell\t", "\"Vale, of\"",
                                        "", "Ynys M\xc3\xb4n", "\"A \"\"B\"\"\""};
    static const char *const offences[] = {"Burglary", "Drugs ", "\"Drugs\"",
                                           "Theft"};
    static const char *const periods[] = {"2015", "2016", " 2017", "2015/16",
                                          "2018"};
    static const char *const counts[] = {"12", " 7 ", "\"1,233\"", "..", "",
                                         "x", "-3", "[x]", "0"};
    static const char *const ends[] = {"\n", "\r\n", "\r"};
    char *b = NULL;
    size_t len = 0, cap = 0;
    /* Now and then the area last, where a line end would stick to it. */
    bool area_last = diff_rnd(3) == 0;
    put(&b, &len, &cap, area_last ? "count,period,offence,area"
                        : diff_rnd(3) ? "area,offence,period,count"
                                      : " Area , Offence,Period ,Count");
    put(&b, &len, &cap, ends[diff_rnd(3)]);
    int rows = 1 + (int)diff_rnd(25);
    for (int i = 0; i < rows; i++) {
        if (diff_rnd(15) == 0) {
            put(&b, &len, &cap, diff_rnd(2) ? "" : " \t");
        } else {
            const char *f[4] = {areas[diff_rnd(6)], offences[diff_rnd(4)],
                                periods[diff_rnd(5)], counts[diff_rnd(9)]};
            for (int k = 0; k < 4; k++) {
                if (k > 0)
                    put(&b, &len, &cap, ",");
                put(&b, &len, &cap, f[area_last ? 3 - k : k]);
            }
            if (diff_rnd(12) == 0)
                put(&b, &len, &cap, ",extra");
        }
        if (i + 1 < rows || diff_rnd(5) != 0)
            put(&b, &len, &cap, ends[diff_rnd(3)]);
    }
    return b;
}

/* What a load gives: status, error, warnings and every cell in order. */
static char *load_summary(const char *text, bool csv_only, bool sum)
{
    ct_dataset *ds = ct_dataset_new();
    assert_non_null(ds);
    ct_ingest_options opt;
    ct_ingest_options_init(&opt);
    opt.csv_only = csv_only;
    opt.sum_duplicates = sum;
    opt.blank_area = diff_rnd(2) ? "All" : NULL;
    warning_log ws = {0};
    opt.warn = note_warning;
    opt.warn_ctx = &ws;
    ct_error err = CT_ERROR_INIT;
    ct_status st = load_text(ds, text, &opt, &err);
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    assert_non_null(f);
    char e[700];
    fprintf(f, "%d %s | %d warnings, last %s\n", (int)st,
            ct_error_format(&err, e, sizeof e), ws.n, ws.last);
    for (size_t i = 0; i < ct_dataset_n_cells(ds); i++) {
        ct_dataset_id a, o, p;
        ct_cell c = ct_dataset_cell_at(ds, i, &a, &o, &p);
        char label[64];
        ct_period_format(ct_dataset_period(ds, p), label, sizeof label);
        fprintf(f, "[%s] [%s] %s %d %lld line %lu\n",
                ct_dataset_area_name(ds, a), ct_dataset_offence_name(ds, o),
                label, (int)c.state, (long long)c.count, c.line);
    }
    fclose(f);
    ct_dataset_free(ds);
    return out;
}

/* Lines without a quote are split by the reader itself; every file must
 * load exactly as when libcsv splits every line. */
static void test_ingest_plain_lines_split_as_libcsv_does(void **state)
{
    (void)state;
    diff_state = 5u;
    for (int i = 0; i < 4000; i++) {
        char *text = random_counts();
        bool sum = diff_rnd(3) == 0;
        unsigned keep = diff_state;
        char *fast = load_summary(text, false, sum);
        diff_state = keep; /* the same blank_area choice */
        char *slow = load_summary(text, true, sum);
        if (strcmp(fast, slow) != 0) {
            print_error("input:\n%s\nsplit directly:\n%s\nlibcsv:\n%s\n", text,
                        fast, slow);
            fail();
        }
        free(fast);
        free(slow);
        free(text);
    }
}

int main(void)
{
    ct_stats_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ingest_counts_bad_input_table),
        cmocka_unit_test(test_ingest_counts_long_basic),
        cmocka_unit_test(test_ingest_counts_real_world_quirks),
        cmocka_unit_test(test_ingest_counts_financial_quarter),
        cmocka_unit_test(test_ingest_counts_empty_file),
        cmocka_unit_test(test_ingest_counts_latin1_option),
        cmocka_unit_test(test_ingest_counts_mixed_line_ends),
        cmocka_unit_test(test_ingest_counts_mixed_line_ends_data),
        cmocka_unit_test(test_ingest_counts_crlf_split_across_reads),
        cmocka_unit_test(test_ingest_counts_quoted_crlf_split_across_reads),
        cmocka_unit_test(test_ingest_counts_cr_only_twin),
        cmocka_unit_test(test_ingest_rows_cr_only_lines),
        cmocka_unit_test(test_ingest_population_and_rollup),
        cmocka_unit_test(test_ingest_peers_reads_pairs),
        cmocka_unit_test(test_ingest_wide_periods_london_mps),
        cmocka_unit_test(test_ingest_wide_offences_fbi_ucr),
        cmocka_unit_test(test_ingest_wide_offences_fbi_messy_vintage),
        cmocka_unit_test(test_ingest_plain_lines_split_as_libcsv_does),
    };
    return cmocka_run_group_tests_name("ingest", tests, NULL, NULL);
}
