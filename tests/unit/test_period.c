/* test_period.c - unit tests for period.c: every accepted label form and a
 * range of refused ones, the ambiguous "YYYY-NN", canonical labels and
 * their round trips, ordering, aggregation into period types, and the
 * population year of METHODS §1.4.  Expected periods are worked out by
 * hand from the calendar: a financial year runs April to March, a rolling
 * year is the twelve months ending its named month, and month indexes are
 * year * 12 + month - 1. */
#include <stdio.h>
#include <string.h>

#include "test_support.h"
#include "crimetrend/period.h"

#define NO_HINT (-1)

static ct_period period(ct_period_kind kind, int year, int month,
                        int32_t n_months)
{
    ct_period p = { kind, ct_period_month_index(year, month), n_months };
    return p;
}

static ct_period parse(const char *s)
{
    ct_period p = { CT_PERIOD_MONTH, -1, -1 };
    if (!ct_period_parse(s, strlen(s), &p)) {
        print_error("'%s' was refused\n", s);
        fail();
    }
    return p;
}

static void check_period(const char *what, ct_period got, ct_period want)
{
    if (got.kind != want.kind || got.start != want.start
        || got.n_months != want.n_months) {
        print_error("%s: got kind %d start %d (%d-%02d) length %d; expected "
                    "kind %d start %d (%d-%02d) length %d\n", what,
                    (int)got.kind, (int)got.start, (int)(got.start / 12),
                    (int)(got.start % 12 + 1), (int)got.n_months,
                    (int)want.kind, (int)want.start, (int)(want.start / 12),
                    (int)(want.start % 12 + 1), (int)want.n_months);
        fail();
    }
}

/* ------------------------------------------------------------------ */
/* ct_period_month_index                                                      */
/* ------------------------------------------------------------------ */

static void test_month_index_january_2015(void **state)
{
    (void)state;
    /* period.h: 2015 * 12 + 0 = 24180. */
    assert_int_equal(ct_period_month_index(2015, 1), 24180);
    assert_int_equal(ct_period_month_index(2015, 12), 24191);
}

/* ------------------------------------------------------------------ */
/* ct_period_parse                                                     */
/* ------------------------------------------------------------------ */

/* A period, the label ct_period_format writes for it, and every spelling
 * ct_period_parse reads as it. */
