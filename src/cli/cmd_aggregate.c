/* cmd_aggregate.c - `crimetrend aggregate`: police.uk street-level files
 * (zip archives as downloaded, folders, plain or gzip files) into the
 * engine's long counts.  The CLI finds, opens and reads the files, runs
 * the threads and prints; the library (incident.h) splits the records,
 * counts them, writes them, and holds the rules for a file read as parts
 * (where each part starts and stops, whether the parts join, the line
 * numbers of their messages).  With --jobs N, files are read in parallel
 * and a large plain file is split into N parts at record boundaries; a
 * file whose parts do not join is read again in one piece, so the output
 * never depends on the job count. */
#define _DEFAULT_SOURCE 1 /* MAP_POPULATE */
#include <dirent.h>
#include <stdarg.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>
#include <zip.h>

#include "cli.h"

#define READ_SIZE (1u << 18)           /* bytes per read() or gzread() */
#define MAP_SIZE ((uint64_t)2 << 20)   /* bytes per mmap window */
#define SPLIT_MIN ((off_t)16 << 20)    /* split plain files from 16 MiB */
#define SPLIT_ENV "CRIMETREND_SPLIT_MIN"  /* overrides SPLIT_MIN (bytes) */
#define MAX_WARNINGS 20                /* malformed rows shown per file */

/* Why a gzip stream that stops early fails (bad input, not an I/O
 * error). */
static const char GZ_TRUNCATED[] = "the gzip data ends early; the file is "
                                   "truncated";

typedef struct in_file {
    char *path;       /* owned: as messages name it (archive:member for a
                         file inside a zip archive) */
    char *archive;    /* owned: the zip archive holding it, or NULL */
    int64_t member;   /* its index in the archive, or -1 */
    off_t size;       /* bytes on disk */
    dev_t dev;        /* identity, to leave out the output file */
    ino_t ino;
    int n_parts;      /* 1, or the parts it is split into */
    int first_task;   /* its first task */
} in_file;

typedef struct task {
    int file;                  /* index into the file list */
    int part;                  /* 0 .. n_parts - 1 */
    off_t start, end;          /* nominal byte range (split parts) */
    ct_incident_agg *agg;      /* split parts: own counts; else NULL */
    bool ran;                  /* done (ok or not) */
    ct_status st;              /* outcome */
    ct_error err;              /* the error, lines relative to the part */
    ct_incident_part info;     /* split parts: where its records began
                                  and ended, lines taken, state */
    uint64_t bytes;            /* CSV bytes read (after gunzip) */
    ct_error *warns;           /* the first MAX_WARNINGS malformed rows
                                  skipped (allocated at the first) */
    int n_warns;               /* of them kept */
    unsigned long n_skipped;   /* malformed rows skipped in all */
    struct task *self;         /* warning sink of 'agg': this task */
} task;

typedef struct job {
    ct_incident_options opt;
    in_file *files;
    int n_files;
    task *tasks;
    int n_tasks;
    ct_incident_reader **headers;  /* per file, for split parts */
    ct_incident_agg *probe;        /* what reading those headers counted */
    atomic_int next;               /* next task to take */
    atomic_int failed;             /* lowest failed task, or n_tasks */
    atomic_llong done_bytes;       /* bytes on disk consumed (progress) */
    atomic_int running;            /* workers still running */
} job;

/* ---- finding the files ------------------------------------------------ */

/* A walk through the arguments: the files found, what was skipped, and
 * the folders being walked (to see a symbolic link loop). */
typedef struct walk {
    in_file *files;
    int n, cap;
    int n_outcomes, n_stops;   /* outcomes and stop-and-search files */
    struct stat *dirs;         /* the folders open above this point */
    int n_dirs, dirs_cap;
    bool quiet;
} walk;

static int cmp_paths(const void *x, const void *y)
{
    return strcmp(((const in_file *)x)->path, ((const in_file *)y)->path);
}

static int oom_message(void)
{
    fputs("crimetrend: out of memory\n", stderr);
    return EXIT_IO;
}

/* Adds a file to read: 'path' names it in messages; 'archive' and 'member'
 * say where it is inside a zip archive (NULL and -1 otherwise). */
static int add_file(walk *w, const char *path, const struct stat *st,
                    const char *archive, int64_t member, uint64_t size)
{
    if (w->n == w->cap) {
        int c = w->cap ? w->cap * 2 : 16;
        in_file *f = realloc(w->files, (size_t)c * sizeof *f);
        if (f == NULL)
            return oom_message();
        w->files = f;
        w->cap = c;
    }
    in_file *f = &w->files[w->n];
    memset(f, 0, sizeof *f);
    f->path = strdup(path);
    f->archive = archive ? strdup(archive) : NULL;
    if (f->path == NULL || (archive != NULL && f->archive == NULL)) {
        free(f->path);
        free(f->archive);
        return oom_message();
    }
    f->member = member;
    f->size = archive ? (off_t)size : st ? st->st_size : 0;
    f->dev = st ? st->st_dev : 0;
    f->ino = st ? st->st_ino : 0;
    w->n++;
    return EXIT_OK;
}

/* Counts a file police.uk publishes beside the street files, which holds
 * no street crimes; true when 'kind' is one. */
static bool skip_kind(walk *w, ct_incident_kind kind)
{
    if (kind == CT_INCIDENT_KIND_OUTCOMES)
        w->n_outcomes++;
    else if (kind == CT_INCIDENT_KIND_STOP_SEARCH)
        w->n_stops++;
    return kind == CT_INCIDENT_KIND_OUTCOMES ||
           kind == CT_INCIDENT_KIND_STOP_SEARCH;
}

