/* format.h - the output formats every table can be written in.
 *
 *     ct_format f;
 *     if (!ct_format_parse("md", &f))  // f == CT_FORMAT_MARKDOWN
 *         ...;                          // "xls" and others: false
 */
#ifndef CRIMETREND_FORMAT_H
#define CRIMETREND_FORMAT_H

#include <stdbool.h>

typedef enum ct_format {
    CT_FORMAT_TEXT,
    CT_FORMAT_CSV,
    CT_FORMAT_MARKDOWN,
    CT_FORMAT_JSON
} ct_format;

/* Parses "text", "csv", "md" (or "markdown"), "json". */
bool ct_format_parse(const char *s, ct_format *out);

#endif
