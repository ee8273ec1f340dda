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

/* One run of pdftotext: its pipes and process, what it wrote on each
 * (the text in buf, the start of its messages in msg) and how the
 * reading ended.  The steps fill it and end_run cleans it up, so that
 * every way out closes the same things. */
typedef struct pdf_run {
    const char *name;              /* the file as the caller names it */
    const ct_document_options *opt;
    const char *prog;              /* the pdftotext to run */
    int po[2], pe[2];              /* its standard output and error */
    pid_t pid;                     /* -1 once reaped or never started */
    posix_spawn_file_actions_t fa;
    bool fa_init;
    char *buf;                     /* its text */
    size_t len, cap;
    char msg[2048];                /* the start of its messages */
    size_t msg_len;
    bool too_big, too_slow;
    int status;                    /* as waitpid gives it */
} pdf_run;

/* Starts pdftotext with no shell, its output and messages on two pipes
 * and nothing on its input; a file given open is passed as descriptor
 * CHILD_FD and named by /dev/fd. */
static ct_status start_pdftotext(pdf_run *r, const char *path, int fd,
                                 ct_error *err)
{
    if (pipe(r->po) != 0 || pipe(r->pe) != 0)
        return io_fail(err, r->name, "cannot make a pipe for pdftotext",
                       errno);
    if (posix_spawn_file_actions_init(&r->fa) != 0)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    r->fa_init = true;
    posix_spawn_file_actions_t *fa = &r->fa;
    posix_spawn_file_actions_addopen(fa, STDIN_FILENO, "/dev/null", O_RDONLY,
                                     0);
    posix_spawn_file_actions_adddup2(fa, r->po[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(fa, r->pe[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(fa, r->po[0]);
    posix_spawn_file_actions_addclose(fa, r->pe[0]);
    posix_spawn_file_actions_addclose(fa, r->po[1]);
    posix_spawn_file_actions_addclose(fa, r->pe[1]);
    char fd_path[32] = "";
    if (path == NULL) {
        posix_spawn_file_actions_adddup2(fa, fd, CHILD_FD);
        snprintf(fd_path, sizeof fd_path, "/dev/fd/%d", CHILD_FD);
        path = fd_path;
    }
    char *argv[] = {(char *)r->prog, "-layout", "-enc", "UTF-8", "-eol",
                    "unix", (char *)path, "-", NULL};
    int rc = posix_spawnp(&r->pid, r->prog, fa, NULL, argv, environ);
    if (rc != 0) {
        r->pid = -1;
        if (rc == ENOENT)
            return ctp_error_set(err, CT_STATUS_INPUT, r->name, 0, 0,
                                 "cannot read a PDF without %s (install "
                                 "poppler-utils)", r->prog);
        return io_fail(err, r->name, "cannot run pdftotext", rc);
    }
    close(r->po[1]);
    close(r->pe[1]);
    r->po[1] = r->pe[1] = -1;
    return CT_STATUS_OK;
}

/* Reads both pipes together until pdftotext closes them, so that neither
 * fills and blocks it; stops early past the size or time limit (which
 * are said later, once the process is reaped), and reaps it. */
static ct_status read_pdftotext(pdf_run *r, ct_error *err)
{
    ct_status st = CT_STATUS_OK;
    double deadline = now() + PDF_SECONDS;
    struct pollfd fds[2] = {{r->po[0], POLLIN, 0}, {r->pe[0], POLLIN, 0}};
    int open_fds = 2;
    while (open_fds > 0) {
        double left = deadline - now();
        if (left <= 0) {
            r->too_slow = true;
            break;
        }
        int rc = poll(fds, 2, (int)(left * 1000) + 1);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc < 0) {
            st = io_fail(err, r->name, "cannot read pdftotext's output",
                         errno);
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
                if (take > sizeof r->msg - 1 - r->msg_len)
                    take = sizeof r->msg - 1 - r->msg_len;
                memcpy(r->msg + r->msg_len, chunk, take);
                r->msg_len += take;
                continue;
            }
            if (r->len + (size_t)got > r->opt->max_bytes) {
                r->too_big = true;
                break;
            }
            if ((st = ctp_grow((void **)&r->buf, &r->cap,
                               r->len + (size_t)got + 1, 1, err)) !=
                CT_STATUS_OK)
                break;
            memcpy(r->buf + r->len, chunk, (size_t)got);
            r->len += (size_t)got;
        }
        if (r->too_big || st != CT_STATUS_OK)
            break;
    }
    r->msg[r->msg_len] = '\0';
    if (open_fds > 0)
        kill(r->pid, SIGKILL);
    while (waitpid(r->pid, &r->status, 0) < 0 && errno == EINTR)
        ;
    r->pid = -1;
    return st;
}

/* Says why the text cannot be had: a limit reached, or pdftotext failing,
 * in the analyst's terms (encrypted, damaged, not installed) rather than
 * pdftotext's. */
static ct_status check_exit(const pdf_run *r, ct_error *err)
{
    const char *name = r->name;
    int status = r->status;
    if (r->too_big)
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "its text is larger than %zu bytes; expected "
                             "at most that (--max-size to allow more)",
                             r->opt->max_bytes);
    if (r->too_slow)
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "pdftotext took more than %d seconds; the PDF "
                             "is damaged or too complex", PDF_SECONDS);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return CT_STATUS_OK;
    char why[200];
    first_error(r->msg, why, sizeof why);
    if (strstr(r->msg, "assword") != NULL || strstr(r->msg, "ncrypt") != NULL)
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "the PDF is encrypted (it needs a password); "
                             "expected a PDF anyone can open");
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "cannot read a PDF without %s (install "
                             "poppler-utils)", r->prog);
    if (WIFSIGNALED(status))
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "pdftotext stopped on signal %d reading this "
                             "PDF; it is damaged", WTERMSIG(status));
    return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                         "the PDF cannot be read (%s); expected a "
                         "complete, undamaged PDF",
                         why[0] ? why : "pdftotext failed");
}

