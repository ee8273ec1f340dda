/* project.c - next period's count if the trend of the last few periods
 * holds, with Farrington's prediction interval (METHODS-ADDENDUM §D), the
 * backtest of those intervals, and the hooks compare and assess use. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/project.h"
#include "crimetrend/model.h"
#include "crimetrend/number.h"
#include "crimetrend/ingest.h"
#include "crimetrend/period.h"
#include "error_set.h"
#include "alloc.h"
#include "tables_build.h"
#include "text.h"

void ct_project_options_init(ct_project_options *o)
{
    memset(o, 0, sizeof *o);
    o->window = 5;
}

static ct_period shift(ct_period p, long steps)
{
    p.start += (int32_t)(steps * p.n_months);
    return p;
}

static void label(ct_period p, char *buf, size_t size)
{
    ct_period_format(p, buf, size);
}

/* Windows longer than this are refused by the command line; the arrays of
 * a window live on the stack. */
#define MAX_WINDOW 60

static void copy_reason(ct_project_range *r, const char *msg)
{
    size_t n = strlen(msg);
    if (n >= sizeof r->reason)
        n = sizeof r->reason - 1;
    memcpy(r->reason, msg, n);
    r->reason[n] = '\0';
}

/* What the data holds for a series at one period. */
enum { S_NO_ROW = 0, S_EMPTY, S_PRESENT, S_SUPPRESSED };

typedef struct series {
    size_t m;                /* periods, first + 0 .. first + m - 1 */
    ct_period first;
    double *y;               /* counts */
    unsigned char *state;    /* S_* */
    double *pop;             /* populations, NaN without */
} series;

static ct_status series_alloc(series *s, size_t m, ct_error *err)
{
    s->m = m;
    s->y = malloc((m ? m : 1) * sizeof *s->y);
    s->state = malloc(m ? m : 1);
    s->pop = malloc((m ? m : 1) * sizeof *s->pop);
    if (s->y == NULL || s->state == NULL || s->pop == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    return CT_STATUS_OK;
}

static void series_free(series *s)
{
    free(s->y);
    free(s->state);
    free(s->pop);
}

/* One lookup per period for the counts, and populations only where
 * 'with_pop'. */
static void gather(const ct_dataset *ds, ct_dataset_id area, ct_dataset_id offence,
                   ct_period first, ct_pop_rule rule, bool with_pop,
                   series *s)
{
    s->first = first;
    for (size_t i = 0; i < s->m; i++) {
        ct_period pi = shift(first, (long)i);
        ct_dataset_id id = ct_dataset_find_period(ds, pi);
        ct_cell c = {0};
        bool has = id != CT_DATASET_NO_ID &&
                   ct_dataset_get_cell(ds, area, offence, id, &c);
        s->state[i] = !has ? S_NO_ROW
                      : c.state == CT_CELL_PRESENT    ? S_PRESENT
                      : c.state == CT_CELL_SUPPRESSED ? S_SUPPRESSED
                                                      : S_EMPTY;
        s->y[i] = c.state == CT_CELL_PRESENT ? (double)c.count : NAN;
        double pop;
        ct_period src;
        s->pop[i] = with_pop && ct_dataset_population(ds, area, pi, rule,
                                                      &pop, &src) &&
                            pop > 0
                        ? pop : NAN;
    }
}

/* The range predicted for period 'idx' of the series from the w before
 * it. */
static ct_status range_from(const series *s, size_t idx, size_t w,
                            double confidence, ct_project_range *out,
                            ct_error *err)
{
    memset(out, 0, sizeof *out);
    out->population = NAN;
    double y[MAX_WINDOW], off[MAX_WINDOW];
    bool rates = true;
    for (size_t j = 0; j < w; j++) {
        size_t i = idx - w + j;
        if (s->state[i] != S_PRESENT) {
            char b[32];
            label(shift(s->first, (long)i), b, sizeof b);
            snprintf(out->reason, sizeof out->reason, "no count for %s%s", b,
                     s->state[i] == S_SUPPRESSED ? " (suppressed)" : "");
            return CT_STATUS_OK;
        }
        y[j] = s->y[i];
        if (y[j] > out->max_count)
            out->max_count = y[j];
        if (rates && !isnan(s->pop[i]))
            off[j] = log(s->pop[i]);
        else
            rates = false;
    }
    out->previous = (int64_t)y[w - 1];
    double pop0 = NAN;
    if (rates) {
        if (idx < s->m && !isnan(s->pop[idx])) {
            pop0 = s->pop[idx];
        } else {
            /* The year ahead rarely has an estimate yet: the latest one
             * stands in, which is said in the notes. */
            pop0 = exp(off[w - 1]);
            out->carried = true;
        }
    }
    if (idx < s->m && s->state[idx] == S_PRESENT) {
        out->has_actual = true;
        out->actual = (int64_t)s->y[idx];
    }
    ct_model_trend fit;
    ct_error e = CT_ERROR_INIT;
    ct_status st = ct_model_poisson_trend(y, rates ? off : NULL, w, &fit, &e);
    if (st == CT_STATUS_DOMAIN || st == CT_STATUS_NUMERIC) {
        copy_reason(out, e.message);
        return CT_STATUS_OK;
    }
    if (st != CT_STATUS_OK)
        return ctp_error_set(err, st, NULL, 0, 0, "%s", e.message);
    ct_model_interval iv;
    st = ct_model_farrington(&fit, (double)w, rates ? log(pop0) : 0.0, true,
                             confidence, &iv, &e);
    if (st == CT_STATUS_NUMERIC) {
        copy_reason(out, e.message);
        return CT_STATUS_OK;
    }
    if (st != CT_STATUS_OK)
        return ctp_error_set(err, st, NULL, 0, 0, "%s", e.message);
    out->available = true;
    out->has_rate = rates;
    out->population = rates ? pop0 : NAN;
    out->expected = iv.mu0;
    out->low = iv.low;
    out->high = iv.high;
    out->phi_hat = fit.phi_hat;
    out->annual_change = exp(fit.b1) - 1.0;
    if (out->has_actual) {
        double a = (double)out->actual;
        out->side = a < iv.low ? -1 : a > iv.high ? 1 : 0;
    }
    return CT_STATUS_OK;
}

ct_status ct_project_range_for(const ct_dataset *ds, ct_dataset_id area,
                               ct_dataset_id offence, ct_period period,
                               const ct_project_options *o,
                               double confidence, ct_pop_rule rule,
                               ct_project_range *out, ct_error *err)
{
    size_t w = o->window;
    if (w < 3 || w > MAX_WINDOW)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "window %zu is not 3 to %d periods", w,
                             MAX_WINDOW);
    double y[MAX_WINDOW + 1], pop[MAX_WINDOW + 1];
    unsigned char state[MAX_WINDOW + 1];
    series s = {w + 1, period, y, state, pop};
    gather(ds, area, offence, shift(period, -(long)w), rule,
           ct_dataset_has_populations(ds), &s);
    return range_from(&s, w, w, confidence, out, err);
}

