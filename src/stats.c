/* stats.c - distributions and confidence intervals: Poisson limits for a
 * count, Wilson and Clopper-Pearson limits for a proportion, and R's exact
 * binomial test.  The rate and change modules build on these.  This is the
 * one file of the library that uses GSL; every GSL result is checked here
 * and a failure comes back as CT_STATUS_NUMERIC, never as an abort. */
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "crimetrend/stats.h"
#include "error_set.h"
#include "count_check.h"

/* Largest number of trials the binomial code accepts.  Its tail sums take
 * O(sqrt(n)) terms, some millions at this limit; crime counts are far
 * below it. */
#define MAX_TRIALS ((int64_t)1 << 40)

void ct_stats_init(void)
{
    /* Setting the same handler again is harmless, so no "once" flag (and no
     * shared state to race on) is needed. */
    gsl_set_error_handler_off();
}

const char *ct_stats_ci_method_name(ct_stats_ci_method method)
{
    switch (method) {
    case CT_STATS_CI_EXACT: return "Exact";
    case CT_STATS_CI_BYAR: return "Byar";
    case CT_STATS_CI_WILSON: return "Wilson";
    case CT_STATS_CI_CLOPPER: return "Exact conditional";
    }
    return "unknown";
}

ct_status ctp_check_confidence(double confidence, ct_error *err)
{
    if (!(confidence > 0.0 && confidence < 1.0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "confidence '%g' is outside (0, 1); expected "
                             "a level such as 0.95", confidence);
    return CT_STATUS_OK;
}

ct_status ctp_check_positive(double v, const char *what, const char *verb,
                             ct_error *err)
{
    if (!(v > 0.0) || isinf(v))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "%s '%g' %s not positive; expected a finite "
                             "number above 0", what, v, verb);
    return CT_STATUS_OK;
}

ct_status ctp_check_nonnegative(double v, const char *what, ct_error *err)
{
    if (!(v >= 0.0) || isinf(v))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "%s '%g' is not a finite number of 0 or more",
                             what, v);
    return CT_STATUS_OK;
}

ct_status ctp_check_count(int64_t count, ct_error *err)
{
    if (count < 0)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "count '%lld' is negative; expected a whole "
                             "number of 0 or more", (long long)count);
    return CT_STATUS_OK;
}

/* Checks x successes out of n trials: 0 <= x <= n, n >= 1. */
static ct_status check_trials(int64_t x, int64_t n, ct_error *err)
{
    if (n <= 0)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "total '%lld' is not positive; expected a "
                             "whole number of 1 or more", (long long)n);
    if (n > MAX_TRIALS)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "total '%lld' is too large; expected at most "
                             "%lld", (long long)n, (long long)MAX_TRIALS);
    if (x > n)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "count '%lld' exceeds its total '%lld'; "
                             "expected at most the total",
                             (long long)x, (long long)n);
    return ctp_check_count(x, err);
}

/* Reports a GSL result that is NaN or infinite ('what' names it). */
static ct_status check_finite(double v, const char *what, ct_error *err)
{
    if (!isfinite(v))
        return ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                             "%s is not a finite number ('%g')", what, v);
    return CT_STATUS_OK;
}

/* What a binomial interval checks first: the trials, then the level. */
static ct_status check_binomial_ci(int64_t x, int64_t n, double confidence,
                                   ct_error *err)
{
    ct_status st = check_trials(x, n, err);
    return st != CT_STATUS_OK ? st : ctp_check_confidence(confidence, err);
}

/* Both limits of an interval must be finite; 'method' names the interval
 * in the error ("lower Wilson limit is not a finite number"). */
static ct_status check_limits(double lo, double hi, const char *method,
                              ct_error *err)
{
    char what[64];
    snprintf(what, sizeof what, "lower %s limit", method);
    ct_status st = check_finite(lo, what, err);
    if (st != CT_STATUS_OK)
        return st;
    snprintf(what, sizeof what, "upper %s limit", method);
    return check_finite(hi, what, err);
}

