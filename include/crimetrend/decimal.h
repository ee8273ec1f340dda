/* decimal.h - a decimal exactly as printed.  number.h reads one from
 * text; exact.h computes with them. */
#ifndef CRIMETREND_DECIMAL_H
#define CRIMETREND_DECIMAL_H

#include <stdint.h>
#include <stdbool.h>

/* A decimal as printed: value = sign * digits / 10^scale, exactly.
 * "1,233" is {1233, 0}; "56.10" is {5610, 2} (trailing zeros kept,
 * because they carry the precision of a published figure). */
typedef struct ct_decimal {
    int64_t digits;   /* the printed digits as an integer, >= 0 */
    int scale;        /* number of printed decimal places, 0..18 */
    bool negative;    /* a leading '-', U+2212 minus sign or en dash */
} ct_decimal;

#endif
