/* crimetrend.h - the umbrella header of the crimetrend library: includes
 * every public module in pipeline order, so that reading the list top to
 * bottom follows the data from the files to the checked report.
 *
 * Users of the library must call ct_stats_init() (which switches GSL's
 * aborting error handler off) before using the statistics.
 *
 *     ct_stats_init();
 *     ct_dataset *ds = ct_dataset_new();
 *     ct_ingest_counts(ds, in, "counts.csv", NULL, &err);     // read
 *     ct_tables_query q;  ct_tables_query_init(&q);
 *     ct_table *t;
 *     ct_tables_rates(ds, &q, &t, &err);                      // rates
 *     ct_table_write(t, CT_FORMAT_TEXT, stdout, &err);        // write
 */
#ifndef CRIMETREND_CRIMETREND_H
#define CRIMETREND_CRIMETREND_H

/* Every stage: how failure is reported. */
#include "crimetrend/status.h"
#include "crimetrend/error.h"      /* ct_status, ct_error, warnings */

/* Read: numbers and periods as printed, then the input files. */
#include "crimetrend/number.h"     /* "1,233" in, "34,556" out, half-up */
#include "crimetrend/decimal.h"
#include "crimetrend/period.h"     /* "2015/16", "YE2015-09", months */
#include "crimetrend/pop.h"
#include "crimetrend/ingest.h"     /* counts, populations, peers, areas CSV */
#include "crimetrend/incident.h"   /* police.uk street files into counts */

/* The dataset: counts by area x offence x period, populations, peers. */
#include "crimetrend/dataset.h"    /* cells, populations, hierarchy */
#include "crimetrend/cell.h"

/* Rates and change, on the distributions of stats.h. */
#include "crimetrend/stats.h"      /* Poisson, binomial intervals (GSL) */
#include "crimetrend/rate.h"       /* a rate per 1,000, a share */
#include "crimetrend/change.h"     /* change between two periods */

/* Compare, trend, funnel: the statistics and the models behind peers and
 * projections. */
#include "crimetrend/funnel.h"     /* funnel limits, over-dispersion */
#include "crimetrend/trend.h"      /* trend marker, regressions, XmR */
#include "crimetrend/model.h"      /* z-scores, least squares, Poisson fit */
#include "crimetrend/peergroup.h"  /* most similar areas: peers.csv */
#include "crimetrend/project.h"    /* next period's range, backtests */

/* Tables, charts and the assessment document. */
#include "crimetrend/format.h"     /* text, CSV, Markdown, JSON */
#include "crimetrend/table.h"      /* a result table and its writers */
#include "crimetrend/tables.h"     /* rates, change, compare, funnel, trend */
#include "crimetrend/sentence.h"   /* the sentences of a report */
#include "crimetrend/chart.h"      /* which charts, and what each shows */
#include "crimetrend/gnuplot.h"    /* charts as gnuplot scripts */
#include "crimetrend/doc.h"        /* a document: Markdown or HTML */
#include "crimetrend/assess.h"     /* the strategic assessment */

/* Check: reading published documents and checking their figures. */
#include "crimetrend/document.h"   /* text, HTML, PDF into lines of text */
#include "crimetrend/claim_find.h" /* the claims a text makes */
#include "crimetrend/claim_csv.h"  /* claims listed in a CSV file */
#include "crimetrend/claim.h"      /* a claim's verdict, recomputed */
#include "crimetrend/exact.h"      /* exact decimals for the verdicts */
#include "crimetrend/rounding.h"

#endif