/* METHODS §2.1: z = Phi^-1(c + (1 - c) / 2), the PHE formula. */
ct_status ct_stats_z(double confidence, double *z, ct_error *err)
{
    ct_status st = ctp_check_confidence(confidence, err);
    if (st != CT_STATUS_OK)
        return st;
    double v = gsl_cdf_ugaussian_Pinv(confidence + (1.0 - confidence) / 2.0);
    st = check_finite(v, "normal quantile", err);
    if (st != CT_STATUS_OK)
        return st;
    *z = v;
    return CT_STATUS_OK;
}

/* METHODS §2.1.  Exact chi-squared limits below 10 (the switch is at
 * O < 10 exactly, so 10 uses Byar):
 *   O_L = chi2(a/2; 2O) / 2, and 0 when O = 0 (GSL rejects nu = 0),
 *   O_U = chi2(1 - a/2; 2O + 2) / 2 (note O + 1 degrees of freedom / 2).
 * Byar from 10:
 *   O_L = O (1 - 1/(9O) - z/(3 sqrt O))^3,
 *   O_U = (O+1) (1 - 1/(9(O+1)) + z/(3 sqrt(O+1)))^3. */
ct_status ct_stats_poisson_ci(int64_t count, double confidence, double *low,
                              double *high, ct_stats_ci_method *method,
                              ct_error *err)
{
    ct_status st = ctp_check_count(count, err);
    if (st == CT_STATUS_OK)
        st = ctp_check_confidence(confidence, err);
    if (st != CT_STATUS_OK)
        return st;

    double o = (double)count;
    double lo, hi;
    ct_stats_ci_method m;
    if (count < 10) {
        if ((st = ct_stats_poisson_exact(o, confidence, &lo, &hi, err)) !=
            CT_STATUS_OK)
            return st;
        m = CT_STATS_CI_EXACT;
    } else {
        double z;
        st = ct_stats_z(confidence, &z, err);
        if (st != CT_STATUS_OK)
            return st;
        double o1 = o + 1.0;
        double bl = 1.0 - 1.0 / (9.0 * o) - z / (3.0 * sqrt(o));
        double bu = 1.0 - 1.0 / (9.0 * o1) + z / (3.0 * sqrt(o1));
        lo = o * bl * bl * bl;
        hi = o1 * bu * bu * bu;
        m = CT_STATS_CI_BYAR;
    }
    if ((st = check_limits(lo, hi, "Poisson", err)) != CT_STATUS_OK)
        return st;
    *low = lo;
    *high = hi;
    *method = m;
    return CT_STATUS_OK;
}

/* METHODS §2.2, the closed form (never the Wald interval):
 *   L, U = (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2)).
 * At x = 0 and x = n the formula gives 0 and 1 only up to rounding (z
 * times sqrt(z^2) need not be z^2 exactly), so those ends are set exactly;
 * otherwise the limits are clamped into [0, 1]. */
ct_status ct_stats_wilson_ci(int64_t x, int64_t n, double confidence,
                             double *low, double *high, ct_error *err)
{
    double z;
    ct_status st = check_binomial_ci(x, n, confidence, err);
    if (st == CT_STATUS_OK)
        st = ct_stats_z(confidence, &z, err);
    if (st != CT_STATUS_OK)
        return st;

    double xd = (double)x, nd = (double)n, z2 = z * z;
    double root = z * sqrt(z2 + 4.0 * xd * (1.0 - xd / nd));
    double denom = 2.0 * (nd + z2);
    double lo = x == 0 ? 0.0 : (2.0 * xd + z2 - root) / denom;
    double hi = x == n ? 1.0 : (2.0 * xd + z2 + root) / denom;
    if ((st = check_limits(lo, hi, "Wilson", err)) != CT_STATUS_OK)
        return st;
    *low = fmax(0.0, lo);
    *high = fmin(1.0, hi);
    return CT_STATUS_OK;
}

/* ---- Binomial distribution ------------------------------------------ */

/* GSL 2.7's incomplete beta function, behind gsl_cdf_binomial_P/Q and
 * gsl_cdf_beta_Pinv, fails for the counts this tool sees: beta_Pinv does
 * not converge for x = 34,556 of 68,080, and for n near 3 million beta_Q
 * returns NaN and beta_Pinv never returns.  So binomial tails are summed
 * here, term by term outward from their inner end (O(sqrt(n)) terms), and
 * the Clopper-Pearson limits are found by inverting those sums.
 *
 * The binomial test compares densities with a relative tolerance of only
 * 1e-7, so the densities must be accurate to far better than that for
 * counts in the millions.  log C(n, k) from lgamma loses about 1e-9 at
 * n = 10^6 (cancellation between terms near 10^7), so, like R's dbinom,
 * the density uses Loader's saddle-point form, accurate to a few ulps at
 * any n. */

