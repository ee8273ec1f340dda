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
#include <stdint.h>
#include <stdbool.h>
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

/* ---- the sentences ------------------------------------------------ */

/* Every sentence the report generates comes from ct_sentence_write, one
 * template per kind, so that each can be tested with its edge cases. */
typedef enum ct_sentence_kind {
    CT_SAY_RECORDED,    /* "In P1 the police recorded N1 crimes in AREA[, a
                           rate of RATE per PER residents]." (rate NaN:
                           without the rate) */
    CT_SAY_NO_TOTAL,    /* "The data has no complete total of recorded
                           crime for AREA in P1." */
    CT_SAY_CHANGE,      /* "SUBJECT rose from N0 in P0 to N1 in P1, an
                           increase of X%." (fell ... a fall of; stayed at
                           N1 in both P0 and P1; rose from 0 ... without a
                           per cent; P0 the same as P1: "SUBJECT was N1 in
                           P1.") */
    CT_SAY_TREND,       /* "SUBJECT: the trend over the last POINTS periods
                           is increasing|decreasing|not significant."; fewer
                           than POINTS_NEEDED points (or a direction of 2,
                           not tested): "SUBJECT: the trend cannot be
                           calculated from POINTS periods (NEEDED
                           needed)." */
    CT_SAY_MOVERS,      /* "The largest significant rises:" (up) or
                           "falls:"; with none (n1 == 0) "No offence rose
                           (fell) by more than random variation would
                           explain." */
    CT_SAY_VS_NATION_HEAD, /* "Rates above (below: !up) the national rate
                           (NATION):"; with none (n1 == 0) "No offence rate
                           is above (below) the national rate beyond random
                           variation." */
    CT_SAY_VS_NATION,   /* "SUBJECT: a rate of RATE per PER in AREA; RATE2
                           nationally." */
    CT_SAY_NO_DISTRICTS /* "No district of AREA has a group of most similar
                           areas (peers.csv), so this report has no
                           district comparison." */
} ct_sentence_kind;

typedef struct ct_sentence {
    ct_sentence_kind kind;
    const char *subject;  /* an offence, or words such as "The number" */
    const char *area;     /* the area spoken of */
    const char *nation;   /* the national comparator */
    const char *p0, *p1;  /* the periods as words ("2024", "the year ending
                             September 2015"); p1 the later */
    int64_t n0, n1;       /* counts in p0 and p1 */
    double rate, rate2;   /* a rate and the benchmark rate */
    double per;           /* the rate base */
    bool up;              /* rises / above (true) or falls / below */
    int direction;        /* trend: 1 increasing, -1 decreasing, 0 no
                             significant change, 2 not tested */
    size_t points;        /* trend: the points the test used */
    size_t points_needed; /* trend: the least the method needs */
} ct_sentence;

/* Writes the sentence into 'buf' ('size' bytes, always NUL-terminated).
 * Figures are rounded half-up for display only (counts with thousands
 * separators; rates to 1 place; per cents whole unless that reads 0%,
 * then 1 place).  CT_ERR_USAGE, with "" in 'buf', for figures that make
 * no sense (a negative count, a missing period or name the template
 * needs); CT_ERR_NOMEM never: the buffer is the caller's (a sentence cut
 * short by a small buffer is still NUL-terminated). */
ct_status ct_sentence_write(const ct_sentence *s, char *buf, size_t size,
                            ct_error *err);

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
