/* tables_trend.c - statistics over a series of periods (ct_tables_trend):
 * Fingertips, Poisson, linear, Mann-Kendall and XmR side by side.  The
 * statistics themselves are trend.c's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/tables.h"
#include "crimetrend/number.h"
#include "crimetrend/rate.h"
#include "crimetrend/trend.h"
#include "alloc.h"
#include "error_set.h"
#include "tables_build.h"

/* ---- trend tables ------------------------------------------------------ */

enum {
    M_FINGERTIPS = 1, M_POISSON = 2, M_LINEAR = 4, M_MK = 8, M_XMR = 16,
    M_TRENDS = M_FINGERTIPS | M_POISSON | M_LINEAR | M_MK
};

/* Every column a trend table may have, with the methods that show it, in
 * table order.  A trend table opens with the area, offence, from and to,
 * then n and the measure (every method but XmR's) and the columns of its
 * methods; an XmR table has its own columns alone. */
static const struct method_column {
    int methods;
    ct_table_column column;
} method_columns[] = {
    {M_TRENDS, {"n", "n", CT_TABLE_COUNT, 0, NULL}},
    {M_TRENDS, {"measure", "Measure", CT_TABLE_STRING, 0, NULL}},
    {M_FINGERTIPS, {"trend", "Trend", CT_TABLE_STRING, 0, NULL}},
    {M_FINGERTIPS, {"marker_periods", "Marker periods", CT_TABLE_STRING, 0, NULL}},
    {M_FINGERTIPS, {"marker_slope", "Slope", CT_TABLE_REAL, 3, NULL}},
    {M_FINGERTIPS, {"marker_intercept", "Intercept", CT_TABLE_REAL, 3, NULL}},
    {M_FINGERTIPS, {"chi2", "Chi2", CT_TABLE_REAL, 2, NULL}},
    {M_FINGERTIPS, {"reason", "Reason", CT_TABLE_STRING, 0, NULL}},
    {M_POISSON, {"annual_change_pct", "Annual %", CT_TABLE_REAL, 1, "%"}},
    {M_POISSON, {"change_low_pct", "Low", CT_TABLE_REAL, 1, "%"}},
    {M_POISSON, {"change_high_pct", "High", CT_TABLE_REAL, 1, "%"}},
    {M_POISSON, {"poisson_p", "p", CT_TABLE_PVALUE, 3, NULL}},
    {M_POISSON, {"dispersion", "Dispersion", CT_TABLE_REAL, 2, NULL}},
    {M_POISSON, {"change_interval", "Interval", CT_TABLE_STRING, 0, NULL}},
    {M_POISSON, {"quasi_p", "Quasi p", CT_TABLE_PVALUE, 3, NULL}},
    {M_LINEAR, {"slope", "Slope/yr", CT_TABLE_REAL, 3, NULL}},
    {M_LINEAR, {"slope_low", "Low", CT_TABLE_REAL, 3, NULL}},
    {M_LINEAR, {"slope_high", "High", CT_TABLE_REAL, 3, NULL}},
    {M_LINEAR, {"linear_p", "p", CT_TABLE_PVALUE, 3, NULL}},
    {M_MK, {"mk_s", "S", CT_TABLE_REAL, 0, NULL}},
    {M_MK, {"mk_z", "z", CT_TABLE_REAL, 2, NULL}},
    {M_MK, {"mk_p", "p", CT_TABLE_PVALUE, 3, NULL}},
    {M_MK, {"mk_tau", "tau", CT_TABLE_REAL, 3, NULL}},
    {M_MK, {"sen_slope", "Sen slope/yr", CT_TABLE_REAL, 3, NULL}},
    {M_XMR, {"area", "Area", CT_TABLE_STRING, 0, NULL}},
    {M_XMR, {"offence", "Offence", CT_TABLE_STRING, 0, NULL}},
    {M_XMR, {"period", "Period", CT_TABLE_STRING, 0, NULL}},
    {M_XMR, {"value", "Value", CT_TABLE_REAL, 2, NULL}},
    {M_XMR, {"mean", "Mean", CT_TABLE_REAL, 2, NULL}},
    {M_XMR, {"lower", "Lower", CT_TABLE_REAL, 2, NULL}},
    {M_XMR, {"upper", "Upper", CT_TABLE_REAL, 2, NULL}},
    {M_XMR, {"near_lower", "Near lower", CT_TABLE_REAL, 2, NULL}},
    {M_XMR, {"near_upper", "Near upper", CT_TABLE_REAL, 2, NULL}},
    {M_XMR, {"rule", "Special cause", CT_TABLE_STRING, 0, NULL}},
    {M_XMR, {"group", "Group", CT_TABLE_COUNT, 0, NULL}},
};

