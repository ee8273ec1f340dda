/* sentence.c - every sentence the reports generate, from one function
 * with one template per kind (sentence.h).  Figures are rounded for
 * display only, half-up, by the number module; a template refuses
 * figures that would make a sentence false rather than print it. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "crimetrend/sentence.h"
#include "crimetrend/number.h"
#include "error_set.h"

/* A sentence being written, with its figures as printed. */
typedef struct words {
    char *buf;
    size_t size, k;
    char a[32], b[32], r1[32], r2[32], per[32]; /* n0, n1, rate, rate2, per */
} words;

/* Appends to the sentence's fixed buffer, keeping it NUL-terminated when
 * it is full. */
static void put(words *w, const char *fmt, ...)
    __attribute__((__format__(__printf__, 2, 3)));

static void put(words *w, const char *fmt, ...)
{
    if (w->k >= w->size)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(w->buf + w->k, w->size - w->k, fmt, ap);
    va_end(ap);
    if (n > 0)
        w->k = w->k + (size_t)n < w->size ? w->k + (size_t)n : w->size;
}

static bool given(const char *s)
{
    return s != NULL && s[0] != '\0';
}

static const char *say_recorded(const ct_sentence *s, words *w)
{
    const char *b = w->b, *r1 = w->r1, *per = w->per;
    if (!given(s->p1) || !given(s->area))
        return "the period and the area";
    put(w, "In %s the police recorded %s crime%s in %s",
        s->p1, b, s->n1 == 1 ? "" : "s", s->area);
    if (isfinite(s->rate) && s->per > 0)
        put(w, ", a rate of %s per %s residents", r1, per);
    put(w, ".");
    return NULL;
}

static const char *say_no_total(const ct_sentence *s, words *w)
{
    if (!given(s->p1) || !given(s->area))
        return "the period and the area";
    put(w, "The data has no complete total of recorded "
        "crime for %s in %s.", s->area, s->p1);
    return NULL;
}

static const char *say_change(const ct_sentence *s, words *w)
{
    const char *a = w->a, *b = w->b;
    if (!given(s->subject) || !given(s->p1))
        return "the subject and the later period";
    /* One period is no change: never "in 2017 and 2017". */
    if (!given(s->p0) || strcmp(s->p0, s->p1) == 0) {
        put(w, "%s was %s in %s.", s->subject, b, s->p1);
        return NULL;
    }
    if (s->n0 == s->n1) {
        put(w, "%s stayed at %s in both %s and %s.",
            s->subject, b, s->p0, s->p1);
        return NULL;
    }
    if (s->n0 == 0) {
        /* No per cent change from nothing. */
        put(w, "%s rose from 0 in %s to %s in %s.",
            s->subject, s->p0, b, s->p1);
        return NULL;
    }
    char pct[32];
    double ax = fabs(100.0 * (double)(s->n1 - s->n0) / (double)s->n0);
    ct_number_format_fixed(ax, ax < 0.5 ? 1 : 0, true, pct, sizeof pct);
    if (s->n1 > s->n0)
        put(w, "%s rose from %s in %s to %s in %s, an "
            "increase of %s%%.", s->subject, a, s->p0, b, s->p1, pct);
    else
        put(w, "%s fell from %s in %s to %s in %s, a fall "
            "of %s%%.", s->subject, a, s->p0, b, s->p1, pct);
    return NULL;
}

static const char *say_trend(const ct_sentence *s, words *w)
{
    if (!given(s->subject))
        return "the subject";
    /* A trend word only from as many points as the method needs, so
     * that a sentence never says more than the table behind it. */
    if (s->points < s->points_needed || s->points_needed == 0 ||
        s->direction == 2 || s->direction < -1 || s->direction > 2) {
        put(w, "%s: the trend cannot be calculated from %zu "
            "period%s (%zu needed).", s->subject, s->points,
            s->points == 1 ? "" : "s",
            s->points_needed ? s->points_needed : 1);
        return NULL;
    }
    put(w, "%s: the trend over the last %zu periods is %s.",
        s->subject, s->points,
        s->direction > 0 ? "increasing"
                         : s->direction < 0 ? "decreasing"
                                            : "not significant");
    return NULL;
}

static const char *say_movers(const ct_sentence *s, words *w)
{
    if (s->n1 == 0)
        put(w, "No offence %s by more than random variation "
            "would explain.", s->up ? "rose" : "fell");
    else
        put(w, "The largest significant %s:",
            s->up ? "rises" : "falls");
    return NULL;
}

