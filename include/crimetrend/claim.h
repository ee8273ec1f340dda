/* claim.h - checking published figures: find the claims in a text ("rose
 * from 790 to 1,233, an increase of 56%") or read them from a claims file,
 * recompute each from its unrounded inputs, and give a verdict with its
 * reason (METHODS §4).
 *
 * Every decision is made with exact arithmetic on the printed decimals,
 * never with printf or round() on doubles (METHODS §4.3): a published
 * figure stands for the interval of values that round to it, a count
 * stated exactly stands for itself, and a claim is consistent when the
 * interval of its figure meets the range its inputs allow.  The rounding
 * rule is an explicit assumption: half-up (as Excel's ROUND and most
 * reports), then half-even and truncation, each reported by name.
 *
 * The module reads the text and FILE *s its caller gives it and writes to
 * the FILE * it is given; it opens no files and prints nothing.
 *
 * Where it sits: check, the last stage (read -> dataset -> rates/change ->
 * compare/trend/funnel -> tables/charts/doc -> check).
 *
 *     "from 790 to 1,233, an increase of 56%": recomputed 56.0759
 *     (100 * 443 / 790); "56%" stands for 55.5 to 56.5, so the verdict is
 *     CT_CLAIM_CONSISTENT.  "57%" is inconsistent ("rounded up"), and
 *     "36%" too ("wrong base": 100 * 443 / 1,233 = 35.93)
 *     (asserted by test_claim_check_790_to_1233 in tests/unit/test_claim.c)
 */
#ifndef CRIMETREND_CLAIM_H
#define CRIMETREND_CLAIM_H

#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/number.h"
#include "crimetrend/exact.h"
#include "crimetrend/period.h"
#include "crimetrend/dataset.h"
#include "crimetrend/table.h"

/* What a claim states. */
typedef enum ct_claim_measure {
    CT_CLAIM_COUNT,           /* a count: "6,925,677 property crimes" */
    CT_CLAIM_RATE,            /* count / population x per: "2,109.9 per
                                   100,000" */
    CT_CLAIM_CHANGE,          /* later - earlier: "an increase of 443";
                                   for percentages, in percentage points */
    CT_CLAIM_PCT_CHANGE,      /* 100 (later - earlier) / earlier: "56%" */
    CT_CLAIM_RATE_PCT_CHANGE, /* per cent change of the rates */
    CT_CLAIM_SHARE            /* 100 part / total: "45% of the 1,233" */
} ct_claim_measure;

/* The answer for one claim.  The stable names are those of
 * ct_claim_verdict_name(). */
typedef enum ct_claim_verdict {
    CT_CLAIM_CONSISTENT,      /* "consistent": holds rounded half-up */
    CT_CLAIM_IF_HALF_EVEN,    /* "consistent-if-half-even" */
    CT_CLAIM_IF_TRUNCATED,    /* "consistent-if-truncated" */
    CT_CLAIM_INCONSISTENT,    /* "inconsistent" */
    CT_CLAIM_NOT_CHECKABLE,   /* "not-checkable": something is missing */
    CT_CLAIM_HEDGED           /* "consistent-hedged": a hedged figure
                                   ("nearly 30%") whose hedge is true */
} ct_claim_verdict;

/* A word that qualifies a published figure: the figure is then not a
 * rounded value but a bound or an approximation. */
typedef enum ct_claim_hedge {
    CT_CLAIM_HEDGE_NONE,
    CT_CLAIM_HEDGE_NEAR,   /* about, around, roughly, approximately, some:
                        within 5% of the figure or one unit of its last
                        digit, whichever is more */
    CT_CLAIM_HEDGE_BELOW,  /* nearly, almost, just under: at most the
                        figure and no further below than NEAR allows */
    CT_CLAIM_HEDGE_ABOVE,  /* more than, over, just over: above the figure */
    CT_CLAIM_HEDGE_WORD,   /* a change said in words ("doubled", "a third",
                        "se duplicó"): the reach of NEAR, as the word is
                        no rounded figure; no hedge of the writer's, so
                        CONSISTENT when it holds */
    CT_CLAIM_HEDGE_LESS,   /* less than, fewer than, menos de: below the
                        figure, however far */
    CT_CLAIM_HEDGE_AT_LEAST  /* at least, al menos: ABOVE with the figure
                        itself allowed */
} ct_claim_hedge;

