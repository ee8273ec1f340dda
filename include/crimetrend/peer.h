/* peer.h - each area against its most similar areas and the nation, with
 * the direction of its trend (METHODS 1.1 to 1.3, 2.3 to 2.5), funnel
 * plots (2.4) and trend tables over a series of periods (3.2 to 3.5).
 *
 * The peer-group average is HMIC's: the unweighted mean of the member
 * rates, the focal area included; the pooled rate (sum of counts over sum
 * of populations) is given beside it.  "Higher" and "lower" compare the
 * area's interval with the benchmark as a point, never interval overlap. */
#ifndef CRIMETREND_PEER_H
#define CRIMETREND_PEER_H

#include <stdio.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/report.h"
#include "crimetrend/tables.h"
#include "crimetrend/funnel.h"
#include "crimetrend/trend.h"

/* The offence name of the total that compare adds when the data has none:
 * the sum of every offence except anti-social behaviour (incidents, not
 * notifiable crimes). */
#define CT_ALL_CRIME "All crime"

/* Adds, for every area and period where every offence has a count, the
 * total CT_ALL_CRIME (excluding any offence named "Anti-social behaviour")
 * unless the dataset already has an offence of that name. */
ct_status ct_dataset_add_total(ct_dataset *ds, ct_error *err);

/* Columns: area,offence,period,count,population,rate,rate_low,rate_high,
 * peer_mean,peer_pooled,peer_sd,peer_n,z,rank,vs_peers,national_rate,
 * vs_national,trend,flag,level.  One row per area with a peer group and
 * offence, in q->period (default the latest).  'national' names the
 * national area, or NULL for each area's root in areas.csv.  Peers
 * without a count or a population are left out of the group (peer_n says
 * how many remain, and a note says who was left out). */
ct_status ct_tables_compare(const ct_dataset *ds, const ct_query *q,
                            const char *national, ct_table **out,
                            ct_error *err);

/* Writes the plain-words summary of a compare table, one paragraph per
 * area, in the style of a strategic assessment: the overall rate against
 * the peer average and its trend, then the offences above average and
 * increasing, above average, and below average.  'per' is the rate base
 * the table was built with. */
ct_status ct_compare_write_summary(const ct_table *compare, double per,
                                   FILE *out, ct_error *err);

/* Columns: area,offence,period,count,population,rate,pooled_rate,low_95,
 * high_95,low_998,high_998,significance.  Every area without children in
 * areas.csv that has a count and population, for one offence (q->offences
 * must name exactly one) in q->period (default the latest).  Limits are
 * rates at the area's population (ct_funnel_limits, METHODS-ADDENDUM
 * §A.4.2), and the significance is the area's rate against them
 * (ct_funnel_significance). */
ct_status ct_tables_funnel(const ct_dataset *ds, const ct_query *q,
                           ct_table **out, ct_error *err);

/* What ct_tables_funnel_with adds. */
typedef struct ct_funnel_options {
    bool overdispersion;        /* Spiegelhalter's adjustment */
    ct_funnel_od_test od_test;  /* when it applies (default phi > 1) */
} ct_funnel_options;

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
ct_status ct_tables_funnel_with(const ct_dataset *ds, const ct_query *q,
                                const ct_funnel_options *fo, ct_table **out,
                                ct_error *err);

/* Trend tables over the periods from q->from to q->to (default all
 * periods of the same length as the latest).  'method' is "fingertips"
 * (default), "poisson", "linear", "mann-kendall", "xmr" or "all" (every
 * method but xmr, side by side).  Rates use populations when every period
 * has one, counts (with Poisson intervals) otherwise.  Columns are listed
 * in the README. */
ct_status ct_tables_trend(const ct_dataset *ds, const ct_query *q,
                          const char *method, ct_table **out, ct_error *err);

/* The XmR options of ct_tables_trend_with. */
typedef struct ct_trend_options {
    ct_xmr_options xmr;         /* its rebase and n_rebase are not read */
    const char *const *rebase;  /* labels of the periods that start a new
                                   group (a period outside a series is
                                   passed over, as NHSRplotthedots does) */
    size_t n_rebase;
} ct_trend_options;

/* ct_tables_trend with the XmR chart of ct_trend_xmr_chart under 'opts'
 * (NULL: ct_xmr_options_init's defaults, as ct_tables_trend); the xmr
 * table gains the column group (1, 2, ... from each rebase).  An unknown
 * rebase label is CT_ERR_USAGE. */
ct_status ct_tables_trend_with(const ct_dataset *ds, const ct_query *q,
                               const char *method,
                               const ct_trend_options *opts, ct_table **out,
                               ct_error *err);

#endif
