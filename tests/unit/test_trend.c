/* test_trend.c - unit tests of the trend module: the Fingertips recent-trend
 * marker, OLS and Poisson regression, Mann-Kendall with Sen's slope, XmR
 * charts; and the stats helpers they rest on
 * (least squares, t and chi-squared tails, medians).
 *
 * Every expected value names its independent source: a METHODS vector,
 * hand arithmetic, or R 4.2.2 (printed with sprintf('%.17g', ...)).  Where
 * R is quoted the formulas are written out in R itself (mk.test's, the
 * Fingertips sums), or R's own fit is used (lm, glm, prop.trend.test);
 * XmR rules come from NHSRplotthedots' R functions (ptd_spc_standard,
 * ptd_calculate_point_type) transcribed into R, and the worked example of
 * METHODS-ADDENDUM §B.6.
 *
 * Tolerances (relative): 1e-12 for hand arithmetic and closed forms; 1e-10
 * for R values computed the same way in double precision; 1e-9 for fits
 * where R's own iteration sets the accuracy (glm with epsilon = 1e-14);
 * 1e-6 for values quoted to 6 or 7 significant digits in METHODS.  The
 * funnel tests are in test_funnel.c. */
#include "test_support.h"

#include <string.h>

#include "crimetrend/stats.h"
#include "crimetrend/trend.h"

/* ---- Fixtures ---------------------------------------------------------- */

/* METHODS §2.5, the package's example: t = 1..5. */
static const double MV_T[5] = {1, 2, 3, 4, 5};
static const double MV_VALUE[5] = {30.6, 30.2, 28, 24.6, 24.67};
static const double MV_LOW[5] = {28.98, 28.63, 26.44, 23.15, 23.16};
static const double MV_HIGH[5] = {32.25, 31.9, 29.64, 26.19, 26.25};

/* METHODS §2.5, proportions. */
static const int64_t MP_COUNT[5] = {1367, 1332, 1199, 1023, 994};
static const int64_t MP_DENOM[5] = {44701, 44064, 42811, 41527, 40299};

/* METHODS §3.2-3.4: 2018..2024. */
static const double SERIES_T[7] = {2018, 2019, 2020, 2021, 2022, 2023, 2024};
static const int64_t SERIES_COUNT[7] = {790, 812, 845, 845, 901, 1010, 1233};
static const double SERIES_POP[7] = {140000, 141000, 142000, 143000,
                                     144000, 144500, 145000};

static ct_trend_marker values_ok(const double *t, const double *value,
                                 const double *low, const double *high,
                                 size_t n, double confidence)
{
    ct_trend_marker m;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_trend_marker_values(t, value, low, high, n, confidence,
                                         &m, &err),
                  CT_STATUS_OK, &err);
    return m;
}

static ct_trend_marker proportions_ok(const double *t, const int64_t *count,
                                      const int64_t *denominator, size_t n)
{
    ct_trend_marker m;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_trend_marker_proportions(t, count, denominator, n, &m,
                                              &err),
                  CT_STATUS_OK, &err);
    return m;
}

static void assert_cannot(ct_trend_marker m, const char *reason)
{
    assert_int_equal(m.direction, CT_TREND_CANNOT);
    assert_nan(m.slope);
    assert_nan(m.chi2);
    assert_non_null(m.reason);
    assert_string_equal(m.reason, reason);
}

/* ---- Names -------------------------------------------------------------- */

static void test_trend_direction_name_all_values(void **state)
{
    (void)state;
    assert_string_equal(ct_trend_direction_name(CT_TREND_INCREASING),
                        "increasing");
    assert_string_equal(ct_trend_direction_name(CT_TREND_NO_CHANGE),
                        "no significant change");
    assert_string_equal(ct_trend_direction_name(CT_TREND_DECREASING),
                        "decreasing");
    assert_string_equal(ct_trend_direction_name(CT_TREND_CANNOT),
                        "cannot be calculated");
}

static void test_xmr_rule_name_all_values(void **state)
{
    (void)state;
    assert_string_equal(ct_trend_xmr_rule_name(CT_TREND_XMR_NONE), "");
    assert_string_equal(ct_trend_xmr_rule_name(CT_TREND_XMR_OUTSIDE_LIMITS),
                        "outside limits");
    assert_string_equal(ct_trend_xmr_rule_name(CT_TREND_XMR_TREND), "trend of 7");
    assert_string_equal(ct_trend_xmr_rule_name(CT_TREND_XMR_TWO_OF_THREE),
                        "2 of 3 near a limit");
    assert_string_equal(ct_trend_xmr_rule_name(CT_TREND_XMR_SHIFT), "shift of 7");
}

/* ---- Stats helpers used by the trend module ---------------------------- */

/* x = 1, 2, 4, 7; y = 2.1, 3.9, 8.2, 13.8, weighted or not: the
 * intercept, slope, covariance and residual sum of squares expected. */
static const struct wls_case {
    const char *name;
    const double *w;
    double c0, c1, v00, v01, v11, chisq;
} wls_cases[] = {
    /* w = 1, 4, 2, 0.5.  R: f <- lm(y ~ x, weights = w); coef(f);
     * vcov(f) / summary(f)$sigma^2 (the unscaled covariance, as
     * gsl_fit_wlinear); sum(w * resid(f)^2). */
    {"weighted", (const double[4]){1, 4, 2, 0.5}, -0.031297709923663805,
     2.0114503816793889, 0.5610687022900761, -0.15648854961832054,
     0.057251908396946535, 0.14770992366412086},
    /* R: g <- lm(y ~ x); coef(g); vcov(g) (scaled by s^2);
     * sum(resid(g)^2). */
    {"unweighted", NULL, 0.11666666666666892, 1.9666666666666663,
     0.031944444444444116, -0.0063888888888888233, 0.0018253968253968064,
     0.076666666666665911},
};

static void test_stats_wls_matches_lm(void **state)
{
    (void)state;
    const double x[4] = {1, 2, 4, 7}, y[4] = {2.1, 3.9, 8.2, 13.8};
    for (size_t i = 0; i < sizeof wls_cases / sizeof wls_cases[0]; i++) {
        const struct wls_case *wc = &wls_cases[i];
        double c0, c1, v00, v01, v11, chisq;
        assert_int_in(wc->name, ct_stats_wls(x, y, wc->w, 4, &c0, &c1, &v00,
                                             &v01, &v11, &chisq, NULL),
                      CT_STATUS_OK);
        assert_close_in(wc->name, c0, wc->c0, 1e-10);
        assert_close_in(wc->name, c1, wc->c1, 1e-10);
        assert_close_in(wc->name, v00, wc->v00, 1e-10);
        assert_close_in(wc->name, v01, wc->v01, 1e-10);
        assert_close_in(wc->name, v11, wc->v11, 1e-10);
        assert_close_in(wc->name, chisq, wc->chisq, 1e-10);
    }
}

static void test_stats_wls_too_few_or_degenerate(void **state)
{
    (void)state;
    const double x[3] = {1, 1, 1}, y[3] = {1, 2, 3}, w[3] = {1, 1, 1};
    double c1;
    ct_error err = CT_ERROR_INIT;
    /* Unweighted needs n - 2 >= 1 residual degrees of freedom. */
    assert_int_equal(ct_stats_wls(x, y, NULL, 2, NULL, &c1, NULL, NULL, NULL,
                                  NULL, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "too few"));
    assert_int_equal(ct_stats_wls(x, y, w, 1, NULL, &c1, NULL, NULL, NULL,
                                  NULL, NULL),
                     CT_STATUS_DOMAIN);
    /* x all equal: the slope is 0/0, caught as a non-finite result. */
    ct_error_clear(&err);
    assert_status(ct_stats_wls(x, y, w, 3, NULL, &c1, NULL, NULL, NULL, NULL,
                               &err),
                  CT_STATUS_NUMERIC, &err);
}

/* The distribution functions the trend module calls: which, its
 * arguments, and the status and value expected. */
enum dist { T_QUANTILE, T_P, NORMAL_P, CHISQ_P, CHISQ_Q };

