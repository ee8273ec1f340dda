/* test_funnel.c - unit tests of the funnel module: exact Poisson limits
 * around a pooled rate, the labels drawn against them, and Spiegelhalter's
 * over-dispersion adjustment.
 *
 * Every expected value names its independent source: R 4.2.2 (qchisq,
 * poisson.test, or METHODS-ADDENDUM §A.4 written out in R, printed with
 * sprintf('%.17g')), the worked example of METHODS-ADDENDUM §A.5 (python
 * with mpmath, quoted to 4-10 digits there), or hand arithmetic.
 * Tolerances (relative): 1e-12 for quantiles against R's qchisq; 1e-13
 * for closed forms computed the same way in R; 5e-5 for the 4-decimal
 * figures of the §A.5 table. */
#include "test_support.h"

#include <string.h>

#include "crimetrend/funnel.h"
#include "crimetrend/stats.h"

static void test_funnel_label_name_all_values(void **state)
{
    (void)state;
    assert_string_equal(ct_funnel_label_name(CT_FUNNEL_HIGH_999),
                        "High (0.001)");
    assert_string_equal(ct_funnel_label_name(CT_FUNNEL_HIGH_975),
                        "High (0.025)");
    assert_string_equal(ct_funnel_label_name(CT_FUNNEL_NOT_SIGNIFICANT),
                        "Not significant");
    assert_string_equal(ct_funnel_label_name(CT_FUNNEL_LOW_975),
                        "Low (0.025)");
    assert_string_equal(ct_funnel_label_name(CT_FUNNEL_LOW_999),
                        "Low (0.001)");
}

/* ---- Funnel limits ------------------------------------------------------ */

/* METHODS-ADDENDUM §A.4.2 limits at expected counts E from 0 to 1e9, as
 * counts (pooled rate 1, so the population is E; E = 0 through a pooled
 * rate of 0).  Reference: R 4.2.2, qchisq(0.025, 2E)/2, qchisq(0.975,
 * 2E+2)/2, qchisq(0.001, 2E)/2, qchisq(0.999, 2E+2)/2, printed with
 * sprintf('%.17g'); poisson.test(E)$conf.int agrees to 1e-15 at every
 * whole E.  GSL's chi-squared functions gave 39,987,966 for the 95% lower
 * limit at 4e7 (R: 39,987,605.05) and NaN from 1e6.  Tolerance 1e-12
 * relative (measured: 6e-14 at worst over shapes 1e-3 to 1e12). */
/* The expected counts E, in order. */
static const double REF_E[9] = {
    0,
    1,
    10,
    13,
    100,
    10000,
    1000000,
    40000000,
    1000000000,
};
/* The 95% lower limits, in order. */
static const double REF_LOW95[9] = {
    0,
    0.025317807984289876,
    4.7953886961324335,
    6.9219524910038013,
    81.363991250923149,
    9804.9524672601838,
    998040.98334029387,
    39987605.046534039,
    999938021.44392788,
};
/* The 95% upper limits, in order. */
static const double REF_HIGH95[9] = {
    3.6888794541139354,
    5.5716433909388989,
    18.390356042017778,
    22.230395918158877,
    121.62679379242637,
    10197.951624661473,
    1001961.9119454322,
    40012397.847926788,
    1000061981.4504089,
};
/* The 99.8% lower limits, in order. */
static const double REF_LOW998[9] = {
    0,
    0.0010005003335835335,
    2.9605203727437597,
    4.6110634120816636,
    71.921397495000392,
    9693.8243858237256,
    996912.61731981521,
    39980458.504637569,
    999902281.12397301,
};
/* The 99.8% upper limits, in order. */
static const double REF_HIGH998[9] = {
    6.9077552789821359,
    9.2334134764515845,
    24.133971145417586,
    28.446142696676802,
    134.92431906126444,
    10312.890675209363,
    1003094.0839149702,
    40019548.195297182,
    1000097725.5757663,
};

