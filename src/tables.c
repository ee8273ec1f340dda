/* tables.c - builds the result tables of the rates and change commands
 * from a dataset: chooses the periods, applies the filters, looks up each
 * population by the stated rule, and fills one row per area, offence and
 * period (or pair of periods) in a stable order. */
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "crimetrend/tables.h"
#include "crimetrend/rate.h"
#include "crimetrend/change.h"
#include "crimetrend/number.h"
#include "error_set.h"
#include "alloc.h"
#include "tables_build.h"

void ct_tables_query_init(ct_tables_query *q)
{
    memset(q, 0, sizeof *q);
    q->per = 1000.0;
    q->confidence = 0.95;
    q->pop_rule = CT_POP_RULE_JUNE30;
}

/* ---- selections ----------------------------------------------------- */

static int cmp_named(const void *a, const void *b)
{
    return strcmp(((const named_id *)a)->name, ((const named_id *)b)->name);
}

/* The error for a name the data does not hold, with the nearest names
 * as "did you mean" candidates. */
ct_status ctp_unknown_name(const ct_dataset *ds, bool areas,
                           const char *name, ct_error *err)
{
    const char *near[3];
    size_t n = ct_dataset_suggest(ds, areas, name, near, 3);
    char hint[300] = "";
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof hint; i++) {
        int w = snprintf(hint + k, sizeof hint - k, "%s'%s'",
                         i == 0 ? "; did you mean " : i + 1 == n ? " or "
                                                                 : ", ",
                         near[i]);
        if (w < 0)
            break;
        k += (size_t)w;
    }
    return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                         "no %s called '%s' in the data%s%s",
                         areas ? "area" : "offence", name, hint,
                         n > 0 ? "?" : "");
}

/* The ids to report, sorted by name: those named in 'filter' (each must
 * exist, matched as people type names), or all; for areas, less any the
 * query excludes.  '*out' is owned by the caller. */
static ct_status select_names(const ct_dataset *ds, bool areas,
                              const char *const *filter, size_t n_filter,
                              const ct_tables_query *q, named_id **out,
                              size_t *n_out, ct_error *err)
{
    size_t n_all = areas ? ct_dataset_n_areas(ds) : ct_dataset_n_offences(ds);
    size_t n = filter != NULL ? n_filter : n_all;
    named_id *v = ctp_realloc_array(NULL, n ? n : 1, sizeof *v);
    bool *drop = areas ? calloc(n_all + 1, sizeof *drop) : NULL;
    if (v == NULL || (areas && drop == NULL)) {
        free(v);
        free(drop);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; areas && q != NULL && i < q->n_exclude; i++) {
        ct_dataset_id id = ct_dataset_match_area(ds, q->exclude[i]);
        if (id == CT_DATASET_NO_ID) {
            free(v);
            free(drop);
            return ctp_unknown_name(ds, true, q->exclude[i], err);
        }
        drop[id] = true;
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        ct_dataset_id id = (ct_dataset_id)i;
        if (filter != NULL) {
            id = areas ? ct_dataset_match_area(ds, filter[i])
                       : ct_dataset_match_offence(ds, filter[i]);
            if (id == CT_DATASET_NO_ID) {
                free(v);
                free(drop);
                return ctp_unknown_name(ds, areas, filter[i], err);
            }
        }
        if (areas && drop[id])
            continue;
        v[kept].id = id;
        v[kept].name = areas ? ct_dataset_area_name(ds, id)
                             : ct_dataset_offence_name(ds, id);
        kept++;
    }
    free(drop);
    qsort(v, kept, sizeof *v, cmp_named);
    *out = v;
    *n_out = kept;
    return CT_STATUS_OK;
}

ct_status ctp_select_names(const ct_dataset *ds, bool areas,
                           const char *const *filter, size_t n_filter,
                           named_id **out, size_t *n_out, ct_error *err)
{
    return select_names(ds, areas, filter, n_filter, NULL, out, n_out, err);
}

ct_status ctp_select_query(const ct_dataset *ds, bool areas,
                           const char *const *filter, size_t n_filter,
                           const ct_tables_query *q, named_id **out, size_t *n_out,
                           ct_error *err)
{
    return select_names(ds, areas, filter, n_filter, q, out, n_out, err);
}

ct_status ctp_select_areas_offences(const ct_dataset *ds,
                                    const ct_tables_query *q,
                                    named_id **areas, size_t *n_areas,
                                    named_id **offences, size_t *n_offences,
                                    ct_error *err)
{
    *areas = *offences = NULL;
    *n_areas = *n_offences = 0;
    ct_status st = select_names(ds, true, q->areas, q->n_areas, q, areas,
                                n_areas, err);
    if (st == CT_STATUS_OK)
        st = select_names(ds, false, q->offences, q->n_offences, NULL,
                          offences, n_offences, err);
    if (st != CT_STATUS_OK) {
        free(*areas);
        *areas = NULL;
        *n_areas = 0;
    }
    return st;
}

