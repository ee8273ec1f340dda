/* test_cells_support.h - the cells of a result table checked as a table of
 * cases: each row names a cell (row, column) and what it must hold, so a
 * test reads as the list of figures it expects.  A failure names the case
 * and the cell. */
#ifndef CRIMETREND_TEST_CELLS_SUPPORT_H
#define CRIMETREND_TEST_CELLS_SUPPORT_H

#include "test_support.h"

#include <stdio.h>

#include "crimetrend/crimetrend.h"

enum cell_kind {
    CELL_TEXT,    /* the text 'text' */
    CELL_BLANK,   /* no text, or the empty text */
    CELL_REAL,    /* a real within 'tol' (relative) of 'value' */
    CELL_COUNT,   /* a count (two checks: present, and equal to 'value') */
    CELL_NAN,     /* a real read as NaN (missing or undefined) */
    CELL_NO_REAL, /* no real at all: ct_table_get_real says so */
    CELL_NO_COUNT /* no count at all: ct_table_get_count says so */
};

struct cell_check {
    size_t row;
    const char *column;
    enum cell_kind kind;
    const char *text;
    double value, tol;
};

#define TEXT(r, c, s) {(r), (c), CELL_TEXT, (s), 0, 0}
#define BLANK(r, c) {(r), (c), CELL_BLANK, NULL, 0, 0}
#define REAL(r, c, v, t) {(r), (c), CELL_REAL, NULL, (v), (t)}
#define COUNT(r, c, n) {(r), (c), CELL_COUNT, NULL, (n), 0}
#define NAN_CELL(r, c) {(r), (c), CELL_NAN, NULL, 0, 0}
#define NO_REAL(r, c) {(r), (c), CELL_NO_REAL, NULL, 0, 0}
#define NO_COUNT(r, c) {(r), (c), CELL_NO_COUNT, NULL, 0, 0}

/* Checks the cells 'checks' (at most 'max', ending at the first without a
 * column) of 't', naming case 'name', the row and the column in a
 * failure. */
static inline void assert_cells(const char *name, const ct_table *t,
                                const struct cell_check *checks, size_t max)
{
    for (size_t i = 0; i < max && checks[i].column != NULL; i++) {
        const struct cell_check *cc = &checks[i];
        char what[200];
        snprintf(what, sizeof what, "%s: row %zu, %s", name, cc->row,
                 cc->column);
        int64_t n = 0;
        const char *s;
        switch (cc->kind) {
        case CELL_TEXT:
            s = cell_text(t, cc->row, cc->column);
            assert_string_in(what, s != NULL ? s : "(no text)", cc->text);
            break;
        case CELL_BLANK:
            s = cell_text(t, cc->row, cc->column);
            assert_string_in(what, s != NULL ? s : "", "");
            break;
        case CELL_REAL:
            assert_close_in(what, real(t, cc->row, cc->column), cc->value,
                            cc->tol);
            break;
        case CELL_COUNT:
            assert_true_in(what, ct_table_get_count(t, cc->row,
                                                    (size_t)col(t, cc->column),
                                                    &n));
            assert_int_in(what, n, (int64_t)cc->value);
            break;
        case CELL_NAN:
            assert_true_in(what, isnan(real(t, cc->row, cc->column)));
            break;
        case CELL_NO_REAL:
            assert_true_in(what, !ct_table_get_real(t, cc->row,
                                                    (size_t)col(t, cc->column),
                                                    NULL));
            break;
        case CELL_NO_COUNT:
            assert_true_in(what, !ct_table_get_count(t, cc->row,
                                                     (size_t)col(t, cc->column),
                                                     NULL));
            break;
        }
    }
}

/* Checks the table of case 'name': its rows, when 'n_rows' is above 0, and
 * the cells 'checks' (at most 'max'). */
static inline void assert_table(const char *name, const ct_table *t,
                                int n_rows, const struct cell_check *checks,
                                size_t max)
{
    if (n_rows > 0)
        assert_int_in(name, ct_table_n_rows(t), n_rows);
    assert_cells(name, t, checks, max);
}

/* Sets 'q' to the default query limited to the one area '*area' (which
 * must outlive the query). */
static inline void query_one_area(ct_tables_query *q, const char *const *area)
{
    ct_tables_query_init(q);
    q->areas = area;
    q->n_areas = 1;
}

/* A reader of one kind of input file (ct_ingest_counts and the like). */
typedef ct_status (*reader_fn)(ct_dataset *, FILE *, const char *,
                               const ct_ingest_options *, ct_error *);

/* Reads 'text' into 'ds' with 'fn', as a file named t.csv; it must be
 * read without error. */
static inline void feed(ct_dataset *ds, reader_fn fn, const char *text)
{
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(fn(ds, f, "t.csv", NULL, &err), CT_STATUS_OK);
    fclose(f);
}

#endif
