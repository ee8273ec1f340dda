/* sentence.h - the sentences the assessment and the compare summary
 * generate: one function, one template per kind, so that each template
 * can be tested with its edge cases and no sentence states what its
 * figures do not support (the same period twice, a trend word from fewer
 * points than the method needs).
 *
 * Where it sits: tables/charts/doc (... -> compare/trend/funnel ->
 * tables/charts/doc -> check): assess.h and the compare summary speak
 * through it.
 *
 *     ct_sentence s = {.kind = CT_SENTENCE_CHANGE, .subject = "Shoplifting",
 *                      .p0 = "2023", .p1 = "2024", .n0 = 4372, .n1 = 5542};
 *     ct_sentence_write(&s, buf, sizeof buf, &err);
 *     // "Shoplifting rose from 4,372 in 2023 to 5,542 in 2024, an
 *     // increase of 27%."  (5542 / 4372 - 1 = 26.76%)
 *     (asserted by test_sentence_table in tests/unit/test_assess.c)
 */
#ifndef CRIMETREND_SENTENCE_H
#define CRIMETREND_SENTENCE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "crimetrend/error.h"

/* Every sentence the report generates comes from ct_sentence_write, one
 * template per kind, so that each can be tested with its edge cases. */
typedef enum ct_sentence_kind {
    CT_SENTENCE_RECORDED,    /* "In P1 the police recorded N1 crimes in AREA[, a
                           rate of RATE per PER residents]." (rate NaN:
                           without the rate) */
    CT_SENTENCE_NO_TOTAL,    /* "The data has no complete total of recorded
                           crime for AREA in P1." */
    CT_SENTENCE_CHANGE,      /* "SUBJECT rose from N0 in P0 to N1 in P1, an
                           increase of X%." (fell ... a fall of; stayed at
                           N1 in both P0 and P1; rose from 0 ... without a
                           per cent; P0 the same as P1: "SUBJECT was N1 in
                           P1.") */
    CT_SENTENCE_TREND,       /* "SUBJECT: the trend over the last POINTS periods
                           is increasing|decreasing|not significant."; fewer
                           than POINTS_NEEDED points (or a direction of 2,
                           not tested): "SUBJECT: the trend cannot be
                           calculated from POINTS periods (NEEDED
                           needed)." */
    CT_SENTENCE_MOVERS,      /* "The largest significant rises:" (up) or
                           "falls:"; with none (n1 == 0) "No offence rose
                           (fell) by more than random variation would
                           explain." */
    CT_SENTENCE_VS_NATION_HEAD, /* "Rates above (below: !up) the national rate
                           (NATION):"; with none (n1 == 0) "No offence rate
                           is above (below) the national rate beyond random
                           variation." */
    CT_SENTENCE_VS_NATION,   /* "SUBJECT: a rate of RATE per PER in AREA; RATE2
                           nationally." */
    CT_SENTENCE_NO_DISTRICTS, /* "No district of AREA has a group of most similar
                           areas (peers.csv), so this report has no
                           district comparison." */
    CT_SENTENCE_PEER_OVERALL, /* "the overall crime rate (RATE per PER) was
                           above|below|similar to (VERSUS 1, -1, 0) the
                           average of its most similar areas (RATE2) and
                           increasing|decreasing." (DIRECTION 1 or -1), or
                           "...; its trend: WORDS." otherwise */
    CT_SENTENCE_PEER_LISTS   /* "Crime types that were above average and
                           increasing: LIST[0]. Above average but not
                           increasing: LIST[1]. Below average: LIST[2]."
                           (an empty list reads "none") */
} ct_sentence_kind;

typedef struct ct_sentence {
    ct_sentence_kind kind;
    const char *subject;  /* an offence, or words such as "The number" */
    const char *area;     /* the area spoken of */
    const char *nation;   /* the national comparator */
    const char *p0, *p1;  /* the periods as words ("2024", "the year ending
                             September 2015"); p1 the later */
    int64_t n0, n1;       /* counts in p0 and p1 */
    double rate, rate2;   /* a rate and the benchmark rate */
    double per;           /* the rate base */
    bool up;              /* rises / above (true) or falls / below */
    int direction;        /* trend: 1 increasing, -1 decreasing, 0 no
                             significant change, 2 not tested */
    size_t points;        /* trend: the points the test used */
    size_t points_needed; /* trend: the least the method needs */
    int versus;           /* peer: 1 above, -1 below, 0 similar */
    const char *words;    /* peer: the trend as the table words it */
    const char *list[3];  /* peer lists, each "A, B and C" */
} ct_sentence;

/* Writes the sentence into 'buf' ('size' bytes, always NUL-terminated).
 * Figures are rounded half-up for display only (counts with thousands
 * separators; rates to 1 place; per cents whole unless that reads 0%,
 * then 1 place).  CT_STATUS_USAGE, with "" in 'buf', for figures that make
 * no sense (a negative count, a missing period or name the template
 * needs); CT_STATUS_NOMEM never: the buffer is the caller's (a sentence cut
 * short by a small buffer is still NUL-terminated). */
ct_status ct_sentence_write(const ct_sentence *s, char *buf, size_t size,
                            ct_error *err);

#endif