bool *ctp_with_cells(const ct_dataset *ds, bool areas)
{
    size_t n = areas ? ct_dataset_n_areas(ds) : ct_dataset_n_offences(ds);
    bool *has = calloc(n + 1, sizeof *has);
    if (has == NULL)
        return NULL;
    for (size_t i = 0; i < ct_dataset_n_cells(ds); i++) {
        ct_dataset_id a, o;
        ct_dataset_cell_at(ds, i, &a, &o, NULL);
        has[areas ? a : o] = true;
    }
    return has;
}

/* ---- the one-line summaries ------------------------------------------ */

/* Appends to a fixed list, marking it full (so that "and more" can be
 * said) rather than cutting a name in half. */
static bool list_add(char *list, size_t size, const char *item)
{
    size_t k = strlen(list), n = strlen(item);
    if (k + n + 3 >= size)
        return false;
    snprintf(list + k, size - k, "%s%s", k ? "; " : "", item);
    return true;
}

ct_status ctp_population(const ct_dataset *ds, const ct_tables_query *q, ct_dataset_id area,
                         ct_period p, ctp_left_out *lo, double *pop,
                         ct_period *source, bool *usable, ct_error *err)
{
    double v = NAN;
    ct_period src = p;
    bool has = ct_dataset_population(ds, area, p, q->pop_rule, &v, &src);
    *usable = has && isfinite(v) && v > 0;
    if (pop != NULL)
        *pop = v;
    if (source != NULL)
        *source = src;
    if (*usable)
        return CT_STATUS_OK;
    char label[32], why[200];
    ct_period_format(p, label, sizeof label);
    const char *name = ct_dataset_area_name(ds, area);
    const char *path = NULL;
    unsigned long line = has ? ct_dataset_population_place(ds, area, src,
                                                           &path) : 0;
    if (q->strict) {
        if (has)
            return ctp_error_set(err, CT_STATUS_INPUT, path, line, 0,
                                 "population of area '%s' for %s is %.15g; "
                                 "expected a number above 0 (or leave the "
                                 "area out with --exclude-area)", name,
                                 label, v);
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "no population for area '%s' in period %s "
                             "(nor a mid-%d estimate); expected a row in "
                             "population.csv (or --population-rule nearest, "
                             "or --exclude-area)", name, label,
                             ct_period_population_year(p, q->pop_rule));
    }
    size_t n_areas = ct_dataset_n_areas(ds);
    if (lo->seen == NULL) {
        lo->seen = calloc(n_areas + 1, sizeof *lo->seen);
        lo->n_seen = n_areas + 1;
        if (lo->seen == NULL)
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
    }
    if (area >= lo->n_seen || lo->seen[area])
        return CT_STATUS_OK;
    lo->seen[area] = true;
    lo->n++;
    if (has && path != NULL && line > 0)
        snprintf(why, sizeof why, "'%s' (%s: %.15g at %s:%lu)", name, label,
                 v, path, line);
    else if (has)
        snprintf(why, sizeof why, "'%s' (%s: %.15g)", name, label, v);
    else
        snprintf(why, sizeof why, "'%s' (%s: none)", name, label);
    if (!lo->full && !list_add(lo->list, sizeof lo->list, why))
        lo->full = true;
    return CT_STATUS_OK;
}

/* "N areas ...: 'A' (...); 'B' (...); and K more" into 'buf'. */
static void left_out_words(const ctp_left_out *lo, char *buf, size_t size)
{
    size_t listed = lo->list[0] != '\0';
    for (const char *c = lo->list; *c; c++)
        listed += *c == ';';
    char more[48] = "";
    if (listed < lo->n)
        snprintf(more, sizeof more, "; and %zu more", lo->n - listed);
    snprintf(buf, size, "%zu area%s left out for want of a population above "
             "0: %s%s", lo->n, lo->n == 1 ? "" : "s", lo->list, more);
}

void ctp_left_out_done(ctp_left_out *lo, const ct_tables_query *q)
{
    if (lo->n > 0 && q->warn != NULL) {
        char words[600];
        left_out_words(lo, words, sizeof words);
        ctp_warn(q->warn, q->warn_ctx, NULL, 0, 0,
                 "%s (--strict stops instead; --population-rule nearest "
                 "takes the closest year)", words);
    }
    free(lo->seen);
    memset(lo, 0, sizeof *lo);
}

/* The error when every area was left out: nothing would be reported. */
ct_status ctp_all_left_out(const ctp_left_out *lo, ct_error *err)
{
    char words[600];
    left_out_words(lo, words, sizeof words);
    return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                         "no area is left to report: %s; expected "
                         "populations for the period(s) asked for (or "
                         "--population-rule nearest)", words);
}

