/* tables_compare.c - each area against its most similar areas and the
 * nation (ct_tables_compare), its summary in words, and the All crime
 * total that compare adds.  The statistics live in rate.c and trend.c;
 * this module chooses the periods, the groups and the benchmarks, and
 * words the verdicts. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/tables.h"
#include "crimetrend/number.h"
#include "crimetrend/rate.h"
#include "crimetrend/trend.h"
#include "crimetrend/sentence.h"
#include "alloc.h"
#include "error_set.h"
#include "tables_build.h"
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
    if (ct_dataset_find_offence(ds, CT_DATASET_ALL_CRIME) != CT_DATASET_NO_ID)
        return CT_STATUS_OK;
    size_t n_off = ct_dataset_n_offences(ds);
    ct_dataset_id asb = ct_dataset_find_offence(ds, "Anti-social behaviour");
    size_t n_counted = n_off - (asb != CT_DATASET_NO_ID ? 1 : 0);
    if (n_counted < 2)
        return CT_STATUS_OK; /* a single offence is its own total */
    ct_dataset_id total;
    ct_status st = ct_dataset_intern_offence(ds, CT_DATASET_ALL_CRIME,
                                             strlen(CT_DATASET_ALL_CRIME), &total,
                                             err);
    if (st != CT_STATUS_OK)
        return st;
    size_t n_areas = ct_dataset_n_areas(ds), n_periods =
        ct_dataset_n_periods(ds);
    for (ct_dataset_id a = 0; a < n_areas; a++)
        for (ct_dataset_id p = 0; p < n_periods; p++) {
            int64_t sum = 0;
            size_t present = 0;
            bool any = false;
            for (ct_dataset_id o = 0; o < n_off; o++) {
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
            if (st != CT_STATUS_OK)
                return st;
        }
    return CT_STATUS_OK;
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
static ct_status recent_trend(const ct_dataset *ds, const ct_tables_query *q,
                              ct_dataset_id area, ct_dataset_id offence, ct_dataset_id period,
                              ct_trend_marker *m, ct_error *err)
{
    ct_period p = ct_dataset_period(ds, period);
    m->direction = CT_TREND_CANNOT;
    m->slope = m->chi2 = NAN;
    if (p.kind == CT_PERIOD_ROLLING) {
        m->reason = "rolling 12-month periods overlap; use --period-type "
                    "year or fy";
        return CT_STATUS_OK;
    }
    if (p.n_months != 12) {
        m->reason = "needs annual periods";
        return CT_STATUS_OK;
    }
    double t[5], v[5], lo[5], hi[5];
    for (int k = 0; k < 5; k++) {
        ct_dataset_id pid = ct_dataset_find_period(ds,
                                           ct_period_shift_years(p, k - 4));
        int64_t count;
        double pop;
        ct_rate r;
        if (pid == CT_DATASET_NO_ID ||
            !ctp_count_and_population(ds, area, offence, pid, q->pop_rule,
                                  &count, &pop)) {
            m->reason = "fewer than 5 years of counts and populations";
            return CT_STATUS_OK;
        }
        ct_status st = ct_rate_per(count, pop, q->per, q->confidence, &r,
                                   err);
        if (st != CT_STATUS_OK)
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
    ct_dataset_id area;
    int64_t count;
    double pop;
    double rate;
} member;

static const ct_table_column compare_cols[K_N - CTP_N_PLACE_COLUMNS] = {
    {"rate", "Rate", CT_TABLE_REAL, 2, NULL},
    {"rate_low", "Low", CT_TABLE_REAL, 2, NULL},
    {"rate_high", "High", CT_TABLE_REAL, 2, NULL},
    {"peer_mean", "Peer mean", CT_TABLE_REAL, 2, NULL},
    {"peer_pooled", "Peer pooled", CT_TABLE_REAL, 2, NULL},
    {"peer_sd", "Peer SD", CT_TABLE_REAL, 2, NULL},
    {"peer_n", "Group", CT_TABLE_COUNT, 0, NULL},
    {"z", "z", CT_TABLE_REAL, 2, NULL},
    {"rank", "Rank", CT_TABLE_COUNT, 0, NULL},
    {"vs_peers", "vs peers", CT_TABLE_STRING, 0, NULL},
    {"national_rate", "National", CT_TABLE_REAL, 2, NULL},
    {"vs_national", "vs national", CT_TABLE_STRING, 0, NULL},
    {"trend", "Trend", CT_TABLE_STRING, 0, NULL},
    {"flag", "Summary", CT_TABLE_STRING, 0, NULL},
    {"level", "Level", CT_TABLE_REAL, -1, "%"},
};

/* What every step of one compare table shares. */
typedef struct compare_run {
    const ct_dataset *ds;
    const ct_tables_query *q;
    ct_table *t;
    ct_dataset_id period;
    char label[32];         /* the period as printed */
    ct_dataset_id nat;              /* the national area asked for, or CT_DATASET_NO_ID */
    member *group;          /* room for every area and the focal one */
    bool *left_out;         /* peers left out of a group, by area id */
    ctp_left_out lo;        /* areas without a population, for a warning */
    ctp_missing miss;
} compare_run;

/* The group's statistics: HMIC MSG average (METHODS 1.1), the unweighted
 * mean of member rates, focal area (group[0]) included; SD by the n - 1
 * two-pass formula; the focal area's rank, 1 the highest rate. */
typedef struct group_stats {
    size_t n;
    double mean, sd, pooled;
    int64_t rank;
} group_stats;

static void summarise_group(const member *group, size_t n, double per,
                            group_stats *g)
{
    int64_t sum_count = 0;
    double sum_pop = 0, mean = 0, ss = 0;
    for (size_t k = 0; k < n; k++) {
        mean += group[k].rate;
        sum_count += group[k].count;
        sum_pop += group[k].pop;
    }
    mean /= (double)n;
    for (size_t k = 0; k < n; k++)
        ss += (group[k].rate - mean) * (group[k].rate - mean);
    g->n = n;
    g->mean = mean;
    g->sd = n >= 2 ? sqrt(ss / (double)(n - 1)) : NAN;
    g->pooled = (double)sum_count / sum_pop * per;
    g->rank = 1;
    for (size_t k = 1; k < n; k++)
        if (group[k].rate > group[0].rate)
            g->rank++;
}

/* A row that says why there is no comparison, as in every table. */
static ct_status row_without_data(compare_run *cx, const named_id *area,
                                  const named_id *offence, ct_cell_state state,
                                  ct_error *err)
{
    const char *why = state == CT_CELL_SUPPRESSED ? "suppressed" : "missing";
    if (state == CT_CELL_MISSING)
        ctp_missing_note(&cx->miss, area->name, offence->name, cx->label);
    ct_status st;
    if ((st = ct_table_add_row(cx->t, err)) ||
        (st = ct_table_set_string(cx->t, K_AREA, area->name, err)) ||
        (st = ct_table_set_string(cx->t, K_OFFENCE, offence->name, err)) ||
        (st = ct_table_set_string(cx->t, K_PERIOD, cx->label, err)) ||
        (st = ct_table_set_string(cx->t, K_FLAG, why, err)))
        return st;
    ct_table_set_real(cx->t, K_LEVEL, cx->q->confidence * 100.0);
    return CT_STATUS_OK;
}

/* Fills cx->group with 'self' and every peer that has data; '*n' members.
 * A peer without a count or population is marked in cx->left_out. */
static ct_status gather_group(compare_run *cx, member self,
                              const ct_dataset_id *peers, size_t n_peers,
                              ct_dataset_id offence, size_t *n, ct_error *err)
{
    const ct_tables_query *q = cx->q;
    size_t k_n = 0;
    cx->group[k_n++] = self;
    for (size_t k = 0; k < n_peers; k++) {
        member m;
        m.area = peers[k];
        if (ct_dataset_is_national(cx->ds, m.area))
            continue;
        bool usable;
        ct_status st = ctp_population(cx->ds, q, m.area,
                                      ct_dataset_period(cx->ds, cx->period),
                                      &cx->lo, NULL, NULL, &usable, err);
        if (st != CT_STATUS_OK)
            return st;
        if (!ctp_count_and_population(cx->ds, m.area, offence, cx->period,
                                      q->pop_rule, &m.count, &m.pop)) {
            cx->left_out[m.area] = true;
            continue;
        }
        m.rate = (double)m.count / m.pop * q->per;
        cx->group[k_n++] = m;
    }
    *n = k_n;
    return CT_STATUS_OK;
}

/* The national rate for the focal area: the one asked for, else its root
 * in areas.csv; NaN when there is none or it is the area itself. */
static double national_rate(const compare_run *cx, ct_dataset_id area, ct_dataset_id offence)
{
    ct_dataset_id nat_area = cx->nat != CT_DATASET_NO_ID ? cx->nat
                                         : ct_dataset_root(cx->ds, area);
    int64_t nc;
    double np;
    if (nat_area != area &&
        ctp_count_and_population(cx->ds, nat_area, offence, cx->period,
                                 cx->q->pop_rule, &nc, &np))
        return (double)nc / np * cx->q->per;
    return NAN;
}

/* The row of one area and offence with data: the area's rate against its
 * group and the nation, and its recent trend. */
static ct_status compare_row(compare_run *cx, const named_id *area,
                             const named_id *offence, member self,
                             const ct_dataset_id *peers, size_t n_peers,
                             ct_error *err)
{
    const ct_tables_query *q = cx->q;
    ct_table *t = cx->t;
    ct_rate r;
    ct_status st = ct_rate_per(self.count, self.pop, q->per, q->confidence,
                               &r, err);
    if (st != CT_STATUS_OK)
        return st;
    self.rate = r.value;
    size_t n;
    if ((st = gather_group(cx, self, peers, n_peers, offence->id, &n, err)))
        return st;
    group_stats g;
    summarise_group(cx->group, n, q->per, &g);
    double nat_rate = national_rate(cx, self.area, offence->id);
    ct_trend_marker m;
    if ((st = recent_trend(cx->ds, q, self.area, offence->id, cx->period, &m,
                           err)))
        return st;
    const char *vs_peers = versus(r.low, r.high, g.mean);
    char flag[96];
    if ((st = ct_table_add_row(t, err)) ||
        (st = ct_table_set_string(t, K_AREA, area->name, err)) ||
        (st = ct_table_set_string(t, K_OFFENCE, offence->name, err)) ||
        (st = ct_table_set_string(t, K_PERIOD, cx->label, err)) ||
        (st = ct_table_set_string(t, K_VS_PEERS, vs_peers, err)) ||
        (st = ct_table_set_string(t, K_VS_NATIONAL,
                                  versus(r.low, r.high, nat_rate), err)) ||
        (st = ct_table_set_string(t, K_TREND,
                                  ct_trend_direction_name(m.direction),
                                  err)) ||
        (st = ct_table_set_string(t, K_FLAG,
                                  flag_text(vs_peers, m.direction, flag,
                                            sizeof flag), err)))
        return st;
    ctp_put_rate(t, self.count, &r);
    ct_table_set_real(t, K_POPULATION, self.pop);
    ct_table_set_real(t, K_PEER_MEAN, g.mean);
    ct_table_set_real(t, K_PEER_POOLED, g.pooled);
    ct_table_set_real(t, K_PEER_SD, g.sd);
    ct_table_set_count(t, K_PEER_N, (int64_t)g.n);
    ct_table_set_real(t, K_Z, g.n >= 2 && g.sd > 0
                                  ? (self.rate - g.mean) / g.sd : NAN);
    ct_table_set_count(t, K_RANK, g.rank);
    ct_table_set_real(t, K_NATIONAL_RATE, nat_rate);
    ct_table_set_real(t, K_LEVEL, q->confidence * 100.0);
    return CT_STATUS_OK;
}

/* The rows of one area with a peer group, one an offence.  '*counted'
 * tells whether it had a group at all. */
static ct_status area_rows(compare_run *cx, const named_id *area,
                           const named_id *offences, size_t n_offences,
                           bool *counted, ct_error *err)
{
    const ct_dataset_id *peers;
    size_t n_peers = ct_dataset_peers(cx->ds, area->id, &peers);
    /* A national total is the comparator, never a member. */
    *counted = n_peers > 0 && !ct_dataset_is_national(cx->ds, area->id);
    if (!*counted)
        return CT_STATUS_OK;
    bool usable;
    ct_status st = ctp_population(cx->ds, cx->q, area->id,
                                  ct_dataset_period(cx->ds, cx->period),
                                  &cx->lo, NULL, NULL, &usable, err);
    if (st != CT_STATUS_OK || !usable)
        return st; /* an unusable one is named in the one warning */
    for (size_t o = 0; o < n_offences; o++) {
        member self = {.area = area->id};
        ct_cell c = ct_dataset_cell(cx->ds, self.area, offences[o].id,
                                    cx->period);
        if (c.state != CT_CELL_PRESENT)
            st = row_without_data(cx, area, &offences[o], c.state, err);
        else if (ctp_count_and_population(cx->ds, self.area, offences[o].id,
                                          cx->period, cx->q->pop_rule,
                                          &self.count, &self.pop))
            st = compare_row(cx, area, &offences[o], self, peers, n_peers,
                             err);
        /* else: no population, checked above */
        if (st != CT_STATUS_OK)
            return st;
    }
    return CT_STATUS_OK;
}

/* The notes under a compare table: what the columns mean, and the peers
 * left out of their groups. */
static ct_status compare_notes(const compare_run *cx, ct_error *err)
{
    char note[400], level[32];
    ctp_level_label(cx->q->confidence, level, sizeof level);
    ct_status st;
    if ((st = ct_table_add_note(cx->t, "peer_mean is the average of the "
                                "group's rates, the area included (HMIC's "
                                "most similar group average); peer_pooled "
                                "is the group's total count over its total "
                                "population; rank 1 is the highest rate",
                                err)))
        return st;
    snprintf(note, sizeof note,
             "higher/lower: the area's %s%% interval lies wholly above or "
             "below the benchmark value (not interval overlap); trend: "
             "Fingertips recent-trend test on the last 5 annual periods "
             "(weighted regression, chi-squared > 9.5495, leave-one-out "
             "check)", level);
    if ((st = ct_table_add_note(cx->t, note, err)) ||
        (st = ctp_add_common_notes(cx->t, cx->q, err)))
        return st;
    char *names = NULL;
    size_t len = 0;
    FILE *list = open_memstream(&names, &len);
    if (list == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    size_t n_left = 0;
    for (ct_dataset_id a = 0; a < ct_dataset_n_areas(cx->ds); a++)
        if (cx->left_out[a])
            fprintf(list, "%s%s", n_left++ ? ", " : "left out of peer groups "
                    "where they lack a count or population: ",
                    ct_dataset_area_name(cx->ds, a));
    fclose(list);
    st = n_left > 0 ? ct_table_add_note(cx->t, names, err) : CT_STATUS_OK;
    free(names);
    return st;
}

ct_status ct_tables_compare(const ct_dataset *ds, const ct_tables_query *q,
                            const char *national, ct_table **out,
                            ct_error *err)
{
    compare_run cx = {.ds = ds, .q = q, .nat = CT_DATASET_NO_ID};
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0;
    ct_status st;
    if ((st = ctp_select_areas_offences(ds, q, &areas, &n_areas, &offences,
                                        &n_offences, err)) ||
        (st = ctp_query_period(ds, q, &cx.period, err)))
        goto out;
    if (national != NULL &&
        (cx.nat = ct_dataset_match_area(ds, national)) == CT_DATASET_NO_ID) {
        st = ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                           "no national area called '%s' in the data",
                           national);
        goto out;
    }
    cx.t = ctp_table_new_joined(ctp_place_columns, CTP_N_PLACE_COLUMNS,
                                compare_cols, K_N - CTP_N_PLACE_COLUMNS);
    cx.group = calloc(ct_dataset_n_areas(ds) + 1, sizeof *cx.group);
    cx.left_out = calloc(ct_dataset_n_areas(ds) + 1, sizeof *cx.left_out);
    if (cx.t == NULL || cx.group == NULL || cx.left_out == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    ct_period_format(ct_dataset_period(ds, cx.period), cx.label,
                     sizeof cx.label);
    size_t n_groups = 0;
    for (size_t a = 0; a < n_areas; a++) {
        bool counted;
        if ((st = area_rows(&cx, &areas[a], offences, n_offences, &counted,
                            err)))
            goto out;
        n_groups += counted;
    }
    if (n_groups == 0)
        st = ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                           "no area has a peer group; expected peers.csv "
                           "with area,peer rows");
    else
        st = compare_notes(&cx, err);
out:
    free(areas);
    free(offences);
    free(cx.group);
    free(cx.left_out);
    return ctp_table_done(st, cx.t, out, &cx.lo, &cx.miss, q);
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
    if (strcmp(cell(t, r, "offence"), CT_DATASET_ALL_CRIME) == 0 ||
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

ct_status ct_tables_compare_write_summary(const ct_table *t, double per, FILE *out,
                                   ct_error *err)
{
    size_t n = ct_table_n_rows(t);
    for (size_t first = 0; first < n;) {
        size_t end = first;
        const char *area = cell(t, first, "area");
        while (end < n && strcmp(cell(t, end, "area"), area) == 0)
            end++;
        fprintf(out, "%s, %s: ", area, cell(t, first, "period"));
        size_t total_row = end;
        /* A missing total has no rate to speak of. */
        for (size_t r = first; r < end; r++)
            if (strcmp(cell(t, r, "offence"), CT_DATASET_ALL_CRIME) == 0 &&
                isfinite(realv(t, r, "rate")))
                total_row = r;
        /* The sentences come from ct_sentence_write, as every sentence
         * of the report does. */
        char sentence[2048];
        if (total_row < end) {
            const char *vs = cell(t, total_row, "vs_peers");
            const char *trend = cell(t, total_row, "trend");
            ct_sentence s = {.kind = CT_SENTENCE_PEER_OVERALL,
                             .rate = realv(t, total_row, "rate"),
                             .rate2 = realv(t, total_row, "peer_mean"),
                             .per = per, .words = trend,
                             .versus = strcmp(vs, "higher") == 0 ? 1
                                       : strcmp(vs, "lower") == 0 ? -1 : 0,
                             .direction = strcmp(trend, "increasing") == 0
                                              ? 1
                                          : strcmp(trend, "decreasing") == 0
                                              ? -1 : 0};
            if (ct_sentence_write(&s, sentence, sizeof sentence, NULL) ==
                CT_STATUS_OK)
                fprintf(out, "%s ", sentence);
        }
        char *lists[3] = {NULL, NULL, NULL};
        size_t lens[3];
        for (int k = 0; k < 3; k++) {
            FILE *m = open_memstream(&lists[k], &lens[k]);
            if (m == NULL)
                continue;
            if (k == 0)
                list_offences(t, first, end, "higher", "increasing", false,
                              m);
            else if (k == 1)
                list_offences(t, first, end, "higher", "increasing", true,
                              m);
            else
                list_offences(t, first, end, "lower", NULL, false, m);
            fclose(m);
        }
        ct_sentence l = {.kind = CT_SENTENCE_PEER_LISTS,
                         .list = {lists[0], lists[1], lists[2]}};
        if (ct_sentence_write(&l, sentence, sizeof sentence, NULL) == CT_STATUS_OK)
            fprintf(out, "%s\n\n", sentence);
        for (int k = 0; k < 3; k++)
            free(lists[k]);
        first = end;
    }
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0, "write error");
    return CT_STATUS_OK;
}