/* A number as printed.  Its value is value * 10^exp10 (the decimal keeps
 * its printed digits, so "56.10" has two decimals); its rounding unit is
 * 10^(exp10 - value.scale).  "1,233" is {1233, 0}, exact; "1.2k" is
 * {12, scale 1}, exp10 3, unit 100; "56%" is {56, 0} with is_percent. */
typedef struct ct_claim_figure {
    bool is_set;        /* false: the claim does not give this figure */
    ct_decimal value;   /* the printed digits, decimals and sign */
    int exp10;          /* multiplier: 3 (k, thousand), 6 (m, million),
                           9 (bn, billion), else 0 */
    bool is_exact;      /* a count stated in full: its interval is the
                           value itself (METHODS §4.3: "exact tabulated
                           counts must not be given rounding intervals") */
    bool is_percent;    /* written with %, per cent or percent */
    bool is_points;     /* written as percentage points */
    bool in_words;      /* a change or fraction in words ("halved", "a
                           third"): it stands for a band around itself,
                           even behind a hedge ("almost half") */
} ct_claim_figure;

/* Parses a figure as printed: an optional sign ('+', '-', U+2212 or an en
 * dash), digits with ',' thousands separators, decimals, then optionally
 * "k", "m", "bn", "thousand", "million" or "billion", then optionally
 * "%", "per cent", "percent" or "percentage points" (blanks allowed
 * between the parts).  A whole number with no multiplier and no percent
 * sign is exact (a count); everything else stands for its rounding
 * interval.  'len' bytes of 's'; no NUL needed.  Returns false, leaving
 * '*out' unset, when the bytes are not such a figure. */
bool ct_claim_figure_parse(const char *s, size_t len, ct_claim_figure *out);

/* The interval a figure stands for under 'rule', as exact decimals with
 * one more decimal place than the figure (METHODS §4.3 step 2): "56%"
 * half-up is 55.5 (closed) to 56.5 (open); "-4.1" half-up is -4.15 (open)
 * to -4.05 (closed); "1.2k" half-up is 1150 to 1250; an exact figure is
 * its own value at both ends, closed.  Zero has no sign, so "0%" half-up
 * is -0.5 to 0.5, both open. */
void ct_claim_figure_bounds(const ct_claim_figure *f, ct_rounding rule,
                            ct_decimal *low, bool *low_open,
                            ct_decimal *high, bool *high_open);

/* One claim: what it says, where it was found, and the answer.  Strings
 * are stored in the struct, truncated to fit. */
