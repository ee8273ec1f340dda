/* tables_funnel.c - every area against the pooled rate (ct_tables_funnel):
 * exact limits and, on request, Spiegelhalter's over-dispersed ones.  The
 * limits themselves are funnel.c's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/tables.h"
#include "crimetrend/number.h"
#include "crimetrend/funnel.h"
#include "alloc.h"
#include "error_set.h"
#include "tables_build.h"

/* ---- funnel ----------------------------------------------------------- */

enum {
    F_AREA, F_OFFENCE, F_PERIOD, F_COUNT, F_POPULATION, F_RATE, F_POOLED,
    F_LOW_95, F_HIGH_95, F_LOW_998, F_HIGH_998, F_SIGNIFICANCE, F_N,
    /* --overdispersion adds these. */
    F_Z = F_N, F_OD_LOW_95, F_OD_HIGH_95, F_OD_LOW_998, F_OD_HIGH_998,
    F_OD_SIGNIFICANCE, F_PHI, F_OD_P, F_TAU2, F_OD_ADJUSTED, F_OD_N
};

ct_status ct_tables_funnel(const ct_dataset *ds, const ct_tables_query *q,
                           ct_table **out, ct_error *err)
{
    ct_tables_funnel_options fo = {false, CT_FUNNEL_OD_PHI};
    return ct_tables_funnel_with(ds, q, &fo, out, err);
}

/* The over-dispersion note (METHODS-ADDENDUM §A.4.7): theta0, phi, n phi
 * against chi-squared on n df and its p, tau^2, and whether the adjusted
 * limits apply. */
static ct_status od_note(ct_table *t, const ct_funnel_od *od,
                         ct_funnel_od_test test, double per, ct_error *err)
{
    char note[640];
    snprintf(note, sizeof note,
             "over-dispersion (Spiegelhalter 2005, additive random effects "
             "on the square-root scale, z-scores winsorised at their 10th "
             "and 90th percentiles): theta0 %.6g per %g; phi %.6g; n phi "
             "%.6g on %zu df (95%% point %.6g), p %.3g; tau^2 %.6g; %s "
             "(rule: %s); od_* columns %s",
             od->theta0 * per, per, od->phi, od->chi2, od->n, od->chi2_95,
             od->p_value, od->tau2,
             od->adjusted ? "adjusted limits applied"
                          : "no over-dispersion by the rule, unadjusted "
                            "limits kept",
             ct_funnel_od_test_name(test),
             od->adjusted ? "hold the adjusted limits and labels"
                          : "repeat the unadjusted ones");
    return ct_table_add_note(t, note, err);
}

/* What every step of one funnel table shares. */
typedef struct funnel_run {
    const ct_dataset *ds;
    const ct_tables_query *q;
    ct_table *t;
    ct_dataset_id period;
    const named_id *offence;
    bool *is_parent;        /* by area id: a parent or national total, not
                               a unit of the funnel */
    int64_t *od_count;      /* the units' counts and populations, in the */
    double *od_pop, *od_z;  /* order of the areas, and their z-scores */
    size_t od_n;
    bool want_od;
    ct_funnel_od od;
    double pooled;
    ctp_left_out lo;        /* areas without a population, for a warning */
    ctp_missing miss;
} funnel_run;

/* Marks the parents and national totals: each is the benchmark of its
 * children, not a unit of the funnel, with or without areas.csv. */
static void mark_parents(funnel_run *fx)
{
    for (ct_dataset_id a = 0; a < ct_dataset_n_areas(fx->ds); a++) {
        if (ct_dataset_parent(fx->ds, a) != CT_DATASET_NO_ID)
            fx->is_parent[ct_dataset_parent(fx->ds, a)] = true;
        if (ct_dataset_is_national(fx->ds, a))
            fx->is_parent[a] = true;
    }
}

/* Areas without a usable population are named once, not dropped
 * without a word; areas without the count are named as missing. */