static void test_funnel_limits_match_r_up_to_1e9(void **state)
{
    (void)state;
    for (size_t i = 0; i < 9; i++) {
        double e = REF_E[i];
        double pooled = e > 0 ? 1.0 : 0.0, pop = e > 0 ? e : 1.0;
        double lo, hi, lo3, hi3;
        ct_error err = CT_ERROR_INIT;
        assert_int_equal(ct_funnel_limits(pooled, pop, 0.95, &lo, &hi, &err),
                         CT_STATUS_OK);
        assert_int_equal(ct_funnel_limits(pooled, pop, 0.998, &lo3, &hi3,
                                          &err),
                         CT_STATUS_OK);
        assert_close(lo * pop, REF_LOW95[i], 1e-12);
        assert_close(hi * pop, REF_HIGH95[i], 1e-12);
        assert_close(lo3 * pop, REF_LOW998[i], 1e-12);
        assert_close(hi3 * pop, REF_HIGH998[i], 1e-12);
        /* The same figures from the stats function behind them. */
        assert_int_equal(ct_stats_poisson_exact(e, 0.95, &lo, &hi, NULL),
                         CT_STATUS_OK);
        assert_close(lo, REF_LOW95[i], 1e-12);
        assert_close(hi, REF_HIGH95[i], 1e-12);
    }
    /* The figure quoted in the issue, to the event. */
    double lo, hi;
    assert_int_equal(ct_funnel_limits(1.0, 4e7, 0.95, &lo, &hi, NULL), CT_STATUS_OK);
    assert_true(fabs(lo * 4e7 - 39987605.0) < 0.5);
}

/* The limits scale with the pooled rate: at 0.0075 and population 145,000
 * (E = 1087.5), R qchisq(0.025, 2175)/2 = 1023.8180523923793 and
 * qchisq(0.975, 2177)/2 = 1154.1058407272878 events. */
static void test_funnel_limits_as_rates(void **state)
{
    (void)state;
    double lo, hi;
    assert_int_equal(ct_funnel_limits(0.0075, 145000, 0.95, &lo, &hi, NULL),
                     CT_STATUS_OK);
    assert_close(lo, 1023.8180523923793 / 145000, 1e-12);
    assert_close(hi, 1154.1058407272878 / 145000, 1e-12);
}

