/* claim.c - published claims: the figures they state, the intervals those
 * figures stand for, the exact recomputation and the verdict (METHODS
 * §4.3), and writing the results.  Finding claims in text is
 * claim_lex.c and claim_find.c; reading claims files claim_csv.c.
 *
 * All decisions use exact rational arithmetic on the printed decimals
 * (exact.h); nothing is ever decided on a double (METHODS §4.3, "C
 * rounding traps").  Doubles appear only in the results, for display. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/claim.h"
#include "crimetrend/claim_find.h"
#include "error_set.h"
#include "alloc.h"
#include "claim_internal.h"
#include "number_internal.h"

/* ==================================================================== */
/* Figures and their intervals                                           */
/* ==================================================================== */

/* The exact value of a figure. */
static ct_exact fig_value(const ct_claim_figure *f, bool *ok)
{
    ct_exact v = ct_exact_of_decimal(&f->value, ok);
    return ct_exact_mul(v, ct_exact_pow10(f->exp10, ok), ok);
}

/* Its rounding unit, 10^(exp10 - scale). */
static ct_exact fig_unit(const ct_claim_figure *f, bool *ok)
{
    return ct_exact_pow10(f->exp10 - f->value.scale, ok);
}

static bool fig_is_zero(const ct_claim_figure *f)
{
    return f->value.digits == 0;
}

/* An interval of rationals with open or closed ends. */
typedef struct ival {
    ct_exact lo, hi;
    bool lo_open, hi_open;
} ival;

/* The interval a figure stands for under 'rule' (METHODS §4.3 step 2). */
static ival fig_ival(const ct_claim_figure *f, ct_rounding rule, bool *ok)
{
    ival r;
    ct_exact v = fig_value(f, ok);
    r.lo = r.hi = v;
    r.lo_open = r.hi_open = false;
    if (f->is_exact)
        return r;
    ct_exact u = fig_unit(f, ok);
    ct_exact h = ct_exact_div(u, ct_exact_of_int(2), ok);
    int s = ct_exact_sign(&v);
    switch (rule) {
    case CT_ROUNDING_HALF_UP:
        /* Ties go away from zero, so the end nearer zero is closed. */
        r.lo = ct_exact_sub(v, h, ok);
        r.hi = ct_exact_add(v, h, ok);
        r.lo_open = s <= 0;
        r.hi_open = s >= 0;
        break;
    case CT_ROUNDING_HALF_EVEN:
        /* A tie rounds to the even last digit: 12.5 -> 12, 13.5 -> 14. */
        r.lo = ct_exact_sub(v, h, ok);
        r.hi = ct_exact_add(v, h, ok);
        r.lo_open = r.hi_open = (f->value.digits % 2) != 0;
        break;
    case CT_ROUNDING_TRUNCATE:
        if (s > 0) {
            r.hi = ct_exact_add(v, u, ok);
            r.hi_open = true;
        } else if (s < 0) {
            r.lo = ct_exact_sub(v, u, ok);
            r.lo_open = true;
        } else {
            r.lo = ct_exact_neg(u);
            r.hi = u;
            r.lo_open = r.hi_open = true;
        }
        break;
    case CT_ROUNDING_CEILING:
        r.lo = ct_exact_sub(v, u, ok);
        r.lo_open = true;
        break;
    }
    return r;
}

void ct_claim_figure_bounds(const ct_claim_figure *f, ct_rounding rule,
                            ct_decimal *low, bool *low_open,
                            ct_decimal *high, bool *high_open)
{
    bool ok = true;
    ival r = fig_ival(f, rule, &ok);
    /* Half a unit needs one more place than the figure shows. */
    int scale = f->value.scale - f->exp10 + (f->is_exact ? 0 : 1);
    if (scale < 0)
        scale = 0;
    *low = ct_exact_to_decimal(&r.lo, scale);
    *high = ct_exact_to_decimal(&r.hi, scale);
    *low_open = r.lo_open;
    *high_open = r.hi_open;
}

/* An exact figure for a count from a table or a dataset. */
ct_claim_figure ctp_claim_fig_count(int64_t v)
{
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    f.is_set = true;
    f.is_exact = true;
    f.value.digits = v < 0 ? -v : v;
    f.value.negative = v < 0;
    return f;
}

/* An exact figure for a population held as a double: the decimal it
 * stands for (15 significant digits, number.h), taken as exact. */
static bool fig_population(double x, ct_claim_figure *f)
{
    char buf[64];
    ct_number_format_raw(x, buf, sizeof buf);
    memset(f, 0, sizeof *f);
    if (ct_number_parse_decimal(buf, strlen(buf), &f->value) != CT_NUMBER_OK)
        return false;
    f->is_set = true;
    f->is_exact = true;
    return true;
}


bool ct_claim_figure_parse(const char *s, size_t len, ct_claim_figure *out)
{
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    size_t i = ctp_claim_skip_blanks(s, len, 0);
    bool neg = false;
    i += ctp_number_sign_len(s + i, len - i, &neg);
    size_t p = ctp_claim_read_digits(s, len, i, &f.value);
    if (p == i)
        return false;
    bool label;
    p = ctp_claim_read_suffix(s, len, p, &f, &label);
    if (label || ctp_claim_skip_blanks(s, len, p) != len)
        return false;
    f.value.negative = neg && f.value.digits != 0;
    f.is_set = true;
    f.is_exact = f.value.scale == 0 && f.exp10 == 0 && !f.is_percent;
    *out = f;
    return true;
}

/* Writes a figure as people read it (claim_internal.h). */
char *ctp_claim_fig_format(const ct_claim_figure *f, bool plus, char *buf,
                           size_t size)
{
    bool ok = true;
    ct_exact mant = ct_exact_mul(ct_exact_of_int(f->value.digits),
                       ct_exact_pow10(-f->value.scale, &ok), &ok);
    char num[80];
    const char *mult = "";
    if (f->exp10 == 3)
        mult = "k";
    else if (f->exp10 == 6)
        mult = " million";
    else if (f->exp10 == 9)
        mult = " billion";
    if (f->exp10 == 0 || *mult != '\0') {
        ct_exact_format(&mant, f->value.scale, true, num, sizeof num);
    } else {
        /* The sign is written once, below. */
        ct_claim_figure mag = *f;
        mag.value.negative = false;
        ct_exact v = fig_value(&mag, &ok);
        ct_exact_format(&v, 0, true, num, sizeof num);
        mult = "";
    }
    bprintf(buf, size, "%s%s%s%s",
            f->value.negative ? "-" : (plus && f->value.digits ? "+" : ""),
            num, mult,
            f->is_points ? " percentage points" : f->is_percent ? "%" : "");
    return buf;
}

/* ==================================================================== */
/* Names                                                                 */
/* ==================================================================== */

/* A verdict's stable name, or with 'people' its words for people: the
 * two side by side. */
static const char *verdict_text(ct_claim_verdict v, bool people)
{
    switch (v) {
    case CT_CLAIM_CONSISTENT:
        return "consistent";
    case CT_CLAIM_IF_HALF_EVEN:
        return people ? "consistent only if rounded half-even"
                      : "consistent-if-half-even";
    case CT_CLAIM_IF_TRUNCATED:
        return people ? "consistent only if truncated"
                      : "consistent-if-truncated";
    case CT_CLAIM_INCONSISTENT:
        return "inconsistent";
    case CT_CLAIM_NOT_CHECKABLE:
        return people ? "not checkable" : "not-checkable";
    case CT_CLAIM_HEDGED:
        return people ? "consistent (hedged)" : "consistent-hedged";
    }
    return "unknown";
}

const char *ct_claim_verdict_name(ct_claim_verdict v)
{
    return verdict_text(v, false);
}

/* What each measure is, in one place: its stable name, whether its figure
 * is a percentage, whether it is a change (and so carries a sign), and
 * the words that describe it to a reader. */
static const struct measure_info {
    const char *name;
    bool percent;
    bool change;
    const char *words;
} measures[] = {
    [CT_CLAIM_COUNT] = {"count", false, false, "count"},
    [CT_CLAIM_RATE] = {"rate", false, false, "rate"},
    [CT_CLAIM_CHANGE] = {"change", false, true, "change"},
    [CT_CLAIM_PCT_CHANGE] = {"pct_change", true, true, "per cent change"},
    [CT_CLAIM_RATE_PCT_CHANGE] = {"rate_pct_change", true, true,
                                    "per cent change in the rate"},
    [CT_CLAIM_SHARE] = {"share", true, false, "share"},
};

#define N_MEASURES (sizeof measures / sizeof measures[0])

const char *ct_claim_measure_name(ct_claim_measure m)
{
    if ((size_t)m < N_MEASURES)
        return measures[m].name;
    return "unknown";
}

bool ctp_claim_measure_is_percent(ct_claim_measure m)
{
    return (size_t)m < N_MEASURES && measures[m].percent;
}

bool ctp_claim_measure_is_change(ct_claim_measure m)
{
    return (size_t)m < N_MEASURES && measures[m].change;
}

const char *ctp_claim_measure_words(ct_claim_measure m)
{
    return (size_t)m < N_MEASURES ? measures[m].words : "?";
}

bool ct_claim_measure_parse(const char *s, ct_claim_measure *out)
{
    for (size_t i = 0; i < N_MEASURES; i++) {
        const char *name = measures[i].name;
        size_t k = 0;
        while (s[k] && name[k] &&
               lower((unsigned char)s[k]) == (unsigned char)name[k])
            k++;
        if (s[k] == '\0' && name[k] == '\0') {
            *out = (ct_claim_measure)i;
            return true;
        }
    }
    return false;
}

void ct_claim_init(ct_claim *c)
{
    memset(c, 0, sizeof *c);
    c->measure = CT_CLAIM_PCT_CHANGE;
    c->verdict = CT_CLAIM_NOT_CHECKABLE;
}

void ct_claim_options_init(ct_claim_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->pop_rule = CT_POP_RULE_JUNE30;
}

/* ==================================================================== */
/* Recomputation and verdicts (METHODS §4.3)                             */
/* ==================================================================== */

/* A closed range of values a measure can take. */
typedef struct range {
    ct_exact lo, hi;
} range;

/* A measure of its inputs; false when it is not defined there (a
 * division by zero). */
typedef bool (*measure_fn)(const ct_exact *x, ct_exact *y, bool *ok);

static ct_exact hundred(void)
{
    return ct_exact_of_int(100);
}

/* 100 num / den, or false when den is 0 (no percentage exists). */
static bool percent_of(ct_exact num, ct_exact den, ct_exact *y, bool *ok)
{
    if (ct_exact_is_zero(&den))
        return false;
    *y = ct_exact_mul(hundred(), ct_exact_div(num, den, ok), ok);
    return true;
}

/* 100 (x1 - x0) / x0: per cent change from x0 to x1. */
static bool fn_pct_change(const ct_exact *x, ct_exact *y, bool *ok)
{
    return percent_of(ct_exact_sub(x[1], x[0], ok), x[0], y, ok);
}

/* 100 (x1 - x0) / x1: the change divided by the later figure. */
static bool fn_wrong_base(const ct_exact *x, ct_exact *y, bool *ok)
{
    return percent_of(ct_exact_sub(x[1], x[0], ok), x[1], y, ok);
}

/* 100 x1 / x0: the later figure as a percentage of the earlier. */
static bool fn_ratio(const ct_exact *x, ct_exact *y, bool *ok)
{
    return percent_of(x[1], x[0], y, ok);
}

/* 100 (x0 - x1) / x1: the change from the later figure to the earlier. */
static bool fn_swapped(const ct_exact *x, ct_exact *y, bool *ok)
{
    return percent_of(ct_exact_sub(x[0], x[1], ok), x[1], y, ok);
}

/* x1 - x0. */
static bool fn_diff(const ct_exact *x, ct_exact *y, bool *ok)
{
    *y = ct_exact_sub(x[1], x[0], ok);
    return true;
}

/* 100 x0 / x1: part x0 of total x1. */
static bool fn_share(const ct_exact *x, ct_exact *y, bool *ok)
{
    return percent_of(x[0], x[1], y, ok);
}

/* x0 x2 / x1: count x0 among population x1, per x2. */
static bool fn_rate(const ct_exact *x, ct_exact *y, bool *ok)
{
    if (ct_exact_sign(&x[1]) <= 0)
        return false;
    *y = ct_exact_div(ct_exact_mul(x[0], x[2], ok), x[1], ok);
    return true;
}

/* Per cent change of the rate from (c0, p0) to (c1, p1), x = c0, c1, p0,
 * p1: 100 (c1 p0 - c0 p1) / (c0 p1); the base cancels. */
