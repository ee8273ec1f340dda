/* error_set.h - filling a ct_error and sending a warning: the one way
 * every module reports a cause (error.c).  Private to the library. */
#ifndef CRIMETREND_ERROR_SET_H
#define CRIMETREND_ERROR_SET_H

#include "crimetrend/error.h"

/* Records an error in 'err' (which may be NULL) unless one is already set:
 * the first cause wins.  'path' may be NULL; 'line' and 'column' are 0 when
 * not known.  Returns 'status', so that callers can write
 * `return ctp_error_set(err, CT_STATUS_DOMAIN, NULL, 0, 0, "...");`. */
ct_status ctp_error_set(ct_error *err, ct_status status, const char *path,
                        unsigned long line, unsigned long column,
                        const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Sends a warning to 'warn' (if not NULL) with the same fields. */
void ctp_warn(ct_error_warn_fn warn, void *ctx, const char *path,
              unsigned long line, unsigned long column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

#endif
