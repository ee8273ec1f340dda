/* test_stats.c - unit tests of the stats module: normal quantiles, Poisson
 * intervals (exact and Byar), Wilson and Clopper-Pearson intervals, and the
 * exact binomial test, against METHODS vectors and R.
 *
 * Tolerances: values quoted to 6 or 7 significant digits in METHODS are
 * checked to 1e-6 relative; values printed from R with
 * sprintf('%.17g', ...) to 1e-10 relative; hand arithmetic on exact
 * fractions to 1e-12. */
#include "test_support.h"

#include <string.h>

#include "crimetrend/stats.h"

/* Confidence-interval results of one call, for brevity. */
struct ci {
    double low;
    double high;
    ct_stats_ci_method method;
};

static struct ci poisson_ok(int64_t count, double confidence)
{
    struct ci r;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_stats_poisson_ci(count, confidence, &r.low, &r.high,
                                      &r.method, &err),
                  CT_STATUS_OK, &err);
    return r;
}

/* ---- ct_stats_ci_method_name, ct_stats_z ---------------------------------- */

/* The names are the "method" column's text, as stats.h lists them. */
static void test_ci_method_name_all_values(void **state)
{
    (void)state;
    assert_string_equal(ct_stats_ci_method_name(CT_STATS_CI_EXACT), "Exact");
    assert_string_equal(ct_stats_ci_method_name(CT_STATS_CI_BYAR), "Byar");
    assert_string_equal(ct_stats_ci_method_name(CT_STATS_CI_WILSON), "Wilson");
    assert_string_equal(ct_stats_ci_method_name(CT_STATS_CI_CLOPPER),
                        "Exact conditional");
}

static void test_stats_z_95_and_998(void **state)
{
    (void)state;
    double z;
    assert_int_equal(ct_stats_z(0.95, &z, NULL), CT_STATUS_OK);
    /* R: sprintf('%.17g', qnorm(0.975)) = 1.9599639845400536 */
    assert_close(z, 1.9599639845400536, 1e-10);
    assert_int_equal(ct_stats_z(0.998, &z, NULL), CT_STATUS_OK);
    /* R: sprintf('%.17g', qnorm(0.999)) = 3.0902323061678132 */
    assert_close(z, 3.0902323061678132, 1e-10);
}

static void test_stats_z_confidence_outside_unit_interval(void **state)
{
    (void)state;
    double z;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_stats_z(1.5, &z, &err), CT_STATUS_DOMAIN, &err);
    assert_non_null(strstr(err.message, "'1.5'"));
    assert_int_equal(ct_stats_z(1.0, &z, NULL), CT_STATUS_DOMAIN);
    assert_int_equal(ct_stats_z(0.0, &z, NULL), CT_STATUS_DOMAIN);
    assert_int_equal(ct_stats_z(NAN, &z, NULL), CT_STATUS_DOMAIN);
}

/* ---- ct_stats_poisson_ci: the table of METHODS §2.1 ------------------ */

static void test_stats_poisson_ci_zero_count_low_is_exactly_zero(void **state)
{
    (void)state;
    struct ci r = poisson_ok(0, 0.95);
    /* METHODS §2.1: O_L = 0 when O = 0 (exactly, not a quantile). */
    assert_close(r.low, 0.0, 0.0);
    /* METHODS §2.1 table: 3.688879 */
    assert_close(r.high, 3.688879, 1e-6);
    /* R: sprintf('%.17g', qchisq(0.975, 2)/2) = 3.6888794541139354 */
    assert_close(r.high, 3.6888794541139354, 1e-10);
    assert_int_equal(r.method, CT_STATS_CI_EXACT);
}

/* The rows of METHODS §2.1's table and R's values for them.  A value
 * given as NAN is not checked for that row; 'method' -1 likewise.  METHODS
 * quotes 6 or 7 significant digits (checked to 1e-6), R prints 17 (checked
 * to 1e-10).  The switch from exact to Byar is at O < 10 exactly: 9 is
 * exact, 10 is Byar. */
