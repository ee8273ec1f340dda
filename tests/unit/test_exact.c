/* test_exact.c - unit tests of exact rational arithmetic: the rounding
 * rules at ties, formatting of exact decimals, values past 64 bits and
 * the conversions to decimals and doubles.
 *
 * Every expected value is hand arithmetic, written out beside it. */
#include "test_support.h"

#include <string.h>

#include "crimetrend/exact.h"

static ct_exact frac(int64_t n, int64_t d)
{
    bool ok = true;
    ct_exact r = ct_exact_div(ct_exact_of_int(n), ct_exact_of_int(d), &ok);
    assert_true(ok);
    return r;
}

static int64_t rounded(int64_t n, int64_t d, ct_rounding rule)
{
    bool ok = true;
    ct_exact x = frac(n, d);
    ct_exact_int q = ct_exact_round_int(&x, rule, &ok);
    int64_t v = 0;
    assert_true(ok);
    assert_true(ct_exact_int_to_int64(&q, &v));
    return v;
}

static void test_exact_rounding_rules(void **state)
{
    (void)state;
    /* 5/2 = 2.5: half-up 3, half-even 2, truncated 2, ceiling 3. */
    assert_int_equal(rounded(5, 2, CT_ROUNDING_HALF_UP), 3);
    assert_int_equal(rounded(5, 2, CT_ROUNDING_HALF_EVEN), 2);
    assert_int_equal(rounded(5, 2, CT_ROUNDING_TRUNCATE), 2);
    assert_int_equal(rounded(5, 2, CT_ROUNDING_CEILING), 3);
    /* 7/2 = 3.5 half-even goes up to the even 4. */
    assert_int_equal(rounded(7, 2, CT_ROUNDING_HALF_EVEN), 4);
    /* -5/2 = -2.5: half-up away from zero -3; truncated -2; ceiling -2. */
    assert_int_equal(rounded(-5, 2, CT_ROUNDING_HALF_UP), -3);
    assert_int_equal(rounded(-5, 2, CT_ROUNDING_TRUNCATE), -2);
    assert_int_equal(rounded(-5, 2, CT_ROUNDING_CEILING), -2);
    /* 29/10 = 2.9: truncated 2; 21/10 = 2.1 ceiling 3. */
    assert_int_equal(rounded(29, 10, CT_ROUNDING_TRUNCATE), 2);
    assert_int_equal(rounded(21, 10, CT_ROUNDING_CEILING), 3);
}

static void test_exact_compare_and_sign(void **state)
{
    (void)state;
    bool ok = true;
    /* 1/3 < 0.3334 = 3334/10000; 2/4 == 1/2 though not reduced. */
    ct_exact a = frac(1, 3), b = frac(3334, 10000);
    assert_int_equal(ct_exact_cmp(&a, &b, &ok), -1);
    ct_exact c = frac(2, 4), d = frac(1, 2);
    assert_int_equal(ct_exact_cmp(&c, &d, &ok), 0);
    ct_exact e = ct_exact_sub(d, c, &ok);
    assert_true(ct_exact_is_zero(&e));
    assert_int_equal(ct_exact_sign(&e), 0);
    ct_exact f = ct_exact_neg(d);
    assert_int_equal(ct_exact_sign(&f), -1);
    ct_exact g = ct_exact_abs(f);
    assert_int_equal(ct_exact_cmp(&g, &d, &ok), 0);
    assert_true(ok);
}

static void test_exact_format(void **state)
{
    (void)state;
    char buf[64];
    /* 100 x 443 / 790 = 56.0759...: "56.08" to 2 places. */
    bool ok = true;
    ct_exact p = ct_exact_div(ct_exact_of_int(44300), ct_exact_of_int(790),
                              &ok);
    assert_string_equal(ct_exact_format(&p, 2, false, buf, sizeof buf),
                        "56.08");
    /* 2/3 to 2 places: 0.666... -> "0.67". */
    ct_exact q = frac(2, 3);
    assert_string_equal(ct_exact_format(&q, 2, false, buf, sizeof buf),
                        "0.67");
    /* -1234567/2 = -617283.5 goes away from zero: "-617,284". */
    ct_exact r = frac(-1234567, 2);
    assert_string_equal(ct_exact_format(&r, 0, true, buf, sizeof buf),
                        "-617,284");
    /* 0.125 to 2 places is a tie: half-up "0.13" (a double would say
     * 0.12 or 0.13 by its binary value; here it is exact). */
    ct_exact s = frac(1, 8);
    assert_string_equal(ct_exact_format(&s, 2, false, buf, sizeof buf),
                        "0.13");
    assert_true(ok);
}

static void test_exact_past_64_bits(void **state)
{
    (void)state;
    bool ok = true;
    /* (10^18)^2 / 10^18 = 10^18 exactly, through a 120-bit product. */
    ct_exact big = ct_exact_pow10(18, &ok);
    ct_exact sq = ct_exact_mul(big, big, &ok);
    ct_exact back = ct_exact_div(sq, big, &ok);
    assert_int_equal(ct_exact_cmp(&back, &big, &ok), 0);
    /* 10^19 does not fit in int64_t (max about 9.22 x 10^18). */
    ct_exact t = ct_exact_pow10(19, &ok);
    ct_exact_int ti = ct_exact_round_int(&t, CT_ROUNDING_HALF_UP, &ok);
    int64_t v;
    assert_false(ct_exact_int_to_int64(&ti, &v));
    assert_true(ok);
}

static void test_exact_decimals_and_doubles(void **state)
{
    (void)state;
    bool ok = true;
    /* "56.10" is 5610 / 100; back to 1 place half-up: 56.1. */
    ct_decimal d = {5610, 2, false};
    ct_exact x = ct_exact_of_decimal(&d, &ok);
    ct_decimal e = ct_exact_to_decimal(&x, 1);
    assert_int_equal(e.digits, 561);
    assert_int_equal(e.scale, 1);
    assert_false(e.negative);
    /* -4.05 to 1 place half-up goes away from zero: -4.1. */
    ct_decimal m = {405, 2, true};
    ct_exact y = ct_exact_of_decimal(&m, &ok);
    ct_decimal f = ct_exact_to_decimal(&y, 1);
    assert_int_equal(f.digits, 41);
    assert_true(f.negative);
    /* 1/3 as a double: 0.333..., to 1e-15 relative. */
    ct_exact z = frac(1, 3);
    assert_close(ct_exact_to_double(&z), 1.0 / 3.0, 1e-15);
    assert_true(ok);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_rounding_rules),
        cmocka_unit_test(test_exact_compare_and_sign),
        cmocka_unit_test(test_exact_format),
        cmocka_unit_test(test_exact_past_64_bits),
        cmocka_unit_test(test_exact_decimals_and_doubles),
    };
    return cmocka_run_group_tests_name("exact", tests, NULL, NULL);
}