void ctp_missing_note(ctp_missing *m, const char *area, const char *offence,
                      const char *period)
{
    if (m->n++ < 3) {
        char item[200];
        snprintf(item, sizeof item, "%s / %s / %s", area, offence, period);
        list_add(m->list, sizeof m->list, item);
    }
}

void ctp_missing_done(const ctp_missing *m, const ct_tables_query *q)
{
    if (m->n == 0 || q->warn == NULL)
        return;
    ctp_warn(q->warn, q->warn_ctx, NULL, 0, 0,
             "%zu cell%s missing (no count in the data), %s: %s%s", m->n,
             m->n == 1 ? " is" : "s are",
             m->how != NULL ? m->how : "shown as 'missing'", m->list,
             m->n > 3 ? "; ..." : "");
}

/* The latest period that holds any count, or CT_DATASET_NO_ID. */
ct_dataset_id ctp_latest_period(const ct_dataset *ds)
{
    ct_dataset_id best = CT_DATASET_NO_ID;
    size_t n = ct_dataset_n_cells(ds);
    bool *seen = calloc(ct_dataset_n_periods(ds) + 1, sizeof *seen);
    if (seen == NULL)
        return CT_DATASET_NO_ID;
    for (size_t i = 0; i < n; i++) {
        ct_dataset_id p;
        ct_dataset_cell_at(ds, i, NULL, NULL, &p);
        seen[p] = true;
    }
    for (ct_dataset_id p = 0; p < ct_dataset_n_periods(ds); p++)
        if (seen[p] && (best == CT_DATASET_NO_ID ||
                        ct_period_compare(ct_dataset_period(ds, p),
                                          ct_dataset_period(ds, best)) > 0))
            best = p;
    free(seen);
    return best;
}

/* Resolves a period given on the command line to a period of the data. */
ct_status ctp_find_period(const ct_dataset *ds, const char *label,
                             const char *what, ct_dataset_id *id, ct_error *err)
{
    ct_period p;
    if (!ct_period_parse(label, strlen(label), &p))
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "%s '%s' is not a period label; expected e.g. "
                             "2015, 2015/16, 2015Q3, 2015-09 or YE2015-09",
                             what, label);
    *id = ct_dataset_find_period(ds, p);
    /* A period whose cells were all left out (incomplete when aggregated)
     * is as good as absent. */
    bool has_cells = false;
    for (size_t i = 0; *id != CT_DATASET_NO_ID && i < ct_dataset_n_cells(ds) &&
                       !has_cells; i++) {
        ct_dataset_id q;
        ct_dataset_cell_at(ds, i, NULL, NULL, &q);
        has_cells = q == *id;
    }
    if (!has_cells)
        *id = CT_DATASET_NO_ID;
    if (*id == CT_DATASET_NO_ID)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "%s %s is not in the data (use --period-type to "
                             "aggregate months into longer periods)",
                             what, label);
    return CT_STATUS_OK;
}

void ctp_level_label(double confidence, char *buf, size_t size)
{
    ct_number_format_raw(confidence * 100.0, buf, size);
}

ct_status ctp_add_common_notes(ct_table *t, const ct_tables_query *q,
                                  ct_error *err)
{
    char note[400], per[32], level[32];
    ct_number_format_fixed(q->per, 0, true, per, sizeof per);
    ctp_level_label(q->confidence, level, sizeof level);
    snprintf(note, sizeof note,
             "rates are per %s population; %s%% confidence intervals are "
             "exact Poisson for counts below 10 and Byar's method from 10 "
             "(as PHE Fingertips; see the README, Methods)", per, level);
    ct_status st = ct_table_add_note(t, note, err);
    if (st == CT_STATUS_OK)
        st = ct_table_add_note(t, ct_pop_rule_describe(q->pop_rule), err);
    if (st == CT_STATUS_OK)
        st = ct_table_add_note(t,
                               "intervals describe random (Poisson) "
                               "variation only; police-recorded crime also "
                               "reflects recording practice", err);
    return st;
}

/* ---- rates ---------------------------------------------------------- */

enum {
    R_AREA, R_OFFENCE, R_PERIOD, R_COUNT, R_POPULATION, R_PER, R_RATE,
    R_LOW, R_HIGH, R_LEVEL, R_METHOD, R_POP_YEAR, R_N
};

/* The error when the data hold no count at all, naming the counts file. */
static ct_status no_counts(const ct_dataset *ds, ct_error *err)
{
    const char *path = ct_dataset_counts_path(ds);
    return ctp_error_set(err, CT_STATUS_INPUT, path[0] ? path : NULL,
                         path[0] ? ct_dataset_counts_lines(ds) : 0, 0,
                         "the data holds no counts (a header and no rows, "
                         "or every period left out as incomplete); expected "
                         "rows of area, offence, period and count");
}

