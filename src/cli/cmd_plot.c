/* cmd_plot.c - crimetrend plot: the library plans the charts and writes
 * their gnuplot scripts and data; this file puts each file into the output
 * folder atomically and renders the charts with gnuplot.
 *
 * Rendering: the charts are dealt into batches, one per job, and each
 * batch is one gnuplot process (fork and exec, no shell) that reads a
 * driver script on its standard input, with the output folder as its
 * working directory.  gnuplot reading its standard input goes on after an
 * error, and the driver prints a status line after each chart, so a chart
 * that fails is reported by name and the others are still drawn.  If the
 * process dies instead, the chart it was drawing is tried again alone and
 * the rest of the batch goes back in the queue.  Each image is drawn under
 * a temporary folder in the output folder and renamed into place only when
 * gnuplot reports it drawn. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"

/* The gnuplot program: $CRIMETREND_GNUPLOT, or gnuplot on the PATH. */
#define GNUPLOT_ENV "CRIMETREND_GNUPLOT"
#define MAX_DEFAULT_JOBS 8

/* ---- files and folders ------------------------------------------------- */

/* mkdir -p: makes 'path' and any missing parents.  Prints the error. */
static int make_folder(const char *path)
{
    size_t n = strlen(path);
    char *p = malloc(n + 1);
    if (p == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    memcpy(p, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (p[i] != '/' && p[i] != '\0')
            continue;
        char c = p[i];
        p[i] = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            fprintf(stderr, "crimetrend: cannot make folder '%s': %s\n", p,
                    strerror(errno));
            free(p);
            return EXIT_IO;
        }
        p[i] = c;
    }
    free(p);
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "crimetrend: '%s' is not a folder\n", path);
        return EXIT_IO;
    }
    return EXIT_OK;
}

/* "DIR/NAME" in a new string, or NULL (message printed). */
static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *s = malloc(n);
    if (s == NULL)
        fputs("crimetrend: out of memory\n", stderr);
    else
        snprintf(s, n, "%s/%s", dir, name);
    return s;
}

/* Removes the temporary folder and whatever is left in it. */
static void remove_folder(const char *path)
{
    DIR *d = opendir(path);
    if (d != NULL) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char *f = join(path, e->d_name);
            if (f != NULL)
                unlink(f);
            free(f);
        }
        closedir(d);
    }
    rmdir(path);
}

/* Writes chart i's script and data files, each atomically.  Returns an
 * exit status (message printed). */
static int write_chart(const ct_chart_set *set, size_t i, const char *dir,
                       ct_gnuplot_terminal term)
{
    const ct_chart *c = ct_chart_set_chart(set, i);
    char name[CT_GNUPLOT_NAME_MAX + 16];
    char *paths[3] = {NULL, NULL, NULL};
    cli_output out[3];
    size_t n_files = 1 + c->n_data;
    int status = EXIT_OK;
    memset(out, 0, sizeof out);
    for (size_t k = 0; k < n_files; k++) {
        if (k == 0)
            snprintf(name, sizeof name, "%s.gp", c->name);
        else
            ct_chart_data_name(c, k - 1, name, sizeof name);
        /* Slugs cannot leave the folder; checked all the same. */
        if (!ct_gnuplot_name_is_safe(name)) {
            fprintf(stderr, "crimetrend: plot: unsafe file name '%s'\n",
                    name);
            status = EXIT_INTERNAL;
            goto out;
        }
        if ((paths[k] = join(dir, name)) == NULL) {
            status = EXIT_IO;
            goto out;
        }
        if ((status = cli_output_open(&out[k], paths[k])) != EXIT_OK)
            goto out;
    }
    ct_error err = CT_ERROR_INIT;
    FILE *data[2] = {out[1].fp, n_files > 2 ? out[2].fp : NULL};
    if (ct_gnuplot_write_chart(set, i, term, out[0].fp, data, &err) !=
        CT_STATUS_OK) {
        if (err.status == CT_STATUS_IO)
            fprintf(stderr, "crimetrend: cannot write '%s': %s\n", paths[0],
                    strerror(errno ? errno : EIO));
        status = err.status == CT_STATUS_IO ? EXIT_IO : cli_report(&err);
        goto out;
    }
    for (size_t k = 0; k < n_files; k++)
        if ((status = cli_output_commit(&out[k])) != EXIT_OK)
            goto out;
out:
    for (size_t k = 0; k < n_files; k++) {
        if (out[k].fp != NULL)
            cli_output_abort(&out[k]);
        free(paths[k]);
    }
    return status;
}

