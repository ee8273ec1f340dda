/* tables_build.h - what the table builders (tables.c, tables_compare.c,
 * tables_funnel.c, tables_trend.c, and the modules that build tables on
 * them) share: choosing names and periods, populations and the notes and
 * warnings every table carries.  Private to the library. */
#ifndef CRIMETREND_TABLES_BUILD_H
#define CRIMETREND_TABLES_BUILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "crimetrend/error.h"
#include "crimetrend/period.h"
#include "crimetrend/table.h"

struct ct_dataset;
struct ct_tables_query;
struct ct_table;
struct ct_rate;

/* An area or offence id with its name, for sorting by name. */
typedef struct named_id {
    const char *name;  /* borrowed from the dataset */
    uint32_t id;
} named_id;

/* The ids to report, sorted by name: those named in 'filter' (each must
 * exist, else CT_STATUS_USAGE), or all areas (areas true) or offences.
 * '*out' is owned by the caller. */
ct_status ctp_select_names(const struct ct_dataset *ds, bool areas,
                           const char *const *filter, size_t n_filter,
                           named_id **out, size_t *n_out, ct_error *err);

/* ctp_select_names for a query: areas named in q->exclude are left out
 * (an unknown one is CT_STATUS_USAGE with "did you mean" candidates). */
ct_status ctp_select_query(const struct ct_dataset *ds, bool areas,
                           const char *const *filter, size_t n_filter,
                           const struct ct_tables_query *q, named_id **out,
                           size_t *n_out, ct_error *err);

/* The areas (ctp_select_query) and offences (ctp_select_names) a query
 * names, or all.  On failure nothing is left to free. */
ct_status ctp_select_areas_offences(const struct ct_dataset *ds,
                                    const struct ct_tables_query *q,
                                    named_id **areas, size_t *n_areas,
                                    named_id **offences, size_t *n_offences,
                                    ct_error *err);

/* CT_STATUS_USAGE for a name the data does not hold: "no area called 'X'
 * in the data; did you mean 'Y' or 'Z'?" (up to three candidates). */
ct_status ctp_unknown_name(const struct ct_dataset *ds, bool areas,
                           const char *name, ct_error *err);

/* The latest period that holds any count, or CT_DATASET_NO_ID. */
uint32_t ctp_latest_period(const struct ct_dataset *ds);

/* Resolves a period label given by the user ('what' names it in messages)
 * to a period id of the data; CT_STATUS_USAGE when unknown. */
ct_status ctp_find_period(const struct ct_dataset *ds, const char *label,
                          const char *what, uint32_t *id, ct_error *err);

/* Notes every rate table carries: base and interval method, population
 * rule, the Poisson caveat. */
ct_status ctp_add_common_notes(struct ct_table *t, const struct ct_tables_query *q,
                               ct_error *err);

/* The count and population of an area for a period (by 'rule'), when both
 * are there and the population is above 0. */
bool ctp_count_and_population(const struct ct_dataset *ds, uint32_t area,
                              uint32_t offence, uint32_t period, ct_pop_rule rule,
                              int64_t *count, double *pop);

/* Areas left out of a table for want of a usable population (absent, or
 * not above 0), gathered so that one warning names them all. */
typedef struct ctp_left_out {
    bool *seen;          /* by area id: already named */
    size_t n_seen;       /* room in 'seen' */
    size_t n;            /* areas left out */
    char list[480];      /* the first few, with the period and why */
    bool full;           /* 'list' could take no more */
} ctp_left_out;

/* The population of 'area' for period 'p' when it is usable ('*usable'
 * true).  Otherwise, under q->strict, an input error naming the area, the
 * period and the population file and line (CT_STATUS_INPUT); else the area
 * is noted in 'lo' and '*usable' is false.  '*source' (may be NULL) gets
 * the period the population was given for. */
ct_status ctp_population(const struct ct_dataset *ds,
                         const struct ct_tables_query *q, uint32_t area,
                         ct_period p, ctp_left_out *lo, double *pop,
                         ct_period *source, bool *usable, ct_error *err);

/* The input error when every area was left out, naming them. */
ct_status ctp_all_left_out(const ctp_left_out *lo, ct_error *err);

/* Sends the one warning naming the areas left out (none: nothing) to
 * q->warn and frees what 'lo' holds. */
void ctp_left_out_done(ctp_left_out *lo, const struct ct_tables_query *q);

/* Cells shown as missing, gathered for one warning. */
typedef struct ctp_missing {
    size_t n;            /* cells */
    char list[400];      /* the first three as "area / offence / period" */
    const char *how;     /* what the table does with them; NULL: "shown as
                            'missing'" */
} ctp_missing;

void ctp_missing_note(ctp_missing *m, const char *area, const char *offence,
                      const char *period);

/* Sends the one warning (none missing: nothing) to q->warn. */
void ctp_missing_done(const ctp_missing *m, const struct ct_tables_query *q);

/* Ends a table build: sends the warnings of 'lo' and 'miss' to q->warn
 * (none after a failure) and hands 't' to '*out', or frees it when 'st'
 * is a failure; returns 'st'.  'lo' and 'miss' may be NULL for a table
 * that gathers no such warnings. */
ct_status ctp_table_done(ct_status st, struct ct_table *t,
                         struct ct_table **out, ctp_left_out *lo,
                         const ctp_missing *miss, const struct ct_tables_query *q);

/* Marks, by id, the areas (areas true) or offences that have at least
 * one cell in the dataset; NULL when out of memory.  Owned by the
 * caller. */
bool *ctp_with_cells(const struct ct_dataset *ds, bool areas);

/* Set a cell of the last row by column name; columns the table lacks are
 * skipped, so one filler serves several layouts. */
void ctp_put_real(struct ct_table *t, const char *name, double v);
void ctp_put_count(struct ct_table *t, const char *name, int64_t v);
ct_status ctp_put_string(struct ct_table *t, const char *name, const char *s,
                         ct_error *err);

/* The count and the rate with its interval, into the columns "count",
 * "rate", "rate_low" and "rate_high" (those the table has). */
void ctp_put_rate(struct ct_table *t, int64_t count, const struct ct_rate *r);

/* The columns the rates, compare and funnel tables open with (area,
 * offence, period, count, population), and those the change, trend and
 * projection tables open with (area, offence, from, to). */
enum { CTP_N_PLACE_COLUMNS = 5, CTP_N_SPAN_COLUMNS = 4 };
extern const ct_table_column ctp_place_columns[CTP_N_PLACE_COLUMNS];
extern const ct_table_column ctp_span_columns[CTP_N_SPAN_COLUMNS];

/* The index, in a table's own columns after the span columns, of the
 * column whose index in the whole table is 'i': a designated initializer
 * [CTP_AFTER_SPAN(C_PCT)] = {...} ties each description to its enum, so
 * that a column put out of order cannot label another's values. */
#define CTP_AFTER_SPAN(i) ((i) - CTP_N_SPAN_COLUMNS)

/* A table whose columns are 'first' then 'rest' (64 at most); NULL when
 * out of memory. */
struct ct_table *ctp_table_new_joined(const ct_table_column *first,
                                      size_t n_first,
                                      const ct_table_column *rest,
                                      size_t n_rest);

/* The period of a query: q->period, or the latest with counts. */
ct_status ctp_query_period(const struct ct_dataset *ds,
                           const struct ct_tables_query *q, uint32_t *out,
                           ct_error *err);

/* Writes a confidence level as a percentage ("95", "99.8"). */
void ctp_level_label(double confidence, char *buf, size_t size);

#endif