static bool fn_rate_pct(const ct_exact *x, ct_exact *y, bool *ok)
{
    ct_exact den = ct_exact_mul(x[0], x[3], ok);
    if (ct_exact_sign(&x[2]) <= 0)
        return false;
    return percent_of(ct_exact_sub(ct_exact_mul(x[1], x[2], ok), den, ok),
                      den, y, ok);
}

/* The same divided by the later rate: 100 (c1 p0 - c0 p1) / (c1 p0). */
static bool fn_rate_wrong_base(const ct_exact *x, ct_exact *y, bool *ok)
{
    ct_exact den = ct_exact_mul(x[1], x[2], ok);
    if (ct_exact_sign(&x[3]) <= 0)
        return false;
    return percent_of(ct_exact_sub(den, ct_exact_mul(x[0], x[3], ok), ok),
                      den, y, ok);
}

/* The rate change from the later period back to the earlier. */
static bool fn_rate_swapped(const ct_exact *x, ct_exact *y, bool *ok)
{
    if (!fn_rate_wrong_base(x, y, ok))
        return false;
    *y = ct_exact_neg(*y);
    return true;
}

/* The ends of the interval a figure stands for, rounded half-up, taken
 * as closed: an open end changes nothing a published figure can show. */
static void fig_span(const ct_claim_figure *f, ct_exact *lo, ct_exact *hi,
                     bool *ok)
{
    ival r = fig_ival(f, CT_ROUNDING_HALF_UP, ok);
    *lo = r.lo;
    *hi = r.hi;
}

/* The range of 'fn' over the intervals of its inputs, and its value at
 * the printed figures.  Every measure here is monotone in each input
 * while no denominator crosses zero, so the range is spanned by the
 * corners of the box (METHODS §4.3 step 3).  False when the measure is
 * undefined somewhere in the box. */
static bool range_of(measure_fn fn, const ct_claim_figure *const *in,
                     size_t n, range *r, ct_exact *point, bool *ok)
{
    ct_exact lo[4], hi[4], x[4], y;
    for (size_t i = 0; i < n; i++) {
        x[i] = fig_value(in[i], ok);
        fig_span(in[i], &lo[i], &hi[i], ok);
    }
    if (!fn(x, point, ok))
        return false;
    r->lo = r->hi = *point;
    for (unsigned mask = 0; mask < (1u << n); mask++) {
        for (size_t i = 0; i < n; i++)
            x[i] = (mask >> i) & 1u ? hi[i] : lo[i];
        if (!fn(x, &y, ok))
            return false;
        if (ct_exact_cmp(&y, &r->lo, ok) < 0)
            r->lo = y;
        if (ct_exact_cmp(&y, &r->hi, ok) > 0)
            r->hi = y;
    }
    return true;
}

/* True when the interval of a published figure meets a range. */
static bool meets(const ival *p, const range *r, bool *ok)
{
    int a = ct_exact_cmp(&p->lo, &r->hi, ok);
    int b = ct_exact_cmp(&r->lo, &p->hi, ok);
    return (a < 0 || (a == 0 && !p->lo_open)) &&
           (b < 0 || (b == 0 && !p->hi_open));
}

static range point_range(const ct_exact *x)
{
    range r = {*x, *x};
    return r;
}

static range neg_range(const range *r)
{
    range n = {ct_exact_neg(r->hi), ct_exact_neg(r->lo)};
    return n;
}

/* An alternative explanation of an inconsistent figure (METHODS §4.3
 * step 4). */
typedef struct alt {
    const char *cause;   /* short name, e.g. "wrong base" */
    char detail[200];    /* what the alternative gives */
    range r;             /* the values it allows */
    bool magnitude;      /* compare the size of the figure, not its sign */
} alt;

enum { MAX_ALTS = 16 };

/* What a check computed: the range the inputs allow and the value at the
 * printed figures, the unit, and the alternatives to try. */
typedef struct plan {
    range feasible;         /* closed range of the measure */
    ct_exact point;              /* at the printed figures */
    bool has_point;         /* point and feasible are set */
    bool inputs_exact;      /* the range is a single value */
    const char *unit;       /* "%", " percentage points", " per 1,000"... */
    char unit_buf[40];      /* storage for a rate's unit */
    int decimals;           /* shown for the recomputed value */
    alt alts[MAX_ALTS];
    size_t n_alts;
    char where[300];        /* data: "Sexual offences, Oxfordshire", or "" */
    bool no_alts;           /* skip the alternatives: most claims hold,
                               and only a claim that does not needs them */
} plan;

static alt *add_alt(plan *pl, const char *cause, bool magnitude)
{
    if (pl->n_alts == MAX_ALTS || pl->no_alts)
        return NULL;
    alt *a = &pl->alts[pl->n_alts++];
    memset(a, 0, sizeof *a);
    a->cause = cause;
    a->magnitude = magnitude;
    return a;
}

/* A value with the plan's unit: "56.0759%", "443", "2,109.9461 per
 * 100,000". */
static char *value_text(const plan *pl, const ct_exact *x, char *buf,
                           size_t size)
{
    char num[120];
    ct_exact_format(x, pl->decimals, true, num, sizeof num);
    bprintf(buf, size, "%s%s", num, pl->unit);
    return buf;
}

static char *range_text(const plan *pl, const range *r, char *buf,
                           size_t size)
{
    bool ok = true;
    char a[120], b[120];
    if (ct_exact_cmp(&r->lo, &r->hi, &ok) == 0)
        return value_text(pl, &r->lo, buf, size);
    ct_exact_format(&r->lo, pl->decimals, true, a, sizeof a);
    value_text(pl, &r->hi, b, sizeof b);
    bprintf(buf, size, "%s to %s", a, b);
    return buf;
}

/* The reading with the sign turned: a rise published as a fall or the
 * other way round, of the same size.  'shown' begins the detail: "the
 * figures show", "the rate shows". */
static void add_wrong_direction(plan *pl, const char *shown)
{
    alt *w = add_alt(pl, "wrong direction", false);
    if (w == NULL)
        return;
    w->r = neg_range(&pl->feasible);
    char v[200];
    range mag = ct_exact_sign(&pl->point) >= 0 ? pl->feasible
                                           : neg_range(&pl->feasible);
    bprintf(w->detail, sizeof w->detail, "%s a %s of %s", shown,
            ct_exact_sign(&pl->point) >= 0 ? "rise" : "fall",
            range_text(pl, &mag, v, sizeof v));
}

/* Adds an alternative computed by 'fn' over the inputs. */
static void try_alt(plan *pl, const char *cause, bool magnitude,
                    measure_fn fn, const ct_claim_figure *const *in,
                    size_t n, const char *what, bool *ok)
{
    range r;
    ct_exact y;
    if (pl->no_alts || !range_of(fn, in, n, &r, &y, ok))
        return;
    alt *a = add_alt(pl, cause, magnitude);
    if (a == NULL)
        return;
    a->r = r;
    char v[200];
    bprintf(a->detail, sizeof a->detail, "%s %s", what,
            range_text(pl, &r, v, sizeof v));
}

static void set_result(ct_claim *c, ct_claim_verdict v, const char *cause,
                       const char *fmt, ...)
    __attribute__((format(__printf__, 4, 5)));

static void set_result(ct_claim *c, ct_claim_verdict v, const char *cause,
                       const char *fmt, ...)
{
    c->verdict = v;
    bprintf(c->cause, sizeof c->cause, "%s", cause);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->explanation, sizeof c->explanation, fmt, ap);
    va_end(ap);
}

/* The published figure rounded like 'like' under 'rule': what the
 * recomputed value would have been published as. */
static ct_claim_figure fig_round(const ct_exact *x,
                                 const ct_claim_figure *like,
                                 ct_rounding rule, bool *ok)
{
    ct_claim_figure f = *like;
    ct_exact q = ct_exact_div(*x, fig_unit(like, ok), ok);
    ct_exact_int b = ct_exact_round_int(&q, rule, ok);
    int64_t v = 0;
    if (!ct_exact_int_to_int64(&b, &v))
        *ok = false;
    f.value.digits = v < 0 ? -v : v;
    f.value.negative = b.neg;
    return f;
}

/* The values a hedged figure allows: "nearly 30%" allows 28.5 to 30,
 * "about 30%" 28.5 to 31.5 (5% of the figure, or one unit of its last
 * digit when that is more), "more than 30%" anything above 30; a fall
 * the same below zero. */
static ival hedge_ival(const ct_claim_figure *pub, ct_claim_hedge hedge, bool *ok)
{
    ct_exact v = fig_value(pub, ok);
    bool neg = ct_exact_sign(&v) < 0;
    ct_exact m = ct_exact_abs(v);
    ct_exact tol = ct_exact_div(m, ct_exact_of_int(20), ok);
    /* A multiple in words ("se han triplicado", +200%) holds within 5%
     * of its factor: 2.85 to 3.15 times, as "doubled" is 1.9 to 2.1.
     * Behind a hedge too: "almost half" is the band's lower side below
     * half, a fall of 45% to 50%. */
    bool words = hedge == CT_CLAIM_HEDGE_WORD || pub->in_words;
    ct_exact h = hundred();
    if (words && ct_exact_cmp(&m, &h, ok) >= 0)
        tol = ct_exact_div(ct_exact_add(m, h, ok), ct_exact_of_int(20), ok);
    /* "halved" is a ratio of 0.45 to 0.55, a fall of 45% to 55%
     * (RULES.md 5): half the tens its figure is written in, as a figure
     * stands for half its last unit either side. */
    ct_exact u = fig_unit(pub, ok);
    if (words && ct_exact_cmp(&m, &h, ok) < 0) {
        u = ct_exact_div(u, ct_exact_of_int(2), ok);
        /* "up by a fifth" for 21.4%, "fell by a third" for 31%: a
         * fraction in words stands for the values nearer it than the
         * fractions beside it (a fifth lies between a sixth, 16.7%, and
         * a quarter, 25%), which is about a tenth of it either side. */
        tol = ct_exact_div(m, ct_exact_of_int(10), ok);
    }
    if (ct_exact_cmp(&u, &tol, ok) > 0)
        tol = u;
    ival r;
    r.lo = ct_exact_sub(m, tol, ok);
    r.hi = ct_exact_add(m, tol, ok);
    r.lo_open = r.hi_open = false;
    if (hedge == CT_CLAIM_HEDGE_BELOW) {
        r.hi = m;
    } else if (hedge == CT_CLAIM_HEDGE_LESS) {
        /* "less than half" for 47.2%: a bound, not a nearness. */
        r.lo = ct_exact_of_int(0);
        r.hi = m;
        r.hi_open = true;
    } else if (hedge == CT_CLAIM_HEDGE_ABOVE ||
               hedge == CT_CLAIM_HEDGE_AT_LEAST) {
        r.lo = m;
        r.lo_open = hedge == CT_CLAIM_HEDGE_ABOVE;
        /* Far above: a bound people would not state. */
        r.hi = ct_exact_add(ct_exact_mul(m, ct_exact_of_int(100), ok),
                            ct_exact_of_int(100), ok);
    }
    if (neg) {
        ival f = {ct_exact_neg(r.hi), ct_exact_neg(r.lo), r.hi_open,
                  r.lo_open};
        return f;
    }
    return r;
}

/* What the steps of decide() share: the claim and its plan, the
 * published figure with the intervals it stands for under each rounding
 * rule, and the texts the verdicts quote. */
typedef struct deciding {
    ct_claim *c;
    const plan *pl;
    const ct_claim_figure *pub;
    ival hu, he, tr;   /* the figure rounded half-up, half-even, truncated */
    char p[80];        /* the published figure as printed */
    char x[120];       /* the recomputed value with its unit */
    char y[80];        /* the recomputed value rounded half-up like 'p' */
    bool *ok;          /* cleared when the arithmetic overflows */
} deciding;

/* The words the explanations give a hedge in. */
static const char *hedge_text(ct_claim_hedge h)
{
    static const char *const words[] = {
        [CT_CLAIM_HEDGE_NONE] = "", [CT_CLAIM_HEDGE_NEAR] = "about",
        [CT_CLAIM_HEDGE_BELOW] = "nearly", [CT_CLAIM_HEDGE_ABOVE] = "more than",
        [CT_CLAIM_HEDGE_WORD] = "about", [CT_CLAIM_HEDGE_LESS] = "less than",
        [CT_CLAIM_HEDGE_AT_LEAST] = "at least"
    };
    return words[h];
}

/* Whether a hedge bounds the value on one side ("nearly", "more than",
 * "less than", "at least") rather than saying it roughly. */
