/* funnel.c - funnel plots for a crude rate: exact Poisson limits around a
 * pooled rate, the label of an area against the limits drawn for it, and
 * Spiegelhalter's additive random-effects adjustment for over-dispersion
 * (METHODS-ADDENDUM §A.4).  Distributions come from stats.c. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "crimetrend/funnel.h"
#include "crimetrend/stats.h"
#include "error_set.h"
#include "count_check.h"

const char *ct_funnel_label_name(ct_funnel_label l)
{
    switch (l) {
    case CT_FUNNEL_HIGH_999: return "High (0.001)";
    case CT_FUNNEL_HIGH_975: return "High (0.025)";
    case CT_FUNNEL_NOT_SIGNIFICANT: return "Not significant";
    case CT_FUNNEL_LOW_975: return "Low (0.025)";
    case CT_FUNNEL_LOW_999: return "Low (0.001)";
    }
    return "unknown";
}

/* ---- Funnel plots ------------------------------------------------------ */

/* The checks every funnel function makes of its population and pooled
 * rate, worded alike wherever they fail. */
static ct_status check_population(double population, ct_error *err)
{
    return ctp_check_positive(population, "population", "is", err);
}

static ct_status check_pooled(double pooled, ct_error *err)
{
    if (!(pooled >= 0.0) || isinf(pooled))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "pooled rate '%g' is not a finite number of 0 "
                             "or more; expected events per person", pooled);
    return CT_STATUS_OK;
}

/* METHODS-ADDENDUM §A.4.2: at a population N the expected count is
 * E = pooled N and the limits are the exact Poisson interval of E, as a
 * rate: low = qchisq(a/2, 2E)/(2N), high = qchisq(1 - a/2, 2E + 2)/(2N)
 * (FunnelPlotR's SR limits with multiplier pooled).  The quantiles are
 * exact at every E (ct_stats_gamma_quantile), so no approximation and no
 * switch between methods is needed: the drawn limits and the labels of
 * ct_funnel_significance come from this one function. */
ct_status ct_funnel_limits(double pooled, double population,
                           double confidence, double *low, double *high,
                           ct_error *err)
{
    ct_status st = check_pooled(pooled, err);
    if (st != CT_STATUS_OK || (st = check_population(population, err)) != CT_STATUS_OK)
        return st;
    double mu = pooled * population;
    if (isinf(mu))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "expected count %g x %g overflows; expected "
                             "a finite number", pooled, population);
    double lo, hi;
    if ((st = ct_stats_poisson_exact(mu, confidence, &lo, &hi, err)) != CT_STATUS_OK)
        return st;
    *low = lo / population;
    *high = hi / population;
    return CT_STATUS_OK;
}

ct_funnel_label ct_funnel_classify(double value, double low_95,
                                   double high_95, double low_998,
                                   double high_998)
{
    if (value > high_998)
        return CT_FUNNEL_HIGH_999;
    if (value > high_95)
        return CT_FUNNEL_HIGH_975;
    if (value < low_998)
        return CT_FUNNEL_LOW_999;
    if (value < low_95)
        return CT_FUNNEL_LOW_975;
    return CT_FUNNEL_NOT_SIGNIFICANT;
}

/* One method per figure: the area's count against the funnel limits of
 * ct_funnel_limits at its population, compared as counts (limit times
 * population) so that no division rounds a point across a line.  A count
 * on a limit is inside (METHODS-ADDENDUM §A.4.6). */
ct_status ct_funnel_significance(int64_t count, double population,
                                 double pooled, ct_funnel_label *out,
                                 ct_error *err)
{
    ct_status st = ctp_check_count(count, err);
    if (st != CT_STATUS_OK ||
        (st = check_population(population, err)) != CT_STATUS_OK ||
        (st = check_pooled(pooled, err)) != CT_STATUS_OK)
        return st;
    double mu = pooled * population, l95, h95, l998, h998;
    if ((st = ct_stats_poisson_exact(mu, 0.95, &l95, &h95, err)) != CT_STATUS_OK ||
        (st = ct_stats_poisson_exact(mu, 0.998, &l998, &h998, err)) != CT_STATUS_OK)
        return st;
    *out = ct_funnel_classify((double)count, l95, h95, l998, h998);
    return CT_STATUS_OK;
}

/* ---- Over-dispersion --------------------------------------------------- */

const char *ct_funnel_od_test_name(ct_funnel_od_test t)
{
    switch (t) {
    case CT_FUNNEL_OD_PHI: return "phi > 1";
    case CT_FUNNEL_OD_CHISQ: return "chi-squared";
    }
    return "unknown";
}

