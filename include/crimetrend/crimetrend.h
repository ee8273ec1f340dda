/* crimetrend.h - the umbrella header of the crimetrend library: includes
 * every public module in pipeline order.
 *
 * Users of the library must call ct_stats_init() (which switches GSL's
 * aborting error handler off) before using the statistics. */
#ifndef CRIMETREND_CRIMETREND_H
#define CRIMETREND_CRIMETREND_H

#include "crimetrend/error.h"
#include "crimetrend/number.h"
#include "crimetrend/period.h"
#include "crimetrend/dataset.h"
#include "crimetrend/ingest.h"
#include "crimetrend/stats.h"
#include "crimetrend/rate.h"
#include "crimetrend/change.h"
#include "crimetrend/report.h"
#include "crimetrend/tables.h"
#include "crimetrend/funnel.h"
#include "crimetrend/trend.h"
#include "crimetrend/peer.h"
#include "crimetrend/model.h"
#include "crimetrend/project.h"
#include "crimetrend/peergroup.h"
#include "crimetrend/assess.h"
#include "crimetrend/exact.h"
#include "crimetrend/sentence.h"
#include "crimetrend/claim.h"
#include "crimetrend/claim_find.h"
#include "crimetrend/claim_csv.h"
#include "crimetrend/chart.h"
#include "crimetrend/gnuplot.h"
#include "crimetrend/incident.h"
#include "crimetrend/document.h"

#endif