static bool hedge_is_bound(ct_claim_hedge h)
{
    return h == CT_CLAIM_HEDGE_BELOW || h == CT_CLAIM_HEDGE_ABOVE ||
           h == CT_CLAIM_HEDGE_LESS || h == CT_CLAIM_HEDGE_AT_LEAST;
}

/* A hedged figure ("nearly 30%") holds when the values its words allow
 * meet the recomputed range, before any rounding rule is tried. */
static bool decide_hedged(deciding *d)
{
    ct_claim *c = d->c;
    if (c->hedge == CT_CLAIM_HEDGE_NONE)
        return false;
    ival h = hedge_ival(d->pub, c->hedge, d->ok);
    if (!meets(&h, &d->pl->feasible, d->ok))
        return false;
    /* "down to 44.71 per cent from 61.89 per cent -- an over 17 per cent
     * decrease": the bound holds for the change (-27.76%) only far off,
     * and closely for the difference in points (17.18): the points were
     * given as per cent, which the steps below say. */
    if (hedge_is_bound(c->hedge) &&
        c->measure == CT_CLAIM_PCT_CHANGE && c->from.is_percent &&
        c->to.is_percent) {
        ival near = hedge_ival(d->pub, CT_CLAIM_HEDGE_NEAR, d->ok);
        const ct_claim_figure *in[2] = {&c->from, &c->to};
        range diff;
        ct_exact point;
        if (!meets(&near, &d->pl->feasible, d->ok) &&
            range_of(fn_diff, in, 2, &diff, &point, d->ok) &&
            meets(&h, &diff, d->ok) && meets(&near, &diff, d->ok))
            return false;
    }
    /* "se han duplicado, pasando de 67 a 138": the word says about
     * twice, and 2.06 times is that; the writer hedged nothing. */
    if (c->hedge == CT_CLAIM_HEDGE_WORD) {
        set_result(c, CT_CLAIM_CONSISTENT, "",
                   "said in words: the figures give %s, which is about %s",
                   d->x, d->p);
        return true;
    }
    set_result(c, CT_CLAIM_HEDGED, "",
               "hedged: the figures give %s, which is %s %s", d->x,
               hedge_text(c->hedge), d->p);
    return true;
}

/* Consistent: the figure rounded half-up, the project's rule, meets the
 * range.  An exact value halfway between two figures is pointed out,
 * since half-even rounding would have printed the other one. */
static bool decide_half_up(deciding *d)
{
    ct_claim *c = d->c;
    const plan *pl = d->pl;
    if (!meets(&d->hu, &pl->feasible, d->ok))
        return false;
    c->verdict = CT_CLAIM_CONSISTENT;
    if (pl->inputs_exact && !meets(&d->he, &pl->feasible, d->ok)) {
        ct_claim_figure even = fig_round(&pl->point, d->pub,
                                         CT_ROUNDING_HALF_EVEN, d->ok);
        set_result(c, CT_CLAIM_CONSISTENT, "",
                   "%s is exactly halfway: %s rounded half-up, as "
                   "here; %s rounded half-even", d->x, d->p,
                   ctp_claim_fig_format(&even, false, d->y, sizeof d->y));
    }
    return true;
}

/* The figure holds under another rule people use, half-even (banker's
 * rounding) or cutting off: a verdict of its own, not an error. */
static bool decide_other_rounding(deciding *d)
{
    ct_claim *c = d->c;
    const plan *pl = d->pl;
    if (meets(&d->he, &pl->feasible, d->ok)) {
        if (pl->inputs_exact)
            set_result(c, CT_CLAIM_IF_HALF_EVEN, "rounded half-even",
                       "holds only if rounded half-even (banker's "
                       "rounding): %s is exactly halfway; rounded half-up "
                       "it is %s", d->x, d->y);
        else
            set_result(c, CT_CLAIM_IF_HALF_EVEN, "rounded half-even",
                       "holds only if rounded half-even (banker's "
                       "rounding)");
        return true;
    }
    if (meets(&d->tr, &pl->feasible, d->ok)) {
        set_result(c, CT_CLAIM_IF_TRUNCATED, "truncated",
                   "holds only if cut off rather than rounded: %s rounded "
                   "half-up is %s", d->x, d->y);
        return true;
    }
    return false;
}

/* Inconsistent, with the first alternative in the plan's order that
 * gives the figure (half-up or half-even) named as its likely cause. */
static bool decide_alternative(deciding *d)
{
    const plan *pl = d->pl;
    ct_claim_figure mag = *d->pub;
    mag.value.negative = false;
    for (size_t i = 0; i < pl->n_alts; i++) {
        const alt *a = &pl->alts[i];
        const ct_claim_figure *f = a->magnitude ? &mag : d->pub;
        ival h1 = fig_ival(f, CT_ROUNDING_HALF_UP, d->ok);
        ival h2 = fig_ival(f, CT_ROUNDING_HALF_EVEN, d->ok);
        if (meets(&h1, &a->r, d->ok) || meets(&h2, &a->r, d->ok)) {
            set_result(d->c, CT_CLAIM_INCONSISTENT, a->cause, "%s: %s",
                       a->cause, a->detail);
            return true;
        }
    }
    return false;
}

/* Inconsistent with no alternative that explains it: a count simply
 * differs from the dataset's; another figure may have been rounded up,
 * or else the reader is told what the figures give. */
static void decide_unexplained(deciding *d)
{
    ct_claim *c = d->c;
    const plan *pl = d->pl;
    if (c->measure == CT_CLAIM_COUNT) {
        set_result(c, CT_CLAIM_INCONSISTENT, "differs from the dataset",
                   "differs from the dataset: it has %s", d->x);
        return;
    }
    ival ce = fig_ival(d->pub, CT_ROUNDING_CEILING, d->ok);
    if (meets(&ce, &pl->feasible, d->ok)) {
        set_result(c, CT_CLAIM_INCONSISTENT, "rounded up",
                   "rounded up: %s always rounded up gives %s; rounded "
                   "to the nearest it is %s", d->x, d->p, d->y);
        return;
    }
    if (pl->inputs_exact)
        set_result(c, CT_CLAIM_INCONSISTENT, "no simple explanation",
                   "no simple explanation: the figures give %s, which "
                   "rounds to %s", d->x, d->y);
    else
        set_result(c, CT_CLAIM_INCONSISTENT, "no simple explanation",
                   "no simple explanation: allowing for their rounding "
                   "the figures give %s",
                   range_text(pl, &pl->feasible, d->x, sizeof d->x));
}

/* Inconsistent: a bound ("nearly 30%", "more than 24%"), or a change in
 * words ("halved"), the figures do not keep. */
static void decide_false_bound(deciding *d)
{
    if (d->c->hedge == CT_CLAIM_HEDGE_WORD) {
        set_result(d->c, CT_CLAIM_INCONSISTENT, "not what the words say",
                   "said in words: the figures give %s, which is not about "
                   "%s", d->x, d->p);
        return;
    }
    set_result(d->c, CT_CLAIM_INCONSISTENT, "bound not kept",
               "bound not kept: the figures give %s, which is not %s %s",
               d->x, hedge_text(d->c->hedge), d->p);
}

/* Decides the verdict from the plan (METHODS §4.3 steps 3 to 5): each
 * step in turn, the first that decides giving the verdict. */
static void decide(ct_claim *c, plan *pl, const ct_claim_figure *pub,
                   bool *ok)
{
    deciding d = {.c = c, .pl = pl, .pub = pub, .ok = ok};
    /* All three intervals first, so that an overflow in any of them is
     * seen whichever step decides. */
    d.hu = fig_ival(pub, CT_ROUNDING_HALF_UP, ok);
    d.he = fig_ival(pub, CT_ROUNDING_HALF_EVEN, ok);
    d.tr = fig_ival(pub, CT_ROUNDING_TRUNCATE, ok);
    ctp_claim_fig_format(pub, false, d.p, sizeof d.p);
    value_text(pl, &pl->point, d.x, sizeof d.x);
    if (decide_hedged(&d))
        return;
    /* "by more than 24 per cent" for a fall of 23.53%: a bound that does
     * not hold is not saved by rounding the figure; nor is a change in
     * words ("halved"), whose band is all it allows. */
    bool bound = hedge_is_bound(c->hedge) || c->hedge == CT_CLAIM_HEDGE_WORD;
    if (!bound && decide_half_up(&d))
        return;
    ct_claim_figure up = fig_round(&pl->point, pub, CT_ROUNDING_HALF_UP, ok);
    ctp_claim_fig_format(&up, false, d.y, sizeof d.y);
    if ((!bound && decide_other_rounding(&d)) || decide_alternative(&d))
        return;
    if (bound)
        decide_false_bound(&d);
    else
        decide_unexplained(&d);
}

static bool all_exact(const ct_claim_figure *const *in, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!in[i]->is_exact)
            return false;
    return true;
}

/* The plan's value of fn at the printed figures 'in' and its range over
 * their rounding, shown in 'unit' to four decimal places, and whether
 * the figures are exact.  False when fn is undefined for some of them. */
static bool plan_range(plan *pl, measure_fn fn,
                       const ct_claim_figure *const *in, size_t n,
                       const char *unit, bool *ok)
{
    if (!range_of(fn, in, n, &pl->feasible, &pl->point, ok))
        return false;
    pl->has_point = true;
    pl->inputs_exact = all_exact(in, n);
    pl->unit = unit;
    pl->decimals = 4;
    return true;
}

/* "from 790 (2014) to 1,233 (2015)". */
static void pair_text(const ct_claim *c, char *buf, size_t size)
{
    char a[80], b[80];
    ctp_claim_fig_format(&c->from, false, a, sizeof a);
    ctp_claim_fig_format(&c->to, false, b, sizeof b);
    if (c->period_from[0] && c->period[0])
        bprintf(buf, size, "from %s (%s) to %s (%s)", a, c->period_from, b,
                c->period);
    else
        bprintf(buf, size, "from %s to %s", a, b);
}

/* Writes "<what>[ in <where>] <pair>: <value>[; <range> allowing for the
 * rounding of the figures]" into c->detail. */
static void set_detail(ct_claim *c, const plan *pl, const char *what,
                       const char *figures)
{
    char v[120], r[240];
    value_text(pl, &pl->point, v, sizeof v);
    char where[320] = "";
    if (pl->where[0])
        bprintf(where, sizeof where, " of %s,", pl->where);
    if (pl->inputs_exact)
        bprintf(c->detail, sizeof c->detail, "%s%s %s: %s", what, where,
                figures, v);
    else
        bprintf(c->detail, sizeof c->detail,
                "%s%s %s: %s as printed; %s allowing for the rounding of "
                "the figures", what, where, figures, v,
                range_text(pl, &pl->feasible, r, sizeof r));
}

static void not_checkable(ct_claim *c, const char *cause, const char *why)
{
    set_result(c, CT_CLAIM_NOT_CHECKABLE, cause, "%s", why);
}

/* Whether the claim's two figures are both given; when not, it is not
 * checkable, for the reason given. */
static bool has_both(ct_claim *c, const char *cause, const char *why)
{
    if (c->from.is_set && c->to.is_set)
        return true;
    not_checkable(c, cause, why);
    return false;
}

/* Whether a per cent change can be checked from its two figures: both
 * given, the earlier neither zero nor possibly zero once rounded.  When
 * not, the claim is given its verdict or reason here. */
static bool pct_checkable(ct_claim *c, bool *ok)
{
    const ct_claim_figure *a = &c->from, *b = &c->to;
    if (!a->is_set || !b->is_set) {
        if (!a->is_set && !b->is_set && c->unpaired[0] != '\0') {
            char why[sizeof c->unpaired + 40];
            bprintf(why, sizeof why, "needs the two figures compared: %s",
                    c->unpaired);
            not_checkable(c, "needs the figures compared", why);
        } else if (!a->is_set && !b->is_set)
            not_checkable(c, "needs the figures compared",
                          "needs the two figures compared; only the "
                          "percentage is given");
        else
            not_checkable(c, "needs the figures compared",
                          a->is_set ? "needs the later figure; only the "
                                      "percentage and the earlier one are "
                                      "given"
                                    : "needs the earlier figure; only the "
                                      "percentage and the later one are "
                                      "given");
        return false;
    }
    ct_exact lo, hi;
    fig_span(a, &lo, &hi, ok);
    if (a->is_exact && fig_is_zero(a)) {
        if (fig_is_zero(b) && fig_is_zero(&c->published))
            c->verdict = CT_CLAIM_CONSISTENT;
        else
            set_result(c, CT_CLAIM_INCONSISTENT, "change from zero",
                       "change from zero: a per cent change from 0 is not "
                       "defined; give the counts instead");
        return false;
    }
    if (ct_exact_sign(&lo) <= 0) {
        not_checkable(c, "earlier figure rounds to 0",
                      "the earlier figure may be 0 once rounding is "
                      "allowed for, so any per cent change is possible");
        return false;
    }
    return true;
}

