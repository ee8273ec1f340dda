/* signal_at_rename.c - preloaded by the output-killed CLI case: the first
 * rename() raises the signal named by CT_TEST_SIGNAL instead, as if the run
 * were killed at the last moment, when its temporary output file is
 * complete but not yet in place. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>

int rename(const char *from, const char *to);

int rename(const char *from, const char *to)
{
    (void)from;
    (void)to;
    const char *s = getenv("CT_TEST_SIGNAL");
    int sig = s != NULL && strcmp(s, "INT") == 0   ? SIGINT
            : s != NULL && strcmp(s, "HUP") == 0   ? SIGHUP
                                                   : SIGTERM;
    raise(sig);
    return -1; /* not reached: the signal's default action ends the run */
}