static const struct poisson_case {
    const char *name;
    int64_t count;
    double confidence;
    double methods_low, methods_high; /* METHODS §2.1, to 1e-6 */
    double r_low, r_high;             /* R, sprintf('%.17g'), to 1e-10 */
    int method;                       /* a ct_stats_ci_method, or -1 */
} poisson_cases[] = {
    /* R: qchisq(0.025, 2)/2 = 0.025317807984289876,
     *    qchisq(0.975, 4)/2 = 5.5716433909388989 */
    {"O = 1, 95%, exact", 1, 0.95, 0.0253178, 5.571643,
     0.025317807984289876, 5.5716433909388989, CT_STATS_CI_EXACT},
    /* R: qchisq(0.025, 10)/2 = 1.6234863901184207,
     *    qchisq(0.975, 12)/2 = 11.668332079322667 */
    {"O = 5, 95%, exact", 5, 0.95, 1.623486, 11.668332,
     1.6234863901184207, 11.668332079322667, CT_STATS_CI_EXACT},
    /* R: qchisq(0.001, 10)/2 = 0.73937173191783245,
     *    qchisq(0.999, 12)/2 = 16.454745203680105 */
    {"O = 5, 99.8%, exact", 5, 0.998, NAN, NAN,
     0.73937173191783245, 16.454745203680105, CT_STATS_CI_EXACT},
    /* R: qchisq(0.025, 18)/2 = 4.115373097378332,
     *    qchisq(0.975, 20)/2 = 17.08480345141917 */
    {"O = 9, 95%, exact (last below the switch)", 9, 0.95, 4.115373,
     17.084803, 4.115373097378332, 17.08480345141917, CT_STATS_CI_EXACT},
    {"O = 10, 95%, Byar (first at the switch)", 10, 0.95, 4.787450,
     18.391459, NAN, NAN, CT_STATS_CI_BYAR},
    {"O = 790, 95%, Byar", 790, 0.95, 735.864006, 847.064892, NAN, NAN,
     CT_STATS_CI_BYAR},
    {"O = 790, 99.8%, Byar", 790, 0.998, 705.978019, 880.775817, NAN, NAN,
     -1},
    {"O = 1233, 95%, Byar", 1233, 0.95, 1165.129159, 1303.792881, NAN, NAN,
     -1},
    {"O = 1233, 99.8%, Byar", 1233, 0.998, 1127.327293, 1345.415874, NAN,
     NAN, CT_STATS_CI_BYAR},
};

static void test_stats_poisson_ci_table_of_methods_and_r(void **state)
{
    (void)state;
    size_t n = sizeof poisson_cases / sizeof poisson_cases[0];
    for (size_t i = 0; i < n; i++) {
        const struct poisson_case *c = &poisson_cases[i];
        struct ci r = poisson_ok(c->count, c->confidence);
        if (!isnan(c->methods_low)) {
            assert_close_in(c->name, r.low, c->methods_low, 1e-6);
            assert_close_in(c->name, r.high, c->methods_high, 1e-6);
        }
        if (!isnan(c->r_low)) {
            assert_close_in(c->name, r.low, c->r_low, 1e-10);
            assert_close_in(c->name, r.high, c->r_high, 1e-10);
        }
        if (c->method >= 0)
            assert_int_in(c->name, r.method, c->method);
    }
}

static void test_stats_poisson_ci_negative_count_is_domain_error(void **state)
{
    (void)state;
    double low, high;
    ct_stats_ci_method method;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_stats_poisson_ci(-1, 0.95, &low, &high, &method, &err),
                  CT_STATUS_DOMAIN, &err);
    assert_non_null(strstr(err.message, "'-1'"));
}

static void test_stats_poisson_ci_bad_confidence_is_domain_error(void **state)
{
    (void)state;
    double low, high;
    ct_stats_ci_method method;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_stats_poisson_ci(5, 1.5, &low, &high, &method, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "confidence '1.5'"));
    /* Byar's branch checks the level too. */
    assert_int_equal(ct_stats_poisson_ci(50, 0.0, &low, &high, &method,
                                         NULL),
                     CT_STATUS_DOMAIN);
}

/* ---- ct_stats_wilson_ci (METHODS §2.2) and ct_stats_clopper_pearson
 * (METHODS §3.1): one table of cases ----------------------------------- */

typedef ct_status (*proportion_ci_fn)(int64_t x, int64_t n, double confidence,
                                      double *low, double *high,
                                      ct_error *err);

/* An interval for x of n.  METHODS values (NAN where METHODS gives none)
 * are checked to 1e-6; R's to the tolerance given with each: 1e-10, or 0
 * where the end is exactly 0 or 1. */