static const struct dist_case {
    const char *name;
    enum dist fn;
    double a, b; /* the level or statistic, and the df */
    ct_status status;
    double want, tol;
} dist_cases[] = {
    /* R: qt(0.975, 5) = 2.5705818356363137, qt(0.975, 2.5) =
     * 3.5746548420036919 (fractional df). */
    {"t quantile, 5 df", T_QUANTILE, 0.95, 5, CT_STATUS_OK, 2.5705818356363137,
     1e-10},
    {"t quantile, 2.5 df", T_QUANTILE, 0.95, 2.5, CT_STATUS_OK, 3.5746548420036919,
     1e-10},
    /* R: 2 * pt(-2.5, 5) = 0.054490099342376204. */
    {"t two-sided p", T_P, -2.5, 5, CT_STATUS_OK, 0.054490099342376204, 1e-10},
    /* R: 2 * pnorm(-2.5) = 0.01241933065155227. */
    {"normal two-sided p", NORMAL_P, 2.5, 0, CT_STATUS_OK, 0.01241933065155227,
     1e-10},
    /* Infinite statistics give 0; a zero statistic gives exactly 1. */
    {"normal p of -inf", NORMAL_P, -INFINITY, 0, CT_STATUS_OK, 0.0, 0.0},
    {"t p of inf", T_P, INFINITY, 3, CT_STATUS_OK, 0.0, 0.0},
    {"t p of 0", T_P, 0.0, 3, CT_STATUS_OK, 1.0, 0.0},
    {"normal p of NaN", NORMAL_P, NAN, 0, CT_STATUS_DOMAIN, 0, 0},
    {"t p with 0 df", T_P, 1.0, 0.0, CT_STATUS_DOMAIN, 0, 0},
    {"t quantile at level 1", T_QUANTILE, 1.0, 5, CT_STATUS_DOMAIN, 0, 0},
    /* R: pchisq(7.4, 5) = 0.80744956692060432; pchisq(1, 0.5) =
     * 0.84648640419167742 (fractional df). */
    {"chi-squared P, 5 df", CHISQ_P, 7.4, 5, CT_STATUS_OK, 0.80744956692060432,
     1e-10},
    {"chi-squared P, 0.5 df", CHISQ_P, 1, 0.5, CT_STATUS_OK, 0.84648640419167742,
     1e-10},
    {"chi-squared P of -1", CHISQ_P, -1, 2, CT_STATUS_DOMAIN, 0, 0},
    /* Large df just above the mean, where GSL's gsl_cdf_chisq_P gives
     * 0.977974594655004: R pchisq(8e7, 2 * 39987604 + 2) =
     * 0.975000674242335 (pgamma(4e7, 39987605)). */
    {"chi-squared P, large df", CHISQ_P, 8e7, 79975210, CT_STATUS_OK,
     0.975000674242335, 1e-12},
    /* The upper tail keeps its accuracy far out: R
     * pchisq(98.904571870928706, 10, lower.tail = FALSE) =
     * 9.0262496697009085e-17. */
    {"chi-squared Q far out", CHISQ_Q, 98.904571870928706, 10, CT_STATUS_OK,
     9.0262496697009085e-17, 1e-9},
};

static void test_stats_distributions(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof dist_cases / sizeof dist_cases[0]; i++) {
        const struct dist_case *dc = &dist_cases[i];
        double v = NAN;
        ct_status st =
            dc->fn == T_QUANTILE ? ct_stats_t_quantile(dc->a, dc->b, &v, NULL)
            : dc->fn == T_P ? ct_stats_t_two_sided_p(dc->a, dc->b, &v, NULL)
            : dc->fn == NORMAL_P ? ct_stats_normal_two_sided_p(dc->a, &v,
                                                               NULL)
            : dc->fn == CHISQ_P ? ct_stats_chisq_P(dc->a, dc->b, &v, NULL)
                                : ct_stats_chisq_Q(dc->a, dc->b, &v, NULL);
        assert_int_in(dc->name, st, dc->status);
        if (dc->status == CT_STATUS_OK)
            assert_close_in(dc->name, v, dc->want, dc->tol);
    }
}

static void test_stats_median(void **state)
{
    (void)state;
    double v;
    /* Even n averages the middle two: R median(c(3,1,4,1,5,9)) = 3.5; odd
     * n takes the middle: median(c(2,7,1)) = 2. */
    double even[6] = {3, 1, 4, 1, 5, 9}, odd[3] = {2, 7, 1};
    assert_int_equal(ct_stats_median(even, 6, &v, NULL), CT_STATUS_OK);
    assert_close(v, 3.5, 0.0);
    assert_int_equal(ct_stats_median(odd, 3, &v, NULL), CT_STATUS_OK);
    assert_close(v, 2.0, 0.0);
    double with_nan[2] = {1, NAN};
    assert_int_equal(ct_stats_median(with_nan, 2, &v, NULL), CT_STATUS_DOMAIN);
    assert_int_equal(ct_stats_median(odd, 0, &v, NULL), CT_STATUS_DOMAIN);
}

/* ---- Fingertips marker: values with intervals --------------------------- */

/* METHODS §2.5 vector: beta -1.751566, X^2 46.7636, decreasing.  R, the
 * Fingertips sums written out (w = 1/((hi-lo)/(2 qnorm(0.975)))^2;
 * b = (S Sty - St Sy)/(S Stt - St^2); X2 = b^2 (S Stt - St^2)/S):
 * b = -1.7515662226629496, X2 = 46.76359716054953; lm(v ~ t, weights = w)
 * gives the same b.  Leave-one-out slopes all negative (METHODS). */
static void test_marker_values_methods_vector_is_decreasing(void **state)
{
    (void)state;
    ct_trend_marker m = values_ok(MV_T, MV_VALUE, MV_LOW, MV_HIGH, 5, 0.95);
    assert_int_equal(m.direction, CT_TREND_DECREASING);
    assert_close(m.slope, -1.7515662226629496, 1e-10);
    assert_close(m.chi2, 46.76359716054953, 1e-10);
    assert_null(m.reason);
    /* METHODS quotes beta -1.751566 and X^2 46.7636. */
    assert_close(m.slope, -1.751566, 1e-6);
    assert_close(m.chi2, 46.7636, 1e-6);
}

/* Values 1..5 on t = 1..5 with equal sigma: beta = 1, Var(beta) = sigma^2
 * / Sum (t - 3)^2 = sigma^2 / 10, so X^2 = 10 / sigma^2 (hand arithmetic).
 * The width giving a chosen X^2 is 2 z sqrt(10 / X^2); R:
 * 2 * qnorm(0.975) * sqrt(10 / 9.6) = 4.0007597302960907,
 * ... / 9.5 = 4.0217612380093124, ... / 5 = 5.5436152973987101.  9.6 is
 * significant, 9.5 is not (threshold 9.5495), nor is 5 (which 3.84, the
 * 95% threshold, would wrongly pass). */
static void test_marker_values_threshold_is_9_5495(void **state)
{
    (void)state;
    const double width[3] = {4.0007597302960907, 4.0217612380093124,
                             5.5436152973987101};
    const double chi2[3] = {9.6, 9.5, 5.0};
    const ct_trend_direction want[3] = {
        CT_TREND_INCREASING, CT_TREND_NO_CHANGE, CT_TREND_NO_CHANGE};
    for (int k = 0; k < 3; k++) {
        double lo[5], hi[5];
        for (int i = 0; i < 5; i++) {
            lo[i] = MV_T[i] - width[k] / 2;
            hi[i] = MV_T[i] + width[k] / 2;
        }
        ct_trend_marker m = values_ok(MV_T, MV_T, lo, hi, 5, 0.95);
        assert_int_equal(m.direction, want[k]);
        assert_close(m.slope, 1.0, 1e-12);
        assert_close(m.chi2, chi2[k], 1e-12);
        assert_null(m.reason);
    }
}

/* ---- Fingertips marker: cases with a direction ------------------------ */

/* The marker's cases with a direction: the series (values with their
 * interval at 'confidence', or counts of a denominator), then the direction,
 * beta and X^2 expected, and the reason, if any. */
