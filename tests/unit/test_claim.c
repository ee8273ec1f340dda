/* test_claim.c - unit tests of the claim module: figures and the
 * intervals they stand for, the verdicts of METHODS §4.3 (its worked
 * examples, ties at every rounding position, GRIM-style shares, a base of
 * 0, negative changes, percentages over 100), the alternative
 * explanations, figures from a dataset, finding claims in text, claims
 * files and the written results.
 *
 * Every expected value is hand arithmetic, written out beside it; the
 * recomputed doubles are display values and are compared to 1e-12
 * relative. */
#include "test_claim_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/claim.h"
#include "crimetrend/stats.h"

/* ---- helpers ----------------------------------------------------------- */

static ct_claim_figure fig(const char *s)
{
    ct_claim_figure f;
    assert_true(ct_claim_figure_parse(s, strlen(s), &f));
    return f;
}

/* A per cent change claim "from A to B, P" with a direction. */
static ct_claim pct_claim(const char *a, const char *b, const char *p,
                          int direction)
{
    ct_claim c;
    ct_claim_init(&c);
    c.measure = CT_CLAIM_PCT_CHANGE;
    c.from = fig(a);
    c.to = fig(b);
    c.published = fig(p);
    c.direction = direction;
    return c;
}

static ct_claim checked(ct_claim c)
{
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_claim_check(&c, NULL, &err), CT_STATUS_OK);
    return c;
}

static void expect_verdict(const char *a, const char *b, const char *p,
                           int direction, ct_claim_verdict v, const char *cause)
{
    ct_claim c = checked(pct_claim(a, b, p, direction));
    if (c.verdict != v || strcmp(c.cause, cause) != 0)
        print_error("%s -> %s, %s: %s (%s), expected %s (%s)\n", a, b, p,
                    ct_claim_verdict_name(c.verdict), c.explanation,
                    ct_claim_verdict_name(v), cause);
    assert_int_equal(c.verdict, v);
    assert_string_equal(c.cause, cause);
}

/* One claim of a rate or a share checked: its figures (NULL: not given)
 * and what the check must say ('cause' NULL and 'recomputed' NaN are not
 * compared). */
typedef struct check_case {
    const char *name;
    ct_claim_measure measure;
    const char *from, *to, *per, *published;
    ct_claim_verdict verdict;
    const char *cause;
    double recomputed;
} check_case;

/* The check_case of a share published of a total with no part given,
 * named "PUBLISHED of TOTAL" (both string literals). */
#define SHARE_OF(published, total, verdict, cause, recomputed) \
    {published " of " total, CT_CLAIM_SHARE, NULL, total, NULL, published, \
     verdict, cause, recomputed}

static void expect_checks(const check_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const check_case *k = &cases[i];
        ct_claim c;
        ct_claim_init(&c);
        c.measure = k->measure;
        if (k->from != NULL)
            c.from = fig(k->from);
        if (k->to != NULL)
            c.to = fig(k->to);
        if (k->per != NULL)
            c.per = fig(k->per);
        c.published = fig(k->published);
        c = checked(c);
        assert_int_in(k->name, c.verdict, k->verdict);
        if (k->cause != NULL)
            assert_string_in(k->name, c.cause, k->cause);
        if (!isnan(k->recomputed))
            assert_close_in(k->name, c.recomputed, k->recomputed, 1e-12);
    }
}

static void expect_decimal(ct_decimal d, int64_t digits, int scale,
                           bool negative)
{
    assert_int_equal(d.digits, digits);
    assert_int_equal(d.scale, scale);
    assert_int_equal(d.negative, negative);
}