/* Figures rounded to tens, hundreds, ... before dividing, keeping at
 * least two significant figures of the smaller: each rounding is an
 * alternative reading of the published percentage. */
static void try_rounded_inputs(plan *pl, const ct_claim_figure *a,
                               const ct_claim_figure *b, bool *ok)
{
    int64_t va = a->value.digits, vb = b->value.digits;
    int64_t small = va < vb ? va : vb;
    for (int64_t unit = 10; unit * 10 <= small && unit < 1000000000;
         unit *= 10) {
        int64_t ra = (va + unit / 2) / unit * unit;
        int64_t rb = (vb + unit / 2) / unit * unit;
        if (ra == va && rb == vb)
            continue;
        ct_claim_figure fa = ctp_claim_fig_count(ra),
                        fb = ctp_claim_fig_count(rb);
        const ct_claim_figure *rin[2] = {&fa, &fb};
        char ta[40], tb[40], what[160];
        bprintf(what, sizeof what, "%s and %s (to the nearest %s) give",
                ct_number_format_count(ra, ta, sizeof ta),
                ct_number_format_count(rb, tb, sizeof tb),
                unit == 10 ? "10" : unit == 100 ? "100"
                : unit == 1000 ? "1,000" : unit == 10000 ? "10,000"
                : "100,000 or more");
        try_alt(pl, "inputs rounded before dividing", false, fn_pct_change,
                rin, 2, what, ok);
    }
}

/* Per cent change (or, with populations, the change of the rate) from
 * c->from to c->to: its range, then the alternatives that explain a
 * figure outside it. */
static bool plan_pct(ct_claim *c, plan *pl, bool *ok)
{
    const ct_claim_figure *a = &c->from, *b = &c->to;
    if (!pct_checkable(c, ok))
        return false;
    const ct_claim_figure *in[2] = {a, b};
    if (!plan_range(pl, fn_pct_change, in, 2, "%", ok))
        return false;
    char fig[200];
    pair_text(c, fig, sizeof fig);
    set_detail(c, pl, ctp_claim_measure_words(CT_CLAIM_PCT_CHANGE), fig);

    /* The alternatives, in the order of METHODS §4.3 step 4. */
    ct_exact blo, bhi;
    fig_span(b, &blo, &bhi, ok);
    bool b_positive = ct_exact_sign(&blo) > 0;
    if (b_positive)
        try_alt(pl, "wrong base", false, fn_wrong_base, in, 2,
                "dividing by the later figure instead of the earlier "
                "gives", ok);
    try_alt(pl, "ratio given as change", true, fn_ratio, in, 2,
            "the later figure as a percentage of the earlier is", ok);
    if (c->pop_from.is_set && c->pop_to.is_set) {
        const ct_claim_figure *in4[4] = {a, b, &c->pop_from, &c->pop_to};
        try_alt(pl, "rate change given as count change", false,
                fn_rate_pct, in4, 4,
                "the change in the rate per head, with the populations of "
                "the two periods, is", ok);
    }
    if (a->is_percent && b->is_percent) {
        const char *unit = pl->unit;
        pl->unit = " percentage points";
        try_alt(pl, "percentage points given as per cent", false, fn_diff,
                in, 2, "the difference between the two percentages is",
                ok);
        pl->unit = unit;
    } else if (!a->is_exact && !b->is_exact && !a->is_percent &&
               !b->is_percent && (a->value.scale > 0 || b->value.scale > 0)) {
        /* "un 0,3%, pasando de 33,3 a 33 infracciones por cada mil": the
         * difference of two rates printed as a change in per cent. */
        const char *unit = pl->unit;
        pl->unit = "";
        try_alt(pl, "difference given as per cent", false, fn_diff, in, 2,
                "the difference between the two figures is", ok);
        pl->unit = unit;
    }
    add_wrong_direction(pl, "the figures show");
    if (b_positive)
        try_alt(pl, "years swapped", false, fn_swapped, in, 2,
                "the change from the later figure back to the earlier is",
                ok);
    if (pl->inputs_exact && !a->value.negative && !b->value.negative &&
        a->value.scale == 0 && b->value.scale == 0)
        try_rounded_inputs(pl, a, b, ok);
    return true;
}

/* The two rates rounded to 2, 1 or 0 decimal places before the change
 * is taken, as a table that prints rates would have them: each rounding
 * is an alternative reading of the published percentage.  Only for
 * exact counts and populations, whose rates are known exactly. */
static void try_rounded_rates(const ct_claim *c, plan *pl, bool *ok)
{
    ct_exact per = c->per.is_set ? fig_value(&c->per, ok)
                                 : ct_exact_of_int(1000);
    ct_exact n0 = ct_exact_mul(fig_value(&c->from, ok), per, ok);
    ct_exact n1 = ct_exact_mul(fig_value(&c->to, ok), per, ok);
    ct_exact r0 = ct_exact_div(n0, fig_value(&c->pop_from, ok), ok);
    ct_exact r1 = ct_exact_div(n1, fig_value(&c->pop_to, ok), ok);
    for (int d = 2; d >= 0; d--) {
        ct_exact scale = ct_exact_pow10(d, ok);
        ct_exact back = ct_exact_pow10(-d, ok);
        ct_exact s0 = ct_exact_mul(r0, scale, ok);
        ct_exact s1 = ct_exact_mul(r1, scale, ok);
        ct_exact q0 = ct_exact_round(&s0, CT_ROUNDING_HALF_UP, ok);
        ct_exact q1 = ct_exact_round(&s1, CT_ROUNDING_HALF_UP, ok);
        q0 = ct_exact_mul(q0, back, ok);
        q1 = ct_exact_mul(q1, back, ok);
        ct_exact x[2] = {q0, q1}, y;
        if (!fn_pct_change(x, &y, ok))
            continue;
        alt *al = add_alt(pl, "inputs rounded before dividing", false);
        if (al == NULL)
            return;
        al->r = point_range(&y);
        char t0[60], t1[60], v[120];
        ct_exact_format(&q0, d, true, t0, sizeof t0);
        ct_exact_format(&q1, d, true, t1, sizeof t1);
        bprintf(al->detail, sizeof al->detail,
                "the rates rounded to %d decimal place%s (%s and %s) "
                "give %s", d, d == 1 ? "" : "s", t0, t1,
                value_text(pl, &y, v, sizeof v));
    }
}

/* The counts and populations a change of rate is made of, for its
 * detail: "from 790 among 150,000 (2014) to 1,233 among 152,000
 * (2015)". */
static void rate_pair_text(const ct_claim *c, char *buf, size_t size)
{
    char a[60], b[60], pa[60], pb[60];
    ctp_claim_fig_format(&c->from, false, a, sizeof a);
    ctp_claim_fig_format(&c->to, false, b, sizeof b);
    ctp_claim_fig_format(&c->pop_from, false, pa, sizeof pa);
    ctp_claim_fig_format(&c->pop_to, false, pb, sizeof pb);
    bprintf(buf, size, "from %s among %s%s%s%s to %s among %s%s%s%s",
            a, pa, c->period_from[0] ? " (" : "", c->period_from,
            c->period_from[0] ? ")" : "", b, pb, c->period[0] ? " (" : "",
            c->period, c->period[0] ? ")" : "");
}

/* Per cent change of a rate: from counts and populations, or from the
 * two rates as printed. */
static bool plan_rate_pct(ct_claim *c, plan *pl, bool *ok)
{
    if (!c->pop_from.is_set || !c->pop_to.is_set) {
        if (c->from.is_set && c->to.is_set)
            return plan_pct(c, pl, ok);  /* the rates themselves */
        not_checkable(c, "needs the counts and populations",
                      "needs the counts and the populations of both "
                      "periods");
        return false;
    }
    if (!has_both(c, "needs the counts and populations",
                  "needs the counts of both periods"))
        return false;
    if (fig_is_zero(&c->from)) {
        set_result(c, CT_CLAIM_INCONSISTENT, "change from zero",
                   "change from zero: a per cent change from a rate of 0 "
                   "is not defined");
        return false;
    }
    const ct_claim_figure *in[4] = {&c->from, &c->to, &c->pop_from,
                                    &c->pop_to};
    if (!plan_range(pl, fn_rate_pct, in, 4, "%", ok))
        return false;
    char fig[300];
    rate_pair_text(c, fig, sizeof fig);
    set_detail(c, pl, ctp_claim_measure_words(CT_CLAIM_RATE_PCT_CHANGE),
               fig);

    const ct_claim_figure *in2[2] = {&c->from, &c->to};
    try_alt(pl, "count change given as rate change", false, fn_pct_change,
            in2, 2, "the change in the count is", ok);
    try_alt(pl, "wrong base", false, fn_rate_wrong_base, in, 4,
            "dividing by the later rate instead of the earlier gives", ok);
    add_wrong_direction(pl, "the rate shows");
    try_alt(pl, "years swapped", false, fn_rate_swapped, in, 4,
            "the change from the later rate back to the earlier is", ok);
    if (pl->inputs_exact)
        try_rounded_rates(c, pl, ok);
    return true;
}

/* Absolute change later - earlier (percentage points for percentages). */
static bool plan_change(ct_claim *c, plan *pl, bool *ok)
{
    if (!has_both(c, "needs the figures compared",
                  "needs the two figures compared; only the change is given"))
        return false;
    const ct_claim_figure *in[2] = {&c->from, &c->to};
    bool points = c->from.is_percent && c->to.is_percent;
    if (!plan_range(pl, fn_diff, in, 2, points ? " percentage points" : "",
                    ok))
        return false;
    if (pl->inputs_exact && c->from.value.scale == 0 &&
        c->to.value.scale == 0)
        pl->decimals = 0;
    char fig[200];
    pair_text(c, fig, sizeof fig);
    set_detail(c, pl, points ? "change in percentage points" : "change",
               fig);
    if (points) {
        const char *unit = pl->unit;
        pl->unit = "%";
        ct_exact lo, hi;
        fig_span(&c->from, &lo, &hi, ok);
        if (ct_exact_sign(&lo) > 0)
            try_alt(pl, "per cent given as percentage points", false,
                    fn_pct_change, in, 2, "the per cent change is", ok);
        pl->unit = unit;
    }
    add_wrong_direction(pl, "the figures show");
    return true;
}

/* A count: the published figure against the dataset's (in c->to). */
static bool plan_count(ct_claim *c, plan *pl, bool *ok)
{
    if (!c->to.is_set) {
        not_checkable(c, "needs the dataset's count",
                      "needs the count from a dataset");
        return false;
    }
    pl->point = fig_value(&c->to, ok);
    pl->feasible = point_range(&pl->point);
    pl->has_point = true;
    pl->inputs_exact = true;
    pl->unit = "";
    pl->decimals = 0;
    char fig[80];
    bprintf(fig, sizeof fig, "in %s", c->period);
    set_detail(c, pl, "count", fig);
    return true;
}

/* A rate: count (c->from) among population (c->to) per c->per. */
static bool plan_rate(ct_claim *c, plan *pl, bool *ok)
{
    if (!has_both(c, "needs the count and the population",
                  "needs the count and the population the rate is made of"))
        return false;
    ct_claim_figure per = c->per.is_set ? c->per : ctp_claim_fig_count(1000);
    const ct_claim_figure *in[3] = {&c->from, &c->to, &per};
    char pt[60];
    bprintf(pl->unit_buf, sizeof pl->unit_buf, " per %s",
            ctp_claim_fig_format(&per, false, pt, sizeof pt));
    if (!plan_range(pl, fn_rate, in, 3, pl->unit_buf, ok)) {
        not_checkable(c, "needs the count and the population",
                      "the population is 0");
        return false;
    }
    char a[60], b[60], fig[200];
    bprintf(fig, sizeof fig, "%s%s among %s%s%s%s",
            pl->where[0] ? "" : "of ",
            ctp_claim_fig_format(&c->from, false, a, sizeof a),
            ctp_claim_fig_format(&c->to, false, b, sizeof b),
            c->period[0] ? " (" : "",
            c->period, c->period[0] ? ")" : "");
    set_detail(c, pl, "rate", fig);
    /* A rate per another base: 33 per 10,000 published as per 1,000. */
    static const int64_t bases[] = {100, 1000, 10000, 100000, 1000000};
    ct_exact perv = fig_value(&per, ok);
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        ct_exact b2 = ct_exact_of_int(bases[i]);
        if (ct_exact_cmp(&b2, &perv, ok) == 0)
            continue;
        ct_claim_figure other = ctp_claim_fig_count(bases[i]);
        const ct_claim_figure *in2[3] = {&c->from, &c->to, &other};
        char what[80], t[40];
        bprintf(what, sizeof what, "the rate per %s is",
                ct_number_format_count(bases[i], t, sizeof t));
        const char *unit = pl->unit;
        pl->unit = "";
        try_alt(pl, "rate per another base", false, fn_rate, in2, 3, what,
                ok);
        pl->unit = unit;
    }
    return true;
}

