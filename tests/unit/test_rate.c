/* test_rate.c - unit tests of the rate module: rates per a base with their
 * Poisson intervals, and shares with their Wilson intervals.
 *
 * Tolerances: values quoted to 7 significant digits in METHODS are checked
 * to 1e-6 relative; values printed from R with sprintf('%.17g', ...) to
 * 1e-10 relative; hand arithmetic to 1e-12. */
#include "test_support.h"

#include <string.h>

#include "crimetrend/rate.h"

/* Calls ct_rate_per and checks that it refuses the arguments with
 * CT_STATUS_DOMAIN and a message naming 'quoted'. */
static void expect_rate_domain_error(int64_t count, double population,
                                     double per, double confidence,
                                     const char *quoted)
{
    ct_rate rate;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_rate_per(count, population, per, confidence, &rate, &err),
                  CT_STATUS_DOMAIN, &err);
    assert_non_null(strstr(err.message, quoted));
}

/* ---- ct_rate_per and ct_rate_share: a table of cases ------------------ */

#define F(f, w, t) FIELD(ct_rate, f, w, t)

static const struct rate_case {
    const char *name;
    bool share;               /* ct_rate_share(count, total) if true */
    int64_t count;
    double population;        /* the total for a share */
    double per;               /* unused for a share */
    double confidence;
    int method;               /* a ct_stats_ci_method, or -1: not checked */
    struct field_check checks[8];
} rate_cases[] = {
    /* METHODS §2.1: 1,233 among 145,000 per 1,000.  Hand arithmetic:
     * 1233 / 145000 * 1000 = 8.503448275862069.  METHODS: 8.503448 (95% CI
     * 8.035374 to 8.991675).  The count limits of the METHODS §2.1 table
     * divided by 145 (hand arithmetic): 1165.129159 / 145
     * = 8.0353735103448276, 1303.792881 / 145 = 8.9916750413793114.  The
     * level asked for is passed through unchanged. */
    {"1233 of 145,000 per 1,000", false, 1233, 145000.0, 1000.0, 0.95,
     CT_STATS_CI_BYAR,
     {F(value, 8.503448275862069, 1e-12), F(value, 8.503448, 1e-6),
      F(low, 8.035374, 1e-6), F(high, 8.991675, 1e-6),
      F(low, 8.0353735103448276, 1e-9), F(high, 8.9916750413793114, 1e-9),
      F(confidence, 0.95, 0.0)}},
    /* R: 5/2000*1000 = 2.5; qchisq(0.025, 10)/2/2000*1000
     *    = 0.81174319505921033; qchisq(0.975, 12)/2/2000*1000
     *    = 5.8341660396613335 (sprintf '%.17g'). */
    {"5 of 2,000: a small count is exact", false, 5, 2000.0, 1000.0, 0.95,
     CT_STATS_CI_EXACT,
     {F(value, 2.5, 1e-12), F(low, 0.81174319505921033, 1e-10),
      F(high, 5.8341660396613335, 1e-10)}},
    /* R: 9/3000*1e5 = 300; qchisq(0.025, 18)/2/3000*100000
     *    = 137.17910324594439; qchisq(0.975, 20)/2/3000*100000
     *    = 569.49344838063894. */
    {"9 of 3,000 per 100,000", false, 9, 3000.0, 100000.0, 0.95, -1,
     {F(value, 300.0, 1e-12), F(low, 137.17910324594439, 1e-10),
      F(high, 569.49344838063894, 1e-10)}},
    /* METHODS §2.1 table, O = 790 at 99.8%: 705.978019 to 880.775817,
     * per 1,000 of 1,000 the same numbers. */
    {"790 of 1,000 at 99.8%", false, 790, 1000.0, 1000.0, 0.998, -1,
     {F(low, 705.978019, 1e-6), F(high, 880.775817, 1e-6),
      F(confidence, 0.998, 0.0)}},
    /* METHODS §2.1: O_L = 0 when O = 0; R: qchisq(0.975, 2)/2/5000*1000
     * = 0.73777589082278705. */
    {"0 of 5,000: the low limit is 0", false, 0, 5000.0, 1000.0, 0.95,
     CT_STATS_CI_EXACT,
     {F(value, 0.0, 0.0), F(low, 0.0, 0.0),
      F(high, 0.73777589082278705, 1e-10)}},
    /* Hand arithmetic: 45 / 120 = 0.375.  METHODS §2.2: 95% CI 0.2935243
     * to 0.4642305.  R: prop.test(45, 120, correct = FALSE)$conf.int
     * = 0.29352429786446804 0.46423049374020792 */
    {"share 45 of 120", true, 45, 120, 0, 0.95, CT_STATS_CI_WILSON,
     {F(value, 0.375, 1e-12), F(low, 0.2935243, 1e-6),
      F(high, 0.4642305, 1e-6), F(low, 0.29352429786446804, 1e-10),
      F(high, 0.46423049374020792, 1e-10), F(confidence, 0.95, 0.0)}},
    /* METHODS §2.2: 99.8% CI 0.2524512 to 0.5159771. */
    {"share 45 of 120 at 99.8%", true, 45, 120, 0, 0.998, -1,
     {F(low, 0.2524512, 1e-6), F(high, 0.5159771, 1e-6)}},
    /* R: prop.test(0, 50, correct = FALSE)$conf.int
     *    = 0 0.071347599133358683 */
    {"share 0 of 50", true, 0, 50, 0, 0.95, -1,
     {F(value, 0.0, 0.0), F(low, 0.0, 0.0),
      F(high, 0.071347599133358683, 1e-10)}},
    /* R: prop.test(50, 50, correct = FALSE)$conf.int
     *    = 0.92865240086664136 1 */
    {"share 50 of 50", true, 50, 50, 0, 0.95, -1,
     {F(value, 1.0, 0.0), F(low, 0.92865240086664136, 1e-10),
      F(high, 1.0, 0.0)}},
};

