/* test_number.c - unit tests for number.c: reading counts, reals and
 * printed decimals the way published tables write them (separators,
 * suppression markers, odd minus signs), and half-up display rounding on
 * the decimal value (METHODS §1.5, §4.2, §4.3).  Expected values come from
 * hand arithmetic on the decimal digits, from the published convention
 * named in each comment, or (for reals) from strtod as the correctly
 * rounded reference. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_support.h"
#include "crimetrend/number.h"

/* UTF-8 spellings used below. */
#define NBSP "\xC2\xA0"          /* U+00A0 NO-BREAK SPACE */
#define THIN "\xE2\x80\x89"      /* U+2009 THIN SPACE */
#define NNBSP "\xE2\x80\xAF"     /* U+202F NARROW NO-BREAK SPACE */
#define MINUS "\xE2\x88\x92"     /* U+2212 MINUS SIGN */
#define EN_DASH "\xE2\x80\x93"   /* U+2013 EN DASH */
#define EM_DASH "\xE2\x80\x94"   /* U+2014 EM DASH */
#define ELLIPSIS "\xE2\x80\xA6"  /* U+2026 HORIZONTAL ELLIPSIS */

/* Fails with the input shown, so a failing table row names itself. */
static void check_kind(const char *input, ct_number_kind got,
                       ct_number_kind want)
{
    if (got != want) {
        print_error("input '%s': got %s, expected %s\n", input,
                    ct_number_kind_name(got), ct_number_kind_name(want));
        fail();
    }
}

/* The suppression markers of METHODS §1.5 and of ONS/GSS, Eurostat and
 * software exports, in the spellings tables use. */
static const char *const suppression_markers[] = {
    "..", "...", ELLIPSIS, "[x]", "[X]", "[c]", "[C]", "[z]", "[Z]",
    "[low]", "[LOW]", "[u]", "[U]", "*", "-", EN_DASH, EM_DASH, "x", "X",
    "c", "C", "z", "Z", ":", "n/a", "N/A", "N/a", "na", "NA", "Na", "NaN",
    "nan", "NAN", "null", "NULL", "Null", " [x] ", NBSP ".." NBSP, "\t-\t",
};

/* ------------------------------------------------------------------ */
/* ct_number_parse_count                                               */
/* ------------------------------------------------------------------ */

/* Counts read, with their value. */
static const struct count_case {
    const char *input;
    int64_t value;
} count_cases[] = {
    /* Plain and grouped digits: the value is the digits without their
     * separators (hand reading). */
    { "0", 0 },
    { "7", 7 },
    { "1233", 1233 },
    { "007", 7 },
    { "1,233", 1233 },
    { "34,556", 34556 },
    { "100,000", 100000 },
    { "1,234,567", 1234567 },
    { "1 233", 1233 },
    { "1 234 567", 1234567 },
    { "1" NBSP "233", 1233 },
    { "1" THIN "234" THIN "567", 1234567 },
    { "1" NNBSP "233", 1233 },
    /* Surrounding blanks of every kind are ignored. */
    { "  1,233\t", 1233 },
    { NBSP "1,233" NBSP, 1233 },
    { THIN " 42 " THIN, 42 },
    /* A zero fraction is a whole number: 1233.00 = 1233. */
    { "1233.0", 1233 },
    { "1,233.00", 1233 },
    { "5.000000000000000000000000", 5 },
    /* The int64_t limit: 2^63 - 1 = 9223372036854775807. */
    { "9223372036854775807", INT64_MAX },
    { "9,223,372,036,854,775,807", INT64_MAX },
    { "0000000000000000000000001", 1 },
    /* A minus sign before 0 is not below zero. */
    { "-0", 0 },
    { MINUS "0.00", 0 },
};

/* Inputs a parser refuses, listed by the kind it must answer (each list
 * ends at the first NULL). */
typedef struct refusal_case {
    ct_number_kind kind;
    const char *inputs[32];
} refusal_case;

/* Each input of 'cases' is refused by ct_number_parse_real ('real') or
 * ct_number_parse_count with its kind, and '*out' is left alone. */
