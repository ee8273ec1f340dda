/* rate.c - crude rates per a base population and shares of a total, each
 * with its confidence interval.  It turns the count-scale intervals of the
 * stats module into the scale the analyst reads (per 1,000 residents, or a
 * fraction of all offences); it knows nothing of areas or offences. */
#include <math.h>
#include <stdint.h>

#include "crimetrend/rate.h"
#include "crimetrend/stats.h"
#include "error_set.h"
#include "count_check.h"

ct_status ctp_check_per(double per, ct_error *err)
{
    if (!(isfinite(per) && per > 0.0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "rate base '%g' is not positive; expected a "
                             "base such as 1000", per);
    return CT_STATUS_OK;
}

/* METHODS §2.1: r = O / n * m, and the limits on the count O (exact
 * chi-squared below 10, Byar from 10) are scaled by the same m / n, so the
 * interval keeps its coverage. */
ct_status ct_rate_per(int64_t count, double population, double per,
                      double confidence, ct_rate *out, ct_error *err)
{
    /* isfinite() also turns away NaN, the "unknown population" marker. */
    if (!(isfinite(population) && population > 0.0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "population '%g' is not a positive number; "
                             "expected residents above 0", population);
    ct_status st = ctp_check_per(per, err);
    if (st != CT_STATUS_OK)
        return st;

    double low, high;
    ct_stats_ci_method method;
    /* Validates the count and the confidence level. */
    st = ct_stats_poisson_ci(count, confidence, &low, &high, &method, err);
    if (st != CT_STATUS_OK)
        return st;

    out->value = (double)count / population * per;
    out->low = low / population * per;
    out->high = high / population * per;
    out->confidence = confidence;
    out->method = method;
    return CT_STATUS_OK;
}

/* METHODS §2.2: the share part / total, with the Wilson score interval
 * (never the Wald interval, which fails at 0 and at the total). */
ct_status ct_rate_share(int64_t part, int64_t total, double confidence,
                        ct_rate *out, ct_error *err)
{
    double low, high;
    /* Validates part, total and the confidence level. */
    ct_status st = ct_stats_wilson_ci(part, total, confidence, &low, &high,
                                      err);
    if (st != CT_STATUS_OK)
        return st;

    out->value = (double)part / (double)total;
    out->low = low;
    out->high = high;
    out->confidence = confidence;
    out->method = CT_STATS_CI_WILSON;
    return CT_STATUS_OK;
}
