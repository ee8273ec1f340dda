/* test_change.c - unit tests of the change module: absolute, per cent and
 * rate change between two periods, and the exact conditional test and
 * rate-ratio interval of METHODS §3.1, against METHODS and R.
 *
 * R's poisson.test(c(x1, x0), c(n1, n0)) puts the later period first, so
 * its rate ratio is later over earlier, as ct_change's is.
 *
 * Tolerances: METHODS figures are checked to half a unit in their last
 * quoted digit (1e-6 relative for 7 significant digits, 1e-4 for 4, 1e-3
 * for 3); values printed from R with sprintf('%.17g', ...) to 1e-10
 * relative; hand arithmetic to 1e-12. */
#include "test_support.h"

#include <string.h>

#include "crimetrend/change.h"
#include "crimetrend/stats.h"

static ct_change change_ok(int64_t from, int64_t to, double pop_from,
                           double pop_to, double confidence)
{
    ct_change c;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_change_compute(from, to, pop_from, pop_to, 1000.0,
                                    confidence, &c, &err),
                  CT_STATUS_OK, &err);
    return c;
}

/* Checks that the arguments are refused with CT_STATUS_DOMAIN and a message
 * containing 'quoted'. */
static void expect_change_domain_error(int64_t from, int64_t to,
                                       double pop_from, double pop_to,
                                       double per, double confidence,
                                       const char *quoted)
{
    ct_change c;
    ct_error err = CT_ERROR_INIT;
    assert_status(ct_change_compute(from, to, pop_from, pop_to, per,
                                    confidence, &c, &err),
                  CT_STATUS_DOMAIN, &err);
    assert_non_null(strstr(err.message, quoted));
}

/* ---- ct_change_compute: a table of cases ----------------------------- */

/* A check of one count of ct_change. */
struct count_check {
    size_t offset;
    const char *field;
    int64_t want;
};
#define R(f, w, t) FIELD(ct_change, f, w, t)
#define I(f, w) {offsetof(ct_change, f), #f, (w)}

