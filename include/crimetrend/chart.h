/* chart.h - chart planning: which charts a dataset calls for and what
 * each one shows (its subject, title, footnotes, axis labels, the series
 * its legend lists, the labels on its points and where they go), with
 * every statistic taken from the engine (the table functions of tables.h
 * and peer.h, the trend and funnel modules).  Nothing here knows a
 * plotting program: gnuplot.h turns a planned chart into a gnuplot
 * script. */
#ifndef CRIMETREND_CHART_H
#define CRIMETREND_CHART_H

#include <stddef.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/tables.h"

/* ---- chart kinds ------------------------------------------------------ */

typedef enum ct_chart_kind {
    CT_CHART_PEERS = 1,     /* district against its most similar areas */
    CT_CHART_TREND = 2,     /* district's rate over time */
    CT_CHART_FUNNEL = 4,    /* every district against the pooled rate */
    CT_CHART_XMR = 8,       /* monthly XmR control chart */
    CT_CHART_OVERVIEW = 16  /* a county's districts, every offence */
} ct_chart_kind;

#define CT_CHART_ALL 31u

/* "peers", "trend", "funnel", "xmr", "overview".  Static string. */
const char *ct_chart_kind_name(ct_chart_kind kind);

/* Parses a comma-separated list of kind names (or "all") into a mask of
 * ct_chart_kind bits.  Returns false for an empty list or an unknown
 * word. */
bool ct_chart_parse_list(const char *list, unsigned *mask);

/* ---- chart sets ------------------------------------------------------- */

typedef struct ct_chart_options {
    const char *source;       /* the data named in every footnote, e.g.
                                 "datasets/demo-county"; NULL for none */
    const char *national;     /* the national comparator (as compare's
                                 --national), or NULL for each area's root
                                 in areas.csv */
    unsigned charts;          /* ct_chart_kind bits; default CT_CHART_ALL */
    ct_warn_fn warn;          /* told of an area and period left out for
                                 want of a population; may be NULL */
    void *warn_ctx;
} ct_chart_options;

/* Sets the defaults: no source, no national area, every kind, no
 * warnings. */
void ct_chart_options_init(ct_chart_options *o);

/* One chart of a set. */
typedef struct ct_chart {
    ct_chart_kind kind;
    const char *area;     /* the district (peers, trend, xmr); the county
                             (funnel, overview), NULL for a funnel of
                             districts without a county */
    const char *offence;  /* NULL for an overview */
    const char *name;     /* file name without extension, unique in the
                             set and safe: NAME.gp, NAME.csv and, for a
                             funnel, NAME-limits.csv */
    size_t n_data;        /* data files: 1, or 2 for a funnel */
} ct_chart;

typedef struct ct_chart_set ct_chart_set;

/* Plans the charts for 'ds' and computes what they show.
 *
 * Districts are the areas without children in areas.csv that have a
 * count; q->areas, when given, keeps only the areas named, and a name of
 * an area with children (a county) stands for every district below it.
 * Offences are q->offences, or all (the "All crime" total first when
 * present; ct_dataset_add_total adds it).  The period is q->period, or the
 * latest.  For each district and offence: a peer chart (when the district
 * has a peer group; ct_tables_compare), a trend chart over every period
 * of the same length up to the period (ct_tables_rates; the peer average
 * from ct_tables_compare for each period; the national rate; the fitted
 * line of the Fingertips marker when ct_tables_trend finds an increase or
 * a decrease), and an XmR chart of the monthly series of 'months'
 * (ct_tables_trend "xmr") when 'months' is not NULL and holds months.  For
 * each county of the districts (their parent): a funnel plot per offence
 * (ct_tables_funnel; every district plotted, the county's labelled) and an
 * overview.  Only the kinds in opt->charts are planned, and only charts
 * that have something to show.  q->per, q->confidence and q->pop_rule
 * apply throughout.  An area whose count in a period has no population is
 * left out of the charts of that period (rates are worked out area by
 * area, and period by period for such an area), and opt->warn is told.
 *
 * 'ds' and 'months' must outlive the set and not change.  CT_ERR_USAGE
 * for an unknown area, offence or period; other errors as the table
 * functions.  '*out' is owned by the caller (ct_chart_set_free). */
ct_status ct_chart_set_new(const ct_dataset *ds, const ct_dataset *months,
                             const ct_query *q,
                             const ct_chart_options *opt,
                             ct_chart_set **out, ct_error *err);

/* Frees the set.  NULL is allowed. */
void ct_chart_set_free(ct_chart_set *s);

/* Number of charts, and the i-th (0 <= i < count), valid until
 * ct_chart_set_free(). */
size_t ct_chart_set_count(const ct_chart_set *s);
const ct_chart *ct_chart_set_chart(const ct_chart_set *s,
                                             size_t i);

/* Writes the name of data file k (0 or 1) of chart 'c': "NAME.csv",
 * "NAME-limits.csv".  Returns the length, as snprintf. */
size_t ct_chart_data_name(const ct_chart *c, size_t k, char *buf,
                            size_t size);

#endif