/* Stirling's error, log(n!) - log(sqrt(2 pi n) (n/e)^n), for n >= 1.  It
 * equals log Gamma*(n), GSL's regulated gamma function. */
static double stirlerr(double n)
{
    return log(gsl_sf_gammastar(n));
}

/* Loader's deviance term x log(x/np) + np - x, without the cancellation of
 * the direct form when x is near np (series in v = (x-np)/(x+np)). */
static double bd0(double x, double np)
{
    if (fabs(x - np) < 0.1 * (x + np)) {
        double v = (x - np) / (x + np);
        double s = (x - np) * v;
        double ej = 2.0 * x * v;
        v *= v;
        for (int j = 1; j < 1000; j++) {
            ej *= v;
            double term = ej / (2 * j + 1);
            s += term;
            if (fabs(term) <= DBL_EPSILON * fabs(s))
                break;
        }
        return s;
    }
    return x * log(x / np) + np - x;
}

/* log P(X = x) for X ~ Binomial(n, p), 0 < p < 1, 0 <= x <= n: R's
 * dbinom_raw (Loader 2000) on the log scale:
 *   log d = stirlerr(n) - stirlerr(x) - stirlerr(n-x)
 *           - bd0(x, np) - bd0(n-x, nq) - log(2 pi x (n-x)/n) / 2. */
static double log_dbinom(double x, double n, double p)
{
    double q = 1.0 - p;
    if (!(x > 0.0))
        return p < 0.1 ? -bd0(n, n * q) - n * p : n * log(q);
    if (!(x < n))
        return q < 0.1 ? -bd0(n, n * p) - n * q : n * log(p);
    double lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p)
                - bd0(n - x, n * q);
    double lf = log(2.0 * M_PI) + log(x) + log1p(-x / n);
    return lc - 0.5 * lf;
}

/* Sums P(X = i) from i = k outward: up to n when 'up', else down to 0.
 * The caller ensures the terms only fall in that direction (k is at or
 * beyond the mode), so each term follows from the last by the ratio
 *   d(i+1)/d(i) = (n-i)/(i+1) * p/q,  d(i-1)/d(i) = i/(n-i+1) * q/p,
 * re-anchored on the exact density every 512 terms so that rounding does
 * not build up.  The ratios fall too (the binomial is log-concave), so the
 * rest of the tail is at most term * r / (1 - r); the sum stops once that
 * is below half an ulp of the total. */
static double sum_outward(int64_t k, int64_t n, double p, bool up)
{
    double nd = (double)n, q = 1.0 - p;
    double odds = up ? p / q : q / p; /* once, not at every step */
    double term = exp(log_dbinom((double)k, nd, p));
    double sum = 0.0;
    int64_t i = k;
    for (long steps = 1;; steps++) {
        sum += term;
        if (up ? i >= n : i <= 0)
            break;
        double id = (double)i;
        double r = up ? (nd - id) / (id + 1.0) * odds
                      : id / (nd - id + 1.0) * odds;
        /* The bound term * r / (1 - r) is never below term * r, as
         * 0 < 1 - r <= 1: while term * r alone exceeds the tolerance the
         * division (slow, and most steps are such) cannot change the
         * answer, so it is skipped; the test is otherwise unchanged. */
        double tol = 0.5 * DBL_EPSILON * sum, next_term = term * r;
        if (r < 1.0 && next_term <= tol && next_term / (1.0 - r) <= tol)
            break;
        i += up ? 1 : -1;
        term = steps % 512 == 0 ? exp(log_dbinom((double)i, nd, p))
                                : next_term;
    }
    return sum;
}

/* P(X <= k), 0 < p < 1.  Summed directly when the terms fall from k
 * downward (k <= (n+1)p, the upper mode); otherwise 1 - P(X >= k+1), which
 * is then the smaller tail. */
static double binom_cdf(int64_t k, int64_t n, double p)
{
    if (k < 0)
        return 0.0;
    if (k >= n)
        return 1.0;
    if ((double)k <= ((double)n + 1.0) * p)
        return sum_outward(k, n, p, false);
    return 1.0 - sum_outward(k + 1, n, p, true);
}

