/* internal.h - declarations shared by the library's modules and private to
 * it (ctp_ prefix).  Nothing here is installed. */
#ifndef CRIMETREND_INTERNAL_H
#define CRIMETREND_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "crimetrend/error.h"

/* Records an error in 'err' (which may be NULL) unless one is already set:
 * the first cause wins.  'path' may be NULL; 'line' and 'column' are 0 when
 * not known.  Returns 'status', so that callers can write
 * `return ctp_error_set(err, CT_ERR_DOMAIN, NULL, 0, 0, "...");`. */
ct_status ctp_error_set(ct_error *err, ct_status status, const char *path,
                        unsigned long line, unsigned long column,
                        const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Sends a warning to 'warn' (if not NULL) with the same fields. */
void ctp_warn(ct_warn_fn warn, void *ctx, const char *path,
              unsigned long line, unsigned long column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* realloc(p, n * size), NULL (with p untouched) on overflow or failure. */
void *ctp_realloc_array(void *p, size_t n, size_t size);

/* Grows '*p' (of '*cap' elements of 'size' bytes) to hold at least 'need'
 * elements, doubling.  Returns CT_ERR_NOMEM (with '*p' untouched) on
 * failure. */
ct_status ctp_grow(void **p, size_t *cap, size_t need, size_t size,
                   ct_error *err);

/* FNV-1a hash of 'len' bytes. */
uint64_t ctp_hash_bytes(const void *s, size_t len);

/* 64-bit mixer for integer keys (splitmix64 finaliser). */
uint64_t ctp_hash_u64(uint64_t x);

#endif
