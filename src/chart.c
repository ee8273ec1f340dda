/* chart.c - chart planning: chooses the charts a dataset calls for and
 * gathers what each shows from the engine's result tables (rates,
 * compare, trend, funnel).  It writes nothing; gnuplot.c turns a planned
 * chart into a script. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/chart.h"
#include "crimetrend/gnuplot.h"
#include "crimetrend/number.h"
#include "crimetrend/peer.h"
#include "crimetrend/trend.h"
#include "chart_set.h"

/* ---- kinds ----------------------------- */

static const struct {
    ct_chart_kind kind;
    const char *name;
} kind_names[] = {
    {CT_CHART_PEERS, "peers"},   {CT_CHART_TREND, "trend"},
    {CT_CHART_FUNNEL, "funnel"}, {CT_CHART_XMR, "xmr"},
    {CT_CHART_OVERVIEW, "overview"},
};

#define N_KINDS (sizeof kind_names / sizeof kind_names[0])

const char *ct_chart_kind_name(ct_chart_kind kind)
{
    for (size_t i = 0; i < N_KINDS; i++)
        if (kind_names[i].kind == kind)
            return kind_names[i].name;
    return "chart";
}

bool ct_chart_parse_list(const char *list, unsigned *mask)
{
    unsigned m = 0;
    const char *p = list;
    if (p == NULL || *p == '\0')
        return false;
    for (;;) {
        size_t len = strcspn(p, ",");
        bool found = false;
        if (len == 3 && strncmp(p, "all", 3) == 0) {
            m |= CT_CHART_ALL;
            found = true;
        }
        for (size_t i = 0; i < N_KINDS && !found; i++)
            if (strlen(kind_names[i].name) == len &&
                strncmp(p, kind_names[i].name, len) == 0) {
                m |= (unsigned)kind_names[i].kind;
                found = true;
            }
        if (!found)
            return false;
        if (p[len] == '\0')
            break;
        p += len + 1;
    }
    *mask = m;
    return true;
}

/* ---- text layout ------------------------------------------------------- */

char *ctp_chart_wrap(const char *s, size_t width, size_t max_lines,
                     size_t *n_lines)
{
    const unsigned char *p = (const unsigned char *)(s != NULL ? s : "");
    size_t n = strlen((const char *)p);
    /* A copy with every control character made a space, so that the
     * breaks fall on them too (and no newline of the data survives). */
    char *t = malloc(n + 1);
    char *out = malloc(n + 8);
    if (t == NULL || out == NULL) {
        free(t);
        free(out);
        return NULL;
    }
    size_t m = 0;
    while (*p) {
        unsigned char c = *p;
        if (c < 0x20 || c == 0x7f) {
            t[m++] = ' ';
            p++;
        } else if (c == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
            t[m++] = ' ';
            p += 2;
        } else {
            t[m++] = (char)c;
            p++;
        }
    }
    t[m] = '\0';
    size_t start = 0, lines = 0, o = 0;
    while (start < m) {
        while (start < m && t[start] == ' ')
            start++;
        if (start >= m)
            break;
        /* The longest run of whole words within 'width' characters. */
        size_t chars = 0, end = start, brk = 0;
        while (end < m) {
            if (((unsigned char)t[end] & 0xc0) != 0x80) {
                if (chars == width)
                    break;
                chars++;
            }
            if (t[end] == ' ')
                brk = end;
            end++;
        }
        if (end < m && brk > start && t[end] != ' ')
            end = brk;
        lines++;
        bool last = lines == max_lines && end < m;
        size_t trim = end;
        while (trim > start && t[trim - 1] == ' ')
            trim--;
        if (last) {
            /* Make room for the ellipsis: drop the last character. */
            while (trim > start &&
                   ((unsigned char)t[--trim] & 0xc0) == 0x80)
                ;
        }
        if (lines > 1)
            out[o++] = '\n';
        memcpy(out + o, t + start, trim - start);
        o += trim - start;
        if (last) {
            memcpy(out + o, "\xe2\x80\xa6", 3);
            o += 3;
            break;
        }
        start = end;
    }
    out[o] = '\0';
    free(t);
    if (n_lines != NULL)
        *n_lines = lines > 0 ? lines : 1;
    return out;
}

/* ---- table lookups ----------------------------------------------------- */

static int cmp_key(const void *a, const void *b)
{
    const row_key *x = a, *y = b;
    int c = strcmp(x->area, y->area);
    if (c == 0)
        c = strcmp(x->offence, y->offence);
    if (c == 0)
        c = x->seq < y->seq ? -1 : x->seq > y->seq;
    return c;
}