/* P(X >= k), 0 < p < 1.  Summed directly when the terms fall from k
 * upward (k + 1 >= (n+1)p), otherwise 1 - P(X <= k-1). */
static double binom_sf(int64_t k, int64_t n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    if ((double)k + 1.0 >= ((double)n + 1.0) * p)
        return sum_outward(k, n, p, true);
    return 1.0 - sum_outward(k - 1, n, p, false);
}

/* One Clopper-Pearson limit for x of n (0 < x < n for the lower, x < n for
 * the upper).  The lower limit pi_L = Beta^-1(a/2; x, n-x+1) is the pi at
 * which P(X >= x; pi) = a/2; the upper pi_U = Beta^-1(1-a/2; x+1, n-x) is
 * the pi at which P(X <= x; pi) = a/2.  The tail is monotone in pi, with
 * derivative x d(x)/pi and -(n-x) d(x)/(1-pi) respectively, so Newton's
 * method is used inside a bracket that always holds the root (pi_L lies in
 * (0, x/n], pi_U in [x/n, 1)), bisecting whenever a step would leave it. */
static double clopper_limit(int64_t x, int64_t n, double tail, bool upper)
{
    double xd = (double)x, nd = (double)n, phat = xd / nd;
    double lo = upper ? phat : 0.0, hi = upper ? 1.0 : phat;
    double pi = 0.5 * (lo + hi);
    for (int iter = 0; iter < 400; iter++) {
        /* f rises with pi in both cases: f = +-(tail prob - a/2). */
        double f, dfdpi, ld = log_dbinom(xd, nd, pi);
        if (upper) {
            f = tail - binom_cdf(x, n, pi);
            dfdpi = (nd - xd) * exp(ld) / (1.0 - pi);
        } else {
            f = binom_sf(x, n, pi) - tail;
            dfdpi = xd * exp(ld) / pi;
        }
        if (f < 0.0)
            lo = pi;
        else if (f > 0.0)
            hi = pi;
        else
            return pi;
        double next = pi - f / dfdpi;
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        /* Converged when the step, or the bracket, is down to rounding. */
        if (fabs(next - pi) <= 2.0 * DBL_EPSILON * pi ||
            hi - lo <= 2.0 * DBL_EPSILON * hi)
            return next;
        pi = next;
    }
    return GSL_NAN;
}

/* METHODS §3.1: pi_L = Beta^-1(a/2; x, n-x+1), 0 when x = 0;
 * pi_U = Beta^-1(1 - a/2; x+1, n-x), 1 when x = n (as R's binom.test),
 * each found as the root of a binomial tail (see clopper_limit()). */
ct_status ct_stats_clopper_pearson(int64_t x, int64_t n, double confidence,
                                   double *low, double *high, ct_error *err)
{
    ct_status st = check_binomial_ci(x, n, confidence, err);
    if (st != CT_STATUS_OK)
        return st;

    double alpha = (1.0 - confidence) / 2.0;
    double lo = x == 0 ? 0.0 : clopper_limit(x, n, alpha, false);
    double hi = x == n ? 1.0 : clopper_limit(x, n, alpha, true);
    if ((st = check_limits(lo, hi, "Clopper-Pearson", err)) != CT_STATUS_OK)
        return st;
    *low = lo;
    *high = hi;
    return CT_STATUS_OK;
}

/* METHODS §3.1: the two-sided p of R's binom.test (stats/R/binom.test.R):
 *   d = dbinom(x); m = np; x == m gives 1;
 *   x < m: y = #{i in ceil(m)..n : dbinom(i) <= d * relErr},
 *          p = pbinom(x) + P(X > n - y);
 *   x > m: y = #{i in 0..floor(m) : dbinom(i) <= d * relErr},
 *          p = pbinom(y - 1) + P(X >= x);
 * with relErr = 1 + 1e-7, so that ties such as p = 0.5, x and n - x count
 * as equally likely.  R scans the whole other tail; the density is
 * monotone there (the mode lies between floor(m) and ceil(m)), so the
 * qualifying outcomes form one run that reaches the end of the tail and
 * its edge is found by bisection: O(log n) density evaluations. */