static void test_claim_figure_parse_forms(void **state)
{
    (void)state;
    ct_claim_figure f = fig("1,233");
    assert_int_equal(f.value.digits, 1233);
    assert_true(f.is_exact);
    assert_false(f.is_percent);

    f = fig("1.2k");
    assert_int_equal(f.value.digits, 12);
    assert_int_equal(f.value.scale, 1);
    assert_int_equal(f.exp10, 3);
    assert_false(f.is_exact);

    f = fig("1.2 million");
    assert_int_equal(f.exp10, 6);
    f = fig("3bn");
    assert_int_equal(f.exp10, 9);

    f = fig("56%");
    assert_true(f.is_percent);
    assert_false(f.is_exact);
    f = fig("56 per cent");
    assert_true(f.is_percent);
    f = fig("56 percent");
    assert_true(f.is_percent);
    f = fig("5 percentage points");
    assert_true(f.is_points);

    /* U+2212 MINUS SIGN and an en dash are minus signs; '+' is not. */
    f = fig("\xE2\x88\x92" "4.1%");
    expect_decimal(f.value, 41, 1, true);
    f = fig("\xE2\x80\x93" "4.1%");
    assert_true(f.value.negative);
    f = fig("+28%");
    assert_false(f.value.negative);
    /* Trailing zeros are printed precision. */
    f = fig("56.10%");
    expect_decimal(f.value, 5610, 2, false);

    ct_claim_figure g;
    assert_false(ct_claim_figure_parse("1,23", 4, &g));
    assert_false(ct_claim_figure_parse("abc", 3, &g));
    assert_false(ct_claim_figure_parse("3rd", 3, &g));
    assert_false(ct_claim_figure_parse("", 0, &g));
}

/* The interval a figure stands for under a rounding rule, written as
 * "[55.5, 56.5)": a square bracket at a closed end, a round one at an open
 * end. */
typedef struct bounds_case {
    const char *figure;
    ct_rounding rule;
    const char *interval;
} bounds_case;

/* Each end is written with as many places as its scale, so "56.0" and
 * "56" differ as the decimals do, and with its sign, so "-0.0" and "0.0"
 * differ too. */
static void interval_text(char *buf, size_t size, ct_decimal lo,
                          bool lo_open, ct_decimal hi, bool hi_open)
{
    const ct_decimal end[2] = {lo, hi};
    char text[2][48];
    for (int e = 0; e < 2; e++) {
        char digits[32];
        int n = snprintf(digits, sizeof digits, "%0*lld", end[e].scale + 1,
                         (long long)end[e].digits);
        snprintf(text[e], sizeof text[e], "%s%.*s%s%s",
                 end[e].negative ? "-" : "", n - end[e].scale, digits,
                 end[e].scale > 0 ? "." : "", digits + n - end[e].scale);
    }
    snprintf(buf, size, "%c%s, %s%c", lo_open ? '(' : '[', text[0], text[1],
             hi_open ? ')' : ']');
}

static void expect_bounds(const bounds_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const bounds_case *k = &cases[i];
        ct_claim_figure f = fig(k->figure);
        ct_decimal lo, hi;
        bool lo_open, hi_open;
        ct_claim_figure_bounds(&f, k->rule, &lo, &lo_open, &hi, &hi_open);
        char got[128];
        interval_text(got, sizeof got, lo, lo_open, hi, hi_open);
        assert_string_in(k->figure, got, k->interval);
    }
}

static void test_claim_figure_bounds(void **state)
{
    (void)state;
    static const bounds_case cases[] = {
        /* Half-up. */
        {"56%", CT_ROUNDING_HALF_UP, "[55.5, 56.5)"},
        /* Ties go away from zero. */
        {"-4.1", CT_ROUNDING_HALF_UP, "(-4.15, -4.05]"},
        /* Both halves round away from 0. */
        {"0%", CT_ROUNDING_HALF_UP, "(-0.5, 0.5)"},
        {"1.2k", CT_ROUNDING_HALF_UP, "[1150, 1250)"},
        /* An exact count stands for itself. */
        {"790", CT_ROUNDING_HALF_UP, "[790, 790]"},
        /* Half-even: the ends of "12%" are closed (12 is even), of "13%"
         * open. */
        {"12%", CT_ROUNDING_HALF_EVEN, "[11.5, 12.5]"},
        {"13%", CT_ROUNDING_HALF_EVEN, "(12.5, 13.5)"},
        /* Truncation, then ceiling. */
        {"56%", CT_ROUNDING_TRUNCATE, "[56.0, 57.0)"},
        {"56%", CT_ROUNDING_CEILING, "(55.0, 56.0]"},
    };
    expect_bounds(cases, N_ELEMS(cases));
}

static void test_claim_names(void **state)
{
    (void)state;
    static const enum_name verdicts[] = {
        {CT_CLAIM_CONSISTENT, "consistent"},
        {CT_CLAIM_IF_HALF_EVEN, "consistent-if-half-even"},
        {CT_CLAIM_IF_TRUNCATED, "consistent-if-truncated"},
        {CT_CLAIM_INCONSISTENT, "inconsistent"},
        {CT_CLAIM_NOT_CHECKABLE, "not-checkable"},
    };
    assert_enum_names(ct_claim_verdict_name, verdicts);
    ct_claim_measure m;
    assert_true(ct_claim_measure_parse("RATE_PCT_CHANGE", &m));
    assert_int_equal(m, CT_CLAIM_RATE_PCT_CHANGE);
    assert_string_equal(ct_claim_measure_name(CT_CLAIM_SHARE), "share");
    assert_false(ct_claim_measure_parse("rates", &m));
}

