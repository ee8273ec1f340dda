/* funnel.h - funnel plots for a crude rate: the exact Poisson limits
 * around a pooled rate, the label of an area against them, and
 * Spiegelhalter's (2005) additive random-effects adjustment for
 * over-dispersion (METHODS-ADDENDUM §A.4).
 *
 * Pure functions on numbers and arrays; every string returned is static.
 * Invalid arguments give CT_STATUS_DOMAIN with a message.
 *
 * Where it sits: compare/trend/funnel (read -> dataset -> rates/change ->
 * compare/trend/funnel -> tables/charts/doc -> check); tables.h makes the
 * funnel table, chart.h and gnuplot.h draw it.
 *
 *     double lo, hi;
 *     ct_funnel_limits(0.0075, 145000, 0.95, &lo, &hi, &err);
 *     // pooled rate 7.5 per 1,000, an area of 145,000 (expected 1087.5):
 *     // 95% limits 1023.818 to 1154.106 offences, lo 0.00706081 and
 *     // hi 0.00795935 (7.06 to 7.96 per 1,000)
 *     (asserted by test_funnel_limits_as_rates in tests/unit/test_funnel.c;
 *     the over-dispersed limits of METHODS-ADDENDUM §A.5 by
 *     test_funnel_od_limits_worked_example)
 */
#ifndef CRIMETREND_FUNNEL_H
#define CRIMETREND_FUNNEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "crimetrend/error.h"

/* Funnel-plot limits for a crude rate (METHODS-ADDENDUM §A.4.2, which
 * replaces the PHE construction of METHODS §2.4): at 'population' N and a
 * pooled rate 'pooled' (events per person) the expected count is
 * E = pooled N, and the limits (events per person) at the two-sided level
 * 'confidence' (0.95 or 0.998) are the exact Poisson interval of E divided
 * by N: low = qchisq(a/2, 2E) / (2N) (0 when E = 0), high = qchisq(1 -
 * a/2, 2E + 2) / (2N), a = 1 - confidence; as R's poisson.test(E) at a
 * whole E.  Exact at every E up to 1e9 and beyond (ct_stats_gamma_quantile;
 * E = 4e7 at 0.95 gives 39,987,605.05 to 40,012,397.85 events).  The
 * labels of ct_funnel_significance use these same limits.  CT_STATUS_DOMAIN
 * for a pooled rate that is negative or not finite, a population not
 * above 0 or not finite, or 'confidence' outside (0, 1). */
ct_status ct_funnel_limits(double pooled, double population,
                           double confidence, double *low, double *high,
                           ct_error *err);

typedef enum ct_funnel_label {
    CT_FUNNEL_HIGH_999,      /* "High (0.001)" */
    CT_FUNNEL_HIGH_975,      /* "High (0.025)" */
    CT_FUNNEL_NOT_SIGNIFICANT,
    CT_FUNNEL_LOW_975,       /* "Low (0.025)" */
    CT_FUNNEL_LOW_999        /* "Low (0.001)" */
} ct_funnel_label;

/* "High (0.001)", ..., "Not significant".  Static string. */
const char *ct_funnel_label_name(ct_funnel_label l);

/* The label of a value against the 95% and 99.8% limits drawn for it:
 * "High (0.001)" above high_998, else "High (0.025)" above high_95, else
 * "Low (0.001)" below low_998, else "Low (0.025)" below low_95, else "Not
 * significant".  Strict: a value on a limit is inside.  The limits may be
 * counts or rates, unadjusted or adjusted for over-dispersion, as long as
 * the value is on the same scale. */
ct_funnel_label ct_funnel_classify(double value, double low_95,
                                   double high_95, double low_998,
                                   double high_998);

/* The funnel label of an area with 'count' events among 'population'
 * against a pooled rate: its count against the limits of ct_funnel_limits
 * at its population (as counts, ct_funnel_classify), so that a point and
 * its label are always on the same side of the drawn lines.  (PHE's
 * assign_funnel_significance used Byar's interval from 10 events instead,
 * which near 10-13 events could label a point as if it lay on the other
 * side of an exact line.)  CT_STATUS_DOMAIN for a negative count, a
 * population not above 0 or a pooled rate that is negative or not
 * finite.  Example: 1,233 among 145,000 against a pooled 0.0075 (E =
 * 1087.5; 99.8% upper limit 1191.5) -> High (0.001). */