ct_status ct_stats_binom_test(int64_t x, int64_t n, double p, double *p_value,
                              ct_error *err)
{
    ct_status st = check_trials(x, n, err);
    if (st != CT_STATUS_OK)
        return st;
    if (!(p >= 0.0 && p <= 1.0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "probability '%g' is outside [0, 1]; expected "
                             "a probability of success", p);

    /* Degenerate nulls: only one outcome is possible. */
    if (!(p > 0.0)) {
        *p_value = x == 0 ? 1.0 : 0.0;
        return CT_STATUS_OK;
    }
    if (!(p < 1.0)) {
        *p_value = x == n ? 1.0 : 0.0;
        return CT_STATUS_OK;
    }

    double nd = (double)n, xd = (double)x, m = nd * p;
    if (!(xd < m) && !(xd > m)) {
        *p_value = 1.0;
        return CT_STATUS_OK;
    }
    double log_d = log_dbinom(xd, nd, p);
    if ((st = check_finite(log_d, "binomial log density", err)) != CT_STATUS_OK)
        return st;
    /* d(i) <= d(x) * relErr, on the log scale. */
    double limit = log_d + log1p(1e-7);
    double pv;
    if (xd < m) {
        /* Smallest k in [ceil(m), n + 1] with d(k) <= limit; d falls from
         * ceil(m), so every i >= k qualifies (k = n + 1: none do). */
        int64_t lo = (int64_t)ceil(m), hi = n + 1;
        while (lo < hi) {
            int64_t mid = lo + (hi - lo) / 2;
            if (log_dbinom((double)mid, nd, p) <= limit)
                hi = mid;
            else
                lo = mid + 1;
        }
        pv = binom_cdf(x, n, p) + binom_sf(lo, n, p);
    } else {
        /* Largest j in [-1, floor(m)] with d(j) <= limit; d rises up to
         * floor(m), so every i <= j qualifies (j = -1: none do). */
        int64_t lo = -1, hi = (int64_t)floor(m);
        while (lo < hi) {
            int64_t mid = hi - (hi - lo) / 2;
            if (log_dbinom((double)mid, nd, p) <= limit)
                lo = mid;
            else
                hi = mid - 1;
        }
        pv = binom_cdf(lo, n, p) + binom_sf(x, n, p);
    }
    if ((st = check_finite(pv, "binomial p value", err)) != CT_STATUS_OK)
        return st;
    /* Two tails computed separately can overshoot 1 by an ulp. */
    *p_value = fmin(1.0, pv);
    return CT_STATUS_OK;
}

/* ---- Gamma quantiles and exact Poisson limits ------------------------- */

/* GSL's chi-squared distribution function is off just above the mean for
 * large degrees of freedom (gsl_cdf_chisq_P(8e7, 79975210) = 0.97797
 * where R's pchisq gives 0.97500), and gsl_cdf_chisq_Pinv returns NaN from
 * about 600,000 degrees of freedom; funnel limits found through them were
 * off by hundreds of events at 40 million (39,987,966 for 39,987,605).
 * gsl_sf_gamma_inc_P is accurate there (Temme's uniform expansion, about
 * 1e-12 relative at a shape of 1e9), and a quantile's error is that error
 * divided by the density, below 1e-15 relative.  The quantile is found
 * here by Newton's method on it. */

/* Density of the Poisson distribution at a real k > 0 with mean lambda,
 * R's dpois_raw: exp(-stirlerr(k) - bd0(k, lambda)) / sqrt(2 pi k),
 * accurate where exp((k) log(lambda) - lambda - lgamma(k+1)) cancels. */
static double dpois_raw(double k, double lambda)
{
    return exp(-stirlerr(k) - bd0(k, lambda)) / sqrt(2.0 * M_PI * k);
}

/* Density of the gamma distribution with shape a and scale 1 at x > 0, as
 * R's dgamma: dpois_raw(a - 1, x) for a > 1, e^-x for a = 1, and
 * a/x dpois_raw(a, x) below. */
static double gamma_density(double a, double x)
{
    if (a < 1.0)
        return a / x * dpois_raw(a, x);
    if (!(a > 1.0))
        return exp(-x);
    return dpois_raw(a - 1.0, x);
}

/* P(a, x) when 'lower', else Q(a, x); GSL's status returned.  GSL's
 * continued fraction for Q stops at its iteration limit for large shapes
 * just above the mean (shape 4e7 at x = a + 1.96 sqrt(a)); there Q is not
 * small, so 1 - P loses nothing that matters. */
static int gamma_tail(double a, double x, bool lower, double *v)
{
    gsl_sf_result r;
    int gs;
    if (!lower) {
        gs = gsl_sf_gamma_inc_Q_e(a, x, &r);
        if (gs == GSL_SUCCESS || gs == GSL_EUNDRFLW) {
            *v = r.val;
            return gs;
        }
    }
    gs = gsl_sf_gamma_inc_P_e(a, x, &r);
    *v = lower ? r.val : 1.0 - r.val;
    return gs;
}

ct_status ct_stats_gamma_quantile(double p, double shape, double *x,
                                  ct_error *err)
{
    if (!(p > 0.0 && p < 1.0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "probability '%g' is outside (0, 1); expected "
                             "a tail probability such as 0.025", p);
    ct_status st = ctp_check_positive(shape, "gamma shape", "is", err);
    if (st != CT_STATUS_OK)
        return st;
    /* The smaller tail keeps its relative accuracy: solve P(a, x) = p
     * below the median, Q(a, x) = 1 - p above it.  P rises with x, Q
     * falls; 'dir' turns both into a rising function. */
    bool lower = p < 0.5;
    double target = lower ? p : 1.0 - p, dir = lower ? 1.0 : -1.0;
    /* Start: Wilson-Hilferty, x = a (1 - 1/(9a) + z / (3 sqrt a))^3,
     * good for shapes above 1; for small shapes, or where it goes
     * negative, P ~ x^a / Gamma(a + 1) near 0 gives x = (p Gamma(a+1))^(1/a). */
    double z = gsl_cdf_ugaussian_Pinv(p);
    double c = 1.0 - 1.0 / (9.0 * shape) + z / (3.0 * sqrt(shape));
    double x0 = shape * c * c * c;
    if (!(x0 > 0.0) || shape < 1.0) {
        double log_x0 = (log(p) + gsl_sf_lngamma(shape + 1.0)) / shape;
        /* So far into the lower tail that the quantile underflows (shape
         * 0.001 at 0.025: about 1e-1602), as R gives 0. */
        if (lower && log_x0 < log(DBL_MIN)) {
            *x = 0.0;
            return CT_STATUS_OK;
        }
        x0 = exp(log_x0);
    }
    if (!(x0 > 0.0) || !isfinite(x0))
        x0 = shape;
    double lo = 0.0, hi = INFINITY, v = x0;
    for (int iter = 0; iter < 300; iter++) {
        double t;
        int gs = gamma_tail(shape, v, lower, &t);
        if (gs != GSL_SUCCESS && gs != GSL_EUNDRFLW)
            return ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                                 "incomplete gamma function failed at shape "
                                 "%g: %s", shape, gsl_strerror(gs));
        double f = dir * (t - target);
        if (f < 0.0)
            lo = v;
        else if (f > 0.0)
            hi = v;
        else
            break;
        double step = -f / gamma_density(shape, v);
        /* Converged when Newton's step is down to rounding (tested before
         * the bracket, as a step below half an ulp leaves v where it is). */
        if (fabs(step) <= 2.0 * DBL_EPSILON * v) {
            v += step;
            break;
        }
        /* Newton, bisecting (or doubling while there is no upper end)
         * whenever a step would leave the bracket. */
        double next = v + step;
        if (!(next > lo && next < hi))
            next = isinf(hi) ? 2.0 * v + 1.0 : 0.5 * (lo + hi);
        if (isfinite(hi) && hi - lo <= 2.0 * DBL_EPSILON * hi) {
            v = next;
            break;
        }
        v = next;
    }
    if ((st = check_finite(v, "gamma quantile", err)) != CT_STATUS_OK)
        return st;
    *x = v;
    return CT_STATUS_OK;
}

/* The exact interval of poisson.test, continuous in the count:
 *   low = qchisq(a/2, 2E)/2 = qgamma(a/2, E), 0 when E = 0;
 *   high = qchisq(1 - a/2, 2E + 2)/2 = qgamma(1 - a/2, E + 1). */
ct_status ct_stats_poisson_exact(double count, double confidence,
                                 double *low, double *high, ct_error *err)
{
    ct_status st = ctp_check_nonnegative(count, "count", err);
    if (st == CT_STATUS_OK)
        st = ctp_check_confidence(confidence, err);
    if (st != CT_STATUS_OK)
        return st;
    double tail = (1.0 - confidence) / 2.0, lo = 0.0, hi;
    if (count > 0.0 &&
        (st = ct_stats_gamma_quantile(tail, count, &lo, err)) != CT_STATUS_OK)
        return st;
    if ((st = ct_stats_gamma_quantile(1.0 - tail, count + 1.0, &hi, err)) !=
        CT_STATUS_OK)
        return st;
    *low = lo;
    *high = hi;
    return CT_STATUS_OK;
}

/* ---- Least squares, Student's t and medians (used by trend.c) ------- */

/* METHODS §3.2 (w NULL) and §2.5, §3.3 (weighted).  GSL centres x on its
 * (weighted) mean before forming the sums, so years such as 2024 lose no
 * precision to cancellation, unlike the textbook S*Stt - St^2 form. */
ct_status ct_stats_wls(const double *x, const double *y, const double *w,
                       size_t n, double *c0, double *c1, double *cov00,
                       double *cov01, double *cov11, double *chisq,
                       ct_error *err)
{
    /* Unweighted, s^2 = chisq / (n - 2) needs a residual degree of
     * freedom; weighted, the covariance does not use the residuals. */
    size_t need = w == NULL ? 3 : 2;
    if (n < need)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "%zu points are too few for a straight-line "
                             "fit; expected at least %zu", n, need);
    double r[6];
    int gs = w == NULL
                 ? gsl_fit_linear(x, 1, y, 1, n, &r[0], &r[1], &r[2], &r[3],
                                  &r[4], &r[5])
                 : gsl_fit_wlinear(x, 1, w, 1, y, 1, n, &r[0], &r[1], &r[2],
                                   &r[3], &r[4], &r[5]);
    if (gs != GSL_SUCCESS)
        return ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                             "least-squares fit failed: %s",
                             gsl_strerror(gs));
    static const char *const what[6] = {
        "fitted intercept", "fitted slope", "intercept variance",
        "intercept-slope covariance", "slope variance",
        "residual sum of squares"};
    for (int i = 0; i < 6; i++) {
        ct_status st = check_finite(r[i], what[i], err);
        if (st != CT_STATUS_OK)
            return st;
    }
    double *out[6] = {c0, c1, cov00, cov01, cov11, chisq};
    for (int i = 0; i < 6; i++)
        if (out[i] != NULL)
            *out[i] = r[i];
    return CT_STATUS_OK;
}