/* Every period that holds a cell, in order. */
static size_t periods_with_cells(const ct_dataset *ds, ct_dataset_id *ids)
{
    size_t n = ct_dataset_sorted_periods(ds, ids), kept = 0;
    bool *has = calloc(n + 1, sizeof *has);
    if (has == NULL)
        return n;
    for (size_t i = 0; i < ct_dataset_n_cells(ds); i++) {
        ct_dataset_id p;
        ct_dataset_cell_at(ds, i, NULL, NULL, &p);
        has[p] = true;
    }
    for (size_t i = 0; i < n; i++)
        if (has[ids[i]])
            ids[kept++] = ids[i];
    free(has);
    return kept;
}

/* The periods of a rates table: every period with cells for --period
 * all, the one asked for, or the latest; '*n' of them into 'periods'. */
static ct_status rates_periods(const ct_dataset *ds, const ct_tables_query *q,
                               ct_dataset_id *periods, size_t *n,
                               ct_error *err)
{
    *n = 0;
    if (q->period != NULL && strcmp(q->period, "all") == 0) {
        *n = periods_with_cells(ds, periods);
    } else if (q->period != NULL) {
        ct_status st = ctp_find_period(ds, q->period, "period", &periods[0],
                                       err);
        if (st != CT_STATUS_OK)
            return st;
        *n = 1;
    } else if ((periods[0] = ctp_latest_period(ds)) != CT_DATASET_NO_ID) {
        *n = 1;
    }
    if (*n == 0)
        return no_counts(ds, err);
    return CT_STATUS_OK;
}

static const ct_table_column rates_cols[R_N - CTP_N_PLACE_COLUMNS] = {
    {"per", "Per", CT_TABLE_REAL, 0, NULL},
    {"rate", "Rate", CT_TABLE_REAL, 2, NULL},
    {"rate_low", "Low", CT_TABLE_REAL, 2, NULL},
    {"rate_high", "High", CT_TABLE_REAL, 2, NULL},
    {"level", "Level", CT_TABLE_REAL, -1, "%"},
    {"method", "Method", CT_TABLE_STRING, 0, NULL},
    {"population_year", "Pop. year", CT_TABLE_STRING, 0, NULL},
};

/* What every row of one rates table shares. */
typedef struct rates_run {
    const ct_dataset *ds;
    const ct_tables_query *q;
    ct_table *t;
    bool show_year;      /* the population_year column is there */
    size_t n_kept;       /* rows with a usable population */
    ctp_left_out lo;
    ctp_missing miss;
} rates_run;

/* The rate of a present cell, or why there is none. */
static ct_status rates_value(rates_run *rx, const char *area,
                             const char *offence, const char *label,
                             ct_cell cell, double pop, ct_error *err)
{
    ct_table *t = rx->t;
    if (cell.state != CT_CELL_PRESENT) {
        bool suppressed = cell.state == CT_CELL_SUPPRESSED;
        if (!suppressed)
            ctp_missing_note(&rx->miss, area, offence, label);
        return ct_table_set_string(t, R_METHOD,
                                   suppressed ? "suppressed" : "missing",
                                   err);
    }
    ct_rate rate;
    ct_status st = ct_rate_per(cell.count, pop, rx->q->per,
                               rx->q->confidence, &rate, err);
    if (st != CT_STATUS_OK)
        return st;
    ctp_put_rate(t, cell.count, &rate);
    return ct_table_set_string(t, R_METHOD,
                               ct_stats_ci_method_name(rate.method), err);
}

/* The row of one area, offence and period; none when the area has no
 * usable population then (it is named in the one warning). */
static ct_status rates_row(rates_run *rx, const named_id *area,
                           const named_id *offence, ct_dataset_id pid,
                           ct_error *err)
{
    const ct_tables_query *q = rx->q;
    ct_table *t = rx->t;
    ct_period p = ct_dataset_period(rx->ds, pid), src;
    char label[32];
    ct_period_format(p, label, sizeof label);
    double pop = NAN;
    bool usable;
    ct_status st = ctp_population(rx->ds, q, area->id, p, &rx->lo, &pop,
                                  &src, &usable, err);
    if (st != CT_STATUS_OK || !usable)
        return st;
    rx->n_kept++;
    ct_cell cell;
    ct_dataset_get_cell(rx->ds, area->id, offence->id, pid, &cell);
    if ((st = ct_table_add_row(t, err)) ||
        (st = ct_table_set_string(t, R_AREA, area->name, err)) ||
        (st = ct_table_set_string(t, R_OFFENCE, offence->name, err)) ||
        (st = ct_table_set_string(t, R_PERIOD, label, err)))
        return st;
    ct_table_set_real(t, R_PER, q->per);
    ct_table_set_real(t, R_LEVEL, q->confidence * 100.0);
    ct_table_set_real(t, R_POPULATION, pop);
    if (rx->show_year) {
        char year[32];
        ct_period_format(src, year, sizeof year);
        if ((st = ct_table_set_string(t, R_POP_YEAR, year, err)))
            return st;
    }
    return rates_value(rx, area->name, offence->name, label, cell, pop, err);
}

