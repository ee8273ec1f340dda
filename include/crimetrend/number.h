/* number.h - reading numbers as printed in published tables, and writing
 * them for display.
 *
 * This module is the only place that formats numbers for people.  Counts
 * are exact integers; display rounding is half-up (away from zero) on the
 * decimal value, never printf's ties-to-even on the binary value
 * (METHODS §4.3). */
#ifndef CRIMETREND_NUMBER_H
#define CRIMETREND_NUMBER_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* What a table cell held. */
typedef enum ct_number_kind {
    CT_NUMBER_OK,          /* a number; the value is set */
    CT_NUMBER_EMPTY,       /* empty or blank: missing */
    CT_NUMBER_SUPPRESSED,  /* a suppression marker: .., [x], [c], [z], *, -, x, NA, N/A, NaN */
    CT_NUMBER_INVALID,     /* not a number */
    CT_NUMBER_NEGATIVE,    /* a number below zero where none is allowed */
    CT_NUMBER_FRACTION,    /* a count with a non-zero fractional part */
    CT_NUMBER_OVERFLOW     /* too large to hold */
} ct_number_kind;

/* A decimal as printed: value = sign * digits / 10^scale, exactly.
 * "1,233" is {1233, 0}; "56.10" is {5610, 2} (trailing zeros kept,
 * because they carry the precision of a published figure). */
typedef struct ct_decimal {
    int64_t digits;   /* the printed digits as an integer, >= 0 */
    int scale;        /* number of printed decimal places, 0..18 */
    bool negative;    /* a leading '-' or U+2212 minus sign */
} ct_decimal;

/* Parses a count: optional surrounding blanks, digits with optional
 * thousands separators in groups of three ("1,233", "1 233"), optional
 * ".0...".  Suppression markers and blanks are reported, never read as 0.
 * 'len' bytes of 's' are read (no NUL needed).  '*out' is set only for
 * CT_NUMBER_OK. */
ct_number_kind ct_number_parse_count(const char *s, size_t len, int64_t *out);

/* Parses a non-negative real (a population, a rate) with the same rules as
 * ct_number_parse_count but allowing a fractional part. */
ct_number_kind ct_number_parse_real(const char *s, size_t len, double *out);

/* Parses a decimal exactly as printed (see ct_decimal), allowing a sign.
 * Returns CT_NUMBER_OK or CT_NUMBER_INVALID/EMPTY/OVERFLOW. */
ct_number_kind ct_number_parse_decimal(const char *s, size_t len,
                                       ct_decimal *out);

/* Human-readable description of a kind, e.g. "a suppression marker".
 * Static string; do not free. */
const char *ct_number_kind_name(ct_number_kind kind);

/* Rounds 'x' half-up (ties away from zero) to 'decimals' places (0..9) and
 * writes it to 'buf', with thousands separators when 'grouped'.  The value
 * is first taken to 15 significant digits, so that a double such as 0.285
 * (stored as 0.28499999999999998) rounds as the decimal it stands for:
 * 0.285 -> "0.29", 2.5 -> "3", 12.5 -> "13", -2.5 -> "-3".  NaN gives "n/a",
 * infinities "inf"/"-inf".  Returns 'buf'; output is truncated to 'size'. */
char *ct_number_format_fixed(double x, int decimals, bool grouped, char *buf,
                             size_t size);

/* Writes a count with thousands separators: 34556 -> "34,556". */
char *ct_number_format_count(int64_t n, char *buf, size_t size);

/* Writes 'x' unrounded for machines: up to 15 significant digits, no
 * grouping ("8.50344827586207"); NaN gives "" (missing).  Returns 'buf'. */
char *ct_number_format_raw(double x, char *buf, size_t size);

#endif