/* ---- finding gnuplot --------------------------------------------------- */

/* 'path' made absolute against the working directory (gnuplot runs in
 * the output folder), if it is an executable file; else NULL.  The result
 * is allocated. */
static char *executable(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
        access(path, X_OK) != 0)
        return NULL;
    char cwd[PATH_MAX];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd) == NULL)
        return NULL;
    return path[0] == '/' ? join("", path + 1) : join(cwd, path);
}

/* The program to run: a path, or a bare name found on the PATH; NULL when
 * there is none.  The result is allocated. */
static char *find_gnuplot(void)
{
    const char *prog = getenv(GNUPLOT_ENV);
    if (prog == NULL || prog[0] == '\0')
        prog = "gnuplot";
    if (strchr(prog, '/') != NULL)
        return executable(prog);
    const char *path = getenv("PATH");
    if (path == NULL)
        path = "/usr/bin:/bin";
    while (*path) {
        size_t len = strcspn(path, ":");
        char *cand = malloc(len + strlen(prog) + 3);
        if (cand == NULL)
            return NULL;
        snprintf(cand, len + strlen(prog) + 3, "%.*s/%s", (int)len, path,
                 prog);
        char *abs = len > 0 ? executable(cand) : NULL;
        free(cand);
        if (abs != NULL)
            return abs;
        path += len + (path[len] == ':');
    }
    return NULL;
}

/* ---- rendering --------------------------------------------------------- */

typedef struct batch {
    size_t *charts;   /* chart indices, in drawing order (owned) */
    size_t n;
} batch;

typedef struct job {
    batch b;
    size_t n_done;    /* status lines received */
    pid_t pid;
    int fd;           /* read end of gnuplot's standard output */
    char line[2048];  /* a partial status line */
    size_t len;
    char log[64];     /* gnuplot's standard error, in the temporary folder */
} job;

typedef struct render {
    const ct_chart_set *set;
    const char *dir;       /* output folder */
    char *tmp;             /* temporary folder inside it (path) */
    const char *tmp_name;  /* its last component */
    const char *program;   /* gnuplot */
    ct_gnuplot_terminal terminal;
    batch *queue;          /* batches waiting */
    size_t n_queue, cap_queue;
    size_t n_batches;      /* started so far, for driver names */
    size_t n_total, n_drawn, n_failed;
    bool *drawn;           /* by chart: its image is in place */
    bool progress;         /* stderr is a terminal */
    bool progress_shown;
} render;

static void draw_progress(render *r)
{
    if (!r->progress)
        return;
    size_t done = r->n_drawn + r->n_failed, width = 30;
    size_t fill = r->n_total ? done * width / r->n_total : width;
    char bar[64];
    for (size_t k = 0; k < width; k++)
        bar[k] = k < fill ? '#' : '-';
    bar[width] = '\0';
    fprintf(stderr, "\rrendering [%s] %zu/%zu", bar, done, r->n_total);
    fflush(stderr);
    r->progress_shown = true;
}

static void clear_progress(render *r)
{
    if (r->progress_shown) {
        fputs("\r\033[K", stderr);
        r->progress_shown = false;
    }
}

static void chart_failed(render *r, size_t chart, const char *why)
{
    clear_progress(r);
    fprintf(stderr, "crimetrend: plot: chart '%s' failed: %s\n",
            ct_chart_set_chart(r->set, chart)->name, why);
    r->n_failed++;
    draw_progress(r);
}