static void test_funnel_limits_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    double lo, hi;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_funnel_limits(-0.1, 1000, 0.95, &lo, &hi, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "'-0.1'"));
    assert_int_equal(ct_funnel_limits(0.01, 0, 0.95, &lo, &hi, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_funnel_limits(0.01, 1000, 95, &lo, &hi, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_funnel_limits(NAN, 1000, 0.95, &lo, &hi, NULL),
                     CT_STATUS_DOMAIN);
}

/* ---- Funnel significance ------------------------------------------------ */

static ct_funnel_label label_of(int64_t count, double population,
                                double pooled)
{
    ct_funnel_label l;
    assert_int_equal(ct_funnel_significance(count, population, pooled, &l,
                                            NULL),
                     CT_STATUS_OK);
    return l;
}

/* ct_funnel_classify by hand: limits 2..8 (95%) and 1..9 (99.8%). */
static void test_funnel_classify_bands(void **state)
{
    (void)state;
    assert_int_equal(ct_funnel_classify(9.5, 2, 8, 1, 9), CT_FUNNEL_HIGH_999);
    assert_int_equal(ct_funnel_classify(9, 2, 8, 1, 9), CT_FUNNEL_HIGH_975);
    assert_int_equal(ct_funnel_classify(8, 2, 8, 1, 9),
                     CT_FUNNEL_NOT_SIGNIFICANT);
    assert_int_equal(ct_funnel_classify(2, 2, 8, 1, 9),
                     CT_FUNNEL_NOT_SIGNIFICANT);
    assert_int_equal(ct_funnel_classify(1.5, 2, 8, 1, 9), CT_FUNNEL_LOW_975);
    assert_int_equal(ct_funnel_classify(0.5, 2, 8, 1, 9), CT_FUNNEL_LOW_999);
}

/* 1,233 among 145,000 against 0.0075 (E = 1087.5): above the 99.8% upper
 * limit qchisq(0.999, 2177)/2 = 1193.3103694164272 (R) -> High (0.001).
 * 1,160 is above the 95% upper limit 1154.1058407272878 only; 1,154 is
 * below it; 1,023 is below the 95% lower limit 1023.8180523923793; 988 is
 * below the 99.8% lower limit 988.435424789384. */
static void test_funnel_significance_bands(void **state)
{
    (void)state;
    assert_int_equal(label_of(1233, 145000, 0.0075), CT_FUNNEL_HIGH_999);
    assert_int_equal(label_of(1160, 145000, 0.0075), CT_FUNNEL_HIGH_975);
    assert_int_equal(label_of(1154, 145000, 0.0075),
                     CT_FUNNEL_NOT_SIGNIFICANT);
    assert_int_equal(label_of(1024, 145000, 0.0075),
                     CT_FUNNEL_NOT_SIGNIFICANT);
    assert_int_equal(label_of(1023, 145000, 0.0075), CT_FUNNEL_LOW_975);
    assert_int_equal(label_of(988, 145000, 0.0075), CT_FUNNEL_LOW_999);
}

/* One method per figure.  13 events among 600 at a pooled 0.01 (E = 6):
 * the drawn 95% upper limit is qchisq(0.975, 14)/2 = 13.059474022518685
 * (R), above 13, so the point is drawn inside the funnel.  PHE's rule
 * (Byar's lower limit of 13, 6.9152409446606198 > E = 6) labelled it
 * "High (0.025)", on the other side of the line it is drawn against.  No
 * events at E = 6 is below the 99.8% lower limit qchisq(0.001, 12)/2 =
 * 1.1071046602556394 (R); with nothing expected (E = 0) the 99.8% upper
 * limit is -ln(0.001) = 6.9077552789821368 events, so 7 are High. */
static void test_funnel_significance_same_method_as_drawn_limits(
    void **state)
{
    (void)state;
    assert_int_equal(label_of(13, 600, 0.01), CT_FUNNEL_NOT_SIGNIFICANT);
    assert_int_equal(label_of(14, 600, 0.01), CT_FUNNEL_HIGH_975);
    assert_int_equal(label_of(0, 600, 0.01), CT_FUNNEL_LOW_999);
    assert_int_equal(label_of(7, 600, 0.0), CT_FUNNEL_HIGH_999);
    assert_int_equal(label_of(0, 600, 0.0), CT_FUNNEL_NOT_SIGNIFICANT);
    /* Every count from 0 to 40 at E = 6 gets the label its rate has
     * against the limits a chart draws. */
    double l95, h95, l998, h998;
    assert_int_equal(ct_funnel_limits(0.01, 600, 0.95, &l95, &h95, NULL),
                     CT_STATUS_OK);
    assert_int_equal(ct_funnel_limits(0.01, 600, 0.998, &l998, &h998, NULL),
                     CT_STATUS_OK);
    for (int64_t c = 0; c <= 40; c++)
        assert_int_equal(label_of(c, 600, 0.01),
                         ct_funnel_classify((double)c / 600, l95, h95, l998,
                                            h998));
}

static void test_funnel_significance_bad_arguments_are_domain_errors(
    void **state)
{
    (void)state;
    ct_funnel_label l;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_funnel_significance(-1, 1000, 0.01, &l, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "'-1'"));
    assert_int_equal(ct_funnel_significance(5, 0, 0.01, &l, NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_funnel_significance(5, 1000, -0.01, &l, NULL),
                     CT_STATUS_DOMAIN);
}

/* ---- Over-dispersion --------------------------------------------------- */

/* METHODS-ADDENDUM §A.5: ten areas, burglary per 1,000. */
static const double OD_N[10] = {45000, 62000, 88000, 105000, 130000,
                                156000, 190000, 240000, 310000, 402000};
static const int64_t OD_O[10] = {360, 564, 669, 935, 1053, 1466, 1482, 2064,
                                 3720, 2774};

/* §A.4 in R (tests' own script, independent of the C):
 *   th <- sum(O)/sum(N); E <- th*N; z <- 2*(sqrt(O)-sqrt(E))
 *   lz/uz <- quantile(z, 0.1/0.9, type=7); zw <- pmin(pmax(z, lz), uz)
 *   phi <- mean(zw^2); Q <- 10*phi; w <- 4*E
 *   tau2 <- max(0, (Q-9)/(sum(w)-sum(w^2)/sum(w)))
 *   p <- pchisq(Q, 10, lower.tail=FALSE)
 *   limits th*pmax(0,1-zp*s)^2, th*(1+zp*s)^2, s <- sqrt(1/(4E)+tau2),
 *   zp <- qnorm(0.975), qnorm(0.999).
 * A column per array below: z, then the limits per 1,000. */
/* z of each area, in order. */
static const double OD_Z[10] = {
    -1.695605658335424,
    0.96497222578452124,
    -3.7070829768022335,
    0.59995199488569995,
    -2.4801144744401427,
    2.7656260213413049,
    -4.4649869600431913,
    -0.68890920113983611,
    17.934004570254686,
    -13.149964265263733,
};
/* 95% low, per 1,000 of each area, in order. */
static const double OD_LOW95[10] = {
    7.1448600570889012,
    7.2015348364326179,
    7.2476135008581757,
    7.2658515832697423,
    7.2842699881135236,
    7.2973245906558049,
    7.309121519183905,
    7.3205036119597837,
    7.330354509852782,
    7.338139721615673,
};
/* 95% high, per 1,000 of each area, in order. */
static const double OD_HIGH95[10] = {
    10.475793910513611,
    10.407415762002904,
    10.352184061530972,
    10.330412169598203,
    10.308475945321552,
    10.292958869176262,
    10.27895867479284,
    10.265470519067017,
    10.253812483287938,
    10.244609304057933,
};
/* 99.8% low, per 1,000 of each area, in order. */
static const double OD_LOW998[10] = {
    6.3024392696308817,
    6.3864765926707738,
    6.4549666803138539,
    6.4821157326066476,
    6.5095563647105861,
    6.5290197862293082,
    6.5466181011384457,
    6.5636065437769515,
    6.5783166816420477,
    6.589946821236949,
};
/* 99.8% high, per 1,000 of each area, in order. */
static const double OD_HIGH998[10] = {
    11.554249754289675,
    11.441118863686446,
    11.349875116919636,
    11.313941318576873,
    11.277755690405092,
    11.25217077163888,
    11.229095327613571,
    11.206871393908136,
    11.18766886693399,
    11.172513782366535,
};

static void test_funnel_od_estimate_worked_example(void **state)
{
    (void)state;
    ct_funnel_od od;
    double z[10];
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_funnel_od_estimate(OD_O, OD_N, 10, NAN,
                                           CT_FUNNEL_OD_PHI, &od, z, &err),
                     CT_STATUS_OK);
    /* R (above); §A.5 quotes theta0 0.00873090277777778, q10
     * -5.333484690565, q90 4.282463876233, phi 9.890457187093, chi-squared
     * 95% point 18.307038, p 9.0e-17, tau^2 0.00173177701717218. */
    assert_close(od.theta0, 0.0087309027777777784, 1e-15);
    assert_close(od.z_low, -5.3334846905652462, 1e-13);
    assert_close(od.z_high, 4.2824638762326375, 1e-13);
    assert_close(od.phi, 9.8904571870928706, 1e-13);
    assert_close(od.chi2, 98.904571870928706, 1e-13);
    assert_close(od.chi2_95, 18.307038053275146, 1e-12);
    assert_close(od.p_value, 9.0262496697009085e-17, 1e-9);
    assert_close(od.tau2, 0.0017317770171721817, 1e-12);
    assert_close(od.tau2, 0.00173177701717218, 1e-12);
    assert_true(od.adjusted);
    assert_int_equal(od.n, 10);
    for (int i = 0; i < 10; i++)
        assert_close(z[i], OD_Z[i], 1e-12);
    /* The chi-squared rule agrees here: 98.9 > 18.3. */
    assert_int_equal(ct_funnel_od_estimate(OD_O, OD_N, 10, NAN,
                                           CT_FUNNEL_OD_CHISQ, &od, NULL,
                                           NULL),
                     CT_STATUS_OK);
    assert_true(od.adjusted);
}