static const struct marker_case {
    const char *name;
    const double *t, *value, *low, *high;
    const int64_t *count, *denominator; /* proportions when set */
    size_t n;
    double confidence;
    ct_trend_direction direction;
    double slope, chi2;
    const char *reason;
} marker_cases[] = {
    /* Mirroring the series in time (values and limits reversed) negates
     * beta and keeps X^2.  R: the same sums on rev(v), rev(lo), rev(hi)
     * give b = 1.7515662226629487, X2 = 46.763597160549502. */
    {"values mirrored: increasing", MV_T,
     (const double[5]){24.67, 24.6, 28, 30.2, 30.6},
     (const double[5]){23.16, 23.15, 26.44, 28.63, 28.98},
     (const double[5]){26.25, 26.19, 29.64, 31.9, 32.25}, NULL, NULL, 5,
     0.95, CT_TREND_INCREASING, 1.7515662226629487, 46.763597160549502,
     NULL},
    /* Only the last five points count: two earlier points with wild
     * values (and a missing one) change nothing (METHODS §2.5, "5 most
     * recent"): the METHODS vector's values (R, as above). */
    {"values: the last five points only",
     (const double[7]){-1, 0, 1, 2, 3, 4, 5},
     (const double[7]){1000, NAN, 30.6, 30.2, 28, 24.6, 24.67},
     (const double[7]){0, 0, 28.98, 28.63, 26.44, 23.15, 23.16},
     (const double[7]){5000, 1, 32.25, 31.9, 29.64, 26.19, 26.25}, NULL,
     NULL, 7, 0.95, CT_TREND_DECREASING, -1.7515662226629496,
     46.76359716054953, NULL},
    /* Intervals given at 99.8% mean a smaller sigma for the same width: R,
     * the sums with qnorm(0.999): b = -1.7515662226629536 (weights scale
     * together, so b is unchanged), X2 = 116.25027409479573 = 46.7636
     * (3.0902/1.96)^2. */
    {"values at 99.8%: the confidence sets sigma", MV_T, MV_VALUE, MV_LOW,
     MV_HIGH, NULL, NULL, 5, 0.998, CT_TREND_DECREASING,
     -1.7515662226629536, 116.25027409479573, NULL},
    /* Five points, one outlier: 10, 9.9, 9.8, 9.7, 15 in 2019..2023, every
     * interval 0.5 wide.  By hand (equal weights, centred t = -2..2):
     * beta = (-20 - 9.9 + 9.7 + 30) / 10 = 0.98; sigma = 0.25 / z,
     * Var(beta) = sigma^2 / 10, X^2 = 0.98^2 * 10 * 16 z^2 = 153.664 z^2;
     * R: 153.664 * qnorm(0.975)^2 = 590.29392822314173 > 9.5495.  Dropping
     * the 15 leaves 10, 9.9, 9.8, 9.7: slope -0.1, the opposite sign, so
     * "no significant change" because of an outlier.  (R, the
     * leave-one-out sums: 1.52, 0.98, 0.98, 1.2886, -0.1.) */
    {"values: the outlier rule fires",
     (const double[5]){2019, 2020, 2021, 2022, 2023},
     (const double[5]){10, 9.9, 9.8, 9.7, 15},
     (const double[5]){9.75, 9.65, 9.55, 9.45, 14.75},
     (const double[5]){10.25, 10.15, 10.05, 9.95, 15.25}, NULL, NULL, 5,
     0.95, CT_TREND_NO_CHANGE, 0.98, 590.29392822314173, "outlier found"},
    /* METHODS §2.5 vector: beta -0.06524964, X^2 47.8967, decreasing.  R:
     * coef(lm(log(c/(d-c)) ~ t))[2] = -0.065249640778983639;
     * prop.trend.test(c, d, score = 1:5)$statistic = 47.896676707589116. */
    {"proportions: the METHODS vector", MV_T, NULL, NULL, NULL, MP_COUNT,
     MP_DENOM, 5, 0, CT_TREND_DECREASING, -0.065249640778983639,
     47.896676707589116, NULL},
    /* X^2 and beta do not depend on where t starts: years 2019..2023 give
     * the R values above (the centring keeps the digits years would
     * cost). */
    {"proportions in years", (const double[5]){2019, 2020, 2021, 2022, 2023},
     NULL, NULL, NULL, MP_COUNT, MP_DENOM, 5, 0, CT_TREND_DECREASING,
     -0.065249640778983639, 47.896676707589116, NULL},
    /* 100, 99, 98, 97, 200 out of 1000 each, t = 1..5.  R:
     * prop.trend.test(c, d, score = 1:5)$statistic = 37.448933272809796
     * (> 9.5495); coef(lm(lp ~ t))[2] = 0.15992342649928029; leaving out
     * the 200 gives coef(lm(lp[-5] ~ t[-5]))[2] = -0.011262262665045509:
     * an outlier. */
    {"proportions: the outlier rule fires", MV_T, NULL, NULL, NULL,
     (const int64_t[5]){100, 99, 98, 97, 200},
     (const int64_t[5]){1000, 1000, 1000, 1000, 1000}, 5, 0,
     CT_TREND_NO_CHANGE, 0.15992342649928029, 37.448933272809796,
     "outlier found"},
};

static void test_marker_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof marker_cases / sizeof marker_cases[0];
         i++) {
        const struct marker_case *mc = &marker_cases[i];
        ct_trend_marker m =
            mc->count != NULL
                ? proportions_ok(mc->t, mc->count, mc->denominator, mc->n)
                : values_ok(mc->t, mc->value, mc->low, mc->high, mc->n,
                            mc->confidence);
        assert_int_in(mc->name, m.direction, mc->direction);
        assert_close_in(mc->name, m.slope, mc->slope, 1e-10);
        assert_close_in(mc->name, m.chi2, mc->chi2, 1e-10);
        if (mc->reason != NULL) {
            assert_true_in(mc->name, m.reason != NULL);
            assert_string_in(mc->name, m.reason, mc->reason);
        } else {
            assert_true_in(mc->name, m.reason == NULL);
        }
    }
}

static void test_marker_values_fewer_than_five_cannot(void **state)
{
    (void)state;
    assert_cannot(values_ok(MV_T, MV_VALUE, MV_LOW, MV_HIGH, 4, 0.95),
                  "fewer than 5 points");
    assert_cannot(values_ok(NULL, NULL, NULL, NULL, 0, 0.95),
                  "fewer than 5 points");
}

static void test_marker_values_missing_value_cannot(void **state)
{
    (void)state;
    double v[5], lo[5], t[5];
    memcpy(v, MV_VALUE, sizeof v);
    memcpy(lo, MV_LOW, sizeof lo);
    memcpy(t, MV_T, sizeof t);
    v[2] = NAN;
    assert_cannot(values_ok(MV_T, v, MV_LOW, MV_HIGH, 5, 0.95),
                  "missing value");
    lo[4] = NAN;
    assert_cannot(values_ok(MV_T, MV_VALUE, lo, MV_HIGH, 5, 0.95),
                  "missing value");
    t[0] = NAN;
    assert_cannot(values_ok(t, MV_VALUE, MV_LOW, MV_HIGH, 5, 0.95),
                  "missing value");
}

static void test_marker_values_repeated_time_cannot(void **state)
{
    (void)state;
    const double t[5] = {2019, 2020, 2021, 2021, 2022};
    assert_cannot(values_ok(t, MV_VALUE, MV_LOW, MV_HIGH, 5, 0.95),
                  "repeated time points");
}

static void test_marker_values_zero_width_cannot(void **state)
{
    (void)state;
    double hi[5];
    memcpy(hi, MV_HIGH, sizeof hi);
    hi[3] = MV_LOW[3];
    assert_cannot(values_ok(MV_T, MV_VALUE, MV_LOW, hi, 5, 0.95),
                  "interval of zero width");
}

static void test_marker_values_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    ct_trend_marker m;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_trend_marker_values(MV_T, MV_VALUE, MV_LOW, MV_HIGH,
                                            5, 1.5, &m, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "'1.5'"));

    /* Reversed interval. */
    ct_error_clear(&err);
    assert_int_equal(ct_trend_marker_values(MV_T, MV_VALUE, MV_HIGH, MV_LOW,
                                            5, 0.95, &m, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "below its lower limit"));

    /* Times going backwards: "the last five" would be the oldest. */
    const double t[5] = {2023, 2022, 2021, 2020, 2019};
    ct_error_clear(&err);
    assert_int_equal(ct_trend_marker_values(t, MV_VALUE, MV_LOW, MV_HIGH, 5,
                                            0.95, &m, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "ascending"));

    double v[5];
    memcpy(v, MV_VALUE, sizeof v);
    v[1] = INFINITY;
    assert_int_equal(ct_trend_marker_values(MV_T, v, MV_LOW, MV_HIGH, 5,
                                            0.95, &m, NULL),
                     CT_STATUS_DOMAIN);
}

/* The marker's line: on points exactly on y = 3 + 2 t (t = 1..5, widths
 * 1, 2, 1, 2, 1, so the weights differ) the weighted fit is that line,
 * intercept 3 and slope 2 (to rounding, 1e-9).  For proportions the
 * intercept is the logit line's at t = 0: an OLS line passes through the
 * mean point, so alpha + beta * 2021 is the mean of the five logits,
 * log(c / (d - c)) of MP_COUNT and MP_DENOM, worked out here from the
 * counts, not from the marker (tolerance 1e-9). */
static void test_marker_intercept(void **state)
{
    (void)state;
    const double t[5] = {1, 2, 3, 4, 5};
    double v[5], lo[5], hi[5];
    for (int i = 0; i < 5; i++) {
        double half = i % 2 ? 1.0 : 0.5;
        v[i] = 3 + 2 * t[i];
        lo[i] = v[i] - half;
        hi[i] = v[i] + half;
    }
    ct_trend_marker m = values_ok(t, v, lo, hi, 5, 0.95);
    assert_close(m.slope, 2.0, 1e-9);
    assert_close(m.intercept, 3.0, 1e-9);

    const double years[5] = {2019, 2020, 2021, 2022, 2023};
    m = proportions_ok(years, MP_COUNT, MP_DENOM, 5);
    double mean_logit = 0;
    for (int i = 0; i < 5; i++)
        mean_logit += log((double)MP_COUNT[i] /
                          (double)(MP_DENOM[i] - MP_COUNT[i])) / 5;
    assert_close(m.intercept + m.slope * 2021, mean_logit, 1e-9);

    m = proportions_ok(years, MP_COUNT, MP_DENOM, 4);
    assert_true(isnan(m.intercept));
}

/* ---- Fingertips marker: proportions ------------------------------------- */

static void test_marker_proportions_cannot_cases(void **state)
{
    (void)state;
    assert_cannot(proportions_ok(MV_T, MP_COUNT, MP_DENOM, 3),
                  "fewer than 5 points");
    int64_t c[5];
    memcpy(c, MP_COUNT, sizeof c);
    c[2] = 0;
    assert_cannot(proportions_ok(MV_T, c, MP_DENOM, 5),
                  "proportion of 0 or 1");
    c[2] = MP_DENOM[2];
    assert_cannot(proportions_ok(MV_T, c, MP_DENOM, 5),
                  "proportion of 0 or 1");
    const double t[5] = {2019, 2019, 2020, 2021, 2022};
    assert_cannot(proportions_ok(t, MP_COUNT, MP_DENOM, 5),
                  "repeated time points");
    const double tn[5] = {2019, 2020, NAN, 2021, 2022};
    assert_cannot(proportions_ok(tn, MP_COUNT, MP_DENOM, 5),
                  "missing value");
}

