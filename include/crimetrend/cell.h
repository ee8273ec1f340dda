/* cell.h - one cell of a dataset (area x offence x period): a count,
 * or why there is none.  A missing count is never 0. */
#ifndef CRIMETREND_CELL_H
#define CRIMETREND_CELL_H

#include <stdint.h>

typedef enum ct_cell_state {
    CT_CELL_MISSING = 0,  /* no row, or an empty cell */
    CT_CELL_PRESENT,      /* a count */
    CT_CELL_SUPPRESSED    /* a suppression marker (.., [x], [c], *, -) */
} ct_cell_state;

typedef struct ct_cell {
    ct_cell_state state;  /* whether 'count' is meaningful */
    int64_t count;        /* the count when PRESENT, else 0 */
    unsigned long line;   /* input line it came from; 0 when derived */
} ct_cell;

#endif