static ct_status note_unusable(funnel_run *fx, const named_id *areas,
                               size_t n_areas, ct_error *err)
{
    bool *has_cells = ctp_with_cells(fx->ds, true);
    if (has_cells == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    ct_period p = ct_dataset_period(fx->ds, fx->period);
    ct_status st = CT_STATUS_OK;
    for (size_t a = 0; a < n_areas && st == CT_STATUS_OK; a++) {
        if (fx->is_parent[areas[a].id] || !has_cells[areas[a].id])
            continue;
        bool usable;
        st = ctp_population(fx->ds, fx->q, areas[a].id, p, &fx->lo, NULL,
                            NULL, &usable, err);
        if (st == CT_STATUS_OK && usable &&
            ct_dataset_cell(fx->ds, areas[a].id, fx->offence->id,
                            fx->period).state == CT_CELL_MISSING) {
            char pl[32];
            ct_period_format(p, pl, sizeof pl);
            ctp_missing_note(&fx->miss, areas[a].name, fx->offence->name,
                             pl);
        }
    }
    free(has_cells);
    return st;
}

/* The count and population of a unit of the funnel, when it has both. */
static bool unit_values(const funnel_run *fx, ct_dataset_id area,
                        int64_t *count, double *pop)
{
    return !fx->is_parent[area] &&
           ctp_count_and_population(fx->ds, area, fx->offence->id,
                                    fx->period, fx->q->pop_rule, count, pop);
}

/* Pooled baseline over the units plotted (METHODS 2.4): sum of counts
 * over sum of populations, not the mean of rates.  Over-dispersion is
 * estimated over every area the pooled rate is (METHODS-ADDENDUM §A.4),
 * whatever --area keeps in the table. */
static ct_status pool_units(funnel_run *fx, const named_id *areas,
                            size_t n_areas, ct_funnel_od_test test,
                            ct_error *err)
{
    int64_t sum_count = 0;
    double sum_pop = 0;
    for (size_t a = 0; a < n_areas; a++) {
        int64_t c;
        double p;
        if (unit_values(fx, areas[a].id, &c, &p)) {
            sum_count += c;
            sum_pop += p;
            fx->od_count[fx->od_n] = c;
            fx->od_pop[fx->od_n++] = p;
        }
    }
    if (!(sum_pop > 0) && fx->lo.n > 0)
        return ctp_all_left_out(&fx->lo, err);
    if (!(sum_pop > 0))
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "no area has both a count of '%s' and a "
                             "population in this period", fx->offence->name);
    fx->pooled = (double)sum_count / sum_pop;
    if (!fx->want_od)
        return CT_STATUS_OK;
    return ct_funnel_od_estimate(fx->od_count, fx->od_pop, fx->od_n,
                                 fx->pooled, test, &fx->od, fx->od_z, err);
}

/* The over-dispersed columns of a row.  Without over-dispersion by the
 * rule they repeat the unadjusted limits, so that a chart drawing them
 * draws what applies. */
static ct_status od_columns(const funnel_run *fx, int64_t c, double p,
                            double z, const double lim[4],
                            ct_funnel_label sig, ct_error *err)
{
    ct_table *t = fx->t;
    const ct_funnel_od *od = &fx->od;
    double per = fx->q->per;
    double ol95 = lim[0], oh95 = lim[1], ol998 = lim[2], oh998 = lim[3];
    ct_status st;
    if (od->adjusted &&
        ((st = ct_funnel_od_limits(fx->pooled, p, od->tau2, 0.95, &ol95,
                                   &oh95, err)) ||
         (st = ct_funnel_od_limits(fx->pooled, p, od->tau2, 0.998, &ol998,
                                   &oh998, err))))
        return st;
    ct_funnel_label ol = ct_funnel_classify((double)c / p, ol95, oh95,
                                            ol998, oh998);
    if (!od->adjusted)
        ol = sig;
    if ((st = ct_table_set_string(t, F_OD_SIGNIFICANCE,
                                  ct_funnel_label_name(ol), err)) ||
        (st = ct_table_set_string(t, F_OD_ADJUSTED,
                                  od->adjusted ? "yes" : "no", err)))
        return st;
    ct_table_set_real(t, F_PHI, od->phi);
    ct_table_set_real(t, F_OD_P, od->p_value);
    ct_table_set_real(t, F_TAU2, od->tau2);
    ct_table_set_real(t, F_Z, z);
    ct_table_set_real(t, F_OD_LOW_95, ol95 * per);
    ct_table_set_real(t, F_OD_HIGH_95, oh95 * per);
    ct_table_set_real(t, F_OD_LOW_998, ol998 * per);
    ct_table_set_real(t, F_OD_HIGH_998, oh998 * per);
    return CT_STATUS_OK;
}

