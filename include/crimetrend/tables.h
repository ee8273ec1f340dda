/* tables.h - the result tables of the table commands, built from a
 * dataset: rates (METHODS §1.4, §2.1) and change between periods (§3.1).
 *
 * Rows are ordered by area name, offence name and period.  Every table
 * carries notes naming the method, the confidence level and the rule that
 * chose each population. */
#ifndef CRIMETREND_TABLES_H
#define CRIMETREND_TABLES_H

#include <stddef.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/report.h"

typedef struct ct_query {
    const char *const *areas;   /* keep only these areas; NULL for all */
    size_t n_areas;
    const char *const *offences;/* keep only these offences; NULL for all */
    size_t n_offences;
    double per;                 /* rate base, default 1000 */
    double confidence;          /* 0.95 (default) or 0.998 */
    ct_pop_rule pop_rule;       /* which population belongs to a period */
    const char *period;         /* rates: the period, "all", or NULL for
                                   the latest */
    const char *from;           /* change: earlier period, NULL for a year
                                   before 'to' */
    const char *to;             /* change: later period, NULL for the latest */
    const char *base;           /* change: base period for long-term change,
                                   or NULL */
} ct_query;

/* Sets the defaults: no filters, per 1,000, 95%, CT_POP_RULE_JUNE30. */
void ct_query_init(ct_query *q);

/* Columns: area,offence,period,count,population,per,rate,rate_low,
 * rate_high,level,method.  A cell with a suppressed or missing count gives
 * a row with empty numbers and method "suppressed" or "missing".  A count
 * with no population is an input error naming the area and period
 * (CT_ERR_INPUT); a population of 0 is CT_ERR_DOMAIN.  An unknown period
 * label or a filter that matches nothing is CT_ERR_USAGE.  '*out' is owned
 * by the caller. */
ct_status ct_tables_rates(const ct_dataset *ds, const ct_query *q,
                          ct_table **out, ct_error *err);

/* Columns: area,offence,from,to,count_from,count_to,change,pct_change,
 * rate_from,rate_to,rate_pct_change,ratio,ratio_low,ratio_high,p_value.
 * One row per area and offence for the pair (from, to), and with a base
 * period a second row for (base, to).  Rates are empty where a population
 * is missing; counts alone still give the change.  A pair with a
 * suppressed or missing count gives empty numbers. */
ct_status ct_tables_change(const ct_dataset *ds, const ct_query *q,
                           ct_table **out, ct_error *err);

#endif