/* A share whose part and total are both given: 100 part / total, with
 * the share of the rest of the total as the one alternative. */
static bool plan_share_part(ct_claim *c, plan *pl, bool *ok)
{
    char a[60], b[60], fig[200];
    const ct_claim_figure *in[2] = {&c->from, &c->to};
    if (!plan_range(pl, fn_share, in, 2, "%", ok)) {
        not_checkable(c, "needs the total", "the total is 0");
        return false;
    }
    bprintf(fig, sizeof fig, "%s of %s%s%s%s",
            ctp_claim_fig_format(&c->from, false, a, sizeof a),
            ctp_claim_fig_format(&c->to, false, b, sizeof b),
            c->period[0] ? " (" : "", c->period,
            c->period[0] ? ")" : "");
    set_detail(c, pl, "share", fig);
    alt *w = add_alt(pl, "share of the rest", false);
    if (w != NULL) {
        ct_exact h = hundred();
        w->r.lo = ct_exact_sub(h, pl->feasible.hi, ok);
        w->r.hi = ct_exact_sub(h, pl->feasible.lo, ok);
        char v[120];
        bprintf(w->detail, sizeof w->detail, "the rest of the total "
                "is %s", range_text(pl, &w->r, v, sizeof v));
    }
    return true;
}

/* What the steps of the GRIM test share: a share given with only its
 * total N, tested for a whole number k of the N that gives it. */
typedef struct grim {
    ct_claim *c;
    plan *pl;
    const ct_claim_figure *pub;  /* the published share */
    int64_t n;                   /* the total N */
    ct_exact nr;                 /* N, exact */
    char nt[40];                 /* N as printed */
    int64_t k;                   /* the part nearest the published share */
    char fig[200];               /* the figures of the detail */
    bool *ok;                    /* cleared when the arithmetic overflows */
} grim;

/* Whether the test can tell anything: N an exact whole number above 0,
 * the share not above 100%, and N below 10^(d + 2) for a share printed
 * to d places, since from there on every such percentage is k / N for
 * some k.  When not, the claim is given its verdict here. */
static bool grim_possible(grim *g)
{
    ct_claim *c = g->c;
    if (!c->to.is_exact || c->to.value.negative || fig_is_zero(&c->to)) {
        not_checkable(c, "needs the part",
                      "needs the part, or the exact total");
        return false;
    }
    g->n = c->to.value.digits;
    ival hu = fig_ival(g->pub, CT_ROUNDING_HALF_UP, g->ok);
    ct_exact h = hundred();
    if (ct_exact_cmp(&hu.lo, &h, g->ok) > 0) {
        set_result(c, CT_CLAIM_INCONSISTENT, "share over 100%",
                   "share over 100%%: a part cannot be more than the "
                   "whole");
        return false;
    }
    int d = g->pub->value.scale - g->pub->exp10;
    if (d < 0)
        d = 0;
    ct_exact lim = ct_exact_pow10(d + 2, g->ok);
    g->nr = ct_exact_of_int(g->n);
    ct_number_format_count(g->n, g->nt, sizeof g->nt);
    if (d > 16 || ct_exact_cmp(&g->nr, &lim, g->ok) >= 0) {
        char why[200];
        bprintf(why, sizeof why, "needs the part: with %s in the total "
                "every percentage to %d decimal place%s is possible", g->nt,
                d, d == 1 ? "" : "s");
        not_checkable(c, "needs the part", why);
        return false;
    }
    return true;
}

/* The share a part k of the N makes: 100 k / N. */
static ct_exact grim_share(const grim *g, int64_t k)
{
    return ct_exact_mul(hundred(),
                        ct_exact_div(ct_exact_of_int(k), g->nr, g->ok),
                        g->ok);
}

/* The part nearest the published share, round(N P / 100): the
 * recomputed share, and the detail, unless a neighbour fits better. */
static void grim_nearest(grim *g)
{
    plan *pl = g->pl;
    ct_exact pv = fig_value(g->pub, g->ok);
    ct_exact kx = ct_exact_div(ct_exact_mul(g->nr, pv, g->ok), hundred(),
                               g->ok);
    ct_exact_int kb = ct_exact_round_int(&kx, CT_ROUNDING_HALF_UP, g->ok);
    /* 0 <= k <= N < 10^18 here, so two limbs hold it. */
    int64_t k = (int64_t)((uint64_t)kb.w[0] | ((uint64_t)kb.w[1] << 32));
    if (kb.neg)
        k = 0;
    if (k > g->n)
        k = g->n;
    g->k = k;
    pl->point = grim_share(g, k);
    pl->feasible = point_range(&pl->point);
    pl->inputs_exact = true;
    pl->has_point = true;
    char a[60];
    bprintf(g->fig, sizeof g->fig, "of %s: the nearest whole number is %s "
            "of %s", g->nt, ct_number_format_count(k, a, sizeof a), g->nt);
    set_detail(g->c, pl, "share", g->fig);
}

/* Whether a whole number beside the nearest (or it) gives the published
 * share, under each rounding rule in turn: the first rule that fits
 * gives the verdict, and its share is the recomputed one. */
static bool grim_fits(grim *g)
{
    static const ct_rounding rules[] = {CT_ROUNDING_HALF_UP,
                                        CT_ROUNDING_HALF_EVEN,
                                        CT_ROUNDING_TRUNCATE};
    static const ct_claim_verdict verdicts[] = {CT_CLAIM_CONSISTENT,
                                          CT_CLAIM_IF_HALF_EVEN,
                                          CT_CLAIM_IF_TRUNCATED};
    ct_claim *c = g->c;
    for (size_t i = 0; i < 3; i++) {
        for (int64_t kk = g->k - 1; kk <= g->k + 1; kk++) {
            if (kk < 0 || kk > g->n)
                continue;
            ct_exact s = grim_share(g, kk);
            ival iv = fig_ival(g->pub, rules[i], g->ok);
            range one = point_range(&s);
            if (meets(&iv, &one, g->ok)) {
                g->pl->point = s;
                g->pl->feasible = one;
                set_detail(c, g->pl, "share", g->fig);
                c->verdict = verdicts[i];
                char a[60];
                if (i > 0)
                    set_result(c, verdicts[i], i == 1 ? "rounded half-even"
                                                      : "truncated",
                               "holds only if %s: %s of %s",
                               i == 1 ? "rounded half-even" : "truncated",
                               ct_number_format_count(kk, a, sizeof a),
                               g->nt);
                return true;
            }
        }
    }
    return false;
}

/* No whole number fits: the shares of the parts either side of the
 * nearest show the reader the gap the published figure falls in. */
static void grim_no_fit(grim *g)
{
    char a[60], b[60], t[200], v1[80], v2[80];
    int64_t k1 = g->k > 0 ? g->k - 1 : 0, k2 = g->k < g->n ? g->k + 1 : g->n;
    ct_exact s1 = grim_share(g, k1);
    ct_exact s2 = grim_share(g, k2);
    set_result(g->c, CT_CLAIM_INCONSISTENT, "no whole number fits",
               "no whole number fits: no part of %s gives %s (%s of %s is "
               "%s, %s is %s)", g->nt,
               ctp_claim_fig_format(g->pub, false, b, sizeof b),
               ct_number_format_count(k1, a, sizeof a), g->nt,
               value_text(g->pl, &s1, v1, sizeof v1),
               ct_number_format_count(k2, t, sizeof t),
               value_text(g->pl, &s2, v2, sizeof v2));
}

/* The share part / total, or with only the total the GRIM test (METHODS
 * §4.2): is there a whole number k of the N with 100 k / N rounding to
 * the published figure? */
static bool plan_share(ct_claim *c, plan *pl, const ct_claim_figure *pub,
                       bool *ok)
{
    if (!c->to.is_set) {
        not_checkable(c, "needs the total",
                      "needs the total the share is taken of");
        return false;
    }
    pl->unit = "%";
    pl->decimals = 4;
    if (c->from.is_set)
        return plan_share_part(c, pl, ok);
    /* GRIM: only the total.  Its verdict is decided here, so the plan
     * never goes on to decide(). */
    grim g = {.c = c, .pl = pl, .pub = pub, .ok = ok};
    if (!grim_possible(&g))
        return false;
    grim_nearest(&g);
    if (!grim_fits(&g))
        grim_no_fit(&g);
    return false;
}

/* ==================================================================== */
/* Figures from a dataset                                                */
/* ==================================================================== */

/* True when 'needle' occurs in 'hay' as whole words, ignoring ASCII case
 * and reading '_' in the needle as a space ("property_crime" is found in
 * "property crime"). */
static bool has_words(const char *hay, const char *needle)
{
    size_t n = strlen(needle), h = strlen(hay);
    if (n == 0 || n > h)
        return false;
    for (size_t i = 0; i + n <= h; i++) {
        if (i > 0 && (is_alpha((unsigned char)hay[i - 1]) ||
                      is_digit((unsigned char)hay[i - 1])))
            continue;
        size_t k = 0;
        while (k < n) {
            unsigned char a = lower((unsigned char)hay[i + k]);
            unsigned char b = lower((unsigned char)needle[k]);
            if (b == '_')
                b = ' ';
            if (a != b)
                break;
            k++;
        }
        if (k == n && (i + n == h || (!is_alpha((unsigned char)hay[i + n]) &&
                                      !is_digit((unsigned char)hay[i + n]))))
            return true;
    }
    return false;
}

/* The longest area (or offence) name of the dataset found in 'text'. */
static ct_dataset_id find_longest(const ct_dataset *ds, const char *text, bool area)
{
    ct_dataset_id best = CT_DATASET_NO_ID;
    size_t best_len = 0;
    size_t n = area ? ct_dataset_n_areas(ds) : ct_dataset_n_offences(ds);
    for (size_t i = 0; i < n; i++) {
        const char *name = area ? ct_dataset_area_name(ds, (ct_dataset_id)i)
                                : ct_dataset_offence_name(ds, (ct_dataset_id)i);
        size_t len = strlen(name);
        if (len > best_len && has_words(text, name)) {
            best = (ct_dataset_id)i;
            best_len = len;
        }
    }
    return best;
}

/* The longest area (or offence) name of the dataset found in the clause
 * of a context (up to its line break), else in the whole of it. */
static ct_dataset_id find_name(const ct_dataset *ds, const char *context, bool area)
{
    char clause[sizeof ((ct_claim *)0)->context];
    const char *nl = strchr(context, '\n');
    size_t k = nl != NULL ? (size_t)(nl - context) : strlen(context);
    memcpy(clause, context, k);
    clause[k] = '\0';
    ct_dataset_id id = find_longest(ds, clause, area);
    return id != CT_DATASET_NO_ID ? id : find_longest(ds, context, area);
}

/* The dataset period for a label: the same months, or for a calendar
 * year named in a text the one 12-month period of the dataset that ends
 * in that year (a year ending September, a financial year). */
static ct_dataset_id find_period(const ct_dataset *ds, ct_period p)
{
    ct_dataset_id id = ct_dataset_find_period(ds, p);
    if (id != CT_DATASET_NO_ID || p.kind != CT_PERIOD_YEAR)
        return id;
    ct_dataset_id found = CT_DATASET_NO_ID;
    for (size_t i = 0; i < ct_dataset_n_periods(ds); i++) {
        ct_period q = ct_dataset_period(ds, (ct_dataset_id)i);
        if (q.n_months == 12 && ct_period_end(q) / 12 == p.start / 12) {
            if (found != CT_DATASET_NO_ID)
                return CT_DATASET_NO_ID;  /* ambiguous */
            found = (ct_dataset_id)i;
        }
    }
    return found;
}

/* What the data gives a claim. */
typedef struct lookup {
    const ct_dataset *ds;
    ct_pop_rule rule;
    ct_dataset_id area, offence;
    const char *area_name, *offence_name;
} lookup;

