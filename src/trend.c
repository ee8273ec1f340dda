/* trend.c - statistics over a series of periods: the Fingertips recent-trend
 * marker (weighted and proportion forms), ordinary least squares on rates,
 * Poisson regression of counts by IRLS, Mann-Kendall with Sen's slope and
 * XmR control charts.  It sits above stats.c, which does every
 * distribution and least-squares step (GSL lives there only); this file
 * holds the methods' own logic: which points are used, the decision rules
 * and their precedence, and the iterations. */
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "crimetrend/stats.h"
#include "crimetrend/trend.h"
#include "error_set.h"
#include "alloc.h"
#include "count_check.h"

/* Fingertips: the last five points, and chi-squared on 1 df at 0.998 as
 * PHE rounds it (the exact quantile is 9.54953570608). */
#define MARKER_POINTS 5
#define MARKER_THRESHOLD 9.5495

/* IRLS stops when neither coefficient moves by this much, or fails after
 * this many weighted fits. */
#define IRLS_TOLERANCE 1e-10
#define IRLS_MAX_ITERATIONS 100

/* NHS "Making Data Count" constants: 2.66 multiplies the average moving
 * range (3 sigma, as d2 = 1.128 for ranges of two); moving ranges from
 * 3.267 AMR up are screened out; runs and trends are 7 points long. */
#define XMR_LIMIT 2.66
#define XMR_SCREEN 3.267
#define XMR_RUN 7

/* Reasons a marker cannot be calculated or shows no change (static). */
static const char REASON_FEW[] = "fewer than 5 points";
static const char REASON_MISSING[] = "missing value";
static const char REASON_REPEATED[] = "repeated time points";
static const char REASON_ZERO_WIDTH[] = "interval of zero width";
static const char REASON_EXTREME[] = "proportion of 0 or 1";
static const char REASON_OUTLIER[] = "outlier found";

const char *ct_trend_direction_name(ct_trend_direction d)
{
    switch (d) {
    case CT_TREND_INCREASING: return "increasing";
    case CT_TREND_NO_CHANGE: return "no significant change";
    case CT_TREND_DECREASING: return "decreasing";
    case CT_TREND_CANNOT: return "cannot be calculated";
    }
    return "unknown";
}

const char *ct_trend_xmr_rule_name(ct_trend_xmr_rule r)
{
    switch (r) {
    case CT_TREND_XMR_NONE: return "";
    case CT_TREND_XMR_OUTSIDE_LIMITS: return "outside limits";
    case CT_TREND_XMR_TREND: return "trend of 7";
    case CT_TREND_XMR_TWO_OF_THREE: return "2 of 3 near a limit";
    case CT_TREND_XMR_SHIFT: return "shift of 7";
    }
    return "unknown";
}

/* -1, 0 or +1, as R's sign(). */
static int sign_of(double v)
{
    return (v > 0.0) - (v < 0.0);
}

/* Exact equality of two non-NaN doubles, spelled so that -Wfloat-equal
 * sees that it is meant: ties in data are exact repeats, not near ones. */
static bool same_value(double a, double b)
{
    return !(a < b) && !(a > b);
}

/* ---- Fingertips recent-trend marker ---------------------------------- */

static void marker_cannot(ct_trend_marker *out, const char *reason)
{
    out->direction = CT_TREND_CANNOT;
    out->slope = NAN;
    out->intercept = NAN;
    out->chi2 = NAN;
    out->reason = reason;
}

/* The marker reads the last MARKER_POINTS points of a series of 'n': sets
 * '*off' to the index of the first of them and returns true, or, when the
 * series is shorter, marks 'out' as not calculable and returns false. */
static bool marker_window(size_t n, ct_trend_marker *out, size_t *off)
{
    if (n < MARKER_POINTS) {
        marker_cannot(out, REASON_FEW);
        return false;
    }
    *off = n - MARKER_POINTS;
    return true;
}

/* Slope of the marker's regression on its five points, leaving out point
 * 'skip' (MARKER_POINTS to keep them all). */
typedef ct_status (*marker_slope_fn)(const void *ctx, size_t skip,
                                     double *beta, ct_error *err);

/* Checks the five time points: CT_STATUS_DOMAIN when they go backwards (the
 * caller must sort, or "the last five" would be the wrong ones); when two
 * are equal, 'out' is marked not calculable and '*usable' is false.
 * 'first' is the 1-based index of t[0] in the caller's series, for
 * messages. */
static ct_status check_marker_times(const double *t, size_t first,
                                    ct_trend_marker *out, bool *usable,
                                    ct_error *err)
{
    bool repeated = false;
    for (size_t i = 0; i < MARKER_POINTS; i++)
        if (isinf(t[i]))
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "time of point %zu is infinite; expected "
                                 "a finite time such as a year",
                                 first + i);
    for (size_t i = 1; i < MARKER_POINTS; i++) {
        if (t[i] < t[i - 1])
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "time '%g' of point %zu comes before "
                                 "'%g' of point %zu; expected times in "
                                 "ascending order", t[i], first + i,
                                 t[i - 1], first + i - 1);
        if (same_value(t[i], t[i - 1]))
            repeated = true;
    }
    *usable = !repeated;
    if (repeated)
        marker_cannot(out, REASON_REPEATED);
    return CT_STATUS_OK;
}

