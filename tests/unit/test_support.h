/* test_support.h - helpers shared by the unit tests: cmocka's headers in
 * the order cmocka 1.1.5 needs, assert_close() for doubles (Debian's
 * cmocka has no assert_double_equal, and assert_float_equal casts to
 * float), a warning collector and table accessors. */
#ifndef CRIMETREND_TEST_SUPPORT_H
#define CRIMETREND_TEST_SUPPORT_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>

#include "crimetrend/error.h"
#include "crimetrend/report.h"

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

/* Warnings received (a ct_warn_fn's context): how many, and the last one
 * as "path:line:column: message". */
typedef struct warning_log {
    int n;
    char last[400];
} warning_log;

static inline void note_warning(void *ctx, const ct_error *w)
{
    warning_log *ws = ctx;
    ws->n++;
    ct_error_format(w, ws->last, sizeof ws->last);
}

/* The index of the column 'name' of 't', which must have it. */
static inline int col(const ct_table *t, const char *name)
{
    int c = ct_table_column_index(t, name);
    assert_true(c >= 0);
    return c;
}

/* The real in column 'name' of row 'row', NaN when missing. */
static inline double real(const ct_table *t, size_t row, const char *name)
{
    double v = NAN;
    ct_table_get_real(t, row, (size_t)col(t, name), &v);
    return v;
}

#endif