static int compare_doubles(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

/* METHODS-ADDENDUM §A.4 steps 1, 3 and 4, and §A.1 step 8 for tau^2
 * (FunnelPlotR's tau_func, the DerSimonian-Laird moment estimator with
 * Q = n phi).  The square-root z-score 2 (sqrt O - sqrt E) has variance
 * about 1 under Poisson chance at any E, so one phi serves every area. */
ct_status ct_funnel_od_estimate(const int64_t *count,
                                const double *population, size_t n,
                                double theta0, ct_funnel_od_test test,
                                ct_funnel_od *out, double *z,
                                ct_error *err)
{
    ct_status st = ctp_check_enough(n, 2, "areas",
                                    "to estimate over-dispersion", err);
    if (st == CT_STATUS_OK)
        st = ctp_check_counts(count, population, n, "area", err);
    if (st != CT_STATUS_OK)
        return st;
    double sum_o = 0.0, sum_n = 0.0;
    for (size_t i = 0; i < n; i++) {
        sum_o += (double)count[i];
        sum_n += population[i];
    }
    if (isnan(theta0))
        theta0 = sum_o / sum_n;
    if (!(theta0 > 0.0) || isinf(theta0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "target rate '%g' is not positive; expected "
                             "events per person above 0", theta0);
    double *zs = malloc(2 * n * sizeof *zs);
    if (zs == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    double *sorted = zs + n;
    double sum_w = 0.0, sum_w2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double e = theta0 * population[i], w = 4.0 * e;
        zs[i] = 2.0 * (sqrt((double)count[i]) - sqrt(e));
        sorted[i] = zs[i];
        sum_w += w;
        sum_w2 += w * w;
    }
    qsort(sorted, n, sizeof *sorted, compare_doubles);
    double lz = ct_stats_quantile7(sorted, n, 0.1);
    double uz = ct_stats_quantile7(sorted, n, 0.9);
    double phi = 0.0;
    for (size_t i = 0; i < n; i++) {
        double zw = zs[i] < lz ? lz : zs[i] > uz ? uz : zs[i];
        phi += zw * zw;
    }
    phi /= (double)n;
    double nd = (double)n, q = nd * phi;
    double tau2 = 0.0;
    if (!(q < nd - 1.0))
        tau2 = fmax(0.0, (q - (nd - 1.0)) / (sum_w - sum_w2 / sum_w));
    double crit, p;
    st = ct_stats_gamma_quantile(0.95, nd / 2.0, &crit, err);
    if (st == CT_STATUS_OK)
        st = ct_stats_chisq_Q(q, nd, &p, err);
    if (st == CT_STATUS_OK && z != NULL)
        for (size_t i = 0; i < n; i++)
            z[i] = zs[i];
    free(zs);
    if (st != CT_STATUS_OK)
        return st;
    out->theta0 = theta0;
    out->n = n;
    out->z_low = lz;
    out->z_high = uz;
    out->phi = phi;
    out->chi2 = q;
    out->chi2_95 = 2.0 * crit;
    out->p_value = p;
    out->tau2 = tau2;
    out->adjusted = test == CT_FUNNEL_OD_CHISQ ? q > 2.0 * crit : phi > 1.0;
    return CT_STATUS_OK;
}

/* METHODS-ADDENDUM §A.4.5.  The square root of a Poisson count has
 * variance about 1/4, so on that scale the limits are sqrt(E) -/+ z
 * sqrt(1/4 + tau^2 E), i.e. sqrt(theta0) (1 -/+ z s) as rates; squared
 * back to the rate scale, with the lower end clamped at 0 first so that a
 * negative root does not square into a positive limit.  (FunnelPlotR's
 * CQC limits stop before the squaring, §A.3.1, and are about half as
 * wide.) */
ct_status ct_funnel_od_limits(double theta0, double population, double tau2,
                              double confidence, double *low, double *high,
                              ct_error *err)
{
    if (!(theta0 > 0.0) || isinf(theta0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "target rate '%g' is not positive; expected "
                             "events per person above 0", theta0);
    ct_status st = check_population(population, err);
    double z;
    if (st != CT_STATUS_OK ||
        (st = ctp_check_nonnegative(tau2, "tau^2", err)) != CT_STATUS_OK ||
        (st = ct_stats_z(confidence, &z, err)) != CT_STATUS_OK)
        return st;
    double e = theta0 * population;
    double s = sqrt(1.0 / (4.0 * e) + tau2);
    double lo = fmax(0.0, 1.0 - z * s), hi = 1.0 + z * s;
    *low = theta0 * lo * lo;
    *high = theta0 * hi * hi;
    return CT_STATUS_OK;
}