/* METHODS §2.5, the decision once beta and X^2 are known: X^2 must exceed
 * 9.5495 strictly; then each point is dropped in turn, and if any of the
 * five four-point slopes has a different sign from beta (PHE compares
 * sign(beta_sub) != sign(beta), so a slope of exactly 0 counts too) the
 * trend rests on one point: "no significant change", "outlier found". */
static ct_status marker_decide(marker_slope_fn slope, const void *ctx,
                               double beta, double alpha, double chi2,
                               ct_trend_marker *out, ct_error *err)
{
    out->slope = beta;
    out->intercept = alpha;
    out->chi2 = chi2;
    out->reason = NULL;
    if (!(chi2 > MARKER_THRESHOLD)) {
        out->direction = CT_TREND_NO_CHANGE;
        return CT_STATUS_OK;
    }
    for (size_t j = 0; j < MARKER_POINTS; j++) {
        double b;
        ct_status st = slope(ctx, j, &b, err);
        if (st != CT_STATUS_OK)
            return st;
        if (sign_of(b) != sign_of(beta)) {
            out->direction = CT_TREND_NO_CHANGE;
            out->reason = REASON_OUTLIER;
            return CT_STATUS_OK;
        }
    }
    out->direction = beta > 0.0 ? CT_TREND_INCREASING : CT_TREND_DECREASING;
    return CT_STATUS_OK;
}

/* Copies the five points without point 'skip' (none when skip is
 * MARKER_POINTS); returns how many were copied. */
static size_t copy_without(const double *src, size_t skip, double *dst)
{
    size_t m = 0;
    for (size_t i = 0; i < MARKER_POINTS; i++)
        if (i != skip)
            dst[m++] = src[i];
    return m;
}

struct values_ctx {
    const double *t;
    const double *value;
    double w[MARKER_POINTS];   /* 1 / sigma^2 */
};

/* METHODS §2.5: weighted least squares with w = 1/sigma^2; its slope
 * variance is S / (S Stt - St^2), unscaled by the residuals. */
static ct_status values_slope(const void *ctx, size_t skip, double *beta,
                              ct_error *err)
{
    const struct values_ctx *c = ctx;
    double t[MARKER_POINTS], y[MARKER_POINTS], w[MARKER_POINTS];
    size_t m = copy_without(c->t, skip, t);
    copy_without(c->value, skip, y);
    copy_without(c->w, skip, w);
    return ct_stats_wls(t, y, w, m, NULL, beta, NULL, NULL, NULL, NULL, err);
}

/* METHODS §2.5 (non-proportions) on the five points of the window, 'first'
 * being the 1-based place of t[0] in the caller's series (for messages).
 * sigma_i = (high_i - low_i) / (2 z), z for the level the intervals were
 * made at; beta and Var(beta) from the weighted fit; X^2 = beta^2 /
 * Var(beta). */
static ct_status values_marker(const double *t, const double *value,
                               const double *low, const double *high,
                               size_t first, double z, ct_trend_marker *out,
                               ct_error *err)
{
    for (size_t i = 0; i < MARKER_POINTS; i++)
        if (isnan(t[i]) || isnan(value[i]) || isnan(low[i]) ||
            isnan(high[i])) {
            marker_cannot(out, REASON_MISSING);
            return CT_STATUS_OK;
        }
    for (size_t i = 0; i < MARKER_POINTS; i++) {
        if (isinf(value[i]) || isinf(low[i]) || isinf(high[i]))
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "value or limit of point %zu is "
                                 "infinite; expected finite numbers",
                                 first + i);
        if (high[i] < low[i])
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "upper limit '%g' of point %zu is below "
                                 "its lower limit '%g'; expected low <= "
                                 "high", high[i], first + i, low[i]);
    }
    bool usable;
    ct_status st = check_marker_times(t, first, out, &usable, err);
    if (st != CT_STATUS_OK || !usable)
        return st;

    struct values_ctx c = {.t = t, .value = value};
    for (size_t i = 0; i < MARKER_POINTS; i++) {
        double width = high[i] - low[i];
        if (!(width > 0.0)) {
            marker_cannot(out, REASON_ZERO_WIDTH);
            return CT_STATUS_OK;
        }
        double sigma = width / (2.0 * z);
        c.w[i] = 1.0 / (sigma * sigma);
    }

    double alpha, beta, var;
    st = ct_stats_wls(t, value, c.w, MARKER_POINTS, &alpha, &beta, NULL, NULL,
                      &var, NULL, err);
    if (st != CT_STATUS_OK)
        return st;
    return marker_decide(values_slope, &c, beta, alpha, beta * beta / var,
                         out, err);
}

