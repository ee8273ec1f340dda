/* incident.c - incident-level records (police.uk street files) streamed
 * into counts by area x crime type x period.
 *
 * The reader works on whole buffers.  A block scanner (AVX-512, AVX2 or
 * SSE2 where the processor has them, plain C elsewhere) finds the commas,
 * line feeds, quotes and carriage returns of 64 bytes at a time; a line
 * with none of the last two (but the CR of a CRLF) is split from its comma
 * offsets, any other line goes to the libcsv half in ingest.c, the parser
 * of record.  Names are interned; each output period keeps its counts in
 * an array indexed by (area, crime type) pair, or in a small hash while it
 * holds few of the pairs, so memory grows with distinct keys, never with
 * rows, and the rows of one period touch one small array. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define HAVE_X86 1
#endif

#include "crimetrend/incident.h"
#include "error_set.h"
#include "alloc.h"
#include "text.h"
#include "incident_csv.h"

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

static inline uint64_t load64(const char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static inline uint64_t load32(const char *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
    return w;
}

/* Word-at-a-time hash: names are short and hashed twice per row.  The
 * last word overlaps the one before it rather than being assembled byte
 * by byte. */
static inline uint64_t hash_str(const char *s, size_t n)
{
    uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15u, w;
    if (n >= 8) {
        const char *last = s + n - 8;
        for (; s < last; s += 8) {
            h = (h ^ load64(s)) * 0xff51afd7ed558ccdu;
            h ^= h >> 32;
        }
        w = load64(last);
    } else if (n >= 4) {
        w = load32(s) | load32(s + n - 4) << 32;
    } else if (n > 0) {
        w = (uint64_t)(unsigned char)s[0] |
            (uint64_t)(unsigned char)s[n / 2] << 8 |
            (uint64_t)(unsigned char)s[n - 1] << 16;
    } else {
        return h;
    }
    h = (h ^ w) * 0xc4ceb9fe1a85ec53u;
    return h ^ (h >> 29);
}

/* memcmp(a, b, n) == 0 for short names, a word at a time. */
static inline bool same_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            if (load64(a + i) != load64(b + i))
                return false;
        return load64(a + n - 8) == load64(b + n - 8);
    }
    if (n >= 4)
        return load32(a) == load32(b) &&
               load32(a + n - 4) == load32(b + n - 4);
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] &&
                      a[n - 1] == b[n - 1]);
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
        return CT_STATUS_NOMEM;
    for (size_t id = 0; id < t->n; id++) {
        size_t i = (size_t)t->hashes[id] & (size - 1);
        while (slots[i] != 0)
            i = (i + 1) & (size - 1);
        slots[i] = (uint32_t)id + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->mask = size - 1;
    return CT_STATUS_OK;
}

static ct_status strtab_add(strtab *t, const char *s, size_t n, uint64_t h,
                            size_t slot, uint32_t *id)
{
    if (t->n >= 0x0fffffffu)
        return CT_STATUS_INPUT;
    if (ctp_grow((void **)&t->arena, &t->arena_cap, t->arena_len + n + 1, 1,
                 NULL) != CT_STATUS_OK ||
        (t->n + 1 > t->cap &&
         (ctp_grow((void **)&t->offs, &(size_t){t->cap}, t->n + 1,
                   sizeof *t->offs, NULL) != CT_STATUS_OK ||
          ctp_grow((void **)&t->lens, &(size_t){t->cap}, t->n + 1,
                   sizeof *t->lens, NULL) != CT_STATUS_OK ||
          ctp_grow((void **)&t->hashes, &t->cap, t->n + 1,
                   sizeof *t->hashes, NULL) != CT_STATUS_OK)))
        return CT_STATUS_NOMEM;
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
    return CT_STATUS_OK;
}

/* Finds a name: true with its id, or false with the hash and empty slot
 * strtab_add takes. */
static inline __attribute__((always_inline)) bool
strtab_find(const strtab *t, const char *s, size_t n, uint32_t *id,
            uint64_t *hash, size_t *slot)
{
    uint64_t h = hash_str(s, n);
    size_t i = (size_t)h & t->mask;
    for (;;) {
        uint32_t v = t->slots[i];
        if (v == 0) {
            *hash = h;
            *slot = i;
            return false;
        }
        v--;
        if (t->hashes[v] == h && t->lens[v] == n &&
            same_bytes(t->arena + t->offs[v], s, n)) {
            *id = v;
            return true;
        }
        i = (i + 1) & t->mask;
    }
}

static inline ct_status strtab_intern(strtab *t, const char *s, size_t n,
                                      uint32_t *id)
{
    uint64_t h;
    size_t slot;
    if (strtab_find(t, s, n, id, &h, &slot))
        return CT_STATUS_OK;
    return strtab_add(t, s, n, h, slot, id);
}

static inline const char *strtab_name(const strtab *t, uint32_t id)
{
    return t->arena + t->offs[id];
}

/* ---- counts --------------------------------------------------------- */

/* Months a record may name: 1900-01 .. 2999-12. */
#define MONTH_FIRST ((int32_t)1900 * 12)
#define MONTH_END ((int32_t)3000 * 12)
#define N_MONTHS (MONTH_END - MONTH_FIRST)

/* The counts of one output period.  A period starts sparse, as an
 * open-addressing hash of pair -> count, and turns dense, an array indexed
 * by pair, once it holds a quarter of the pairs known; a dense array grows
 * only while it stays a quarter full.  Either way a count costs at most
 * about 32 bytes, so memory follows the distinct keys even when the pairs
 * of a period are few and scattered, while the usual period (most pairs
 * seen) is a plain array. */
typedef struct period_counts {
    int32_t start;   /* the period's first month */
    uint64_t *n;     /* dense: count of pair p at n[p]; sparse: the count
                        of the pair in the same slot of 'keys' */
    uint32_t *keys;  /* sparse: pair + 1 per slot, 0 when empty; NULL when
                        dense */
    size_t cap;      /* entries in n (sparse: a power of two) */
    size_t used;     /* pairs with a count */
} period_counts;

struct ct_incident_agg {
    ct_incident_options opt;  /* copied at creation */
    strtab areas, types;      /* interned names */
    uint32_t asb_type;        /* id of CT_INCIDENT_ASB, interned first */
    /* (area, type) -> pair id: open addressing, key (area << 32 | type)
     * + 1 (0: empty slot). */
    uint64_t *pair_keys;
    uint32_t *pair_ids;
    size_t pair_mask;
    uint32_t *pair_area, *pair_type; /* pair id -> its area and type */
    size_t n_pairs, pair_cap;
    /* month (from MONTH_FIRST) -> 1 + index in 'periods' of the output
     * period holding it, 0 until the month is seen; periods are in the
     * order they were first seen. */
    uint16_t *period_of;
    /* month (from MONTH_FIRST) -> 1 when a well-formed row names it: the
     * months the input holds, kept apart from the periods, which know
     * only the months that were counted. */
    uint8_t *month_seen;
    period_counts *periods;
    size_t n_periods, periods_cap;
    ct_incident_stats stats;  /* row tallies and distinct keys */
};

void ct_incident_options_init(ct_incident_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->by = CT_INCIDENT_BY_DISTRICT;
    opt->period_type.kind = CT_PERIOD_MONTH;
    opt->scan = CT_INCIDENT_SCAN_BEST;
    opt->zero_fill = true;
    opt->partial = CT_INCIDENT_PARTIAL_DROP;
}

