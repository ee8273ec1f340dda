/* table.h - result tables and how they are written: aligned text, CSV,
 * Markdown and JSON.
 *
 * A table has typed columns with stable machine names.  CSV and JSON carry
 * numbers unrounded (15 significant digits); text and Markdown round them
 * for display, half-up (number.h).  A missing value is empty in CSV, null
 * in JSON and "n/a" in text and Markdown.
 *
 *     static const ct_table_column cols[] = {
 *         {"area", "Area", CT_TABLE_STRING, 0, NULL},
 *         {"rate", "Rate", CT_TABLE_REAL, 1, NULL},
 *     };
 *     ct_table *t = ct_table_new(cols, 2);
 *     ct_table_add_row(t, &err);
 *     ct_table_set_string(t, 0, "Leeds", &err);
 *     ct_table_set_real(t, 1, 12.345);
 *     ct_table_write(t, CT_FORMAT_CSV, stdout, &err);
 *     // area,rate
 *     // Leeds,12.345     (text and Markdown show 12.3)
 *     ct_table_free(t);
 *
 * Where it sits: tables/charts/doc (... -> compare/trend/funnel ->
 * tables/charts/doc -> check): every table of tables.h is a ct_table.
 *
 *     A row "Ynys Mon" (with its circumflex), count 1233, pct_change
 *     100 * 443 / 790 and p_value 5.82e-23 is written in CSV as
 *         area,count,pct_change,p_value
 *         Ynys Môn,1233,56.0759493670886,5.82e-23
 *     (15 significant digits, unrounded), and a missing real as an empty
 *     field (asserted by test_table_write_csv_is_unrounded_and_quoted in
 *     tests/unit/test_report.c).
 */
#ifndef CRIMETREND_TABLE_H
#define CRIMETREND_TABLE_H

#include <stdio.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/format.h"

typedef enum ct_table_column_type {
    CT_TABLE_STRING,  /* text */
    CT_TABLE_COUNT,   /* exact integer; shown with thousands separators */
    CT_TABLE_REAL,    /* real; shown with 'decimals' places */
    CT_TABLE_PVALUE   /* probability; shown as "<0.001" or 3 places */
} ct_table_column_type;

typedef struct ct_table_column {
    const char *name;     /* stable machine name, e.g. "rate_low" */
    const char *heading;  /* heading in text and Markdown, e.g. "95% low" */
    ct_table_column_type type;  /* how values are stored and shown */
    int decimals;         /* places shown for CT_TABLE_REAL; -1 shows the
                             value as it is (95, 99.8) */
    const char *suffix;   /* appended when shown, e.g. "%", or NULL */
} ct_table_column;

typedef struct ct_table ct_table;

/* Creates a table with a copy of the column descriptions (the strings
 * themselves must outlive the table).  NULL when out of memory. */
ct_table *ct_table_new(const ct_table_column *columns, size_t n_columns);

/* Frees the table.  NULL is allowed. */
void ct_table_free(ct_table *t);

/* Appends a row of missing values; its index is n_rows() - 1. */
ct_status ct_table_add_row(ct_table *t, ct_error *err);

size_t ct_table_n_rows(const ct_table *t);
size_t ct_table_n_columns(const ct_table *t);

/* Set a cell of the last row.  The string is copied.  Setting a real to
 * NaN leaves it missing. */
ct_status ct_table_set_string(ct_table *t, size_t column, const char *s,
                              ct_error *err);
void ct_table_set_count(ct_table *t, size_t column, int64_t v);
void ct_table_set_real(ct_table *t, size_t column, double v);

/* Read a cell back (for tests and for later computations).  A missing
 * string is NULL; a missing number gives false.  A string stays valid
 * until the table is freed. */
const char *ct_table_get_string(const ct_table *t, size_t row, size_t column);
bool ct_table_get_count(const ct_table *t, size_t row, size_t column,
                        int64_t *v);
bool ct_table_get_real(const ct_table *t, size_t row, size_t column,
                       double *v);

/* Index of the column called 'name', or -1. */
int ct_table_column_index(const ct_table *t, const char *name);

/* Adds a note (the population rule, the method, a caveat): printed under
 * the table in text and Markdown and as "notes" in JSON; CSV has none. */
ct_status ct_table_add_note(ct_table *t, const char *note, ct_error *err);

/* Writes the table.  CT_STATUS_IO when the stream reports an error. */
ct_status ct_table_write(const ct_table *t, ct_format format, FILE *out,
                         ct_error *err);

/* Writes the table as an HTML <table> (display-rounded like text), with
 * its notes after it, for reports. */
ct_status ct_table_write_html(const ct_table *t, FILE *out, ct_error *err);

#endif
