/* assess.c - the strategic assessment: chooses the area, its districts,
 * the national comparator and the periods; words the executive summary
 * from the change, rate and compare tables; and renders the document as
 * Markdown or as one self-contained HTML page. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/assess.h"
#include "crimetrend/project.h"
#include "crimetrend/change.h"
#include "crimetrend/number.h"
#include "crimetrend/tables.h"
#include "crimetrend/rate.h"
#include "crimetrend/sentence.h"
#include "doc_build.h"
#include "error_set.h"
#include "tables_build.h"

/* A growing sentence buffer. */
typedef struct text {
    char *s;
    size_t len, cap;
    bool failed;
} text;

static void say(text *t, const char *fmt, ...)
    __attribute__((__format__(__printf__, 2, 3)));

static void say(text *t, const char *fmt, ...)
{
    if (t->failed)
        return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        size_t room = t->cap - t->len;
        int n = vsnprintf(t->s ? t->s + t->len : NULL, room, fmt, ap);
        va_end(ap);
        if (n < 0) {
            t->failed = true;
            return;
        }
        if ((size_t)n < room) {
            t->len += (size_t)n;
            return;
        }
        size_t cap = t->cap ? t->cap * 2 : 256;
        while (cap < t->len + (size_t)n + 1)
            cap *= 2;
        char *s = realloc(t->s, cap);
        if (s == NULL) {
            t->failed = true;
            return;
        }
        t->s = s;
        t->cap = cap;
    }
}

static ct_status flush_text(ct_doc *doc, ctp_block_kind kind, text *t,
                            ct_error *err)
{
    ct_status st = t->failed
        ? ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory")
        : ctp_doc_add_block(doc, kind, t->s ? t->s : "", NULL, NULL, err);
    free(t->s);
    memset(t, 0, sizeof *t);
    return st;
}

/* ---- figures in words ------------------------------------------------ */

/* Says a sentence into a paragraph or bullet being built. */
static void say_sentence(text *t, const ct_sentence *s)
{
    char buf[1024];
    if (ct_sentence_write(s, buf, sizeof buf, NULL) == CT_STATUS_OK)
        say(t, "%s", buf);
}

/* A period as a sentence names it: "2024", "2015/16", "the year ending
 * September 2015", "September 2015". */
