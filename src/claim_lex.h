/* claim_lex.h - the lexer of the claim finder (claim_lex.c), as the
 * extractor (claim_find.c) reads it: the tokens of a text (words, numbers
 * with their units, periods, marks and sentence ends), read one sentence
 * at a time in the language of the text, and the word lists and helpers
 * that read a token. */
#ifndef CRIMETREND_CLAIM_LEX_H
#define CRIMETREND_CLAIM_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "crimetrend/claim.h"
#include "crimetrend/error.h"
#include "claim_lang.h"

/* ---- tokens and the lexer ------------------------------------------- */

typedef enum tok_kind {
    TK_WORD,    /* a word, lower-cased */
    TK_NUM,     /* a number with its unit */
    TK_PERIOD,  /* a year or another period label */
    TK_PUNCT,   /* ( ) , or a dash */
    TK_BREAK    /* the end of a sentence, clause, heading or list item */
} tok_kind;

typedef struct tok {
    tok_kind kind;
    size_t off, end;        /* bytes of the text it spans */
    char w[24];             /* WORD: lower-case; PUNCT: the mark */
    ct_claim_figure fig;    /* NUM */
    ct_claim_figure alt;    /* NUM: another reading ("3.120"), if set */
    int sign;               /* NUM: +1 or -1 when written with a sign */
    ct_claim_hedge hedge;         /* NUM: a change in words ("doubled", "a
                               third") is an approximation */
    bool label;             /* NUM: not a figure (a day, "Table 3", a rate
                               base, a duration) */
    bool words;             /* NUM: a change in words ("doubled") */
    bool of_level;          /* NUM: a fraction of an earlier level ("half
                               of what it was"): a hedge before it bounds
                               the level, not the fall */
    bool money;             /* NUM: a sum of money, after a currency's
                               sign or letters ("$558 million", "RM1.46
                               billion", "Rs 40 lakh") */
    bool used;              /* NUM: taken by a claim */
    bool part;              /* NUM: taken as the part of a share, which
                               may still be the later level the next
                               sentence's change reached */
    bool in_pair;           /* NUM: a rate with its base, taken by a pair
                               of rates, still to be listed as a rate */
    bool points_level;      /* NUM: a percentage a change in points
                               compares, which may still be a share of a
                               part and whole ("es decir el 67%, un punto
                               más que ... (66%)") */
    bool para;              /* BREAK: also ends a paragraph */
    int per;                /* NUM: index of its rate base, or -1 */
    int at;                 /* NUM: index of its period ("790 in 2014"),
                               or -1 */
    size_t at_end;          /* NUM: index after it and its period */
    ct_period period;       /* PERIOD */
} tok;

/* The lexer reads one sentence at a time (lex_sentence), so that the
 * tokens held stay few however long the text: those of the sentence
 * being read and of the one before it. */
typedef struct lexer {
    const char *s;          /* the text */
    size_t n;               /* its length */
    size_t i;               /* where reading goes on */
    tok *t;                 /* tokens */
    size_t n_t, cap;
    size_t since_break;     /* tokens since the last sentence end */
    bool line_start, heading, table_row;
    bool done;              /* the end of the text was reached */
    bool spanish;           /* numbers are read the Spanish way */
    bool join_broken;       /* a sentence may go on after a blank line */
    ct_error *err;
} lexer;

/* ---- reading a text ------------------------------------------------- */

/* The language of a text: the one with the most common words among the
 * first 64 KB; English when none is found. */
const lang_table *ctp_lex_text_lang(const char *s, size_t n);

/* The table of a language named by the caller. */
const lang_table *ctp_lex_lang_of(ct_claim_find_lang lang);

/* Reads the next sentence; with the language told by the text itself
 * ('auto_lang'), the sentence may change '*lang', and is then read again
 * when its numbers are written the other way. */
ct_status ctp_lex_in_language(lexer *lx, const lang_table **lang,
                              bool auto_lang);

/* Rewrites the words of tokens [s, lx->n_t) by the language's cues and
 * drops the words a cue leaves over. */
void ctp_lex_apply_cues(lexer *lx, size_t s, const lang_table *lang);

/* The second pass over tokens [from, lx->n_t): periods in words, labels,
 * rate bases. */
void ctp_lex_second_pass(lexer *lx, size_t from);

/* ---- reading a token ------------------------------------------------ */

/* Whether 'w' is one of the words of 'list', which ends in NULL. */
static inline bool in_list(const char *w, const char *const *list)
{
    for (size_t i = 0; list[i] != NULL; i++)
        if (w[0] == list[i][0] && strcmp(w, list[i]) == 0)
            return true;
    return false;
}

/* Whether token t is the word 'w'. */
static inline bool is_word(const tok *t, const char *w)
{
    return t->kind == TK_WORD && t->w[0] == w[0] && strcmp(t->w, w) == 0;
}

/* 10 to the power e (0 to 18): a figure's multiplier or rounding unit as
 * a whole number. */
static inline int64_t ctp_lex_pow10(int e)
{
    int64_t v = 1;
    for (int k = 0; k < e; k++)
        v *= 10;
    return v;
}

/* Whether token t is the mark 'c'. */
static inline bool is_punct(const tok *t, char c)
{
    return t->kind == TK_PUNCT && t->w[0] == c;
}

/* The names of the months, English and Spanish, in full and short. */
extern const char *const ctp_lex_month_names[];

/* The month (1 to 12) word token t names in full ("june", "junio",
 * "setiembre"), or 0. */
int ctp_lex_month_number(const tok *t);

/* Words that name a whole already given: "of these", "de estos". */
extern const char *const ctp_lex_whole_before[];

/* Words of approximation before a figure: "about", "roughly". */
extern const char *const ctp_lex_approx_words[];

/* +1, -1 for a direction word, 0 otherwise. */
int ctp_lex_word_direction(const tok *t);

/* Hedge words before a figure: "nearly", "about", "over"; "more than"
 * and "less than" are read as a pair. */
ct_claim_hedge ctp_lex_hedge_word(const tok *t);

/* "rate" or Spanish "tasa": the word that names a figure as a rate. */
bool ctp_lex_is_rate_word(const tok *t);

/* The count a word token names ("two", "dos": 2), or a figure token's
 * whole value; 0 for none. */
int64_t ctp_lex_count_of(const tok *t);

/* Where the "of" that opens a sentence stands: "Of these", "Out of
 * these", "Most of these", "A bulk of these cases", "The majority of
 * these". */
size_t ctp_lex_opening_of_at(const tok *t, size_t s, size_t e);

/* Whether the word at s[k] names a table's column of changes in per
 * cent: "% Change", "Var.%", "Variación %". */
bool ctp_lex_change_column_word_at(const char *s, size_t n, size_t k);

#endif
