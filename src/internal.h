/* internal.h - every private header of the library at once, for the
 * modules that use most of them.  A module that needs one piece includes
 * that piece: error_set.h (ct_error and warnings), alloc.h (growing
 * arrays), hash.h, text.h (UTF-8, HTML and Markdown escaping),
 * tables_build.h (shared by the table builders), incident_csv.h (the
 * libcsv half of the incident reader).  Nothing here is installed. */
#ifndef CRIMETREND_INTERNAL_H
#define CRIMETREND_INTERNAL_H

#include "error_set.h"
#include "alloc.h"
#include "hash.h"
#include "text.h"
#include "tables_build.h"
#include "incident_csv.h"

#endif
