/* doc_build.h - how assess.c builds a ct_doc (doc.c owns the type and
 * writes it).  Private to the library. */
#ifndef CRIMETREND_DOC_BUILD_H
#define CRIMETREND_DOC_BUILD_H

#include "crimetrend/doc.h"
#include "crimetrend/table.h"

typedef enum ctp_block_kind {
    B_TITLE, B_HEADING, B_PARAGRAPH, B_BULLET, B_TABLE, B_CHART
} ctp_block_kind;

/* An empty document; NULL when out of memory. */
ct_doc *ctp_doc_new(void);

/* Names the area the document assesses (copied, cut at 127 bytes). */
void ctp_doc_set_area(ct_doc *doc, const char *area);

/* Appends a block; takes the table (freed on failure too). */
ct_status ctp_doc_add_block(ct_doc *doc, ctp_block_kind kind, const char *text,
                            const char *chart, ct_table *table, ct_error *err);

#endif
