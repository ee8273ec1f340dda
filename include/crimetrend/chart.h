/* chart.h - chart planning: which charts a dataset calls for and what
 * each one shows (its subject, title, footnotes, axis labels, the series
 * its legend lists, the labels on its points and where they go), with
 * every statistic taken from the engine (the table functions of tables.h
 * the trend and funnel modules).  Nothing here knows a
 * plotting program: gnuplot.h turns a planned chart into a gnuplot
 * script.
 *
 * Where it sits: tables/charts/doc (... -> compare/trend/funnel ->
 * tables/charts/doc -> check): it plans, gnuplot.h writes.
 *
 *     ct_chart_set *set;
 *     ct_chart_set_new(ds, NULL, &q, &opt, &set, &err);
 *     // the trend chart of Burglary in B, whose counts run from 2016 to
 *     // 2020, is titled "Burglary in B, 2016 to 2020"; with q.from
 *     // "2019", "Burglary in B, 2019 to 2020"
 *     for (size_t i = 0; i < ct_chart_set_count(set); i++)
 *         ... ct_chart_set_chart(set, i) ...
 *     ct_chart_set_free(set);
 *     (asserted by test_trend_starts_at_first_data in
 *     tests/unit/test_chart.c)
 */
#ifndef CRIMETREND_CHART_H
#define CRIMETREND_CHART_H

#include <stddef.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/tables.h"
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

typedef struct ct_chart_options {
    const char *source;       /* the data named in every footnote, e.g.
                                 "datasets/demo-county"; NULL for none */
    const char *national;     /* the national comparator (as compare's
                                 --national), or NULL for each area's root
                                 in areas.csv */
    unsigned charts;          /* ct_chart_kind bits; default CT_CHART_ALL */
    ct_error_warn_fn warn;          /* told of an area and period left out for
                                 want of a population; may be NULL */
    void *warn_ctx;
    ct_tables_funnel_options funnel; /* funnel charts: with 'overdispersion', the
                                 limits adjusted for over-dispersion
                                 (Spiegelhalter 2005, ct_tables_funnel_with)
                                 are drawn dashed beside the exact Poisson
                                 ones when the adjustment applies, and the
                                 points labelled are those outside them */
} ct_chart_options;

/* Sets the defaults: no source, no national area, every kind, no
 * warnings. */
void ct_chart_options_init(ct_chart_options *o);

/* ---- chart geometry and labels ---------------------------------------- */

/* Chart size in pixels (PNG and SVG; PDF at 100 pixels an inch). */
#define CT_CHART_WIDTH 800
#define CT_CHART_HEIGHT 450

/* Font sizes in points (one point is one pixel at the chart size). */
#define CT_CHART_LABEL_POINTS 8.0
#define CT_CHART_KEY_POINTS 9.0

/* A rectangle in pixels, x to the right and y downwards from the top
 * left corner of the chart. */
typedef struct ct_chart_box {
    double x0, y0, x1, y1;
} ct_chart_box;

/* True when the boxes share some area (touching edges do not count). */
bool ct_chart_boxes_overlap(const ct_chart_box *a, const ct_chart_box *b);

/* The box of one line of 'text' set in DejaVu Sans at 'points' by
 * gnuplot's cairo terminals: 0.75 points a character wide and 1.5 points
 * high (measured on the PNG: "Kensington and Chelsea", 22 characters at
 * 8 points, spans 132 pixels, so the box errs on the large side for
 * narrower text).  UTF-8 counts by character. */
void ct_chart_text_size(const char *text, double points, double *width,
                        double *height);

/* A label naming a point, and where its text goes. */
typedef struct ct_chart_label {
    const char *text;     /* one line */
    double x, y;          /* the point, in data units */
    double px, py;        /* the point, in pixels */
    ct_chart_box box;     /* the text, in pixels (when placed) */
    bool placed;          /* false: no free room, left unlabelled */
    bool leader;          /* set away from its point: a line joins them */
} ct_chart_label;

/* Places labels one after another, in the order given (the most
 * important first), each at the first free spot among eight around its
 * point (right, left, above, below, then the diagonals) at distances of
 * 6, 14, 24 and 36 pixels: free means inside 'area', overlapping no label
 * placed before it and none of the 'n_avoid' boxes (the points drawn, so
 * that no text covers a point).  A label more than 6 pixels away gets a
 * leader line.  A label with no free spot is left unplaced.  Text sizes by
 * ct_chart_text_size at 'points'.  Returns the number placed. */
size_t ct_chart_place_labels(ct_chart_label *labels, size_t n,
                             const ct_chart_box *avoid, size_t n_avoid,
                             ct_chart_box area, double points);

/* ---- chart sets ------------------------------------------------------- */

/* One chart of a set, as planned: what it is about, its texts, the
 * series its legend lists (in drawing order; every series drawn has
 * one entry), and for a funnel the labels on its points. */
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
    const char *title;    /* what, where and when, e.g. "Shoplifting in
                             Sallowford, 2015 to 2024": the caption */
    const char *source_line; /* footnote: source and period */
    const char *method_line; /* footnote: the method */
    const char *x_label;  /* axis titles: the measure's name ("Crimes per
                             1,000 residents"); NULL for an axis of
                             names */
    const char *y_label;
    const char *const *legend; /* legend entries, one a series drawn */
    size_t n_legend;
    size_t legend_lines;  /* lines of the tallest entry (names wrap at
                             CT_CHART_KEY_WIDTH characters, 2 lines) */
    ct_chart_box plot;    /* the plotting area, in pixels (funnel) */
    ct_chart_box key;     /* the legend's box, in pixels */
    ct_chart_label *labels; /* funnel: the points named, placed */
    size_t n_labels;
} ct_chart;

/* Legend entries wrap at this many characters, at most 2 lines: 26
 * characters of 9-point text and the sample line fill the 204 pixels right
 * of the plot. */
#define CT_CHART_KEY_WIDTH 26

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
 * 'ds' and 'months' must outlive the set and not change.  CT_STATUS_USAGE
 * for an unknown area, offence or period; other errors as the table
 * functions.  '*out' is owned by the caller (ct_chart_set_free). */
ct_status ct_chart_set_new(const ct_dataset *ds, const ct_dataset *months,
                             const ct_tables_query *q,
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