ct_incident_agg *ct_incident_agg_new(const ct_incident_options *opt)
{
    ct_incident_agg *a = calloc(1, sizeof *a);
    if (a == NULL)
        return NULL;
    a->opt = *opt;
    a->period_of = calloc(N_MONTHS, sizeof *a->period_of);
    a->month_seen = calloc(N_MONTHS, sizeof *a->month_seen);
    a->pair_mask = 1023;
    a->pair_keys = calloc(a->pair_mask + 1, sizeof *a->pair_keys);
    a->pair_ids = malloc((a->pair_mask + 1) * sizeof *a->pair_ids);
    if (a->period_of == NULL || a->month_seen == NULL || a->pair_keys == NULL || a->pair_ids == NULL ||
        strtab_rehash(&a->areas, 256) != CT_STATUS_OK ||
        strtab_rehash(&a->types, 64) != CT_STATUS_OK ||
        strtab_intern(&a->types, CT_INCIDENT_ASB, sizeof CT_INCIDENT_ASB - 1,
                      &a->asb_type) != CT_STATUS_OK) {
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
    free(a->pair_keys);
    free(a->pair_ids);
    free(a->pair_area);
    free(a->pair_type);
    for (size_t i = 0; i < a->n_periods; i++) {
        free(a->periods[i].n);
        free(a->periods[i].keys);
    }
    free(a->periods);
    free(a->period_of);
    free(a->month_seen);
    free(a);
}

/* Slot of a key in a table of mask + 1 slots (Fibonacci hashing). */
static inline size_t slot_of(uint64_t key, size_t mask)
{
    return (size_t)((key * 0x9e3779b97f4a7c15u) >> 32) & mask;
}

static ct_status grow_pairs(ct_incident_agg *a)
{
    size_t size = (a->pair_mask + 1) * 2;
    uint64_t *keys = calloc(size, sizeof *keys);
    uint32_t *ids = malloc(size * sizeof *ids);
    if (keys == NULL || ids == NULL) {
        free(keys);
        free(ids);
        return CT_STATUS_NOMEM;
    }
    for (size_t i = 0; i <= a->pair_mask; i++) {
        if (a->pair_keys[i] == 0)
            continue;
        size_t j = slot_of(a->pair_keys[i], size - 1);
        while (keys[j] != 0)
            j = (j + 1) & (size - 1);
        keys[j] = a->pair_keys[i];
        ids[j] = a->pair_ids[i];
    }
    free(a->pair_keys);
    free(a->pair_ids);
    a->pair_keys = keys;
    a->pair_ids = ids;
    a->pair_mask = size - 1;
    return CT_STATUS_OK;
}

/* pair_id for a pair not yet known: 'i' is the empty slot for 'key'. */
static ct_status new_pair(ct_incident_agg *a, uint32_t area, uint32_t type,
                          uint64_t key, size_t i, uint32_t *pair)
{
    if (a->n_pairs >= 0xfffffff0u)
        return CT_STATUS_INPUT;
    if (a->n_pairs + 1 > a->pair_cap &&
        (ctp_grow((void **)&a->pair_area, &(size_t){a->pair_cap},
                  a->n_pairs + 1, sizeof *a->pair_area, NULL) != CT_STATUS_OK ||
         ctp_grow((void **)&a->pair_type, &a->pair_cap, a->n_pairs + 1,
                  sizeof *a->pair_type, NULL) != CT_STATUS_OK))
        return CT_STATUS_NOMEM;
    a->pair_area[a->n_pairs] = area;
    a->pair_type[a->n_pairs] = type;
    *pair = (uint32_t)a->n_pairs++;
    a->pair_keys[i] = key;
    a->pair_ids[i] = *pair;
    return a->n_pairs * 2 > a->pair_mask + 1 ? grow_pairs(a) : CT_STATUS_OK;
}

/* The pair id of (area, type), made when new. */
static inline ct_status pair_id(ct_incident_agg *a, uint32_t area,
                                uint32_t type, uint32_t *pair)
{
    uint64_t key = ((uint64_t)area << 32 | type) + 1;
    size_t i = slot_of(key, a->pair_mask);
    for (; a->pair_keys[i] != 0; i = (i + 1) & a->pair_mask) {
        if (a->pair_keys[i] == key) {
            *pair = a->pair_ids[i];
            return CT_STATUS_OK;
        }
    }
    return new_pair(a, area, type, key, i, pair);
}

/* period_index for a month not seen before: its period may be known by
 * another month, or be new. */
static ct_status new_period_index(ct_incident_agg *a, int32_t month,
                                  size_t *index)
{
    uint16_t *at = &a->period_of[month - MONTH_FIRST];
    ct_period p = ct_period_containing(a->opt.period_type, month);
    for (int32_t m = p.start; m < p.start + p.n_months; m++) {
        if (m >= MONTH_FIRST && m < MONTH_END && a->period_of[m - MONTH_FIRST]
                                                     != 0) {
            *at = a->period_of[m - MONTH_FIRST];
            *index = *at - 1u;
            return CT_STATUS_OK;
        }
    }
    if (a->n_periods + 1 > a->periods_cap &&
        ctp_grow((void **)&a->periods, &a->periods_cap, a->n_periods + 1,
                 sizeof *a->periods, NULL) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    period_counts *pc = &a->periods[a->n_periods];
    memset(pc, 0, sizeof *pc);
    pc->start = p.start;
    *index = a->n_periods++;
    *at = (uint16_t)(*index + 1);
    return CT_STATUS_OK;
}

/* The index in 'periods' of the output period holding 'month' (a month
 * index within MONTH_FIRST .. MONTH_END - 1), made when new. */
static inline ct_status period_index(ct_incident_agg *a, int32_t month,
                                     size_t *index)
{
    uint16_t at = a->period_of[month - MONTH_FIRST];
    if (at == 0)
        return new_period_index(a, month, index);
    *index = at - 1u;
    return CT_STATUS_OK;
}

/* The count of 'pair' in a period (0 when none). */
static inline uint64_t period_get(const period_counts *pc, uint32_t pair)
{
    if (pc->keys == NULL)
        return pair < pc->cap ? pc->n[pair] : 0;
    for (size_t i = slot_of(pair, pc->cap - 1); pc->keys[i] != 0;
         i = (i + 1) & (pc->cap - 1))
        if (pc->keys[i] == pair + 1)
            return pc->n[i];
    return 0;
}

/* Rebuilds a period with room for pair ids below 'dense' (dense), or as a
 * hash of 'slots' slots (dense == 0). */
static ct_status period_rebuild(period_counts *pc, size_t dense,
                                size_t slots)
{
    size_t cap = dense ? dense : slots;
    uint64_t *n = calloc(cap, sizeof *n);
    uint32_t *keys = dense ? NULL : calloc(cap, sizeof *keys);
    if (n == NULL || (!dense && keys == NULL)) {
        free(n);
        free(keys);
        return CT_STATUS_NOMEM;
    }
    for (size_t i = 0; i < pc->cap; i++) {
        uint32_t pair = pc->keys ? pc->keys[i] - 1 : (uint32_t)i;
        if ((pc->keys ? pc->keys[i] == 0 : pc->n[i] == 0))
            continue;
        if (dense) {
            n[pair] = pc->n[i];
        } else {
            size_t j = slot_of(pair, cap - 1);
            while (keys[j] != 0)
                j = (j + 1) & (cap - 1);
            keys[j] = pair + 1;
            n[j] = pc->n[i];
        }
    }
    free(pc->n);
    free(pc->keys);
    pc->n = n;
    pc->keys = keys;
    pc->cap = cap;
    return CT_STATUS_OK;
}

/* Room in a dense array for ids below 'pairs' pairs (with some to spare). */
static inline size_t dense_size(size_t pairs)
{
    return pairs + pairs / 4 + 64;
}

/* add_count when the pair is not in the period's dense array. */
static ct_status add_count_slow(ct_incident_agg *a, period_counts *pc,
                                uint32_t pair, uint64_t n)
{
    ct_status st;
    if (pc->keys == NULL && pc->cap > 0) {
        /* Dense, and the pair is past its end: grow while a quarter
         * full, else turn sparse. */
        size_t want = dense_size((size_t)pair + 1);
        if ((pc->used + 1) * 4 >= want)
            st = period_rebuild(pc, want, 0);
        else {
            size_t slots = 16;
            while (slots < (pc->used + 1) * 2)
                slots *= 2;
            st = period_rebuild(pc, 0, slots);
        }
        if (st != CT_STATUS_OK)
            return st;
    } else if (pc->cap == 0) {
        pc->keys = calloc(16, sizeof *pc->keys);
        pc->n = calloc(16, sizeof *pc->n);
        if (pc->keys == NULL || pc->n == NULL)
            return CT_STATUS_NOMEM;
        pc->cap = 16;
    }
    if (pc->keys == NULL) {
        if (pc->n[pair] == 0) {
            pc->used++;
            a->stats.n_keys++;
        }
        pc->n[pair] += n;
        return CT_STATUS_OK;
    }
    size_t mask = pc->cap - 1, i = slot_of(pair, mask);
    for (; pc->keys[i] != 0; i = (i + 1) & mask) {
        if (pc->keys[i] == pair + 1) {
            pc->n[i] += n;
            return CT_STATUS_OK;
        }
    }
    pc->keys[i] = pair + 1;
    pc->n[i] = n;
    pc->used++;
    a->stats.n_keys++;
    /* Dense once it holds a quarter of the pairs; else grow at half. */
    if (pc->used * 4 >= dense_size(a->n_pairs))
        return period_rebuild(pc, dense_size(a->n_pairs), 0);
    if (pc->used * 2 > pc->cap)
        return period_rebuild(pc, 0, pc->cap * 2);
    return CT_STATUS_OK;
}

/* Adds 'n' rows to (pair, period). */
static inline ct_status add_count(ct_incident_agg *a, uint32_t pair,
                                  size_t period, uint64_t n)
{
    period_counts *pc = &a->periods[period];
    if (pc->keys == NULL && pair < pc->cap) {
        if (pc->n[pair] == 0) {
            pc->used++;
            a->stats.n_keys++;
        }
        pc->n[pair] += n;
        return CT_STATUS_OK;
    }
    return add_count_slow(a, pc, pair, n);
}

/* ---- the reader ----------------------------------------------------- */

/* Comma positions plain_line keeps per line: a file whose columns in use
 * lie beyond them is read by libcsv alone. */
#define MAX_COMMAS 64

/* The longest physical line, and the longest record (a quoted field may
 * span lines), a reader takes: a police.uk row is a few hundred bytes, and
 * beyond this a file is not one (or its lines end with a bare CR, or a
 * quote is never closed), so memory stays bounded whatever the input. */
#define MAX_LINE ((size_t)1 << 20)

#define WINDOW 16384

/* Entries of each offset array: one per byte of the window at most, the
 * slack flatten() writes past the last one (up to 3), and a sentinel. */
#define WINDOW_OFFSETS (WINDOW + 72)

/* Offsets of one kind of byte within the window (see the scanner). */
typedef struct offsets {
    uint32_t *at;   /* WINDOW_OFFSETS entries */
    size_t n;
} offsets;

/* The window's three offset arrays, in the reader. */
typedef struct window {
    offsets comma, nl, special;
} window;

static void window_release(window *x)
{
    free(x->comma.at);
    free(x->nl.at);
    free(x->special.at);
}

struct ct_incident_reader {
    ct_incident_agg *agg;     /* where counts go */
    char *path;               /* display name (owned) */
    ct_error *err;            /* during a feed: where errors go */
    unsigned long line;       /* physical lines completed */
    uint64_t offset;          /* bytes consumed */
    bool file_start;          /* the next line is the file's first */
    bool have_header;         /* columns known */
    size_t n_cols;            /* fields in the header */
    size_t col_month, col_type, col_area; /* column indexes */
    size_t n_need;            /* 1 + the highest of those */
    char *carry;              /* a partial line awaiting its end */
    size_t carry_len, carry_cap;
    ctp_incident_csv *csv;    /* libcsv, for lines with '"' or CR */
    bool in_record;           /* libcsv holds an open record */
    unsigned long record_line; /* line where libcsv's record began */
    size_t record_bytes;      /* bytes of libcsv's open record */
    bool row_failed;          /* a record from libcsv was refused */
    char *conv;               /* a Latin-1 name converted to UTF-8 */
    size_t conv_cap;
    window window;            /* the block scanner's offsets, allocated
                                 when it first runs */
    ct_status (*scan)(struct ct_incident_reader *, const char *, size_t);
                              /* block scanner (pick_scanner), or NULL */
};

static ct_status on_csv_row(void *ctx, const char *const *f,
                            const size_t *lens, size_t n);

typedef ct_status (*scan_fn)(struct ct_incident_reader *, const char *,
                             size_t);
static scan_fn pick_scanner(ct_incident_scan want);

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
        ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        return NULL;
    }
    if (header != NULL && !header->have_header) {
        ct_incident_reader_free(r);
        ctp_error_set(err, CT_STATUS_INPUT, path, 0, 0, "the reader given for "
                      "the header has read none");
        return NULL;
    }
    r->agg = agg;
    r->scan = pick_scanner(agg->opt.scan);
    r->line = first_line;
    r->file_start = header == NULL && first_line == 0;
    if (header != NULL) {
        r->have_header = true;
        r->n_cols = header->n_cols;
        r->col_month = header->col_month;
        r->col_type = header->col_type;
        r->col_area = header->col_area;
        r->n_need = header->n_need;
    }
    return r;
}