static const struct label_case {
    ct_period_kind kind;
    int year, month;  /* first month */
    int32_t n_months;
    const char *canonical;
    const char *labels[10];  /* up to the first NULL */
} accepted[] = {
    /* Calendar years: January to December. */
    { CT_PERIOD_YEAR, 2015, 1, 12, "2015",
      { "2015", " 2015\t", "\xC2\xA0" "2015" } },
    { CT_PERIOD_YEAR, 1900, 1, 12, "1900", { "1900" } },
    { CT_PERIOD_YEAR, 2999, 1, 12, "2999", { "2999" } },
    /* Financial years: April of the first year to March of the next. */
    { CT_PERIOD_FINANCIAL_YEAR, 2015, 4, 12, "2015/16",
      { "2015/16", "2015/2016", "2015-16", "2015-2016",
        "2015\xE2\x80\x93" "16", "FY2015/16", "FY 2015/16", "fy 2015-16",
        "Fy2015-2016", "FY  2015/2016" } },
    /* The century turns: (1999 + 1) % 100 = 00, not a month. */
    { CT_PERIOD_FINANCIAL_YEAR, 1999, 4, 12, "1999/00",
      { "1999/00", "1999-00" } },
    { CT_PERIOD_FINANCIAL_YEAR, 2099, 4, 12, "2099/00", { "2099/2100" } },
    /* "2008/09": a slash never separates a month. */
    { CT_PERIOD_FINANCIAL_YEAR, 2008, 4, 12, "2008/09", { "2008/09" } },
    /* Calendar quarters: Q1 Jan-Mar, Q2 Apr-Jun, Q3 Jul-Sep, Q4
     * Oct-Dec. */
    { CT_PERIOD_QUARTER, 2015, 1, 3, "2015Q1", { "2015q1" } },
    { CT_PERIOD_QUARTER, 2015, 4, 3, "2015Q2", { "2015-Q2" } },
    { CT_PERIOD_QUARTER, 2015, 7, 3, "2015Q3",
      { "2015Q3", "2015 Q3", "Q3 2015" } },
    { CT_PERIOD_QUARTER, 2015, 10, 3, "2015Q4", { "q4 2015" } },
    /* Months. */
    { CT_PERIOD_MONTH, 2015, 9, 1, "2015-09",
      { "2015-09", "201509", "Sep 2015", "SEP 2015", "Sept 2015",
        "September 2015" } },
    { CT_PERIOD_MONTH, 2015, 12, 1, "2015-12", { "2015-12" } },
    { CT_PERIOD_MONTH, 2015, 5, 1, "2015-05", { "may 2015" } },
    { CT_PERIOD_MONTH, 2015, 6, 1, "2015-06", { "June 2015" } },
    { CT_PERIOD_MONTH, 2016, 1, 1, "2016-01", { "Jan 2016" } },
    /* "2011-12" is both December 2011 and 2011/12; with no hint it is a
     * month, as ISO 8601 reads it. */
    { CT_PERIOD_MONTH, 2011, 12, 1, "2011-12", { "2011-12" } },
    /* Rolling years: the twelve months ending the named month, so
     * YE2015-09 runs from October 2014. */
    { CT_PERIOD_ROLLING, 2014, 10, 12, "YE2015-09",
      { "YE2015-09", "YE 2015-09", "YE Sep 2015", "YE September 2015",
        "year ending Sep 2015", "Year ending September 2015",
        "12 months to September 2015", "12 months ending September 2015" } },
    { CT_PERIOD_ROLLING, 2015, 1, 12, "YE2015-12",
      { "ye2015-12", "12 Months To Dec 2015" } },
    { CT_PERIOD_ROLLING, 2015, 4, 12, "YE2016-03",
      { "Year  ending\tMarch 2016" } },
    { CT_PERIOD_ROLLING, 2014, 7, 12, "YE2015-06",
      { "year ending 2015-06" } },
};

static void test_period_parse_accepts_every_form(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(accepted); i++) {
        const struct label_case *c = &accepted[i];
        ct_period want = period(c->kind, c->year, c->month, c->n_months);
        for (size_t k = 0; k < N_ELEMS(c->labels) && c->labels[k]; k++)
            check_period(c->labels[k], parse(c->labels[k]), want);
    }
}

static const char *const refused[] = {
    "", "   ", "abc", "Q", "FY",
    /* Years outside 1900..2999, and not four digits. */
    "1899", "3000", "15", "015", "20150", "2015.0",
    /* Financial years whose second part does not follow the first, or
     * with a two-digit first year. */
    "2015/17", "2015/2017", "2015/1", "2015/016", "2015-17", "2015-2017",
    "FY15/16", "FY2015", "FY 2015", "FY2015/", "2015/", "2015-",
    /* Quarters. */
    "2015Q0", "2015Q5", "2015Q", "2015Q33", "Q3-2015", "Q3 15", "Q32015",
    "2015 Q 3",
    /* Months: one-digit months, two-digit years, abbreviations that are
     * not ours. */
    "2015-9", "2015-13", "2015-00", "201513", "201500", "189912", "Sep-15",
    "Sep 15", "Sep-2015", "Sept. 2015", "Septem 2015", "Sep2015",
    "2015 Sep", "2015-09-01", "20150901",
    /* Rolling years. */
    "YE2015-9", "YE 15-09", "YESep 2015", "YE2015", "year ending 2015",
    "year ending Sep 15", "year ending", "12 months to", "12 months to 2015",
    "11 months to September 2015", "year to September 2015",
    /* Trailing text. */
    "2015Q3x", "2015 2016", "Sep 2015 provisional", "2015-09\n",
};

