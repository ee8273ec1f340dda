/* claim_share.h - the claim finder's reading of shares (claim_share.c).
 * Private to the library; its functions are named ctp_share_. */
#ifndef CRIMETREND_CLAIM_SHARE_H
#define CRIMETREND_CLAIM_SHARE_H

#include "claim_finder.h"

/* Verbs a share is the subject of ("70 percent were aged under 18",
 * "un 17% fueron"). */
extern const char *const ctp_share_verbs[];

/* The hedge written just before figure i ("more than", "less than",
 * "at least", "nearly"), or none. */
ct_claim_hedge ctp_share_hedge_before(const extractor *x, size_t s,
                                      size_t i);

/* Whether percentage i is named as a rate of outcomes ("the detection
 * rate was 37 per cent", "a conviction rate of only 9%", "the 55 percent
 * clearance rate"): a share of the cases, not a change. */
bool ctp_share_outcome_rate_at(const tok *t, size_t s, size_t e, size_t i);

/* Whether percentage i of the sentence [s, e) is a share of a whole
 * rather than a change ("3,925 (76%) of the 5,160", "de los cuales el
 * 40%"), so that no statement of change is made of it. */
bool ctp_share_not_change(const extractor *x, size_t s, size_t e, size_t i);

/* The shares of a sentence, emitted in three steps around its
 * statements of change, so that a figure a statement took is not read
 * again as a share: counts with their shares that add up to a whole said
 * before, first; then shares restating a statement's figures and shares
 * of cases detected or cleared, and a part said after its share; and,
 * after the statements, every other form of share. */
ct_status ctp_share_emit_summing(extractor *x, sentence *st);
ct_status ctp_share_emit_restated(extractor *x, sentence *st);
ct_status ctp_share_emit_rest(extractor *x, sentence *st);

#endif