static const struct proportion_case {
    const char *name;
    proportion_ci_fn fn;
    int64_t x, n;
    double confidence;
    double methods_low, methods_high;
    double r_low, r_low_tol;
    double r_high, r_high_tol;
} proportion_cases[] = {
    /* METHODS §2.2: 95% CI 0.2935243 to 0.4642305.  R: prop.test(45, 120,
     * correct = FALSE)$conf.int (the Wilson score interval)
     * = 0.29352429786446804 0.46423049374020792 */
    {"Wilson 45 of 120, 95%", ct_stats_wilson_ci, 45, 120, 0.95,
     0.2935243, 0.4642305, 0.29352429786446804, 1e-10,
     0.46423049374020792, 1e-10},
    /* METHODS §2.2: 99.8% CI 0.2524512 to 0.5159771.  R: prop.test(45,
     * 120, conf.level = 0.998, correct = FALSE)$conf.int
     * = 0.25245121544168514 0.51597713255283961 */
    {"Wilson 45 of 120, 99.8%", ct_stats_wilson_ci, 45, 120, 0.998,
     0.2524512, 0.5159771, 0.25245121544168514, 1e-10,
     0.51597713255283961, 1e-10},
    /* R: prop.test(0, 50, correct = FALSE)$conf.int
     *    = 0 0.071347599133358683; by hand U = z^2 / (n + z^2). */
    {"Wilson 0 of 50", ct_stats_wilson_ci, 0, 50, 0.95, NAN, NAN,
     0.0, 0.0, 0.071347599133358683, 1e-10},
    /* R: prop.test(50, 50, correct = FALSE)$conf.int
     *    = 0.92865240086664136 1 */
    {"Wilson 50 of 50", ct_stats_wilson_ci, 50, 50, 0.95, NAN, NAN,
     0.92865240086664136, 1e-10, 1.0, 0.0},
    /* R: binom.test(1233, 2023)$conf.int
     *    = 0.58783816632527419 0.63082567029007786 */
    {"Clopper-Pearson 1233 of 2023, 95%", ct_stats_clopper_pearson, 1233,
     2023, 0.95, NAN, NAN, 0.58783816632527419, 1e-10,
     0.63082567029007786, 1e-10},
    /* R: binom.test(1233, 2023, conf.level = 0.998)$conf.int
     *    = 0.57540219332519871 0.64284791800939112 */
    {"Clopper-Pearson 1233 of 2023, 99.8%", ct_stats_clopper_pearson, 1233,
     2023, 0.998, NAN, NAN, 0.57540219332519871, 1e-10,
     0.64284791800939112, 1e-10},
    /* R: binom.test(0, 10)$conf.int = 0 0.30849710781876083 */
    {"Clopper-Pearson 0 of 10", ct_stats_clopper_pearson, 0, 10, 0.95, NAN,
     NAN, 0.0, 0.0, 0.30849710781876083, 1e-10},
    /* R: binom.test(10, 10)$conf.int = 0.69150289218123917 1 */
    {"Clopper-Pearson 10 of 10", ct_stats_clopper_pearson, 10, 10, 0.95,
     NAN, NAN, 0.69150289218123917, 1e-10, 1.0, 0.0},
    /* Large counts, where GSL's gsl_cdf_beta_Pinv fails to converge.
     * R: binom.test(34556, 68080)$conf.int
     *    = 0.5038162989948558 0.51134169180175859 */
    {"Clopper-Pearson 34556 of 68080", ct_stats_clopper_pearson, 34556,
     68080, 0.95, NAN, NAN, 0.5038162989948558, 1e-10,
     0.51134169180175859, 1e-10},
    /* R: binom.test(1500000, 3000123)$conf.int
     *    = 0.49941355316066893 0.50054544855982985 */
    {"Clopper-Pearson 1500000 of 3000123", ct_stats_clopper_pearson,
     1500000, 3000123, 0.95, NAN, NAN, 0.49941355316066893, 1e-10,
     0.50054544855982985, 1e-10},
};

static void test_stats_proportion_ci_table(void **state)
{
    (void)state;
    size_t n = sizeof proportion_cases / sizeof proportion_cases[0];
    for (size_t i = 0; i < n; i++) {
        const struct proportion_case *c = &proportion_cases[i];
        double low, high;
        assert_int_in(c->name, c->fn(c->x, c->n, c->confidence, &low, &high,
                                     NULL),
                      CT_STATUS_OK);
        if (!isnan(c->methods_low)) {
            assert_close_in(c->name, low, c->methods_low, 1e-6);
            assert_close_in(c->name, high, c->methods_high, 1e-6);
        }
        assert_close_in(c->name, low, c->r_low, c->r_low_tol);
        assert_close_in(c->name, high, c->r_high, c->r_high_tol);
    }
}

/* Intervals refused with CT_STATUS_DOMAIN.  'err_kind' says what is checked
 * of the ct_error: 0 none is passed; 1 the message (containing 'needle', or
 * not empty when 'needle' is NULL); 2 its status and the message. */
