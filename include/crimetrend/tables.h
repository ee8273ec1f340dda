/* tables.h - the result tables of the table commands, built from a
 * dataset: rates (METHODS §1.4, §2.1) and change between periods (§3.1).
 *
 * Rows are ordered by area name, offence name and period.  Every table
 * carries notes naming the method, the confidence level and the rule that
 * chose each population.
 *
 * Where it sits: tables/charts/doc (read -> dataset -> rates/change ->
 * compare/trend/funnel -> tables/charts/doc -> check): each builder turns
 * the dataset and a ct_tables_query into a ct_table (table.h).
 *
 *     ct_tables_query q;  ct_tables_query_init(&q);
 *     ct_tables_compare(ds, &q, NULL, &t, &err);
 *     // area A (100 offences, 1.0 per 1,000) with peers B and C (0.5
 *     // each): peer_mean 2/3, peer_sd 0.288675, z 1.154701 (rank 1 of 3),
 *     // vs_peers "higher"
 *     (asserted by test_tables_compare_group_statistics in
 *     tests/unit/test_peer.c)
 */
#ifndef CRIMETREND_TABLES_H
#define CRIMETREND_TABLES_H

#include <stddef.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include <stdio.h>
#include "crimetrend/table.h"
#include "crimetrend/funnel.h"
#include "crimetrend/trend.h"

typedef struct ct_tables_query {
    const char *const *areas;   /* keep only these areas; NULL for all */
    size_t n_areas;
    const char *const *offences;/* keep only these offences; NULL for all */
    size_t n_offences;
    double per;                 /* rate base, default 1000 */
    double confidence;          /* 0.95 (default) or 0.998 */
    ct_pop_rule pop_rule;       /* which population belongs to a period */
    const char *period;         /* rates: the period, "all", or NULL for
                                   the latest */
    const char *from;           /* change: earlier period, NULL for a year
                                   before 'to' */
    const char *to;             /* change: later period, NULL for the latest */
    const char *base;           /* change: base period for long-term change,
                                   or NULL */
    const char *const *exclude; /* areas left out of every table
                                   (--exclude-area); NULL for none */
    size_t n_exclude;
    bool counts_only;           /* change: compare counts, never rates, so
                                   no area needs a population */
    bool strict;                /* an area without a usable population is
                                   an input error instead of being left out
                                   with a warning */
    ct_error_warn_fn warn;            /* receives the one-line summaries (areas
                                   left out, cells missing); may be NULL */
    void *warn_ctx;
} ct_tables_query;

/* Sets the defaults: no filters, per 1,000, 95%, CT_POP_RULE_JUNE30. */
void ct_tables_query_init(ct_tables_query *q);

/* Columns: area,offence,period,count,population,per,rate,rate_low,
 * rate_high,level,method, and population_year when the dataset's
 * population fallback is not exact (the year whose population was used).
 *
 * Missing cells: every area and offence that has any row in the counts
 * gets a row for every period reported; a cell with no row, an empty or a
 * suppressed count gives empty numbers and method "missing" or
 * "suppressed", and the missing ones are summarised in one warning.
 *
 * Populations: an area whose population for a period is absent or not
 * above 0 is left out of that period, and the areas left out are named in
 * one warning; with q->strict the first is an input error naming the
 * population file and line (CT_STATUS_INPUT).  Populations absent altogether,
 * or every area left out, is an input error.  An unknown period label, or
 * a filter naming nothing (with "did you mean" candidates) is
 * CT_STATUS_USAGE.  '*out' is owned by the caller. */
ct_status ct_tables_rates(const ct_dataset *ds, const ct_tables_query *q,
                          ct_table **out, ct_error *err);

/* Columns: area,offence,from,to,count_from,count_to,change,pct_change,
 * rate_from,rate_to,rate_pct_change,ratio,ratio_low,ratio_high,p_value,
 * reason.  One row per area and offence (of those with any row in the
 * counts) for the pair (from, to), and with a base period a second row
 * for (base, to).  A pair with a suppressed or missing count gives empty
 * numbers and a reason ("missing 2017", "suppressed 2018"); the missing
 * ones are summarised in one warning.  When the dataset has populations,
 * an area without a usable one for either period is left out as by
 * ct_tables_rates; without any populations, counts alone give the
 * change. */
ct_status ct_tables_change(const ct_dataset *ds, const ct_tables_query *q,
                           ct_table **out, ct_error *err);

