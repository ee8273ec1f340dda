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
 *     ct_query q;  ct_query_init(&q);
 *     ct_table *t;
 *     ct_tables_rates(ds, &q, &t, &err);                      // rates
 *     ct_table_write(t, CT_FORMAT_TEXT, stdout, &err);        // write
 */
#ifndef CRIMETREND_CRIMETREND_H
#define CRIMETREND_CRIMETREND_H

/* How everything reports failure. */
#include "crimetrend/error.h"

/* Read: numbers and periods as printed, then the input files. */
#include "crimetrend/number.h"
#include "crimetrend/period.h"
#include "crimetrend/ingest.h"
#include "crimetrend/incident.h"

/* The dataset: counts by area x offence x period, populations, peers. */
#include "crimetrend/dataset.h"

/* Rates and change, on the distributions of stats.h. */
#include "crimetrend/stats.h"
#include "crimetrend/rate.h"
#include "crimetrend/change.h"

/* Compare, trend, funnel: the statistics and the models behind peers and
 * projections. */
#include "crimetrend/funnel.h"
#include "crimetrend/trend.h"
#include "crimetrend/model.h"
#include "crimetrend/peergroup.h"
#include "crimetrend/project.h"

/* Tables, charts and the assessment document. */
#include "crimetrend/format.h"
#include "crimetrend/table.h"
#include "crimetrend/tables.h"
#include "crimetrend/sentence.h"
#include "crimetrend/chart.h"
#include "crimetrend/gnuplot.h"
#include "crimetrend/doc.h"
#include "crimetrend/assess.h"

/* Check: reading published documents and checking their figures. */
#include "crimetrend/document.h"
#include "crimetrend/exact.h"
#include "crimetrend/claim.h"
#include "crimetrend/claim_find.h"
#include "crimetrend/claim_csv.h"

#endif