const char *ct_project_range_words(const ct_project_range *r)
{
    if (r == NULL || !r->available || !r->has_actual)
        return "";
    return r->side > 0   ? "outside the expected range (above)"
           : r->side < 0 ? "outside the expected range (below)"
                         : "within the expected range";
}

/* Whether 'q' is a period of the length of 'p', in step with it, up to
 * and including 'p'. */
static bool in_step_up_to(ct_period q, ct_period p)
{
    return q.n_months == p.n_months && q.start <= p.start &&
           (p.start - q.start) % p.n_months == 0;
}

/* How many periods of the length of 'p', in step with it, the data has up
 * to and including 'p' (with any count), and the earliest of them. */
static size_t periods_up_to(const ct_dataset *ds, ct_period p,
                            ct_period *first)
{
    size_t n = 0;
    for (ct_dataset_id i = 0; i < ct_dataset_n_periods(ds); i++) {
        ct_period q = ct_dataset_period(ds, i);
        if (in_step_up_to(q, p)) {
            if (n == 0 || q.start < first->start)
                *first = q;
            n++;
        }
    }
    return n;
}

static const char *unit_words(ct_period p, size_t n)
{
    (void)n;
    return p.n_months == 12 ? "years" : p.n_months == 3 ? "quarters"
                                                        : "months";
}

static const char *number_word(size_t n, char *buf, size_t size)
{
    static const char *const words[] = {"zero", "one", "two", "three",
                                        "four", "five", "six", "seven",
                                        "eight", "nine", "ten"};
    if (n <= 10)
        return words[n];
    snprintf(buf, size, "%zu", n);
    return buf;
}

/* The whole counts inside a real interval: ceil(low) to floor(high). */
static void whole_bounds(const ct_project_range *r, int64_t *lo, int64_t *hi)
{
    *lo = (int64_t)ceil(r->low);
    *hi = (int64_t)floor(r->high);
    if (*hi < *lo)
        *hi = *lo;
}

enum {
    P_AREA, P_OFFENCE, P_FROM, P_TO, P_N, P_PERIOD, P_EXPECTED, P_LOW,
    P_HIGH, P_POPULATION, P_RATE, P_RATE_LOW, P_RATE_HIGH, P_MODEL,
    P_DISPERSION, P_CHANGE, P_LATEST_COUNT, P_LATEST_LOW, P_LATEST_HIGH,
    P_LATEST_VS, P_NOTE, P_SENTENCE, P_N_COLUMNS
};

static const ct_table_column project_columns[P_N_COLUMNS -
                                             CTP_N_SPAN_COLUMNS] = {
    {"n", "N", CT_TABLE_COUNT, 0, NULL},
    {"period", "Projected", CT_TABLE_STRING, 0, NULL},
    {"expected", "Expected", CT_TABLE_REAL, 0, NULL},
    {"low", "Low", CT_TABLE_COUNT, 0, NULL},
    {"high", "High", CT_TABLE_COUNT, 0, NULL},
    {"population", "Population", CT_TABLE_REAL, 0, NULL},
    {"expected_rate", "Rate", CT_TABLE_REAL, 2, NULL},
    {"rate_low", "Rate low", CT_TABLE_REAL, 2, NULL},
    {"rate_high", "Rate high", CT_TABLE_REAL, 2, NULL},
    {"model", "Model", CT_TABLE_STRING, 0, NULL},
    {"dispersion", "Dispersion", CT_TABLE_REAL, 2, NULL},
    {"annual_change_pct", "Change/period", CT_TABLE_REAL, 1, "%"},
    {"latest_count", "Latest", CT_TABLE_COUNT, 0, NULL},
    {"latest_low", "Latest low", CT_TABLE_COUNT, 0, NULL},
    {"latest_high", "Latest high", CT_TABLE_COUNT, 0, NULL},
    {"latest_vs_expected", "Latest vs expected", CT_TABLE_STRING, 0, NULL},
    {"note", "Note", CT_TABLE_STRING, 0, NULL},
    {"sentence", "In words", CT_TABLE_STRING, 0, NULL},
};

/* Resolves the last period of the windows (q->period or the latest) and
 * checks the data has a window's worth of periods up to it. */
static ct_status last_period(const ct_dataset *ds, const ct_tables_query *q,
                             const ct_project_options *o, ct_period *last,
                             ct_error *err)
{
    ct_dataset_id id;
    if (q->period != NULL) {
        ct_status st = ctp_find_period(ds, q->period, "period", &id, err);
        if (st != CT_STATUS_OK)
            return st;
    } else if ((id = ctp_latest_period(ds)) == CT_DATASET_NO_ID) {
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "the data holds no counts");
    }
    *last = ct_dataset_period(ds, id);
    ct_period first = *last;
    size_t have = periods_up_to(ds, *last, &first);
    if (have < o->window) {
        char a[32], b[32];
        label(first, a, sizeof a);
        label(*last, b, sizeof b);
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "the data has %zu period%s of this length up to "
                             "%s (%s to %s); a trend over --window %zu needs "
                             "%zu", have, have == 1 ? "" : "s", b, a, b,
                             o->window, o->window);
    }
    return CT_STATUS_OK;
}

/* What the projection and its backtest both read: the last period of the
 * windows and the chosen areas and offences. */
typedef struct series_set {
    ct_period last;
    named_id *areas, *offences;
    size_t n_areas, n_offences;
} series_set;

/* Fills 'set'; on failure nothing is left to free, on success
 * series_set_free frees it. */
static ct_status select_series(const ct_dataset *ds, const ct_tables_query *q,
                               const ct_project_options *o, series_set *set,
                               ct_error *err)
{
    memset(set, 0, sizeof *set);
    ct_status st = last_period(ds, q, o, &set->last, err);
    if (st != CT_STATUS_OK)
        return st;
    return ctp_select_areas_offences(ds, q, &set->areas, &set->n_areas,
                                     &set->offences, &set->n_offences, err);
}

static void series_set_free(series_set *set)
{
    free(set->areas);
    free(set->offences);
}

/* The plain-words line of a projected row, shared by the table and the
 * streaming writer so that both say it alike. */
static void format_sentence(char *s, size_t size, const char *area,
                            const char *offence, const ct_project_range *r,
                            ct_period next, size_t window, double confidence)
{
    int64_t lo, hi;
    whole_bounds(r, &lo, &hi);
    char a[32], b[32], p[32], lev[16], nw[32];
    ct_number_format_count(lo, a, sizeof a);
    ct_number_format_count(hi, b, sizeof b);
    label(next, p, sizeof p);
    ctp_level_label(confidence, lev, sizeof lev);
    snprintf(s, size, "%s in %s: if the trend of the last %s %s holds, "
             "expect %s to %s in %s (%s%% prediction interval).", offence,
             area, number_word(window, nw, sizeof nw),
             unit_words(next, window), a, b, p, lev);
}

