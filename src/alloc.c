/* alloc.c - growing arrays without overflow: every module's dynamic arrays
 * go through these two, so that a size that would wrap is an error. */
#include <stdint.h>
#include <stdlib.h>

#include "alloc.h"
#include "error_set.h"

void *ctp_realloc_array(void *p, size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size)
        return NULL;
    return realloc(p, n * size == 0 ? 1 : n * size);
}

ct_status ctp_grow(void **p, size_t *cap, size_t need, size_t size,
                   ct_error *err)
{
    if (need <= *cap)
        return CT_STATUS_OK;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        n *= 2;
    }
    void *q = ctp_realloc_array(*p, n, size);
    if (q == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    *p = q;
    *cap = n;
    return CT_STATUS_OK;
}

void ctp_free_strings(char **s, size_t n)
{
    if (s == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        free(s[i]);
    free(s);
}