void ct_incident_reader_free(ct_incident_reader *r)
{
    if (r == NULL)
        return;
    ctp_incident_csv_free(r->csv);
    window_release(&r->window);
    free(r->path);
    free(r->carry);
    free(r->conv);
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
        return CT_STATUS_OK;
    }
    return ctp_error_set(r->err, CT_STATUS_INPUT, r->path, line, column, "%s",
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
            return ctp_error_set(r->err, CT_STATUS_INPUT, r->path, line, 0,
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
    r->have_header = true;
    return CT_STATUS_OK;
}

/* True when 's' (of 'n' bytes) ends with 'tail', ASCII case aside. */
static bool ends_with(const char *s, size_t n, const char *tail)
{
    size_t t = strlen(tail);
    return n >= t && same_name(s + n - t, t, tail);
}

ct_incident_kind ct_incident_file_kind(const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t n = strlen(base);
    if (ends_with(base, n, ".zip"))
        return CT_INCIDENT_KIND_ZIP;
    if (ends_with(base, n, ".gz"))
        n -= 3;
    if (!ends_with(base, n, ".csv") || n == 4)
        return CT_INCIDENT_KIND_OTHER;
    if (ends_with(base, n, "-outcomes.csv"))
        return CT_INCIDENT_KIND_OUTCOMES;
    if (ends_with(base, n, "-stop-and-search.csv"))
        return CT_INCIDENT_KIND_STOP_SEARCH;
    return CT_INCIDENT_KIND_STREET;
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

/* Month index of "YYYY-MM" (years 1900..2999), or -1. */
static inline int32_t parse_month(const char *m, size_t n)
{
    if (n != 7 || m[4] != '-')
        return -1;
    unsigned d[6];
    static const int at[6] = {0, 1, 2, 3, 5, 6};
    for (int i = 0; i < 6; i++) {
        d[i] = (unsigned)(unsigned char)m[at[i]] - '0';
        if (d[i] > 9)
            return -1;
    }
    unsigned year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
    unsigned month = d[4] * 10 + d[5];
    if (year < 1900 || year > 2999 || month < 1 || month > 12)
        return -1;
    return ct_period_month_index((int)year, (int)month);
}

/* Up to about 60 bytes of a field, for a message: control bytes (a
 * quoted newline among them) and bytes that are not UTF-8 are written as
 * \n, \r, \t or \xHH, so that a message is always one line of text. */
static const char *shown_field(const char *s, size_t n, char *buf,
                               size_t size)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0, i = 0;
    while (i < n && o + 8 < size && o < 60) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c < 0x80 ? 1
                            : ctp_utf8_len((const unsigned char *)s + i,
                                           n - i);
        if (c < 0x20 || c == 0x7f || k == 0) {
            buf[o++] = '\\';
            if (c == '\n' || c == '\r' || c == '\t') {
                buf[o++] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            } else {
                buf[o++] = 'x';
                buf[o++] = hex[c >> 4];
                buf[o++] = hex[c & 15];
            }
            i++;
        } else {
            memcpy(buf + o, s + i, k);
            o += k;
            i += k;
        }
    }
    if (i < n) {
        memcpy(buf + o, "...", 3);
        o += 3;
    }
    buf[o] = '\0';
    return buf;
}

/* What a name of the reader's column 'col' is called in messages. */
static const char *name_kind(const ct_incident_reader *r, size_t col)
{
    if (col == r->col_type)
        return "crime type";
    return r->agg->opt.by == CT_INCIDENT_BY_FORCE  ? "force"
           : r->agg->opt.by == CT_INCIDENT_BY_LSOA ? "LSOA name"
                                                   : "district";
}

/* intern_name for a name not in the table: it must be valid UTF-8 (each
 * name is checked once, when first seen), so that the output is always
 * text the next command reads; a name that is not is a malformed row,
 * and '*skipped' is set (the row is skipped under skip_bad). */