/* Adds the rows of 't' (unsorted until index_sort). */
static ct_status index_add(table_index *ix, const ct_table *t, ct_error *err)
{
    int ca = ct_table_column_index(t, "area");
    int co = ct_table_column_index(t, "offence");
    size_t n = ct_table_n_rows(t);
    if (ca < 0 || co < 0)
        return ctp_error_set(err, CT_ERR_INTERNAL, NULL, 0, 0,
                             "table without area and offence columns");
    ct_status st = ctp_grow((void **)&ix->keys, &ix->cap, ix->n + n + 1,
                            sizeof *ix->keys, err);
    if (st != CT_OK)
        return st;
    for (size_t r = 0; r < n; r++) {
        const char *a = ct_table_get_string(t, r, (size_t)ca);
        const char *o = ct_table_get_string(t, r, (size_t)co);
        if (a == NULL || o == NULL)
            continue;
        row_key *k = &ix->keys[ix->n];
        k->area = a;
        k->offence = o;
        k->t = t;
        k->row = r;
        k->seq = ix->n++;
    }
    return CT_OK;
}

static void index_sort(table_index *ix)
{
    if (ix->n > 1)
        qsort(ix->keys, ix->n, sizeof *ix->keys, cmp_key);
}

static ct_status index_build(table_index *ix, const ct_table *t,
                             ct_error *err)
{
    memset(ix, 0, sizeof *ix);
    if (t == NULL)
        return CT_OK;
    ct_status st = index_add(ix, t, err);
    index_sort(ix);
    return st;
}

/* The rows for (area, offence) in table order: '*first' indexes
 * ix->keys; returns how many. */
size_t ctp_chart_index_find(const table_index *ix, const char *area,
                         const char *offence, size_t *first)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ix->keys[mid].area, area);
        if (c == 0)
            c = strcmp(ix->keys[mid].offence, offence);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    while (lo + n < ix->n && strcmp(ix->keys[lo + n].area, area) == 0 &&
           strcmp(ix->keys[lo + n].offence, offence) == 0)
        n++;
    *first = lo;
    return n;
}

static void index_release(table_index *ix)
{
    free(ix->keys);
    memset(ix, 0, sizeof *ix);
}

/* A real cell by column name; NaN when missing or absent. */
double ctp_chart_cell_real(const ct_table *t, size_t row, const char *name)
{
    int c = ct_table_column_index(t, name);
    double v;
    if (c < 0 || !ct_table_get_real(t, row, (size_t)c, &v))
        return NAN;
    return v;
}

/* A string cell by column name; "" when missing. */
const char *ctp_chart_cell_str(const ct_table *t, size_t row, const char *name)
{
    int c = ct_table_column_index(t, name);
    const char *s = c >= 0 ? ct_table_get_string(t, row, (size_t)c) : NULL;
    return s != NULL ? s : "";
}

/* The row of (area, offence) whose 'column' equals 'value'; NULL if
 * none. */
const row_key *ctp_chart_find_row_with(const table_index *ix, const char *area,
                                    const char *offence, const char *column,
                                    const char *value)
{
    size_t first, n = ctp_chart_index_find(ix, area, offence, &first);
    for (size_t k = 0; k < n; k++) {
        const row_key *key = &ix->keys[first + k];
        if (strcmp(ctp_chart_cell_str(key->t, key->row, column), value) == 0)
            return key;
    }
    return NULL;
}

/* The first row of (area, offence); NULL if none. */
const row_key *ctp_chart_find_row(const table_index *ix, const char *area,
                               const char *offence)
{
    size_t first;
    return ctp_chart_index_find(ix, area, offence, &first) > 0 ? &ix->keys[first]
                                                    : NULL;
}

/* ---- the set ----------------------------------------------------------- */

void ct_chart_options_init(ct_chart_options *o)
{
    memset(o, 0, sizeof *o);
    o->charts = CT_CHART_ALL;
}