static ct_status add_sentence(ct_table *t, const char *area,
                              const char *offence, const ct_project_range *r,
                              ct_period next, size_t window,
                              double confidence, ct_error *err)
{
    char s[640];
    format_sentence(s, sizeof s, area, offence, r, next, window, confidence);
    return ct_table_set_string(t, P_SENTENCE, s, err);
}

/* What every row of a projection table shares: the query, the window's
 * labels and the tallies the notes report. */
typedef struct project_run {
    const ct_tables_query *q;
    const ct_project_options *o;
    ct_table *t;
    ct_period next;
    char from[32], to[32], nextl[32];
    size_t skipped, carried;
} project_run;

/* The latest period against the interval projected for it from the
 * periods before. */
static ct_status latest_columns(const project_run *pr,
                                const ct_project_range *l, ct_error *err)
{
    if (!l->available || !l->has_actual)
        return CT_STATUS_OK;
    int64_t lo, hi;
    whole_bounds(l, &lo, &hi);
    ct_table_set_count(pr->t, P_LATEST_COUNT, l->actual);
    ct_table_set_count(pr->t, P_LATEST_LOW, lo);
    ct_table_set_count(pr->t, P_LATEST_HIGH, hi);
    return ct_table_set_string(pr->t, P_LATEST_VS,
                               ct_project_range_words(l), err);
}

/* The projected count of the next period, its rate and its words. */
static ct_status projected_columns(project_run *pr, const char *area,
                                   const char *offence,
                                   const ct_project_range *r, ct_error *err)
{
    ct_table *t = pr->t;
    double per = pr->q->per;
    int64_t lo, hi;
    whole_bounds(r, &lo, &hi);
    ct_table_set_real(t, P_EXPECTED, r->expected);
    ct_table_set_count(t, P_LOW, lo);
    ct_table_set_count(t, P_HIGH, hi);
    if (r->has_rate) {
        ct_table_set_real(t, P_POPULATION, r->population);
        ct_table_set_real(t, P_RATE, r->expected / r->population * per);
        ct_table_set_real(t, P_RATE_LOW, r->low / r->population * per);
        ct_table_set_real(t, P_RATE_HIGH, r->high / r->population * per);
    }
    ct_table_set_real(t, P_DISPERSION, r->phi_hat);
    ct_table_set_real(t, P_CHANGE, 100.0 * r->annual_change);
    const char *note = NULL;
    if (r->expected > r->max_count + (r->high - r->expected))
        note = "above every count of the window by more than the "
               "interval's half-width: the trend is extrapolated";
    pr->carried += r->carried;
    ct_status st;
    if ((st = ct_table_set_string(t, P_MODEL,
                                  r->phi_hat > 1 ? "quasi-Poisson"
                                                 : "Poisson",
                                  err)) != CT_STATUS_OK ||
        (note != NULL &&
         (st = ct_table_set_string(t, P_NOTE, note, err)) != CT_STATUS_OK))
        return st;
    return add_sentence(t, area, offence, r, pr->next, pr->o->window,
                        pr->q->confidence, err);
}

/* The row of one series: its window, the latest period against its
 * interval and the projection (or why there is none). */
static ct_status project_row(project_run *pr, const char *area,
                             const char *offence, const series *s,
                             ct_error *err)
{
    ct_table *t = pr->t;
    size_t w = pr->o->window;
    ct_project_range r, l;
    ct_status st;
    if ((st = range_from(s, w + 1, w, pr->q->confidence, &r, err)) !=
            CT_STATUS_OK ||
        (st = range_from(s, w, w, pr->q->confidence, &l, err)) !=
            CT_STATUS_OK ||
        (st = ct_table_add_row(t, err)) != CT_STATUS_OK ||
        (st = ct_table_set_string(t, P_AREA, area, err)) != CT_STATUS_OK ||
        (st = ct_table_set_string(t, P_OFFENCE, offence, err)) !=
            CT_STATUS_OK ||
        (st = ct_table_set_string(t, P_FROM, pr->from, err)) !=
            CT_STATUS_OK ||
        (st = ct_table_set_string(t, P_TO, pr->to, err)) != CT_STATUS_OK ||
        (st = ct_table_set_string(t, P_PERIOD, pr->nextl, err)) !=
            CT_STATUS_OK)
        return st;
    ct_table_set_count(t, P_N, (int64_t)w);
    if ((st = latest_columns(pr, &l, err)) != CT_STATUS_OK)
        return st;
    if (r.available)
        return projected_columns(pr, area, offence, &r, err);
    char msg[200];
    snprintf(msg, sizeof msg, "cannot project: %s", r.reason);
    if ((st = ct_table_set_string(t, P_NOTE, msg, err)) != CT_STATUS_OK)
        return st;
    ctp_warn(pr->o->warn, pr->o->warn_ctx, NULL, 0, 0,
             "%s, %s: cannot project %s: %s", area, offence, pr->nextl,
             r.reason);
    pr->skipped++;
    return CT_STATUS_OK;
}

/* The notes under a projection: the method, and the series carried or
 * left without a projection. */
static ct_status project_notes(const project_run *pr, ct_error *err)
{
    char note[640], lev[16];
    ctp_level_label(pr->q->confidence, lev, sizeof lev);
    snprintf(note, sizeof note,
             "Method: Poisson log-linear trend of the counts over the last "
             "%zu periods (%s to %s), with a log-population offset when "
             "every period has a population, fitted as R's glm; the "
             "dispersion is max(1, Pearson / (n - 2)) (quasi-Poisson when "
             "above 1). The %s%% prediction interval for the count is "
             "Farrington's (1996, as surveillance::algo.farrington): "
             "parameter uncertainty and Poisson noise together, on the 2/3 "
             "power scale; low and high are the whole counts inside it. "
             "With so short a window, trust the backtest's coverage "
             "(--backtest) rather than the nominal %s%%.", pr->o->window,
             pr->from, pr->to, lev, lev);
    ct_status st = ct_table_add_note(pr->t, note, err);
    if (st == CT_STATUS_OK && pr->carried > 0) {
        snprintf(note, sizeof note, "%zu series have no population for %s: "
                 "the latest population is used for its rate.", pr->carried,
                 pr->nextl);
        st = ct_table_add_note(pr->t, note, err);
    }
    if (st == CT_STATUS_OK && pr->skipped > 0) {
        snprintf(note, sizeof note, "%zu series could not be projected "
                 "(see the note column).", pr->skipped);
        st = ct_table_add_note(pr->t, note, err);
    }
    return st;
}