static void expect_refusals(const refusal_case *cases, size_t n, bool real)
{
    for (size_t i = 0; i < n; i++) {
        const refusal_case *c = &cases[i];
        for (size_t k = 0; k < N_ELEMS(c->inputs) && c->inputs[k]; k++) {
            const char *s = c->inputs[k];
            int64_t count = -1;
            double value = -1;
            check_kind(s, real ? ct_number_parse_real(s, strlen(s), &value)
                              : ct_number_parse_count(s, strlen(s), &count),
                       c->kind);
            assert_int_equal(count, -1);
            assert_close(value, -1.0, 0.0);
        }
    }
}

static const refusal_case count_refusals[] = {
    { CT_NUMBER_OVERFLOW,
      { "9223372036854775808",      /* 2^63 */
        "18446744073709551616",     /* 2^64 */
        "99999999999999999999999", "9,999,999,999,999,999,999" } },
    /* Non-zero fractions. */
    { CT_NUMBER_FRACTION, { "12.5", "1,233.01", "0.000001" } },
    /* Minus signs: ASCII, U+2212 and the en dash word processors put in
     * their place. */
    { CT_NUMBER_NEGATIVE,
      { "-5", "-1,233", MINUS "5", EN_DASH "5", "-1.5",
        "-99999999999999999999" } },
    /* Blank cells are missing. */
    { CT_NUMBER_EMPTY, { "", "   ", "\t", NBSP, NBSP " " THIN } },
    { CT_NUMBER_INVALID,
      { /* Separators in the wrong places: groups after the first are
         * exactly three digits, one kind of separator, no leading-zero
         * group (a decimal comma), one separator between groups. */
        "1,23", "1,2345", "12345,678", "1234,567", "1234 567", "1,234,56",
        ",123", "1,,234", "1, 234", "1,234 567", "1  233", "1\t233",
        "0,123", "1,233,", "12 345 6",
        /* Other things that are not counts. */
        "1.", ".", "1.2.3", "abc", "12a", "1e5", "0x10", "+5", "- 5", "--5",
        "-abc", MINUS, "5%", "[y]", "....", "n / a" } },
};

static void test_number_parse_count_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(count_cases); i++) {
        const struct count_case *c = &count_cases[i];
        int64_t v = -1;
        check_kind(c->input, ct_number_parse_count(c->input,
                                                   strlen(c->input), &v),
                   CT_NUMBER_OK);
        assert_int_equal(v, c->value);
    }
    expect_refusals(count_refusals, N_ELEMS(count_refusals), false);
}

/* Every marker is missing, never 0 (METHODS §1.5). */
static void test_number_parse_count_suppression_markers(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(suppression_markers); i++) {
        const char *s = suppression_markers[i];
        int64_t v = -1;
        check_kind(s, ct_number_parse_count(s, strlen(s), &v),
                   CT_NUMBER_SUPPRESSED);
        assert_int_equal(v, -1);
    }
}

/* Only 'len' bytes are read: a field inside a larger buffer. */
static void test_number_parse_count_reads_only_len_bytes(void **state)
{
    (void)state;
    int64_t v = 0;
    assert_int_equal(ct_number_parse_count("1,2339,99", 5, &v),
                     CT_NUMBER_OK);
    assert_int_equal(v, 1233);
    assert_int_equal(ct_number_parse_count("12abc", 2, &v), CT_NUMBER_OK);
    assert_int_equal(v, 12);
    assert_int_equal(ct_number_parse_count("x", 0, &v), CT_NUMBER_EMPTY);
}

/* ------------------------------------------------------------------ */
/* ct_number_parse_real                                                */
/* ------------------------------------------------------------------ */

/* Inputs whose value is the separator-free string read by strtod, the
 * correctly rounded reference; compared exactly. */
static const struct real_case {
    const char *input;
    const char *plain;  /* the same number for strtod */
} real_cases[] = {
    { "145,000", "145000" },
    { "8.5", "8.5" },
    { "0.285", "0.285" },
    { ".5", ".5" },
    { "1.0", "1.0" },
    { "0", "0" },
    { "-0.0", "0" },
    { "1,234,567.891", "1234567.891" },
    { "1 234 567.891", "1234567.891" },
    { " 59" NBSP "712.25 ", "59712.25" },
    { "8.50344827586207", "8.50344827586207" },
    { "0.1", "0.1" },
    { "123456789012345", "123456789012345" },
    /* Past the exact fast path: 16 to 23 digits, 2^53 + 1 (which rounds
     * to even), more than 22 decimal places. */
    { "9007199254740993", "9007199254740993" },
    { "9,007,199,254,740,993", "9007199254740993" },
    { "18446744073709551615", "18446744073709551615" },
    { "12345678901234567890123", "12345678901234567890123" },
    { "1234567.8901234567", "1234567.8901234567" },
    { "0.1234567890123456789", "0.1234567890123456789" },
    { "0.00000000000000000000001234", "0.00000000000000000000001234" },
    { "2.2250738585072011e-308", NULL },  /* refused: no exponents */
};