typedef struct ct_claim {
    /* Where it is */
    char source[256];         /* file name for messages */
    unsigned long line;       /* 1-based line where the claim starts */
    unsigned long column;     /* 1-based column, in characters */
    size_t offset;            /* byte span of the claim in the text, for */
    size_t length;            /* annotation (0 for a claims file) */
    size_t figure_offset;     /* byte offset of the published figure: the
                                 claims of a sentence are listed in the
                                 order of their figures */
    char text[400];           /* the claim as written, blanks collapsed */
    char id[64];              /* claims file: the row's id */
    char note[200];           /* claims file: the row's note */

    /* What it says */
    ct_claim_measure measure;       /* what is being claimed */
    ct_claim_figure published;/* the figure checked; a fall is negative */
    int direction;            /* +1 a rise, -1 a fall stated in words or by
                                 sign, 0 not stated (the figure is then
                                 taken with the sign of the change) */
    ct_claim_figure from;     /* earlier figure (changes); the count for a
                                 rate; the part for a share */
    ct_claim_figure to;       /* later figure (changes); the population
                                 for a rate; the total for a share */
    ct_claim_figure pop_from; /* populations of the two periods, when */
    ct_claim_figure pop_to;   /* known (rate changes, alternatives) */
    ct_claim_figure per;      /* rate base, e.g. 1000 */
    ct_claim_hedge hedge;           /* how the published figure is qualified */
    bool loose;               /* text: the figures were tied to the
                                 published one by nearness alone, no word
                                 saying so; such a claim is never called
                                 inconsistent, only not checkable */
    bool either_order;        /* text: which figure is the earlier is not
                                 known ("last year" against a year named);
                                 the other order stands when it makes the
                                 claim hold */

    /* Another reading of figures printed ambiguously ("3.120" is 3,120
     * in Spain and 3.12 in England): when the figures as read are not
     * consistent and these are, the verdict is theirs and the
     * explanation says so.  Unset figures have no other reading. */
    ct_claim_figure alt_published, alt_from, alt_to;
    char alt_note[120];       /* which reading: "3.120 read as 3,120" */

    /* text: another pairing of the figures at hand that bears the claim
     * out ("per cent change from 88 to 163: 85.2273%"), or "": the claim
     * is then never called inconsistent, only not checkable, as which
     * figures it compares is open. */
    char other_reading[160];

    /* text: why figures beside the claim were not taken as its own ("the
     * change allows for the population, so it is a rate's, which the
     * counts beside it do not give"), or "": said when the claim is not
     * checkable for want of its figures. */
    char unpaired[160];

    /* What it refers to in a dataset (claims file; text naming them) */
    char area[128];           /* area name, or "" */
    char offence[128];        /* offence name, or "" */
    char period[40];          /* the (later) period label, or "" */
    char period_from[40];     /* the earlier period label, or "" */
    char whole[128];          /* share: the offence or area of the total */
    char context[600];        /* text: the claim's clause, a line break,
                                 then its sentence: where names of areas
                                 and offences are looked for */

    /* The answer (set by ct_claim_check) */
    ct_claim_verdict verdict;
    bool has_recomputed;      /* false when nothing could be recomputed */
    double recomputed;        /* the value from the unrounded inputs (for
                                 display and machines; decisions are
                                 exact) */
    char recomputed_text[48]; /* the same, exact, half-up to 4 decimals
                                 for percentages and rates */
    double low, high;         /* the interval the published figure stands
                                 for, rounded half-up (equal when exact) */
    char detail[300];         /* what was recomputed, from which figures */
    char cause[64];           /* short reason: "wrong base", "needs the
                                 figures compared", ... or "" */
    char explanation[400];    /* the reason in full, or "" */
} ct_claim;

/* Clears a claim: no figures, measure PCT_CHANGE, verdict NOT_CHECKABLE. */
void ct_claim_init(ct_claim *c);

/* Options of a check. */
typedef struct ct_claim_options {
    const ct_dataset *data;   /* dataset the claims refer to, or NULL */
    ct_pop_rule pop_rule;     /* which population belongs to a period */
} ct_claim_options;

/* Sets the defaults: no dataset, CT_POP_RULE_JUNE30. */
void ct_claim_options_init(ct_claim_options *opt);

/* Checks one claim and fills in its answer (METHODS §4.3):
 *
 * 1. The figures come from the claim, or with opt->data from the dataset
 *    (area, offence, period and period_from name the cells; a text claim
 *    whose context names an area and an offence of the dataset is looked
 *    up the same way).
 * 2. The range of the measure over the intervals of its inputs is
 *    computed exactly (for exact counts a single value).
 * 3. The verdict is CONSISTENT when the half-up interval of the published
 *    figure meets that range, else IF_HALF_EVEN or IF_TRUNCATED when the
 *    interval under that rule does, else INCONSISTENT, naming the first
 *    alternative that fits: wrong base (divided by the later figure),
 *    ratio given as change, rate change given as count change (or the
 *    reverse; when populations are known), percentage points given as per
 *    cent (or the reverse), wrong direction, years swapped, inputs rounded
 *    before dividing, rounded up; or "no simple explanation".  A hedged
 *    figure is HEDGED when its hedge holds; a bound ("nearly",
 *    "more than") that does not hold is INCONSISTENT, "bound not kept",
 *    whatever rounding would give, unless an alternative above fits.
 *    790 -> 1,233: "56%" and "56.1%" consistent, "57%" inconsistent, "36%"
 *    wrong base, "156%" ratio; 800 -> 900: "13%" consistent, "12%"
 *    consistent if half-even.
 * 4. NOT_CHECKABLE says what is missing ("needs the two figures
 *    compared").
 *
 * A share "P% of N" with only the total is checked as GRIM does (METHODS
 * §4.2): some whole number of the N must give P%; with N >= 10^(d+2) for
 * P with d decimals every P is possible and the claim is not checkable.
 * Returns CT_STATUS_OK (the verdict carries every finding about the claim), or
 * CT_STATUS_USAGE for a claim with nothing to check. */
