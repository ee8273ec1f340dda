/* claim_finder.h - what the parts of the claim finder share
 * (claim_find.c, which reads sentences into statements and pairs of
 * figures and emits their claims, and claim_share.c, which reads shares
 * of a whole): the extractor, a sentence's pairs and statements, and the
 * helpers both read tokens with.  Private to the library; its functions
 * are named ctp_finder_. */
#ifndef CRIMETREND_CLAIM_FINDER_H
#define CRIMETREND_CLAIM_FINDER_H

#include <stdbool.h>
#include <stddef.h>

#include "crimetrend/claim_find.h"
#include "crimetrend/error.h"
#include "claim_lex.h"

/* Everything known about the text being read. */
typedef struct extractor {
    ct_claim_set *set;      /* where claims go */
    const char *s;          /* the text */
    size_t n;
    const char *source;     /* its name */
    tok *t;                 /* its tokens */
    size_t n_t;
    size_t at_off;          /* a place known: byte offset, */
    unsigned long at_line;  /* its line */
    unsigned long at_col;   /* and column (characters) */
    ct_error *err;
    bool loose_order;       /* the sentence's language puts words
                               between a verb and its figure */
    bool has_single;        /* the previous sentence left one count */
    size_t single;          /* its token */
    int single_role;        /* -1 earlier, +1 later by its cue, or 0 */
    bool single_dated;      /* it has a year of its own */
    bool has_lone_diff;     /* the previous sentence left a change in
                               counts with no level of its */
    size_t lone_diff;       /* its token */
    int lone_diff_dir;      /* its direction */
    int32_t lone_diff_year; /* the year its sentence names, or -1 */
    bool anaphor;           /* the sentence begins with a word that
                               refers to the one before ("That ...") */
    bool any_single;        /* the previous sentence left one count, with
                               or without a cue */
    bool has_carry;         /* the previous sentence left a pair unused */
    size_t carry_a, carry_b;/* its figures (token indices) */
    size_t carry_first, carry_last;
    bool carry_either;      /* its order was only read, not said */
    bool has_diff;          /* the previous sentence left a difference
                               after its level ("377 homicidios, cuatro
                               menos que en 2023") */
    size_t diff_tok, diff_level;
    int diff_dir;
    bool diff_from;         /* its level is the earlier figure ("fell by
                               32 from 134") */
    bool prev_same_para;    /* the sentence before is in the same
                               paragraph (or referred to) */
    size_t pending[4];      /* claims (set indices) of the sentence
                               before: percentages still without figures,
                               which the next sentence may give */
    size_t n_pending;
    int column_order;       /* the last heading of periods ("2014 2015",
                               "2015 YTD 2014 YTD"): +1 earliest first,
                               -1 latest first, 0 none seen */
    bool pct_column;        /* that heading names a column of changes
                               in per cent ("% Change", "Var.%"), whose
                               figures may be printed with no '%' */
    bool tail_periods;      /* the sentence before ended with two
                               periods ("... septiembre 2020 2021") */
    ct_period tail_first, tail_second;  /* those periods */
    bool heading_cell;      /* the sentence before was a heading's cell
                               naming one period ("Burglaries 22-23") */
    ct_period heading_period;  /* that period */
    int item_dir;           /* the direction of the last change in per
                               cent the sentence before stated, or 0 */
} extractor;

/* Two figures a change compares, by the cue that ties them. */
typedef struct pair {
    size_t a, b;          /* earlier and later figure */
    size_t first, last;   /* tokens it spans */
    int dir;              /* direction word before "from", or 0 */
    bool claimed;         /* taken by a statement */
    bool carried;         /* from the previous sentence */
    bool guessed;         /* which is earlier is only guessed (a table
                             row under no heading of periods) */
    bool either;          /* which is earlier is not known: the claim is
                             checked both ways (ct_claim.either_order) */
    bool thereby;         /* "al pasar de A a B": the figures of the change
                             just before, whatever words stand between */
} pair;

/* A statement of change: its percentage, or its change as a count, with
 * what it was said of and the pair it took. */
