/* incident_csv.h - the libcsv half of the incident reader: ingest.c owns
 * libcsv, incident.c reads incidents through this.  Private to the library. */
#ifndef CRIMETREND_INCIDENT_CSV_H
#define CRIMETREND_INCIDENT_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include "crimetrend/error.h"

typedef struct ctp_incident_csv ctp_incident_csv;

/* Receives one record's fields from libcsv (valid during the call). */
typedef ct_status (*ctp_incident_row_fn)(void *ctx, const char *const *f,
                                         const size_t *lens, size_t n);

/* A libcsv parser in strict mode; NULL when out of memory. */
ctp_incident_csv *ctp_incident_csv_new(ctp_incident_row_fn fn, void *ctx);
void ctp_incident_csv_free(ctp_incident_csv *c);

/* Feeds one physical line (with its newline).  '*in_record' tells
 * whether a record is still open afterwards (a quoted newline).  Returns
 * CT_STATUS_INPUT for malformed quoting (then the parser is reset; the
 * caller reports), CT_STATUS_NOMEM, or the row callback's status. */
ct_status ctp_incident_csv_line(ctp_incident_csv *c, const char *s,
                                size_t len, bool *in_record);

#endif