static void test_period_parse_refuses_other_labels(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(refused); i++) {
        ct_period p = { CT_PERIOD_MONTH, -7, -7 };
        if (ct_period_parse(refused[i], strlen(refused[i]), &p)) {
            print_error("'%s' was accepted\n", refused[i]);
            fail();
        }
        /* '*out' is left alone on failure. */
        assert_int_equal(p.start, -7);
        assert_int_equal(p.n_months, -7);
    }
}

static void test_period_parse_refuses_overlong_label(void **state)
{
    (void)state;
    char label[200];
    memset(label, ' ', sizeof label);
    memcpy(label + 150, "2015", 4);
    ct_period p;
    /* Blanks do not count: this is "2015" with padding. */
    assert_true(ct_period_parse(label, 154, &p));
    memset(label, 'x', sizeof label);
    assert_false(ct_period_parse(label, sizeof label, &p));
}

/* Only 'len' bytes are read, so a field needs no NUL. */
static void test_period_parse_reads_only_len_bytes(void **state)
{
    (void)state;
    ct_period p;
    assert_true(ct_period_parse("2015-09xyz", 7, &p));
    check_period("2015-09xyz/7", p, period(CT_PERIOD_MONTH, 2015, 9, 1));
    assert_true(ct_period_parse("2015/16", 4, &p));
    check_period("2015/16/4", p, period(CT_PERIOD_YEAR, 2015, 1, 12));
}

/* ------------------------------------------------------------------ */
/* ct_period_parse_as: the ambiguous "YYYY-NN"                         */
/* ------------------------------------------------------------------ */

static const struct hint_case {
    const char *label;
    int hint;
    ct_period_kind kind;
    int year, month;
    int32_t n_months;
} hint_cases[] = {
    /* "2011-12": December 2011 unless the column holds financial years,
     * then April 2011 to March 2012. */
    { "2011-12", NO_HINT, CT_PERIOD_MONTH, 2011, 12, 1 },
    { "2011-12", CT_PERIOD_MONTH, CT_PERIOD_MONTH, 2011, 12, 1 },
    { "2011-12", CT_PERIOD_QUARTER, CT_PERIOD_MONTH, 2011, 12, 1 },
    { "2011-12", CT_PERIOD_FINANCIAL_YEAR, CT_PERIOD_FINANCIAL_YEAR, 2011, 4,
      12 },
    { "2008-09", NO_HINT, CT_PERIOD_MONTH, 2008, 9, 1 },
    { "2008-09", CT_PERIOD_FINANCIAL_YEAR, CT_PERIOD_FINANCIAL_YEAR, 2008, 4,
      12 },
    /* The hint only settles that ambiguity: "2015-09" (09 is not 16) is a
     * month in a financial-year column, "2015-16" a financial year in a
     * month column, and plain "2015" a calendar year everywhere. */
    { "2015-09", CT_PERIOD_FINANCIAL_YEAR, CT_PERIOD_MONTH, 2015, 9, 1 },
    { "2015-16", CT_PERIOD_MONTH, CT_PERIOD_FINANCIAL_YEAR, 2015, 4, 12 },
    { "2015", CT_PERIOD_FINANCIAL_YEAR, CT_PERIOD_YEAR, 2015, 1, 12 },
    { "201112", CT_PERIOD_FINANCIAL_YEAR, CT_PERIOD_MONTH, 2011, 12, 1 },
    { "2011/12", NO_HINT, CT_PERIOD_FINANCIAL_YEAR, 2011, 4, 12 },
    { "FY2011-12", NO_HINT, CT_PERIOD_FINANCIAL_YEAR, 2011, 4, 12 },
};

static void test_period_parse_as_hint_decides_yyyy_nn(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(hint_cases); i++) {
        const struct hint_case *c = &hint_cases[i];
        ct_period p;
        char what[64];
        snprintf(what, sizeof what, "'%s' with hint %d", c->label, c->hint);
        if (!ct_period_parse_as(c->label, strlen(c->label), c->hint, &p)) {
            print_error("%s was refused\n", what);
            fail();
        }
        check_period(what, p, period(c->kind, c->year, c->month,
                                     c->n_months));
    }
}