/* gnuplot reported chart 'chart' drawn: rename its image into place. */
static void chart_drawn(render *r, size_t chart)
{
    const ct_chart *c = ct_chart_set_chart(r->set, chart);
    const char *ext = ct_gnuplot_terminal_extension(r->terminal);
    char name[CT_GNUPLOT_NAME_MAX + 16];
    snprintf(name, sizeof name, "%s.%s", c->name, ext);
    char *from = join(r->tmp, name), *to = join(r->dir, name);
    struct stat st;
    if (from == NULL || to == NULL) {
        chart_failed(r, chart, "out of memory");
    } else if (stat(from, &st) != 0 || st.st_size == 0) {
        chart_failed(r, chart, "gnuplot wrote no image");
    } else if (rename(from, to) != 0) {
        char why[600];
        snprintf(why, sizeof why, "cannot write '%s': %s", to,
                 strerror(errno));
        chart_failed(r, chart, why);
    } else {
        r->n_drawn++;
        if (r->drawn != NULL)
            r->drawn[chart] = true;
        draw_progress(r);
    }
    if (from != NULL)
        unlink(from);
    free(from);
    free(to);
}

static int enqueue(render *r, const size_t *charts, size_t n)
{
    if (n == 0)
        return EXIT_OK;
    if (r->n_queue == r->cap_queue) {
        size_t cap = r->cap_queue ? 2 * r->cap_queue : 16;
        batch *q = realloc(r->queue, cap * sizeof *q);
        if (q == NULL)
            return EXIT_IO;
        r->queue = q;
        r->cap_queue = cap;
    }
    batch *b = &r->queue[r->n_queue];
    b->charts = malloc(n * sizeof *b->charts);
    if (b->charts == NULL)
        return EXIT_IO;
    memcpy(b->charts, charts, n * sizeof *charts);
    b->n = n;
    r->n_queue++;
    return EXIT_OK;
}

/* Writes the batch's driver script (atomically, as every file): it draws
 * the batch's charts in order and prints a status line after each. */
static int write_driver(const render *r, const job *j, const char *path)
{
    const char **names = malloc((j->b.n + 1) * sizeof *names);
    if (names == NULL)
        return EXIT_IO;
    for (size_t k = 0; k < j->b.n; k++)
        names[k] = ct_chart_set_chart(r->set, j->b.charts[k])->name;
    cli_output o;
    memset(&o, 0, sizeof o);
    int status = cli_output_open(&o, path);
    if (status == EXIT_OK) {
        ct_error err = CT_ERROR_INIT;
        if (ct_gnuplot_write_driver(o.fp, r->terminal, r->tmp_name, names,
                                    j->b.n, &err) != CT_STATUS_OK) {
            status = cli_report(&err);
            cli_output_abort(&o);
        } else {
            status = cli_output_commit(&o);
        }
    }
    free(names);
    return status;
}

/* Starts gnuplot on the driver: fork and exec, no shell, so that no
 * name in the data can reach a command line.  Sets the job's pid and the
 * read end of its status pipe. */
static int spawn_gnuplot(const render *r, job *j, const char *driver_path,
                         const char *log_path)
{
    int in = open(driver_path, O_RDONLY);
    int err_fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int p[2] = {-1, -1};
    pid_t pid = -1;
    if (in < 0 || err_fd < 0 || pipe(p) != 0) {
        fprintf(stderr, "crimetrend: plot: cannot start gnuplot: %s\n",
                strerror(errno));
    } else {
        /* Other jobs' children must not hold this pipe open. */
        fcntl(p[0], F_SETFD, FD_CLOEXEC);
        fcntl(p[1], F_SETFD, FD_CLOEXEC);
        fcntl(in, F_SETFD, FD_CLOEXEC);
        fcntl(err_fd, F_SETFD, FD_CLOEXEC);
        fflush(NULL);
        pid = fork();
        if (pid < 0)
            fprintf(stderr, "crimetrend: plot: cannot start gnuplot: %s\n",
                    strerror(errno));
    }
    if (pid == 0) {
        /* The child: standard input is the driver, standard output the
         * status pipe, standard error the log; the working directory is
         * the output folder.  No shell is involved. */
        char *const argv[] = {(char *)"gnuplot", NULL};
        if (dup2(in, STDIN_FILENO) < 0 || dup2(p[1], STDOUT_FILENO) < 0 ||
            dup2(err_fd, STDERR_FILENO) < 0 || chdir(r->dir) != 0)
            _exit(126);
        execv(r->program, argv);
        _exit(127);
    }
    if (pid < 0 && p[0] >= 0)
        close(p[0]);
    if (p[1] >= 0)
        close(p[1]);
    if (in >= 0)
        close(in);
    if (err_fd >= 0)
        close(err_fd);
    if (pid < 0)
        return EXIT_IO;
    j->pid = pid;
    j->fd = p[0];
    return EXIT_OK;
}

