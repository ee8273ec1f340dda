/* model.c - standardisation, linear dependence, least squares, the Poisson
 * log-linear trend and Farrington's prediction interval.  The linear
 * algebra (singular value decompositions) and the normal quantile are
 * GSL's; the two-parameter trend is solved in closed form, because
 * `project` fits it for a million series and a 2 x 2 system needs no
 * decomposition. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_vector.h>

#include "crimetrend/model.h"
#include "error_set.h"
#include "rank.h"

/* R's two-pass mean (METHODS-ADDENDUM §0) over the present rows of a
 * column. */
static double column_mean(const double *x, const bool *present, size_t n,
                          size_t p, size_t j, size_t *count)
{
    long double s = 0;
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (present == NULL || present[i * p + j]) {
            s += x[i * p + j];
            m++;
        }
    *count = m;
    if (m == 0)
        return NAN;
    double mean = (double)(s / m);
    long double t = 0;
    for (size_t i = 0; i < n; i++)
        if (present == NULL || present[i * p + j])
            t += x[i * p + j] - mean;
    return mean + (double)(t / m);
}

/* Replaces the present values of column j by their ranks, ties given the
 * average of the ranks they share (R's rank(ties.method = "average")). */
static ct_status rank_column(double *x, const bool *present, size_t n,
                             size_t p, size_t j, ct_error *err)
{
    ctp_rank_item *r = malloc((n ? n : 1) * sizeof *r);
    if (r == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (present == NULL || present[i * p + j])
            r[m++] = (ctp_rank_item){x[i * p + j], i};
    qsort(r, m, sizeof *r, ctp_rank_ascending);
    for (size_t a = 0; a < m;) {
        size_t b = a;
        while (b + 1 < m && !(r[b + 1].v > r[a].v))
            b++;
        double rank = (double)(a + b) / 2.0 + 1.0;
        for (size_t c = a; c <= b; c++)
            x[r[c].i * p + j] = rank;
        a = b + 1;
    }
    free(r);
    return CT_STATUS_OK;
}

ct_status ct_model_standardise(double *x, const bool *present, size_t n,
                               size_t p, size_t j, ct_model_scale scale,
                               double *sd, ct_error *err)
{
    if (x == NULL || j >= p)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "ct_model_standardise: no matrix or column");
    if (scale == CT_MODEL_RANK) {
        ct_status st = rank_column(x, present, n, p, j, err);
        if (st != CT_STATUS_OK)
            return st;
    }
    size_t m;
    double mean = column_mean(x, present, n, p, j, &m);
    if (m < 2)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "fewer than 2 values; a spread needs 2 or more");
    long double ss = 0;
    for (size_t i = 0; i < n; i++)
        if (present == NULL || present[i * p + j]) {
            double d = x[i * p + j] - mean;
            ss += (long double)d * d;
        }
    double s = sqrt((double)(ss / (m - 1)));
    /* A spread lost in rounding is no spread: every value the same. */
    if (!(s > 1e-12 * fabs(mean)) || !(s > 0) || !isfinite(s))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "every value is the same; a variable that does "
                             "not vary cannot tell areas apart");
    for (size_t i = 0; i < n; i++)
        x[i * p + j] = present == NULL || present[i * p + j]
                           ? (x[i * p + j] - mean) / s : 0.0;
    if (sd != NULL)
        *sd = s;
    return CT_STATUS_OK;
}

/* Least squares of y on an intercept and the listed columns; fills
 * coef[0] (intercept) and coef[1 + m] for column cols[m]; '*rss' and
 * '*tss' are the residual and total sums of squares. */
static ct_status fit(const double *x, const double *y, size_t n, size_t p,
                     const size_t *cols, size_t k, double *coef, double *rss,
                     double *tss, ct_error *err)
{
    gsl_matrix *X = gsl_matrix_alloc(n, k + 1);
    gsl_vector *Y = gsl_vector_alloc(n);
    gsl_vector *c = gsl_vector_alloc(k + 1);
    gsl_matrix *cov = gsl_matrix_alloc(k + 1, k + 1);
    gsl_multifit_linear_workspace *w = gsl_multifit_linear_alloc(n, k + 1);
    ct_status st = CT_STATUS_OK;
    if (X == NULL || Y == NULL || c == NULL || cov == NULL || w == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    double mean = 0;
    for (size_t i = 0; i < n; i++) {
        gsl_matrix_set(X, i, 0, 1.0);
        for (size_t m = 0; m < k; m++)
            gsl_matrix_set(X, i, m + 1, x[i * p + cols[m]]);
        gsl_vector_set(Y, i, y[i]);
        mean += y[i];
    }
    mean /= (double)n;
    double chisq;
    if (gsl_multifit_linear(X, Y, c, cov, &chisq, w) != GSL_SUCCESS ||
        !isfinite(chisq)) {
        st = ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                           "the least-squares fit failed");
        goto done;
    }
    double t = 0;
    for (size_t i = 0; i < n; i++)
        t += (y[i] - mean) * (y[i] - mean);
    for (size_t m = 0; m <= k; m++)
        coef[m] = gsl_vector_get(c, m);
    *rss = chisq;
    *tss = t;
done:
    gsl_matrix_free(X);
    gsl_vector_free(Y);
    gsl_vector_free(c);
    gsl_matrix_free(cov);
    if (w != NULL)
        gsl_multifit_linear_free(w);
    return st;
}

