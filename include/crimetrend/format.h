/* format.h - the output formats every table can be written in.
 *
 * Where it sits: tables/charts/doc (... -> compare/trend/funnel ->
 * tables/charts/doc -> check): the --format of every table.
 *
 *     ct_format f;
 *     ct_format_parse("md", &f);    // true, f == CT_FORMAT_MARKDOWN
 *     ct_format_parse("xml", &f);   // false
 *     (asserted by test_format_parse_names in tests/unit/test_report.c)
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