/* Writes the driver for the batch and starts gnuplot on it.  Returns an
 * exit status; on failure the batch's charts are reported failed. */
static int start_job(render *r, job *j)
{
    char driver[64];
    size_t id = r->n_batches++;
    snprintf(driver, sizeof driver, "batch-%zu.gp", id);
    snprintf(j->log, sizeof j->log, "batch-%zu.log", id);
    j->n_done = 0;
    j->len = 0;
    j->fd = -1;
    j->pid = -1;
    char *driver_path = join(r->tmp, driver);
    char *log_path = join(r->tmp, j->log);
    int status = EXIT_IO;
    if (driver_path != NULL && log_path != NULL &&
        (status = write_driver(r, j, driver_path)) == EXIT_OK)
        status = spawn_gnuplot(r, j, driver_path, log_path);
    free(driver_path);
    free(log_path);
    if (status == EXIT_OK)
        return EXIT_OK;
    for (size_t k = 0; k < j->b.n; k++)
        chart_failed(r, j->b.charts[k], "gnuplot could not be started");
    free(j->b.charts);
    j->b.charts = NULL;
    return status;
}

/* One line from gnuplot's standard output: "ct-status ERRNO NAME MSG";
 * other lines are ignored. */
static void status_line(render *r, job *j, char *line)
{
    static const char tag[] = "ct-status ";
    if (strncmp(line, tag, sizeof tag - 1) != 0 || j->n_done >= j->b.n)
        return;
    char *p = line + sizeof tag - 1;
    char *end;
    long errnum = strtol(p, &end, 10);
    if (end == p || *end != ' ')
        return;
    p = end + 1;
    size_t len = strcspn(p, " ");
    size_t chart = j->b.charts[j->n_done];
    const char *want = ct_chart_set_chart(r->set, chart)->name;
    if (strlen(want) != len || strncmp(p, want, len) != 0)
        return; /* not ours: a chart script printed it */
    const char *msg = p[len] == ' ' ? p + len + 1 : "";
    j->n_done++;
    if (errnum == 0) {
        chart_drawn(r, chart);
    } else {
        char why[600];
        snprintf(why, sizeof why, "gnuplot: %s", msg[0] ? msg : "error");
        chart_failed(r, chart, why);
        const char *ext = ct_gnuplot_terminal_extension(r->terminal);
        char name[CT_GNUPLOT_NAME_MAX + 16];
        snprintf(name, sizeof name, "%s.%s", want, ext);
        char *tmp = join(r->tmp, name);
        if (tmp != NULL)
            unlink(tmp);
        free(tmp);
    }
}

/* Reads what is there; returns false at end of file. */
static bool read_job(render *r, job *j)
{
    char buf[4096];
    ssize_t n = read(j->fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR)
        return true;
    if (n <= 0)
        return false;
    for (ssize_t k = 0; k < n; k++) {
        if (buf[k] == '\n') {
            j->line[j->len] = '\0';
            status_line(r, j, j->line);
            j->len = 0;
        } else if (j->len + 1 < sizeof j->line) {
            j->line[j->len++] = buf[k];
        }
    }
    return true;
}

/* The process has ended: charts it did not report go back in the queue,
 * the one it was drawing alone; a chart that fails alone is failed. */
