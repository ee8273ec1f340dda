/* report.h - the former name of table.h (result tables), kept so that
 * code written against it still builds.  New code includes table.h. */
#ifndef CRIMETREND_REPORT_H
#define CRIMETREND_REPORT_H

#include "crimetrend/table.h"

#endif
