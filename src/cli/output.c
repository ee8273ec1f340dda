/* output.c - the CLI's contact with the file system: opening inputs,
 * loading a dataset folder, writing outputs atomically (a temporary file
 * beside the target, renamed only on success), and reporting errors and
 * warnings in GNU form. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

int cli_exit_status(ct_status st)
{
    switch (st) {
    case CT_STATUS_OK: return EXIT_OK;
    case CT_STATUS_USAGE: return EXIT_USAGE;
    case CT_STATUS_INPUT:
    case CT_STATUS_DOMAIN: return EXIT_INPUT;
    case CT_STATUS_IO:
    case CT_STATUS_NOMEM: return EXIT_IO;
    case CT_STATUS_NUMERIC:
    case CT_STATUS_INTERNAL: return EXIT_INTERNAL;
    }
    return EXIT_INTERNAL;
}

int cli_report(const ct_error *err)
{
    char buf[700];
    cli_flush_warnings();
    ct_error_format(err, buf, sizeof buf);
    fprintf(stderr, "crimetrend:%s%s\n", err->path[0] ? "" : " ", buf);
    return cli_exit_status(err->status);
}

int cli_fail(const cli_command *cmd, ct_status st, const ct_error *err)
{
    return st == CT_STATUS_USAGE ? cli_usage_error(cmd, "%s", err->message)
                                 : cli_report(err);
}

/* ---- warnings, grouped by kind ------------------------------------- */

#define WARN_KINDS 64      /* kinds told apart; later ones share the last */
#define WARN_SHOWN 10      /* a kind with more than this is summarised */

typedef struct warn_kind {
    char key[160];         /* the message without names and numbers */
    size_t n;              /* warnings of this kind */
    char *lines[WARN_SHOWN]; /* the first ones, as printed (owned) */
} warn_kind;

static warn_kind kinds[WARN_KINDS];
static size_t n_kinds;

/* The kind of a message: its words with quoted names and numbers taken
 * out, so that "area 'Ashby' ... 2021" and "area 'Blaby' ... 2022" are
 * one kind. */
static void warn_key(const char *msg, char *key, size_t size)
{
    size_t k = 0;
    bool quoted = false;
    for (const char *c = msg; *c && k + 1 < size; c++) {
        if (*c == '\'') {
            quoted = !quoted;
            continue;
        }
        if (quoted || (*c >= '0' && *c <= '9'))
            continue;
        key[k++] = *c;
    }
    key[k] = '\0';
}

static void print_warning(const char *line)
{
    fprintf(stderr, "crimetrend:%s (warning)\n", line);
}

void cli_warn(void *ctx, const ct_error *w)
{
    const cli_args *a = ctx;
    if (a != NULL && a->quiet)
        return;
    char buf[700], line[720];
    ct_error_format(w, buf, sizeof buf);
    snprintf(line, sizeof line, "%s%s", w->path[0] ? "" : " ", buf);
    /* Without the command's arguments (a caller that caps its own
     * warnings), or with --verbose, the warning is printed at once. */
    if (a == NULL || a->verbose) {
        print_warning(line);
        return;
    }
    char key[160];
    warn_key(w->message, key, sizeof key);
    size_t i = 0;
    while (i < n_kinds && strcmp(kinds[i].key, key) != 0)
        i++;
    if (i == n_kinds) {
        if (n_kinds == WARN_KINDS)
            i = WARN_KINDS - 1; /* too many kinds: the last takes the rest */
        else
            snprintf(kinds[n_kinds++].key, sizeof kinds[i].key, "%s", key);
    }
    warn_kind *k = &kinds[i];
    if (k->n < WARN_SHOWN) {
        k->lines[k->n] = strdup(line);
        if (k->lines[k->n] == NULL) {
            print_warning(line); /* out of memory: print it now */
            return;
        }
    }
    k->n++;
}

void cli_flush_warnings(void)
{
    for (size_t i = 0; i < n_kinds; i++) {
        warn_kind *k = &kinds[i];
        size_t held = k->n < WARN_SHOWN ? k->n : WARN_SHOWN;
        if (k->n <= WARN_SHOWN) {
            for (size_t j = 0; j < held; j++)
                print_warning(k->lines[j]);
        } else {
            fprintf(stderr, "crimetrend: %zu warnings of one kind; the first "
                    "three:\n", k->n);
            for (size_t j = 0; j < 3; j++)
                fprintf(stderr, "crimetrend:  %s (warning)\n",
                        k->lines[j] + (k->lines[j][0] == ' '));
            fprintf(stderr, "crimetrend: (--verbose prints all %zu)\n", k->n);
        }
        for (size_t j = 0; j < held; j++)
            free(k->lines[j]);
        memset(k, 0, sizeof *k);
    }
    n_kinds = 0;
}

