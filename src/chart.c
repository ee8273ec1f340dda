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
#include "crimetrend/tables.h"
#include "crimetrend/trend.h"
#include "crimetrend/funnel.h"
#include "error_set.h"
#include "alloc.h"
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

/* ---- label layout ------------------------------------------------------ */

bool ct_chart_boxes_overlap(const ct_chart_box *a, const ct_chart_box *b)
{
    return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

void ct_chart_text_size(const char *text, double points, double *width,
                        double *height)
{
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)(text ? text : "");
         *p; p++)
        chars += (*p & 0xc0) != 0x80;
    *width = 0.75 * points * (double)chars;
    *height = 1.5 * points;
}

/* The box of a w x h text set in direction 'dir' (0 right, 1 left, 2
 * above, 3 below, 4-7 the diagonals) at 'd' pixels from (px, py). */
static ct_chart_box label_box(double px, double py, double w, double h,
                              int dir, double d)
{
    static const int dx[8] = {1, -1, 0, 0, 1, -1, 1, -1};
    static const int dy[8] = {0, 0, -1, 1, -1, -1, 1, 1};
    double cx = px + dx[dir] * d, cy = py + dy[dir] * d;
    ct_chart_box b;
    /* The text starts at (cx, cy) on the side away from the point. */
    b.x0 = dx[dir] > 0 ? cx : dx[dir] < 0 ? cx - w : cx - w / 2;
    b.y0 = dy[dir] > 0 ? cy : dy[dir] < 0 ? cy - h : cy - h / 2;
    b.x1 = b.x0 + w;
    b.y1 = b.y0 + h;
    return b;
}

