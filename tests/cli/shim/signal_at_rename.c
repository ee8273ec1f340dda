/* signal_at_rename.c - preloaded by the output-killed CLI case: the first
 * rename() raises the signal named by CT_TEST_SIGNAL instead, as if the run
 * were killed at the last moment, when its temporary output file is
 * complete but not yet in place. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>

int rename(const char *from, const char *to);

static int test_signal(void)
{
    const char *s = getenv("CT_TEST_SIGNAL");
    return s != NULL && strcmp(s, "INT") == 0   ? SIGINT
         : s != NULL && strcmp(s, "HUP") == 0   ? SIGHUP
                                                : SIGTERM;
}

/* The tests may themselves run under nohup (or a shell that ignores
 * SIGINT in the background), and crimetrend rightly leaves a signal its
 * caller ignores ignored.  The case is about a caller that does not, so
 * the signal's default action is restored before main() runs. */
__attribute__((constructor)) static void default_action(void)
{
    signal(test_signal(), SIG_DFL);
}

int rename(const char *from, const char *to)
{
    (void)from;
    (void)to;
    raise(test_signal());
    return -1; /* not reached: the signal's default action ends the run */
}