void ct_chart_set_free(ct_chart_set *s)
{
    if (s == NULL)
        return;
    free(s->source);
    for (size_t i = 0; i < s->n_series; i++) {
        if (s->compare != NULL) {
            ct_table_free(s->compare[i]);
            index_release(&s->compare_ix[i]);
        }
        free(s->series[i]);
    }
    free(s->series);
    free(s->series_t);
    free(s->compare);
    free(s->compare_ix);
    for (size_t o = 0; s->funnel != NULL && o < s->n_offences; o++) {
        ct_table_free(s->funnel[o]);
        index_release(&s->funnel_ix[o]);
    }
    free(s->funnel);
    free(s->funnel_ix);
    for (size_t i = 0; i < s->n_rates; i++)
        ct_table_free(s->rates[i]);
    free(s->rates);
    index_release(&s->rates_ix);
    ct_table_free(s->trend);
    index_release(&s->trend_ix);
    ct_table_free(s->xmr);
    index_release(&s->xmr_ix);
    ct_table_free(s->xmr_measure);
    index_release(&s->xmr_measure_ix);
    free(s->offences);
    free(s->districts);
    free(s->is_district);
    free(s->is_leaf);
    for (size_t i = 0; i < s->n_charts; i++)
        free((char *)s->charts[i].name);
    free(s->charts);
    free(s->refs);
    free(s);
}

size_t ct_chart_set_count(const ct_chart_set *s)
{
    return s->n_charts;
}

const ct_chart *ct_chart_set_chart(const ct_chart_set *s,
                                             size_t i)
{
    return i < s->n_charts ? &s->charts[i] : NULL;
}

size_t ct_chart_data_name(const ct_chart *c, size_t k, char *buf,
                            size_t size)
{
    int n = snprintf(buf, size, "%s%s.csv", c->name, k == 1 ? "-limits" : "");
    return n < 0 ? 0 : (size_t)n;
}

const char *ctp_chart_area_name(const ct_chart_set *s, ct_id a)
{
    return a == CT_NO_ID ? NULL : ct_dataset_area_name(s->ds, a);
}

/* Time in years at the middle of a period label of the data. */
double ctp_chart_label_time(const char *label)
{
    ct_period p;
    if (!ct_period_parse(label, strlen(label), &p))
        return NAN;
    return (p.start + p.n_months / 2.0) / 12.0;
}

