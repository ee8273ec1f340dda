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
    bool *is_parent = NULL;
    ct_table *t = NULL;
    ct_dataset_id period;
    ctp_left_out lo = {0};  /* areas without a population, for a warning */
    ctp_missing miss = {.how = "left out of the funnel"};
    ct_status st;
    int64_t *od_count = NULL;
    double *od_pop = NULL, *od_z = NULL;
    size_t od_n = 0;
    ct_funnel_od od;
    bool want_od = fo != NULL && fo->overdispersion;
    if ((st = ctp_select_query(ds, true, NULL, 0, q, &areas, &n_areas,
                               err)) ||
        (st = ctp_select_names(ds, false, q->offences, 1, &offences,
                               &n_offences, err)) ||
        (st = ctp_query_period(ds, q, &period, err)))
        goto out;
    is_parent = calloc(ct_dataset_n_areas(ds) + 1, sizeof *is_parent);
    od_count = calloc(n_areas + 1, sizeof *od_count);
    od_pop = calloc(n_areas + 1, sizeof *od_pop);
    od_z = calloc(n_areas + 1, sizeof *od_z);
    t = ctp_table_new_joined(ctp_place_columns, CTP_N_PLACE_COLUMNS, cols,
                             (want_od ? F_OD_N : F_N) - CTP_N_PLACE_COLUMNS);
    if (is_parent == NULL || t == NULL || od_count == NULL ||
        od_pop == NULL || od_z == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    for (ct_dataset_id a = 0; a < ct_dataset_n_areas(ds); a++) {
        if (ct_dataset_parent(ds, a) != CT_DATASET_NO_ID)
            is_parent[ct_dataset_parent(ds, a)] = true;
        /* A national total is the benchmark, not a unit of the funnel,
         * with or without areas.csv. */
        if (ct_dataset_is_national(ds, a))
            is_parent[a] = true;
    }
    /* Areas without a usable population are named once, not dropped
     * without a word; areas without the count are named as missing. */
    bool *has_cells = ctp_with_cells(ds, true);
    if (has_cells == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    for (size_t a = 0; a < n_areas && st == CT_STATUS_OK; a++) {
        if (is_parent[areas[a].id] || !has_cells[areas[a].id])
            continue;
        bool usable;
        st = ctp_population(ds, q, areas[a].id, ct_dataset_period(ds, period),
                            &lo, NULL, NULL, &usable, err);
        if (st == CT_STATUS_OK && usable &&
            ct_dataset_cell(ds, areas[a].id, offences[0].id, period).state ==
                CT_CELL_MISSING) {
            char pl[32];
            ct_period_format(ct_dataset_period(ds, period), pl, sizeof pl);
            ctp_missing_note(&miss, areas[a].name, offences[0].name, pl);
        }
    }
    free(has_cells);
    if (st != CT_STATUS_OK)
        goto out;
    /* Pooled baseline over the units plotted (METHODS 2.4): sum of counts
     * over sum of populations, not the mean of rates. */
    int64_t sum_count = 0;
    double sum_pop = 0;
    for (size_t a = 0; a < n_areas; a++) {
        int64_t c;
        double p;
        if (!is_parent[areas[a].id] &&
            ctp_count_and_population(ds, areas[a].id, offences[0].id, period,
                                 q->pop_rule, &c, &p)) {
            sum_count += c;
            sum_pop += p;
            od_count[od_n] = c;
            od_pop[od_n++] = p;
        }
    }
    if (!(sum_pop > 0) && lo.n > 0) {
        st = ctp_all_left_out(&lo, err);
        goto out;
    }
    if (!(sum_pop > 0)) {
        st = ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                           "no area has both a count of '%s' and a "
                           "population in this period", offences[0].name);
        goto out;
    }
    double pooled = (double)sum_count / sum_pop;
    /* Over-dispersion is estimated over every area the pooled rate is
     * (METHODS-ADDENDUM §A.4), whatever --area keeps in the table. */
    if (want_od && (st = ct_funnel_od_estimate(od_count, od_pop, od_n,
                                               pooled, fo->od_test, &od,
                                               od_z, err)))
        goto out;
    size_t od_k = 0;
    char label[32];
    ct_period_format(ct_dataset_period(ds, period), label, sizeof label);
    for (size_t a = 0; a < n_areas; a++) {
        int64_t c;
        double p;
        if (is_parent[areas[a].id] ||
            !ctp_count_and_population(ds, areas[a].id, offences[0].id, period,
                                  q->pop_rule, &c, &p))
            continue;
        double z = od_z[od_k++]; /* the same order as the pooled loop */
        if (q->areas != NULL) {
            bool wanted = false;
            for (size_t k = 0; k < q->n_areas; k++)
                wanted |= ct_dataset_match_area(ds, q->areas[k]) ==
                          areas[a].id;
            if (!wanted)
                continue;
        }
        double l95, h95, l998, h998;
        ct_funnel_label sig;
        if ((st = ct_funnel_limits(pooled, p, 0.95, &l95, &h95, err)) ||
            (st = ct_funnel_limits(pooled, p, 0.998, &l998, &h998, err)) ||
            (st = ct_funnel_significance(c, p, pooled, &sig, err)) ||
            (st = ct_table_add_row(t, err)) ||
            (st = ct_table_set_string(t, F_AREA, areas[a].name, err)) ||
            (st = ct_table_set_string(t, F_OFFENCE, offences[0].name, err)) ||
            (st = ct_table_set_string(t, F_PERIOD, label, err)) ||
            (st = ct_table_set_string(t, F_SIGNIFICANCE,
                                      ct_funnel_label_name(sig), err)))
            goto out;
        ct_table_set_count(t, F_COUNT, c);
        ct_table_set_real(t, F_POPULATION, p);
        ct_table_set_real(t, F_RATE, (double)c / p * q->per);
        ct_table_set_real(t, F_POOLED, pooled * q->per);
        ct_table_set_real(t, F_LOW_95, l95 * q->per);
        ct_table_set_real(t, F_HIGH_95, h95 * q->per);
        ct_table_set_real(t, F_LOW_998, l998 * q->per);
        ct_table_set_real(t, F_HIGH_998, h998 * q->per);
        if (want_od) {
            /* Without over-dispersion by the rule the adjusted columns
             * repeat the unadjusted limits, so that a chart drawing them
             * draws what applies. */
            double ol95 = l95, oh95 = h95, ol998 = l998, oh998 = h998;
            if (od.adjusted &&
                ((st = ct_funnel_od_limits(pooled, p, od.tau2, 0.95, &ol95,
                                           &oh95, err)) ||
                 (st = ct_funnel_od_limits(pooled, p, od.tau2, 0.998,
                                           &ol998, &oh998, err))))
                goto out;
            ct_funnel_label ol = ct_funnel_classify((double)c / p, ol95,
                                                    oh95, ol998, oh998);
            if (!od.adjusted)
                ol = sig;
            if ((st = ct_table_set_string(t, F_OD_SIGNIFICANCE,
                                          ct_funnel_label_name(ol), err)) ||
                (st = ct_table_set_string(t, F_OD_ADJUSTED,
                                          od.adjusted ? "yes" : "no", err)))
                goto out;
            ct_table_set_real(t, F_PHI, od.phi);
            ct_table_set_real(t, F_OD_P, od.p_value);
            ct_table_set_real(t, F_TAU2, od.tau2);
            ct_table_set_real(t, F_Z, z);
            ct_table_set_real(t, F_OD_LOW_95, ol95 * q->per);
            ct_table_set_real(t, F_OD_HIGH_95, oh95 * q->per);
            ct_table_set_real(t, F_OD_LOW_998, ol998 * q->per);
            ct_table_set_real(t, F_OD_HIGH_998, oh998 * q->per);
        }
    }
    if ((st = ct_table_add_note(t, "funnel limits: the exact Poisson "
                                "interval of the expected count (pooled "
                                "rate, total count over total population "
                                "of the areas shown, times the area's "
                                "population), as a rate (Spiegelhalter "
                                "2005); the label compares the area's rate "
                                "with these same limits: High/Low (0.025) "
                                "is outside 95%, (0.001) outside 99.8%, a "
                                "rate on a limit is inside", err)) ||
        (want_od && (st = od_note(t, &od, fo->od_test, q->per, err))) ||
        (st = ct_table_add_note(t, ct_pop_rule_describe(q->pop_rule), err)))
        goto out;
out:
    free(areas);
    free(offences);
    free(is_parent);
    free(od_count);
    free(od_pop);
    free(od_z);
    return ctp_table_done(st, t, out, &lo, &miss, q);
}