static void period_label(const ct_dataset *ds, ct_dataset_id p, char *buf,
                         size_t size)
{
    ct_period_format(ct_dataset_period(ds, p), buf, size);
}

/* The count of the cell, or a not-checkable verdict saying why not. */
static bool data_count(ct_claim *c, const lookup *lk, ct_dataset_id area,
                       ct_dataset_id offence, ct_dataset_id period, ct_claim_figure *out)
{
    ct_cell cell = ct_dataset_cell(lk->ds, area, offence, period);
    if (cell.state == CT_CELL_PRESENT) {
        *out = ctp_claim_fig_count(cell.count);
        return true;
    }
    char pl[40], why[400];
    period_label(lk->ds, period, pl, sizeof pl);
    bprintf(why, sizeof why, "the count of %s in %s for %s is %s in the "
            "dataset", ct_dataset_offence_name(lk->ds, offence),
            ct_dataset_area_name(lk->ds, area), pl,
            cell.state == CT_CELL_SUPPRESSED ? "suppressed" : "missing");
    not_checkable(c, "count missing from the dataset", why);
    return false;
}

static bool data_population(ct_claim *c, const lookup *lk, ct_dataset_id period,
                            bool required, ct_claim_figure *out)
{
    double pop;
    ct_period src;
    ct_period p = ct_dataset_period(lk->ds, period);
    if (ct_dataset_population(lk->ds, lk->area, p, lk->rule, &pop, &src) &&
        pop > 0 && fig_population(pop, out))
        return true;
    if (required) {
        char pl[40], why[400];
        period_label(lk->ds, period, pl, sizeof pl);
        bprintf(why, sizeof why, "the dataset has no population for %s in "
                "%s", lk->area_name, pl);
        not_checkable(c, "no population in the dataset", why);
    }
    out->is_set = false;
    return false;
}

/* Adds "figure for another period" alternatives: the same measure a year
 * before and a year after. */
static void other_periods(ct_claim *c, const lookup *lk, ct_dataset_id period,
                          plan *pl, bool *ok)
{
    ct_period p = ct_dataset_period(lk->ds, period);
    for (int dy = -1; dy <= 1; dy += 2) {
        ct_dataset_id q = ct_dataset_find_period(lk->ds, ct_period_shift_years(p, dy));
        if (q == CT_DATASET_NO_ID)
            continue;
        ct_cell cell = ct_dataset_cell(lk->ds, lk->area, lk->offence, q);
        if (cell.state != CT_CELL_PRESENT)
            continue;
        char ql[40];
        period_label(lk->ds, q, ql, sizeof ql);
        ct_exact v;
        if (c->measure == CT_CLAIM_COUNT) {
            v = ct_exact_of_int(cell.count);
        } else {
            ct_claim_figure pop;
            if (!data_population(c, lk, q, false, &pop))
                continue;
            ct_exact per = c->per.is_set ? fig_value(&c->per, ok)
                                         : ct_exact_of_int(1000);
            ct_exact num = ct_exact_mul(ct_exact_of_int(cell.count), per, ok);
            v = ct_exact_div(num, fig_value(&pop, ok), ok);
        }
        alt *a = add_alt(pl, "figure for another period", false);
        if (a == NULL)
            return;
        a->r = point_range(&v);
        char t[120];
        bprintf(a->detail, sizeof a->detail, "it is the figure for %s (%s)",
                ql, value_text(pl, &v, t, sizeof t));
    }
}

/* How a step of resolve_data ends: on to the next step, or with
 * resolve_data's answer already known, which is either to check the
 * claim on its own figures (true) or that its verdict is given (false). */
typedef enum resolved {
    RESOLVE_NEXT,
    RESOLVE_OWN_FIGURES,
    RESOLVE_DECIDED
} resolved;

/* What the steps of resolve_data share: the claim, the plan and lookup
 * they fill, and the periods chosen so far. */
typedef struct resolving {
    ct_claim *c;
    plan *pl;
    lookup *lk;
    bool from_file;          /* a row of a claims file, which names its cell */
    ct_dataset_id period;    /* the (later) period, once chosen */
    char label[40];          /* its label */
    ct_dataset_id from;      /* a change's earlier period, once chosen */
    char from_label[40];     /* its label */
    bool *ok;                /* cleared when the exact arithmetic overflows */
} resolving;

/* Whether a sentence's claim has anything to take from the dataset: a
 * rate short of its count or population, another measure with neither
 * figure, or a change that names its two figures and periods, which the
 * dataset then confirms.  Never a share: a sentence's share is checked
 * on the part and total it gives. */
static bool text_wants_data(const ct_claim *c)
{
    bool needs = c->measure == CT_CLAIM_RATE
                     ? !c->from.is_set || !c->to.is_set
                     : !c->from.is_set && !c->to.is_set;
    bool compare = c->from.is_set && c->to.is_set && c->period[0] &&
                   c->period_from[0] &&
                   (c->measure == CT_CLAIM_PCT_CHANGE ||
                    c->measure == CT_CLAIM_CHANGE);
    return c->measure != CT_CLAIM_SHARE && (needs || compare);
}

/* A sentence's cell is the area and offence of the dataset its words
 * name.  Without a dataset, or a sentence naming both, or anything to
 * look up, the claim is checked on its own figures: a text is not
 * wrong for being about something the dataset does not hold. */
static resolved choose_text_cell(resolving *rs)
{
    const ct_dataset *ds = rs->lk->ds;
    const ct_claim *c = rs->c;
    if (ds == NULL || c->context[0] == '\0' || !text_wants_data(c))
        return RESOLVE_OWN_FIGURES;
    rs->lk->area = find_name(ds, c->context, true);
    rs->lk->offence = find_name(ds, c->context, false);
    if (rs->lk->area == CT_DATASET_NO_ID ||
        rs->lk->offence == CT_DATASET_NO_ID)
        return RESOLVE_OWN_FIGURES;
    return RESOLVE_NEXT;
}

/* A claims file's row names its cell, and its figures are all to come
 * from the dataset: without the dataset, or with a name it does not
 * hold, the claim cannot be checked. */
static resolved choose_file_cell(resolving *rs)
{
    const ct_dataset *ds = rs->lk->ds;
    ct_claim *c = rs->c;
    lookup *lk = rs->lk;
    if (ds == NULL) {
        not_checkable(c, "needs a dataset",
                      "needs a dataset to look the figures up in");
        return RESOLVE_DECIDED;
    }
    lk->area = ct_dataset_find_area(ds, c->area);
    lk->offence = ct_dataset_find_offence(ds, c->offence);
    if (lk->area == CT_DATASET_NO_ID || lk->offence == CT_DATASET_NO_ID) {
        char why[400];
        bprintf(why, sizeof why, "%s '%s' is not in the dataset",
                lk->area == CT_DATASET_NO_ID ? "area" : "offence",
                lk->area == CT_DATASET_NO_ID ? c->area : c->offence);
        not_checkable(c, "not in the dataset", why);
        return RESOLVE_DECIDED;
    }
    return RESOLVE_NEXT;
}

/* The (later) period: as labelled, or for a sentence that names none the
 * latest one with a count of the cell.  False, the claim not checkable,
 * when the dataset has no such period. */
static bool choose_later_period(resolving *rs)
{
    const ct_dataset *ds = rs->lk->ds;
    const lookup *lk = rs->lk;
    ct_claim *c = rs->c;
    ct_dataset_id period = CT_DATASET_NO_ID;
    ct_period p;
    if (c->period[0]) {
        if (ct_period_parse(c->period, strlen(c->period), &p))
            period = find_period(ds, p);
    } else if (!rs->from_file) {
        for (size_t i = 0; i < ct_dataset_n_periods(ds); i++) {
            ct_period q = ct_dataset_period(ds, (ct_dataset_id)i);
            if (ct_dataset_cell(ds, lk->area, lk->offence, (ct_dataset_id)i).state ==
                    CT_CELL_PRESENT &&
                (period == CT_DATASET_NO_ID ||
                 ct_period_compare(q, ct_dataset_period(ds, period)) > 0))
                period = (ct_dataset_id)i;
        }
    }
    if (period == CT_DATASET_NO_ID) {
        char why[400];
        bprintf(why, sizeof why, "period '%s' is not in the dataset",
                c->period[0] ? c->period : "(none)");
        not_checkable(c, "not in the dataset", why);
        return false;
    }
    rs->period = period;
    period_label(ds, period, rs->label, sizeof rs->label);
    return true;
}

/* A share's whole, which the claims file's 'from' column names: an
 * offence of the same area or an area of the same offence.  Its count
 * in the period is the share's total, c->to. */
static bool fill_share_whole(resolving *rs)
{
    ct_claim *c = rs->c;
    const lookup *lk = rs->lk;
    ct_dataset_id o = ct_dataset_find_offence(lk->ds, c->whole);
    ct_dataset_id a = ct_dataset_find_area(lk->ds, c->whole);
    if (c->whole[0] == '\0' ||
        (o == CT_DATASET_NO_ID && a == CT_DATASET_NO_ID)) {
        char why[400];
        bprintf(why, sizeof why, "needs the total: '%s' is not an "
                "offence or area of the dataset (the 'from' column "
                "names the whole)", c->whole);
        not_checkable(c, "needs the total", why);
        return false;
    }
    if (o != CT_DATASET_NO_ID)
        return data_count(c, lk, lk->area, o, rs->period, &c->to);
    return data_count(c, lk, a, lk->offence, rs->period, &c->to);
}

/* A count, a rate or a share is of one period: the cell's count, with
 * the population a rate is made of or the whole a share is taken of.
 * The period's label becomes the claim's. */
static bool fill_one_period(resolving *rs)
{
    ct_claim *c = rs->c;
    const lookup *lk = rs->lk;
    bool have;
    if (c->measure == CT_CLAIM_COUNT)
        have = data_count(c, lk, lk->area, lk->offence, rs->period, &c->to);
    else if (c->measure == CT_CLAIM_RATE)
        have = data_count(c, lk, lk->area, lk->offence, rs->period,
                          &c->from) &&
               data_population(c, lk, rs->period, true, &c->to);
    else
        have = data_count(c, lk, lk->area, lk->offence, rs->period,
                          &c->from) &&
               fill_share_whole(rs);
    if (!have)
        return false;
    bprintf(c->period, sizeof c->period, "%s", rs->label);
    return true;
}

/* A change's earlier period: as labelled, else a year before the later
 * one.  False, the claim not checkable, when the dataset lacks it. */
static bool choose_earlier_period(resolving *rs)
{
    const ct_dataset *ds = rs->lk->ds;
    ct_claim *c = rs->c;
    ct_dataset_id from = CT_DATASET_NO_ID;
    if (c->period_from[0]) {
        ct_period q;
        if (ct_period_parse(c->period_from, strlen(c->period_from), &q))
            from = find_period(ds, q);
    } else {
        from = ct_dataset_find_period(
            ds, ct_period_shift_years(ct_dataset_period(ds, rs->period), -1));
    }
    if (from == CT_DATASET_NO_ID) {
        char why[400];
        bprintf(why, sizeof why, "the earlier period '%s' is not in the "
                "dataset", c->period_from[0] ? c->period_from
                                              : "a year before");
        not_checkable(c, "not in the dataset", why);
        return false;
    }
    rs->from = from;
    period_label(ds, from, rs->from_label, sizeof rs->from_label);
    return true;
}

/* A sentence that gives a change's two figures and names their periods
 * is checked on its own figures, but those figures must first be the
 * dataset's counts 'a' (earlier) and 'b' (later): a figure the dataset
 * does not round to is itself the error, whatever the change. */
static bool text_figures_match(resolving *rs, const ct_claim_figure *a,
                               const ct_claim_figure *b)
{
    ct_claim *c = rs->c;
    const ct_claim_figure *given[2] = {&c->from, &c->to};
    const ct_claim_figure *data[2] = {a, b};
    const char *labels[2] = {rs->from_label, rs->label};
    for (int i = 0; i < 2; i++) {
        ival iv = fig_ival(given[i], CT_ROUNDING_HALF_UP, rs->ok);
        ct_exact v = fig_value(data[i], rs->ok);
        range one = point_range(&v);
        if (!meets(&iv, &one, rs->ok)) {
            char g[60], d[60];
            set_result(c, CT_CLAIM_INCONSISTENT,
                       "differs from the dataset",
                       "differs from the dataset: it has %s for %s, "
                       "%s, %s, not %s",
                       ctp_claim_fig_format(data[i], false, d, sizeof d),
                       rs->lk->offence_name, rs->lk->area_name, labels[i],
                       ctp_claim_fig_format(given[i], false, g, sizeof g));
            return false;
        }
    }
    return true;
}