static int parse_method(const char *m)
{
    if (m == NULL || strcmp(m, "fingertips") == 0) return M_FINGERTIPS;
    if (strcmp(m, "poisson") == 0) return M_POISSON;
    if (strcmp(m, "linear") == 0) return M_LINEAR;
    if (strcmp(m, "mann-kendall") == 0) return M_MK;
    if (strcmp(m, "xmr") == 0) return M_XMR;
    if (strcmp(m, "all") == 0)
        return M_TRENDS;
    return 0;
}

static ct_table *trend_table(int methods)
{
    ct_table_column cols[32];
    size_t n = 0;
    if (methods != M_XMR)
        for (size_t i = 0; i < CTP_N_SPAN_COLUMNS; i++)
            cols[n++] = ctp_span_columns[i];
    for (size_t i = 0; i < sizeof method_columns / sizeof method_columns[0];
         i++)
        if (methods & method_columns[i].methods)
            cols[n++] = method_columns[i].column;
    return ct_table_new(cols, n);
}

/* One series: the periods, their counts, populations (NaN when unknown),
 * and times in years. */
typedef struct series {
    ct_dataset_id *period;
    double *t;
    int64_t *count;
    double *pop;
    double *value, *low, *high;
    size_t n;
} series;

/* What each method's columns of one trend row are written from. */
typedef struct fit_run {
    ct_table *t;
    const ct_dataset *ds;
    const ct_tables_query *q;
    const series *s;
} fit_run;

/* The marker reads only the last five points (METHODS 2.5), so only they
 * must follow one another: counts the consecutive periods that end the
 * series; a gap before them does not matter. */
static size_t final_run(const ct_dataset *ds, const series *s)
{
    ct_period p = ct_dataset_period(ds, s->period[s->n - 1]);
    size_t run = 1;
    while (run < s->n &&
           ct_dataset_period(ds, s->period[s->n - run]).start -
                   ct_dataset_period(ds, s->period[s->n - run - 1]).start ==
               p.n_months)
        run++;
    return run;
}

/* The Fingertips marker, or the reason it cannot be given: it needs
 * annual periods that do not overlap and five of them in a row at the
 * end. */
static ct_status fit_marker(const fit_run *fx, ct_error *err)
{
    const series *s = fx->s;
    ct_table *t = fx->t;
    ct_status st;
    ct_trend_marker m;
    ct_period p = ct_dataset_period(fx->ds, s->period[s->n - 1]);
    size_t run = final_run(fx->ds, s);
    m.slope = m.intercept = m.chi2 = NAN;
    m.direction = CT_TREND_CANNOT;
    char used[80] = "";
    if (p.kind == CT_PERIOD_ROLLING)
        m.reason = "rolling 12-month periods overlap; use --period-type "
                   "year or fy";
    else if (p.n_months != 12)
        m.reason = "needs annual periods";
    else if (run < 5 && s->n >= 5)
        m.reason = "a gap within the last 5 periods";
    else if ((st = ct_trend_marker_values(s->t, s->value, s->low, s->high,
                                          s->n, fx->q->confidence, &m, err)))
        return st;
    if (s->n >= 5 && run >= 5) {
        char a[32], b[32];
        ct_period_format(ct_dataset_period(fx->ds, s->period[s->n - 5]), a,
                         sizeof a);
        ct_period_format(p, b, sizeof b);
        snprintf(used, sizeof used, "%s to %s", a, b);
    }
    if ((st = ctp_put_string(t, "trend",
                             ct_trend_direction_name(m.direction), err)) ||
        (st = ctp_put_string(t, "marker_periods", used, err)) ||
        (st = ctp_put_string(t, "reason", m.reason ? m.reason : "", err)))
        return st;
    ctp_put_real(t, "marker_slope", m.slope);
    ctp_put_real(t, "marker_intercept", m.intercept);
    ctp_put_real(t, "chi2", m.chi2);
    return CT_STATUS_OK;
}