/* 790 -> 1,233: 100 x 443 / 790 = 56.075949367088608%. */
static void test_claim_check_790_to_1233(void **state)
{
    (void)state;
    ct_claim c = checked(pct_claim("790", "1,233", "56%", 1));
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_true(c.has_recomputed);
    assert_close(c.recomputed, 56.075949367088608, 1e-12);
    assert_string_equal(c.recomputed_text, "56.0759");
    assert_close(c.low, 55.5, 1e-12);
    assert_close(c.high, 56.5, 1e-12);
    assert_string_equal(c.explanation, "");

    expect_verdict("790", "1,233", "56.1%", 1, CT_CLAIM_CONSISTENT, "");
    /* 57% is 56.5 to 57.5; only rounding up (ceiling) reaches it. */
    expect_verdict("790", "1,233", "57%", 1, CT_CLAIM_INCONSISTENT,
                   "rounded up");
    /* 58%: nothing explains it. */
    expect_verdict("790", "1,233", "58%", 1, CT_CLAIM_INCONSISTENT,
                   "no simple explanation");
    /* 100 x 443 / 1,233 = 35.928629359286%. */
    expect_verdict("790", "1,233", "36%", 1, CT_CLAIM_INCONSISTENT,
                   "wrong base");
    /* 100 x 1,233 / 790 = 156.0759%. */
    expect_verdict("790", "1,233", "156%", 1, CT_CLAIM_INCONSISTENT,
                   "ratio given as change");
    /* "56.10%" claims two places: 56.095 to 56.105 misses 56.0759. */
    expect_verdict("790", "1,233", "56.10%", 1, CT_CLAIM_INCONSISTENT,
                   "no simple explanation");
}

/* Rates per head with populations 140,000 -> 145,000:
 * (1233 / 145000) / (790 / 140000) - 1 = 172,620,000 / 114,550,000 - 1
 * = 50.6940%, published "51%". */
static void test_claim_check_rate_change_given_as_count_change(void **state)
{
    (void)state;
    ct_claim c = pct_claim("790", "1,233", "51%", 1);
    c.pop_from = fig("140,000");
    c.pop_to = fig("145,000");
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
    assert_string_equal(c.cause, "rate change given as count change");
    assert_non_null(strstr(c.explanation, "50.6940%"));

    /* The same as a rate claim is consistent, and the count's 56% is the
     * reverse mistake. */
    c.measure = CT_CLAIM_RATE_PCT_CHANGE;
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_close(c.recomputed, 50.694020078568, 1e-12);
    c.published = fig("56%");
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
    assert_string_equal(c.cause, "count change given as rate change");
}

/* 800 -> 900 is exactly 12.5%: 13 rounded half-up, 12 half-even. */
static void test_claim_check_800_to_900_tie(void **state)
{
    (void)state;
    ct_claim c = checked(pct_claim("800", "900", "13%", 1));
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_non_null(strstr(c.explanation, "exactly halfway"));
    c = checked(pct_claim("800", "900", "12%", 1));
    assert_int_equal(c.verdict, CT_CLAIM_IF_HALF_EVEN);
    assert_string_equal(c.cause, "rounded half-even");
    assert_close(c.recomputed, 12.5, 1e-12);
}

/* "rose from 1.2k to 1.5k (+28%)": A in [1150, 1250], B in [1450, 1550]
 * give 100 (1450 - 1250) / 1250 = 16.0% to 100 (1550 - 1150) / 1150 =
 * 34.7826%. */
