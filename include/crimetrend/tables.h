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
    const char *const *exclude; /* areas left out of every table
                                   (--exclude-area); NULL for none */
    size_t n_exclude;
    bool counts_only;           /* change: compare counts, never rates, so
                                   no area needs a population */
    bool strict;                /* an area without a usable population is
                                   an input error instead of being left out
                                   with a warning */
    ct_warn_fn warn;            /* receives the one-line summaries (areas
                                   left out, cells missing); may be NULL */
    void *warn_ctx;
} ct_query;

/* Sets the defaults: no filters, per 1,000, 95%, CT_POP_RULE_JUNE30. */
void ct_query_init(ct_query *q);

/* Columns: area,offence,period,count,population,per,rate,rate_low,
 * rate_high,level,method, and population_year when the dataset's
 * population fallback is not exact (the year whose population was used).
 *
 * Missing cells: every area and offence that has any row in the counts
 * gets a row for every period reported; a cell with no row, an empty or a
 * suppressed count gives empty numbers and method "missing" or
 * "suppressed", and the missing ones are summarised in one warning.
 *
 * Populations: an area whose population for a period is absent or not
 * above 0 is left out of that period, and the areas left out are named in
 * one warning; with q->strict the first is an input error naming the
 * population file and line (CT_ERR_INPUT).  Populations absent altogether,
 * or every area left out, is an input error.  An unknown period label, or
 * a filter naming nothing (with "did you mean" candidates) is
 * CT_ERR_USAGE.  '*out' is owned by the caller. */
ct_status ct_tables_rates(const ct_dataset *ds, const ct_query *q,
                          ct_table **out, ct_error *err);

/* Columns: area,offence,from,to,count_from,count_to,change,pct_change,
 * rate_from,rate_to,rate_pct_change,ratio,ratio_low,ratio_high,p_value,
 * reason.  One row per area and offence (of those with any row in the
 * counts) for the pair (from, to), and with a base period a second row
 * for (base, to).  A pair with a suppressed or missing count gives empty
 * numbers and a reason ("missing 2017", "suppressed 2018"); the missing
 * ones are summarised in one warning.  When the dataset has populations,
 * an area without a usable one for either period is left out as by
 * ct_tables_rates; without any populations, counts alone give the
 * change. */
ct_status ct_tables_change(const ct_dataset *ds, const ct_query *q,
                           ct_table **out, ct_error *err);

#endif
