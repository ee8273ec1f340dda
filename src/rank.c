/* rank.c - the comparators of rank.h. */
#include "rank.h"

static int by_index(const ctp_rank_item *x, const ctp_rank_item *y)
{
    return (x->i > y->i) - (x->i < y->i);
}

int ctp_rank_ascending(const void *a, const void *b)
{
    const ctp_rank_item *x = a, *y = b;
    int c = (x->v > y->v) - (x->v < y->v);
    return c != 0 ? c : by_index(x, y);
}

int ctp_rank_descending(const void *a, const void *b)
{
    const ctp_rank_item *x = a, *y = b;
    int c = (x->v < y->v) - (x->v > y->v);
    return c != 0 ? c : by_index(x, y);
}
