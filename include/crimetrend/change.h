/* change.h - change between two periods: absolute, per cent, rates, and
 * whether the change is beyond Poisson noise (METHODS §3.1).
 *
 * A "significant" change in police-recorded counts means only that it is
 * larger than random (Poisson) variation would explain; it is not evidence
 * of a real change in crime, which recording practice also moves.
 *
 * Where it sits: rates/change (read -> dataset -> rates/change ->
 * compare/trend/funnel -> tables/charts/doc -> check).
 *
 *     ct_change c;
 *     ct_change_compute(790, 1233, 140000, 145000, 1000, 0.95, &c, &err);
 *     // c.change 443, c.pct_change 56.0759 (100 * 443 / 790); the rate
 *     // per 1,000 rose 5.6429 -> 8.5034, c.rate_pct_change 50.6940; the
 *     // rate ratio c.ratio 1.50694 (1.37705 to 1.64983), c.p_value
 *     // 1.08e-19: beyond Poisson noise
 *     (METHODS §3.1 and R's poisson.test; asserted by
 *     test_change_compute_table in tests/unit/test_change.c)
 */
#ifndef CRIMETREND_CHANGE_H
#define CRIMETREND_CHANGE_H

#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/error.h"

typedef struct ct_change {
    int64_t count_from;     /* count in the earlier period */
    int64_t count_to;       /* count in the later period */
    int64_t change;         /* count_to - count_from, exact */
    double pct_change;      /* 100 (to - from) / from; NaN when from = 0 */
    double rate_from;       /* per 'per' population; NaN without populations */
    double rate_to;         /* likewise */
    double rate_pct_change; /* 100 (rate_to - rate_from) / rate_from; NaN when
                               not defined */
    double ratio;           /* rate ratio (to/from), exposure-adjusted when
                               populations are known, else count ratio; NaN
                               when count_from = 0 */
    double ratio_low;       /* exact conditional interval for the ratio; NaN
                               when not defined (high is +inf-free: NaN) */
    double ratio_high;
    double p_value;         /* two-sided exact conditional binomial test of
                               equal rates; NaN when both counts are 0 */
    double confidence;      /* level of the ratio interval */
} ct_change;

/* Computes the change from 'count_from' to 'count_to'.  'pop_from' and
 * 'pop_to' are the populations of the two periods, or NaN when unknown (the
 * test then assumes equal exposure, and the rates are NaN).  'per' is the
 * rate base (e.g. 1000).
 *
 * Method (METHODS §3.1): given N = x0 + x1, x1 ~ Binomial(N, pi0) with
 * pi0 = n1 / (n0 + n1); p is R's binom.test two-sided p; the ratio
 * interval is from the Clopper-Pearson limits (pi_L, pi_U):
 * RR_L = pi_L / (1 - pi_L) * n0 / n1, likewise RR_U.
 * 790 -> 1,233 with equal exposure: +56.0759%, RR 1.560759 (1.426231 to
 * 1.708747), p = 5.82e-23.
 * CT_STATUS_DOMAIN for negative counts or a population that is not > 0. */
ct_status ct_change_compute(int64_t count_from, int64_t count_to,
                            double pop_from, double pop_to, double per,
                            double confidence, ct_change *out, ct_error *err);

#endif