static const char *say_vs_nation_head(const ct_sentence *s, words *w)
{
    if (s->n1 == 0) {
        put(w, "No offence rate is %s the national rate "
            "beyond random variation.", s->up ? "above" : "below");
        return NULL;
    }
    if (!given(s->nation))
        return "the nation";
    put(w, "Rates %s the national rate (%s):",
        s->up ? "above" : "below", s->nation);
    return NULL;
}

static const char *say_vs_nation(const ct_sentence *s, words *w)
{
    const char *r1 = w->r1, *r2 = w->r2, *per = w->per;
    if (!given(s->subject) || !given(s->area) || !isfinite(s->rate) ||
        !isfinite(s->rate2))
        return "the offence, the area and both rates";
    put(w, "%s: a rate of %s per %s in %s; %s nationally.",
        s->subject, r1, per, s->area, r2);
    return NULL;
}

static const char *say_no_districts(const ct_sentence *s, words *w)
{
    if (!given(s->area))
        return "the area";
    put(w, "No district of %s has a group of most similar "
        "areas (peers.csv), so this report has no district comparison.",
        s->area);
    return NULL;
}

static const char *say_peer_overall(const ct_sentence *s, words *w)
{
    const char *r1 = w->r1, *r2 = w->r2, *per = w->per;
    if (!isfinite(s->rate) || !isfinite(s->rate2) || !(s->per > 0))
        return "the rate and the peer average";
    put(w, "the overall crime rate (%s per %s) was %s the "
        "average of its most similar areas (%s)", r1, per,
        s->versus > 0 ? "above" : s->versus < 0 ? "below"
                                                : "similar to", r2);
    if (s->direction == 1 || s->direction == -1)
        put(w, " and %s.",
            s->direction > 0 ? "increasing" : "decreasing");
    else
        put(w, "; its trend: %s.",
            given(s->words) ? s->words : "cannot be calculated");
    return NULL;
}

static const char *say_peer_lists(const ct_sentence *s, words *w)
{
    put(w, "Crime types that were above average and "
        "increasing: %s. Above average but not increasing: %s. Below "
        "average: %s.", given(s->list[0]) ? s->list[0] : "none",
        given(s->list[1]) ? s->list[1] : "none",
        given(s->list[2]) ? s->list[2] : "none");
    return NULL;
}

/* The template of each kind: writes the sentence, or returns what it
 * needs and was not given. */
static const char *(*const templates[])(const ct_sentence *, words *) = {
    [CT_SENTENCE_RECORDED] = say_recorded,
    [CT_SENTENCE_NO_TOTAL] = say_no_total,
    [CT_SENTENCE_CHANGE] = say_change,
    [CT_SENTENCE_TREND] = say_trend,
    [CT_SENTENCE_MOVERS] = say_movers,
    [CT_SENTENCE_VS_NATION_HEAD] = say_vs_nation_head,
    [CT_SENTENCE_VS_NATION] = say_vs_nation,
    [CT_SENTENCE_NO_DISTRICTS] = say_no_districts,
    [CT_SENTENCE_PEER_OVERALL] = say_peer_overall,
    [CT_SENTENCE_PEER_LISTS] = say_peer_lists,
};

ct_status ct_sentence_write(const ct_sentence *s, char *buf, size_t size,
                            ct_error *err)
{
    if (size == 0)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "no room for a sentence");
    buf[0] = '\0';
    if (s->n0 < 0 || s->n1 < 0)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "a negative count cannot be put in words");
    words w = {.buf = buf, .size = size};
    ct_number_format_count(s->n0, w.a, sizeof w.a);
    ct_number_format_count(s->n1, w.b, sizeof w.b);
    ct_number_format_fixed(s->rate, 1, true, w.r1, sizeof w.r1);
    ct_number_format_fixed(s->rate2, 1, true, w.r2, sizeof w.r2);
    ct_number_format_fixed(s->per, 0, true, w.per, sizeof w.per);
    size_t n = sizeof templates / sizeof templates[0];
    const char *missing = (unsigned)s->kind < n && templates[s->kind] != NULL
                              ? templates[s->kind](s, &w)
                              : "a known kind of sentence";
    if (missing != NULL) {
        buf[0] = '\0';
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "the sentence needs %s", missing);
    }
    return CT_STATUS_OK;
}