static int unknown_kind(const char *path)
{
    fprintf(stderr, "crimetrend: aggregate: '%s' is not a police.uk file: "
            "expected a street file (*.csv or *.csv.gz), an outcomes or "
            "stop-and-search file (skipped) or a zip archive of them; "
            "remove it or name the files to read\n", path);
    return EXIT_INPUT;
}

/* Every street file inside the zip archive 'path', in byte order of their
 * names; outcomes and stop-and-search files are counted and skipped.  The
 * archive is only listed here; its files are read by the workers. */
static int add_zip(walk *w, const char *path, const struct stat *st)
{
    int zerr = 0;
    zip_t *za = zip_open(path, ZIP_RDONLY, &zerr);
    if (za == NULL) {
        zip_error_t e;
        zip_error_init_with_code(&e, zerr);
        fprintf(stderr, "crimetrend: aggregate: cannot read the zip archive "
                "'%s': %s\n", path, zip_error_strerror(&e));
        zip_error_fini(&e);
        return zerr == ZIP_ER_OPEN || zerr == ZIP_ER_READ ||
               zerr == ZIP_ER_MEMORY ? EXIT_IO : EXIT_INPUT;
    }
    int first = w->n, status = EXIT_OK;
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n && status == EXIT_OK; i++) {
        zip_stat_t sb;
        if (zip_stat_index(za, (zip_uint64_t)i, 0, &sb) != 0 ||
            !(sb.valid & ZIP_STAT_NAME))
            continue;
        size_t len = strlen(sb.name);
        if (len == 0 || sb.name[len - 1] == '/')
            continue; /* a folder */
        /* The name as messages show it: archive:member, control bytes
         * as '?', so that a message stays on one line. */
        size_t size = strlen(path) + len + 2;
        char *shown = malloc(size);
        if (shown == NULL) {
            status = oom_message();
            break;
        }
        snprintf(shown, size, "%s:%s", path, sb.name);
        for (char *c = shown; *c; c++)
            if ((unsigned char)*c < 0x20 || *c == 0x7f)
                *c = '?';
        ct_incident_kind kind = ct_incident_file_kind(sb.name);
        if (kind == CT_INCIDENT_KIND_STREET)
            status = add_file(w, shown, st, path, i,
                              sb.valid & ZIP_STAT_SIZE ? sb.size : 0);
        else if (!skip_kind(w, kind))
            status = unknown_kind(shown);
        free(shown);
    }
    zip_discard(za);
    if (status == EXIT_OK && w->n - first > 1)
        qsort(w->files + first, (size_t)(w->n - first), sizeof *w->files,
              cmp_paths);
    return status;
}

/* Adds 'path': a file named on the command line is read whatever its
 * name (a zip archive is read inside); a folder is walked, its street
 * files read, outcomes and stop-and-search files skipped, and any other
 * file is an error.  Files of a folder are taken in byte order of their
 * paths. */
static int find_files(walk *w, const char *path, bool top)
{
    struct stat st;
    if (top && strcmp(path, "-") == 0)
        return add_file(w, path, NULL, NULL, -1, 0); /* stdin */
    if (stat(path, &st) != 0) {
        if (!top && errno == ELOOP) {
            if (!w->quiet)
                fprintf(stderr, "crimetrend: aggregate: '%s' is a symbolic "
                        "link loop; skipped (warning)\n", path);
            return EXIT_OK;
        }
        return cli_cannot_open(path, errno);
    }
    if (!S_ISDIR(st.st_mode)) {
        ct_incident_kind kind = ct_incident_file_kind(path);
        if (kind == CT_INCIDENT_KIND_ZIP && S_ISREG(st.st_mode))
            return add_zip(w, path, &st);
        if (skip_kind(w, kind))
            return EXIT_OK;
        if (!top && (kind != CT_INCIDENT_KIND_STREET ||
                     !S_ISREG(st.st_mode)))
            return unknown_kind(path);
        return add_file(w, path, &st, NULL, -1, 0);
    }
    for (int k = 0; k < w->n_dirs; k++) {
        if (w->dirs[k].st_dev == st.st_dev && w->dirs[k].st_ino == st.st_ino) {
            if (!w->quiet)
                fprintf(stderr, "crimetrend: aggregate: '%s' leads back to "
                        "a folder being read (a symbolic link loop); "
                        "skipped (warning)\n", path);
            return EXIT_OK;
        }
    }
    if (w->n_dirs == w->dirs_cap) {
        int c = w->dirs_cap ? w->dirs_cap * 2 : 16;
        struct stat *d = realloc(w->dirs, (size_t)c * sizeof *d);
        if (d == NULL)
            return oom_message();
        w->dirs = d;
        w->dirs_cap = c;
    }
    DIR *d = opendir(path);
    if (d == NULL) {
        return cli_cannot_open(path, errno);
    }
    w->dirs[w->n_dirs++] = st;
    int first = w->n, status = EXIT_OK;
    struct dirent *e;
    while (status == EXIT_OK && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        char *sub = malloc(len);
        if (sub == NULL) {
            status = oom_message();
            break;
        }
        snprintf(sub, len, "%s/%s", path, e->d_name);
        status = find_files(w, sub, false);
        free(sub);
    }
    closedir(d);
    w->n_dirs--;
    /* An empty folder adds nothing, and qsort is given no null array. */
    if (status == EXIT_OK && w->n - first > 1)
        qsort(w->files + first, (size_t)(w->n - first), sizeof *w->files,
              cmp_paths);
    return status;
}

