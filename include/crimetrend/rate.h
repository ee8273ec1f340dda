/* rate.h - rates per a base population and shares of a total, each with
 * its confidence interval.
 *
 * Where it sits: rates/change (read -> dataset -> rates/change ->
 * compare/trend/funnel -> tables/charts/doc -> check).
 *
 *     ct_rate r;
 *     ct_rate_per(1233, 145000, 1000, 0.95, &r, &err);
 *     // 1,233 offences among 145,000 residents: r.value 8.503448 per
 *     // 1,000 (1233 / 145000 * 1000), Byar's 95% interval r.low 8.035374
 *     // to r.high 8.991675 (the count limits 1165.129159 and 1303.792881
 *     // over 145), r.method CT_STATS_CI_BYAR
 *     ct_rate_share(45, 120, 0.95, &r, &err);
 *     // 0.375, Wilson 95% interval 0.2935243 to 0.4642305
 *     (METHODS §2.1 and §2.2; asserted by test_rate_table_of_cases in
 *     tests/unit/test_rate.c)
 */
#ifndef CRIMETREND_RATE_H
#define CRIMETREND_RATE_H

#include <stdint.h>
#include "crimetrend/error.h"
#include "crimetrend/stats.h"

typedef struct ct_rate {
    double value;       /* the rate per 'per' (or the share, a fraction) */
    double low;         /* lower confidence limit, same scale */
    double high;        /* upper confidence limit, same scale */
    double confidence;  /* e.g. 0.95 */
    ct_stats_ci_method method;/* how the limits were computed */
} ct_rate;

/* Crude rate count / population * per, with the Poisson interval of
 * METHODS §2.1 (exact below 10, Byar from 10) scaled the same way.
 * 1,233 among 145,000 per 1,000 -> 8.503448 (8.035374 to 8.991675).
 * CT_STATUS_DOMAIN for a negative count, a population that is not > 0, a
 * base that is not > 0, or a confidence outside (0, 1). */
ct_status ct_rate_per(int64_t count, double population, double per,
                      double confidence, ct_rate *out, ct_error *err);

/* Share part / total as a fraction with the Wilson interval of METHODS
 * §2.2.  45 of 120 -> 0.375 (0.2935243 to 0.4642305 at 95%).
 * CT_STATUS_DOMAIN when part < 0, total <= 0 or part > total. */
ct_status ct_rate_share(int64_t part, int64_t total, double confidence,
                        ct_rate *out, ct_error *err);

#endif