/* Limits at every area against the R values (1e-12) and the §A.5 table
 * (4 decimals); the flags of §A.5: adjusted, only I (index 8) is outside
 * 99.8% and I and J (index 9) outside 95%; unadjusted exact limits flag
 * C, E, F, G, I, J at 95%. */
static void test_funnel_od_limits_worked_example(void **state)
{
    (void)state;
    const double tau2 = 0.0017317770171721817;
    const double th = 15087.0 / 1728000.0;
    /* §A.5 table, OD 95% at A and J; exact 95% at A 7.8888-9.6384. */
    const double table[2][3] = {{0, 7.1449, 10.4758}, {9, 7.3381, 10.2446}};
    for (int k = 0; k < 2; k++) {
        double lo, hi;
        int i = (int)table[k][0];
        assert_int_equal(ct_funnel_od_limits(th, OD_N[i], tau2, 0.95, &lo,
                                             &hi, NULL),
                         CT_STATUS_OK);
        assert_close(lo * 1000, table[k][1], 5e-5);
        assert_close(hi * 1000, table[k][2], 5e-5);
    }
    for (int i = 0; i < 10; i++) {
        double l95, h95, l998, h998, e95, x95, e998, x998;
        assert_int_equal(ct_funnel_od_limits(th, OD_N[i], tau2, 0.95, &l95,
                                             &h95, NULL),
                         CT_STATUS_OK);
        assert_int_equal(ct_funnel_od_limits(th, OD_N[i], tau2, 0.998,
                                             &l998, &h998, NULL),
                         CT_STATUS_OK);
        assert_close(l95 * 1000, OD_LOW95[i], 1e-12);
        assert_close(h95 * 1000, OD_HIGH95[i], 1e-12);
        assert_close(l998 * 1000, OD_LOW998[i], 1e-12);
        assert_close(h998 * 1000, OD_HIGH998[i], 1e-12);
        double rate = (double)OD_O[i] / OD_N[i];
        ct_funnel_label od = ct_funnel_classify(rate, l95, h95, l998, h998);
        ct_funnel_label want = i == 8   ? CT_FUNNEL_HIGH_999
                               : i == 9 ? CT_FUNNEL_LOW_975
                                        : CT_FUNNEL_NOT_SIGNIFICANT;
        assert_int_equal(od, want);
        assert_int_equal(ct_funnel_limits(th, OD_N[i], 0.95, &e95, &x95,
                                          NULL),
                         CT_STATUS_OK);
        assert_int_equal(ct_funnel_limits(th, OD_N[i], 0.998, &e998, &x998,
                                          NULL),
                         CT_STATUS_OK);
        bool out95 = rate < e95 || rate > x95;
        assert_int_equal(out95, i == 2 || i == 4 || i == 5 || i == 6 ||
                                    i == 8 || i == 9);
        if (i == 0) {
            assert_close(e95 * 1000, 7.8888, 5e-5);
            assert_close(x95 * 1000, 9.6384, 5e-5);
        }
    }
    /* Not FunnelPlotR's unsquared CQC band (§A.3.1): at A that is
     * 7.898169-9.563636 per 1,000, about half as wide. */
    double lo, hi;
    assert_int_equal(ct_funnel_od_limits(th, OD_N[0], tau2, 0.95, &lo, &hi,
                                         NULL),
                     CT_STATUS_OK);
    assert_true(lo * 1000 < 7.5 && hi * 1000 > 10.0);
}

