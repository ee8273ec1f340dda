/* assess.h - the strategic assessment: an executive summary in plain
 * English built from the numbers, the tables behind it and the charts,
 * as a document that can be written as Markdown or as self-contained HTML.
 *
 * Every figure in a sentence is computed from unrounded inputs and rounded
 * half-up for display (METHODS 4.3), and every sentence that states a
 * change gives both figures and the per cent, in the forms that
 * `crimetrend check` reads, so that a checker can recompute each.
 *
 * Where it sits: tables/charts/doc (read -> dataset -> rates/change ->
 * compare/trend/funnel -> tables/charts/doc -> check); its Markdown is
 * what `check` can read back.
 *
 *     // Bothshire = Northby (820,000 burglaries, 923 robberies in 2017,
 *     // 1,000,000 residents) + Southby (10 and 3, 50,000 residents)
 *     ct_assess_options o = {.area = "Bothshire"};
 *     ct_tables_query_init(&o.query);
 *     ct_assess_build(ds, &o, &doc, &err);
 *     ct_doc_write_markdown(doc, out, &err);
 *     // "In 2017 the police recorded 820,936 crimes in Bothshire, a rate
 *     // of 781.8 per 1,000 residents."  (820,936 / 1,050,000 * 1,000)
 *     (asserted by test_assess_one_period_no_same_period_twice in
 *     tests/unit/test_assess.c)
 */
#ifndef CRIMETREND_ASSESS_H
#define CRIMETREND_ASSESS_H

#include <stdio.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/doc.h"
#include "crimetrend/tables.h"

typedef struct ct_assess_options {
    const char *area;      /* the area assessed (a county), or NULL for the
                              one area whose children have peer groups */
    const char *national;  /* national comparator, or NULL for the top of
                              the hierarchy above the area */
    const char *base;      /* base period for long-term change, or NULL for
                              the earliest period of the same length */
    ct_tables_query query;        /* period (default latest), per, level, rule */
    const char *chart_dir; /* where the charts are, relative to the report,
                              or NULL when there are none */
} ct_assess_options;

/* Builds the assessment of 'o->area' from 'ds', which must have annual
 * periods (aggregate months first).  Missing inputs shorten the report:
 * without populations there are no rates, without peers no district
 * comparison; the report says what it left out.  '*out' is owned by the
 * caller (ct_doc_free). */
ct_status ct_assess_build(ct_dataset *ds, const ct_assess_options *o,
                          ct_doc **out, ct_error *err);

#endif