/* True when two entries are the same file: same device and inode (and the
 * same member of an archive). */
static bool same_file(const in_file *a, const in_file *b)
{
    return a->ino != 0 && a->dev == b->dev && a->ino == b->ino &&
           a->member == b->member;
}

/* Leaves out a file given twice (by two paths, a link, or a folder and a
 * file in it), with a warning: it is counted once. */
static void drop_duplicates(walk *w)
{
    int k = 0;
    for (int i = 0; i < w->n; i++) {
        in_file *f = &w->files[i];
        int dup = -1;
        for (int p = 0; p < k && dup < 0; p++)
            if (same_file(&w->files[p], f))
                dup = p;
        if (dup >= 0) {
            if (!w->quiet && strcmp(f->path, w->files[dup].path) == 0)
                fprintf(stderr, "crimetrend: aggregate: '%s' is given "
                        "twice; counted once (warning)\n", f->path);
            else if (!w->quiet)
                fprintf(stderr, "crimetrend: aggregate: '%s' is the same "
                        "file as '%s'; counted once (warning)\n", f->path,
                        w->files[dup].path);
            free(f->path);
            free(f->archive);
            continue;
        }
        w->files[k++] = *f;
    }
    w->n = k;
}

/* ---- reading ------------------------------------------------------------ */

/* 'ctx' points to the task being read (an aggregate's warn_ctx is the
 * place that names it). */
static void collect_warning(void *ctx, const ct_error *w)
{
    task *t = *(task **)ctx;
    t->n_skipped++;
    if (t->n_warns == MAX_WARNINGS)
        return;
    if (t->warns == NULL &&
        (t->warns = malloc(MAX_WARNINGS * sizeof *t->warns)) == NULL)
        return; /* counted, not shown */
    t->warns[t->n_warns++] = *w;
}

/* The name of an input in messages. */
static const char *shown_path(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Records a task's error; 'path' names the file when the message does
 * not (NULL otherwise). */
__attribute__((__format__(__printf__, 4, 5)))
static void task_error(task *t, ct_status st, const char *path,
                       const char *fmt, ...)
{
    ct_error_clear(&t->err);
    t->st = st;
    t->err.status = st;
    if (path != NULL)
        snprintf(t->err.path, sizeof t->err.path, "%s", path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->err.message, sizeof t->err.message, fmt, ap);
    va_end(ap);
}

static void io_error(task *t, const char *path, const char *what)
{
    int e = errno ? errno : EIO;
    task_error(t, CT_STATUS_IO, NULL, "cannot %s '%s': %s", what, path,
               strerror(e));
    t->err.sys_errno = e;
}

/* ---- sources: plain files by mmap windows, gzip and stdin by zlib ---- */

typedef struct source {
    const char *path;    /* as given ("-" is stdin) */
    int fd;
    gzFile z;            /* gzip files and stdin (zlib passes plain data
                            through) */
    uint64_t pos;        /* offset of the next chunk in the file */
    uint64_t size;       /* plain regular file: its size; else 0 */
    void *win;           /* the current window, or NULL */
    size_t win_len;
    char *buf;           /* READ_SIZE bytes for read() and gzread() */
    uint64_t disk;       /* bytes on disk consumed (compressed for gzip;
                            for a zip member, bytes read out of it) */
    zip_file_t *zf;      /* a member of a zip archive, or NULL */
    bool bad_data;       /* the last error: damaged data (a CRC) */
} source;

/* The zip archive a worker has open: each thread opens its own (a zip_t
 * is not shared between threads) and keeps it for the next member. */
typedef struct zip_cache {
    zip_t *za;
    char *path;
} zip_cache;

static void zip_cache_close(zip_cache *c)
{
    if (c->za != NULL)
        zip_discard(c->za);
    free(c->path);
    c->za = NULL;
    c->path = NULL;
}

/* Opens member 'member' of the archive 'archive' through the cache.
 * Returns false with 'why' set (a libzip message) or errno. */
static bool zip_member_open(source *s, zip_cache *c, const char *archive,
                            int64_t member, const char **why)
{
    if (c->za == NULL || strcmp(c->path, archive) != 0) {
        zip_cache_close(c);
        int zerr = 0;
        c->za = zip_open(archive, ZIP_RDONLY, &zerr);
        if (c->za == NULL) {
            static _Thread_local char msg[200];
            zip_error_t e;
            zip_error_init_with_code(&e, zerr);
            snprintf(msg, sizeof msg, "%s", zip_error_strerror(&e));
            zip_error_fini(&e);
            *why = msg;
            return false;
        }
        if ((c->path = strdup(archive)) == NULL) {
            zip_cache_close(c);
            errno = ENOMEM;
            return false;
        }
    }
    s->zf = zip_fopen_index(c->za, (zip_uint64_t)member, 0);
    if (s->zf == NULL) {
        *why = zip_strerror(c->za);
        return false;
    }
    return true;
}

/* Opens 'path' at byte 'start' (only a plain regular file may start past
 * 0).  A regular file not compressed is read through mmap windows; gzip
 * files, standard input and anything else that cannot be mapped (a pipe,
 * /dev/stdin) through zlib, which passes plain data through.  Returns
 * false with errno set. */
static bool source_open(source *s, const in_file *f, uint64_t start,
                        char *buf, zip_cache *zc, const char **why)
{
    const char *path = f->path;
    memset(s, 0, sizeof *s);
    s->path = path;
    s->buf = buf;
    s->pos = start;
    s->disk = start;
    s->fd = -1;
    *why = NULL;
    if (f->archive != NULL)
        return zip_member_open(s, zc, f->archive, f->member, why);
    s->fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY);
    if (s->fd < 0)
        return false;
    unsigned char magic[2];
    struct stat st;
    if (fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode) &&
        strcmp(path, "-") != 0 &&
        !(pread(s->fd, magic, 2, 0) == 2 && magic[0] == 0x1f &&
          magic[1] == 0x8b)) {
        s->size = (uint64_t)st.st_size; /* read through mmap windows */
        return true;
    }
    s->z = gzdopen(s->fd, "rb");
    if (s->z == NULL) {
        close(s->fd);
        errno = ENOMEM;
        return false;
    }
    gzbuffer(s->z, 256 * 1024);
    return true;
}

