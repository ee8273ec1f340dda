/* pop.c - reading and describing the population rules. */
#include <stddef.h>

#include "crimetrend/pop.h"
#include "names.h"

/* The words of --population-rule and of the fallback, ASCII case
 * ignored. */
static const char *const rule_names[] = {
    [CT_POP_RULE_JUNE30] = "june30",
    [CT_POP_RULE_START] = "start",
    [CT_POP_RULE_END] = "end",
};

static const char *const fallback_names[] = {
    [CT_POP_EXACT] = "exact",
    [CT_POP_NEAREST] = "nearest",
    [CT_POP_CARRY_FORWARD] = "carry-forward",
};

bool ct_pop_rule_parse(const char *s, ct_pop_rule *out)
{
    size_t i;
    if (!CTP_NAMES_FIND(rule_names, s, true, &i))
        return false;
    *out = (ct_pop_rule)i;
    return true;
}

const char *ct_pop_rule_describe(ct_pop_rule rule)
{
    switch (rule) {
    case CT_POP_RULE_JUNE30:
        return "population: the mid-year estimate whose 30 June falls "
               "inside the period (e.g. mid-2015 for 2015/16 and for the "
               "year ending September 2015), or for a month or quarter "
               "without a 30 June the estimate for the year of its middle "
               "month";
    case CT_POP_RULE_START:
        return "population: the mid-year estimate for the calendar year in "
               "which the period starts (e.g. mid-2015 for 2015/16 and "
               "mid-2014 for the year ending September 2015)";
    case CT_POP_RULE_END:
        return "population: the mid-year estimate for the calendar year in "
               "which the period ends (e.g. mid-2016 for 2015/16 and "
               "mid-2015 for the year ending September 2015)";
    }
    return "population: an unknown rule";
}

bool ct_pop_fallback_parse(const char *s, ct_pop_fallback *out)
{
    size_t i;
    if (!CTP_NAMES_FIND(fallback_names, s, true, &i))
        return false;
    *out = (ct_pop_fallback)i;
    return true;
}