ct_status ct_trend_marker_values(const double *t, const double *value,
                                 const double *low, const double *high,
                                 size_t n, double confidence,
                                 ct_trend_marker *out, ct_error *err)
{
    double z;
    ct_status st = ct_stats_z(confidence, &z, err);
    if (st != CT_STATUS_OK)
        return st;
    size_t off;
    if (!marker_window(n, out, &off))
        return CT_STATUS_OK;
    return values_marker(t + off, value + off, low + off, high + off,
                         off + 1, z, out, err);
}

struct proportions_ctx {
    double t[MARKER_POINTS];       /* centred on their mean */
    double logit[MARKER_POINTS];   /* log(c / (d - c)) */
};

/* METHODS §2.5: the direction is the unweighted OLS slope of the logit. */
static ct_status proportions_slope(const void *ctx, size_t skip,
                                   double *beta, ct_error *err)
{
    const struct proportions_ctx *c = ctx;
    double t[MARKER_POINTS], y[MARKER_POINTS];
    size_t m = copy_without(c->t, skip, t);
    copy_without(c->logit, skip, y);
    return ct_stats_wls(t, y, NULL, m, NULL, beta, NULL, NULL, NULL, NULL,
                        err);
}

/* METHODS §2.5 (proportions) on the five points of the window, 'first' as
 * in values_marker: beta is the OLS slope of logit(c/d) on t,
 * and X^2 the chi-squared test for trend in proportions (Cochran-Armitage,
 * R's prop.trend.test):
 *   X^2 = D (D Sum c t - C Sum d t)^2 / (C (D - C) (D Sum d t^2 -
 *         (Sum d t)^2)).
 * X^2 is unchanged when t is shifted, so t is centred first: with years
 * near 2024 the two products in each difference agree to five or six
 * digits, and centring keeps those digits. */
static ct_status proportions_marker(const double *t, const int64_t *count,
                                    const int64_t *denominator, size_t first,
                                    ct_trend_marker *out, ct_error *err)
{
    for (size_t i = 0; i < MARKER_POINTS; i++) {
        if (denominator[i] <= 0)
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "denominator '%lld' of point %zu is not "
                                 "positive; expected a whole number of 1 "
                                 "or more", (long long)denominator[i],
                                 first + i);
        if (count[i] < 0 || count[i] > denominator[i])
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "count '%lld' of point %zu is outside 0.."
                                 "%lld; expected 0 <= count <= denominator",
                                 (long long)count[i], first + i,
                                 (long long)denominator[i]);
    }
    for (size_t i = 0; i < MARKER_POINTS; i++)
        if (isnan(t[i])) {
            marker_cannot(out, REASON_MISSING);
            return CT_STATUS_OK;
        }
    bool usable;
    ct_status st = check_marker_times(t, first, out, &usable, err);
    if (st != CT_STATUS_OK || !usable)
        return st;
    /* The logit of 0 or 1 is infinite, so the slope is undefined. */
    for (size_t i = 0; i < MARKER_POINTS; i++)
        if (count[i] == 0 || count[i] == denominator[i]) {
            marker_cannot(out, REASON_EXTREME);
            return CT_STATUS_OK;
        }

    struct proportions_ctx c;
    double tbar = 0.0;
    for (size_t i = 0; i < MARKER_POINTS; i++)
        tbar += t[i];
    tbar /= MARKER_POINTS;
    double sum_d = 0, sum_c = 0, sum_ct = 0, sum_dt = 0, sum_dt2 = 0;
    for (size_t i = 0; i < MARKER_POINTS; i++) {
        double ci = (double)count[i], di = (double)denominator[i];
        double ti = t[i] - tbar;
        c.t[i] = ti;
        c.logit[i] = log(ci / (di - ci));
        sum_d += di;
        sum_c += ci;
        sum_ct += ci * ti;
        sum_dt += di * ti;
        sum_dt2 += di * ti * ti;
    }
    double diff = sum_d * sum_ct - sum_c * sum_dt;
    double chi2 = sum_d * diff * diff /
                  (sum_c * (sum_d - sum_c) *
                   (sum_d * sum_dt2 - sum_dt * sum_dt));
    if (!isfinite(chi2))
        return ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                             "chi-squared for trend is not a finite number "
                             "('%g')", chi2);

    /* The fit is on the centred times; its intercept is moved back to
     * t = 0. */
    double alpha, beta;
    st = ct_stats_wls(c.t, c.logit, NULL, MARKER_POINTS, &alpha, &beta, NULL,
                      NULL, NULL, NULL, err);
    if (st != CT_STATUS_OK)
        return st;
    return marker_decide(proportions_slope, &c, beta, alpha - beta * tbar,
                         chi2, out, err);
}