/* "2015-17": neither a month nor the next year, whatever the hint. */
static void test_period_parse_as_refuses_neither_month_nor_next_year(
    void **state)
{
    (void)state;
    ct_period p;
    assert_false(ct_period_parse_as("2015-17", 7, CT_PERIOD_FINANCIAL_YEAR,
                                    &p));
    assert_false(ct_period_parse_as("2015-13", 7, NO_HINT, &p));
    assert_false(ct_period_parse_as("2015-13", 7, CT_PERIOD_MONTH, &p));
}

/* "2023/24" and "year ending March 2024" are the same key (METHODS
 * §1.4). */
static void test_period_equal_financial_year_is_year_ending_march(
    void **state)
{
    (void)state;
    assert_true(ct_period_equal(parse("2023/24"),
                                parse("year ending March 2024")));
    assert_true(ct_period_equal(parse("FY 2023-24"), parse("YE2024-03")));
    assert_true(ct_period_equal(parse("2015"), parse("YE2015-12")));
    assert_false(ct_period_equal(parse("2015"), parse("2015/16")));
}

/* ------------------------------------------------------------------ */
/* ct_period_format                                                    */
/* ------------------------------------------------------------------ */

static void check_format(ct_period p, const char *want)
{
    char buf[32];
    int n = ct_period_format(p, buf, sizeof buf);
    assert_string_equal(buf, want);
    assert_int_equal(n, (int)strlen(want));
}

/* Months that do not fit the kind: a 12-month period is written as a
 * rolling year, anything else as an ISO 8601 interval. */
static const struct format_case {
    ct_period p;
    const char *want;
} format_cases[] = {
    { { CT_PERIOD_YEAR, 2015 * 12 + 3, 12 }, "YE2016-03" },
    { { CT_PERIOD_FINANCIAL_YEAR, 2015 * 12 + 0, 12 }, "YE2015-12" },
    { { CT_PERIOD_QUARTER, 2015 * 12 + 1, 3 }, "2015-02/2015-04" },
    { { CT_PERIOD_MONTH, 2015 * 12 + 11, 2 }, "2015-12/2016-01" },
    { { CT_PERIOD_ROLLING, 2015 * 12 + 0, 24 }, "2015-01/2016-12" },
};

/* Each accepted period in its canonical label, and the periods whose
 * months do not fit their kind. */
static void test_period_format_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(accepted); i++) {
        const struct label_case *c = &accepted[i];
        check_format(period(c->kind, c->year, c->month, c->n_months),
                     c->canonical);
    }
    for (size_t i = 0; i < N_ELEMS(format_cases); i++)
        check_format(format_cases[i].p, format_cases[i].want);
}

/* Like snprintf: truncated, NUL-terminated, full length returned. */
static void test_period_format_truncates_to_size(void **state)
{
    (void)state;
    char buf[8];
    ct_period p = { CT_PERIOD_ROLLING, 2014 * 12 + 9, 12 };
    assert_int_equal(ct_period_format(p, buf, 5), 9);
    assert_string_equal(buf, "YE20");
    assert_int_equal(ct_period_format(p, NULL, 0), 9);
}

/* Every accepted label, formatted and parsed again without a hint, is the
 * same period of the same kind: canonical labels are never ambiguous. */
static void test_period_format_round_trips_through_parse(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(accepted); i++) {
        const struct label_case *c = &accepted[i];
        for (size_t k = 0; k < N_ELEMS(c->labels) && c->labels[k]; k++) {
            ct_period p = parse(c->labels[k]);
            char buf[32];
            ct_period_format(p, buf, sizeof buf);
            ct_period back;
            if (!ct_period_parse(buf, strlen(buf), &back)) {
                print_error("'%s' -> '%s' was refused\n", c->labels[k],
                            buf);
                fail();
            }
            check_period(buf, back, p);
        }
    }
}

/* ------------------------------------------------------------------ */
/* ct_period_compare, ct_period_overlaps, ct_period_shift_years        */
/* ------------------------------------------------------------------ */

static int sign(int x)
{
    return (x > 0) - (x < 0);
}