static ct_status add_chart(ct_chart_set *s, ct_chart_kind kind, ct_id area,
                           size_t offence, ct_error *err)
{
    ct_status st = ctp_grow((void **)&s->charts, &s->cap_charts,
                            s->n_charts + 1, sizeof *s->charts, err);
    if (st != CT_OK)
        return st;
    size_t cap = s->cap_charts;
    chart_ref *r = ctp_realloc_array(s->refs, cap, sizeof *r);
    if (r == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    s->refs = r;
    const char *oname = kind == CT_CHART_OVERVIEW
                            ? NULL : s->offences[offence].name;
    const char *parts[3];
    size_t n_parts = 0;
    parts[n_parts++] = ct_chart_kind_name(kind);
    if (area != CT_NO_ID)
        parts[n_parts++] = ctp_chart_area_name(s, area);
    if (oname != NULL)
        parts[n_parts++] = oname;
    char name[CT_GNUPLOT_NAME_MAX];
    ct_gnuplot_slug(parts, n_parts, name, sizeof name);
    char *copy = malloc(strlen(name) + 1);
    if (copy == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    strcpy(copy, name);
    ct_chart *c = &s->charts[s->n_charts];
    c->kind = kind;
    c->area = ctp_chart_area_name(s, area);
    c->offence = oname;
    c->name = copy;
    c->n_data = kind == CT_CHART_FUNNEL ? 2 : 1;
    s->refs[s->n_charts].area = area;
    s->refs[s->n_charts].offence = offence;
    s->n_charts++;
    return CT_OK;
}

static int cmp_chart_name(const void *a, const void *b)
{
    const ct_chart *const *x = a, *const *y = b;
    return strcmp((*x)->name, (*y)->name);
}

/* Two keys can slug alike with equal hashes (a 32-bit hash collides once
 * in about 65,000 names).  Every repeat of a name gets "-2", "-3", ...; a
 * plain name always ends in 8 hex digits after its last dash and a
 * suffixed one in at most 7 decimal digits, so no suffixed name can equal
 * a plain one. */
static ct_status make_names_unique(ct_chart_set *s, ct_error *err)
{
    if (s->n_charts < 2)
        return CT_OK;
    ct_chart **order = ctp_realloc_array(NULL, s->n_charts,
                                                 sizeof *order);
    if (order == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < s->n_charts; i++)
        order[i] = &s->charts[i];
    qsort(order, s->n_charts, sizeof *order, cmp_chart_name);
    ct_status st = CT_OK;
    for (size_t j = 0, i; j < s->n_charts && st == CT_OK; j = i) {
        /* order[j] keeps its name; the repeats after it are renamed. */
        for (i = j + 1; i < s->n_charts &&
                        strcmp(order[i]->name, order[j]->name) == 0; i++) {
            size_t len = strlen(order[i]->name) + 24;
            char *nm = malloc(len);
            if (nm == NULL) {
                st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0,
                                   "out of memory");
                break;
            }
            snprintf(nm, len, "%s-%zu", order[i]->name, i - j + 1);
            free((char *)order[i]->name);
            order[i]->name = nm;
        }
    }
    free(order);
    return st;
}

/* Offences named in q (or all), sorted by name with All crime first. */
static ct_status choose_offences(ct_chart_set *s, const ct_query *q,
                                 ct_error *err)
{
    ct_status st = ctp_select_names(s->ds, false, q->offences, q->n_offences,
                                    &s->offences, &s->n_offences, err);
    if (st != CT_OK)
        return st;
    for (size_t o = 1; o < s->n_offences; o++)
        if (strcmp(s->offences[o].name, CT_ALL_CRIME) == 0) {
            named_id all = s->offences[o];
            memmove(&s->offences[1], &s->offences[0], o * sizeof all);
            s->offences[0] = all;
            break;
        }
    return CT_OK;
}

/* Marks 'a' and, when it has children, every leaf below it. */
static void mark_districts(ct_chart_set *s, ct_id a)
{
    size_t n = ct_dataset_n_areas(s->ds);
    if (s->is_leaf[a])
        s->is_district[a] = true;
    for (ct_id c = 0; c < n; c++)
        if (ct_dataset_parent(s->ds, c) == a)
            mark_districts(s, c);
}

static int cmp_named_id(const void *a, const void *b)
{
    return strcmp(((const named_id *)a)->name, ((const named_id *)b)->name);
}

/* Sorts area ids by name (byte order).  CT_ERR_NOMEM when the scratch
 * array cannot be had. */
static ct_status sort_areas(const ct_dataset *ds, ct_id *ids, size_t n,
                            ct_error *err)
{
    named_id *v = ctp_realloc_array(NULL, n ? n : 1, sizeof *v);
    if (v == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < n; i++) {
        v[i].id = ids[i];
        v[i].name = ct_dataset_area_name(ds, ids[i]);
    }
    qsort(v, n, sizeof *v, cmp_named_id);
    for (size_t i = 0; i < n; i++)
        ids[i] = v[i].id;
    free(v);
    return CT_OK;
}

static ct_status choose_districts(ct_chart_set *s, const ct_query *q,
                                  ct_error *err)
{
    const ct_dataset *ds = s->ds;
    size_t n_areas = ct_dataset_n_areas(ds);
    s->is_leaf = calloc(n_areas + 1, sizeof *s->is_leaf);
    s->is_district = calloc(n_areas + 1, sizeof *s->is_district);
    bool *has_child = calloc(n_areas + 1, sizeof *has_child);
    s->districts = calloc(n_areas + 1, sizeof *s->districts);
    if (s->is_leaf == NULL || s->is_district == NULL || has_child == NULL ||
        s->districts == NULL) {
        free(has_child);
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (ct_id a = 0; a < n_areas; a++)
        if (ct_dataset_parent(ds, a) != CT_NO_ID)
            has_child[ct_dataset_parent(ds, a)] = true;
    for (size_t i = 0; i < ct_dataset_n_cells(ds); i++) {
        ct_id a;
        ct_cell c = ct_dataset_cell_at(ds, i, &a, NULL, NULL);
        if (c.state == CT_CELL_PRESENT && !has_child[a])
            s->is_leaf[a] = true;
    }
    free(has_child);
    if (q->areas == NULL) {
        for (ct_id a = 0; a < n_areas; a++)
            s->is_district[a] = s->is_leaf[a];
    } else {
        for (size_t i = 0; i < q->n_areas; i++) {
            ct_id a = ct_dataset_find_area(ds, q->areas[i]);
            if (a == CT_NO_ID)
                return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                                     "no area called '%s' in the data",
                                     q->areas[i]);
            mark_districts(s, a);
        }
    }
    for (ct_id a = 0; a < n_areas; a++)
        if (s->is_district[a])
            s->districts[s->n_districts++] = a;
    return sort_areas(ds, s->districts, s->n_districts, err);
}

/* The periods of the trend charts: those of the same length as the chosen
 * one, up to it, ascending. */
static ct_status choose_periods(ct_chart_set *s, const ct_query *q,
                                ct_error *err)
{
    const ct_dataset *ds = s->ds;
    ct_id period;
    ct_status st;
    if (q->period != NULL) {
        if ((st = ctp_find_period(ds, q->period, "period", &period, err)))
            return st;
    } else if ((period = ctp_latest_period(ds)) == CT_NO_ID) {
        return ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                             "the data holds no counts");
    }
    ct_period chosen = ct_dataset_period(ds, period);
    ct_period_format(chosen, s->period_label, sizeof s->period_label);
    size_t np = ct_dataset_n_periods(ds);
    ct_id *order = calloc(np + 1, sizeof *order);
    s->series = calloc(np + 1, sizeof *s->series);
    s->series_t = calloc(np + 1, sizeof *s->series_t);
    if (order == NULL || s->series == NULL || s->series_t == NULL) {
        free(order);
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    /* Periods without any count (left out when aggregated) are skipped. */
    bool *used = calloc(np + 1, sizeof *used);
    if (used == NULL) {
        free(order);
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < ct_dataset_n_cells(ds); i++) {
        ct_id p;
        ct_dataset_cell_at(ds, i, NULL, NULL, &p);
        used[p] = true;
    }
    size_t n = ct_dataset_sorted_periods(ds, order);
    for (size_t k = 0; k < n; k++) {
        ct_period p = ct_dataset_period(ds, order[k]);
        if (!used[order[k]] || p.n_months != chosen.n_months ||
            ct_period_compare(p, chosen) > 0)
            continue;
        char label[32];
        ct_period_format(p, label, sizeof label);
        char *copy = malloc(strlen(label) + 1);
        if (copy == NULL) {
            free(order);
            free(used);
            return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0,
                                 "out of memory");
        }
        strcpy(copy, label);
        s->series[s->n_series] = copy;
        s->series_t[s->n_series] = (p.start + p.n_months / 2.0) / 12.0;
        s->n_series++;
    }
    free(order);
    free(used);
    return CT_OK;
}

