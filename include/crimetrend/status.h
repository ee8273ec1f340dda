/* status.h - what every fallible function of the library returns.
 *
 * CT_STATUS_OK is 0, so "if (ct_foo(...) != CT_STATUS_OK)" and
 * "if (ct_foo(...))" both test for failure; the ct_error beside it
 * (error.h) says where and why. */
#ifndef CRIMETREND_STATUS_H
#define CRIMETREND_STATUS_H

typedef enum ct_status {
    CT_STATUS_OK = 0,
    CT_STATUS_USAGE,    /* the caller passed invalid arguments */
    CT_STATUS_INPUT,    /* malformed input data; the error says where */
    CT_STATUS_IO,       /* read or write failed; sys_errno says why */
    CT_STATUS_NOMEM,    /* an allocation failed */
    CT_STATUS_DOMAIN,   /* e.g. zero population, negative count */
    CT_STATUS_NUMERIC,  /* a GSL routine failed or returned NaN */
    CT_STATUS_INTERNAL  /* a bug: an impossible state was reached */
} ct_status;

/* Name of a status ("input error", ...).  Static string; do not free. */
const char *ct_status_name(ct_status status);

#endif