#undef F

static void test_rate_table_of_cases(void **state)
{
    (void)state;
    size_t n = sizeof rate_cases / sizeof rate_cases[0];
    for (size_t i = 0; i < n; i++) {
        const struct rate_case *c = &rate_cases[i];
        ct_rate rate;
        ct_status st = c->share
            ? ct_rate_share(c->count, (int64_t)c->population, c->confidence,
                            &rate, NULL)
            : ct_rate_per(c->count, c->population, c->per, c->confidence,
                          &rate, NULL);
        assert_int_in(c->name, st, CT_STATUS_OK);
        assert_fields(c->name, &rate, c->checks, 8);
        if (c->method >= 0)
            assert_int_in(c->name, rate.method, c->method);
    }
}

static void test_rate_per_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    expect_rate_domain_error(-1, 1000.0, 1000.0, 0.95, "'-1'");
    expect_rate_domain_error(10, 0.0, 1000.0, 0.95, "population '0'");
    expect_rate_domain_error(10, -5.0, 1000.0, 0.95, "population '-5'");
    expect_rate_domain_error(10, NAN, 1000.0, 0.95, "population");
    expect_rate_domain_error(10, 1000.0, 0.0, 0.95, "base '0'");
    expect_rate_domain_error(10, 1000.0, 1000.0, 1.5, "confidence '1.5'");
}

static void test_rate_share_part_above_total_is_domain_error(void **state)
{
    (void)state;
    ct_rate share;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_rate_share(121, 120, 0.95, &share, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "'121'"));
    ct_error_clear(&err);
    assert_int_equal(ct_rate_share(0, 0, 0.95, &share, &err),
                     CT_STATUS_DOMAIN);
    assert_true(err.message[0] != '\0');
    ct_error_clear(&err);
    assert_int_equal(ct_rate_share(-3, 10, 0.95, &share, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "'-3'"));
    ct_error_clear(&err);
    assert_int_equal(ct_rate_share(3, 10, 1.5, &share, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "confidence '1.5'"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rate_table_of_cases),
        cmocka_unit_test(test_rate_per_bad_arguments_are_domain_errors),
        cmocka_unit_test(test_rate_share_part_above_total_is_domain_error),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("rate", tests, NULL, NULL);
}
