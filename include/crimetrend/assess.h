/* assess.h - the strategic assessment: an executive summary in plain
 * English built from the numbers, the tables behind it and the charts,
 * as a document that can be written as Markdown or as self-contained HTML.
 *
 * Every figure in a sentence is computed from unrounded inputs and rounded
 * half-up for display (METHODS 4.3), and every sentence that states a
 * change gives both figures and the per cent, in the forms that
 * `crimetrend check` reads, so that a checker can recompute each. */
#ifndef CRIMETREND_ASSESS_H
#define CRIMETREND_ASSESS_H

#include <stdio.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/report.h"
#include "crimetrend/tables.h"

typedef struct ct_assess_options {
    const char *area;      /* the area assessed (a county), or NULL for the
                              one area whose children have peer groups */
    const char *national;  /* national comparator, or NULL for the top of
                              the hierarchy above the area */
    const char *base;      /* base period for long-term change, or NULL for
                              the earliest period of the same length */
    ct_query query;        /* period (default latest), per, level, rule */
    const char *chart_dir; /* where the charts are, relative to the report,
                              or NULL when there are none */
} ct_assess_options;

typedef struct ct_doc ct_doc;

/* Builds the assessment of 'o->area' from 'ds', which must have annual
 * periods (aggregate months first).  Missing inputs shorten the report:
 * without populations there are no rates, without peers no district
 * comparison; the report says what it left out.  '*out' is owned by the
 * caller (ct_doc_free). */
ct_status ct_assess_build(ct_dataset *ds, const ct_assess_options *o,
                          ct_doc **out, ct_error *err);

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
typedef const char *(*ct_svg_fn)(void *ctx, const char *chart);

/* Writes the document as one self-contained HTML page (no network: styles
 * inline, charts inline as SVG), readable on a phone and printable. */
ct_status ct_doc_write_html(const ct_doc *doc, ct_svg_fn svg, void *ctx,
                            FILE *out, ct_error *err);

#endif