static void test_number_parse_real_matches_strtod(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(real_cases); i++) {
        const struct real_case *c = &real_cases[i];
        double v = -1;
        ct_number_kind kind = ct_number_parse_real(c->input,
                                                   strlen(c->input), &v);
        if (c->plain == NULL) {
            check_kind(c->input, kind, CT_NUMBER_INVALID);
            continue;
        }
        check_kind(c->input, kind, CT_NUMBER_OK);
        assert_close(v, strtod(c->plain, NULL), 0.0);
    }
}

/* A fixed pseudo-random sweep (a 64-bit LCG, Knuth's MMIX constants):
 * digit strings of 1 to 25 digits with the point anywhere, grouped and
 * plain, each compared exactly with strtod of the plain string. */
static void test_number_parse_real_random_digits_match_strtod(void **state)
{
    (void)state;
    uint64_t seed = 12345;
    for (int iter = 0; iter < 20000; iter++) {
        char plain[48], grouped[72];
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        int n_int = 1 + (int)((seed >> 33) % 19);
        int n_frac = (int)((seed >> 20) % 7);
        if ((seed >> 60) == 0)
            n_frac += 15;
        size_t p = 0, g = 0;
        for (int k = 0; k < n_int + n_frac; k++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            char d = (char)('0' + (seed >> 40) % 10);
            if (k == 0 && d == '0')
                d = '1';  /* grouped numbers may not start with 0 */
            if (k == n_int) {
                plain[p++] = '.';
                grouped[g++] = '.';
            }
            if (k > 0 && k < n_int && (n_int - k) % 3 == 0)
                grouped[g++] = ',';
            plain[p++] = d;
            grouped[g++] = d;
        }
        plain[p] = grouped[g] = '\0';
        double a = -1, b = -1;
        check_kind(plain, ct_number_parse_real(plain, p, &a), CT_NUMBER_OK);
        check_kind(grouped, ct_number_parse_real(grouped, g, &b),
                   CT_NUMBER_OK);
        double want = strtod(plain, NULL);
        if (memcmp(&a, &want, sizeof a) != 0
            || memcmp(&b, &want, sizeof b) != 0) {
            print_error("'%s' read as %.17g and '%s' as %.17g; strtod "
                        "gives %.17g\n", plain, a, grouped, b, want);
            fail();
        }
    }
}

static const refusal_case real_refusals[] = {
    { CT_NUMBER_EMPTY, { "", " \t " } },
    { CT_NUMBER_NEGATIVE, { "-8.5", MINUS "145,000" } },
    { CT_NUMBER_INVALID,
      { "1,23", "1.2.3", "8,5", "+8.5", "inf", "1e+05" } },
    /* 100 significant digits: more than any table prints. */
    { CT_NUMBER_OVERFLOW,
      { "12345678901234567890123456789012345678901234567890123456789012345"
        "67890123456789012345678901234567890" } },
};

static void test_number_parse_real_refusals(void **state)
{
    (void)state;
    expect_refusals(real_refusals, N_ELEMS(real_refusals), true);
    for (size_t i = 0; i < N_ELEMS(suppression_markers); i++) {
        const char *s = suppression_markers[i];
        double v = -1;
        check_kind(s, ct_number_parse_real(s, strlen(s), &v),
                   CT_NUMBER_SUPPRESSED);
    }
}

/* ------------------------------------------------------------------ */
/* ct_number_parse_decimal                                             */
/* ------------------------------------------------------------------ */

