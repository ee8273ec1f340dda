/* error.c - status names, error records and warnings; the library's one
 * place that fills a ct_error. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/error.h"
#include "error_set.h"

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
    if (err == NULL || err->status != CT_STATUS_OK)
        return status;
    va_list ap;
    va_start(ap, fmt);
    fill(err, status, path, line, column, fmt, ap);
    va_end(ap);
    return status;
}

void ctp_warn(ct_error_warn_fn warn, void *ctx, const char *path,
              unsigned long line, unsigned long column, const char *fmt, ...)
{
    if (warn == NULL)
        return;
    ct_error w;
    va_list ap;
    va_start(ap, fmt);
    fill(&w, CT_STATUS_OK, path, line, column, fmt, ap);
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
