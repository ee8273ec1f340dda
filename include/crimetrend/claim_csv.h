/* claim_csv.h - reading claims from a claims file (CSV), one claim per
 * row, to be checked by ct_claim_check (claim.h) against a dataset.
 *
 * Where it sits: check (... -> tables/charts/doc -> check), beside
 * claim_find.h: claims listed by hand instead of found in a text.
 *
 *     // id,area,offence,measure,period,from,published,per,note
 *     // b,Northby,Burglary,pct_change,2015,2014,+56%,,a note
 *     ct_claim_read_csv(set, in, "claims.csv", &err);
 *     // the claim of line 3: a rise (+56%) from 2014 to 2015, with its note
 *     (asserted by test_claim_read_csv in tests/unit/test_claim_csv.c)
 */
#ifndef CRIMETREND_CLAIM_CSV_H
#define CRIMETREND_CLAIM_CSV_H

#include <stdio.h>
#include "crimetrend/error.h"
#include "crimetrend/claim.h"

/* Reads a claims file (CSV) with the columns
 *   id,area,offence,measure,period,from,published,per,note
 * (matched without regard to case, spaces or underscores; area, offence,
 * measure, period and published are required, the rest optional).
 * 'measure' is a ct_claim_measure_name; 'period' the period claimed; 'from' the
 * earlier period of a change (default a year before), or for a share the
 * offence or area whose count is the total; 'published' the figure as
 * printed ("6,925,677", "-4.1%", "2,109.9"); 'per' the rate base (default
 * 1000).  Appends one claim per row, unchecked, with the row's line.
 * CT_STATUS_INPUT naming the line and column of a bad measure, period or
 * figure, or a missing column; CT_STATUS_IO; CT_STATUS_NOMEM. */
ct_status ct_claim_csv_read(ct_claim_set *set, FILE *in, const char *source,
                            ct_error *err);

#endif