/* The upper tail of a distribution at x; 'df' is its degrees of freedom,
 * where it has any. */
typedef double (*upper_tail_fn)(double x, double df);

static double normal_upper_tail(double x, double df)
{
    (void)df;
    return gsl_cdf_ugaussian_Q(x);
}

/* Two-sided p of a statistic 'stat' (named 'name'; 'what' names the p in
 * errors) from the upper tail at |stat|, at most 1; an infinite
 * statistic gives 0.  The upper tail keeps full relative precision for
 * tiny p, where 1 - CDF(|stat|) would round to 0. */
static ct_status two_sided_p(double stat, upper_tail_fn upper, double df,
                             const char *name, const char *what, double *p,
                             ct_error *err)
{
    if (isnan(stat))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "%s statistic is not a number; expected a "
                             "finite or infinite value", name);
    double v = isinf(stat) ? 0.0 : 2.0 * upper(fabs(stat), df);
    ct_status st = check_finite(v, what, err);
    if (st != CT_STATUS_OK)
        return st;
    *p = fmin(1.0, v);
    return CT_STATUS_OK;
}

ct_status ct_stats_normal_two_sided_p(double z, double *p, ct_error *err)
{
    return two_sided_p(z, normal_upper_tail, 0.0, "normal", "normal p value",
                       p, err);
}

