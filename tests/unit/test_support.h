/* test_support.h - helpers shared by the unit tests: cmocka's headers in
 * the order cmocka 1.1.5 needs, assert_close() for doubles (Debian's
 * cmocka has no assert_double_equal, and assert_float_equal casts to
 * float), a warning collector and table accessors. */
#ifndef CRIMETREND_TEST_SUPPORT_H
#define CRIMETREND_TEST_SUPPORT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>

#include "crimetrend/error.h"
#include "crimetrend/table.h"

/* How many elements the array 'a' holds (a table of cases). */
#define N_ELEMS(a) (sizeof (a) / sizeof (a)[0])

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

/* Checks inside a table of cases: the same as assert_close,
 * assert_int_equal, assert_string_equal and assert_true, but a failure
 * first names the case ('name', the row's label) so that a reader knows
 * which row of the table went wrong. */
#define assert_close_in(name, actual, expected, rel_tol) \
    assert_close_in_at((name), (actual), (expected), (rel_tol), #actual, \
                       __FILE__, __LINE__)
#define assert_int_in(name, actual, expected) \
    assert_int_in_at((name), (intmax_t)(actual), (intmax_t)(expected), \
                     __FILE__, __LINE__)
#define assert_string_in(name, actual, expected) \
    assert_string_in_at((name), (actual), (expected), __FILE__, __LINE__)
#define assert_true_in(name, cond) \
    assert_true_in_at((name), (cond) ? 1 : 0, #cond, __FILE__, __LINE__)

static inline void assert_close_in_at(const char *name, double actual,
                                      double expected, double rel_tol,
                                      const char *what, const char *file,
                                      int line)
{
    double scale = fabs(expected) > 0 ? fabs(expected) : 1.0;
    if (!(fabs(actual - expected) <= rel_tol * scale))
        print_error("in case '%s':\n", name);
    assert_close_at(actual, expected, rel_tol, what, file, line);
}

static inline void assert_int_in_at(const char *name, intmax_t actual,
                                    intmax_t expected, const char *file,
                                    int line)
{
    if (actual != expected)
        print_error("in case '%s':\n", name);
    _assert_int_equal((LargestIntegralType)actual,
                      (LargestIntegralType)expected, file, line);
}

static inline void assert_string_in_at(const char *name, const char *actual,
                                       const char *expected,
                                       const char *file, int line)
{
    if (actual == NULL || expected == NULL || strcmp(actual, expected) != 0)
        print_error("in case '%s':\n", name);
    _assert_string_equal(actual, expected, file, line);
}

static inline void assert_true_in_at(const char *name, int ok,
                                     const char *what, const char *file,
                                     int line)
{
    if (!ok)
        print_error("in case '%s':\n", name);
    _assert_true((LargestIntegralType)ok, what, file, line);
}

/* One double of a result struct checked in a table of cases: the field at
 * 'offset' (named 'field') must lie within 'tol' (relative) of 'want', or
 * be NaN when 'want' is NAN.  FIELD(ct_rate, low, 0.81, 1e-10) builds
 * one. */
struct field_check {
    size_t offset;
    const char *field;
    double want, tol;
};
#define FIELD(type, f, w, t) {offsetof(type, f), #f, (w), (t)}

/* Checks 'checks' (at most 'max', ending at the first without a field)
 * against the struct at 'obj', naming case 'name' and the field in a
 * failure. */
static inline void assert_fields(const char *name, const void *obj,
                                 const struct field_check *checks,
                                 size_t max)
{
    for (size_t i = 0; i < max && checks[i].field != NULL; i++) {
        const struct field_check *fc = &checks[i];
        double got;
        char what[160];
        memcpy(&got, (const char *)obj + fc->offset, sizeof got);
        snprintf(what, sizeof what, "%s: %s", name, fc->field);
        if (isnan(fc->want))
            assert_true_in(what, isnan(got));
        else
            assert_close_in(what, got, fc->want, fc->tol);
    }
}

/* Checks that a call returned 'want' and recorded the same status in its
 * ct_error 'err' (two checks, as two assert_int_equal calls make). */
#define assert_status(got, want, err) \
    assert_status_at((got), (want), (err), __FILE__, __LINE__)

static inline void assert_status_at(ct_status got, ct_status want,
                                    const ct_error *err, const char *file,
                                    int line)
{
    _assert_int_equal((LargestIntegralType)got, (LargestIntegralType)want,
                      file, line);
    _assert_int_equal((LargestIntegralType)err->status,
                      (LargestIntegralType)want, file, line);
}

/* A name that 'parse' (a ct_*_parse function filling a 'type') accepts,
 * and the value it gives: two checks, as assert_true and assert_int_equal
 * make.  assert_parses_to(ct_format, ct_format_parse, "md",
 * CT_FORMAT_MARKDOWN) is one. */
#define assert_parses_to(type, parse, name, want) \
    do { \
        type parsed_ = (type)0; \
        assert_true(parse((name), &parsed_)); \
        assert_int_equal(parsed_, (want)); \
    } while (0)

/* A value of an enum and the name its *_name function must give it; a
 * table of them is checked by assert_enum_names(ct_format_name, table),
 * each failure naming the expected name. */
typedef struct enum_name {
    int value;
    const char *name;
} enum_name;

#define assert_enum_names(name_of, table) \
    do { \
        for (size_t en_ = 0; en_ < N_ELEMS(table); en_++) \
            assert_string_in((table)[en_].name, name_of((table)[en_].value), \
                             (table)[en_].name); \
    } while (0)

/* Warnings received (a ct_error_warn_fn's context): how many, and the last one
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

/* The path of 'rel' in the shared data: under $CT_SHARED_DATA, or under
 * ../shared/data (beside the tree) when that is not set. */
static inline void shared_data_path(const char *rel, char *path, size_t size)
{
    const char *top = getenv("CT_SHARED_DATA");
    snprintf(path, size, "%s/%s", top ? top : "../shared/data", rel);
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

/* The text in column 'name' of row 'row' (NULL when the cell has none). */
static inline const char *cell_text(const ct_table *t, size_t row,
                                    const char *name)
{
    return ct_table_get_string(t, row, (size_t)col(t, name));
}

#endif
