/* ingest.c - streaming CSV input with libcsv: counts (long and wide
 * layouts), populations, peer groups and the area hierarchy.
 *
 * The only file that includes <csv.h>.  libcsv reports no positions, so
 * the reader feeds it one physical line at a time and keeps the line where
 * each record began and the field index itself; libcsv keeps its own state
 * across calls, so a newline inside quotes still works.  A line that is a
 * whole record without a quote (nearly every line of a large file) is
 * split by the reader itself, exactly as libcsv splits it, because that is
 * several times faster.  A physical line
 * ends at LF, CRLF or a lone CR, as an editor shows it.  Fields are
 * gathered into one reused scratch buffer: no allocation per field or per
 * row once the buffers have grown to the widest row. */
#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/ingest.h"
#include "crimetrend/number.h"
#include "crimetrend/period.h"
#include "error_set.h"
#include "alloc.h"
#include "hash.h"
#include "text.h"
#include "incident_csv.h"

/* ---- the line-fed reader -------------------------------------------- */

struct reader;
typedef ct_status (*row_fn)(struct reader *r, void *ctx);

typedef struct reader {
    struct csv_parser parser;  /* libcsv state, carried across lines */
    const char *path;          /* display name for messages */
    ct_error *err;             /* where the first error goes */
    ct_status st;              /* first failure seen in a callback */
    unsigned long line;        /* physical line being fed, 1-based */
    unsigned long record_line; /* line where the current record began */
    size_t record_bytes;       /* bytes of the record so far */
    bool between_records;      /* no record is in progress */
    char *buf;                 /* field bytes of the current row, each NUL-
                                  terminated */
    size_t len, cap;           /* bytes used and allocated in buf */
    struct span { size_t off, len; } *fields; /* each field's place in buf */
    size_t n_fields, cap_fields;
    row_fn on_row;             /* called for each complete, non-blank row */
    void *ctx;                 /* passed to on_row */
    bool latin1;               /* transcode Latin-1 to UTF-8 */
    char *conv;                /* transcoding buffer */
    size_t conv_cap;
} reader;

static void on_field(void *s, size_t len, void *data)
{
    reader *r = data;
    if (r->st != CT_STATUS_OK)
        return;
    if ((r->len + len + 1 > r->cap &&
         ctp_grow((void **)&r->buf, &r->cap, r->len + len + 1, 1, r->err)) ||
        (r->n_fields + 1 > r->cap_fields &&
         ctp_grow((void **)&r->fields, &r->cap_fields, r->n_fields + 1,
                  sizeof *r->fields, r->err))) {
        r->st = CT_STATUS_NOMEM;
        return;
    }
    if (len > 0)
        memcpy(r->buf + r->len, s, len);
    r->buf[r->len + len] = '\0';
    r->fields[r->n_fields].off = r->len;
    r->fields[r->n_fields].len = len;
    r->n_fields++;
    r->len += len + 1;
}

static bool is_blank_byte(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* An error in the record in hand: at the line where it began, and at
 * 'column' (1-based; 0 when the record as a whole is wrong). */
__attribute__((__format__(__printf__, 3, 4)))
static ct_status record_error(const reader *r, unsigned long column,
                              const char *fmt, ...)
{
    char msg[sizeof r->err->message];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return ctp_error_set(r->err, CT_STATUS_INPUT, r->path, r->record_line,
                         column, "%s", msg);
}

static bool row_is_blank(const reader *r)
{
    for (size_t i = 0; i < r->n_fields; i++) {
        const char *f = r->buf + r->fields[i].off;
        for (size_t j = 0; j < r->fields[i].len; j++)
            if (!is_blank_byte((unsigned char)f[j]))
                return false;
    }
    return true;
}

static void on_row_end(int c, void *data)
{
    (void)c;
    reader *r = data;
    if (r->st == CT_STATUS_OK && r->n_fields > 0 && !row_is_blank(r))
        r->st = r->on_row(r, r->ctx);
    r->n_fields = 0;
    r->len = 0;
    r->between_records = true;
}

/* Field i of the current row, trimmed of blanks (padded names, "  1,233"). */
static const char *field(const reader *r, size_t i, size_t *len)
{
    const char *f = r->buf + r->fields[i].off;
    size_t n = r->fields[i].len;
    while (n > 0 && is_blank_byte((unsigned char)*f)) {
        f++;
        n--;
    }
    while (n > 0 && is_blank_byte((unsigned char)f[n - 1]))
        n--;
    *len = n;
    return f;
}


/* The 1-based field number of byte 'pos' of a line, counting separators
 * outside quotes (good enough for pointing at a bad byte). */
static unsigned long column_of(const char *s, size_t pos)
{
    unsigned long col = 1;
    bool quoted = false;
    for (size_t i = 0; i < pos; i++) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (s[i] == ',' && !quoted)
            col++;
    }
    return col;
}

static ct_status check_utf8(reader *r, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (i + 8 <= n) {
            /* ASCII, the usual case, eight bytes at a time. */
            uint64_t w;
            memcpy(&w, u + i, sizeof w);
            if ((w & 0x8080808080808080u) == 0) {
                i += 8;
                continue;
            }
        }
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = ctp_utf8_len(u + i, n - i);
        if (k == 0)
            return ctp_error_set(r->err, CT_STATUS_INPUT, r->path, r->line,
                                 column_of(s, i),
                                 "byte 0x%02X is not valid UTF-8; expected "
                                 "UTF-8 text (for Latin-1 files use "
                                 "--latin1)", u[i]);
        i += k;
    }
    return CT_STATUS_OK;
}

size_t ctp_latin1_to_utf8(const char *s, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[k++] = (char)c;
        } else {
            out[k++] = (char)(0xc0 | (c >> 6));
            out[k++] = (char)(0x80 | (c & 0x3f));
        }
    }
    return k;
}

/* Latin-1 to UTF-8 in the reader's buffer. */
static ct_status to_utf8(reader *r, const char *s, size_t n, const char **out,
                         size_t *out_len)
{
    if (ctp_grow((void **)&r->conv, &r->conv_cap, 2 * n + 1, 1, r->err))
        return CT_STATUS_NOMEM;
    *out = r->conv;
    *out_len = ctp_latin1_to_utf8(s, n, r->conv);
    return CT_STATUS_OK;
}

static bool line_is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != '\r' && s[i] != '\n' && !is_blank_byte((unsigned char)s[i]))
            return false;
    return true;
}

/* ---- physical lines --------------------------------------------------- */

/* Bytes read from the file at a time.  A line may be longer; it is then
 * gathered across reads. */
#define LINE_CHUNK 65536

/* The longest line, and the longest record (a quoted field may run over
 * several lines), a reader accepts.  Real counts and population files have
 * lines of a few hundred bytes; without a limit, input that never ends a
 * line (/dev/zero, a binary file) would be gathered until memory ran out. */
#define LINE_MAX_BYTES (1u << 20)

/* Splits a file into physical lines as an editor shows them: a line ends
 * at LF, at CRLF (one line end) or at a CR not followed by LF (old Mac
 * files, and files that mix all three).  getline() knows only LF, so a
 * CR-only file would be one "line" and every message would say line 1. */