/* True when a district charted has a peer group. */
static bool any_peers(const ct_chart_set *s)
{
    for (size_t i = 0; i < s->n_districts; i++) {
        const ct_id *p;
        if (ct_dataset_peers(s->ds, s->districts[i], &p) > 0)
            return true;
    }
    return false;
}

/* True when 'ds' holds monthly counts. */
static bool is_monthly(const ct_dataset *ds)
{
    ct_id p = ctp_latest_period(ds);
    return p != CT_NO_ID && ct_dataset_period(ds, p).n_months == 1;
}

/* The district names as a filter for the table functions. */
static ct_status district_filter(const ct_chart_set *s, const char ***out,
                                 ct_error *err)
{
    const char **v = ctp_realloc_array(NULL, s->n_districts + 1, sizeof *v);
    if (v == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < s->n_districts; i++)
        v[i] = ct_dataset_area_name(s->ds, s->districts[i]);
    *out = v;
    return CT_OK;
}

/* Adds one rates table for q; a count without a population (or with a
 * population of 0) is warned about and left out, not an error of the
 * whole set.  '*added' says whether a table was added. */
static ct_status add_rates(ct_chart_set *s, const ct_query *q,
                           bool warn, bool *added, ct_error *err)
{
    ct_error e;
    ct_error_clear(&e);
    ct_table *t = NULL;
    ct_status st = ct_tables_rates(s->ds, q, &t, &e);
    *added = false;
    if (st == CT_ERR_INPUT || st == CT_ERR_DOMAIN) {
        if (warn)
            ctp_warn(s->opt.warn, s->opt.warn_ctx, NULL, 0, 0,
                     "%s; left out of the charts", e.message);
        return CT_OK;
    }
    if (st != CT_OK) {
        if (err != NULL && err->status == CT_OK)
            *err = e;
        return st;
    }
    if ((st = ctp_grow((void **)&s->rates, &s->cap_rates, s->n_rates + 1,
                       sizeof *s->rates, err))) {
        ct_table_free(t);
        return st;
    }
    s->rates[s->n_rates++] = t;
    *added = true;
    return index_add(&s->rates_ix, t, err);
}

/* Rates of every area in every period, a table per area, so that one
 * area without a population does not stop the charts of the others; an
 * area that fails is tried period by period. */