/* The projection table of the chosen series, into '*t'. */
static ct_status project_all(const ct_dataset *ds, const ct_tables_query *q,
                             const ct_project_options *o,
                             const series_set *set, ct_table **t,
                             ct_error *err)
{
    ct_period last = set->last;
    project_run pr = {.q = q, .o = o, .next = shift(last, 1)};
    pr.t = *t = ctp_table_new_joined(ctp_span_columns, CTP_N_SPAN_COLUMNS,
                                     project_columns,
                                     P_N_COLUMNS - CTP_N_SPAN_COLUMNS);
    if (pr.t == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    label(shift(last, -(long)o->window + 1), pr.from, sizeof pr.from);
    label(last, pr.to, sizeof pr.to);
    label(pr.next, pr.nextl, sizeof pr.nextl);
    size_t w = o->window;
    /* Periods last - w .. last, and the next one (its population). */
    double ys[MAX_WINDOW + 2], pops[MAX_WINDOW + 2];
    unsigned char states[MAX_WINDOW + 2];
    series s = {w + 2, shift(last, -(long)w), ys, states, pops};
    bool with_pop = ct_dataset_has_populations(ds);
    ct_status st = CT_STATUS_OK;
    for (size_t a = 0; a < set->n_areas && st == CT_STATUS_OK; a++)
        for (size_t f = 0; f < set->n_offences && st == CT_STATUS_OK; f++) {
            gather(ds, set->areas[a].id, set->offences[f].id, s.first,
                   q->pop_rule, with_pop, &s);
            /* Only series the data has at all in the window's last
             * period: an area without this offence is not a row. */
            if (states[w] != S_NO_ROW)
                st = project_row(&pr, set->areas[a].name,
                                 set->offences[f].name, &s, err);
        }
    if (st == CT_STATUS_OK)
        st = project_notes(&pr, err);
    return st;
}

/* Fills '*t' (set even when it fails part-way) from the chosen series. */
typedef ct_status (*series_table_fn)(const ct_dataset *ds,
                                     const ct_tables_query *q,
                                     const ct_project_options *o,
                                     const series_set *set, ct_table **t,
                                     ct_error *err);

/* What the projection and its backtest share: the series are chosen,
 * 'fill' builds the table over them, and the table is handed over. */
static ct_status series_table(const ct_dataset *ds, const ct_tables_query *q,
                              const ct_project_options *o,
                              series_table_fn fill, ct_table **out,
                              ct_error *err)
{
    *out = NULL;
    series_set set;
    ct_status st = select_series(ds, q, o, &set, err);
    if (st != CT_STATUS_OK)
        return st;
    ct_table *t = NULL;
    st = fill(ds, q, o, &set, &t, err);
    series_set_free(&set);
    return ctp_table_done(st, t, out, NULL, NULL, q);
}

ct_status ct_project_table(const ct_dataset *ds, const ct_tables_query *q,
                           const ct_project_options *o, ct_table **out,
                           ct_error *err)
{
    return series_table(ds, q, o, project_all, out, err);
}

enum {
    B_AREA, B_OFFENCE, B_FROM, B_TO, B_FORECASTS, B_INSIDE, B_COVERAGE,
    B_MAPE, B_NAIVE, B_N_COLUMNS
};

static const ct_table_column backtest_columns[B_N_COLUMNS] = {
    [B_AREA] = {"area", "Area", CT_TABLE_STRING, 0, NULL},
    [B_OFFENCE] = {"offence", "Offence", CT_TABLE_STRING, 0, NULL},
    [B_FROM] = {"from", "First projected", CT_TABLE_STRING, 0, NULL},
    [B_TO] = {"to", "Last projected", CT_TABLE_STRING, 0, NULL},
    [B_FORECASTS] = {"forecasts", "Forecasts", CT_TABLE_COUNT, 0, NULL},
    [B_INSIDE] = {"inside", "Inside", CT_TABLE_COUNT, 0, NULL},
    [B_COVERAGE] = {"coverage_pct", "Coverage", CT_TABLE_REAL, 1, "%"},
    [B_MAPE] = {"mape_pct", "MAPE trend", CT_TABLE_REAL, 1, "%"},
    [B_NAIVE] = {"naive_mape_pct", "MAPE same as last", CT_TABLE_REAL, 1,
                 "%"},
};

typedef struct tally {
    size_t forecasts, inside, n_ape;
    double ape, naive_ape;
    ct_period first, last;
} tally;

static void tally_add(tally *s, const ct_project_range *r, ct_period p)
{
    if (s->forecasts == 0 || p.start < s->first.start)
        s->first = p;
    if (s->forecasts == 0 || p.start > s->last.start)
        s->last = p;
    s->forecasts++;
    s->inside += r->side == 0;
    if (r->actual > 0) {
        double a = (double)r->actual;
        s->ape += fabs(a - r->expected) / a;
        s->naive_ape += fabs(a - (double)r->previous) / a;
        s->n_ape++;
    }
}

static ct_status tally_row(ct_table *t, const char *area, const char *offence,
                           const tally *s, ct_error *err)
{
    ct_status st;
    if ((st = ct_table_add_row(t, err)) != CT_STATUS_OK ||
        (st = ct_table_set_string(t, B_AREA, area, err)) != CT_STATUS_OK ||
        (st = ct_table_set_string(t, B_OFFENCE, offence, err)) != CT_STATUS_OK)
        return st;
    ct_table_set_count(t, B_FORECASTS, (int64_t)s->forecasts);
    if (s->forecasts == 0)
        return CT_STATUS_OK;
    char a[32], b[32];
    label(s->first, a, sizeof a);
    label(s->last, b, sizeof b);
    if ((st = ct_table_set_string(t, B_FROM, a, err)) != CT_STATUS_OK ||
        (st = ct_table_set_string(t, B_TO, b, err)) != CT_STATUS_OK)
        return st;
    ct_table_set_count(t, B_INSIDE, (int64_t)s->inside);
    ct_table_set_real(t, B_COVERAGE, 100.0 * (double)s->inside /
                                         (double)s->forecasts);
    if (s->n_ape > 0) {
        ct_table_set_real(t, B_MAPE, 100.0 * s->ape / (double)s->n_ape);
        ct_table_set_real(t, B_NAIVE,
                          100.0 * s->naive_ape / (double)s->n_ape);
    }
    return CT_STATUS_OK;
}

static int by_start(const void *a, const void *b)
{
    const ct_period *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Every period of the length of the last, in step with it, up to it,
 * earliest first: each is projected from the window before it when the
 * data has one.  Returns how many are put in 'targets'. */
static size_t backtest_targets(const ct_dataset *ds, ct_period last,
                               ct_period *targets)
{
    size_t n_targets = 0;
    for (ct_dataset_id i = 0; i < ct_dataset_n_periods(ds); i++) {
        ct_period p = ct_dataset_period(ds, i);
        if (in_step_up_to(p, last))
            targets[n_targets++] = p;
    }
    qsort(targets, n_targets, sizeof *targets, by_start);
    return n_targets;
}

/* What the backtest of every series shares: one series buffer, read
 * once per series and every window slid along it, and the tally of all
 * series together. */
typedef struct backtest_run {
    const ct_dataset *ds;
    const ct_tables_query *q;
    const ct_project_options *o;
    ct_table *t;
    series s;
    size_t m;            /* consecutive periods from the first target */
    const ct_period *first;  /* the first target */
    bool with_pop;
    tally all;
} backtest_run;

/* One series' row: each period with a full window before it is
 * projected and scored against its count.  A series with no rows at all
 * in the targets' span has no row. */
static ct_status backtest_series(backtest_run *bx, const named_id *area,
                                 const named_id *offence, ct_error *err)
{
    series *s = &bx->s;
    tally one = {0};
    gather(bx->ds, area->id, offence->id, *bx->first, bx->q->pop_rule,
           bx->with_pop, s);
    bool any = false;
    for (size_t i = 0; i < bx->m && !any; i++)
        any = s->state[i] != S_NO_ROW;
    if (!any)
        return CT_STATUS_OK;
    ct_status st;
    for (size_t i = bx->o->window; i < bx->m; i++) {
        if (s->state[i] != S_PRESENT)
            continue;
        ct_project_range r;
        if ((st = range_from(s, i, bx->o->window, bx->q->confidence, &r,
                             err)) != CT_STATUS_OK)
            return st;
        if (!r.available)
            continue;
        ct_period p = shift(s->first, (long)i);
        tally_add(&one, &r, p);
        tally_add(&bx->all, &r, p);
    }
    return tally_row(bx->t, area->name, offence->name, &one, err);
}

/* The note that sums the backtest up in words: coverage of the interval
 * and the trend's error against the naive forecast's. */
static ct_status backtest_note(const backtest_run *bx, ct_error *err)
{
    const tally *all = &bx->all;
    size_t window = bx->o->window;
    char note[640], lev[16], c1[32], c2[32], m1[32], m2[32];
    ctp_level_label(bx->q->confidence, lev, sizeof lev);
    if (all->forecasts > 0 && all->n_ape > 0) {
        ct_number_format_count((int64_t)all->forecasts, c1, sizeof c1);
        ct_number_format_fixed(100.0 * (double)all->inside /
                                   (double)all->forecasts, 1, false, c2,
                               sizeof c2);
        ct_number_format_fixed(100.0 * all->ape / (double)all->n_ape, 1,
                               false, m1, sizeof m1);
        ct_number_format_fixed(100.0 * all->naive_ape / (double)all->n_ape,
                               1, false, m2, sizeof m2);
        snprintf(note, sizeof note,
                 "Backtest: each period projected from the %zu before it. "
                 "Of %s forecasts, %s%% of the actual counts fell inside "
                 "the %s%% prediction interval; the mean absolute "
                 "percentage error was %s%% for the trend against %s%% for "
                 "the naive forecast \"same as the period before\".",
                 window, c1, c2, lev, m1, m2);
    } else {
        snprintf(note, sizeof note, "Backtest: no period has a full window "
                 "of %zu counts before it.", window);
    }
    return ct_table_add_note(bx->t, note, err);
}

/* The backtest table of the chosen series, into '*t'. */
static ct_status backtest_all(const ct_dataset *ds, const ct_tables_query *q,
                              const ct_project_options *o,
                              const series_set *set, ct_table **t,
                              ct_error *err)
{
    ct_period last = set->last;
    ct_period *targets = malloc((ct_dataset_n_periods(ds) + 1) * sizeof *targets);
    backtest_run bx = {
        .ds = ds, .q = q, .o = o,
        .t = ct_table_new(backtest_columns, B_N_COLUMNS),
        .with_pop = ct_dataset_has_populations(ds),
    };
    ct_status st;
    *t = bx.t;
    if (targets == NULL || bx.t == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    size_t n_targets = backtest_targets(ds, last, targets);
    /* The periods are consecutive steps from the earliest to the last. */
    bx.m = n_targets == 0 ? 0
           : (size_t)((last.start - targets[0].start) / last.n_months) + 1;
    bx.first = &targets[0];
    if ((st = series_alloc(&bx.s, bx.m, err)) != CT_STATUS_OK)
        goto done;
    for (size_t a = 0; a < set->n_areas && st == CT_STATUS_OK; a++)
        for (size_t f = 0; f < set->n_offences && st == CT_STATUS_OK; f++)
            st = backtest_series(&bx, &set->areas[a], &set->offences[f], err);
    series_free(&bx.s);
    if (st == CT_STATUS_OK)
        st = tally_row(bx.t, "All series", "", &bx.all, err);
    if (st == CT_STATUS_OK)
        st = backtest_note(&bx, err);
done:
    free(targets);
    return st;
}

ct_status ct_project_backtest(const ct_dataset *ds, const ct_tables_query *q,
                              const ct_project_options *o, ct_table **out,
                              ct_error *err)
{
    return series_table(ds, q, o, backtest_all, out, err);
}

ct_status ct_project_write_looking_ahead(const ct_table *projection,
                                         FILE *out, ct_error *err)
{
    int sc = ct_table_column_index(projection, "sentence");
    int vc = ct_table_column_index(projection, "latest_vs_expected");
    int ac = ct_table_column_index(projection, "area");
    int oc = ct_table_column_index(projection, "offence");
    int lc = ct_table_column_index(projection, "latest_count");
    if (sc < 0 || vc < 0 || ac < 0 || oc < 0 || lc < 0)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "not a projection table");
    size_t n = ct_table_n_rows(projection), any = 0;
    for (size_t i = 0; i < n; i++)
        any += ct_table_get_string(projection, i, (size_t)sc) != NULL;
    if (any == 0)
        return CT_STATUS_OK;
    fputs("## Looking ahead\n\n", out);
    for (size_t i = 0; i < n; i++) {
        const char *s = ct_table_get_string(projection, i, (size_t)sc);
        if (s != NULL)
            fprintf(out, "- %s\n", s);
    }
    bool heading = false;
    for (size_t i = 0; i < n; i++) {
        const char *v = ct_table_get_string(projection, i, (size_t)vc);
        int64_t c;
        if (v == NULL || strncmp(v, "outside", 7) != 0 ||
            !ct_table_get_count(projection, i, (size_t)lc, &c))
            continue;
        if (!heading) {
            fputs("\nFigures outside the range their own trend "
                  "predicted:\n\n", out);
            heading = true;
        }
        char b[32];
        fprintf(out, "- %s in %s: %s, %s.\n",
                ct_table_get_string(projection, i, (size_t)oc),
                ct_table_get_string(projection, i, (size_t)ac),
                ct_number_format_count(c, b, sizeof b), v);
    }
    fputc('\n', out);
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0,
                             "cannot write the looking-ahead section");
    return CT_STATUS_OK;
}

/* ---- streaming projection ------------------------------------------
 *
 * A million series read into the general dataset cost a hash lookup per
 * cell and a table row of strings per series.  Here a counts file with
 * one column per period is read once, each series keeping only the
 * counts of its last window + 1 periods in one flat array, with area and
 * offence names each kept once; the rows are then fitted and written
 * straight out as CSV.  Anything the general reader would treat
 * specially (aliases, suppressed or empty counts, thousands separators,
 * duplicate rows, gaps between periods) makes the reader decline, and
 * the caller takes the general path, which handles and reports it. */

/* Names, each kept once, NUL-terminated, in one growing buffer; an
 * open-addressing table of ids finds them. */
typedef struct name_set {
    char *text;
    size_t len, cap;
    size_t *off;             /* per id: where its name starts in 'text' */
    size_t n, cap_ids;
    uint32_t *slots;         /* id + 1, or 0 for empty */
    size_t n_slots;
} name_set;

static uint64_t name_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603u;       /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211u;
    }
    return h ^ (h >> 29);
}

