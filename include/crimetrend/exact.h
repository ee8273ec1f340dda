/* exact.h - exact rational arithmetic on printed decimals, for deciding
 * whether a published figure can be the rounded value of a computation
 * (METHODS §4.3, "C rounding traps").
 *
 * Products of four counts and two powers of ten already exceed 64 bits (a
 * change of rates: 100 (c1 p0 - c0 p1) / (c0 p1) compared with a
 * percentage to two places), so numbers are fractions of small fixed-width
 * big integers.  Nothing here allocates.  An operation that would overflow
 * clears the caller's '*ok' flag and returns some value: the caller then
 * reports the result as not decided rather than deciding on a wrong
 * number.
 *
 * Where it sits: check (... -> tables/charts/doc -> check), under
 * claim.h.
 *
 *     5/2 = 2.5 rounds to 3 half-up, 2 half-even, 2 truncated and 3 up
 *     (ct_exact_round_int with CT_ROUNDING_HALF_UP, _HALF_EVEN, _TRUNCATE,
 *     _CEILING); -5/2 half-up is -3
 *     (asserted by test_exact_rounding_rules in tests/unit/test_exact.c)
 */
#ifndef CRIMETREND_EXACT_H
#define CRIMETREND_EXACT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/number.h"
#include "crimetrend/rounding.h"

/* Realistic claims need under 450 bits; 16 limbs of 32 bits hold 512. */
enum { CT_EXACT_LIMBS = 16 };

/* A signed integer: magnitude in limbs, least significant first. */
typedef struct ct_exact_int {
    uint32_t w[CT_EXACT_LIMBS];
    bool neg;               /* zero is never negative */
} ct_exact_int;

/* A rational n / d with d > 0, not reduced: the computations are few and
 * shallow, so the sizes stay well inside a ct_exact_int. */
typedef struct ct_exact {
    ct_exact_int n;
    ct_exact_int d;
} ct_exact;

/* The integer v. */
ct_exact ct_exact_of_int(int64_t v);

/* 10^e for -40 <= e <= 40. */
ct_exact ct_exact_pow10(int e, bool *ok);

/* The value of a printed decimal ("56.10" is 5610 / 100). */
ct_exact ct_exact_of_decimal(const ct_decimal *d, bool *ok);

ct_exact ct_exact_add(ct_exact a, ct_exact b, bool *ok);
ct_exact ct_exact_sub(ct_exact a, ct_exact b, bool *ok);
ct_exact ct_exact_mul(ct_exact a, ct_exact b, bool *ok);
/* a / b for b != 0 (the caller checks). */
ct_exact ct_exact_div(ct_exact a, ct_exact b, bool *ok);
ct_exact ct_exact_neg(ct_exact a);
ct_exact ct_exact_abs(ct_exact a);

/* -1, 0 or +1. */
int ct_exact_sign(const ct_exact *a);
bool ct_exact_is_zero(const ct_exact *a);
/* -1, 0 or +1 as a < b, a == b, a > b. */
int ct_exact_cmp(const ct_exact *a, const ct_exact *b, bool *ok);

/* The integer nearest to x under 'rule' (ties by the rule; TRUNCATE
 * towards zero, CEILING upwards): 2.5 half-up 3, half-even 2; -2.5
 * half-up -3; 2.9 truncated 2; 2.1 ceiling 3. */
ct_exact_int ct_exact_round_int(const ct_exact *x, ct_rounding rule,
                                bool *ok);

/* The same as a rational (denominator 1). */
ct_exact ct_exact_round(const ct_exact *x, ct_rounding rule, bool *ok);

/* An integer that fits in int64_t: true and '*out' set, else false. */
bool ct_exact_int_to_int64(const ct_exact_int *a, int64_t *out);

/* A decimal with 'scale' places from x, rounded half-up ("scale" 1 for
 * 55.5); digits 0 when it does not fit in 18 digits. */
ct_decimal ct_exact_to_decimal(const ct_exact *x, int scale);

/* Writes x rounded half-up (away from zero) to 'decimals' places, with ','
 * thousands separators when 'grouped': the exact decimal, never a double's
 * digits (2/3 to 2 places is "0.67"; -1234567/2 grouped to 0 places is
 * "-617,284" since -617283.5 goes away from zero).  "n/a" on overflow.
 * Returns 'buf', truncated to 'size'. */
char *ct_exact_format(const ct_exact *x, int decimals, bool grouped,
                      char *buf, size_t size);

/* The nearest double (through 17 significant digits and strtod), for
 * display and machines; decisions never use it. */
double ct_exact_to_double(const ct_exact *x);

#endif