ct_status ct_funnel_significance(int64_t count, double population,
                                 double pooled, ct_funnel_label *out,
                                 ct_error *err);

/* ---- Over-dispersion (Spiegelhalter 2005; METHODS-ADDENDUM §A.4) ---- */

/* When the adjusted limits are used. */
typedef enum ct_funnel_od_test {
    CT_FUNNEL_OD_PHI,    /* phi > 1, as FunnelPlotR (the default) */
    CT_FUNNEL_OD_CHISQ   /* n phi above the 95% point of chi-squared on n
                            degrees of freedom */
} ct_funnel_od_test;

/* "phi > 1", "chi-squared".  Static string. */
const char *ct_funnel_od_test_name(ct_funnel_od_test t);

typedef struct ct_funnel_od {
    double theta0;     /* target rate, events per person */
    size_t n;          /* areas */
    double z_low;      /* the type-7 10th and 90th percentiles of the z */
    double z_high;     /*   scores, the winsorisation limits */
    double phi;        /* mean of the winsorised z^2 */
    double chi2;       /* n phi, chi-squared on n df under no
                          over-dispersion */
    double chi2_95;    /* the 95% point of chi-squared on n df */
    double p_value;    /* P(chi-squared_n > n phi) */
    double tau2;       /* DerSimonian-Laird between-area variance on the
                          square-root scale; 0 when n phi < n - 1 */
    bool adjusted;     /* whether the adjusted limits apply (by 'test') */
} ct_funnel_od;

/* Spiegelhalter's over-dispersion estimate for n areas with 'count' O_i
 * events among 'population' N_i (METHODS-ADDENDUM §A.4.1-4):
 *   theta0 = 'theta0', or Sum O / Sum N when 'theta0' is NaN;
 *   E_i = theta0 N_i, z_i = 2 (sqrt O_i - sqrt E_i);
 *   z winsorised at its type-7 10th and 90th percentiles (every area is
 *   kept, its z moved to the nearer limit);
 *   phi = mean z_w^2 (about the target, not re-centred);
 *   tau^2 = 0 when n phi < n - 1, else max(0, (n phi - (n - 1)) /
 *   (Sum w - Sum w^2 / Sum w)) with w_i = 4 E_i;
 *   p = P(chi-squared_n > n phi); adjusted by 'test'.
 * 'z' (n entries, may be NULL) receives each area's unwinsorised z.
 * FunnelPlotR's two limit bugs (METHODS-ADDENDUM §A.3: unsquared CQC
 * limits, and RC limits with s = 1/(2 sqrt N) on a population) are not
 * copied: see ct_funnel_od_limits.  CT_STATUS_DOMAIN for n < 2, a negative
 * count, a population not positive and finite, or a target rate that is
 * negative, not finite or gives no expected events.  Example (§A.5): ten
 * areas, theta0 0.00873090277777778 -> phi 9.890457187093, tau^2
 * 0.00173177701717218, p 9.0e-17, adjusted. */
ct_status ct_funnel_od_estimate(const int64_t *count,
                                const double *population, size_t n,
                                double theta0, ct_funnel_od_test test,
                                ct_funnel_od *out, double *z,
                                ct_error *err);

/* Over-dispersed limits at 'population' N (METHODS-ADDENDUM §A.4.5), in
 * events per person: with E = theta0 N and s = sqrt(1/(4E) + tau2),
 * low = theta0 [max(0, 1 - z s)]^2 and high = theta0 (1 + z s)^2, z the
 * two-sided normal quantile of 'confidence' (1.959964 at 0.95, 3.090232
 * at 0.998); clamped at 0 before squaring.  With tau2 = 0 these are the
 * square-root (normal) approximation to the exact Poisson limits.
 * CT_STATUS_DOMAIN for a target rate or population not positive and finite,
 * a negative or non-finite tau2, or 'confidence' outside (0, 1). */
ct_status ct_funnel_od_limits(double theta0, double population, double tau2,
                              double confidence, double *low, double *high,
                              ct_error *err);

#endif