static int finish_job(render *r, job *j)
{
    close(j->fd);
    j->fd = -1;
    int wstatus = 0;
    while (waitpid(j->pid, &wstatus, 0) < 0 && errno == EINTR)
        ;
    int status = EXIT_OK;
    size_t left = j->b.n - j->n_done;
    if (left > 0) {
        size_t culprit = j->b.charts[j->n_done];
        if (j->b.n == 1) {
            char why[200];
            if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 127)
                snprintf(why, sizeof why, "cannot run '%s'", r->program);
            else if (WIFSIGNALED(wstatus))
                snprintf(why, sizeof why, "gnuplot was killed by signal %d",
                         WTERMSIG(wstatus));
            else
                snprintf(why, sizeof why, "gnuplot stopped without drawing "
                         "it (exit status %d)", WIFEXITED(wstatus)
                                                     ? WEXITSTATUS(wstatus)
                                                     : -1);
            chart_failed(r, culprit, why);
        } else if (enqueue(r, &culprit, 1) != EXIT_OK ||
                   enqueue(r, j->b.charts + j->n_done + 1, left - 1) !=
                       EXIT_OK) {
            fputs("crimetrend: out of memory\n", stderr);
            status = EXIT_IO;
        }
    }
    free(j->b.charts);
    j->b.charts = NULL;
    j->pid = -1;
    return status;
}

/* Deals the charts round-robin into one batch per job, so that each
 * batch gets a share of every kind (and so of the slow ones).  Sets
 * *status to enqueue's; returns false, with nothing printed, when there
 * is no memory for a batch's list. */
static bool deal_batches(render *r, int jobs, int *status)
{
    size_t n = r->n_total;
    size_t n_batches = (size_t)jobs < n ? (size_t)jobs : n;
    *status = EXIT_OK;
    for (size_t b = 0; b < n_batches && *status == EXIT_OK; b++) {
        size_t m = 0;
        size_t *v = malloc((n / n_batches + 1) * sizeof *v);
        if (v == NULL)
            return false;
        for (size_t i = b; i < n; i += n_batches)
            v[m++] = i;
        *status = enqueue(r, v, m);
        free(v);
    }
    return true;
}

/* The gnuplot processes running at once, one slot per job, and what
 * poll watches of them. */
typedef struct job_pool {
    job *running;          /* by slot; pid < 0 when the slot is free */
    struct pollfd *fds;
    int slot[256];         /* the slot of each watched descriptor */
    int jobs;
    size_t next;           /* the first batch in the queue not started */
    int status;            /* the first failure, or EXIT_OK */
} job_pool;

/* Keeps the first failure: a later one is usually its consequence. */
static void pool_fail(job_pool *p, int st)
{
    if (st != EXIT_OK && p->status == EXIT_OK)
        p->status = st;
}

/* Starts batches while there are free slots. */
static void fill_slots(render *r, job_pool *p)
{
    for (int k = 0; k < p->jobs && p->next < r->n_queue; k++) {
        if (p->running[k].pid >= 0)
            continue;
        p->running[k].b = r->queue[p->next];
        r->queue[p->next].charts = NULL;
        p->next++;
        pool_fail(p, start_job(r, &p->running[k]));
    }
}

/* Fills the poll set with the running jobs' pipes; returns how many. */
static nfds_t watch_jobs(job_pool *p)
{
    nfds_t nf = 0;
    for (int k = 0; k < p->jobs; k++)
        if (p->running[k].pid >= 0) {
            p->fds[nf].fd = p->running[k].fd;
            p->fds[nf].events = POLLIN;
            p->fds[nf].revents = 0;
            p->slot[nf++] = k;
        }
    return nf;
}

/* Reads every pipe poll found ready; a job whose pipe has closed is
 * finished, which may put its undrawn charts back in the queue. */
static void read_ready(render *r, job_pool *p, nfds_t nf)
{
    for (nfds_t f = 0; f < nf; f++) {
        if (p->fds[f].revents == 0)
            continue;
        job *j = &p->running[p->slot[f]];
        if (!read_job(r, j))
            pool_fail(p, finish_job(r, j));
    }
}

/* Only after an error are processes still running: wait for them, and
 * free what was never started. */
