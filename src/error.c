/* error.c - status names, error records and warnings; the library's one
 * place that fills a ct_error. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/error.h"
#include "internal.h"

const char *ct_status_name(ct_status status)
{
    switch (status) {
    case CT_OK: return "success";
    case CT_ERR_USAGE: return "usage error";
    case CT_ERR_INPUT: return "input error";
    case CT_ERR_IO: return "input/output error";
    case CT_ERR_NOMEM: return "out of memory";
    case CT_ERR_DOMAIN: return "value out of range";
    case CT_ERR_NUMERIC: return "numerical failure";
    case CT_ERR_INTERNAL: return "internal error";
    }
    return "unknown status";
}

void ct_error_clear(ct_error *err)
{
    if (err != NULL)
        memset(err, 0, sizeof *err);
}

/* The format attribute lets the compiler check the callers' formats
 * through this helper too (clang asks for it). */
static void fill(ct_error *e, ct_status status, const char *path,
                 unsigned long line, unsigned long column, const char *fmt,
                 va_list ap) __attribute__((format(__printf__, 6, 0)));

static void fill(ct_error *e, ct_status status, const char *path,
                 unsigned long line, unsigned long column, const char *fmt,
                 va_list ap)
{
    memset(e, 0, sizeof *e);
    e->status = status;
    if (path != NULL)
        snprintf(e->path, sizeof e->path, "%s", path);
    e->line = line;
    e->column = column;
    vsnprintf(e->message, sizeof e->message, fmt, ap);
}

ct_status ctp_error_set(ct_error *err, ct_status status, const char *path,
                        unsigned long line, unsigned long column,
                        const char *fmt, ...)
{
    if (err == NULL || err->status != CT_OK)
        return status;
    va_list ap;
    va_start(ap, fmt);
    fill(err, status, path, line, column, fmt, ap);
    va_end(ap);
    return status;
}

void ctp_warn(ct_warn_fn warn, void *ctx, const char *path,
              unsigned long line, unsigned long column, const char *fmt, ...)
{
    if (warn == NULL)
        return;
    ct_error w;
    va_list ap;
    va_start(ap, fmt);
    fill(&w, CT_OK, path, line, column, fmt, ap);
    va_end(ap);
    warn(ctx, &w);
}

char *ct_error_format(const ct_error *err, char *buf, unsigned long size)
{
    if (size == 0)
        return buf;
    if (err->path[0] == '\0')
        snprintf(buf, size, "%s", err->message);
    else if (err->line == 0)
        snprintf(buf, size, "%s: %s", err->path, err->message);
    else if (err->column == 0)
        snprintf(buf, size, "%s:%lu: %s", err->path, err->line, err->message);
    else
        snprintf(buf, size, "%s:%lu:%lu: %s", err->path, err->line,
                 err->column, err->message);
    return buf;
}

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
        return CT_OK;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0,
                                 "out of memory");
        n *= 2;
    }
    void *q = ctp_realloc_array(*p, n, size);
    if (q == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    *p = q;
    *cap = n;
    return CT_OK;
}

uint64_t ctp_hash_bytes(const void *s, size_t len)
{
    const unsigned char *p = s;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

uint64_t ctp_hash_u64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

size_t ctp_utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t need;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        need = 2;
    else if (c >= 0xe0 && c <= 0xef)
        need = 3;
    else if (c >= 0xf0 && c <= 0xf4)
        need = 4;
    else
        return 0;
    if (n < need)
        return 0;
    for (size_t i = 1; i < need; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    /* Overlong forms, UTF-16 surrogates and code points above U+10FFFF. */
    if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0) ||
        (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] >= 0x90))
        return 0;
    return need;
}
