/* change.c - the change between two periods' counts: absolute and per cent
 * change, the change in rates when populations are known, and the exact
 * conditional test and rate-ratio interval that say whether the change is
 * beyond Poisson noise.  Statistics come from the stats module; this file
 * only decides what is defined and puts the pieces together. */
#include <math.h>
#include <stdint.h>

#include "crimetrend/change.h"
#include "crimetrend/stats.h"
#include "error_set.h"
#include "count_check.h"

/* A population must be a finite number above 0 when it is given. */
static ct_status check_population(double pop, const char *which,
                                  ct_error *err)
{
    if (!(isfinite(pop) && pop > 0.0))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "population of the %s period '%g' is not a "
                             "positive number; expected residents above 0",
                             which, pop);
    return CT_STATUS_OK;
}

/* Validates everything up front, so that no part of the result is
 * computed from arguments that are later refused. */
static ct_status check_args(int64_t count_from, int64_t count_to,
                            double pop_from, double pop_to, double per,
                            double confidence, ct_error *err)
{
    ct_status st;
    if ((st = ctp_check_count(count_from, err)) != CT_STATUS_OK ||
        (st = ctp_check_count(count_to, err)) != CT_STATUS_OK)
        return st;
    if (count_from > INT64_MAX - count_to)
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "counts '%lld' and '%lld' are too large to "
                             "add; expected a realistic number of offences",
                             (long long)count_from, (long long)count_to);
    if ((st = ctp_check_confidence(confidence, err)) != CT_STATUS_OK ||
        (st = ctp_check_per(per, err)) != CT_STATUS_OK)
        return st;
    /* Populations come as a pair: a rate change needs both, and testing
     * with equal exposure while one population is known would silently
     * mix a count comparison with a rate. */
    if (!isnan(pop_from) != !isnan(pop_to))
        return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0,
                             "population is known for the %s period only; "
                             "expected both populations or neither",
                             isnan(pop_from) ? "later" : "earlier");
    if (!isnan(pop_from)) {
        st = check_population(pop_from, "earlier", err);
        if (st != CT_STATUS_OK)
            return st;
        return check_population(pop_to, "later", err);
    }
    return CT_STATUS_OK;
}

/* METHODS §3.1.  All figures come from the unrounded counts and rates.
 * Given N = x0 + x1, x1 ~ Binomial(N, pi0) with pi0 = n1 / (n0 + n1)
 * (0.5 for equal exposure), so the p value is R's binom.test, as R's
 * poisson.test(c(x1, x0), c(n1, n0)) computes it.  The rate ratio
 * RR = (x1/n1) / (x0/n0) has the exact conditional interval
 * RR = pi / (1 - pi) * n0 / n1 at the Clopper-Pearson limits of x1 of N.
 * Quantities that would be infinite (x0 = 0) are NaN instead. */
ct_status ct_change_compute(int64_t count_from, int64_t count_to,
                            double pop_from, double pop_to, double per,
                            double confidence, ct_change *out, ct_error *err)
{
    ct_status st = check_args(count_from, count_to, pop_from, pop_to, per,
                              confidence, err);
    if (st != CT_STATUS_OK)
        return st;

    ct_change c;
    c.count_from = count_from;
    c.count_to = count_to;
    c.change = count_to - count_from;
    c.confidence = confidence;
    c.pct_change = count_from > 0
                       ? 100.0 * (double)c.change / (double)count_from
                       : NAN;

    /* Exposures: the populations, or 1 and 1 when they are unknown. */
    bool has_pop = !isnan(pop_from);
    double n0 = has_pop ? pop_from : 1.0;
    double n1 = has_pop ? pop_to : 1.0;
    if (has_pop) {
        c.rate_from = (double)count_from / pop_from * per;
        c.rate_to = (double)count_to / pop_to * per;
        c.rate_pct_change = count_from > 0 ? 100.0 * (c.rate_to - c.rate_from)
                                                 / c.rate_from
                                           : NAN;
    } else {
        c.rate_from = NAN;
        c.rate_to = NAN;
        c.rate_pct_change = NAN;
    }

    double x0 = (double)count_from, x1 = (double)count_to;
    c.ratio = count_from > 0 ? (x1 / n1) / (x0 / n0) : NAN;

    int64_t total = count_from + count_to;
    if (total == 0) {
        /* Nothing to test and no ratio to bound. */
        c.ratio_low = NAN;
        c.ratio_high = NAN;
        c.p_value = NAN;
        *out = c;
        return CT_STATUS_OK;
    }

    double pi0 = n1 / (n0 + n1);
    st = ct_stats_binom_test(count_to, total, pi0, &c.p_value, err);
    if (st != CT_STATUS_OK)
        return st;

    double pi_low, pi_high;
    st = ct_stats_clopper_pearson(count_to, total, confidence, &pi_low,
                                  &pi_high, err);
    if (st != CT_STATUS_OK)
        return st;
    /* pi_low < 1 always; pi_high = 1 (x0 = 0) leaves the upper limit
     * unbounded, which is reported as NaN, never as infinity. */
    c.ratio_low = pi_low / (1.0 - pi_low) * n0 / n1;
    c.ratio_high = count_from > 0 && pi_high < 1.0
                       ? pi_high / (1.0 - pi_high) * n0 / n1
                       : NAN;

    *out = c;
    return CT_STATUS_OK;
}