static const struct compare_case {
    const char *a, *b;
    int want;  /* sign of compare(a, b) */
} compare_cases[] = {
    { "2015", "2016", -1 },                 /* end Dec 2015 < Dec 2016 */
    { "2015-09", "2015Q4", -1 },            /* Sep < Dec */
    { "2015Q4", "2015-09", 1 },
    /* Same end month (December 2015): the longer first. */
    { "2015", "2015Q4", -1 },
    { "2015Q4", "2015-12", -1 },
    { "2015-12", "2015", 1 },
    /* 2015/16 and YE2016-03 are the same months: equal, kinds ignored. */
    { "2015/16", "YE2016-03", 0 },
    { "2015Q3", "2015 Q3", 0 },
    /* Ends first decides even against a longer period: YE2015-09 ends
     * before 2015Q4. */
    { "YE2015-09", "2015Q4", -1 },
};

static void test_period_compare_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(compare_cases); i++) {
        const struct compare_case *c = &compare_cases[i];
        int got = sign(ct_period_compare(parse(c->a), parse(c->b)));
        if (got != c->want) {
            print_error("compare('%s', '%s') = %d, expected %d\n", c->a,
                        c->b, got, c->want);
            fail();
        }
    }
}

static const struct overlap_case {
    const char *a, *b;
    bool want;
} overlap_cases[] = {
    { "2015", "2015/16", true },      /* Apr-Dec 2015 shared */
    { "2015Q1", "2015/16", false },   /* Jan-Mar 2015 precede April */
    { "2016Q1", "2015/16", true },    /* Jan-Mar 2016 end it */
    { "2016Q2", "2015/16", false },
    { "2015-03", "2015Q1", true },
    { "2015-03", "2015-04", false },  /* adjacent months */
    { "2015-09", "2015-09", true },
    { "YE2015-09", "2014", true },    /* Oct-Dec 2014 shared */
};

static void test_period_overlaps_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(overlap_cases); i++) {
        const struct overlap_case *c = &overlap_cases[i];
        ct_period a = parse(c->a), b = parse(c->b);
        assert_int_equal(ct_period_overlaps(a, b), c->want);
        assert_int_equal(ct_period_overlaps(b, a), c->want);  /* symmetric */
    }
}

static void test_period_shift_years_keeps_kind_and_length(void **state)
{
    (void)state;
    ct_period fy = parse("2015/16");
    check_period("2015/16 - 1", ct_period_shift_years(fy, -1),
                 parse("2014/15"));
    check_period("2015/16 + 2", ct_period_shift_years(fy, 2),
                 parse("2017/18"));
    check_period("2015/16 + 0", ct_period_shift_years(fy, 0), fy);
    check_period("2015Q3 - 1", ct_period_shift_years(parse("2015Q3"), -1),
                 parse("2014Q3"));
    check_period("YE2015-09 - 5",
                 ct_period_shift_years(parse("YE2015-09"), -5),
                 parse("YE2010-09"));
}

/* ------------------------------------------------------------------ */
/* ct_period_type_parse                                                */
/* ------------------------------------------------------------------ */

static const struct type_case {
    const char *s;
    ct_period_kind kind;
    int end_month;
} type_cases[] = {
    { "year", CT_PERIOD_YEAR, 0 },
    { "YEAR", CT_PERIOD_YEAR, 0 },
    { "fy", CT_PERIOD_FINANCIAL_YEAR, 0 },
    { "financial-year", CT_PERIOD_FINANCIAL_YEAR, 0 },
    { "quarter", CT_PERIOD_QUARTER, 0 },
    { "month", CT_PERIOD_MONTH, 0 },
    { "ye-09", CT_PERIOD_ROLLING, 9 },
    { "ye-01", CT_PERIOD_ROLLING, 1 },
    { "YE-03", CT_PERIOD_ROLLING, 3 },
    { "ye-12", CT_PERIOD_ROLLING, 12 },  /* keeps the user's wording */
};

