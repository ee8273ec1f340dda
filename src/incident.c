/* incident.c - incident-level records (police.uk street files) streamed
 * into counts by area x crime type x month.  Sits beside ingest: it
 * splits quote-free lines itself and hands any line holding a '"' or a
 * carriage return to the libcsv half in ingest.c.  Names are interned;
 * counts live in an open-addressing hash keyed by the packed ids, so memory
 * grows with distinct keys only. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/incident.h"
#include "internal.h"

/* ---- interned names ------------------------------------------------- */

typedef struct strtab {
    char *arena;          /* every name, back to back */
    size_t arena_len, arena_cap;
    size_t *offs;         /* id -> offset of its name in arena */
    uint32_t *lens;       /* id -> length in bytes */
    uint64_t *hashes;     /* id -> hash of the name */
    size_t n, cap;        /* ids used and allocated */
    uint32_t *slots;      /* hash table of id + 1; 0 is empty */
    size_t mask;          /* table size - 1 (a power of two) */
} strtab;

/* Word-at-a-time hash: names are short and hashed twice per row. */
static inline uint64_t hash_str(const char *s, size_t n)
{
    uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15u;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        h ^= h >> 32;
        s += 8;
        n -= 8;
    }
    if (n > 0) {
        uint64_t w = 0;
        memcpy(&w, s, n);
        h = (h ^ w) * 0xc4ceb9fe1a85ec53u;
        h ^= h >> 29;
    }
    return h;
}