static ct_status build_rates(ct_chart_set *s, const ct_query *base,
                             ct_error *err)
{
    ct_query q = *base;
    ct_status st;
    for (ct_id a = 0; a < ct_dataset_n_areas(s->ds); a++) {
        const char *name = ct_dataset_area_name(s->ds, a);
        bool added;
        q.areas = &name;
        q.n_areas = 1;
        q.period = "all";
        if ((st = add_rates(s, &q, false, &added, err)))
            return st;
        for (size_t k = 0; !added && k < s->n_series; k++) {
            bool one;
            q.period = s->series[k];
            if ((st = add_rates(s, &q, true, &one, err)))
                return st;
        }
    }
    index_sort(&s->rates_ix);
    return CT_OK;
}

static ct_status build_tables(ct_chart_set *s, const ct_dataset *months,
                              ct_error *err)
{
    const ct_dataset *ds = s->ds;
    unsigned kinds = s->opt.charts;
    const char **offence_names = NULL, **district_names = NULL;
    ct_status st;
    offence_names = ctp_realloc_array(NULL, s->n_offences + 1,
                                      sizeof *offence_names);
    if (offence_names == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t o = 0; o < s->n_offences; o++)
        offence_names[o] = s->offences[o].name;
    if ((st = district_filter(s, &district_names, err)))
        goto out;
    ct_query q = s->q;
    q.offences = offence_names;
    q.n_offences = s->n_offences;
    q.areas = NULL;
    q.n_areas = 0;
    if ((kinds & (CT_CHART_PEERS | CT_CHART_TREND | CT_CHART_OVERVIEW)) &&
        (st = build_rates(s, &q, err)))
        goto out;
    if ((kinds & (CT_CHART_PEERS | CT_CHART_TREND)) && any_peers(s) &&
        s->n_series > 0) {
        s->compare = calloc(s->n_series + 1, sizeof *s->compare);
        s->compare_ix = calloc(s->n_series + 1, sizeof *s->compare_ix);
        if (s->compare == NULL || s->compare_ix == NULL) {
            st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0,
                               "out of memory");
            goto out;
        }
        /* The peer chart needs only the chosen (last) period. */
        size_t first = kinds & CT_CHART_TREND ? 0 : s->n_series - 1;
        for (size_t k = first; k < s->n_series; k++) {
            q.period = s->series[k];
            q.areas = district_names;
            q.n_areas = s->n_districts;
            if ((st = ct_tables_compare(ds, &q, s->opt.national,
                                        &s->compare[k], err)) ||
                (st = index_build(&s->compare_ix[k], s->compare[k], err)))
                goto out;
        }
        q.areas = NULL;
        q.n_areas = 0;
    }
    if ((kinds & CT_CHART_TREND) && s->n_districts > 0) {
        q.period = NULL;
        q.to = s->period_label;
        q.from = NULL;
        q.areas = district_names;
        q.n_areas = s->n_districts;
        if ((st = ct_tables_trend(ds, &q, "fingertips", &s->trend, err)) ||
            (st = index_build(&s->trend_ix, s->trend, err)))
            goto out;
        q.areas = NULL;
        q.n_areas = 0;
        q.to = NULL;
    }
    if ((kinds & CT_CHART_XMR) && months != NULL && is_monthly(months) &&
        s->n_districts > 0) {
        ct_query qm = s->q;
        qm.offences = offence_names;
        qm.n_offences = s->n_offences;
        qm.areas = district_names;
        qm.n_areas = s->n_districts;
        qm.period = qm.from = qm.to = qm.base = NULL;
        if ((st = ct_tables_trend(months, &qm, "xmr", &s->xmr, err)) ||
            (st = index_build(&s->xmr_ix, s->xmr, err)) ||
            (st = ct_tables_trend(months, &qm, "fingertips",
                                  &s->xmr_measure, err)) ||
            (st = index_build(&s->xmr_measure_ix, s->xmr_measure, err)))
            goto out;
    }
    if ((kinds & CT_CHART_FUNNEL) && s->n_districts > 0) {
        s->funnel = calloc(s->n_offences + 1, sizeof *s->funnel);
        s->funnel_ix = calloc(s->n_offences + 1, sizeof *s->funnel_ix);
        if (s->funnel == NULL || s->funnel_ix == NULL) {
            st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0,
                               "out of memory");
            goto out;
        }
        for (size_t o = 0; o < s->n_offences; o++) {
            ct_query qf = s->q;
            qf.offences = &offence_names[o];
            qf.n_offences = 1;
            qf.areas = NULL;
            qf.n_areas = 0;
            qf.period = s->period_label;
            /* An offence that no area has with a population has no
             * funnel; that is not an error of the whole set. */
            ct_error quiet;
            ct_error_clear(&quiet);
            ct_status fs = ct_tables_funnel(ds, &qf, &s->funnel[o], &quiet);
            if (fs == CT_ERR_INPUT) {
                s->funnel[o] = NULL;
                continue;
            }
            if (fs != CT_OK) {
                if (err != NULL && err->status == CT_OK)
                    *err = quiet;
                st = fs;
                goto out;
            }
            if ((st = index_build(&s->funnel_ix[o], s->funnel[o], err)))
                goto out;
        }
    }
    st = CT_OK;
