/* number_internal.h - the number forms that the number parsers (number.c)
 * share with the claim readers.  Private to the library. */
#ifndef CRIMETREND_NUMBER_INTERNAL_H
#define CRIMETREND_NUMBER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

/* Length of a sign at s[0], 0 when there is none: '+' or '-' (1 byte),
 * U+2212 MINUS SIGN or U+2013 EN DASH (3 bytes); '*neg' says whether it is
 * a minus.  Every reader of published figures decides signs here. */
size_t ctp_number_sign_len(const char *s, size_t n, bool *neg);

#endif
