/* count_check.h - the checks the statistics modules (stats.c, rate.c,
 * change.c, trend.c, funnel.c) make of their input, worded alike wherever
 * they fail.  Private to the library. */
#ifndef CRIMETREND_COUNT_CHECK_H
#define CRIMETREND_COUNT_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include "crimetrend/error.h"

/* CT_STATUS_DOMAIN when 'n' is below 'least': "5 points are too few for
 * a linear trend; expected at least 3" ('units' "points", 'purpose' "for
 * a linear trend"); else CT_STATUS_OK. */
ct_status ctp_check_enough(size_t n, size_t least, const char *units,
                           const char *purpose, ct_error *err);

/* CT_STATUS_DOMAIN for the first count below 0 or population not a
 * finite number above 0, naming it by 'unit' ("point", "area") and its
 * place from 1. */
ct_status ctp_check_counts(const int64_t *count, const double *population,
                           size_t n, const char *unit, ct_error *err);

/* CT_STATUS_DOMAIN unless 'v' is a finite number above 0, in the words
 * "WHAT 'V' VERB not positive; expected a finite number above 0" ('what'
 * "population" with 'verb' "is", or "degrees of freedom" with "are";
 * stats.c). */
ct_status ctp_check_positive(double v, const char *what, const char *verb,
                             ct_error *err);

/* CT_STATUS_DOMAIN unless 'v' is a finite number of 0 or more: "WHAT 'V'
 * is not a finite number of 0 or more" (stats.c). */
ct_status ctp_check_nonnegative(double v, const char *what, ct_error *err);

/* CT_STATUS_DOMAIN when 'count' is below 0 (stats.c). */
ct_status ctp_check_count(int64_t count, ct_error *err);

/* CT_STATUS_DOMAIN unless the confidence level lies strictly inside
 * (0, 1); NaN fails too (stats.c). */
ct_status ctp_check_confidence(double confidence, ct_error *err);

/* CT_STATUS_DOMAIN unless the rate base ("per 1000") is a finite number
 * above 0 (rate.c). */
ct_status ctp_check_per(double per, ct_error *err);

#endif