typedef struct line_reader {
    FILE *in;
    char *chunk;          /* LINE_CHUNK bytes read from 'in' */
    size_t pos, end;      /* next byte to return and end of data in chunk */
    size_t next_lf;       /* first LF at or after pos in chunk, or end;
                             SIZE_MAX or below pos when not known */
    char *line;           /* a line gathered across chunks */
    size_t line_cap;      /* bytes allocated in line */
    int read_errno;       /* errno of the first failed read, or 0 */
    bool too_long;        /* the line passed LINE_MAX_BYTES: *s holds its
                             first LINE_MAX_BYTES bytes or so */
} line_reader;

/* Reads the next chunk; false at end of input or on a read error. */
static bool line_refill(line_reader *lr)
{
    lr->pos = 0;
    lr->next_lf = SIZE_MAX;
    errno = 0;
    lr->end = fread(lr->chunk, 1, LINE_CHUNK, lr->in);
    if (lr->end < LINE_CHUNK && ferror(lr->in) && lr->read_errno == 0)
        lr->read_errno = errno ? errno : EIO;
    return lr->end > 0;
}

/* Sets '*s' and '*n' to the next line, line end included (the last line
 * may have none), valid until the next call.  '*n' is 0 at the end of the
 * input (or after a read error: see read_errno).  Returns CT_STATUS_NOMEM or
 * CT_STATUS_OK. */
static ct_status line_next(line_reader *lr, const char **s, size_t *n,
                           ct_error *err)
{
    size_t len = 0; /* bytes gathered in lr->line */
    *n = 0;
    while (lr->pos < lr->end || line_refill(lr)) {
        const char *c = lr->chunk + lr->pos;
        size_t avail = lr->end - lr->pos;
        /* The line ends at the first LF, or at a CR before it.  memchr
         * is fast; the place of the next LF is kept, so that a file of
         * CR line ends is not searched to the end of the chunk for every
         * line. */
        if (lr->next_lf < lr->pos || lr->next_lf == SIZE_MAX) {
            const char *lf = memchr(c, '\n', avail);
            lr->next_lf = lf != NULL ? (size_t)(lf - lr->chunk) : lr->end;
        }
        size_t k = lr->next_lf - lr->pos;
        const char *first_cr = memchr(c, '\r', k);
        if (first_cr != NULL)
            k = (size_t)(first_cr - c);
        bool ended = k < avail;
        bool cr = ended && c[k] == '\r';
        if (ended)
            k++;
        if (cr && k < avail && c[k] == '\n')
            k++; /* CRLF: one line end */
        /* A CR that is the chunk's last byte may be the first half of a
         * CRLF split across two reads: look at the next chunk first. */
        bool cr_last = cr && k == avail;
        lr->pos += k;
        if (ended && !cr_last && len == 0) {
            *s = c; /* the whole line lies in the chunk: no copy */
            *n = k;
            return CT_STATUS_OK;
        }
        /* One byte spare for the LF of a split CRLF. */
        if (ctp_grow((void **)&lr->line, &lr->line_cap, len + k + 1, 1, err))
            return CT_STATUS_NOMEM;
        memcpy(lr->line + len, c, k);
        len += k;
        if (len > LINE_MAX_BYTES) {
            lr->too_long = true;
            break;
        }
        if (!ended)
            continue;
        if (cr_last && line_refill(lr) && lr->chunk[0] == '\n') {
            lr->line[len++] = '\n';
            lr->pos = 1;
        }
        break;
    }
    *s = lr->line;
    *n = len;
    return CT_STATUS_OK;
}

/* The common line, a whole record without a quote, split without libcsv
 * and exactly as libcsv splits it: fields end at ',', lose the spaces and
 * tabs around them, and the line end (LF, CRLF or CR) ends the record.
 * Returns false, having done nothing, for any other line (quoted fields,
 * a last line with no line end), which libcsv then reads. */
static bool split_plain_line(reader *r, const char *s, size_t n)
{
    if (n == 0 || (s[n - 1] != '\n' && s[n - 1] != '\r') ||
        memchr(s, '"', n) != NULL)
        return false;
    int end_char = (unsigned char)s[--n];
    if (end_char == '\n' && n > 0 && s[n - 1] == '\r')
        end_char = (unsigned char)s[--n]; /* libcsv ends the row at the CR */
    const char *end = s + n;
    for (const char *f = s;;) {
        const char *comma = memchr(f, ',', (size_t)(end - f));
        const char *a = f, *b = comma != NULL ? comma : end;
        while (a < b && is_blank_byte((unsigned char)*a))
            a++;
        while (b > a && is_blank_byte((unsigned char)b[-1]))
            b--;
        on_field((void *)a, (size_t)(b - a), r);
        if (comma == NULL)
            break;
        f = comma + 1;
    }
    on_row_end(end_char, r);
    return true;
}

/* A line that is too long to be CSV, or a quoted field that has run on
 * past the limit, ends the reading: each names its likelier cause. */
static ct_status line_check_size(const reader *r, const line_reader *lr,
                                 const char *s, size_t n)
{
    if (lr->too_long) {
        /* Name the likelier cause: binary data holds NUL bytes. */
        const char *nul = memchr(s, '\0', n);
        return nul != NULL
            ? ctp_error_set(r->err, CT_STATUS_INPUT, r->path, r->line,
                            column_of(s, (size_t)(nul - s)),
                            "NUL byte in text; expected a CSV text file")
            : ctp_error_set(r->err, CT_STATUS_INPUT, r->path, r->line, 0,
                            "line longer than %u bytes; expected a CSV "
                            "text file with one record a line",
                            LINE_MAX_BYTES);
    }
    if (!r->between_records && r->line - r->record_line > 0 &&
        r->record_bytes + n > LINE_MAX_BYTES)
        return record_error(r, 0,
                            "quoted field starting on this line runs "
                            "past %u bytes; expected a closing '\"'",
                            LINE_MAX_BYTES);
    return CT_STATUS_OK;
}

/* Makes a line UTF-8 text for the parser: the byte order mark goes, a
 * NUL byte is refused, and Latin-1 is transcoded (or UTF-8 checked), so
 * that every field the parser sees is valid text. */
static ct_status line_to_text(reader *r, const char **s, size_t *n)
{
    if (r->line == 1 && *n >= 3 && memcmp(*s, "\xef\xbb\xbf", 3) == 0) {
        *s += 3; /* UTF-8 byte order mark */
        *n -= 3;
    }
    const char *nul = memchr(*s, '\0', *n);
    if (nul != NULL)
        return ctp_error_set(r->err, CT_STATUS_INPUT, r->path, r->line,
                             column_of(*s, (size_t)(nul - *s)),
                             "NUL byte in text; expected a CSV text "
                             "file");
    if (r->latin1)
        return to_utf8(r, *s, *n, s, n);
    return check_utf8(r, *s, *n);
}

/* Hands a line to a record: blank lines between records are skipped, a
 * plain line is split here (the fast way), anything else goes through
 * libcsv.  Sets *any once a record has been seen. */
static void line_feed(reader *r, const char *s, size_t n, bool csv_only,
                      bool *any)
{
    bool starts = r->between_records; /* a record starts on this line */
    if (starts) {
        if (line_is_blank(s, n))
            return;
        r->record_line = r->line;
        r->record_bytes = 0;
        r->between_records = false;
    }
    r->record_bytes += n;
    *any = true;
    if (starts && !csv_only && split_plain_line(r, s, n))
        return;
    if (csv_parse(&r->parser, s, n, on_field, on_row_end, r) != n &&
        r->st == CT_STATUS_OK) {
        r->st = ctp_error_set(r->err, CT_STATUS_INPUT, r->path, r->line,
                              r->n_fields + 1,
                              "malformed quoted field (%s); expected "
                              "'\"' only at the start and end of a field, "
                              "doubled inside it",
                              csv_strerror(csv_error(&r->parser)));
    }
}

