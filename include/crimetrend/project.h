/* project.h - next period's figures if the recent trend holds: for each
 * area and offence, the Poisson (quasi-Poisson when over-dispersed)
 * log-linear trend over the last 'window' periods, with a log-population
 * offset when every period has a population, and a 95% prediction
 * interval for the count by Farrington's formula (METHODS-ADDENDUM §D);
 * a backtest of those intervals against what happened; and the hooks
 * that let `compare` and `assess` say when a figure was outside the range
 * its own past predicted.
 *
 * Where it sits: compare/trend/funnel (read -> dataset -> rates/change ->
 * compare/trend/funnel -> tables/charts/doc -> check).
 *
 *     ct_project_options o;  ct_project_options_init(&o);
 *     ct_project_table(ds, &q, &o, &t, &err);
 *     // METHODS-ADDENDUM §D.4: expected 1143.96 offences in 2024 (4.39478
 *     // per 1,000 of 260,300), quasi-Poisson (dispersion 1.6145 > 1),
 *     // 95% range 1026 to 1266, -3.3766% a year
 *     (asserted by test_project_table_matches_worked_example in
 *     tests/unit/test_project.c)
 */
#ifndef CRIMETREND_PROJECT_H
#define CRIMETREND_PROJECT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/table.h"
#include "crimetrend/tables.h"

typedef struct ct_project_options {
    size_t window;       /* periods the trend is fitted over (default 5;
                            3 or more, so the dispersion has a degree of
                            freedom) */
    ct_error_warn_fn warn;     /* series that cannot be projected; may be NULL */
    void *warn_ctx;
} ct_project_options;

void ct_project_options_init(ct_project_options *o);

/* The prediction for one period from the 'window' periods before it. */
typedef struct ct_project_range {
    bool available;      /* false when the window lacks a count, every
                            count is 0, or there is no history */
    bool has_rate;       /* every period, the predicted one included, has a
                            population: the trend is of the rate */
    double expected;     /* expected count */
    double low, high;    /* prediction interval (real bounds) */
    double population;   /* of the predicted period (NaN without) */
    double phi_hat;      /* Pearson dispersion of the fit */
    double annual_change;/* exp(slope) - 1, per period */
    double max_count;    /* highest count in the window */
    int64_t previous;    /* count of the last period of the window (the
                            naive forecast "same as last time") */
    bool carried;        /* the predicted period had no population: the
                            window's last one was used */
    bool has_actual;     /* the predicted period has a count */
    int64_t actual;      /* that count */
    int side;            /* -1 below low, 0 inside, +1 above high (when
                            has_actual) */
    char reason[96];     /* why not available */
} ct_project_range;

/* The range predicted for 'period' (whose count, when present, is
 * compared) from the window of periods of the same length just before
 * it.  'confidence' is two-sided (0.95).  A period before which the data
 * has too few periods, or a window with a missing count, gives
 * available = false with the reason, not an error. */
ct_status ct_project_range_for(const ct_dataset *ds, ct_dataset_id area,
                               ct_dataset_id offence, ct_period period,
                               const ct_project_options *o,
                               double confidence, ct_pop_rule rule,
                               ct_project_range *out, ct_error *err);

/* The words compare and assess use for a figure against the range its
 * past predicted: "outside the expected range (above)", "outside the
 * expected range (below)", "within the expected range", or "" when not
 * available. */
const char *ct_project_range_words(const ct_project_range *r);

/* Columns: area,offence,from,to,n,period,expected,low,high,population,
 * expected_rate,rate_low,rate_high,model,dispersion,annual_change_pct,
 * latest_count,latest_low,latest_high,latest_vs_expected,note,sentence.
 * One row per area and offence (q's filters, sorted by name) for the
 * period after q->period (default the latest): 'low' and 'high' are the
 * whole counts inside the interval; 'latest_*' is q->period itself
 * against the range the window before it predicted.  Fewer periods in the
 * data than the window is CT_STATUS_INPUT naming how many there are; a
 * series that cannot be projected gets a row saying why in 'note', and a
 * warning. */
ct_status ct_project_table(const ct_dataset *ds, const ct_tables_query *q,
                           const ct_project_options *o, ct_table **out,
                           ct_error *err);

/* Columns: area,offence,from,to,forecasts,inside,coverage_pct,mape_pct,
 * naive_mape_pct.  For every period with a full window before it, the
 * projection from that window against the count that came: the share of
 * counts inside the interval and the mean absolute percentage error
 * (over counts above 0), beside the naive forecast "same as the period
 * before".  One row per area and offence, then "All series" pooling every
 * forecast; the note says it in words. */
ct_status ct_project_backtest(const ct_dataset *ds, const ct_tables_query *q,
                              const ct_project_options *o, ct_table **out,
                              ct_error *err);

/* The "Looking ahead" section of an assessment in Markdown: a heading and
 * one line per row of a ct_project_table (the 'sentence' column), with
 * the figures of the latest period that were outside their expected
 * range.  Writes nothing when the table has no projectable row. */
ct_status ct_project_write_looking_ahead(const ct_table *projection,
                                         FILE *out, ct_error *err);

/* The projections of a counts file with one column per period, read in
 * one pass without the general dataset: memory follows the series (each
 * keeps its last window + 1 counts), not the rows or cells.  It takes
 * only a plain file: a header "area,offence," then consecutive periods
 * of one length, and every count written as plain digits.  Anything else
 * (other header names, suppressed, empty or grouped counts, gaps,
 * duplicate rows, malformed CSV, fewer periods than window + 1) leaves
 * '*out' NULL with CT_STATUS_OK: the caller then takes the general path
 * (ct_project_table), which reads and reports it.  With 'every_period'
 * every period's count is kept, for the backtest.  CT_STATUS_NOMEM. */
typedef struct ct_project_stream ct_project_stream;

ct_status ct_project_stream_read(FILE *in, const char *path, size_t window,
                                 bool every_period, ct_project_stream **out,
                                 ct_error *err);

size_t ct_project_stream_n_series(const ct_project_stream *s);

/* Writes, as CSV, the bytes ct_project_table's table would give for the
 * same file with no population and no filters, and the same warnings
 * through 'warn' (may be NULL).  CT_STATUS_IO on a write error. */
ct_status ct_project_stream_write(const ct_project_stream *s,
                                  double confidence, ct_error_warn_fn warn,
                                  void *warn_ctx, FILE *out, ct_error *err);

/* Writes, as CSV, the bytes ct_project_backtest's table would give for
 * the same file (read with 'every_period').  CT_STATUS_USAGE when the series
 * were read without every period, CT_STATUS_IO on a write error. */
ct_status ct_project_stream_write_backtest(const ct_project_stream *s,
                                           double confidence, FILE *out,
                                           ct_error *err);

void ct_project_stream_free(ct_project_stream *s);

#endif
