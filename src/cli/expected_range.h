/* expected_range.h - compare's plain-words summary with the figures that
 * were outside the range their own recent trend predicted (`project`). */
#ifndef CRIMETREND_EXPECTED_RANGE_H
#define CRIMETREND_EXPECTED_RANGE_H

#include "cli.h"

/* Writes the summary of a compare table (ct_tables_compare_write_summary), then
 * one paragraph per area naming the offences whose count in the table's
 * period was outside the 95% prediction interval of the five periods
 * before it.  Returns an exit status. */
int cli_write_compare_summary(const cli_args *a, const ct_dataset *ds,
                              const ct_table *compare);

#endif
