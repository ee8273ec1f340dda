/* rank.h - values with the index they came from, sorted so that ties keep
 * the order of their indexes (rank.c).  Private to the library. */
#ifndef CRIMETREND_RANK_H
#define CRIMETREND_RANK_H

#include <stddef.h>

typedef struct ctp_rank_item {
    double v;   /* the value sorted on */
    size_t i;   /* where it came from: a row, a variable */
} ctp_rank_item;

/* qsort comparators: smallest value first, or largest first; equal values
 * (and NaNs, which compare equal to everything) by index, smallest
 * first, so that the order never depends on qsort's. */
int ctp_rank_ascending(const void *a, const void *b);
int ctp_rank_descending(const void *a, const void *b);

#endif