static const struct decimal_case {
    const char *input;
    ct_number_kind kind;
    int64_t digits;
    int scale;
    bool negative;
} decimal_cases[] = {
    /* The digits as printed, trailing zeros kept (METHODS §4.2). */
    { "56.10", CT_NUMBER_OK, 5610, 2, false },
    { "56.1", CT_NUMBER_OK, 561, 1, false },
    { "56", CT_NUMBER_OK, 56, 0, false },
    { "1,233", CT_NUMBER_OK, 1233, 0, false },
    { "1 233.5", CT_NUMBER_OK, 12335, 1, false },
    { "0.000", CT_NUMBER_OK, 0, 3, false },
    { ".084", CT_NUMBER_OK, 84, 3, false },
    { "00012.5", CT_NUMBER_OK, 125, 1, false },
    { " 8.503 ", CT_NUMBER_OK, 8503, 3, false },
    /* Signs: '-', U+2212, en dash, '+'. */
    { "-2.5", CT_NUMBER_OK, 25, 1, true },
    { MINUS "2.5", CT_NUMBER_OK, 25, 1, true },
    { EN_DASH "2.5", CT_NUMBER_OK, 25, 1, true },
    { "+3.0", CT_NUMBER_OK, 30, 1, false },
    { "-0.0", CT_NUMBER_OK, 0, 1, true },
    /* 18 significant digits and 18 places are the limit. */
    { "999999999999999999", CT_NUMBER_OK, 999999999999999999, 0, false },
    { "999,999,999,999,999,999", CT_NUMBER_OK, 999999999999999999, 0,
      false },
    { "12345678901234567.8", CT_NUMBER_OK, 123456789012345678, 1, false },
    { "0.000000000000000001", CT_NUMBER_OK, 1, 18, false },
    { "0.999999999999999999", CT_NUMBER_OK, 999999999999999999, 18, false },
    { "1000000000000000000", CT_NUMBER_OVERFLOW, 0, 0, false },
    { "12345678901234567.89", CT_NUMBER_OVERFLOW, 0, 0, false },
    { "0.0000000000000000001", CT_NUMBER_OVERFLOW, 0, 0, false },
    { "1.000000000000000000", CT_NUMBER_OVERFLOW, 0, 0, false },
    { "99999999999999999999999", CT_NUMBER_OVERFLOW, 0, 0, false },
    /* Not decimals. */
    { "", CT_NUMBER_EMPTY, 0, 0, false },
    { "  ", CT_NUMBER_EMPTY, 0, 0, false },
    { "abc", CT_NUMBER_INVALID, 0, 0, false },
    { "1,23", CT_NUMBER_INVALID, 0, 0, false },
    { "+", CT_NUMBER_INVALID, 0, 0, false },
    { "+-1", CT_NUMBER_INVALID, 0, 0, false },
    { "56%", CT_NUMBER_INVALID, 0, 0, false },
    { "1.2k", CT_NUMBER_INVALID, 0, 0, false },
    { "[c]", CT_NUMBER_SUPPRESSED, 0, 0, false },
    { "-", CT_NUMBER_SUPPRESSED, 0, 0, false },
};

static void test_number_parse_decimal_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(decimal_cases); i++) {
        const struct decimal_case *c = &decimal_cases[i];
        ct_decimal d = { -1, -1, false };
        ct_number_kind kind = ct_number_parse_decimal(c->input,
                                                      strlen(c->input), &d);
        check_kind(c->input, kind, c->kind);
        if (c->kind != CT_NUMBER_OK)
            continue;
        assert_int_equal(d.digits, c->digits);
        assert_int_equal(d.scale, c->scale);
        assert_int_equal(d.negative, c->negative);
    }
}

/* ------------------------------------------------------------------ */
/* ct_number_kind_name                                                 */
/* ------------------------------------------------------------------ */

static void test_number_kind_name_every_kind(void **state)
{
    (void)state;
    /* Every kind, and a value past the last. */
    static const enum_name kinds[] = {
        {CT_NUMBER_OK, "a number"},
        {CT_NUMBER_EMPTY, "an empty cell"},
        {CT_NUMBER_SUPPRESSED, "a suppression marker"},
        {CT_NUMBER_INVALID, "not a number"},
        {CT_NUMBER_NEGATIVE, "a negative number"},
        {CT_NUMBER_FRACTION, "a fraction"},
        {CT_NUMBER_OVERFLOW, "too large a number"},
        {(ct_number_kind)99, "an unknown kind of number"},
    };
    assert_enum_names(ct_number_kind_name, kinds);
}

