/* pop.h - the population rules: which mid-year estimate belongs to a
 * period (ct_pop_rule, METHODS §1.4) and what to do when that year
 * has none (ct_pop_fallback).  ct_period_population_year (period.h)
 * and ct_dataset_population (dataset.h) apply them. */
#ifndef CRIMETREND_POP_H
#define CRIMETREND_POP_H

#include <stdbool.h>

/* Which mid-year population estimate belongs to a period. */
typedef enum ct_pop_rule {
    CT_POP_RULE_JUNE30,  /* the year whose 30 June falls inside the period
                            (the first, if it is longer than a year); for a
                            period without one (a month other than June, a
                            quarter other than Q2), the year of its middle
                            month, month start + n_months / 2 (default) */
    CT_POP_RULE_START,   /* the calendar year of the period's first month */
    CT_POP_RULE_END      /* the calendar year of the period's last month */
} ct_pop_rule;

/* Parses "june30", "start", "end", ignoring ASCII case.  Returns false
 * otherwise, and for NULL. */
bool ct_pop_rule_parse(const char *s, ct_pop_rule *out);

/* One sentence describing the rule, for the notes of every table.  Static
 * string; do not free. */
const char *ct_pop_rule_describe(ct_pop_rule rule);

/* What ct_dataset_population does when no population is published for
 * the year the period needs (--population-rule). */
typedef enum ct_pop_fallback {
    CT_POP_EXACT = 0,       /* none: the area has no population then */
    CT_POP_NEAREST,         /* the closest published year (the earlier of
                               two equally close) */
    CT_POP_CARRY_FORWARD    /* the latest published year before it */
} ct_pop_fallback;

/* Parses "exact", "nearest", "carry-forward" (ASCII case ignored). */
bool ct_pop_fallback_parse(const char *s, ct_pop_fallback *out);

#endif
