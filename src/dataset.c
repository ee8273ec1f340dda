/* dataset.c - the in-memory data model behind every command: interned
 * names, sparse cells keyed by (area, offence, period), populations, peer
 * groups and the area hierarchy, with the roll-up of children into parents
 * and the aggregation of months into longer periods, either after loading
 * or while loading (so that the months are never all held at once).
 *
 * All lookups are open-addressing hash tables of 32-bit indexes into dense
 * arrays, so memory is proportional to the number of distinct keys. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <math.h>

#include "crimetrend/dataset.h"
#include "error_set.h"
#include "alloc.h"
#include "hash.h"

/* A set of interned strings: names[i] is the string with id i. */
typedef struct intern {
    char **names;      /* owned, NUL-terminated */
    size_t *lens;      /* byte length of each name */
    size_t n, cap;     /* names in use, allocated */
    uint32_t *slots;   /* hash slots: id + 1, or 0 when empty */
    size_t n_slots;    /* a power of two, at least twice n */
} intern;

typedef struct cell_entry {
    ct_dataset_id area, offence, period;  /* the key */
    ct_cell cell;                 /* the value */
    uint32_t months;              /* aggregation: bit i = month i present;
                                     roll-up: children counted */
} cell_entry;

typedef struct cell_map {
    cell_entry *entries;  /* dense, in insertion order */
    size_t n, cap;
    uint32_t *slots;      /* entry index + 1, or 0 */
    size_t n_slots;
} cell_map;

typedef struct pop_entry {
    ct_dataset_id area;            /* whose population */
    ct_period period;      /* the period it was given for */
    double population;     /* residents (or households) */
    unsigned long line;    /* input line; 0 when derived */
    const char *path;      /* input file (owned by the dataset), or NULL */
} pop_entry;

typedef struct area_info {
    ct_dataset_id parent;          /* CT_DATASET_NO_ID at the top */
    ct_dataset_id *peers;          /* most similar areas, owned */
    size_t n_peers, cap_peers;
    unsigned long parent_line; /* areas.csv line naming the parent */
    ct_dataset_id uf;              /* union-find over the trees: the next area
                              towards the set's representative, or itself */
    uint32_t uf_size;      /* areas in the set (at a representative) */
    ct_dataset_id top;             /* at a representative: the root of the tree */
    bool national;         /* marked as a national total */
} area_info;

/* The distinct periods of a dataset, by id, with a hash on the months
 * they cover (start, length). */
typedef struct period_set {
    ct_period *v;          /* v[id] is the period with that id */
    size_t n, cap;         /* periods in use, allocated */
    uint32_t *slots;       /* hash slots: id + 1, or 0 when empty */
    size_t n_slots;        /* a power of two, at least twice n */
} period_set;

typedef struct aggregation aggregation;
static void aggregation_free(aggregation *g);

struct ct_dataset {
    intern areas;          /* area names */
    intern offences;       /* offence names */
    period_set periods;    /* distinct periods; while aggregating, those of
                              the rows read (see aggregation) */
    cell_map cells;        /* counts */
    pop_entry *pops;       /* populations */
    size_t n_pops, cap_pops;
    uint32_t *pop_slots;   /* hash of (area, period) -> pops index + 1 */
    size_t n_pop_slots;
    area_info *info;       /* per area, parallel to areas.names */
    size_t cap_info;
    aggregation *agg;      /* between ct_dataset_aggregate_begin and _end,
                              else NULL */
    ct_pop_fallback fallback; /* --population-rule */
    int32_t year_lo, year_hi; /* span of the yearly populations given */
    char **paths;          /* file names the populations came from */
    size_t n_paths;
    char *counts_path;     /* the counts file, or NULL */
    unsigned long counts_lines;
};

/* ---- hashing helpers ------------------------------------------------ */

static uint64_t key3(ct_dataset_id a, ct_dataset_id b, ct_dataset_id c)
{
    return ctp_hash_u64(((uint64_t)a << 42) ^ ((uint64_t)b << 21) ^ c);
}

static uint64_t pop_key(ct_dataset_id area, ct_period p)
{
    return ctp_hash_u64(((uint64_t)area << 32) ^
                        ((uint64_t)(uint32_t)p.start << 8) ^
                        (uint64_t)(uint32_t)p.n_months);
}

/* Makes room in an index for one more entry: when its slots would be
 * over half full, a fresh zeroed array of twice as many ('first' when
 * there are none yet).  '*grown' says that the entries must be placed
 * again. */