/* Counts that vary less than Poisson chance: 100, 101, 99, 100 among
 * 10,000 each.  theta0 = 0.01 and E = 100 (hand); z = 2 (sqrt O - 10) =
 * 0, 0.09987..., -0.10025..., 0; phi far below 1, n phi < n - 1 so tau^2
 * is 0 and no adjustment applies under either rule.  The lower limit
 * clamps at 0 before squaring: theta0 0.01, population 1 (E = 0.01),
 * 1 - 1.96 sqrt(25) < 0, so low is exactly 0 and high is 0.01 (1 +
 * 1.959963984540054 x 5)^2 = 1.1782... (hand). */
static void test_funnel_od_underdispersed_and_clamp(void **state)
{
    (void)state;
    const int64_t o[4] = {100, 101, 99, 100};
    const double n[4] = {10000, 10000, 10000, 10000};
    ct_funnel_od od;
    assert_int_equal(ct_funnel_od_estimate(o, n, 4, NAN, CT_FUNNEL_OD_PHI,
                                           &od, NULL, NULL),
                     CT_STATUS_OK);
    assert_close(od.theta0, 0.01, 1e-15);
    assert_true(od.phi < 0.01);
    assert_close(od.tau2, 0.0, 0.0);
    assert_false(od.adjusted);
    double lo, hi, zz = 1.959963984540054;
    assert_int_equal(ct_funnel_od_limits(0.01, 1, 0, 0.95, &lo, &hi, NULL),
                     CT_STATUS_OK);
    assert_close(lo, 0.0, 0.0);
    assert_close(hi, 0.01 * (1 + zz * 5) * (1 + zz * 5), 1e-15);
}