static const char *name_of(const name_set *ns, uint32_t id)
{
    return ns->text + ns->off[id];
}

static bool name_rehash(name_set *ns, size_t n_slots)
{
    uint32_t *slots = calloc(n_slots, sizeof *slots);
    if (slots == NULL)
        return false;
    size_t mask = n_slots - 1;
    for (size_t id = 0; id < ns->n; id++) {
        const char *s = name_of(ns, (uint32_t)id);
        size_t i = name_hash(s, strlen(s)) & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = (uint32_t)id + 1;
    }
    free(ns->slots);
    ns->slots = slots;
    ns->n_slots = n_slots;
    return true;
}

/* The id of the name s[0..n), added when new.  False when out of memory
 * or out of ids. */
static bool name_intern(name_set *ns, const char *s, size_t n, uint32_t *id)
{
    if ((ns->n + 1) * 2 > ns->n_slots &&
        !name_rehash(ns, ns->n_slots ? ns->n_slots * 2 : 1024))
        return false;
    size_t mask = ns->n_slots - 1;
    size_t i = name_hash(s, n) & mask;
    for (; ns->slots[i] != 0; i = (i + 1) & mask) {
        const char *t = name_of(ns, ns->slots[i] - 1);
        if (strncmp(t, s, n) == 0 && t[n] == '\0') {
            *id = ns->slots[i] - 1;
            return true;
        }
    }
    ct_error e;
    if (ns->n >= UINT32_MAX - 1 ||
        ctp_grow((void **)&ns->off, &ns->cap_ids, ns->n + 1, sizeof *ns->off,
                 &e) != CT_STATUS_OK ||
        ctp_grow((void **)&ns->text, &ns->cap, ns->len + n + 1, 1, &e) !=
            CT_STATUS_OK)
        return false;
    ns->off[ns->n] = ns->len;
    memcpy(ns->text + ns->len, s, n);
    ns->text[ns->len + n] = '\0';
    ns->len += n + 1;
    ns->slots[i] = (uint32_t)ns->n + 1;
    *id = (uint32_t)ns->n++;
    return true;
}

