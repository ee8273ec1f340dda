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
#include "internal.h"

void ct_query_init(ct_query *q)
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

/* The ids to report, sorted by name: those named in 'filter' (each must
 * exist), or all.  '*out' is owned by the caller. */
ct_status ctp_select_names(const ct_dataset *ds, bool areas,
                              const char *const *filter, size_t n_filter,
                              named_id **out, size_t *n_out, ct_error *err)
{
    size_t n_all = areas ? ct_dataset_n_areas(ds) : ct_dataset_n_offences(ds);
    size_t n = filter != NULL ? n_filter : n_all;
    named_id *v = ctp_realloc_array(NULL, n ? n : 1, sizeof *v);
    if (v == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < n; i++) {
        ct_id id = (ct_id)i;
        if (filter != NULL) {
            id = areas ? ct_dataset_find_area(ds, filter[i])
                       : ct_dataset_find_offence(ds, filter[i]);
            if (id == CT_NO_ID) {
                free(v);
                return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                                     "no %s called '%s' in the data",
                                     areas ? "area" : "offence", filter[i]);
            }
        }
        v[i].id = id;
        v[i].name = areas ? ct_dataset_area_name(ds, id)
                          : ct_dataset_offence_name(ds, id);
    }
    qsort(v, n, sizeof *v, cmp_named);
    *out = v;
    *n_out = n;
    return CT_OK;
}

/* The latest period that holds any count, or CT_NO_ID. */
ct_id ctp_latest_period(const ct_dataset *ds)
{
    ct_id best = CT_NO_ID;
    size_t n = ct_dataset_n_cells(ds);
    bool *seen = calloc(ct_dataset_n_periods(ds) + 1, sizeof *seen);
    if (seen == NULL)
        return CT_NO_ID;
    for (size_t i = 0; i < n; i++) {
        ct_id p;
        ct_dataset_cell_at(ds, i, NULL, NULL, &p);
        seen[p] = true;
    }
    for (ct_id p = 0; p < ct_dataset_n_periods(ds); p++)
        if (seen[p] && (best == CT_NO_ID ||
                        ct_period_compare(ct_dataset_period(ds, p),
                                          ct_dataset_period(ds, best)) > 0))
            best = p;
    free(seen);
    return best;
}

/* Resolves a period given on the command line to a period of the data. */
ct_status ctp_find_period(const ct_dataset *ds, const char *label,
                             const char *what, ct_id *id, ct_error *err)
{
    ct_period p;
    if (!ct_period_parse(label, strlen(label), &p))
        return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                             "%s '%s' is not a period label; expected e.g. "
                             "2015, 2015/16, 2015Q3, 2015-09 or YE2015-09",
                             what, label);
    *id = ct_dataset_find_period(ds, p);
    /* A period whose cells were all left out (incomplete when aggregated)
     * is as good as absent. */
    bool has_cells = false;
    for (size_t i = 0; *id != CT_NO_ID && i < ct_dataset_n_cells(ds) &&
                       !has_cells; i++) {
        ct_id q;
        ct_dataset_cell_at(ds, i, NULL, NULL, &q);
        has_cells = q == *id;
    }
    if (!has_cells)
        *id = CT_NO_ID;
    if (*id == CT_NO_ID)
        return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                             "%s %s is not in the data (use --period-type to "
                             "aggregate months into longer periods)",
                             what, label);
    return CT_OK;
}

void ctp_level_label(double confidence, char *buf, size_t size)
{
    ct_number_format_raw(confidence * 100.0, buf, size);
}

ct_status ctp_add_common_notes(ct_table *t, const ct_query *q,
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
    if (st == CT_OK)
        st = ct_table_add_note(t, ct_pop_rule_describe(q->pop_rule), err);
    if (st == CT_OK)
        st = ct_table_add_note(t,
                               "intervals describe random (Poisson) "
                               "variation only; police-recorded crime also "
                               "reflects recording practice", err);
    return st;
}

/* ---- rates ---------------------------------------------------------- */

enum {
    R_AREA, R_OFFENCE, R_PERIOD, R_COUNT, R_POPULATION, R_PER, R_RATE,
    R_LOW, R_HIGH, R_LEVEL, R_METHOD, R_N
};