typedef struct stmt {
    int pct, diff;        /* token of the percentage, of the change, or -1 */
    size_t first, last;   /* tokens it spans */
    int dir;              /* direction in words or by sign */
    int pair;             /* index of its pair, or -1 */
    int from_a, to_b;     /* "by 443 from 790", "by 443 to 1,233", or -1 */
    bool weak;            /* a change known only from "more" or "fewer" */
    bool change_word;     /* a word of change stands by its percentage
                             ("variación del 7,2%") */
    size_t dir_word;      /* the token that gave its direction */
    ct_claim_hedge hedge;       /* "nearly 30%" */
    bool loose;           /* its pair was given by nearness alone */
    bool absorbed;        /* its change went to a percentage's claim */
    bool hedged_count;    /* its change is hedged: "more than 41,000" */
} stmt;

/* Most pairs, and most statements, one sentence holds. */
enum { MAX_PIECES = 64 };

/* A sentence as the finder reads it: its tokens, pairs and statements. */
typedef struct sentence {
    size_t s, e;                  /* token range */
    pair pairs[MAX_PIECES];
    size_t n_pairs;
    stmt stmts[MAX_PIECES];
    size_t n_stmts;
} sentence;

/* A number that can still become part of a claim. */
/* The value a figure stands for, as a double ("2.5m" is 2,500,000, "-3.4"
 * is -3.4): enough to compare sizes or tell on which side of a bound a
 * figure lies, never to decide a verdict (claim.c works exactly). */
static inline double ctp_finder_figure_value(const ct_claim_figure *f)
{
    double v = (double)f->value.digits;
    for (int k = 0; k < f->value.scale; k++)
        v /= 10;
    for (int k = 0; k < f->exp10; k++)
        v *= 10;
    return f->value.negative ? -v : v;
}

static inline bool free_num(const extractor *x, size_t i, size_t e)
{
    return i < e && x->t[i].kind == TK_NUM && !x->t[i].label &&
           !x->t[i].used;
}

static inline bool word_at(const extractor *x, size_t i, size_t e, const char *w)
{
    return i < e && is_word(&x->t[i], w);
}

/* Whether "es decir" stands at tokens k and k + 1, before token e: the
 * words that say the same again ("that is"), as the cue tables leave
 * them, "es" read "is"; "esto es" and "o sea" are read as them too. */
static inline bool that_is_at(const tok *t, size_t k, size_t e)
{
    return k + 1 < e && (is_word(&t[k], "is") || is_word(&t[k], "es")) &&
           is_word(&t[k + 1], "decir");
}

static inline bool punct_at(const extractor *x, size_t i, size_t e, char c)
{
    return i < e && is_punct(&x->t[i], c);
}

/* Most counts a sentence and the one before it may hold for a pair to be
 * found by the change it gives: past this many, some pair agrees with any
 * percentage by chance. */
enum { MAX_NEARBY = 8 };

/* Words of change ("change", "changed"), the small words of a pattern
 * ("from", "to", "compared", "with"...) and the comparatives ("more",
 * "fewer") the patterns are written in. */
extern const char *const ctp_finder_change_words[];
extern const char *const ctp_finder_structure_words[];
extern const char *const ctp_finder_comparative_words[];

/* Whether ") [noun] fewer/more than" follows at token k: "905 (5,18 %)
 * casos menos que", a difference and its percentage, no share. */
bool ctp_finder_comparative_after(const tok *t, size_t k, size_t e);

/* Whether token i is a count that may stand for a level or a change: a
 * figure, not a percentage, a rate or a year. */
bool ctp_finder_plain_count(const extractor *x, size_t i, size_t e);

/* Whether token i may be one of the two counts a percentage compares,
 * found by nearness: a free figure, not a percentage, a rate, a year or a
 * number in words. */
bool ctp_finder_nearby_count(const extractor *x, size_t i, size_t e);

/* The figure of a claim read from token t (a rate keeps its base). */
void ctp_finder_claim_figure_from_tok(const tok *t, ct_claim_figure *f);

/* Sets the place, text and context of a claim spanning tokens
 * [first, last] whose clause starts at token 'clause'. */
void ctp_finder_claim_at(const extractor *x, const sentence *st, ct_claim *c,
                         size_t clause, size_t first, size_t last);

/* Adds claim c to the extractor's set; a change between two figures
 * printed the same loses them, as they are not the two it compares. */
ct_status ctp_finder_emit(extractor *x, const ct_claim *c);

/* Checks claim c as it stands and says whether it holds (consistent or
 * hedged): the test by which the rules take figures no word ties to a
 * claim. */
bool ctp_finder_claim_agrees(ct_claim *c);

/* Whether a claim already stands on the figure at token i. */
bool ctp_finder_figure_claimed(const extractor *x, size_t i);

#endif