/* The next chunk: its length (0 at the end, -1 on error with errno set
 * or, for gzip, 'why' set) and '*data'.  The previous chunk is released. */
static ssize_t source_next(source *s, const char **data, const char **why)
{
    *why = NULL;
    if (s->win != NULL) {
        munmap(s->win, s->win_len);
        s->win = NULL;
    }
    if (s->zf != NULL) {
        /* libzip inflates and, at the end, checks the CRC. */
        zip_int64_t n = zip_fread(s->zf, s->buf, READ_SIZE);
        if (n < 0) {
            /* A CRC or inflate error is damaged data, not an I/O fault. */
            s->bad_data = zip_error_code_zip(zip_file_get_error(s->zf))
                          != ZIP_ER_READ;
            *why = zip_file_strerror(s->zf);
            return -1;
        }
        s->disk += (uint64_t)n;
        *data = s->buf;
        return (ssize_t)n;
    }
    if (s->z != NULL) {
        int n = gzread(s->z, s->buf, READ_SIZE);
        int e = Z_OK;
        const char *msg = n <= 0 ? gzerror(s->z, &e) : NULL;
        if (n < 0 || e == Z_BUF_ERROR) {
            /* zlib ends a cut-off stream quietly, with Z_BUF_ERROR. */
            if (e == Z_BUF_ERROR) {
                *why = GZ_TRUNCATED;
            } else if (e != Z_ERRNO) {
                /* zlib names the stream "<fd:N>", which says nothing:
                 * the caller names the file. */
                if (msg != NULL && strncmp(msg, "<fd:", 4) == 0) {
                    const char *after = strstr(msg, ">: ");
                    if (after != NULL)
                        msg = after + 3;
                }
                *why = msg;
                s->bad_data = e == Z_DATA_ERROR;
            }
            return -1;
        }
        s->disk = (uint64_t)gzoffset(s->z);
        *data = s->buf;
        return n;
    }
    if (s->pos < s->size) {
        /* A window of MAP_SIZE bytes from the page holding 'pos',
         * populated at once: no copy, and few page faults. */
        uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
        uint64_t base = s->pos - s->pos % page;
        uint64_t len = s->size - base < MAP_SIZE ? s->size - base : MAP_SIZE;
        void *w = mmap(NULL, (size_t)len, PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                       s->fd, (off_t)base);
        if (w != MAP_FAILED) {
            s->win = w;
            s->win_len = (size_t)len;
            *data = (const char *)w + (s->pos - base);
            ssize_t n = (ssize_t)(base + len - s->pos);
            s->pos += (uint64_t)n;
            s->disk = s->pos;
            return n;
        }
    }
    /* Past the size seen at the start (a file still growing), or mmap
     * refused: read() the rest. */
    ssize_t n = pread(s->fd, s->buf, READ_SIZE, (off_t)s->pos);
    if (n > 0) {
        s->pos += (uint64_t)n;
        s->disk = s->pos;
    }
    *data = s->buf;
    return n;
}

static void source_close(source *s)
{
    if (s->win != NULL)
        munmap(s->win, s->win_len);
    if (s->zf != NULL)
        zip_fclose(s->zf);
    if (s->z != NULL)
        gzclose(s->z);
    else if (s->fd >= 0)
        close(s->fd);
    s->z = NULL;
    s->zf = NULL;
    s->fd = -1;
    s->win = NULL;
}

static void read_error(task *t, const source *s, const char *why)
{
    if (why == NULL)
        io_error(t, shown_path(s->path), "read");
    else if (why == GZ_TRUNCATED)
        task_error(t, CT_STATUS_INPUT, shown_path(s->path), "%s", why);
    else if (s->bad_data)
        task_error(t, CT_STATUS_INPUT, shown_path(s->path), "the compressed "
                   "data is damaged (%s); expected an intact file", why);
    else
        task_error(t, CT_STATUS_IO, NULL, "cannot read '%s': %s",
                   shown_path(s->path), why);
}

/* Opening 'f' failed: the error. */
static void open_error(task *t, const in_file *f, const char *why)
{
    if (why == NULL)
        io_error(t, shown_path(f->path), "open");
    else
        task_error(t, CT_STATUS_IO, NULL, "cannot read '%s': %s", f->path, why);
}

/* Reads a whole file (plain or gzip, a member of a zip archive, or stdin)
 * into 'agg'. */