/* The row of one unit: its rate against the funnel's limits. */
static ct_status funnel_row(const funnel_run *fx, const char *area,
                            const char *label, int64_t c, double p, double z,
                            ct_error *err)
{
    ct_table *t = fx->t;
    double per = fx->q->per, pooled = fx->pooled;
    double lim[4];
    ct_funnel_label sig;
    ct_status st;
    if ((st = ct_funnel_limits(pooled, p, 0.95, &lim[0], &lim[1], err)) ||
        (st = ct_funnel_limits(pooled, p, 0.998, &lim[2], &lim[3], err)) ||
        (st = ct_funnel_significance(c, p, pooled, &sig, err)) ||
        (st = ct_table_add_row(t, err)) ||
        (st = ct_table_set_string(t, F_AREA, area, err)) ||
        (st = ct_table_set_string(t, F_OFFENCE, fx->offence->name, err)) ||
        (st = ct_table_set_string(t, F_PERIOD, label, err)) ||
        (st = ct_table_set_string(t, F_SIGNIFICANCE,
                                  ct_funnel_label_name(sig), err)))
        return st;
    ct_table_set_count(t, F_COUNT, c);
    ct_table_set_real(t, F_POPULATION, p);
    ct_table_set_real(t, F_RATE, (double)c / p * per);
    ct_table_set_real(t, F_POOLED, pooled * per);
    ct_table_set_real(t, F_LOW_95, lim[0] * per);
    ct_table_set_real(t, F_HIGH_95, lim[1] * per);
    ct_table_set_real(t, F_LOW_998, lim[2] * per);
    ct_table_set_real(t, F_HIGH_998, lim[3] * per);
    if (!fx->want_od)
        return CT_STATUS_OK;
    return od_columns(fx, c, p, z, lim, sig, err);
}

/* Whether --area keeps an area in the table (all areas without it). */
static bool area_wanted(const funnel_run *fx, ct_dataset_id area)
{
    if (fx->q->areas == NULL)
        return true;
    bool wanted = false;
    for (size_t k = 0; k < fx->q->n_areas; k++)
        wanted |= ct_dataset_match_area(fx->ds, fx->q->areas[k]) == area;
    return wanted;
}

/* The rows, one a unit with a count and a population. */
static ct_status funnel_rows(const funnel_run *fx, const named_id *areas,
                             size_t n_areas, ct_error *err)
{
    size_t od_k = 0;
    char label[32];
    ct_period_format(ct_dataset_period(fx->ds, fx->period), label,
                     sizeof label);
    for (size_t a = 0; a < n_areas; a++) {
        int64_t c;
        double p;
        if (!unit_values(fx, areas[a].id, &c, &p))
            continue;
        double z = fx->od_z[od_k++]; /* the same order as the pooled loop */
        if (!area_wanted(fx, areas[a].id))
            continue;
        ct_status st = funnel_row(fx, areas[a].name, label, c, p, z, err);
        if (st != CT_STATUS_OK)
            return st;
    }
    return CT_STATUS_OK;
}