static __attribute__((noinline)) ct_status
intern_new(ct_incident_reader *r, strtab *t, const char *s, size_t n,
           uint64_t h, size_t slot, size_t col, unsigned long line,
           uint32_t *id, bool *skipped)
{
    if (!r->agg->opt.latin1 && ctp_utf8_invalid_at(s, n) < n) {
        char shown[100];
        *skipped = true;
        return bad_row(r, line, col + 1, "%s '%s' is not valid UTF-8; "
                       "expected UTF-8 text (--latin1 reads Latin-1 files)",
                       name_kind(r, col),
                       shown_field(s, n, shown, sizeof shown));
    }
    return strtab_add(t, s, n, h, slot, id);
}

/* intern_name for Latin-1 input: a name with bytes of 0x80 and above is
 * converted to UTF-8 first. */
static __attribute__((noinline)) ct_status
intern_latin1(ct_incident_reader *r, strtab *t, const char *s, size_t n,
              size_t col, unsigned long line, uint32_t *id, bool *skipped)
{
    size_t high = 0;
    for (size_t i = 0; i < n; i++)
        high += (unsigned char)s[i] >= 0x80;
    if (high > 0) {
        if (ctp_grow((void **)&r->conv, &r->conv_cap, n + high, 1, NULL)
            != CT_STATUS_OK)
            return CT_STATUS_NOMEM;
        n = ctp_latin1_to_utf8(s, n, r->conv);
        s = r->conv;
    }
    uint64_t h;
    size_t slot;
    if (strtab_find(t, s, n, id, &h, &slot))
        return CT_STATUS_OK;
    return intern_new(r, t, s, n, h, slot, col, line, id, skipped);
}

/* The id of a name (area or crime type) in column 'col' of row 'line',
 * made when new (see intern_new and intern_latin1).  A name seen before
 * costs one lookup. */
static inline __attribute__((always_inline)) ct_status
intern_name(ct_incident_reader *r, strtab *t, const char *s, size_t n,
            size_t col, unsigned long line, uint32_t *id, bool *skipped)
{
    if (__builtin_expect(r->agg->opt.latin1, 0))
        return intern_latin1(r, t, s, n, col, line, id, skipped);
    uint64_t h;
    size_t slot;
    if (__builtin_expect(strtab_find(t, s, n, id, &h, &slot), 1))
        return CT_STATUS_OK;
    return intern_new(r, t, s, n, h, slot, col, line, id, skipped);
}

/* One data record, from either path: 'n' fields in all, and the three
 * the reader uses (only looked at when n == n_cols). */
static ct_status count_row(ct_incident_reader *r, size_t n,
                           const char *m, size_t ml, const char *t,
                           size_t tl, const char *s, size_t sl,
                           unsigned long line)
{
    ct_incident_agg *a = r->agg;
    a->stats.rows_read++;
    if (n != r->n_cols)
        return bad_row(r, line, 0, "row has %zu fields; expected %zu as in "
                       "the header", n, r->n_cols);
    trim(&m, &ml);
    int32_t month = parse_month(m, ml);
    if (month < 0) {
        char shown[100];
        return bad_row(r, line, r->col_month + 1, "month '%s' is not a "
                       "month; expected YYYY-MM",
                       shown_field(m, ml, shown, sizeof shown));
    }
    trim(&t, &tl);
    if (tl == 0)
        return bad_row(r, line, r->col_type + 1, "crime type is empty; "
                       "expected a police.uk crime type");
    uint32_t type, area, pair;
    bool skipped = false;
    ct_status st = intern_name(r, &a->types, t, tl, r->col_type, line,
                               &type, &skipped);
    if (st != CT_STATUS_OK || skipped)
        goto failed;
    if (type == a->asb_type && !a->opt.include_asb) {
        a->stats.rows_asb++;
        a->month_seen[month - MONTH_FIRST] = 1;
        return CT_STATUS_OK;
    }
    trim(&s, &sl);
    if (a->opt.by == CT_INCIDENT_BY_DISTRICT)
        sl = ct_incident_district(s, sl);
    bool unknown = sl == 0;
    if (unknown) {
        s = CT_INCIDENT_UNKNOWN_AREA;
        sl = sizeof CT_INCIDENT_UNKNOWN_AREA - 1;
    }
    size_t period;
    st = intern_name(r, &a->areas, s, sl, r->col_area, line, &area,
                     &skipped);
    if (st != CT_STATUS_OK || skipped)
        goto failed;
    if ((st = pair_id(a, area, type, &pair)) != CT_STATUS_OK ||
        (st = period_index(a, month, &period)) != CT_STATUS_OK ||
        (st = add_count(a, pair, period, 1)) != CT_STATUS_OK)
        goto failed;
    a->month_seen[month - MONTH_FIRST] = 1;
    a->stats.rows_no_location += unknown;
    a->stats.rows_used++;
    return CT_STATUS_OK;
failed:
    if (skipped)
        return st; /* a name not UTF-8: skipped, or its error is set */
    if (st == CT_STATUS_INPUT)
        return ctp_error_set(r->err, CT_STATUS_INPUT, r->path, line, 0,
                             "too many distinct areas or crime types");
    return ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
}

static ct_status on_csv_row(void *ctx, const char *const *f,
                            const size_t *lens, size_t n)
{
    ct_incident_reader *r = ctx;
    ct_status st;
    if (!r->have_header)
        st = take_header(r, f, lens, n, r->record_line);
    else if (n != r->n_cols)
        st = count_row(r, n, NULL, 0, NULL, 0, NULL, 0, r->record_line);
    else
        st = count_row(r, n, f[r->col_month], lens[r->col_month],
                       f[r->col_type], lens[r->col_type], f[r->col_area],
                       lens[r->col_area], r->record_line);
    r->row_failed = st != CT_STATUS_OK;
    return st;
}

/* The error for line 'line' growing past MAX_LINE ('s' holds its first
 * 'n' = MAX_LINE bytes); a bare CR among them suggests why. */
static ct_status line_too_long(ct_incident_reader *r, unsigned long line,
                               const char *s, size_t n)
{
    bool bare_cr = false;
    const char *end = s + n;
    for (const char *p = s;
         !bare_cr && (p = memchr(p, '\r', (size_t)(end - p))) != NULL; p++)
        bare_cr = p + 1 < end && p[1] != '\n';
    return ctp_error_set(r->err, CT_STATUS_INPUT, r->path, line, 0,
                         "line is longer than %zu bytes; expected a police.uk "
                         "row%s", MAX_LINE, bare_cr
                         ? " (the lines seem to end with a bare carriage "
                           "return; expected LF or CRLF)" : "");
}

/* Feeds libcsv one physical line, 'line' its number. */
static ct_status csv_piece(ct_incident_reader *r, const char *s, size_t n,
                           unsigned long line)
{
    if (!r->in_record) {
        r->record_line = line;
        r->record_bytes = 0;
    }
    r->record_bytes += n;
    ct_status st = ctp_incident_csv_line(r->csv, s, n, &r->in_record);
    /* A single line is at most MAX_LINE (plain_line, carry_add), so only
     * a record spanning lines gets here, whether or not it closed. */
    if (st == CT_STATUS_OK && r->record_bytes > MAX_LINE)
        return ctp_error_set(r->err, CT_STATUS_INPUT, r->path, r->record_line, 0,
                             "quoted field starting on this line runs on "
                             "for more than %zu bytes; expected a closing "
                             "quote", MAX_LINE);
    if (st == CT_STATUS_INPUT) {
        if (r->row_failed)
            return CT_STATUS_INPUT; /* a record was refused; err says why */
        if (!r->have_header)
            return ctp_error_set(r->err, CT_STATUS_INPUT, r->path,
                                 r->record_line, 0, "header has a malformed "
                                 "quoted field; expected a police.uk street "
                                 "file header");
        r->agg->stats.rows_read++;
        return bad_row(r, line, 0, "malformed quoted field; expected '\"' "
                       "only at the start and end of a field, doubled "
                       "inside it");
    }
    if (st == CT_STATUS_NOMEM)
        return ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    return st;
}