/* Whether a change taken from the dataset is of the rate: so measured,
 * or a sentence that says "rate".  Both periods' populations go on the
 * claim when the dataset has them; without them a change of the rate
 * so measured cannot be checked, and a sentence's is read as a change
 * of the count. */
static bool choose_rate_reading(resolving *rs)
{
    ct_claim *c = rs->c;
    const lookup *lk = rs->lk;
    bool rate = c->measure == CT_CLAIM_RATE_PCT_CHANGE ||
                (!rs->from_file && has_words(c->context, "rate"));
    data_population(c, lk, rs->from, false, &c->pop_from);
    data_population(c, lk, rs->period, false, &c->pop_to);
    if (rate && (!c->pop_from.is_set || !c->pop_to.is_set)) {
        if (c->measure == CT_CLAIM_RATE_PCT_CHANGE) {
            data_population(c, lk, c->pop_from.is_set ? rs->period : rs->from,
                            true, &c->pop_from);
            return false;
        }
        rate = false;
    }
    if (rate && c->measure == CT_CLAIM_PCT_CHANGE)
        c->measure = CT_CLAIM_RATE_PCT_CHANGE;
    return true;
}

/* A change is of two periods: their counts from the dataset, which
 * either confirm the figures a sentence gives (checked then as given,
 * with no cell named in the detail) or become the claim's figures. */
static bool fill_two_periods(resolving *rs)
{
    ct_claim *c = rs->c;
    const lookup *lk = rs->lk;
    bool text_had_period = c->period[0] != '\0';
    if (!choose_earlier_period(rs))
        return false;
    ct_claim_figure a, b;
    if (!data_count(c, lk, lk->area, lk->offence, rs->from, &a) ||
        !data_count(c, lk, lk->area, lk->offence, rs->period, &b))
        return false;
    if (!rs->from_file && c->from.is_set && c->to.is_set && text_had_period) {
        if (!text_figures_match(rs, &a, &b))
            return false;
        rs->pl->where[0] = '\0';
        return true;
    }
    c->from = a;
    c->to = b;
    bprintf(c->period, sizeof c->period, "%s", rs->label);
    bprintf(c->period_from, sizeof c->period_from, "%s", rs->from_label);
    return choose_rate_reading(rs);
}

/* Where the claim's figures come from in the dataset: fills c->from,
 * c->to, the populations and the period labels.  Returns false when the
 * verdict is already decided (not checkable, or a text figure that
 * differs from the dataset). */
static bool resolve_data(ct_claim *c, const ct_claim_options *opt, plan *pl,
                         lookup *lk, ct_dataset_id *period_out, bool *ok)
{
    resolving rs;
    memset(&rs, 0, sizeof rs);
    rs.c = c;
    rs.pl = pl;
    rs.lk = lk;
    rs.from_file = c->area[0] != '\0' || c->offence[0] != '\0';
    rs.period = rs.from = CT_DATASET_NO_ID;
    rs.ok = ok;
    *period_out = CT_DATASET_NO_ID;
    lk->ds = opt != NULL ? opt->data : NULL;
    lk->rule = opt != NULL ? opt->pop_rule : CT_POP_RULE_JUNE30;
    resolved r = rs.from_file ? choose_file_cell(&rs) : choose_text_cell(&rs);
    if (r != RESOLVE_NEXT)
        return r == RESOLVE_OWN_FIGURES;
    lk->area_name = ct_dataset_area_name(lk->ds, lk->area);
    lk->offence_name = ct_dataset_offence_name(lk->ds, lk->offence);
    bprintf(pl->where, sizeof pl->where, "%s in %s", lk->offence_name,
            lk->area_name);
    if (!choose_later_period(&rs))
        return false;
    *period_out = rs.period;
    switch (c->measure) {
    case CT_CLAIM_COUNT:
    case CT_CLAIM_RATE:
    case CT_CLAIM_SHARE:
        return fill_one_period(&rs);
    case CT_CLAIM_CHANGE:
    case CT_CLAIM_PCT_CHANGE:
    case CT_CLAIM_RATE_PCT_CHANGE:
        break;
    }
    return fill_two_periods(&rs);
}

/* ==================================================================== */
/* The check                                                             */
/* ==================================================================== */

/* What the steps of check_with() share: the claim, its published figure
 * with the sign it is read with, and the plan and lookup the check
 * fills. */
typedef struct checking {
    ct_claim *c;
    ct_claim_figure pub;     /* the published figure, signed */
    bool signed_measure;     /* a change, whose figure carries a sign */
    plan pl;
    lookup lk;
    ct_dataset_id period;    /* the dataset's (later) period, if any */
    bool ok;                 /* false once the exact arithmetic overflows */
} checking;

/* Makes ck->pub the claim's published figure, with the interval it
 * stands for rounded half-up (c->low, c->high): done again once the
 * recomputed change may have given it a sign. */
static void publish_figure(checking *ck)
{
    ival hu = fig_ival(&ck->pub, CT_ROUNDING_HALF_UP, &ck->ok);
    ck->c->low = ct_exact_to_double(&hu.lo);
    ck->c->high = ct_exact_to_double(&hu.hi);
    ck->c->published = ck->pub;
}

/* Clears what an earlier check left on the claim, and reads its figure:
 * a change stated in words as a fall is negative. */
static void begin_check(checking *ck)
{
    ct_claim *c = ck->c;
    c->verdict = CT_CLAIM_NOT_CHECKABLE;
    c->has_recomputed = false;
    c->recomputed_text[0] = c->detail[0] = c->cause[0] = '\0';
    c->explanation[0] = '\0';
    ck->pub = c->published;
    ck->signed_measure = ctp_claim_measure_is_change(c->measure);
    if (ck->signed_measure && c->direction < 0)
        ck->pub.value.negative = ck->pub.value.digits != 0;
    publish_figure(ck);
}

/* The plan of the claim's measure: its range, its value at the printed
 * figures and its alternatives.  False when the measure's own step has
 * given the verdict (or found the claim not checkable). */
static bool plan_measure(checking *ck)
{
    ct_claim *c = ck->c;
    plan *pl = &ck->pl;
    switch (c->measure) {
    case CT_CLAIM_PCT_CHANGE:
        return plan_pct(c, pl, &ck->ok);
    case CT_CLAIM_RATE_PCT_CHANGE:
        return plan_rate_pct(c, pl, &ck->ok);
    case CT_CLAIM_CHANGE:
        return plan_change(c, pl, &ck->ok);
    case CT_CLAIM_COUNT:
        return plan_count(c, pl, &ck->ok);
    case CT_CLAIM_RATE:
        return plan_rate(c, pl, &ck->ok);
    case CT_CLAIM_SHARE:
        return plan_share(c, pl, &ck->pub, &ck->ok);
    }
    return true;
}

/* Decides the verdict on the planned range.  A change with no sign and
 * no direction in words first takes the sign of the recomputed change,
 * so "a 5% change" is read as the fall the figures show. */
static void decide_signed(checking *ck)
{
    ct_claim_figure *pub = &ck->pub;
    if (ck->signed_measure && ck->c->direction == 0 &&
        !pub->value.negative && ct_exact_sign(&ck->pl.point) < 0)
        pub->value.negative = pub->value.digits != 0;
    publish_figure(ck);
    decide(ck->c, &ck->pl, pub, &ck->ok);
}

/* Puts the recomputed value on the claim; when the exact arithmetic
 * overflowed, says so rather than guess. */
static void record_recomputed(checking *ck)
{
    ct_claim *c = ck->c;
    if (ck->pl.has_point) {
        c->has_recomputed = true;
        c->recomputed = ct_exact_to_double(&ck->pl.point);
        ct_exact_format(&ck->pl.point, ck->pl.decimals, false,
                        c->recomputed_text, sizeof c->recomputed_text);
    }
    if (!ck->ok) {
        c->has_recomputed = false;
        c->recomputed_text[0] = '\0';
        not_checkable(c, "numbers too large",
                      "the numbers are too large to check exactly");
    }
}

/* Checks one reading of a claim: its figures from the dataset, the plan
 * of its measure, other periods' figures for a count or rate, and the
 * verdict.  'no_alts' skips the alternative explanations. */
static ct_status check_with(ct_claim *c, const ct_claim_options *opt,
                            bool no_alts, ct_error *err)
{
    if (!c->published.is_set)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "claim has no published figure to check");
    checking ck;
    memset(&ck, 0, sizeof ck);
    ck.c = c;
    ck.ok = true;
    ck.pl.unit = "";
    ck.pl.no_alts = no_alts;
    ck.period = CT_DATASET_NO_ID;
    begin_check(&ck);
    bool go = resolve_data(c, opt, &ck.pl, &ck.lk, &ck.period, &ck.ok) &&
              plan_measure(&ck);
    if (go && ck.period != CT_DATASET_NO_ID &&
        (c->measure == CT_CLAIM_COUNT || c->measure == CT_CLAIM_RATE))
        other_periods(c, &ck.lk, ck.period, &ck.pl, &ck.ok);
    if (go)
        decide_signed(&ck);
    record_recomputed(&ck);
    return CT_STATUS_OK;
}

/* Checks a claim first without the alternative explanations, then, when
 * it does not hold, again with them. */
static ct_status check_one(ct_claim *c, const ct_claim_options *opt,
                           ct_error *err)
{
    ct_claim orig = *c;
    ct_status st = check_with(c, opt, true, err);
    if (st != CT_STATUS_OK || c->verdict != CT_CLAIM_INCONSISTENT)
        return st;
    *c = orig;
    st = check_with(c, opt, false, err);
    if (st == CT_STATUS_OK && c->verdict == CT_CLAIM_INCONSISTENT &&
        c->other_reading[0]) {
        /* Another pairing of the figures bears it out: which figures it
         * compares is open, so it is not called wrong. */
        char why[sizeof c->explanation];
        bprintf(why, sizeof why, "these figures give %s (%s), but another "
                "pairing of the figures at hand holds: %s", c->detail,
                c->explanation, c->other_reading);
        not_checkable(c, "another pairing holds", why);
        return st;
    }
    if (st == CT_STATUS_OK && c->verdict == CT_CLAIM_INCONSISTENT && c->loose) {
        /* Which figures the percentage compares is not stated: say what
         * they give, but do not call the claim wrong on a guess. */
        char why[sizeof c->explanation];
        bprintf(why, sizeof why, "no word ties the figures %s to this "
                "figure: %s", c->detail, c->explanation);
        not_checkable(c, "figures not tied to it", why);
    }
    return st;
}

/* How good a verdict is for the claim, for choosing between readings. */
static int verdict_rank(ct_claim_verdict v)
{
    switch (v) {
    case CT_CLAIM_CONSISTENT: return 5;
    case CT_CLAIM_HEDGED: return 4;
    case CT_CLAIM_IF_HALF_EVEN: return 3;
    case CT_CLAIM_IF_TRUNCATED: return 2;
    case CT_CLAIM_NOT_CHECKABLE: return 1;
    case CT_CLAIM_INCONSISTENT: return 0;
    }
    return 0;
}

/* Checks a claim as read, then each other reading of its figures. */
static ct_status check_readings(ct_claim *c, const ct_claim_options *opt,
                                ct_error *err)
{
    ct_claim orig = *c;
    ct_status st = check_one(c, opt, err);
    bool has_alt = orig.alt_published.is_set || orig.alt_from.is_set ||
                   orig.alt_to.is_set;
    if (st != CT_STATUS_OK || !has_alt || c->verdict == CT_CLAIM_CONSISTENT)
        return st;
    /* Each mix of readings; the first that does better wins, so that a
     * claim is never called inconsistent when another reasonable reading
     * of its figures is consistent. */
    ct_claim_figure *alts[3] = {&orig.alt_published, &orig.alt_from,
                                &orig.alt_to};
    for (unsigned mask = 1; mask < 8; mask++) {
        ct_claim t = orig;
        ct_claim_figure *dst[3] = {&t.published, &t.from, &t.to};
        bool any = true;
        for (int k = 0; k < 3; k++)
            if (mask & (1u << k)) {
                if (!alts[k]->is_set)
                    any = false;
                else
                    *dst[k] = *alts[k];
            }
        if (!any)
            continue;
        if ((st = check_one(&t, opt, err)) != CT_STATUS_OK)
            return st;
        /* Another reading stands only when it makes the claim hold. */
        if ((t.verdict == CT_CLAIM_CONSISTENT ||
             t.verdict == CT_CLAIM_HEDGED) &&
            verdict_rank(t.verdict) > verdict_rank(c->verdict)) {
            char note[sizeof t.explanation];
            bprintf(note, sizeof note, "%s%s%s", orig.alt_note,
                    t.explanation[0] ? "; " : "", t.explanation);
            *c = t;
            bprintf(c->explanation, sizeof c->explanation, "%s", note);
            if (c->verdict == CT_CLAIM_CONSISTENT)
                break;
        }
    }
    return CT_STATUS_OK;
}

