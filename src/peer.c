/* peer.c - the comparison tables: each area against its most similar
 * areas and the nation (compare), every area against the pooled rate
 * (funnel), and statistics over a series of periods (trend).  The
 * statistics themselves live in rate.c and trend.c; this module chooses
 * the periods, the groups and the benchmarks, and words the verdicts. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/peer.h"
#include "crimetrend/number.h"
#include "crimetrend/rate.h"
#include "crimetrend/trend.h"
#include "internal.h"

/* ---- shared helpers ------------------------------------------------- */


/* Sets a cell of the last row by column name; columns the table lacks are
 * skipped, so one filler serves several layouts. */
static void put_real(ct_table *t, const char *name, double v)
{
    int c = ct_table_column_index(t, name);
    if (c >= 0)
        ct_table_set_real(t, (size_t)c, v);
}

static void put_count(ct_table *t, const char *name, int64_t v)
{
    int c = ct_table_column_index(t, name);
    if (c >= 0)
        ct_table_set_count(t, (size_t)c, v);
}

static ct_status put_string(ct_table *t, const char *name, const char *s,
                            ct_error *err)
{
    int c = ct_table_column_index(t, name);
    return c >= 0 ? ct_table_set_string(t, (size_t)c, s, err) : CT_OK;
}

static ct_status period_of(const ct_dataset *ds, const ct_query *q,
                           ct_id *out, ct_error *err)
{
    if (q->period != NULL)
        return ctp_find_period(ds, q->period, "period", out, err);
    *out = ctp_latest_period(ds);
    if (*out == CT_NO_ID)
        return ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                             "the data holds no counts");
    return CT_OK;
}

/* Benchmark comparison of METHODS 2.3: the interval against a point, with
 * strict inequalities (a limit equal to the benchmark is "similar"). */
static const char *versus(double low, double high, double benchmark)
{
    if (isnan(benchmark) || isnan(low) || isnan(high))
        return "n/a";
    if (low > benchmark)
        return "higher";
    if (high < benchmark)
        return "lower";
    return "similar";
}

/* ---- the All crime total -------------------------------------------- */

ct_status ct_dataset_add_total(ct_dataset *ds, ct_error *err)
{
    if (ct_dataset_find_offence(ds, CT_ALL_CRIME) != CT_NO_ID)
        return CT_OK;
    size_t n_off = ct_dataset_n_offences(ds);
    ct_id asb = ct_dataset_find_offence(ds, "Anti-social behaviour");
    size_t n_counted = n_off - (asb != CT_NO_ID ? 1 : 0);
    if (n_counted < 2)
        return CT_OK; /* a single offence is its own total */
    ct_id total;
    ct_status st = ct_dataset_intern_offence(ds, CT_ALL_CRIME,
                                             strlen(CT_ALL_CRIME), &total,
                                             err);
    if (st != CT_OK)
        return st;
    size_t n_areas = ct_dataset_n_areas(ds), n_periods =
        ct_dataset_n_periods(ds);
    for (ct_id a = 0; a < n_areas; a++)
        for (ct_id p = 0; p < n_periods; p++) {
            int64_t sum = 0;
            size_t present = 0;
            bool any = false;
            for (ct_id o = 0; o < n_off; o++) {
                if (o == asb)
                    continue;
                if (ct_dataset_has_cell(ds, a, o, p))
                    any = true;
                ct_cell c = ct_dataset_cell(ds, a, o, p);
                if (c.state == CT_CELL_PRESENT) {
                    sum += c.count;
                    present++;
                }
            }
            if (!any)
                continue;
            /* A total with a missing part would understate: mark it
             * missing instead. */
            st = ct_dataset_add_cell(ds, a, total, p,
                                     present == n_counted ? CT_CELL_PRESENT
                                                          : CT_CELL_MISSING,
                                     sum, false, NULL, 0, err);
            if (st != CT_OK)
                return st;
        }
    return CT_OK;
}

/* ---- compare -------------------------------------------------------- */

enum {
    K_AREA, K_OFFENCE, K_PERIOD, K_COUNT, K_POPULATION, K_RATE, K_LOW,
    K_HIGH, K_PEER_MEAN, K_PEER_POOLED, K_PEER_SD, K_PEER_N, K_Z, K_RANK,
    K_VS_PEERS, K_NATIONAL_RATE, K_VS_NATIONAL, K_TREND, K_FLAG, K_LEVEL,
    K_N
};

/* The recent-trend marker for the five years ending at 'period' (METHODS
 * 2.5): rolling periods, sub-annual periods and gaps cannot be tested. */