static void test_period_type_parse_accepts(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(type_cases); i++) {
        ct_period_type t = { CT_PERIOD_MONTH, -1 };
        if (!ct_period_type_parse(type_cases[i].s, &t)) {
            print_error("'%s' was refused\n", type_cases[i].s);
            fail();
        }
        assert_int_equal(t.kind, type_cases[i].kind);
        assert_int_equal(t.end_month, type_cases[i].end_month);
    }
}

static void test_period_type_parse_refuses(void **state)
{
    (void)state;
    const char *const bad[] = { "", "years", "calendar", "financial year",
                                "ye", "ye-", "ye-9", "ye-13", "ye-00",
                                "ye-091", "ye09", "ye-0x", "y", "rolling" };
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        ct_period_type t;
        if (ct_period_type_parse(bad[i], &t)) {
            print_error("'%s' was accepted\n", bad[i]);
            fail();
        }
    }
    ct_period_type t;
    assert_false(ct_period_type_parse(NULL, &t));
}

/* ------------------------------------------------------------------ */
/* ct_period_containing                                                */
/* ------------------------------------------------------------------ */

static ct_period_type type_of(const char *s)
{
    ct_period_type t = { CT_PERIOD_MONTH, 0 };
    assert_true(ct_period_type_parse(s, &t));
    return t;
}

static const struct containing_case {
    const char *type;
    int year, month;    /* the month to place */
    const char *want;   /* the period's label */
} containing_cases[] = {
    { "year", 2015, 9, "2015" },
    { "year", 2015, 1, "2015" },
    { "year", 2015, 12, "2015" },
    /* Financial years: January to March belong to the year begun the
     * April before. */
    { "fy", 2016, 3, "2015/16" },
    { "fy", 2016, 1, "2015/16" },
    { "fy", 2016, 4, "2016/17" },
    { "fy", 2015, 12, "2015/16" },
    { "quarter", 2015, 9, "2015Q3" },
    { "quarter", 2015, 7, "2015Q3" },
    { "quarter", 2015, 10, "2015Q4" },
    { "quarter", 2015, 1, "2015Q1" },
    { "month", 2015, 9, "2015-09" },
    /* Rolling: the year ending at the first end month at or after it. */
    { "ye-09", 2015, 9, "YE2015-09" },
    { "ye-09", 2015, 8, "YE2015-09" },
    { "ye-09", 2014, 10, "YE2015-09" },
    { "ye-09", 2015, 10, "YE2016-09" },
    { "ye-12", 2015, 1, "YE2015-12" },
    { "ye-12", 2015, 12, "YE2015-12" },
    { "ye-03", 2016, 3, "YE2016-03" },
    { "ye-03", 2016, 4, "YE2017-03" },
};

static void test_period_containing_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(containing_cases); i++) {
        const struct containing_case *c = &containing_cases[i];
        ct_period p = ct_period_containing(
            type_of(c->type), ct_period_month_index(c->year, c->month));
        char buf[32];
        ct_period_format(p, buf, sizeof buf);
        if (strcmp(buf, c->want) != 0) {
            print_error("%s containing %d-%02d: got '%s', expected '%s'\n",
                        c->type, c->year, c->month, buf, c->want);
            fail();
        }
    }
}

/* For every type and every month of 1999-2031: the period contains the
 * month, has the type's length and kind, and is the period containing its
 * own first and last months (so the periods tile the calendar). */
static void test_period_containing_tiles_the_calendar(void **state)
{
    (void)state;
    const char *const types[] = { "year", "fy", "quarter", "month",
                                  "ye-01", "ye-06", "ye-09", "ye-12" };
    for (size_t i = 0; i < N_ELEMS(types); i++) {
        ct_period_type t = type_of(types[i]);
        for (int32_t m = ct_period_month_index(1999, 1);
             m <= ct_period_month_index(2031, 12); m++) {
            ct_period p = ct_period_containing(t, m);
            assert_int_equal(p.kind, t.kind);
            assert_true(p.start <= m && m <= ct_period_end(p));
            assert_int_equal(p.n_months, t.kind == CT_PERIOD_MONTH ? 1
                                         : t.kind == CT_PERIOD_QUARTER ? 3
                                         : 12);
            check_period(types[i], ct_period_containing(t, p.start), p);
            check_period(types[i],
                         ct_period_containing(t, ct_period_end(p)), p);
        }
    }
}

