/* chart_set.h - the inside of a chart set, shared by the planner
 * (chart.c) and the gnuplot writer (gnuplot.c), private to the library.
 * The writer reads the planned charts and the engine's result tables
 * through these lookups; it computes no statistic. */
#ifndef CRIMETREND_CHART_SET_H
#define CRIMETREND_CHART_SET_H

#include "crimetrend/chart.h"
#include "tables_build.h"

/* Rows of one or more tables sorted by (area, offence), for binary
 * search; rows with the same key stay in the order they were added. */
typedef struct row_key {
    const char *area;
    const char *offence;
    const ct_table *t;  /* the table the row is in */
    size_t row;
    size_t seq;         /* order of adding */
} row_key;

typedef struct table_index {
    row_key *keys;
    size_t n, cap;
} table_index;

typedef struct chart_ref {
    ct_dataset_id area;       /* district, or county (CT_DATASET_NO_ID: none) */
    size_t offence;   /* index into the set's offences; unused for
                         overviews */
    /* What the planner worked out for the writer (chart.c, plan_chart). */
    char **owned;     /* strings the chart's texts point into */
    size_t n_owned;
    size_t first, last;  /* trend: the set's periods shown, first..last */
    double *fitted;   /* trend: the fitted line per period (NaN: none) */
    bool has_fit, any_peer, any_national;
    bool has_mean, has_sd; /* peers: peer average, its spread */
    size_t n_high, n_low;  /* xmr: special causes above, below the mean */
    double pooled, x_max, y_min, y_max; /* funnel: pooled rate; axes */
    bool od;          /* funnel: over-dispersed limits drawn (tau2) */
    double tau2, phi;
    ct_dataset_id *members;   /* overview: the county's districts, by name */
    size_t n_members;
    bool *own_series; /* overview: member drawn as its own series (else
                         in the grey group) */
    size_t n_grey;
    bool *has_rate;   /* overview: member has a rate for some offence */
    bool has_county;  /* overview: the county has a rate to draw */
} chart_ref;

struct ct_chart_set {
    const ct_dataset *ds;
    ct_tables_query q;                 /* copy without filters */
    ct_chart_options opt;
    char *source;               /* owned copy of opt.source */
    ct_dataset_id national;             /* opt.national's id, or CT_DATASET_NO_ID */
    char period_label[32];      /* the period shown */
    char per_label[48];         /* "1,000" */
    char level_label[16];       /* "95" */
    char **series;              /* labels of the trend periods, ascending */
    double *series_t;           /* their mid-points in years */
    size_t n_series;
    named_id *offences;         /* the offences charted, All crime first */
    size_t n_offences;
    ct_dataset_id *districts;           /* districts charted, by name */
    size_t n_districts;
    bool *is_district;          /* by area id */
    bool *is_leaf;              /* by area id: no children, some count */
    bool *is_focal;             /* by area id: a district named in q */
    bool q_named_districts;     /* q->areas named districts (not only
                                   counties): those are the focal areas */
    ct_table **rates;           /* rates of every area, offence and
                                   period, a table per area (or per area
                                   and period) */
    size_t n_rates, cap_rates;
    table_index rates_ix;
    ct_table **compare;         /* per series period; NULL without peers */
    table_index *compare_ix;
    ct_table *trend;            /* fingertips marker per district */
    table_index trend_ix;
    ct_table *xmr, *xmr_measure;/* monthly XmR rows, and the measure */
    table_index xmr_ix, xmr_measure_ix;
    ct_table **funnel;          /* per offence (NULL: nothing to show) */
    table_index *funnel_ix;
    ct_chart *charts;
    chart_ref *refs;
    size_t n_charts, cap_charts;
};

/* 's' broken into lines of at most 'width' characters at spaces (a
 * longer word is split), joined with '\n'; beyond 'max_lines' the text is
 * cut and ends with an ellipsis.  Control characters count as spaces and
 * come out as spaces.  '*n_lines' (may be NULL) gets the line count (1
 * for an empty text).  Allocated; NULL when out of memory. */
char *ctp_chart_wrap(const char *s, size_t width, size_t max_lines,
                     size_t *n_lines);

/* True when row 'row' of chart i's funnel table is a district of its
 * county (chart.c). */
bool ctp_chart_funnel_marked(const ct_chart_set *s, size_t i, size_t row);

/* Lookups over the result tables (chart.c). */
size_t ctp_chart_index_find(const table_index *ix, const char *area,
                         const char *offence, size_t *first);
double ctp_chart_cell_real(const ct_table *t, size_t row, const char *name);
const char *ctp_chart_cell_str(const ct_table *t, size_t row, const char *name);
const row_key *ctp_chart_find_row_with(const table_index *ix, const char *area,
                                    const char *offence, const char *column,
                                    const char *value);
const row_key *ctp_chart_find_row(const table_index *ix, const char *area,
                               const char *offence);
const char *ctp_chart_area_name(const ct_chart_set *s, ct_dataset_id a);
double ctp_chart_label_time(const char *label);
ct_dataset_id ctp_chart_national_of(const ct_chart_set *s, ct_dataset_id a);
bool ctp_chart_rate_at(const ct_chart_set *s, const char *area,
                    const char *offence, const char *label, double *rate,
                    double *low, double *high);
const row_key *ctp_chart_compare_row(const ct_chart_set *s, size_t k,
                                  const char *area, const char *offence);
ct_status ctp_chart_county_districts(const ct_chart_set *s, ct_dataset_id c,
                                  ct_dataset_id **out, size_t *n_out, ct_error *err);

#endif
