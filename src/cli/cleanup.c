/* cleanup.c - temporary files and folders removed when the run is killed.
 *
 * Every output is written to a temporary file beside its target and renamed
 * into place at the end.  A run stopped by SIGINT, SIGTERM or SIGHUP would
 * otherwise leave those temporaries behind, so each one is registered here
 * while it exists and the signal handler removes what is registered before
 * the signal takes its default course (the exit status stays "killed by
 * signal N", as a shell expects). */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* More temporaries than this at once never happen (plot writes one file per
 * job plus its folder); a path past the table is still removed on the
 * normal paths, only not on a signal. */
#define CLEANUP_SLOTS 256

typedef struct slot {
    const char *volatile path; /* registered path, or NULL */
    volatile sig_atomic_t folder;
} slot;

static slot slots[CLEANUP_SLOTS];
static volatile sig_atomic_t installed;

/* Removes the files directly inside 'path' and then the folder.  Plot's
 * temporary folder holds only flat files, so one level is enough.  opendir
 * is not on POSIX's list of async-signal-safe calls; the process is about to
 * die either way, and leaving the folder behind is the only thing lost if it
 * fails. */
static void remove_flat_folder(const char *path)
{
    DIR *d = opendir(path);
    if (d != NULL) {
        int fd = dirfd(d);
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
                (void)unlinkat(fd, e->d_name, 0);
        }
        closedir(d);
    }
    (void)rmdir(path);
}

static void on_signal(int sig)
{
    int saved = errno;
    for (size_t i = 0; i < CLEANUP_SLOTS; i++) {
        const char *p = slots[i].path;
        if (p == NULL)
            continue;
        if (slots[i].folder)
            remove_flat_folder(p);
        else
            (void)unlink(p);
    }
    errno = saved;
    /* The default action, so that the parent sees the real cause. */
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install(void)
{
    if (installed)
        return;
    installed = 1;
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa, old;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigfillset(&sa.sa_mask); /* no other handler runs in between */
        /* A signal the caller chose to ignore (nohup) stays ignored. */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(sigs[i], &sa, NULL);
    }
}

static void block(sigset_t *old)
{
    sigset_t all;
    sigemptyset(&all);
    sigaddset(&all, SIGINT);
    sigaddset(&all, SIGTERM);
    sigaddset(&all, SIGHUP);
    sigprocmask(SIG_BLOCK, &all, old);
}

void cli_cleanup_add(const char *path, bool folder)
{
    install();
    sigset_t old;
    block(&old);
    for (size_t i = 0; i < CLEANUP_SLOTS; i++) {
        if (slots[i].path == NULL) {
            slots[i].folder = folder;
            slots[i].path = path;
            break;
        }
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
}

void cli_cleanup_forget(const char *path)
{
    sigset_t old;
    block(&old);
    for (size_t i = 0; i < CLEANUP_SLOTS; i++) {
        if (slots[i].path == path) {
            slots[i].path = NULL;
            break;
        }
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* A name for a temporary file beside 'path' whose last component fits in
 * NAME_MAX: ".NAME.XXXXXX" where NAME is the target's own name, or a short
 * fixed name when the target's is too long to take the suffix.  The caller
 * frees the result. */
char *cli_temp_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash != NULL ? (size_t)(slash - path) + 1 : 0;
    const char *base = path + dir_len;
    size_t base_len = strlen(base);
    static const char suffix[] = ".XXXXXX";
    static const char fallback[] = ".crimetrend";
    /* '.' + name + ".XXXXXX" must fit in NAME_MAX bytes. */
    bool fits = 1 + base_len + sizeof suffix - 1 <= NAME_MAX;
    const char *name = fits ? base : fallback + 1;
    size_t name_len = fits ? base_len : sizeof fallback - 2;
    size_t n = dir_len + 1 + name_len + sizeof suffix;
    char *tmp = malloc(n);
    if (tmp == NULL)
        return NULL;
    snprintf(tmp, n, "%.*s.%.*s%s", (int)dir_len, path, (int)name_len, name,
             suffix);
    return tmp;
}