static void drain_pool(render *r, job_pool *p)
{
    for (int k = 0; k < p->jobs; k++)
        if (p->running[k].pid >= 0) {
            close(p->running[k].fd);
            waitpid(p->running[k].pid, NULL, 0);
            free(p->running[k].b.charts);
        }
    for (size_t q = p->next; q < r->n_queue; q++)
        free(r->queue[q].charts);
}

/* Renders every chart of the set; returns an exit status. */
static int render_all(render *r, int jobs)
{
    job_pool p = {.jobs = jobs};
    if (!deal_batches(r, jobs, &p.status))
        return EXIT_IO;
    p.running = calloc((size_t)jobs, sizeof *p.running);
    p.fds = calloc((size_t)jobs, sizeof *p.fds);
    if (p.status != EXIT_OK || p.running == NULL || p.fds == NULL) {
        free(p.running);
        free(p.fds);
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    for (int k = 0; k < jobs; k++)
        p.running[k].pid = -1;
    draw_progress(r);
    for (;;) {
        fill_slots(r, &p);
        nfds_t nf = watch_jobs(&p);
        if (nf == 0 && p.next >= r->n_queue)
            break;
        if (nf == 0)
            continue;
        if (poll(p.fds, nf, -1) < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "crimetrend: plot: %s\n", strerror(errno));
            p.status = EXIT_IO;
            break;
        }
        read_ready(r, &p, nf);
    }
    clear_progress(r);
    drain_pool(r, &p);
    free(p.running);
    free(p.fds);
    return p.status;
}

/* ---- charts for plot and assess ---------------------------------------- */

static int default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_DEFAULT_JOBS ? MAX_DEFAULT_JOBS : (int)n;
}


/* The data's name for the footnotes: --source; else the first line of
 * DIR/source (a file the dataset's publisher or the analyst writes, such
 * as "Metropolitan Police Service, recorded crime by borough"); else the
 * name of the dataset's folder (never "."); "standard input" for counts
 * read from it. */
const char *cli_chart_source(const cli_args *a, char *buf, size_t size)
{
    if (a->source != NULL)
        return a->source;
    if (a->dir != NULL) {
        char *path = join(a->dir, "source");
        FILE *f = path != NULL ? fopen(path, "r") : NULL;
        free(path);
        if (f != NULL) {
            bool got = fgets(buf, (int)size, f) != NULL;
            fclose(f);
            if (got) {
                buf[strcspn(buf, "\r\n")] = '\0';
                if (buf[0] != '\0')
                    return buf;
            }
        }
    }
    const char *path = a->dir != NULL ? a->dir : a->counts;
    if (path == NULL)
        return NULL;
    if (strcmp(path, "-") == 0)
        return "standard input";
    /* The last component of the path; "." (or "..") stands for the
     * working folder (or its parent), named from getcwd. */
    char cwd[PATH_MAX];
    size_t len = strlen(path);
    while (len > 1 && path[len - 1] == '/')
        len--;
    size_t start = len;
    while (start > 0 && path[start - 1] != '/')
        start--;
    size_t up = len - start == 1 && path[start] == '.' ? 0
              : len - start == 2 && strncmp(path + start, "..", 2) == 0 ? 1
                                                                        : 2;
    if (up < 2 && getcwd(cwd, sizeof cwd) != NULL) {
        path = cwd;
        len = strlen(cwd);
        for (size_t k = 0; k <= up; k++) {
            if (k == 1)
                while (len > 1 && cwd[len - 1] != '/')
                    len--;
            while (len > 1 && cwd[len - 1] == '/')
                len--;
        }
        start = len;
        while (start > 0 && path[start - 1] != '/')
            start--;
    }
    snprintf(buf, size, "%.*s", (int)(len - start), path + start);
    return buf[0] != '\0' ? buf : NULL;
}

void cli_charts_free(cli_charts *c)
{
    ct_chart_set_free(c->set);
    free(c->drawn);
    memset(c, 0, sizeof *c);
}