ct_status ct_tables_rates(const ct_dataset *ds, const ct_query *q,
                          ct_table **out, ct_error *err)
{
    const ct_column cols[R_N] = {
        {"area", "Area", CT_COLUMN_STRING, 0, NULL},
        {"offence", "Offence", CT_COLUMN_STRING, 0, NULL},
        {"period", "Period", CT_COLUMN_STRING, 0, NULL},
        {"count", "Count", CT_COLUMN_COUNT, 0, NULL},
        {"population", "Population", CT_COLUMN_REAL, 0, NULL},
        {"per", "Per", CT_COLUMN_REAL, 0, NULL},
        {"rate", "Rate", CT_COLUMN_REAL, 2, NULL},
        {"rate_low", "Low", CT_COLUMN_REAL, 2, NULL},
        {"rate_high", "High", CT_COLUMN_REAL, 2, NULL},
        {"level", "Level", CT_COLUMN_REAL, -1, "%"},
        {"method", "Method", CT_COLUMN_STRING, 0, NULL},
    };
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0, n_periods = 0;
    ct_id *periods = NULL;
    ct_table *t = NULL;
    ct_status st;
    if ((st = ctp_select_names(ds, true, q->areas, q->n_areas, &areas, &n_areas,
                           err)) ||
        (st = ctp_select_names(ds, false, q->offences, q->n_offences, &offences,
                           &n_offences, err)))
        goto fail;
    periods = calloc(ct_dataset_n_periods(ds) + 1, sizeof *periods);
    if (periods == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    if (q->period != NULL && strcmp(q->period, "all") == 0) {
        n_periods = ct_dataset_sorted_periods(ds, periods);
    } else if (q->period != NULL) {
        if ((st = ctp_find_period(ds, q->period, "period", &periods[0], err)))
            goto fail;
        n_periods = 1;
    } else if ((periods[0] = ctp_latest_period(ds)) == CT_NO_ID) {
        st = ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                           "the data holds no counts");
        goto fail;
    } else {
        n_periods = 1;
    }
    t = ct_table_new(cols, R_N);
    if (t == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    for (size_t a = 0; a < n_areas; a++)
        for (size_t o = 0; o < n_offences; o++)
            for (size_t k = 0; k < n_periods; k++) {
                ct_id area = areas[a].id, pid = periods[k];
                ct_cell cell;
                if (!ct_dataset_get_cell(ds, area, offences[o].id, pid,
                                         &cell))
                    continue; /* no row at all: nothing to report */
                ct_period p = ct_dataset_period(ds, pid);
                char label[32];
                ct_period_format(p, label, sizeof label);
                double pop = NAN;
                bool has_pop = ct_dataset_population(ds, area, p, q->pop_rule,
                                                     &pop, NULL);
                if ((st = ct_table_add_row(t, err)) ||
                    (st = ct_table_set_string(t, R_AREA, areas[a].name, err)) ||
                    (st = ct_table_set_string(t, R_OFFENCE, offences[o].name,
                                              err)) ||
                    (st = ct_table_set_string(t, R_PERIOD, label, err)))
                    goto fail;
                ct_table_set_real(t, R_PER, q->per);
                ct_table_set_real(t, R_LEVEL, q->confidence * 100.0);
                if (has_pop)
                    ct_table_set_real(t, R_POPULATION, pop);
                if (cell.state != CT_CELL_PRESENT) {
                    st = ct_table_set_string(t, R_METHOD,
                                             cell.state == CT_CELL_SUPPRESSED
                                                 ? "suppressed" : "missing",
                                             err);
                    if (st)
                        goto fail;
                    continue;
                }
                ct_table_set_count(t, R_COUNT, cell.count);
                if (!has_pop) {
                    st = ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                                       "no population for area '%s' in "
                                       "period %s (nor a mid-%d estimate); "
                                       "expected a row in population.csv",
                                       areas[a].name, label,
                                       ct_period_population_year(p,
                                                                 q->pop_rule));
                    goto fail;
                }
                ct_rate rate;
                if ((st = ct_rate_per(cell.count, pop, q->per, q->confidence,
                                      &rate, err))) {
                    if (st == CT_ERR_DOMAIN && !(pop > 0)) {
                        ct_error_clear(err);
                        st = ctp_error_set(err, CT_ERR_DOMAIN, NULL, 0, 0,
                                           "population of area '%s' for %s "
                                           "is %.15g; expected a number "
                                           "above 0", areas[a].name, label,
                                           pop);
                    }
                    goto fail;
                }
                ct_table_set_real(t, R_RATE, rate.value);
                ct_table_set_real(t, R_LOW, rate.low);
                ct_table_set_real(t, R_HIGH, rate.high);
                if ((st = ct_table_set_string(t, R_METHOD,
                                              ct_ci_method_name(rate.method),
                                              err)))
                    goto fail;
            }
    if ((st = ctp_add_common_notes(t, q, err)))
        goto fail;
    free(areas);
    free(offences);
    free(periods);
    *out = t;
    return CT_OK;
fail:
    free(areas);
    free(offences);
    free(periods);
    ct_table_free(t);
    return st;
}

/* ---- change --------------------------------------------------------- */

enum {
    C_AREA, C_OFFENCE, C_FROM, C_TO, C_COUNT_FROM, C_COUNT_TO, C_CHANGE,
    C_PCT, C_RATE_FROM, C_RATE_TO, C_RATE_PCT, C_RATIO, C_RATIO_LOW,
    C_RATIO_HIGH, C_P, C_N
};