/* A line that libcsv must read: one holding '"' or a carriage return not
 * before its '\n', or any line of a record libcsv has open.  'line' is
 * its number, counted at its line feed.  A carriage return not followed
 * by a line feed ends a line too (libcsv ends a record there, and an
 * editor a line), so each such piece is fed with a number of its own and
 * the lines after it count on from there. */
static ct_status csv_line(ct_incident_reader *r, const char *s, size_t n,
                          unsigned long line)
{
    const char *end = s + n;
    for (;;) {
        const char *cr = memchr(s, '\r', (size_t)(end - s));
        while (cr != NULL && !(cr + 1 < end && cr[1] != '\n'))
            cr = memchr(cr + 1, '\r', (size_t)(end - cr - 1));
        size_t len = cr != NULL ? (size_t)(cr + 1 - s) : (size_t)(end - s);
        ct_status st = csv_piece(r, s, len, line);
        if (st != CT_STATUS_OK || cr == NULL)
            return st;
        s = cr + 1;
        line = ++r->line;
    }
}

/* True when the body holds only blanks, which libcsv skips. */
static inline bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}

/* A quote-free line body s[0..end) split at its 'k' commas, which are at
 * base + comma[0 .. k - 1] (only the first MAX_COMMAS are known when the
 * line comes from plain_line). */
static inline ct_status split_line(ct_incident_reader *r, const char *s,
                                   const char *end, const char *base,
                                   const uint32_t *comma, size_t k,
                                   unsigned long line)
{
    if (k == 0 && blank(s, (size_t)(end - s)))
        return CT_STATUS_OK;
    if (k + 1 != r->n_cols)
        return count_row(r, k + 1, NULL, 0, NULL, 0, NULL, 0, line);
#define FIELD_START(i) ((i) == 0 ? s : base + comma[(i) - 1] + 1)
#define FIELD_END(i) ((i) == k ? end : base + comma[i])
    const char *m = FIELD_START(r->col_month);
    const char *t = FIELD_START(r->col_type);
    const char *a = FIELD_START(r->col_area);
    return count_row(r, k + 1, m, (size_t)(FIELD_END(r->col_month) - m), t,
                     (size_t)(FIELD_END(r->col_type) - t), a,
                     (size_t)(FIELD_END(r->col_area) - a), line);
#undef FIELD_START
#undef FIELD_END
}

/* One complete physical line, its '\n' included, read without the block
 * scanner: the header, a line pieced together across feeds, and all lines
 * when the scanner cannot be used. */
static ct_status plain_line(ct_incident_reader *r, const char *s, size_t n)
{
    unsigned long line = ++r->line;
    if (n > MAX_LINE)
        return line_too_long(r, line, s, MAX_LINE);
    if (r->file_start) {
        r->file_start = false;
        if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
            s += 3; /* UTF-8 byte order mark */
            n -= 3;
        }
    }
    size_t body = n - 1;
    if (body > 0 && s[body - 1] == '\r')
        body--;
    /* libcsv also splits records whose columns lie beyond the comma
     * table. */
    if (r->in_record || r->agg->opt.csv_only || r->n_need > MAX_COMMAS ||
        body > UINT32_MAX || memchr(s, '"', body) != NULL ||
        memchr(s, '\r', body) != NULL)
        return csv_line(r, s, n, line);
    if (!r->have_header) {
        if (blank(s, body))
            return CT_STATUS_OK;
        /* The header goes through the same splitter as the records, with
         * room for every field. */
        size_t cap = 1;
        for (const char *q = s; (q = memchr(q, ',', body - (size_t)(q - s)));
             q++)
            cap++;
        const char **f = malloc(cap * sizeof *f);
        size_t *fl = malloc(cap * sizeof *fl);
        ct_status st;
        if (f == NULL || fl == NULL) {
            st = ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0,
                               "out of memory");
        } else {
            const char *p = s, *end = s + body;
            for (size_t k = 0;; k++) {
                const char *c = memchr(p, ',', (size_t)(end - p));
                f[k] = p;
                fl[k] = (size_t)((c ? c : end) - p);
                if (c == NULL)
                    break;
                p = c + 1;
            }
            st = take_header(r, f, fl, cap, line);
        }
        free((void *)f);
        free(fl);
        return st;
    }
    uint32_t comma[MAX_COMMAS];
    size_t k = 0;
    const char *end = s + body;
    for (const char *p = s; (p = memchr(p, ',', (size_t)(end - p))); p++) {
        if (k < MAX_COMMAS)
            comma[k] = (uint32_t)(p - s);
        k++;
    }
    return split_line(r, s, end, s, comma, k, line);
}

/* ---- the block scanner ---------------------------------------------- */

/* The scanner reads a window of up to WINDOW bytes at a time.  For each
 * 64-byte block it takes bit masks of the commas, line feeds and special
 * bytes ('"' and '\r'), and writes the offsets of their set bits into three
 * arrays without branching on the data.  Each line then finds its commas
 * in order in the comma array: field i runs from comma i - 1 to comma i.
 * A line holding a special byte (other than the '\r' of a CRLF) goes to
 * libcsv whole. */
/* Writes the offsets of the set bits of 'bits' (block at 'base') to 'o',
 * four at a time; the writes past the last bit land in the slack. */
static inline __attribute__((always_inline)) void
flatten(offsets *o, uint32_t base, uint64_t bits)
{
    uint32_t *out = o->at + o->n;
    o->n += (size_t)__builtin_popcountll(bits);
    /* ctz of bits | 1 << 63 is that of bits, and defined at zero. */
    while (bits != 0) {
        out[0] = base + (uint32_t)__builtin_ctzll(bits | 1ull << 63);
        bits &= bits - 1;
        out[1] = base + (uint32_t)__builtin_ctzll(bits | 1ull << 63);
        bits &= bits - 1;
        out[2] = base + (uint32_t)__builtin_ctzll(bits | 1ull << 63);
        bits &= bits - 1;
        out[3] = base + (uint32_t)__builtin_ctzll(bits | 1ull << 63);
        bits &= bits - 1;
        out += 4;
    }
}

/* Masks of one 64-byte block: commas, line feeds, '"' or '\r'. */
typedef struct block_bits {
    uint64_t comma, nl, special;
} block_bits;

static inline void bits_portable(const char *p, block_bits *b)
{
    uint64_t comma = 0, nl = 0, special = 0;
    for (int i = 0; i < 64; i++) {
        char c = p[i];
        comma |= (uint64_t)(c == ',') << i;
        nl |= (uint64_t)(c == '\n') << i;
        special |= (uint64_t)(c == '"' || c == '\r') << i;
    }
    b->comma = comma;
    b->nl = nl;
    b->special = special;
}

#ifdef HAVE_X86
__attribute__((target("sse2"))) static inline void
bits_sse2(const char *p, block_bits *b)
{
    const __m128i comma = _mm_set1_epi8(','), nl = _mm_set1_epi8('\n');
    const __m128i quote = _mm_set1_epi8('"'), cr = _mm_set1_epi8('\r');
    uint64_t c = 0, n = 0, s = 0;
    for (int i = 0; i < 4; i++) {
        __m128i v =
            _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * i));
        c |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma))
             << (16 * i);
        n |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl))
             << (16 * i);
        s |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_or_si128(
                 _mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, cr)))
             << (16 * i);
    }
    b->comma = c;
    b->nl = n;
    b->special = s;
}

__attribute__((target("avx2"))) static inline void
bits_avx2(const char *p, block_bits *b)
{
    const __m256i comma = _mm256_set1_epi8(','), nl = _mm256_set1_epi8('\n');
    const __m256i quote = _mm256_set1_epi8('"'), cr = _mm256_set1_epi8('\r');
    __m256i lo = _mm256_loadu_si256((const __m256i *)(const void *)p);
    __m256i hi = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32));
#define MASK(test) ((uint64_t)(uint32_t)_mm256_movemask_epi8(test))
#define EQ(v, k) _mm256_cmpeq_epi8(v, k)
    b->comma = MASK(EQ(lo, comma)) | MASK(EQ(hi, comma)) << 32;
    b->nl = MASK(EQ(lo, nl)) | MASK(EQ(hi, nl)) << 32;
    b->special = MASK(_mm256_or_si256(EQ(lo, quote), EQ(lo, cr))) |
                 MASK(_mm256_or_si256(EQ(hi, quote), EQ(hi, cr))) << 32;