static void run_whole(job *j, task *t, ct_incident_agg *agg, char *buf,
                      zip_cache *zc)
{
    const in_file *f = &j->files[t->file];
    ct_error_clear(&t->err);
    source s;
    const char *open_why;
    if (!source_open(&s, f, 0, buf, zc, &open_why)) {
        open_error(t, f, open_why);
        return;
    }
    ct_incident_reader *r = ct_incident_reader_new(agg, shown_path(f->path),
                                                   NULL, 0, &t->err);
    t->st = r == NULL ? CT_STATUS_NOMEM : CT_STATUS_OK;
    uint64_t disk = 0;
    while (t->st == CT_STATUS_OK) {
        const char *data, *why;
        ssize_t n = source_next(&s, &data, &why);
        if (n < 0) {
            read_error(t, &s, why);
            break;
        }
        atomic_fetch_add(&j->done_bytes, (long long)(s.disk - disk));
        disk = s.disk;
        if (n == 0) {
            t->st = ct_incident_finish(r, &t->err);
            break;
        }
        t->bytes += (uint64_t)n;
        t->st = ct_incident_feed(r, data, (size_t)n, &t->err);
    }
    source_close(&s);
    ct_incident_reader_free(r);
}

/* Reads part 'part' of a split plain file: from the first line start at or
 * after its nominal start to the first record boundary at or after the
 * next part's nominal start. */
static void run_part(job *j, task *t, char *buf)
{
    const in_file *f = &j->files[t->file];
    ct_error_clear(&t->err);
    uint64_t from = ct_incident_split_from((uint64_t)t->start);
    source s;
    const char *data = NULL, *why;
    if (!source_open(&s, f, from, buf, NULL, &why)) {
        open_error(t, f, why);
        return;
    }
    ssize_t n = 0;
    size_t at = 0;
    uint64_t chunk_at = from;  /* file offset of data[0] */
    if (t->part > 0) {
        /* Skip to just after the first newline at or after start - 1. */
        for (;;) {
            chunk_at = s.pos;
            n = source_next(&s, &data, &why);
            if (n < 0) {
                read_error(t, &s, why);
                source_close(&s);
                return;
            }
            if (n == 0)
                break;
            const char *nl = memchr(data, '\n', (size_t)n);
            if (nl != NULL) {
                at = (size_t)(nl - data) + 1;
                break;
            }
        }
    }
    t->info.begin = chunk_at + at;
    ct_incident_reader *r = ct_incident_reader_new(
        t->agg, f->path, t->part == 0 ? NULL : j->headers[t->file], 0,
        &t->err);
    t->st = r == NULL ? CT_STATUS_NOMEM : CT_STATUS_OK;
    bool last = t->part == f->n_parts - 1;
    uint64_t stop = ct_incident_split_stop((uint64_t)t->end, t->info.begin,
                                           last);
    bool done = false;
    uint64_t counted = from;  /* progress reported up to here */
    while (t->st == CT_STATUS_OK && !done) {
        if (data == NULL || at == (size_t)n) {
            chunk_at = s.pos;
            n = source_next(&s, &data, &why);
            if (n < 0) {
                read_error(t, &s, why);
                break;
            }
            if (n == 0) {
                t->st = ct_incident_finish(r, &t->err);
                break;
            }
            at = 0;
        }
        size_t used;
        t->st = ct_incident_feed_until(r, data + at, (size_t)n - at, stop,
                                       &used, &done, &t->err);
        at += used;
        t->bytes += used;
        uint64_t now = chunk_at + at;
        if (now > counted && now <= (uint64_t)t->end + MAP_SIZE) {
            atomic_fetch_add(&j->done_bytes, (long long)(now - counted));
            counted = now;
        }
    }
    if (r != NULL) {
        t->info.end = t->info.begin + ct_incident_offset(r);
        t->info.lines = ct_incident_lines(r);
    }
    source_close(&s);
    ct_incident_reader_free(r);
}

typedef struct worker {
    job *j;
    task *current;         /* the task being read */
    zip_cache zc;          /* the zip archive this thread has open */
    ct_incident_agg *agg;  /* counts of whole files read by this worker */
    bool oom;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    job *j = w->j;
    char *buf = malloc(READ_SIZE);
    if (buf == NULL) {
        w->oom = true;
    } else {
        for (;;) {
            int i = atomic_fetch_add(&j->next, 1);
            if (i >= j->n_tasks)
                break;
            if (i > atomic_load(&j->failed))
                continue; /* an earlier task failed: its error is the one */
            task *t = &j->tasks[i];
            w->current = t;
            if (t->agg != NULL)
                run_part(j, t, buf);
            else
                run_whole(j, t, w->agg, buf, &w->zc);
            t->ran = true;
            t->info.state = t->st == CT_STATUS_OK ? CT_INCIDENT_PART_READ
                                           : CT_INCIDENT_PART_FAILED;
            if (t->st != CT_STATUS_OK) {
                int f = atomic_load(&j->failed);
                while (i < f &&
                       !atomic_compare_exchange_weak(&j->failed, &f, i))
                    ;
            }
        }
    }
    free(buf);
    zip_cache_close(&w->zc);
    atomic_fetch_sub(&j->running, 1);
    return NULL;
}

/* ---- the command --------------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress(job *j, long long total, bool final)
{
    long long done = atomic_load(&j->done_bytes);
    int pct = total > 0 ? (int)(done * 100 / total) : 100;
    if (pct > 100 || final)
        pct = 100;
    char bar[41];
    int fill = pct * 40 / 100;
    for (int i = 0; i < 40; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[40] = '\0';
    fprintf(stderr, "\r[%s] %3d%% %lld MB", bar, pct, done / 1000000);
    if (final)
        fputs("\r\033[K", stderr);
    fflush(stderr);
}

/* The size from which a plain file is split (CRIMETREND_SPLIT_MIN or
 * SPLIT_MIN), or -1 after an error message. */