ct_status ct_trend_marker_proportions(const double *t, const int64_t *count,
                                      const int64_t *denominator, size_t n,
                                      ct_trend_marker *out, ct_error *err)
{
    size_t off;
    if (!marker_window(n, out, &off))
        return CT_STATUS_OK;
    return proportions_marker(t + off, count + off, denominator + off,
                              off + 1, out, err);
}

/* ---- Ordinary least squares ------------------------------------------ */

/* Checks that every t and y is finite and that t is not constant. */
static ct_status check_series(const double *t, const double *y, size_t n,
                              ct_error *err)
{
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(t[i]))
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "time of point %zu is '%g'; expected a "
                                 "finite time such as a year", i + 1,
                                 t[i]);
        if (y != NULL && !isfinite(y[i]))
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "value of point %zu is '%g'; expected a "
                                 "finite number", i + 1, y[i]);
    }
    for (size_t i = 1; i < n; i++)
        if (!same_value(t[i], t[0]))
            return CT_STATUS_OK;
    return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                         "every time point is '%g'; expected at least two "
                         "different times", t[0]);
}

/* Two-sided p for estimate/se on 'df' degrees of freedom (0 for the
 * normal).  A zero se comes from an exact fit: the statistic is then
 * infinite (p = 0) unless the estimate is 0 too, when there is no slope
 * to test (p = 1). */
static ct_status two_sided_p(double estimate, double se, double df,
                             double *p, ct_error *err)
{
    if (!(se > 0.0)) {
        *p = sign_of(estimate) == 0 ? 1.0 : 0.0;
        return CT_STATUS_OK;
    }
    if (df > 0.0)
        return ct_stats_t_two_sided_p(estimate / se, df, p, err);
    return ct_stats_normal_two_sided_p(estimate / se, p, err);
}

/* METHODS §3.2: y = a + b t by gsl_fit_linear; se(b) = s / sqrt(Sxx) with
 * s^2 = RSS / (n - 2); interval b -/+ t(c; n-2) se; p from t = b / se on
 * n - 2 degrees of freedom. */
ct_status ct_trend_linear(const double *t, const double *y, size_t n,
                          double confidence, ct_trend_linear_fit *out,
                          ct_error *err)
{
    ct_status st = ctp_check_enough(n, 3, "points", "for a linear trend",
                                    err);
    if (st == CT_STATUS_OK)
        st = check_series(t, y, n, err);
    if (st != CT_STATUS_OK)
        return st;
    double df = (double)(n - 2), q;
    if ((st = ct_stats_t_quantile(confidence, df, &q, err)) != CT_STATUS_OK)
        return st;

    double a, b, var;
    st = ct_stats_wls(t, y, NULL, n, &a, &b, NULL, NULL, &var, NULL, err);
    if (st != CT_STATUS_OK)
        return st;
    double se = sqrt(var), p;
    if ((st = two_sided_p(b, se, df, &p, err)) != CT_STATUS_OK)
        return st;
    out->intercept = a;
    out->slope = b;
    out->slope_se = se;
    out->slope_low = b - q * se;
    out->slope_high = b + q * se;
    out->p_value = p;
    out->n = n;
    return CT_STATUS_OK;
}

/* ---- Poisson regression by IRLS -------------------------------------- */

/* What the IRLS steps share: the series, the work arrays (centred t,
 * offset, eta, mu, working response) and the coefficients so far.  One
 * struct rather than a dozen parameters, so each step reads as what it
 * decides. */
typedef struct irls {
    const int64_t *count;
    size_t n;
    double *work;
    double *tc, *off, *eta, *mu, *zr;
    double tbar;
    double a, b;     /* coefficients for the centred t */
    double change;   /* the last step's largest move */
    int iter;
} irls;

/* The checks come first so that a series that cannot be fitted is named
 * before any memory is taken; a series of zeros has no rate to fit. */
static ct_status poisson_check(const double *t, const int64_t *count,
                               const double *population, size_t n,
                               ct_error *err)
{
    ct_status st = ctp_check_enough(n, 3, "points",
                                    "for a Poisson regression", err);
    if (st == CT_STATUS_OK)
        st = check_series(t, NULL, n, err);
    if (st == CT_STATUS_OK)
        st = ctp_check_counts(count, population, n, "point", err);
    if (st != CT_STATUS_OK)
        return st;
    bool any_events = false;
    for (size_t i = 0; i < n; i++)
        any_events = any_events || count[i] > 0;
    if (!any_events)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "every count is 0; expected at least one "
                             "event to fit a rate to");
    return CT_STATUS_OK;
}

/* R's start, mu = x + 0.1, so that zero counts have a finite log; t is
 * centred to keep the two coefficients nearly uncorrelated. */