static void test_claim_check_rounded_inputs(void **state)
{
    (void)state;
    ct_claim c = checked(pct_claim("1.2k", "1.5k", "+28%", 1));
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_close(c.recomputed, 25.0, 1e-12);
    assert_non_null(strstr(c.detail, "16.0000 to 34.7826%"));
    expect_verdict("1.2k", "1.5k", "16%", 1, CT_CLAIM_CONSISTENT, "");
    expect_verdict("1.2k", "1.5k", "35%", 1, CT_CLAIM_CONSISTENT, "");
    expect_verdict("1.2k", "1.5k", "40%", 1, CT_CLAIM_INCONSISTENT,
                   "no simple explanation");
    /* With rounded figures the alternatives are ranges too: dividing by
     * the later figure gives 100 (1450 - 1250) / 1450 = 13.79% to
     * 100 (1550 - 1150) / 1550 = 25.81%. */
    expect_verdict("1.2k", "1.5k", "15%", 1, CT_CLAIM_INCONSISTENT,
                   "wrong base");
    /* "1.2 million to 1.5 million": the same range. */
    expect_verdict("1.2 million", "1.5 million", "34.7%", 1,
                   CT_CLAIM_CONSISTENT, "");
}

static void test_claim_check_ties_at_each_position(void **state)
{
    (void)state;
    /* 100 x 10 / 800 = 1.25; 10 / 8,000 -> 0.125; 10 / 80,000 ->
     * 0.0125. */
    static const struct {
        const char *a, *b, *up, *even;
    } ties[] = {
        {"800", "900", "13%", "12%"},
        {"800", "810", "1.3%", "1.2%"},
        {"8,000", "8,010", "0.13%", "0.12%"},
        {"80,000", "80,010", "0.013%", "0.012%"},
        {"800,000", "800,010", "0.0013%", "0.0012%"},
    };
    for (size_t i = 0; i < sizeof ties / sizeof ties[0]; i++) {
        expect_verdict(ties[i].a, ties[i].b, ties[i].up, 1,
                       CT_CLAIM_CONSISTENT, "");
        expect_verdict(ties[i].a, ties[i].b, ties[i].even, 1,
                       CT_CLAIM_IF_HALF_EVEN, "rounded half-even");
    }
    /* A falling tie, 800 -> 700 = -12.5%: half-up goes away from zero
     * (-13), half-even to -12. */
    expect_verdict("800", "700", "13%", -1, CT_CLAIM_CONSISTENT, "");
    expect_verdict("800", "700", "12%", -1, CT_CLAIM_IF_HALF_EVEN,
                   "rounded half-even");
    /* 200 -> 227 = 13.5%: both rules give 14; 13 only by truncation. */
    ct_claim c = checked(pct_claim("200", "227", "14%", 1));
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_string_equal(c.explanation, "");
    expect_verdict("200", "227", "13%", 1, CT_CLAIM_IF_TRUNCATED,
                   "truncated");
    /* 56.0759 cut to two places is 56.07; rounded it is 56.08. */
    expect_verdict("790", "1,233", "56.07%", 1, CT_CLAIM_IF_TRUNCATED,
                   "truncated");
    expect_verdict("790", "1,233", "56.08%", 1, CT_CLAIM_CONSISTENT, "");
}

/* A rate exactly halfway: 1 among 8,000 per 1,000 = 0.125. */
static void test_claim_check_rate_tie(void **state)
{
    (void)state;
    static const check_case cases[] = {
        /* 0.125 -> 0.13 half-up. */
        {"0.13 half-up", CT_CLAIM_RATE, "1", "8,000", "1,000", "0.13",
         CT_CLAIM_CONSISTENT, NULL, NAN},
        /* 0.125 -> 0.12 only half-even (2 is even). */
        {"0.12 half-even", CT_CLAIM_RATE, "1", "8,000", "1,000", "0.12",
         CT_CLAIM_IF_HALF_EVEN, NULL, NAN},
    };
    expect_checks(cases, N_ELEMS(cases));
}

static void test_claim_check_zero_base(void **state)
{
    (void)state;
    /* No per cent change exists from 0. */
    ct_claim c = checked(pct_claim("0", "12", "100%", 1));
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
    assert_string_equal(c.cause, "change from zero");
    assert_false(c.has_recomputed);
    /* 0 -> 0 "unchanged (0%)" says nothing wrong. */
    c = checked(pct_claim("0", "0", "0%", 0));
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    /* A rate that rounds to 0.0 may have been 0: any change possible. */
    c = checked(pct_claim("0.0", "1.5", "50%", 1));
    assert_int_equal(c.verdict, CT_CLAIM_NOT_CHECKABLE);
    assert_string_equal(c.cause, "earlier figure rounds to 0");
    /* The absolute change from 0 is fine. */
    c = pct_claim("0", "12", "12", 1);
    c.measure = CT_CLAIM_CHANGE;
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
}

