/* names.c - looking a word up in an enumeration's table of names. */
#include <string.h>
#include <strings.h>

#include "names.h"

bool ctp_names_find(const char *const *names, size_t n, const char *s,
                    bool fold_case, size_t *index)
{
    for (size_t i = 0; s != NULL && i < n; i++)
        if ((fold_case ? strcasecmp(s, names[i]) : strcmp(s, names[i])) == 0) {
            *index = i;
            return true;
        }
    return false;
}