static void test_marker_proportions_bad_counts_are_domain_errors(
    void **state)
{
    (void)state;
    ct_trend_marker m;
    ct_error err;
    int64_t c[5], d[5];
    memcpy(c, MP_COUNT, sizeof c);
    memcpy(d, MP_DENOM, sizeof d);
    c[1] = d[1] + 1;
    ct_error_clear(&err);
    assert_int_equal(ct_trend_marker_proportions(MV_T, c, d, 5, &m, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "point 2"));
    c[1] = -1;
    assert_int_equal(ct_trend_marker_proportions(MV_T, c, d, 5, &m, NULL),
                     CT_STATUS_DOMAIN);
    memcpy(c, MP_COUNT, sizeof c);
    d[4] = 0;
    assert_int_equal(ct_trend_marker_proportions(MV_T, c, d, 5, &m, NULL),
                     CT_STATUS_DOMAIN);
}

/* ---- Ordinary least squares --------------------------------------------- */

/* ---- Least squares and Poisson regression: fits against R ------------- */

/* A field of a linear (L) or Poisson (P) fit, within 1e-N (relative) of
 * 'w' for LN and PN. */
#define L3(f, w) FIELD(ct_trend_linear_fit, f, w, 1e-3)
#define L6(f, w) FIELD(ct_trend_linear_fit, f, w, 1e-6)
#define L9(f, w) FIELD(ct_trend_linear_fit, f, w, 1e-9)
#define L10(f, w) FIELD(ct_trend_linear_fit, f, w, 1e-10)
#define P3(f, w) FIELD(ct_trend_poisson_fit, f, w, 1e-3)
#define P7(f, w) FIELD(ct_trend_poisson_fit, f, w, 1e-7)
#define P8(f, w) FIELD(ct_trend_poisson_fit, f, w, 1e-8)
#define P9(f, w) FIELD(ct_trend_poisson_fit, f, w, 1e-9)

/* The rates per 1,000 of METHODS §3.2 (count / pop * 1000), 2018..2024. */
static double series_rate[7];

/* Zero counts and under-dispersion: x = 3, 0, 2, 4, 3, 5, 4 over
 * populations 20000, 20100, 20300, 20200, 20500, 20600, 20800 in
 * 2015..2021. */
static const double ZC_T[7] = {2015, 2016, 2017, 2018, 2019, 2020, 2021};
static const int64_t ZC_COUNT[7] = {3, 0, 2, 4, 3, 5, 4};
static const double ZC_POP[7] = {20000, 20100, 20300, 20200, 20500, 20600,
                                 20800};

/* A fit at 'confidence' and the fields expected: a linear fit of 'y' when
 * set, else a Poisson fit of 'count' over 'pop'; 'quasi' is whether a
 * Poisson fit must be over-dispersed (1), not (0), or either (-1). */
static const struct fit_case {
    const char *name;
    const double *t, *y;
    const int64_t *count;
    const double *pop;
    size_t n;
    double confidence;
    int quasi;
    struct field_check fields[12];
} fit_cases[] = {
    /* METHODS §3.2: slope 0.405340, se 0.107337, p 0.01294.  R:
     * f <- lm(r ~ t); summary(f)$coefficients, confint(f) and
     * confint(f, level = 0.9); then METHODS's own figures. */
    {"linear: the METHODS vector", SERIES_T, series_rate, NULL, NULL, 7,
     0.95, -1,
     {L9(intercept, -812.76205688782147), L10(slope, 0.40534006699920455),
      L10(slope_se, 0.10733725177440925), L9(p_value, 0.012938633762597471),
      L10(slope_low, 0.12942087730078639),
      L10(slope_high, 0.68125925669762277), L6(slope, 0.405340),
      L3(p_value, 0.01294)}},
    {"linear: the METHODS vector at 90%", SERIES_T, series_rate, NULL, NULL,
     7, 0.90, -1,
     {L10(slope_low, 0.18905031241314393),
      L10(slope_high, 0.62162982158526503)}},
    /* METHODS §3.3: IRR 1.065602, p 4.19e-24, dispersion 5.637, quasi p
     * 0.00797.  R (tc <- t - mean(t); ctl <- glm.control(epsilon = 1e-14,
     * maxit = 100)):
     *   g <- glm(x ~ tc + offset(log(p)), family = poisson, control = ctl)
     *   q <- glm(x ~ tc + offset(log(p)), family = quasipoisson,
     *            control = ctl)
     *   b1 = 0.063540091822736733, se = 0.0062743135842797835,
     *   p = 4.1923647626308508e-24, b0 = coef(g)[1] - b1 * 2021 =
     *   -133.46944394387751, deviance(g) = 28.032663653985129,
     *   summary(q)$dispersion = 5.6370959683355935, its p =
     *   0.0079741082630344125, exp(b1) - 1 = 0.065602206879864289.
     * Over-dispersed, so the interval is the quasi-Poisson t interval,
     * exp(b1 -/+ qt(0.975, 5) se sqrt(phi)) - 1 = 0.025567958282944447,
     * 0.10719923934476228; then METHODS's own figures. */
    {"Poisson: the METHODS vector", SERIES_T, NULL, SERIES_COUNT,
     SERIES_POP, 7, 0.95, 1,
     {P9(b1, 0.063540091822736733), P9(b0, -133.46944394387751),
      P9(b1_se, 0.0062743135842797835), P7(p_value, 4.1923647626308508e-24),
      P9(annual_change, 0.065602206879864289),
      P9(dispersion, 5.6370959683355935), P8(p_quasi, 0.0079741082630344125),
      P9(deviance, 28.032663653985129), P8(change_low, 0.025567958282944447),
      P8(change_high, 0.10719923934476228), P3(dispersion, 5.637),
      P3(p_quasi, 0.00797)}},
    /* R, as above: b1 = 0.16412375859519632, se = 0.11298861469830046,
     * p = 0.14634345955364367, b0 = -340.08172420167256, dispersion
     * 0.79798269335239502 (< 1), quasi p 0.16486252339810806, deviance
     * 5.7515491171378255.  Not over-dispersed, so the interval is the Wald
     * one, never narrowed: exp(b1 -/+ qnorm(0.975) se) - 1 =
     * -0.0557174600999083, 0.47046308364180844 (at 90%: qnorm(0.95),
     * -0.02149166505210609, 0.41902993143594225). */
    {"Poisson: zero counts, under-dispersed", ZC_T, NULL, ZC_COUNT, ZC_POP,
     7, 0.95, 0,
     {P9(b1, 0.16412375859519632), P9(b0, -340.08172420167256),
      P9(b1_se, 0.11298861469830046), P9(p_value, 0.14634345955364367),
      P9(dispersion, 0.79798269335239502), P9(p_quasi, 0.16486252339810806),
      P9(deviance, 5.7515491171378255), P9(annual_change, 0.17836013826444752),
      P8(change_low, -0.0557174600999083),
      P8(change_high, 0.47046308364180844)}},
    {"Poisson: zero counts at 90%", ZC_T, NULL, ZC_COUNT, ZC_POP, 7, 0.90,
     -1,
     {P8(change_low, -0.02149166505210609),
      P8(change_high, 0.41902993143594225)}},
};

static void test_fit_table(void **state)
{
    (void)state;
    for (int i = 0; i < 7; i++)
        series_rate[i] = (double)SERIES_COUNT[i] / SERIES_POP[i] * 1000.0;
    for (size_t i = 0; i < sizeof fit_cases / sizeof fit_cases[0]; i++) {
        const struct fit_case *fc = &fit_cases[i];
        if (fc->y != NULL) {
            ct_trend_linear_fit f;
            assert_int_in(fc->name, ct_trend_linear(fc->t, fc->y, fc->n,
                                                    fc->confidence, &f, NULL),
                          CT_STATUS_OK);
            assert_int_in(fc->name, f.n, fc->n);
            assert_fields(fc->name, &f, fc->fields, 12);
            continue;
        }
        ct_trend_poisson_fit f;
        ct_error err = CT_ERROR_INIT;
        assert_int_in(fc->name, ct_trend_poisson(fc->t, fc->count, fc->pop,
                                                 fc->n, fc->confidence, &f,
                                                 &err),
                      CT_STATUS_OK);
        if (fc->quasi >= 0)
            assert_int_in(fc->name, f.quasi, fc->quasi);
        assert_true_in(fc->name, f.iterations >= 2 && f.iterations < 100);
        assert_fields(fc->name, &f, fc->fields, 12);
    }
}

/* METHODS §3.3 quotes the rate ratio: IRR 1.065602. */
static void test_poisson_methods_irr(void **state)
{
    (void)state;
    ct_trend_poisson_fit f;
    assert_int_equal(ct_trend_poisson(SERIES_T, SERIES_COUNT, SERIES_POP, 7,
                                      0.95, &f, NULL),
                     CT_STATUS_OK);
    assert_close(1.0 + f.annual_change, 1.065602, 1e-6);
}

/* y = 2 + 3t exactly: slope 3 and intercept 2 (hand arithmetic); the
 * residuals are rounding noise, so se is ~0 and p ~0. */
static void test_linear_exact_line(void **state)
{
    (void)state;
    const double t[4] = {1, 2, 3, 4}, y[4] = {5, 8, 11, 14};
    ct_trend_linear_fit f;
    assert_int_equal(ct_trend_linear(t, y, 4, 0.95, &f, NULL), CT_STATUS_OK);
    assert_close(f.slope, 3.0, 1e-12);
    assert_close(f.intercept, 2.0, 1e-12);
    assert_true(f.slope_se < 1e-12);
    assert_true(f.p_value < 1e-12);
}

