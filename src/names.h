/* names.h - the words of an enumeration as one table of names indexed by
 * its values (names.c), so that reading a word and naming a value walk
 * the same table instead of each spelling the words out.  Private to the
 * library. */
#ifndef CRIMETREND_NAMES_H
#define CRIMETREND_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* Sets '*index' to the place in names[0..n) of the name equal to 's'
 * (ASCII case ignored when 'fold_case') and returns true; false when 's'
 * is NULL or no name. */
bool ctp_names_find(const char *const *names, size_t n, const char *s,
                    bool fold_case, size_t *index);

/* How many names a table declared as an array holds. */
#define CTP_NAMES_COUNT(names) (sizeof(names) / sizeof((names)[0]))

/* ctp_names_find over the whole of a table declared as an array. */
#define CTP_NAMES_FIND(names, s, fold_case, index) \
    ctp_names_find((names), CTP_NAMES_COUNT(names), (s), (fold_case), (index))

#endif