ct_status ct_claim_check(ct_claim *c, const ct_claim_options *opt,
                         ct_error *err);

/* Stable names: "consistent", "consistent-if-half-even",
 * "consistent-if-truncated", "inconsistent", "not-checkable".  Static
 * strings; do not free. */
const char *ct_claim_verdict_name(ct_claim_verdict v);

/* "count", "rate", "change", "pct_change", "rate_pct_change", "share".
 * Static strings; do not free. */
const char *ct_claim_measure_name(ct_claim_measure m);

/* Parses a measure name as ct_claim_measure_name writes it (ASCII case
 * ignored).  Returns false otherwise. */
bool ct_claim_measure_parse(const char *s, ct_claim_measure *out);

/* ---- sets of claims --------------------------------------------------- */

/* A list of claims, in the order they were found. */
typedef struct ct_claim_set ct_claim_set;

/* Creates an empty set; NULL when out of memory. */
ct_claim_set *ct_claim_set_new(void);

/* Frees the set and its claims.  NULL is allowed. */
void ct_claim_set_free(ct_claim_set *set);

size_t ct_claim_set_size(const ct_claim_set *set);

/* The i-th claim (i < size); valid until the set changes or is freed. */
const ct_claim *ct_claim_set_get(const ct_claim_set *set, size_t i);

/* Appends a copy of 'c'. */
ct_status ct_claim_set_add(ct_claim_set *set, const ct_claim *c,
                           ct_error *err);

/* Finds the claims in a plain text of 'len' bytes and appends them,
 * unchecked: ct_claim_find_text (claim_find.h) with its default options,
 * which tell the language of each sentence from its words. */
ct_status ct_claim_extract(ct_claim_set *set, const char *text, size_t len,
                           const char *source, ct_error *err);

/* Checks every claim in the set (ct_claim_check). */
ct_status ct_claim_check_all(ct_claim_set *set, const ct_claim_options *opt,
                             ct_error *err);

/* How many claims have verdict 'v'. */
size_t ct_claim_set_count(const ct_claim_set *set, ct_claim_verdict v);

/* The results as a table with the stable columns
 *   source,line,column,claim,measure,published,recomputed,low,high,
 *   verdict,explanation
 * (published, recomputed, low and high are numbers; low and high are the
 * half-up interval of the published figure), with notes naming the
 * rounding rule.  '*out' is owned by the caller (ct_table_free). */
ct_status ct_claim_table(const ct_claim_set *set, ct_table **out,
                         ct_error *err);

/* Writes the results for people: one block per claim saying where it is,
 * what it says, what the figures give and the verdict with its reason,
 * then a summary line.  CT_STATUS_IO when the stream reports an error. */
ct_status ct_claim_write_text(const ct_claim_set *set, FILE *out,
                              ct_error *err);

/* Writes 'text' (the text the claims were extracted from) with a marker
 * after each claim from 'source': " [check: consistent]",
 * " [check: inconsistent: wrong base]", ...  CT_STATUS_IO on a write
 * error. */
ct_status ct_claim_annotate(const ct_claim_set *set, const char *text,
                            size_t len, const char *source, FILE *out,
                            ct_error *err);

#endif