/* The notes under a rates table, with the population year's when it is
 * shown. */
static ct_status rates_notes(const rates_run *rx, ct_error *err)
{
    ct_status st = ctp_add_common_notes(rx->t, rx->q, err);
    if (st != CT_STATUS_OK || !rx->show_year)
        return st;
    return ct_table_add_note(rx->t, ct_dataset_pop_fallback(rx->ds) ==
                                            CT_POP_NEAREST
                                        ? "where a period's own population "
                                          "is not published, the closest "
                                          "published year's is used; "
                                          "population_year says which"
                                        : "where a period's own population "
                                          "is not published, the latest "
                                          "earlier year's is carried "
                                          "forward; population_year says "
                                          "which", err);
}

ct_status ct_tables_rates(const ct_dataset *ds, const ct_tables_query *q,
                          ct_table **out, ct_error *err)
{
    /* The year a population came from matters only when it may differ
     * from the period's own. */
    rates_run rx = {.ds = ds, .q = q,
                    .show_year = ct_dataset_pop_fallback(ds) != CT_POP_EXACT};
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0, n_periods = 0;
    ct_dataset_id *periods = NULL;
    bool *area_has = NULL, *offence_has = NULL;
    ct_status st;
    if ((st = ctp_select_areas_offences(ds, q, &areas, &n_areas, &offences,
                                        &n_offences, err)))
        goto fail;
    periods = calloc(ct_dataset_n_periods(ds) + 1, sizeof *periods);
    area_has = ctp_with_cells(ds, true);
    offence_has = ctp_with_cells(ds, false);
    if (periods == NULL || area_has == NULL || offence_has == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    if ((st = rates_periods(ds, q, periods, &n_periods, err)))
        goto fail;
    if (!ct_dataset_has_populations(ds)) {
        st = ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                           "rates need populations and none were read; "
                           "expected DIR/population.csv or --population "
                           "FILE");
        goto fail;
    }
    rx.t = ctp_table_new_joined(ctp_place_columns, CTP_N_PLACE_COLUMNS,
                                rates_cols, rx.show_year
                                                ? R_N - CTP_N_PLACE_COLUMNS
                                                : R_N - CTP_N_PLACE_COLUMNS - 1);
    if (rx.t == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    /* Areas named only in population, peers or areas files have no
     * cells, and no rows. */
    for (size_t a = 0; a < n_areas && st == CT_STATUS_OK; a++)
        for (size_t o = 0; o < n_offences && st == CT_STATUS_OK; o++)
            for (size_t k = 0; k < n_periods && st == CT_STATUS_OK; k++)
                if (area_has[areas[a].id] && offence_has[offences[o].id])
                    st = rates_row(&rx, &areas[a], &offences[o], periods[k],
                                   err);
    if (st == CT_STATUS_OK && rx.n_kept == 0 && rx.lo.n > 0)
        st = ctp_all_left_out(&rx.lo, err);
    if (st == CT_STATUS_OK)
        st = rates_notes(&rx, err);
fail:
    free(areas);
    free(offences);
    free(periods);
    free(area_has);
    free(offence_has);
    return ctp_table_done(st, rx.t, out, &rx.lo, &rx.miss, q);
}

/* ---- change --------------------------------------------------------- */

enum {
    C_AREA, C_OFFENCE, C_FROM, C_TO, C_COUNT_FROM, C_COUNT_TO, C_CHANGE,
    C_PCT, C_RATE_FROM, C_RATE_TO, C_RATE_PCT, C_RATIO, C_RATIO_LOW,
    C_RATIO_HIGH, C_P, C_REASON, C_N
};

/* The reason a change cannot be given: "missing 2017", "suppressed 2018",
 * or both parts; "" when both counts are there. */
static void change_reason(ct_cell c0, ct_cell c1, const char *l0,
                          const char *l1, char *buf, size_t size)
{
    buf[0] = '\0';
    const ct_cell *c[2] = {&c0, &c1};
    const char *l[2] = {l0, l1};
    for (int i = 0; i < 2; i++) {
        if (c[i]->state == CT_CELL_PRESENT)
            continue;
        size_t k = strlen(buf);
        snprintf(buf + k, size - k, "%s%s %s", k ? ", " : "",
                 c[i]->state == CT_CELL_SUPPRESSED ? "suppressed" : "missing",
                 l[i]);
    }
}

static ct_status change_row(ct_table *t, const ct_dataset *ds,
                            const ct_tables_query *q, const named_id *area,
                            const named_id *offence, ct_dataset_id from, ct_dataset_id to,
                            bool use_pop, ctp_missing *miss, ct_error *err)
{
    ct_cell c0, c1;
    ct_dataset_get_cell(ds, area->id, offence->id, from, &c0);
    ct_dataset_get_cell(ds, area->id, offence->id, to, &c1);
    ct_period p0 = ct_dataset_period(ds, from), p1 = ct_dataset_period(ds, to);
    char l0[32], l1[32];
    ct_period_format(p0, l0, sizeof l0);
    ct_period_format(p1, l1, sizeof l1);
    ct_status st;
    if ((st = ct_table_add_row(t, err)) ||
        (st = ct_table_set_string(t, C_AREA, area->name, err)) ||
        (st = ct_table_set_string(t, C_OFFENCE, offence->name, err)) ||
        (st = ct_table_set_string(t, C_FROM, l0, err)) ||
        (st = ct_table_set_string(t, C_TO, l1, err)))
        return st;
    if (c0.state == CT_CELL_PRESENT)
        ct_table_set_count(t, C_COUNT_FROM, c0.count);
    if (c1.state == CT_CELL_PRESENT)
        ct_table_set_count(t, C_COUNT_TO, c1.count);
    if (c0.state != CT_CELL_PRESENT || c1.state != CT_CELL_PRESENT) {
        char reason[80];
        change_reason(c0, c1, l0, l1, reason, sizeof reason);
        if (c0.state == CT_CELL_MISSING)
            ctp_missing_note(miss, area->name, offence->name, l0);
        if (c1.state == CT_CELL_MISSING)
            ctp_missing_note(miss, area->name, offence->name, l1);
        return ct_table_set_string(t, C_REASON, reason, err);
    }
    double n0 = NAN, n1 = NAN;
    if (use_pop) {
        ct_dataset_population(ds, area->id, p0, q->pop_rule, &n0, NULL);
        ct_dataset_population(ds, area->id, p1, q->pop_rule, &n1, NULL);
    }
    ct_change ch;
    if ((st = ct_change_compute(c0.count, c1.count, n0, n1, q->per,
                                q->confidence, &ch, err)))
        return st;
    ct_table_set_count(t, C_CHANGE, ch.change);
    ct_table_set_real(t, C_PCT, ch.pct_change);
    ct_table_set_real(t, C_RATE_FROM, ch.rate_from);
    ct_table_set_real(t, C_RATE_TO, ch.rate_to);
    ct_table_set_real(t, C_RATE_PCT, ch.rate_pct_change);
    ct_table_set_real(t, C_RATIO, ch.ratio);
    ct_table_set_real(t, C_RATIO_LOW, ch.ratio_low);
    ct_table_set_real(t, C_RATIO_HIGH, ch.ratio_high);
    ct_table_set_real(t, C_P, ch.p_value);
    return ct_table_set_string(t, C_REASON, "", err);
}

static const ct_table_column change_cols[C_N - CTP_N_SPAN_COLUMNS] = {
#define AT(i) [CTP_AFTER_SPAN(i)]
    AT(C_COUNT_FROM) = {"count_from", "Count from", CT_TABLE_COUNT, 0, NULL},
    AT(C_COUNT_TO) = {"count_to", "Count to", CT_TABLE_COUNT, 0, NULL},
    AT(C_CHANGE) = {"change", "Change", CT_TABLE_COUNT, 0, NULL},
    AT(C_PCT) = {"pct_change", "Change %", CT_TABLE_REAL, 0, "%"},
    AT(C_RATE_FROM) = {"rate_from", "Rate from", CT_TABLE_REAL, 2, NULL},
    AT(C_RATE_TO) = {"rate_to", "Rate to", CT_TABLE_REAL, 2, NULL},
    AT(C_RATE_PCT) = {"rate_pct_change", "Rate change %", CT_TABLE_REAL, 0,
                      "%"},
    AT(C_RATIO) = {"ratio", "Ratio", CT_TABLE_REAL, 3, NULL},
    AT(C_RATIO_LOW) = {"ratio_low", "Low", CT_TABLE_REAL, 3, NULL},
    AT(C_RATIO_HIGH) = {"ratio_high", "High", CT_TABLE_REAL, 3, NULL},
    AT(C_P) = {"p_value", "p", CT_TABLE_PVALUE, 3, NULL},
    AT(C_REASON) = {"reason", "Reason", CT_TABLE_STRING, 0, NULL},
#undef AT
};

/* What every row of one change table shares, as rates_run does for the
 * rates table. */
typedef struct change_run {
    const ct_dataset *ds;
    const ct_tables_query *q;
    ct_table *t;
    bool use_pop;        /* rates of change are shown */
    ct_dataset_id from, to, base;
    size_t n_kept;       /* areas with usable populations */
    ctp_left_out lo;
    ctp_missing miss;
} change_run;

/* The periods compared: --to or the latest, --from or a year before it,
 * and --base if given.  A default 'from' with no data is a usage error, so
 * that the analyst is told to name the periods. */
static ct_status change_periods(change_run *cx, ct_error *err)
{
    const ct_dataset *ds = cx->ds;
    const ct_tables_query *q = cx->q;
    ct_status st;
    if (q->to != NULL) {
        if ((st = ctp_find_period(ds, q->to, "period", &cx->to, err)))
            return st;
    } else if ((cx->to = ctp_latest_period(ds)) == CT_DATASET_NO_ID) {
        return no_counts(ds, err);
    }
    if (q->from != NULL) {
        if ((st = ctp_find_period(ds, q->from, "period", &cx->from, err)))
            return st;
    } else {
        ct_period a = ct_period_shift_years(ct_dataset_period(ds, cx->to),
                                            -1);
        cx->from = ct_dataset_find_period(ds, a);
        if (cx->from == CT_DATASET_NO_ID) {
            char l[32], lt[32];
            ct_period_format(a, l, sizeof l);
            ct_period_format(ct_dataset_period(ds, cx->to), lt, sizeof lt);
            return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                                 "no data for %s, a year before %s; choose "
                                 "the periods with --from and --to", l, lt);
        }
    }
    if (q->base != NULL &&
        (st = ctp_find_period(ds, q->base, "base period", &cx->base, err)))
        return st;
    return CT_STATUS_OK;
}