ct_status ct_model_dependent_columns(const double *x, size_t n, size_t p,
                                     bool *dependent, double *coef,
                                     size_t *rank, ct_error *err)
{
    size_t *cols = malloc((p ? p : 1) * sizeof *cols);
    double *y = malloc((n ? n : 1) * sizeof *y);
    double *c = malloc((p + 1) * sizeof *c);
    ct_status st = CT_STATUS_OK;
    if (cols == NULL || y == NULL || c == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    size_t k = 0;
    for (size_t j = 0; j < p; j++) {
        dependent[j] = false;
        if (coef != NULL)
            memset(coef + j * (p + 1), 0, (p + 1) * sizeof *coef);
        if (k + 1 >= n) {
            /* As many parameters as areas: any further column fits
             * exactly, so it adds nothing the others do not span.  A NaN
             * intercept says so. */
            dependent[j] = true;
            if (coef != NULL)
                coef[j * (p + 1)] = NAN;
            continue;
        }
        for (size_t i = 0; i < n; i++)
            y[i] = x[i * p + j];
        double rss = 0, tss = 0;
        if (k == 0) {
            double mean = 0;
            for (size_t i = 0; i < n; i++)
                mean += y[i];
            mean /= (double)n;
            for (size_t i = 0; i < n; i++)
                tss += (y[i] - mean) * (y[i] - mean);
            rss = tss;
            c[0] = mean;
        } else if ((st = fit(x, y, n, p, cols, k, c, &rss, &tss, err)) !=
                   CT_STATUS_OK) {
            goto done;
        }
        /* Dependent when the others explain all but a millionth of its
         * variance: an exact combination, up to the rounding of
         * published figures. */
        if (!(rss > 1e-6 * tss)) {
            dependent[j] = true;
            if (coef != NULL) {
                coef[j * (p + 1)] = c[0];
                for (size_t m = 0; m < k; m++)
                    coef[j * (p + 1) + 1 + cols[m]] = c[m + 1];
            }
        } else {
            cols[k++] = j;
        }
    }
    *rank = k;
done:
    free(cols);
    free(y);
    free(c);
    return st;
}

ct_status ct_model_ols(const double *x, const double *y, size_t n, size_t p,
                       const bool *use, double *beta, double *r2,
                       ct_error *err)
{
    size_t *cols = malloc((p ? p : 1) * sizeof *cols);
    double *c = malloc((p + 1) * sizeof *c);
    ct_status st = CT_STATUS_OK;
    if (cols == NULL || c == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    size_t k = 0;
    for (size_t j = 0; j < p; j++) {
        beta[j] = 0;
        if (use == NULL || use[j])
            cols[k++] = j;
    }
    if (n <= k + 1) {
        st = ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                           "%zu areas for %zu variables; a regression needs "
                           "more areas than variables plus one", n, k);
        goto done;
    }
    double rss, tss;
    if ((st = fit(x, y, n, p, cols, k, c, &rss, &tss, err)) != CT_STATUS_OK)
        goto done;
    for (size_t m = 0; m < k; m++)
        beta[cols[m]] = c[m + 1];
    if (r2 != NULL)
        *r2 = tss > 0 ? 1.0 - rss / tss : NAN;
done:
    free(cols);
    free(c);
    return st;
}

/* One weighted least-squares step of y = b0 + b1 t (t = 0..n-1) with
 * weights w: the normal equations of a straight line, and their inverse
 * as the unscaled covariance. */
static bool wls_line(const double *z, const double *w, size_t n, double *b0,
                     double *b1, double cov[3])
{
    double sw = 0, st = 0, stt = 0, sz = 0, stz = 0;
    for (size_t i = 0; i < n; i++) {
        double t = (double)i;
        sw += w[i];
        st += w[i] * t;
        stt += w[i] * t * t;
        sz += w[i] * z[i];
        stz += w[i] * t * z[i];
    }
    double det = sw * stt - st * st;
    if (!(det > 0) || !isfinite(det))
        return false;
    *b1 = (sw * stz - st * sz) / det;
    *b0 = (sz - *b1 * st) / sw;
    cov[0] = stt / det;
    cov[1] = -st / det;
    cov[2] = sw / det;
    return true;
}

/* The fits of the projections are over a window of a few periods; a
 * window is rarely longer than a few dozen, so the work arrays live on the
 * stack up to this size. */
#define SMALL_N 64

ct_status ct_model_poisson_trend(const double *y, const double *offset,
                                 size_t n, ct_model_trend *fit_out,
                                 ct_error *err)
{
    if (n < 3)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "%zu points; a trend with a dispersion needs 3 "
                             "or more", n);
    double small[4 * SMALL_N];
    double *buf = n <= SMALL_N ? small : malloc(4 * n * sizeof *buf);
    if (buf == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    double *mu = buf, *eta = buf + n, *z = buf + 2 * n, *w = buf + 3 * n;
    double total = 0;
    ct_status st = CT_STATUS_OK;
    for (size_t i = 0; i < n; i++) {
        if (!(y[i] >= 0) || !isfinite(y[i])) {
            st = ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                               "count %g is not 0 or more", y[i]);
            goto done;
        }
        total += y[i];
        /* glm.fit's poisson()$initialize: the first eta has no offset. */
        mu[i] = y[i] + 0.1;
        eta[i] = log(mu[i]);
    }
    if (!(total > 0)) {
        st = ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                           "every count is 0; no trend can be fitted");
        goto done;
    }
    double devold = INFINITY, dev = 0, b0 = 0, b1 = 0, cov[3] = {0, 0, 0};
    int it;
    bool converged = false;
    for (it = 1; it <= 25; it++) {
        for (size_t i = 0; i < n; i++) {
            double off = offset ? offset[i] : 0.0;
            z[i] = (eta[i] - off) + (y[i] - mu[i]) / mu[i];
            w[i] = mu[i];
        }
        if (!wls_line(z, w, n, &b0, &b1, cov)) {
            st = ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                               "the trend's least-squares step failed");
            goto done;
        }
        dev = 0;
        for (size_t i = 0; i < n; i++) {
            eta[i] = b0 + b1 * (double)i + (offset ? offset[i] : 0.0);
            mu[i] = exp(eta[i]);
            dev += 2.0 * ((y[i] > 0 ? y[i] * log(y[i] / mu[i]) : 0.0) -
                          (y[i] - mu[i]));
        }
        if (!isfinite(dev)) {
            st = ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                               "the trend's deviance is not finite");
            goto done;
        }
        if (fabs(dev - devold) / (0.1 + fabs(dev)) < 1e-8) {
            converged = true;
            break;
        }
        devold = dev;
    }
    if (!converged) {
        st = ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                           "the trend did not converge in 25 iterations");
        goto done;
    }
    double pearson = 0;
    for (size_t i = 0; i < n; i++)
        pearson += (y[i] - mu[i]) * (y[i] - mu[i]) / mu[i];
    fit_out->b0 = b0;
    fit_out->b1 = b1;
    memcpy(fit_out->cov, cov, sizeof cov);
    fit_out->deviance = dev;
    fit_out->pearson = pearson;
    fit_out->phi_hat = pearson / (double)(n - 2);
    fit_out->iterations = it;