/* ---- compare, funnel and trend (tables_compare.c, tables_funnel.c,
 * tables_trend.c) ---------------------------------------------------- */

/* Columns: area,offence,period,count,population,rate,rate_low,rate_high,
 * peer_mean,peer_pooled,peer_sd,peer_n,z,rank,vs_peers,national_rate,
 * vs_national,trend,flag,level.  One row per area with a peer group and
 * offence, in q->period (default the latest).  'national' names the
 * national area, or NULL for each area's root in areas.csv.  Peers
 * without a count or a population are left out of the group (peer_n says
 * how many remain, and a note says who was left out). */
ct_status ct_tables_compare(const ct_dataset *ds, const ct_tables_query *q,
                            const char *national, ct_table **out,
                            ct_error *err);

/* Writes the plain-words summary of a compare table, one paragraph per
 * area, in the style of a strategic assessment: the overall rate against
 * the peer average and its trend, then the offences above average and
 * increasing, above average, and below average.  'per' is the rate base
 * the table was built with. */
ct_status ct_tables_compare_write_summary(const ct_table *compare, double per,
                                   FILE *out, ct_error *err);

/* Columns: area,offence,period,count,population,rate,pooled_rate,low_95,
 * high_95,low_998,high_998,significance.  Every area without children in
 * areas.csv that has a count and population, for one offence (q->offences
 * must name exactly one) in q->period (default the latest).  Limits are
 * rates at the area's population (ct_funnel_limits, METHODS-ADDENDUM
 * §A.4.2), and the significance is the area's rate against them
 * (ct_funnel_significance). */
ct_status ct_tables_funnel(const ct_dataset *ds, const ct_tables_query *q,
                           ct_table **out, ct_error *err);

/* What ct_tables_funnel_with adds. */
typedef struct ct_tables_funnel_options {
    bool overdispersion;        /* Spiegelhalter's adjustment */
    ct_funnel_od_test od_test;  /* when it applies (default phi > 1) */
} ct_tables_funnel_options;

/* ct_tables_funnel, and with 'overdispersion' the columns z (the area's
 * square-root z-score), od_low_95, od_high_95, od_low_998, od_high_998
 * and od_significance: the limits of ct_funnel_od_limits and the label
 * against them when the adjustment applies (ct_funnel_od_estimate over
 * every area the pooled rate is taken over, --area or not), otherwise a
 * copy of the unadjusted ones; then phi, od_p (the chi-squared p value),
 * tau2 and od_adjusted ("yes"/"no"), the same on every row, so that a
 * chart can draw the adjusted curves with ct_funnel_od_limits(pooled,
 * population, tau2, ...); and a note with theta0, phi, n phi, its p value,
 * tau^2 and whether the adjustment applied. */
ct_status ct_tables_funnel_with(const ct_dataset *ds, const ct_tables_query *q,
                                const ct_tables_funnel_options *fo, ct_table **out,
                                ct_error *err);

/* Trend tables over the periods from q->from to q->to (default all
 * periods of the same length as the latest).  'method' is "fingertips"
 * (default), "poisson", "linear", "mann-kendall", "xmr" or "all" (every
 * method but xmr, side by side).  Rates use populations when every period
 * has one, counts (with Poisson intervals) otherwise.  Columns are listed
 * in the README. */
ct_status ct_tables_trend(const ct_dataset *ds, const ct_tables_query *q,
                          const char *method, ct_table **out, ct_error *err);

/* The XmR options of ct_tables_trend_with. */
typedef struct ct_tables_trend_options {
    ct_trend_xmr_options xmr;         /* its rebase and n_rebase are not read */
    const char *const *rebase;  /* labels of the periods that start a new
                                   group (a period outside a series is
                                   passed over, as NHSRplotthedots does) */
    size_t n_rebase;
} ct_tables_trend_options;

/* ct_tables_trend with the XmR chart of ct_trend_xmr_chart under 'opts'
 * (NULL: ct_trend_xmr_options_init's defaults, as ct_tables_trend); the xmr
 * table gains the column group (1, 2, ... from each rebase).  An unknown
 * rebase label is CT_STATUS_USAGE. */
ct_status ct_tables_trend_with(const ct_dataset *ds, const ct_tables_query *q,
                               const char *method,
                               const ct_tables_trend_options *opts, ct_table **out,
                               ct_error *err);

#endif
