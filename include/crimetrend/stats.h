/* stats.h - distributions and confidence intervals.
 *
 * The only module that uses GSL.  Callers of the library must switch GSL's
 * aborting error handler off (gsl_set_error_handler_off(), or
 * ct_stats_init()) before calling anything here; every GSL result is then
 * checked, and a failure or a NaN comes back as CT_STATUS_NUMERIC.
 *
 * Where it sits: rates/change (read -> dataset -> rates/change ->
 * compare/trend/funnel -> ...): the intervals under rate.h, change.h,
 * funnel.h and trend.h.
 *
 *     double low, high;  ct_stats_ci_method m;
 *     ct_stats_poisson_ci(1233, 0.95, &low, &high, &m, &err);
 *     // 1165.129159 to 1303.792881, m CT_STATS_CI_BYAR (10 or more)
 *     ct_stats_poisson_ci(9, 0.95, &low, &high, &m, &err);
 *     // 4.115373 to 17.084803, m CT_STATS_CI_EXACT (chi-squared, below 10)
 *     (METHODS §2.1's table; asserted by
 *     test_stats_poisson_ci_table_of_methods_and_r in
 *     tests/unit/test_stats.c)
 */
#ifndef CRIMETREND_STATS_H
#define CRIMETREND_STATS_H

#include <stddef.h>
#include <stdint.h>
#include "crimetrend/error.h"

/* Turns GSL's abort-on-error handler off, once per process. */
void ct_stats_init(void);

/* Which interval method produced a result (the "method" column). */
typedef enum ct_stats_ci_method {
    CT_STATS_CI_EXACT,     /* exact Poisson (chi-squared), counts below 10 */
    CT_STATS_CI_BYAR,      /* Byar's approximation, counts of 10 or more */
    CT_STATS_CI_WILSON,    /* Wilson score interval for a proportion */
    CT_STATS_CI_CLOPPER    /* exact (Clopper-Pearson) binomial, rate ratios */
} ct_stats_ci_method;

/* "Exact", "Byar", "Wilson", "Exact conditional".  Static string. */
const char *ct_stats_ci_method_name(ct_stats_ci_method method);

/* Two-sided standard normal quantile for a confidence level in (0, 1):
 * 0.95 -> 1.959963984540054, 0.998 -> 3.090232306167813. */
ct_status ct_stats_z(double confidence, double *z, ct_error *err);

/* Confidence interval for a Poisson count O (METHODS §2.1): exact
 * chi-squared limits when O < 10 (O_L = chi2(a/2; 2O)/2, 0 when O = 0;
 * O_U = chi2(1-a/2; 2O+2)/2), Byar's method when O >= 10.  Limits are
 * counts; divide by the population for a rate.  Sets '*method'.
 * CT_STATUS_DOMAIN for a negative count or confidence outside (0, 1). */
ct_status ct_stats_poisson_ci(int64_t count, double confidence, double *low,
                              double *high, ct_stats_ci_method *method,
                              ct_error *err);

/* Lower-tail quantile of the gamma distribution with 'shape' > 0 and
 * scale 1: the x with P(shape, x) = p, for p in (0, 1).  qchisq(p, nu)
 * is 2 x at shape nu/2.  Newton's method on GSL's regularised incomplete
 * gamma functions (the smaller tail), accurate to about 1e-15 relative
 * for shapes from 1e-3 to 1e16 (GSL's own gsl_cdf_chisq_Pinv loses
 * accuracy from shapes near 100 and fails from about 5e5).
 * CT_STATUS_DOMAIN for p outside (0, 1) or a shape not positive and finite. */
ct_status ct_stats_gamma_quantile(double p, double shape, double *x,
                                  ct_error *err);

/* Exact Poisson interval for a count E >= 0 that need not be whole (an
 * expected count), as R's poisson.test(E)$conf.int at whole E:
 * low = qchisq(a/2, 2E)/2 (0 when E = 0), high = qchisq(1 - a/2,
 * 2E + 2)/2, a = 1 - confidence.  Example: E = 4e7 at 0.95 gives
 * 39,987,605.0465 and 40,012,397.8479.  CT_STATUS_DOMAIN for a negative or
 * infinite count or confidence outside (0, 1). */
ct_status ct_stats_poisson_exact(double count, double confidence,
                                 double *low, double *high, ct_error *err);

/* Wilson score interval for x successes out of n (METHODS §2.2), as
 * fractions.  CT_STATUS_DOMAIN when x < 0, n <= 0 or x > n. */
ct_status ct_stats_wilson_ci(int64_t x, int64_t n, double confidence,
                             double *low, double *high, ct_error *err);