/* ------------------------------------------------------------------ */
/* ct_period_population_year                                           */
/* ------------------------------------------------------------------ */

static const struct pop_case {
    const char *label;
    int june30, start, end;
} pop_cases[] = {
    /* Apr 2015-Mar 2016: holds 30 June 2015; starts 2015, ends 2016. */
    { "2015/16", 2015, 2015, 2016 },
    /* Oct 2014-Sep 2015: holds 30 June 2015. */
    { "YE2015-09", 2015, 2014, 2015 },
    /* Apr 2014-Mar 2015: holds 30 June 2014. */
    { "YE2015-03", 2014, 2014, 2015 },
    /* Jul 2014-Jun 2015: 30 June 2015 is its last day. */
    { "YE2015-06", 2015, 2014, 2015 },
    /* Jun 2014-May 2015: 30 June 2014 is the last day of its first
     * month. */
    { "YE2015-05", 2014, 2014, 2015 },
    { "2015", 2015, 2015, 2015 },
    /* Apr-Jun 2015 holds 30 June; Jan-Mar 2015 does not, and its middle
     * month is February 2015. */
    { "2015Q2", 2015, 2015, 2015 },
    { "2015Q1", 2015, 2015, 2015 },
    { "2015Q4", 2015, 2015, 2015 },
    { "2015-09", 2015, 2015, 2015 },
    { "2015-06", 2015, 2015, 2015 },
};

static void test_period_population_year_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(pop_cases); i++) {
        const struct pop_case *c = &pop_cases[i];
        ct_period p = parse(c->label);
        int got[3] = {
            ct_period_population_year(p, CT_POP_RULE_JUNE30),
            ct_period_population_year(p, CT_POP_RULE_START),
            ct_period_population_year(p, CT_POP_RULE_END),
        };
        if (got[0] != c->june30 || got[1] != c->start || got[2] != c->end) {
            print_error("'%s': june30/start/end = %d/%d/%d, expected "
                        "%d/%d/%d\n", c->label, got[0], got[1], got[2],
                        c->june30, c->start, c->end);
            fail();
        }
    }
}

/* Periods without a 30 June take the year of month start + n_months / 2:
 * Nov 2015-Jan 2016 -> December 2015; for an even length the later middle
 * month, so Dec 2015-Jan 2016 -> January 2016. */
static void test_period_population_year_middle_month_without_june(
    void **state)
{
    (void)state;
    ct_period three = { CT_PERIOD_ROLLING, ct_period_month_index(2015, 11), 3 };
    ct_period two = { CT_PERIOD_ROLLING, ct_period_month_index(2015, 12), 2 };
    assert_int_equal(ct_period_population_year(three, CT_POP_RULE_JUNE30),
                     2015);
    assert_int_equal(ct_period_population_year(two, CT_POP_RULE_JUNE30),
                     2016);
    /* Longer than a year: the first 30 June (2015 for Jan 2015-Dec
     * 2016). */
    ct_period two_years = { CT_PERIOD_ROLLING, ct_period_month_index(2015, 1), 24 };
    assert_int_equal(ct_period_population_year(two_years,
                                                CT_POP_RULE_JUNE30), 2015);
}

/* Every twelve-month period, whatever its first month, holds exactly one
 * June: the year returned is the year of that June. */
static void test_period_population_year_every_rolling_year_has_june(
    void **state)
{
    (void)state;
    for (int end_month = 1; end_month <= 12; end_month++) {
        ct_period p = ct_period_containing(
            (ct_period_type){ CT_PERIOD_ROLLING, end_month },
            ct_period_month_index(2015, end_month));
        int y = ct_period_population_year(p, CT_POP_RULE_JUNE30);
        int32_t june = ct_period_month_index(y, 6);
        assert_true(p.start <= june && june <= ct_period_end(p));
        /* Ends June-December 2015 -> 2015; January-May -> 2014. */
        assert_int_equal(y, end_month >= 6 ? 2015 : 2014);
    }
}

