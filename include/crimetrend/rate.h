/* rate.h - rates per a base population and shares of a total, each with
 * its confidence interval.
 *
 *     ct_rate r;
 *     ct_rate_per(120, 60000, 1000, 0.95, &r, &err);
 *     // 120 burglaries among 60,000 people: r.value 2.0 per 1,000, and
 *     // the exact Poisson 95% interval r.low 1.658, r.high 2.392
 *     // (chi-squared limits 99.49 and 143.49 on the count, over 60)
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
    ct_ci_method method;/* how the limits were computed */
} ct_rate;

/* Crude rate count / population * per, with the Poisson interval of
 * METHODS §2.1 (exact below 10, Byar from 10) scaled the same way.
 * 1,233 among 145,000 per 1,000 -> 8.503448 (8.035374 to 8.991675).
 * CT_ERR_DOMAIN for a negative count, a population that is not > 0, a
 * base that is not > 0, or a confidence outside (0, 1). */
ct_status ct_rate_per(int64_t count, double population, double per,
                      double confidence, ct_rate *out, ct_error *err);

/* Share part / total as a fraction with the Wilson interval of METHODS
 * §2.2.  45 of 120 -> 0.375 (0.2935243 to 0.4642305 at 95%).
 * CT_ERR_DOMAIN when part < 0, total <= 0 or part > total. */
ct_status ct_rate_share(int64_t part, int64_t total, double confidence,
                        ct_rate *out, ct_error *err);

#endif
