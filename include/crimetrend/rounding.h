/* rounding.h - the rounding rules a published figure may have used. */
#ifndef CRIMETREND_ROUNDING_H
#define CRIMETREND_ROUNDING_H

/* How a published figure was rounded (METHODS §4.3 step 2). */
typedef enum ct_rounding {
    CT_ROUNDING_HALF_UP,    /* ties away from zero: [v - u/2, v + u/2) */
    CT_ROUNDING_HALF_EVEN,  /* ties to the even digit: closed when the last
                               digit is even, open when it is odd */
    CT_ROUNDING_TRUNCATE,   /* towards zero: [v, v + u) for v > 0 */
    CT_ROUNDING_CEILING     /* up: (v - u, v] */
} ct_rounding;

#endif