static ct_status irls_start(irls *s, const double *t,
                            const double *population, ct_error *err)
{
    size_t n = s->n;
    s->work = ctp_realloc_array(NULL, n, 5 * sizeof(double));
    if (s->work == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    s->tc = s->work;
    s->off = s->work + n;
    s->eta = s->work + 2 * n;
    s->mu = s->work + 3 * n;
    s->zr = s->work + 4 * n;

    s->tbar = 0.0;
    for (size_t i = 0; i < n; i++)
        s->tbar += t[i];
    s->tbar /= (double)n;
    for (size_t i = 0; i < n; i++) {
        s->tc[i] = t[i] - s->tbar;
        s->off[i] = log(population[i]);
        s->mu[i] = (double)s->count[i] + 0.1;
        s->eta[i] = log(s->mu[i]);
    }
    s->a = 0.0;
    s->b = 0.0;
    s->change = INFINITY;
    s->iter = 0;
    return CT_STATUS_OK;
}

/* One weighted fit of the working response, then the new means; a mean
 * of 0 or infinity means the fit has run off, which is an error rather
 * than a figure.  Sets *converged once the coefficients stop moving. */
static ct_status irls_step(irls *s, bool *converged, ct_error *err)
{
    size_t n = s->n;
    for (size_t i = 0; i < n; i++)
        s->zr[i] = s->eta[i] - s->off[i]
                   + ((double)s->count[i] - s->mu[i]) / s->mu[i];
    double a1, b1;
    ct_status st = ct_stats_wls(s->tc, s->zr, s->mu, n, &a1, &b1, NULL,
                                NULL, NULL, NULL, err);
    if (st != CT_STATUS_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        s->eta[i] = s->off[i] + a1 + b1 * s->tc[i];
        s->mu[i] = exp(s->eta[i]);
        if (!(s->mu[i] > 0.0) || isinf(s->mu[i]))
            return ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                                 "Poisson regression diverged: fitted "
                                 "count of point %zu is '%g' after %d "
                                 "iterations", i + 1, s->mu[i],
                                 s->iter + 1);
    }
    /* The start is a set of means, not coefficients, so the first
     * step has nothing to compare with. */
    if (s->iter > 0) {
        s->change = fmax(fabs(a1 - s->a), fabs(b1 - s->b));
        *converged = s->change < IRLS_TOLERANCE;
    }
    s->a = a1;
    s->b = b1;
    s->iter++;
    return CT_STATUS_OK;
}

/* Steps until the coefficients settle; a series with every event at the
 * first or last time has no finite estimate and never settles. */
static ct_status irls_run(irls *s, ct_error *err)
{
    bool converged = false;
    while (!converged && s->iter < IRLS_MAX_ITERATIONS) {
        ct_status st = irls_step(s, &converged, err);
        if (st != CT_STATUS_OK)
            return st;
    }
    if (!converged)
        return ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                             "Poisson regression did not converge in %d "
                             "iterations (last change %g); expected counts "
                             "that are not all 0 at every time but the "
                             "first or last", s->iter, s->change);
    return CT_STATUS_OK;
}

/* From the converged fit to what is reported: the Wald se, Pearson's
 * dispersion and the deviance, and (METHODS §3.3) the quasi-Poisson
 * interval only when the counts vary more than Poisson. */
static ct_status poisson_report(const irls *s, double z, double q,
                                ct_trend_poisson_fit *out, ct_error *err)
{
    size_t n = s->n;
    double df = (double)(n - 2), var = 0.0;
    /* Fisher information at the estimate itself (the last fit used the
     * weights of the step before, which differ by about the tolerance). */
    ct_status st = ct_stats_wls(s->tc, s->zr, s->mu, n, NULL, NULL, NULL,
                                NULL, &var, NULL, err);
    if (st != CT_STATUS_OK)
        return st;

    double pearson = 0.0, deviance = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = (double)s->count[i], r = x - s->mu[i];
        pearson += r * r / s->mu[i];
        /* x log(x / mu) -> 0 as x -> 0. */
        deviance += (x > 0.0 ? x * log(x / s->mu[i]) : 0.0) - r;
    }
    deviance *= 2.0;
    double dispersion = pearson / df;
    double b = s->b, se = sqrt(var), se_quasi = se * sqrt(dispersion);
    double p, p_quasi;
    if ((st = two_sided_p(b, se, 0.0, &p, err)) != CT_STATUS_OK ||
        (st = two_sided_p(b, se_quasi, df, &p_quasi, err)) != CT_STATUS_OK)
        return st;
    /* Never narrow the interval. */
    bool over = dispersion > 1.0;
    double half = over ? q * se_quasi : z * se;

    out->b0 = s->a - b * s->tbar;
    out->b1 = b;
    out->b1_se = se;
    out->annual_change = expm1(b);
    out->change_low = expm1(b - half);
    out->change_high = expm1(b + half);
    out->p_value = p;
    out->dispersion = dispersion;
    out->quasi = over;
    out->p_quasi = p_quasi;
    out->deviance = deviance;
    out->iterations = s->iter;
    return CT_STATUS_OK;
}