static void test_linear_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    const double t[3] = {2020, 2020, 2020}, y[3] = {1, 2, 3};
    const double tn[3] = {1, 2, 3}, yn[3] = {1, NAN, 3};
    ct_trend_linear_fit f;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_trend_linear(tn, y, 2, 0.95, &f, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "at least 3"));
    ct_error_clear(&err);
    assert_int_equal(ct_trend_linear(t, y, 3, 0.95, &f, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "different times"));
    assert_int_equal(ct_trend_linear(tn, yn, 3, 0.95, &f, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_trend_linear(tn, y, 3, 0.0, &f, NULL),
                     CT_STATUS_DOMAIN);
}

/* ---- Poisson regression ------------------------------------------------- */

/* Events only in the last year: the likelihood rises without bound as b1
 * grows (no finite estimate; R's glm stops with "fitted rates numerically
 * 0"), so IRLS must report failure, not a number. */
static void test_poisson_no_finite_estimate_is_numeric_error(void **state)
{
    (void)state;
    const double t[5] = {2019, 2020, 2021, 2022, 2023};
    const int64_t x[5] = {0, 0, 0, 0, 7};
    const double p[5] = {1000, 1000, 1000, 1000, 1000};
    ct_trend_poisson_fit f;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_trend_poisson(t, x, p, 5, 0.95, &f, &err),
                  CT_STATUS_NUMERIC, &err);
    assert_non_null(strstr(err.message, "Poisson regression"));
}

static void test_poisson_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    const double t[3] = {1, 2, 3}, p[3] = {100, 100, 100};
    const double p0[3] = {100, 0, 100};
    const int64_t zero[3] = {0, 0, 0}, neg[3] = {1, -1, 2},
                  ok[3] = {1, 2, 3};
    ct_trend_poisson_fit f;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_trend_poisson(t, zero, p, 3, 0.95, &f, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "every count is 0"));
    assert_int_equal(ct_trend_poisson(t, neg, p, 3, 0.95, &f, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_trend_poisson(t, ok, p0, 3, 0.95, &f, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_trend_poisson(t, ok, p, 2, 0.95, &f, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_trend_poisson(t, ok, p, 3, 1.0, &f, NULL),
                     CT_STATUS_DOMAIN);
}

/* ---- Mann-Kendall and Sen's slope --------------------------------------- */

/* Mann-Kendall and Sen's slope, one case a row.  R, the mk.test formulas
 * written out (S from sign(), Var with sum(g*(g-1)*(2*g+5)) over table(x),
 * z = (S-1)/sqrt(Var), 2*pnorm(-abs(z)); tau = S / sqrt((n0 -
 * sum(g*(g-1)/2)) n0); Sen = median of the pairwise slopes).  S is checked
 * exactly; var_s, z, tau and Sen to 'tol', p to 'p_tol'.  var_s NAN: not
 * checked; tau NAN: must be NaN.  A case with 'series' set reads the
 * METHODS §3.4 series (SERIES_T, SERIES_COUNT), reversed if 'reversed'. */
static const struct mk_case {
    const char *name;
    bool series, reversed;
    size_t n;
    double t[8], x[8];
    double s, var_s, z, p_value, tau, sen_slope;
    double tol, p_tol;
    double methods_z, methods_p; /* METHODS' rounded figures, to 1e-4;
                                    NAN where METHODS gives none */
} mk_cases[] = {
    /* METHODS §3.4 vector: S 20, Var 43.3333, z 2.8863, p 0.003898.  R:
     * Var 43.333333333333336, z 2.8863071961884499, p
     * 0.0038979149056319641, tau 0.9759000729485332 (= cor(t, x, method =
     * "kendall"), tau-b), Sen 49.5 (the median of 21 slopes).  METHODS'
     * own z 2.8863 and p 0.003898 are checked to 1e-4 too. */
    {"METHODS §3.4 vector", true, false, 7, {0}, {0}, 20.0,
     43.333333333333336, 2.8863071961884499, 0.0038979149056319641,
     0.9759000729485332, 49.5, 1e-12, 1e-10, 2.8863, 0.003898},
    /* The series reversed: S = -20 and the continuity correction moves z
     * towards 0 from below, z = (S + 1)/sqrt(Var).  R, as above: z
     * -2.8863071961884499, tau -0.9759000729485332, Sen -49.5. */
    {"decreasing", true, true, 7, {0}, {0}, -20.0, NAN,
     -2.8863071961884499, 0.0038979149056319641, -0.9759000729485332,
     -49.5, 1e-12, 1e-10, NAN, NAN},
    /* Two groups of ties (3, 3 and 8, 8, 8): x = 5, 3, 3, 8, 8, 8, 1, 9 on
     * t = 1..8.  R, as above: S 8, Var 60.666666666666664 (= (8*7*21 -
     * 2*1*9 - 3*2*11)/18), z 0.89871703427291716, p 0.36880340134896,
     * tau-b 0.30860669992418382 (cor(..., method = "kendall") =
     * 0.30860669992418388), Sen 0.41666666666666663 (an even number, 28,
     * of slopes: the mean of the middle two). */
    {"ties", false, false, 8, {1, 2, 3, 4, 5, 6, 7, 8},
     {5, 3, 3, 8, 8, 8, 1, 9}, 8.0, 60.666666666666664,
     0.89871703427291716, 0.36880340134896, 0.30860669992418382,
     0.41666666666666663, 1e-12, 1e-10, NAN, NAN},
    /* Sen's slope divides by the time gap, not the index gap: t = 2000,
     * 2001, 2003, 2007, 2008, x = 10, 12, 11, 20, 25.  R, as above: S 8,
     * Var 16.666666666666668, z 1.7146428199482247, p
     * 0.086410732973700027, tau 0.8, Sen 1.8660714285714286 (the
     * index-gap median would differ). */
    {"Sen uses time", false, false, 5, {2000, 2001, 2003, 2007, 2008},
     {10, 12, 11, 20, 25}, 8.0, 16.666666666666668, 1.7146428199482247,
     0.086410732973700027, 0.8, 1.8660714285714286, 1e-12, 1e-10, NAN,
     NAN},
    /* Every value equal: S = 0 and Var(S) = (4*3*13 - 4*3*13)/18 = 0
     * (hand), z = 0, p = 1; tau-b is 0/0 (R's cor gives NA); every slope
     * is 0. */
    {"all equal", false, false, 4, {1, 2, 3, 4}, {5, 5, 5, 5}, 0.0, 0.0,
     0.0, 1.0, NAN, 0.0, 0.0, 0.0, NAN, NAN},
};

static void test_mann_kendall_table(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof mk_cases / sizeof mk_cases[0]; k++) {
        const struct mk_case *c = &mk_cases[k];
        double x[8];
        const double *t = c->series ? SERIES_T : c->t;
        for (size_t i = 0; i < c->n; i++)
            x[i] = !c->series ? c->x[i]
                   : (double)SERIES_COUNT[c->reversed ? c->n - 1 - i : i];
        ct_trend_mann_kendall_result mk;
        assert_int_in(c->name, ct_trend_mann_kendall(t, x, c->n, &mk, NULL),
                      CT_STATUS_OK);
        assert_close_in(c->name, mk.s, c->s, 0.0);
        if (!isnan(c->var_s))
            assert_close_in(c->name, mk.var_s, c->var_s, c->tol);
        assert_close_in(c->name, mk.z, c->z, c->tol);
        assert_close_in(c->name, mk.p_value, c->p_value, c->p_tol);
        if (isnan(c->tau))
            assert_nan(mk.tau);
        else
            assert_close_in(c->name, mk.tau, c->tau, c->tol);
        assert_close_in(c->name, mk.sen_slope, c->sen_slope, c->tol);
        if (!isnan(c->methods_z)) {
            assert_close_in(c->name, mk.z, c->methods_z, 1e-4);
            assert_close_in(c->name, mk.p_value, c->methods_p, 1e-4);
        }
    }
}

static void test_mann_kendall_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    const double t[3] = {1, 3, 2}, tt[3] = {1, 2, 2}, x[3] = {1, 2, 3};
    const double ok[3] = {1, 2, 3}, xn[3] = {1, NAN, 3};
    ct_trend_mann_kendall_result mk;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_trend_mann_kendall(t, x, 3, &mk, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "ascending"));
    assert_int_equal(ct_trend_mann_kendall(tt, x, 3, &mk, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_trend_mann_kendall(ok, xn, 3, &mk, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_trend_mann_kendall(ok, x, 2, &mk, NULL),
                     CT_STATUS_DOMAIN);
}

/* ---- XmR charts --------------------------------------------------------- */

/* The case of a table being run, named in a failure (NULL outside one). */
static const char *xmr_case;

/* Runs the chart and checks each point's rule against 'want'. */
static ct_trend_xmr_limits xmr_rules(const double *x, size_t n, bool screen,
                        const ct_trend_xmr_rule *want)
{
    ct_trend_xmr_limits c;
    ct_trend_xmr_rule rule[64];
    assert_true(n <= 64);
    assert_int_equal(ct_trend_xmr(x, n, screen, &c, rule, NULL), CT_STATUS_OK);
    for (size_t i = 0; i < n; i++) {
        if (rule[i] != want[i])
            print_error("%s%spoint %zu: rule '%s', expected '%s'\n",
                        xmr_case ? xmr_case : "", xmr_case ? ": " : "", i + 1,
                        ct_trend_xmr_rule_name(rule[i]),
                        ct_trend_xmr_rule_name(want[i]));
        assert_int_equal(rule[i], want[i]);
    }
    return c;
}

#define N_ CT_TREND_XMR_NONE
#define O_ CT_TREND_XMR_OUTSIDE_LIMITS
#define T_ CT_TREND_XMR_TREND
#define W_ CT_TREND_XMR_TWO_OF_THREE
#define S_ CT_TREND_XMR_SHIFT

/* Precedence between the rules, on series made of 'pairs' alternating
 * pairs (first, second), a run of seven, then 'pairs' pairs (second,
 * first).  Points from..to-1 (counting from 0) carry 'label', except the
 * listed points that carry a higher-precedence one.  Every value is from
 * the R transcription of NHSRplotthedots. */
/* A limit of the chart, checked to 1e-12. */
#define X(f, w) FIELD(ct_trend_xmr_limits, f, w, 1e-12)

/* The XmR rules on short series: every point's rule, and the chart's
 * figures (R transcriptions of NHSRplotthedots' rules). */
static const struct xmr_case {
    const char *name;
    /* Each point's rule: '.' none, 'T' trend, 'S' shift, 'W' 2 of 3. */
    const char *rules;
    double x[17];
    struct field_check fields[6];
} xmr_cases[] = {
    /* METHODS §3.5 vector: mean 103.25, AMR 10, limits 76.65 and 129.85
     * (by hand: 1239 / 12; MRs sum to 110 over 11).  Near limits 103.25
     * -/+ (2/3) 26.6 = 120.98333333333333 and 85.516666666666666.  No
     * special cause. */
    {"the METHODS vector", "............",
     {102, 95, 110, 98, 105, 99, 120, 101, 97, 104, 108, 100},
     {X(mean, 103.25), X(amr, 10.0), X(upper, 129.85), X(lower, 76.65),
      X(near_upper, 120.98333333333333), X(near_lower, 85.516666666666666)}},
    /* 45, 46, ..., 51 (points 6-12) rise strictly: all seven are flagged,
     * and nothing else (mean 49.06666666666667, AMR
     * 2.5714285714285716). */
    {"a seven-point rise", ".....TTTTTTT...",
     {50, 47, 53, 49, 51, 45, 46, 47, 48, 49, 50, 51, 48, 52, 50},
     {X(mean, 49.06666666666667), X(amr, 2.5714285714285716)}},
    /* Reversed in time, the same seven fall strictly and are flagged
     * too. */
    {"a seven-point fall", "...TTTTTTT.....",
     {50, 52, 48, 51, 50, 49, 48, 47, 46, 45, 51, 49, 53, 47, 50},
     {{0}}},
    /* A tie inside the run (47, 47) breaks it: no point is flagged. */
    {"a tie breaks a trend", "...............",
     {50, 47, 53, 49, 51, 45, 46, 47, 47, 49, 50, 51, 48, 52, 50},
     {{0}}},
    /* Points 6-12 (11, 12, 11, 11.5, 12, 11, 12) all lie above the mean
     * 171.5 / 17 = 10.088235294117647 (hand) and inside the near limits: a
     * shift, all seven flagged (AMR 5.375). */
    {"a seven-point shift", ".....SSSSSSS.....",
     {5, 15, 4, 14, 6, 11, 12, 11, 11.5, 12, 11, 12, 5, 14, 4, 13, 11},
     {X(mean, 10.088235294117647), X(amr, 5.375)}},
    /* The same series with 10 in place of 11.5: the mean becomes exactly
     * 170 / 17 = 10 (hand), so the fourth point of the run sits on the
     * mean and breaks it into two runs of three: nothing flagged. */
    {"a point on the mean breaks a shift", ".................",
     {5, 15, 4, 14, 6, 11, 12, 11, 10, 12, 11, 12, 5, 14, 4, 13, 11},
     {X(mean, 10.0)}},
    /* 19, 12, 19 (points 8-10) all above the mean 11.266666666666667, the
     * two 19s beyond the near limit 16.966666666666669 and inside the
     * limit 19.81666666666667: 2 of 3 flags the two 19s but not the 12.
     * Points 1-7 (10, 9, 11, 10, 9, 11, 10) are all below the mean: a
     * shift. */
    {"2 of 3 beyond the near limit", "SSSSSSSW.W.....",
     {10, 9, 11, 10, 9, 11, 10, 19, 12, 19, 10, 9, 11, 10, 9},
     {X(near_upper, 16.966666666666669), X(upper, 19.81666666666667)}},
    /* With 8 in place of 12 the window is no longer on one side and
     * nothing is flagged (mean 11, near limit 17.713333333333335). */
    {"2 of 3 not on one side", "...............",
     {10, 9, 11, 10, 9, 11, 10, 19, 8, 19, 10, 9, 11, 10, 9},
     {X(near_upper, 17.713333333333335)}},
};

static void test_xmr_rules_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof xmr_cases / sizeof xmr_cases[0]; i++) {
        const struct xmr_case *xc = &xmr_cases[i];
        size_t n = strlen(xc->rules);
        ct_trend_xmr_rule want[17];
        for (size_t k = 0; k < n; k++)
            want[k] = xc->rules[k] == 'T'   ? T_
                      : xc->rules[k] == 'S' ? S_
                      : xc->rules[k] == 'W' ? W_
                                            : N_;
        xmr_case = xc->name;
        ct_trend_xmr_limits c = xmr_rules(xc->x, n, false, want);
        assert_fields(xc->name, &c, xc->fields, 6);
    }
    xmr_case = NULL;
}

