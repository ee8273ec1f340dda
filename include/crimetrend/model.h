/* model.h - the numerical models behind `peers` and `project`:
 * standardising variables, the rank of a set of variables (which of them
 * are linear combinations of the others), least-squares weights, the
 * Poisson log-linear trend with an offset fitted as R's glm.fit does, and
 * Farrington's (1996) prediction interval for the next count
 * (METHODS-ADDENDUM §C.4, §0 and §D).
 *
 * Where it sits: compare/trend/funnel (read -> dataset -> rates/change ->
 * compare/trend/funnel -> ...): peergroup.h and project.h are built on it.
 *
 *     ct_model_standardise(x, NULL, 6, 3, 0, CT_MODEL_ZSCORE, &sd, &err);
 *     // METHODS-ADDENDUM §C.5's six areas: the first variable's sample
 *     // SD 20.674308 and area P's z-score 0.713446; over the three
 *     // variables d(P,Q) = 0.60053
 *     (asserted by test_standardise_zscore_matches_addendum in
 *     tests/unit/test_model.c)
 */
#ifndef CRIMETREND_MODEL_H
#define CRIMETREND_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include "crimetrend/error.h"

typedef enum ct_model_scale {
    CT_MODEL_ZSCORE = 0, /* (x - mean) / sample SD, as R's scale() */
    CT_MODEL_RANK        /* ranks (ties averaged, as R's rank()), then
                            z-scored: only the order of the areas counts */
} ct_model_scale;

/* Standardises column j of the n x p row-major matrix 'x' in place, using
 * only the rows where present[i * p + j] is true ('present' may be NULL
 * for all); absent cells are set to 0 after scaling (the mean), which the
 * caller must not read as data.  '*sd' (may be NULL) receives the column's
 * SD before scaling (of the ranks for CT_MODEL_RANK).  CT_STATUS_DOMAIN when
 * fewer than 2 rows are present or every present value is equal. */
ct_status ct_model_standardise(double *x, const bool *present, size_t n,
                               size_t p, size_t j, ct_model_scale scale,
                               double *sd, ct_error *err);

/* Checks the columns of the n x p row-major matrix 'x' in order: column j
 * is dependent when the least-squares fit of it on an intercept and the
 * earlier independent columns (by singular value decomposition) leaves less
 * than a millionth of its variance (an exact combination, up to the
 * rounding of published figures).  dependent[j] is set, and for a
 * dependent column coef[j * (p + 1) + 0] is the intercept and
 * coef[j * (p + 1) + 1 + m] the coefficient of column m (0 for the
 * dependent ones), so that the combination can be reported; the
 * intercept is NaN when the column is dependent only because the earlier
 * ones already number the rows less one (more variables than areas).  '*rank'
 * receives the number of independent columns.  'coef' may be NULL. */
ct_status ct_model_dependent_columns(const double *x, size_t n, size_t p,
                                     bool *dependent, double *coef,
                                     size_t *rank, ct_error *err);

/* Ordinary least squares of y on an intercept and the columns of the
 * n x p row-major matrix 'x' whose use[j] is true ('use' may be NULL for
 * all); beta[j] receives the coefficient of column j (0 when not used),
 * '*r2' (may be NULL) the coefficient of determination.  Needs n > p + 1
 * used columns; CT_STATUS_DOMAIN otherwise. */
ct_status ct_model_ols(const double *x, const double *y, size_t n, size_t p,
                       const bool *use, double *beta, double *r2,
                       ct_error *err);

/* The Poisson log-linear trend log mu_t = offset_t + b0 + b1 t over
 * t = 0..n-1, fitted by iteratively reweighted least squares exactly as
 * R's glm.fit (METHODS-ADDENDUM §0): start mu = y + 0.1, stop when the
 * relative change in deviance is below 1e-8, at most 25 iterations. */
typedef struct ct_model_trend {
    double b0, b1;          /* intercept and slope (log scale, per period) */
    double cov[3];          /* cov.unscaled: C00, C01, C11 */
    double deviance;        /* residual deviance */
    double pearson;         /* Pearson statistic sum (y - mu)^2 / mu */
    double phi_hat;         /* pearson / (n - 2) */
    int iterations;         /* IRLS iterations */
} ct_model_trend;

/* 'offset' may be NULL (all 0).  n >= 3 and counts >= 0.  CT_STATUS_DOMAIN
 * for every count 0 (the intercept runs to minus infinity) or fewer than 3
 * points; CT_STATUS_NUMERIC when the fit does not converge. */
ct_status ct_model_poisson_trend(const double *y, const double *offset,
                                 size_t n, ct_model_trend *fit,
                                 ct_error *err);

/* Farrington's prediction interval for the count at t0 with offset
 * 'offset0' (METHODS-ADDENDUM §D.2, the 2/3-power transform): phi =
 * max(1, phi_hat) when 'quasi', else 1; mu0 = exp(b0 + b1 t0 + offset0);
 * se.fit = mu0 sqrt(phi x0'Cx0); tau = phi + se.fit^2 / mu0; the bounds
 * are (mu0^(2/3) -/+ z sqrt(4/9 mu0^(1/3) tau))^(3/2), the lower at least
 * 0, with z the normal quantile of the two-sided 'confidence'. */
typedef struct ct_model_interval {
    double mu0;             /* expected count */
    double phi;             /* dispersion used */
    double se_fit;          /* standard error of mu0 */
    double low, high;       /* prediction bounds (real) */
} ct_model_interval;

ct_status ct_model_farrington(const ct_model_trend *fit, double t0,
                              double offset0, bool quasi, double confidence,
                              ct_model_interval *out, ct_error *err);

#endif