static ct_status change_row(ct_table *t, const ct_dataset *ds,
                            const ct_query *q, const named_id *area,
                            const named_id *offence, ct_id from, ct_id to,
                            ct_error *err)
{
    ct_cell c0, c1;
    bool has0 = ct_dataset_get_cell(ds, area->id, offence->id, from, &c0);
    bool has1 = ct_dataset_get_cell(ds, area->id, offence->id, to, &c1);
    if (!has0 && !has1)
        return CT_OK; /* neither period has a row */
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
    if (c0.state != CT_CELL_PRESENT || c1.state != CT_CELL_PRESENT)
        return CT_OK;
    double n0 = NAN, n1 = NAN;
    if (!ct_dataset_population(ds, area->id, p0, q->pop_rule, &n0, NULL) ||
        !ct_dataset_population(ds, area->id, p1, q->pop_rule, &n1, NULL) ||
        !(n0 > 0) || !(n1 > 0)) {
        n0 = NAN; /* counts alone still give the change */
        n1 = NAN;
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
    return CT_OK;
}

ct_status ct_tables_change(const ct_dataset *ds, const ct_query *q,
                           ct_table **out, ct_error *err)
{
    const ct_column cols[C_N] = {
        {"area", "Area", CT_COLUMN_STRING, 0, NULL},
        {"offence", "Offence", CT_COLUMN_STRING, 0, NULL},
        {"from", "From", CT_COLUMN_STRING, 0, NULL},
        {"to", "To", CT_COLUMN_STRING, 0, NULL},
        {"count_from", "Count from", CT_COLUMN_COUNT, 0, NULL},
        {"count_to", "Count to", CT_COLUMN_COUNT, 0, NULL},
        {"change", "Change", CT_COLUMN_COUNT, 0, NULL},
        {"pct_change", "Change %", CT_COLUMN_REAL, 0, "%"},
        {"rate_from", "Rate from", CT_COLUMN_REAL, 2, NULL},
        {"rate_to", "Rate to", CT_COLUMN_REAL, 2, NULL},
        {"rate_pct_change", "Rate change %", CT_COLUMN_REAL, 0, "%"},
        {"ratio", "Ratio", CT_COLUMN_REAL, 3, NULL},
        {"ratio_low", "Low", CT_COLUMN_REAL, 3, NULL},
        {"ratio_high", "High", CT_COLUMN_REAL, 3, NULL},
        {"p_value", "p", CT_COLUMN_PVALUE, 3, NULL},
    };
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0;
    ct_table *t = NULL;
    ct_status st;
    ct_id to, from, base = CT_NO_ID;
    if ((st = ctp_select_names(ds, true, q->areas, q->n_areas, &areas, &n_areas,
                           err)) ||
        (st = ctp_select_names(ds, false, q->offences, q->n_offences, &offences,
                           &n_offences, err)))
        goto fail;
    if (q->to != NULL) {
        if ((st = ctp_find_period(ds, q->to, "period", &to, err)))
            goto fail;
    } else if ((to = ctp_latest_period(ds)) == CT_NO_ID) {
        st = ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                           "the data holds no counts");
        goto fail;
    }
    if (q->from != NULL) {
        if ((st = ctp_find_period(ds, q->from, "period", &from, err)))
            goto fail;
    } else {
        ct_period a = ct_period_shift_years(ct_dataset_period(ds, to), -1);
        from = ct_dataset_find_period(ds, a);
        if (from == CT_NO_ID) {
            char l[32], lt[32];
            ct_period_format(a, l, sizeof l);
            ct_period_format(ct_dataset_period(ds, to), lt, sizeof lt);
            st = ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                               "no data for %s, a year before %s; choose "
                               "the periods with --from and --to", l, lt);
            goto fail;
        }
    }
    if (q->base != NULL &&
        (st = ctp_find_period(ds, q->base, "base period", &base, err)))
        goto fail;
    t = ct_table_new(cols, C_N);
    if (t == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    for (size_t a = 0; a < n_areas; a++)
        for (size_t o = 0; o < n_offences; o++) {
            if ((st = change_row(t, ds, q, &areas[a], &offences[o], from, to,
                                 err)))
                goto fail;
            if (base != CT_NO_ID &&
                (st = change_row(t, ds, q, &areas[a], &offences[o], base, to,
                                 err)))
                goto fail;
        }
    char note[300], level[32];
    ctp_level_label(q->confidence, level, sizeof level);
    snprintf(note, sizeof note,
             "change %% = 100 (to - from) / from, from unrounded counts (n/a "
             "when from is 0); ratio = rate ratio with its exact %s%% "
             "interval; p = two-sided exact conditional (binomial) test "
             "(see the README, Methods)", level);
    if ((st = ct_table_add_note(t, note, err)) ||
        (st = ctp_add_common_notes(t, q, err)) ||
        (st = ct_table_add_note(t,
                                "a significant change is one beyond Poisson "
                                "noise, not proof of a change in crime",
                                err)))
        goto fail;
    free(areas);
    free(offences);
    *out = t;
    return CT_OK;
fail:
    free(areas);
    free(offences);
    ct_table_free(t);
    return st;
}

bool ctp_count_and_population(const ct_dataset *ds, ct_id area,
                              ct_id offence, ct_id period, ct_pop_rule rule,
                              int64_t *count, double *pop)
{
    ct_cell c = ct_dataset_cell(ds, area, offence, period);
    if (c.state != CT_CELL_PRESENT)
        return false;
    *count = c.count;
    return ct_dataset_population(ds, area, ct_dataset_period(ds, period),
                                 rule, pop, NULL) && *pop > 0;
}