/* The length of the valid UTF-8 sequence at buf[i], or 0 for a stray
 * byte or a NUL. */
static size_t utf8_at(const char *buf, size_t len, size_t i)
{
    size_t k = (unsigned char)buf[i] < 0x80
                   ? 1 : ctp_utf8_len((unsigned char *)buf + i, len - i);
    return buf[i] == '\0' ? 0 : k;
}

/* pdftotext writes UTF-8, but a broken font can give stray bytes: those
 * become U+FFFD so that the claim finder reads valid text.  The text is
 * copied only when it holds one. */
static ct_status replace_bad_bytes(pdf_run *r, ct_error *err)
{
    size_t bad = 0;
    for (size_t i = 0; i < r->len;) {
        size_t k = utf8_at(r->buf, r->len, i);
        if (k == 0) {
            bad++;
            k = 1;
        }
        i += k;
    }
    if (bad == 0)
        return CT_STATUS_OK;
    char *clean = malloc(r->len + 2 * bad + 1);
    if (clean == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < r->len;) {
        size_t k = utf8_at(r->buf, r->len, i);
        if (k == 0) {
            memcpy(clean + n, "\xEF\xBF\xBD", 3);
            n += 3;
            i++;
            continue;
        }
        memcpy(clean + n, r->buf + i, k);
        n += k;
        i += k;
    }
    free(r->buf);
    r->buf = clean;
    r->len = n;
    return CT_STATUS_OK;
}

/* Stops pdftotext if it still runs and closes what is open, whichever
 * step failed. */
static void end_run(pdf_run *r)
{
    if (r->pid > 0) {
        kill(r->pid, SIGKILL);
        while (waitpid(r->pid, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    if (r->fa_init)
        posix_spawn_file_actions_destroy(&r->fa);
    for (int k = 0; k < 2; k++) {
        if (r->po[k] >= 0)
            close(r->po[k]);
        if (r->pe[k] >= 0)
            close(r->pe[k]);
    }
    free(r->buf);
}

ct_status ctp_doc_pdftotext(const char *path, int fd, const char *name,
                            const ct_document_options *opt, char **out,
                            size_t *out_len, ct_error *err)
{
    pdf_run r = {.name = name, .opt = opt, .po = {-1, -1}, .pe = {-1, -1},
                 .pid = -1};
    r.prog = opt->pdftotext ? opt->pdftotext : "pdftotext";
    ct_status st = start_pdftotext(&r, path, fd, err);
    if (st == CT_STATUS_OK)
        st = read_pdftotext(&r, err);
    if (st == CT_STATUS_OK)
        st = check_exit(&r, err);
    if (st == CT_STATUS_OK && r.buf == NULL)
        st = ctp_grow((void **)&r.buf, &r.cap, 1, 1, err);
    if (st == CT_STATUS_OK)
        st = replace_bad_bytes(&r, err);
    if (st == CT_STATUS_OK) {
        r.buf[r.len] = '\0';
        *out = r.buf;
        *out_len = r.len;
        r.buf = NULL;
    }
    end_run(&r);
    return st;
}
