/* count_check.h - the checks the count models of trend.c and funnel.c make
 * of their input, worded alike wherever they fail.  Private to the
 * library. */
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

#endif