static const struct change_case {
    const char *name;
    int64_t from, to;
    double pop_from, pop_to;    /* NAN: no populations */
    double confidence;
    struct count_check counts[3];
    struct field_check reals[16]; /* NAN: must be NaN (undefined) */
} change_cases[] = {
    /* Equal exposure (no populations).  Hand arithmetic: 1233 - 790 =
     * 443.  METHODS §3.1: +56.0759%; hand arithmetic: 100 * 443 / 790
     * = 56.075949367088604.  METHODS §3.1: RR 1.560759 (1.426231 to
     * 1.708747), p = 5.82e-23.  R: poisson.test(c(1233, 790)): estimate
     * 1.5607594936708862, conf.int 1.4262314418689976 1.7087473844287808,
     * p.value 5.8190511511949026e-23.  Without populations there are no
     * rates (change.h). */
    {"790 to 1233", 790, 1233, NAN, NAN, 0.95,
     {I(count_from, 790), I(count_to, 1233), I(change, 443)},
     {R(pct_change, 56.0759, 1e-6), R(pct_change, 56.075949367088604, 1e-12),
      R(ratio, 1.560759, 1e-6), R(ratio_low, 1.426231, 1e-6),
      R(ratio_high, 1.708747, 1e-6), R(p_value, 5.82e-23, 1e-3),
      R(ratio, 1.5607594936708862, 1e-10),
      R(ratio_low, 1.4262314418689976, 1e-10),
      R(ratio_high, 1.7087473844287808, 1e-10),
      R(p_value, 5.8190511511949026e-23, 1e-10), R(rate_from, NAN, 0),
      R(rate_to, NAN, 0), R(rate_pct_change, NAN, 0),
      R(confidence, 0.95, 0.0)}},
    /* R: poisson.test(c(34556, 33524)): estimate 1.0307839160004773,
     * conf.int 1.0153826052211103 1.0464197236043205,
     * p.value 7.7678601301235526e-05. */
    {"large counts", 33524, 34556, NAN, NAN, 0.95, {{0}},
     {R(ratio, 1.0307839160004773, 1e-10),
      R(ratio_low, 1.0153826052211103, 1e-10),
      R(ratio_high, 1.0464197236043205, 1e-10),
      R(p_value, 7.7678601301235526e-05, 1e-10)}},
    /* With populations.  METHODS §3.1: the rate rose only 50.69% (5.6429
     * -> 8.5034 per 1,000).  R: 790/140000*1000 = 5.6428571428571432,
     * 1233/145000*1000 = 8.5034482758620697,
     * 100*(1233/145000*1000 - 790/140000*1000)/(790/140000*1000)
     * = 50.694020078568315.  The count change is unaffected: 100 * 443 /
     * 790 by hand.  R: poisson.test(c(1233, 790), c(145000, 140000)):
     * estimate 1.5069402007856831, conf.int 1.3770510473217907
     * 1.6498250608277885, p.value 1.0765643982985666e-19. */
    {"790 to 1233 with populations", 790, 1233, 140000.0, 145000.0, 0.95,
     {{0}},
     {R(rate_pct_change, 50.69, 1e-4), R(rate_from, 5.6429, 1e-5),
      R(rate_to, 8.5034, 1e-5), R(rate_from, 5.6428571428571432, 1e-12),
      R(rate_to, 8.5034482758620697, 1e-12),
      R(rate_pct_change, 50.694020078568315, 1e-12),
      R(pct_change, 56.075949367088604, 1e-12),
      R(ratio, 1.5069402007856831, 1e-10),
      R(ratio_low, 1.3770510473217907, 1e-10),
      R(ratio_high, 1.6498250608277885, 1e-10),
      R(p_value, 1.0765643982985666e-19, 1e-10)}},
    /* R: poisson.test(c(1233, 790), c(145000, 140000), conf.level =
     * 0.998)$conf.int = 1.3084399628292323 1.7378612073698645 */
    {"with populations at 99.8%", 790, 1233, 140000.0, 145000.0, 0.998,
     {{0}},
     {R(ratio_low, 1.3084399628292323, 1e-10),
      R(ratio_high, 1.7378612073698645, 1e-10),
      R(confidence, 0.998, 0.0)}},
    /* Very unequal exposure: 20 in 120,000 residents, then 30 in 50,000.
     * R: poisson.test(c(30, 20), c(50000, 120000)): estimate
     * 3.5999999999999996, conf.int 1.9779165581541893 6.6882103367101609,
     * p.value 7.4403039459090281e-06.  Hand arithmetic: rates 20/120
     * = 0.16666... and 30/50 = 0.6 per 1,000; 100 (0.6 - 1/6) / (1/6)
     * = 260. */
    {"unequal exposure", 20, 30, 120000.0, 50000.0, 0.95, {{0}},
     {R(ratio, 3.5999999999999996, 1e-10),
      R(ratio_low, 1.9779165581541893, 1e-10),
      R(ratio_high, 6.6882103367101609, 1e-10),
      R(p_value, 7.4403039459090281e-06, 1e-10),
      R(rate_pct_change, 260.0, 1e-12)}},
    /* Zero counts.  METHODS §3.1: % change from 0 is undefined ("n/a",
     * never inf).  R: poisson.test(c(5, 0)): conf.int 0.9163558573154601
     * Inf (the upper limit is unbounded, reported as NaN), p.value 0.0625;
     * by hand 2 * 0.5^5 = 0.0625. */
    {"from 0", 0, 5, NAN, NAN, 0.95, {I(change, 5)},
     {R(pct_change, NAN, 0), R(ratio, NAN, 0), R(ratio_high, NAN, 0),
      R(ratio_low, 0.9163558573154601, 1e-10), R(p_value, 0.0625, 1e-12)}},
    /* Rates 0 and 5 per 1,000 (hand); the rate change from 0 is
     * undefined. */
    {"from 0 with populations", 0, 5, 1000.0, 1000.0, 0.95, {{0}},
     {R(rate_from, 0.0, 0.0), R(rate_to, 5.0, 1e-12),
      R(rate_pct_change, NAN, 0)}},
    /* Hand arithmetic: 100 * (0 - 7) / 7 = -100; ratio 0 / 7 = 0.  R:
     * poisson.test(c(0, 7)): conf.int 0 0.69381398009645256, p.value
     * 0.015625000000000007; by hand 2 * 0.5^7 = 0.015625. */
    {"to 0", 7, 0, NAN, NAN, 0.95, {I(change, -7)},
     {R(pct_change, -100.0, 1e-12), R(ratio, 0.0, 0.0),
      R(ratio_low, 0.0, 0.0), R(ratio_high, 0.69381398009645256, 1e-10),
      R(p_value, 0.015625, 1e-12)}},
    /* change.h: nothing is defined but the (zero) rates. */
    {"both 0", 0, 0, 1000.0, 2000.0, 0.95, {I(change, 0)},
     {R(pct_change, NAN, 0), R(ratio, NAN, 0), R(ratio_low, NAN, 0),
      R(ratio_high, NAN, 0), R(p_value, NAN, 0), R(rate_pct_change, NAN, 0),
      R(rate_from, 0.0, 0.0), R(rate_to, 0.0, 0.0)}},
};

static void test_change_compute_table(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof change_cases / sizeof change_cases[0];
         k++) {
        const struct change_case *cc = &change_cases[k];
        ct_change c = change_ok(cc->from, cc->to, cc->pop_from, cc->pop_to,
                                cc->confidence);
        const char *base = (const char *)&c;
        for (int i = 0; i < 3 && cc->counts[i].field != NULL; i++) {
            int64_t got;
            char what[120];
            memcpy(&got, base + cc->counts[i].offset, sizeof got);
            snprintf(what, sizeof what, "%s: %s", cc->name,
                     cc->counts[i].field);
            assert_int_in(what, got, cc->counts[i].want);
        }
        assert_fields(cc->name, &c, cc->reals, 16);
    }
}

#undef R
#undef I

/* ---- Domain errors --------------------------------------------------- */

static void test_change_compute_bad_arguments_are_domain_errors(void **state)
{
    (void)state;
    expect_change_domain_error(-1, 5, NAN, NAN, 1000.0, 0.95, "'-1'");
    expect_change_domain_error(5, -2, NAN, NAN, 1000.0, 0.95, "'-2'");
    expect_change_domain_error(5, 6, 0.0, 1000.0, 1000.0, 0.95,
                               "earlier period '0'");
    expect_change_domain_error(5, 6, 1000.0, -3.0, 1000.0, 0.95,
                               "later period '-3'");
    expect_change_domain_error(5, 6, 1000.0, NAN, 1000.0, 0.95,
                               "earlier period only");
    expect_change_domain_error(5, 6, NAN, NAN, 1000.0, 1.5,
                               "confidence '1.5'");
    expect_change_domain_error(5, 6, NAN, NAN, 0.0, 0.95, "base '0'");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_change_compute_table),
        cmocka_unit_test(
            test_change_compute_bad_arguments_are_domain_errors),
    };
    ct_stats_init();
    return cmocka_run_group_tests_name("change", tests, NULL, NULL);
}