/* Clopper-Pearson exact interval for a binomial proportion x/n
 * (METHODS §3.1): pi_L = Beta^-1(a/2; x, n-x+1) (0 when x = 0),
 * pi_U = Beta^-1(1-a/2; x+1, n-x) (1 when x = n). */
ct_status ct_stats_clopper_pearson(int64_t x, int64_t n, double confidence,
                                   double *low, double *high, ct_error *err);

/* Two-sided p value of the exact binomial test of x out of n against
 * probability p, as R's binom.test: the sum of the probabilities of all
 * outcomes no more likely than x (with R's relative tolerance 1e-7). */
ct_status ct_stats_binom_test(int64_t x, int64_t n, double p, double *p_value,
                              ct_error *err);

/* ---- Least squares, Student's t and medians (used by trend.h) ------- */

/* Straight-line least-squares fit y = c0 + c1 x of n points.  With 'w'
 * (weights w_i = 1/sigma_i^2, as gsl_fit_wlinear) the covariances come
 * from the weights alone, not scaled by the residuals:
 *   Var(c1) = Sum w / (Sum w Sum w x^2 - (Sum w x)^2),
 * which is the Fingertips trend model (METHODS §2.5) and an IRLS step
 * (METHODS §3.3).  With 'w' NULL (ordinary least squares, gsl_fit_linear)
 * they are scaled by s^2 = chisq / (n - 2) (METHODS §3.2).  'chisq' is the
 * (weighted) residual sum of squares.  Any output pointer may be NULL.
 * CT_STATUS_DOMAIN when n < 3 unweighted or n < 2 weighted; CT_STATUS_NUMERIC
 * when a result is not finite (x all equal, weights all zero). */
ct_status ct_stats_wls(const double *x, const double *y, const double *w,
                       size_t n, double *c0, double *c1, double *cov00,
                       double *cov01, double *cov11, double *chisq,
                       ct_error *err);

/* Two-sided p of a standard normal statistic, 2 Phi(-|z|), at most 1;
 * 0 for an infinite z.  CT_STATUS_DOMAIN for a NaN z. */
ct_status ct_stats_normal_two_sided_p(double z, double *p, ct_error *err);

/* Two-sided p of Student's t with 'df' > 0 degrees of freedom,
 * 2 P(T > |t|), at most 1; 0 for an infinite t.  CT_STATUS_DOMAIN for a NaN
 * t or df not positive. */
ct_status ct_stats_t_two_sided_p(double t, double df, double *p,
                                 ct_error *err);

/* Two-sided Student's t quantile for a confidence level in (0, 1), the
 * t counterpart of ct_stats_z: the (c + (1 - c)/2) quantile with 'df' > 0
 * degrees of freedom (0.95 and 5 df -> 2.570581835636314). */
ct_status ct_stats_t_quantile(double confidence, double df, double *q,
                              ct_error *err);

/* Lower tail P(X <= x) of the chi-squared distribution with 'nu' > 0
 * degrees of freedom, nu not necessarily whole (so that exact Poisson
 * limits can be inverted continuously in the count).  x >= 0. */
ct_status ct_stats_chisq_P(double x, double nu, double *p, ct_error *err);

/* Mean of x[0..n-1], n >= 1, as R's mean() (summary.c real_mean): the
 * sum over n in long double, then that mean corrected by the mean of the
 * residuals, again summed in long double.  The second pass makes the mean
 * of identical values equal the value exactly, which a plain sum / n does
 * not (8 x 3.3333333333333335 gives 3.333333333333333).  Returns NaN when
 * n is 0. */
double ct_stats_mean(const double *x, size_t n);

/* Upper tail P(X > x) of the chi-squared distribution with 'nu' > 0
 * degrees of freedom, kept accurate when it is tiny (as R's
 * pchisq(x, nu, lower.tail = FALSE)).  x >= 0. */
ct_status ct_stats_chisq_Q(double x, double nu, double *q, ct_error *err);

/* R's quantile(x, p, type = 7) of sorted[0..n-1] (ascending, n >= 1,
 * p in [0, 1]), written as R does (METHODS-ADDENDUM §0): index = 1 +
 * (n - 1) p, lo = floor, hi = ceiling; the value at lo, or (1 - h) x[lo] +
 * h x[hi] with h = index - lo when index > lo and the two differ. */
double ct_stats_quantile7(const double *sorted, size_t n, double p);

/* Median of data[0..n-1], n >= 1, the mean of the two middle values when
 * n is even.  Sorts 'data' in place.  CT_STATUS_DOMAIN when n is 0 or a value
 * is NaN. */
ct_status ct_stats_median(double *data, size_t n, double *median,
                          ct_error *err);

#endif