out:
    free(offence_names);
    free(district_names);
    return st;
}

/* ---- what each chart has to show --------------------------------------- */

/* The national comparator of district 'a': --national, or its root. */
ct_id ctp_chart_national_of(const ct_chart_set *s, ct_id a)
{
    if (s->national != CT_NO_ID)
        return s->national;
    ct_id root = ct_dataset_root(s->ds, a);
    return root != a ? root : CT_NO_ID;
}

/* The rate of (area, offence) in period 'label' from the rates table,
 * with its interval; false when there is none. */
bool ctp_chart_rate_at(const ct_chart_set *s, const char *area,
                    const char *offence, const char *label, double *rate,
                    double *low, double *high)
{
    if (area == NULL)
        return false;
    const row_key *k = ctp_chart_find_row_with(&s->rates_ix, area, offence, "period",
                                     label);
    if (k == NULL)
        return false;
    *rate = ctp_chart_cell_real(k->t, k->row, "rate");
    if (low != NULL)
        *low = ctp_chart_cell_real(k->t, k->row, "rate_low");
    if (high != NULL)
        *high = ctp_chart_cell_real(k->t, k->row, "rate_high");
    return isfinite(*rate);
}

const row_key *ctp_chart_compare_row(const ct_chart_set *s, size_t k,
                                  const char *area, const char *offence)
{
    if (s->compare == NULL || s->compare[k] == NULL)
        return NULL;
    return ctp_chart_find_row(&s->compare_ix[k], area, offence);
}

/* The children of county 'c' that are leaves with counts, by name;
 * without a county, the districts charted that have no parent.  '*out'
 * is owned by the caller. */
