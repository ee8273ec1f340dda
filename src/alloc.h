/* alloc.h - growing arrays without overflow (alloc.c).  Private to the
 * library. */
#ifndef CRIMETREND_ALLOC_H
#define CRIMETREND_ALLOC_H

#include <stddef.h>
#include "crimetrend/error.h"

/* realloc(p, n * size), NULL (with p untouched) on overflow or failure. */
void *ctp_realloc_array(void *p, size_t n, size_t size);

/* Grows '*p' (of '*cap' elements of 'size' bytes) to hold at least 'need'
 * elements, doubling.  Returns CT_STATUS_NOMEM (with '*p' untouched) on
 * failure. */
ct_status ctp_grow(void **p, size_t *cap, size_t need, size_t size,
                   ct_error *err);

/* Frees 'n' strings and the array that holds them; a NULL array is
 * allowed.  Every list of owned names ends this way. */
void ctp_free_strings(char **s, size_t n);

#endif