ct_status ct_tables_funnel_with(const ct_dataset *ds, const ct_tables_query *q,
                                const ct_tables_funnel_options *fo, ct_table **out,
                                ct_error *err)
{
    const ct_table_column cols[F_OD_N - CTP_N_PLACE_COLUMNS] = {
        {"rate", "Rate", CT_TABLE_REAL, 2, NULL},
        {"pooled_rate", "Pooled", CT_TABLE_REAL, 2, NULL},
        {"low_95", "95% low", CT_TABLE_REAL, 2, NULL},
        {"high_95", "95% high", CT_TABLE_REAL, 2, NULL},
        {"low_998", "99.8% low", CT_TABLE_REAL, 2, NULL},
        {"high_998", "99.8% high", CT_TABLE_REAL, 2, NULL},
        {"significance", "Significance", CT_TABLE_STRING, 0, NULL},
        {"z", "z", CT_TABLE_REAL, 2, NULL},
        {"od_low_95", "OD 95% low", CT_TABLE_REAL, 2, NULL},
        {"od_high_95", "OD 95% high", CT_TABLE_REAL, 2, NULL},
        {"od_low_998", "OD 99.8% low", CT_TABLE_REAL, 2, NULL},
        {"od_high_998", "OD 99.8% high", CT_TABLE_REAL, 2, NULL},
        {"od_significance", "OD significance", CT_TABLE_STRING, 0, NULL},
        {"phi", "phi", CT_TABLE_REAL, 3, NULL},
        {"od_p", "p", CT_TABLE_PVALUE, 3, NULL},
        {"tau2", "tau^2", CT_TABLE_REAL, 6, NULL},
        {"od_adjusted", "Adjusted", CT_TABLE_STRING, 0, NULL},
    };
    if (q->n_offences != 1)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "funnel needs exactly one --offence");
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0;
    funnel_run fx = {.ds = ds, .q = q,
                     .miss = {.how = "left out of the funnel"},
                     .want_od = fo != NULL && fo->overdispersion};
    ct_status st;
    if ((st = ctp_select_query(ds, true, NULL, 0, q, &areas, &n_areas,
                               err)) ||
        (st = ctp_select_names(ds, false, q->offences, 1, &offences,
                               &n_offences, err)) ||
        (st = ctp_query_period(ds, q, &fx.period, err)))
        goto out;
    fx.offence = &offences[0];
    fx.is_parent = calloc(ct_dataset_n_areas(ds) + 1, sizeof *fx.is_parent);
    fx.od_count = calloc(n_areas + 1, sizeof *fx.od_count);
    fx.od_pop = calloc(n_areas + 1, sizeof *fx.od_pop);
    fx.od_z = calloc(n_areas + 1, sizeof *fx.od_z);
    fx.t = ctp_table_new_joined(ctp_place_columns, CTP_N_PLACE_COLUMNS, cols,
                                (fx.want_od ? F_OD_N : F_N) -
                                    CTP_N_PLACE_COLUMNS);
    if (fx.is_parent == NULL || fx.t == NULL || fx.od_count == NULL ||
        fx.od_pop == NULL || fx.od_z == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    mark_parents(&fx);
    if ((st = note_unusable(&fx, areas, n_areas, err)) ||
        (st = pool_units(&fx, areas, n_areas,
                         fx.want_od ? fo->od_test : CT_FUNNEL_OD_PHI, err)) ||
        (st = funnel_rows(&fx, areas, n_areas, err)))
        goto out;
    if ((st = ct_table_add_note(fx.t, "funnel limits: the exact Poisson "
                                "interval of the expected count (pooled "
                                "rate, total count over total population "
                                "of the areas shown, times the area's "
                                "population), as a rate (Spiegelhalter "
                                "2005); the label compares the area's rate "
                                "with these same limits: High/Low (0.025) "
                                "is outside 95%, (0.001) outside 99.8%, a "
                                "rate on a limit is inside", err)) ||
        (fx.want_od &&
         (st = od_note(fx.t, &fx.od, fo->od_test, q->per, err))) ||
        (st = ct_table_add_note(fx.t, ct_pop_rule_describe(q->pop_rule),
                                err)))
        goto out;
out:
    free(areas);
    free(offences);
    free(fx.is_parent);
    free(fx.od_count);
    free(fx.od_pop);
    free(fx.od_z);
    return ctp_table_done(st, fx.t, out, &fx.lo, &fx.miss, q);
}