/* After the last line: a read error, a quoted field never closed, or a
 * file with no record at all is an error, in that order of precedence. */
static void read_finish(reader *r, FILE *in, const line_reader *lr, bool any)
{
    ct_error *err = r->err;
    if (r->st == CT_STATUS_OK && ferror(in))
        r->st = ctp_error_set(err, CT_STATUS_IO, r->path, 0, 0,
                              "read error: %s",
                              strerror(lr->read_errno ? lr->read_errno
                                                      : EIO));
    if (r->st == CT_STATUS_OK && err != NULL && err->status == CT_STATUS_IO)
        r->st = CT_STATUS_IO;
    if (r->st == CT_STATUS_OK) {
        if (err != NULL && ferror(in))
            err->sys_errno = errno;
        if (csv_fini(&r->parser, on_field, on_row_end, r) != 0 &&
            r->st == CT_STATUS_OK)
            r->st = record_error(r, 0,
                                 "quoted field starting on this line is "
                                 "never closed; expected a closing '\"'");
    }
    if (r->st == CT_STATUS_OK && !any)
        r->st = ctp_error_set(err, CT_STATUS_INPUT, r->path, 0, 0,
                              "file is empty; expected a header row and "
                              "data");
}

/* Reads 'in' to the end, calling on_row for every non-blank record after
 * (and including) the header. */