static off_t split_size(void)
{
    const char *env = getenv(SPLIT_ENV);
    if (env == NULL || *env == '\0')
        return SPLIT_MIN;
    char *end;
    errno = 0;
    long long v = strtoll(env, &end, 10);
    if (errno != 0 || *end != '\0' || v < 1) {
        fprintf(stderr, "crimetrend: aggregate: %s='%s' is not a size; "
                "expected a number of bytes (1 or more)\n", SPLIT_ENV, env);
        return -1;
    }
    return (off_t)v;
}

/* A reader that has read the header of the plain file 'f', for the parts
 * after the first; NULL when the file is not to be split (gzip, or no
 * header within its first 64 KiB).  The probe counts into 'probe', an
 * aggregate of its own without warnings, so nothing is counted twice. */
static ct_incident_reader *read_header(const in_file *f,
                                       ct_incident_agg *probe)
{
    char head[65536];
    int fd = open(f->path, O_RDONLY);
    ssize_t n = fd < 0 ? -1 : pread(fd, head, sizeof head, 0);
    if (fd >= 0)
        close(fd);
    if (n <= 2 || ((unsigned char)head[0] == 0x1f &&
                   (unsigned char)head[1] == 0x8b))
        return NULL;
    ct_error e = CT_ERROR_INIT;
    ct_incident_reader *h = ct_incident_reader_new(probe, f->path, NULL, 0,
                                                   &e);
    size_t used;
    bool done = false;
    if (h != NULL && (ct_incident_feed_until(h, head, (size_t)n, 1, &used,
                                             &done, &e) != CT_STATUS_OK ||
                      !done)) {
        ct_incident_reader_free(h);
        h = NULL;
    }
    return h;
}

/* One task a file, and 'jobs' tasks for a plain file of 'split_min' bytes
 * or more, each part with counts of its own (kept apart until its
 * boundaries are checked).  Returns EXIT_OK or prints why not. */
static int plan_tasks(job *j, int jobs, off_t split_min)
{
    j->headers = calloc((size_t)j->n_files, sizeof *j->headers);
    if (j->headers == NULL)
        goto oom;
    ct_incident_options po;
    ct_incident_options_init(&po);
    po.by = j->opt.by;
    j->probe = ct_incident_agg_new(&po);
    if (j->probe == NULL)
        goto oom;
    size_t n_tasks = 0;
    for (int i = 0; i < j->n_files; i++) {
        in_file *f = &j->files[i];
        f->n_parts = 1;
        if (jobs > 1 && f->archive == NULL && f->size >= split_min &&
            f->size >= jobs &&
            (j->headers[i] = read_header(f, j->probe)) != NULL)
            f->n_parts = jobs;
        n_tasks += (size_t)f->n_parts;
    }
    j->tasks = calloc(n_tasks, sizeof *j->tasks);
    if (j->tasks == NULL)
        goto oom;
    for (int i = 0; i < j->n_files; i++) {
        in_file *f = &j->files[i];
        f->first_task = j->n_tasks;
        for (int p = 0; p < f->n_parts; p++) {
            task *t = &j->tasks[j->n_tasks++];
            t->file = i;
            t->part = p;
            t->self = t;
            if (f->n_parts == 1)
                continue;
            uint64_t start, end;
            ct_incident_split((uint64_t)f->size, f->n_parts, p, &start,
                              &end);
            t->start = (off_t)start;
            t->end = (off_t)end;
            ct_incident_options o = j->opt;
            o.warn_ctx = &t->self;
            if ((t->agg = ct_incident_agg_new(&o)) == NULL)
                goto oom;
        }
    }
    return EXIT_OK;
oom:
    fputs("crimetrend: out of memory\n", stderr);
    return EXIT_IO;
}

/* Runs the tasks on 'jobs' threads, each whole file counted into its
 * worker's aggregate, with a progress bar on a terminal. */
