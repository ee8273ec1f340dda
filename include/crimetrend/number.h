/* number.h - reading numbers as printed in published tables, and writing
 * them for display.
 *
 * This module is the only place that formats numbers for people.  Counts
 * are exact integers; display rounding is half-up (away from zero) on the
 * decimal value, never printf's ties-to-even on the binary value
 * (METHODS §4.3).
 *
 * Where it sits: read (read -> dataset -> rates/change -> ...), used by
 * every reader of a number and by every writer of one.
 *
 *     int64_t n;
 *     ct_number_parse_count("1,233", 5, &n);     // CT_NUMBER_OK, n = 1233
 *     char buf[32];
 *     ct_number_format_count(34556, buf, sizeof buf);      // "34,556"
 *     ct_number_format_fixed(2.675, 2, false, buf, sizeof buf);
 *     // "2.68": the decimal 2.675 rounded half-up, although the double
 *     // is 2.67499999999999982 and printf("%.2f") gives "2.67"
 *     (asserted by test_number_parse_count_table,
 *     test_number_format_count_table and test_number_format_fixed_table in
 *     tests/unit/test_number.c)
 */
#ifndef CRIMETREND_NUMBER_H
#define CRIMETREND_NUMBER_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/decimal.h"

/* What a table cell held. */
typedef enum ct_number_kind {
    CT_NUMBER_OK,          /* a number; the value is set */
    CT_NUMBER_EMPTY,       /* empty or blank: missing */
    CT_NUMBER_SUPPRESSED,  /* a suppression marker: .., ..., [x], [c], [z],
                              [low], [u], *, -, en or em dash, x, c, z, :,
                              n/a, na, NaN, null (any ASCII case) */
    CT_NUMBER_INVALID,     /* not a number */
    CT_NUMBER_NEGATIVE,    /* a number below zero where none is allowed */
    CT_NUMBER_FRACTION,    /* a count with a non-zero fractional part */
    CT_NUMBER_OVERFLOW     /* too large to hold */
} ct_number_kind;

/* Parses a count (METHODS §1.5): optional surrounding blanks (space, tab,
 * U+00A0 no-break space, U+2009 thin space, U+202F narrow no-break space),
 * digits with optional thousands separators ("1,233", "1 233", one kind of
 * separator throughout; groups of exactly three after a first group of one
 * to three not starting with 0, so "1,23" and "0,123" are INVALID), and an
 * optional zero fraction ("1233.00").  Suppression markers and blanks are
 * reported, never read as 0.  A minus sign ('-', U+2212 or an en dash)
 * before a non-zero value gives CT_NUMBER_NEGATIVE ("-0" is 0); a non-zero
 * fraction CT_NUMBER_FRACTION; more than INT64_MAX CT_NUMBER_OVERFLOW.
 * 'len' bytes of 's' are read (no NUL needed).  '*out' is set only for
 * CT_NUMBER_OK.  Does not allocate and ignores the locale. */
ct_number_kind ct_number_parse_count(const char *s, size_t len, int64_t *out);

/* Parses a non-negative real (a population, a rate) with the same rules as
 * ct_number_parse_count but allowing a fractional part ("8.5", ".5",
 * "145,000").  The result is the correctly rounded double, the same as
 * strtod of the digits without separators.  No exponents ("1e+05" is
 * INVALID); more than 96 significant digits is CT_NUMBER_OVERFLOW. */
ct_number_kind ct_number_parse_real(const char *s, size_t len, double *out);

/* Parses a decimal exactly as printed (see ct_decimal; METHODS §4.2), with
 * the separators and blanks of ct_number_parse_count and an optional sign:
 * '+', '-', U+2212 or an en dash.  Returns CT_NUMBER_OK, or
 * CT_NUMBER_EMPTY, CT_NUMBER_SUPPRESSED, CT_NUMBER_INVALID, or
 * CT_NUMBER_OVERFLOW for more than 18 significant digits (trailing zeros
 * count) or more than 18 decimal places. */
ct_number_kind ct_number_parse_decimal(const char *s, size_t len,
                                       ct_decimal *out);

/* Human-readable description of a kind, e.g. "a suppression marker".
 * Static string; do not free. */
const char *ct_number_kind_name(ct_number_kind kind);

/* Rounds 'x' half-up (ties away from zero) to 'decimals' places (0..9;
 * values outside are clamped) and writes it to 'buf', with ',' thousands
 * separators when 'grouped' (METHODS §4.3).  The value is first taken to
 * 15 significant digits, so that a double such as 0.285 (stored as
 * 0.28499999999999998) rounds as the decimal it stands for: 0.285 ->
 * "0.29", 2.5 -> "3", 12.5 -> "13", -2.5 -> "-3", 9.995 -> "10.00".  A
 * value that rounds to zero has no sign (-0.0004 -> "0.00").  NaN gives
 * "n/a", infinities "inf"/"-inf".  Returns 'buf'; output is truncated to
 * 'size' and NUL-terminated when size > 0. */
char *ct_number_format_fixed(double x, int decimals, bool grouped, char *buf,
                             size_t size);

/* Writes a count with thousands separators: 34556 -> "34,556", -1234 ->
 * "-1,234".  Returns 'buf'; output is truncated to 'size'. */
char *ct_number_format_count(int64_t n, char *buf, size_t size);

/* Writes a count for machines, as "%lld" does: 34556 -> "34556", -1234 ->
 * "-1234".  Returns 'buf'; output is truncated to 'size'. */
char *ct_number_format_int(int64_t n, char *buf, size_t size);

/* Writes 'x' unrounded for machines: up to 15 significant digits, no
 * grouping ("8.50344827586207"); whole numbers up to 10^15 in full
 * ("34556", "1000000000000000"), beyond that with an exponent ("1e+16");
 * NaN gives "" (missing), -0 gives "0".  Returns 'buf'. */
char *ct_number_format_raw(double x, char *buf, size_t size);

#endif
