/* test_support.h - helpers shared by the unit tests: cmocka's headers in
 * the order cmocka 1.1.5 needs, and assert_close() for doubles (Debian's
 * cmocka has no assert_double_equal, and assert_float_equal casts to
 * float). */
#ifndef CRIMETREND_TEST_SUPPORT_H
#define CRIMETREND_TEST_SUPPORT_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>

/* Fails unless |actual - expected| <= rel_tol * |expected| (or <= rel_tol
 * when expected is 0).  Prints both values to 17 significant digits and the
 * tolerance used, as GSL's gsl_test_rel does. */
#define assert_close(actual, expected, rel_tol) \
    assert_close_at((actual), (expected), (rel_tol), #actual, __FILE__, \
                    __LINE__)

static inline void assert_close_at(double actual, double expected,
                                   double rel_tol, const char *what,
                                   const char *file, int line)
{
    double scale = fabs(expected) > 0 ? fabs(expected) : 1.0;
    if (!(fabs(actual - expected) <= rel_tol * scale)) {
        print_error("%s = %.17g, expected %.17g (relative tolerance %g)\n",
                    what, actual, expected, rel_tol);
        _fail(file, line);
    }
}

/* Fails unless 'actual' is NaN (an undefined value such as a % change
 * from 0). */
#define assert_nan(actual) \
    do { \
        if (!isnan(actual)) { \
            print_error("%s = %.17g, expected NaN\n", #actual, \
                        (double)(actual)); \
            _fail(__FILE__, __LINE__); \
        } \
    } while (0)

#endif