/* Degrees of freedom must be positive; fractional values are allowed. */
static ct_status check_df(double df, ct_error *err)
{
    return ctp_check_positive(df, "degrees of freedom", "are", err);
}

ct_status ct_stats_t_two_sided_p(double t, double df, double *p,
                                 ct_error *err)
{
    ct_status st = check_df(df, err);
    if (st != CT_STATUS_OK)
        return st;
    return two_sided_p(t, gsl_cdf_tdist_Q, df, "t", "Student's t p value", p,
                       err);
}

/* As ct_stats_z (METHODS §2.1), with Student's t in place of the normal. */
ct_status ct_stats_t_quantile(double confidence, double df, double *q,
                              ct_error *err)
{
    ct_status st = ctp_check_confidence(confidence, err);
    if (st != CT_STATUS_OK)
        return st;
    if ((st = check_df(df, err)) != CT_STATUS_OK)
        return st;
    double v = gsl_cdf_tdist_Pinv(confidence + (1.0 - confidence) / 2.0, df);
    if ((st = check_finite(v, "Student's t quantile", err)) != CT_STATUS_OK)
        return st;
    *q = v;
    return CT_STATUS_OK;
}

/* The lower (P) or upper (Q) chi-squared tail; 'what' names it in
 * messages. */
static ct_status chisq_tail(double x, double nu, bool lower, const char *what,
                            double *out, ct_error *err)
{
    ct_status st = check_df(nu, err);
    if (st != CT_STATUS_OK)
        return st;
    if (!(x >= 0.0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "chi-squared value '%g' is negative; expected "
                             "0 or more", x);
    /* gsl_cdf_chisq_P is off by 0.003 just above the mean at 8e7 degrees
     * of freedom; the incomplete gamma function is not (see gamma_tail). */
    double v;
    int gs = gamma_tail(nu / 2.0, x / 2.0, lower, &v);
    if (gs != GSL_SUCCESS && gs != GSL_EUNDRFLW)
        return ctp_error_set(err, CT_STATUS_NUMERIC, NULL, 0, 0,
                             "%s failed: %s", what, gsl_strerror(gs));
    if ((st = check_finite(v, what, err)) != CT_STATUS_OK)
        return st;
    *out = v;
    return CT_STATUS_OK;
}

ct_status ct_stats_chisq_P(double x, double nu, double *p, ct_error *err)
{
    return chisq_tail(x, nu, true, "chi-squared probability", p, err);
}

ct_status ct_stats_chisq_Q(double x, double nu, double *q, ct_error *err)
{
    return chisq_tail(x, nu, false, "chi-squared tail", q, err);
}

/* METHODS-ADDENDUM §0: R's type 7, (1 - h) a + h b exactly as written
 * there (a + h (b - a) differs in the last bit). */
double ct_stats_quantile7(const double *sorted, size_t n, double p)
{
    if (n == 0)
        return NAN;
    double index = 1.0 + (double)(n - 1) * p;
    double lo = floor(index), hi = ceil(index);
    double q = sorted[(size_t)lo - 1];
    double b = sorted[(size_t)hi - 1];
    if (index > lo && (q < b || q > b)) {
        double h = index - lo;
        q = (1.0 - h) * q + h * b;
    }
    return q;
}

/* METHODS-ADDENDUM §0, R's real_mean: s = (Sum x)/n in long double, then
 * s += (Sum (x - s))/n, also in long double. */
double ct_stats_mean(const double *x, size_t n)
{
    if (n == 0)
        return NAN;
    long double s = 0.0L;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    s /= (long double)n;
    long double t = 0.0L;
    for (size_t i = 0; i < n; i++)
        t += x[i] - s;
    s += t / (long double)n;
    return (double)s;
}

/* METHODS §3.4 (Sen's slope): gsl_sort, then the median of sorted data,
 * which averages the two middle values for an even n (the mistake
 * ministat makes is to take the upper one). */
ct_status ct_stats_median(double *data, size_t n, double *median,
                          ct_error *err)
{
    if (n == 0)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "no values to take the median of; expected at "
                             "least one");
    for (size_t i = 0; i < n; i++)
        if (isnan(data[i]))
            return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                                 "value %zu of %zu is not a number; "
                                 "expected no missing values", i + 1, n);
    gsl_sort(data, 1, n);
    double v = gsl_stats_median_from_sorted_data(data, 1, n);
    ct_status st = check_finite(v, "median", err);
    if (st != CT_STATUS_OK)
        return st;
    *median = v;
    return CT_STATUS_OK;
}