/* METHODS §3.3.  log mu_i = ln(pop_i) + a + b (t_i - tbar), fitted by
 * iteratively reweighted least squares: each step regresses the working
 * response z_i = eta_i - ln(pop_i) + (x_i - mu_i) / mu_i on t with weights
 * mu_i (the Poisson Fisher weights), until |delta a| and |delta b| are both
 * below 1e-10.  Centring t keeps the two coefficients nearly uncorrelated,
 * so the steps stay well conditioned with t in years; b0 = a - b tbar
 * restores the intercept for the original t.  The start is R's,
 * mu = x + 0.1, so that zero counts have a finite log.  The Wald se of b is
 * sqrt(1 / Sum mu (t - tbar_mu)^2), from the weights at the final
 * estimate. */
ct_status ct_trend_poisson(const double *t, const int64_t *count,
                           const double *population, size_t n,
                           double confidence, ct_trend_poisson_fit *out,
                           ct_error *err)
{
    ct_status st = poisson_check(t, count, population, n, err);
    if (st != CT_STATUS_OK)
        return st;
    double df = (double)(n - 2), z, q;
    if ((st = ct_stats_z(confidence, &z, err)) != CT_STATUS_OK ||
        (st = ct_stats_t_quantile(confidence, df, &q, err)) != CT_STATUS_OK)
        return st;

    irls s = { .count = count, .n = n };
    st = irls_start(&s, t, population, err);
    if (st == CT_STATUS_OK)
        st = irls_run(&s, err);
    if (st == CT_STATUS_OK)
        st = poisson_report(&s, z, q, out, err);
    free(s.work);
    return st;
}

/* ---- Mann-Kendall and Sen's slope ------------------------------------- */

static int compare_doubles(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

/* METHODS §3.4, as R's trend::mk.test (continuity correction, two-sided):
 *   S = Sum_{k<j} sgn(x_j - x_k),
 *   Var(S) = [n(n-1)(2n+5) - Sum_g t_g(t_g-1)(2t_g+5)] / 18 over groups of
 *            t_g tied values,
 *   z = sgn(S)(|S| - 1) / sqrt(Var(S)), p = 2 Phi(-|z|),
 *   tau = S / sqrt((n0 - Sum_g t_g(t_g-1)/2) n0), n0 = n(n-1)/2
 * (tau-b with no ties in time: trend's .Dfn, and R's cor(method =
 * "kendall")).  Sen's slope is the median of the n0 pairwise slopes
 * (x_j - x_k) / (t_j - t_k). */
ct_status ct_trend_mann_kendall(const double *t, const double *x, size_t n,
                                ct_trend_mann_kendall_result *out, ct_error *err)
{
    ct_status st = ctp_check_enough(n, 3, "points",
                                    "for a Mann-Kendall test", err);
    if (st == CT_STATUS_OK)
        st = check_series(t, x, n, err);
    if (st != CT_STATUS_OK)
        return st;
    for (size_t i = 1; i < n; i++)
        if (!(t[i] > t[i - 1]))
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "time '%g' of point %zu does not follow "
                                 "'%g' of point %zu; expected strictly "
                                 "ascending times", t[i], i + 1, t[i - 1],
                                 i);
    if (n - 1 > SIZE_MAX / n)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    size_t n_pairs = n * (n - 1) / 2;
    if (n_pairs > SIZE_MAX - n)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    double *work = ctp_realloc_array(NULL, n + n_pairs, sizeof(double));
    if (work == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    double *sorted = work, *slopes = work + n;

    double s = 0.0;
    size_t m = 0;
    for (size_t k = 0; k < n; k++)
        for (size_t j = k + 1; j < n; j++) {
            s += sign_of(x[j] - x[k]);
            slopes[m++] = (x[j] - x[k]) / (t[j] - t[k]);
        }

    for (size_t i = 0; i < n; i++)
        sorted[i] = x[i];
    qsort(sorted, n, sizeof *sorted, compare_doubles);
    double tie_var = 0.0, tie_pairs = 0.0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && same_value(sorted[j], sorted[i]))
            j++;
        double g = (double)(j - i);
        tie_var += g * (g - 1.0) * (2.0 * g + 5.0);
        tie_pairs += g * (g - 1.0) / 2.0;
        i = j;
    }

    double nd = (double)n, n0 = nd * (nd - 1.0) / 2.0;
    double var_s = (nd * (nd - 1.0) * (2.0 * nd + 5.0) - tie_var) / 18.0;
    /* S is 0 whenever Var(S) is (every value tied), so z never divides
     * by zero. */
    double zs = 0.0;
    if (s > 0.0)
        zs = (s - 1.0) / sqrt(var_s);
    else if (s < 0.0)
        zs = (s + 1.0) / sqrt(var_s);
    double p, sen, d = sqrt((n0 - tie_pairs) * n0);
    if ((st = ct_stats_normal_two_sided_p(zs, &p, err)) != CT_STATUS_OK ||
        (st = ct_stats_median(slopes, n_pairs, &sen, err)) != CT_STATUS_OK)
        goto out;
    out->s = s;
    out->var_s = var_s;
    out->z = zs;
    out->p_value = p;
    out->tau = d > 0.0 ? s / d : NAN;
    out->sen_slope = sen;