int cli_charts_draw(const cli_command *cmd, const ct_dataset *ds,
                    const ct_dataset *months, const ct_tables_query *q,
                    const ct_chart_options *opt, const char *dir,
                    bool render_them, ct_gnuplot_terminal terminal, int jobs,
                    cli_charts *out)
{
    memset(out, 0, sizeof *out);
    ct_error err = CT_ERROR_INIT;
    char *program = NULL;
    if (render_them && (program = find_gnuplot()) == NULL) {
        fprintf(stderr, "crimetrend: %s: cannot find gnuplot; the charts "
                "are not drawn\n", cmd->name);
        return EXIT_IO;
    }
    if (ct_chart_set_new(ds, months, q, opt, &out->set, &err) != CT_STATUS_OK) {
        free(program);
        return cli_fail(cmd, err.status, &err);
    }
    size_t n = ct_chart_set_count(out->set);
    out->drawn = calloc(n + 1, sizeof *out->drawn);
    int status = out->drawn != NULL ? make_folder(dir) : EXIT_IO;
    ct_gnuplot_terminal script_term = render_them ? terminal : CT_GNUPLOT_PNG;
    for (size_t i = 0; i < n && status == EXIT_OK; i++)
        status = write_chart(out->set, i, dir, script_term);
    out->written = status == EXIT_OK;
    if (status != EXIT_OK || !render_them || n == 0) {
        free(program);
        return status;
    }
    render r;
    memset(&r, 0, sizeof r);
    r.set = out->set;
    r.dir = dir;
    r.program = program;
    r.terminal = terminal;
    r.n_total = n;
    r.drawn = out->drawn;
    r.progress = isatty(STDERR_FILENO) != 0;
    r.tmp = join(dir, ".render-XXXXXX");
    /* Removed on a signal too (cli_cleanup). */
    if (r.tmp != NULL)
        cli_cleanup_add(r.tmp, true);
    if (r.tmp == NULL || mkdtemp(r.tmp) == NULL) {
        if (r.tmp != NULL)
            cli_cleanup_forget(r.tmp);
        fprintf(stderr, "crimetrend: cannot make a temporary folder in "
                "'%s': %s\n", dir, strerror(errno));
        free(r.tmp);
        free(program);
        return EXIT_IO;
    }
    r.tmp_name = strrchr(r.tmp, '/') + 1;
    status = render_all(&r, jobs > 0 ? jobs : default_jobs());
    remove_folder(r.tmp);
    cli_cleanup_forget(r.tmp);
    free(r.tmp);
    free(r.queue);
    free(program);
    out->n_drawn = r.n_drawn;
    return status;
}

/* ---- the command ------------------------------------------------------- */

/* True when some period of 'ds' is shorter than a year. */
static bool has_short_periods(const ct_dataset *ds)
{
    for (ct_dataset_id p = 0; p < ct_dataset_n_periods(ds); p++)
        if (ct_dataset_period(ds, p).n_months < 12)
            return true;
    return false;
}


/* Before any file is written: without gnuplot (when rendering is asked
 * for) the command stops at once and says how to install it. */
static int plot_check_gnuplot(const cli_args *a)
{
    char *program = NULL;
    if (a->render && (program = find_gnuplot()) == NULL) {
        const char *env = getenv(GNUPLOT_ENV);
        fprintf(stderr, "crimetrend: plot: cannot find gnuplot ('%s'); "
                "install it (Debian: apt-get install gnuplot-nox), or use "
                "--render none to write the scripts only\n",
                env != NULL && env[0] ? env : "gnuplot");
        return EXIT_IO;
    }
    free(program);
    return EXIT_OK;
}

/* The two datasets a plot draws on: the data as read (monthly, for XmR
 * charts), and, when the comparisons need other periods, the data rolled
 * up to them. */
typedef struct plot_data {
    ct_dataset *raw;
    ct_dataset *ds;      /* NULL when the comparisons use 'raw' itself */
} plot_data;

/* Reads the data and picks the periods the comparisons use:
 * --period-type, or calendar years when the data has months or quarters.
 * Both datasets get their all-offence totals. */