/* The METHODS vector's count of points; the rule array is optional. */
static void test_xmr_rule_array_is_optional(void **state)
{
    (void)state;
    const struct xmr_case *xc = &xmr_cases[0];
    ct_trend_xmr_limits c;
    assert_int_equal(ct_trend_xmr(xc->x, 12, false, &c, NULL, NULL),
                     CT_STATUS_OK);
    assert_int_equal(c.n, 12);
    assert_close(c.upper, 129.85, 1e-12);
}

static const struct xmr_precedence_case {
    const char *name;
    int pairs;
    double first, second;
    double run[7];
    int from, to;
    ct_trend_xmr_rule label;
    struct {
        int at;                 /* -1: none */
        ct_trend_xmr_rule rule;
    } except[2];
    struct field_check checks[4];
} xmr_precedence_cases[] = {
    /* A point outside the limits inside a shift takes the
     * higher-precedence label: 16 points alternating 13, 7, then 12, 12.5,
     * 12, 35, 12, 12.5, 12 (all above the mean 10.974358974358974), then
     * 7, 13 alternating.  The 35 is above 27.634358974358975 (AMR
     * 6.2631578947368425). */
    {"outside limits over shift", 8, 13, 7,
     {12, 12.5, 12, 35, 12, 12.5, 12}, 16, 23, S_,
     {{19, O_}, {-1, N_}},
     {X(mean, 10.974358974358974), X(amr, 6.2631578947368425),
      X(upper, 27.634358974358975)}},
    /* Trend over shift: 8 alternating pairs 13, 7, then 11, 11.5, ..., 14
     * (seven points rising by 0.5, all above the mean
     * 10.448717948717949), then pairs 7, 13.  The 7 before the run rises
     * to the 11 too, so eight points form the trend (points 16-23
     * "trend"); the seven above the mean would also be a shift, but trend
     * comes first. */
    {"trend over shift", 8, 13, 7, {11, 11.5, 12, 12.5, 13, 13.5, 14}, 15,
     23, T_, {{-1, N_}, {-1, N_}},
     {X(mean, 10.448717948717949)}},
    /* 2 of 3 over shift: 10 pairs 11, 9, then 11, 12, 15.5, 11.5, 15.5,
     * 12, 11 (all above the mean 10.393617021276595), then pairs 9, 11.
     * The two 15.5s lie between the near limit 14.133037311131668 and the
     * limit 16.002747456059204 in the window 15.5, 11.5, 15.5, so they are
     * "2 of 3"; the other five of the run are "shift". */
    {"2 of 3 over shift", 10, 11, 9, {11, 12, 15.5, 11.5, 15.5, 12, 11}, 20,
     27, S_, {{22, W_}, {24, W_}},
     {X(near_upper, 14.133037311131668),
      X(upper, 16.002747456059204)}},
    /* Trend over 2 of 3: 10 pairs 11, 9, then 10.5, 11, 11.5, 12, 12.5,
     * 15, 15.5, then pairs 9, 11.  The 15 and 15.5 lie between the near
     * limit 13.813993216157879 and the limit 15.52950046253469 in a window
     * above the mean, but they end a rising run of eight (from the 9
     * before it), so all eight are "trend". */
    {"trend over 2 of 3", 10, 11, 9, {10.5, 11, 11.5, 12, 12.5, 15, 15.5},
     19, 27, T_, {{-1, N_}, {-1, N_}},
     {X(near_upper, 13.813993216157879),
      X(upper, 15.52950046253469)}},
};

#undef X

