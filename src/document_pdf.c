/* document_pdf.c - the text of a PDF, from poppler's pdftotext run as a
 * separate process (no shell), its output read through a pipe.
 *
 * Why a process and not a library: a damaged or hostile PDF can crash or
 * hang a PDF parser; in its own process it takes down nothing but itself,
 * and is stopped after a time limit.  Why -layout: it keeps each row of a
 * table on one line with its figures in order ("Burglary 3,120 3,342
 * +7%"), which is how a published table states a change; the plain mode
 * writes a table one cell per line, so that no row can be read.  Pages in
 * two columns, which the plain mode reads in order, are split into their
 * columns in document.c. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "document_internal.h"
#include "error_set.h"
#include "alloc.h"
#include "text.h"

extern char **environ;

/* pdftotext is stopped after this long: a PDF that takes longer is
 * hostile or broken. */
#define PDF_SECONDS 120

static ct_status io_fail(ct_error *err, const char *name, const char *what,
                         int e)
{
    ct_status st = ctp_error_set(err, CT_STATUS_IO, name, 0, 0, "%s: %s", what,
                                 strerror(e));
    if (err != NULL && err->sys_errno == 0)
        err->sys_errno = e;
    return st;
}

/* The first line of pdftotext's messages that says what is wrong. */
static void first_error(const char *msg, char *buf, size_t size)
{
    const char *p = strstr(msg, "Error");
    if (p != NULL) {
        while (p > msg && p[-1] != '\n')
            p--;
    } else {
        p = msg;
    }
    size_t k = 0;
    while (p[k] != '\0' && p[k] != '\n' && k + 1 < size) {
        buf[k] = (unsigned char)p[k] < 0x20 || (unsigned char)p[k] >= 0x7F
                     ? '?' : p[k];
        k++;
    }
    buf[k] = '\0';
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The file pdftotext reads, when it is given open: its descriptor in
 * the child. */
#define CHILD_FD 3

ct_status ctp_doc_pdftotext(const char *path, int fd, const char *name,
                            const ct_document_options *opt, char **out,
                            size_t *out_len, ct_error *err)
{
    int po[2] = {-1, -1}, pe[2] = {-1, -1};
    ct_status st = CT_STATUS_OK;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    char msg[2048];
    size_t msg_len = 0;
    pid_t pid = -1;
    posix_spawn_file_actions_t fa;
    bool fa_init = false;

    if (pipe(po) != 0 || pipe(pe) != 0) {
        st = io_fail(err, name, "cannot make a pipe for pdftotext", errno);
        goto out;
    }
    if (posix_spawn_file_actions_init(&fa) != 0) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    fa_init = true;
    posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY,
                                     0);
    posix_spawn_file_actions_adddup2(&fa, po[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&fa, pe[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&fa, po[0]);
    posix_spawn_file_actions_addclose(&fa, pe[0]);
    posix_spawn_file_actions_addclose(&fa, po[1]);
    posix_spawn_file_actions_addclose(&fa, pe[1]);
    char fd_path[32] = "";
    if (path == NULL) {
        posix_spawn_file_actions_adddup2(&fa, fd, CHILD_FD);
        snprintf(fd_path, sizeof fd_path, "/dev/fd/%d", CHILD_FD);
        path = fd_path;
    }
    const char *prog = opt->pdftotext ? opt->pdftotext : "pdftotext";
    char *argv[] = {(char *)prog, "-layout", "-enc", "UTF-8", "-eol", "unix",
                    (char *)path, "-", NULL};
    int rc = posix_spawnp(&pid, prog, &fa, NULL, argv, environ);
    if (rc != 0) {
        pid = -1;
        if (rc == ENOENT)
            st = ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                               "cannot read a PDF without %s (install "
                               "poppler-utils)", prog);
        else
            st = io_fail(err, name, "cannot run pdftotext", rc);
        goto out;
    }
    close(po[1]);
    close(pe[1]);
    po[1] = pe[1] = -1;

    double deadline = now() + PDF_SECONDS;
    bool too_big = false, too_slow = false;
    struct pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
    int open_fds = 2;
    while (open_fds > 0) {
        double left = deadline - now();
        if (left <= 0) {
            too_slow = true;
            break;
        }
        int r = poll(fds, 2, (int)(left * 1000) + 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            st = io_fail(err, name, "cannot read pdftotext's output", errno);
            break;
        }
        for (int k = 0; k < 2; k++) {
            if (fds[k].fd < 0 || fds[k].revents == 0)
                continue;
            char chunk[65536];
            ssize_t got = read(fds[k].fd, chunk, sizeof chunk);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                fds[k].fd = -1;
                open_fds--;
                continue;
            }
            if (k == 1) {
                size_t take = (size_t)got;
                if (take > sizeof msg - 1 - msg_len)
                    take = sizeof msg - 1 - msg_len;
                memcpy(msg + msg_len, chunk, take);
                msg_len += take;
                continue;
            }
            if (len + (size_t)got > opt->max_bytes) {
                too_big = true;
                break;
            }
            if ((st = ctp_grow((void **)&buf, &cap, len + (size_t)got + 1, 1,
                               err)) != CT_STATUS_OK)
                break;
            memcpy(buf + len, chunk, (size_t)got);
            len += (size_t)got;
        }
        if (too_big || st != CT_STATUS_OK)
            break;
    }
    msg[msg_len] = '\0';
    if (open_fds > 0)
        kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    pid = -1;
    if (st != CT_STATUS_OK)
        goto out;
    if (too_big) {
        st = ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                           "its text is larger than %zu bytes; expected at "
                           "most that (--max-size to allow more)",
                           opt->max_bytes);
        goto out;
    }
    if (too_slow) {
        st = ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                           "pdftotext took more than %d seconds; the PDF is "
                           "damaged or too complex", PDF_SECONDS);
        goto out;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        char why[200];
        first_error(msg, why, sizeof why);
        if (strstr(msg, "assword") != NULL || strstr(msg, "ncrypt") != NULL)
            st = ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                               "the PDF is encrypted (it needs a password); "
                               "expected a PDF anyone can open");
        else if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
            st = ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                               "cannot read a PDF without %s (install "
                               "poppler-utils)", prog);
        else if (WIFSIGNALED(status))
            st = ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                               "pdftotext stopped on signal %d reading this "
                               "PDF; it is damaged", WTERMSIG(status));
        else
            st = ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                               "the PDF cannot be read (%s); expected a "
                               "complete, undamaged PDF",
                               why[0] ? why : "pdftotext failed");
        goto out;
    }
    if (buf == NULL && (st = ctp_grow((void **)&buf, &cap, 1, 1, err)))
        goto out;
    /* pdftotext writes UTF-8, but a broken font can give stray bytes:
     * those become U+FFFD so that the claim finder reads valid text. */
    size_t bad = 0;
    for (size_t i = 0; i < len;) {
        size_t k = (unsigned char)buf[i] < 0x80
                       ? 1 : ctp_utf8_len((unsigned char *)buf + i, len - i);
        if (k == 0 || buf[i] == '\0') {
            bad++;
            k = 1;
        }
        i += k;
    }
    if (bad > 0) {
        char *clean = malloc(len + 2 * bad + 1);
        if (clean == NULL) {
            st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
            goto out;
        }
        size_t n = 0;
        for (size_t i = 0; i < len;) {
            size_t k = (unsigned char)buf[i] < 0x80
                           ? 1 : ctp_utf8_len((unsigned char *)buf + i,
                                              len - i);
            if (k == 0 || buf[i] == '\0') {
                memcpy(clean + n, "\xEF\xBF\xBD", 3);
                n += 3;
                i++;
                continue;
            }
            memcpy(clean + n, buf + i, k);
            n += k;
            i += k;
        }
        free(buf);
        buf = clean;
        len = n;
    }
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    buf = NULL;
out:
    if (pid > 0) {
        kill(pid, SIGKILL);
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    if (fa_init)
        posix_spawn_file_actions_destroy(&fa);
    for (int k = 0; k < 2; k++) {
        if (po[k] >= 0)
            close(po[k]);
        if (pe[k] >= 0)
            close(pe[k]);
    }
    free(buf);
    return st;
}