static int plot_load(cli_args *a, plot_data *d)
{
    cli_args raw_args = *a;
    raw_args.has_period_type = false;
    int status = cli_load_dataset(&raw_args, &d->raw);
    if (status != EXIT_OK)
        return status;
    ct_error err = CT_ERROR_INIT;
    ct_period_type pt = a->period_type;
    bool aggregate = a->has_period_type;
    if (!aggregate && has_short_periods(d->raw)) {
        pt.kind = CT_PERIOD_YEAR;
        pt.end_month = 0;
        aggregate = true;
    }
    if (aggregate &&
        ct_dataset_aggregate(d->raw, pt, &d->ds, cli_warn, a, &err) !=
            CT_STATUS_OK)
        return cli_report(&err);
    ct_dataset *main_ds = d->ds != NULL ? d->ds : d->raw;
    if (ct_dataset_add_total(main_ds, &err) != CT_STATUS_OK ||
        (d->ds != NULL && ct_dataset_add_total(d->raw, &err) != CT_STATUS_OK))
        return cli_report(&err);
    return EXIT_OK;
}

/* The summary line on standard output: how many charts of each kind were
 * written and how many rendered.  It goes out last, after any message
 * about a chart; a chart that failed to render makes the command fail. */
static int plot_summary(const cli_args *a, const char *dir,
                        const cli_charts *charts, int status)
{
    size_t n = ct_chart_set_count(charts->set);
    size_t per_kind[5] = {0, 0, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        unsigned k = (unsigned)ct_chart_set_chart(charts->set, i)->kind;
        for (size_t b = 0; b < 5; b++)
            per_kind[b] += (k >> b) & 1u;
    }
    printf("%zu chart%s in %s (", n, n == 1 ? "" : "s", dir);
    for (size_t b = 0, first = 1; b < 5; b++)
        if (a->charts & (1u << b)) {
            printf("%s%zu %s", first ? "" : ", ", per_kind[b],
                   ct_chart_kind_name((ct_chart_kind)(1u << b)));
            first = 0;
        }
    printf("): scripts and data written");
    const char *kind = a->terminal == CT_GNUPLOT_PNG ? "PNG"
                     : a->terminal == CT_GNUPLOT_SVG ? "SVG" : "PDF";
    if (!a->render)
        printf("; not rendered (--render none)\n");
    else if (n == 0)
        printf("\n");
    else if (charts->n_drawn == n)
        printf(", %zu %s file%s rendered\n", n, kind, n == 1 ? "" : "s");
    else
        printf(", %zu of %zu %s files rendered; %zu failed\n",
               charts->n_drawn, n, kind, n - charts->n_drawn);
    if (a->render && charts->n_drawn != n) {
        fprintf(stderr, "crimetrend: plot: %zu of %zu charts failed to "
                "render\n", n - charts->n_drawn, n);
        if (status == EXIT_OK)
            status = EXIT_IO;
    }
    return status;
}

/* The command once its options are parsed; 'a' is freed by the caller. */
static int plot(const cli_command *cmd, cli_args *a)
{
    const char *dir = a->out_dir != NULL ? a->out_dir : "plots";
    if (dir[0] == '\0')
        return cli_usage_error(cmd, "--out needs a folder name");
    int status = plot_check_gnuplot(a);
    if (status != EXIT_OK)
        return status;

    plot_data d = {NULL, NULL};
    if ((status = plot_load(a, &d)) == EXIT_OK) {
        ct_chart_options opt;
        ct_chart_options_init(&opt);
        char source[CLI_SOURCE_MAX];
        opt.source = cli_chart_source(a, source, sizeof source);
        opt.national = a->national;
        opt.charts = a->charts;
        opt.warn = cli_warn;
        opt.warn_ctx = a;
        opt.funnel = a->funnel;
        cli_charts charts;
        status = cli_charts_draw(cmd, d.ds != NULL ? d.ds : d.raw, d.raw,
                                 &a->query, &opt, dir, a->render,
                                 a->terminal, a->jobs, &charts);
        if (charts.written)
            status = plot_summary(a, dir, &charts, status);
        cli_charts_free(&charts);
    }
    ct_dataset_free(d.ds);
    ct_dataset_free(d.raw);
    return status;
}

int cmd_plot(const cli_command *cmd, int argc, char **argv)
{
    return cli_run(cmd, argc, argv, plot);
}