static void test_funnel_od_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    const int64_t o[2] = {5, -1};
    const double n[2] = {1000, 1000};
    ct_funnel_od od;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_funnel_od_estimate(o, n, 1, NAN, CT_FUNNEL_OD_PHI,
                                           &od, NULL, &err),
                     CT_STATUS_DOMAIN);
    assert_non_null(strstr(err.message, "at least 2"));
    assert_int_equal(ct_funnel_od_estimate(o, n, 2, NAN, CT_FUNNEL_OD_PHI,
                                           &od, NULL, NULL),
                     CT_STATUS_DOMAIN);
    const int64_t zero[2] = {0, 0};
    assert_int_equal(ct_funnel_od_estimate(zero, n, 2, NAN, CT_FUNNEL_OD_PHI,
                                           &od, NULL, NULL),
                     CT_STATUS_DOMAIN);
    double lo, hi;
    assert_int_equal(ct_funnel_od_limits(0.01, 1000, -1, 0.95, &lo, &hi,
                                         NULL),
                     CT_STATUS_DOMAIN);
    assert_int_equal(ct_funnel_od_limits(0, 1000, 0, 0.95, &lo, &hi, NULL),
                     CT_STATUS_DOMAIN);
    assert_string_equal(ct_funnel_od_test_name(CT_FUNNEL_OD_PHI), "phi > 1");
    assert_string_equal(ct_funnel_od_test_name(CT_FUNNEL_OD_CHISQ),
                        "chi-squared");
}

int main(void)
{
    ct_stats_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_funnel_label_name_all_values),
        cmocka_unit_test(test_funnel_limits_match_r_up_to_1e9),
        cmocka_unit_test(test_funnel_limits_as_rates),
        cmocka_unit_test(test_funnel_limits_bad_arguments_are_domain_errors),
        cmocka_unit_test(test_funnel_classify_bands),
        cmocka_unit_test(test_funnel_significance_bands),
        cmocka_unit_test(
            test_funnel_significance_same_method_as_drawn_limits),
        cmocka_unit_test(
            test_funnel_significance_bad_arguments_are_domain_errors),
        cmocka_unit_test(test_funnel_od_estimate_worked_example),
        cmocka_unit_test(test_funnel_od_limits_worked_example),
        cmocka_unit_test(test_funnel_od_underdispersed_and_clamp),
        cmocka_unit_test(test_funnel_od_bad_arguments_are_domain_errors),
    };
    return cmocka_run_group_tests_name("funnel", tests, NULL, NULL);
}