static const struct proportion_domain_case {
    const char *name;
    proportion_ci_fn fn;
    int64_t x, n;
    double confidence;
    int err_kind;
    const char *needle;
} proportion_domain_cases[] = {
    {"Wilson, x above n", ct_stats_wilson_ci, 121, 120, 0.95, 1, "'121'"},
    {"Wilson, x below 0", ct_stats_wilson_ci, -1, 120, 0.95, 1, NULL},
    {"Wilson, n of 0", ct_stats_wilson_ci, 0, 0, 0.95, 1, NULL},
    {"Wilson, confidence 1.5", ct_stats_wilson_ci, 4, 10, 1.5, 0, NULL},
    {"Clopper-Pearson, x above n", ct_stats_clopper_pearson, 11, 10, 0.95, 2,
     NULL},
};

static void test_stats_proportion_ci_domain_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof proportion_domain_cases
                           / sizeof proportion_domain_cases[0]; i++) {
        const struct proportion_domain_case *c = &proportion_domain_cases[i];
        double low, high;
        ct_error err = CT_ERROR_INIT;
        ct_status st = c->fn(c->x, c->n, c->confidence, &low, &high,
                             c->err_kind > 0 ? &err : NULL);
        assert_int_in(c->name, st, CT_STATUS_DOMAIN);
        if (c->err_kind == 2)
            assert_int_in(c->name, err.status, CT_STATUS_DOMAIN);
        if (c->err_kind > 0 && c->needle != NULL)
            assert_true_in(c->name, strstr(err.message, c->needle) != NULL);
        else if (c->err_kind > 0)
            assert_true_in(c->name, err.message[0] != '\0');
    }
}

/* ---- ct_stats_binom_test (R's binom.test, two-sided) ----------------- */

static double binom_p(int64_t x, int64_t n, double p)
{
    double pv = -1.0;
    assert_int_equal(ct_stats_binom_test(x, n, p, &pv, NULL), CT_STATUS_OK);
    return pv;
}

static void test_stats_binom_test_1233_of_2023(void **state)
{
    (void)state;
    /* R: binom.test(1233, 2023, 0.5)$p.value = 5.8190511511949026e-23;
     * METHODS §3.1 quotes p = 5.82e-23. */
    assert_close(binom_p(1233, 2023, 0.5), 5.8190511511949026e-23, 1e-10);
    assert_close(binom_p(1233, 2023, 0.5), 5.82e-23, 1e-3);
}

static void test_stats_binom_test_large_counts(void **state)
{
    (void)state;
    /* R: binom.test(34556, 68080)$p.value = 7.7678601301235526e-05 and
     *    binom.test(33524, 68080)$p.value, the mirror image, the same. */
    assert_close(binom_p(34556, 68080, 0.5), 7.7678601301235526e-05, 1e-10);
    assert_close(binom_p(33524, 68080, 0.5), 7.7678601301235526e-05, 1e-10);
    /* R: binom.test(1500000, 3000123)$p.value = 0.94384720602767047 */
    assert_close(binom_p(1500000, 3000123, 0.5), 0.94384720602767047,
                 1e-10);
}

/* With p = 0.5, x and n - x are equally likely, but their densities differ
 * in the last bits; the other tail must still include n - x, which is what
 * R's relative tolerance 1 + 1e-7 is for. */
static void test_stats_binom_test_symmetric_ties_need_tolerance(void **state)
{
    (void)state;
    /* R: binom.test(4, 10)$p.value = 0.75390625000000022;
     * by hand 1 - C(10,5)/2^10 = 1 - 252/1024 = 0.75390625. */
    assert_close(binom_p(4, 10, 0.5), 0.75390625000000022, 1e-10);
    /* R: binom.test(6, 10)$p.value = 0.75390625000000022 (same). */
    assert_close(binom_p(6, 10, 0.5), 0.75390625000000022, 1e-10);
    /* R: binom.test(2, 7)$p.value = 0.45312500000000022;
     * by hand 2 (1 + 7 + 21) / 128 = 58/128 = 0.453125. */
    assert_close(binom_p(2, 7, 0.5), 0.453125, 1e-12);
    /* R: binom.test(5, 10)$p.value = 1 (x equals n p). */
    assert_close(binom_p(5, 10, 0.5), 1.0, 0.0);
}

