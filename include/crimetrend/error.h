/* error.h - how the crimetrend library reports failure.
 *
 * Every fallible function returns a ct_status and, when given a non-NULL
 * ct_error, fills it with the place (file, line, column) and a message that
 * says what was found and what was expected.  The library never prints,
 * exits or aborts on bad input; the caller decides what to do.
 *
 * Where it sits: every stage of the pipeline (read -> dataset ->
 * rates/change -> compare/trend/funnel -> tables/charts/doc -> check)
 * reports failure this way; the CLI turns the status into an exit status.
 *
 *     ct_error err = CT_ERROR_INIT;
 *     ct_rate r;
 *     if (ct_rate_per(10, 0.0, 1000, 0.95, &r, &err) != CT_STATUS_OK) {
 *         // CT_STATUS_DOMAIN: a population of 0 has no rate, and the
 *         // message names "population '0'"
 *         char msg[640];
 *         ct_error_format(&err, msg, sizeof msg);  // "path:line:col: ..."
 *     }
 *     (asserted by test_rate_per_bad_arguments_are_domain_errors in
 *     tests/unit/test_rate.c)
 */
#ifndef CRIMETREND_ERROR_H
#define CRIMETREND_ERROR_H

#include "crimetrend/status.h"

typedef struct ct_error {
    ct_status status;      /* CT_STATUS_OK until the first error is recorded */
    int sys_errno;         /* errno for CT_STATUS_IO, else 0 */
    char path[256];        /* file being read or written; "" if none */
    unsigned long line;    /* 1-based physical line; 0 if not known */
    unsigned long column;  /* 1-based CSV field; 0 if not known */
    char message[320];     /* what was found, then what was expected */
} ct_error;

/* An error record that is already clear, for a declaration:
 * ct_error err = CT_ERROR_INIT;  (the same as ct_error_clear after it). */
#define CT_ERROR_INIT {0}

/* Resets 'err' to CT_STATUS_OK with no place and no message.  NULL is allowed. */
void ct_error_clear(ct_error *err);

/* Writes "path:line:column: message" (the parts that are known) into
 * 'buf' of 'size' bytes, always NUL-terminated.  Returns 'buf'. */
char *ct_error_format(const ct_error *err, char *buf, unsigned long size);

/* Receives warnings (suppressed cells, roll-up mismatches, incomplete
 * periods) as they are found.  'w' is valid only during the call. */
typedef void (*ct_error_warn_fn)(void *ctx, const ct_error *w);

#endif