/* 1,233 -> 790 = -35.928629%. */
static void test_claim_check_negative_change(void **state)
{
    (void)state;
    ct_claim c = checked(pct_claim("1,233", "790", "36%", -1));
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_true(c.published.value.negative);
    assert_close(c.recomputed, -35.928629359286294, 1e-12);
    assert_close(c.low, -36.5, 1e-12);
    assert_close(c.high, -35.5, 1e-12);
    /* No direction stated: the figure takes the sign of the change. */
    expect_verdict("1,233", "790", "36%", 0, CT_CLAIM_CONSISTENT, "");
    /* A written minus sign. */
    expect_verdict("1,233", "790", "\xE2\x88\x92" "35.9%", 0,
                   CT_CLAIM_CONSISTENT, "");
    /* A fall of 56% from 1,233 to 790 divides by 790: wrong base. */
    expect_verdict("1,233", "790", "56%", -1, CT_CLAIM_INCONSISTENT,
                   "wrong base");
}

static void test_claim_check_direction_and_swapped_years(void **state)
{
    (void)state;
    /* 1,870 -> 2,461 = +31.6043%, called a fall. */
    expect_verdict("1,870", "2,461", "32%", -1, CT_CLAIM_INCONSISTENT,
                   "wrong direction");
    /* 790 -> 1,233 called a fall of 36%: 100 (790 - 1233) / 1233 =
     * -35.93%, the change read from the later year back. */
    expect_verdict("790", "1,233", "36%", -1, CT_CLAIM_INCONSISTENT,
                   "years swapped");
}

static void test_claim_check_percentages_over_100(void **state)
{
    (void)state;
    /* 400 -> 1,000 = 150%; 250% is the ratio 1,000 / 400. */
    expect_verdict("400", "1,000", "150%", 1, CT_CLAIM_CONSISTENT, "");
    expect_verdict("400", "1,000", "250%", 1, CT_CLAIM_INCONSISTENT,
                   "ratio given as change");
    /* 100 -> 1,234 = 1,134%. */
    expect_verdict("100", "1,234", "1,134%", 1, CT_CLAIM_CONSISTENT, "");
}

static void test_claim_check_up_zero_per_cent(void **state)
{
    (void)state;
    /* 1,000 -> 1,004 = 0.4%, published "up 0%". */
    expect_verdict("1,000", "1,004", "0%", 1, CT_CLAIM_CONSISTENT, "");
    /* 1,000 -> 1,005 = 0.5% rounds to 1 half-up, to 0 half-even. */
    expect_verdict("1,000", "1,005", "0%", 1, CT_CLAIM_IF_HALF_EVEN,
                   "rounded half-even");
}

static void test_claim_check_points_and_rounded_inputs(void **state)
{
    (void)state;
    /* 20% -> 25% is +25% relative, +5 points. */
    expect_verdict("20%", "25%", "5%", 1, CT_CLAIM_INCONSISTENT,
                   "percentage points given as per cent");
    /* Two rates, 33.3 -> 33.0 per 1,000: -0.90%; their difference, 0.3,
     * printed as the change in per cent. */
    expect_verdict("33.3", "33.0", "0.3%", -1, CT_CLAIM_INCONSISTENT,
                   "difference given as per cent");
    ct_claim c = pct_claim("20%", "25%", "5 percentage points", 1);
    c.measure = CT_CLAIM_CHANGE;
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    c.published = fig("25 percentage points");
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
    assert_string_equal(c.cause, "per cent given as percentage points");
    /* 1,249 -> 1,351 = 8.1665%; rounded to hundreds first, 1,200 ->
     * 1,400 = 16.6667%, published "17%". */
    expect_verdict("1,249", "1,351", "8%", 1, CT_CLAIM_CONSISTENT, "");
    expect_verdict("1,249", "1,351", "17%", 1, CT_CLAIM_INCONSISTENT,
                   "inputs rounded before dividing");
}

/* Counts the size of the FBI's: 6,925,677 among 328,239,523 against
 * 7,219,084 among 326,687,501 is a change of rate of -4.517939%, whose
 * exact test multiplies four such numbers and a power of ten. */
static void test_claim_check_large_numbers_are_exact(void **state)
{
    (void)state;
    ct_claim c = pct_claim("7,219,084", "6,925,677", "-4.52%", 0);
    c.measure = CT_CLAIM_RATE_PCT_CHANGE;
    c.pop_from = fig("326,687,501");
    c.pop_to = fig("328,239,523");
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_close(c.recomputed, -4.51793922321742, 1e-12);
    c.published = fig("-4.5179%");
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    c.published = fig("-4.5180%");
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
}