/* ------------------------------------------------------------------ */
/* ct_number_format_fixed                                              */
/* ------------------------------------------------------------------ */

static const struct fixed_case {
    double x;
    int decimals;
    bool grouped;
    const char *want;
} fixed_cases[] = {
    /* Ties go away from zero, as Excel's ROUND and most reports do; the
     * C library's "%.0f" gives "2" for 2.5 and "12" for 12.5 (METHODS
     * §4.3). */
    { 2.5, 0, false, "3" },
    { 3.5, 0, false, "4" },
    { 12.5, 0, false, "13" },
    { 0.5, 0, false, "1" },
    { 1.5, 0, false, "2" },
    { -2.5, 0, false, "-3" },
    { -0.5, 0, false, "-1" },
    /* 800 -> 900 is +12.5% exactly: "13%" half-up (METHODS §4.3). */
    { (900.0 - 800.0) / 800.0 * 100.0, 0, false, "13" },
    /* Decimals stored below the tie: 0.285 is 0.28499999999999998 and
     * "%.2f" gives "0.28"; 0.25 at 1 dp gives "0.2" (METHODS §4.3). */
    { 0.285, 2, false, "0.29" },
    { 0.25, 1, false, "0.3" },
    { 2.675, 2, false, "2.68" },   /* stored 2.67499999999999982 */
    { 1.005, 2, false, "1.01" },   /* stored 1.00499999999999989 */
    { 1.45, 1, false, "1.5" },     /* stored 1.44999999999999996 */
    { 0.125, 2, false, "0.13" },   /* exact binary tie */
    { -0.285, 2, false, "-0.29" },
    /* A tie at each displayed precision, 0 to 9: 1.5, 1.05, 1.005, ...
     * round up in the last place shown (hand arithmetic). */
    { 1.5, 0, false, "2" },
    { 1.05, 1, false, "1.1" },
    { 1.005, 2, false, "1.01" },
    { 1.0005, 3, false, "1.001" },
    { 1.00005, 4, false, "1.0001" },
    { 1.000005, 5, false, "1.00001" },
    { 1.0000005, 6, false, "1.000001" },
    { 1.00000005, 7, false, "1.0000001" },
    { 1.000000005, 8, false, "1.00000001" },
    { 1.0000000005, 9, false, "1.000000001" },
    /* Just below a tie rounds down. */
    { 1.4999, 0, false, "1" },
    { 0.004999, 2, false, "0.00" },
    { 0.45, 0, false, "0" },
    /* METHODS §4.3 worked example: 790 -> 1,233 is +56.0759...%. */
    { (1233.0 - 790.0) / 790.0 * 100.0, 0, false, "56" },
    { (1233.0 - 790.0) / 790.0 * 100.0, 1, false, "56.1" },
    { (1233.0 - 790.0) / 790.0 * 100.0, 4, false, "56.0759" },
    { 56.0759, 0, false, "56" },
    /* Grouping. */
    { 1233, 0, true, "1,233" },
    { 1233, 0, false, "1233" },
    { 100, 0, true, "100" },
    { 1234567.891, 2, true, "1,234,567.89" },
    { 1234567.891, 2, false, "1234567.89" },
    { -1234567.891, 1, true, "-1,234,567.9" },
    { 999.5, 0, true, "1,000" },
    { 999999.5, 0, true, "1,000,000" },
    /* Zero and values that round to it carry no sign. */
    { 0.0, 2, false, "0.00" },
    { -0.0, 0, false, "0" },
    { 0.0004, 2, false, "0.00" },
    { -0.0004, 2, false, "0.00" },
    { -0.004999, 2, true, "0.00" },
    { 0.005, 2, false, "0.01" },
    { -0.005, 2, false, "-0.01" },
    { 0.0005, 0, false, "0" },
    /* Carries through every digit. */
    { 9.995, 2, false, "10.00" },
    { 99.95, 1, false, "100.0" },
    { 0.95, 0, false, "1" },
    { 999999.9999, 3, true, "1,000,000.000" },
    /* 15 significant digits: 0.1 + 0.2 is 0.30000000000000004. */
    { 0.1 + 0.2, 2, false, "0.30" },
    { 8.275167785234899, 2, false, "8.28" },  /* 1233 / 149000 * 1000 */
    { 8.50344827586207, 3, false, "8.503" },  /* 1233 / 145000 * 1000 */
    /* Large and tiny magnitudes. */
    { 1e20, 0, true, "100,000,000,000,000,000,000" },
    { 1e20, 2, false, "100000000000000000000.00" },
    { 123456789012345678.0, 0, false, "123456789012346000" },
    { 5e-324, 9, false, "0.000000000" },
    { 4e-10, 9, false, "0.000000000" },
    { 5e-10, 9, false, "0.000000001" },
    /* Decimals outside 0..9 are clamped to it. */
    { 1.23456789012, 12, false, "1.234567890" },
    { 2.5, -1, false, "3" },
};