static ct_status recent_trend(const ct_dataset *ds, const ct_query *q,
                              ct_id area, ct_id offence, ct_id period,
                              ct_trend_marker *m, ct_error *err)
{
    ct_period p = ct_dataset_period(ds, period);
    m->direction = CT_TREND_CANNOT;
    m->slope = m->chi2 = NAN;
    if (p.kind == CT_PERIOD_ROLLING) {
        m->reason = "rolling 12-month periods overlap; use --period-type "
                    "year or fy";
        return CT_OK;
    }
    if (p.n_months != 12) {
        m->reason = "needs annual periods";
        return CT_OK;
    }
    double t[5], v[5], lo[5], hi[5];
    for (int k = 0; k < 5; k++) {
        ct_id pid = ct_dataset_find_period(ds,
                                           ct_period_shift_years(p, k - 4));
        int64_t count;
        double pop;
        ct_rate r;
        if (pid == CT_NO_ID ||
            !ctp_count_and_population(ds, area, offence, pid, q->pop_rule,
                                  &count, &pop)) {
            m->reason = "fewer than 5 years of counts and populations";
            return CT_OK;
        }
        ct_status st = ct_rate_per(count, pop, q->per, q->confidence, &r,
                                   err);
        if (st != CT_OK)
            return st;
        t[k] = k;
        v[k] = r.value;
        lo[k] = r.low;
        hi[k] = r.high;
    }
    return ct_trend_marker_values(t, v, lo, hi, 5, q->confidence, m, err);
}

static const char *flag_text(const char *vs, ct_trend_direction d, char *buf,
                             size_t size)
{
    const char *level = strcmp(vs, "higher") == 0 ? "above average"
                      : strcmp(vs, "lower") == 0 ? "below average"
                      : strcmp(vs, "similar") == 0 ? "similar to average"
                      : "no peer average";
    const char *trend = d == CT_TREND_INCREASING ? " and increasing"
                      : d == CT_TREND_DECREASING ? " and decreasing"
                      : d == CT_TREND_NO_CHANGE ? ", no significant change"
                      : ", trend cannot be calculated";
    snprintf(buf, size, "%s%s", level, trend);
    return buf;
}

typedef struct member {
    ct_id area;
    int64_t count;
    double pop;
    double rate;
} member;