#undef MASK
#undef EQ
}

__attribute__((target("avx512bw"))) static inline void
bits_avx512(const char *p, block_bits *b)
{
    __m512i v = _mm512_loadu_si512((const void *)p);
    b->comma = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(','));
    b->nl = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\n'));
    b->special = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('"')) |
                 _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\r'));
}
#endif

/* Reads the lines of w[0..n) (n <= WINDOW) that end in it; returns the
 * bytes they take (0: no line ends in the window) in '*used'. */
static inline __attribute__((always_inline)) ct_status
scan_window(ct_incident_reader *r, window *x, const char *w, size_t n,
            size_t *used, void (*bits)(const char *, block_bits *))
{
    x->comma.n = x->nl.n = x->special.n = 0;
    for (size_t at = 0; at < n; at += 64) {
        block_bits b;
        if (n - at >= 64) {
            bits(w + at, &b);
        } else {
            char tail[64];
            memset(tail, 0, sizeof tail);
            memcpy(tail, w + at, n - at);
            bits(tail, &b);
        }
        flatten(&x->comma, (uint32_t)at, b.comma);
        flatten(&x->nl, (uint32_t)at, b.nl);
        if (b.special != 0)
            flatten(&x->special, (uint32_t)at, b.special);
    }
    *used = 0;
    if (x->nl.n == 0)
        return CT_STATUS_OK;
    const uint32_t *cm = x->comma.at, *nl = x->nl.at, *sp = x->special.at;
    x->comma.at[x->comma.n] = UINT32_MAX; /* sentinels */
    x->special.at[x->special.n] = UINT32_MAX;
    size_t c = 0, q = 0, want = r->n_cols - 1;
    uint32_t start = 0;
    for (size_t i = 0; i < x->nl.n; i++) {
        uint32_t end = nl[i];
        unsigned long line = ++r->line;
        /* The commas of this line: usually as many as the header's. */
        size_t c0 = c, g = c + want;
        if (g <= x->comma.n && (g == c || cm[g - 1] < end) && cm[g] > end)
            c = g;
        else
            while (cm[c] < end)
                c++;
        bool special = false;
        for (; sp[q] < end; q++)
            if (!(w[sp[q]] == '\r' && sp[q] + 1 == end))
                special = true;
        ct_status st;
        if (special || r->in_record) {
            st = csv_line(r, w + start, end + 1 - start, line);
        } else {
            uint32_t e = end > start && w[end - 1] == '\r' ? end - 1 : end;
            st = split_line(r, w + start, w + e, w, cm + c0, c - c0, line);
        }
        if (st != CT_STATUS_OK)
            return st;
        start = end + 1;
    }
    *used = start;
    return CT_STATUS_OK;
}

/* Reads the complete lines s[0..n) (s[n - 1] == '\n') a window at a
 * time; a line longer than a window is read by plain_line. */
static inline __attribute__((always_inline)) ct_status
scan_lines(ct_incident_reader *r, const char *s, size_t n,
           void (*bits)(const char *, block_bits *))
{
    window *x = &r->window;
    while (n > 0) {
        size_t used, len = n < WINDOW ? n : WINDOW;
        ct_status st = scan_window(r, x, s, len, &used, bits);
        if (st != CT_STATUS_OK)
            return st;
        if (used == 0) {
            used = (size_t)((const char *)memchr(s + len, '\n', n - len) -
                            s) + 1;
            if ((st = plain_line(r, s, used)) != CT_STATUS_OK)
                return st;
        }
        s += used;
        n -= used;
    }
    return CT_STATUS_OK;
}

static ct_status scan_portable(ct_incident_reader *r, const char *s,
                               size_t n)
{
    return scan_lines(r, s, n, bits_portable);
}

#ifdef HAVE_X86
__attribute__((target("sse2,popcnt"))) static ct_status
scan_sse2(ct_incident_reader *r, const char *s, size_t n)
{
    return scan_lines(r, s, n, bits_sse2);
}

__attribute__((target("avx2,popcnt,bmi"))) static ct_status
scan_avx2(ct_incident_reader *r, const char *s, size_t n)
{
    return scan_lines(r, s, n, bits_avx2);
}

__attribute__((target("avx512bw,popcnt,bmi"))) static ct_status
scan_avx512(ct_incident_reader *r, const char *s, size_t n)
{
    return scan_lines(r, s, n, bits_avx512);
}
#endif


/* The block scanner the options ask for, NULL for none. */
static scan_fn pick_scanner(ct_incident_scan want)
{
    switch (want) {
    case CT_INCIDENT_SCAN_NONE:
        return NULL;
    case CT_INCIDENT_SCAN_PORTABLE:
        return scan_portable;
#ifdef HAVE_X86
    case CT_INCIDENT_SCAN_BEST:
    case CT_INCIDENT_SCAN_AVX512:
        if (__builtin_cpu_supports("avx512bw") &&
            __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("bmi"))
            return scan_avx512;
        /* fall through */
    case CT_INCIDENT_SCAN_AVX2:
        if (__builtin_cpu_supports("avx2") &&
            __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("bmi"))
            return scan_avx2;
        /* fall through */
    case CT_INCIDENT_SCAN_SSE2:
        if (__builtin_cpu_supports("sse2") &&
            __builtin_cpu_supports("popcnt"))
            return scan_sse2;
        return scan_portable;
#else
    case CT_INCIDENT_SCAN_BEST:
    case CT_INCIDENT_SCAN_AVX512:
    case CT_INCIDENT_SCAN_AVX2:
    case CT_INCIDENT_SCAN_SSE2:
        return scan_portable;
#endif
    }
    return scan_portable;
}

/* Reads complete lines with plain_line: all of s[0..n), or only until
 * the header is known; advances 's' and 'n' past what it read. */
static ct_status plain_lines(ct_incident_reader *r, const char **s,
                             size_t *n, bool until_header)
{
    while (*n > 0 && !(until_header && r->have_header)) {
        const char *nl = memchr(*s, '\n', *n);
        size_t len = (size_t)(nl - *s) + 1;
        ct_status st = plain_line(r, *s, len);
        if (st != CT_STATUS_OK)
            return st;
        *s += len;
        *n -= len;
    }
    return CT_STATUS_OK;
}

/* Reads the complete lines s[0..n), s[n - 1] == '\n'. */
static ct_status read_lines(ct_incident_reader *r, const char *s, size_t n)
{
    ct_status st = plain_lines(r, &s, &n, true);
    if (st != CT_STATUS_OK || n == 0)
        return st;
    scan_fn scan = r->agg->opt.csv_only || r->n_need > MAX_COMMAS
                       ? NULL : r->scan;
    if (scan == NULL)
        return plain_lines(r, &s, &n, false);
    window *x = &r->window;
    if (x->comma.at == NULL) {
        x->comma.at = malloc(WINDOW_OFFSETS * sizeof *x->comma.at);
        x->nl.at = malloc(WINDOW_OFFSETS * sizeof *x->nl.at);
        x->special.at = malloc(WINDOW_OFFSETS * sizeof *x->special.at);
        if (x->comma.at == NULL || x->nl.at == NULL || x->special.at == NULL)
            return ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
    }
    return scan(r, s, n);
}