static void test_number_format_fixed_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(fixed_cases); i++) {
        const struct fixed_case *c = &fixed_cases[i];
        char buf[64];
        assert_ptr_equal(ct_number_format_fixed(c->x, c->decimals,
                                                c->grouped, buf, sizeof buf),
                         buf);
        if (strcmp(buf, c->want) != 0) {
            print_error("%.17g at %d dp%s: got '%s', expected '%s'\n", c->x,
                        c->decimals, c->grouped ? " grouped" : "", buf,
                        c->want);
            fail();
        }
    }
}

static void test_number_format_fixed_not_finite(void **state)
{
    (void)state;
    char buf[16];
    assert_string_equal(ct_number_format_fixed(NAN, 2, true, buf, sizeof buf),
                        "n/a");
    assert_string_equal(ct_number_format_fixed(INFINITY, 0, false, buf,
                                               sizeof buf), "inf");
    assert_string_equal(ct_number_format_fixed(-INFINITY, 0, false, buf,
                                               sizeof buf), "-inf");
}

/* DBL_MAX has 309 integer digits: 1.79769313486232e308 to 15 digits. */
static void test_number_format_fixed_largest_double(void **state)
{
    (void)state;
    char buf[600];
    ct_number_format_fixed(1.7976931348623157e308, 9, true, buf, sizeof buf);
    /* 309 digits, 102 commas, the point and 9 decimals. */
    assert_int_equal(strlen(buf), 309 + 102 + 1 + 9);
    assert_memory_equal(buf, "179,769,313,486,232,000,", 24);
    assert_string_equal(buf + strlen(buf) - 14, ",000.000000000");
}

static void test_number_format_fixed_truncates_to_size(void **state)
{
    (void)state;
    char buf[8] = "xxxxxxx";
    ct_number_format_fixed(1234567.891, 2, true, buf, 4);
    assert_string_equal(buf, "1,2");
    buf[0] = 'y';
    ct_number_format_fixed(1.0, 0, false, buf, 0);
    assert_int_equal(buf[0], 'y');  /* nothing written */
    ct_number_format_fixed(NAN, 0, false, buf, 1);
    assert_string_equal(buf, "");
}