static ct_status make_room(uint32_t **slots, size_t *n_slots, size_t n,
                           size_t first, bool *grown, ct_error *err)
{
    *grown = false;
    if ((n + 1) * 2 <= *n_slots)
        return CT_STATUS_OK;
    size_t size = *n_slots ? *n_slots * 2 : first;
    uint32_t *fresh = calloc(size, sizeof *fresh);
    if (fresh == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    free(*slots);
    *slots = fresh;
    *n_slots = size;
    *grown = true;
    return CT_STATUS_OK;
}

/* ---- interning ------------------------------------------------------ */

static void intern_free(intern *t)
{
    ctp_free_strings(t->names, t->n);
    free(t->lens);
    free(t->slots);
}

typedef struct intern_key {
    const intern *t;
    const char *s;
    size_t len;
} intern_key;

static bool intern_same(const void *ctx, size_t id)
{
    const intern_key *k = ctx;
    return k->t->lens[id] == k->len &&
           memcmp(k->t->names[id], k->s, k->len) == 0;
}

static ct_dataset_id intern_find(const intern *t, const char *s, size_t len)
{
    if (t->n_slots == 0)
        return CT_DATASET_NO_ID;
    intern_key k = {t, s, len};
    uint32_t v = t->slots[ctp_hash_probe(t->slots, t->n_slots,
                                         ctp_hash_bytes(s, len), intern_same,
                                         &k)];
    return v == 0 ? CT_DATASET_NO_ID : v - 1;
}

static void intern_place(intern *t, ct_dataset_id id)
{
    t->slots[ctp_hash_probe(t->slots, t->n_slots,
                            ctp_hash_bytes(t->names[id], t->lens[id]), NULL,
                            NULL)] = id + 1;
}

static ct_status intern_add(intern *t, const char *s, size_t len, ct_dataset_id *id,
                            ct_error *err)
{
    ct_dataset_id found = intern_find(t, s, len);
    if (found != CT_DATASET_NO_ID) {
        *id = found;
        return CT_STATUS_OK;
    }
    if (t->n >= 0x7fffffffu)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "too many distinct names");
    bool grown;
    if (make_room(&t->slots, &t->n_slots, t->n, 64, &grown, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    for (ct_dataset_id i = 0; grown && i < t->n; i++)
        intern_place(t, i);
    size_t cap = t->cap;
    if (ctp_grow((void **)&t->names, &cap, t->n + 1, sizeof *t->names, err)
        != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    cap = t->cap;
    if (ctp_grow((void **)&t->lens, &cap, t->n + 1, sizeof *t->lens, err)
        != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    t->cap = cap;
    char *copy = malloc(len + 1);
    if (copy == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    memcpy(copy, s, len);
    copy[len] = '\0';
    t->names[t->n] = copy;
    t->lens[t->n] = len;
    *id = (ct_dataset_id)t->n++;
    intern_place(t, *id);
    return CT_STATUS_OK;
}

/* ---- cell maps ------------------------------------------------------ */

static void cell_map_free(cell_map *m)
{
    free(m->entries);
    free(m->slots);
}

typedef struct cell_key {
    const cell_map *m;
    ct_dataset_id a, o, p;
} cell_key;

static bool cell_same(const void *ctx, size_t idx)
{
    const cell_key *k = ctx;
    const cell_entry *e = &k->m->entries[idx];
    return e->area == k->a && e->offence == k->o && e->period == k->p;
}

static cell_entry *cell_map_find(const cell_map *m, ct_dataset_id a, ct_dataset_id o,
                                 ct_dataset_id p)
{
    if (m->n_slots == 0)
        return NULL;
    cell_key k = {m, a, o, p};
    uint32_t v = m->slots[ctp_hash_probe(m->slots, m->n_slots, key3(a, o, p),
                                         cell_same, &k)];
    return v == 0 ? NULL : &m->entries[v - 1];
}

static uint64_t cell_entry_key(const cell_entry *e)
{
    return key3(e->area, e->offence, e->period);
}

static void cell_map_place(cell_map *m, size_t idx)
{
    m->slots[ctp_hash_probe(m->slots, m->n_slots,
                            cell_entry_key(&m->entries[idx]), NULL, NULL)] =
        (uint32_t)idx + 1;
}

/* Finds the entry for a key, adding a zeroed one (state MISSING) when there
 * is none; '*added' says which happened. */
static ct_status cell_map_get(cell_map *m, ct_dataset_id a, ct_dataset_id o, ct_dataset_id p,
                              cell_entry **out, bool *added, ct_error *err)
{
    cell_entry *e = cell_map_find(m, a, o, p);
    if (e != NULL) {
        *out = e;
        *added = false;
        return CT_STATUS_OK;
    }
    if (m->n >= 0x7fffffffu)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "too many cells");
    bool grown;
    if (make_room(&m->slots, &m->n_slots, m->n, 1024, &grown, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    for (size_t i = 0; grown && i < m->n; i++)
        cell_map_place(m, i);
    if (ctp_grow((void **)&m->entries, &m->cap, m->n + 1, sizeof *m->entries,
                 err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    e = &m->entries[m->n];
    memset(e, 0, sizeof *e);
    e->area = a;
    e->offence = o;
    e->period = p;
    cell_map_place(m, m->n++);
    *out = e;
    *added = true;
    return CT_STATUS_OK;
}

/* ---- period sets ---------------------------------------------------- */

static uint64_t period_key(ct_period p)
{
    return ctp_hash_u64(((uint64_t)(uint32_t)p.start << 8) ^
                        (uint64_t)(uint32_t)p.n_months);
}

static void period_set_free(period_set *s)
{
    free(s->v);
    free(s->slots);
}

typedef struct period_set_key {
    const period_set *s;
    ct_period p;
} period_set_key;

static bool period_set_same(const void *ctx, size_t id)
{
    const period_set_key *k = ctx;
    return ct_period_equal(k->s->v[id], k->p);
}

static ct_dataset_id period_set_find(const period_set *s, ct_period p)
{
    if (s->n_slots == 0)
        return CT_DATASET_NO_ID;
    period_set_key k = {s, p};
    uint32_t v = s->slots[ctp_hash_probe(s->slots, s->n_slots, period_key(p),
                                         period_set_same, &k)];
    return v == 0 ? CT_DATASET_NO_ID : v - 1;
}

static void period_set_place(period_set *s, ct_dataset_id id)
{
    s->slots[ctp_hash_probe(s->slots, s->n_slots, period_key(s->v[id]), NULL,
                            NULL)] = id + 1;
}

static ct_status period_set_add(period_set *s, ct_period p, ct_dataset_id *id,
                                ct_error *err)
{
    ct_dataset_id found = period_set_find(s, p);
    if (found != CT_DATASET_NO_ID) {
        *id = found;
        return CT_STATUS_OK;
    }
    bool grown;
    if (make_room(&s->slots, &s->n_slots, s->n, 64, &grown, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    for (ct_dataset_id i = 0; grown && i < s->n; i++)
        period_set_place(s, i);
    if (ctp_grow((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v, err)
        != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    s->v[s->n] = p;
    *id = (ct_dataset_id)s->n++;
    period_set_place(s, *id);
    return CT_STATUS_OK;
}

/* ---- the dataset ---------------------------------------------------- */

ct_dataset *ct_dataset_new(void)
{
    return calloc(1, sizeof(ct_dataset));
}

void ct_dataset_free(ct_dataset *ds)
{
    if (ds == NULL)
        return;
    for (size_t i = 0; i < ds->areas.n; i++)
        free(ds->info[i].peers);
    free(ds->info);
    intern_free(&ds->areas);
    intern_free(&ds->offences);
    period_set_free(&ds->periods);
    cell_map_free(&ds->cells);
    aggregation_free(ds->agg);
    free(ds->pops);
    free(ds->pop_slots);
    for (size_t i = 0; i < ds->n_paths; i++)
        free(ds->paths[i]);
    free(ds->paths);
    free(ds->counts_path);
    free(ds);
}

ct_status ct_dataset_intern_area(ct_dataset *ds, const char *name, size_t len,
                                 ct_dataset_id *id, ct_error *err)
{
    /* Room for the area's info first, so that a failure leaves the two
     * arrays in step. */
    if (ctp_grow((void **)&ds->info, &ds->cap_info, ds->areas.n + 1,
                 sizeof *ds->info, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    size_t before = ds->areas.n;
    ct_status st = intern_add(&ds->areas, name, len, id, err);
    if (st != CT_STATUS_OK || ds->areas.n == before)
        return st;
    memset(&ds->info[*id], 0, sizeof ds->info[*id]);
    ds->info[*id].parent = CT_DATASET_NO_ID;
    ds->info[*id].uf = *id;
    ds->info[*id].uf_size = 1;
    ds->info[*id].top = *id;
    return CT_STATUS_OK;
}

ct_status ct_dataset_intern_offence(ct_dataset *ds, const char *name,
                                    size_t len, ct_dataset_id *id, ct_error *err)
{
    return intern_add(&ds->offences, name, len, id, err);
}

ct_dataset_id ct_dataset_find_period(const ct_dataset *ds, ct_period p)
{
    return period_set_find(&ds->periods, p);
}

ct_status ct_dataset_intern_period(ct_dataset *ds, ct_period p, ct_dataset_id *id,
                                   ct_error *err)
{
    return period_set_add(&ds->periods, p, id, err);
}

ct_dataset_id ct_dataset_find_area(const ct_dataset *ds, const char *name)
{
    return intern_find(&ds->areas, name, strlen(name));
}

ct_dataset_id ct_dataset_find_offence(const ct_dataset *ds, const char *name)
{
    return intern_find(&ds->offences, name, strlen(name));
}

/* ---- names as people type them --------------------------------------- */

/* The compared form of a name: ASCII lower case, '&' as "and", blanks
 * (space, tab) collapsed to one space and trimmed.  Returns its length;
 * 'out' has 'cap' bytes and is always NUL-terminated. */
static size_t name_fold(const char *s, char *out, size_t cap)
{
    size_t k = 0;
    bool space = false;
    for (; *s && k + 5 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t') {
            space = k > 0;
            continue;
        }
        if (space)
            out[k++] = ' ';
        space = false;
        if (c == '&') {
            memcpy(out + k, "and", 3);
            k += 3;
        } else {
            out[k++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    out[k] = '\0';
    return k;
}

static ct_dataset_id intern_match(const intern *t, const char *name)
{
    ct_dataset_id id = intern_find(t, name, strlen(name));
    if (id != CT_DATASET_NO_ID)
        return id;
    char want[512], got[512];
    name_fold(name, want, sizeof want);
    for (ct_dataset_id i = 0; i < t->n; i++) {
        name_fold(t->names[i], got, sizeof got);
        if (strcmp(want, got) == 0)
            return i;
    }
    return CT_DATASET_NO_ID;
}

ct_dataset_id ct_dataset_match_area(const ct_dataset *ds, const char *name)
{
    return intern_match(&ds->areas, name);
}

ct_dataset_id ct_dataset_match_offence(const ct_dataset *ds, const char *name)
{
    return intern_match(&ds->offences, name);
}

/* Levenshtein distance of two strings of at most 255 bytes, in one row. */
static size_t edit_distance(const char *a, size_t na, const char *b,
                            size_t nb)
{
    size_t row[256];
    for (size_t j = 0; j <= nb; j++)
        row[j] = j;
    for (size_t i = 1; i <= na; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= nb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[nb];
}

size_t ct_dataset_suggest(const ct_dataset *ds, bool areas, const char *name,
                          const char **out, size_t max)
{
    const intern *t = areas ? &ds->areas : &ds->offences;
    char want[256], got[256];
    size_t nw = name_fold(name, want, sizeof want), n = 0;
    size_t dist[16];
    if (max > 16)
        max = 16;
    for (ct_dataset_id i = 0; i < t->n; i++) {
        size_t ng = name_fold(t->names[i], got, sizeof got);
        size_t d = edit_distance(want, nw, got, ng);
        size_t longer = nw > ng ? nw : ng;
        size_t limit = longer / 3 > 2 ? longer / 3 : 2;
        if (d > limit)
            continue;
        /* Insert in order of distance, then name. */
        size_t k = n < max ? n++ : max;
        while (k > 0 && (dist[k - 1] > d ||
                         (dist[k - 1] == d &&
                          strcmp(out[k - 1], t->names[i]) > 0))) {
            if (k < max) {
                dist[k] = dist[k - 1];
                out[k] = out[k - 1];
            }
            k--;
        }
        if (k < max) {
            dist[k] = d;
            out[k] = t->names[i];
        }
    }
    return n;
}

void ct_dataset_mark_national(ct_dataset *ds, ct_dataset_id area)
{
    if (area < ds->areas.n)
        ds->info[area].national = true;
}

bool ct_dataset_is_national(const ct_dataset *ds, ct_dataset_id area)
{
    if (area >= ds->areas.n)
        return false;
    if (ds->info[area].national)
        return true;
    char f[512];
    size_t n = name_fold(ds->areas.names[area], f, sizeof f);
    return strcmp(f, "united states") == 0 ||
           strcmp(f, "united states total") == 0 ||
           strcmp(f, "england and wales") == 0 ||
           strcmp(f, "national") == 0 || strcmp(f, "total") == 0 ||
           (n > 6 && strcmp(f + n - 6, " total") == 0);
}

size_t ct_dataset_n_areas(const ct_dataset *ds) { return ds->areas.n; }
size_t ct_dataset_n_offences(const ct_dataset *ds) { return ds->offences.n; }
size_t ct_dataset_n_periods(const ct_dataset *ds) { return ds->periods.n; }

const char *ct_dataset_area_name(const ct_dataset *ds, ct_dataset_id area)
{
    return area < ds->areas.n ? ds->areas.names[area] : "";
}

const char *ct_dataset_offence_name(const ct_dataset *ds, ct_dataset_id offence)
{
    return offence < ds->offences.n ? ds->offences.names[offence] : "";
}

ct_period ct_dataset_period(const ct_dataset *ds, ct_dataset_id period)
{
    return ds->periods.v[period];
}

/* The error for a second row with the same key. */
static ct_status duplicate_row(const ct_dataset *ds, ct_dataset_id area,
                               ct_dataset_id offence, ct_dataset_id period, const char *path,
                               unsigned long line, unsigned long first_line,
                               ct_error *err)
{
    char label[32];
    ct_period_format(ds->periods.v[period], label, sizeof label);
    return ctp_error_set(err, CT_STATUS_INPUT, path, line, 0,
                         "duplicate row for area '%s', offence '%s', "
                         "period %s (first on line %lu); expected one "
                         "row per area, offence and period",
                         ds->areas.names[area], ds->offences.names[offence],
                         label, first_line);
}

static ct_status aggregation_add(ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                                 ct_dataset_id period, ct_cell_state state,
                                 int64_t count, const char *path,
                                 unsigned long line, ct_error *err);

ct_status ct_dataset_add_cell(ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                              ct_dataset_id period, ct_cell_state state, int64_t count,
                              bool sum, const char *path, unsigned long line,
                              ct_error *err)
{
    if (ds->agg != NULL) {
        if (sum)
            return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                                 "rows cannot be summed while aggregating; "
                                 "expected sum false");
        return aggregation_add(ds, area, offence, period, state, count, path,
                               line, err);
    }
    cell_entry *e;
    bool added;
    ct_status st = cell_map_get(&ds->cells, area, offence, period, &e, &added,
                                err);
    if (st != CT_STATUS_OK)
        return st;
    if (added) {
        e->cell.state = state;
        e->cell.count = state == CT_CELL_PRESENT ? count : 0;
        e->cell.line = line;
        return CT_STATUS_OK;
    }
    if (!sum)
        return duplicate_row(ds, area, offence, period, path, line,
                             e->cell.line, err);
    /* Summing: a part that is suppressed or missing taints the total. */
    if (e->cell.state != CT_CELL_PRESENT)
        return CT_STATUS_OK;
    if (state != CT_CELL_PRESENT) {
        e->cell.state = state;
        e->cell.count = 0;
        return CT_STATUS_OK;
    }
    if (count > INT64_MAX - e->cell.count)
        return ctp_error_set(err, CT_STATUS_INPUT, path, line, 0,
                             "sum of counts is too large");
    e->cell.count += count;
    return CT_STATUS_OK;
}

ct_cell ct_dataset_cell(const ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                        ct_dataset_id period)
{
    const cell_entry *e = cell_map_find(&ds->cells, area, offence, period);
    if (e == NULL) {
        ct_cell none = {CT_CELL_MISSING, 0, 0};
        return none;
    }
    return e->cell;
}

bool ct_dataset_has_cell(const ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                         ct_dataset_id period)
{
    return cell_map_find(&ds->cells, area, offence, period) != NULL;
}

bool ct_dataset_get_cell(const ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                         ct_dataset_id period, ct_cell *cell)
{
    const cell_entry *e = cell_map_find(&ds->cells, area, offence, period);
    if (e == NULL) {
        ct_cell none = {CT_CELL_MISSING, 0, 0};
        *cell = none;
        return false;
    }
    *cell = e->cell;
    return true;
}

size_t ct_dataset_n_cells(const ct_dataset *ds) { return ds->cells.n; }

ct_cell ct_dataset_cell_at(const ct_dataset *ds, size_t i, ct_dataset_id *area,
                           ct_dataset_id *offence, ct_dataset_id *period)
{
    const cell_entry *e = &ds->cells.entries[i];
    if (area) *area = e->area;
    if (offence) *offence = e->offence;
    if (period) *period = e->period;
    return e->cell;
}

/* ---- populations ---------------------------------------------------- */

typedef struct pop_find_key {
    const ct_dataset *ds;
    ct_dataset_id area;
    ct_period p;
} pop_find_key;

static bool pop_same(const void *ctx, size_t idx)
{
    const pop_find_key *k = ctx;
    const pop_entry *e = &k->ds->pops[idx];
    return e->area == k->area && ct_period_equal(e->period, k->p);
}

static pop_entry *pop_find(const ct_dataset *ds, ct_dataset_id area, ct_period p)
{
    if (ds->n_pop_slots == 0)
        return NULL;
    pop_find_key k = {ds, area, p};
    uint32_t v = ds->pop_slots[ctp_hash_probe(ds->pop_slots, ds->n_pop_slots,
                                              pop_key(area, p), pop_same, &k)];
    return v == 0 ? NULL : &ds->pops[v - 1];
}

static void pop_place(ct_dataset *ds, size_t idx)
{
    ds->pop_slots[ctp_hash_probe(ds->pop_slots, ds->n_pop_slots,
                                 pop_key(ds->pops[idx].area,
                                         ds->pops[idx].period),
                                 NULL, NULL)] = (uint32_t)idx + 1;
}

ct_status ct_dataset_set_population(ct_dataset *ds, ct_dataset_id area, ct_period p,
                                    double population, const char *path,
                                    unsigned long line, ct_error *err)
{
    /* 2^63 and beyond is no population: a rate from it would be 0 for
     * any count, and 2^64 is what an unsigned counter wraps at. */
    if (!(population < 9223372036854775808.0)) {
        char label[32];
        ct_period_format(p, label, sizeof label);
        return ctp_error_set(err, CT_STATUS_INPUT, path, line, 0,
                             "population %.15g for area '%s', period %s is "
                             "too large; expected a number of residents "
                             "below 2^63", population, ds->areas.names[area],
                             label);
    }
    pop_entry *e = pop_find(ds, area, p);
    if (e != NULL) {
        if (fabs(e->population - population) <= 1e-9 * fabs(population))
            return CT_STATUS_OK;
        char label[32];
        ct_period_format(p, label, sizeof label);
        return ctp_error_set(err, CT_STATUS_INPUT, path, line, 0,
                             "second population %.15g for area '%s', period "
                             "%s (line %lu gave %.15g); expected one value",
                             population, ds->areas.names[area], label,
                             e->line, e->population);
    }
    bool grown;
    if (make_room(&ds->pop_slots, &ds->n_pop_slots, ds->n_pops, 256, &grown,
                  err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    for (size_t i = 0; grown && i < ds->n_pops; i++)
        pop_place(ds, i);
    if (ctp_grow((void **)&ds->pops, &ds->cap_pops, ds->n_pops + 1,
                 sizeof *ds->pops, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    const char *kept = NULL;
    if (path != NULL) {
        /* A handful of files at most: the last one is nearly always it. */
        for (size_t i = ds->n_paths; i-- > 0 && kept == NULL;)
            if (strcmp(ds->paths[i], path) == 0)
                kept = ds->paths[i];
        if (kept == NULL) {
            char **v = ctp_realloc_array(ds->paths, ds->n_paths + 1,
                                         sizeof *v);
            char *copy = v != NULL ? malloc(strlen(path) + 1) : NULL;
            if (v != NULL)
                ds->paths = v;
            if (copy == NULL)
                return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                     "out of memory");
            strcpy(copy, path);
            ds->paths[ds->n_paths++] = copy;
            kept = copy;
        }
    }
    pop_entry *n = &ds->pops[ds->n_pops];
    n->area = area;
    n->period = p;
    n->population = population;
    n->line = line;
    n->path = kept;
    if (p.n_months == 12 && p.start % 12 == 0) {
        int32_t y = p.start / 12;
        if (ds->n_pops == 0 || ds->year_hi < ds->year_lo) {
            ds->year_lo = ds->year_hi = y;
        } else {
            if (y < ds->year_lo)
                ds->year_lo = y;
            if (y > ds->year_hi)
                ds->year_hi = y;
        }
    }
    pop_place(ds, ds->n_pops++);
    return CT_STATUS_OK;
}

bool ct_dataset_population(const ct_dataset *ds, ct_dataset_id area, ct_period p,
                           ct_pop_rule rule, double *population,
                           ct_period *source)
{
    const pop_entry *e = pop_find(ds, area, p);
    int y = ct_period_population_year(p, rule);
    if (e == NULL) {
        ct_period year = {CT_PERIOD_YEAR, ct_period_month_index(y, 1), 12};
        e = pop_find(ds, area, year);
    }
    /* The fallback looks outward year by year over the span of the years
     * given, so a lookup costs at most that span, never a scan of every
     * population. */
    if (e == NULL && ds->fallback != CT_POP_EXACT && ds->n_pops > 0 &&
        ds->year_lo <= ds->year_hi) {
        int32_t span = (y - ds->year_lo > ds->year_hi - y ? y - ds->year_lo
                                                          : ds->year_hi - y);
        for (int32_t d = 1; e == NULL && d <= span; d++) {
            ct_period before = {CT_PERIOD_YEAR, ct_period_month_index(y - d, 1), 12};
            ct_period after = {CT_PERIOD_YEAR, ct_period_month_index(y + d, 1), 12};
            if (y - d >= ds->year_lo)
                e = pop_find(ds, area, before);
            if (e == NULL && ds->fallback == CT_POP_NEAREST &&
                y + d <= ds->year_hi)
                e = pop_find(ds, area, after);
        }
    }
    if (e == NULL)
        return false;
    if (population)
        *population = e->population;
    if (source)
        *source = e->period;
    return true;
}

void ct_dataset_set_pop_fallback(ct_dataset *ds, ct_pop_fallback f)
{
    ds->fallback = f;
}

ct_pop_fallback ct_dataset_pop_fallback(const ct_dataset *ds)
{
    return ds->fallback;
}

unsigned long ct_dataset_population_place(const ct_dataset *ds, ct_dataset_id area,
                                          ct_period p, const char **path)
{
    const pop_entry *e = pop_find(ds, area, p);
    *path = e != NULL ? e->path : NULL;
    return e != NULL ? e->line : 0;
}

ct_status ct_dataset_set_counts_source(ct_dataset *ds, const char *path,
                                       unsigned long lines, ct_error *err)
{
    char *copy = malloc(strlen(path) + 1);
    if (copy == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    strcpy(copy, path);
    free(ds->counts_path);
    ds->counts_path = copy;
    ds->counts_lines = lines;
    return CT_STATUS_OK;
}

const char *ct_dataset_counts_path(const ct_dataset *ds)
{
    return ds->counts_path != NULL ? ds->counts_path : "";
}

unsigned long ct_dataset_counts_lines(const ct_dataset *ds)
{
    return ds->counts_lines;
}

bool ct_dataset_has_populations(const ct_dataset *ds)
{
    return ds->n_pops > 0;
}

/* ---- peers and hierarchy -------------------------------------------- */

ct_status ct_dataset_add_peer(ct_dataset *ds, ct_dataset_id area, ct_dataset_id peer,
                              ct_error *err)
{
    if (area == peer)
        return CT_STATUS_OK;
    area_info *a = &ds->info[area];
    for (size_t i = 0; i < a->n_peers; i++)
        if (a->peers[i] == peer)
            return CT_STATUS_OK;
    if (ctp_grow((void **)&a->peers, &a->cap_peers, a->n_peers + 1,
                 sizeof *a->peers, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    a->peers[a->n_peers++] = peer;
    return CT_STATUS_OK;
}

size_t ct_dataset_peers(const ct_dataset *ds, ct_dataset_id area, const ct_dataset_id **peers)
{
    *peers = ds->info[area].peers;
    return ds->info[area].n_peers;
}

/* The representative of the tree holding 'a' (no path compression, so
 * that it also serves the const lookups; union by size bounds it). */
static ct_dataset_id uf_find(const ct_dataset *ds, ct_dataset_id a)
{
    while (ds->info[a].uf != a)
        a = ds->info[a].uf;
    return a;
}

ct_status ct_dataset_set_parent(ct_dataset *ds, ct_dataset_id child, ct_dataset_id parent,
                                const char *path, unsigned long line,
                                ct_error *err)
{
    area_info *c = &ds->info[child];
    if (c->parent == parent)
        return CT_STATUS_OK;
    if (c->parent != CT_DATASET_NO_ID)
        return ctp_error_set(err, CT_STATUS_INPUT, path, line, 0,
                             "area '%s' has a second parent '%s' (line %lu "
                             "gave '%s'); expected one parent per area",
                             ds->areas.names[child], ds->areas.names[parent],
                             c->parent_line, ds->areas.names[c->parent]);
    /* 'child' has no parent, so it is the root of its tree: the link
     * makes a cycle exactly when 'parent' is in that tree already. */
    ct_dataset_id rc = uf_find(ds, child), rp = uf_find(ds, parent);
    if (rc == rp)
        return ctp_error_set(err, CT_STATUS_INPUT, path, line, 0,
                             "making '%s' the parent of '%s' creates a "
                             "cycle; expected a tree of areas",
                             ds->areas.names[parent],
                             ds->areas.names[child]);
    c->parent = parent;
    c->parent_line = line;
    /* Union by size keeps every path to a representative logarithmic. */
    ct_dataset_id top = ds->info[rp].top;
    if (ds->info[rc].uf_size > ds->info[rp].uf_size) {
        ct_dataset_id t = rc;
        rc = rp;
        rp = t;
    }
    ds->info[rc].uf = rp;
    ds->info[rp].uf_size += ds->info[rc].uf_size;
    ds->info[rp].top = top;
    return CT_STATUS_OK;
}

ct_dataset_id ct_dataset_parent(const ct_dataset *ds, ct_dataset_id area)
{
    return area < ds->areas.n ? ds->info[area].parent : CT_DATASET_NO_ID;
}

ct_dataset_id ct_dataset_root(const ct_dataset *ds, ct_dataset_id area)
{
    return ds->info[uf_find(ds, area)].top;
}

/* The depth of every area (0 at a root), each computed once: walk up to
 * an area whose depth is known, then fill in the walk on the way back, so
 * the whole costs linear time however deep the tree.  'stack' has room
 * for every area. */
static size_t fill_depths(const ct_dataset *ds, size_t *depth, ct_dataset_id *stack)
{
    size_t n = ds->areas.n, max_depth = 0;
    for (ct_dataset_id a = 0; a < n; a++)
        depth[a] = SIZE_MAX;
    for (ct_dataset_id a = 0; a < n; a++) {
        size_t k = 0;
        ct_dataset_id x = a;
        while (depth[x] == SIZE_MAX && ds->info[x].parent != CT_DATASET_NO_ID) {
            stack[k++] = x;
            x = ds->info[x].parent;
        }
        if (depth[x] == SIZE_MAX)
            depth[x] = 0;
        size_t d = depth[x];
        while (k > 0)
            depth[stack[--k]] = ++d;
        if (depth[a] > max_depth)
            max_depth = depth[a];
    }
    return max_depth;
}

/* Empties a map that is about to be refilled, in time proportional to
 * its entries rather than its slots (a deep hierarchy has many small
 * levels). */
static void cell_map_clear(cell_map *m)
{
    /* Not ctp_hash_probe: a slot emptied before may lie on the way to
     * an entry's own slot. */
    size_t mask = m->n_slots - 1;
    for (size_t k = 0; k < m->n; k++) {
        size_t i = cell_entry_key(&m->entries[k]) & mask;
        while (m->slots[i] != k + 1)
            i = (i + 1) & mask;
        m->slots[i] = 0;
    }
    m->n = 0;
}

/* Indexes 0..n-1 grouped by depth (a counting sort): the items at depth d
 * are order[start[d]] .. order[start[d + 1] - 1], in their first order. */
static ct_status by_depth(size_t n, const size_t *depth_of_item,
                          size_t max_depth, size_t **order, size_t **start,
                          ct_error *err)
{
    *order = calloc(n ? n : 1, sizeof **order);
    *start = calloc(max_depth + 2, sizeof **start);
    if (*order == NULL || *start == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < n; i++)
        (*start)[depth_of_item[i] + 1]++;
    for (size_t d = 1; d <= max_depth + 1; d++)
        (*start)[d] += (*start)[d - 1];
    size_t *next = calloc(max_depth + 1, sizeof *next);
    if (next == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < n; i++) {
        size_t d = depth_of_item[i];
        (*order)[(*start)[d] + next[d]++] = i;
    }
    free(next);
    return CT_STATUS_OK;
}

/* Sums children into parents one level at a time, deepest first, so that
 * districts fill counties before counties fill the nation.  Each level
 * visits only its own cells and populations (grouped by depth once, plus
 * those the level below added to it), so the whole is linear in the
 * cells, populations and areas, however deep the hierarchy. */
/* What the steps of one roll-up share. */
typedef struct roll_up {
    ct_dataset *ds;
    ct_error_warn_fn warn;
    void *warn_ctx;
    const size_t *n_children;  /* by area id */
    cell_map acc;              /* the sums of one level, by parent */
    double *pop_sum;           /* population sums, parallel to acc */
    size_t cap_sum;
} roll_up;

/* The entries one level of a roll-up sums, as indexes into the cells or
 * the populations: its own first (n_own of them, listed in 'own'), then
 * those the level below added to its areas, [lo, hi). */
typedef struct level {
    const size_t *own;
    size_t n_own, lo, hi;
} level;

static size_t level_size(const level *l)
{
    return l->n_own + (l->hi - l->lo);
}

/* The index of the level's k-th entry. */
static size_t level_entry(const level *l, size_t k)
{
    return k < l->n_own ? l->own[k] : l->lo + (k - l->n_own);
}

/* Empties the sums of the level before, for the next. */
static void begin_level(roll_up *r)
{
    if (r->acc.n_slots > 0)
        cell_map_clear(&r->acc);
}

/* Adds up, by (parent, offence, period), the counts of a level's cells;
 * 'months' counts the children that had a count. */
static ct_status sum_child_counts(roll_up *r, const level *l, ct_error *err)
{
    ct_dataset *ds = r->ds;
    begin_level(r);
    for (size_t k = 0; k < level_size(l); k++) {
        cell_entry c = ds->cells.entries[level_entry(l, k)];
        cell_entry *e;
        bool added;
        ct_status st = cell_map_get(&r->acc, ds->info[c.area].parent,
                                    c.offence, c.period, &e, &added, err);
        if (st != CT_STATUS_OK)
            return st;
        if (added)
            e->cell.state = CT_CELL_PRESENT;
        if (c.cell.state != CT_CELL_PRESENT ||
            e->cell.state != CT_CELL_PRESENT) {
            e->cell.state = CT_CELL_SUPPRESSED;
            continue;
        }
        if (c.cell.count > INT64_MAX - e->cell.count)
            return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                                 "counts of the children of '%s' add up to "
                                 "more than %lld",
                                 ds->areas.names[ds->info[c.area].parent],
                                 (long long)INT64_MAX);
        e->cell.count += c.cell.count;
        e->months++;
    }
    return CT_STATUS_OK;
}

/* Gives each parent the sums of r->acc where every child had a count; a
 * given figure that differs is kept, with a warning. */
static ct_status set_parent_counts(roll_up *r, ct_error *err)
{
    ct_dataset *ds = r->ds;
    for (size_t i = 0; i < r->acc.n; i++) {
        cell_entry *s = &r->acc.entries[i];
        if (s->cell.state != CT_CELL_PRESENT ||
            s->months != r->n_children[s->area])
            continue; /* some child lacks a count: leave it missing */
        cell_entry *p;
        bool added;
        ct_status st = cell_map_get(&ds->cells, s->area, s->offence,
                                    s->period, &p, &added, err);
        if (st != CT_STATUS_OK)
            return st;
        if (added || p->cell.state == CT_CELL_MISSING) {
            p->cell.state = CT_CELL_PRESENT;
            p->cell.count = s->cell.count;
            p->cell.line = 0;
        } else if (p->cell.state == CT_CELL_PRESENT &&
                   p->cell.count != s->cell.count) {
            char label[32];
            ct_period_format(ds->periods.v[s->period], label, sizeof label);
            ctp_warn(r->warn, r->warn_ctx, NULL, 0, 0,
                     "area '%s' has %lld '%s' offences in %s but its "
                     "%zu children in areas.csv add up to %lld; keeping "
                     "the given figure",
                     ds->areas.names[s->area], (long long)p->cell.count,
                     ds->offences.names[s->offence], label,
                     r->n_children[s->area], (long long)s->cell.count);
        }
    }
    return CT_STATUS_OK;
}

/* Populations the same way as sum_child_counts, keyed by (parent, first
 * month, length); the sums are kept beside the map, indexed like it. */
static ct_status sum_child_pops(roll_up *r, const level *l, ct_error *err)
{
    ct_dataset *ds = r->ds;
    begin_level(r);
    for (size_t k = 0; k < level_size(l); k++) {
        pop_entry c = ds->pops[level_entry(l, k)];
        cell_entry *e;
        bool added;
        ct_status st = cell_map_get(&r->acc, ds->info[c.area].parent,
                                    (ct_dataset_id)c.period.start,
                                    (ct_dataset_id)c.period.n_months, &e, &added, err);
        if (st != CT_STATUS_OK)
            return st;
        size_t k2 = (size_t)(e - r->acc.entries);
        st = ctp_grow((void **)&r->pop_sum, &r->cap_sum, r->acc.n,
                      sizeof *r->pop_sum, err);
        if (st != CT_STATUS_OK)
            return st;
        if (added)
            r->pop_sum[k2] = 0;
        r->pop_sum[k2] += c.population;
        e->months++;
    }
    return CT_STATUS_OK;
}

/* Gives each parent the population sums where every child had one. */
static ct_status set_parent_pops(roll_up *r, ct_error *err)
{
    ct_dataset *ds = r->ds;
    for (size_t i = 0; i < r->acc.n; i++) {
        const cell_entry *s = &r->acc.entries[i];
        if (s->months != r->n_children[s->area])
            continue;
        ct_period p = {CT_PERIOD_YEAR, (int32_t)s->offence,
                       (int32_t)s->period};
        if (p.n_months != 12)
            p.kind = p.n_months == 3 ? CT_PERIOD_QUARTER : CT_PERIOD_MONTH;
        pop_entry *given = pop_find(ds, s->area, p);
        if (given == NULL) {
            ct_status st = ct_dataset_set_population(ds, s->area, p,
                                                     r->pop_sum[i], NULL, 0,
                                                     err);
            if (st != CT_STATUS_OK)
                return st;
        } else if (fabs(given->population - r->pop_sum[i]) > 0.5) {
            char label[32];
            ct_period_format(p, label, sizeof label);
            ctp_warn(r->warn, r->warn_ctx, NULL, 0, 0,
                     "area '%s' has a population of %.15g in %s but its "
                     "%zu children in areas.csv add up to %.15g; keeping "
                     "the given figure",
                     ds->areas.names[s->area], given->population, label,
                     r->n_children[s->area], r->pop_sum[i]);
        }
    }
    return CT_STATUS_OK;
}

ct_status ct_dataset_roll_up(ct_dataset *ds, ct_error_warn_fn warn, void *warn_ctx,
                             ct_error *err)
{
    size_t n_areas = ds->areas.n, max_depth = 0;
    size_t n_cells0 = ds->cells.n, n_pops0 = ds->n_pops;
    size_t *depth = calloc(n_areas ? n_areas : 1, sizeof *depth);
    size_t *n_children = calloc(n_areas ? n_areas : 1, sizeof *n_children);
    ct_dataset_id *stack = calloc(n_areas ? n_areas : 1, sizeof *stack);
    size_t *item_depth = NULL, *cell_order = NULL, *cell_start = NULL;
    size_t *pop_order = NULL, *pop_start = NULL;
    roll_up r = {.ds = ds, .warn = warn, .warn_ctx = warn_ctx,
                 .n_children = n_children};
    ct_status st = CT_STATUS_OK;
    if (depth == NULL || n_children == NULL || stack == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    max_depth = fill_depths(ds, depth, stack);
    for (ct_dataset_id a = 0; a < n_areas; a++)
        if (ds->info[a].parent != CT_DATASET_NO_ID)
            n_children[ds->info[a].parent]++;
    if (max_depth == 0)
        goto out;
    size_t n_items = n_cells0 > n_pops0 ? n_cells0 : n_pops0;
    item_depth = calloc(n_items ? n_items : 1, sizeof *item_depth);
    if (item_depth == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n_cells0; i++)
        item_depth[i] = depth[ds->cells.entries[i].area];
    if ((st = by_depth(n_cells0, item_depth, max_depth, &cell_order,
                       &cell_start, err)))
        goto out;
    for (size_t i = 0; i < n_pops0; i++)
        item_depth[i] = depth[ds->pops[i].area];
    if ((st = by_depth(n_pops0, item_depth, max_depth, &pop_order,
                       &pop_start, err)))
        goto out;
    /* Deepest level first: a level's own cells and populations and those
     * the level below added to its areas, [cells_lo, cells_hi) and
     * [pops_lo, pops_hi), go up to the parents. */
    size_t cells_lo = n_cells0, cells_hi = n_cells0;
    size_t pops_lo = n_pops0, pops_hi = n_pops0;
    for (size_t d = max_depth; d >= 1; d--) {
        level cells = {cell_order + cell_start[d],
                       cell_start[d + 1] - cell_start[d], cells_lo, cells_hi};
        if ((st = sum_child_counts(&r, &cells, err)))
            goto out;
        cells_lo = ds->cells.n;
        if ((st = set_parent_counts(&r, err)))
            goto out;
        cells_hi = ds->cells.n;
        level pops = {pop_order + pop_start[d],
                      pop_start[d + 1] - pop_start[d], pops_lo, pops_hi};
        if ((st = sum_child_pops(&r, &pops, err)))
            goto out;
        pops_lo = ds->n_pops;
        if ((st = set_parent_pops(&r, err)))
            goto out;
        pops_hi = ds->n_pops;
    }
out:
    free(depth);
    free(n_children);
    free(stack);
    free(item_depth);
    free(cell_order);
    free(cell_start);
    free(pop_order);
    free(pop_start);
    free(r.pop_sum);
    cell_map_free(&r.acc);
    return st;
}

/* ---- aggregation into longer periods -------------------------------- */

/* A dataset between ct_dataset_aggregate_begin and _end.  Each row is
 * folded into its target cell (area, offence, target period) as it
 * arrives, so memory follows the target cells, not the rows.  Beside the
 * sums, only what the checks need is kept:
 *  - per target cell, a bit per month already counted ('months' of the
 *    cell entry), so that a period with a month missing is left out;
 *  - per month of a target cell, the line and length of the row that
 *    starts at that month ('parts'): a later row with the same start and
 *    length is the same period again, a duplicate whose message names both
 *    lines; any other row on a counted month overlaps;
 *  - the rows that fit no target cell, or overlap ('odd'), so that a
 *    second row for them is reported as a duplicate too.
 * Rows arrive in the order the two-step path (load every row, then
 * ct_dataset_aggregate) visits its cells, so both find the same first
 * error; errors of the aggregation are kept back until _end, because an
 * error in reading the rest of the input comes first. */
struct aggregation {
    ct_period_type type;   /* what counts are summed into */
    int32_t len;           /* months in each target period: 1, 3 or 12 */
    period_set targets;    /* target periods; at the end they replace the
                              dataset's periods, which are the rows' */
    ct_dataset_id *target_of;      /* by row period id: 0 not looked up yet, 1
                              fits in no target period, else target id + 2 */
    size_t cap_target_of;
    cell_map cells;        /* target cells, in order of their first row */
    uint64_t *parts;       /* 'len' per target cell: line << 4 | months of
                              the row starting at that month, or 0 */
    size_t cap_parts;      /* target cells that 'parts' has room for */
    size_t last;           /* target cell of the previous row + 1, or 0:
                              sorted input hits it again */
    cell_map odd;          /* rows set aside, keyed by their own period,
                              with their line */
    ct_error failure;      /* the first aggregation error, for _end */
};

static void aggregation_free(aggregation *g)
{
    if (g == NULL)
        return;
    period_set_free(&g->targets);
    free(g->target_of);
    cell_map_free(&g->cells);
    free(g->parts);
    cell_map_free(&g->odd);
    free(g);
}

ct_status ct_dataset_aggregate_begin(ct_dataset *ds, ct_period_type t,
                                     ct_error *err)
{
    if (ds->agg != NULL || ds->cells.n > 0)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "a dataset can be aggregated while loading only "
                             "when it holds no cells yet");
    aggregation *g = calloc(1, sizeof *g);
    if (g == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    g->type = t;
    g->len = t.kind == CT_PERIOD_MONTH ? 1
           : t.kind == CT_PERIOD_QUARTER ? 3 : 12;
    ct_error_clear(&g->failure);
    ds->agg = g;
    return CT_STATUS_OK;
}

/* Sets '*target' to the id of the target period holding row period
 * 'period', or CT_DATASET_NO_ID when the period does not fit inside one.  Target
 * periods get ids in order of their first row. */
static ct_status aggregation_target(ct_dataset *ds, ct_dataset_id period,
                                    ct_dataset_id *target, ct_error *err)
{
    aggregation *g = ds->agg;
    if (period >= g->cap_target_of) {
        size_t old = g->cap_target_of;
        if (ctp_grow((void **)&g->target_of, &g->cap_target_of,
                     (size_t)period + 1, sizeof *g->target_of, err) != CT_STATUS_OK)
            return CT_STATUS_NOMEM;
        memset(g->target_of + old, 0,
               (g->cap_target_of - old) * sizeof *g->target_of);
    }
    if (g->target_of[period] == 0) {
        ct_period p = ds->periods.v[period];
        ct_period tp = ct_period_containing(g->type, p.start);
        ct_dataset_id id = CT_DATASET_NO_ID;
        if (p.n_months <= g->len && ct_period_end(p) <= ct_period_end(tp) &&
            period_set_add(&g->targets, tp, &id, err) != CT_STATUS_OK)
            return CT_STATUS_NOMEM;
        g->target_of[period] = id == CT_DATASET_NO_ID ? 1 : id + 2;
    }
    *target = g->target_of[period] == 1 ? CT_DATASET_NO_ID
                                        : g->target_of[period] - 2;
    return CT_STATUS_OK;
}

/* Finds or adds the target cell for a key; a new one starts PRESENT, 0,
 * with no month counted.  Sets '*idx' to its index. */
static ct_status aggregation_cell(aggregation *g, ct_dataset_id area, ct_dataset_id offence,
                                  ct_dataset_id target, size_t *idx, ct_error *err)
{
    if (g->last > 0) {
        const cell_entry *e = &g->cells.entries[g->last - 1];
        if (e->area == area && e->offence == offence && e->period == target) {
            *idx = g->last - 1;
            return CT_STATUS_OK;
        }
    }
    cell_entry *e;
    bool added;
    if (cell_map_get(&g->cells, area, offence, target, &e, &added, err)
        != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    *idx = (size_t)(e - g->cells.entries);
    g->last = *idx + 1;
    if (!added)
        return CT_STATUS_OK;
    e->cell.state = CT_CELL_PRESENT;
    if (ctp_grow((void **)&g->parts, &g->cap_parts, g->cells.n,
                 (size_t)g->len * sizeof *g->parts, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    memset(&g->parts[*idx * (size_t)g->len], 0,
           (size_t)g->len * sizeof *g->parts);
    return CT_STATUS_OK;
}

/* Keeps a row that fits no target cell, or overlaps, so that a second row
 * for its key is still found to be a duplicate. */
static ct_status aggregation_set_aside(aggregation *g, ct_dataset_id area,
                                       ct_dataset_id offence, ct_dataset_id period,
                                       unsigned long line, ct_error *err)
{
    cell_entry *e;
    bool added;
    if (cell_map_get(&g->odd, area, offence, period, &e, &added, err)
        != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    e->cell.line = line;
    return CT_STATUS_OK;
}

/* Folds one row into its target cell (see struct aggregation).  Returns an
 * error only for a duplicate row, which stops the reading as it does
 * without aggregation, or when out of memory. */
static ct_status aggregation_add(ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                                 ct_dataset_id period, ct_cell_state state,
                                 int64_t count, const char *path,
                                 unsigned long line, ct_error *err)
{
    aggregation *g = ds->agg;
    ct_period p = ds->periods.v[period];
    char label[32];
    if (g->odd.n > 0) {
        const cell_entry *o = cell_map_find(&g->odd, area, offence, period);
        if (o != NULL)
            return duplicate_row(ds, area, offence, period, path, line,
                                 o->cell.line, err);
    }
    ct_dataset_id target;
    size_t idx;
    if (aggregation_target(ds, period, &target, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    if (target == CT_DATASET_NO_ID) {
        ct_period_format(p, label, sizeof label);
        ctp_error_set(&g->failure, CT_STATUS_INPUT, NULL, line, 0,
                      "period %s cannot be split into the periods asked "
                      "for; expected months or quarters that fit inside "
                      "them", label);
        return aggregation_set_aside(g, area, offence, period, line, err);
    }
    if (aggregation_cell(g, area, offence, target, &idx, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    cell_entry *e = &g->cells.entries[idx];
    uint64_t *part = &g->parts[idx * (size_t)g->len];
    int32_t at = p.start - g->targets.v[target].start;
    uint32_t bits = (uint32_t)(((1u << p.n_months) - 1) << at);
    if (e->months & bits) {
        /* The same start and length: the same period, read twice. */
        if (part[at] != 0 && (part[at] & 15) == (uint64_t)p.n_months)
            return duplicate_row(ds, area, offence, period, path, line,
                                 (unsigned long)(part[at] >> 4), err);
        ct_period_format(p, label, sizeof label);
        ctp_error_set(&g->failure, CT_STATUS_INPUT, NULL, line, 0,
                      "period %s for area '%s', offence '%s' overlaps "
                      "another row; expected each month counted once",
                      label, ds->areas.names[area],
                      ds->offences.names[offence]);
        return aggregation_set_aside(g, area, offence, period, line, err);
    }
    e->months |= bits;
    part[at] = (uint64_t)line << 4 | (uint64_t)p.n_months;
    /* A suppressed part makes the total suppressed, whatever the order
     * of the rows; a missing part makes it missing unless suppressed. */
    if (state != CT_CELL_PRESENT) {
        if (e->cell.state != CT_CELL_SUPPRESSED)
            e->cell.state = state;
        e->cell.count = 0;
    } else if (e->cell.state == CT_CELL_PRESENT) {
        if (count > INT64_MAX - e->cell.count) {
            ctp_error_set(&g->failure, CT_STATUS_INPUT, NULL, line, 0,
                          "counts for area '%s', offence '%s' add up to "
                          "more than %lld", ds->areas.names[area],
                          ds->offences.names[offence], (long long)INT64_MAX);
            return CT_STATUS_OK;
        }
        e->cell.count += count;
    }
    return CT_STATUS_OK;
}

ct_status ct_dataset_aggregate_end(ct_dataset *ds, ct_error_warn_fn warn,
                                   void *warn_ctx, ct_error *err)
{
    aggregation *g = ds->agg;
    if (g == NULL)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "the dataset is not being aggregated");
    ds->agg = NULL;
    /* From here on the dataset speaks of the target periods. */
    period_set_free(&ds->periods);
    ds->periods = g->targets;
    memset(&g->targets, 0, sizeof g->targets);
    ct_status st = g->failure.status;
    if (st != CT_STATUS_OK) {
        if (err != NULL && err->status == CT_STATUS_OK)
            *err = g->failure;
        aggregation_free(g);
        return st;
    }
    /* Incomplete periods are never summed partially: count them per
     * period, report each period once, then drop those cells. */
    ct_dataset_id *n_incomplete = calloc(ds->periods.n ? ds->periods.n : 1,
                                 sizeof *n_incomplete);
    if (n_incomplete == NULL) {
        aggregation_free(g);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    uint32_t full = (uint32_t)((1u << g->len) - 1);
    cell_map *m = &g->cells;
    size_t kept = 0;
    for (size_t i = 0; i < m->n; i++) {
        cell_entry e = m->entries[i];
        if (e.months != full) {
            n_incomplete[e.period]++;
            continue;
        }
        e.months = 0;
        m->entries[kept++] = e;
    }
    m->n = kept;
    if (m->slots != NULL)
        memset(m->slots, 0, m->n_slots * sizeof *m->slots);
    for (size_t i = 0; i < kept; i++)
        cell_map_place(m, i);
    cell_map_free(&ds->cells);
    ds->cells = *m;
    memset(m, 0, sizeof *m);
    aggregation_free(g);
    for (size_t p = 0; p < ds->periods.n; p++) {
        if (n_incomplete[p] == 0)
            continue;
        char label[32];
        ct_period_format(ds->periods.v[p], label, sizeof label);
        ctp_warn(warn, warn_ctx, NULL, 0, 0,
                 "period %s is incomplete (some of its months are missing) "
                 "for %lu area and offence pairs; left out, not summed",
                 label, (unsigned long)n_incomplete[p]);
    }
    free(n_incomplete);
    return CT_STATUS_OK;
}

/* The two-step path: the cells of 'src' are fed, in order, to the same
 * fold that aggregates while loading. */
ct_status ct_dataset_aggregate(const ct_dataset *src, ct_period_type t,
                               ct_dataset **out, ct_error_warn_fn warn,
                               void *warn_ctx, ct_error *err)
{
    ct_status st = CT_STATUS_OK;
    ct_dataset *ds = ct_dataset_new();
    if (ds == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    ct_dataset_id id;
    for (ct_dataset_id a = 0; a < src->areas.n; a++)
        if ((st = ct_dataset_intern_area(ds, src->areas.names[a],
                                         src->areas.lens[a], &id, err)))
            goto fail;
    for (ct_dataset_id o = 0; o < src->offences.n; o++)
        if ((st = ct_dataset_intern_offence(ds, src->offences.names[o],
                                            src->offences.lens[o], &id, err)))
            goto fail;
    /* The same period ids as 'src', for the rows. */
    for (ct_dataset_id p = 0; p < src->periods.n; p++)
        if ((st = ct_dataset_intern_period(ds, src->periods.v[p], &id, err)))
            goto fail;
    for (ct_dataset_id a = 0; a < src->areas.n; a++) {
        const area_info *si = &src->info[a];
        ds->info[a].parent = si->parent;
        ds->info[a].parent_line = si->parent_line;
        ds->info[a].uf = si->uf;
        ds->info[a].uf_size = si->uf_size;
        ds->info[a].top = si->top;
        ds->info[a].national = si->national;
        for (size_t i = 0; i < si->n_peers; i++)
            if ((st = ct_dataset_add_peer(ds, a, si->peers[i], err)))
                goto fail;
    }
    for (size_t i = 0; i < src->n_pops; i++) {
        const pop_entry *p = &src->pops[i];
        if ((st = ct_dataset_set_population(ds, p->area, p->period,
                                            p->population, NULL, p->line,
                                            err)))
            goto fail;
    }
    if ((st = ct_dataset_aggregate_begin(ds, t, err)))
        goto fail;
    /* The keys of 'src' are distinct, so no row is a duplicate. */
    for (size_t i = 0; i < src->cells.n; i++) {
        const cell_entry *c = &src->cells.entries[i];
        if ((st = aggregation_add(ds, c->area, c->offence, c->period,
                                  c->cell.state, c->cell.count, NULL,
                                  c->cell.line, err)))
            goto fail;
    }
    if ((st = ct_dataset_aggregate_end(ds, warn, warn_ctx, err)))
        goto fail;
    *out = ds;
    return CT_STATUS_OK;
fail:
    ct_dataset_free(ds);
    return st;
}

size_t ct_dataset_sorted_periods(const ct_dataset *ds, ct_dataset_id *ids)
{
    /* Insertion sort: datasets hold at most a few hundred periods, and
     * qsort would need the dataset in a global to compare ids. */
    for (size_t i = 0; i < ds->periods.n; i++) {
        size_t j = i;
        while (j > 0 && ct_period_compare(ds->periods.v[ids[j - 1]],
                                          ds->periods.v[i]) > 0) {
            ids[j] = ids[j - 1];
            j--;
        }
        ids[j] = (ct_dataset_id)i;
    }
    return ds->periods.n;
}
