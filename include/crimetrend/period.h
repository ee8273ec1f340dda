/* period.h - the time model: calendar years, financial years, quarters,
 * months and rolling 12-month periods.
 *
 * A period is a value: the month it starts in and how many months it spans
 * (METHODS §1.4: "year ending March 2024" and "2023/24" are the same key).
 * Months are counted as year * 12 + (month - 1), so January 2015 is
 * 2015 * 12 + 0 = 24180.  The kind only decides how a period is written.
 *
 * Where it sits: read (read -> dataset -> rates/change -> ...): every
 * period label of every input file goes through ct_period_parse.
 *
 *     ct_period p;
 *     ct_period_parse("2015/16", 7, &p);  // April 2015 to March 2016:
 *                                         // start 24183, n_months 12
 *     ct_period_population_year(p, CT_POP_RULE_JUNE30);  // 2015
 *     ct_period_population_year(p, CT_POP_RULE_END);     // 2016
 *     (January 2015 = 24180 is asserted by test_month_index_january_2015,
 *     the years by test_period_population_year_table, both in
 *     tests/unit/test_period.c; 24183 = 24180 + 3 for April)
 */
#ifndef CRIMETREND_PERIOD_H
#define CRIMETREND_PERIOD_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/pop.h"

typedef enum ct_period_kind {
    CT_PERIOD_MONTH,           /* "2015-09" (also "201509", "Sep 2015") */
    CT_PERIOD_QUARTER,         /* calendar quarter "2015Q3" */
    CT_PERIOD_YEAR,            /* calendar year "2015" */
    CT_PERIOD_FINANCIAL_YEAR,  /* April to March "2015/16" (also "2015-16",
                                  "FY2015/16") */
    CT_PERIOD_ROLLING          /* 12 months ending a month "YE2015-09",
                                  "year ending Sep 2015" */
} ct_period_kind;

typedef struct ct_period {
    ct_period_kind kind;  /* how the period is written */
    int32_t start;        /* first month, year * 12 + (month - 1) */
    int32_t n_months;     /* length in months: 1, 3 or 12 */
} ct_period;

/* Month index of a year and month (1..12). */
static inline int32_t ct_period_month_index(int year, int month)
{
    return (int32_t)year * 12 + (month - 1);
}

/* Parses a period label; 'len' bytes of 's' (no NUL needed), ignoring
 * ASCII case and surrounding blanks; runs of blanks between words count as
 * one space.  Accepted: "2015"; "2015/16", "2015/2016", "FY2015/16",
 * "FY 2015-16", "2015-16", "2015-2016" (an en dash may replace '-');
 * "2015Q3", "2015 Q3", "2015-Q3", "Q3 2015"; "2015-09", "201509",
 * "Sep 2015", "Sept 2015", "September 2015"; "YE2015-09", "YE 2015-09",
 * "YE Sep 2015", "year ending Sep 2015", "year ending September 2015",
 * "12 months to September 2015", "12 months ending September 2015".
 * Years 1900..2999, always four digits; months always two digits ("2015-9",
 * "Sep-15" and "FY15/16" are refused).  The second year of a financial
 * year must follow the first ("2015/17" is refused).  "YYYY-NN" is a
 * month when NN is 01..12 and a financial year when NN is the next year
 * ("1999-00", "2015-16"); when it is both ("2011-12") it is read as a
 * month (ISO 8601) unless 'hint' is CT_PERIOD_FINANCIAL_YEAR.  The hint
 * settles only that case: "2015" stays a calendar year under any hint.
 * Pass 'hint' as the kind the column is known to hold (from its header,
 * e.g. "Financial Year"), or -1 for none.  Returns false, leaving '*out'
 * alone, when the label is not a period. */
bool ct_period_parse_as(const char *s, size_t len, int hint, ct_period *out);

/* ct_period_parse_as with no hint. */
bool ct_period_parse(const char *s, size_t len, ct_period *out);

/* Writes the canonical label for the period's kind: "2015", "2015/16",
 * "2015Q3", "2015-09", "YE2015-09"; each parses back to the same period
 * without a hint.  A period whose months do not fit its kind (a YEAR that
 * does not start in January) is written as a rolling year when it is 12
 * months long, else as an ISO 8601 interval "2015-02/2015-04" (which
 * ct_period_parse does not read).  Returns the length of the full label
 * (as snprintf does); output is truncated to 'size'. */
int ct_period_format(ct_period p, char *buf, size_t size);

/* Last month of the period. */
static inline int32_t ct_period_end(ct_period p)
{
    return p.start + p.n_months - 1;
}

/* True when a and b cover the same months (kinds may differ:
 * 2023/24 equals YE2024-03). */
static inline bool ct_period_equal(ct_period a, ct_period b)
{
    return a.start == b.start && a.n_months == b.n_months;
}

/* Orders by end month, then by start month (longest first), so that
 * 2015 sorts before 2015Q4 and 2015Q4 before 2015-12.  Returns <0, 0 or
 * >0; periods covering the same months compare equal whatever their
 * kinds. */
int ct_period_compare(ct_period a, ct_period b);

/* True when a and b share at least one month. */
bool ct_period_overlaps(ct_period a, ct_period b);

/* The same period shifted by 'years' whole years (negative: earlier),
 * with the same kind and length. */
ct_period ct_period_shift_years(ct_period p, int years);

/* The kind of period counts are aggregated into (--period-type). */
typedef struct ct_period_type {
    ct_period_kind kind;  /* MONTH, QUARTER, YEAR, FINANCIAL_YEAR or
                             ROLLING */
    int end_month;        /* for ROLLING: the month (1..12) each year ends;
                             0 for the other kinds */
} ct_period_type;

/* Parses "year", "fy" (or "financial-year"), "quarter", "month", or
 * "ye-MM" with MM 01..12 (e.g. "ye-09"), ignoring ASCII case.  "ye-12" is
 * a ROLLING type ending in December, not "year", so that labels keep the
 * user's wording (YE2015-12).  Returns false otherwise, and for NULL. */
bool ct_period_type_parse(const char *s, ct_period_type *out);

/* The period of type 't' that contains month 'month' (a month index):
 * the month itself, its calendar quarter, its calendar year, its
 * April-March financial year, or for ROLLING the 12 months ending at the
 * first month numbered t.end_month at or after 'month'. */
ct_period ct_period_containing(ct_period_type t, int32_t month);

/* The mid-year (e.g. 2015 for mid-2015) to use for period 'p' under 'rule'
 * (METHODS §1.4): 2015/16 -> 2015 under JUNE30 and START, 2016 under END;
 * YE2015-09 -> 2015 and YE2015-03 -> 2014 under JUNE30. */
int ct_period_population_year(ct_period p, ct_pop_rule rule);

#endif