/* Display -> parse gives back the value to the precision shown. */
static void test_number_format_fixed_round_trips_through_parse_real(
    void **state)
{
    (void)state;
    const double values[] = { 0.0, 0.285, 8.50344827586207, 1233.0,
                              145000.0, 1234567.891, 59712.25 };
    for (size_t i = 0; i < N_ELEMS(values); i++) {
        for (int dp = 0; dp <= 9; dp++) {
            char buf[64];
            double back = -1;
            ct_number_format_fixed(values[i], dp, true, buf, sizeof buf);
            check_kind(buf, ct_number_parse_real(buf, strlen(buf), &back),
                       CT_NUMBER_OK);
            /* Half a unit in the last place shown, plus binary slack. */
            if (!(fabs(back - values[i]) <= 0.5 * pow(10, -dp) * (1 + 1e-9)))
            {
                print_error("%.17g at %d dp -> '%s' -> %.17g\n", values[i],
                            dp, buf, back);
                fail();
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* ct_number_format_count                                              */
/* ------------------------------------------------------------------ */

static const struct count_format_case {
    int64_t n;
    const char *want;
} count_format_cases[] = {
    /* A comma before each group of three from the right (UK style). */
    { 0, "0" },
    { 7, "7" },
    { 999, "999" },
    { 1000, "1,000" },
    { 1233, "1,233" },
    { 34556, "34,556" },
    { 100000, "100,000" },
    { 1234567, "1,234,567" },
    { -999, "-999" },
    { -1234, "-1,234" },
    { -1000000, "-1,000,000" },
    { INT64_MAX, "9,223,372,036,854,775,807" },  /* 2^63 - 1 */
    { INT64_MIN, "-9,223,372,036,854,775,808" }, /* -2^63 */
};

static void test_number_format_count_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(count_format_cases); i++) {
        char buf[32];
        assert_ptr_equal(ct_number_format_count(count_format_cases[i].n,
                                                buf, sizeof buf), buf);
        assert_string_equal(buf, count_format_cases[i].want);
    }
}

static void test_number_format_count_round_trips_through_parse_count(
    void **state)
{
    (void)state;
    const int64_t values[] = { 0, 1, 999, 1000, 1233, 34556, 1234567,
                               987654321012, INT64_MAX };
    for (size_t i = 0; i < N_ELEMS(values); i++) {
        char buf[32];
        int64_t back = -1;
        ct_number_format_count(values[i], buf, sizeof buf);
        assert_int_equal(ct_number_parse_count(buf, strlen(buf), &back),
                         CT_NUMBER_OK);
        assert_int_equal(back, values[i]);
    }
}

static void test_number_format_count_truncates_to_size(void **state)
{
    (void)state;
    char buf[8];
    ct_number_format_count(1234567, buf, 6);
    assert_string_equal(buf, "1,234");
}

/* ------------------------------------------------------------------ */
/* ct_number_format_raw                                                */
/* ------------------------------------------------------------------ */

static const struct raw_case {
    double x;
    const char *want;
} raw_cases[] = {
    /* Whole numbers in full up to 10^15, "%.15g" otherwise. */
    { 34556, "34556" },
    { 0.0, "0" },
    { -0.0, "0" },
    { -42, "-42" },
    { 123456789012345.0, "123456789012345" },
    { 1e15, "1000000000000000" },
    { -1e15, "-1000000000000000" },
    { 1e16, "1e+16" },
    { 8.50344827586207, "8.50344827586207" },
    { 1233.0 / 145000.0 * 1000.0, "8.50344827586207" },
    { 2.5, "2.5" },
    { 0.1, "0.1" },
    { 0.1 + 0.2, "0.3" },   /* 0.30000000000000004 to 15 digits */
    { 1e-5, "1e-05" },
    /* Exact ties at the sixteenth digit round to even, as printf does. */
    { 123456789012345.5, "123456789012346" },
    { 123456789012344.5, "123456789012344" },
    { -0.000123456789012345, "-0.000123456789012345" },
    { 999999999999999.7, "1e+15" },
    { INFINITY, "inf" },
    { -INFINITY, "-inf" },
};

static void test_number_format_raw_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_ELEMS(raw_cases); i++) {
        char buf[64];
        assert_ptr_equal(ct_number_format_raw(raw_cases[i].x, buf,
                                              sizeof buf), buf);
        assert_string_equal(buf, raw_cases[i].want);
    }
}

/* NaN is missing: an empty field, not "nan". */
static void test_number_format_raw_nan_is_empty(void **state)
{
    (void)state;
    char buf[8] = "xxxxxxx";
    assert_string_equal(ct_number_format_raw(NAN, buf, sizeof buf), "");
}

/* Whole numbers go through the integer writer: the same digits as
 * "%.0f" for every whole double up to 10^15, checked against snprintf
 * itself on values spread over the range (a power of two, a power of ten,
 * and neighbours of each). */
static void test_number_format_raw_whole_matches_printf(void **state)
{
    (void)state;
    for (double base = 1.0; base <= 1e15; base *= 3.7) {
        double w = floor(base);
        const double xs[] = { w - 1, w, w + 1, -w };
        for (size_t i = 0; i < N_ELEMS(xs); i++) {
            char got[64], want[64];
            ct_number_format_raw(xs[i], got, sizeof got);
            snprintf(want, sizeof want, "%.0f", xs[i]);
            assert_string_equal(got, strcmp(want, "-0") == 0 ? "0" : want);
        }
    }
}