FILE *cli_open_input(const char *path, const char **shown, int *status)
{
    if (strcmp(path, "-") == 0) {
        *shown = "<stdin>";
        return stdin;
    }
    *shown = path;
    struct stat st;
    FILE *f = NULL;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        errno = EISDIR; /* fopen would succeed and reading fail later */
    else
        f = fopen(path, "r");
    if (f == NULL)
        *status = cli_cannot_open(path, errno);
    return f;
}

int cli_cannot_open(const char *path, int errnum)
{
    cli_flush_warnings();
    fprintf(stderr, "crimetrend: cannot open '%s': %s (unreadable input)\n",
            path, strerror(errnum));
    return EXIT_INPUT;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool exists(const char *path)
{
    return access(path, F_OK) == 0;
}

typedef ct_status (*ingest_fn)(ct_dataset *, FILE *, const char *,
                               const ct_ingest_options *, ct_error *);

/* Reads one file into ds; 'path' NULL means skip.  Returns exit status. */
static int ingest_file(ct_dataset *ds, const char *path, ingest_fn fn,
                       const ct_ingest_options *opt)
{
    if (path == NULL)
        return EXIT_OK;
    int status = EXIT_OK;
    const char *shown;
    FILE *f = cli_open_input(path, &shown, &status);
    if (f == NULL)
        return status;
    ct_error err = CT_ERROR_INIT;
    ct_status st = fn(ds, f, shown, opt, &err);
    if (f != stdin)
        fclose(f);
    return st == CT_STATUS_OK ? EXIT_OK : cli_report(&err);
}

/* DIR/name when the folder has it (or 'required'), else NULL.  The result
 * is in 'buf'. */
static const char *in_dir(const char *dir, const char *name, bool required,
                          char *buf, size_t size)
{
    if (dir == NULL || !is_dir(dir))
        return NULL;
    snprintf(buf, size, "%s/%s", dir, name);
    return required || exists(buf) ? buf : NULL;
}

int cli_load_dataset(const cli_args *a, ct_dataset **out)
{
    char counts_buf[4096], pop_buf[4096], peers_buf[4096], areas_buf[4096];
    const char *dir = a->dir ? a->dir : ".";
    const char *counts = a->counts;
    if (counts == NULL)
        counts = is_dir(dir) ? in_dir(dir, "counts.csv", true, counts_buf,
                                      sizeof counts_buf)
                             : dir; /* a file (or "-") in place of a folder */
    const char *population = a->population
        ? a->population
        : in_dir(dir, "population.csv", false, pop_buf, sizeof pop_buf);
    const char *peers = a->peers
        ? a->peers : in_dir(dir, "peers.csv", false, peers_buf,
                            sizeof peers_buf);
    const char *areas = a->areas_file
        ? a->areas_file : in_dir(dir, "areas.csv", false, areas_buf,
                                 sizeof areas_buf);
    ct_dataset *ds = ct_dataset_new();
    if (ds == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    ct_error err = CT_ERROR_INIT;
    /* Months are summed into the periods asked for while the counts are
     * read, so that memory follows the output, not the rows.  Summing
     * duplicate rows needs every row's cell, so it takes the two-step
     * path: load, then aggregate. */
    bool fold = a->has_period_type && !a->ingest.sum_duplicates;
    if (fold && ct_dataset_aggregate_begin(ds, a->period_type, &err) != CT_STATUS_OK) {
        ct_dataset_free(ds);
        return cli_report(&err);
    }
    int status;
    if ((status = ingest_file(ds, counts, ct_ingest_counts, &a->ingest)) ||
        (status = ingest_file(ds, population, ct_ingest_population,
                              &a->ingest)) ||
        (status = ingest_file(ds, peers, ct_ingest_peers, &a->ingest)) ||
        (status = ingest_file(ds, areas, ct_ingest_areas, &a->ingest))) {
        ct_dataset_free(ds);
        return status;
    }
    if (a->has_period_type) {
        ct_dataset *agg = NULL;
        ct_status st = fold ? ct_dataset_aggregate_end(ds, cli_warn,
                                                       (void *)a, &err)
                            : ct_dataset_aggregate(ds, a->period_type, &agg,
                                                   cli_warn, (void *)a, &err);
        if (st != CT_STATUS_OK) {
            ct_dataset_free(ds);
            if (err.line != 0 && err.path[0] == '\0')
                snprintf(err.path, sizeof err.path, "%s", counts);
            return cli_report(&err);
        }
        if (!fold) {
            ct_dataset_free(ds);
            ds = agg;
        }
    }
    if (ct_dataset_roll_up(ds, cli_warn, (void *)a, &err) != CT_STATUS_OK) {
        ct_dataset_free(ds);
        return cli_report(&err);
    }
    ct_dataset_set_pop_fallback(ds, a->pop_fallback);
    /* A national total is a comparator, never one area among others. */
    if (a->ingest.blank_area != NULL)
        ct_dataset_mark_national(ds, ct_dataset_find_area(ds,
                                                         a->ingest.blank_area));
    if (a->national != NULL)
        ct_dataset_mark_national(ds, ct_dataset_match_area(ds, a->national));
    *out = ds;
    return EXIT_OK;
}

int cli_output_open(cli_output *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    if (path == NULL || strcmp(path, "-") == 0) {
        o->path = NULL;
        o->fp = stdout;
        return EXIT_OK;
    }
    /* Only a regular file is replaced by renaming: a symbolic link, a
     * device such as /dev/null or a pipe is written in place. */
    struct stat st;
    if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        o->fp = fopen(path, "w");
        if (o->fp == NULL) {
            fprintf(stderr, "crimetrend: cannot write '%s': %s\n", path,
                    strerror(errno));
            return EXIT_IO;
        }
        o->direct = true;
        return EXIT_OK;
    }
    mode_t mode;
    if (lstat(path, &st) == 0) {
        mode = st.st_mode & 07777; /* keep an existing file's mode */
    } else {
        mode_t mask = umask(0);
        umask(mask);
        mode = 0666 & ~mask;
    }
    /* The temporary file sits beside the target so rename() is atomic. */
    o->tmp = cli_temp_name(path);
    if (o->tmp == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    /* Registered before it exists, so that no signal between mkstemp and
     * the registration can leave it behind. */
    cli_cleanup_add(o->tmp, false);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        cli_cleanup_forget(o->tmp);
        fprintf(stderr, "crimetrend: cannot write '%s': %s\n", path,
                strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        return EXIT_IO;
    }
    if (fchmod(fd, mode) != 0 || (o->fp = fdopen(fd, "w")) == NULL) {
        fprintf(stderr, "crimetrend: cannot write '%s': %s\n", path,
                strerror(errno));
        close(fd);
        unlink(o->tmp);
        cli_cleanup_forget(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
        return EXIT_IO;
    }
    return EXIT_OK;
}

void cli_output_abort(cli_output *o)
{
    if (o->direct && o->fp != NULL)
        fclose(o->fp);
    if (o->tmp != NULL) {
        if (o->fp != NULL)
            fclose(o->fp);
        unlink(o->tmp);
        cli_cleanup_forget(o->tmp);
        free(o->tmp);
    }
    memset(o, 0, sizeof *o);
}

int cli_output_commit(cli_output *o)
{
    if (o->tmp == NULL && !o->direct) {
        fflush(stdout);
        return EXIT_OK; /* stdout is checked at exit */
    }
    /* Flush and sync before the rename, so that a crash cannot leave a
     * renamed but empty file. */
    int bad = fflush(o->fp) != 0 || ferror(o->fp) ||
              (o->tmp != NULL && fsync(fileno(o->fp)) != 0);
    if (fclose(o->fp) != 0 || bad) {
        fprintf(stderr, "crimetrend: cannot write '%s': %s\n", o->path,
                strerror(errno ? errno : EIO));
        o->fp = NULL;
        cli_output_abort(o);
        return EXIT_IO;
    }
    o->fp = NULL;
    if (o->direct) {
        memset(o, 0, sizeof *o);
        return EXIT_OK;
    }
    if (rename(o->tmp, o->path) != 0) {
        fprintf(stderr, "crimetrend: cannot write '%s': %s\n", o->path,
                strerror(errno));
        cli_output_abort(o);
        return EXIT_IO;
    }
    cli_cleanup_forget(o->tmp);
    free(o->tmp);
    memset(o, 0, sizeof *o);
    return EXIT_OK;
}

int cli_output_write(const char *path, cli_fill fill, const void *ctx)
{
    cli_output o;
    int status = cli_output_open(&o, path);
    if (status != EXIT_OK)
        return status;
    ct_error err = CT_ERROR_INIT;
    ct_status st = fill(o.fp, ctx, &err);
    if (st == CT_STATUS_OK)
        return cli_output_commit(&o);
    int saved = errno;
    cli_output_abort(&o);
    if (st == CT_STATUS_NOMEM)
        return cli_report(&err);
    /* A failed write to stdout is reported once, at exit. */
    if (o.path != NULL)
        fprintf(stderr, "crimetrend: cannot write '%s': %s\n", path,
                strerror(saved ? saved : EIO));
    return EXIT_IO;
}

typedef struct table_fill {
    const ct_table *table;
    ct_format format;
} table_fill;

static ct_status fill_table(FILE *out, const void *ctx, ct_error *err)
{
    const table_fill *t = ctx;
    return ct_table_write(t->table, t->format, out, err);
}

int cli_write_table(const cli_args *a, const ct_table *table)
{
    table_fill t = {table, a->format};
    return cli_output_write(a->output, fill_table, &t);
}

int cli_close_stdout(void)
{
    int bad = ferror(stdout);
    if (fclose(stdout) != 0 || bad) {
        fprintf(stderr, "crimetrend: cannot write to standard output: %s\n",
                strerror(errno ? errno : EIO));
        return EXIT_IO;
    }
    return EXIT_OK;
}