out:
    free(work);
    return st;
}

/* ---- XmR control chart ------------------------------------------------ */

void ct_trend_xmr_options_init(ct_trend_xmr_options *o)
{
    o->screen = true;
    o->fix_after = 0;
    o->rebase = NULL;
    o->n_rebase = 0;
    o->on_mean = CT_TREND_XMR_ON_MEAN_BREAK;
    o->two_in_three = CT_TREND_XMR_TWO_IN_THREE_PACKAGE;
    o->tolerance = 0.0;
}

/* METHODS-ADDENDUM §B.1 (ptd_spc_standard) for one group x[0..n-1] whose
 * first 'fixed' points set the limits: the mean of those points (R's
 * two-pass mean), the mean of their moving ranges, screened once (MRs of
 * 3.267 AMR or more dropped, strictly '<' kept; the mean is not
 * recomputed).  AMR 0 is "no variation" (§B.5.1): the package would
 * screen out every MR and give NaN limits; here the limits sit on the
 * mean. */
static void xmr_limits(const double *x, size_t fixed, bool screen,
                       ct_trend_xmr_point *g)
{
    double mean = ct_stats_mean(x, fixed);
    double mr_sum = 0.0;
    for (size_t i = 1; i < fixed; i++)
        mr_sum += fabs(x[i] - x[i - 1]);
    double amr = fixed > 1 ? mr_sum / (double)(fixed - 1) : 0.0;
    bool flat = !(amr > 0.0);
    if (screen && !flat) {
        double cut = XMR_SCREEN * amr, kept_sum = 0.0;
        size_t kept = 0;
        for (size_t i = 1; i < fixed; i++) {
            double mr = fabs(x[i] - x[i - 1]);
            if (mr < cut) {
                kept_sum += mr;
                kept++;
            }
        }
        /* At least one MR lies below the mean of all, so 'kept' > 0. */
        amr = kept_sum / (double)kept;
    }
    if (flat)
        amr = 0.0;
    double spread = XMR_LIMIT * amr, near = 2.0 / 3.0 * spread;
    g->mean = mean;
    g->amr = amr;
    g->upper = mean + spread;
    g->lower = mean - spread;
    g->near_upper = mean + near;
    g->near_lower = mean - near;
    g->no_variation = flat;
}

/* METHODS-ADDENDUM §B.2 (ptd_calculate_point_type) on one group: each
 * rule marks its points, lowest precedence first so that each later rule
 * overwrites. */
static void xmr_rules(const double *x, ct_trend_xmr_point *p, size_t n,
                      const ct_trend_xmr_options *o)
{
    for (size_t i = 0; i < n; i++)
        p[i].rule = CT_TREND_XMR_NONE;
    if (p[0].no_variation)
        return;
    /* Shift: 7 on one side.  Breaking: consecutive points; skipping: the
     * points off the mean, those on it passed over (and not marked). */
    size_t run = 0;
    int side = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i].side == 0) {
            if (o->on_mean == CT_TREND_XMR_ON_MEAN_BREAK) {
                run = 0;
                side = 0;
            }
            continue;
        }
        if (p[i].side != side) {
            run = 0;
            side = p[i].side;
        }
        run++;
        if (run >= XMR_RUN) {
            /* Mark back over the last 7 off-mean points of the run. */
            size_t marked = 0;
            for (size_t k = i + 1; k-- > 0 && marked < XMR_RUN;)
                if (p[k].side == side) {
                    p[k].rule = CT_TREND_XMR_SHIFT;
                    marked++;
                }
        }
    }
    /* 2 of 3: windows [s, s+2] all strictly on one side with 2 or more
     * points beyond the near limit; only those points are marked. */
    for (size_t s = 0; s + 2 < n; s++) {
        int sum = p[s].side + p[s + 1].side + p[s + 2].side;
        if (sum != 3 && sum != -3)
            continue;
        bool close[3];
        int n_close = 0;
        for (size_t k = 0; k < 3; k++) {
            double v = x[s + k];
            bool beyond = v > p[s + k].near_upper || v < p[s + k].near_lower;
            bool outside = v > p[s + k].upper || v < p[s + k].lower;
            close[k] = beyond &&
                       (o->two_in_three == CT_TREND_XMR_TWO_IN_THREE_MDC2023 ||
                        !outside);
            n_close += close[k];
        }
        if (n_close >= 2)
            for (size_t k = 0; k < 3; k++)
                if (close[k])
                    p[s + k].rule = CT_TREND_XMR_TWO_OF_THREE;
    }
    /* Trend: 6 successive differences of one strict sign. */
    for (size_t e = XMR_RUN - 1; e < n; e++) {
        int dir = sign_of(x[e] - x[e - 1]);
        size_t k = 1;
        while (dir != 0 && k < XMR_RUN - 1 &&
               sign_of(x[e - k] - x[e - k - 1]) == dir)
            k++;
        if (dir != 0 && k == XMR_RUN - 1)
            for (k = 0; k < XMR_RUN; k++)
                p[e - k].rule = CT_TREND_XMR_TREND;
    }
    for (size_t i = 0; i < n; i++)
        if (x[i] > p[i].upper || x[i] < p[i].lower)
            p[i].rule = CT_TREND_XMR_OUTSIDE_LIMITS;
}