/* Values that are not whole take a path of their own that must write
 * exactly what "%.15g" writes: checked against snprintf on a million
 * values of every magnitude the path takes (and beyond, where it hands
 * over to snprintf), on rates of the form count / population * 1000, and
 * on values next to a tie at the fifteenth digit.  The numbers come from
 * a fixed linear congruential generator (Knuth's MMIX constants). */
static void test_number_format_raw_matches_printf_g15(void **state)
{
    (void)state;
    uint64_t seed = 12345;
    for (int i = 0; i < 1000000; i++) {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        double x;
        switch (i % 4) {
        case 0: /* a random mantissa at 10^-12 .. 10^18 */
            x = (double)(seed >> 11) / 9007199254740992.0 *
                pow(10.0, (double)((int)(seed % 31) - 12));
            break;
        case 1: /* a rate */
            x = (double)(seed % 5000) /
                (double)(1000 + (seed >> 20) % 300000) * 1000.0;
            break;
        case 2: { /* a 16-digit decimal ending in 5: next to a tie */
            double n = (double)((seed >> 12) % 9000000000000000u +
                                1000000000000000u);
            x = (n * 10.0 + 5.0) / pow(10.0, (double)(16 + (int)(seed % 8)));
            break;
        }
        default: /* a negative ratio */
            x = -(double)(seed >> 11) / 9007199254740992.0 *
                (double)(1 + seed % 97);
            break;
        }
        char got[64], want[64];
        ct_number_format_raw(x, got, sizeof got);
        if (!islessgreater(x, trunc(x)) && fabs(x) <= 1e15)
            snprintf(want, sizeof want, "%.0f", x < 0 ? x : fabs(x));
        else
            snprintf(want, sizeof want, "%.15g", x);
        if (strcmp(got, want) != 0) {
            print_error("%.17g: got %s, want %s\n", x, got, want);
            fail();
        }
    }
}

/* ------------------------------------------------------------------ */
/* ct_number_format_int                                                */
/* ------------------------------------------------------------------ */

/* As "%lld": no grouping, a '-' for negatives, the extremes in full. */
static void test_number_format_int_table(void **state)
{
    (void)state;
    const struct { int64_t n; const char *want; } cases[] = {
        { 0, "0" },
        { 7, "7" },
        { 34556, "34556" },
        { -1234, "-1234" },
        { INT64_MAX, "9223372036854775807" },  /* 2^63 - 1 */
        { INT64_MIN, "-9223372036854775808" }, /* -2^63 */
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        char buf[32];
        assert_ptr_equal(ct_number_format_int(cases[i].n, buf, sizeof buf),
                         buf);
        assert_string_equal(buf, cases[i].want);
    }
    char small[4];
    assert_string_equal(ct_number_format_int(-1234, small, sizeof small),
                        "-12");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_parse_count_table),
        cmocka_unit_test(test_number_parse_count_suppression_markers),
        cmocka_unit_test(test_number_parse_count_reads_only_len_bytes),
        cmocka_unit_test(test_number_parse_real_matches_strtod),
        cmocka_unit_test(test_number_parse_real_random_digits_match_strtod),
        cmocka_unit_test(test_number_parse_real_refusals),
        cmocka_unit_test(test_number_parse_decimal_table),
        cmocka_unit_test(test_number_kind_name_every_kind),
        cmocka_unit_test(test_number_format_fixed_table),
        cmocka_unit_test(test_number_format_fixed_not_finite),
        cmocka_unit_test(test_number_format_fixed_largest_double),
        cmocka_unit_test(test_number_format_fixed_truncates_to_size),
        cmocka_unit_test(
            test_number_format_fixed_round_trips_through_parse_real),
        cmocka_unit_test(test_number_format_count_table),
        cmocka_unit_test(
            test_number_format_count_round_trips_through_parse_count),
        cmocka_unit_test(test_number_format_count_truncates_to_size),
        cmocka_unit_test(test_number_format_raw_table),
        cmocka_unit_test(test_number_format_raw_nan_is_empty),
        cmocka_unit_test(test_number_format_raw_whole_matches_printf),
        cmocka_unit_test(test_number_format_raw_matches_printf_g15),
        cmocka_unit_test(test_number_format_int_table),
    };
    return cmocka_run_group_tests_name("number", tests, NULL, NULL);
}