static void strtab_release(strtab *t)
{
    free(t->arena);
    free(t->offs);
    free(t->lens);
    free(t->hashes);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

static ct_status strtab_rehash(strtab *t, size_t size)
{
    uint32_t *slots = calloc(size, sizeof *slots);
    if (slots == NULL)
        return CT_ERR_NOMEM;
    for (size_t id = 0; id < t->n; id++) {
        size_t i = (size_t)t->hashes[id] & (size - 1);
        while (slots[i] != 0)
            i = (i + 1) & (size - 1);
        slots[i] = (uint32_t)id + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->mask = size - 1;
    return CT_OK;
}

static ct_status strtab_add(strtab *t, const char *s, size_t n, uint64_t h,
                            size_t slot, uint32_t *id)
{
    if (t->n >= 0x0fffffffu)
        return CT_ERR_INPUT;
    if (ctp_grow((void **)&t->arena, &t->arena_cap, t->arena_len + n + 1, 1,
                 NULL) != CT_OK ||
        (t->n + 1 > t->cap &&
         (ctp_grow((void **)&t->offs, &(size_t){t->cap}, t->n + 1,
                   sizeof *t->offs, NULL) != CT_OK ||
          ctp_grow((void **)&t->lens, &(size_t){t->cap}, t->n + 1,
                   sizeof *t->lens, NULL) != CT_OK ||
          ctp_grow((void **)&t->hashes, &t->cap, t->n + 1,
                   sizeof *t->hashes, NULL) != CT_OK)))
        return CT_ERR_NOMEM;
    memcpy(t->arena + t->arena_len, s, n);
    t->arena[t->arena_len + n] = '\0';
    t->offs[t->n] = t->arena_len;
    t->lens[t->n] = (uint32_t)n;
    t->hashes[t->n] = h;
    t->arena_len += n + 1;
    t->slots[slot] = (uint32_t)t->n + 1;
    *id = (uint32_t)t->n++;
    if (t->n * 2 > t->mask + 1)
        return strtab_rehash(t, (t->mask + 1) * 2);
    return CT_OK;
}

static inline ct_status strtab_intern(strtab *t, const char *s, size_t n,
                                      uint32_t *id)
{
    uint64_t h = hash_str(s, n);
    size_t i = (size_t)h & t->mask;
    for (;;) {
        uint32_t v = t->slots[i];
        if (v == 0)
            return strtab_add(t, s, n, h, i, id);
        v--;
        if (t->hashes[v] == h && t->lens[v] == n &&
            memcmp(t->arena + t->offs[v], s, n) == 0) {
            *id = v;
            return CT_OK;
        }
        i = (i + 1) & t->mask;
    }
}

/* ---- counts --------------------------------------------------------- */

/* A key packs area (28 bits), crime type (16 bits) and month index
 * (20 bits); months start at 1900, so no key is 0 (the empty mark). */
#define KEY(area, type, month) \
    (((uint64_t)(area) << 36) | ((uint64_t)(type) << 20) | (uint64_t)(month))

struct ct_incident_agg {
    ct_incident_options opt;  /* copied at creation */
    strtab areas, types;      /* interned names */
    uint64_t *keys;           /* hash of counts: KEY or 0 */
    uint64_t *counts;         /* count of each key */
    size_t mask, n_keys;      /* table size - 1; keys used */
    ct_incident_stats stats;  /* row tallies */
};

void ct_incident_options_init(ct_incident_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->by = CT_INCIDENT_BY_DISTRICT;
    opt->period_type.kind = CT_PERIOD_MONTH;
}

ct_incident_agg *ct_incident_agg_new(const ct_incident_options *opt)
{
    ct_incident_agg *a = calloc(1, sizeof *a);
    if (a == NULL)
        return NULL;
    a->opt = *opt;
    a->mask = 1023;
    a->keys = calloc(a->mask + 1, sizeof *a->keys);
    a->counts = calloc(a->mask + 1, sizeof *a->counts);
    if (a->keys == NULL || a->counts == NULL ||
        strtab_rehash(&a->areas, 256) != CT_OK ||
        strtab_rehash(&a->types, 64) != CT_OK) {
        ct_incident_agg_free(a);
        return NULL;
    }
    return a;
}

void ct_incident_agg_free(ct_incident_agg *a)
{
    if (a == NULL)
        return;
    strtab_release(&a->areas);
    strtab_release(&a->types);
    free(a->keys);
    free(a->counts);
    free(a);
}

static ct_status grow_counts(ct_incident_agg *a)
{
    size_t size = (a->mask + 1) * 2;
    uint64_t *keys = calloc(size, sizeof *keys);
    uint64_t *counts = calloc(size, sizeof *counts);
    if (keys == NULL || counts == NULL) {
        free(keys);
        free(counts);
        return CT_ERR_NOMEM;
    }
    for (size_t i = 0; i <= a->mask; i++) {
        if (a->keys[i] == 0)
            continue;
        size_t j = (size_t)ctp_hash_u64(a->keys[i]) & (size - 1);
        while (keys[j] != 0)
            j = (j + 1) & (size - 1);
        keys[j] = a->keys[i];
        counts[j] = a->counts[i];
    }
    free(a->keys);
    free(a->counts);
    a->keys = keys;
    a->counts = counts;
    a->mask = size - 1;
    return CT_OK;
}

static inline ct_status add_count(ct_incident_agg *a, uint64_t key,
                                  uint64_t n)
{
    size_t i = (size_t)ctp_hash_u64(key) & a->mask;
    while (a->keys[i] != 0) {
        if (a->keys[i] == key) {
            a->counts[i] += n;
            return CT_OK;
        }
        i = (i + 1) & a->mask;
    }
    a->keys[i] = key;
    a->counts[i] = n;
    a->n_keys++;
    return a->n_keys * 2 > a->mask + 1 ? grow_counts(a) : CT_OK;
}

/* ---- the reader ----------------------------------------------------- */

struct ct_incident_reader {
    ct_incident_agg *agg;     /* where counts go */
    char *path;               /* display name (owned) */
    ct_error *err;            /* during a feed: where errors go */
    unsigned long line;       /* physical lines completed */
    unsigned long first_line; /* lines before the first byte fed */
    uint64_t offset;          /* bytes consumed */
    bool have_header;         /* columns known */
    size_t n_cols;            /* fields in the header */
    size_t col_month, col_type, col_area; /* column indexes */
    size_t n_need;            /* 1 + the highest of those */
    char *carry;              /* a partial line awaiting its end */
    size_t carry_len, carry_cap;
    ctp_incident_csv *csv;    /* libcsv, for lines with '"' or CR */
    bool in_record;           /* libcsv holds an open record */
    unsigned long record_line; /* line where libcsv's record began */
    bool row_failed;          /* a record from libcsv was refused */
    const char **f;           /* fast path: the needed fields */
    size_t *fl;               /* and their lengths */
};

static ct_status on_csv_row(void *ctx, const char *const *f,
                            const size_t *lens, size_t n);

ct_incident_reader *ct_incident_reader_new(ct_incident_agg *agg,
                                           const char *path,
                                           const ct_incident_reader *header,
                                           unsigned long first_line,
                                           ct_error *err)
{
    ct_incident_reader *r = calloc(1, sizeof *r);
    if (r == NULL || (r->path = strdup(path ? path : "")) == NULL ||
        (r->csv = ctp_incident_csv_new(on_csv_row, r)) == NULL) {
        ct_incident_reader_free(r);
        ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        return NULL;
    }
    r->agg = agg;
    r->line = first_line;
    r->first_line = first_line;
    if (header != NULL && header->have_header) {
        r->have_header = true;
        r->n_cols = header->n_cols;
        r->col_month = header->col_month;
        r->col_type = header->col_type;
        r->col_area = header->col_area;
        r->n_need = header->n_need;
        r->f = calloc(r->n_need, sizeof *r->f);
        r->fl = calloc(r->n_need, sizeof *r->fl);
        if (r->f == NULL || r->fl == NULL) {
            ct_incident_reader_free(r);
            ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
            return NULL;
        }
    }
    return r;
}

void ct_incident_reader_free(ct_incident_reader *r)
{
    if (r == NULL)
        return;
    ctp_incident_csv_free(r->csv);
    free(r->path);
    free(r->carry);
    free((void *)r->f);
    free(r->fl);
    free(r);
}

uint64_t ct_incident_offset(const ct_incident_reader *r)
{
    return r->offset;
}

unsigned long ct_incident_lines(const ct_incident_reader *r)
{
    return r->line;
}

/* A malformed row: skipped and sent to 'warn' under skip_bad, else the
 * error. */
__attribute__((__format__(__printf__, 4, 5)))
static ct_status bad_row(ct_incident_reader *r, unsigned long line,
                         unsigned long column, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (r->agg->opt.skip_bad) {
        r->agg->stats.rows_bad++;
        ctp_warn(r->agg->opt.warn, r->agg->opt.warn_ctx, r->path, line,
                 column, "%s; row skipped", msg);
        return CT_OK;
    }
    return ctp_error_set(r->err, CT_ERR_INPUT, r->path, line, column, "%s",
                         msg);
}

/* libcsv trims blanks around unquoted fields; both paths trim the fields
 * they use the same way, so quoting never changes a name's meaning. */
static inline void trim(const char **s, size_t *n)
{
    const char *p = *s;
    size_t len = *n;
    while (len > 0 && (*p == ' ' || *p == '\t')) {
        p++;
        len--;
    }
    while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
        len--;
    *s = p;
    *n = len;
}

static bool same_name(const char *s, size_t n, const char *want)
{
    size_t w = strlen(want);
    if (n != w)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        char d = want[i];
        if (d >= 'A' && d <= 'Z')
            d = (char)(d - 'A' + 'a');
        if (c != d)
            return false;
    }
    return true;
}

static ct_status take_header(ct_incident_reader *r, const char *const *f,
                             const size_t *lens, size_t n,
                             unsigned long line)
{
    const char *area_name = r->agg->opt.by == CT_INCIDENT_BY_FORCE
                                ? "Falls within" : "LSOA name";
    const char *want[3] = {"Month", "Crime type", area_name};
    size_t at[3];
    for (int k = 0; k < 3; k++) {
        at[k] = n;
        for (size_t i = 0; i < n && at[k] == n; i++) {
            const char *s = f[i];
            size_t len = lens[i];
            trim(&s, &len);
            if (same_name(s, len, want[k]))
                at[k] = i;
        }
        if (at[k] == n)
            return ctp_error_set(r->err, CT_ERR_INPUT, r->path, line, 0,
                                 "header has no '%s' column; expected a "
                                 "police.uk street file (Crime ID,Month,"
                                 "...,LSOA name,Crime type,...)", want[k]);
    }
    r->col_month = at[0];
    r->col_type = at[1];
    r->col_area = at[2];
    r->n_cols = n;
    r->n_need = 1;
    for (int k = 0; k < 3; k++)
        if (at[k] + 1 > r->n_need)
            r->n_need = at[k] + 1;
    r->f = calloc(r->n_need, sizeof *r->f);
    r->fl = calloc(r->n_need, sizeof *r->fl);
    if (r->f == NULL || r->fl == NULL)
        return ctp_error_set(r->err, CT_ERR_NOMEM, NULL, 0, 0,
                             "out of memory");
    r->have_header = true;
    return CT_OK;
}

size_t ct_incident_district(const char *s, size_t len)
{
    size_t i = len;
    while (i > 0 && s[i - 1] != ' ')
        i--;
    if (i == 0 || i == len || s[i] < '0' || s[i] > '9')
        return len;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    return i;
}

/* One data record, from either path: the fields it has ('n' in all; 'f'
 * and 'lens' hold at least the first n_need of them when n == n_cols). */
static ct_status take_record(ct_incident_reader *r, const char *const *f,
                             const size_t *lens, size_t n,
                             unsigned long line)
{
    if (!r->have_header)
        return take_header(r, f, lens, n, line);
    ct_incident_agg *a = r->agg;
    a->stats.rows_read++;
    if (n != r->n_cols)
        return bad_row(r, line, 0, "row has %zu fields; expected %zu as in "
                       "the header", n, r->n_cols);
    const char *m = f[r->col_month];
    size_t ml = lens[r->col_month];
    trim(&m, &ml);
    int year = 0, month = 0;
    bool ok = ml == 7 && m[4] == '-';
    for (int i = 0; ok && i < 7; i++)
        if (i != 4 && (m[i] < '0' || m[i] > '9'))
            ok = false;
    if (ok) {
        year = (m[0] - '0') * 1000 + (m[1] - '0') * 100 + (m[2] - '0') * 10
               + (m[3] - '0');
        month = (m[5] - '0') * 10 + (m[6] - '0');
        ok = year >= 1900 && year <= 2999 && month >= 1 && month <= 12;
    }
    if (!ok)
        return bad_row(r, line, r->col_month + 1, "month '%.*s' is not a "
                       "month; expected YYYY-MM", (int)(ml > 40 ? 40 : ml),
                       m);
    const char *t = f[r->col_type];
    size_t tl = lens[r->col_type];
    trim(&t, &tl);
    if (tl == 0)
        return bad_row(r, line, r->col_type + 1, "crime type is empty; "
                       "expected a police.uk crime type");
    if (tl == sizeof CT_INCIDENT_ASB - 1 &&
        memcmp(t, CT_INCIDENT_ASB, tl) == 0 && !a->opt.include_asb) {
        a->stats.rows_asb++;
        return CT_OK;
    }
    const char *s = f[r->col_area];
    size_t sl = lens[r->col_area];
    trim(&s, &sl);
    if (a->opt.by == CT_INCIDENT_BY_DISTRICT)
        sl = ct_incident_district(s, sl);
    if (sl == 0) {
        s = CT_INCIDENT_UNKNOWN_AREA;
        sl = sizeof CT_INCIDENT_UNKNOWN_AREA - 1;
        a->stats.rows_no_location++;
    }
    uint32_t area, type;
    ct_status st;
    if ((st = strtab_intern(&a->areas, s, sl, &area)) != CT_OK ||
        (st = strtab_intern(&a->types, t, tl, &type)) != CT_OK ||
        type > 0xffffu || (st = add_count(a, KEY(area, type,
                                                  ct_month_index(year, month)),
                                          1)) != CT_OK) {
        if (st == CT_OK || st == CT_ERR_INPUT)
            return ctp_error_set(r->err, CT_ERR_INPUT, r->path, line, 0,
                                 "too many distinct areas or crime types");
        return ctp_error_set(r->err, CT_ERR_NOMEM, NULL, 0, 0,
                             "out of memory");
    }
    a->stats.rows_used++;
    return CT_OK;
}

static ct_status on_csv_row(void *ctx, const char *const *f,
                            const size_t *lens, size_t n)
{
    ct_incident_reader *r = ctx;
    ct_status st = take_record(r, f, lens, n, r->record_line);
    r->row_failed = st != CT_OK;
    return st;
}

/* Splits a quote-free line (without its line end) at commas. */
static ct_status fast_line(ct_incident_reader *r, const char *s, size_t n,
                           unsigned long line)
{
    const char *end = s + n;
    const char *p = s;
    size_t k = 0;
    if (!r->have_header) {
        /* The header goes through the same splitter, with room for every
         * field. */
        size_t cap = 1;
        for (const char *q = s; (q = memchr(q, ',', (size_t)(end - q)));
             q++)
            cap++;
        const char **f = malloc(cap * sizeof *f);
        size_t *fl = malloc(cap * sizeof *fl);
        ct_status st;
        if (f == NULL || fl == NULL) {
            st = ctp_error_set(r->err, CT_ERR_NOMEM, NULL, 0, 0,
                               "out of memory");
        } else {
            for (;;) {
                const char *c = memchr(p, ',', (size_t)(end - p));
                const char *fe = c ? c : end;
                f[k] = p;
                fl[k++] = (size_t)(fe - p);
                if (c == NULL)
                    break;
                p = c + 1;
            }
            st = take_record(r, f, fl, k, line);
        }
        free((void *)f);
        free(fl);
        return st;
    }
    size_t need = r->n_need;
    for (;;) {
        const char *c = memchr(p, ',', (size_t)(end - p));
        if (k < need) {
            r->f[k] = p;
            r->fl[k] = (size_t)((c ? c : end) - p);
        }
        k++;
        if (c == NULL)
            break;
        p = c + 1;
    }
    return take_record(r, r->f, r->fl, k, line);
}

/* One complete physical line, its '\n' included. */
static ct_status do_line(ct_incident_reader *r, const char *s, size_t n)
{
    unsigned long line = ++r->line;
    if (line == 1 && n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
        s += 3; /* UTF-8 byte order mark */
        n -= 3;
    }
    if (!r->in_record) {
        size_t body = n - 1;
        if (body > 0 && s[body - 1] == '\r')
            body--;
        if (!r->agg->opt.csv_only && memchr(s, '"', body) == NULL &&
            memchr(s, '\r', body) == NULL) {
            size_t i = 0;
            while (i < body && (s[i] == ' ' || s[i] == '\t'))
                i++;
            if (i == body)
                return CT_OK; /* blank, as libcsv sees it */
            return fast_line(r, s, body, line);
        }
        r->record_line = line;
    }
    ct_status st = ctp_incident_csv_line(r->csv, s, n, &r->in_record);
    if (st == CT_ERR_INPUT) {
        if (r->row_failed)
            return CT_ERR_INPUT; /* a record was refused; err says why */
        r->agg->stats.rows_read++;
        return bad_row(r, line, 0, "malformed quoted field; expected '\"' "
                       "only at the start and end of a field, doubled "
                       "inside it");
    }
    if (st == CT_ERR_NOMEM)
        return ctp_error_set(r->err, CT_ERR_NOMEM, NULL, 0, 0,
                             "out of memory");
    return st;
}

static ct_status carry_add(ct_incident_reader *r, const char *s, size_t n)
{
    if (ctp_grow((void **)&r->carry, &r->carry_cap, r->carry_len + n, 1,
                 NULL) != CT_OK)
        return ctp_error_set(r->err, CT_ERR_NOMEM, NULL, 0, 0,
                             "out of memory");
    memcpy(r->carry + r->carry_len, s, n);
    r->carry_len += n;
    return CT_OK;
}

ct_status ct_incident_feed_until(ct_incident_reader *r, const char *buf,
                                 size_t len, uint64_t stop, size_t *used,
                                 bool *done, ct_error *err)
{
    r->err = err;
    ct_status st = CT_OK;
    size_t i = 0;
    *done = false;
    if (r->carry_len > 0) {
        const char *nl = memchr(buf, '\n', len);
        size_t take = nl ? (size_t)(nl - buf) + 1 : len;
        if ((st = carry_add(r, buf, take)) != CT_OK)
            goto out;
        i = take;
        r->offset += take;
        if (nl == NULL)
            goto out;
        st = do_line(r, r->carry, r->carry_len);
        r->carry_len = 0;
        if (st != CT_OK)
            goto out;
    }
    while (i < len) {
        if (r->offset >= stop && !r->in_record) {
            *done = true;
            break;
        }
        const char *s = buf + i;
        const char *nl = memchr(s, '\n', len - i);
        if (nl == NULL) {
            st = carry_add(r, s, len - i);
            r->offset += len - i;
            i = len;
            break;
        }
        size_t n = (size_t)(nl - s) + 1;
        i += n;
        r->offset += n;
        if ((st = do_line(r, s, n)) != CT_OK)
            break;
    }
    if (i == len && r->carry_len == 0 && r->offset >= stop && !r->in_record)
        *done = true;
out:
    *used = i;
    r->err = NULL;
    return st;
}

ct_status ct_incident_feed(ct_incident_reader *r, const char *buf,
                           size_t len, ct_error *err)
{
    size_t used;
    bool done;
    return ct_incident_feed_until(r, buf, len, UINT64_MAX, &used, &done,
                                  err);
}

ct_status ct_incident_finish(ct_incident_reader *r, ct_error *err)
{
    if (r->carry_len > 0)
        return ctp_error_set(err, CT_ERR_INPUT, r->path, r->line + 1, 0,
                             "last line has no end of line; the file is "
                             "truncated");
    if (r->in_record)
        return ctp_error_set(err, CT_ERR_INPUT, r->path, r->record_line, 0,
                             "quoted field starting on this line is never "
                             "closed; the file is truncated");
    if (!r->have_header)
        return ctp_error_set(err, CT_ERR_INPUT, r->path, 0, 0,
                             "file is empty; expected a police.uk street "
                             "file header");
    return CT_OK;
}

/* ---- merging and writing -------------------------------------------- */

ct_status ct_incident_merge(ct_incident_agg *dst, const ct_incident_agg *src,
                            ct_error *err)
{
    for (size_t i = 0; i <= src->mask; i++) {
        uint64_t key = src->keys[i];
        if (key == 0)
            continue;
        uint32_t a = (uint32_t)(key >> 36), t = (uint32_t)(key >> 20) & 0xffff;
        uint32_t da, dt;
        ct_status st;
        if ((st = strtab_intern(&dst->areas, src->areas.arena +
                                src->areas.offs[a], src->areas.lens[a],
                                &da)) != CT_OK ||
            (st = strtab_intern(&dst->types, src->types.arena +
                                src->types.offs[t], src->types.lens[t],
                                &dt)) != CT_OK ||
            (st = add_count(dst, KEY(da, dt, key & 0xfffff),
                            src->counts[i])) != CT_OK)
            return ctp_error_set(err, st, NULL, 0, 0, st == CT_ERR_NOMEM
                                 ? "out of memory"
                                 : "too many distinct areas");
    }
    dst->stats.rows_read += src->stats.rows_read;
    dst->stats.rows_used += src->stats.rows_used;
    dst->stats.rows_no_location += src->stats.rows_no_location;
    dst->stats.rows_asb += src->stats.rows_asb;
    dst->stats.rows_bad += src->stats.rows_bad;
    return CT_OK;
}

void ct_incident_stats_get(const ct_incident_agg *agg,
                           ct_incident_stats *out)
{
    *out = agg->stats;
    out->n_keys = agg->n_keys;
}

typedef struct out_cell {
    uint32_t area, type;  /* ranks in name order */
    ct_period period;     /* of the output type */
    uint64_t count;
} out_cell;

typedef struct named {
    const char *s;  /* the name, in the table's arena */
    uint32_t len;   /* its length */
    uint32_t id;    /* its id */
} named;

static int cmp_names(const void *x, const void *y)
{
    const named *a = x, *b = y;
    int c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
    return c != 0 ? c : (a->len > b->len) - (a->len < b->len);
}

static int cmp_cells(const void *x, const void *y)
{
    const out_cell *a = x, *b = y;
    if (a->area != b->area)
        return a->area < b->area ? -1 : 1;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    return ct_period_compare(a->period, b->period);
}

/* Ranks of the ids of 't' in byte order of their names. */
static uint32_t *name_ranks(const strtab *t)
{
    named *order = malloc((t->n + 1) * sizeof *order);
    uint32_t *rank = malloc((t->n + 1) * sizeof *rank);
    if (order == NULL || rank == NULL) {
        free(order);
        free(rank);
        return NULL;
    }
    for (size_t i = 0; i < t->n; i++) {
        order[i].s = t->arena + t->offs[i];
        order[i].len = t->lens[i];
        order[i].id = (uint32_t)i;
    }
    qsort(order, t->n, sizeof *order, cmp_names);
    for (size_t i = 0; i < t->n; i++)
        rank[order[i].id] = (uint32_t)i;
    free(order);
    return rank;
}

static int put_field(const char *s, size_t n, FILE *out)
{
    bool quote = n > 0 && (s[0] == ' ' || s[n - 1] == ' ');
    for (size_t i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote)
        return fwrite(s, 1, n, out) == n ? 0 : -1;
    if (putc('"', out) == EOF)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"' && putc('"', out) == EOF)
            return -1;
        if (putc(s[i], out) == EOF)
            return -1;
    }
    return putc('"', out) == EOF ? -1 : 0;
}

