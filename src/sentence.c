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

/* Appends to a fixed buffer, keeping it NUL-terminated when it is full. */
static void put(char *buf, size_t size, size_t *k, const char *fmt, ...)
    __attribute__((__format__(__printf__, 4, 5)));

static void put(char *buf, size_t size, size_t *k, const char *fmt, ...)
{
    if (*k >= size)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf + *k, size - *k, fmt, ap);
    va_end(ap);
    if (n > 0)
        *k = *k + (size_t)n < size ? *k + (size_t)n : size;
}

static bool given(const char *s)
{
    return s != NULL && s[0] != '\0';
}

ct_status ct_sentence_write(const ct_sentence *s, char *buf, size_t size,
                            ct_error *err)
{
    size_t k = 0;
    char a[32], b[32], pct[32], r1[32], r2[32], per[32];
    if (size == 0)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "no room for a sentence");
    buf[0] = '\0';
    if (s->n0 < 0 || s->n1 < 0)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "a negative count cannot be put in words");
    ct_number_format_count(s->n0, a, sizeof a);
    ct_number_format_count(s->n1, b, sizeof b);
    ct_number_format_fixed(s->rate, 1, true, r1, sizeof r1);
    ct_number_format_fixed(s->rate2, 1, true, r2, sizeof r2);
    ct_number_format_fixed(s->per, 0, true, per, sizeof per);
    const char *missing = NULL;
    switch (s->kind) {
    case CT_SENTENCE_RECORDED:
        if (!given(s->p1) || !given(s->area)) {
            missing = "the period and the area";
            break;
        }
        put(buf, size, &k, "In %s the police recorded %s crime%s in %s",
            s->p1, b, s->n1 == 1 ? "" : "s", s->area);
        if (isfinite(s->rate) && s->per > 0)
            put(buf, size, &k, ", a rate of %s per %s residents", r1, per);
        put(buf, size, &k, ".");
        break;
    case CT_SENTENCE_NO_TOTAL:
        if (!given(s->p1) || !given(s->area)) {
            missing = "the period and the area";
            break;
        }
        put(buf, size, &k, "The data has no complete total of recorded "
            "crime for %s in %s.", s->area, s->p1);
        break;
    case CT_SENTENCE_CHANGE:
        if (!given(s->subject) || !given(s->p1)) {
            missing = "the subject and the later period";
            break;
        }
        /* One period is no change: never "in 2017 and 2017". */
        if (!given(s->p0) || strcmp(s->p0, s->p1) == 0) {
            put(buf, size, &k, "%s was %s in %s.", s->subject, b, s->p1);
            break;
        }
        if (s->n0 == s->n1) {
            put(buf, size, &k, "%s stayed at %s in both %s and %s.",
                s->subject, b, s->p0, s->p1);
            break;
        }
        if (s->n0 == 0) {
            /* No per cent change from nothing. */
            put(buf, size, &k, "%s rose from 0 in %s to %s in %s.",
                s->subject, s->p0, b, s->p1);
            break;
        }
        {
            double x = 100.0 * (double)(s->n1 - s->n0) / (double)s->n0;
            double ax = fabs(x);
            ct_number_format_fixed(ax, ax < 0.5 ? 1 : 0, true, pct,
                                   sizeof pct);
        }
        if (s->n1 > s->n0)
            put(buf, size, &k, "%s rose from %s in %s to %s in %s, an "
                "increase of %s%%.", s->subject, a, s->p0, b, s->p1, pct);
        else
            put(buf, size, &k, "%s fell from %s in %s to %s in %s, a fall "
                "of %s%%.", s->subject, a, s->p0, b, s->p1, pct);
        break;
    case CT_SENTENCE_TREND:
        if (!given(s->subject)) {
            missing = "the subject";
            break;
        }
        /* A trend word only from as many points as the method needs, so
         * that a sentence never says more than the table behind it. */
        if (s->points < s->points_needed || s->points_needed == 0 ||
            s->direction == 2 || s->direction < -1 || s->direction > 2) {
            put(buf, size, &k, "%s: the trend cannot be calculated from %zu "
                "period%s (%zu needed).", s->subject, s->points,
                s->points == 1 ? "" : "s",
                s->points_needed ? s->points_needed : 1);
            break;
        }
        put(buf, size, &k, "%s: the trend over the last %zu periods is %s.",
            s->subject, s->points,
            s->direction > 0 ? "increasing"
                             : s->direction < 0 ? "decreasing"
                                                : "not significant");
        break;
    case CT_SENTENCE_MOVERS:
        if (s->n1 == 0)
            put(buf, size, &k, "No offence %s by more than random variation "
                "would explain.", s->up ? "rose" : "fell");
        else
            put(buf, size, &k, "The largest significant %s:",
                s->up ? "rises" : "falls");
        break;
    case CT_SENTENCE_VS_NATION_HEAD:
        if (s->n1 == 0) {
            put(buf, size, &k, "No offence rate is %s the national rate "
                "beyond random variation.", s->up ? "above" : "below");
            break;
        }
        if (!given(s->nation)) {
            missing = "the nation";
            break;
        }
        put(buf, size, &k, "Rates %s the national rate (%s):",
            s->up ? "above" : "below", s->nation);
        break;
    case CT_SENTENCE_VS_NATION:
        if (!given(s->subject) || !given(s->area) || !isfinite(s->rate) ||
            !isfinite(s->rate2)) {
            missing = "the offence, the area and both rates";
            break;
        }
        put(buf, size, &k, "%s: a rate of %s per %s in %s; %s nationally.",
            s->subject, r1, per, s->area, r2);
        break;
    case CT_SENTENCE_NO_DISTRICTS:
        if (!given(s->area)) {
            missing = "the area";
            break;
        }
        put(buf, size, &k, "No district of %s has a group of most similar "
            "areas (peers.csv), so this report has no district comparison.",
            s->area);
        break;
    case CT_SENTENCE_PEER_OVERALL:
        if (!isfinite(s->rate) || !isfinite(s->rate2) || !(s->per > 0)) {
            missing = "the rate and the peer average";
            break;
        }
        put(buf, size, &k, "the overall crime rate (%s per %s) was %s the "
            "average of its most similar areas (%s)", r1, per,
            s->versus > 0 ? "above" : s->versus < 0 ? "below"
                                                    : "similar to", r2);
        if (s->direction == 1 || s->direction == -1)
            put(buf, size, &k, " and %s.",
                s->direction > 0 ? "increasing" : "decreasing");
        else
            put(buf, size, &k, "; its trend: %s.",
                given(s->words) ? s->words : "cannot be calculated");
        break;
    case CT_SENTENCE_PEER_LISTS:
        put(buf, size, &k, "Crime types that were above average and "
            "increasing: %s. Above average but not increasing: %s. Below "
            "average: %s.", given(s->list[0]) ? s->list[0] : "none",
            given(s->list[1]) ? s->list[1] : "none",
            given(s->list[2]) ? s->list[2] : "none");
        break;
    default:
        missing = "a known kind of sentence";
        break;
    }
    if (missing != NULL) {
        buf[0] = '\0';
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "the sentence needs %s", missing);
    }
    return CT_STATUS_OK;
}