/* Rates of change need the populations of every period compared; an
 * area without them is left out (and counted in cx->lo) rather than shown
 * with counts alone. */
static ct_status change_area_usable(change_run *cx, ct_dataset_id area,
                                    bool *usable, ct_error *err)
{
    ct_dataset_id need[3] = {cx->from, cx->to, cx->base};
    *usable = true;
    if (!cx->use_pop)
        return CT_STATUS_OK;
    ct_status st;
    for (int k = 0; k < 3 && *usable; k++)
        if (need[k] != CT_DATASET_NO_ID &&
            (st = ctp_population(cx->ds, cx->q, area,
                                 ct_dataset_period(cx->ds, need[k]), &cx->lo,
                                 NULL, NULL, usable, err)))
            return st;
    return CT_STATUS_OK;
}

/* One area's rows: each offence with cells, from 'from' to 'to' and,
 * with --base, from the base to 'to' as well. */
static ct_status change_area_rows(change_run *cx, const named_id *area,
                                  const named_id *offences, size_t n_offences,
                                  const bool *offence_has, ct_error *err)
{
    ct_status st;
    for (size_t o = 0; o < n_offences; o++) {
        if (!offence_has[offences[o].id])
            continue;
        if ((st = change_row(cx->t, cx->ds, cx->q, area, &offences[o],
                             cx->from, cx->to, cx->use_pop, &cx->miss, err)))
            return st;
        if (cx->base != CT_DATASET_NO_ID &&
            (st = change_row(cx->t, cx->ds, cx->q, area, &offences[o],
                             cx->base, cx->to, cx->use_pop, &cx->miss, err)))
            return st;
    }
    return CT_STATUS_OK;
}