ct_status ctp_chart_county_districts(const ct_chart_set *s, ct_id c,
                                  ct_id **out, size_t *n_out, ct_error *err)
{
    size_t n_areas = ct_dataset_n_areas(s->ds), n = 0;
    ct_id *v = ctp_realloc_array(NULL, n_areas + 1, sizeof *v);
    if (v == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (ct_id a = 0; a < n_areas; a++)
        if (ct_dataset_parent(s->ds, a) == c &&
            (c != CT_NO_ID ? s->is_leaf[a] : s->is_district[a]))
            v[n++] = a;
    ct_status st = sort_areas(s->ds, v, n, err);
    if (st != CT_OK) {
        free(v);
        return st;
    }
    *out = v;
    *n_out = n;
    return CT_OK;
}

static ct_status plan(ct_chart_set *s, ct_error *err)
{
    const ct_dataset *ds = s->ds;
    unsigned kinds = s->opt.charts;
    ct_status st;
    /* The counties of the districts, by name; CT_NO_ID (no county) last. */
    size_t n_areas = ct_dataset_n_areas(ds), n_counties = 0;
    ct_id *counties = calloc(n_areas + 1, sizeof *counties);
    bool *seen = calloc(n_areas + 1, sizeof *seen);
    bool orphans = false;
    if (counties == NULL || seen == NULL) {
        free(counties);
        free(seen);
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < s->n_districts; i++) {
        ct_id c = ct_dataset_parent(ds, s->districts[i]);
        if (c == CT_NO_ID)
            orphans = true;
        else if (!seen[c]) {
            seen[c] = true;
            counties[n_counties++] = c;
        }
    }
    if ((st = sort_areas(ds, counties, n_counties, err))) {
        free(counties);
        free(seen);
        return st;
    }
    if (orphans)
        counties[n_counties++] = CT_NO_ID;
    free(seen);
    for (size_t i = 0; i < n_counties; i++) {
        ct_id c = counties[i];
        if ((kinds & CT_CHART_OVERVIEW) && c != CT_NO_ID) {
            ct_id *members;
            size_t n_members;
            if ((st = ctp_chart_county_districts(s, c, &members, &n_members, err)))
                goto out;
            bool any = false;
            for (size_t k = 0; k < n_members && !any; k++)
                for (size_t o = 0; o < s->n_offences && !any; o++) {
                    double r;
                    any = ctp_chart_rate_at(s, ctp_chart_area_name(s, members[k]),
                                  s->offences[o].name, s->period_label, &r,
                                  NULL, NULL);
                }
            free(members);
            if (any && (st = add_chart(s, CT_CHART_OVERVIEW, c, 0, err)))
                goto out;
        }
        for (size_t o = 0; (kinds & CT_CHART_FUNNEL) && o < s->n_offences;
             o++)
            if (s->funnel != NULL && s->funnel[o] != NULL &&
                ct_table_n_rows(s->funnel[o]) > 0 &&
                (st = add_chart(s, CT_CHART_FUNNEL, c, o, err)))
                goto out;
    }
    for (size_t i = 0; i < s->n_districts; i++) {
        ct_id d = s->districts[i];
        const char *dn = ctp_chart_area_name(s, d);
        const ct_id *peers;
        bool has_peers = ct_dataset_peers(ds, d, &peers) > 0;
        for (size_t o = 0; o < s->n_offences; o++) {
            const char *on = s->offences[o].name;
            if ((kinds & CT_CHART_PEERS) && has_peers && s->n_series > 0 &&
                ctp_chart_compare_row(s, s->n_series - 1, dn, on) != NULL &&
                (st = add_chart(s, CT_CHART_PEERS, d, o, err)))
                goto out;
            if (kinds & CT_CHART_TREND) {
                size_t n_points = 0;
                for (size_t k = 0; k < s->n_series; k++) {
                    double r;
                    n_points += ctp_chart_rate_at(s, dn, on, s->series[k], &r, NULL,
                                        NULL);
                }
                if (n_points >= 2 &&
                    (st = add_chart(s, CT_CHART_TREND, d, o, err)))
                    goto out;
            }
            if ((kinds & CT_CHART_XMR) && s->xmr != NULL) {
                size_t first;
                if (ctp_chart_index_find(&s->xmr_ix, dn, on, &first) >= 2 &&
                    (st = add_chart(s, CT_CHART_XMR, d, o, err)))
                    goto out;
            }
        }
    }
    st = make_names_unique(s, err);
out:
    free(counties);
    return st;
}

ct_status ct_chart_set_new(const ct_dataset *ds, const ct_dataset *months,
                             const ct_query *q,
                             const ct_chart_options *opt,
                             ct_chart_set **out, ct_error *err)
{
    ct_chart_set *s = calloc(1, sizeof *s);
    if (s == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ct_status st;
    s->ds = ds;
    s->q = *q;
    s->q.areas = s->q.offences = NULL;
    s->q.n_areas = s->q.n_offences = 0;
    s->q.from = s->q.to = s->q.base = NULL;
    if (opt != NULL)
        s->opt = *opt;
    else
        ct_chart_options_init(&s->opt);
    s->national = CT_NO_ID;
    if (s->opt.source != NULL) {
        s->source = malloc(strlen(s->opt.source) + 1);
        if (s->source == NULL) {
            st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0,
                               "out of memory");
            goto fail;
        }
        strcpy(s->source, s->opt.source);
    }
    s->opt.source = s->source;
    s->opt.national = NULL; /* only the id is kept, below */
    if (opt != NULL && opt->national != NULL) {
        s->national = ct_dataset_find_area(ds, opt->national);
        if (s->national == CT_NO_ID) {
            st = ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                               "no national area called '%s' in the data",
                               opt->national);
            goto fail;
        }
        s->opt.national = ct_dataset_area_name(ds, s->national);
    }
    double per = q->per;
    if (per >= 1 && per < 1e15 && !(per - floor(per) > 0))
        ct_number_format_count((int64_t)per, s->per_label,
                               sizeof s->per_label);
    else
        ct_number_format_fixed(per, 2, true, s->per_label,
                               sizeof s->per_label);
    ctp_level_label(q->confidence, s->level_label, sizeof s->level_label);
    if ((st = choose_offences(s, q, err)) ||
        (st = choose_districts(s, q, err)) ||
        (st = choose_periods(s, q, err)) ||
        (st = build_tables(s, months, err)) || (st = plan(s, err)))
        goto fail;
    *out = s;
    return CT_OK;
fail:
    ct_chart_set_free(s);
    return st;
}