/* 1,233 among 145,000 per 1,000 = 8.503448. */
static void test_claim_check_rate(void **state)
{
    (void)state;
    static const check_case cases[] = {
        {"8.5 per 1,000", CT_CLAIM_RATE, "1,233", "145,000", "1,000", "8.5",
         CT_CLAIM_CONSISTENT, NULL, 8.5034482758620690},
        /* Per 10,000 it is 85.03. */
        {"85.0 per 1,000", CT_CLAIM_RATE, "1,233", "145,000", "1,000",
         "85.0", CT_CLAIM_INCONSISTENT, "rate per another base", NAN},
        /* Without the population there is nothing to check. */
        {"no count or population", CT_CLAIM_RATE, NULL, NULL, NULL, "3.3",
         CT_CLAIM_NOT_CHECKABLE, "needs the count and the population", NAN},
    };
    expect_checks(cases, N_ELEMS(cases));
}

/* GRIM for percentages (METHODS §4.2): "38%" of 24 -> 9 / 24 = 37.5%
 * -> 38 half-up. */
static void test_claim_check_share_grim(void **state)
{
    (void)state;
    static const check_case cases[] = {
        SHARE_OF("38%", "24", CT_CLAIM_CONSISTENT, NULL, 37.5),
        /* 40% of 24: 9 / 24 = 37.5%, 10 / 24 = 41.67%; no whole number. */
        SHARE_OF("40%", "24", CT_CLAIM_INCONSISTENT, "no whole number fits",
                 NAN),
        /* 41%: 10 / 24 = 41.67 only when cut off. */
        SHARE_OF("41%", "24", CT_CLAIM_IF_TRUNCATED, NULL, NAN),
        /* 12.5% of 8 is 1 of 8 exactly. */
        SHARE_OF("12.5%", "8", CT_CLAIM_CONSISTENT, NULL, NAN),
        /* 12% of 8: 1 / 8 = 12.5 -> 12 only half-even (2 is even). */
        SHARE_OF("12%", "8", CT_CLAIM_IF_HALF_EVEN, NULL, NAN),
        /* 150% of 24 is more than the whole. */
        SHARE_OF("150%", "24", CT_CLAIM_INCONSISTENT, "share over 100%",
                 NAN),
        /* With 1,233 in the total every whole percentage is possible. */
        SHARE_OF("45%", "1,233", CT_CLAIM_NOT_CHECKABLE, "needs the part",
                 NAN),
        /* So it is with one decimal (1,233 >= 10^3), but with two 1,233 <
         * 10^4 is testable: 555 / 1,233 = 45.0122%, 554 / 1,233 =
         * 44.9311%, so 45.01% is possible and 45.00% is not. */
        SHARE_OF("45.0%", "1,233", CT_CLAIM_NOT_CHECKABLE, NULL, NAN),
        SHARE_OF("45.01%", "1,233", CT_CLAIM_CONSISTENT, NULL, NAN),
        SHARE_OF("45.00%", "1,233", CT_CLAIM_INCONSISTENT, NULL, NAN),
    };
    expect_checks(cases, N_ELEMS(cases));
}

/* 551 of 1,233 = 44.687753%. */
static void test_claim_check_share_with_part(void **state)
{
    (void)state;
    static const check_case cases[] = {
        {"44.7% of 1,233", CT_CLAIM_SHARE, "551", "1,233", NULL, "44.7%",
         CT_CLAIM_CONSISTENT, NULL, 44.687753446877534},
        /* 100 - 44.6878 = 55.3122. */
        {"55.3% of 1,233", CT_CLAIM_SHARE, "551", "1,233", NULL, "55.3%",
         CT_CLAIM_INCONSISTENT, "share of the rest", NAN},
    };
    expect_checks(cases, N_ELEMS(cases));
}

static void test_claim_check_absolute_change(void **state)
{
    (void)state;
    ct_claim c = pct_claim("790", "1,233", "443", 1);
    c.measure = CT_CLAIM_CHANGE;
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_string_equal(c.recomputed_text, "443");
    c.published = fig("443");
    c.direction = -1;
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
    assert_string_equal(c.cause, "wrong direction");
    c.published = fig("1.2k");
    c.direction = 0;
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
}