/* The Poisson, linear and Mann-Kendall fits need three points; a series
 * one of them cannot fit leaves its cells empty rather than failing the
 * table, so their errors are kept quiet. */
static ct_status fit_poisson(const fit_run *fx, ct_error *err)
{
    const series *s = fx->s;
    ct_table *t = fx->t;
    ct_trend_poisson_fit f;
    ct_error quiet = CT_ERROR_INIT;
    if (ct_trend_poisson(s->t, s->count, s->pop, s->n, fx->q->confidence,
                         &f, &quiet) != CT_STATUS_OK)
        return CT_STATUS_OK;
    ctp_put_real(t, "annual_change_pct", 100.0 * f.annual_change);
    ctp_put_real(t, "change_low_pct", 100.0 * f.change_low);
    ctp_put_real(t, "change_high_pct", 100.0 * f.change_high);
    ctp_put_real(t, "poisson_p", f.p_value);
    ctp_put_real(t, "dispersion", f.dispersion);
    ct_status st = ctp_put_string(t, "change_interval",
                                  f.quasi ? "quasi-Poisson t"
                                          : "Poisson Wald", err);
    if (st != CT_STATUS_OK)
        return st;
    ctp_put_real(t, "quasi_p", f.p_quasi);
    return CT_STATUS_OK;
}

/* Least squares on the rates (or counts), for the slope per year. */
static void fit_linear(const fit_run *fx)
{
    const series *s = fx->s;
    ct_trend_linear_fit f;
    ct_error quiet = CT_ERROR_INIT;
    if (ct_trend_linear(s->t, s->value, s->n, fx->q->confidence, &f,
                        &quiet) != CT_STATUS_OK)
        return;
    ctp_put_real(fx->t, "slope", f.slope);
    ctp_put_real(fx->t, "slope_low", f.slope_low);
    ctp_put_real(fx->t, "slope_high", f.slope_high);
    ctp_put_real(fx->t, "linear_p", f.p_value);
}

/* Mann-Kendall with Sen's slope, which assume no shape of trend. */
static void fit_mann_kendall(const fit_run *fx)
{
    const series *s = fx->s;
    ct_trend_mann_kendall_result f;
    ct_error quiet = CT_ERROR_INIT;
    if (ct_trend_mann_kendall(s->t, s->value, s->n, &f, &quiet) !=
        CT_STATUS_OK)
        return;
    ctp_put_real(fx->t, "mk_s", f.s);
    ctp_put_real(fx->t, "mk_z", f.z);
    ctp_put_real(fx->t, "mk_p", f.p_value);
    ctp_put_real(fx->t, "mk_tau", f.tau);
    ctp_put_real(fx->t, "sen_slope", f.sen_slope);
}

/* One row of the trend table: the series' span and measure, then the
 * columns of each method asked for. */
static ct_status fit_row(ct_table *t, const ct_dataset *ds,
                         const ct_tables_query *q, int methods, const named_id *area,
                         const named_id *offence, const series *s,
                         bool use_rates, ct_error *err)
{
    ct_status st;
    char from[32], to[32];
    ct_period_format(ct_dataset_period(ds, s->period[0]), from, sizeof from);
    ct_period_format(ct_dataset_period(ds, s->period[s->n - 1]), to,
                     sizeof to);
    if ((st = ct_table_add_row(t, err)) ||
        (st = ctp_put_string(t, "area", area->name, err)) ||
        (st = ctp_put_string(t, "offence", offence->name, err)) ||
        (st = ctp_put_string(t, "from", from, err)) ||
        (st = ctp_put_string(t, "to", to, err)) ||
        (st = ctp_put_string(t, "measure", use_rates ? "rate" : "count", err)))
        return st;
    ctp_put_count(t, "n", (int64_t)s->n);
    fit_run fx = {t, ds, q, s};
    if ((methods & M_FINGERTIPS) && (st = fit_marker(&fx, err)))
        return st;
    if ((methods & M_POISSON) && s->n >= 3 && (st = fit_poisson(&fx, err)))
        return st;
    if ((methods & M_LINEAR) && s->n >= 3)
        fit_linear(&fx);
    if ((methods & M_MK) && s->n >= 3)
        fit_mann_kendall(&fx);
    return CT_STATUS_OK;
}