/* METHODS-ADDENDUM §B.3: groups start at index 0 and at each rebase
 * index; each gets its own limits from its first fix_after points and its
 * own rules, so runs never cross a rebase. */
ct_status ct_trend_xmr_chart(const double *x, size_t n,
                             const ct_trend_xmr_options *o, ct_trend_xmr_point *points,
                             ct_error *err)
{
    ct_trend_xmr_options defaults;
    if (o == NULL) {
        ct_trend_xmr_options_init(&defaults);
        o = &defaults;
    }
    ct_status enough = ctp_check_enough(n, 2, "points",
                                         "for an XmR chart", err);
    if (enough != CT_STATUS_OK)
        return enough;
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "value of point %zu is '%g'; expected a "
                                 "finite number", i + 1, x[i]);
    if (o->fix_after > 0 && o->fix_after < 12)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "limits fixed after %zu points; expected 12 "
                             "or more (NHSRplotthedots' minimum)",
                             o->fix_after);
    if (!(o->tolerance >= 0.0) || isinf(o->tolerance))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "tolerance '%g' is not a finite number of 0 "
                             "or more", o->tolerance);
    size_t start = 0, group = 0;
    while (start < n) {
        /* The group runs to the next rebase index after 'start'. */
        size_t end = n;
        for (size_t k = 0; k < o->n_rebase; k++)
            if (o->rebase[k] > start && o->rebase[k] < end)
                end = o->rebase[k];
        size_t len = end - start;
        size_t fixed = o->fix_after > 0 && o->fix_after < len ? o->fix_after
                                                               : len;
        ct_trend_xmr_point g;
        xmr_limits(x + start, fixed, o->screen, &g);
        for (size_t i = start; i < end; i++) {
            points[i] = g;
            points[i].group = group;
            points[i].short_group = len < 13;
            double d = x[i] - g.mean;
            points[i].side = fabs(d) <= o->tolerance ? 0 : sign_of(d);
        }
        xmr_rules(x + start, points + start, len, o);
        start = end;
        group++;
    }
    return CT_STATUS_OK;
}

/* The one-group chart of METHODS §3.5, through ct_trend_xmr_chart. */
ct_status ct_trend_xmr(const double *x, size_t n, bool screen,
                       ct_trend_xmr_limits *out, ct_trend_xmr_rule *rule, ct_error *err)
{
    ct_status enough = ctp_check_enough(n, 2, "points",
                                         "for an XmR chart", err);
    if (enough != CT_STATUS_OK)
        return enough;
    ct_trend_xmr_point *p = malloc(n * sizeof *p);
    if (p == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    ct_trend_xmr_options o;
    ct_trend_xmr_options_init(&o);
    o.screen = screen;
    ct_status st = ct_trend_xmr_chart(x, n, &o, p, err);
    if (st == CT_STATUS_OK) {
        out->mean = p[0].mean;
        out->amr = p[0].amr;
        out->upper = p[0].upper;
        out->lower = p[0].lower;
        out->near_upper = p[0].near_upper;
        out->near_lower = p[0].near_lower;
        out->n = n;
        for (size_t i = 0; rule != NULL && i < n; i++)
            rule[i] = p[i].rule;
    }
    free(p);
    return st;
}

ct_status ctp_check_enough(size_t n, size_t least, const char *units,
                           const char *purpose, ct_error *err)
{
    if (n >= least)
        return CT_STATUS_OK;
    return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                         "%zu %s are too few %s; expected at least %zu", n,
                         units, purpose, least);
}

ct_status ctp_check_counts(const int64_t *count, const double *population,
                           size_t n, const char *unit, ct_error *err)
{
    for (size_t i = 0; i < n; i++) {
        if (count[i] < 0)
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "count '%lld' of %s %zu is negative; "
                                 "expected a whole number of 0 or more",
                                 (long long)count[i], unit, i + 1);
        if (!(population[i] > 0.0) || isinf(population[i]))
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "population '%g' of %s %zu is not "
                                 "positive; expected a finite number above "
                                 "0", population[i], unit, i + 1);
    }
    return CT_STATUS_OK;
}