static void test_claim_check_missing_figures(void **state)
{
    (void)state;
    ct_claim c;
    ct_claim_init(&c);
    c.published = fig("11%");
    c.direction = -1;
    c = checked(c);
    assert_int_equal(c.verdict, CT_CLAIM_NOT_CHECKABLE);
    assert_string_equal(c.explanation, "needs the two figures compared; "
                                       "only the percentage is given");
    assert_close(c.low, -11.5, 1e-12);
    ct_claim_init(&c);
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_claim_check(&c, NULL, &err), CT_STATUS_USAGE);
}

static ct_claim data_claim(const char *offence, ct_claim_measure m,
                           const char *period, const char *from,
                           const char *published)
{
    ct_claim c;
    ct_claim_init(&c);
    snprintf(c.area, sizeof c.area, "Northby");
    snprintf(c.offence, sizeof c.offence, "%s", offence);
    snprintf(c.period, sizeof c.period, "%s", period);
    snprintf(c.period_from, sizeof c.period_from, "%s", from);
    c.measure = m;
    c.published = fig(published);
    return c;
}

static ct_claim checked_with(ct_claim c, const ct_dataset *ds)
{
    ct_claim_options opt;
    ct_claim_options_init(&opt);
    opt.data = ds;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_claim_check(&c, &opt, &err), CT_STATUS_OK);
    return c;
}

