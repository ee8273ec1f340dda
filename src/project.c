/* project.c - next period's count if the trend of the last few periods
 * holds, with Farrington's prediction interval (METHODS-ADDENDUM §D), the
 * backtest of those intervals, and the hooks compare and assess use. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/project.h"
#include "crimetrend/model.h"
#include "crimetrend/number.h"
#include "internal.h"

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
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return CT_OK;
}

static void series_free(series *s)
{
    free(s->y);
    free(s->state);
    free(s->pop);
}

/* One lookup per period for the counts, and populations only where
 * 'with_pop'. */
static void gather(const ct_dataset *ds, ct_id area, ct_id offence,
                   ct_period first, ct_pop_rule rule, bool with_pop,
                   series *s)
{
    s->first = first;
    for (size_t i = 0; i < s->m; i++) {
        ct_period pi = shift(first, (long)i);
        ct_id id = ct_dataset_find_period(ds, pi);
        ct_cell c = {0};
        bool has = id != CT_NO_ID &&
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
            return CT_OK;
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
    ct_error e;
    ct_error_clear(&e);
    ct_status st = ct_model_poisson_trend(y, rates ? off : NULL, w, &fit, &e);
    if (st == CT_ERR_DOMAIN || st == CT_ERR_NUMERIC) {
        copy_reason(out, e.message);
        return CT_OK;
    }
    if (st != CT_OK)
        return ctp_error_set(err, st, NULL, 0, 0, "%s", e.message);
    ct_model_interval iv;
    st = ct_model_farrington(&fit, (double)w, rates ? log(pop0) : 0.0, true,
                             confidence, &iv, &e);
    if (st == CT_ERR_NUMERIC) {
        copy_reason(out, e.message);
        return CT_OK;
    }
    if (st != CT_OK)
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
    return CT_OK;
}

ct_status ct_project_range_for(const ct_dataset *ds, ct_id area,
                               ct_id offence, ct_period period,
                               const ct_project_options *o,
                               double confidence, ct_pop_rule rule,
                               ct_project_range *out, ct_error *err)
{
    size_t w = o->window;
    if (w < 3 || w > MAX_WINDOW)
        return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
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

/* How many periods of the length of 'p', in step with it, the data has up
 * to and including 'p' (with any count), and the earliest of them. */
static size_t periods_up_to(const ct_dataset *ds, ct_period p,
                            ct_period *first)
{
    size_t n = 0;
    for (ct_id i = 0; i < ct_dataset_n_periods(ds); i++) {
        ct_period q = ct_dataset_period(ds, i);
        if (q.n_months == p.n_months && q.start <= p.start &&
            (p.start - q.start) % p.n_months == 0) {
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

static const ct_column project_columns[P_N_COLUMNS] = {
    {"area", "Area", CT_COLUMN_STRING, 0, NULL},
    {"offence", "Offence", CT_COLUMN_STRING, 0, NULL},
    {"from", "From", CT_COLUMN_STRING, 0, NULL},
    {"to", "To", CT_COLUMN_STRING, 0, NULL},
    {"n", "N", CT_COLUMN_COUNT, 0, NULL},
    {"period", "Projected", CT_COLUMN_STRING, 0, NULL},
    {"expected", "Expected", CT_COLUMN_REAL, 0, NULL},
    {"low", "Low", CT_COLUMN_COUNT, 0, NULL},
    {"high", "High", CT_COLUMN_COUNT, 0, NULL},
    {"population", "Population", CT_COLUMN_REAL, 0, NULL},
    {"expected_rate", "Rate", CT_COLUMN_REAL, 2, NULL},
    {"rate_low", "Rate low", CT_COLUMN_REAL, 2, NULL},
    {"rate_high", "Rate high", CT_COLUMN_REAL, 2, NULL},
    {"model", "Model", CT_COLUMN_STRING, 0, NULL},
    {"dispersion", "Dispersion", CT_COLUMN_REAL, 2, NULL},
    {"annual_change_pct", "Change/period", CT_COLUMN_REAL, 1, "%"},
    {"latest_count", "Latest", CT_COLUMN_COUNT, 0, NULL},
    {"latest_low", "Latest low", CT_COLUMN_COUNT, 0, NULL},
    {"latest_high", "Latest high", CT_COLUMN_COUNT, 0, NULL},
    {"latest_vs_expected", "Latest vs expected", CT_COLUMN_STRING, 0, NULL},
    {"note", "Note", CT_COLUMN_STRING, 0, NULL},
    {"sentence", "In words", CT_COLUMN_STRING, 0, NULL},
};

/* Resolves the last period of the windows (q->period or the latest) and
 * checks the data has a window's worth of periods up to it. */
static ct_status last_period(const ct_dataset *ds, const ct_query *q,
                             const ct_project_options *o, ct_period *last,
                             ct_error *err)
{
    ct_id id;
    if (q->period != NULL) {
        ct_status st = ctp_find_period(ds, q->period, "period", &id, err);
        if (st != CT_OK)
            return st;
    } else if ((id = ctp_latest_period(ds)) == CT_NO_ID) {
        return ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                             "the data holds no counts");
    }
    *last = ct_dataset_period(ds, id);
    ct_period first = *last;
    size_t have = periods_up_to(ds, *last, &first);
    if (have < o->window) {
        char a[32], b[32];
        label(first, a, sizeof a);
        label(*last, b, sizeof b);
        return ctp_error_set(err, CT_ERR_INPUT, NULL, 0, 0,
                             "the data has %zu period%s of this length up to "
                             "%s (%s to %s); a trend over --window %zu needs "
                             "%zu", have, have == 1 ? "" : "s", b, a, b,
                             o->window, o->window);
    }
    return CT_OK;
}

static ct_status add_sentence(ct_table *t, const char *area,
                              const char *offence, const ct_project_range *r,
                              ct_period next, size_t window,
                              double confidence, ct_error *err)
{
    int64_t lo, hi;
    whole_bounds(r, &lo, &hi);
    char a[32], b[32], p[32], lev[16], nw[32], s[640];
    ct_number_format_count(lo, a, sizeof a);
    ct_number_format_count(hi, b, sizeof b);
    label(next, p, sizeof p);
    ctp_level_label(confidence, lev, sizeof lev);
    snprintf(s, sizeof s, "%s in %s: if the trend of the last %s %s holds, "
             "expect %s to %s in %s (%s%% prediction interval).", offence,
             area, number_word(window, nw, sizeof nw),
             unit_words(next, window), a, b, p, lev);
    return ct_table_set_string(t, P_SENTENCE, s, err);
}

ct_status ct_project_table(const ct_dataset *ds, const ct_query *q,
                           const ct_project_options *o, ct_table **out,
                           ct_error *err)
{
    *out = NULL;
    ct_period last;
    ct_status st = last_period(ds, q, o, &last, err);
    if (st != CT_OK)
        return st;
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0;
    ct_table *t = NULL;
    if ((st = ctp_select_names(ds, true, q->areas, q->n_areas, &areas,
                               &n_areas, err)) != CT_OK ||
        (st = ctp_select_names(ds, false, q->offences, q->n_offences,
                               &offences, &n_offences, err)) != CT_OK)
        goto done;
    t = ct_table_new(project_columns, P_N_COLUMNS);
    if (t == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    ct_period next = shift(last, 1);
    char from[32], to[32], nextl[32];
    label(shift(last, -(long)o->window + 1), from, sizeof from);
    label(last, to, sizeof to);
    label(next, nextl, sizeof nextl);
    size_t skipped = 0, carried = 0, w = o->window;
    /* Periods last - w .. last, and the next one (its population). */
    double ys[MAX_WINDOW + 2], pops[MAX_WINDOW + 2];
    unsigned char states[MAX_WINDOW + 2];
    series s = {w + 2, shift(last, -(long)w), ys, states, pops};
    bool with_pop = ct_dataset_has_populations(ds);
    for (size_t a = 0; a < n_areas; a++)
        for (size_t f = 0; f < n_offences; f++) {
            ct_id ai = areas[a].id, oi = offences[f].id;
            gather(ds, ai, oi, s.first, q->pop_rule, with_pop, &s);
            /* Only series the data has at all in the window's last
             * period: an area without this offence is not a row. */
            if (states[w] == S_NO_ROW)
                continue;
            ct_project_range r, l;
            if ((st = range_from(&s, w + 1, w, q->confidence, &r, err)) !=
                    CT_OK ||
                (st = range_from(&s, w, w, q->confidence, &l, err)) !=
                    CT_OK ||
                (st = ct_table_add_row(t, err)) != CT_OK ||
                (st = ct_table_set_string(t, P_AREA, areas[a].name, err)) !=
                    CT_OK ||
                (st = ct_table_set_string(t, P_OFFENCE, offences[f].name,
                                          err)) != CT_OK ||
                (st = ct_table_set_string(t, P_FROM, from, err)) != CT_OK ||
                (st = ct_table_set_string(t, P_TO, to, err)) != CT_OK ||
                (st = ct_table_set_string(t, P_PERIOD, nextl, err)) != CT_OK)
                goto done;
            ct_table_set_count(t, P_N, (int64_t)o->window);
            if (l.available && l.has_actual) {
                int64_t lo, hi;
                whole_bounds(&l, &lo, &hi);
                ct_table_set_count(t, P_LATEST_COUNT, l.actual);
                ct_table_set_count(t, P_LATEST_LOW, lo);
                ct_table_set_count(t, P_LATEST_HIGH, hi);
                if ((st = ct_table_set_string(t, P_LATEST_VS,
                                              ct_project_range_words(&l),
                                              err)) != CT_OK)
                    goto done;
            }
            if (!r.available) {
                char msg[200];
                snprintf(msg, sizeof msg, "cannot project: %s", r.reason);
                if ((st = ct_table_set_string(t, P_NOTE, msg, err)) != CT_OK)
                    goto done;
                ctp_warn(o->warn, o->warn_ctx, NULL, 0, 0,
                         "%s, %s: cannot project %s: %s", areas[a].name,
                         offences[f].name, nextl, r.reason);
                skipped++;
                continue;
            }
            int64_t lo, hi;
            whole_bounds(&r, &lo, &hi);
            ct_table_set_real(t, P_EXPECTED, r.expected);
            ct_table_set_count(t, P_LOW, lo);
            ct_table_set_count(t, P_HIGH, hi);
            if (r.has_rate) {
                ct_table_set_real(t, P_POPULATION, r.population);
                ct_table_set_real(t, P_RATE,
                                  r.expected / r.population * q->per);
                ct_table_set_real(t, P_RATE_LOW, r.low / r.population * q->per);
                ct_table_set_real(t, P_RATE_HIGH,
                                  r.high / r.population * q->per);
            }
            ct_table_set_real(t, P_DISPERSION, r.phi_hat);
            ct_table_set_real(t, P_CHANGE, 100.0 * r.annual_change);
            const char *note = NULL;
            if (r.expected > r.max_count + (r.high - r.expected))
                note = "above every count of the window by more than the "
                       "interval's half-width: the trend is extrapolated";
            carried += r.carried;
            if ((st = ct_table_set_string(t, P_MODEL,
                                          r.phi_hat > 1 ? "quasi-Poisson"
                                                        : "Poisson",
                                          err)) != CT_OK ||
                (note != NULL &&
                 (st = ct_table_set_string(t, P_NOTE, note, err)) != CT_OK) ||
                (st = add_sentence(t, areas[a].name, offences[f].name, &r,
                                   next, o->window, q->confidence, err)) !=
                    CT_OK)
                goto done;
        }
    char note[640], lev[16];
    ctp_level_label(q->confidence, lev, sizeof lev);
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
             "(--backtest) rather than the nominal %s%%.", o->window, from,
             to, lev, lev);
    if ((st = ct_table_add_note(t, note, err)) != CT_OK)
        goto done;
    if (carried > 0) {
        snprintf(note, sizeof note, "%zu series have no population for %s: "
                 "the latest population is used for its rate.", carried,
                 nextl);
        if ((st = ct_table_add_note(t, note, err)) != CT_OK)
            goto done;
    }
    if (skipped > 0) {
        snprintf(note, sizeof note, "%zu series could not be projected "
                 "(see the note column).", skipped);
        if ((st = ct_table_add_note(t, note, err)) != CT_OK)
            goto done;
    }
done:
    free(areas);
    free(offences);
    if (st != CT_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_OK;
}

enum {
    B_AREA, B_OFFENCE, B_FROM, B_TO, B_FORECASTS, B_INSIDE, B_COVERAGE,
    B_MAPE, B_NAIVE, B_N_COLUMNS
};

static const ct_column backtest_columns[B_N_COLUMNS] = {
    {"area", "Area", CT_COLUMN_STRING, 0, NULL},
    {"offence", "Offence", CT_COLUMN_STRING, 0, NULL},
    {"from", "First projected", CT_COLUMN_STRING, 0, NULL},
    {"to", "Last projected", CT_COLUMN_STRING, 0, NULL},
    {"forecasts", "Forecasts", CT_COLUMN_COUNT, 0, NULL},
    {"inside", "Inside", CT_COLUMN_COUNT, 0, NULL},
    {"coverage_pct", "Coverage", CT_COLUMN_REAL, 1, "%"},
    {"mape_pct", "MAPE trend", CT_COLUMN_REAL, 1, "%"},
    {"naive_mape_pct", "MAPE same as last", CT_COLUMN_REAL, 1, "%"},
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
    if ((st = ct_table_add_row(t, err)) != CT_OK ||
        (st = ct_table_set_string(t, B_AREA, area, err)) != CT_OK ||
        (st = ct_table_set_string(t, B_OFFENCE, offence, err)) != CT_OK)
        return st;
    ct_table_set_count(t, B_FORECASTS, (int64_t)s->forecasts);
    if (s->forecasts == 0)
        return CT_OK;
    char a[32], b[32];
    label(s->first, a, sizeof a);
    label(s->last, b, sizeof b);
    if ((st = ct_table_set_string(t, B_FROM, a, err)) != CT_OK ||
        (st = ct_table_set_string(t, B_TO, b, err)) != CT_OK)
        return st;
    ct_table_set_count(t, B_INSIDE, (int64_t)s->inside);
    ct_table_set_real(t, B_COVERAGE, 100.0 * (double)s->inside /
                                         (double)s->forecasts);
    if (s->n_ape > 0) {
        ct_table_set_real(t, B_MAPE, 100.0 * s->ape / (double)s->n_ape);
        ct_table_set_real(t, B_NAIVE,
                          100.0 * s->naive_ape / (double)s->n_ape);
    }
    return CT_OK;
}

static int by_start(const void *a, const void *b)
{
    const ct_period *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

ct_status ct_project_backtest(const ct_dataset *ds, const ct_query *q,
                              const ct_project_options *o, ct_table **out,
                              ct_error *err)
{
    *out = NULL;
    ct_period last;
    ct_status st = last_period(ds, q, o, &last, err);
    if (st != CT_OK)
        return st;
    named_id *areas = NULL, *offences = NULL;
    size_t n_areas = 0, n_offences = 0, n_targets = 0;
    ct_period *targets = NULL;
    ct_table *t = NULL;
    if ((st = ctp_select_names(ds, true, q->areas, q->n_areas, &areas,
                               &n_areas, err)) != CT_OK ||
        (st = ctp_select_names(ds, false, q->offences, q->n_offences,
                               &offences, &n_offences, err)) != CT_OK)
        goto done;
    targets = malloc((ct_dataset_n_periods(ds) + 1) * sizeof *targets);
    t = ct_table_new(backtest_columns, B_N_COLUMNS);
    if (targets == NULL || t == NULL) {
        st = ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    /* Every period of the length of the last, in step with it, up to it:
     * each is projected from the window before it when the data has
     * one. */
    for (ct_id i = 0; i < ct_dataset_n_periods(ds); i++) {
        ct_period p = ct_dataset_period(ds, i);
        if (p.n_months == last.n_months && p.start <= last.start &&
            (last.start - p.start) % last.n_months == 0)
            targets[n_targets++] = p;
    }
    qsort(targets, n_targets, sizeof *targets, by_start);
    tally all = {0};
    /* The periods are consecutive steps from the earliest to the last;
     * each series is read once and every window slid along it. */
    size_t m = n_targets == 0 ? 0
               : (size_t)((last.start - targets[0].start) / last.n_months) +
                     1;
    series s = {0};
    if ((st = series_alloc(&s, m, err)) != CT_OK)
        goto done;
    bool with_pop = ct_dataset_has_populations(ds);
    for (size_t a = 0; a < n_areas; a++)
        for (size_t f = 0; f < n_offences; f++) {
            tally one = {0};
            gather(ds, areas[a].id, offences[f].id, targets[0], q->pop_rule,
                   with_pop, &s);
            bool any = false;
            for (size_t i = 0; i < m && !any; i++)
                any = s.state[i] != S_NO_ROW;
            if (!any)
                continue;
            for (size_t i = o->window; i < m; i++) {
                if (s.state[i] != S_PRESENT)
                    continue;
                ct_project_range r;
                if ((st = range_from(&s, i, o->window, q->confidence, &r,
                                     err)) != CT_OK) {
                    series_free(&s);
                    goto done;
                }
                if (!r.available)
                    continue;
                ct_period p = shift(s.first, (long)i);
                tally_add(&one, &r, p);
                tally_add(&all, &r, p);
            }
            if ((st = tally_row(t, areas[a].name, offences[f].name, &one,
                                err)) != CT_OK) {
                series_free(&s);
                goto done;
            }
        }
    series_free(&s);
    if ((st = tally_row(t, "All series", "", &all, err)) != CT_OK)
        goto done;
    char note[640], lev[16], c1[32], c2[32], m1[32], m2[32];
    ctp_level_label(q->confidence, lev, sizeof lev);
    if (all.forecasts > 0 && all.n_ape > 0) {
        ct_number_format_count((int64_t)all.forecasts, c1, sizeof c1);
        ct_number_format_fixed(100.0 * (double)all.inside /
                                   (double)all.forecasts, 1, false, c2,
                               sizeof c2);
        ct_number_format_fixed(100.0 * all.ape / (double)all.n_ape, 1, false,
                               m1, sizeof m1);
        ct_number_format_fixed(100.0 * all.naive_ape / (double)all.n_ape, 1,
                               false, m2, sizeof m2);
        snprintf(note, sizeof note,
                 "Backtest: each period projected from the %zu before it. "
                 "Of %s forecasts, %s%% of the actual counts fell inside "
                 "the %s%% prediction interval; the mean absolute "
                 "percentage error was %s%% for the trend against %s%% for "
                 "the naive forecast \"same as the period before\".",
                 o->window, c1, c2, lev, m1, m2);
    } else {
        snprintf(note, sizeof note, "Backtest: no period has a full window "
                 "of %zu counts before it.", o->window);
    }
    st = ct_table_add_note(t, note, err);
done:
    free(areas);
    free(offences);
    free(targets);
    if (st != CT_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_OK;
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
        return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                             "not a projection table");
    size_t n = ct_table_n_rows(projection), any = 0;
    for (size_t i = 0; i < n; i++)
        any += ct_table_get_string(projection, i, (size_t)sc) != NULL;
    if (any == 0)
        return CT_OK;
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
        return ctp_error_set(err, CT_ERR_IO, NULL, 0, 0,
                             "cannot write the looking-ahead section");
    return CT_OK;
}
