/* format.c - the names of the output formats. */
#include <string.h>

#include "crimetrend/format.h"

bool ct_format_parse(const char *s, ct_format *out)
{
    if (strcmp(s, "text") == 0)
        *out = CT_FORMAT_TEXT;
    else if (strcmp(s, "csv") == 0)
        *out = CT_FORMAT_CSV;
    else if (strcmp(s, "md") == 0 || strcmp(s, "markdown") == 0)
        *out = CT_FORMAT_MARKDOWN;
    else if (strcmp(s, "json") == 0)
        *out = CT_FORMAT_JSON;
    else
        return false;
    return true;
}
