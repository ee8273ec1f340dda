/* test_text_support.h - for tests that build input files in memory: a
 * growing text buffer and a seeded pseudo-random choice, so that the
 * same seed always builds the same file. */
#ifndef CRIMETREND_TEST_TEXT_SUPPORT_H
#define CRIMETREND_TEST_TEXT_SUPPORT_H

#include <stdlib.h>

#include "test_support.h"

/* Appends the 'n' bytes at 's' to '*buf' (holding '*len' bytes in '*cap'),
 * growing it as needed; the text stays ended by a NUL. */
static inline void append(char **buf, size_t *len, size_t *cap,
                          const char *s, size_t n)
{
    if (*len + n + 1 > *cap) {
        *cap = (*len + n + 1) * 2;
        *buf = realloc(*buf, *cap);
        assert_non_null(*buf);
    }
    memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[*len] = '\0';
}

/* Appends 'n' copies of 'c'. */
static inline void append_repeat(char **buf, size_t *len, size_t *cap,
                                 char c, size_t n)
{
    char block[1000];
    memset(block, c, sizeof block);
    for (; n > 0; n -= n < sizeof block ? n : sizeof block)
        append(buf, len, cap, block, n < sizeof block ? n : sizeof block);
}

/* A number below 'n' from the generator whose state is '*state' (a linear
 * congruential generator with Numerical Recipes' constants; the low bits
 * are dropped as the weakest). */
static inline unsigned next_random(unsigned *state, unsigned n)
{
    *state = *state * 1664525u + 1013904223u;
    return (*state >> 8) % n;
}

#endif