ct_status ct_incident_write(const ct_incident_agg *agg, FILE *out,
                            ct_error *err)
{
    ct_status st = CT_OK;
    uint32_t *area_rank = name_ranks(&agg->areas);
    uint32_t *type_rank = name_ranks(&agg->types);
    uint32_t *area_id = malloc((agg->areas.n + 1) * sizeof *area_id);
    uint32_t *type_id = malloc((agg->types.n + 1) * sizeof *type_id);
    out_cell *cells = malloc((agg->n_keys + 1) * sizeof *cells);
    if (area_rank == NULL || type_rank == NULL || area_id == NULL ||
        type_id == NULL || cells == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < agg->areas.n; i++)
        area_id[area_rank[i]] = (uint32_t)i;
    for (size_t i = 0; i < agg->types.n; i++)
        type_id[type_rank[i]] = (uint32_t)i;
    size_t n = 0;
    for (size_t i = 0; i <= agg->mask; i++) {
        uint64_t key = agg->keys[i];
        if (key == 0)
            continue;
        cells[n].area = area_rank[key >> 36];
        cells[n].type = type_rank[(key >> 20) & 0xffff];
        cells[n].period = ct_period_containing(agg->opt.period_type,
                                               (int32_t)(key & 0xfffff));
        cells[n].count = agg->counts[i];
        n++;
    }
    qsort(cells, n, sizeof *cells, cmp_cells);
    bool bad = fputs("area,offence,period,count\n", out) == EOF;
    for (size_t i = 0; i < n && !bad;) {
        uint64_t count = cells[i].count;
        size_t j = i + 1;
        /* Months of one output period are next to each other. */
        while (j < n && cells[j].area == cells[i].area &&
               cells[j].type == cells[i].type &&
               ct_period_equal(cells[j].period, cells[i].period))
            count += cells[j++].count;
        uint32_t a = area_id[cells[i].area], t = type_id[cells[i].type];
        char label[64], num[32];
        ct_period_format(cells[i].period, label, sizeof label);
        snprintf(num, sizeof num, "%llu", (unsigned long long)count);
        bad = put_field(agg->areas.arena + agg->areas.offs[a],
                        agg->areas.lens[a], out) != 0 ||
              putc(',', out) == EOF ||
              put_field(agg->types.arena + agg->types.offs[t],
                        agg->types.lens[t], out) != 0 ||
              putc(',', out) == EOF || fputs(label, out) == EOF ||
              putc(',', out) == EOF || fputs(num, out) == EOF ||
              putc('\n', out) == EOF;
        i = j;
    }
    if (bad || ferror(out))
        st = ctp_error_set(err, CT_ERR_IO, NULL, 0, 0, "write failed");
out:
    free(area_rank);
    free(type_rank);
    free(area_id);
    free(type_id);
    free(cells);
    return st;
}
