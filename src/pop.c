/* pop.c - reading and describing the population rules. */
#include <stddef.h>
#include <strings.h>

#include "crimetrend/pop.h"

bool ct_pop_rule_parse(const char *s, ct_pop_rule *out)
{
    if (s == NULL)
        return false;
    if (strcasecmp(s, "june30") == 0)
        *out = CT_POP_RULE_JUNE30;
    else if (strcasecmp(s, "start") == 0)
        *out = CT_POP_RULE_START;
    else if (strcasecmp(s, "end") == 0)
        *out = CT_POP_RULE_END;
    else
        return false;
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
    if (s == NULL)
        return false;
    if (strcasecmp(s, "exact") == 0)
        *out = CT_POP_EXACT;
    else if (strcasecmp(s, "nearest") == 0)
        *out = CT_POP_NEAREST;
    else if (strcasecmp(s, "carry-forward") == 0)
        *out = CT_POP_CARRY_FORWARD;
    else
        return false;
    return true;
}
