/* claim_internal.h - declarations shared by the claim modules (claim.c,
 * claim_lex.c, claim_find.c, claim_csv.c) and private to them. */
#ifndef CRIMETREND_CLAIM_INTERNAL_H
#define CRIMETREND_CLAIM_INTERNAL_H

#include <stdarg.h>
#include <stdio.h>
#include "crimetrend/claim.h"

/* snprintf into a fixed buffer, truncating: claims keep their strings in
 * fixed fields, so a long sentence is cut rather than refused. */
static inline void bprintf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(__printf__, 3, 4)));

static inline void bprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
}

static inline bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline bool is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* ---- number forms (claim_lex.c) ------------------------------------- */

/* True when the 'n' bytes at 's' begin with the word 'w' (ASCII case
 * ignored) not followed by a letter. */
bool ctp_claim_starts_word(const char *s, size_t n, const char *w);

/* Skips blanks (spaces, tabs, line breaks, no-break and thin spaces). */
size_t ctp_claim_skip_blanks(const char *s, size_t n, size_t i);

/* Reads the unit words after a number at s[i]: a multiplier and a
 * percent sign; '*is_label' when letters make the number a label ("3rd").
 * Returns the index after what was read. */
size_t ctp_claim_read_suffix(const char *s, size_t n, size_t i,
                             ct_claim_figure *f, bool *is_label);

/* Reads the digits of a number at s[i] as English prints them; returns
 * the index after it, or 'i' when there is none. */
size_t ctp_claim_read_digits(const char *s, size_t n, size_t i,
                             ct_decimal *d);

/* Length of a sign at s[0] ('+', '-', U+2212, an en dash); 'neg' says
 * which.  The finder's own copy of ctp_number_sign_len (number_internal.h),
 * which every other reader uses; the finder is to call that one too. */
size_t ctp_claim_sign_len(const char *s, size_t n, bool *neg);

/* ---- figures and sets (claim.c) ------------------------------------- */

/* Whether a measure's figure is a percentage (per cent change of counts
 * or of rates, a share), from the one table of measures in claim.c. */
bool ctp_claim_measure_is_percent(ct_claim_measure m);

/* Whether a measure is a change, whose figure carries a sign. */
bool ctp_claim_measure_is_change(ct_claim_measure m);

/* The words that describe a measure to a reader: "per cent change in the
 * rate".  A static string. */
const char *ctp_claim_measure_words(ct_claim_measure m);

/* An exact figure for a count. */
ct_claim_figure ctp_claim_fig_count(int64_t v);

/* Writes a figure as people read it: "1,233", "-4.1%", "1.2k",
 * "1.2 million", "5 percentage points"; 'plus' puts '+' on a rise. */
char *ctp_claim_fig_format(const ct_claim_figure *f, bool plus, char *buf,
                           size_t size);

/* The claim at index i, to be completed by the finder after a later
 * sentence gives its figures. */
ct_claim *ctp_claim_set_at(ct_claim_set *set, size_t i);

/* Sorts the claims from index 'first' on with 'cmp'. */
void ctp_claim_set_sort(ct_claim_set *set, size_t first,
                        int (*cmp)(const void *, const void *));

#endif