static void test_claim_check_against_dataset(void **state)
{
    (void)state;
    ct_dataset *ds = claim_dataset();
    ct_claim c = checked_with(data_claim("Burglary", CT_CLAIM_COUNT, "2015",
                                         "", "1,233"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    /* The 2014 count given for 2015. */
    c = checked_with(data_claim("Burglary", CT_CLAIM_COUNT, "2015", "",
                                "790"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
    assert_string_equal(c.cause, "figure for another period");
    /* 1,233 / 145,000 x 1,000 = 8.5034. */
    c = checked_with(data_claim("Burglary", CT_CLAIM_RATE, "2015", "",
                                "8.5"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_close(c.recomputed, 8.5034482758620690, 1e-12);
    /* The earlier period defaults to a year before. */
    c = checked_with(data_claim("Burglary", CT_CLAIM_PCT_CHANGE, "2015", "",
                                "56%"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    assert_string_equal(c.period_from, "2014");
    c = checked_with(data_claim("Burglary", CT_CLAIM_PCT_CHANGE, "2015",
                                "2014", "51%"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_INCONSISTENT);
    assert_string_equal(c.cause, "rate change given as count change");
    c = checked_with(data_claim("Burglary", CT_CLAIM_RATE_PCT_CHANGE,
                                "2015", "2014", "50.7%"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    c = checked_with(data_claim("Burglary", CT_CLAIM_CHANGE, "2015", "2014",
                                "443"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    /* 1,233 of 2,466 = 50%. */
    c = data_claim("Burglary", CT_CLAIM_SHARE, "2015", "", "50%");
    snprintf(c.whole, sizeof c.whole, "All crime");
    c = checked_with(c, ds);
    assert_int_equal(c.verdict, CT_CLAIM_CONSISTENT);
    /* What cannot be looked up is said. */
    c = checked_with(data_claim("All crime", CT_CLAIM_PCT_CHANGE, "2015",
                                "2014", "5%"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_NOT_CHECKABLE);
    assert_non_null(strstr(c.explanation, "suppressed"));
    c = checked_with(data_claim("Robbery", CT_CLAIM_COUNT, "2015", "",
                                "5"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_NOT_CHECKABLE);
    assert_string_equal(c.explanation,
                        "offence 'Robbery' is not in the dataset");
    c = checked_with(data_claim("Burglary", CT_CLAIM_COUNT, "2013", "",
                                "5"), ds);
    assert_int_equal(c.verdict, CT_CLAIM_NOT_CHECKABLE);
    c = checked(data_claim("Burglary", CT_CLAIM_COUNT, "2015", "", "5"));
    assert_int_equal(c.verdict, CT_CLAIM_NOT_CHECKABLE);
    assert_string_equal(c.cause, "needs a dataset");
    ct_dataset_free(ds);
}

static char *written(const ct_claim_set *set, int how, const char *text)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    ct_error err = CT_ERROR_INIT;
    if (how == 0) {
        assert_int_equal(ct_claim_write_text(set, f, &err), CT_STATUS_OK);
    } else if (how == 1) {
        assert_int_equal(ct_claim_annotate(set, text, strlen(text), "t.md", f,
                                           &err), CT_STATUS_OK);
    } else {
        ct_table *t = NULL;
        assert_int_equal(ct_claim_table(set, &t, &err), CT_STATUS_OK);
        assert_int_equal(ct_table_write(t, CT_FORMAT_CSV, f, &err), CT_STATUS_OK);
        ct_table_free(t);
    }
    fclose(f);
    return buf;
}

static void test_claim_results_written(void **state)
{
    (void)state;
    const char *text = "Crime rose from 790 to 1,233 (+36%). It rose from "
                       "800 to 900 (+13%).\n";
    ct_claim_set *set = extract(text);
    char *out = written(set, 1, text);
    assert_string_equal(out, "Crime rose from 790 to 1,233 (+36%) [check: "
                             "inconsistent: wrong base]. It rose from 800 to "
                             "900 (+13%) [check: consistent].\n");
    free(out);
    out = written(set, 2, text);
    assert_string_equal(out,
        "source,line,column,claim,measure,published,recomputed,low,high,"
        "verdict,explanation\n"
        "t.md,1,7,\"rose from 790 to 1,233 (+36%)\",pct_change,36,"
        "56.0759493670886,35.5,36.5,inconsistent,wrong base: dividing by "
        "the later figure instead of the earlier gives 35.9286%\n"
        "t.md,1,41,rose from 800 to 900 (+13%),pct_change,13,12.5,12.5,13.5,"
        "consistent,\"12.5000% is exactly halfway: 13% rounded half-up, as "
        "here; 12% rounded half-even\"\n");
    free(out);
    out = written(set, 0, text);
    assert_non_null(strstr(out, "t.md:1:7: inconsistent\n"
                                "  Claim:      \"rose from 790 to 1,233 "
                                "(+36%)\"\n"));
    assert_non_null(strstr(out, "2 claims: 1 consistent, 0 consistent only "
                                "under another rounding rule, 1 "
                                "inconsistent, 0 not checkable.\n"));
    free(out);
    ct_claim_set_free(set);
}

/* "halved" stands for a fall of 45% to 55% (a ratio of about a half,
 * as "doubled" is one of about two); its sign is printed once:
 * 57 -> 30 is 100 x -27 / 57 = -47.3684%. */
static void test_claim_words_written(void **state)
{
    (void)state;
    const char *text = "Murders halved from 57 to 30.\n";
    ct_claim_set *set = extract(text);
    assert_int_equal(ct_claim_set_size(set), 1);
    assert_int_equal(ct_claim_set_get(set, 0)->verdict, CT_CLAIM_CONSISTENT);
    char *out = written(set, 0, text);
    assert_non_null(strstr(out, "  Published:  -50%, which stands for -55% "
                                "to -45% when rounded half-up\n"));
    assert_null(strstr(out, "--"));
    free(out);
    ct_claim_set_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claim_figure_parse_forms),
        cmocka_unit_test(test_claim_figure_bounds),
        cmocka_unit_test(test_claim_names),
        cmocka_unit_test(test_claim_check_790_to_1233),
        cmocka_unit_test(test_claim_check_rate_change_given_as_count_change),
        cmocka_unit_test(test_claim_check_800_to_900_tie),
        cmocka_unit_test(test_claim_check_rounded_inputs),
        cmocka_unit_test(test_claim_check_ties_at_each_position),
        cmocka_unit_test(test_claim_check_rate_tie),
        cmocka_unit_test(test_claim_check_zero_base),
        cmocka_unit_test(test_claim_check_negative_change),
        cmocka_unit_test(test_claim_check_direction_and_swapped_years),
        cmocka_unit_test(test_claim_check_percentages_over_100),
        cmocka_unit_test(test_claim_check_up_zero_per_cent),
        cmocka_unit_test(test_claim_check_points_and_rounded_inputs),
        cmocka_unit_test(test_claim_check_large_numbers_are_exact),
        cmocka_unit_test(test_claim_check_rate),
        cmocka_unit_test(test_claim_check_share_grim),
        cmocka_unit_test(test_claim_check_share_with_part),
        cmocka_unit_test(test_claim_check_absolute_change),
        cmocka_unit_test(test_claim_check_missing_figures),
        cmocka_unit_test(test_claim_check_against_dataset),
        cmocka_unit_test(test_claim_results_written),
        cmocka_unit_test(test_claim_words_written),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("claim", tests, NULL, NULL);
}