/* Appends to the carry. */
static ct_status carry_fill(ct_incident_reader *r, const char *s, size_t n)
{
    if (ctp_grow((void **)&r->carry, &r->carry_cap, r->carry_len + n, 1,
                 NULL) != CT_STATUS_OK)
        return ctp_error_set(r->err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    memcpy(r->carry + r->carry_len, s, n);
    r->carry_len += n;
    return CT_STATUS_OK;
}

/* Keeps the start of a line that goes on in the next buffer; a line
 * growing past MAX_LINE is an error. */
static ct_status carry_add(ct_incident_reader *r, const char *s, size_t n)
{
    if (r->carry_len + n > MAX_LINE) {
        size_t k = MAX_LINE - r->carry_len < n ? MAX_LINE - r->carry_len : n;
        if (carry_fill(r, s, k) != CT_STATUS_OK)
            return CT_STATUS_NOMEM;
        return line_too_long(r, r->line + 1, r->carry, r->carry_len);
    }
    return carry_fill(r, s, n);
}

/* The last '\n' of s[0..n), or NULL.  Lines are short, so the search
 * from the end stops soon; a buffer without one is searched once. */
static const char *last_newline(const char *s, size_t n)
{
    while (n > 0 && s[n - 1] != '\n')
        n--;
    return n > 0 ? s + n - 1 : NULL;
}

ct_status ct_incident_feed_until(ct_incident_reader *r, const char *buf,
                                 size_t len, uint64_t stop, size_t *used,
                                 bool *done, ct_error *err)
{
    r->err = err;
    ct_status st = CT_STATUS_OK;
    size_t i = 0;
    *done = false;
    if (r->carry_len > 0) {
        const char *nl = memchr(buf, '\n', len);
        size_t take = nl ? (size_t)(nl - buf) + 1 : len;
        if ((st = carry_add(r, buf, take)) != CT_STATUS_OK)
            goto out;
        i = take;
        r->offset += take;
        if (nl == NULL)
            goto out;
        st = plain_line(r, r->carry, r->carry_len);
        r->carry_len = 0;
        if (st != CT_STATUS_OK)
            goto out;
    }
    while (i < len) {
        if (r->offset >= stop && !r->in_record && r->have_header) {
            *done = true;
            break;
        }
        const char *s = buf + i;
        size_t avail = len - i;
        const char *nl;
        if (r->offset < stop && stop - r->offset <= avail) {
            /* The lines starting before 'stop': up to the first line feed
             * at or after its byte before, or, when that line goes on into
             * the next buffer, the complete lines before it. */
            size_t from = (size_t)(stop - r->offset) - 1;
            nl = memchr(s + from, '\n', avail - from);
            if (nl == NULL)
                nl = last_newline(s, from);
        } else if (r->offset < stop) {
            nl = last_newline(s, avail);
        } else {
            nl = memchr(s, '\n', avail); /* a record open past 'stop' */
        }
        if (nl == NULL) {
            st = carry_add(r, s, avail);
            r->offset += avail;
            i = len;
            break;
        }
        size_t n = (size_t)(nl - s) + 1;
        i += n;
        r->offset += n;
        if ((st = read_lines(r, s, n)) != CT_STATUS_OK)
            break;
    }
    if (i == len && r->carry_len == 0 && r->offset >= stop &&
        !r->in_record && r->have_header)
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
    if (r->carry_len > 0) {
        const char *cr = memchr(r->carry, '\r', r->carry_len);
        if (cr != NULL && cr + 1 < r->carry + r->carry_len && cr[1] != '\n')
            return ctp_error_set(err, CT_STATUS_INPUT, r->path, r->line + 1, 0,
                                 "lines end with a bare carriage return; "
                                 "expected LF or CRLF line ends");
        return ctp_error_set(err, CT_STATUS_INPUT, r->path, r->line + 1, 0,
                             "last line has no end of line; the file is "
                             "truncated");
    }
    if (r->in_record)
        return ctp_error_set(err, CT_STATUS_INPUT, r->path, r->record_line, 0,
                             "quoted field starting on this line is never "
                             "closed; the file is truncated");
    if (!r->have_header)
        return ctp_error_set(err, CT_STATUS_INPUT, r->path, 0, 0,
                             "file is empty; expected a police.uk street "
                             "file header");
    return CT_STATUS_OK;
}

/* ---- parts ----------------------------------------------------------- */

void ct_incident_split(uint64_t size, int n, int part, uint64_t *start,
                       uint64_t *end)
{
    uint64_t each = n > 0 ? size / (uint64_t)n : size;
    *start = each * (uint64_t)part;
    *end = part >= n - 1 ? size : each * (uint64_t)(part + 1);
}

uint64_t ct_incident_split_from(uint64_t start)
{
    return start == 0 ? 0 : start - 1;
}

uint64_t ct_incident_split_stop(uint64_t end, uint64_t begin, bool last)
{
    if (last)
        return UINT64_MAX;
    return end > begin ? end - begin : 0;
}

bool ct_incident_parts_join(const ct_incident_part *parts, size_t n)
{
    for (size_t p = 0; p < n; p++) {
        if (parts[p].state == CT_INCIDENT_PART_UNREAD)
            return false;
        if (parts[p].state == CT_INCIDENT_PART_FAILED)
            return true; /* its error is the file's */
        if (p + 1 < n && (parts[p + 1].state == CT_INCIDENT_PART_UNREAD ||
                          parts[p].end != parts[p + 1].begin))
            return false;
    }
    return true;
}

unsigned long ct_incident_line_base(const ct_incident_part *parts,
                                    size_t part)
{
    unsigned long base = 0;
    for (size_t p = 0; p < part; p++)
        base += parts[p].lines;
    return base;
}

ct_error ct_incident_rebase(const ct_error *e, unsigned long line_base)
{
    ct_error copy = *e;
    if (copy.line != 0)
        copy.line += line_base;
    return copy;
}

/* ---- merging and writing -------------------------------------------- */

ct_status ct_incident_merge(ct_incident_agg *dst, const ct_incident_agg *src,
                            ct_error *err)
{
    /* Each period of 'src' is the same period of 'dst'. */
    size_t *to = malloc((src->n_periods + 1) * sizeof *to);
    if (to == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    ct_status st = CT_STATUS_OK;
    for (size_t i = 0; i < src->n_periods && st == CT_STATUS_OK; i++) {
        int32_t m = src->periods[i].start;
        if (m < MONTH_FIRST)
            m = MONTH_FIRST; /* a period straddling 1900-01 */
        st = period_index(dst, m, &to[i]);
    }
    for (size_t p = 0; p < src->n_pairs && st == CT_STATUS_OK; p++) {
        uint32_t a = src->pair_area[p], t = src->pair_type[p];
        uint32_t da, dt, pair;
        if ((st = strtab_intern(&dst->areas, strtab_name(&src->areas, a),
                                src->areas.lens[a], &da)) != CT_STATUS_OK ||
            (st = strtab_intern(&dst->types, strtab_name(&src->types, t),
                                src->types.lens[t], &dt)) != CT_STATUS_OK ||
            (st = pair_id(dst, da, dt, &pair)) != CT_STATUS_OK)
            break;
        for (size_t i = 0; i < src->n_periods && st == CT_STATUS_OK; i++) {
            uint64_t n = period_get(&src->periods[i], (uint32_t)p);
            if (n != 0)
                st = add_count(dst, pair, to[i], n);
        }
    }
    free(to);
    if (st != CT_STATUS_OK)
        return ctp_error_set(err, st, NULL, 0, 0, st == CT_STATUS_NOMEM
                             ? "out of memory"
                             : "too many distinct areas");
    for (size_t m = 0; m < N_MONTHS; m++)
        dst->month_seen[m] |= src->month_seen[m];
    dst->stats.rows_read += src->stats.rows_read;
    dst->stats.rows_used += src->stats.rows_used;
    dst->stats.rows_no_location += src->stats.rows_no_location;
    dst->stats.rows_asb += src->stats.rows_asb;
    dst->stats.rows_bad += src->stats.rows_bad;
    return CT_STATUS_OK;
}

void ct_incident_stats_get(const ct_incident_agg *agg,
                           ct_incident_stats *out)
{
    *out = agg->stats;
}

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

/* The ids of 't' in byte order of their names. */
static uint32_t *by_name(const strtab *t)
{
    named *order = malloc((t->n + 1) * sizeof *order);
    uint32_t *ids = malloc((t->n + 1) * sizeof *ids);
    if (order == NULL || ids == NULL) {
        free(order);
        free(ids);
        return NULL;
    }
    for (size_t i = 0; i < t->n; i++) {
        order[i].s = strtab_name(t, (uint32_t)i);
        order[i].len = t->lens[i];
        order[i].id = (uint32_t)i;
    }
    qsort(order, t->n, sizeof *order, cmp_names);
    for (size_t i = 0; i < t->n; i++)
        ids[i] = order[i].id;
    free(order);
    return ids;
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

bool ct_incident_span(const ct_incident_agg *agg, int32_t *first,
                      int32_t *last)
{
    size_t lo = 0, hi = N_MONTHS;
    while (lo < N_MONTHS && !agg->month_seen[lo])
        lo++;
    while (hi > lo && !agg->month_seen[hi - 1])
        hi--;
    if (lo == N_MONTHS)
        return false;
    *first = MONTH_FIRST + (int32_t)lo;
    *last = MONTH_FIRST + (int32_t)hi - 1;
    return true;
}

bool ct_incident_has_month(const ct_incident_agg *agg, int32_t month)
{
    return month >= MONTH_FIRST && month < MONTH_END &&
           agg->month_seen[month - MONTH_FIRST];
}

int ct_incident_months_held(const ct_incident_agg *agg, ct_period p)
{
    int n = 0;
    for (int32_t m = p.start; m < p.start + p.n_months; m++)
        n += ct_incident_has_month(agg, m);
    return n;
}

/* Appends to 'buf' the months of 'from' .. 'to' the input holds (or, with
 * 'held' false, lacks) as ranges: "2018-10 to 2018-12, 2019-02". */
static void month_ranges(const ct_incident_agg *agg, int32_t from,
                         int32_t to, bool held, char *buf, size_t size)
{
    size_t o = strlen(buf);
    bool first = true;
    for (int32_t m = from; m <= to && o + 1 < size; m++) {
        if (ct_incident_has_month(agg, m) != held)
            continue;
        int32_t e = m;
        while (e + 1 <= to && ct_incident_has_month(agg, e + 1) == held)
            e++;
        char a[16], b[16];
        ct_period_format((ct_period){CT_PERIOD_MONTH, m, 1}, a, sizeof a);
        ct_period_format((ct_period){CT_PERIOD_MONTH, e, 1}, b, sizeof b);
        int k = e == m ? snprintf(buf + o, size - o, "%s%s",
                                  first ? "" : ", ", a)
                       : snprintf(buf + o, size - o, "%s%s to %s",
                                  first ? "" : ", ", a, b);
        if (k < 0 || (size_t)k >= size - o)
            break;
        o += (size_t)k;
        first = false;
        m = e;
    }
}

size_t ct_incident_warn_periods(const ct_incident_agg *agg, ct_error_warn_fn warn,
                                void *ctx)
{
    int32_t first, last;
    if (!ct_incident_span(agg, &first, &last))
        return 0;
    size_t sent = 0;
    char held[200] = "", lo[16], hi[16];
    int gaps = 0;
    for (int32_t m = first; m <= last; m++)
        gaps += !ct_incident_has_month(agg, m);
    if (gaps > 0) {
        month_ranges(agg, first, last, false, held, sizeof held);
        ct_period_format((ct_period){CT_PERIOD_MONTH, first, 1}, lo,
                         sizeof lo);
        ct_period_format((ct_period){CT_PERIOD_MONTH, last, 1}, hi,
                         sizeof hi);
        ctp_warn(warn, ctx, NULL, 0, 0, "the input holds no row for %d "
                 "month%s inside its span %s to %s (%s), as when a month's "
                 "file is missing: their cells are left out, not written "
                 "as zeros", gaps, gaps == 1 ? "" : "s", lo, hi, held);
        sent++;
    }
    if (agg->opt.period_type.kind == CT_PERIOD_MONTH)
        return sent;
    for (int32_t m = first; m <= last;) {
        ct_period p = ct_period_containing(agg->opt.period_type, m);
        m = p.start + p.n_months;
        int n = ct_incident_months_held(agg, p);
        if (n == p.n_months || n == 0)
            continue;
        char label[24];
        ct_period_format(p, label, sizeof label);
        held[0] = '\0';
        month_ranges(agg, p.start, p.start + p.n_months - 1, true, held,
                     sizeof held);
        if (agg->opt.partial == CT_INCIDENT_PARTIAL_KEEP)
            ctp_warn(warn, ctx, NULL, 0, 0, "period %s is not whole: the "
                     "input holds %d of its %d months (%s); kept, with "
                     "months %d on its rows", label, n, p.n_months, held, n);
        else
            ctp_warn(warn, ctx, NULL, 0, 0, "period %s left out: the input "
                     "holds %d of its %d months (%s); --partial keep keeps "
                     "it with a months column", label, n, p.n_months, held);
        sent++;
    }
    return sent;
}

/* An output period to write: its counts (NULL when none was counted),
 * label and the months of it the input holds. */
typedef struct out_period {
    const period_counts *pc;
    char label[24];
    int held;
} out_period;

/* The periods ct_incident_write writes, in time order: those of the span
 * holding at least one month, whole unless part periods are kept.  NULL
 * when out of memory; '*n' is set. */
static out_period *periods_to_write(const ct_incident_agg *agg, size_t *n)
{
    *n = 0;
    int32_t first, last;
    bool any = ct_incident_span(agg, &first, &last);
    size_t cap = any ? (size_t)(last - first + 1) : 0;
    out_period *ps = malloc((cap + 1) * sizeof *ps);
    if (ps == NULL || !any)
        return ps;
    ct_period_type type = agg->opt.period_type;
    bool keep = agg->opt.partial == CT_INCIDENT_PARTIAL_KEEP ||
                type.kind == CT_PERIOD_MONTH;
    for (int32_t m = first; m <= last;) {
        ct_period p = ct_period_containing(type, m);
        m = p.start + p.n_months;
        int held = ct_incident_months_held(agg, p);
        if (held == 0 || (held < p.n_months && !keep))
            continue;
        out_period *o = &ps[(*n)++];
        o->held = held;
        o->pc = NULL;
        int32_t at = p.start < MONTH_FIRST ? MONTH_FIRST : p.start;
        for (int32_t k = at; k < p.start + p.n_months && o->pc == NULL; k++)
            if (k < MONTH_END && agg->period_of[k - MONTH_FIRST] != 0)
                o->pc = &agg->periods[agg->period_of[k - MONTH_FIRST] - 1];
        ct_period_format(p, o->label, sizeof o->label);
    }
    return ps;
}

ct_status ct_incident_write(const ct_incident_agg *agg, FILE *out,
                            ct_error *err)
{
    ct_status st = CT_STATUS_OK;
    uint32_t *areas = by_name(&agg->areas);
    uint32_t *types = by_name(&agg->types);
    bool *used_type = calloc(agg->types.n + 1, sizeof *used_type);
    size_t n = 0;
    out_period *ps = periods_to_write(agg, &n);
    if (areas == NULL || types == NULL || used_type == NULL || ps == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    /* The offences of the output are those some row was counted under
     * (the table also holds anti-social behaviour when left out). */
    for (size_t p = 0; p < agg->n_pairs; p++)
        used_type[agg->pair_type[p]] = true;
    bool months_col = agg->opt.partial == CT_INCIDENT_PARTIAL_KEEP &&
                      agg->opt.period_type.kind != CT_PERIOD_MONTH;
    bool zero = agg->opt.zero_fill;
    bool bad = fputs(months_col ? "area,offence,period,count,months\n"
                                : "area,offence,period,count\n", out) == EOF;
    for (size_t i = 0; i < agg->areas.n && !bad; i++) {
        uint32_t a = areas[i];
        for (size_t j = 0; j < agg->types.n && !bad; j++) {
            uint32_t t = types[j];
            if (!used_type[t])
                continue;
            uint64_t key = ((uint64_t)a << 32 | t) + 1;
            size_t k = slot_of(key, agg->pair_mask);
            while (agg->pair_keys[k] != 0 && agg->pair_keys[k] != key)
                k = (k + 1) & agg->pair_mask;
            bool have = agg->pair_keys[k] != 0;
            if (!have && !zero)
                continue;
            uint32_t pair = have ? agg->pair_ids[k] : 0;
            for (size_t u = 0; u < n && !bad; u++) {
                uint64_t count = have && ps[u].pc != NULL
                                     ? period_get(ps[u].pc, pair) : 0;
                if (count == 0 && !zero)
                    continue;
                bad = put_field(strtab_name(&agg->areas, a),
                                agg->areas.lens[a], out) != 0 ||
                      putc(',', out) == EOF ||
                      put_field(strtab_name(&agg->types, t),
                                agg->types.lens[t], out) != 0 ||
                      fprintf(out, ",%s,%llu", ps[u].label,
                              (unsigned long long)count) < 0 ||
                      (months_col && fprintf(out, ",%d", ps[u].held) < 0) ||
                      putc('\n', out) == EOF;
            }
        }
    }
    if (bad || ferror(out))
        st = ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0, "write failed");
out:
    free(areas);
    free(types);
    free(used_type);
    free(ps);
    return st;
}