static void test_xmr_precedence_table(void **state)
{
    (void)state;
    size_t n_cases = sizeof xmr_precedence_cases
                     / sizeof xmr_precedence_cases[0];
    for (size_t k = 0; k < n_cases; k++) {
        const struct xmr_precedence_case *pc = &xmr_precedence_cases[k];
        double x[64];
        ct_trend_xmr_rule want[64];
        int lead = 2 * pc->pairs, n = 2 * lead + 7;
        for (int i = 0; i < lead; i++) {
            x[i] = i % 2 == 0 ? pc->first : pc->second;
            x[lead + 7 + i] = i % 2 == 0 ? pc->second : pc->first;
        }
        for (int i = 0; i < 7; i++)
            x[lead + i] = pc->run[i];
        for (int i = 0; i < n; i++)
            want[i] = i >= pc->from && i < pc->to ? pc->label : N_;
        for (int e = 0; e < 2; e++)
            if (pc->except[e].at >= 0)
                want[pc->except[e].at] = pc->except[e].rule;
        xmr_case = pc->name;
        ct_trend_xmr_limits c = xmr_rules(x, (size_t)n, false, want);
        assert_fields(pc->name, &c, pc->checks, 4);
    }
    xmr_case = NULL;
}

/* Screening drops a moving range equal to 3.267 AMR (NHSRplotthedots
 * keeps only mr < 3.267 * amr).  The MRs are 748 (x8), 3267 and 749:
 * AMR = 10000 / 10 = 1000 and 3.267 * 1000 rounds to exactly 3267 (R:
 * 3.267 * 1000 == 3267 is TRUE), so the 3267 goes and AMR becomes
 * 6733 / 9 (hand).  With the narrower limits, points 1, 3, 5, 6, 8 and 10
 * are "2 of 3" (R transcription with screen_outliers). */
static void test_xmr_screening_drops_range_equal_to_cut(void **state)
{
    (void)state;
    const double x[11] = {5000, 5748, 5000, 5748, 5000, 8267, 7519, 8267,
                          7519, 8267, 7518};
    const ct_trend_xmr_rule plain[11] = {N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
                                   N_};
    ct_trend_xmr_limits c = xmr_rules(x, 11, false, plain);
    assert_close(c.amr, 1000.0, 1e-12);
    const ct_trend_xmr_rule screened[11] = {W_, N_, W_, N_, W_, W_, N_, W_, N_, W_,
                                      N_};
    c = xmr_rules(x, 11, true, screened);
    assert_close(c.amr, 6733.0 / 9.0, 1e-12);
}

/* A spike of 40: the MRs 29 and 29 are >= 3.267 * 7.4444 = 24.32 and are
 * dropped; the rest average 9/7 = 1.2857142857142858 (hand).  Unscreened,
 * only the spike is outside (limit 33.602222222222224); screened, the
 * narrow limits 10.380000000000001..17.220000000000002 put points 1, 3 and
 * 8 (10, 10, 10) below too.  (R transcription of NHSRplotthedots, with
 * screen_outliers.) */
static void test_xmr_screening(void **state)
{
    (void)state;
    const double x[10] = {10, 11, 10, 12, 11, 40, 11, 10, 12, 11};
    const ct_trend_xmr_rule plain[10] = {N_, N_, N_, N_, N_, O_, N_, N_, N_, N_};
    ct_trend_xmr_limits c = xmr_rules(x, 10, false, plain);
    assert_close(c.amr, 7.4444444444444446, 1e-12);
    assert_close(c.upper, 33.602222222222224, 1e-12);

    const ct_trend_xmr_rule screened[10] = {O_, N_, O_, N_, N_, O_, N_, O_, N_,
                                      N_};
    c = xmr_rules(x, 10, true, screened);
    assert_close(c.amr, 9.0 / 7.0, 1e-12);
    assert_close(c.upper, 17.220000000000002, 1e-12);
    assert_close(c.lower, 10.380000000000001, 1e-12);
}

/* A flat series has AMR 0; screening must not discard every MR (0 >= 0)
 * and leave a NaN.  Limits collapse onto the mean; nothing is flagged. */
static void test_xmr_flat_series(void **state)
{
    (void)state;
    const double x[8] = {5, 5, 5, 5, 5, 5, 5, 5};
    const ct_trend_xmr_rule want[8] = {N_, N_, N_, N_, N_, N_, N_, N_};
    ct_trend_xmr_limits c = xmr_rules(x, 8, true, want);
    assert_close(c.amr, 0.0, 0.0);
    assert_close(c.upper, 5.0, 0.0);
    assert_close(c.lower, 5.0, 0.0);
}

/* Issue "XmR on a flat series flags every point": eight years of 100
 * offences per 30,000 people, 100 / 30000 * 1000 = 3.3333333333333335 each.
 * A one-pass sum / n gives 3.333333333333333, one ulp below every value,
 * so with AMR 0 every point lay "outside" limits that collapse onto that
 * mean.  R's two-pass mean (METHODS-ADDENDUM §0) returns the value itself,
 * every point is on the mean and there is no signal (§B.5.1). */
static void test_xmr_flat_rate_series_has_no_signal(void **state)
{
    (void)state;
    double x[8];
    for (int i = 0; i < 8; i++)
        x[i] = 100.0 / 30000.0 * 1000.0;
    const ct_trend_xmr_rule want[8] = {N_, N_, N_, N_, N_, N_, N_, N_};
    ct_trend_xmr_limits c = xmr_rules(x, 8, false, want);
    assert_close(c.mean, x[0], 0.0);
    assert_close(c.upper, x[0], 0.0);
    assert_close(c.lower, x[0], 0.0);
    xmr_rules(x, 8, true, want);
}

/* ---- XmR as NHSRplotthedots 0.2.2 (METHODS-ADDENDUM §B) ----------------- */

/* §B.6: 24 monthly counts, sum 2400. */
static const double B6[24] = {95, 97, 93, 96, 94, 128, 95, 92, 103, 105,
                              102, 100, 104, 106, 103, 105, 96, 110, 101,
                              111, 96, 93, 90, 85};

/* Runs ct_trend_xmr_chart and checks every point's rule against 'want'. */
static void chart_rules(const double *x, size_t n, const ct_trend_xmr_options *o,
                        ct_trend_xmr_point *p, const ct_trend_xmr_rule *want)
{
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_trend_xmr_chart(x, n, o, p, &err), CT_STATUS_OK);
    for (size_t i = 0; i < n; i++) {
        if (p[i].rule != want[i])
            print_error("%s%spoint %zu: rule '%s', expected '%s'\n",
                        xmr_case ? xmr_case : "", xmr_case ? ": " : "", i + 1,
                        ct_trend_xmr_rule_name(p[i].rule),
                        ct_trend_xmr_rule_name(want[i]));
        assert_int_equal(p[i].rule, want[i]);
    }
}

/* Default (screening on, a point on the mean breaks a run, the package's
 * 2 of 3).  §B.6: mean 100 exactly (point 12 on it); 23 MRs sum to 178,
 * AMR0 178/23; the MRs 34 and 33 (points 6, 7) are >= 3.267 AMR0 =
 * 25.2837 and dropped: AMR 111/21 = 5.28571428571 (hand); limits 100 -/+
 * 2.66 x 111/21 = 114.06 and 85.94, near 109.3733 and 90.6267.  Point 6
 * above; 18 and 20 "2 of 3" (19 is in the window but not beyond the near
 * line); 23 is beyond it but 24 is outside, which does not count; 24
 * below.  Points 9-11 and 13-16 are runs of 3 and 4 either side of point
 * 12, which sits on the mean and breaks them. */
static void test_xmr_chart_worked_example(void **state)
{
    (void)state;
    ct_trend_xmr_point p[24];
    ct_trend_xmr_rule want[24];
    for (int i = 0; i < 24; i++)
        want[i] = N_;
    want[5] = O_;
    want[17] = W_;
    want[19] = W_;
    want[23] = O_;
    chart_rules(B6, 24, NULL, p, want);
    assert_close(p[0].mean, 100.0, 0.0);
    assert_int_equal(p[11].side, 0);
    assert_close(p[0].amr, 111.0 / 21.0, 1e-12);
    assert_close(p[0].upper, 114.06, 1e-12);
    assert_close(p[0].lower, 85.94, 1e-12);
    assert_close(p[0].near_upper, 109.37333333333333, 1e-12);
    assert_close(p[0].near_lower, 90.626666666666665, 1e-12);
    assert_false(p[0].no_variation);
    assert_false(p[0].short_group);
    assert_int_equal(p[23].group, 0);

    /* --on-mean skip: 9-11 and 13-16 join into 7 Points Above CL; the
     * point on the mean itself is not marked. */
    ct_trend_xmr_options o;
    ct_trend_xmr_options_init(&o);
    o.on_mean = CT_TREND_XMR_ON_MEAN_SKIP;
    for (int i = 8; i < 16; i++)
        want[i] = i == 11 ? N_ : S_;
    chart_rules(B6, 24, &o, p, want);

    /* mdc2023: points beyond 3 sigma count too, so 23 is "2 of 3". */
    ct_trend_xmr_options_init(&o);
    o.two_in_three = CT_TREND_XMR_TWO_IN_THREE_MDC2023;
    for (int i = 8; i < 16; i++)
        want[i] = N_;
    want[22] = W_;
    chart_rules(B6, 24, &o, p, want);

    /* No screening (the MDC spreadsheets): AMR 178/23 = 7.73913043478,
     * limits 79.4139130435-120.586086957; only point 6 is special. */
    ct_trend_xmr_options_init(&o);
    o.screen = false;
    for (int i = 0; i < 24; i++)
        want[i] = i == 5 ? O_ : N_;
    chart_rules(B6, 24, &o, p, want);
    assert_close(p[0].amr, 178.0 / 23.0, 1e-12);
    assert_close(p[0].lower, 79.413913043478261, 1e-12);
    assert_close(p[0].upper, 120.58608695652174, 1e-12);
}