static void period_words(ct_period p, char *buf, size_t size)
{
    static const char *const months[] = {
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    int32_t end = ct_period_end(p);
    switch (p.kind) {
    case CT_PERIOD_ROLLING:
        snprintf(buf, size, "the year ending %s %d", months[end % 12],
                 (int)(end / 12));
        return;
    case CT_PERIOD_MONTH:
        snprintf(buf, size, "%s %d", months[end % 12], (int)(end / 12));
        return;
    case CT_PERIOD_QUARTER:
    case CT_PERIOD_YEAR:
    case CT_PERIOD_FINANCIAL_YEAR:
        break;
    }
    ct_period_format(p, buf, size);
}

/* ---- choosing what to assess ----------------------------------------- */

/* The default area: the first (by name) whose children have peer groups,
 * else the first with children. */
static ct_dataset_id choose_area(const ct_dataset *ds)
{
    ct_dataset_id best = CT_DATASET_NO_ID, fallback = CT_DATASET_NO_ID;
    for (ct_dataset_id c = 0; c < ct_dataset_n_areas(ds); c++) {
        ct_dataset_id p = ct_dataset_parent(ds, c);
        if (p == CT_DATASET_NO_ID)
            continue;
        const ct_dataset_id *peers;
        bool has_peers = ct_dataset_peers(ds, c, &peers) > 0;
        ct_dataset_id *slot = has_peers ? &best : &fallback;
        if (*slot == CT_DATASET_NO_ID || strcmp(ct_dataset_area_name(ds, p),
                                        ct_dataset_area_name(ds, *slot)) < 0)
            *slot = p;
    }
    return best != CT_DATASET_NO_ID ? best : fallback;
}

typedef struct facts {
    const ct_dataset *ds;
    const ct_assess_options *o;
    ct_dataset_id area, national, period, prev, base, total;
    char area_name[128], nat_name[128];
    char p_label[32], prev_label[32], base_label[32]; /* as labels */
    char p_words[48], prev_words[48], base_words[48]; /* as prose */
    bool has_pop;
} facts;

static bool cell_count(const ct_dataset *ds, ct_dataset_id a, ct_dataset_id off, ct_dataset_id p,
                       int64_t *n)
{
    if (p == CT_DATASET_NO_ID || a == CT_DATASET_NO_ID)
        return false;
    ct_cell c = ct_dataset_cell(ds, a, off, p);
    if (c.state != CT_CELL_PRESENT)
        return false;
    *n = c.count;
    return true;
}

static bool rate_of(const facts *f, ct_dataset_id a, ct_dataset_id off, ct_dataset_id p, ct_rate *r)
{
    int64_t n;
    double pop;
    if (p == CT_DATASET_NO_ID || a == CT_DATASET_NO_ID ||
        !ctp_count_and_population(f->ds, a, off, p, f->o->query.pop_rule, &n,
                                  &pop))
        return false;
    return ct_rate_per(n, pop, f->o->query.per, f->o->query.confidence, r,
                       NULL) == CT_STATUS_OK;
}

/* ---- the sections ---------------------------------------------------- */

/* The overview's sentence on the change of the total since 'p0' (said as
 * 'words'), when the total has a count then. */
static void say_change(text *t, ct_sentence *s, const facts *f,
                       ct_dataset_id p0, const char *subject,
                       const char *words)
{
    int64_t n0;
    if (!cell_count(f->ds, f->area, f->total, p0, &n0))
        return;
    s->subject = subject;
    s->p0 = words;
    s->n0 = n0;
    say(t, " ");
    say_sentence(t, s);
}

static ct_status overview(ct_doc *doc, const facts *f, ct_error *err)
{
    text t = {0};
    int64_t n;
    ct_sentence s = {.area = f->area_name, .p1 = f->p_words,
                     .per = f->o->query.per, .rate = NAN};
    if (!cell_count(f->ds, f->area, f->total, f->period, &n)) {
        s.kind = CT_SENTENCE_NO_TOTAL;
        say_sentence(&t, &s);
        return flush_text(doc, B_PARAGRAPH, &t, err);
    }
    s.kind = CT_SENTENCE_RECORDED;
    s.n1 = n;
    ct_rate r;
    if (rate_of(f, f->area, f->total, f->period, &r))
        s.rate = r.value;
    say_sentence(&t, &s);
    s.kind = CT_SENTENCE_CHANGE;
    if (f->prev != f->period)
        say_change(&t, &s, f, f->prev, "The number", f->prev_words);
    if (f->base != CT_DATASET_NO_ID && f->base != f->prev && f->base != f->period)
        say_change(&t, &s, f, f->base, "Over the longer term it",
                   f->base_words);
    say(&t, " Crimes here are every offence but anti-social behaviour, which "
        "is not a notifiable crime.");
    return flush_text(doc, B_PARAGRAPH, &t, err);
}

typedef struct mover {
    ct_dataset_id offence;
    int64_t from, to;
    double pct;
} mover;

static int by_pct_desc(const void *a, const void *b)
{
    double x = ((const mover *)a)->pct, y = ((const mover *)b)->pct;
    return (x < y) - (x > y);
}

/* The offences with the largest significant rises, then falls (exact
 * conditional test at the report's level, METHODS 3.1). */
static ct_status movers(ct_doc *doc, const facts *f, ct_error *err)
{
    size_t n_off = ct_dataset_n_offences(f->ds), n_up = 0, n_down = 0;
    mover *up = calloc(n_off + 1, sizeof *up);
    mover *down = calloc(n_off + 1, sizeof *down);
    ct_status st = CT_STATUS_OK;
    if (up == NULL || down == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    double alpha = 1.0 - f->o->query.confidence;
    for (ct_dataset_id o = 0; o < n_off; o++) {
        int64_t a, b;
        if (o == f->total ||
            !cell_count(f->ds, f->area, o, f->prev, &a) ||
            !cell_count(f->ds, f->area, o, f->period, &b) || a == 0)
            continue;
        double p0 = NAN, p1 = NAN;
        ct_dataset_population(f->ds, f->area, ct_dataset_period(f->ds,
                                                                f->prev),
                              f->o->query.pop_rule, &p0, NULL);
        ct_dataset_population(f->ds, f->area, ct_dataset_period(f->ds,
                                                                f->period),
                              f->o->query.pop_rule, &p1, NULL);
        if (!(p0 > 0) || !(p1 > 0))
            p0 = p1 = NAN;
        ct_change ch;
        if (ct_change_compute(a, b, p0, p1, f->o->query.per,
                              f->o->query.confidence, &ch, NULL) != CT_STATUS_OK ||
            !(ch.p_value < alpha))
            continue;
        mover m = {o, a, b, ch.pct_change};
        if (b > a)
            up[n_up++] = m;
        else
            down[n_down++] = m;
    }
    qsort(up, n_up, sizeof *up, by_pct_desc);
    qsort(down, n_down, sizeof *down, by_pct_desc);
    for (int side = 0; side < 2 && st == CT_STATUS_OK; side++) {
        mover *v = side == 0 ? up : down;
        size_t n = side == 0 ? n_up : n_down;
        text t = {0};
        ct_sentence head = {.kind = CT_SENTENCE_MOVERS, .up = side == 0,
                            .n1 = (int64_t)n};
        say_sentence(&t, &head);
        if ((st = flush_text(doc, B_PARAGRAPH, &t, err)) || n == 0)
            continue;
        /* Falls are listed largest first: the most negative change. */
        for (size_t k = 0; k < n && k < 3 && st == CT_STATUS_OK; k++) {
            mover *m = side == 0 ? &v[k] : &v[n - 1 - k];
            ct_sentence s = {.kind = CT_SENTENCE_CHANGE,
                             .subject = ct_dataset_offence_name(f->ds,
                                                                m->offence),
                             .p0 = f->prev_words, .p1 = f->p_words,
                             .n0 = m->from, .n1 = m->to};
            say_sentence(&t, &s);
            st = flush_text(doc, B_BULLET, &t, err);
        }
    }
out:
    free(up);
    free(down);
    return st;
}

/* Rates above and below the national rate: the area's interval against
 * the national figure as a point (METHODS 2.3). */
static ct_status against_nation(ct_doc *doc, const facts *f, ct_error *err)
{
    if (f->national == CT_DATASET_NO_ID || !f->has_pop)
        return CT_STATUS_OK;
    ct_status st = CT_STATUS_OK;
    for (int side = 1; side >= -1 && st == CT_STATUS_OK; side -= 2) {
        text t = {0};
        ct_sentence head = {.kind = CT_SENTENCE_VS_NATION_HEAD, .up = side > 0,
                            .nation = f->nat_name, .n1 = 1};
        say_sentence(&t, &head);
        size_t found = 0;
        for (ct_dataset_id o = 0; o < ct_dataset_n_offences(f->ds); o++) {
            ct_rate r, nr;
            if (!rate_of(f, f->area, o, f->period, &r) ||
                !rate_of(f, f->national, o, f->period, &nr))
                continue;
            bool hit = side > 0 ? r.low > nr.value : r.high < nr.value;
            if (!hit)
                continue;
            if (found++ == 0 &&
                (st = flush_text(doc, B_PARAGRAPH, &t, err)))
                return st;
            ct_sentence s = {.kind = CT_SENTENCE_VS_NATION,
                             .subject = ct_dataset_offence_name(f->ds, o),
                             .area = f->area_name, .rate = r.value,
                             .rate2 = nr.value, .per = f->o->query.per};
            say_sentence(&t, &s);
            if ((st = flush_text(doc, B_BULLET, &t, err)))
                return st;
        }
        if (found == 0) {
            free(t.s);
            text u = {0};
            head.n1 = 0;
            say_sentence(&u, &head);
            st = flush_text(doc, B_PARAGRAPH, &u, err);
        }
    }
    return st;
}

/* The area and then each of its districts, as a query's areas; NULL when
 * out of memory, else the caller frees the list.  '*n' counts them. */
static const char **area_and_districts(const ct_dataset *ds, const facts *f,
                                       size_t *n)
{
    const char **names = calloc(ct_dataset_n_areas(ds) + 1, sizeof *names);
    if (names == NULL)
        return NULL;
    *n = 0;
    names[(*n)++] = f->area_name;
    for (ct_dataset_id a = 0; a < ct_dataset_n_areas(ds); a++)
        if (ct_dataset_parent(ds, a) == f->area)
            names[(*n)++] = ct_dataset_area_name(ds, a);
    return names;
}

/* The comparison's summary, one block per paragraph. */
static ct_status summary_paragraphs(ct_doc *doc, const ct_table *cmp,
                                    double per, ct_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (mem == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    ct_status st = ct_tables_compare_write_summary(cmp, per, mem, err);
    fclose(mem);
    for (char *p = buf; st == CT_STATUS_OK && p != NULL && *p != '\0';) {
        char *end = strstr(p, "\n\n");
        if (end != NULL)
            *end = '\0';
        if (*p != '\0')
            st = ctp_doc_add_block(doc, B_PARAGRAPH, p, NULL, NULL, err);
        p = end ? end + 2 : NULL;
    }
    free(buf);
    return st;
}

/* One paragraph per district against its most similar areas. */
static ct_status districts(ct_doc *doc, const facts *f, ct_dataset *ds,
                           ct_table **table, ct_error *err)
{
    const char **names = calloc(ct_dataset_n_areas(ds) + 1, sizeof *names);
    if (names == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    size_t n = 0;
    for (ct_dataset_id a = 0; a < ct_dataset_n_areas(ds); a++) {
        const ct_dataset_id *peers;
        if (ct_dataset_parent(ds, a) == f->area &&
            ct_dataset_peers(ds, a, &peers) > 0)
            names[n++] = ct_dataset_area_name(ds, a);
    }
    ct_status st = CT_STATUS_OK;
    if (n == 0) {
        free(names);
        text t = {0};
        ct_sentence s = {.kind = CT_SENTENCE_NO_DISTRICTS, .area = f->area_name};
        say_sentence(&t, &s);
        return flush_text(doc, B_PARAGRAPH, &t, err);
    }
    ct_tables_query q = f->o->query;
    q.areas = names;
    q.n_areas = n;
    q.period = f->p_label;
    ct_table *cmp = NULL;
    if ((st = ct_tables_compare(ds, &q, f->o->national, &cmp, err)) ==
            CT_STATUS_OK &&
        (st = summary_paragraphs(doc, cmp, q.per, err)) == CT_STATUS_OK) {
        *table = cmp; /* shown with the other tables */
        cmp = NULL;
    }
    ct_table_free(cmp);
    free(names);
    return st;
}

static ct_status caveats(ct_doc *doc, const facts *f, ct_error *err)
{
    static const char *const always[] = {
        "Police-recorded crime reflects what is reported to and recorded by "
        "the police as well as the crime that happens; changes in recording "
        "practice move the figures too.",
        "A \"significant\" change or difference is one larger than random "
        "(Poisson) variation would explain; crimes are not independent "
        "events, so the intervals understate the uncertainty.",
    };
    ct_status st = CT_STATUS_OK;
    for (size_t i = 0; i < 2 && st == CT_STATUS_OK; i++)
        st = ctp_doc_add_block(doc, B_BULLET, always[i], NULL, NULL, err);
    text t = {0};
    size_t small = 0;
    for (ct_dataset_id o = 0; o < ct_dataset_n_offences(f->ds); o++) {
        int64_t n;
        if (cell_count(f->ds, f->area, o, f->period, &n) && n < 50) {
            if (small++ == 0)
                say(&t, "Small numbers: ");
            else
                say(&t, ", ");
            say(&t, "%s (%lld)", ct_dataset_offence_name(f->ds, o),
                (long long)n);
        }
    }
    if (st == CT_STATUS_OK && small > 0) {
        say(&t, " had fewer than 50 offences in %s; their percentage changes "
            "can be large by chance.", f->p_words);
        st = flush_text(doc, B_BULLET, &t, err);
    } else {
        free(t.s);
    }
    if (st == CT_STATUS_OK &&
        ct_dataset_period(f->ds, f->period).kind == CT_PERIOD_ROLLING)
        st = ctp_doc_add_block(doc, B_BULLET, "Rolling 12-month periods overlap, so "
                       "no trend test was made on them.", NULL, NULL, err);
    if (st == CT_STATUS_OK && !f->has_pop)
        st = ctp_doc_add_block(doc, B_BULLET, "Left out: rates and comparisons with "
                       "the nation, for want of population figures.", NULL,
                       NULL, err);
    return st;
}

/* "Looking ahead": the projections of `project` for all crime in the area
 * and its districts, each a line, and the figures of this period that
 * were outside the range the years before predicted.  Too few years for
 * a window leaves the section out. */
static ct_status looking_ahead(ct_doc *doc, const facts *f, ct_dataset *ds,
                               ct_error *err)
{
    if (f->total == CT_DATASET_NO_ID)
        return CT_STATUS_OK;
    size_t n;
    const char **names = area_and_districts(ds, f, &n);
    if (names == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    const char *offence[1] = {ct_dataset_offence_name(ds, f->total)};
    ct_tables_query q = f->o->query;
    q.areas = names;
    q.n_areas = n;
    q.offences = offence;
    q.n_offences = 1;
    q.period = f->p_label;
    ct_project_options po;
    ct_project_options_init(&po);
    ct_table *proj = NULL;
    ct_error e = CT_ERROR_INIT;
    ct_status st = ct_project_table(ds, &q, &po, &proj, &e);
    free(names);
    if (st == CT_STATUS_INPUT || st == CT_STATUS_USAGE)
        return CT_STATUS_OK;
    if (st != CT_STATUS_OK)
        return ctp_error_set(err, st, NULL, 0, 0, "%s", e.message);
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (mem == NULL) {
        ct_table_free(proj);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    st = ct_project_write_looking_ahead(proj, mem, err);
    fclose(mem);
    ct_table_free(proj);
    /* The section's Markdown, one block per line: the heading, bullets
     * and paragraphs. */
    for (char *p = buf; st == CT_STATUS_OK && p != NULL && *p != '\0';) {
        char *end = strchr(p, '\n');
        if (end != NULL)
            *end = '\0';
        if (strncmp(p, "## ", 3) == 0)
            st = ctp_doc_add_block(doc, B_HEADING, p + 3, NULL, NULL, err);
        else if (strncmp(p, "- ", 2) == 0)
            st = ctp_doc_add_block(doc, B_BULLET, p + 2, NULL, NULL, err);
        else if (*p != '\0')
            st = ctp_doc_add_block(doc, B_PARAGRAPH, p, NULL, NULL, err);
        p = end ? end + 1 : NULL;
    }
    free(buf);
    return st;
}

/* ---- building -------------------------------------------------------- */

/* The total, the area assessed and the national comparator. */
static ct_status find_areas(ct_dataset *ds, ct_doc *doc, facts *f,
                            ct_error *err)
{
    const ct_assess_options *o = f->o;
    ct_status st = ct_dataset_add_total(ds, err);
    if (st != CT_STATUS_OK)
        return st;
    f->total = ct_dataset_find_offence(ds, CT_DATASET_ALL_CRIME);
    if (f->total == CT_DATASET_NO_ID && ct_dataset_n_offences(ds) == 1)
        f->total = 0;
    f->area = o->area ? ct_dataset_match_area(ds, o->area) : choose_area(ds);
    if (f->area == CT_DATASET_NO_ID)
        return o->area ? ctp_unknown_name(ds, true, o->area, err)
                       : ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                                       "no area has districts in areas.csv; "
                                       "name the area with --area");
    snprintf(f->area_name, sizeof f->area_name, "%s",
             ct_dataset_area_name(ds, f->area));
    ctp_doc_set_area(doc, f->area_name);
    f->national = o->national ? ct_dataset_match_area(ds, o->national)
                              : ct_dataset_root(ds, f->area);
    if (f->national == f->area)
        f->national = CT_DATASET_NO_ID;
    if (f->national != CT_DATASET_NO_ID)
        snprintf(f->nat_name, sizeof f->nat_name, "%s",
                 ct_dataset_area_name(ds, f->national));
    return CT_STATUS_OK;
}

/* The period assessed, the one a year before and the base (given, or the
 * earliest of the same length and time of year), with their labels and
 * words. */
static ct_status find_periods(const ct_dataset *ds, facts *f, ct_error *err)
{
    const ct_assess_options *o = f->o;
    ct_status st;
    if (o->query.period != NULL) {
        if ((st = ctp_find_period(ds, o->query.period, "period", &f->period,
                                  err)))
            return st;
    } else if ((f->period = ctp_latest_period(ds)) == CT_DATASET_NO_ID) {
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "the data holds no counts");
    }
    ct_period p = ct_dataset_period(ds, f->period);
    f->prev = ct_dataset_find_period(ds, ct_period_shift_years(p, -1));
    if (o->base != NULL) {
        if ((st = ctp_find_period(ds, o->base, "base period", &f->base, err)))
            return st;
    } else {
        ct_dataset_id ids[1024];
        size_t n = ct_dataset_n_periods(ds) < 1024
                       ? ct_dataset_sorted_periods(ds, ids) : 0;
        f->base = CT_DATASET_NO_ID;
        for (size_t k = 0; k < n && f->base == CT_DATASET_NO_ID; k++)
            if (ct_dataset_period(ds, ids[k]).n_months == p.n_months &&
                (p.start - ct_dataset_period(ds, ids[k]).start) % 12 == 0)
                f->base = ids[k];
    }
    ct_period_format(p, f->p_label, sizeof f->p_label);
    period_words(p, f->p_words, sizeof f->p_words);
    if (f->prev != CT_DATASET_NO_ID) {
        ct_period_format(ct_dataset_period(ds, f->prev), f->prev_label,
                         sizeof f->prev_label);
        period_words(ct_dataset_period(ds, f->prev), f->prev_words,
                     sizeof f->prev_words);
    }
    if (f->base != CT_DATASET_NO_ID) {
        ct_period_format(ct_dataset_period(ds, f->base), f->base_label,
                         sizeof f->base_label);
        period_words(ct_dataset_period(ds, f->base), f->base_words,
                     sizeof f->base_words);
    }
    if (f->base == f->period)
        f->base = CT_DATASET_NO_ID; /* one period: no longer-term change */
    f->has_pop = ct_dataset_population(ds, f->area, p, o->query.pop_rule,
                                       NULL, NULL);
    return CT_STATUS_OK;
}

/* A report whose sections would be empty is refused, saying which input
 * is missing, rather than written with nothing in it. */
static ct_status refuse_empty(ct_dataset *ds, const facts *f, ct_error *err)
{
    size_t n_with_peers = 0;
    for (ct_dataset_id a = 0; a < ct_dataset_n_areas(ds); a++) {
        const ct_dataset_id *peers;
        if (ct_dataset_parent(ds, a) == f->area)
            n_with_peers += ct_dataset_peers(ds, a, &peers) > 0;
    }
    /* Populations given for the area, but not for this period (one year
     * published only): its rate sections would be empty. */
    ct_period p = ct_dataset_period(ds, f->period);
    ct_pop_fallback fallback = ct_dataset_pop_fallback(ds);
    ct_period other;
    ct_dataset_set_pop_fallback(ds, CT_POP_NEAREST);
    bool has_other = !f->has_pop &&
                     ct_dataset_population(ds, f->area, p,
                                           f->o->query.pop_rule, NULL, &other);
    ct_dataset_set_pop_fallback(ds, fallback);
    if (has_other) {
        char l[32];
        ct_period_format(other, l, sizeof l);
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "no population for '%s' in %s (the nearest given "
                             "is for %s), so the rates and comparisons of the "
                             "assessment would be empty; expected a row for "
                             "%s in population.csv, or --population-rule "
                             "nearest to take the closest year", f->area_name,
                             f->p_label, l, f->p_label);
    }
    if (!f->has_pop && f->prev == CT_DATASET_NO_ID &&
        f->base == CT_DATASET_NO_ID && n_with_peers == 0)
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "the assessment of '%s' would be empty: the "
                             "counts have no earlier period than %s to "
                             "compare with, there is no population.csv for "
                             "rates, and no peers.csv for the districts; "
                             "expected at least one of them", f->area_name,
                             f->p_label);
    return CT_STATUS_OK;
}

/* The title and the sections of prose, with the peer table of the
 * districts left in '*peer_table' for the tables at the end. */
static ct_status write_sections(ct_dataset *ds, ct_doc *doc, const facts *f,
                                ct_table **peer_table, ct_error *err)
{
    ct_status st;
    text t = {0};
    say(&t, "Strategic assessment: %s, %s", f->area_name,
        strncmp(f->p_words, "the ", 4) == 0 ? f->p_words + 4 : f->p_words);
    if ((st = flush_text(doc, B_TITLE, &t, err)) ||
        (st = ctp_doc_add_block(doc, B_HEADING, "Executive summary", NULL, NULL,
                        err)) ||
        (st = overview(doc, f, err)) ||
        (st = movers(doc, f, err)) ||
        (st = against_nation(doc, f, err)) ||
        (st = ctp_doc_add_block(doc, B_HEADING, "Districts against their most "
                        "similar areas", NULL, NULL, err)) ||
        (st = districts(doc, f, ds, peer_table, err)) ||
        (st = looking_ahead(doc, f, ds, err)) ||
        (st = ctp_doc_add_block(doc, B_HEADING, "Caveats", NULL, NULL, err)) ||
        (st = caveats(doc, f, err)))
        return st;
    return CT_STATUS_OK;
}

/* The tables behind the summary, for the county and then each district:
 * change, rates, and the peer comparison ('*peer_table', taken). */
static ct_status write_tables(ct_dataset *ds, ct_doc *doc, const facts *f,
                              ct_table **peer_table, ct_error *err)
{
    ct_status st = CT_STATUS_OK;
    ct_tables_query q = f->o->query;
    size_t n_one;
    const char **one = area_and_districts(ds, f, &n_one);
    if (one == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    q.areas = one;
    q.n_areas = n_one;
    q.period = f->p_label;
    q.to = f->p_label;
    q.from = f->prev != CT_DATASET_NO_ID ? f->prev_label : NULL;
    q.base = f->base != CT_DATASET_NO_ID && f->base != f->prev ? f->base_label
                                                               : NULL;
    q.counts_only = !f->has_pop; /* the summary then speaks of counts too */
    ct_table *tab = NULL;
    if (f->prev != CT_DATASET_NO_ID &&
        ((st = ctp_doc_add_block(doc, B_HEADING, "Change", NULL, NULL, err)) ||
         (st = ct_tables_change(ds, &q, &tab, err)) ||
         (st = ctp_doc_add_block(doc, B_TABLE, NULL, NULL, tab, err))))
        goto out;
    tab = NULL;
    if (f->has_pop &&
        ((st = ctp_doc_add_block(doc, B_HEADING, "Rates", NULL, NULL, err)) ||
         (st = ct_tables_rates(ds, &q, &tab, err)) ||
         (st = ctp_doc_add_block(doc, B_TABLE, NULL, NULL, tab, err))))
        goto out;
    if (*peer_table != NULL) {
        tab = *peer_table;
        *peer_table = NULL;
        if ((st = ctp_doc_add_block(doc, B_HEADING, "Peer comparison of the "
                            "districts", NULL, NULL, err)) ||
            (st = ctp_doc_add_block(doc, B_TABLE, NULL, NULL, tab, err)))
            goto out;
    }
out:
    free(one);
    return st;
}

ct_status ct_assess_build(ct_dataset *ds, const ct_assess_options *o,
                          ct_doc **out, ct_error *err)
{
    facts f = {.ds = ds, .o = o};
    ct_table *peer_table = NULL;
    ct_status st;
    ct_doc *doc = ctp_doc_new();
    if (doc == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    if ((st = find_areas(ds, doc, &f, err)) ||
        (st = find_periods(ds, &f, err)) ||
        (st = refuse_empty(ds, &f, err)) ||
        (st = write_sections(ds, doc, &f, &peer_table, err)) ||
        (st = write_tables(ds, doc, &f, &peer_table, err))) {
        ct_table_free(peer_table);
        ct_doc_free(doc);
        return st;
    }
    *out = doc;
    return CT_STATUS_OK;
}