static void name_free(name_set *ns)
{
    free(ns->text);
    free(ns->off);
    free(ns->slots);
}

struct ct_project_stream {
    size_t window;
    size_t keep;             /* window + 1 counts per series */
    size_t n_columns;        /* of the header */
    ct_period first_kept;    /* period of the first kept count */
    size_t first_kept_col;   /* its column */
    bool every_period;       /* keep every period (the backtest) */
    bool header_read;
    bool declined;
    name_set areas, offences;
    uint32_t *area, *offence;/* per series */
    uint32_t *counts;        /* per series, 'keep' of them */
    uint32_t *order;         /* series by area name, then offence */
    size_t n, cap, cap_offence, cap_counts;
};

static ct_status decline(ct_project_stream *s, ct_error *err)
{
    s->declined = true;
    return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                         "left to the general reader");
}

static bool is_name(const char *f, const char *name)
{
    for (; *f && *name; f++, name++)
        if ((*f | 0x20) != *name)
            return false;
    return *f == '\0' && *name == '\0';
}

/* A count written as plain digits, at most nine of them (so that it fits
 * the 32 bits kept per count). */
static bool plain_count(const char *f, size_t n, uint32_t *out)
{
    if (n == 0 || n > 9)
        return false;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (f[i] < '0' || f[i] > '9')
            return false;
        v = v * 10 + (uint32_t)(f[i] - '0');
    }
    *out = v;
    return true;
}

static ct_status stream_header(ct_project_stream *s, const ct_ingest_row *row,
                               ct_error *err)
{
    size_t np = row->n_fields < 2 ? 0 : row->n_fields - 2;
    if (s->every_period && np > s->keep)
        s->keep = np;
    if (np < s->keep || !is_name(row->fields[0], "area") ||
        !is_name(row->fields[1], "offence"))
        return decline(s, err);
    ct_period prev = {0};
    for (size_t i = 2; i < row->n_fields; i++) {
        ct_period p;
        if (!ct_period_parse(row->fields[i], row->lens[i], &p) ||
            (i > 2 && (p.n_months != prev.n_months ||
                       p.start != prev.start + prev.n_months)))
            return decline(s, err);
        prev = p;
    }
    s->n_columns = row->n_fields;
    s->first_kept_col = row->n_fields - s->keep;
    ct_period_parse(row->fields[s->first_kept_col],
                    row->lens[s->first_kept_col], &s->first_kept);
    s->header_read = true;
    return CT_STATUS_OK;
}

