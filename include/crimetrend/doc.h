/* doc.h - the assessment document (ct_assess_build in assess.h makes one):
 * headings, paragraphs, tables and charts, written as Markdown or as one
 * self-contained HTML page that needs no network.
 *
 *     ct_doc *doc;
 *     if (ct_assess_build(ds, &opts, &doc, &err) == CT_STATUS_OK) {
 *         ct_doc_add_chart(doc, "charts/funnel.svg", "Burglary funnel", &err);
 *         ct_doc_write_markdown(doc, stdout, &err);  // "# Strategic ..."
 *         ct_doc_free(doc);
 *     }
 *
 * Where it sits: tables/charts/doc, the last step before a report is
 * written (read -> dataset -> rates/change -> compare/trend/funnel ->
 * tables/charts/doc -> check).
 */
#ifndef CRIMETREND_DOC_H
#define CRIMETREND_DOC_H

#include <stdio.h>
#include <stddef.h>
#include "crimetrend/error.h"

typedef struct ct_doc ct_doc;

void ct_doc_free(ct_doc *doc);

/* The name of the area the document assesses; valid until ct_doc_free(). */
const char *ct_doc_area(const ct_doc *doc);

/* The charts a document refers to (file names without extension, relative
 * to chart_dir), so the caller can draw or embed them. */
size_t ct_doc_n_charts(const ct_doc *doc);
const char *ct_doc_chart(const ct_doc *doc, size_t i);

/* Appends a chart (a file name relative to the report, e.g.
 * "charts/funnel-shoplifting.svg") with its caption, under a "Charts"
 * heading. */
ct_status ct_doc_add_chart(ct_doc *doc, const char *file,
                           const char *caption, ct_error *err);

/* Writes the document as Markdown; charts are linked as images
 * (chart_dir/name.svg). */
ct_status ct_doc_write_markdown(const ct_doc *doc, FILE *out, ct_error *err);

/* Supplies the SVG text of a chart for inline embedding, or NULL when it
 * is not there (the report then says so). */
typedef const char *(*ct_doc_svg_fn)(void *ctx, const char *chart);

/* Writes the document as one self-contained HTML page (no network: styles
 * inline, charts inline as SVG), readable on a phone and printable. */
ct_status ct_doc_write_html(const ct_doc *doc, ct_doc_svg_fn svg, void *ctx,
                            FILE *out, ct_error *err);

#endif