static int run_tasks(job *j, worker *ws, int jobs, bool tty)
{
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    if (th == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    long long disk_total = 0;
    for (int i = 0; i < j->n_files; i++)
        disk_total += j->files[i].size;
    atomic_init(&j->next, 0);
    atomic_init(&j->failed, j->n_tasks);
    atomic_init(&j->done_bytes, 0);
    atomic_init(&j->running, jobs);
    int status = EXIT_OK, started = 0;
    for (int w = 0; w < jobs; w++) {
        ws[w].j = j;
        ct_incident_options o = j->opt;
        o.warn_ctx = &ws[w].current;
        if ((ws[w].agg = ct_incident_agg_new(&o)) == NULL) {
            fputs("crimetrend: out of memory\n", stderr);
            status = EXIT_IO;
        } else if (pthread_create(&th[w], NULL, work, &ws[w]) != 0) {
            fputs("crimetrend: cannot start a thread\n", stderr);
            status = EXIT_IO;
        }
        if (status != EXIT_OK) {
            /* The threads started see no task left to take. */
            atomic_store(&j->next, j->n_tasks);
            atomic_fetch_sub(&j->running, jobs - w);
            break;
        }
        started++;
    }
    while (tty && atomic_load(&j->running) > 0) {
        progress(j, disk_total, false);
        nanosleep(&(struct timespec){0, 100000000}, NULL);
    }
    for (int w = 0; w < started; w++)
        pthread_join(th[w], NULL);
    if (tty)
        progress(j, disk_total, true);
    free(th);
    for (int w = 0; w < started && status == EXIT_OK; w++)
        if (ws[w].oom) {
            fputs("crimetrend: out of memory\n", stderr);
            status = EXIT_IO;
        }
    return status;
}

/* True when the parts of file 'f' ran and join: each part ends where the
 * next begins (a guessed boundary inside a quoted record does not). */
static bool parts_join(const job *j, const in_file *f)
{
    ct_incident_part parts[256]; /* --jobs is at most 256 */
    for (int p = 0; p < f->n_parts && p < 256; p++)
        parts[p] = j->tasks[f->first_task + p].info;
    return ct_incident_parts_join(parts, (size_t)f->n_parts);
}

/* Reads file 'f' again in one piece, as its first task. */
static int reread_whole(job *j, in_file *f, char **buf)
{
    if (*buf == NULL && (*buf = malloc(READ_SIZE)) == NULL)
        goto oom;
    task *ts = &j->tasks[f->first_task];
    for (int p = 0; p < f->n_parts; p++) {
        ct_incident_agg_free(ts[p].agg);
        ts[p].agg = NULL;
    }
    task *t = &ts[0];
    ct_incident_options o = j->opt;
    o.warn_ctx = &t->self;
    if ((t->agg = ct_incident_agg_new(&o)) == NULL)
        goto oom;
    f->n_parts = 1;
    t->n_warns = 0;
    t->n_skipped = 0;
    t->bytes = 0;
    t->st = CT_STATUS_OK;
    zip_cache zc = {NULL, NULL}; /* split files are plain files */
    run_whole(j, t, t->agg, *buf, &zc);
    zip_cache_close(&zc);
    t->ran = true;
    t->info.state = t->st == CT_STATUS_OK ? CT_INCIDENT_PART_READ
                                   : CT_INCIDENT_PART_FAILED;
    return EXIT_OK;
oom:
    fputs("crimetrend: out of memory\n", stderr);
    return EXIT_IO;
}

/* Walks the files in order: reads again any whose parts do not join,
 * shows the warnings and the first error with whole-file line numbers,
 * and adds the counts of split files to 'total'.  Sets '*bytes' to the
 * CSV bytes read. */
static int gather(job *j, ct_incident_agg *total, bool quiet,
                  uint64_t *bytes)
{
    int status = EXIT_OK;
    char *buf = NULL;
    *bytes = 0;
    for (int i = 0; i < j->n_files && status == EXIT_OK; i++) {
        in_file *f = &j->files[i];
        if (!parts_join(j, f) && (status = reread_whole(j, f, &buf))
                                     != EXIT_OK)
            break;
        task *ts = &j->tasks[f->first_task];
        unsigned long base = 0, shown = 0, skipped = 0;
        for (int p = 0; p < f->n_parts && status == EXIT_OK; p++) {
            task *t = &ts[p];
            for (int k = 0; k < t->n_warns && shown < MAX_WARNINGS; k++) {
                ct_error w = ct_incident_rebase(&t->warns[k], base);
                if (!quiet)
                    cli_warn(NULL, &w);
                shown++;
            }
            skipped += t->n_skipped;
            if (t->st != CT_STATUS_OK) {
                ct_error e = ct_incident_rebase(&t->err, base);
                cli_report(&e);
                status = cli_exit_status(t->st);
                break;
            }
            *bytes += t->bytes;
            base += t->info.lines;
            if (t->agg != NULL && ct_incident_merge(total, t->agg, &t->err)
                                      != CT_STATUS_OK)
                status = cli_report(&t->err);
        }
        if (status == EXIT_OK && !quiet && skipped > shown)
            fprintf(stderr, "crimetrend: %s: %lu more malformed row%s "
                    "skipped, not shown\n", shown_path(f->path),
                    skipped - shown, skipped - shown == 1 ? "" : "s");
    }
    free(buf);
    return status;
}

/* Leaves out of the inputs the file 'output' names (a counts file written
 * into the folder being read). */
static void drop_output(job *j, const char *output)
{
    struct stat st;
    if (output == NULL || strcmp(output, "-") == 0 || stat(output, &st) != 0)
        return;
    int k = 0;
    for (int i = 0; i < j->n_files; i++) {
        in_file *f = &j->files[i];
        if (strcmp(f->path, "-") != 0 && f->archive == NULL &&
            f->dev == st.st_dev && f->ino == st.st_ino) {
            free(f->path);
            continue;
        }
        j->files[k++] = *f;
    }
    j->n_files = k;
}

static void print_summary(const ct_incident_agg *total, int n_files,
                          uint64_t bytes, double secs)
{
    ct_incident_stats s;
    ct_incident_stats_get(total, &s);
    char b1[32], b2[32], b3[32], b4[32], b5[32];
    fprintf(stderr, "crimetrend: aggregate: %d file%s, %s rows read, %s "
            "used, %s without location (counted as '%s'), %s anti-social "
            "behaviour left out, %s malformed skipped\n", n_files,
            n_files == 1 ? "" : "s", ct_number_format_count((int64_t)s.rows_read, b1, sizeof b1),
            ct_number_format_count((int64_t)s.rows_used, b2, sizeof b2),
            ct_number_format_count((int64_t)s.rows_no_location, b3, sizeof b3),
            CT_INCIDENT_UNKNOWN_AREA, ct_number_format_count((int64_t)s.rows_asb, b4, sizeof b4),
            ct_number_format_count((int64_t)s.rows_bad, b5, sizeof b5));
    fprintf(stderr, "crimetrend: aggregate: %.1f MB in %.2f s, %.0f MB/s\n",
            (double)bytes / 1e6, secs,
            secs > 0 ? (double)bytes / 1e6 / secs : 0.0);
}

/* The command once its options are parsed; 'a' is freed by the caller. */
/* Writes the merged counts (cli_output_write). */
static ct_status fill_counts(FILE *out, const void *ctx, ct_error *err)
{
    return ct_incident_write(ctx, out, err);
}

/* The reader's options from the command's. */
static void job_options(const cli_args *a, ct_incident_options *opt)
{
    ct_incident_options_init(opt);
    opt->by = a->by;
    opt->include_asb = a->include_asb;
    opt->skip_bad = a->skip_bad;
    opt->zero_fill = !a->no_zero_fill;
    opt->partial = a->partial_keep ? CT_INCIDENT_PARTIAL_KEEP
                                   : CT_INCIDENT_PARTIAL_DROP;
    opt->latin1 = a->ingest.latin1;
    opt->warn = collect_warning;
    if (a->has_period_type)
        opt->period_type = a->period_type;
}

/* The street files among the inputs (files, folders, zip archives), once
 * each and without the output; the others skipped are counted in a note.
 * Returns the exit status. */
static int collect_files(const cli_args *a, job *j)
{
    int status = EXIT_OK;
    walk found;
    memset(&found, 0, sizeof found);
    found.quiet = a->quiet;
    for (int i = 0; i < a->n_inputs && status == EXIT_OK; i++)
        status = find_files(&found, a->inputs[i], true);
    drop_duplicates(&found);
    j->files = found.files;
    j->n_files = found.n;
    free(found.dirs);
    if (status != EXIT_OK)
        return status;
    drop_output(j, a->output);
    if (!a->quiet && found.n_outcomes + found.n_stops > 0)
        fprintf(stderr, "crimetrend: aggregate: %d outcomes file%s and %d "
                "stop-and-search file%s skipped (note: they hold no street "
                "crimes; only the street files are counted)\n",
                found.n_outcomes, found.n_outcomes == 1 ? "" : "s",
                found.n_stops, found.n_stops == 1 ? "" : "s");
    if (j->n_files == 0) {
        fputs("crimetrend: aggregate: no police.uk street file found; "
              "expected *.csv or *.csv.gz files, folders or zip archives of "
              "them\n", stderr);
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

/* Adds each worker's counts to the total. */
static int merge_workers(ct_incident_agg *total, const worker *ws, int jobs)
{
    for (int w = 0; w < jobs; w++) {
        ct_error e = CT_ERROR_INIT;
        if (ct_incident_merge(total, ws[w].agg, &e) != CT_STATUS_OK)
            return cli_report(&e);
    }
    return EXIT_OK;
}

static void job_free(job *j)
{
    for (int t = 0; t < j->n_tasks; t++) {
        ct_incident_agg_free(j->tasks[t].agg);
        free(j->tasks[t].warns);
    }
    free(j->tasks);
    if (j->headers != NULL)
        for (int i = 0; i < j->n_files; i++)
            ct_incident_reader_free(j->headers[i]);
    free(j->headers);
    ct_incident_agg_free(j->probe);
    for (int i = 0; i < j->n_files; i++) {
        free(j->files[i].path);
        free(j->files[i].archive);
    }
    free(j->files);
}

static int aggregate(const cli_command *cmd, cli_args *a)
{
    int status;
    if (a->n_inputs == 0)
        return cli_usage_error(cmd, "no input file or folder given");
    if (a->has_format)
        return cli_usage_error(cmd, "--format is not an option here");
    double t0 = now_seconds();
    off_t split_min = split_size();
    if (split_min < 0)
        return EXIT_USAGE;
    job j;
    memset(&j, 0, sizeof j);
    job_options(a, &j.opt);
    int jobs = a->jobs;
    if (jobs == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = n < 1 ? 1 : n > 8 ? 8 : (int)n;
    }
    worker *ws = calloc((size_t)jobs, sizeof *ws);
    ct_incident_agg *total = ct_incident_agg_new(&j.opt);
    if (ws == NULL || total == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        status = EXIT_IO;
        goto out;
    }
    uint64_t bytes;
    if ((status = collect_files(a, &j)) != EXIT_OK)
        goto out;
    if ((status = plan_tasks(&j, jobs, split_min)) != EXIT_OK ||
        (status = run_tasks(&j, ws, jobs, !a->quiet && isatty(STDERR_FILENO)))
            != EXIT_OK ||
        (status = gather(&j, total, a->quiet, &bytes)) != EXIT_OK)
        goto out;
    if ((status = merge_workers(total, ws, jobs)) != EXIT_OK)
        goto out;
    if (!a->quiet)
        ct_incident_warn_periods(total, cli_warn, NULL);
    if ((status = cli_output_write(a->output, fill_counts, total)) != EXIT_OK)
        goto out;
    if (!a->quiet)
        print_summary(total, j.n_files, bytes, now_seconds() - t0);
out:
    if (ws != NULL)
        for (int w = 0; w < jobs; w++)
            ct_incident_agg_free(ws[w].agg);
    free(ws);
    job_free(&j);
    ct_incident_agg_free(total);
    return status;
}

int cmd_aggregate(const cli_command *cmd, int argc, char **argv)
{
    return cli_run(cmd, argc, argv, aggregate);
}