static ct_status stream_row(void *ctx, const ct_ingest_row *row, ct_error *err)
{
    ct_project_stream *s = ctx;
    if (!s->header_read)
        return stream_header(s, row, err);
    if (row->n_fields != s->n_columns || row->lens[0] == 0 ||
        row->lens[1] == 0)
        return decline(s, err);
    if (ctp_grow((void **)&s->area, &s->cap, s->n + 1, sizeof *s->area,
                 err) != CT_STATUS_OK ||
        ctp_grow((void **)&s->counts, &s->cap_counts, (s->n + 1) * s->keep,
                 sizeof *s->counts, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    if (ctp_grow((void **)&s->offence, &s->cap_offence, s->n + 1,
                 sizeof *s->offence, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    uint32_t *c = s->counts + s->n * s->keep;
    for (size_t i = 2; i < row->n_fields; i++) {
        uint32_t v;
        if (!plain_count(row->fields[i], row->lens[i], &v))
            return decline(s, err);
        if (i >= s->first_kept_col)
            c[i - s->first_kept_col] = v;
    }
    if (!name_intern(&s->areas, row->fields[0], row->lens[0],
                     &s->area[s->n]) ||
        !name_intern(&s->offences, row->fields[1], row->lens[1],
                     &s->offence[s->n]))
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    s->n++;
    return CT_STATUS_OK;
}

void ct_project_stream_free(ct_project_stream *s)
{
    if (s == NULL)
        return;
    name_free(&s->areas);
    name_free(&s->offences);
    free(s->area);
    free(s->offence);
    free(s->counts);
    free(s->order);
    free(s);
}

typedef struct ranked_name {
    const char *name;
    uint32_t id;
} ranked_name;

static int cmp_ranked(const void *a, const void *b)
{
    return strcmp(((const ranked_name *)a)->name,
                  ((const ranked_name *)b)->name);
}

/* rank[id] = place of the name in byte order, as the general path sorts
 * areas and offences. */
static uint32_t *name_ranks(const name_set *ns)
{
    ranked_name *v = malloc((ns->n ? ns->n : 1) * sizeof *v);
    uint32_t *rank = malloc((ns->n ? ns->n : 1) * sizeof *rank);
    if (v == NULL || rank == NULL) {
        free(v);
        free(rank);
        return NULL;
    }
    for (size_t i = 0; i < ns->n; i++) {
        v[i].name = name_of(ns, (uint32_t)i);
        v[i].id = (uint32_t)i;
    }
    qsort(v, ns->n, sizeof *v, cmp_ranked);
    for (size_t i = 0; i < ns->n; i++)
        rank[v[i].id] = (uint32_t)i;
    free(v);
    return rank;
}

/* Stable counting sort of 'from' into 'to' by key[series]. */
static bool count_sort(const uint32_t *from, uint32_t *to, size_t n,
                       const uint32_t *ids, const uint32_t *rank,
                       size_t n_keys)
{
    size_t *start = calloc(n_keys + 1, sizeof *start);
    if (start == NULL)
        return false;
    for (size_t i = 0; i < n; i++)
        start[rank[ids[from[i]]] + 1]++;
    for (size_t k = 0; k < n_keys; k++)
        start[k + 1] += start[k];
    for (size_t i = 0; i < n; i++)
        to[start[rank[ids[from[i]]]]++] = from[i];
    free(start);
    return true;
}

/* Puts the series in the general path's order (area name, then offence
 * name); false when out of memory.  '*dup' is set when two rows share an
 * area and offence. */
static bool stream_order(ct_project_stream *s, bool *dup)
{
    *dup = false;
    uint32_t *ra = name_ranks(&s->areas), *ro = name_ranks(&s->offences);
    uint32_t *tmp = malloc((s->n ? s->n : 1) * sizeof *tmp);
    s->order = malloc((s->n ? s->n : 1) * sizeof *s->order);
    bool ok = ra != NULL && ro != NULL && tmp != NULL && s->order != NULL;
    if (ok) {
        for (size_t i = 0; i < s->n; i++)
            tmp[i] = (uint32_t)i;
        ok = count_sort(tmp, s->order, s->n, s->offence, ro,
                        s->offences.n) &&
             count_sort(s->order, tmp, s->n, s->area, ra, s->areas.n);
        if (ok) {
            memcpy(s->order, tmp, s->n * sizeof *tmp);
            for (size_t i = 1; i < s->n && !*dup; i++)
                *dup = s->area[s->order[i]] == s->area[s->order[i - 1]] &&
                       s->offence[s->order[i]] ==
                           s->offence[s->order[i - 1]];
        }
    }
    free(ra);
    free(ro);
    free(tmp);
    return ok;
}

ct_status ct_project_stream_read(FILE *in, const char *path, size_t window,
                                 bool every_period, ct_project_stream **out,
                                 ct_error *err)
{
    *out = NULL;
    if (window < 3 || window > MAX_WINDOW)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "window %zu is not 3 to %d periods", window,
                             MAX_WINDOW);
    ct_project_stream *s = calloc(1, sizeof *s);
    if (s == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    s->window = window;
    s->keep = window + 1;
    s->every_period = every_period;
    ct_error e = CT_ERROR_INIT;
    ct_status st = ct_ingest_rows(in, path, false, stream_row, s, &e);
    if (st == CT_STATUS_NOMEM && !s->declined) {
        ct_project_stream_free(s);
        *err = e;
        return st;
    }
    bool dup = false;
    if (st != CT_STATUS_OK || s->declined || !s->header_read || s->n == 0) {
        ct_project_stream_free(s);
        return CT_STATUS_OK;
    }
    if (!stream_order(s, &dup)) {
        ct_project_stream_free(s);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    if (dup) {
        ct_project_stream_free(s);
        return CT_STATUS_OK;
    }
    *out = s;
    return CT_STATUS_OK;
}

size_t ct_project_stream_n_series(const ct_project_stream *s)
{
    return s->n;
}

/* A CSV field as the table writer quotes it, then a comma or, for the
 * last field, the line end.  The FILE's own buffer batches the writes. */
static void put_field(FILE *o, const char *s, bool last)
{
    ctp_csv_field(o, s);
    fputc(last ? '\n' : ',', o);
}

static void put_int(FILE *o, int64_t v)
{
    char b[32];
    put_field(o, ct_number_format_int(v, b, sizeof b), false);
}

static void put_real(FILE *o, double v)
{
    char b[64];
    put_field(o, ct_number_format_raw(v, b, sizeof b), false);
}

/* What every row of a streamed projection shares: the periods, already
 * labelled (every series of a stream ends at the same period), and where
 * warnings go. */
typedef struct stream_out {
    FILE *o;
    size_t w;                 /* the window */
    ct_period next;           /* the period projected */
    char from[32], to[32], nextl[32], nw[32];
    double confidence;
    ct_error_warn_fn warn;
    void *warn_ctx;
} stream_out;

/* The header, with the same column names as the general path's table. */
static void put_header(FILE *o)
{
    for (size_t c = 0; c < P_N_COLUMNS; c++)
        put_field(o, c < CTP_N_SPAN_COLUMNS
                         ? ctp_span_columns[c].name
                         : project_columns[c - CTP_N_SPAN_COLUMNS].name,
                  c + 1 == P_N_COLUMNS);
}

/* The whole counts inside the interval of 'r', low and high. */
static void put_whole_bounds(FILE *o, const ct_project_range *r)
{
    int64_t lo, hi;
    whole_bounds(r, &lo, &hi);
    put_int(o, lo);
    put_int(o, hi);
}

/* The projection's columns, empty when there is none; the rate columns
 * are always empty, as a stream has no populations. */
static void put_projection(FILE *o, const ct_project_range *r)
{
    if (!r->available) {
        fputs(",,,,,,,,,,", o);
        return;
    }
    put_real(o, r->expected);
    put_whole_bounds(o, r);
    /* No population: no rate. */
    fputs(",,,,", o);
    put_field(o, r->phi_hat > 1 ? "quasi-Poisson" : "Poisson", false);
    put_real(o, r->phi_hat);
    put_real(o, 100.0 * r->annual_change);
}

/* The last period's count against the range projected for it from the
 * window before, which shows whether the method would have held. */
static void put_last_check(FILE *o, const ct_project_range *l)
{
    if (!(l->available && l->has_actual)) {
        fputs(",,,,", o);
        return;
    }
    put_int(o, l->actual);
    put_whole_bounds(o, l);
    put_field(o, ct_project_range_words(l), false);
}

/* One series' row.  A series that cannot be projected says why in its
 * row and in a warning; one projected past every count of its window by
 * more than the half-width is flagged as an extrapolation. */
static void put_stream_row(const stream_out *so, const char *area,
                           const char *offence, const ct_project_range *r,
                           const ct_project_range *l)
{
    FILE *o = so->o;
    put_field(o, area, false);
    put_field(o, offence, false);
    put_field(o, so->from, false);
    put_field(o, so->to, false);
    put_field(o, so->nw, false);
    put_field(o, so->nextl, false);
    put_projection(o, r);
    put_last_check(o, l);
    if (!r->available) {
        char msg[200];
        snprintf(msg, sizeof msg, "cannot project: %s", r->reason);
        put_field(o, msg, false);
        put_field(o, NULL, true);
        ctp_warn(so->warn, so->warn_ctx, NULL, 0, 0,
                 "%s, %s: cannot project %s: %s", area, offence, so->nextl,
                 r->reason);
        return;
    }
    put_field(o, r->expected > r->max_count + (r->high - r->expected)
                    ? "above every count of the window by more than "
                      "the interval's half-width: the trend is "
                      "extrapolated"
                    : NULL,
             false);
    char sentence[640];
    format_sentence(sentence, sizeof sentence, area, offence, r, so->next,
                    so->w, so->confidence);
    put_field(o, sentence, true);
}

ct_status ct_project_stream_write(const ct_project_stream *s,
                                  double confidence, ct_error_warn_fn warn,
                                  void *warn_ctx, FILE *out, ct_error *err)
{
    size_t w = s->window;
    ct_period last = shift(s->first_kept, (long)w);
    stream_out so = {.o = out, .w = w, .next = shift(last, 1),
                     .confidence = confidence, .warn = warn,
                     .warn_ctx = warn_ctx};
    label(shift(last, -(long)w + 1), so.from, sizeof so.from);
    label(last, so.to, sizeof so.to);
    label(so.next, so.nextl, sizeof so.nextl);
    snprintf(so.nw, sizeof so.nw, "%zu", w);
    put_header(out);
    double y[MAX_WINDOW + 1], pop[MAX_WINDOW + 1];
    unsigned char state[MAX_WINDOW + 1];
    memset(state, S_PRESENT, sizeof state);
    for (size_t j = 0; j <= w; j++)
        pop[j] = NAN;
    series ser = {w + 1, s->first_kept, y, state, pop};
    ct_status st = CT_STATUS_OK;
    for (size_t k = 0; k < s->n; k++) {
        size_t i = s->order[k];
        const uint32_t *c = s->counts + i * s->keep;
        for (size_t j = 0; j <= w; j++)
            y[j] = (double)c[j];
        ct_project_range r, l;
        if ((st = range_from(&ser, w + 1, w, confidence, &r, err)) != CT_STATUS_OK ||
            (st = range_from(&ser, w, w, confidence, &l, err)) != CT_STATUS_OK)
            break;
        put_stream_row(&so, name_of(&s->areas, s->area[i]),
                       name_of(&s->offences, s->offence[i]), &r, &l);
    }
    if (st == CT_STATUS_OK && ferror(out))
        st = ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0,
                           "cannot write the projections");
    return st;
}

static void put_tally(FILE *o, const char *area, const char *offence,
                     const tally *t)
{
    put_field(o, area, false);
    put_field(o, offence, false);
    if (t->forecasts == 0) {
        fputs(",,0,,,,\n", o);
        return;
    }
    char a[32], b[32];
    label(t->first, a, sizeof a);
    label(t->last, b, sizeof b);
    put_field(o, a, false);
    put_field(o, b, false);
    put_int(o, (int64_t)t->forecasts);
    put_int(o, (int64_t)t->inside);
    put_real(o, 100.0 * (double)t->inside / (double)t->forecasts);
    if (t->n_ape > 0) {
        char m[64];
        put_real(o, 100.0 * t->ape / (double)t->n_ape);
        put_field(o, ct_number_format_raw(100.0 * t->naive_ape /
                                             (double)t->n_ape,
                                         m, sizeof m),
                 true);
    } else {
        fputs(",\n", o);
    }
}

ct_status ct_project_stream_write_backtest(const ct_project_stream *s,
                                           double confidence, FILE *out,
                                           ct_error *err)
{
    if (!s->every_period)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "the series were read without every period");
    FILE *o = out;
    double *y = malloc(s->keep * sizeof *y), *pop = malloc(s->keep *
                                                           sizeof *pop);
    unsigned char *state = malloc(s->keep);
    ct_status st = CT_STATUS_OK;
    if (y == NULL || pop == NULL || state == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    for (size_t c = 0; c < B_N_COLUMNS; c++)
        put_field(o, backtest_columns[c].name, c + 1 == B_N_COLUMNS);
    memset(state, S_PRESENT, s->keep);
    for (size_t j = 0; j < s->keep; j++)
        pop[j] = NAN;
    series ser = {s->keep, s->first_kept, y, state, pop};
    tally all = {0};
    for (size_t k = 0; k < s->n; k++) {
        size_t i = s->order[k];
        const uint32_t *c = s->counts + i * s->keep;
        for (size_t j = 0; j < s->keep; j++)
            y[j] = (double)c[j];
        tally one = {0};
        for (size_t t = s->window; t < s->keep; t++) {
            ct_project_range r;
            if ((st = range_from(&ser, t, s->window, confidence, &r, err)) !=
                CT_STATUS_OK)
                goto done;
            if (!r.available)
                continue;
            ct_period p = shift(s->first_kept, (long)t);
            tally_add(&one, &r, p);
            tally_add(&all, &r, p);
        }
        put_tally(o, name_of(&s->areas, s->area[i]),
                 name_of(&s->offences, s->offence[i]), &one);
    }
    put_tally(o, "All series", "", &all);
    if (ferror(out))
        st = ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0,
                           "cannot write the backtest");
done:
    free(y);
    free(pop);
    free(state);
    return st;
}