ct_status ct_claim_check(ct_claim *c, const ct_claim_options *opt,
                         ct_error *err)
{
    ct_claim orig = *c;
    ct_status st = check_readings(c, opt, err);
    if (st != CT_STATUS_OK || !orig.either_order ||
        c->verdict == CT_CLAIM_CONSISTENT)
        return st;
    /* The figures the other way round: that order stands only when it
     * does better, so a claim is called inconsistent only when neither
     * order bears it out. */
    ct_claim sw = orig;
    sw.from = orig.to;
    sw.to = orig.from;
    sw.alt_from = orig.alt_to;
    sw.alt_to = orig.alt_from;
    sw.pop_from = orig.pop_to;
    sw.pop_to = orig.pop_from;
    if ((st = check_readings(&sw, opt, err)) != CT_STATUS_OK)
        return st;
    if (sw.verdict != CT_CLAIM_NOT_CHECKABLE &&
        verdict_rank(sw.verdict) > verdict_rank(c->verdict))
        *c = sw;
    return CT_STATUS_OK;
}

/* ==================================================================== */
/* Sets of claims                                                        */
/* ==================================================================== */

struct ct_claim_set {
    ct_claim *items;  /* the claims, in order */
    size_t n, cap;
};

ct_claim_set *ct_claim_set_new(void)
{
    return calloc(1, sizeof(ct_claim_set));
}

void ct_claim_set_free(ct_claim_set *set)
{
    if (set == NULL)
        return;
    free(set->items);
    free(set);
}

size_t ct_claim_set_size(const ct_claim_set *set)
{
    return set->n;
}

const ct_claim *ct_claim_set_get(const ct_claim_set *set, size_t i)
{
    return &set->items[i];
}

ct_status ct_claim_set_add(ct_claim_set *set, const ct_claim *c,
                           ct_error *err)
{
    ct_status st = ctp_grow((void **)&set->items, &set->cap, set->n + 1,
                            sizeof *set->items, err);
    if (st != CT_STATUS_OK)
        return st;
    set->items[set->n++] = *c;
    return CT_STATUS_OK;
}

ct_status ct_claim_check_all(ct_claim_set *set, const ct_claim_options *opt,
                             ct_error *err)
{
    for (size_t i = 0; i < set->n; i++) {
        ct_status st = ct_claim_check(&set->items[i], opt, err);
        if (st != CT_STATUS_OK)
            return st;
    }
    return CT_STATUS_OK;
}

ct_claim *ctp_claim_set_at(ct_claim_set *set, size_t i)
{
    return &set->items[i];
}

void ctp_claim_set_sort(ct_claim_set *set, size_t first,
                        int (*cmp)(const void *, const void *))
{
    if (set->n > first)
        qsort(set->items + first, set->n - first, sizeof *set->items, cmp);
}

size_t ct_claim_set_count(const ct_claim_set *set, ct_claim_verdict v)
{
    size_t k = 0;
    for (size_t i = 0; i < set->n; i++)
        if (set->items[i].verdict == v)
            k++;
    return k;
}

/* ==================================================================== */
/* Results                                                               */
/* ==================================================================== */

/* The columns of the claims table, by their place in it. */
enum col {
    COL_SOURCE, COL_LINE, COL_COLUMN, COL_CLAIM, COL_MEASURE, COL_PUBLISHED,
    COL_RECOMPUTED, COL_LOW, COL_HIGH, COL_VERDICT, COL_EXPLANATION, N_COLS
};

static const ct_table_column claim_columns[N_COLS] = {
    [COL_SOURCE] = {"source", "Source", CT_TABLE_STRING, 0, NULL},
    [COL_LINE] = {"line", "Line", CT_TABLE_COUNT, 0, NULL},
    [COL_COLUMN] = {"column", "Column", CT_TABLE_COUNT, 0, NULL},
    [COL_CLAIM] = {"claim", "Claim", CT_TABLE_STRING, 0, NULL},
    [COL_MEASURE] = {"measure", "Measure", CT_TABLE_STRING, 0, NULL},
    [COL_PUBLISHED] = {"published", "Published", CT_TABLE_REAL, -1, NULL},
    [COL_RECOMPUTED] = {"recomputed", "Recomputed", CT_TABLE_REAL, 4, NULL},
    [COL_LOW] = {"low", "Low", CT_TABLE_REAL, -1, NULL},
    [COL_HIGH] = {"high", "High", CT_TABLE_REAL, -1, NULL},
    [COL_VERDICT] = {"verdict", "Verdict", CT_TABLE_STRING, 0, NULL},
    [COL_EXPLANATION] = {"explanation", "Explanation", CT_TABLE_STRING, 0,
                         NULL},
};

static const char note_rounding[] =
    "published figures are taken as rounded half-up (as Excel's ROUND); "
    "low and high are the interval each stands for, and a count written in "
    "full is exact";
static const char note_exact[] =
    "recomputed values come from the unrounded inputs; verdicts are "
    "decided with exact arithmetic on the printed figures";

ct_status ct_claim_table(const ct_claim_set *set, ct_table **out,
                         ct_error *err)
{
    ct_table *t = ct_table_new(claim_columns, N_COLS);
    if (t == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    ct_status st = CT_STATUS_OK;
    for (size_t i = 0; i < set->n && st == CT_STATUS_OK; i++) {
        const ct_claim *c = &set->items[i];
        bool ok = true;
        ct_exact pv = fig_value(&c->published, &ok);
        if ((st = ct_table_add_row(t, err)) ||
            (st = ct_table_set_string(t, COL_SOURCE, c->source, err)) ||
            (st = ct_table_set_string(t, COL_CLAIM, c->text, err)) ||
            (st = ct_table_set_string(t, COL_MEASURE,
                                      ct_claim_measure_name(c->measure),
                                      err)) ||
            (st = ct_table_set_string(t, COL_VERDICT,
                                      ct_claim_verdict_name(c->verdict),
                                      err)) ||
            (st = ct_table_set_string(t, COL_EXPLANATION, c->explanation,
                                      err)))
            break;
        ct_table_set_count(t, COL_LINE, (int64_t)c->line);
        ct_table_set_count(t, COL_COLUMN, (int64_t)c->column);
        ct_table_set_real(t, COL_PUBLISHED, ct_exact_to_double(&pv));
        if (c->has_recomputed)
            ct_table_set_real(t, COL_RECOMPUTED, c->recomputed);
        ct_table_set_real(t, COL_LOW, c->low);
        ct_table_set_real(t, COL_HIGH, c->high);
    }
    if (st == CT_STATUS_OK && (st = ct_table_add_note(t, note_rounding, err)) ==
                          CT_STATUS_OK)
        st = ct_table_add_note(t, note_exact, err);
    if (st != CT_STATUS_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_STATUS_OK;
}

/* "56% stands for 55.5% to 56.5% when rounded half-up", or "443 is an
 * exact count". */
static void published_text(const ct_claim *c, char *buf, size_t size)
{
    char p[80];
    ctp_claim_fig_format(&c->published, false, p, sizeof p);
    if (c->published.is_exact) {
        bprintf(buf, size, "%s, an exact count", p);
        return;
    }
    bool ok = true;
    ival iv = fig_ival(&c->published, CT_ROUNDING_HALF_UP, &ok);
    int d = c->published.value.scale - c->published.exp10 + 1;
    if (d < 0)
        d = 0;
    char lo[80], hi[80];
    ct_exact_format(&iv.lo, d, true, lo, sizeof lo);
    ct_exact_format(&iv.hi, d, true, hi, sizeof hi);
    const char *unit = c->published.is_points ? " points"
                       : c->published.is_percent ? "%" : "";
    char per[60] = "";
    if (c->measure == CT_CLAIM_RATE) {
        ct_claim_figure base =
            c->per.is_set ? c->per : ctp_claim_fig_count(1000);
        char b[40];
        bprintf(per, sizeof per, " per %s",
                ctp_claim_fig_format(&base, false, b, sizeof b));
    }
    bprintf(buf, size, "%s%s, which stands for %s%s to %s%s when rounded "
            "half-up", p, per, lo, c->published.is_points ? "" : unit, hi,
            unit);
}

ct_status ct_claim_write_text(const ct_claim_set *set, FILE *out,
                              ct_error *err)
{
    for (size_t i = 0; i < set->n; i++) {
        const ct_claim *c = &set->items[i];
        char pub[300];
        published_text(c, pub, sizeof pub);
        fprintf(out, "%s:%lu:%lu: %s\n", c->source, c->line, c->column,
                verdict_text(c->verdict, true));
        fprintf(out, "  Claim:      \"%s\"\n", c->text);
        if (c->note[0])
            fprintf(out, "  Note:       %s\n", c->note);
        if (c->detail[0])
            fprintf(out, "  Figures:    %s\n", c->detail);
        fprintf(out, "  Published:  %s\n", pub);
        if (c->explanation[0])
            fprintf(out, "  %s %s\n",
                    c->verdict == CT_CLAIM_CONSISTENT ? "Note:      "
                                                        : "Reason:    ",
                    c->explanation);
        fputc('\n', out);
    }
    size_t n_ok = ct_claim_set_count(set, CT_CLAIM_CONSISTENT) +
                  ct_claim_set_count(set, CT_CLAIM_HEDGED);
    size_t n_rule = ct_claim_set_count(set, CT_CLAIM_IF_HALF_EVEN) +
                    ct_claim_set_count(set, CT_CLAIM_IF_TRUNCATED);
    size_t n_bad = ct_claim_set_count(set, CT_CLAIM_INCONSISTENT);
    size_t n_nc = ct_claim_set_count(set, CT_CLAIM_NOT_CHECKABLE);
    if (set->n == 0)
        fputs("No claims found.\n", out);
    else
        fprintf(out, "%zu claim%s: %zu consistent, %zu consistent only "
                "under another rounding rule, %zu inconsistent, %zu not "
                "checkable.\n", set->n, set->n == 1 ? "" : "s", n_ok, n_rule,
                n_bad, n_nc);
    fputs("Figures are taken as rounded half-up (as Excel's ROUND); counts "
          "written in full\nare exact.\n", out);
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0, "write error");
    return CT_STATUS_OK;
}

ct_status ct_claim_annotate(const ct_claim_set *set, const char *text,
                            size_t len, const char *source, FILE *out,
                            ct_error *err)
{
    /* The claims of this text, by where they end. */
    size_t *order = ctp_realloc_array(NULL, set->n ? set->n : 1,
                                      sizeof *order);
    if (order == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++)
        if (strcmp(set->items[i].source, source) == 0 &&
            set->items[i].length > 0)
            order[n++] = i;
    for (size_t i = 1; i < n; i++) {
        size_t v = order[i], j = i;
        size_t end = set->items[v].offset + set->items[v].length;
        while (j > 0 && set->items[order[j - 1]].offset +
                                set->items[order[j - 1]].length > end) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    size_t pos = 0;
    for (size_t k = 0; k < n; k++) {
        const ct_claim *c = &set->items[order[k]];
        size_t end = c->offset + c->length;
        if (end > len)
            end = len;
        if (end > pos) {
            fwrite(text + pos, 1, end - pos, out);
            pos = end;
        }
        const char *v = c->verdict == CT_CLAIM_CONSISTENT ? "consistent"
                        : c->verdict == CT_CLAIM_INCONSISTENT
                            ? "inconsistent"
                            : verdict_text(c->verdict, true);
        if (c->cause[0] && (c->verdict == CT_CLAIM_INCONSISTENT ||
                            c->verdict == CT_CLAIM_NOT_CHECKABLE))
            fprintf(out, " [check: %s: %s]", v, c->cause);
        else
            fprintf(out, " [check: %s]", v);
    }
    if (pos < len)
        fwrite(text + pos, 1, len - pos, out);
    free(order);
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0, "write error");
    return CT_STATUS_OK;
}

/* ==================================================================== */
/* The finder and the claims-file reader, under their old names          */
/* ==================================================================== */

ct_status ct_claim_extract(ct_claim_set *set, const char *text, size_t len,
                           const char *source, ct_error *err)
{
    ct_claim_find_options opt;
    ct_claim_find_options_init(&opt);
    return ct_claim_find_text(set, text, len, source, &opt, err);
}