ct_status ct_tables_compare(const ct_dataset *ds, const ct_query *q,
                            const char *national, ct_table **out,
                            ct_error *err)
{
    const ct_column cols[K_N] = {
        {"area", "Area", CT_COLUMN_STRING, 0, NULL},
        {"offence", "Offence", CT_COLUMN_STRING, 0, NULL},
        {"period", "Period", CT_COLUMN_STRING, 0, NULL},
        {"count", "Count", CT_COLUMN_COUNT, 0, NULL},
        {"population", "Population", CT_COLUMN_REAL, 0, NULL},
        {"rate", "Rate", CT_COLUMN_REAL, 2, NULL},
        {"rate_low", "Low", CT_COLUMN_REAL, 2, NULL},
        {"rate_high", "High", CT_COLUMN_REAL, 2, NULL},
        {"peer_mean", "Peer mean", CT_COLUMN_REAL, 2, NULL},
        {"peer_pooled", "Peer pooled", CT_COLUMN_REAL, 2, NULL},
        {"peer_sd", "Peer SD", CT_COLUMN_REAL, 2, NULL},
        {"peer_n", "Group", CT_COLUMN_COUNT, 0, NULL},
        {"z", "z", CT_COLUMN_REAL, 2, NULL},
        {"rank", "Rank", CT_COLUMN_COUNT, 0, NULL},
        {"vs_peers", "vs peers", CT_COLUMN_STRING, 0, NULL},
        {"national_rate", "National", CT_COLUMN_REAL, 2, NULL},
        {"vs_national", "vs national", CT_COLUMN_STRING, 0, NULL},
        {"trend", "Trend", CT_COLUMN_STRING, 0, NULL},
        {"flag", "Summary", CT_COLUMN_STRING, 0, NULL},
        {"level", "Level", CT_COLUMN_REAL, -1, "%"},
    };
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0;
    member *group = NULL;
    ct_table *t = NULL;
    ct_id period, nat = CT_NO_ID;
    bool *left_out = NULL;  /* peers left out of a group, by area id */
    ct_status st;
    if ((st = ctp_select_names(ds, true, q->areas, q->n_areas, &areas,
                               &n_areas, err)) ||
        (st = ctp_select_names(ds, false, q->offences, q->n_offences,
                               &offences, &n_offences, err)) ||
        (st = period_of(ds, q, &period, err)))
        goto out;
    if (national != NULL &&
        (nat = ct_dataset_find_area(ds, national)) == CT_NO_ID) {
        st = ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                           "no national area called '%s' in the data",
                           national);
        goto out;
    }
    t = ct_table_new(cols, K_N);
    group = calloc(ct_dataset_n_areas(ds) + 1, sizeof *group);
    left_out = calloc(ct_dataset_n_areas(ds) + 1, sizeof *left_out);
    if (t == NULL || group == NULL || left_out == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    char label[32];
    ct_period_format(ct_dataset_period(ds, period), label, sizeof label);
    size_t n_groups = 0;
    for (size_t a = 0; a < n_areas; a++) {
        const ct_id *peers;
        size_t n_peers = ct_dataset_peers(ds, areas[a].id, &peers);
        if (n_peers == 0)
            continue;
        n_groups++;
        for (size_t o = 0; o < n_offences; o++) {
            member self;
            self.area = areas[a].id;
            if (!ctp_count_and_population(ds, self.area, offences[o].id, period,
                                      q->pop_rule, &self.count, &self.pop))
                continue; /* no count or population: nothing to compare */
            ct_rate r;
            if ((st = ct_rate_per(self.count, self.pop, q->per,
                                  q->confidence, &r, err)))
                goto out;
            self.rate = r.value;
            /* The group: the area itself and every peer with data. */
            size_t n = 0;
            group[n++] = self;
            int64_t sum_count = self.count;
            double sum_pop = self.pop;
            for (size_t k = 0; k < n_peers; k++) {
                member m;
                m.area = peers[k];
                if (!ctp_count_and_population(ds, m.area, offences[o].id, period,
                                          q->pop_rule, &m.count, &m.pop)) {
                    left_out[m.area] = true;
                    continue;
                }
                m.rate = (double)m.count / m.pop * q->per;
                sum_count += m.count;
                sum_pop += m.pop;
                group[n++] = m;
            }
            /* HMIC MSG average (METHODS 1.1): unweighted mean of member
             * rates, focal area included; SD by the n - 1 recurrence-free
             * two-pass formula. */
            double mean = 0;
            for (size_t k = 0; k < n; k++)
                mean += group[k].rate;
            mean /= (double)n;
            double ss = 0;
            for (size_t k = 0; k < n; k++)
                ss += (group[k].rate - mean) * (group[k].rate - mean);
            double sd = n >= 2 ? sqrt(ss / (double)(n - 1)) : NAN;
            int64_t rank = 1;
            for (size_t k = 1; k < n; k++)
                if (group[k].rate > self.rate)
                    rank++;
            double nat_rate = NAN;
            ct_id nat_area = nat != CT_NO_ID ? nat
                                             : ct_dataset_root(ds,
                                                               self.area);
            int64_t nc;
            double np;
            if (nat_area != self.area &&
                ctp_count_and_population(ds, nat_area, offences[o].id, period,
                                     q->pop_rule, &nc, &np))
                nat_rate = (double)nc / np * q->per;
            ct_trend_marker m;
            if ((st = recent_trend(ds, q, self.area, offences[o].id, period,
                                   &m, err)))
                goto out;
            const char *vs_peers = versus(r.low, r.high, mean);
            char flag[96];
            if ((st = ct_table_add_row(t, err)) ||
                (st = ct_table_set_string(t, K_AREA, areas[a].name, err)) ||
                (st = ct_table_set_string(t, K_OFFENCE, offences[o].name,
                                          err)) ||
                (st = ct_table_set_string(t, K_PERIOD, label, err)) ||
                (st = ct_table_set_string(t, K_VS_PEERS, vs_peers, err)) ||
                (st = ct_table_set_string(t, K_VS_NATIONAL,
                                          versus(r.low, r.high, nat_rate),
                                          err)) ||
                (st = ct_table_set_string(t, K_TREND,
                                          ct_trend_direction_name(
                                              m.direction), err)) ||
                (st = ct_table_set_string(t, K_FLAG,
                                          flag_text(vs_peers, m.direction,
                                                    flag, sizeof flag),
                                          err)))
                goto out;
            ct_table_set_count(t, K_COUNT, self.count);
            ct_table_set_real(t, K_POPULATION, self.pop);
            ct_table_set_real(t, K_RATE, r.value);
            ct_table_set_real(t, K_LOW, r.low);
            ct_table_set_real(t, K_HIGH, r.high);
            ct_table_set_real(t, K_PEER_MEAN, mean);
            ct_table_set_real(t, K_PEER_POOLED,
                              (double)sum_count / sum_pop * q->per);
            ct_table_set_real(t, K_PEER_SD, sd);
            ct_table_set_count(t, K_PEER_N, (int64_t)n);
            ct_table_set_real(t, K_Z, n >= 2 && sd > 0
                                          ? (self.rate - mean) / sd : NAN);
            ct_table_set_count(t, K_RANK, rank);
            ct_table_set_real(t, K_NATIONAL_RATE, nat_rate);
            ct_table_set_real(t, K_LEVEL, q->confidence * 100.0);
        }
    }
    if (n_groups == 0) {
        st = ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                           "no area has a peer group; expected peers.csv "
                           "with area,peer rows");
        goto out;
    }
    char note[400], level[32];
    ctp_level_label(q->confidence, level, sizeof level);
    if ((st = ct_table_add_note(t, "peer_mean is the average of the group's "
                                "rates, the area included (HMIC's most "
                                "similar group average); peer_pooled is the "
                                "group's total count over its total "
                                "population; rank 1 is the highest rate",
                                err)))
        goto out;
    snprintf(note, sizeof note,
             "higher/lower: the area's %s%% interval lies wholly above or "
             "below the benchmark value (not interval overlap); trend: "
             "Fingertips recent-trend test on the last 5 annual periods "
             "(weighted regression, chi-squared > 9.5495, leave-one-out "
             "check)", level);
    if ((st = ct_table_add_note(t, note, err)) ||
        (st = ctp_add_common_notes(t, q, err)))
        goto out;
    char *names = NULL;
    size_t len = 0;
    FILE *list = open_memstream(&names, &len);
    if (list == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    size_t n_left = 0;
    for (ct_id a = 0; a < ct_dataset_n_areas(ds); a++)
        if (left_out[a])
            fprintf(list, "%s%s", n_left++ ? ", " : "left out of peer groups "
                    "where they lack a count or population: ",
                    ct_dataset_area_name(ds, a));
    fclose(list);
    st = n_left > 0 ? ct_table_add_note(t, names, err) : CT_OK;
    free(names);
out:
    free(areas);
    free(offences);
    free(group);
    free(left_out);
    if (st != CT_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_OK;
}

/* ---- the plain-words summary ----------------------------------------- */

static const char *cell(const ct_table *t, size_t row, const char *name)
{
    int c = ct_table_column_index(t, name);
    const char *s = c >= 0 ? ct_table_get_string(t, row, (size_t)c) : NULL;
    return s ? s : "";
}

static double realv(const ct_table *t, size_t row, const char *name)
{
    double v = NAN;
    int c = ct_table_column_index(t, name);
    if (c >= 0)
        ct_table_get_real(t, row, (size_t)c, &v);
    return v;
}

/* True when row r is a named offence (not the total) with 'vs' against
 * its peers and, when 'trend' is given, that trend ('negate': any other). */
static bool row_matches(const ct_table *t, size_t r, const char *vs,
                        const char *trend, bool negate)
{
    if (strcmp(cell(t, r, "offence"), CT_ALL_CRIME) == 0 ||
        strcmp(cell(t, r, "vs_peers"), vs) != 0)
        return false;
    return trend == NULL || (strcmp(cell(t, r, "trend"), trend) == 0) != negate;
}

/* Writes "A, B and C" for the matching rows of one area, or "none". */
static void list_offences(const ct_table *t, size_t first, size_t end,
                          const char *vs, const char *trend, bool negate,
                          FILE *out)
{
    size_t total = 0, n = 0;
    for (size_t r = first; r < end; r++)
        total += row_matches(t, r, vs, trend, negate);
    if (total == 0)
        fputs("none", out);
    for (size_t r = first; r < end; r++) {
        if (!row_matches(t, r, vs, trend, negate))
            continue;
        fprintf(out, "%s%s", n == 0 ? "" : n + 1 == total ? " and " : ", ",
                cell(t, r, "offence"));
        n++;
    }
}

ct_status ct_compare_write_summary(const ct_table *t, double per, FILE *out,
                                   ct_error *err)
{
    size_t n = ct_table_n_rows(t);
    char base[32];
    ct_number_format_fixed(per, 0, true, base, sizeof base);
    for (size_t first = 0; first < n;) {
        size_t end = first;
        const char *area = cell(t, first, "area");
        while (end < n && strcmp(cell(t, end, "area"), area) == 0)
            end++;
        fprintf(out, "%s, %s: ", area, cell(t, first, "period"));
        size_t total_row = end;
        for (size_t r = first; r < end; r++)
            if (strcmp(cell(t, r, "offence"), CT_ALL_CRIME) == 0)
                total_row = r;
        if (total_row < end) {
            char rate[32], mean[32];
            ct_number_format_fixed(realv(t, total_row, "rate"), 1, true, rate,
                                   sizeof rate);
            ct_number_format_fixed(realv(t, total_row, "peer_mean"), 1, true,
                                   mean, sizeof mean);
            const char *vs = cell(t, total_row, "vs_peers");
            const char *trend = cell(t, total_row, "trend");
            fprintf(out, "the overall crime rate (%s per %s) was %s the "
                    "average of its most similar areas (%s)", rate, base,
                    strcmp(vs, "higher") == 0 ? "above"
                    : strcmp(vs, "lower") == 0 ? "below" : "similar to",
                    mean);
            if (strcmp(trend, "increasing") == 0 ||
                strcmp(trend, "decreasing") == 0)
                fprintf(out, " and %s", trend);
            else
                fprintf(out, "; its trend: %s", trend);
            fputs(". ", out);
        }
        fputs("Crime types that were above average and increasing: ", out);
        list_offences(t, first, end, "higher", "increasing", false, out);
        fputs(". Above average but not increasing: ", out);
        list_offences(t, first, end, "higher", "increasing", true, out);
        fputs(". Below average: ", out);
        list_offences(t, first, end, "lower", NULL, false, out);
        fputs(".\n\n", out);
        first = end;
    }
    if (ferror(out))
        return ctp_error_set(err, CT_ERR_IO, NULL, 0, 0, "write error");
    return CT_OK;
}

/* ---- funnel ----------------------------------------------------------- */

enum {
    F_AREA, F_OFFENCE, F_PERIOD, F_COUNT, F_POPULATION, F_RATE, F_POOLED,
    F_LOW_95, F_HIGH_95, F_LOW_998, F_HIGH_998, F_SIGNIFICANCE, F_N,
    /* --overdispersion adds these. */
    F_Z = F_N, F_OD_LOW_95, F_OD_HIGH_95, F_OD_LOW_998, F_OD_HIGH_998,
    F_OD_SIGNIFICANCE, F_PHI, F_OD_P, F_TAU2, F_OD_ADJUSTED, F_OD_N
};

ct_status ct_tables_funnel(const ct_dataset *ds, const ct_query *q,
                           ct_table **out, ct_error *err)
{
    ct_funnel_options fo = {false, CT_FUNNEL_OD_PHI};
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

ct_status ct_tables_funnel_with(const ct_dataset *ds, const ct_query *q,
                                const ct_funnel_options *fo, ct_table **out,
                                ct_error *err)
{
    const ct_column cols[F_OD_N] = {
        {"area", "Area", CT_COLUMN_STRING, 0, NULL},
        {"offence", "Offence", CT_COLUMN_STRING, 0, NULL},
        {"period", "Period", CT_COLUMN_STRING, 0, NULL},
        {"count", "Count", CT_COLUMN_COUNT, 0, NULL},
        {"population", "Population", CT_COLUMN_REAL, 0, NULL},
        {"rate", "Rate", CT_COLUMN_REAL, 2, NULL},
        {"pooled_rate", "Pooled", CT_COLUMN_REAL, 2, NULL},
        {"low_95", "95% low", CT_COLUMN_REAL, 2, NULL},
        {"high_95", "95% high", CT_COLUMN_REAL, 2, NULL},
        {"low_998", "99.8% low", CT_COLUMN_REAL, 2, NULL},
        {"high_998", "99.8% high", CT_COLUMN_REAL, 2, NULL},
        {"significance", "Significance", CT_COLUMN_STRING, 0, NULL},
        {"z", "z", CT_COLUMN_REAL, 2, NULL},
        {"od_low_95", "OD 95% low", CT_COLUMN_REAL, 2, NULL},
        {"od_high_95", "OD 95% high", CT_COLUMN_REAL, 2, NULL},
        {"od_low_998", "OD 99.8% low", CT_COLUMN_REAL, 2, NULL},
        {"od_high_998", "OD 99.8% high", CT_COLUMN_REAL, 2, NULL},
        {"od_significance", "OD significance", CT_COLUMN_STRING, 0, NULL},
        {"phi", "phi", CT_COLUMN_REAL, 3, NULL},
        {"od_p", "p", CT_COLUMN_PVALUE, 3, NULL},
        {"tau2", "tau^2", CT_COLUMN_REAL, 6, NULL},
        {"od_adjusted", "Adjusted", CT_COLUMN_STRING, 0, NULL},
    };
    if (q->n_offences != 1)
        return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                             "funnel needs exactly one --offence");
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0;
    bool *is_parent = NULL;
    ct_table *t = NULL;
    ct_id period;
    ct_status st;
    int64_t *od_count = NULL;
    double *od_pop = NULL, *od_z = NULL;
    size_t od_n = 0;
    ct_funnel_od od;
    bool want_od = fo != NULL && fo->overdispersion;
    if ((st = ctp_select_names(ds, true, NULL, 0, &areas, &n_areas, err)) ||
        (st = ctp_select_names(ds, false, q->offences, 1, &offences,
                               &n_offences, err)) ||
        (st = period_of(ds, q, &period, err)))
        goto out;
    is_parent = calloc(ct_dataset_n_areas(ds) + 1, sizeof *is_parent);
    od_count = calloc(n_areas + 1, sizeof *od_count);
    od_pop = calloc(n_areas + 1, sizeof *od_pop);
    od_z = calloc(n_areas + 1, sizeof *od_z);
    t = ct_table_new(cols, want_od ? F_OD_N : F_N);
    if (is_parent == NULL || t == NULL || od_count == NULL ||
        od_pop == NULL || od_z == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    for (ct_id a = 0; a < ct_dataset_n_areas(ds); a++)
        if (ct_dataset_parent(ds, a) != CT_NO_ID)
            is_parent[ct_dataset_parent(ds, a)] = true;
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
    if (!(sum_pop > 0)) {
        st = ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
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
                wanted |= strcmp(q->areas[k], areas[a].name) == 0;
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
    if (st != CT_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_OK;
}

/* ---- trend tables ------------------------------------------------------ */

static const ct_column trend_id_cols[] = {
    {"area", "Area", CT_COLUMN_STRING, 0, NULL},
    {"offence", "Offence", CT_COLUMN_STRING, 0, NULL},
    {"from", "From", CT_COLUMN_STRING, 0, NULL},
    {"to", "To", CT_COLUMN_STRING, 0, NULL},
    {"n", "n", CT_COLUMN_COUNT, 0, NULL},
    {"measure", "Measure", CT_COLUMN_STRING, 0, NULL},
};

static const ct_column fingertips_cols[] = {
    {"trend", "Trend", CT_COLUMN_STRING, 0, NULL},
    {"marker_periods", "Marker periods", CT_COLUMN_STRING, 0, NULL},
    {"marker_slope", "Slope", CT_COLUMN_REAL, 3, NULL},
    {"chi2", "Chi2", CT_COLUMN_REAL, 2, NULL},
    {"reason", "Reason", CT_COLUMN_STRING, 0, NULL},
};

static const ct_column poisson_cols[] = {
    {"annual_change_pct", "Annual %", CT_COLUMN_REAL, 1, "%"},
    {"change_low_pct", "Low", CT_COLUMN_REAL, 1, "%"},
    {"change_high_pct", "High", CT_COLUMN_REAL, 1, "%"},
    {"poisson_p", "p", CT_COLUMN_PVALUE, 3, NULL},
    {"dispersion", "Dispersion", CT_COLUMN_REAL, 2, NULL},
    {"change_interval", "Interval", CT_COLUMN_STRING, 0, NULL},
    {"quasi_p", "Quasi p", CT_COLUMN_PVALUE, 3, NULL},
};

static const ct_column linear_cols[] = {
    {"slope", "Slope/yr", CT_COLUMN_REAL, 3, NULL},
    {"slope_low", "Low", CT_COLUMN_REAL, 3, NULL},
    {"slope_high", "High", CT_COLUMN_REAL, 3, NULL},
    {"linear_p", "p", CT_COLUMN_PVALUE, 3, NULL},
};

static const ct_column mk_cols[] = {
    {"mk_s", "S", CT_COLUMN_REAL, 0, NULL},
    {"mk_z", "z", CT_COLUMN_REAL, 2, NULL},
    {"mk_p", "p", CT_COLUMN_PVALUE, 3, NULL},
    {"mk_tau", "tau", CT_COLUMN_REAL, 3, NULL},
    {"sen_slope", "Sen slope/yr", CT_COLUMN_REAL, 3, NULL},
};

static const ct_column xmr_cols[] = {
    {"area", "Area", CT_COLUMN_STRING, 0, NULL},
    {"offence", "Offence", CT_COLUMN_STRING, 0, NULL},
    {"period", "Period", CT_COLUMN_STRING, 0, NULL},
    {"value", "Value", CT_COLUMN_REAL, 2, NULL},
    {"mean", "Mean", CT_COLUMN_REAL, 2, NULL},
    {"lower", "Lower", CT_COLUMN_REAL, 2, NULL},
    {"upper", "Upper", CT_COLUMN_REAL, 2, NULL},
    {"near_lower", "Near lower", CT_COLUMN_REAL, 2, NULL},
    {"near_upper", "Near upper", CT_COLUMN_REAL, 2, NULL},
    {"rule", "Special cause", CT_COLUMN_STRING, 0, NULL},
    {"group", "Group", CT_COLUMN_COUNT, 0, NULL},
};

enum { M_FINGERTIPS = 1, M_POISSON = 2, M_LINEAR = 4, M_MK = 8, M_XMR = 16 };

static int parse_method(const char *m)
{
    if (m == NULL || strcmp(m, "fingertips") == 0) return M_FINGERTIPS;
    if (strcmp(m, "poisson") == 0) return M_POISSON;
    if (strcmp(m, "linear") == 0) return M_LINEAR;
    if (strcmp(m, "mann-kendall") == 0) return M_MK;
    if (strcmp(m, "xmr") == 0) return M_XMR;
    if (strcmp(m, "all") == 0)
        return M_FINGERTIPS | M_POISSON | M_LINEAR | M_MK;
    return 0;
}

static ct_table *trend_table(int methods)
{
    ct_column cols[32];
    size_t n = 0;
#define ADD(arr) \
    do { \
        for (size_t i_ = 0; i_ < sizeof arr / sizeof arr[0]; i_++) \
            cols[n++] = arr[i_]; \
    } while (0)
    if (methods == M_XMR) {
        ADD(xmr_cols);
    } else {
        ADD(trend_id_cols);
        if (methods & M_FINGERTIPS) ADD(fingertips_cols);
        if (methods & M_POISSON) ADD(poisson_cols);
        if (methods & M_LINEAR) ADD(linear_cols);
        if (methods & M_MK) ADD(mk_cols);
    }
#undef ADD
    return ct_table_new(cols, n);
}

/* One series: the periods, their counts, populations (NaN when unknown),
 * and times in years. */
typedef struct series {
    ct_id *period;
    double *t;
    int64_t *count;
    double *pop;
    double *value, *low, *high;
    size_t n;
} series;

static ct_status fit_row(ct_table *t, const ct_dataset *ds,
                         const ct_query *q, int methods, const named_id *area,
                         const named_id *offence, const series *s,
                         bool use_rates, ct_error *err)
{
    ct_status st;
    char from[32], to[32];
    ct_period_format(ct_dataset_period(ds, s->period[0]), from, sizeof from);
    ct_period_format(ct_dataset_period(ds, s->period[s->n - 1]), to,
                     sizeof to);
    if ((st = ct_table_add_row(t, err)) ||
        (st = put_string(t, "area", area->name, err)) ||
        (st = put_string(t, "offence", offence->name, err)) ||
        (st = put_string(t, "from", from, err)) ||
        (st = put_string(t, "to", to, err)) ||
        (st = put_string(t, "measure", use_rates ? "rate" : "count", err)))
        return st;
    put_count(t, "n", (int64_t)s->n);
    if (methods & M_FINGERTIPS) {
        ct_trend_marker m;
        ct_period p = ct_dataset_period(ds, s->period[s->n - 1]);
        /* The marker reads only the last five points (METHODS 2.5), so
         * only they must follow one another: 'run' counts the consecutive
         * periods that end the series, and a gap before them does not
         * matter. */
        size_t run = 1;
        while (run < s->n &&
               ct_dataset_period(ds, s->period[s->n - run]).start -
                       ct_dataset_period(ds, s->period[s->n - run - 1])
                           .start ==
                   p.n_months)
            run++;
        m.slope = m.chi2 = NAN;
        m.direction = CT_TREND_CANNOT;
        char used[80] = "";
        if (p.kind == CT_PERIOD_ROLLING)
            m.reason = "rolling 12-month periods overlap; use --period-type "
                       "year or fy";
        else if (p.n_months != 12)
            m.reason = "needs annual periods";
        else if (run < 5 && s->n >= 5)
            m.reason = "a gap within the last 5 periods";
        else if ((st = ct_trend_marker_values(s->t, s->value, s->low,
                                              s->high, s->n, q->confidence,
                                              &m, err)))
            return st;
        if (s->n >= 5 && run >= 5) {
            char a[32], b[32];
            ct_period_format(ct_dataset_period(ds, s->period[s->n - 5]), a,
                             sizeof a);
            ct_period_format(p, b, sizeof b);
            snprintf(used, sizeof used, "%s to %s", a, b);
        }
        if ((st = put_string(t, "trend",
                             ct_trend_direction_name(m.direction), err)) ||
            (st = put_string(t, "marker_periods", used, err)) ||
            (st = put_string(t, "reason", m.reason ? m.reason : "", err)))
            return st;
        put_real(t, "marker_slope", m.slope);
        put_real(t, "chi2", m.chi2);
    }
    ct_error quiet;
    if ((methods & M_POISSON) && s->n >= 3) {
        ct_poisson_fit f;
        ct_error_clear(&quiet);
        if (ct_trend_poisson(s->t, s->count, s->pop, s->n, q->confidence, &f,
                             &quiet) == CT_OK) {
            put_real(t, "annual_change_pct", 100.0 * f.annual_change);
            put_real(t, "change_low_pct", 100.0 * f.change_low);
            put_real(t, "change_high_pct", 100.0 * f.change_high);
            put_real(t, "poisson_p", f.p_value);
            put_real(t, "dispersion", f.dispersion);
            if ((st = put_string(t, "change_interval",
                                 f.quasi ? "quasi-Poisson t"
                                         : "Poisson Wald", err)))
                return st;
            put_real(t, "quasi_p", f.p_quasi);
        }
    }
    if ((methods & M_LINEAR) && s->n >= 3) {
        ct_linear_fit f;
        ct_error_clear(&quiet);
        if (ct_trend_linear(s->t, s->value, s->n, q->confidence, &f,
                            &quiet) == CT_OK) {
            put_real(t, "slope", f.slope);
            put_real(t, "slope_low", f.slope_low);
            put_real(t, "slope_high", f.slope_high);
            put_real(t, "linear_p", f.p_value);
        }
    }
    if ((methods & M_MK) && s->n >= 3) {
        ct_mann_kendall f;
        ct_error_clear(&quiet);
        if (ct_trend_mann_kendall(s->t, s->value, s->n, &f, &quiet) ==
            CT_OK) {
            put_real(t, "mk_s", f.s);
            put_real(t, "mk_z", f.z);
            put_real(t, "mk_p", f.p_value);
            put_real(t, "mk_tau", f.tau);
            put_real(t, "sen_slope", f.sen_slope);
        }
    }
    return CT_OK;
}

/* The chart of one series, with the rebase periods turned into the
 * indices of the points that carry them. */
static ct_status xmr_rows(ct_table *t, const ct_dataset *ds,
                          const named_id *area, const named_id *offence,
                          const series *s, const ct_xmr_options *xo,
                          const ct_id *rebase, size_t n_rebase,
                          ct_error *err)
{
    if (s->n < 2)
        return CT_OK;
    ct_xmr_point *pt = calloc(s->n, sizeof *pt);
    size_t *at = calloc(n_rebase + 1, sizeof *at);
    if (pt == NULL || at == NULL) {
        free(pt);
        free(at);
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    ct_xmr_options o = *xo;
    o.n_rebase = 0;
    for (size_t r = 0; r < n_rebase; r++)
        for (size_t k = 0; k < s->n; k++)
            if (s->period[k] == rebase[r])
                at[o.n_rebase++] = k;
    o.rebase = at;
    ct_status st = ct_trend_xmr_chart(s->value, s->n, &o, pt, err);
    for (size_t k = 0; st == CT_OK && k < s->n; k++) {
        char label[32];
        ct_period_format(ct_dataset_period(ds, s->period[k]), label,
                         sizeof label);
        if ((st = ct_table_add_row(t, err)) ||
            (st = ct_table_set_string(t, 0, area->name, err)) ||
            (st = ct_table_set_string(t, 1, offence->name, err)) ||
            (st = ct_table_set_string(t, 2, label, err)) ||
            (st = ct_table_set_string(t, 9, ct_xmr_rule_name(pt[k].rule),
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

ct_status ct_tables_trend(const ct_dataset *ds, const ct_query *q,
                          const char *method, ct_table **out, ct_error *err)
{
    return ct_tables_trend_with(ds, q, method, NULL, out, err);
}

/* The XmR note: the options in force (METHODS-ADDENDUM §B). */
static ct_status xmr_note(ct_table *t, const ct_xmr_options *o,
                          const ct_trend_options *to, ct_error *err)
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
             o->two_in_three == CT_XMR_TWO_IN_THREE_MDC2023
                 ? "Making Data Count 2023: points outside count"
                 : "outside points do not count",
             tol,
             o->on_mean == CT_XMR_ON_MEAN_SKIP ? "is passed over"
                                               : "breaks the run");
    return ct_table_add_note(t, note, err);
}

ct_status ct_tables_trend_with(const ct_dataset *ds, const ct_query *q,
                               const char *method,
                               const ct_trend_options *opts, ct_table **out,
                               ct_error *err)
{
    ct_xmr_options xo;
    if (opts != NULL)
        xo = opts->xmr;
    else
        ct_xmr_options_init(&xo);
    ct_id *rebase = NULL;
    size_t n_rebase = opts != NULL ? opts->n_rebase : 0;
    int methods = parse_method(method);
    if (methods == 0)
        return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                             "method '%s' is not fingertips, poisson, "
                             "linear, mann-kendall, xmr or all", method);
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0, n_periods = 0;
    ct_id *order = NULL, to, from = CT_NO_ID;
    series s;
    memset(&s, 0, sizeof s);
    ct_table *t = NULL;
    ct_status st;
    if ((st = ctp_select_names(ds, true, q->areas, q->n_areas, &areas,
                               &n_areas, err)) ||
        (st = ctp_select_names(ds, false, q->offences, q->n_offences,
                               &offences, &n_offences, err)))
        goto out;
    if (q->to != NULL) {
        if ((st = ctp_find_period(ds, q->to, "period", &to, err)))
            goto out;
    } else if ((to = ctp_latest_period(ds)) == CT_NO_ID) {
        st = ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                           "the data holds no counts");
        goto out;
    }
    if (q->from != NULL &&
        (st = ctp_find_period(ds, q->from, "period", &from, err)))
        goto out;
    rebase = calloc(n_rebase + 1, sizeof *rebase);
    if (rebase == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    for (size_t r = 0; r < n_rebase; r++)
        if ((st = ctp_find_period(ds, opts->rebase[r], "rebase period",
                                  &rebase[r], err)))
            goto out;
    /* The periods of the series: those of the same length as 'to', from
     * 'from' (or the first) to 'to', in order. */
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
    if (order == NULL || s.period == NULL || s.t == NULL || s.count == NULL ||
        s.pop == NULL || s.value == NULL || s.low == NULL || s.high == NULL ||
        t == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    ct_dataset_sorted_periods(ds, order);
    ct_period pto = ct_dataset_period(ds, to);
    for (size_t k = 0; k < np; k++) {
        ct_period p = ct_dataset_period(ds, order[k]);
        if (p.n_months != pto.n_months || ct_period_compare(p, pto) > 0)
            continue;
        if (from != CT_NO_ID &&
            ct_period_compare(p, ct_dataset_period(ds, from)) < 0)
            continue;
        order[n_periods++] = order[k];
    }
    for (size_t a = 0; a < n_areas; a++)
        for (size_t o = 0; o < n_offences; o++) {
            /* Rates when every period with a count has a population. */
            s.n = 0;
            bool all_pop = true;
            for (size_t k = 0; k < n_periods; k++) {
                ct_cell c = ct_dataset_cell(ds, areas[a].id, offences[o].id,
                                            order[k]);
                if (c.state != CT_CELL_PRESENT)
                    continue;
                ct_period p = ct_dataset_period(ds, order[k]);
                double pop = NAN;
                if (!ct_dataset_population(ds, areas[a].id, p, q->pop_rule,
                                           &pop, NULL) || !(pop > 0))
                    all_pop = false;
                s.period[s.n] = order[k];
                /* Time in years at the middle of the period, so slopes are
                 * per year whatever the period length. */
                s.t[s.n] = (p.start + p.n_months / 2.0) / 12.0;
                s.count[s.n] = c.count;
                s.pop[s.n] = pop;
                s.n++;
            }
            if (s.n == 0)
                continue;
            for (size_t k = 0; k < s.n; k++) {
                ct_rate r;
                if (!all_pop)
                    s.pop[k] = 1.0; /* no populations: a trend in counts */
                double pop = s.pop[k];
                double per = all_pop ? q->per : 1.0;
                if ((st = ct_rate_per(s.count[k], pop, per, q->confidence,
                                      &r, err)))
                    goto out;
                s.value[k] = r.value;
                s.low[k] = r.low;
                s.high[k] = r.high;
            }
            st = methods == M_XMR
                     ? xmr_rows(t, ds, &areas[a], &offences[o], &s, &xo,
                                rebase, n_rebase, err)
                     : fit_row(t, ds, q, methods, &areas[a], &offences[o], &s,
                               all_pop, err);
            if (st != CT_OK)
                goto out;
        }
    if ((st = ct_table_add_note(t, "trend: Fingertips recent-trend marker on "
                                "the last 5 annual points; poisson: "
                                "log-linear regression of counts with a "
                                "log-population offset (IRLS), annual % "
                                "change, quasi-Poisson p when "
                                "over-dispersed; linear: least squares on "
                                "rates, slope per year; Mann-Kendall with "
                                "Sen's slope; xmr: mean +/- 2.66 average "
                                "moving range", err)) ||
        (methods == M_XMR && (st = xmr_note(t, &xo, opts, err))) ||
        (st = ctp_add_common_notes(t, q, err)))
        goto out;
out:
    free(rebase);
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
    if (st != CT_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_OK;
}
