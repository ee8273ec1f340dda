/* claim_find.h - finding published claims in plain text: sentences,
 * number forms as printed, and which figure is the earlier and which the
 * later, read from cue words (METHODS §4).  The claims found are checked
 * by ct_claim_check (claim.h).
 *
 * Where it sits: check (... -> tables/charts/doc -> check), between
 * document.h and claim.h.
 *
 *     ct_claim_find_text(set, text, len, "report.md", &opt, &err);
 *     // in "Sexual offences increased from 790 to 1,233, an increase of
 *     // 56%." on line 3: a claim at column 17, CT_CLAIM_PCT_CHANGE,
 *     // from 790 to 1233, which ct_claim_check finds consistent
 *     (asserted by test_claim_extract_phrasings in
 *     tests/unit/test_claim_find.c)
 */
#ifndef CRIMETREND_CLAIM_FIND_H
#define CRIMETREND_CLAIM_FIND_H

#include <stdbool.h>
#include <stddef.h>
#include "crimetrend/error.h"
#include "crimetrend/claim.h"

/* The language of the text: it decides the cue words and how a number
 * such as "3.120" is read. */
typedef enum ct_claim_find_lang {
    CT_CLAIM_FIND_AUTO,  /* told sentence by sentence from its words */
    CT_CLAIM_FIND_EN,    /* English */
    CT_CLAIM_FIND_ES     /* Spanish */
} ct_claim_find_lang;

/* Options of a search. */
typedef struct ct_claim_find_options {
    ct_claim_find_lang lang;
    /* Whether a sentence may go on after a blank line, as text taken
     * from a PDF breaks one ("from 33,524 to 34,556, an" / "increase of
     * 3%"): true for raw text; false for text whose blank lines are
     * certain paragraph ends, such as a ct_document's (its reader has
     * joined what runs on, and an HTML page's blocks are the author's). */
    bool join_broken_sentences;
} ct_claim_find_options;

/* Sets the defaults: CT_CLAIM_FIND_AUTO, sentences joined across a
 * blank line. */
void ct_claim_find_options_init(ct_claim_find_options *opt);

/* Finds the claims in a plain text of 'len' bytes (Markdown, or text
 * extracted from a PDF) and appends them with their line and column,
 * unchecked.  Recognised, within a sentence or clause:
 *   "from A to B, an increase of P%", "rose/fell/increased/decreased by P%
 *   (from A to B)", "rose/fell (by) P% to B(,) from A", "rose to B from
 *   A, a rise of P%", "up/down P per cent", "A in 2014 compared with B in
 *   2015 (+P%)", "B, up from A", "A in 2014 and B in 2015", "an increase
 *   of D (P%)", "rose by D to B (P%)", "B ..., P% (or D) fewer/less/lower
 *   /more/higher/greater than (the) A" (B the only count, or rate, before
 *   it in the sentence; with several, none is taken), "P% of the N
 *   offences", "K (P%) of the N", "Of the N offences, K (P%) ...", "R per
 *   1,000" with a count and a population, and a table row with two
 *   figures and the change after them ("Burglary 3,120 3,342 +7%", as
 *   text extraction leaves a table, or a Markdown table row);
 * and, listed as not checkable from the text alone, a change given with
 * no figures ("a fall of 11% compared with 2014") and a rate with no
 * count and population.  Numbers may have ',' thousands separators
 * (also split across a line break after the ','), decimals, "1.2 million"
 * or "1.2k", a sign ('+', '-', U+2212, an en dash) and footnote markers
 * ("34,556¹", "[1]"), which are skipped; "about 1,200" stands for its
 * rounding interval.  A bare four-digit number from 1900 to 2099 is a
 * year ("in 2015"), never a count; numbers in dates, URLs and labels
 * ("Table 3") are not figures; a claim's context names the area and
 * offence for a dataset (ct_claim_check).  Claims are in text order.
 *
 * Each sentence is read in its language (opt->lang, or told from its
 * words): the cue words of each language are tables of data, so Spanish
 * "pasó de A a B, un descenso del P%", "B, frente a los A del año
 * anterior", "un P% más con respecto a 2018, cuando hubo A" are read as
 * their English counterparts, and its numbers the Spanish way ("3.120",
 * "12,5 por ciento", "17 mil 27"; Mexican "19,669" and "8.8" too).  Also
 * read: "80, 959", "3 930" (space or no-break space), "15-percent", "5pc",
 * "three per cent", "394/100,000", "por cada 100 mil habitantes",
 * changes in words ("doubled", "by a third", "se duplicó"), hedges
 * ("nearly", "more than", "casi", "más de": ct_claim.hedge), a sentence
 * broken by a blank line that goes on in lower case, and a figure from
 * the sentence before in the same paragraph when words say which is the
 * earlier ("1,136 this year. Last year there were 1,420, so the fall was
 * 20%"), or, for a sentence that opens by referring to it ("That
 * increased by 25 per cent to 11,898", "Esto supone"; words of each
 * language's table), the one count of the sentence before even across a
 * paragraph break.  Every percentage is a claim, listed not checkable
 * when no figures go with it ("robbery by 1% and theft by 5%"), save
 * shares, levels ("up from 27.7 per cent"), targets and confidence
 * levels; a change in counts beside it gives the earlier figure ("up by
 * 3.4% or 13,479 to a total of 406,497", "fell by 2,237 (1%) to
 * 198,684"); a bounded run of words and years may stand between "from A"
 * and "to B" ("de 23.290 en 2016 a los 19.310"); times in words order two
 * counts ("hace un año", "el presente año"); "K (P% del total)" after "de
 * los cuales / of which" is a share of the whole named before; the number
 * after "per" is a rate's base, never a figure.  Also read: figures
 * glued to words by extraction ("increased1%", "16per cent", "the
 * 400reported"), "35,8%" in English as a decimal comma, short financial
 * years ("in both 22-23 (58,605) and 23-24"), "a P% rise since A",
 * "P% of X, or K of N", "Of N ..., K ... a rate of P%", "of which K were
 * X - P%", "P% of those (K)", and points between two percentages ("a
 * rise of 2.5 percentage points ..., when it stood at 33.3 per cent");
 * "P% lower than ..." never takes earlier figures on nearness alone.
 * A form that reads two
 * ways gets the other reading in
 * ct_claim.alt_*; figures tied to a percentage by nearness alone set
 * ct_claim.loose.  Sentences are read one at a time (cut at 400 tokens),
 * so time is linear in 'len' and the memory held besides the claims is
 * bounded.
 *
 * CT_STATUS_INPUT for text that is not UTF-8 or holds a NUL byte (with its
 * line and column); CT_STATUS_NOMEM. */
ct_status ct_claim_find_text(ct_claim_set *set, const char *text, size_t len,
                             const char *source,
                             const ct_claim_find_options *opt,
                             ct_error *err);

#endif