static ct_status read_csv(FILE *in, const char *path, bool latin1,
                          bool csv_only, row_fn on_row, void *ctx,
                          ct_error *err)
{
    reader r = {.path = path, .err = err, .on_row = on_row, .ctx = ctx,
                .latin1 = latin1, .between_records = true};
    if (csv_init(&r.parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)
        != 0)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    /* libcsv grows its field buffer by this much at a time (128 bytes by
     * default): a long quoted field would otherwise be copied once per
     * 128 bytes, which is quadratic. */
    csv_set_blk_size(&r.parser, 65536);
    line_reader lr = {.in = in, .next_lf = SIZE_MAX};
    lr.chunk = malloc(LINE_CHUNK);
    if (lr.chunk == NULL) {
        csv_free(&r.parser);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    const char *s;
    size_t n;
    bool any = false;
    while (r.st == CT_STATUS_OK && (r.st = line_next(&lr, &s, &n, err)) == CT_STATUS_OK &&
           n > 0) {
        r.line++;
        if ((r.st = line_check_size(&r, &lr, s, n)) != CT_STATUS_OK ||
            (r.st = line_to_text(&r, &s, &n)) != CT_STATUS_OK)
            break;
        line_feed(&r, s, n, csv_only, &any);
    }
    read_finish(&r, in, &lr, any);
    csv_free(&r.parser);
    free(lr.chunk);
    free(lr.line);
    free(r.buf);
    free(r.fields);
    free(r.conv);
    return r.st;
}

/* ---- header matching ------------------------------------------------ */

/* Header names are compared folded: ASCII letters and digits only, in
 * lower case ("CSP Name", "csp_name" and "cspname" are one name). */
static size_t fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            out[k++] = (char)(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;
}

enum role {
    ROLE_AREA, ROLE_OFFENCE, ROLE_PERIOD, ROLE_QUARTER, ROLE_COUNT,
    ROLE_POPULATION, ROLE_PEER, ROLE_PARENT, N_ROLES
};

static const char *const role_what[N_ROLES] = {
    "the area", "the offence", "the period", "the quarter", "the count",
    "the population", "the peer", "the parent"
};

/* Aliases in order of preference, folded; each list ends with NULL.  Keep
 * in step with the list in ingest.h and the README. */
static const char *const aliases[N_ROLES][20] = {
    [ROLE_AREA] = {"area", "cspname", "csp", "communitysafetypartnership",
                   "district", "localauthority", "borough", "forcename",
                   "force", "statename", "state", "areaname", "name", NULL},
    [ROLE_OFFENCE] = {"offence", "offense", "crimetype", "offencedescription",
                      "offencesubgroup", "offencegroup", "minorcategory",
                      "majorcategory", "category", "crime", NULL},
    [ROLE_PERIOD] = {"period", "month", "year", "financialyear", "date",
                     "quarter", NULL},
    [ROLE_QUARTER] = {"financialquarter", NULL},
    [ROLE_COUNT] = {"count", "numberofoffences", "offences", "number",
                    "crimes", "value", "total", NULL},
    [ROLE_POPULATION] = {"population", "pop", "residents", "midyearestimate",
                         "households", NULL},
    [ROLE_PEER] = {"peer", "similararea", "mostsimilararea", "comparator",
                   "msgmember", NULL},
    [ROLE_PARENT] = {"parent", "county", "region", "nation", NULL},
};

/* Columns a wide-offences table has that are labels, not offences. */
static const char *const label_columns[] = {
    "code", "areacode", "statecode", "stateabbr", "abbr", "id", "caveats",
    "caveat", "notes", "note", "footnote", "footnotes", "source", NULL
};

typedef struct header {
    int col[N_ROLES];       /* column index of each role, or -1 */
    int hint;               /* period kind the period column holds, or -1 */
    size_t n_columns;       /* fields in the header row */
    char **names;           /* header names as written (owned) */
} header;

static void header_free(header *h)
{
    if (h->names != NULL)
        for (size_t i = 0; i < h->n_columns; i++)
            free(h->names[i]);
    free(h->names);
}

static bool in_list(const char *folded, const char *const *list)
{
    for (size_t i = 0; list[i] != NULL; i++)
        if (strcmp(folded, list[i]) == 0)
            return true;
    return false;
}

/* Finds the column for 'role': the named one when 'named' is given, else
 * the first alias present.  Returns -1 when absent. */
static int find_column(const reader *r, enum role role, const char *named)
{
    char want[128], got[128];
    if (named != NULL) {
        fold(named, strlen(named), want, sizeof want);
        for (size_t i = 0; i < r->n_fields; i++) {
            size_t n;
            const char *f = field(r, i, &n);
            fold(f, n, got, sizeof got);
            if (strcmp(want, got) == 0)
                return (int)i;
        }
        return -1;
    }
    for (size_t a = 0; aliases[role][a] != NULL; a++)
        for (size_t i = 0; i < r->n_fields; i++) {
            size_t n;
            const char *f = field(r, i, &n);
            fold(f, n, got, sizeof got);
            if (strcmp(aliases[role][a], got) == 0)
                return (int)i;
        }
    return -1;
}

/* Error for a required column that is not there: names what was looked
 * for and what the header has. */
static ct_status missing_column(const reader *r, enum role role,
                                const char *named)
{
    char have[200] = "";
    size_t k = 0;
    for (size_t i = 0; i < r->n_fields && k + 4 < sizeof have; i++) {
        size_t n;
        const char *f = field(r, i, &n);
        int w = snprintf(have + k, sizeof have - k, "%s'%.*s'",
                         i ? ", " : "", (int)n, f);
        if (w < 0)
            break;
        k += (size_t)w;
        if (k >= sizeof have)
            k = sizeof have - 1;
    }
    if (named != NULL)
        return record_error(r, 0,
                            "no column '%s' for %s; the header has %s",
                            named, role_what[role], have);
    return record_error(r, 0,
                        "no column for %s; expected a header such as '%s' "
                        "(the header has %s)",
                        role_what[role], aliases[role][0], have);
}

static ct_status read_header(reader *r, header *h, const enum role *need,
                             size_t n_need, const ct_ingest_options *opt)
{
    for (int i = 0; i < N_ROLES; i++)
        h->col[i] = -1;
    h->hint = -1;
    h->n_columns = r->n_fields;
    h->names = calloc(r->n_fields, sizeof *h->names);
    if (h->names == NULL)
        return ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    for (size_t i = 0; i < r->n_fields; i++) {
        size_t n;
        const char *f = field(r, i, &n);
        h->names[i] = malloc(n + 1);
        if (h->names[i] == NULL)
            return ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        memcpy(h->names[i], f, n);
        h->names[i][n] = '\0';
    }
    for (size_t k = 0; k < n_need; k++) {
        enum role role = need[k];
        const char *named = NULL;
        if (opt != NULL) {
            switch (role) {
            case ROLE_AREA: named = opt->area_column; break;
            case ROLE_OFFENCE: named = opt->offence_column; break;
            case ROLE_PERIOD: named = opt->period_column; break;
            case ROLE_COUNT: named = opt->count_column; break;
            case ROLE_POPULATION: named = opt->population_column; break;
            case ROLE_QUARTER: case ROLE_PEER: case ROLE_PARENT:
            case N_ROLES:
                break;
            }
        }
        if (role == ROLE_PERIOD && opt != NULL && opt->period != NULL)
            continue; /* one period for the whole file */
        h->col[role] = find_column(r, role, named);
        if (h->col[role] < 0)
            return missing_column(r, role, named);
    }
    if (h->col[ROLE_PERIOD] >= 0) {
        char got[128];
        fold(h->names[h->col[ROLE_PERIOD]], strlen(h->names[h->col[ROLE_PERIOD]]),
             got, sizeof got);
        if (strcmp(got, "financialyear") == 0) {
            h->hint = CT_PERIOD_FINANCIAL_YEAR;
            h->col[ROLE_QUARTER] = find_column(r, ROLE_QUARTER, NULL);
        }
    }
    return CT_STATUS_OK;
}

/* ---- shared row helpers ---------------------------------------------- */

typedef struct summary {
    unsigned long n_missing;     /* suppressed or empty cells */
    unsigned long first_line;    /* where the first was */
    unsigned long first_column;
    char first_value[24];        /* what it held */
} summary;

static void note_missing(summary *s, const reader *r, size_t col,
                         const char *v, size_t n)
{
    if (s->n_missing++ == 0) {
        s->first_line = r->record_line;
        s->first_column = col + 1;
        snprintf(s->first_value, sizeof s->first_value, "%.*s",
                 (int)(n < 20 ? n : 20), v);
    }
}

static void report_missing(const summary *s, const char *path,
                           const ct_ingest_options *opt, const char *what)
{
    if (s->n_missing == 0 || opt == NULL)
        return;
    ctp_warn(opt->warn, opt->warn_ctx, path, s->first_line, s->first_column,
             "%lu %s suppressed or empty (first: '%s'); read as missing, "
             "not as 0", s->n_missing, what, s->first_value);
}

static ct_status check_width(const reader *r, const header *h)
{
    if (r->n_fields == h->n_columns)
        return CT_STATUS_OK;
    return record_error(r, 0,
                        "row has %zu fields; expected %zu as in the header",
                        r->n_fields, h->n_columns);
}

static ct_status intern_area_field(const reader *r, ct_dataset *ds, size_t col,
                                   const ct_ingest_options *opt, ct_dataset_id *id)
{
    size_t n;
    const char *f = field(r, col, &n);
    if (n == 0) {
        if (opt != NULL && opt->blank_area != NULL)
            return ct_dataset_intern_area(ds, opt->blank_area,
                                          strlen(opt->blank_area), id, r->err);
        return record_error(r, col + 1,
                            "area name is empty; expected a name (use "
                            "--blank-area NAME for a total row)");
    }
    return ct_dataset_intern_area(ds, f, n, id, r->err);
}

static ct_status parse_period_field(const reader *r, const header *h,
                                    size_t col, ct_period *p)
{
    size_t n;
    const char *f = field(r, col, &n);
    if (!ct_period_parse_as(f, n, h->hint, p))
        return record_error(r, col + 1,
                            "period '%.*s' is not a period label; expected "
                            "e.g. 2015, 2015/16, 2015Q3, 2015-09 or "
                            "YE2015-09", (int)n, f);
    if (h->col[ROLE_QUARTER] >= 0 && p->kind == CT_PERIOD_FINANCIAL_YEAR) {
        /* Home Office tables: "Financial Year" 2015/16 and "Financial
         * Quarter" 1..4, where quarter 1 is April to June. */
        size_t qn;
        const char *q = field(r, (size_t)h->col[ROLE_QUARTER], &qn);
        if (qn == 2 && (q[0] == 'Q' || q[0] == 'q')) {
            q++;
            qn--;
        }
        if (qn != 1 || q[0] < '1' || q[0] > '4')
            return record_error(r, (unsigned long)h->col[ROLE_QUARTER] + 1,
                                "financial quarter '%.*s' is not 1 to 4; "
                                "expected 1 (April to June) to 4",
                                (int)qn, q);
        p->kind = CT_PERIOD_QUARTER;
        p->start += 3 * (q[0] - '1');
        p->n_months = 3;
    }
    return CT_STATUS_OK;
}

/* Reads a count cell: a number, or a suppression marker/empty (missing).
 * Anything else is an error naming the place. */
static ct_status count_cell(const reader *r, size_t col, const char *what,
                            summary *sum, ct_cell_state *state,
                            int64_t *count)
{
    size_t n;
    const char *f = field(r, col, &n);
    ct_number_kind k = ct_number_parse_count(f, n, count);
    switch (k) {
    case CT_NUMBER_OK:
        *state = CT_CELL_PRESENT;
        return CT_STATUS_OK;
    case CT_NUMBER_EMPTY:
    case CT_NUMBER_SUPPRESSED:
        note_missing(sum, r, col, f, n);
        *state = k == CT_NUMBER_EMPTY ? CT_CELL_MISSING : CT_CELL_SUPPRESSED;
        *count = 0;
        return CT_STATUS_OK;
    case CT_NUMBER_INVALID:
    case CT_NUMBER_NEGATIVE:
    case CT_NUMBER_FRACTION:
    case CT_NUMBER_OVERFLOW:
        break;
    }
    return record_error(r, col + 1,
                        "%s '%.*s' is %s; expected a whole number of 0 or "
                        "more, or a suppression marker (.., [x], [c], *, -)",
                        what, (int)(n < 40 ? n : 40), f,
                        ct_number_kind_name(k));
}

/* ---- counts ---------------------------------------------------------- */

/* Counts files repeat names and labels on row after row: an area on every
 * row of its block, an offence on every row of its series, the same few
 * hundred period labels throughout.  The memos below let a row skip
 * hashing a name it shares with the row before, and parsing a period
 * label already read; they only save work and never change an id. */

/* The name on the previous row and its id. */
typedef struct name_memo {
    char *name;           /* its bytes (owned), not NUL-terminated */
    size_t len, cap;      /* bytes used and allocated */
    ct_dataset_id id;             /* CT_DATASET_NO_ID when nothing is remembered */
} name_memo;

static bool name_memo_find(const name_memo *m, const char *s, size_t n,
                           ct_dataset_id *id)
{
    if (m->id == CT_DATASET_NO_ID || m->len != n || memcmp(m->name, s, n) != 0)
        return false;
    *id = m->id;
    return true;
}

static void name_memo_keep(name_memo *m, const char *s, size_t n, ct_dataset_id id)
{
    m->id = CT_DATASET_NO_ID;
    if (n > m->cap && ctp_grow((void **)&m->name, &m->cap, n, 1, NULL))
        return; /* out of memory: simply remember nothing */
    memcpy(m->name, s, n);
    m->len = n;
    m->id = id;
}

/* Period labels read so far and their ids: an open-addressing table of
 * PERIOD_MEMO_SLOTS, filled to half at most (further labels are simply
 * parsed every time).  Used only when the label alone gives the period
 * (no financial quarter column). */
#define PERIOD_MEMO_SLOTS 1024
#define PERIOD_MEMO_LABEL 16

typedef struct period_memo {
    char label[PERIOD_MEMO_LABEL]; /* the label as written, trimmed */
    size_t len;                    /* its length; 0 for an empty slot */
    ct_dataset_id id;                      /* the period it was interned as */
} period_memo;

/* The slot holding label 's' of 'n' bytes (1..PERIOD_MEMO_LABEL), or the
 * empty slot where it would go. */
static period_memo *period_memo_slot(period_memo *memo, const char *s,
                                     size_t n)
{
    uint64_t w[2] = {0, 0};
    memcpy(w, s, n);
    size_t i = ctp_hash_u64(w[0] ^ ctp_hash_u64(w[1] ^ n)) %
               PERIOD_MEMO_SLOTS;
    while (memo[i].len != 0 &&
           (memo[i].len != n || memcmp(memo[i].label, s, n) != 0))
        i = (i + 1) % PERIOD_MEMO_SLOTS;
    return &memo[i];
}

typedef struct counts_ctx {
    ct_dataset *ds;
    const ct_ingest_options *opt;
    header h;
    bool have_header;
    bool *is_offence;     /* WIDE_OFFENCES: column holds an offence */
    ct_dataset_id *offence_id;    /* WIDE_OFFENCES: interned offence per column */
    ct_period *period_of; /* WIDE_PERIODS: period per column */
    bool *is_period;      /* WIDE_PERIODS: column holds a period */
    ct_dataset_id *period_id;     /* interned period per column */
    ct_period fixed;      /* opt->period, parsed */
    ct_dataset_id fixed_id;
    unsigned long last_line; /* the last line read */
    summary missing;
    name_memo area;       /* the previous row's area */
    name_memo offence;    /* the previous row's offence */
    period_memo *periods; /* PERIOD_MEMO_SLOTS labels, or NULL */
    size_t n_periods;     /* labels in 'periods' */
    int months_col;       /* LONG: the 'months' column `aggregate
                             --partial keep` writes, or -1 */
} counts_ctx;

/* The area of the row (see name_memo). */
static ct_status counts_area(reader *r, counts_ctx *c, ct_dataset_id *area)
{
    size_t col = (size_t)c->h.col[ROLE_AREA], n;
    const char *f = field(r, col, &n);
    if (name_memo_find(&c->area, f, n, area))
        return CT_STATUS_OK;
    ct_status st = intern_area_field(r, c->ds, col, c->opt, area);
    if (st == CT_STATUS_OK && n > 0)
        name_memo_keep(&c->area, f, n, *area);
    return st;
}

/* The offence of the row, for the layouts with an offence column. */
static ct_status counts_offence(reader *r, counts_ctx *c, ct_dataset_id *offence)
{
    size_t col = (size_t)c->h.col[ROLE_OFFENCE], n;
    const char *f = field(r, col, &n);
    if (name_memo_find(&c->offence, f, n, offence))
        return CT_STATUS_OK;
    if (n == 0)
        return record_error(r, (unsigned long)col + 1,
                            "offence name is empty; expected a name");
    ct_status st = ct_dataset_intern_offence(c->ds, f, n, offence, r->err);
    if (st == CT_STATUS_OK)
        name_memo_keep(&c->offence, f, n, *offence);
    return st;
}

/* The period of the row, from its period column. */
static ct_status counts_period(reader *r, counts_ctx *c, ct_dataset_id *period)
{
    size_t col = (size_t)c->h.col[ROLE_PERIOD], n;
    const char *f = field(r, col, &n);
    period_memo *m = NULL;
    if (c->periods != NULL && c->h.col[ROLE_QUARTER] < 0 && n > 0 &&
        n <= PERIOD_MEMO_LABEL) {
        m = period_memo_slot(c->periods, f, n);
        if (m->len != 0) {
            *period = m->id;
            return CT_STATUS_OK;
        }
        if (c->n_periods >= PERIOD_MEMO_SLOTS / 2)
            m = NULL; /* full: keep probes short */
    }
    ct_period p;
    ct_status st;
    if ((st = parse_period_field(r, &c->h, col, &p)) ||
        (st = ct_dataset_intern_period(c->ds, p, period, r->err)))
        return st;
    if (m != NULL) {
        memcpy(m->label, f, n);
        m->len = n;
        m->id = *period;
        c->n_periods++;
    }
    return CT_STATUS_OK;
}

/* The long layout's optional column of months held (aggregate
 * --partial keep writes it). */
static void find_months_column(reader *r, counts_ctx *c)
{
    for (size_t i = 0; i < c->h.n_columns; i++) {
        size_t len;
        const char *f = field(r, i, &len);
        if (len == 6 && (f[0] == 'm' || f[0] == 'M') &&
            memcmp(f + 1, "onths", 5) == 0)
            c->months_col = (int)i;
    }
}

/* A wide layout's map of its 'n' columns: which hold counts, and the id
 * (period or offence) of each of those.  Freed with the context. */
static ct_status column_map(reader *r, size_t n, bool **is,
                            ct_dataset_id **id)
{
    *is = calloc(n, sizeof **is);
    *id = calloc(n, sizeof **id);
    if (*is == NULL || *id == NULL)
        return ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    return CT_STATUS_OK;
}

/* Wide by period: every header that is a period label, other than the
 * area and offence columns, is a column of counts for that period. */
static ct_status period_columns(reader *r, counts_ctx *c)
{
    size_t n = c->h.n_columns;
    ct_status st;
    if ((st = column_map(r, n, &c->is_period, &c->period_id)))
        return st;
    size_t found = 0;
    for (size_t i = 0; i < n; i++) {
        ct_period p;
        if ((int)i == c->h.col[ROLE_AREA] ||
            (int)i == c->h.col[ROLE_OFFENCE] ||
            !ct_period_parse(c->h.names[i], strlen(c->h.names[i]), &p))
            continue;
        c->is_period[i] = true;
        if ((st = ct_dataset_intern_period(c->ds, p, &c->period_id[i],
                                           r->err)))
            return st;
        found++;
    }
    if (found == 0)
        return record_error(r, 0,
                            "no column header is a period; expected "
                            "headers such as 200801 or 2015-09 in a "
                            "table with one column per period");
    return CT_STATUS_OK;
}

/* Wide by offence: whether column 'i' (its header folded to 'f') holds an
 * offence's counts: one listed in --offences, else any column that is
 * not the area, period, population or a known label column. */
static bool is_offence_column(const counts_ctx *c, size_t i, const char *f)
{
    const char *s = c->opt->offences;
    if (s == NULL)
        return (int)i != c->h.col[ROLE_AREA] &&
               (int)i != c->h.col[ROLE_PERIOD] &&
               (int)i != c->h.col[ROLE_POPULATION] &&
               !in_list(f, label_columns) &&
               !in_list(f, aliases[ROLE_AREA]) &&
               !in_list(f, aliases[ROLE_PERIOD]);
    while (*s != '\0') {
        const char *e = strchr(s, ',');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        char g[128];
        fold(s, len, g, sizeof g);
        if (strcmp(f, g) == 0)
            return true;
        s = e ? e + 1 : s + len;
    }
    return false;
}

/* Every --offences name must match a column. */
static ct_status check_offences_found(reader *r, const counts_ctx *c,
                                      size_t found)
{
    if (c->opt->offences == NULL)
        return CT_STATUS_OK;
    size_t listed = 1;
    for (const char *s = c->opt->offences; *s != '\0'; s++)
        listed += *s == ',';
    if (listed != found)
        return record_error(r, 0,
                            "--offences names %zu columns but the "
                            "header has %zu of them; expected "
                            "header names separated by commas",
                            listed, found);
    return CT_STATUS_OK;
}

/* Wide by offence: the optional population column and the offence
 * columns (see is_offence_column). */
static ct_status offence_columns(reader *r, counts_ctx *c)
{
    const ct_ingest_options *opt = c->opt;
    size_t n = c->h.n_columns;
    ct_status st;
    if ((st = column_map(r, n, &c->is_offence, &c->offence_id)))
        return st;
    c->h.col[ROLE_POPULATION] =
        find_column(r, ROLE_POPULATION, opt->population_column);
    if (opt->population_column != NULL && c->h.col[ROLE_POPULATION] < 0)
        return missing_column(r, ROLE_POPULATION, opt->population_column);
    size_t found = 0;
    for (size_t i = 0; i < n; i++) {
        char f[128];
        fold(c->h.names[i], strlen(c->h.names[i]), f, sizeof f);
        /* An unnamed column is a trailing comma. */
        if (f[0] == '\0' || !is_offence_column(c, i, f))
            continue;
        c->is_offence[i] = true;
        if ((st = ct_dataset_intern_offence(c->ds, c->h.names[i],
                                            strlen(c->h.names[i]),
                                            &c->offence_id[i], r->err)))
            return st;
        found++;
    }
    if (found == 0)
        return record_error(r, 0,
                            "no offence columns found; expected one "
                            "column per offence (see --offences)");
    return check_offences_found(r, c, found);
}

/* --file-period: the one period of every row. */
static ct_status fixed_period(reader *r, counts_ctx *c)
{
    const char *label = c->opt->period;
    if (label == NULL)
        return CT_STATUS_OK;
    if (!ct_period_parse(label, strlen(label), &c->fixed))
        return ctp_error_set(r->err, CT_STATUS_USAGE, NULL, 0, 0,
                             "period '%s' is not a period label", label);
    return ct_dataset_intern_period(c->ds, c->fixed, &c->fixed_id, r->err);
}

static ct_status counts_header(reader *r, counts_ctx *c)
{
    const ct_ingest_options *opt = c->opt;
    static const enum role long_need[] = {ROLE_AREA, ROLE_OFFENCE, ROLE_PERIOD,
                                          ROLE_COUNT};
    static const enum role wide_p_need[] = {ROLE_AREA, ROLE_OFFENCE};
    static const enum role wide_o_need[] = {ROLE_AREA, ROLE_PERIOD};
    const enum role *need = long_need;
    size_t n_need = 4;
    if (opt->layout == CT_INGEST_WIDE_PERIODS) {
        need = wide_p_need;
        n_need = 2;
    } else if (opt->layout == CT_INGEST_WIDE_OFFENCES) {
        need = wide_o_need;
        n_need = 2;
    }
    ct_status st = read_header(r, &c->h, need, n_need, opt);
    if (st != CT_STATUS_OK)
        return st;
    c->months_col = -1;
    if (opt->layout == CT_INGEST_LONG)
        find_months_column(r, c);
    else if (opt->layout == CT_INGEST_WIDE_PERIODS)
        st = period_columns(r, c);
    else if (opt->layout == CT_INGEST_WIDE_OFFENCES)
        st = offence_columns(r, c);
    if (st != CT_STATUS_OK)
        return st;
    return fixed_period(r, c);
}

/* A row of a file `aggregate --partial keep` wrote says in its 'months'
 * column how many months of its period it holds.  A part period would be
 * read as a whole one (a quarter of a year's crime called the year's), so
 * it is refused, naming the row. */
static ct_status whole_period(const reader *r, const counts_ctx *c,
                              ct_dataset_id period)
{
    if (c->months_col < 0)
        return CT_STATUS_OK;
    size_t n;
    const char *f = field(r, (size_t)c->months_col, &n);
    ct_period p = ct_dataset_period(c->ds, period);
    char *end;
    long m = strtol(f, &end, 10);
    if (n == 0 || end != f + n || m < 1 || m > p.n_months)
        return record_error(r, (unsigned long)c->months_col + 1,
                            "months '%.*s' is not a number of months from "
                            "1 to %d", (int)(n > 40 ? 40 : n), f,
                            (int)p.n_months);
    char label[64];
    ct_period_format(p, label, sizeof label);
    if (m < p.n_months)
        return record_error(r, (unsigned long)c->months_col + 1,
                            "period '%s' holds %ld of its %d months: a part "
                            "period, which would be read as a whole one; "
                            "expected whole periods (aggregate leaves part "
                            "periods out unless --partial keep)",
                            label, m,
                            (int)p.n_months);
    return CT_STATUS_OK;
}

/* A row of the long layout: one count, for the row's offence, checked to
 * cover the whole of its period. */
static ct_status long_row(reader *r, counts_ctx *c, ct_dataset_id area,
                          ct_dataset_id period)
{
    ct_dataset_id offence;
    int64_t count;
    ct_cell_state state;
    ct_status st;
    if ((st = counts_offence(r, c, &offence)) ||
        (st = count_cell(r, (size_t)c->h.col[ROLE_COUNT], "count",
                         &c->missing, &state, &count)) ||
        (st = whole_period(r, c, period)))
        return st;
    return ct_dataset_add_cell(c->ds, area, offence, period, state, count,
                               c->opt->sum_duplicates, r->path,
                               r->record_line, r->err);
}

/* A row of the wide-periods layout: the row's offence, a count in each
 * period column. */
static ct_status wide_periods_row(reader *r, counts_ctx *c,
                                  ct_dataset_id area)
{
    ct_dataset_id offence;
    int64_t count;
    ct_cell_state state;
    ct_status st;
    if ((st = counts_offence(r, c, &offence)))
        return st;
    for (size_t i = 0; i < c->h.n_columns; i++) {
        if (!c->is_period[i])
            continue;
        if ((st = count_cell(r, i, "count", &c->missing, &state, &count)) ||
            (st = ct_dataset_add_cell(c->ds, area, offence, c->period_id[i],
                                      state, count, c->opt->sum_duplicates,
                                      r->path, r->record_line, r->err)))
            return st;
    }
    return CT_STATUS_OK;
}

/* The population a wide-offences row may carry beside its counts (one
 * row is one area in one period, so it has room for it); empty or
 * suppressed leaves the population to the population file. */
static ct_status row_population(reader *r, counts_ctx *c, ct_dataset_id area,
                                ct_dataset_id period)
{
    if (c->h.col[ROLE_POPULATION] < 0)
        return CT_STATUS_OK;
    size_t n;
    const char *f = field(r, (size_t)c->h.col[ROLE_POPULATION], &n);
    double pop;
    ct_number_kind k = ct_number_parse_real(f, n, &pop);
    if (k == CT_NUMBER_OK)
        return ct_dataset_set_population(c->ds, area,
                                         ct_dataset_period(c->ds, period),
                                         pop, r->path, r->record_line,
                                         r->err);
    if (k != CT_NUMBER_EMPTY && k != CT_NUMBER_SUPPRESSED)
        return record_error(r, (unsigned long)c->h.col[ROLE_POPULATION] + 1,
                            "population '%.*s' is %s; expected a "
                            "number above 0", (int)n, f,
                            ct_number_kind_name(k));
    return CT_STATUS_OK;
}

/* A row of the wide-offences layout: a count in each offence column,
 * then the row's population if it has one. */
static ct_status wide_offences_row(reader *r, counts_ctx *c,
                                   ct_dataset_id area, ct_dataset_id period)
{
    int64_t count;
    ct_cell_state state;
    ct_status st;
    for (size_t i = 0; i < c->h.n_columns; i++) {
        if (!c->is_offence[i])
            continue;
        if ((st = count_cell(r, i, "count", &c->missing, &state, &count)) ||
            (st = ct_dataset_add_cell(c->ds, area, c->offence_id[i], period,
                                      state, count, c->opt->sum_duplicates,
                                      r->path, r->record_line, r->err)))
            return st;
    }
    return row_population(r, c, area, period);
}

/* Each record of a counts file: the header first; then the row's area and
 * period, and its counts as its layout holds them. */
static ct_status counts_row(reader *r, void *ctx)
{
    counts_ctx *c = ctx;
    const ct_ingest_options *opt = c->opt;
    ct_status st;
    c->last_line = r->line;
    if (!c->have_header) {
        c->have_header = true;
        return counts_header(r, c);
    }
    if ((st = check_width(r, &c->h)))
        return st;
    ct_dataset_id area, period = c->fixed_id;
    if ((st = counts_area(r, c, &area)))
        return st;
    if (opt->period == NULL && c->h.col[ROLE_PERIOD] >= 0 &&
        (st = counts_period(r, c, &period)))
        return st;
    switch (opt->layout) {
    case CT_INGEST_LONG: return long_row(r, c, area, period);
    case CT_INGEST_WIDE_PERIODS: return wide_periods_row(r, c, area);
    case CT_INGEST_WIDE_OFFENCES:
        return wide_offences_row(r, c, area, period);
    }
    return ctp_error_set(r->err, CT_STATUS_INTERNAL, NULL, 0, 0, "bad layout");
}

void ct_ingest_options_init(ct_ingest_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->layout = CT_INGEST_LONG;
}

ct_status ct_ingest_counts(ct_dataset *ds, FILE *in, const char *path,
                           const ct_ingest_options *opt, ct_error *err)
{
    ct_ingest_options defaults;
    if (opt == NULL) {
        ct_ingest_options_init(&defaults);
        opt = &defaults;
    }
    counts_ctx c = {.ds = ds, .opt = opt, .fixed_id = CT_DATASET_NO_ID,
                    .area.id = CT_DATASET_NO_ID,
                    .offence.id = CT_DATASET_NO_ID};
    /* Without room for the memo, labels are simply parsed every time. */
    c.periods = calloc(PERIOD_MEMO_SLOTS, sizeof *c.periods);
    ct_status st = read_csv(in, path, opt->latin1, opt->csv_only,
                            counts_row, &c, err);
    if (st == CT_STATUS_OK && !c.have_header)
        st = ctp_error_set(err, CT_STATUS_INPUT, path, 0, 0,
                           "file is empty; expected a header row and data");
    if (st == CT_STATUS_OK)
        report_missing(&c.missing, path, opt, "count cells are");
    if (st == CT_STATUS_OK)
        st = ct_dataset_set_counts_source(ds, path, c.last_line, err);
    header_free(&c.h);
    free(c.is_offence);
    free(c.offence_id);
    free(c.is_period);
    free(c.period_id);
    free(c.period_of);
    free(c.area.name);
    free(c.offence.name);
    free(c.periods);
    return st;
}

/* ---- populations, peers, areas -------------------------------------- */

typedef struct simple_ctx {
    ct_dataset *ds;
    const ct_ingest_options *opt;
    header h;
    bool have_header;
    int kind;             /* 0 population, 1 peers, 2 areas */
    ct_period fixed;      /* population: the period of every row, when
                             given by option */
    summary missing;
} simple_ctx;

static ct_status simple_row(reader *r, void *ctx)
{
    simple_ctx *c = ctx;
    ct_status st;
    if (!c->have_header) {
        static const enum role pop_need[] = {ROLE_AREA, ROLE_PERIOD,
                                             ROLE_POPULATION};
        static const enum role peer_need[] = {ROLE_AREA, ROLE_PEER};
        static const enum role area_need[] = {ROLE_AREA, ROLE_PARENT};
        c->have_header = true;
        /* Of the column overrides, the population file takes only the
         * population column and its own fixed period. */
        if (c->kind == 0) {
            ct_ingest_options o;
            ct_ingest_options_init(&o);
            if (c->opt != NULL) {
                o.population_column = c->opt->population_column;
                o.period = c->opt->population_period;
            }
            if (o.period != NULL &&
                !ct_period_parse(o.period, strlen(o.period), &c->fixed))
                return ctp_error_set(r->err, CT_STATUS_USAGE, NULL, 0, 0,
                                     "period '%s' is not a period label",
                                     o.period);
            return read_header(r, &c->h, pop_need, 3, &o);
        }
        return read_header(r, &c->h, c->kind == 1 ? peer_need : area_need, 2,
                           NULL);
    }
    if ((st = check_width(r, &c->h)))
        return st;
    ct_dataset_id area, other;
    if ((st = intern_area_field(r, c->ds, (size_t)c->h.col[ROLE_AREA], NULL,
                                &area)))
        return st;
    if (c->kind == 0) {
        ct_period p = c->fixed;
        if (c->h.col[ROLE_PERIOD] >= 0 &&
            (st = parse_period_field(r, &c->h, (size_t)c->h.col[ROLE_PERIOD],
                                     &p)))
            return st;
        size_t col = (size_t)c->h.col[ROLE_POPULATION], n;
        const char *f = field(r, col, &n);
        double pop;
        ct_number_kind k = ct_number_parse_real(f, n, &pop);
        if (k == CT_NUMBER_EMPTY || k == CT_NUMBER_SUPPRESSED) {
            note_missing(&c->missing, r, col, f, n);
            return CT_STATUS_OK;
        }
        if (k != CT_NUMBER_OK)
            return record_error(r, col + 1,
                                "population '%.*s' is %s; expected a number "
                                "above 0", (int)(n < 40 ? n : 40), f,
                                ct_number_kind_name(k));
        return ct_dataset_set_population(c->ds, area, p, pop, r->path,
                                         r->record_line, r->err);
    }
    size_t col = (size_t)c->h.col[c->kind == 1 ? ROLE_PEER : ROLE_PARENT];
    if ((st = intern_area_field(r, c->ds, col, NULL, &other)))
        return st;
    if (c->kind == 1)
        return ct_dataset_add_peer(c->ds, area, other, r->err);
    return ct_dataset_set_parent(c->ds, area, other, r->path, r->record_line,
                                 r->err);
}

static ct_status read_simple(ct_dataset *ds, FILE *in, const char *path,
                             const ct_ingest_options *opt, int kind,
                             ct_error *err)
{
    simple_ctx c = {.ds = ds, .opt = opt, .kind = kind};
    ct_status st = read_csv(in, path, opt != NULL && opt->latin1, false,
                            simple_row, &c, err);
    if (st == CT_STATUS_OK && kind == 0)
        report_missing(&c.missing, path, opt, "population cells are");
    header_free(&c.h);
    return st;
}

ct_status ct_ingest_population(ct_dataset *ds, FILE *in, const char *path,
                               const ct_ingest_options *opt, ct_error *err)
{
    return read_simple(ds, in, path, opt, 0, err);
}

ct_status ct_ingest_peers(ct_dataset *ds, FILE *in, const char *path,
                          const ct_ingest_options *opt, ct_error *err)
{
    return read_simple(ds, in, path, opt, 1, err);
}

ct_status ct_ingest_areas(ct_dataset *ds, FILE *in, const char *path,
                          const ct_ingest_options *opt, ct_error *err)
{
    return read_simple(ds, in, path, opt, 2, err);
}

/* ---- generic rows (claims files) ------------------------------------ */

typedef struct rows_ctx {
    ct_ingest_row_fn fn;      /* the caller's callback */
    void *ctx;             /* its context */
    const char **fields;   /* trimmed field pointers, reused */
    size_t *lens;          /* their lengths */
    size_t cap;            /* room in both arrays */
} rows_ctx;

static ct_status rows_row(reader *r, void *ctx)
{
    rows_ctx *c = ctx;
    if (ctp_grow((void **)&c->fields, &c->cap, r->n_fields, sizeof *c->fields,
                 r->err))
        return CT_STATUS_NOMEM;
    /* Both arrays grow together: 'cap' counts elements of either. */
    size_t cap = c->cap;
    void *p = ctp_realloc_array(c->lens, cap, sizeof *c->lens);
    if (p == NULL)
        return ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    c->lens = p;
    for (size_t i = 0; i < r->n_fields; i++) {
        size_t n;
        const char *f = field(r, i, &n);
        /* Trim in place: the field lives in the reader's own buffer. */
        r->buf[(size_t)(f - r->buf) + n] = '\0';
        c->fields[i] = f;
        c->lens[i] = n;
    }
    ct_ingest_row row = {r->record_line, r->n_fields, c->fields, c->lens};
    return c->fn(c->ctx, &row, r->err);
}

ct_status ct_ingest_rows(FILE *in, const char *path, bool latin1,
                         ct_ingest_row_fn fn, void *ctx, ct_error *err)
{
    rows_ctx c = {.fn = fn, .ctx = ctx};
    ct_status st = read_csv(in, path, latin1, false, rows_row, &c, err);
    free(c.fields);
    free(c.lens);
    return st;
}

/* ---- incident records: the libcsv half (declared in incident_csv.h) - */

/* The incident reader (src/incident.c) sends here every record that holds
 * a '"' or a carriage return, one physical line at a time, so libcsv stays
 * the parser of record for anything quoted. */

struct ctp_incident_csv {
    struct csv_parser parser;  /* strict libcsv state, across lines */
    ctp_incident_row_fn fn;    /* receives each record */
    void *ctx;                 /* passed to fn */
    ct_status st;              /* first failure of a callback */
    char *buf;                 /* bytes of the record's fields */
    size_t len, cap;           /* used and allocated in buf */
    size_t *offs, *lens;       /* each field's place in buf */
    const char **ptrs;         /* field pointers handed to fn */
    size_t n_fields, cap_fields;
};

static void incident_on_field(void *s, size_t len, void *data)
{
    ctp_incident_csv *c = data;
    if (c->st != CT_STATUS_OK)
        return;
    if (ctp_grow((void **)&c->buf, &c->cap, c->len + len + 1, 1, NULL) ||
        (c->n_fields + 1 > c->cap_fields &&
         (ctp_grow((void **)&c->offs, &(size_t){c->cap_fields},
                   c->n_fields + 1, sizeof *c->offs, NULL) ||
          ctp_grow((void **)&c->lens, &(size_t){c->cap_fields},
                   c->n_fields + 1, sizeof *c->lens, NULL) ||
          ctp_grow((void **)&c->ptrs, &c->cap_fields, c->n_fields + 1,
                   sizeof *c->ptrs, NULL)))) {
        c->st = CT_STATUS_NOMEM;
        return;
    }
    if (len > 0)
        memcpy(c->buf + c->len, s, len);
    c->offs[c->n_fields] = c->len;
    c->lens[c->n_fields] = len;
    c->len += len;
    c->n_fields++;
}

static void incident_on_row(int term, void *data)
{
    (void)term;
    ctp_incident_csv *c = data;
    if (c->st == CT_STATUS_OK) {
        for (size_t i = 0; i < c->n_fields; i++)
            c->ptrs[i] = c->buf + c->offs[i];
        c->st = c->fn(c->ctx, c->ptrs, c->lens, c->n_fields);
    }
    c->len = 0;
    c->n_fields = 0;
}

ctp_incident_csv *ctp_incident_csv_new(ctp_incident_row_fn fn, void *ctx)
{
    ctp_incident_csv *c = calloc(1, sizeof *c);
    if (c == NULL)
        return NULL;
    if (csv_init(&c->parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        free(c);
        return NULL;
    }
    c->fn = fn;
    c->ctx = ctx;
    return c;
}

void ctp_incident_csv_free(ctp_incident_csv *c)
{
    if (c == NULL)
        return;
    csv_free(&c->parser);
    free(c->buf);
    free(c->offs);
    free(c->lens);
    free(c->ptrs);
    free(c);
}

ct_status ctp_incident_csv_line(ctp_incident_csv *c, const char *s,
                                size_t len, bool *in_record)
{
    c->st = CT_STATUS_OK;
    size_t got = csv_parse(&c->parser, s, len, incident_on_field,
                           incident_on_row, c);
    ct_status st = c->st;
    if (got != len && st == CT_STATUS_OK)
        st = csv_error(&c->parser) == CSV_ENOMEM ? CT_STATUS_NOMEM
                                                 : CT_STATUS_INPUT;
    if (st != CT_STATUS_OK) {
        /* Start afresh: the caller skips or stops at this line. */
        csv_free(&c->parser);
        if (csv_init(&c->parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
            st = CT_STATUS_NOMEM;
        c->len = 0;
        c->n_fields = 0;
        *in_record = false;
        return st;
    }
    /* libcsv is between records only in its "row not begun" state (0). */
    *in_record = c->parser.pstate != 0;
    return CT_STATUS_OK;
}