/* The notes say how each column was worked out and warn that a
 * significant change is about the counts, not proof about crime. */
static ct_status change_notes(change_run *cx, ct_error *err)
{
    char note[300], level[32];
    ctp_level_label(cx->q->confidence, level, sizeof level);
    snprintf(note, sizeof note,
             "change %% = 100 (to - from) / from, from unrounded counts (n/a "
             "when from is 0); ratio = rate ratio with its exact %s%% "
             "interval; p = two-sided exact conditional (binomial) test "
             "(see the README, Methods)", level);
    ct_status st;
    if ((st = ct_table_add_note(cx->t, note, err)) ||
        (st = ctp_add_common_notes(cx->t, cx->q, err)) ||
        (st = ct_table_add_note(cx->t,
                                "a significant change is one beyond Poisson "
                                "noise, not proof of a change in crime",
                                err)))
        return st;
    return CT_STATUS_OK;
}

ct_status ct_tables_change(const ct_dataset *ds, const ct_tables_query *q,
                           ct_table **out, ct_error *err)
{
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0;
    bool *area_has = NULL, *offence_has = NULL;
    change_run cx = {
        .ds = ds, .q = q, .base = CT_DATASET_NO_ID,
        .use_pop = ct_dataset_has_populations(ds) && !q->counts_only,
    };
    ct_status st;
    if ((st = ctp_select_areas_offences(ds, q, &areas, &n_areas, &offences,
                                        &n_offences, err)))
        goto fail;
    area_has = ctp_with_cells(ds, true);
    offence_has = ctp_with_cells(ds, false);
    if (area_has == NULL || offence_has == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    if ((st = change_periods(&cx, err)))
        goto fail;
    cx.t = ctp_table_new_joined(ctp_span_columns, CTP_N_SPAN_COLUMNS,
                                change_cols, C_N - CTP_N_SPAN_COLUMNS);
    if (cx.t == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    for (size_t a = 0; a < n_areas; a++) {
        if (!area_has[areas[a].id])
            continue;
        bool usable;
        if ((st = change_area_usable(&cx, areas[a].id, &usable, err)))
            goto fail;
        if (!usable)
            continue;
        cx.n_kept++;
        if ((st = change_area_rows(&cx, &areas[a], offences, n_offences,
                                   offence_has, err)))
            goto fail;
    }
    if (cx.n_kept == 0 && cx.lo.n > 0) {
        st = ctp_all_left_out(&cx.lo, err);
        goto fail;
    }
    st = change_notes(&cx, err);
fail:
    free(areas);
    free(offences);
    free(area_has);
    free(offence_has);
    return ctp_table_done(st, cx.t, out, &cx.lo, &cx.miss, q);
}

bool ctp_count_and_population(const ct_dataset *ds, ct_dataset_id area,
                              ct_dataset_id offence, ct_dataset_id period, ct_pop_rule rule,
                              int64_t *count, double *pop)
{
    ct_cell c = ct_dataset_cell(ds, area, offence, period);
    if (c.state != CT_CELL_PRESENT)
        return false;
    *count = c.count;
    return ct_dataset_population(ds, area, ct_dataset_period(ds, period),
                                 rule, pop, NULL) && *pop > 0;
}

/* ---- filling rows by column name ----------------------------------- */

void ctp_put_real(ct_table *t, const char *name, double v)
{
    int c = ct_table_column_index(t, name);
    if (c >= 0)
        ct_table_set_real(t, (size_t)c, v);
}

void ctp_put_count(ct_table *t, const char *name, int64_t v)
{
    int c = ct_table_column_index(t, name);
    if (c >= 0)
        ct_table_set_count(t, (size_t)c, v);
}

ct_status ctp_put_string(ct_table *t, const char *name, const char *s,
                           ct_error *err)
{
    int c = ct_table_column_index(t, name);
    return c >= 0 ? ct_table_set_string(t, (size_t)c, s, err) : CT_STATUS_OK;
}

void ctp_put_rate(ct_table *t, int64_t count, const ct_rate *r)
{
    ctp_put_count(t, "count", count);
    ctp_put_real(t, "rate", r->value);
    ctp_put_real(t, "rate_low", r->low);
    ctp_put_real(t, "rate_high", r->high);
}

/* ---- columns shared by several tables ------------------------------- */

const ct_table_column ctp_place_columns[CTP_N_PLACE_COLUMNS] = {
    {"area", "Area", CT_TABLE_STRING, 0, NULL},
    {"offence", "Offence", CT_TABLE_STRING, 0, NULL},
    {"period", "Period", CT_TABLE_STRING, 0, NULL},
    {"count", "Count", CT_TABLE_COUNT, 0, NULL},
    {"population", "Population", CT_TABLE_REAL, 0, NULL},
};

const ct_table_column ctp_span_columns[CTP_N_SPAN_COLUMNS] = {
    {"area", "Area", CT_TABLE_STRING, 0, NULL},
    {"offence", "Offence", CT_TABLE_STRING, 0, NULL},
    {"from", "From", CT_TABLE_STRING, 0, NULL},
    {"to", "To", CT_TABLE_STRING, 0, NULL},
};

ct_table *ctp_table_new_joined(const ct_table_column *first, size_t n_first,
                               const ct_table_column *rest, size_t n_rest)
{
    ct_table_column cols[64];
    if (n_first + n_rest > sizeof cols / sizeof cols[0])
        return NULL;
    memcpy(cols, first, n_first * sizeof *cols);
    memcpy(cols + n_first, rest, n_rest * sizeof *cols);
    return ct_table_new(cols, n_first + n_rest);
}

ct_status ctp_query_period(const ct_dataset *ds, const ct_tables_query *q,
                           ct_dataset_id *out, ct_error *err)
{
    if (q->period != NULL)
        return ctp_find_period(ds, q->period, "period", out, err);
    *out = ctp_latest_period(ds);
    if (*out == CT_DATASET_NO_ID)
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "the data holds no counts");
    return CT_STATUS_OK;
}

/* ---- ending a table build ------------------------------------------- */

ct_status ctp_table_done(ct_status st, ct_table *t, ct_table **out,
                         ctp_left_out *lo, const ctp_missing *miss,
                         const ct_tables_query *q)
{
    /* After a failure the warnings would speak of a table nobody sees. */
    if (lo != NULL)
        ctp_left_out_done(lo, st == CT_STATUS_OK ? q : &(ct_tables_query){.warn = NULL});
    if (st != CT_STATUS_OK) {
        ct_table_free(t);
        return st;
    }
    if (miss != NULL)
        ctp_missing_done(miss, q);
    *out = t;
    return CT_STATUS_OK;
}