/* fix_after_n_points = 12 (§B.6): the first 12 points give mean 1200/12 =
 * 100 and 11 MRs summing to 99, AMR0 9; the MRs 34 and 33 are >= 29.403
 * and dropped, AMR 32/9 = 3.5556 (hand); limits 90.5422-109.4578 extend
 * to the later points: 6, 18 and 20 are above, 23 and 24 below. */
static void test_xmr_chart_fix_after_12(void **state)
{
    (void)state;
    ct_trend_xmr_point p[24];
    ct_trend_xmr_options o;
    ct_trend_xmr_options_init(&o);
    o.fix_after = 12;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_trend_xmr_chart(B6, 24, &o, p, &err), CT_STATUS_OK);
    assert_close(p[23].mean, 100.0, 0.0);
    assert_close(p[23].amr, 32.0 / 9.0, 1e-12);
    assert_close(p[23].lower, 100 - 2.66 * 32.0 / 9.0, 1e-12);
    assert_close(p[23].upper, 100 + 2.66 * 32.0 / 9.0, 1e-12);
    assert_close(p[0].upper, 109.45777777777778, 1e-12);
    const int outside[5] = {5, 17, 19, 22, 23};
    for (int k = 0; k < 5; k++)
        assert_int_equal(p[outside[k]].rule, O_);
    /* Fewer than 12 points fixed is refused, as the package does. */
    o.fix_after = 11;
    assert_int_equal(ct_trend_xmr_chart(B6, 24, &o, p, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "12 or more"));
}

/* rebase at point 13 (§B.6): group 1 (1-12) mean 100, AMR 32/9 (as
 * above), only point 6 special; group 2 (13-24) mean 1200/12 = 100, MRs
 * sum to 75 over 11, none dropped (cut 22.28): AMR 75/11 = 6.81818, limits
 * 81.8636-118.1364, all common cause (hand).  Both groups have 12 points:
 * trial limits.  A rebase at 0 or past the end is ignored. */
static void test_xmr_chart_rebase(void **state)
{
    (void)state;
    ct_trend_xmr_point p[24];
    ct_trend_xmr_options o;
    ct_trend_xmr_options_init(&o);
    const size_t at[3] = {12, 0, 99};
    o.rebase = at;
    o.n_rebase = 3;
    ct_trend_xmr_rule want[24];
    for (int i = 0; i < 24; i++)
        want[i] = i == 5 ? O_ : N_;
    chart_rules(B6, 24, &o, p, want);
    assert_int_equal(p[11].group, 0);
    assert_int_equal(p[12].group, 1);
    assert_close(p[0].amr, 32.0 / 9.0, 1e-12);
    assert_close(p[12].mean, 100.0, 0.0);
    assert_close(p[12].amr, 75.0 / 11.0, 1e-12);
    assert_close(p[23].lower, 100 - 2.66 * 75.0 / 11.0, 1e-12);
    assert_close(p[23].upper, 118.13636363636364, 1e-12);
    assert_true(p[0].short_group && p[23].short_group);
}

/* §B.2 trend vectors (NHSRplotthedots' own tests): 10 12 14 14 16 18 20
 * 22 has no trend (the tie breaks it); 10 12 14 15 16 18 20 22 is one
 * trend of all 8 points, of which the first and last are also outside
 * the limits (mean 127/8 = 15.875, AMR 12/7: 11.315-20.435, hand), which
 * takes precedence. */
static void test_xmr_chart_trend_vectors(void **state)
{
    (void)state;
    const double tie[8] = {10, 12, 14, 14, 16, 18, 20, 22};
    const double rise[8] = {10, 12, 14, 15, 16, 18, 20, 22};
    ct_trend_xmr_point p[8];
    assert_int_equal(ct_trend_xmr_chart(tie, 8, NULL, p, NULL), CT_STATUS_OK);
    for (int i = 0; i < 8; i++)
        assert_int_not_equal(p[i].rule, T_);
    const ct_trend_xmr_rule want[8] = {O_, T_, T_, T_, T_, T_, T_, O_};
    chart_rules(rise, 8, NULL, p, want);
    assert_close(p[0].upper, 15.875 + 2.66 * 12.0 / 7.0, 1e-12);
}

/* The flat series of 8 x (100/30000 x 1000): every point is on R's mean
 * exactly, the moving ranges are 0 ("no variation") and nothing is
 * flagged.  A tolerance widens "on the mean": with 3, in the §B.6 series
 * (mean 100) 103 counts as on it while 105 and 96 do not.  A negative
 * tolerance is refused. */
static void test_xmr_chart_tolerance_and_flat(void **state)
{
    (void)state;
    double flat[8];
    for (int i = 0; i < 8; i++)
        flat[i] = 100.0 / 30000.0 * 1000.0;
    ct_trend_xmr_point p[24];
    assert_int_equal(ct_trend_xmr_chart(flat, 8, NULL, p, NULL), CT_STATUS_OK);
    for (int i = 0; i < 8; i++) {
        assert_int_equal(p[i].side, 0);
        assert_int_equal(p[i].rule, N_);
        assert_true(p[i].no_variation);
    }
    ct_trend_xmr_options o;
    ct_trend_xmr_options_init(&o);
    o.tolerance = 3;
    assert_int_equal(ct_trend_xmr_chart(B6, 24, &o, p, NULL), CT_STATUS_OK);
    assert_int_equal(p[8].side, 0);   /* 103 */
    assert_int_equal(p[9].side, 1);   /* 105 */
    assert_int_equal(p[16].side, -1); /* 96 */
    o.tolerance = -1;
    assert_int_equal(ct_trend_xmr_chart(B6, 24, &o, p, NULL), CT_STATUS_DOMAIN);
}

static void test_xmr_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    const double x[3] = {1, NAN, 3};
    ct_trend_xmr_limits c;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_trend_xmr(x, 1, false, &c, NULL, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "at least 2"));
    assert_int_equal(ct_trend_xmr(x, 3, false, &c, NULL, NULL),
                     CT_STATUS_DOMAIN);
}

int main(void)
{
    ct_stats_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trend_direction_name_all_values),
        cmocka_unit_test(test_xmr_rule_name_all_values),
        cmocka_unit_test(test_stats_wls_matches_lm),
        cmocka_unit_test(test_stats_wls_too_few_or_degenerate),
        cmocka_unit_test(test_stats_distributions),
        cmocka_unit_test(test_stats_median),
        cmocka_unit_test(test_marker_values_methods_vector_is_decreasing),
        cmocka_unit_test(test_marker_values_threshold_is_9_5495),
        cmocka_unit_test(test_marker_values_fewer_than_five_cannot),
        cmocka_unit_test(test_marker_values_missing_value_cannot),
        cmocka_unit_test(test_marker_values_repeated_time_cannot),
        cmocka_unit_test(test_marker_values_zero_width_cannot),
        cmocka_unit_test(test_marker_values_bad_arguments_are_domain_errors),
        cmocka_unit_test(test_marker_proportions_cannot_cases),
        cmocka_unit_test(test_marker_intercept),
        cmocka_unit_test(
            test_marker_proportions_bad_counts_are_domain_errors),
        cmocka_unit_test(test_marker_table),
        cmocka_unit_test(test_fit_table),
        cmocka_unit_test(test_poisson_methods_irr),
        cmocka_unit_test(test_linear_exact_line),
        cmocka_unit_test(test_linear_bad_arguments_are_domain_errors),
        cmocka_unit_test(test_poisson_no_finite_estimate_is_numeric_error),
        cmocka_unit_test(test_poisson_bad_arguments_are_domain_errors),
        cmocka_unit_test(test_mann_kendall_table),
        cmocka_unit_test(test_mann_kendall_bad_arguments_are_domain_errors),
        cmocka_unit_test(test_xmr_rules_table),
        cmocka_unit_test(test_xmr_rule_array_is_optional),
        cmocka_unit_test(test_xmr_precedence_table),
        cmocka_unit_test(test_xmr_screening),
        cmocka_unit_test(test_xmr_screening_drops_range_equal_to_cut),
        cmocka_unit_test(test_xmr_flat_series),
        cmocka_unit_test(test_xmr_flat_rate_series_has_no_signal),
        cmocka_unit_test(test_xmr_bad_arguments_are_domain_errors),
        cmocka_unit_test(test_xmr_chart_worked_example),
        cmocka_unit_test(test_xmr_chart_fix_after_12),
        cmocka_unit_test(test_xmr_chart_rebase),
        cmocka_unit_test(test_xmr_chart_trend_vectors),
        cmocka_unit_test(test_xmr_chart_tolerance_and_flat),
    };
    return cmocka_run_group_tests_name("trend", tests, NULL, NULL);
}