/* ------------------------------------------------------------------ */
/* ct_pop_rule_parse, ct_pop_rule_describe                             */
/* ------------------------------------------------------------------ */

static void test_pop_rule_parse_accepts_and_refuses(void **state)
{
    (void)state;
    /* Each rule by its name, in any case. */
    static const struct { const char *name; ct_pop_rule want; } good[] = {
        { "june30", CT_POP_RULE_JUNE30 },
        { "start", CT_POP_RULE_START },
        { "end", CT_POP_RULE_END },
        { "JUNE30", CT_POP_RULE_JUNE30 },
    };
    for (size_t i = 0; i < N_ELEMS(good); i++)
        assert_parses_to(ct_pop_rule, ct_pop_rule_parse, good[i].name,
                         good[i].want);
    ct_pop_rule r = CT_POP_RULE_END;
    const char *const bad[] = { "", "june", "june-30", "mid", "ends",
                                "start " };
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        assert_false(ct_pop_rule_parse(bad[i], &r));
    assert_false(ct_pop_rule_parse(NULL, &r));
}

/* Each description names the rule's worked example, which must agree
 * with ct_period_population_year on 2015/16. */
static void test_pop_rule_describe_every_rule(void **state)
{
    (void)state;
    ct_period fy = parse("2015/16");
    const struct {
        ct_pop_rule rule;
        const char *example;  /* "mid-YYYY for 2015/16" */
    } rules[] = {
        { CT_POP_RULE_JUNE30, "mid-2015 for 2015/16" },
        { CT_POP_RULE_START, "mid-2015 for 2015/16" },
        { CT_POP_RULE_END, "mid-2016 for 2015/16" },
    };
    for (size_t i = 0; i < N_ELEMS(rules); i++) {
        const char *d = ct_pop_rule_describe(rules[i].rule);
        assert_non_null(strstr(d, "population: "));
        assert_non_null(strstr(d, rules[i].example));
        char want[32];
        snprintf(want, sizeof want, "mid-%d for 2015/16",
                 ct_period_population_year(fy, rules[i].rule));
        assert_non_null(strstr(d, want));
    }
    assert_non_null(strstr(ct_pop_rule_describe(CT_POP_RULE_JUNE30),
                           "30 June"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_month_index_january_2015),
        cmocka_unit_test(test_period_parse_accepts_every_form),
        cmocka_unit_test(test_period_parse_refuses_other_labels),
        cmocka_unit_test(test_period_parse_refuses_overlong_label),
        cmocka_unit_test(test_period_parse_reads_only_len_bytes),
        cmocka_unit_test(test_period_parse_as_hint_decides_yyyy_nn),
        cmocka_unit_test(
            test_period_parse_as_refuses_neither_month_nor_next_year),
        cmocka_unit_test(
            test_period_equal_financial_year_is_year_ending_march),
        cmocka_unit_test(test_period_format_table),
        cmocka_unit_test(test_period_format_truncates_to_size),
        cmocka_unit_test(test_period_format_round_trips_through_parse),
        cmocka_unit_test(test_period_compare_table),
        cmocka_unit_test(test_period_overlaps_table),
        cmocka_unit_test(test_period_shift_years_keeps_kind_and_length),
        cmocka_unit_test(test_period_type_parse_accepts),
        cmocka_unit_test(test_period_type_parse_refuses),
        cmocka_unit_test(test_period_containing_table),
        cmocka_unit_test(test_period_containing_tiles_the_calendar),
        cmocka_unit_test(test_period_population_year_table),
        cmocka_unit_test(
            test_period_population_year_middle_month_without_june),
        cmocka_unit_test(
            test_period_population_year_every_rolling_year_has_june),
        cmocka_unit_test(test_pop_rule_parse_accepts_and_refuses),
        cmocka_unit_test(test_pop_rule_describe_every_rule),
    };
    return cmocka_run_group_tests_name("period", tests, NULL, NULL);
}
