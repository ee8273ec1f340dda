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

/* Latin-1 to UTF-8, for both readers' --latin1: each byte of 0x80 and
 * above becomes two bytes, so 'out' has room for n and one more byte for
 * each of those (2 * n always does).  Returns the length written. */
size_t ctp_latin1_to_utf8(const char *s, size_t n, char *out);

#endif