static void test_stats_binom_test_unequal_p(void **state)
{
    (void)state;
    /* R: binom.test(3, 7, 0.2)$p.value = 0.14803200000000014 */
    assert_close(binom_p(3, 7, 0.2), 0.14803200000000014, 1e-10);
    /* R: binom.test(1233, 2023, 145000/285000)$p.value, the same test as
     * poisson.test(c(1233, 790), c(145000, 140000))$p.value
     *    = 1.0765643982985666e-19 */
    assert_close(binom_p(1233, 2023, 145000.0 / 285000.0),
                 1.0765643982985666e-19, 1e-10);
}

static void test_stats_binom_test_x_zero_and_n(void **state)
{
    (void)state;
    /* R: binom.test(0, 10, 0.3)$p.value = 0.038839603299999984 */
    assert_close(binom_p(0, 10, 0.3), 0.038839603299999984, 1e-10);
    /* R: binom.test(10, 10, 0.3)$p.value = 5.9048999999999915e-06;
     * by hand 0.3^10 = 5.9049e-06 (nothing on the other side is rarer). */
    assert_close(binom_p(10, 10, 0.3), 5.9049e-06, 1e-10);
}

static void test_stats_binom_test_p_zero_and_one(void **state)
{
    (void)state;
    /* R: binom.test(0, 5, 0)$p.value = 1; binom.test(1, 5, 0)$p.value = 0;
     *    binom.test(5, 5, 1)$p.value = 1; by symmetry 4 of 5 at p = 1
     *    is impossible: 0. */
    assert_close(binom_p(0, 5, 0.0), 1.0, 0.0);
    assert_close(binom_p(1, 5, 0.0), 0.0, 0.0);
    assert_close(binom_p(5, 5, 1.0), 1.0, 0.0);
    assert_close(binom_p(4, 5, 1.0), 0.0, 0.0);
}

static void test_stats_binom_test_bad_arguments_are_domain_errors(
    void **state)
{
    (void)state;
    double pv;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_stats_binom_test(11, 10, 0.5, &pv, &err),
                     CT_STATUS_DOMAIN);
    assert_true(err.message[0] != '\0');
    ct_error_clear(&err);
    assert_int_equal(ct_stats_binom_test(1, 10, 1.5, &pv, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "'1.5'"));
    assert_int_equal(ct_stats_binom_test(0, 0, 0.5, &pv, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_stats_binom_test(1, 10, NAN, &pv, NULL),
                     CT_STATUS_DOMAIN);
}

/* METHODS-ADDENDUM §0: R's mean(rep(100/30000*1000, 8)) is
 * 3.3333333333333335, the value itself (R 4.2.2, sprintf('%.17g')); the
 * sum in double, / 8, is 3.333333333333333.  mean(c(1, 2, 3, 4.5)) = 2.625
 * by hand.  No values: NaN. */
static void test_stats_mean_two_pass_as_r(void **state)
{
    (void)state;
    double x[8];
    for (int i = 0; i < 8; i++)
        x[i] = 100.0 / 30000.0 * 1000.0;
    assert_close(ct_stats_mean(x, 8), 3.3333333333333335, 0.0);
    const double y[4] = {1, 2, 3, 4.5};
    assert_close(ct_stats_mean(y, 4), 2.625, 0.0);
    assert_true(isnan(ct_stats_mean(y, 0)));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ci_method_name_all_values),
        cmocka_unit_test(test_stats_mean_two_pass_as_r),
        cmocka_unit_test(test_stats_z_95_and_998),
        cmocka_unit_test(test_stats_z_confidence_outside_unit_interval),
        cmocka_unit_test(test_stats_poisson_ci_zero_count_low_is_exactly_zero),
        cmocka_unit_test(test_stats_poisson_ci_table_of_methods_and_r),
        cmocka_unit_test(test_stats_poisson_ci_negative_count_is_domain_error),
        cmocka_unit_test(test_stats_poisson_ci_bad_confidence_is_domain_error),
        cmocka_unit_test(test_stats_proportion_ci_table),
        cmocka_unit_test(test_stats_proportion_ci_domain_errors),
        cmocka_unit_test(test_stats_binom_test_1233_of_2023),
        cmocka_unit_test(test_stats_binom_test_large_counts),
        cmocka_unit_test(test_stats_binom_test_symmetric_ties_need_tolerance),
        cmocka_unit_test(test_stats_binom_test_unequal_p),
        cmocka_unit_test(test_stats_binom_test_x_zero_and_n),
        cmocka_unit_test(test_stats_binom_test_p_zero_and_one),
        cmocka_unit_test(
            test_stats_binom_test_bad_arguments_are_domain_errors),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("stats", tests, NULL, NULL);
}