done:
    if (buf != small)
        free(buf);
    return st;
}

ct_status ct_model_farrington(const ct_model_trend *fit, double t0,
                              double offset0, bool quasi, double confidence,
                              ct_model_interval *out, ct_error *err)
{
    if (!(confidence > 0 && confidence < 1))
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "confidence %g is not between 0 and 1",
                             confidence);
    double phi = quasi && fit->phi_hat > 1 ? fit->phi_hat : 1.0;
    double mu0 = exp(fit->b0 + fit->b1 * t0 + offset0);
    double q = fit->cov[0] + 2.0 * t0 * fit->cov[1] + t0 * t0 * fit->cov[2];
    double se_fit = mu0 * sqrt(phi * q);
    double tau = phi + se_fit * se_fit / mu0;
    double se = sqrt(4.0 / 9.0 * cbrt(mu0) * tau);
    double z = gsl_cdf_ugaussian_Pinv(confidence + (1.0 - confidence) / 2.0);
    double base = pow(mu0, 2.0 / 3.0);
    double lo = base - z * se;
    out->mu0 = mu0;
    out->phi = phi;
    out->se_fit = se_fit;
    out->low = lo > 0 ? pow(lo, 1.5) : 0.0;
    out->high = pow(base + z * se, 1.5);
    if (!isfinite(mu0) || !isfinite(out->high))
        return ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                             "the projected count is not finite");
    return CT_STATUS_OK;
}