size_t ct_chart_place_labels(ct_chart_label *labels, size_t n,
                             const ct_chart_box *avoid, size_t n_avoid,
                             ct_chart_box area, double points)
{
    static const double dist[] = {6, 14, 24, 36};
    size_t placed = 0;
    for (size_t i = 0; i < n; i++) {
        ct_chart_label *l = &labels[i];
        double w, h;
        ct_chart_text_size(l->text, points, &w, &h);
        l->placed = l->leader = false;
        for (size_t k = 0; k < sizeof dist / sizeof dist[0] && !l->placed;
             k++)
            for (int dir = 0; dir < 8 && !l->placed; dir++) {
                ct_chart_box b = label_box(l->px, l->py, w, h, dir, dist[k]);
                bool free_spot = b.x0 >= area.x0 && b.x1 <= area.x1 &&
                                 b.y0 >= area.y0 && b.y1 <= area.y1;
                for (size_t j = 0; j < i && free_spot; j++)
                    free_spot = !labels[j].placed ||
                                !ct_chart_boxes_overlap(&b, &labels[j].box);
                for (size_t j = 0; j < n_avoid && free_spot; j++)
                    free_spot = !ct_chart_boxes_overlap(&b, &avoid[j]);
                if (free_spot) {
                    l->box = b;
                    l->placed = true;
                    l->leader = dist[k] > dist[0];
                }
            }
        placed += l->placed;
    }
    return placed;
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
        return ctp_error_set(err, CT_STATUS_INTERNAL, NULL, 0, 0,
                             "table without area and offence columns");
    ct_status st = ctp_grow((void **)&ix->keys, &ix->cap, ix->n + n + 1,
                            sizeof *ix->keys, err);
    if (st != CT_STATUS_OK)
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
    return CT_STATUS_OK;
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
        return CT_STATUS_OK;
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
    free(s->is_focal);
    for (size_t i = 0; s->refs != NULL && i < s->n_charts; i++) {
        chart_ref *r = &s->refs[i];
        ctp_free_strings(r->owned, r->n_owned);
        free(r->fitted);
        free(r->members);
        free(r->own_series);
        free(r->has_rate);
    }
    for (size_t i = 0; i < s->n_charts; i++) {
        free((char *)s->charts[i].name);
        free((void *)s->charts[i].legend);
        free(s->charts[i].labels);
    }
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

const char *ctp_chart_area_name(const ct_chart_set *s, ct_dataset_id a)
{
    return a == CT_DATASET_NO_ID ? NULL : ct_dataset_area_name(s->ds, a);
}

/* Time in years at the middle of a period label of the data. */
double ctp_chart_label_time(const char *label)
{
    ct_period p;
    if (!ct_period_parse(label, strlen(label), &p))
        return NAN;
    return (p.start + p.n_months / 2.0) / 12.0;
}

static ct_status add_chart(ct_chart_set *s, ct_chart_kind kind, ct_dataset_id area,
                           size_t offence, ct_error *err)
{
    ct_status st = ctp_grow((void **)&s->charts, &s->cap_charts,
                            s->n_charts + 1, sizeof *s->charts, err);
    if (st != CT_STATUS_OK)
        return st;
    size_t cap = s->cap_charts;
    chart_ref *r = ctp_realloc_array(s->refs, cap, sizeof *r);
    if (r == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    s->refs = r;
    const char *oname = kind == CT_CHART_OVERVIEW
                            ? NULL : s->offences[offence].name;
    const char *parts[3];
    size_t n_parts = 0;
    parts[n_parts++] = ct_chart_kind_name(kind);
    if (area != CT_DATASET_NO_ID)
        parts[n_parts++] = ctp_chart_area_name(s, area);
    if (oname != NULL)
        parts[n_parts++] = oname;
    char name[CT_GNUPLOT_NAME_MAX];
    ct_gnuplot_slug(parts, n_parts, name, sizeof name);
    char *copy = malloc(strlen(name) + 1);
    if (copy == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    strcpy(copy, name);
    ct_chart *c = &s->charts[s->n_charts];
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->area = ctp_chart_area_name(s, area);
    c->offence = oname;
    c->name = copy;
    c->n_data = kind == CT_CHART_FUNNEL ? 2 : 1;
    memset(&s->refs[s->n_charts], 0, sizeof s->refs[s->n_charts]);
    s->refs[s->n_charts].area = area;
    s->refs[s->n_charts].offence = offence;
    s->n_charts++;
    return CT_STATUS_OK;
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
        return CT_STATUS_OK;
    ct_chart **order = ctp_realloc_array(NULL, s->n_charts,
                                                 sizeof *order);
    if (order == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < s->n_charts; i++)
        order[i] = &s->charts[i];
    qsort(order, s->n_charts, sizeof *order, cmp_chart_name);
    ct_status st = CT_STATUS_OK;
    for (size_t j = 0, i; j < s->n_charts && st == CT_STATUS_OK; j = i) {
        /* order[j] keeps its name; the repeats after it are renamed. */
        for (i = j + 1; i < s->n_charts &&
                        strcmp(order[i]->name, order[j]->name) == 0; i++) {
            size_t len = strlen(order[i]->name) + 24;
            char *nm = malloc(len);
            if (nm == NULL) {
                st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
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
static ct_status choose_offences(ct_chart_set *s, const ct_tables_query *q,
                                 ct_error *err)
{
    ct_status st = ctp_select_names(s->ds, false, q->offences, q->n_offences,
                                    &s->offences, &s->n_offences, err);
    if (st != CT_STATUS_OK)
        return st;
    for (size_t o = 1; o < s->n_offences; o++)
        if (strcmp(s->offences[o].name, CT_DATASET_ALL_CRIME) == 0) {
            named_id all = s->offences[o];
            memmove(&s->offences[1], &s->offences[0], o * sizeof all);
            s->offences[0] = all;
            break;
        }
    return CT_STATUS_OK;
}

/* Marks 'a' and, when it has children, every leaf below it. */
static void mark_districts(ct_chart_set *s, ct_dataset_id a)
{
    size_t n = ct_dataset_n_areas(s->ds);
    if (s->is_leaf[a])
        s->is_district[a] = true;
    for (ct_dataset_id c = 0; c < n; c++)
        if (ct_dataset_parent(s->ds, c) == a)
            mark_districts(s, c);
}

static int cmp_named_id(const void *a, const void *b)
{
    return strcmp(((const named_id *)a)->name, ((const named_id *)b)->name);
}

/* Sorts area ids by name (byte order).  CT_STATUS_NOMEM when the scratch
 * array cannot be had. */
static ct_status sort_areas(const ct_dataset *ds, ct_dataset_id *ids, size_t n,
                            ct_error *err)
{
    named_id *v = ctp_realloc_array(NULL, n ? n : 1, sizeof *v);
    if (v == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < n; i++) {
        v[i].id = ids[i];
        v[i].name = ct_dataset_area_name(ds, ids[i]);
    }
    qsort(v, n, sizeof *v, cmp_named_id);
    for (size_t i = 0; i < n; i++)
        ids[i] = v[i].id;
    free(v);
    return CT_STATUS_OK;
}

static ct_status choose_districts(ct_chart_set *s, const ct_tables_query *q,
                                  ct_error *err)
{
    const ct_dataset *ds = s->ds;
    size_t n_areas = ct_dataset_n_areas(ds);
    s->is_leaf = calloc(n_areas + 1, sizeof *s->is_leaf);
    s->is_district = calloc(n_areas + 1, sizeof *s->is_district);
    s->is_focal = calloc(n_areas + 1, sizeof *s->is_focal);
    bool *has_child = calloc(n_areas + 1, sizeof *has_child);
    s->districts = calloc(n_areas + 1, sizeof *s->districts);
    if (s->is_leaf == NULL || s->is_district == NULL ||
        s->is_focal == NULL || has_child == NULL ||
        s->districts == NULL) {
        free(has_child);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (ct_dataset_id a = 0; a < n_areas; a++)
        if (ct_dataset_parent(ds, a) != CT_DATASET_NO_ID)
            has_child[ct_dataset_parent(ds, a)] = true;
    for (size_t i = 0; i < ct_dataset_n_cells(ds); i++) {
        ct_dataset_id a;
        ct_cell c = ct_dataset_cell_at(ds, i, &a, NULL, NULL);
        if (c.state == CT_CELL_PRESENT && !has_child[a])
            s->is_leaf[a] = true;
    }
    free(has_child);
    if (q->areas == NULL) {
        for (ct_dataset_id a = 0; a < n_areas; a++)
            s->is_district[a] = s->is_leaf[a];
    } else {
        for (size_t i = 0; i < q->n_areas; i++) {
            ct_dataset_id a = ct_dataset_find_area(ds, q->areas[i]);
            if (a == CT_DATASET_NO_ID)
                return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                                     "no area called '%s' in the data",
                                     q->areas[i]);
            mark_districts(s, a);
            if (s->is_leaf[a]) {
                s->is_focal[a] = true;
                s->q_named_districts = true;
            }
        }
    }
    for (ct_dataset_id a = 0; a < n_areas; a++)
        if (s->is_district[a])
            s->districts[s->n_districts++] = a;
    return sort_areas(ds, s->districts, s->n_districts, err);
}

/* The periods of the trend charts: those of the same length as the chosen
 * one, up to it, ascending. */
static ct_status choose_periods(ct_chart_set *s, const ct_tables_query *q,
                                ct_error *err)
{
    const ct_dataset *ds = s->ds;
    ct_dataset_id period;
    ct_status st;
    /* --period, else --to, else the latest: the period the peer,
     * funnel and overview charts show and the trend charts end at. */
    const char *end = q->period != NULL ? q->period : q->to;
    if (end != NULL) {
        if ((st = ctp_find_period(ds, end, q->period ? "period" : "to",
                                  &period, err)))
            return st;
    } else if ((period = ctp_latest_period(ds)) == CT_DATASET_NO_ID) {
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "the data holds no counts");
    }
    ct_period chosen = ct_dataset_period(ds, period);
    /* --from: where the trend charts start at the earliest. */
    bool has_from = false;
    ct_period from;
    if (q->from != NULL) {
        ct_dataset_id f;
        if ((st = ctp_find_period(ds, q->from, "from", &f, err)))
            return st;
        from = ct_dataset_period(ds, f);
        has_from = true;
        if (ct_period_compare(from, chosen) > 0)
            return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                                 "--from %s is later than the last period "
                                 "charted", q->from);
    }
    ct_period_format(chosen, s->period_label, sizeof s->period_label);
    size_t np = ct_dataset_n_periods(ds);
    ct_dataset_id *order = calloc(np + 1, sizeof *order);
    s->series = calloc(np + 1, sizeof *s->series);
    s->series_t = calloc(np + 1, sizeof *s->series_t);
    if (order == NULL || s->series == NULL || s->series_t == NULL) {
        free(order);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    /* Periods without any count (left out when aggregated) are skipped. */
    bool *used = calloc(np + 1, sizeof *used);
    if (used == NULL) {
        free(order);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < ct_dataset_n_cells(ds); i++) {
        ct_dataset_id p;
        ct_dataset_cell_at(ds, i, NULL, NULL, &p);
        used[p] = true;
    }
    size_t n = ct_dataset_sorted_periods(ds, order);
    for (size_t k = 0; k < n; k++) {
        ct_period p = ct_dataset_period(ds, order[k]);
        if (!used[order[k]] || p.n_months != chosen.n_months ||
            ct_period_compare(p, chosen) > 0 ||
            (has_from && ct_period_compare(p, from) < 0))
            continue;
        char label[32];
        ct_period_format(p, label, sizeof label);
        char *copy = malloc(strlen(label) + 1);
        if (copy == NULL) {
            free(order);
            free(used);
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        }
        strcpy(copy, label);
        s->series[s->n_series] = copy;
        s->series_t[s->n_series] = (p.start + p.n_months / 2.0) / 12.0;
        s->n_series++;
    }
    free(order);
    free(used);
    return CT_STATUS_OK;
}

/* True when a district charted has a peer group. */
static bool any_peers(const ct_chart_set *s)
{
    for (size_t i = 0; i < s->n_districts; i++) {
        const ct_dataset_id *p;
        if (ct_dataset_peers(s->ds, s->districts[i], &p) > 0)
            return true;
    }
    return false;
}

/* True when 'ds' holds monthly counts. */
static bool is_monthly(const ct_dataset *ds)
{
    ct_dataset_id p = ctp_latest_period(ds);
    return p != CT_DATASET_NO_ID && ct_dataset_period(ds, p).n_months == 1;
}

/* The district names as a filter for the table functions. */
static ct_status district_filter(const ct_chart_set *s, const char ***out,
                                 ct_error *err)
{
    const char **v = ctp_realloc_array(NULL, s->n_districts + 1, sizeof *v);
    if (v == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < s->n_districts; i++)
        v[i] = ct_dataset_area_name(s->ds, s->districts[i]);
    *out = v;
    return CT_STATUS_OK;
}

/* Adds one rates table for q; a count without a population (or with a
 * population of 0) is warned about and left out, not an error of the
 * whole set.  '*added' says whether a table was added. */
typedef struct chart_warn {
    ct_error_warn_fn fn;
    void *ctx;
} chart_warn;

/* The rates table names the areas it leaves out; the charts say that
 * they leave them out too. */
static void warn_charts(void *ctx, const ct_error *w)
{
    const chart_warn *c = ctx;
    ct_error e = *w;
    size_t n = strlen(e.message);
    snprintf(e.message + n, sizeof e.message - n, "; left out of the charts");
    c->fn(c->ctx, &e);
}

static ct_status add_rates(ct_chart_set *s, const ct_tables_query *q,
                           bool warn, bool *added, ct_error *err)
{
    ct_error e = CT_ERROR_INIT;
    ct_table *t = NULL;
    ct_tables_query qw = *q;
    chart_warn cw = {s->opt.warn, s->opt.warn_ctx};
    qw.warn = s->opt.warn != NULL ? warn_charts : NULL;
    qw.warn_ctx = &cw;
    ct_status st = ct_tables_rates(s->ds, &qw, &t, &e);
    *added = false;
    if (st == CT_STATUS_INPUT || st == CT_STATUS_DOMAIN) {
        if (warn)
            ctp_warn(s->opt.warn, s->opt.warn_ctx, NULL, 0, 0,
                     "%s; left out of the charts", e.message);
        return CT_STATUS_OK;
    }
    if (st != CT_STATUS_OK) {
        if (err != NULL && err->status == CT_STATUS_OK)
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
static ct_status build_rates(ct_chart_set *s, const ct_tables_query *base,
                             ct_error *err)
{
    ct_tables_query q = *base;
    ct_status st;
    for (ct_dataset_id a = 0; a < ct_dataset_n_areas(s->ds); a++) {
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
    return CT_STATUS_OK;
}

/* The names every result table is asked for, as a query takes them: the
 * offences charted and the districts charted. */
typedef struct table_names {
    const char **offences;   /* s->n_offences */
    const char **districts;  /* s->n_districts */
} table_names;

/* The set's query for the charted offences in every area; each table
 * then narrows it to what it needs. */
static ct_tables_query names_query(const ct_chart_set *s,
                                   const table_names *nm)
{
    ct_tables_query q = s->q;
    q.offences = nm->offences;
    q.n_offences = s->n_offences;
    q.areas = NULL;
    q.n_areas = 0;
    return q;
}

/* A table and its index for each of n periods or offences, all empty
 * until built (a NULL table has nothing to show). */
static ct_status alloc_tables(ct_table ***tables, table_index **ix, size_t n,
                              ct_error *err)
{
    *tables = calloc(n + 1, sizeof **tables);
    *ix = calloc(n + 1, sizeof **ix);
    if (*tables == NULL || *ix == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    return CT_STATUS_OK;
}

/* The districts against their peers, per series period for the trend
 * chart's peer line; the peer chart needs only the chosen (last)
 * period. */
static ct_status build_compare(ct_chart_set *s, const table_names *nm,
                               ct_error *err)
{
    ct_tables_query q = names_query(s, nm);
    q.areas = nm->districts;
    q.n_areas = s->n_districts;
    size_t first = s->opt.charts & CT_CHART_TREND ? 0 : s->n_series - 1;
    ct_status st = alloc_tables(&s->compare, &s->compare_ix, s->n_series,
                                err);
    for (size_t k = first; st == CT_STATUS_OK && k < s->n_series; k++) {
        q.period = s->series[k];
        if ((st = ct_tables_compare(s->ds, &q, s->opt.national,
                                    &s->compare[k], err)) == CT_STATUS_OK)
            st = index_build(&s->compare_ix[k], s->compare[k], err);
    }
    return st;
}

/* The districts' trend markers up to the chosen period, for the trend
 * chart's verdicts. */
static ct_status build_trend_markers(ct_chart_set *s, const table_names *nm,
                                     ct_error *err)
{
    ct_tables_query q = names_query(s, nm);
    q.period = NULL;
    q.to = s->period_label;
    q.from = NULL;
    q.areas = nm->districts;
    q.n_areas = s->n_districts;
    ct_status st;
    if ((st = ct_tables_trend(s->ds, &q, "fingertips", &s->trend, err)) ||
        (st = index_build(&s->trend_ix, s->trend, err)))
        return st;
    return CT_STATUS_OK;
}

/* The XmR rows and their measure from the monthly counts, over every
 * month (XmR charts have no period of their own). */
static ct_status build_xmr(ct_chart_set *s, const ct_dataset *months,
                           const table_names *nm, ct_error *err)
{
    ct_tables_query qm = names_query(s, nm);
    qm.areas = nm->districts;
    qm.n_areas = s->n_districts;
    qm.period = qm.from = qm.to = qm.base = NULL;
    ct_status st;
    if ((st = ct_tables_trend(months, &qm, "xmr", &s->xmr, err)) ||
        (st = index_build(&s->xmr_ix, s->xmr, err)) ||
        (st = ct_tables_trend(months, &qm, "fingertips", &s->xmr_measure,
                              err)) ||
        (st = index_build(&s->xmr_measure_ix, s->xmr_measure, err)))
        return st;
    return CT_STATUS_OK;
}

/* A funnel table per offence over every area in the chosen period.  An
 * offence that no area has with a population has no funnel; that is not
 * an error of the whole set. */
static ct_status build_funnels(ct_chart_set *s, const table_names *nm,
                               ct_error *err)
{
    ct_status st = alloc_tables(&s->funnel, &s->funnel_ix, s->n_offences,
                                err);
    if (st != CT_STATUS_OK)
        return st;
    for (size_t o = 0; o < s->n_offences; o++) {
        ct_tables_query qf = names_query(s, nm);
        qf.offences = &nm->offences[o];
        qf.n_offences = 1;
        qf.period = s->period_label;
        ct_error quiet = CT_ERROR_INIT;
        ct_status fs = ct_tables_funnel_with(s->ds, &qf, &s->opt.funnel,
                                             &s->funnel[o], &quiet);
        if (fs == CT_STATUS_INPUT) {
            s->funnel[o] = NULL;
            continue;
        }
        if (fs != CT_STATUS_OK) {
            if (err != NULL && err->status == CT_STATUS_OK)
                *err = quiet;
            return fs;
        }
        if ((st = index_build(&s->funnel_ix[o], s->funnel[o], err)))
            return st;
    }
    return CT_STATUS_OK;
}

/* The engine's result tables the chosen kinds of chart read, each asked
 * for once for the whole set. */
static ct_status build_tables(ct_chart_set *s, const ct_dataset *months,
                              ct_error *err)
{
    unsigned kinds = s->opt.charts;
    table_names nm = {NULL, NULL};
    nm.offences = ctp_realloc_array(NULL, s->n_offences + 1,
                                    sizeof *nm.offences);
    if (nm.offences == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t o = 0; o < s->n_offences; o++)
        nm.offences[o] = s->offences[o].name;
    ct_status st = district_filter(s, &nm.districts, err);
    bool rates = kinds & (CT_CHART_PEERS | CT_CHART_TREND |
                          CT_CHART_OVERVIEW);
    bool compare = (kinds & (CT_CHART_PEERS | CT_CHART_TREND)) &&
                   any_peers(s) && s->n_series > 0;
    bool markers = (kinds & CT_CHART_TREND) && s->n_districts > 0;
    bool xmr = (kinds & CT_CHART_XMR) && months != NULL &&
               is_monthly(months) && s->n_districts > 0;
    bool funnels = (kinds & CT_CHART_FUNNEL) && s->n_districts > 0;
    if (st == CT_STATUS_OK && rates) {
        ct_tables_query q = names_query(s, &nm);
        st = build_rates(s, &q, err);
    }
    if (st == CT_STATUS_OK && compare)
        st = build_compare(s, &nm, err);
    if (st == CT_STATUS_OK && markers)
        st = build_trend_markers(s, &nm, err);
    if (st == CT_STATUS_OK && xmr)
        st = build_xmr(s, months, &nm, err);
    if (st == CT_STATUS_OK && funnels)
        st = build_funnels(s, &nm, err);
    free(nm.offences);
    free(nm.districts);
    return st;
}

/* ---- what each chart has to show --------------------------------------- */

/* The national comparator of district 'a': --national, or its root. */
ct_dataset_id ctp_chart_national_of(const ct_chart_set *s, ct_dataset_id a)
{
    if (s->national != CT_DATASET_NO_ID)
        return s->national;
    ct_dataset_id root = ct_dataset_root(s->ds, a);
    return root != a ? root : CT_DATASET_NO_ID;
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
ct_status ctp_chart_county_districts(const ct_chart_set *s, ct_dataset_id c,
                                  ct_dataset_id **out, size_t *n_out, ct_error *err)
{
    size_t n_areas = ct_dataset_n_areas(s->ds), n = 0;
    ct_dataset_id *v = ctp_realloc_array(NULL, n_areas + 1, sizeof *v);
    if (v == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (ct_dataset_id a = 0; a < n_areas; a++)
        if (ct_dataset_parent(s->ds, a) == c &&
            (c != CT_DATASET_NO_ID ? s->is_leaf[a] : s->is_district[a]))
            v[n++] = a;
    ct_status st = sort_areas(s->ds, v, n, err);
    if (st != CT_STATUS_OK) {
        free(v);
        return st;
    }
    *out = v;
    *n_out = n;
    return CT_STATUS_OK;
}

/* The counties of the districts charted, by name, and CT_DATASET_NO_ID
 * last when some district has no county: the order in which the county
 * charts (overview, funnels) are planned.  '*out' is owned by the
 * caller. */
static ct_status plan_counties(const ct_chart_set *s, ct_dataset_id **out,
                               size_t *n_out, ct_error *err)
{
    const ct_dataset *ds = s->ds;
    size_t n_areas = ct_dataset_n_areas(ds), n_counties = 0;
    ct_dataset_id *counties = calloc(n_areas + 1, sizeof *counties);
    bool *seen = calloc(n_areas + 1, sizeof *seen);
    bool orphans = false;
    if (counties == NULL || seen == NULL) {
        free(counties);
        free(seen);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < s->n_districts; i++) {
        ct_dataset_id c = ct_dataset_parent(ds, s->districts[i]);
        if (c == CT_DATASET_NO_ID)
            orphans = true;
        else if (!seen[c]) {
            seen[c] = true;
            counties[n_counties++] = c;
        }
    }
    free(seen);
    ct_status st = sort_areas(ds, counties, n_counties, err);
    if (st != CT_STATUS_OK) {
        free(counties);
        return st;
    }
    if (orphans)
        counties[n_counties++] = CT_DATASET_NO_ID;
    *out = counties;
    *n_out = n_counties;
    return CT_STATUS_OK;
}

/* A county's charts: its overview when one of its districts has a rate
 * in the period reported (an overview of nothing is not drawn), and a
 * funnel per offence whose funnel table has rows. */
static ct_status plan_county(ct_chart_set *s, ct_dataset_id c, ct_error *err)
{
    unsigned kinds = s->opt.charts;
    ct_status st;
    if ((kinds & CT_CHART_OVERVIEW) && c != CT_DATASET_NO_ID) {
        ct_dataset_id *members;
        size_t n_members;
        if ((st = ctp_chart_county_districts(s, c, &members, &n_members, err)))
            return st;
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
            return st;
    }
    for (size_t o = 0; (kinds & CT_CHART_FUNNEL) && o < s->n_offences; o++)
        if (s->funnel != NULL && s->funnel[o] != NULL &&
            ct_table_n_rows(s->funnel[o]) > 0 &&
            (st = add_chart(s, CT_CHART_FUNNEL, c, o, err)))
            return st;
    return CT_STATUS_OK;
}

/* A district's charts, offence by offence, each only when it has
 * something to draw: its peers when it has a peer group and a comparison
 * in the last period, its trend when two periods have a rate, its XmR
 * chart when the XmR table has two months of it. */
static ct_status plan_district(ct_chart_set *s, ct_dataset_id d,
                               ct_error *err)
{
    unsigned kinds = s->opt.charts;
    ct_status st;
    const char *dn = ctp_chart_area_name(s, d);
    const ct_dataset_id *peers;
    bool has_peers = ct_dataset_peers(s->ds, d, &peers) > 0;
    for (size_t o = 0; o < s->n_offences; o++) {
        const char *on = s->offences[o].name;
        if ((kinds & CT_CHART_PEERS) && has_peers && s->n_series > 0 &&
            ctp_chart_compare_row(s, s->n_series - 1, dn, on) != NULL &&
            (st = add_chart(s, CT_CHART_PEERS, d, o, err)))
            return st;
        if (kinds & CT_CHART_TREND) {
            size_t n_points = 0;
            for (size_t k = 0; k < s->n_series; k++) {
                double r;
                n_points += ctp_chart_rate_at(s, dn, on, s->series[k], &r, NULL,
                                    NULL);
            }
            if (n_points >= 2 &&
                (st = add_chart(s, CT_CHART_TREND, d, o, err)))
                return st;
        }
        if ((kinds & CT_CHART_XMR) && s->xmr != NULL) {
            size_t first;
            if (ctp_chart_index_find(&s->xmr_ix, dn, on, &first) >= 2 &&
                (st = add_chart(s, CT_CHART_XMR, d, o, err)))
                return st;
        }
    }
    return CT_STATUS_OK;
}

/* Every chart of the set, in the order they are written: each county's
 * charts, then each district's; then the file names made unique. */
static ct_status plan(ct_chart_set *s, ct_error *err)
{
    ct_dataset_id *counties = NULL;
    size_t n_counties = 0;
    ct_status st = plan_counties(s, &counties, &n_counties, err);
    if (st != CT_STATUS_OK)
        return st;
    for (size_t i = 0; i < n_counties && st == CT_STATUS_OK; i++)
        st = plan_county(s, counties[i], err);
    free(counties);
    for (size_t i = 0; i < s->n_districts && st == CT_STATUS_OK; i++)
        st = plan_district(s, s->districts[i], err);
    if (st == CT_STATUS_OK)
        st = make_names_unique(s, err);
    return st;
}

/* ---- what each chart shows: texts, legend, labels ---------------------- */

/* Keeps 'text' (allocated, may be NULL: out of memory) with chart i and
 * returns it. */
static const char *own(ct_chart_set *s, size_t i, char *text, ct_error *err,
                       ct_status *st)
{
    chart_ref *r = &s->refs[i];
    char **v = text != NULL ? ctp_realloc_array(r->owned, r->n_owned + 1,
                                                sizeof *v)
                            : NULL;
    if (v == NULL) {
        free(text);
        if (*st == CT_STATUS_OK)
            *st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                "out of memory");
        return "";
    }
    r->owned = v;
    v[r->n_owned++] = text;
    return text;
}

/* Formatted text kept with chart i, from a va_list. */
static const char *vownf(ct_chart_set *s, size_t i, ct_error *err,
                         ct_status *st, const char *fmt, va_list ap)
    __attribute__((__format__(__printf__, 5, 0)));

static const char *vownf(ct_chart_set *s, size_t i, ct_error *err,
                         ct_status *st, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf != NULL)
        vsnprintf(buf, (size_t)n + 1, fmt, again);
    va_end(again);
    return own(s, i, buf, err, st);
}

/* Formatted text kept with chart i. */
static const char *ownf(ct_chart_set *s, size_t i, ct_error *err,
                        ct_status *st, const char *fmt, ...)
    __attribute__((__format__(__printf__, 5, 6)));

static const char *ownf(ct_chart_set *s, size_t i, ct_error *err,
                        ct_status *st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *text = vownf(s, i, err, st, fmt, ap);
    va_end(ap);
    return text;
}

/* "Source: London MPS recorded crime, 2024." or "Period: 2024." */
static const char *source_line(ct_chart_set *s, size_t i, const char *when,
                               const char *more, ct_error *err,
                               ct_status *st)
{
    if (s->source != NULL && s->source[0] != '\0')
        return ownf(s, i, err, st, "Source: %s, %s. %s", s->source, when,
                    more);
    return ownf(s, i, err, st, "Period: %s. %s", when, more);
}

/* Appends a legend entry to chart i. */
static void legend_add(ct_chart_set *s, size_t i, const char *text,
                       ct_error *err, ct_status *st)
{
    ct_chart *c = &s->charts[i];
    const char **v = ctp_realloc_array((void *)c->legend, c->n_legend + 1,
                                       sizeof *v);
    if (v == NULL) {
        if (*st == CT_STATUS_OK)
            *st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                "out of memory");
        return;
    }
    v[c->n_legend++] = text;
    c->legend = v;
    size_t lines = 1;
    free(ctp_chart_wrap(text, CT_CHART_KEY_WIDTH, 2, &lines));
    if (lines > c->legend_lines)
        c->legend_lines = lines;
}

/* The chart a step of its plan works on and where errors go (the first
 * one kept in *st): what own, ownf and legend_add take, gathered so that
 * the steps of a long plan take one argument for them. */
typedef struct chart_plan {
    ct_chart_set *s;
    size_t i;
    ct_chart *c;
    chart_ref *r;
    ct_error *err;
    ct_status *st;
} chart_plan;

static chart_plan plan_of(ct_chart_set *s, size_t i, ct_error *err,
                          ct_status *st)
{
    return (chart_plan){s, i, &s->charts[i], &s->refs[i], err, st};
}

/* ownf for a plan step. */
static const char *plan_text(const chart_plan *p, const char *fmt, ...)
    __attribute__((__format__(__printf__, 2, 3)));

static const char *plan_text(const chart_plan *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *text = vownf(p->s, p->i, p->err, p->st, fmt, ap);
    va_end(ap);
    return text;
}

/* legend_add for a plan step. */
static void plan_legend(const chart_plan *p, const char *text)
{
    legend_add(p->s, p->i, text, p->err, p->st);
}

/* Out of memory in a plan step, unless an error came first. */
static void plan_nomem(const chart_plan *p)
{
    if (*p->st == CT_STATUS_OK)
        *p->st = ctp_error_set(p->err, CT_STATUS_NOMEM, NULL, 0, 0,
                               "out of memory");
}

/* Where the title ends and the key begins: the title takes up to 3 lines
 * of 13-point text from the top (the writer leaves 1.6 + 1.5 lines of
 * 10-point text a title line above the plot). */
static double plot_top(const ct_chart *c)
{
    size_t lines = 1;
    free(ctp_chart_wrap(c->title, 80, 3, &lines));
    return (1.6 + 1.5 * (double)lines) * 12.5;
}

/* The legend's box: at the right of the plot from its top, one row per
 * entry, every row as tall as the tallest entry (gnuplot's rule), rows
 * 1.15 lines apart. */
static void key_box(ct_chart *c)
{
    /* gnuplot spaces key rows by the terminal font's line height (14.1
     * pixels for 10-point text, measured on the PNG), times the spacing
     * the writer sets. */
    double row = 1.15 * 14.1 * (double)(c->legend_lines ? c->legend_lines
                                                         : 1);
    double widest = 0;
    for (size_t k = 0; k < c->n_legend; k++) {
        char *w = ctp_chart_wrap(c->legend[k], CT_CHART_KEY_WIDTH, 2, NULL);
        for (char *line = w; line != NULL && *line;) {
            size_t len = strcspn(line, "\n");
            char save = line[len];
            line[len] = '\0';
            double tw, th;
            ct_chart_text_size(line, CT_CHART_KEY_POINTS, &tw, &th);
            if (tw > widest)
                widest = tw;
            line[len] = save;
            line += len + (save != '\0');
        }
        free(w);
    }
    c->key.x0 = 0.745 * CT_CHART_WIDTH;
    c->key.x1 = c->key.x0 + 30 + widest; /* the sample line, then text */
    c->key.y0 = plot_top(c);
    c->key.y1 = c->key.y0 + row * (double)c->n_legend;
}

/* The lowest the key may reach: the bottom of the plot (a bottom margin
 * of 6.5 lines of 14.1 pixels), for gnuplot puts the rows that do not fit
 * in the plot's height into further columns, off the right of the
 * chart. */
#define KEY_BOTTOM (CT_CHART_HEIGHT - 6.5 * 14.1)

static void plan_peers(ct_chart_set *s, size_t i, ct_error *err,
                       ct_status *st)
{
    ct_chart *c = &s->charts[i];
    chart_ref *r = &s->refs[i];
    const row_key *row = ctp_chart_compare_row(s, s->n_series - 1, c->area,
                                               c->offence);
    double mean = row ? ctp_chart_cell_real(row->t, row->row, "peer_mean")
                      : NAN;
    double sd = row ? ctp_chart_cell_real(row->t, row->row, "peer_sd") : NAN;
    ct_dataset_id nat = ctp_chart_national_of(s, r->area);
    double national = NAN;
    ctp_chart_rate_at(s, ctp_chart_area_name(s, nat), c->offence,
                      s->period_label, &national, NULL, NULL);
    r->has_mean = isfinite(mean);
    r->has_sd = isfinite(mean) && isfinite(sd);
    r->any_national = isfinite(national);
    const ct_dataset_id *peers;
    size_t n_peers = ct_dataset_peers(s->ds, r->area, &peers), n = 0;
    for (size_t k = 0; k <= n_peers; k++) {
        double x;
        n += ctp_chart_rate_at(s, ctp_chart_area_name(s, k ? peers[k - 1]
                                                           : r->area),
                               c->offence, s->period_label, &x, NULL, NULL);
    }
    c->title = ownf(s, i, err, st, "%s: %s and its most similar areas, %s",
                    c->offence, c->area, s->period_label);
    c->source_line = source_line(s, i, s->period_label, "", err, st);
    c->source_line = ownf(s, i, err, st, "%sRates with %s%% intervals "
                          "(exact Poisson below 10 crimes, Byar's method "
                          "from 10).", c->source_line, s->level_label);
    c->method_line = ownf(s, i, err, st, "Peer average: unweighted mean of "
                          "the %zu rates in the group, the district's own "
                          "included (HMIC most similar group); shaded: "
                          "\xc2\xb1" "1 SD.", n);
    c->x_label = ownf(s, i, err, st, "Crimes per %s residents",
                      s->per_label);
    legend_add(s, i, "Most similar areas", err, st);
    legend_add(s, i, c->area, err, st);
    legend_add(s, i, ownf(s, i, err, st, "%s%% interval", s->level_label),
               err, st);
    if (r->has_sd)
        legend_add(s, i, "Peer average \xc2\xb1" "1 SD", err, st);
    if (r->has_mean)
        legend_add(s, i, "Peer average", err, st);
    if (r->any_national)
        legend_add(s, i, ownf(s, i, err, st, "%s (national)",
                              ctp_chart_area_name(s, nat)), err, st);
}

/* The fitted line of the Fingertips marker (METHODS 2.5) over the
 * periods it used, as the engine fitted it: the trend table's
 * marker_intercept + marker_slope t (ct_trend_marker_values). */
static void trend_fit(ct_chart_set *s, size_t i, const double *t,
                      const double *rate, const char **verdict,
                      const char **reason)
{
    ct_chart *c = &s->charts[i];
    chart_ref *r = &s->refs[i];
    const row_key *tr = ctp_chart_find_row(&s->trend_ix, c->area,
                                           c->offence);
    *verdict = tr != NULL ? ctp_chart_cell_str(tr->t, tr->row, "trend")
                          : NULL;
    *reason = tr != NULL ? ctp_chart_cell_str(tr->t, tr->row, "reason")
                         : "";
    if (tr == NULL)
        return;
    double slope = ctp_chart_cell_real(tr->t, tr->row, "marker_slope");
    double intercept = ctp_chart_cell_real(tr->t, tr->row,
                                           "marker_intercept");
    bool moving = strcmp(*verdict, "increasing") == 0 ||
                  strcmp(*verdict, "decreasing") == 0;
    size_t idx[5], m = 0;
    for (size_t k = r->last + 1; k-- > r->first && m < 5;)
        if (isfinite(rate[k]))
            idx[m++] = k;
    if (!moving || !isfinite(slope) || !isfinite(intercept) || m < 5)
        return;
    for (size_t k = 0; k < 5; k++)
        r->fitted[idx[k]] = intercept + slope * t[idx[k]];
    r->has_fit = true;
}

static void plan_trend(ct_chart_set *s, size_t i, ct_error *err,
                       ct_status *st)
{
    ct_chart *c = &s->charts[i];
    chart_ref *r = &s->refs[i];
    size_t n = s->n_series;
    double *rate = calloc(n + 1, sizeof *rate);
    r->fitted = calloc(n + 1, sizeof *r->fitted);
    if (rate == NULL || r->fitted == NULL) {
        free(rate);
        if (*st == CT_STATUS_OK)
            *st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                "out of memory");
        return;
    }
    /* The chart starts at the first period with a rate and ends at the
     * last: years before the area's data would be an empty stretch. */
    bool any = false;
    ct_dataset_id nat = ctp_chart_national_of(s, r->area);
    for (size_t k = 0; k < n; k++) {
        r->fitted[k] = NAN;
        if (!ctp_chart_rate_at(s, c->area, c->offence, s->series[k],
                               &rate[k], NULL, NULL)) {
            rate[k] = NAN;
            continue;
        }
        if (!any)
            r->first = k;
        r->last = k;
        any = true;
    }
    for (size_t k = r->first; any && k <= r->last; k++) {
        const row_key *cr = ctp_chart_compare_row(s, k, c->area, c->offence);
        double x;
        r->any_peer |= cr != NULL &&
                       isfinite(ctp_chart_cell_real(cr->t, cr->row,
                                                    "peer_mean"));
        r->any_national |= ctp_chart_rate_at(s, ctp_chart_area_name(s, nat),
                                             c->offence, s->series[k], &x,
                                             NULL, NULL);
    }
    const char *verdict = NULL, *reason = "";
    trend_fit(s, i, s->series_t, rate, &verdict, &reason);
    free(rate);
    const char *when = ownf(s, i, err, st, "%s to %s", s->series[r->first],
                            s->series[r->last]);
    c->title = ownf(s, i, err, st, "%s in %s, %s", c->offence, c->area, when);
    c->source_line = ownf(s, i, err, st, "%sRates with %s%% intervals "
                          "(exact Poisson below 10 crimes, Byar's method "
                          "from 10).", source_line(s, i, when, "", err, st),
                          s->level_label);
    if (r->has_fit)
        c->method_line = ownf(s, i, err, st, "Fitted line: Fingertips "
                              "recent-trend test on the last 5 points "
                              "(weighted regression, \xcf\x87\xc2\xb2 > "
                              "9.55): %s.", verdict);
    else
        c->method_line = ownf(s, i, err, st, "Fingertips recent-trend test "
                              "on the last 5 points: %s%s%s%s.",
                              verdict != NULL ? verdict : "not tested",
                              reason[0] ? " (" : "", reason,
                              reason[0] ? ")" : "");
    c->y_label = ownf(s, i, err, st, "Crimes per %s residents",
                      s->per_label);
    legend_add(s, i, c->area, err, st);
    if (r->any_peer)
        legend_add(s, i, "Peer average", err, st);
    if (r->any_national)
        legend_add(s, i, ownf(s, i, err, st, "%s (national)",
                              ctp_chart_area_name(s, nat)), err, st);
    if (r->has_fit)
        legend_add(s, i, ownf(s, i, err, st, "Recent trend: %s", verdict),
                   err, st);
}

static void plan_xmr(ct_chart_set *s, size_t i, ct_error *err,
                     ct_status *st)
{
    ct_chart *c = &s->charts[i];
    chart_ref *r = &s->refs[i];
    const ct_table *t = s->xmr;
    size_t first, n = ctp_chart_index_find(&s->xmr_ix, c->area, c->offence,
                                           &first);
    const row_key *mr = ctp_chart_find_row(&s->xmr_measure_ix, c->area,
                                           c->offence);
    bool is_rate = mr != NULL &&
                   strcmp(ctp_chart_cell_str(mr->t, mr->row, "measure"),
                          "rate") == 0;
    const char *first_label = "", *last_label = "";
    for (size_t k = 0; k < n; k++) {
        size_t row = s->xmr_ix.keys[first + k].row;
        const char *label = ctp_chart_cell_str(t, row, "period");
        const char *rule = ctp_chart_cell_str(t, row, "rule");
        double v = ctp_chart_cell_real(t, row, "value");
        double mean = ctp_chart_cell_real(t, row, "mean");
        if (k == 0)
            first_label = label;
        last_label = label;
        r->n_high += rule[0] != '\0' && v > mean;
        r->n_low += rule[0] != '\0' && v <= mean;
    }
    const char *when = ownf(s, i, err, st, "%s to %s", first_label,
                            last_label);
    c->title = ownf(s, i, err, st, "%s in %s by month, %s (XmR chart)",
                    c->offence, c->area, when);
    c->source_line = source_line(s, i, when, "XmR chart: mean \xc2\xb1 2.66 "
                                 "\xc3\x97 average moving range (NHS Making "
                                 "Data Count).", err, st);
    c->method_line = "Special causes: a point outside the limits; 7 rising "
                     "or falling; 2 of 3 beyond a dotted line (2/3 of the "
                     "way to a limit); 7 on one side of the mean.";
    c->y_label = is_rate ? ownf(s, i, err, st, "Crimes per %s residents, "
                                "per month", s->per_label)
                         : "Crimes per month";
    legend_add(s, i, "Limits", err, st);
    legend_add(s, i, "Mean", err, st);
    legend_add(s, i, c->area, err, st);
    if (r->n_high > 0)
        legend_add(s, i, "Special cause: high", err, st);
    if (r->n_low > 0)
        legend_add(s, i, "Special cause: low", err, st);
}

/* True when funnel row 'row' is a district of the chart's county (or,
 * without a county, a district charted that has no county). */
bool ctp_chart_funnel_marked(const ct_chart_set *s, size_t i, size_t row)
{
    const ct_table *t = s->funnel[s->refs[i].offence];
    ct_dataset_id county = s->refs[i].area;
    ct_dataset_id a = ct_dataset_find_area(s->ds, ctp_chart_cell_str(t, row,
                                                             "area"));
    return a != CT_DATASET_NO_ID &&
           (county != CT_DATASET_NO_ID ? ct_dataset_parent(s->ds, a) == county
                               : s->is_district[a] &&
                                     ct_dataset_parent(s->ds, a) ==
                                         CT_DATASET_NO_ID);
}

/* A funnel chart being planned: the chart, its table of districts and
 * what the steps work out from it in turn (the extent of the points,
 * how many are marked or outside the limits).  Errors go to err, the
 * first one kept in *st, as for every plan. */
typedef struct funnel_plan {
    chart_plan p;
    const ct_table *t;       /* the funnel table of the chart's offence */
    size_t n;                /* its rows */
    double per;              /* rates are per this many residents */
    size_t n_marked, n_other, n_outside;
    double pmin, pmax, y_min, y_max;
} funnel_plan;

/* The range of the populations and rates, the pooled rate, how many
 * points are the chart's own districts, and the engine's over-dispersion
 * estimate (the same on every row). */
static void funnel_extent(funnel_plan *fp)
{
    const ct_table *t = fp->t;
    chart_ref *r = fp->p.r;
    fp->pmin = INFINITY;
    fp->pmax = 0;
    fp->y_min = INFINITY;
    fp->y_max = 0;
    r->pooled = NAN;
    for (size_t row = 0; row < fp->n; row++) {
        double pop = ctp_chart_cell_real(t, row, "population");
        double rate = ctp_chart_cell_real(t, row, "rate");
        bool marked = ctp_chart_funnel_marked(fp->p.s, fp->p.i, row);
        fp->n_marked += marked;
        fp->n_other += !marked;
        r->pooled = ctp_chart_cell_real(t, row, "pooled_rate");
        fp->pmin = pop < fp->pmin ? pop : fp->pmin;
        fp->pmax = pop > fp->pmax ? pop : fp->pmax;
        fp->y_min = rate < fp->y_min ? rate : fp->y_min;
        fp->y_max = rate > fp->y_max ? rate : fp->y_max;
    }
    if (fp->n > 0 &&
        strcmp(ctp_chart_cell_str(t, 0, "od_adjusted"), "yes") == 0) {
        r->tau2 = ctp_chart_cell_real(t, 0, "tau2");
        r->phi = ctp_chart_cell_real(t, 0, "phi");
        r->od = isfinite(r->tau2);
    }
}

/* The axes.  The y axis shows the points and the limits at half the
 * smallest population; the mouth of the funnel beyond that is cut off.
 * False (with *st set) when the limits cannot be had. */
static bool funnel_axes(funnel_plan *fp)
{
    chart_ref *r = fp->p.r;
    double per = fp->per;
    double hi = fp->pmax * 1.1;
    if (!(hi > 0))
        hi = 1;
    double ref_low, ref_high;
    ct_status fs = r->od ? ct_funnel_od_limits(r->pooled / per,
                                               fp->pmin * 0.5, r->tau2,
                                               0.998, &ref_low, &ref_high,
                                               fp->p.err)
                         : ct_funnel_limits(r->pooled / per, fp->pmin * 0.5,
                                            0.998, &ref_low, &ref_high,
                                            fp->p.err);
    if (fs != CT_STATUS_OK) {
        if (*fp->p.st == CT_STATUS_OK)
            *fp->p.st = fs;
        return false;
    }
    double y_min = ref_low * per < fp->y_min ? ref_low * per : fp->y_min;
    double y_max = ref_high * per > fp->y_max ? ref_high * per : fp->y_max;
    double pad = (y_max - y_min) * 0.05;
    r->y_min = y_min - pad > 0 ? y_min - pad : 0;
    r->y_max = y_max + (pad > 0 ? pad : 1);
    r->x_max = hi;
    return true;
}

/* Title, source, axis names and legend, in the order gnuplot.c draws
 * the series; the plotting area is fixed so that labels can be placed
 * in pixels. */
static void funnel_texts(funnel_plan *fp)
{
    const chart_plan *p = &fp->p;
    ct_chart *c = p->c;
    chart_ref *r = p->r;
    char pooled_text[48];
    ct_number_format_fixed(r->pooled, 2, true, pooled_text,
                           sizeof pooled_text);
    c->title = plan_text(p, "%s: each district's rate against its "
                         "population, %s", c->offence, p->s->period_label);
    c->source_line = source_line(p->s, p->i, p->s->period_label,
                                 "Each point is a district; population in "
                                 "thousands.", p->err, p->st);
    c->x_label = "Resident population (thousands)";
    c->y_label = plan_text(p, "Crimes per %s residents", p->s->per_label);
    plan_legend(p, "99.8% limits");
    plan_legend(p, "95% limits");
    if (r->od) {
        plan_legend(p, "99.8%, over-dispersed");
        plan_legend(p, "95%, over-dispersed");
    }
    plan_legend(p, plan_text(p, "Pooled rate (%s)", pooled_text));
    if (fp->n_other > 0)
        plan_legend(p, "Other districts");
    if (fp->n_marked > 0)
        plan_legend(p, r->area != CT_DATASET_NO_ID
                           ? plan_text(p, "Districts of %s",
                                       ctp_chart_area_name(p->s, r->area))
                           : "Districts charted");
    c->plot.x0 = 0.10 * CT_CHART_WIDTH;
    c->plot.x1 = 0.73 * CT_CHART_WIDTH;
    c->plot.y0 = plot_top(c);
    c->plot.y1 = CT_CHART_HEIGHT * (1 - 0.19);
}

/* Whether row 'row' is labelled, and how urgently (*key): a point
 * outside the 99.8% limits drawn, by how far (judged against the same
 * curves, so a label never contradicts the picture), or a district
 * charted by name, first of all.  Its box, for the labels to avoid, goes
 * in *point either way. */
static bool funnel_label_row(funnel_plan *fp, size_t row, double sx,
                             double sy, ct_chart_box *point, double *key)
{
    chart_ref *r = fp->p.r;
    ct_chart *c = fp->p.c;
    double per = fp->per;
    double pop = ctp_chart_cell_real(fp->t, row, "population");
    double rate = ctp_chart_cell_real(fp->t, row, "rate");
    const char *name = ctp_chart_cell_str(fp->t, row, "area");
    double px = c->plot.x0 + pop / 1000 * sx;
    double py = c->plot.y1 - (rate - r->y_min) * sy;
    ct_chart_box pt = {px - 4, py - 4, px + 4, py + 4};
    *point = pt;
    /* Against the limits that count: the over-dispersed ones when
     * drawn, else the exact Poisson ones. */
    double low, high;
    if ((r->od ? ct_funnel_od_limits(r->pooled / per, pop, r->tau2, 0.998,
                                     &low, &high, NULL)
               : ct_funnel_limits(r->pooled / per, pop, 0.998, &low, &high,
                                  NULL)) != CT_STATUS_OK)
        return false;
    double beyond = rate > high * per ? rate / (high * per)
                  : rate < low * per ? (low * per) / (rate > 0 ? rate
                                                               : 1e-9)
                                     : 0;
    ct_dataset_id a = ct_dataset_find_area(fp->p.s->ds, name);
    bool focal = a != CT_DATASET_NO_ID && fp->p.s->is_focal[a];
    fp->n_outside += beyond > 0;
    if (beyond <= 0 && !focal)
        return false;
    ct_chart_label *l = &c->labels[c->n_labels];
    l->text = name;
    l->x = pop / 1000;
    l->y = rate;
    l->px = px;
    l->py = py;
    *key = focal ? INFINITY : beyond;
    return true;
}

/* The labels, most important first (focal areas, then the farthest
 * outside), placed clear of the points; *placed is how many found room.
 * False (with *st set) when out of memory. */
static bool funnel_labels(funnel_plan *fp, size_t *placed)
{
    ct_chart *c = fp->p.c;
    size_t n = fp->n;
    c->labels = calloc(n + 1, sizeof *c->labels);
    ct_chart_box *points = calloc(n + 1, sizeof *points);
    double *order_key = calloc(n + 1, sizeof *order_key);
    if (c->labels == NULL || points == NULL || order_key == NULL) {
        free(points);
        free(order_key);
        plan_nomem(&fp->p);
        return false;
    }
    double sx = (c->plot.x1 - c->plot.x0) / (fp->p.r->x_max / 1000);
    double sy = (c->plot.y1 - c->plot.y0) / (fp->p.r->y_max - fp->p.r->y_min);
    for (size_t row = 0; row < n; row++)
        if (funnel_label_row(fp, row, sx, sy, &points[row],
                             &order_key[c->n_labels]))
            c->n_labels++;
    for (size_t a = 1; a < c->n_labels; a++)
        for (size_t b = a; b > 0 && order_key[b] > order_key[b - 1]; b--) {
            ct_chart_label tl = c->labels[b];
            c->labels[b] = c->labels[b - 1];
            c->labels[b - 1] = tl;
            double tk = order_key[b];
            order_key[b] = order_key[b - 1];
            order_key[b - 1] = tk;
        }
    *placed = ct_chart_place_labels(c->labels, c->n_labels, points, n,
                                    c->plot, CT_CHART_LABEL_POINTS);
    free(points);
    free(order_key);
    return true;
}

static void plan_funnel(ct_chart_set *s, size_t i, ct_error *err,
                        ct_status *st)
{
    const ct_table *t = s->funnel[s->refs[i].offence];
    funnel_plan fp = {plan_of(s, i, err, st), t, ct_table_n_rows(t),
                      s->q.per, 0, 0, 0, 0, 0, 0, 0};
    ct_chart *c = fp.p.c;
    chart_ref *r = fp.p.r;
    funnel_extent(&fp);
    if (!funnel_axes(&fp))
        return;
    funnel_texts(&fp);
    size_t placed;
    if (!funnel_labels(&fp, &placed))
        return;
    size_t n = fp.n, n_outside = fp.n_outside;
    char unnamed[64] = "";
    if (placed < c->n_labels)
        snprintf(unnamed, sizeof unnamed, ", %zu unnamed for want of room",
                 c->n_labels - placed);
    if (r->od)
        c->method_line = plan_text(&fp.p, "Solid: exact Poisson limits; "
                                   "dashed: allowing for over-dispersion "
                                   "(Spiegelhalter, \xcf\x86 %.1f, "
                                   "\xcf\x84\xc2\xb2 %.3g); %zu of %zu "
                                   "outside dashed 99.8%%%s.", r->phi,
                                   r->tau2, n_outside, n, unnamed);
    else
        c->method_line = plan_text(&fp.p, "Exact Poisson limits around the "
                                   "pooled rate of all %zu districts; %zu "
                                   "points outside 99.8%%%s.", n, n_outside,
                                   unnamed[0] ? unnamed
                                              : " (unlikely to be chance), "
                                                "named");
}

/* Overviews name at most this many districts one by one; the rest are
 * drawn in grey as one series. */
#define OVERVIEW_MAX_NAMED 12

/* An overview chart being planned: the chart, its county and national
 * comparator, and the districts that may get a series of their own
 * (want: indexes into r->members, most wanted first).  Errors go to err,
 * the first one kept in *st, as for every plan. */
typedef struct overview_plan {
    chart_plan p;
    ct_dataset_id county, nat;   /* nat: CT_DATASET_NO_ID for none */
    const char *county_name;
    ct_dataset_id *want;
    size_t n_want;
} overview_plan;

/* The county's districts and its national comparator.  The county and
 * national series are drawn only when they have a rate (an area without
 * a population has none), for gnuplot leaves an empty series out of the
 * legend.  False (with *st set) on failure. */
static bool overview_areas(overview_plan *op)
{
    ct_chart_set *s = op->p.s;
    chart_ref *r = op->p.r;
    ct_status cs = ctp_chart_county_districts(s, op->county, &r->members,
                                              &r->n_members, op->p.err);
    r->own_series = calloc(r->n_members + 1, sizeof *r->own_series);
    r->has_rate = calloc(r->n_members + 1, sizeof *r->has_rate);
    if (cs != CT_STATUS_OK || r->own_series == NULL || r->has_rate == NULL) {
        if (cs == CT_STATUS_OK)
            plan_nomem(&op->p);
        else if (*op->p.st == CT_STATUS_OK)
            *op->p.st = cs;
        return false;
    }
    op->nat = r->n_members > 0 ? ctp_chart_national_of(s, r->members[0])
                               : CT_DATASET_NO_ID;
    if (op->nat == op->county)
        op->nat = CT_DATASET_NO_ID;
    op->county_name = ctp_chart_area_name(s, op->county);
    if (op->county_name == NULL)
        op->county_name = "";
    for (size_t o = 0; o < s->n_offences; o++) {
        double x;
        r->has_county |= ctp_chart_rate_at(s, op->county_name,
                                           s->offences[o].name,
                                           s->period_label, &x, NULL, NULL) &&
                         x > 0;
        r->any_national |= op->nat != CT_DATASET_NO_ID &&
                           ctp_chart_rate_at(s, ctp_chart_area_name(s,
                                                                op->nat),
                                             s->offences[o].name,
                                             s->period_label, &x, NULL,
                                             NULL) &&
                           x > 0;
    }
    return true;
}

/* Title, source and method lines and the axis name; the source says
 * how the county and national rates are made only when they are drawn. */
static void overview_texts(overview_plan *op)
{
    const chart_plan *p = &op->p;
    ct_chart *c = p->c;
    chart_ref *r = p->r;
    c->title = plan_text(p, "Crime rates in the districts of %s by offence, "
                         "%s", op->county_name, p->s->period_label);
    c->source_line = source_line(p->s, p->i, p->s->period_label,
                                 r->has_county && r->any_national
                                     ? "County and national: total crimes "
                                       "over total population."
                                 : r->has_county
                                     ? "County: total crimes over total "
                                       "population."
                                 : r->any_national
                                     ? "National: total crimes over total "
                                       "population."
                                     : "Each point is a district's rate.",
                                 p->err, p->st);
    c->method_line = "Logarithmic scale: equal distances are equal ratios, "
                     "so offences with low and high rates can be read "
                     "together.";
    c->x_label = plan_text(p, "Crimes per %s residents (log scale)",
                           p->s->per_label);
}

/* A district without any rate draws nothing, and gnuplot leaves an
 * empty series out of the legend: it gets no series.  Returns how many
 * districts have a rate. */
static size_t overview_drawable(overview_plan *op)
{
    ct_chart_set *s = op->p.s;
    chart_ref *r = op->p.r;
    size_t n_drawable = 0;
    for (size_t k = 0; k < r->n_members; k++) {
        for (size_t o = 0; o < s->n_offences && !r->has_rate[k]; o++) {
            double x;
            r->has_rate[k] = ctp_chart_rate_at(s, ctp_chart_area_name(s,
                                                   r->members[k]),
                                               s->offences[o].name,
                                               s->period_label, &x, NULL,
                                               NULL) &&
                             x > 0;
        }
        n_drawable += r->has_rate[k];
    }
    return n_drawable;
}

/* Which districts want a series of their own: all of them when there
 * are few; otherwise the districts charted by name and then their
 * peers (the rest go in grey); none when no district was named. */
static void overview_want(overview_plan *op, size_t n_drawable)
{
    ct_chart_set *s = op->p.s;
    chart_ref *r = op->p.r;
    ct_dataset_id *want = op->want;
    size_t n = r->n_members, n_want = 0;
    if (n_drawable <= OVERVIEW_MAX_NAMED) {
        for (size_t k = 0; k < n; k++)
            if (r->has_rate[k])
                want[n_want++] = k;
    } else if (s->q_named_districts) {
        for (size_t k = 0; k < n; k++)
            if (s->is_focal[r->members[k]] && r->has_rate[k])
                want[n_want++] = k;
        for (size_t k = 0, m = n_want; k < m; k++) {
            const ct_dataset_id *peers;
            size_t np = ct_dataset_peers(s->ds, r->members[want[k]], &peers);
            for (size_t j = 0; j < np; j++)
                for (size_t q = 0; q < n; q++) {
                    bool dup = false;
                    for (size_t x = 0; x < n_want; x++)
                        dup |= want[x] == q;
                    if (r->members[q] == peers[j] && !dup &&
                        r->has_rate[q])
                        want[n_want++] = q;
                }
        }
    }
    op->n_want = n_want;
}

/* The legend with the first 'take' wanted districts as series of their
 * own and the rest as one grey series, then the county and national
 * ones; returns whether its key fits above the plot. */
static bool overview_legend(overview_plan *op, size_t take)
{
    const chart_plan *p = &op->p;
    ct_chart *c = p->c;
    chart_ref *r = p->r;
    size_t n = r->n_members;
    free((void *)c->legend);
    c->legend = NULL;
    c->n_legend = 0;
    c->legend_lines = 0;
    memset(r->own_series, 0, n * sizeof *r->own_series);
    for (size_t k = 0; k < take; k++)
        r->own_series[op->want[k]] = true;
    r->n_grey = 0;
    for (size_t k = 0; k < n; k++)
        r->n_grey += !r->own_series[k] && r->has_rate[k];
    for (size_t k = 0; k < n; k++)
        if (r->own_series[k])
            plan_legend(p, ctp_chart_area_name(p->s, r->members[k]));
    if (r->n_grey > 0)
        plan_legend(p, plan_text(p, "%s district%s (%zu)",
                                 take > 0 ? "Other" : "All",
                                 r->n_grey == 1 ? "" : "s", r->n_grey));
    if (r->has_county)
        plan_legend(p, plan_text(p, "%s (county)", op->county_name));
    if (r->any_national)
        plan_legend(p, plan_text(p, "%s (national)",
                                 ctp_chart_area_name(p->s, op->nat)));
    key_box(c);
    return c->key.y1 <= KEY_BOTTOM;
}

static void plan_overview(ct_chart_set *s, size_t i, ct_error *err,
                          ct_status *st)
{
    overview_plan op = {plan_of(s, i, err, st), s->refs[i].area,
                        CT_DATASET_NO_ID, NULL, NULL, 0};
    if (!overview_areas(&op))
        return;
    overview_texts(&op);
    op.want = calloc(op.p.r->n_members + 1, sizeof *op.want);
    if (op.want == NULL) {
        plan_nomem(&op.p);
        return;
    }
    overview_want(&op, overview_drawable(&op));
    /* As many districts of their own as the legend has room for: fewer
     * and fewer until the key fits, or none. */
    for (size_t take = op.n_want < OVERVIEW_MAX_NAMED ? op.n_want
                                                      : OVERVIEW_MAX_NAMED;;
         take--)
        if (overview_legend(&op, take) || take == 0)
            break;
    free(op.want);
}

static ct_status plan_charts(ct_chart_set *s, ct_error *err)
{
    ct_status st = CT_STATUS_OK;
    for (size_t i = 0; i < s->n_charts && st == CT_STATUS_OK; i++) {
        switch (s->charts[i].kind) {
        case CT_CHART_PEERS: plan_peers(s, i, err, &st); break;
        case CT_CHART_TREND: plan_trend(s, i, err, &st); break;
        case CT_CHART_XMR: plan_xmr(s, i, err, &st); break;
        case CT_CHART_FUNNEL: plan_funnel(s, i, err, &st); break;
        case CT_CHART_OVERVIEW: plan_overview(s, i, err, &st); break;
        }
        if (s->charts[i].kind != CT_CHART_OVERVIEW)
            key_box(&s->charts[i]);
    }
    return st;
}

ct_status ct_chart_set_new(const ct_dataset *ds, const ct_dataset *months,
                             const ct_tables_query *q,
                             const ct_chart_options *opt,
                             ct_chart_set **out, ct_error *err)
{
    ct_chart_set *s = calloc(1, sizeof *s);
    if (s == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
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
    s->national = CT_DATASET_NO_ID;
    if (s->opt.source != NULL) {
        s->source = malloc(strlen(s->opt.source) + 1);
        if (s->source == NULL) {
            st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                               "out of memory");
            goto fail;
        }
        strcpy(s->source, s->opt.source);
    }
    s->opt.source = s->source;
    s->opt.national = NULL; /* only the id is kept, below */
    if (opt != NULL && opt->national != NULL) {
        s->national = ct_dataset_find_area(ds, opt->national);
        if (s->national == CT_DATASET_NO_ID) {
            st = ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
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
        (st = build_tables(s, months, err)) || (st = plan(s, err)) ||
        (st = plan_charts(s, err)))
        goto fail;
    *out = s;
    return CT_STATUS_OK;
fail:
    ct_chart_set_free(s);
    return st;
}