/* The chart of one series, with the rebase periods turned into the
 * indices of the points that carry them. */
static ct_status xmr_rows(ct_table *t, const ct_dataset *ds,
                          const named_id *area, const named_id *offence,
                          const series *s, const ct_trend_xmr_options *xo,
                          const ct_dataset_id *rebase, size_t n_rebase,
                          ct_error *err)
{
    if (s->n < 2)
        return CT_STATUS_OK;
    ct_trend_xmr_point *pt = calloc(s->n, sizeof *pt);
    size_t *at = calloc(n_rebase + 1, sizeof *at);
    if (pt == NULL || at == NULL) {
        free(pt);
        free(at);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    ct_trend_xmr_options o = *xo;
    o.n_rebase = 0;
    for (size_t r = 0; r < n_rebase; r++)
        for (size_t k = 0; k < s->n; k++)
            if (s->period[k] == rebase[r])
                at[o.n_rebase++] = k;
    o.rebase = at;
    ct_status st = ct_trend_xmr_chart(s->value, s->n, &o, pt, err);
    for (size_t k = 0; st == CT_STATUS_OK && k < s->n; k++) {
        char label[32];
        ct_period_format(ct_dataset_period(ds, s->period[k]), label,
                         sizeof label);
        if ((st = ct_table_add_row(t, err)) ||
            (st = ct_table_set_string(t, 0, area->name, err)) ||
            (st = ct_table_set_string(t, 1, offence->name, err)) ||
            (st = ct_table_set_string(t, 2, label, err)) ||
            (st = ct_table_set_string(t, 9, ct_trend_xmr_rule_name(pt[k].rule),
                                      err)))
            break;
        ct_table_set_real(t, 3, s->value[k]);
        ct_table_set_real(t, 4, pt[k].mean);
        ct_table_set_real(t, 5, pt[k].lower);
        ct_table_set_real(t, 6, pt[k].upper);
        ct_table_set_real(t, 7, pt[k].near_lower);
        ct_table_set_real(t, 8, pt[k].near_upper);
        ct_table_set_count(t, 10, (int64_t)pt[k].group + 1);
    }
    free(pt);
    free(at);
    return st;
}

ct_status ct_tables_trend(const ct_dataset *ds, const ct_tables_query *q,
                          const char *method, ct_table **out, ct_error *err)
{
    return ct_tables_trend_with(ds, q, method, NULL, out, err);
}

/* The XmR note: the options in force (METHODS-ADDENDUM §B). */
static ct_status xmr_note(ct_table *t, const ct_trend_xmr_options *o,
                          const ct_tables_trend_options *to, ct_error *err)
{
    char note[832], fix[64] = "all points", rebase[256] = "", tol[64] = "";
    if (o->tolerance > 0)
        snprintf(tol, sizeof tol, ", or within %g of it,", o->tolerance);
    if (o->fix_after > 0)
        snprintf(fix, sizeof fix, "the first %zu points of each group",
                 o->fix_after);
    for (size_t r = 0; to != NULL && r < to->n_rebase; r++) {
        size_t used = strlen(rebase);
        snprintf(rebase + used, sizeof rebase - used, "%s%s",
                 r == 0 ? "; new groups (own mean, limits and rules) from "
                        : ", ",
                 to->rebase[r]);
    }
    snprintf(note, sizeof note,
             "xmr (NHSRplotthedots 0.2.2): mean and average moving range "
             "(AMR) of %s%s; limits mean +/- 2.66 AMR, near limits 2/3 of "
             "the way; moving ranges of 3.267 AMR or more %s; rules in "
             "order: outside limits, trend of 7 (strict), 2 of 3 beyond "
             "the near limit (%s), shift of 7 (a point on the mean%s %s); no "
             "variation (AMR 0): nothing flagged; a group of fewer than 13 "
             "points has trial limits",
             fix, rebase,
             o->screen ? "screened out once" : "kept (no screening)",
             o->two_in_three == CT_TREND_XMR_TWO_IN_THREE_MDC2023
                 ? "Making Data Count 2023: points outside count"
                 : "outside points do not count",
             tol,
             o->on_mean == CT_TREND_XMR_ON_MEAN_SKIP ? "is passed over"
                                               : "breaks the run");
    return ct_table_add_note(t, note, err);
}

/* The periods of the series into 'order': those of the same length as
 * 'to', from 'from' (or the first) to 'to', in order; '*n' of them. */
static void series_periods(const ct_dataset *ds, ct_dataset_id from,
                           ct_dataset_id to, ct_dataset_id *order, size_t *n)
{
    size_t np = ct_dataset_n_periods(ds);
    ct_dataset_sorted_periods(ds, order);
    ct_period pto = ct_dataset_period(ds, to);
    *n = 0;
    for (size_t k = 0; k < np; k++) {
        ct_period p = ct_dataset_period(ds, order[k]);
        if (p.n_months != pto.n_months || ct_period_compare(p, pto) > 0)
            continue;
        if (from != CT_DATASET_NO_ID &&
            ct_period_compare(p, ct_dataset_period(ds, from)) < 0)
            continue;
        order[(*n)++] = order[k];
    }
}

/* The last period of the series (q->to or the latest), the first
 * (q->from, else CT_DATASET_NO_ID) and the rebase periods. */
static ct_status trend_span(const ct_dataset *ds, const ct_tables_query *q,
                            const ct_tables_trend_options *opts,
                            ct_dataset_id *from, ct_dataset_id *to,
                            ct_dataset_id *rebase, ct_error *err)
{
    ct_status st;
    if (q->to != NULL) {
        if ((st = ctp_find_period(ds, q->to, "period", to, err)))
            return st;
    } else if ((*to = ctp_latest_period(ds)) == CT_DATASET_NO_ID) {
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "the data holds no counts");
    }
    if (q->from != NULL &&
        (st = ctp_find_period(ds, q->from, "period", from, err)))
        return st;
    if (rebase == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    for (size_t r = 0; opts != NULL && r < opts->n_rebase; r++)
        if ((st = ctp_find_period(ds, opts->rebase[r], "rebase period",
                                  &rebase[r], err)))
            return st;
    return CT_STATUS_OK;
}

/* Fills 's' with the present counts of one area and offence over the
 * periods 'order'; a gap is named in 'miss' when the area and offence
 * have cells at all ('named').  True when every period with a count has
 * a population (rates), else a trend in counts. */
static bool gather_series(const ct_dataset *ds, const ct_tables_query *q,
                          const named_id *area, const named_id *offence,
                          const ct_dataset_id *order, size_t n_periods,
                          bool named, ctp_missing *miss, series *s)
{
    s->n = 0;
    bool all_pop = true;
    for (size_t k = 0; k < n_periods; k++) {
        ct_cell c = ct_dataset_cell(ds, area->id, offence->id, order[k]);
        ct_period p = ct_dataset_period(ds, order[k]);
        if (c.state == CT_CELL_MISSING && named) {
            /* A gap in the series is named, never skipped without a
             * word. */
            char pl[32];
            ct_period_format(p, pl, sizeof pl);
            ctp_missing_note(miss, area->name, offence->name, pl);
        }
        if (c.state != CT_CELL_PRESENT)
            continue;
        double pop = NAN;
        if (!ct_dataset_population(ds, area->id, p, q->pop_rule, &pop,
                                   NULL) || !(pop > 0))
            all_pop = false;
        s->period[s->n] = order[k];
        /* Time in years at the middle of the period, so slopes are per
         * year whatever the period length. */
        s->t[s->n] = (p.start + p.n_months / 2.0) / 12.0;
        s->count[s->n] = c.count;
        s->pop[s->n] = pop;
        s->n++;
    }
    return all_pop;
}

/* The rate of every point with its interval; without populations
 * (all_pop false) the counts themselves. */
static ct_status series_rates(const ct_tables_query *q, bool all_pop,
                              series *s, ct_error *err)
{
    for (size_t k = 0; k < s->n; k++) {
        ct_rate r;
        if (!all_pop)
            s->pop[k] = 1.0;
        double per = all_pop ? q->per : 1.0;
        ct_status st = ct_rate_per(s->count[k], s->pop[k], per,
                                   q->confidence, &r, err);
        if (st != CT_STATUS_OK)
            return st;
        s->value[k] = r.value;
        s->low[k] = r.low;
        s->high[k] = r.high;
    }
    return CT_STATUS_OK;
}

/* The notes under a trend table. */
static ct_status trend_notes(ct_table *t, const ct_tables_query *q,
                             int methods, const ct_trend_xmr_options *xo,
                             const ct_tables_trend_options *opts,
                             ct_error *err)
{
    ct_status st;
    if ((st = ct_table_add_note(t, "trend: Fingertips recent-trend marker on "
                                "the last 5 annual points; poisson: "
                                "log-linear regression of counts with a "
                                "log-population offset (IRLS), annual % "
                                "change, quasi-Poisson p when "
                                "over-dispersed; linear: least squares on "
                                "rates, slope per year; Mann-Kendall with "
                                "Sen's slope; xmr: mean +/- 2.66 average "
                                "moving range", err)) ||
        (methods == M_XMR && (st = xmr_note(t, xo, opts, err))))
        return st;
    return ctp_add_common_notes(t, q, err);
}

ct_status ct_tables_trend_with(const ct_dataset *ds, const ct_tables_query *q,
                               const char *method,
                               const ct_tables_trend_options *opts, ct_table **out,
                               ct_error *err)
{
    ct_trend_xmr_options xo;
    if (opts != NULL)
        xo = opts->xmr;
    else
        ct_trend_xmr_options_init(&xo);
    size_t n_rebase = opts != NULL ? opts->n_rebase : 0;
    int methods = parse_method(method);
    if (methods == 0)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "method '%s' is not fingertips, poisson, "
                             "linear, mann-kendall, xmr or all", method);
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0, n_periods = 0;
    ct_dataset_id *rebase = NULL, *order = NULL, to, from = CT_DATASET_NO_ID;
    series s;
    memset(&s, 0, sizeof s);
    ct_table *t = NULL;
    bool *area_has = NULL, *offence_has = NULL;
    ctp_missing miss = {.how = "left out of the series"};
    ct_status st;
    if ((st = ctp_select_areas_offences(ds, q, &areas, &n_areas, &offences,
                                        &n_offences, err)))
        goto out;
    rebase = calloc(n_rebase + 1, sizeof *rebase);
    if ((st = trend_span(ds, q, opts, &from, &to, rebase, err)))
        goto out;
    size_t np = ct_dataset_n_periods(ds);
    order = calloc(np + 1, sizeof *order);
    s.period = calloc(np + 1, sizeof *s.period);
    s.t = calloc(np + 1, sizeof *s.t);
    s.count = calloc(np + 1, sizeof *s.count);
    s.pop = calloc(np + 1, sizeof *s.pop);
    s.value = calloc(np + 1, sizeof *s.value);
    s.low = calloc(np + 1, sizeof *s.low);
    s.high = calloc(np + 1, sizeof *s.high);
    t = trend_table(methods);
    area_has = ctp_with_cells(ds, true);
    offence_has = ctp_with_cells(ds, false);
    if (area_has == NULL || offence_has == NULL ||
        order == NULL || s.period == NULL || s.t == NULL || s.count == NULL ||
        s.pop == NULL || s.value == NULL || s.low == NULL || s.high == NULL ||
        t == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    series_periods(ds, from, to, order, &n_periods);
    for (size_t a = 0; a < n_areas && st == CT_STATUS_OK; a++)
        for (size_t o = 0; o < n_offences && st == CT_STATUS_OK; o++) {
            bool all_pop = gather_series(ds, q, &areas[a], &offences[o],
                                         order, n_periods,
                                         area_has[areas[a].id] &&
                                             offence_has[offences[o].id],
                                         &miss, &s);
            if (s.n == 0 || (st = series_rates(q, all_pop, &s, err)))
                continue;
            st = methods == M_XMR
                     ? xmr_rows(t, ds, &areas[a], &offences[o], &s, &xo,
                                rebase, n_rebase, err)
                     : fit_row(t, ds, q, methods, &areas[a], &offences[o], &s,
                               all_pop, err);
        }
    if (st == CT_STATUS_OK)
        st = trend_notes(t, q, methods, &xo, opts, err);
out:
    free(rebase);
    free(area_has);
    free(offence_has);
    free(areas);
    free(offences);
    free(order);
    free(s.period);
    free(s.t);
    free(s.count);
    free(s.pop);
    free(s.value);
    free(s.low);
    free(s.high);
    return ctp_table_done(st, t, out, NULL, &miss, q);
}
