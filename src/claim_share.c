/* claim_share.c - shares of a whole in text (claim_share.h): a
 * percentage that is a part of a whole rather than a change ("3,925
 * (76%) of the 5,160", "el 10,2% del total de 36.780"), told apart from a
 * change while statements are read, and emitted as claims once a
 * sentence's changes have taken their figures. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/exact.h"
#include "claim_internal.h"
#include "claim_lex.h"
#include "claim_finder.h"
#include "claim_share.h"


/* A free percentage that can be a share: not percentage points. */
static bool free_share_pct(const extractor *x, size_t i, size_t e)
{
    const tok *t = &x->t[i];
    bool level = i < e && t->kind == TK_NUM && t->used && t->points_level &&
                 !t->label;
    return (free_num(x, i, e) || level) && t->fig.is_percent &&
           !t->fig.is_points;
}

/* The hedge before a share: "less than 2 percent of", "nearly 20 per
 * cent of", "just over 30% of". */
ct_claim_hedge ctp_share_hedge_before(const extractor *x, size_t s,
                                      size_t i)
{
    const tok *t = x->t;
    if (i < s + 1)
        return CT_CLAIM_HEDGE_NONE;
    if (i >= s + 2 && is_word(&t[i - 1], "than"))
        return is_word(&t[i - 2], "more") ? CT_CLAIM_HEDGE_ABOVE
               : is_word(&t[i - 2], "less") || is_word(&t[i - 2], "fewer")
                   ? CT_CLAIM_HEDGE_LESS : CT_CLAIM_HEDGE_NONE;
    /* "at least 34%", "al menos el 34%" */
    size_t k = i > s && is_word(&t[i - 1], "the") ? i - 1 : i;
    if (k >= s + 2 && is_word(&t[k - 1], "least") && is_word(&t[k - 2], "at"))
        return CT_CLAIM_HEDGE_AT_LEAST;
    /* "(casi el 45% del total)": the hedge before the article. */
    if (k < i && k > s && ctp_lex_hedge_word(&t[k - 1]) != CT_CLAIM_HEDGE_NONE)
        return ctp_lex_hedge_word(&t[k - 1]);
    return ctp_lex_hedge_word(&t[i - 1]);
}

static ct_claim_hedge share_hedge(const extractor *x, size_t s, size_t i)
{
    ct_claim_hedge h = x->t[i].hedge;
    /* "menos de la mitad de los 199": a fraction in words takes the
     * hedge written before it. */
    if (h == CT_CLAIM_HEDGE_NONE || h == CT_CLAIM_HEDGE_WORD) {
        ct_claim_hedge before = ctp_share_hedge_before(x, s, i);
        if (before != CT_CLAIM_HEDGE_NONE)
            return before;
    }
    return h;
}

/* Verbs whose subject is a percentage that is a share ("76 per cent
 * were race hate crimes", "el 61,4 % fueron mujeres"). */
const char *const ctp_share_verbs[] = {
    "were", "was", "are", "is", "had", "have", "involved", "fueron",
    "fue", "eran", "era", "son", "tenían", "correspondían", NULL
};

/* The "of" that opens a sentence ("Of the 1,233 offences", "Out of 234
 * robbery cases"), also after a dateline ("Kumasi, June 13, GNA - Out
 * of 234"); SIZE_MAX when there is none before token e. */
static size_t opening_of(const tok *t, size_t s, size_t e)
{
    size_t o = s;
    /* "En tanto, de los 85 homicidios": a connective and a comma; "the
     * fact that from the 411 increased cases, 319 or 77% are": a clause
     * that opens on the whole. */
    for (size_t k = s; k < e && k < s + 20; k++)
        /* "De acuerdo a Menchú, de los 296 homicidios": a short
         * attribution before the comma. */
        if (((is_punct(&t[k], ',') &&
              (k < s + 6 ||
               /* "De acuerdo con el Balance ... del año, de los 939
                * delitos": a longer one before "of the" and a figure */
               (k + 3 < e && is_word(&t[k + 1], "of") &&
                is_word(&t[k + 2], "the") && t[k + 3].kind == TK_NUM))) ||
             is_word(&t[k], "that") ||
             /* "Los datos federales indicaron que de las 810 personas
              * asesinadas": "que" has been read "than" */
             (is_word(&t[k], "than") && k + 3 < e &&
              is_word(&t[k + 1], "of") && is_word(&t[k + 2], "the") &&
              t[k + 3].kind == TK_NUM)) &&
            k + 1 < e &&
            (is_word(&t[k + 1], "of") || is_word(&t[k + 1], "out") ||
             (is_word(&t[k + 1], "from") && k + 2 < e &&
              is_word(&t[k + 2], "the")))) {
            o = k + 1;
            break;
        }
    for (int pass = 0; pass < 2; pass++) {
        if (o < e && is_word(&t[o], "out"))
            o++;
        /* "From the 411 increased cases, 319 or 77% are ..." */
        if (o < e && (is_word(&t[o], "of") ||
                      (is_word(&t[o], "from") && o + 1 < e &&
                       is_word(&t[o + 1], "the"))))
            return o;
        /* Past a dateline's dash. */
        o = SIZE_MAX;
        for (size_t k = s; k < e && k < s + 10; k++)
            if (is_punct(&t[k], '-')) {
                o = k + 1;
                break;
            }
        if (o == SIZE_MAX)
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* "Of the 103,379 offences recorded by police, 76 per cent were race
 * hate crimes", "Of the 577,054 combined stops and searches, 437,139
 * resulted in no further action (76%)": percentage i, followed by a verb
 * of being or standing alone in brackets, is a share of the whole that
 * opens the sentence. */
static bool share_of_opening_whole(const tok *t, size_t s, size_t e, size_t i)
{
    /* "Out of 234 robbery cases reported, ... 130 cases representing
     * 55.5 per cent" */
    static const char *const representing[] = {
        "representing", "representando", NULL
    };
    size_t o = opening_of(t, s, i);
    if (o == SIZE_MAX)
        return false;
    size_t k = o + 1;
    while (k < i && (is_word(&t[k], "the") || is_word(&t[k], "all")))
        k++;
    bool bracketed = i > s && is_punct(&t[i - 1], '(') && i + 1 < e &&
                     is_punct(&t[i + 1], ')');
    bool represents = i > s && t[i - 1].kind == TK_WORD &&
                      in_list(t[i - 1].w, representing);
    return is_word(&t[o], "of") && k < i && t[k].kind == TK_NUM &&
           t[k].fig.is_exact && i + 1 <= e &&
           ((i + 1 < e && t[i + 1].kind == TK_WORD &&
             in_list(t[i + 1].w, ctp_share_verbs)) ||
            bracketed || represents);
}

/* Where the up to three words before token i start, past a '-' or ','
 * right before it: the count of "of which" stands before them ("of
 * which 1200 were houses - 77 per cent"). */
static size_t words_before(const tok *t, size_t s, size_t i)
{
    size_t k = i;
    if (k > s && (is_punct(&t[k - 1], '-') || is_punct(&t[k - 1], ',')))
        k--;
    for (size_t words = 0; words < 3 && k > s && t[k - 1].kind == TK_WORD;
         words++)
        k--;
    return k;
}

/* The words that lead from a part to its whole at token j: "of", "out
 * of", "of the", "of all", "out of a total of", "sobre (las)", "sobre un
 * total de".  Returns the token after them, or j when none stand there;
 * with 'plain', only the forms no other reading shares ("out of", "a
 * total of", "sobre"). */
static size_t whole_named_at(const tok *t, size_t j, size_t e, bool plain)
{
    size_t k = j;
    bool sure = false;
    if (k < e && is_word(&t[k], "sobre")) {
        k++;
        sure = true;
    } else {
        if (k < e && is_word(&t[k], "out")) {
            k++;
            sure = true;
        }
        if (k >= e || !is_word(&t[k], "of"))
            return j;
        k++;
    }
    while (k < e && (is_word(&t[k], "the") || is_word(&t[k], "all")))
        k++;
    if (k + 2 < e && is_word(&t[k], "a") && is_word(&t[k + 1], "total") &&
        is_word(&t[k + 2], "of")) {
        k += 3;
        sure = true;
    } else if (k + 1 < e && is_word(&t[k], "a") &&
               is_word(&t[k + 1], "total") && t[k + 2].kind == TK_NUM) {
        k += 2;     /* "3.1m of a total 3.7m offences" */
        sure = true;
    } else if (k + 1 < e && is_word(&t[k], "total") &&
               is_word(&t[k + 1], "of")) {
        k += 2;     /* "del total de 37.878" */
    }
    return plain && !sure ? j : k;
}


/* "el 16,3% del total de infracciones penales, 99.413 sobre las
 * 606.895", "79.02 por ciento, o sea 976 de mil 235": percentage i, a
 * few words with a comma or bracket among them, then a part "of" a
 * whole.  Returns the part's token and sets '*whole', or -1. */
static int part_of_whole_after(const tok *t, size_t s, size_t i, size_t e,
                               size_t *whole)
{
    /* "rose 12%, and 400 of the 1,000 were ..." is a change. */
    for (size_t q = i; q > s && i - q < 4 && t[q - 1].kind == TK_WORD; q--)
        if (ctp_lex_word_direction(&t[q - 1]) != 0)
            return -1;
    bool mark = false;
    size_t k = i + 1;
    while (k < e && k - i < 20 &&
           (t[k].kind == TK_WORD || t[k].kind == TK_PUNCT)) {
        mark |= is_punct(&t[k], ',') || is_punct(&t[k], '(') ||
                is_punct(&t[k], '-') || is_punct(&t[k], ':');
        /* "de los ilícitos más frecuentes": "más" between a noun and an
         * adjective is "most", no change. */
        bool most = is_word(&t[k], "more") && t[k - 1].kind == TK_WORD &&
                    k + 1 < e && t[k + 1].kind == TK_WORD &&
                    !is_word(&t[k + 1], "than");
        if (ctp_lex_word_direction(&t[k]) != 0 && !most)
            return -1;
        k++;
    }
    if (!mark || k + 2 >= e || t[k].kind != TK_NUM)
        return -1;
    size_t j = whole_named_at(t, k + 1, e, false);
    /* "240 arrebatos sobre un total de 2908 delitos": a noun may follow
     * the part when the words before the whole say "out of" plainly. */
    if (j == k + 1 && t[k + 1].kind == TK_WORD) {
        j = whole_named_at(t, k + 2, e, true);
        if (j == k + 2)
            return -1;
    }
    if (j == k + 1 || j >= e || t[j].kind != TK_NUM)
        return -1;
    /* Figures rounded to millions ("3.1m of a total 3.7m") stand for
     * their rounding interval, as the check allows. */
    const ct_claim_figure *pf = &t[k].fig, *wf = &t[j].fig;
    if (!(pf->is_exact || pf->exp10 > 0) || !(wf->is_exact || wf->exp10 > 0) ||
        pf->is_percent || wf->is_percent || pf->is_points ||
        wf->is_points || t[k].per >= 0 || t[j].per >= 0 ||
        /* a part is no larger than its whole, as printed */
        fabs(ctp_finder_figure_value(pf)) > fabs(ctp_finder_figure_value(wf)))
        return -1;
    *whole = j;
    return (int)k;
}

/* "police attended 10,963 of 47,228 car thefts last year – just 23%",
 * "cleared 11 of 13 burglaries, ..., a clearance rate of 84.61 percent":
 * a part "of" a whole, then after a dash or comma and a few words with
 * no direction among them, percentage i.  Returns the part's token and
 * sets '*whole', or -1. */
static int part_of_whole_before(const tok *t, size_t s, size_t i,
                                size_t *whole)
{
    /* "7 de los 235 femicidios ... tiene sentencia condenatoria (un 3%
     * del total)": the share in brackets sets it off as a comma does. */
    bool mark = (i > s && is_punct(&t[i - 1], '(')) ||
                (i > s + 1 && is_punct(&t[i - 2], '(') &&
                 (is_word(&t[i - 1], "a") || is_word(&t[i - 1], "the")));
    size_t k = i;
    /* "suman 40 de los 133 feminicidios ... en el periodo de enero a
     * octubre del año en curso, esto es, el 30 por ciento del total": a
     * period named between is no figure. */
    while (k > s && i - k < 30) {
        const tok *q = &t[k - 1];
        /* "(FGEVER)": an aside of words in brackets */
        if (q->kind == TK_PERIOD || is_punct(q, '(') || is_punct(q, ')')) {
            k--;
            continue;
        }
        /* "13,534 cases reported in 19 metro cities during 2022, or
         * 73.4%": a count after "in" names where, and is no whole. */
        if (q->kind == TK_NUM && mark && k - 1 > s + 3 &&
            (is_word(&t[k - 2], "in") || is_word(&t[k - 2], "across"))) {
            k -= 2;
            continue;
        }
        if (q->kind == TK_NUM)
            break;
        if (q->kind == TK_PUNCT) {
            if (q->w[0] != ',' && q->w[0] != '-')
                return -1;
            mark = true;
        } else if (ctp_lex_word_direction(q) != 0) {
            return -1;
        } else if ((is_word(q, "for") || is_word(q, "with")) &&
                   is_word(&t[k], "a")) {
            /* "cleared 493 of 1,336 files for a 37 per cent clearance
             * rate", "solve 1,037 of the 4,035 cases with a detection
             * rate of only 25.70 per cent": what the share makes. */
            mark = true;
        }
        k--;
    }
    if (!mark || k < s + 3 || t[k - 1].kind != TK_NUM)
        return -1;
    size_t n = k - 1, j = n;
    while (j > s && (is_word(&t[j - 1], "the") || is_word(&t[j - 1], "all")))
        j--;
    if (j < s + 2 || !is_word(&t[j - 1], "of"))
        return -1;
    size_t part = j - 2;
    /* "concentraron 675 delitos de los 1,110", "9,940 cyber crime cases
     * of the 13,534": what is counted, in up to three words, may stand
     * between the part and "of"; after "out of" (or "de un total de"),
     * which says a whole follows, up to six ("552 víctimas de delitos
     * de odio antihispanos de un total de 8 mil 493"). */
    int most = is_word(&t[part], "out") ? 7 : 3;
    for (int w = 0; w < most && t[part].kind == TK_WORD && part > s &&
                    ctp_lex_word_direction(&t[part]) == 0;
         w++)
        part--;
    if (t[part].kind != TK_NUM)
        return -1;
    const ct_claim_figure *pf = &t[part].fig, *wf = &t[n].fig;
    if (!pf->is_exact || !wf->is_exact || pf->is_percent || wf->is_percent ||
        t[part].per >= 0 || t[n].per >= 0 ||
        pf->value.digits > wf->value.digits)
        return -1;
    *whole = n;
    return (int)part;
}

/* The whole a list of parts opens after, at token k ("183.908 (", "un
 * total de 194.658 víctimas, siendo"): a count just before, maybe with
 * a word and a comma between.  Its token, or -1. */
static int whole_before_list(const tok *t, size_t s, size_t k)
{
    size_t q = k;
    if (q > s && is_punct(&t[q - 1], ','))
        q--;
    if (q > s && t[q - 1].kind == TK_WORD && is_word(&t[k], "siendo"))
        q--;
    if (q > s && t[q - 1].kind == TK_NUM && !t[q - 1].fig.is_percent &&
        t[q - 1].per < 0)
        return (int)(q - 1);
    return -1;
}

/* "de las que fueron españolas 126.963, el 65,22 %", "(españolas
 * 115.737, el 62,93 % y extranjeras 68.171, el 37,07%)": a part, a comma
 * and "the" share, in a list whose whole is named before "of which" or
 * before the bracket the list opens.  The part's token, or -1. */
static int comma_the_part(const tok *t, size_t s, size_t e, size_t i)
{
    if (!(i >= s + 3 && is_word(&t[i - 1], "the") &&
          is_punct(&t[i - 2], ',') && t[i - 3].kind == TK_NUM &&
          !t[i - 3].fig.is_percent && t[i - 3].per < 0 &&
          !(i + 1 < e && t[i + 1].kind == TK_WORD &&
            in_list(t[i + 1].w, ctp_finder_comparative_words))))
        return -1;
    for (size_t k = i - 3; k-- > s && i - k <= 24;) {
        if (is_punct(&t[k], ')'))
            return -1;
        if ((is_word(&t[k], "which") && k > s && is_word(&t[k - 1], "of")) ||
            ((is_punct(&t[k], '(') || is_word(&t[k], "siendo")) && k > s &&
             whole_before_list(t, s, k) >= 0))
            return (int)(i - 3);
    }
    return -1;
}

/* "of which 315 victims (73%) were women": the part, a noun and the
 * share in brackets after "of which".  Returns the part's token, or
 * -1. */
static int which_part_before(const tok *t, size_t s, size_t i)
{
    if (i >= s + 5 && is_punct(&t[i - 1], '(') && t[i - 2].kind == TK_WORD &&
        t[i - 3].kind == TK_NUM && is_word(&t[i - 4], "which") &&
        is_word(&t[i - 5], "of"))
        return (int)(i - 3);
    return -1;
}

/* A fraction in words, which a percentage in brackets may say again:
 * "just over half (55%) of the 16,741". */
static const char *const fraction_words[] = {
    "half", "third", "thirds", "quarter", "quarters", "fifth", "mitad",
    "tercio", "tercios", "cuarto", "quinto", NULL
};

/* Whether percentage i restates a part of a whole as a share: "22,012
 * (44 per cent) were ...", "around a third (34%) of all", "of which 1200
 * were houses - 77 per cent", "551 of the 1,233 offences (45%)". */
static bool part_as_share(const tok *t, size_t s, size_t e, size_t i)
{
    size_t whole;
    if (share_of_opening_whole(t, s, e, i) ||
        part_of_whole_before(t, s, i, &whole) >= 0 ||
        part_of_whole_after(t, s, i, e, &whole) >= 0)
        return true;
    if (i >= s + 2 && is_punct(&t[i - 1], '(') &&
        (t[i - 2].kind == TK_NUM ||
         (t[i - 2].kind == TK_WORD && in_list(t[i - 2].w, fraction_words))) &&
        !ctp_finder_comparative_after(t, i + 1, e))
        return true;
    /* "9,727 (or 48%)", but not "an increase of 9103 (or 5.8 per
     * cent)": the count before must not be a change. */
    if (i >= s + 3 && is_word(&t[i - 1], "or") && is_punct(&t[i - 2], '(') &&
        t[i - 3].kind == TK_NUM && !t[i - 3].fig.is_percent &&
        t[i - 3].sign == 0 && !ctp_finder_comparative_after(t, i + 1, e)) {
        size_t q = i - 3;
        bool change =
            q > s &&
            (ctp_lex_word_direction(&t[q - 1]) != 0 ||
             ((is_word(&t[q - 1], "of") || is_word(&t[q - 1], "by")) &&
              q > s + 1 &&
              (ctp_lex_word_direction(&t[q - 2]) != 0 ||
               in_list(t[q - 2].w, ctp_finder_change_words))));
        if (!change)
            return true;
    }
    /* "más de la mitad, un 52 %, de los casos": the fraction said in
     * figures, between commas. */
    size_t f = i;
    if (f > s && (is_word(&t[f - 1], "a") || is_word(&t[f - 1], "the")))
        f--;
    if (f >= s + 2 && is_punct(&t[f - 1], ',') &&
        ((t[f - 2].kind == TK_WORD && in_list(t[f - 2].w, fraction_words)) ||
         (t[f - 2].kind == TK_NUM && t[f - 2].words && t[f - 2].sign == 0)) &&
        i + 1 < e &&
        (is_punct(&t[i + 1], ',') || is_word(&t[i + 1], "of")))
        return true;
    if (which_part_before(t, s, i) >= 0 || comma_the_part(t, s, e, i) >= 0)
        return true;
    /* "Out of these, 3,033 cases (72.82 per cent)": in a sentence that
     * opens with "of which", a count, its noun and the share. */
    size_t o = is_word(&t[s], "out") ? s + 1 : s;
    if (o + 1 < i && is_word(&t[o], "of") && is_word(&t[o + 1], "which") &&
        i >= s + 3 && is_punct(&t[i - 1], '(') && t[i - 2].kind == TK_WORD &&
        t[i - 3].kind == TK_NUM && !t[i - 3].fig.is_percent)
        return true;
    /* "of which 1200 were houses - 77 per cent" */
    size_t k = words_before(t, s, i);
    if (k < i && k >= s + 3 && t[k - 1].kind == TK_NUM &&
        is_word(&t[k - 2], "which") && is_word(&t[k - 3], "of"))
        return true;
    /* "551 of the 1,233 offences (45%)". */
    if (i >= s + 2 && is_punct(&t[i - 1], '(')) {
        k = i - 1;
        while (k > s && k + 4 > i && t[k - 1].kind == TK_WORD)
            k--;
        if (k > s && t[k - 1].kind == TK_NUM && k >= s + 2 &&
            (is_word(&t[k - 2], "of") || is_word(&t[k - 2], "the")))
            return true;
    }
    /* "del 58% (22.148 delitos del total de 37.878)": the part and its
     * whole in the bracket after the share. */
    if (i + 5 < e && is_punct(&t[i + 1], '(') && t[i + 2].kind == TK_NUM &&
        t[i + 2].fig.is_exact && !t[i + 2].fig.is_percent) {
        size_t q = i + 3;
        if (t[q].kind == TK_WORD && !is_word(&t[q], "of"))
            q++;
        size_t w = whole_named_at(t, q, e, false);
        if (w != q && w < e && t[w].kind == TK_NUM && t[w].fig.is_exact &&
            !t[w].fig.is_percent)
            return true;
    }
    /* "La mayoría (191, un 37%)": a count and its share in one bracket. */
    k = i;
    if (k > s && (is_word(&t[k - 1], "a") || is_word(&t[k - 1], "the")))
        k--;
    if (k >= s + 3 && is_punct(&t[k - 1], ',') && t[k - 2].kind == TK_NUM &&
        !t[k - 2].fig.is_percent && t[k - 2].fig.is_exact &&
        is_punct(&t[k - 3], '('))
        return true;
    /* "A bulk of these cases (7,805, or 27.3 per cent)", "(3,201 or 11.2
     * per cent)": so with "or". */
    if (i >= s + 3 && is_word(&t[i - 1], "or")) {
        k = is_punct(&t[i - 2], ',') ? i - 3 : i - 2;
        if (k > s && t[k].kind == TK_NUM && !t[k].fig.is_percent &&
            t[k].fig.is_exact && is_punct(&t[k - 1], '('))
            return true;
    }
    return false;
}

/* "5 municipios concentraron 81% de los homicidios: SLRC (30%), Cajeme
 * (14%)": a bare percentage after a share of the same sentence breaks
 * that share down, a share too. */
static bool after_share(const tok *t, size_t s, size_t i)
{
    for (size_t k = s; k + 1 < i; k++)
        if (t[k].kind == TK_NUM && t[k].fig.is_percent &&
            !t[k].fig.is_points && is_word(&t[k + 1], "of"))
            return true;
    return false;
}

/* Whether tokens [from, e) hold a word of change or of comparison
 * ("than", "compared", "frente a los seis"). */
static bool words_of_change(const tok *t, size_t from, size_t e)
{
    static const char *const comparing[] = {
        "than", "compared", "since", NULL
    };
    for (size_t k = from; k < e; k++) {
        if (t[k].kind != TK_WORD)
            continue;
        if (ctp_lex_word_direction(&t[k]) != 0 ||
            in_list(t[k].w, ctp_finder_change_words) ||
            in_list(t[k].w, comparing))
            return true;
        /* "against" or "versus" a figure, not "crime against women" */
        if ((is_word(&t[k], "against") || is_word(&t[k], "versus")) &&
            ((k + 1 < e && t[k + 1].kind == TK_NUM) ||
             (k + 2 < e && t[k + 2].kind == TK_NUM)))
            return true;
    }
    return false;
}

/* "registered under 'cruelty by husband' (30.9%), followed by 'assault'
 * (21.8%)": a percentage alone in brackets, with no word of change or
 * comparison in its sentence breaks a whole down: a share.  The sentence
 * before in its paragraph may give it the change ("Los delitos que más
 * aumentan. Corresponden al robo (63,1%)"), unless this one names its
 * whole ("Majority of cases ..."). */
static bool bracketed_in_still_text(const extractor *x, size_t s, size_t e,
                                    size_t i)
{
    static const char *const whole_words[] = {
        "majority", "most", "mayoría", "share", "proportion", NULL
    };
    const tok *t = x->t;
    if (i == s || i + 1 >= e || !is_punct(&t[i - 1], '(') ||
        !is_punct(&t[i + 1], ')'))
        return false;
    /* "correspondiendo la mayor parte de éstas a hurtos (31,67 %)": the
     * whole broken down is named after the last word of change. */
    for (size_t k = i; k-- > s && ctp_lex_word_direction(&t[k]) == 0;)
        if (t[k].kind == TK_WORD && (in_list(t[k].w, whole_words) ||
                                     is_word(&t[k], "parte")))
            return true;
    if (words_of_change(t, s, e))
        return false;
    if (!x->prev_same_para)
        return true;
    for (size_t k = s; k < i; k++)
        if (t[k].kind == TK_WORD && in_list(t[k].w, whole_words))
            return true;
    return !words_of_change(t, 0, s);
}

/* "De los 114 homicidios, ... resolvieron 112 homicidios, un 98.2 %": in
 * a sentence that opens with its whole, a percentage right after a count
 * ("112 homicidios, un 98.2 %") is that count's share. */
static bool share_of_opened_whole(const extractor *x, size_t s, size_t e,
                                  size_t i)
{
    const tok *t = x->t;
    size_t o = opening_of(t, s, i);
    if (o == SIZE_MAX)
        return false;
    o++;
    while (o < i && (is_word(&t[o], "the") || is_word(&t[o], "all") ||
                     is_word(&t[o], "these") || is_word(&t[o], "estas") ||
                     is_word(&t[o], "estos")))
        o++;
    if (o >= i || t[o].kind != TK_NUM)
        return false;
    size_t k = i;
    if (k > s && (is_word(&t[k - 1], "a") || is_word(&t[k - 1], "the")))
        k--;
    /* "Of the 37 homicides so far this year, 22 — or 59 per cent — of
     * the homicides have been solved" */
    bool dash_or = k >= s + 3 && is_word(&t[k - 1], "or") &&
                   is_punct(&t[k - 2], '-');
    if (dash_or)
        k--;
    if (k < s + 2 || !(is_punct(&t[k - 1], ',') || dash_or))
        return false;
    k--;
    /* the count, and a noun after it */
    if (t[k - 1].kind == TK_WORD && k >= s + 2)
        k--;
    return t[k - 1].kind == TK_NUM && k - 1 > o &&
           !t[k - 1].fig.is_percent && t[k - 1].per < 0 && i < e;
}

/* A share claim: the percentage 'pub' (qualified by 'hedge') of tokens
 * 'part' and 'whole'. */
static void share_claim(const tok *t, const ct_claim_figure *pub,
                        ct_claim_hedge hedge, size_t part, size_t whole,
                        ct_claim *c)
{
    ct_claim_init(c);
    c->measure = CT_CLAIM_SHARE;
    c->published = *pub;
    c->hedge = hedge;
    ctp_finder_claim_figure_from_tok(&t[part], &c->from);
    ctp_finder_claim_figure_from_tok(&t[whole], &c->to);
}

/* A share found in a sentence, as the share patterns below read it. */
typedef struct share {
    ct_claim_figure published; /* the percentage */
    int part;                  /* token of the part, or -1 when not given */
    size_t whole;              /* token of the whole */
    size_t lo, hi;             /* tokens the claim spans */
    ct_claim_hedge hedge;      /* "nearly 45%" */
    bool loose;                /* only nearness ties the whole to it */
} share;

/* "The report says 2,073 hate crimes ... were committed. Hate crimes
 * ... account for 0.1 per cent of the over 1.9 million non-traffic
 * crimes": a share of a whole with no part, the sentence before in the
 * same paragraph leaving one count, which agrees with it as the part.
 * Nothing but agreement ties them, so a count that disagrees is left,
 * and the share stays no claim. */
static bool part_left_before(const extractor *x, const sentence *st,
                             ct_claim *c)
{
    const tok *t = x->t;
    if (!x->any_single || !x->prev_same_para || x->single >= st->s ||
        t[x->single].kind != TK_NUM || !t[x->single].fig.is_exact ||
        t[x->single].fig.is_percent || t[x->single].per >= 0)
        return false;
    ct_claim trial = *c;
    ctp_finder_claim_figure_from_tok(&t[x->single], &trial.from);
    ct_error e = CT_ERROR_INIT;
    if (ct_claim_check(&trial, NULL, &e) != CT_STATUS_OK ||
        !(trial.verdict == CT_CLAIM_CONSISTENT ||
          trial.verdict == CT_CLAIM_HEDGED))
        return false;
    c->from = trial.from;
    c->loose = true;
    return true;
}

/* Every share pattern ends the same way: the claim with its figures and
 * its place in the sentence. */
/* Whether the part at token 'part' is dated a later year than the whole
 * at 'whole': "2,121 denuncias [2015], un 13% de las 2,438 que se
 * registraron en 2014" sets two years side by side. */
static bool dated_apart(const tok *t, size_t s, size_t e, size_t part,
                        size_t whole)
{
    int at = t[part].at;
    /* "Al final de 2015 se reportaron 2,121": a year opening the clause */
    for (size_t k = part; at < 0 && k-- > s;)
        if (t[k].kind == TK_PERIOD)
            at = (int)k;
        else if (t[k].kind == TK_NUM)
            break;
    /* "de las 2,438 que se registraron en 2014": a year a few words on */
    int wat = t[whole].at;
    for (size_t k = whole + 1; wat < 0 && k < e && k <= whole + 6; k++)
        if (t[k].kind == TK_PERIOD)
            wat = (int)k;
        else if (t[k].kind != TK_WORD)
            break;
    if (at < 0 || wat < 0)
        return false;
    const ct_period *pp = &t[at].period, *pw = &t[wat].period;
    return pp->kind == CT_PERIOD_YEAR && pw->kind == CT_PERIOD_YEAR &&
           pp->start > pw->start;
}

/* A "share" of a whole of an earlier year that is wrong as a share but
 * right as the change from the whole to the part ("2,121 denuncias, un
 * 13% de las 2,438 que se registraron en 2014": -13.0%, the word for
 * less left out) is read as that change, as another reasonable reading
 * must not be called wrong. */
static void change_not_share(ct_claim *c)
{
    ct_claim as_share = *c, change = *c;
    ct_error e = CT_ERROR_INIT;
    if (ct_claim_check(&as_share, NULL, &e) != CT_STATUS_OK ||
        as_share.verdict != CT_CLAIM_INCONSISTENT)
        return;
    change.measure = CT_CLAIM_PCT_CHANGE;
    ct_claim_figure whole = c->to;
    change.to = c->from;
    change.from = whole;
    ct_claim trial = change;
    if (ct_claim_check(&trial, NULL, &e) == CT_STATUS_OK &&
        trial.verdict != CT_CLAIM_INCONSISTENT &&
        trial.verdict != CT_CLAIM_NOT_CHECKABLE)
        *c = change;
}

static ct_status emit_share(extractor *x, const sentence *st, const share *sh)
{
    ct_claim c;
    ct_claim_init(&c);
    c.measure = CT_CLAIM_SHARE;
    c.published = sh->published;
    c.hedge = sh->hedge;
    /* "almost 20 per cent of these - 44,364 -": the words before the
     * share hedge it, whichever pattern found it. */
    for (size_t k = sh->lo; c.hedge == CT_CLAIM_HEDGE_NONE && k <= sh->hi;
         k++)
        if (x->t[k].kind == TK_NUM && x->t[k].fig.is_percent) {
            c.hedge = share_hedge(x, st->s, k);
            break;
        }
    if (sh->part >= 0) {
        ctp_finder_claim_figure_from_tok(&x->t[sh->part], &c.from);
        x->t[sh->part].part = true;
    }
    ctp_finder_claim_figure_from_tok(&x->t[sh->whole], &c.to);
    ctp_finder_claim_at(x, st, &c, st->s, sh->lo, sh->hi);
    c.loose = sh->loose;
    if (sh->part >= 0 && dated_apart(x->t, st->s, st->e,
                                     (size_t)sh->part, sh->whole))
        change_not_share(&c);
    /* "75% of the 70,911 people were female": with no part, a share of a
     * large whole says nothing to check and is no claim; of a small one
     * ("43% of the 28") it is still checked, as only some parts fit. */
    if (sh->part < 0) {
        ct_claim trial = c;
        ct_error e = CT_ERROR_INIT;
        if (ct_claim_check(&trial, NULL, &e) == CT_STATUS_OK &&
            trial.verdict == CT_CLAIM_NOT_CHECKABLE &&
            !part_left_before(x, st, &c))
            return CT_STATUS_OK;
    }
    return ctp_finder_emit(x, &c);
}

/* Emits the share at pcts[k] of each part at parts[k] of the whole at
 * token 'whole', the first claim's words from the sentence's start;
 * 'loose' when only nearness ties the whole to them. */
static ct_status emit_parts_of_whole(extractor *x, const sentence *st,
                                     const size_t *parts, const size_t *pcts,
                                     size_t np, size_t whole, bool loose)
{
    tok *t = x->t;
    for (size_t k = 0; k < np; k++) {
        share sh = {.published = t[pcts[k]].fig, .part = (int)parts[k],
            .whole = whole, .lo = k ? parts[k] : st->s, .hi = pcts[k],
            .hedge = share_hedge(x, st->s, pcts[k]), .loose = loose};
        t[parts[k]].used = t[pcts[k]].used = t[whole].used = true;
        ct_status rc = emit_share(x, st, &sh);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* Whether the words at token k refer to a whole already named: "de
 * estos robos", "de los casos", "del total", "of these", "of them" (the
 * cue table has made "de" and "del" "of"). */
static bool refers_to_whole(const extractor *x, size_t k, size_t e)
{
    const tok *t = x->t;
    if (!word_at(x, k, e, "of") || k + 1 >= e || t[k + 1].kind != TK_WORD)
        return false;
    if (in_list(t[k + 1].w, ctp_lex_whole_before) ||
        is_word(&t[k + 1], "total"))
        return true;
    return (is_word(&t[k + 1], "los") || is_word(&t[k + 1], "the")) &&
           k + 2 < e && (is_word(&t[k + 2], "casos") ||
                         is_word(&t[k + 2], "cases") ||
                         is_word(&t[k + 2], "total"));
}

/* Whether count w stands in brackets a few words after a percentage
 * ("el 89% de las víctimas (484)"): a part, not a whole. */
static bool bracketed_part(const extractor *x, size_t w)
{
    const tok *t = x->t;
    if (w < 2 || !is_punct(&t[w - 1], '(') || w + 1 >= x->n_t ||
        !is_punct(&t[w + 1], ')'))
        return false;
    for (size_t k = w - 1; k-- > 0 && w - k <= 6;) {
        if (t[k].kind == TK_NUM)
            return t[k].fig.is_percent;
        if (t[k].kind != TK_WORD)
            return false;
    }
    return false;
}

/* The counts from token 'from' to before 'end' that may be the whole of
 * the part at token 'part': exact, larger than it, and ('no_parts') not
 * themselves a part in brackets after a share.  False when there are
 * more than MAX_NEARBY, as some whole would then agree by chance. */
static bool whole_candidates(const extractor *x, const sentence *st,
                             size_t from, size_t end, size_t part,
                             bool no_parts, size_t *cand, size_t *n)
{
    const tok *t = x->t;
    *n = 0;
    for (size_t w = from; w < end; w++) {
        if (!ctp_finder_nearby_count(x, w, w < st->s ? st->s : st->e) ||
            !t[w].fig.is_exact ||
            t[w].fig.value.digits <= t[part].fig.value.digits ||
            (no_parts && bracketed_part(x, w)))
            continue;
        if (*n == MAX_NEARBY)
            return false;
        cand[(*n)++] = w;
    }
    return true;
}

/* The counts of tokens [from, to) that another claim took and that may
 * be the whole of 'part': larger, exact, no percentage, rate or part of
 * a share themselves.  Added to 'cand'. */
static void used_wholes_in(const extractor *x, size_t from, size_t to,
                           size_t part, size_t *cand, size_t *n)
{
    const tok *t = x->t;
    for (size_t w = from; w < to && *n < MAX_NEARBY; w++)
        if (t[w].kind == TK_NUM && t[w].used && !t[w].part && !t[w].label &&
            t[w].fig.is_exact && !t[w].fig.is_percent && t[w].per < 0 &&
            t[w].fig.value.digits > t[part].fig.value.digits)
            cand[(*n)++] = w;
}

/* When no free count may be the whole, the counts of the sentence before
 * that a change there took: "... al pasar de 4.354 a 4.534. Las estafas
 * ... supusieron el 87,9 por ciento (fueron 3.987)".  Taken only by
 * agreement, so the caller reads them loosely.  Returns whether any was
 * added. */
static bool wholes_used_before(const extractor *x, const sentence *st,
                               size_t part, size_t *cand, size_t *n)
{
    if (*n > 0 || !x->prev_same_para)
        return false;
    used_wholes_in(x, 0, st->s, part, cand, n);
    return *n > 0;
}

/* The share 'pub' of the part at token 'part' in the whole among
 * 'cand': the one candidate when words tie it ('firm', and then the
 * share may be called wrong), else the one whose share agrees, taken
 * loosely; none, or two agreeing, and there is no share.  Returns the
 * whole's token, or -1; the claim is '*best'. */
static int pick_whole(const tok *t, const size_t *cand, size_t n,
                      size_t part, const ct_claim_figure *pub,
                      ct_claim_hedge hedge, bool firm, ct_claim *best)
{
    int whole = -1;
    for (size_t q = 0; q < n; q++) {
        ct_claim c;
        share_claim(t, pub, hedge, part, cand[q], &c);
        c.loose = !firm;
        if (c.loose) {
            ct_claim trial = c;
            if (!ctp_finder_claim_agrees(&trial))
                continue;
            if (whole >= 0)
                return -1;  /* two wholes agree: which is meant is open */
        }
        whole = (int)cand[q];
        *best = c;
    }
    return whole;
}

/* "se denunciaron 174 robos. ... Villa de Álvarez reúne 32% de los casos
 * (52), el municipio de Colima el 29% (50)": a percentage with its part
 * in brackets after it and the whole named before, in the sentence or
 * the one before it.  With one count there that may be the whole, it is
 * taken, and words referring to it ("de los casos", "of these") tie it
 * firmly enough to call the share wrong; with several, only the one that
 * agrees is taken, loosely. */
static ct_status share_part_after(extractor *x, const sentence *st,
                                  size_t i, stmt *m)
{
    tok *t = x->t;
    size_t e = st->e;
    /* A percentage of change ("rose 5% (120)") has the change in
     * brackets, not a part; a direction word further off ("municipios
     * con mayor población, Villa de Álvarez reúne 32%") is not its own. */
    if (m != NULL &&
        ((m->dir != 0 && i - m->dir_word <= 3) || m->pair >= 0 ||
         m->diff >= 0 || m->to_b >= 0 || m->from_a >= 0))
        return CT_STATUS_OK;
    /* A statement's percentage is taken already; any other must be
     * free. */
    if ((m == NULL && !free_num(x, i, e)) || t[i].kind != TK_NUM ||
        !t[i].fig.is_percent || t[i].fig.is_points || t[i].sign != 0)
        return CT_STATUS_OK;
    size_t k = t[i].at_end;
    bool tied = refers_to_whole(x, k, e);
    /* "el 90,81% de las víctimas fueron hombres (11.440 casos)": a few
     * words, and a noun may follow the part in its bracket. */
    while (k < e && k <= i + 6 && t[k].kind == TK_WORD)
        k++;
    /* "que concentra el 85% del total, 780.": tied to the total, the
     * part may follow a comma at the end of the clause. */
    bool after_comma =
        tied && punct_at(x, k, e, ',') &&
        ctp_finder_plain_count(x, k + 1, e) && !t[k + 1].used &&
        (k + 2 >= e || t[k + 2].kind == TK_PUNCT || t[k + 2].kind == TK_BREAK);
    /* "concentró el 42 % de las víctimas, con 140 casos": the part
     * after "con", its whole only by agreement. */
    bool with_part =
        !after_comma && punct_at(x, k, e, ',') &&
        (word_at(x, k + 1, e, "con") || word_at(x, k + 1, e, "with")) &&
        ctp_finder_plain_count(x, k + 2, e) && !t[k + 2].used;
    if (with_part)
        k++;
    /* "de los cuales se recuperó un 48,7%, es decir, unos 16.445": the
     * part said again after "es decir" ("that is"), perhaps rounded. */
    if (!after_comma && !with_part && punct_at(x, k, e, ',') &&
        (that_is_at(t, k + 1, e) ||
         (word_at(x, k + 1, e, "that") && word_at(x, k + 2, e, "is")))) {
        size_t q = k + 3;
        if (punct_at(x, q, e, ','))
            q++;
        if (q < e && t[q].kind == TK_WORD &&
            (in_list(t[q].w, ctp_lex_approx_words) || is_word(&t[q], "unos") ||
             is_word(&t[q], "unas")))
            q++;
        if (ctp_finder_plain_count(x, q, e) && !t[q].used) {
            k = q - 1;
            with_part = true;
        }
    }
    /* "donde se concentran el 45,18% de los casos con 1.419 delitos":
     * "con" and the part with no comma before it. */
    if (!after_comma && !with_part && k > i + 2 && k < e &&
        (word_at(x, k - 1, e, "con") || word_at(x, k - 1, e, "with")) &&
        ctp_finder_plain_count(x, k, e) && !t[k].used) {
        k--;
        with_part = true;
    }
    after_comma |= with_part;
    /* "el 87,9 por ciento (fueron 3.987)": a verb may open the bracket. */
    size_t verb = 0;
    if (!after_comma && punct_at(x, k, e, '(') && k + 3 < e &&
        (is_word(&t[k + 1], "were") || is_word(&t[k + 1], "was") ||
         is_word(&t[k + 1], "fueron") || is_word(&t[k + 1], "fue")) &&
        ctp_finder_plain_count(x, k + 2, e) && punct_at(x, k + 3, e, ')') &&
        !t[k + 2].used)
        verb = 1;
    if (!after_comma && !verb &&
        (!punct_at(x, k, e, '(') || !ctp_finder_plain_count(x, k + 1, e) ||
         !(punct_at(x, k + 2, e, ')') ||
           (word_at(x, k + 2, e, t[k + 2].w) && punct_at(x, k + 3, e, ')'))) ||
         t[k + 1].used))
        return CT_STATUS_OK;
    size_t part = k + 1 + verb;
    tied |= refers_to_whole(x, k + 3, e);
    /* The wholes: counts before the percentage, not themselves a part
     * in brackets after another percentage; after a comma, any count
     * before, even one a pair took ("916 frente a 820 ... el 85% del
     * total, 780"), and only one that agrees. */
    size_t cand[MAX_NEARBY], n = 0;
    if (after_comma) {
        for (size_t w = x->prev_same_para ? 0 : st->s; w < i; w++)
            if (t[w].kind == TK_NUM && !t[w].label && t[w].fig.is_exact &&
                !t[w].fig.is_percent && t[w].per < 0 &&
                t[w].fig.value.digits > t[part].fig.value.digits) {
                if (n == MAX_NEARBY)
                    return CT_STATUS_OK;
                cand[n++] = w;
            }
        tied = false;
    } else if (!whole_candidates(x, st, x->prev_same_para ? 0 : st->s, i,
                                 part, true, cand, &n)) {
        return CT_STATUS_OK;
    }
    if (wholes_used_before(x, st, part, cand, &n))
        tied = false;
    ct_claim best;
    ct_claim_hedge hedge = m != NULL && m->hedge != CT_CLAIM_HEDGE_NONE
                               ? m->hedge : share_hedge(x, st->s, i);
    if (pick_whole(t, cand, n, part, &t[i].fig, hedge, n == 1 && tied,
                   &best) < 0)
        return CT_STATUS_OK;
    ctp_finder_claim_at(x, st, &best, st->s, i, after_comma ? part : part + 1);
    if (m != NULL)
        m->absorbed = true;
    t[i].used = true;
    /* "..., es decir, 61,222 unidades aseguradas ... Este incremento del
     * 2.25% con respecto a 2022, cuando se reportaron 59,871": said
     * after its share, the part may still be the level the next
     * sentence's change reached (as emit_share leaves it). */
    if (after_comma)
        t[part].part = true;
    else
        t[part].used = true;
    return ctp_finder_emit(x, &best);
}

/* "26 provincias totalizaron 617 casos de feminicidios, representando el
 * 51,8% del total", "617 cases, representing 51.8% of the total": the
 * count before the comma, a word saying it again as the share at 'i'.
 * Its token, or 0 when none stands there. */
static size_t part_restated_of_total(const extractor *x, const sentence *st,
                                     size_t i)
{
    static const char *const representing[] = {
        "representing", "representando", "representan", "representa",
        "represents", "equivalente", "equivalentes", NULL
    };
    const tok *t = x->t;
    size_t q = i;
    if (q > st->s && (is_word(&t[q - 1], "the") || is_word(&t[q - 1], "a") ||
                      is_word(&t[q - 1], "to")))
        q--;
    if (q < st->s + 3 || t[q - 1].kind != TK_WORD ||
        !in_list(t[q - 1].w, representing))
        return 0;
    q--;
    /* "que representan", "lo que representa", "which represents" */
    if (q > st->s && (is_word(&t[q - 1], "than") || is_word(&t[q - 1], "that") ||
                      is_word(&t[q - 1], "which")))
        q--;
    if (q > st->s && is_word(&t[q - 1], "lo"))
        q--;
    if (q < st->s + 2 || !is_punct(&t[q - 1], ','))
        return 0;
    q--;
    /* "617 casos de feminicidios,": the noun, "of" within it. */
    for (size_t words = 0;
         q > st->s + 1 && words < 4 && t[q - 1].kind == TK_WORD &&
         (!in_list(t[q - 1].w, ctp_finder_structure_words) ||
          (words > 0 && is_word(&t[q - 1], "of") &&
           t[q - 2].kind == TK_WORD));
         words++)
        q--;
    return q > st->s && ctp_finder_plain_count(x, q - 1, st->e) ? q - 1 : 0;
}

/* "un total de 2.459.659, 1.989.271 (80,9% del total) se encuadran
 * ...", "94,098 offences ... This included ... 11,638 (12%) offences
 * triggered by sexual orientation": a count with its share in brackets
 * after it, the whole named before it in the sentence (or the one
 * before).  "del total" ties it to a lone whole; otherwise, or among
 * several, only a whole that agrees is taken, loosely. */
static ct_status emit_shares_of_total(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t e = st->e;
    for (size_t i = st->s + 2; i < e; i++) {
        if (!free_share_pct(x, i, e) || t[i].sign != 0)
            continue;
        size_t part;
        /* "9,727 (or 48%), crimes against property — 5,337 (or 27%)" */
        if (i >= st->s + 3 && word_at(x, i - 1, e, "or") &&
            punct_at(x, i - 2, e, '(')) {
            part = i - 3;
        } else if (punct_at(x, i - 1, e, '(')) {
            /* "En 161 acusaciones (10%)": a noun may stand before the
             * bracket. */
            part = i - 2;
            if (!ctp_finder_plain_count(x, part, e) && i >= st->s + 3 &&
                t[i - 2].kind == TK_WORD &&
                !in_list(t[i - 2].w, ctp_finder_structure_words))
                part = i - 3;
            /* "1,460 cases of sexual exploitation (6.7 per cent)": what
             * is counted, in a few words with "of", before the bracket. */
            for (size_t q = i - 2, words = 0;
                 !ctp_finder_plain_count(x, part, e) && q > st->s &&
                 words < 5 && t[q].kind == TK_WORD &&
                 (is_word(&t[q], "of") ||
                  !in_list(t[q].w, ctp_finder_structure_words));
                 q--, words++)
                if (ctp_finder_plain_count(x, q - 1, e))
                    part = q - 1;
        } else if ((part = part_restated_of_total(x, st, i)) != 0) {
            /* found below */
        } else {
            /* "(435 infracciones penales, el 14,1 por ciento del
             * total)": the part opens the bracket, its noun and a comma
             * before the share. */
            size_t q = i;
            if (q > st->s && (is_word(&t[q - 1], "the") ||
                              is_word(&t[q - 1], "a")))
                q--;
            if (q < st->s + 3 || !is_punct(&t[q - 1], ','))
                continue;
            q--;
            for (size_t words = 0; q > st->s && words < 3 &&
                                   t[q - 1].kind == TK_WORD;
                 words++)
                q--;
            if (q < st->s + 2 || !is_punct(&t[q - 2], '('))
                continue;
            part = q - 1;
        }
        if (!ctp_finder_plain_count(x, part, e) || t[part].used)
            continue;
        size_t k = t[i].at_end, close = k;
        bool of_total = refers_to_whole(x, k, e) &&
                        (is_word(&t[k + 1], "total") ||
                         (k + 2 < e && is_word(&t[k + 2], "total")));
        if (of_total)
            close = is_word(&t[k + 1], "total") ? k + 2 : k + 3;
        bool restated = !punct_at(x, i - 1, e, '(') &&
                        !word_at(x, i - 1, e, "or") &&
                        part == part_restated_of_total(x, st, i);
        if (restated ? !of_total : !punct_at(x, close, e, ')'))
            continue;
        if (restated)
            close--;
        size_t cand[MAX_NEARBY], n;
        if (!whole_candidates(x, st, x->prev_same_para ? 0 : st->s, part,
                              part, true, cand, &n))
            continue;
        /* "56 per cent ... (12,213 of 21,796 cases), followed by 1,460
         * cases of sexual exploitation (6.7 per cent)": the whole an
         * earlier share of the sentence took is the list's whole too,
         * taken by agreement. */
        if (n == 0)
            used_wholes_in(x, st->s, part, part, cand, &n);
        ct_claim best;
        if (pick_whole(t, cand, n, part, &t[i].fig, share_hedge(x, st->s, i),
                       of_total && n == 1, &best) < 0)
            continue;
        ctp_finder_claim_at(x, st, &best, st->s, part, close);
        t[part].used = t[i].used = true;
        ct_status rc = ctp_finder_emit(x, &best);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* The statement whose percentage is token i, or NULL. */
static stmt *stmt_of_pct(const sentence *st, size_t i)
{
    for (size_t q = 0; q < st->n_stmts; q++)
        if (st->stmts[q].pct == (int)i)
            return (stmt *)&st->stmts[q];
    return NULL;
}

/* Every percentage with its part in brackets after it (share_part_after),
 * whether or not it was read as a statement. */
static ct_status emit_shares_part_after(extractor *x, const sentence *st)
{
    ct_status rc;
    for (size_t i = st->s; i < st->e; i++) {
        if (x->t[i].kind != TK_NUM || !x->t[i].fig.is_percent)
            continue;
        stmt *m = stmt_of_pct(st, i);
        if ((rc = share_part_after(x, st, i, m)) != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "1.285 delitos de odio, la mayoría -513-, lo que equivale al 40%": a
 * count restated as a percentage by a verb of meaning, of a whole named
 * before it in the sentence but not tied to it by any word.  The one
 * earlier count of which the part is that share, to the percentage's
 * printed digits, is taken as the whole (100 x 513 / 1285 = 39.9%);
 * with none or two, the percentage stays a statement. */
static ct_status share_restated(extractor *x, const sentence *st, stmt *m)
{
    static const char *const verbs[] = {
        "equivale", "equivalen", "representa", "representan", "supone",
        "suponen", "significa", "represents", "represent", NULL
    };
    static const char *const fillers[] = {
        /* "que" is read as "than" by the cue table */
        "lo", "que", "than", "al", "el", "a", "un", "which", "is", "are",
        "es", "decir", "about", "some", NULL
    };
    tok *t = x->t;
    if (m->pct < 0 || m->dir != 0 || m->pair >= 0 || m->diff >= 0 ||
        m->to_b >= 0 || m->from_a >= 0 || t[m->pct].fig.is_points)
        return CT_STATUS_OK;
    /* Back from the percentage over the verb and its small words. */
    size_t k = (size_t)m->pct;
    bool verb = false;
    while (k > st->s && (size_t)m->pct - k < 8 &&
           (t[k - 1].kind == TK_PUNCT ||
            (t[k - 1].kind == TK_WORD && (in_list(t[k - 1].w, fillers) ||
                                          in_list(t[k - 1].w, verbs))))) {
        k--;
        verb |= t[k].kind == TK_WORD && in_list(t[k].w, verbs);
    }
    /* "sólo 232 fueron judicializadas, lo que equivale al 15 por
     * ciento": the part's verb between it and the comma. */
    if (verb && k > st->s + 1 && is_punct(&t[k], ',') &&
        t[k - 1].kind == TK_WORD) {
        size_t q = k;
        while (q > st->s && k - q < 3 && t[q - 1].kind == TK_WORD &&
               ctp_lex_word_direction(&t[q - 1]) == 0 &&
               !in_list(t[q - 1].w, ctp_finder_structure_words))
            q--;
        if (q > st->s && q < k && ctp_finder_nearby_count(x, q - 1, st->e))
            k = q;
    }
    if (!verb || k == st->s || !ctp_finder_nearby_count(x, k - 1, st->e) ||
        !t[k - 1].fig.is_exact)
        return CT_STATUS_OK;
    size_t part = k - 1;
    size_t cand[MAX_NEARBY], n;
    if (!whole_candidates(x, st, st->s, part, part, false, cand, &n))
        return CT_STATUS_OK;
    ct_claim best;
    int whole = pick_whole(t, cand, n, part, &t[m->pct].fig, m->hedge,
                           false, &best);
    if (whole < 0)
        return CT_STATUS_OK;
    ctp_finder_claim_at(x, st, &best, st->s, (size_t)whole, (size_t)m->pct);
    m->absorbed = true;
    t[part].used = t[whole].used = t[m->pct].used = true;
    return ctp_finder_emit(x, &best);
}

/* "was 99, with 93 detected – 93.9%", "133 break-ins in July, and 63
 * were solved – amounting to a 47 per cent detection rate": a count
 * "with" or "and" after a whole, named by a word of clearing up, and the
 * rate it makes of that whole. */
static ct_status share_detected(extractor *x, const sentence *st, size_t i)
{
    static const char *const cleared[] = {
        "detected", "solved", "cleared", "resolved", NULL
    };
    tok *t = x->t;
    stmt *m = stmt_of_pct(st, i);
    if (t[i].kind != TK_NUM || !t[i].fig.is_percent || t[i].fig.is_points ||
        (m == NULL && t[i].used) ||
        (m != NULL && (m->pair >= 0 || m->diff >= 0 || m->to_b >= 0 ||
                       m->from_a >= 0)))
        return CT_STATUS_OK;
    size_t k = i;
    bool found = false;
    while (!found && k > st->s && i - k < 8) {
        k--;
        if (t[k].kind == TK_NUM || t[k].kind == TK_PERIOD)
            return CT_STATUS_OK;
        found = t[k].kind == TK_WORD && in_list(t[k].w, cleared);
    }
    if (!found)
        return CT_STATUS_OK;
    if (k > st->s && (is_word(&t[k - 1], "were") || is_word(&t[k - 1], "was")))
        k--;
    if (k < st->s + 3 || !ctp_finder_plain_count(x, k - 1, st->e) ||
        t[k - 1].used)
        return CT_STATUS_OK;
    size_t part = k - 1;
    if (!is_word(&t[part - 1], "with") && !is_word(&t[part - 1], "and"))
        return CT_STATUS_OK;
    int whole = -1;
    for (size_t q = part - 1; q-- > st->s && part - q < 14;)
        if (t[q].kind == TK_NUM) {
            if (ctp_finder_plain_count(x, q, st->e) && !t[q].used &&
                t[q].fig.value.digits >= t[part].fig.value.digits)
                whole = (int)q;
            break;
        }
    if (whole < 0)
        return CT_STATUS_OK;
    share sh = {.published = t[i].fig, .part = (int)part,
        .whole = (size_t)whole, .lo = (size_t)whole, .hi = i,
        .hedge = m != NULL ? m->hedge : CT_CLAIM_HEDGE_NONE};
    t[part].used = t[whole].used = t[i].used = true;
    if (m != NULL)
        m->absorbed = true;
    return emit_share(x, st, &sh);
}

/* Whether "of", "out of", "of the" or "of all" stands at token j, the
 * words before a share's whole; '*after' is the token after them. */
static bool of_whole_at(const extractor *x, size_t j, size_t e,
                        size_t *after)
{
    if (word_at(x, j, e, "out"))
        j++;
    if (!word_at(x, j, e, "of"))
        return false;
    j++;
    while (word_at(x, j, e, "the") || word_at(x, j, e, "all"))
        j++;
    /* "out of a total of 31,490 cases", "del total de 37.878" */
    if (word_at(x, j, e, "a") && word_at(x, j + 1, e, "total") &&
        word_at(x, j + 2, e, "of"))
        j += 3;
    else if (word_at(x, j, e, "total") && word_at(x, j + 1, e, "of"))
        j += 2;
    *after = j;
    return true;
}

/* "551 of the 1,233 offences (45%)", "551 out of the 1,233 (45%)": the
 * part, "of" the whole and a few words, then the share in brackets (or
 * the part, its share in brackets, then "of" the whole). */
static ct_status emit_shares_part_first(extractor *x, const sentence *st)
{
    tok *t = x->t;
    ct_status rc;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i < e; i++) {
        if (!free_num(x, i, e) || t[i].fig.is_percent || t[i].per >= 0)
            continue;
        size_t j;
        if (!of_whole_at(x, i + 1, e, &j))
            continue;
        if (!free_num(x, j, e) || t[j].fig.is_percent)
            continue;
        size_t k = j + 1, words = 0;
        while (k < e && t[k].kind == TK_WORD && words < 3)
            k++, words++;
        if (!punct_at(x, k, e, '(') || !free_num(x, k + 1, e) ||
            !t[k + 1].fig.is_percent || t[k + 1].fig.is_points)
            continue;
        share sh = {.published = t[k + 1].fig, .part = (int)i, .whole = j,
            .lo = i, .hi = k + 1, .hedge = CT_CLAIM_HEDGE_NONE};
        t[i].used = t[j].used = t[k + 1].used = true;
        if ((rc = emit_share(x, st, &sh)) != CT_STATUS_OK)
            return rc;
    }
    /* ... or the share in brackets after the part: "in 23 (72%) out of
     * 32 local authorities". */
    for (size_t i = s; i + 4 < e; i++) {
        size_t j;
        if (!ctp_finder_plain_count(x, i, e) || !punct_at(x, i + 1, e, '(') ||
            !free_share_pct(x, i + 2, e) || !punct_at(x, i + 3, e, ')') ||
            !of_whole_at(x, i + 4, e, &j) ||
            !ctp_finder_plain_count(x, j, e) ||
            t[i].fig.value.digits > t[j].fig.value.digits)
            continue;
        share sh = {.published = t[i + 2].fig, .part = (int)i, .whole = j,
            .lo = i, .hi = j, .hedge = CT_CLAIM_HEDGE_NONE};
        t[i].used = t[j].used = t[i + 2].used = true;
        if ((rc = emit_share(x, st, &sh)) != CT_STATUS_OK)
            return rc;
    }
    /* ... or the share after a dash or a comma (part_of_whole_before),
     * or before them (part_of_whole_after). */
    for (size_t i = s; i < e; i++) {
        size_t whole;
        if (!free_share_pct(x, i, e))
            continue;
        int part = part_of_whole_after(t, s, i, e, &whole);
        bool after = part >= 0 && !t[part].label && !t[whole].label;
        if (!after)
            part = part_of_whole_before(t, s, i, &whole);
        if (part < 0 || t[part].used || t[whole].used)
            continue;
        size_t lo = after ? i : (size_t)part, hi = after ? whole : i;
        share sh = {.published = t[i].fig, .part = part, .whole = whole,
            .lo = lo, .hi = hi, .hedge = share_hedge(x, s, i)};
        t[part].used = t[whole].used = t[i].used = true;
        if ((rc = emit_share(x, st, &sh)) != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "Of the 1,233 offences, 551 (45%) were ...": the share 'i' with its
 * part 'part' in brackets before it and no "of" after, the whole named
 * at the sentence's opening "of". */
static ct_status share_whole_opens(extractor *x, const sentence *st,
                                   size_t i, size_t part)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    size_t k = part, words = 0;
    if (k > s && is_punct(&t[k - 1], ','))
        k--;
    while (k > s && t[k - 1].kind == TK_WORD && words < 3 &&
           !is_word(&t[k - 1], "of"))
        k--, words++;
    if (k <= s || !free_num(x, k - 1, e) || t[k - 1].fig.is_percent)
        return CT_STATUS_OK;
    size_t nn = k - 1, q = nn;
    while (q > s && (is_word(&t[q - 1], "the") || is_word(&t[q - 1], "all")))
        q--;
    if (q <= s || !is_word(&t[q - 1], "of"))
        return CT_STATUS_OK;
    share sh = {.published = t[i].fig, .part = (int)part, .whole = nn,
        .lo = q - 1, .hi = i, .hedge = CT_CLAIM_HEDGE_NONE};
    t[part].used = t[i].used = t[nn].used = true;
    return emit_share(x, st, &sh);
}

/* "14 per cent of domestic abuse crimes resulted in a positive outcome,
 * or 3,710 of 26,494 cases", "less than 2 percent of all gun deaths —
 * 451 of nearly 39,000": the share restated as a part of a whole later
 * in the clause.  Scans from token 'j' after "of"; on a find sets
 * '*part' and moves '*j' to the whole. */
static void restated_part(const extractor *x, size_t e, size_t *j, int *part)
{
    const tok *t = x->t;
    for (size_t q = *j; q + 3 < e && q < *j + 16; q++) {
        if (t[q].kind == TK_NUM)
            break;
        if (!(is_word(&t[q], "or") || is_punct(&t[q], '-')) ||
            !free_num(x, q + 1, e) || t[q + 1].fig.is_percent ||
            t[q + 1].per >= 0 || !t[q + 1].fig.is_exact ||
            !word_at(x, q + 2, e, "of"))
            continue;
        size_t nn = q + 3;
        while (word_at(x, nn, e, "the") || word_at(x, nn, e, "all") ||
               (nn < e && ctp_lex_hedge_word(&t[nn]) != CT_CLAIM_HEDGE_NONE))
            nn++;
        if (!free_num(x, nn, e) || t[nn].fig.is_percent || t[nn].per >= 0)
            break;
        *part = (int)(q + 1);
        *j = nn;
        break;
    }
}

/* "fell 1.8 per cent to 532,271 ..., with 21 per cent of those (112,432)
 * family violence-related": the whole is the count just named before the
 * share 'i', the part in brackets at 'j' after "those".  Sets '*found'
 * when the share was the claim. */
static ct_status share_of_those(extractor *x, const sentence *st, size_t i,
                                size_t j, bool *found)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    *found = false;
    if (!(j > i + 2 &&
          (is_word(&t[j - 1], "those") || is_word(&t[j - 1], "these") ||
           is_word(&t[j - 1], "them")) &&
          punct_at(x, j, e, '(') && ctp_finder_plain_count(x, j + 1, e) &&
          !t[j + 1].used && punct_at(x, j + 2, e, ')')))
        return CT_STATUS_OK;
    int whole = -1;
    for (size_t q = i; q-- > s;)
        if (t[q].kind == TK_NUM && !t[q].label && !t[q].fig.is_percent &&
            t[q].per < 0) {
            whole = (int)q;
            break;
        }
    if (whole < 0 || !t[whole].fig.is_exact ||
        t[whole].fig.value.digits <= t[j + 1].fig.value.digits)
        return CT_STATUS_OK;
    *found = true;
    share sh = {.published = t[i].fig, .part = (int)(j + 1),
        .whole = (size_t)whole, .lo = i, .hi = j + 2,
        .hedge = share_hedge(x, s, i)};
    t[i].used = t[j + 1].used = true;
    return emit_share(x, st, &sh);
}

/* "199.094 denuncias y ... 33.247 órdenes de protección, lo que supone
 * el 16,69 % de esas denuncias": "those" and a noun after the share at
 * 'i' (its words from 'at') name the whole, the count before it with
 * that noun; the part is the count the share restates. */
static int part_before_share(const extractor *x, size_t s, size_t i,
                             size_t j);

static ct_status share_of_those_named(extractor *x, const sentence *st,
                                      size_t i, size_t at, size_t j,
                                      bool *found)
{
    static const char *const pointing[] = {
        "those", "these", "esas", "esos", "estas", "estos", NULL
    };
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    *found = false;
    if (j < e && t[j].kind == TK_WORD && in_list(t[j].w, pointing))
        j++;
    if (!(j > i + 1 && j < e && t[j - 1].kind == TK_WORD &&
          in_list(t[j - 1].w, pointing) && t[j].kind == TK_WORD))
        return CT_STATUS_OK;
    int whole = -1, n = 0;
    for (size_t q = s; q + 1 < at; q++)
        if (ctp_finder_plain_count(x, q, e) && t[q + 1].kind == TK_WORD &&
            strcmp(t[q + 1].w, t[j].w) == 0)
            whole = (int)q, n++;
    if (n != 1)
        return CT_STATUS_OK;
    int part = part_before_share(x, s, at, (size_t)whole);
    if (part < 0 || part <= whole)
        return CT_STATUS_OK;
    *found = true;
    share sh = {.published = t[i].fig, .part = part, .whole = (size_t)whole,
        .lo = (size_t)whole, .hi = j, .hedge = share_hedge(x, s, i)};
    t[i].used = t[part].used = t[whole].used = true;
    return emit_share(x, st, &sh);
}

/* "el 90,7% de las 52.600 causas finalizadas por robos (unas 47.700)":
 * the part in brackets after the words of the whole at 'j'.  Returns its
 * token, or -1. */
static int part_after_whole(const extractor *x, size_t j, size_t e)
{
    const tok *t = x->t;
    size_t r = j + 1;
    while (r < e && r <= j + 10 && t[r].kind == TK_WORD)
        r++;
    size_t q = r + 1;
    if (word_at(x, q, e, "about"))
        q++;
    if (!(punct_at(x, r, e, '(') && free_num(x, q, e) &&
          !t[q].fig.is_percent && t[q].per < 0 &&
          punct_at(x, q + 1, e, ')') && t[q].fig.value.scale == 0 &&
          t[j].fig.value.scale == 0 && t[j].fig.exp10 == 0 &&
          t[q].fig.exp10 >= 0 && t[q].fig.exp10 <= 6))
        return -1;
    /* "unas 47.700" is read as 477 hundreds. */
    int64_t v = t[q].fig.value.digits;
    for (int z = 0; z < t[q].fig.exp10; z++)
        v *= 10;
    return v < t[j].fig.value.digits ? (int)q : -1;
}

/* "más del 11% del total de la provincia, donde se contabilizan
 * 23.183": the whole named, then counted after "donde" or "where".
 * Returns the whole's token, or j. */
static size_t whole_counted_after(const extractor *x, size_t j, size_t e)
{
    static const char *const counted[] = {
        "contabilizan", "contabilizaron", "registran", "registraron",
        "hay", "suman", "sumaron", "recorded", "were", NULL
    };
    const tok *t = x->t;
    /* "el 70 % (583) de los crímenes registrados en la provincia, que
     * suman 856": the whole named by its noun, then counted. */
    size_t k;
    if (word_at(x, j, e, "total") && word_at(x, j + 1, e, "of"))
        k = j + 2;
    else if (word_at(x, j, e, "the"))
        k = j + 1;
    else
        return j;
    size_t words = 0;
    while (k < e && words < 6 && t[k].kind == TK_WORD)
        k++, words++;
    if (!punct_at(x, k, e, ',') ||
        !(word_at(x, k + 1, e, "donde") || word_at(x, k + 1, e, "where") ||
          word_at(x, k + 1, e, "than") || word_at(x, k + 1, e, "which")))
        return j;
    k += 2;
    if (word_at(x, k, e, "there"))
        k++;
    if (!(k < e && t[k].kind == TK_WORD && in_list(t[k].w, counted)))
        return j;
    return k + 1 < e && ctp_finder_plain_count(x, k + 1, e) ? k + 1 : j;
}

/* "52 homicidios este año, casi una tercera parte de los 139": a count,
 * a few words naming it and a comma, then the share of the whole at 'j'
 * (after a hedge): the count is the part, in apposition to the share.
 * Returns its token, or -1. */
/* The words of a hedge that may stand between a part and its share. */
static const char *const share_hedges[] = {
    "nearly", "almost", "less", "fewer", "than", "more", "about", "around",
    "just", "under", "over", "roughly", "approximately", "some", NULL
};

static int part_before_share(const extractor *x, size_t s, size_t i,
                             size_t j)
{
    /* "2.559 infracciones penales, lo que supone más del 11% de las
     * 23.183": words that say the count again as a share. */
    static const char *const restating[] = {
        "lo", "than", "that", "which", "supone", "suponen", "representa",
        "representan", "represents", "representing", "equivale", "equivalen",
        "the", "a",
        /* "26.840 casos ..., cifra que equivale al 25,76% del total" */
        "cifra", "figure", "al",
        /* "411 asesinatos, siendo un treinta y tres por ciento de los
         * 1,240" */
        "siendo", "being", NULL
    };
    const tok *t = x->t;
    size_t k = i;
    while (k > s && i - k < 3 && t[k - 1].kind == TK_WORD &&
           in_list(t[k - 1].w, share_hedges))
        k--;
    /* "23 or 72 per cent of the 32 murders", "23, or 72 per cent, of
     * the 32": the part and its share set side by side with "or". */
    if (k >= s + 2 && (is_word(&t[k - 1], "or") || is_word(&t[k - 1], "o"))) {
        size_t q = k - 2;
        if (q > s && is_punct(&t[q], ','))
            q--;
        if (ctp_finder_plain_count(x, q, i) && free_num(x, q, i) &&
            ctp_finder_plain_count(x, j, x->n_t) && t[q].fig.exp10 == 0 &&
            t[j].fig.exp10 == 0 &&
            t[q].fig.value.digits <= t[j].fig.value.digits)
            return (int)q;
        return -1;
    }
    for (size_t q = k; k > s && q - k < 4 && t[k - 1].kind == TK_WORD &&
                       in_list(t[k - 1].w, restating);)
        k--;
    /* "68,097 recorded crimes a year – fewer than half the 161,404": a
     * dash sets the share off too. */
    if (k < s + 2 || !(is_punct(&t[k - 1], ',') || is_punct(&t[k - 1], '-')))
        return -1;
    k--;
    /* "917 denuncias por homicidios, esto es, el 63.9 por ciento de las
     * mil 433": "es decir" between commas says it again. */
    if (k >= s + 4 && that_is_at(t, k - 2, k) && is_punct(&t[k - 3], ','))
        k -= 3;
    size_t words = 0;
    /* "883 recorded sexual offences in the Eastern region, representing
     * 25% of the 3,323": where they were recorded may stand between. */
    while (k > s && words < 7 && t[k - 1].kind == TK_WORD &&
           (!in_list(t[k - 1].w, ctp_finder_structure_words) ||
            (is_word(&t[k - 1], "a") && is_word(&t[k], "year")) ||
            (words > 0 &&
             (is_word(&t[k - 1], "in") || is_word(&t[k - 1], "the") ||
              /* "33.247 órdenes de protección, lo que
               * supone" */
              is_word(&t[k - 1], "of"))))) {
        k--;
        words++;
    }
    if (k == s)
        return -1;
    size_t q = k - 1;
    if (!ctp_finder_plain_count(x, q, i) || !free_num(x, q, i) ||
        !ctp_finder_plain_count(x, j, x->n_t) || t[q].fig.exp10 != 0 ||
        t[q].fig.value.digits > t[j].fig.value.digits || t[j].fig.exp10 != 0)
        return -1;
    return (int)q;
}

/* "The number of ... offences at 9,246 in the year to Q1 2023 was just
 * over half (55%) of the 16,741 incidents": the count the clause is
 * about, before "was" and the share at 'i' of the whole at 'j', with
 * only words and dates between.  No word ties it to the share, so it is
 * taken only when they agree.  Its token, or -1. */
static int part_subject_of_share(const extractor *x, size_t s, size_t i,
                                 size_t j)
{
    static const char *const verbs[] = {
        "was", "were", "is", "are", "represents", "represent", "accounted",
        /* "Los mil 484 asesinatos ... representan el 10.66 por ciento de
         * los 13 mil 920" */
        "representan", "representa", "representaron", "representó",
        "suponen", "supone", "constituyen", "constituye", NULL
    };
    const tok *t = x->t;
    size_t k = i;
    while (k > s && i - k < 3 && t[k - 1].kind == TK_WORD &&
           (in_list(t[k - 1].w, share_hedges) || is_word(&t[k - 1], "the")))
        k--;
    if (k <= s + 1 || t[k - 1].kind != TK_WORD || !in_list(t[k - 1].w, verbs))
        return -1;
    for (size_t q = k - 1; q-- > s && k - q <= 36;) {
        /* "—sin contar los que han ocurrido en este mes—,": an aside set
         * off by dashes, and its comma, between the count and the verb */
        if (q + 2 == k && is_punct(&t[q], ','))
            continue;
        if (is_punct(&t[q], '-') || is_punct(&t[q], ')')) {
            char open = is_punct(&t[q], '-') ? '-' : '(';
            size_t o = q;
            while (o-- > s && q - o < 30 && !is_punct(&t[o], open) &&
                   t[o].kind != TK_NUM)
                ;
            if (o > s && o < q && is_punct(&t[o], open)) {
                q = o;
                continue;
            }
            return -1;
        }
        if (t[q].kind == TK_NUM)
            return ctp_finder_plain_count(x, q, i) && free_num(x, q, i) &&
                           ctp_finder_plain_count(x, j, x->n_t) &&
                           t[q].fig.value.digits < t[j].fig.value.digits
                       ? (int)q
                       : -1;
        if (t[q].kind != TK_WORD && t[q].kind != TK_PERIOD)
            return -1;
    }
    return -1;
}

/* "45% of the 1,233 offences", "551 (45%) of the 1,233": the share at
 * token 'i' followed by "of" and its whole, the part (if any) in
 * brackets before it or restated after. */
/* The count said again after "es decir" in the clause after token
 * 'from' ("...; es decir, juntos sumaron seis mil 826 indagatorias", ",
 * es decir, 2 383"): a count smaller than the whole at j, with only
 * words before "es decir" and at most three words after it.  Its token,
 * or -1. */
static int part_said_after(const extractor *x, size_t from, size_t j,
                           size_t e)
{
    const tok *t = x->t;
    size_t q = from + 1;
    while (q < e && q <= from + 14 && t[q].kind == TK_WORD &&
           !that_is_at(t, q, e))
        q++;
    if (punct_at(x, q, e, ',') || punct_at(x, q, e, ';'))
        q++;
    if (!that_is_at(t, q, e))
        return -1;
    q += 2;
    if (punct_at(x, q, e, ','))
        q++;
    for (size_t w = 0; w < 3 && q < e && t[q].kind == TK_WORD &&
                       !in_list(t[q].w, ctp_finder_structure_words);
         w++)
        q++;
    if (!ctp_finder_plain_count(x, q, e) || !free_num(x, q, e) ||
        !ctp_finder_plain_count(x, j, e) ||
        t[q].fig.value.digits >= t[j].fig.value.digits)
        return -1;
    /* the clause ends with it */
    size_t r = t[q].at_end;
    while (r < e && t[r].kind == TK_WORD && r < t[q].at_end + 4)
        r++;
    if (r < e && t[r].kind == TK_NUM)
        return -1;
    return (int)q;
}

static ct_status share_of_whole(extractor *x, const sentence *st, size_t i)
{
    tok *t = x->t;
    ct_status rc;
    size_t s = st->s, e = st->e;
    size_t j = i + 1;
    int part = -1;
    /* Where the share stands: "just over half (55%) of the 16,741", a
     * fraction in words the percentage in brackets says again, is the
     * one claim, the figure's. */
    size_t at = i;
    /* "481.969 actas (un 50,1%) de los 960.580": a noun between the
     * part and the bracket, an article inside it. */
    int cnt = -1;
    if (i >= s + 2) {
        size_t open = i - 1;
        if ((word_at(x, open, e, "a") || word_at(x, open, e, "the")) &&
            open > s)
            open--;
        size_t q = open > s ? open - 1 : open;
        if (q > s && q + 1 == open && t[q].kind == TK_WORD &&
            !in_list(t[q].w, ctp_finder_structure_words))
            q--;
        if (punct_at(x, open, e, '(') && q < open && free_num(x, q, e) &&
            !t[q].fig.is_percent && t[q].per < 0)
            cnt = (int)q;
    }
    if (cnt >= 0 && punct_at(x, i + 1, e, ')')) {
        part = cnt;
        j = i + 2;
    } else if (i >= s + 2 && punct_at(x, i - 1, e, '(') &&
               ((free_share_pct(x, i - 2, e) && t[i - 2].words) ||
                (t[i - 2].kind == TK_WORD &&
                 in_list(t[i - 2].w, fraction_words))) &&
               punct_at(x, i + 1, e, ')') && word_at(x, i + 2, e, "of")) {
        at = i - 2;
        j = i + 2;
    }
    /* "23, or 72 per cent, of the 32": the share set off by commas. */
    if (part < 0 && i >= s + 2 && punct_at(x, j, e, ',') &&
        word_at(x, j + 1, e, "of") && word_at(x, i - 1, e, "or") &&
        punct_at(x, i - 2, e, ','))
        j++;
    if (!word_at(x, j, e, "of"))
        return part < 0 ? CT_STATUS_OK
                        : share_whole_opens(x, st, i, (size_t)part);
    j++;
    while (word_at(x, j, e, "the") || word_at(x, j, e, "all") ||
           word_at(x, j, e, "those") || word_at(x, j, e, "these"))
        j++;
    /* "el 25,76% del total de 201.733" */
    if (word_at(x, j, e, "total") && word_at(x, j + 1, e, "of") &&
        free_num(x, j + 2, e))
        j += 2;
    /* "91 per cent of the total 719 cases" */
    else if (word_at(x, j, e, "total") && free_num(x, j + 1, e))
        j++;
    /* "0.1 per cent of the over 1.9 million non-traffic crimes": a
     * whole hedged, which the claim's own rounding easily covers. */
    bool whole_hedged = j + 1 < e && t[j].kind == TK_WORD &&
                        ctp_lex_hedge_word(&t[j]) != CT_CLAIM_HEDGE_NONE &&
                        free_num(x, j + 1, e) && !t[j + 1].fig.is_percent;
    if (whole_hedged)
        j++;
    if (part < 0 && !free_num(x, j, e))
        restated_part(x, e, &j, &part);
    /* "29.5% de las 23 mil 101 carpetas ...; es decir, juntos sumaron
     * seis mil 826 indagatorias": the part said again after the whole. */
    if (part < 0 && free_num(x, j, e))
        part = part_said_after(x, j, j, e);
    if (part < 0) {
        bool found;
        if ((rc = share_of_those(x, st, i, j, &found)) != CT_STATUS_OK ||
            found ||
            (rc = share_of_those_named(x, st, i, at, j, &found)) !=
                CT_STATUS_OK ||
            found)
            return rc;
    }
    /* "291 637 mujeres y niñas, el 0.82% del total de las defunciones
     * registradas se debieron a homicidios, es decir, 2 383": the total
     * named in words is the one count before, the part said again
     * after; only nearness ties them, so loosely. */
    if (part < 0 && word_at(x, j, e, "total") && !free_num(x, j + 1, e)) {
        int whole = -1, n = 0;
        for (size_t q = s; q < at; q++)
            if (ctp_finder_plain_count(x, q, e) && free_num(x, q, e))
                whole = (int)q, n++;
        int said = n == 1 ? part_said_after(x, j, (size_t)whole, e) : -1;
        if (said > (int)j) {
            t[i].used = t[said].used = t[whole].used = true;
            share sh = {.published = t[i].fig, .part = said,
                .whole = (size_t)whole, .lo = (size_t)whole,
                .hi = (size_t)said, .hedge = share_hedge(x, s, i),
                .loose = true};
            return emit_share(x, st, &sh);
        }
    }
    if (!free_num(x, j, e))
        j = whole_counted_after(x, j, e);
    if (!free_num(x, j, e) || t[j].fig.is_percent || t[j].per >= 0)
        return CT_STATUS_OK;
    if (part < 0)
        part = part_after_whole(x, j, e);
    if (part < 0)
        part = part_before_share(x, s, at, j);
    bool loose = false;
    if (part < 0) {
        part = part_subject_of_share(x, s, at, j);
        loose = part >= 0;
    }
    /* "half of the 40 cases" with no part: any whole has a part near
     * half, so a fraction in words says nothing to check. */
    if (part < 0 && t[i].words)
        return CT_STATUS_OK;
    if (part >= 0)
        t[part].used = true;
    t[i].used = t[j].used = t[at].used = true;
    /* The part may stand before the share or after the whole. */
    size_t lo = part >= 0 && (size_t)part < at ? (size_t)part : at;
    size_t hi = part >= 0 && (size_t)part > j ? (size_t)part : j;
    share sh = {.published = t[i].fig, .part = part, .whole = j, .lo = lo,
        .hi = hi, .hedge = share_hedge(x, s, i),
        .loose = loose || whole_hedged};
    return emit_share(x, st, &sh);
}

/* Every percentage of the sentence followed by "of" and its whole. */
static ct_status emit_shares_of_whole(extractor *x, const sentence *st)
{
    ct_status rc;
    for (size_t i = st->s; i < st->e; i++) {
        if (!free_share_pct(x, i, st->e))
            continue;
        if ((rc = share_of_whole(x, st, i)) != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "un 82% de éxito en las investigaciones (226 de 274)", "82% of them
 * (226 of 274)", "64.8 per cent of cyber-crime cases registered were for
 * the motive of fraud (42,710 out of 65,893 cases)": the part and the
 * whole in brackets after the share, in the same clause. */
/* "fraud with 91.6% (28,842 cases) out of a total of 31,490 cases": a
 * share, its part in brackets right after it, then "of" the whole.
 * Returns the whole's token, or -1. */
static int part_bracketed_then_whole(const extractor *x, size_t i, size_t e)
{
    const tok *t = x->t;
    if (!punct_at(x, i + 1, e, '(') || !ctp_finder_plain_count(x, i + 2, e))
        return -1;
    size_t close = i + 3;
    while (close < e && close <= i + 5 && t[close].kind == TK_WORD)
        close++;
    size_t j;
    if (!punct_at(x, close, e, ')') || !of_whole_at(x, close + 1, e, &j))
        return -1;
    /* "el 70 % (583) de los crímenes registrados en la provincia, que
     * suman 856": the whole counted after its noun. */
    if (!ctp_finder_plain_count(x, j, e) && word_at(x, close + 2, e, "the"))
        j = whole_counted_after(x, close + 2, e);
    if (!ctp_finder_plain_count(x, j, e) || t[j].used ||
        t[i + 2].fig.value.digits > t[j].fig.value.digits)
        return -1;
    return (int)j;
}

static ct_status emit_shares_bracketed(extractor *x, const sentence *st)
{
    tok *t = x->t;
    ct_status rc;
    size_t e = st->e;
    for (size_t i = st->s; i < e; i++) {
        if (!free_share_pct(x, i, e))
            continue;
        int w = part_bracketed_then_whole(x, i, e);
        if (w >= 0) {
            share sh = {.published = t[i].fig, .part = (int)(i + 2),
                .whole = (size_t)w, .lo = i, .hi = (size_t)w,
                .hedge = CT_CLAIM_HEDGE_NONE};
            t[i].used = t[i + 2].used = t[w].used = true;
            if ((rc = emit_share(x, st, &sh)) != CT_STATUS_OK)
                return rc;
            continue;
        }
        size_t k = i + 1;
        while (k < e && k <= i + 14 &&
               (t[k].kind == TK_WORD ||
                (is_punct(&t[k], '-') && t[k - 1].end == t[k].off)))
            k++;
        if (!punct_at(x, k, e, '(') || !ctp_finder_plain_count(x, k + 1, e))
            continue;
        size_t j;
        /* "(22.148 delitos del total de 37.878)": a noun may follow the
         * part. */
        if (!of_whole_at(x, k + 2, e, &j) &&
            !(t[k + 2].kind == TK_WORD && of_whole_at(x, k + 3, e, &j) &&
              word_at(x, j - 2, e, "total")))
            continue;
        size_t close = j + 1;
        while (close < e && close <= j + 3 && t[close].kind == TK_WORD)
            close++;  /* "65,893 cases)", "6,68,061 IPC cases)" */
        if (!ctp_finder_plain_count(x, j, e) || !punct_at(x, close, e, ')') ||
            t[k + 1].used || t[j].used ||
            t[k + 1].fig.value.digits > t[j].fig.value.digits)
            continue;
        share sh = {.published = t[i].fig, .part = (int)(k + 1), .whole = j,
            .lo = i, .hi = close, .hedge = CT_CLAIM_HEDGE_NONE};
        t[i].used = t[k + 1].used = t[j].used = true;
        if ((rc = emit_share(x, st, &sh)) != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "firearms were used in 99 of them, or approximately 75 percent": the
 * part "of them", then ", or" and the share.  The part's token, or -1. */
static int part_of_them_or(const extractor *x, size_t s, size_t e, size_t i)
{
    const tok *t = x->t;
    size_t h = i > s && ctp_lex_hedge_word(&t[i - 1]) != CT_CLAIM_HEDGE_NONE
                   ? i - 1 : i;
    if (h >= s + 6 && is_word(&t[h - 1], "or") && is_punct(&t[h - 2], ',') &&
        t[h - 3].kind == TK_WORD && in_list(t[h - 3].w, ctp_lex_whole_before) &&
        is_word(&t[h - 4], "of") && ctp_finder_plain_count(x, h - 5, e))
        return (int)(h - 5);
    return -1;
}

/* The part said just before share i: "28,002 or 78%", "65 of them,
 * which is 78%", "153, lo que supone el 1%".  Its token, or -1. */
static int part_said_before(const extractor *x, size_t s, size_t e, size_t i)
{
    const tok *t = x->t;
    int them = part_of_them_or(x, s, e, i);
    if (them >= 0)
        return them;
    if (i >= s + 2 && is_word(&t[i - 1], "or"))
        return ctp_finder_plain_count(x, i - 2, e) ? (int)(i - 2) : -1;
    static const char *const verbs[] = {
        "is", "was", "represents", "supone", "representa", "significa",
        "equivale", "equals", NULL
    };
    size_t q = i;
    if (q > s && ctp_lex_hedge_word(&t[q - 1]) != CT_CLAIM_HEDGE_NONE)
        q--;
    if (q > s && (is_word(&t[q - 1], "the") || is_word(&t[q - 1], "a")))
        q--;
    /* "lo que equivale al 98.8%" */
    if (q > s + 1 && is_word(&t[q - 1], "to") && is_word(&t[q - 2], "equivale"))
        q--;
    if (q <= s + 3 || t[q - 1].kind != TK_WORD || !in_list(t[q - 1].w, verbs))
        return -1;
    q--;
    if (is_word(&t[q - 1], "which"))
        q--;
    else if ((is_word(&t[q - 1], "than") || is_word(&t[q - 1], "que")) &&
             is_word(&t[q - 2], "lo"))
        q -= 2;
    else
        return -1;
    if (q <= s + 1)
        return -1;
    /* "it was determined that 5 083 which is 62% of these incidents":
     * "which" right after the count, with no comma. */
    if (!is_punct(&t[q - 1], ','))
        return is_word(&t[q], "which") && ctp_finder_plain_count(x, q - 1, e)
                   ? (int)(q - 1) : -1;
    q--;
    /* "detected 65 of them, which is" */
    if (q >= s + 3 && is_word(&t[q - 2], "of") &&
        (is_word(&t[q - 1], "them") || is_word(&t[q - 1], "these") ||
         is_word(&t[q - 1], "those")))
        q -= 2;
    /* "de 33.5 millones de delitos ..., 33.1 millones quedaron en la
     * absoluta nada, lo que equivale al 98.8%": what befell the count,
     * in a few words, before the comma. */
    for (size_t w = 0; w < 6 && q > s + 1 && t[q - 1].kind == TK_WORD &&
                       ctp_lex_word_direction(&t[q - 1]) == 0;
         w++)
        q--;
    return ctp_finder_plain_count(x, q - 1, e) ? (int)(q - 1) : -1;
}

/* "35,971 grave crimes were reported last year and that 28,002 or 78% of
 * them were solved", "registered 83 cases and detected 65 of them, which
 * is 78% of the total": a count, its share "of them" or "of the total"
 * said of it, the whole the count named before it in the sentence (the
 * nearest larger one; firmly when it is the only count before). */
static ct_status emit_shares_or_of_them(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s + 2; i < e; i++) {
        int said = free_share_pct(x, i, e) ? part_said_before(x, s, e, i)
                                            : -1;
        /* the words that refer to the whole follow the share, or the
         * part ("99 of them, or approximately 75 percent") */
        if (said < 0 || !(refers_to_whole(x, t[i].at_end, e) ||
                          refers_to_whole(x, t[said].at_end, e)))
            continue;
        if (said < 0 || t[said].used)
            continue;
        size_t part = (size_t)said;
        int whole = -1, counts = 0;
        for (size_t q = part; q-- > s;)
            if (t[q].kind == TK_NUM && !t[q].label && !t[q].fig.is_percent &&
                t[q].per < 0) {
                counts++;
                if (whole < 0 && t[q].fig.is_exact &&
                    t[q].fig.value.digits > t[part].fig.value.digits)
                    whole = (int)q;
            }
        if (whole < 0)
            continue;
        t[part].used = t[i].used = t[whole].used = true;
        share sh = {.published = t[i].fig, .part = (int)part,
                    .whole = (size_t)whole, .lo = part, .hi = i,
                    .hedge = share_hedge(x, s, i), .loose = counts > 1};
        ct_status rc = emit_share(x, st, &sh);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* Whether part 'part' and its share 'pct' stand side by side: "3.752,
 * el 10,2 por ciento", "3,925 (76%)". */
static bool share_beside_part(const extractor *x, size_t part, size_t pct,
                              size_t e)
{
    size_t q = part + 1;
    /* "112 homicidios, un 98.2 %", "512 offences (46.2 per cent)": a
     * noun may follow the part. */
    if (q + 1 < e && x->t[q].kind == TK_WORD &&
        (punct_at(x, q + 1, e, ',') || punct_at(x, q + 1, e, '(')))
        q++;
    if (!punct_at(x, q, e, ',') && !punct_at(x, q, e, '('))
        return false;
    q++;
    /* "6.647 casos, es decir, el 45,2% del total" */
    if (that_is_at(x->t, q, e))
        q += punct_at(x, q + 2, e, ',') ? 3 : 2;
    /* "43.134 (casi el 45%)": a hedge may come first. */
    if (q < e && ctp_lex_hedge_word(&x->t[q]) != CT_CLAIM_HEDGE_NONE)
        q++;
    /* "215 arrests, representing a 3% chance" */
    if (word_at(x, q, e, "representing") || word_at(x, q, e, "meaning"))
        q++;
    /* Cues have read "el" and "un" as "the" and "a". */
    if (word_at(x, q, e, "the") || word_at(x, q, e, "a") ||
        word_at(x, q, e, "or") || word_at(x, q, e, "some"))
        q++;
    return q == pct;
}

/* Whether "and" (or "y", "while", "mientras") stands between tokens
 * 'from' and 'to', with only words, dates and punctuation besides. */
static bool joined_after(const tok *t, size_t from, size_t to)
{
    static const char *const joins[] = {
        "and", "while", "whereas", "y", "mientras", NULL
    };
    bool joined = false;
    for (size_t k = from + 1; k < to; k++) {
        if (t[k].kind == TK_NUM)
            return false;
        if (t[k].kind == TK_WORD && in_list(t[k].w, joins))
            joined = true;
    }
    return joined;
}

/* Whether a percentage after token 'q' has a whole of its own: "72
 * per cent of the 32". */
static bool whole_of_own_after(const extractor *x, size_t q, size_t e)
{
    for (size_t r = q; r + 2 < e; r++) {
        if (x->t[r].kind != TK_NUM || !x->t[r].fig.is_percent ||
            !word_at(x, r + 1, e, "of"))
            continue;
        size_t j = r + 2;
        while (word_at(x, j, e, "the") || word_at(x, j, e, "all"))
            j++;
        if (j < e && x->t[j].kind == TK_NUM && !x->t[j].fig.is_percent)
            return true;
    }
    return false;
}

/* Whether a new clause opens between tokens 'from' and 'to': a comma,
 * a semicolon or a joining word, with no figure between. */
static bool clause_opens_between(const tok *t, size_t from, size_t to)
{
    bool opens = false;
    for (size_t k = from + 1; k < to; k++) {
        if (t[k].kind == TK_NUM)
            return false;
        if (is_punct(&t[k], ',') || is_punct(&t[k], ';'))
            opens = true;
    }
    return opens || joined_after(t, from, to);
}

/* "Of 59,335 young people sentenced in 2011/12, 3,925 were given an
 * immediate custodial sentence – a custody rate of 6.61 per cent": a
 * sentence that opens with the whole, then one part, then one
 * percentage; or parts each with its share beside it, "De los 36 mil
 * 685 homicidios en 2018, 3 mil 752, el 10.2 por ciento, fueron de
 * mujeres y 32 mil 765, el 89.3 por ciento, de hombres". */
static ct_status emit_share_opening_whole(extractor *x, const sentence *st)
{
    enum { MAX_PARTS = 8 };
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    size_t o = opening_of(t, s, e);
    if (o == SIZE_MAX)
        return CT_STATUS_OK;
    size_t nn = o + 1;
    /* "De estas 159 violaciones de domicilio, 62 fueron ..." */
    while (word_at(x, nn, e, "the") || word_at(x, nn, e, "all") ||
           word_at(x, nn, e, "these") || word_at(x, nn, e, "those") ||
           word_at(x, nn, e, "estas") || word_at(x, nn, e, "estos"))
        nn++;
    /* "De todos los homicidios cometidos, es decir de los 3.954, 470
     * corresponden a mujeres": the whole named again with its figure. */
    for (size_t k = nn; k + 3 < e && k < nn + 8 && t[nn].kind != TK_NUM;
         k++)
        if (that_is_at(t, k, e) && is_word(&t[k + 2], "of")) {
            size_t q = k + 3;
            while (word_at(x, q, e, "the") || word_at(x, q, e, "all"))
                q++;
            if (q < e && t[q].kind == TK_NUM)
                nn = q;
            break;
        }
    size_t parts[MAX_PARTS], pcts[MAX_PARTS], np = 0, npct = 0;
    /* "De los 71 homicidios, 63, es decir el 89 por ciento, tienen
     * autores identificados y 7 ya cuentan con condenas": the pairs
     * each with its share beside its part stand when what follows them,
     * in a clause of its own, is no further pair. */
    size_t kept = 0;
    bool clause_after_kept = false;
    bool clean = free_num(x, nn, e) && !t[nn].fig.is_percent &&
                 t[nn].per < 0;
    for (size_t q = nn + 1; clean && q < e; q++) {
        /* "413 or 51% were the work of syndicates involving RM9.6mil in
         * losses": a sum of money is no count of the cases. */
        if (t[q].kind != TK_NUM || t[q].label || t[q].money)
            continue;
        if (kept > 0 && np == kept && npct == kept)
            clause_after_kept = clause_opens_between(t, pcts[kept - 1], q);
        /* "Of the 41 murders committed in 2020, 26 or 63 per cent have
         * been solved and in 2021, 23 or 72 per cent of the 32": a
         * clause joined after the shares has a whole of its own. */
        if (np > 0 && np == npct && joined_after(t, pcts[npct - 1], q) &&
            whole_of_own_after(x, q, e))
            break;
        /* "4.118, el 60,6 %, son españolas, un 16,7 % más que ...": a
         * change a statement took after the shares is a clause of its
         * own. */
        if (!free_num(x, q, e) && t[q].fig.is_percent && np > 0 &&
            np == npct)
            break;
        if (!free_num(x, q, e) || t[q].per >= 0)
            clean = false;
        else if (!t[q].fig.is_percent && np == npct && np < MAX_PARTS)
            parts[np++] = q;
        else if (t[q].fig.is_percent && npct < np && !t[q].fig.is_points)
            pcts[npct++] = q;
        else if (t[q].fig.is_percent && np == 0 && npct == 0)
            pcts[npct++] = q;  /* a share with no part given */
        /* "el 16% corresponden a mujeres, es decir 47 muertes": the part
         * said after its share. */
        else if (!t[q].fig.is_percent && np + 1 == npct && q >= 2 &&
                 (that_is_at(t, q - 2, q) ||
                  (is_word(&t[q - 2], "that") && is_word(&t[q - 1], "is"))))
            parts[np++] = q;
        else
            clean = false;
        if (clean && np == npct && kept + 1 == np &&
            share_beside_part(x, parts[np - 1], pcts[np - 1], e))
            kept = np;
    }
    if ((!clean || np != npct) && kept > 0 && clause_after_kept) {
        clean = true;
        np = npct = kept;
    }
    if (!clean || npct == 0)
        return CT_STATUS_OK;
    /* "Of the 103,379 offences recorded, 76 per cent were race hate
     * crimes": a share whose part is not given is no claim. */
    if (np == 0) {
        if (share_of_opening_whole(t, s, e, pcts[0]))
            t[pcts[0]].used = t[nn].used = true;
        return CT_STATUS_OK;
    }
    if (np != npct)
        return CT_STATUS_OK;
    size_t part = parts[0], pct = pcts[0];
    /* The part right after the comma that closes the whole's words, or
     * later in the clause before a share of its own ("..., Ashanti had
     * 130 cases representing 55.5 per cent"). */
    bool after_comma = false;
    for (size_t q = nn + 1; q < part; q++)
        if (is_punct(&t[q], ','))
            after_comma = true;
    bool bracketed = punct_at(x, part + 1, e, '(') &&
                     share_beside_part(x, part, pct, e);
    /* "De los 114 homicidios, ... resolvieron 112 homicidios, un 98.2
     * %": the part later in the clause, its share beside it. */
    bool beside = after_comma && share_beside_part(x, part, pct, e);
    /* "Of the 525 murders ..., a mere 42 were detected": a word or two
     * weighing the part may stand after the comma. */
    /* "Of the 7,077 reported auto thefts this year, there have been only
     * 215 arrests": the words that say there were so many, too. */
    static const char *const weighing[] = {
        "a", "mere", "only", "just", "there", "have", "has", "been", "were",
        "was", NULL
    };
    size_t lead = part - 1;
    while (lead > nn + 1 && lead + 5 >= part && t[lead].kind == TK_WORD &&
           in_list(t[lead].w, weighing))
        lead--;
    if (!(is_punct(&t[lead], ',') || bracketed || beside || part > pct ||
          (after_comma && share_of_opening_whole(t, s, e, pct))))
        return CT_STATUS_OK;
    for (size_t k = 0; k < np; k++)
        if (t[parts[k]].fig.value.digits >= t[nn].fig.value.digits ||
            (np > 1 && !share_beside_part(x, parts[k], pcts[k], e)))
            return CT_STATUS_OK;
    return emit_parts_of_whole(x, st, parts, pcts, np, nn, false);
}

/* The part of a share at 'i' in an "of which" sentence: in brackets
 * before or after it ("156 (56,3% del total)", "30,5% (46 mujeres)"),
 * the count before a negative share ("986.444 -80,6%"), or a few words
 * before it after "which" ("of which 1200 were houses - 77 per cent").
 * Returns its token, or -1. */
/* The comma before the words that say again, as a share, what came
 * before percentage i: ", es decir más de la mitad (53,63%)", ", the
 * 52.4%", ", or approximately 75 percent", ", lo que representa el 40%".
 * Returns the comma's token, or i when there is none. */
static size_t restating_lead(const tok *t, size_t s, size_t i)
{
    static const char *const half[] = {
        "more", "than", "half", "the", "of", "mitad", "la", NULL
    };
    static const char *const links[] = {
        "or", "o", "decir", "is", "es", "that", "which", "lo", "que",
        "represents", "representa", "representing", "representando",
        "supone", "means", "significa", "equivale", "equivalen", "equals",
        "to", "al", "a", "cifra", "figure", "than", NULL
    };
    size_t q = i;
    if (q > s && is_punct(&t[q - 1], '('))
        q--;
    if (q > s && (is_word(&t[q - 1], "the") || is_word(&t[q - 1], "a") ||
                  is_word(&t[q - 1], "un")))
        q--;
    if (q > s && ctp_lex_hedge_word(&t[q - 1]) != CT_CLAIM_HEDGE_NONE)
        q--;
    for (size_t n = 0; q > s && n < 5 && t[q - 1].kind == TK_WORD &&
                       in_list(t[q - 1].w, half);
         n++)
        q--;
    for (size_t n = 0; q > s && n < 4 && t[q - 1].kind == TK_WORD &&
                       in_list(t[q - 1].w, links);
         n++)
        q--;
    if (q > s && is_punct(&t[q - 1], ','))
        q--;
    return q < i && is_punct(&t[q], ',') ? q : i;
}

/* "De esta cifra, 118 casos fueron asesinatos por sicariato, es decir
 * más de la mitad (53,63%)", "Of these, 367 were contract killings, or
 * 52.4%": after "of which" (or "of which" and a noun) and a comma, the
 * part, a few words, a comma, and words saying the share again.  The
 * part's token, or -1. */
static int part_restated_of_which(const extractor *x, size_t s, size_t e,
                                  size_t i)
{
    const tok *t = x->t;
    size_t lead = restating_lead(t, s, i);
    if (lead == i)
        return -1;
    size_t k = lead;
    while (k > s && lead - k < 12 && t[k - 1].kind == TK_WORD &&
           ctp_lex_word_direction(&t[k - 1]) == 0)
        k--;
    if (k == lead || k < s + 3 || !ctp_finder_plain_count(x, k - 1, e) ||
        t[k - 1].used)
        return -1;
    /* "of which", or "De esta cifra" read as "of which cifra", then a
     * comma or not ("de los cuales 351.729 ya fueron formalizados") */
    size_t wh = is_punct(&t[k - 2], ',') ? k - 3 : k - 2;
    while (wh > s + 1 && k - 3 - wh < 2 && t[wh].kind == TK_WORD &&
           !is_word(&t[wh], "which"))
        wh--;
    /* Opening the sentence, the whole is the count before it; within
     * it, "of which" follows its whole ("un total de 410.802 imputados,
     * de los cuales"). */
    if (!is_word(&t[wh], "which") || !is_word(&t[wh - 1], "of"))
        return -1;
    return wh - 1 == ctp_lex_opening_of_at(t, s, e) ||
                   (wh >= s + 2 && is_punct(&t[wh - 2], ','))
               ? (int)(k - 1) : -1;
}

static int part_of_which(const extractor *x, size_t s, size_t e, size_t i)
{
    const tok *t = x->t;
    if (i >= s + 2 && punct_at(x, i - 1, e, '(') &&
        ctp_finder_plain_count(x, i - 2, e) && !t[i - 2].used)
        return (int)(i - 2);
    /* "De ellas, 6.154, es decir el 81 % del total": the part, then
     * "that is" and its share. */
    /* "632, es decir, el 60 por ciento": a comma after it too. */
    size_t d = i >= s + 2 && is_punct(&t[i - 2], ',') ? i - 1 : i;
    if (d >= s + 5 && is_word(&t[i - 1], "the") &&
        that_is_at(t, d - 3, d - 1) &&
        punct_at(x, d - 4, e, ',')) {
        /* "de los cuales 8 fueron en Tabasco, es decir, el 13%": a few
         * words may name where the part is. */
        size_t q = d - 5;
        for (size_t words = 0; q > s && words < 4 && t[q].kind == TK_WORD &&
                               !is_word(&t[q], "and") && !is_word(&t[q], "but");
             words++)
            q--;
        if (ctp_finder_plain_count(x, q, e) && !t[q].used)
            return (int)q;
    }
    /* "A bulk of these cases (7,805, or 27.3 per cent)", "(3,201 or
     * 11.2 per cent)": the part and "or" its share, in brackets; "Of
     * these cases 9,359 or 49% were detected" without them. */
    if (i >= s + 3 && is_word(&t[i - 1], "or")) {
        size_t q = punct_at(x, i - 2, e, ',') ? i - 3 : i - 2;
        /* "Among them, 3,725, or 40.4 percent, were students": a comma
         * may stand before the verb. */
        size_t v = punct_at(x, i + 1, e, ',') ? i + 2 : i + 1;
        if (q > s && ctp_finder_plain_count(x, q, e) && !t[q].used &&
            (punct_at(x, q - 1, e, '(') ||
             (v < e && t[v].kind == TK_WORD &&
              in_list(t[v].w, ctp_share_verbs))))
            return (int)q;
    }
    /* "43.134 (casi el 45%)" */
    if (i >= s + 3 && ctp_lex_hedge_word(&t[i - 1]) != CT_CLAIM_HEDGE_NONE &&
        punct_at(x, i - 2, e, '(') && ctp_finder_plain_count(x, i - 3, e) &&
        !t[i - 3].used)
        return (int)(i - 3);
    /* "3,033 cases (72.82 per cent)", "5.803 sin habitar (el 58,23%)":
     * a word, or two that are not structure words, naming the part
     * before the bracket. */
    size_t b = i > s && is_word(&t[i - 1], "the") ? i - 1 : i;
    if (b >= s + 3 && punct_at(x, b - 1, e, '('))
        for (size_t k = b - 2, words = 1;
             words <= 2 && k > s && t[k].kind == TK_WORD; k--, words++) {
            if (words == 2 &&
                (in_list(t[k].w, ctp_finder_structure_words) ||
                 in_list(t[k + 1].w, ctp_finder_structure_words)))
                break;
            if (ctp_finder_plain_count(x, k - 1, e) && !t[k - 1].used)
                return (int)(k - 1);
        }
    int w = which_part_before(t, s, i);
    if (w < 0)
        w = comma_the_part(t, s, e, i);
    if (w >= 0 && ctp_finder_plain_count(x, (size_t)w, e) && !t[w].used)
        return w;
    if (punct_at(x, i + 1, e, '(') && ctp_finder_plain_count(x, i + 2, e) &&
        !t[i + 2].used)
        return (int)(i + 2);
    /* "y 9%-que equivale a 3 mil denuncias- son", "40%, which equates
     * to 300 cases," */
    size_t v = i + 1;
    if (punct_at(x, v, e, ',') || punct_at(x, v, e, '-'))
        v++;
    if (word_at(x, v, e, "than") || word_at(x, v, e, "which"))
        v++;
    if ((word_at(x, v, e, "equivale") || word_at(x, v, e, "equates") ||
         word_at(x, v, e, "equivalen")) && word_at(x, v + 1, e, "to") &&
        v + 2 < e && t[v + 2].kind == TK_NUM && !t[v + 2].fig.is_percent &&
        t[v + 2].per < 0 && !t[v + 2].label && !t[v + 2].used)
        return (int)(v + 2);
    /* "el 3,6% (un total de 55.478)" */
    if (punct_at(x, i + 1, e, '(') && word_at(x, i + 2, e, "a") &&
        word_at(x, i + 3, e, "total") && word_at(x, i + 4, e, "of") &&
        ctp_finder_plain_count(x, i + 5, e) && !t[i + 5].used)
        return (int)(i + 5);
    if (i > s && t[i].sign < 0 && ctp_finder_plain_count(x, i - 1, e) &&
        !t[i - 1].used)
        return (int)(i - 1);
    size_t k = words_before(t, s, i);
    if (k < i && k > s && ctp_finder_plain_count(x, k - 1, e) &&
        !t[k - 1].used && k >= s + 3 && is_word(&t[k - 2], "which"))
        return (int)(k - 1);
    /* "de los cuales 42 fueron con arma de fuego, es decir, 49.41 por
     * ciento": more words, with a comma before the share, and no
     * direction among them. */
    k = i;
    while (k > s && i - k < 12 &&
           (t[k - 1].kind == TK_WORD || is_punct(&t[k - 1], ',')) &&
           ctp_lex_word_direction(&t[k - 1]) == 0)
        k--;
    /* "de los que apenas 153 tuvieron lugar en Extremadura, el 1% del
     * total": "the" may stand between the comma and the share. */
    size_t before_share = i > s + 1 && is_word(&t[i - 1], "the") ? i - 1 : i;
    if (k < i && k >= s + 3 && is_punct(&t[before_share - 1], ',') &&
        ctp_finder_plain_count(x, k - 1, e) && !t[k - 1].used &&
        is_word(&t[k - 2], "which") && is_word(&t[k - 3], "of"))
        return (int)(k - 1);
    /* "Of those, 27,426 were cleared, for a rate of 24.12 percent": a
     * comma after "of which" (as "Of those" is read), and the share a
     * rate of the part. */
    bool rate_of = i >= s + 2 && is_word(&t[i - 1], "of") &&
                   is_word(&t[i - 2], "rate");
    if (k < i && k >= s + 4 && (is_punct(&t[i - 1], ',') || rate_of) &&
        ctp_finder_plain_count(x, k - 1, e) && !t[k - 1].used &&
        is_punct(&t[k - 2], ',') && is_word(&t[k - 3], "which") &&
        is_word(&t[k - 4], "of"))
        return (int)(k - 1);
    /* "Of that total, 627 were on New Providence (87 percent)": after
     * "of which" and a comma, the part, the words of what it is, and its
     * share in brackets closing the clause. */
    if (i >= s + 6 && is_punct(&t[i - 1], '(') && punct_at(x, i + 1, e, ')')) {
        size_t q = i - 1;
        while (q > s && i - q < 12 && t[q - 1].kind == TK_WORD)
            q--;
        if (q >= s + 4 && ctp_finder_plain_count(x, q - 1, e) &&
            !t[q - 1].used && is_punct(&t[q - 2], ',') &&
            ((is_word(&t[q - 3], "which") && is_word(&t[q - 4], "of")) ||
             (is_word(&t[q - 3], "total") && q >= s + 5 &&
              (is_word(&t[q - 4], "that") || is_word(&t[q - 4], "this") ||
               is_word(&t[q - 4], "the") || is_word(&t[q - 4], "which")) &&
              is_word(&t[q - 5], "of"))))
            return (int)(q - 1);
    }
    int r = part_restated_of_which(x, s, e, i);
    if (r >= 0)
        return r;
    /* "de las cuales el 44.7% estaban aseguradas, es decir, 61,222
     * unidades": the share right after "of which", the part after "that
     * is". */
    size_t o = i > s && is_word(&t[i - 1], "the") ? i - 1 : i;
    if (o >= s + 2 && is_word(&t[o - 1], "which") && is_word(&t[o - 2], "of")) {
        size_t q = i + 1;
        while (q < e && q <= i + 4 && t[q].kind == TK_WORD)
            q++;
        if (punct_at(x, q, e, ',') &&
            (that_is_at(t, q + 1, e) ||
             (word_at(x, q + 1, e, "that") && word_at(x, q + 2, e, "is")))) {
            q += 3;
            if (punct_at(x, q, e, ','))
                q++;
            if (ctp_finder_plain_count(x, q, e) && !t[q].used)
                return (int)q;
        }
    }
    return -1;
}

/* The whole named before "of which" within six tokens before 'lo': the
 * count up to 20 tokens before it, or, when the sentence opens with "Of
 * which", the one count of the sentence before.  Leaves '*whole' as it
 * was when there is no "of which", so a later share of the sentence keeps
 * the whole found for an earlier one. */
static void whole_of_which(const extractor *x, size_t s, size_t e, size_t lo,
                           int *whole)
{
    const tok *t = x->t;
    for (size_t k = lo; k-- > s && lo - k <= 6;) {
        /* "asciende a 183.908 (españolas 115.737, el 62,93 % ...)",
         * "194.658 víctimas, siendo españolas 126.963, el 65,22%" */
        if (is_punct(&t[k], '(') || is_word(&t[k], "siendo")) {
            int w = whole_before_list(t, s, k);
            if (w >= 0 && ctp_finder_plain_count(x, (size_t)w, e) &&
                comma_the_part(t, s, e, lo + 3) == (int)lo) {
                *whole = w;
                break;
            }
        }
        if (!is_word(&t[k], "which") || k == s || !is_word(&t[k - 1], "of"))
            continue;
        *whole = -1;
        for (size_t q = k - 1; q-- > s && k - 1 - q <= 20;)
            if (ctp_finder_plain_count(x, q, e)) {
                *whole = (int)q;
                break;
            }
        /* "Out of these, 3,033 cases (72.82 per cent)", "A bulk of these
         * cases (7,805, or 27.3 per cent)" */
        bool opens = k - 1 == ctp_lex_opening_of_at(t, s, e);
        if (*whole < 0 && opens && x->any_single &&
            t[x->single].fig.is_exact)
            *whole = (int)x->single;
        /* "192 casos de homicidio, frente a 217 del año pasado. De estas
         * muertes el 34 % (64 casos)": the later figure of the pair
         * before. */
        else if (*whole < 0 && opens && x->has_carry &&
                 t[x->carry_b].fig.is_exact)
            *whole = (int)x->carry_b;
        return;
    }
    /* "De esta cifra, el 69% son por extorsiones no consumadas y 9% -que
     * equivale a 3 mil denuncias-": a sentence opening on the figure
     * just given names its whole however far its shares stand. */
    size_t o = ctp_lex_opening_of_at(t, s, e);
    if (*whole < 0 && o + 2 < e && o + 2 <= lo && is_word(&t[o], "of") &&
        is_word(&t[o + 1], "which") && t[o + 2].kind == TK_WORD &&
        x->any_single && t[x->single].fig.is_exact)
        *whole = (int)x->single;
}

/* Emits the share 'pct' of part 'part' in whole 'whole', the claim
 * running from token lo to hi, and takes the three figures. */
static ct_status emit_share_taking(extractor *x, const sentence *st,
                                   size_t pct, size_t part, size_t whole,
                                   size_t lo, size_t hi)
{
    tok *t = x->t;
    share sh = {.published = t[pct].fig, .part = (int)part, .whole = whole,
        .lo = lo, .hi = hi, .hedge = share_hedge(x, st->s, pct)};
    t[part].used = t[pct].used = t[whole].used = true;
    return emit_share(x, st, &sh);
}

/* "se registraron 102.918 delitos, 19.569 de ellos ciberdelitos, un 19%
 * del total", "102,918 crimes, 19,569 of them online, 19% of the
 * total": a part said to be "of them" right after a count and a comma,
 * and its share after the next comma; the count before is the whole. */
static ct_status emit_share_part_of_them(extractor *x, const sentence *st)
{
    static const char *const them[] = {
        "which", "them", "these", "those", NULL
    };
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t p = s + 2; p + 3 < e; p++) {
        /* ", 394 of these", ", and 394 of them" */
        size_t c = p - 1;
        if (c > s && is_word(&t[c], "and"))
            c--;
        if (!ctp_finder_plain_count(x, p, e) || !free_num(x, p, e) ||
            !word_at(x, p + 1, e, "of") || t[p + 2].kind != TK_WORD ||
            !in_list(t[p + 2].w, them) || !punct_at(x, c, e, ','))
            continue;
        /* the whole: a count, a few words of its noun ("3219 drivers
         * were breath tested"), the comma */
        size_t w = c;
        while (w > s && w + 6 > c && t[w - 1].kind == TK_WORD)
            w--;
        /* A count a change has taken may still be the whole ("rose to
         * 102,918, 19,569 of them ..."). */
        if (w == s || !ctp_finder_plain_count(x, w - 1, e) ||
            t[w - 1].fig.value.digits <= t[p].fig.value.digits)
            continue;
        size_t whole = w - 1;
        /* the share: past a few words of the part's noun and a comma,
         * or in brackets ("394 of these failed the test (12.2 per
         * cent)") */
        size_t q = p + 3;
        while (q < e && q < p + 7 && t[q].kind == TK_WORD)
            q++;
        bool bracket = punct_at(x, q, e, '(');
        if (!punct_at(x, q, e, ',') && !bracket)
            continue;
        q++;
        if (!bracket && (word_at(x, q, e, "a") || word_at(x, q, e, "the")))
            q++;
        if (!free_share_pct(x, q, e) || t[q].sign != 0 ||
            (bracket && !punct_at(x, q + 1, e, ')')))
            continue;
        ct_status rc = emit_share_taking(x, st, q, p, whole, whole, q);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "la provincia registró un total de 518 muertes violentas, lo que
 * implica que ya se ha alcanzado el 90% de ese número: 466", "rose to
 * 1,200, and 45% of that figure (540) were": a share of "that number"
 * (or figure, total) points back to the one count before it in the
 * sentence, its part given right after, past a colon, comma or
 * bracket. */
static ct_status emit_share_of_that_number(extractor *x, const sentence *st)
{
    static const char *const pointing[] = {
        "that", "this", "ese", "esa", "este", "esta", "dicho", "dicha", NULL
    };
    static const char *const numbers[] = {
        "number", "figure", "total", "número", "cifra", NULL
    };
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s + 1; i + 4 < e; i++) {
        if (!free_share_pct(x, i, e) || !word_at(x, i + 1, e, "of") ||
            t[i + 2].kind != TK_WORD || !in_list(t[i + 2].w, pointing) ||
            t[i + 3].kind != TK_WORD || !in_list(t[i + 3].w, numbers))
            continue;
        size_t p = i + 4;
        if (!punct_at(x, p, e, ':') && !punct_at(x, p, e, ',') &&
            !punct_at(x, p, e, '('))
            continue;
        p++;
        if (!ctp_finder_plain_count(x, p, e) || !free_num(x, p, e) ||
            !t[p].fig.is_exact)
            continue;
        /* the whole: the one count before the share */
        int whole = -1, counts = 0;
        for (size_t q = s; q < i; q++)
            if (t[q].kind == TK_NUM && !t[q].label) {
                counts++;
                whole = (int)q;
            }
        if (counts != 1 || !ctp_finder_plain_count(x, (size_t)whole, e) ||
            !free_num(x, (size_t)whole, e) ||
            t[p].fig.value.digits > t[whole].fig.value.digits)
            continue;
        ct_status rc = emit_share_taking(x, st, i, p, (size_t)whole, i, p);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "... se han registrado 217.571 infracciones ... Esto supone el 12,5%
 * de todo el conjunto de la criminalidad (un total de 1.735.625
 * infracciones penales)": a sentence that opens on the one before gives
 * its one count as the part, and the whole is the total named in
 * brackets after the share. */
static ct_status emit_share_of_anaphor(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    if (!x->anaphor || !x->any_single || !t[x->single].fig.is_exact)
        return CT_STATUS_OK;
    size_t i = s;
    while (i < e && i < s + 6 && t[i].kind == TK_WORD)
        i++;
    if (!free_share_pct(x, i, e) || !word_at(x, i + 1, e, "of"))
        return CT_STATUS_OK;
    size_t k = i + 2;
    while (k < e && k < i + 12 && t[k].kind == TK_WORD)
        k++;
    if (!punct_at(x, k, e, '(') || !word_at(x, k + 1, e, "a") ||
        !word_at(x, k + 2, e, "total") || !word_at(x, k + 3, e, "of") ||
        !ctp_finder_plain_count(x, k + 4, e) || t[k + 4].used ||
        t[k + 4].fig.value.digits <= t[x->single].fig.value.digits)
        return CT_STATUS_OK;
    share sh = {.published = t[i].fig, .part = (int)x->single, .whole = k + 4,
        .lo = i, .hi = k + 4, .hedge = share_hedge(x, s, i)};
    t[i].used = t[k + 4].used = true;
    return emit_share(x, st, &sh);
}

/* "277 homicidios, de los cuales 156 (56,3% del total)", "151 mujeres
 * ..., de las cuales el 30,5% (46 mujeres)", "1.224.084 hechos, de los
 * que 986.444 -80,6% del total-", "Of these, 220 (22%) ...": a part and
 * its share, the whole named before "of which" (or, when the sentence
 * opens with it, the one count of the sentence before). */
static ct_status emit_shares_of_which(extractor *x, const sentence *st)
{
    tok *t = x->t;
    ct_status rc;
    size_t s = st->s, e = st->e;
    int whole = -1;
    for (size_t i = s; i < e; i++) {
        if (!free_share_pct(x, i, e))
            continue;
        int part = part_of_which(x, s, e, i);
        if (part < 0)
            continue;
        size_t lo = (size_t)part < i ? (size_t)part : i;
        whole_of_which(x, s, e, lo, &whole);
        if (whole < 0 || t[whole].fig.value.digits <= t[part].fig.value.digits)
            continue;
        share sh = {.published = t[i].fig, .part = part,
            .whole = (size_t)whole, .lo = lo,
            .hi = (size_t)part > i ? (size_t)part : i,
            .hedge = i > s ? ctp_lex_hedge_word(&t[i - 1])
                           : CT_CLAIM_HEDGE_NONE};
        sh.published.value.negative = false;
        t[part].used = t[i].used = true;
        if ((rc = emit_share(x, st, &sh)) != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* Whether every count of the sentence after the share at 'i' stands in
 * a clause of its own that compares the share's part with another place
 * ("Es decir, el 18% de todas las denuncias, cifra que está muy por
 * encima de las 31 denuncias ... en Alto Paraná"), so it is neither the
 * part nor the whole; a count before the share, or one not set against
 * it, may be either. */
static bool counts_compared_after(const extractor *x, size_t s, size_t i,
                                  size_t e)
{
    static const char *const comparing[] = {
        "than", "encima", "above", "below", "debajo", "compared",
        "frente", "superior", "inferior", NULL
    };
    const tok *t = x->t;
    for (size_t q = s; q < i; q++)
        if (t[q].kind == TK_NUM && !t[q].label)
            return false;
    size_t comma = e, cmp = e;
    for (size_t q = i + 1; q < e; q++) {
        if (t[q].kind == TK_NUM && !t[q].fig.is_percent && !t[q].label &&
            cmp == e)
            return false;
        if (is_punct(&t[q], ',') && comma == e)
            comma = q;
        if (comma < q && t[q].kind == TK_WORD && in_list(t[q].w, comparing))
            cmp = q;
    }
    return true;
}

/* "De los 13.911 casos denunciados, 11.817 corresponden a delitos
 * convencionales y 2.094 a cibernéticos. La cibercriminalidad ... ya
 * supone el 15% del total": a share "of" the total with no count in its
 * sentence, whose part and whole are counts of the sentence before.
 * Which part is meant only agreement says, so the share is taken only
 * when exactly one part agrees, loosely. */
static ct_status emit_share_parts_before(extractor *x, const sentence *st)
{
    if (!x->prev_same_para)
        return CT_STATUS_OK;
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    bool counts = false;
    for (size_t q = s; q < e && !counts; q++)
        counts = t[q].kind == TK_NUM && !t[q].fig.is_percent && !t[q].label;
    for (size_t i = s; i + 1 < e; i++) {
        if (!free_share_pct(x, i, e) || !is_word(&t[i + 1], "of"))
            continue;
        if (counts && !counts_compared_after(x, s, i, e))
            continue;
        int found = 0, part = -1, whole = -1;
        ct_claim best;
        for (size_t p = 0; p < s && found < 2; p++) {
            size_t cand[MAX_NEARBY], n;
            if (!ctp_finder_nearby_count(x, p, s) || !t[p].fig.is_exact ||
                !whole_candidates(x, st, 0, s, p, true, cand, &n))
                continue;
            ct_claim c;
            int w = pick_whole(t, cand, n, p, &t[i].fig, t[i].hedge, false,
                               &c);
            if (w >= 0) {
                found++;
                part = (int)p;
                whole = w;
                best = c;
            }
        }
        if (found != 1)
            continue;
        ctp_finder_claim_at(x, st, &best, s, i, i);
        t[part].used = t[whole].used = t[i].used = true;
        ct_status rc = ctp_finder_emit(x, &best);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "A total of 37,689 cases were recorded in 2024, up from 22,859 in the
 * previous year. The 11,914 cybercrimes cases accounted for 32% of the
 * total.": a share "of the total" with its part before it in the
 * sentence and no figure after, its whole a count of the sentence before;
 * which one only agreement says, so the share is taken only when exactly
 * one agrees, loosely. */
static ct_status emit_share_whole_before(extractor *x, const sentence *st)
{
    if (!x->prev_same_para)
        return CT_STATUS_OK;
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s + 1; i + 2 < e; i++) {
        /* "of the total", "del total"; "accounting for 9.4 percent of
         * reports": the whole's noun, as agreement alone decides. */
        size_t k = word_at(x, i + 2, e, "the") ? i + 3 : i + 2;
        if (!free_share_pct(x, i, e) || !word_at(x, i + 1, e, "of") ||
            k >= e || t[k].kind != TK_WORD ||
            in_list(t[k].w, ctp_finder_structure_words) ||
            (k + 1 < e &&
             (t[k + 1].kind == TK_NUM || is_word(&t[k + 1], "of"))))
            continue;
        int part = -1;
        for (size_t q = i; q-- > s && i - q <= 8;)
            if (t[q].kind == TK_NUM) {
                if (ctp_finder_plain_count(x, q, e) && free_num(x, q, e))
                    part = (int)q;
                break;
            }
        if (part < 0)
            continue;
        size_t cand[MAX_NEARBY], n;
        if (!whole_candidates(x, st, 0, s, (size_t)part, true, cand, &n))
            continue;
        if (n == 0)
            (void)wholes_used_before(x, st, (size_t)part, cand, &n);
        ct_claim best;
        int w = pick_whole(t, cand, n, (size_t)part, &t[i].fig,
                           share_hedge(x, s, i), false, &best);
        if (w < 0)
            continue;
        best.loose = true;
        ctp_finder_claim_at(x, st, &best, s, (size_t)part, k);
        t[part].used = t[i].used = true;
        ct_status rc = ctp_finder_emit(x, &best);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "la cifra de 31 homicidios en noviembre ... representa el 6 % del
 * total de crímenes registrados hasta ese mes (494)": a share "of the
 * total" whose whole follows in brackets after the words naming it.
 * The part is a count before it in the sentence; which one only
 * agreement says, so the share is taken only when exactly one agrees,
 * loosely. */
static ct_status emit_share_total_in_brackets(extractor *x,
                                              const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i + 2 < e; i++) {
        if (!free_share_pct(x, i, e) || !is_word(&t[i + 1], "of"))
            continue;
        size_t k = i + 2 + is_word(&t[i + 2], "the");
        if (!word_at(x, k, e, "total"))
            continue;
        size_t w = k + 1;
        while (w < e && w <= k + 10 && t[w].kind == TK_WORD)
            w++;
        if (!punct_at(x, w, e, '(') || !ctp_finder_plain_count(x, w + 1, e) ||
            !punct_at(x, w + 2, e, ')') || t[w + 1].used)
            continue;
        size_t whole = w + 1;
        int found = 0, part = -1;
        ct_claim best;
        for (size_t p = s; p < i && found < 2; p++) {
            ct_claim c;
            if (ctp_finder_nearby_count(x, p, e) && t[p].fig.is_exact &&
                t[p].fig.value.digits < t[whole].fig.value.digits &&
                pick_whole(t, &whole, 1, p, &t[i].fig, t[i].hedge, false,
                           &c) >= 0) {
                found++;
                part = (int)p;
                best = c;
            }
        }
        if (found != 1)
            continue;
        ctp_finder_claim_at(x, st, &best, s, (size_t)part, whole);
        t[part].used = t[whole].used = t[i].used = true;
        ct_status rc = ctp_finder_emit(x, &best);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "... 4.878 víctimas en total. Así, 3.631 afectados corresponden a
 * víctimas no consumadas (74%), ... y 1.247 víctimas fallecieron a causa
 * del delito (26%)": counts each with its share in brackets a few words
 * after it, which add up to a count said before (in the sentence, or the
 * one before in the paragraph).  The sum ties them to that whole as
 * firmly as words would. */
static ct_status emit_shares_summing(extractor *x, sentence *st)
{
    enum { MAX_PARTS = 8 };
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    size_t parts[MAX_PARTS], pcts[MAX_PARTS], np = 0;
    int64_t sum = 0;
    for (size_t i = s + 2; i + 1 < e; i++) {
        if (t[i].kind != TK_NUM || !t[i].fig.is_percent ||
            t[i].fig.is_points || t[i].sign != 0 ||
            !is_punct(&t[i - 1], '(') || !is_punct(&t[i + 1], ')'))
            continue;
        size_t k = i - 1;
        while (k > s && i - k <= 9 && t[k - 1].kind == TK_WORD &&
               ctp_lex_word_direction(&t[k - 1]) == 0)
            k--;
        if (k == s || !ctp_finder_plain_count(x, k - 1, e) || t[k - 1].used ||
            t[k - 1].fig.value.scale != 0 || np == MAX_PARTS)
            continue;
        parts[np] = k - 1;
        pcts[np++] = i;
        sum += t[k - 1].fig.value.digits;
    }
    if (np < 2)
        return CT_STATUS_OK;
    int whole = -1, found = 0;
    for (size_t q = x->prev_same_para ? 0 : s; q < parts[0]; q++)
        if (t[q].kind == TK_NUM && !t[q].label && t[q].fig.is_exact &&
            !t[q].fig.is_percent && t[q].per < 0 &&
            t[q].fig.value.scale == 0 && t[q].fig.exp10 == 0 &&
            t[q].fig.value.digits == sum)
            whole = (int)q, found++;
    if (found != 1)
        return CT_STATUS_OK;
    /* A percentage some word makes a change is not a share; one taken
     * by no statement is taken already. */
    for (size_t k = 0; k < np; k++) {
        bool bare = false;
        for (size_t j = 0; j < st->n_stmts; j++)
            if (st->stmts[j].pct == (int)pcts[k])
                bare = st->stmts[j].dir == 0 && st->stmts[j].pair < 0 &&
                       st->stmts[j].diff < 0 && !st->stmts[j].absorbed;
        if (t[pcts[k]].used && !bare)
            return CT_STATUS_OK;
        for (size_t j = 0; j < st->n_stmts; j++)
            if (st->stmts[j].pct == (int)pcts[k] && !bare)
                return CT_STATUS_OK;
    }
    for (size_t j = 0; j < st->n_stmts; j++)
        for (size_t k = 0; k < np; k++)
            if (st->stmts[j].pct == (int)pcts[k])
                st->stmts[j].absorbed = true;
    for (size_t k = 0; k < np; k++) {
        share sh = {.published = t[pcts[k]].fig, .part = (int)parts[k],
            .whole = (size_t)whole, .lo = parts[k], .hi = pcts[k] + 1,
            .hedge = CT_CLAIM_HEDGE_NONE};
        t[parts[k]].used = t[pcts[k]].used = true;
        ct_status rc = emit_share(x, st, &sh);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    t[whole].used = true;
    return CT_STATUS_OK;
}

/* Emits the share 'pct' of a part that is two counts together ('sum',
 * printed as count 'like' is) in whole 'whole', the claim running from
 * token lo to hi. */
static ct_status emit_share_of_sum(extractor *x, const sentence *st,
                                   size_t pct, size_t like, int64_t sum,
                                   size_t whole, size_t lo, size_t hi,
                                   ct_claim_hedge hedge)
{
    tok *t = x->t;
    ct_claim c;
    ct_claim_init(&c);
    c.measure = CT_CLAIM_SHARE;
    c.published = t[pct].fig;
    c.hedge = hedge;
    ctp_finder_claim_figure_from_tok(&t[like], &c.from);
    c.from.value.digits = sum;
    ctp_finder_claim_figure_from_tok(&t[whole], &c.to);
    ctp_finder_claim_at(x, st, &c, st->s, lo, hi);
    t[pct].used = t[whole].used = true;
    return ctp_finder_emit(x, &c);
}

/* "... Michoacán ..., con 413, apenas debajo de Guanajuato, que reportó
 * 657. Ambos representan prácticamente el 20 por ciento del total en la
 * nación, pues se alcanzan 5 mil 397": a sentence opening on "both"
 * gives a share of the two counts of the sentence before together; the
 * whole is the one count after the share. */
static ct_status emit_share_of_both(extractor *x, const sentence *st)
{
    static const char *const both[] = {
        "ambos", "ambas", "both", "together", NULL
    };
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    if (s < 2 || !x->prev_same_para || t[s].kind != TK_WORD ||
        !in_list(t[s].w, both) || t[s - 1].kind != TK_BREAK)
        return CT_STATUS_OK;
    size_t i = s + 1;
    while (i < e && i <= s + 5 && t[i].kind == TK_WORD)
        i++;
    if (!free_share_pct(x, i, e))
        return CT_STATUS_OK;
    /* the two counts of the sentence before */
    size_t two[2], n = 0;
    for (size_t q = s - 1; q-- > 0 && t[q].kind != TK_BREAK;)
        if (t[q].kind == TK_NUM && !t[q].label) {
            if (n == 2 || !ctp_finder_plain_count(x, q, q + 1))
                return CT_STATUS_OK;
            two[n++] = q;
        }
    /* the whole: the one count after the share */
    int whole = -1;
    for (size_t q = i + 1; q < e; q++)
        if (t[q].kind == TK_NUM && !t[q].label) {
            if (whole >= 0 || !ctp_finder_plain_count(x, q, e) ||
                !free_num(x, q, e))
                return CT_STATUS_OK;
            whole = (int)q;
        }
    if (n != 2 || whole < 0)
        return CT_STATUS_OK;
    int64_t sum = t[two[0]].fig.value.digits + t[two[1]].fig.value.digits;
    if (sum >= t[whole].fig.value.digits)
        return CT_STATUS_OK;
    ct_claim_hedge hedge = share_hedge(x, s, i);
    /* "prácticamente el 20 por ciento": the hedge before the article */
    if (hedge == CT_CLAIM_HEDGE_NONE && i >= s + 2 &&
        (is_word(&t[i - 1], "the") || is_word(&t[i - 1], "a")))
        hedge = ctp_lex_hedge_word(&t[i - 2]);
    return emit_share_of_sum(x, st, i, two[1], sum, (size_t)whole, s,
                             (size_t)whole, hedge);
}

/* "Torreón y Saltillo fueron los municipios que más casos registraron
 * (125 y 35 homicidios, respectivamente), concentrando el 59% de los
 * homicidios": two counts in brackets said "respectively", then a share
 * of both together.  The whole is the nearest larger count before, or
 * the one count of the sentence before. */
static ct_status emit_share_of_two_respectively(extractor *x,
                                                const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t o = s; o + 5 < e; o++) {
        if (!is_punct(&t[o], '(') || !ctp_finder_plain_count(x, o + 1, e) ||
            !is_word(&t[o + 2], "and") || !ctp_finder_plain_count(x, o + 3, e))
            continue;
        size_t k = o + 4;
        while (k < e && k <= o + 7 && t[k].kind == TK_WORD &&
               !is_word(&t[k], "respectively"))
            k++;
        if (punct_at(x, k, e, ','))
            k++;
        if (!word_at(x, k, e, "respectively") || !punct_at(x, k + 1, e, ')'))
            continue;
        size_t i = k + 2;
        if (punct_at(x, i, e, ','))
            i++;
        while (i < e && i <= k + 6 && t[i].kind == TK_WORD)
            i++;
        if (!free_share_pct(x, i, e))
            continue;
        int64_t sum = t[o + 1].fig.value.digits + t[o + 3].fig.value.digits;
        int whole = -1;
        for (size_t q = o; q-- > s;)
            if (ctp_finder_plain_count(x, q, e) &&
                t[q].fig.value.digits > sum) {
                whole = (int)q;
                break;
            }
        if (whole < 0 && x->any_single && x->prev_same_para && x->single < s &&
            ctp_finder_plain_count(x, x->single, s + 1) &&
            t[x->single].fig.value.digits > sum)
            whole = (int)x->single;
        if (whole < 0)
            continue;
        t[o + 1].used = t[o + 3].used = true;
        ct_status rc = emit_share_of_sum(x, st, i, o + 1, sum, (size_t)whole,
                                         o + 1, i, share_hedge(x, s, i));
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "There were 815,000 crimes ..., including: o Approximately 579,000
 * property crimes (71 per cent of crime) ...": parts listed after
 * "including", each with its share in brackets after a word or two
 * naming it.  The whole is the count before "including" in the sentence,
 * or the one count of the sentence before when that sentence ends on
 * "including" and this one opens the list. */
static ct_status emit_shares_including(extractor *x, const sentence *st)
{
    static const char *const including[] = {
        "including", "incluyendo", "includes", "included", NULL
    };
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    /* the whole named before "including", in this sentence or the one
     * before */
    int whole = -1;
    size_t from = s;
    for (size_t k = s; k < e; k++)
        if (t[k].kind == TK_WORD && in_list(t[k].w, including)) {
            for (size_t q = k; q-- > s && k - q <= 14;)
                if (ctp_finder_plain_count(x, q, e)) {
                    whole = (int)q;
                    break;
                }
            from = k + 1;
            break;
        }
    /* the sentence before ended "including:" */
    if (whole < 0 && from == s && s >= 2 && t[s - 1].kind == TK_BREAK &&
        t[s - 2].kind == TK_WORD && in_list(t[s - 2].w, including) &&
        x->any_single && x->single < s && t[x->single].fig.is_exact)
        whole = (int)x->single;
    if (whole < 0)
        return CT_STATUS_OK;
    for (size_t i = from; i < e; i++) {
        if (!free_share_pct(x, i, e) || i < s + 3 ||
            !is_punct(&t[i - 1], '('))
            continue;
        int part = -1;
        for (size_t q = i - 1; q-- > from && i - 1 - q <= 3;) {
            /* "Approximately 579,000": a count rounded by words too */
            if (t[q].kind == TK_NUM) {
                if (free_num(x, q, e) && !t[q].fig.is_percent &&
                    t[q].per < 0 && !t[q].label && t[q].sign == 0)
                    part = (int)q;
                break;
            }
            if (t[q].kind != TK_WORD)
                break;
        }
        size_t close = i + 1;
        if (word_at(x, close, e, "of"))
            while (close < e && close <= i + 5 && t[close].kind == TK_WORD)
                close++;
        if (part < 0 || !punct_at(x, close, e, ')') ||
            t[part].fig.value.digits >= t[whole].fig.value.digits)
            continue;
        ct_status rc = emit_share_taking(x, st, i, (size_t)part,
                                         (size_t)whole, (size_t)part, close);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "en torno a ocho de cada diez denuncias (75 %)", "eight in ten
 * reports (75%)": percentage i in brackets says again a share in words
 * just before it. */
static bool restates_share_in_words(const tok *t, size_t s, size_t i)
{
    if (i < s + 4 || !is_punct(&t[i - 1], '('))
        return false;
    size_t k = i - 1;
    for (size_t w = 0; w < 3 && k > s && t[k - 1].kind == TK_WORD; w++)
        k--;
    if (k < s + 3 || t[k - 1].kind != TK_NUM ||
        !t[k - 1].fig.is_exact || t[k - 1].fig.value.scale != 0 ||
        !(t[k - 1].fig.value.digits == 10 || t[k - 1].fig.value.digits == 100))
        return false;
    k--;
    if (!(is_word(&t[k - 1], "per") || is_word(&t[k - 1], "in") ||
          (is_word(&t[k - 1], "of") && is_word(&t[k - 2], "out"))))
        return false;
    k -= is_word(&t[k - 1], "of") ? 2 : 1;
    /* the share's figure, in digits or in words ("ocho") */
    return k > s && ((t[k - 1].kind == TK_NUM && !t[k - 1].fig.is_percent) ||
                     t[k - 1].kind == TK_WORD);
}

bool ctp_share_not_change(const extractor *x, size_t s, size_t e, size_t i)
{
    const tok *t = x->t;
    return part_as_share(t, s, e, i) || after_share(t, s, i) ||
           restates_share_in_words(t, s, i) ||
           /* "Guns were used in 87 percent (133) of the 153 homicides" */
           part_bracketed_then_whole(x, i, e) >= 0 ||
           part_of_them_or(x, s, e, i) >= 0 ||
           part_restated_of_which(x, s, e, i) >= 0 ||
           bracketed_in_still_text(x, s, e, i) ||
           share_of_opened_whole(x, s, e, i);
}

ct_status ctp_share_emit_summing(extractor *x, sentence *st)
{
    return emit_shares_summing(x, st);
}

ct_status ctp_share_emit_restated(extractor *x, sentence *st)
{
    ct_status rc;
    for (size_t i = 0; i < st->n_stmts; i++)
        if ((rc = share_restated(x, st, &st->stmts[i])) != CT_STATUS_OK)
            return rc;
    for (size_t i = st->s; i < st->e; i++)
        if ((rc = share_detected(x, st, i)) != CT_STATUS_OK)
            return rc;
    return emit_shares_part_after(x, st);
}

/* "en la República Mexicana se registraron un millón 42 mil 88 delitos, y
 * la mayoría de los casos se registraron en el Estado de México, con 191
 * mil 248 denuncias, el 18.3 por ciento, seguido de la Ciudad de México,
 * con 111 mil 266, el 10.7 porcentual": the sentence's first count, then
 * smaller ones each with its share beside it and no other figure.  No
 * word says the first is their whole, so the shares are loose. */
static ct_status emit_shares_after_total(extractor *x, const sentence *st)
{
    enum { MAX_PARTS = 8 };
    tok *t = x->t;
    size_t s = st->s, e = st->e, whole = e;
    for (size_t q = s; q < e && whole == e; q++)
        if (t[q].kind == TK_NUM && !t[q].label)
            whole = q;
    if (whole == e || !free_num(x, whole, e) ||
        !ctp_finder_plain_count(x, whole, e) || t[whole].fig.exp10 != 0)
        return CT_STATUS_OK;
    size_t parts[MAX_PARTS], pcts[MAX_PARTS], np = 0;
    for (size_t q = whole + 1; q < e; q++) {
        if (t[q].kind != TK_NUM || t[q].label)
            continue;
        size_t p = q + 1;
        while (p < e && t[p].kind != TK_NUM)
            p++;
        if (np == MAX_PARTS || !free_num(x, q, e) ||
            !ctp_finder_plain_count(x, q, e) || t[q].fig.exp10 != 0 ||
            t[q].fig.value.digits >= t[whole].fig.value.digits ||
            !free_share_pct(x, p, e) || !share_beside_part(x, q, p, e))
            return CT_STATUS_OK;
        parts[np] = q;
        pcts[np++] = p;
        q = p;
    }
    return emit_parts_of_whole(x, st, parts, pcts, np, whole, true);
}

/* "1,543 cases led to 1,057 charges, meaning the charge rate rose from
 * 65% in 2020-21 to 69% last year"; "47 had a previous conviction or
 * caution, meaning 27.3% were committed by repeat offenders": a share
 * drawn, after "meaning", from the count just before and a larger one
 * before that (in the sentence or the one before it).  When the share
 * moved "from" one level "to" another, the later level is the one the
 * counts give.  Taken only where the counts agree, so loosely. */
static ct_status emit_share_meaning(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t m = s + 1; m < e; m++) {
        if (!is_word(&t[m], "meaning") &&
            !(is_word(&t[m], "means") && is_word(&t[m - 1], "which")))
            continue;
        size_t i = SIZE_MAX, q;
        for (q = m + 1; q < e && q < m + 12; q++)
            if (t[q].kind == TK_NUM) {
                if (t[q].fig.is_percent)
                    i = q;
                break;
            }
        if (i == SIZE_MAX)
            continue;
        if (is_word(&t[i - 1], "from")) {
            size_t to = SIZE_MAX;
            for (q = i + 1; q < e && q < i + 8 && to == SIZE_MAX; q++)
                if (is_word(&t[q], "to"))
                    to = q;
            if (to == SIZE_MAX || to + 1 >= e || t[to + 1].kind != TK_NUM ||
                !t[to + 1].fig.is_percent)
                continue;
            i = to + 1;
        }
        /* The levels of "rose from 65% to 69%" are read as a change
         * with no figure of its own, which claims nothing. */
        if (!free_share_pct(x, i, e) &&
            !(t[i].used && t[i].fig.is_percent && !t[i].fig.is_points &&
              !t[i].label && !ctp_finder_figure_claimed(x, i)))
            continue;
        int part = -1;
        for (q = m; q-- > s;)
            if (t[q].kind == TK_NUM && !t[q].label) {
                if (!t[q].fig.is_percent && ctp_finder_plain_count(x, q, e) &&
                    free_num(x, q, e))
                    part = (int)q;
                break;
            }
        if (part < 0)
            continue;
        size_t cand[MAX_NEARBY], n;
        if (!whole_candidates(x, st, 0, (size_t)part, (size_t)part, true,
                              cand, &n))
            continue;
        ct_claim best;
        int w = pick_whole(t, cand, n, (size_t)part, &t[i].fig, t[i].hedge,
                           false, &best);
        if (w < 0)
            continue;
        ctp_finder_claim_at(x, st, &best, s, (size_t)part, i);
        t[part].used = t[w].used = t[i].used = true;
        ct_status rc = ctp_finder_emit(x, &best);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* The share of percentage i whose part and whole are at 'part' and
 * 'whole', its words from token lo to hi, tied by nearness alone, in
 * '*sh': true when it agrees, and only then is it taken (emit_share). */
static bool agreeing_share(const extractor *x, size_t s, size_t i,
                           size_t part, size_t whole, size_t lo, size_t hi,
                           share *sh)
{
    *sh = (share){.published = x->t[i].fig, .part = (int)part,
                  .whole = whole, .lo = lo, .hi = hi,
                  .hedge = share_hedge(x, s, i), .loose = true};
    ct_claim c;
    share_claim(x->t, &sh->published, sh->hedge, part, whole, &c);
    c.loose = true;
    return ctp_finder_claim_agrees(&c);
}

/* Of the two counts at counts[0] and counts[1], the smaller is the part
 * and the larger the whole. */
static void smaller_first(const tok *t, const size_t *counts, size_t *part,
                          size_t *whole)
{
    bool swap = t[counts[0]].fig.value.digits > t[counts[1]].fig.value.digits;
    *part = counts[swap ? 1 : 0];
    *whole = counts[swap ? 0 : 1];
}

/* Words that name what a rate of cases counts, the rate being a share of
 * them: "detection rate", "clearance rate", "tasa de esclarecimiento". */
static const char *const outcome_words[] = {
    "detection", "clearance", "clear-up", "solve", "solved", "conviction",
    "prosecution", "charge", "charging", "recovery", "arrest", "resolution",
    "esclarecimiento", "resolución", "condena", "recuperación", NULL
};

/* Whether percentage i is named as a rate of outcomes: "The overall
 * detection rate was 37 per cent", "a conviction rate of only 9%", "The
 * 55 percent clearance rate", "tasa de esclarecimiento del 45%". */
bool ctp_share_outcome_rate_at(const tok *t, size_t s, size_t e, size_t i)
{
    /* "Solved Rate 3.5% point decrease", "the detection rate of one per
     * cent to 51.6 per cent": a change of the rate. */
    if (t[i].fig.is_points ||
        (i + 1 < e && t[i + 1].kind == TK_WORD &&
         (ctp_lex_word_direction(&t[i + 1]) != 0 ||
          is_word(&t[i + 1], "point") || is_word(&t[i + 1], "points") ||
          is_word(&t[i + 1], "to") || is_word(&t[i + 1], "from"))))
        return false;
    size_t k = i;
    while (k > s && t[k - 1].kind == TK_WORD &&
           (is_word(&t[k - 1], "only") || is_word(&t[k - 1], "just") ||
            is_word(&t[k - 1], "the") || is_word(&t[k - 1], "a")))
        k--;
    if (k > s && (is_word(&t[k - 1], "of") || is_word(&t[k - 1], "was") ||
                  is_word(&t[k - 1], "is") || is_word(&t[k - 1], "at")))
        k--;
    if (k > s + 1 && ctp_lex_is_rate_word(&t[k - 1]) &&
        t[k - 2].kind == TK_WORD && in_list(t[k - 2].w, outcome_words)) {
        /* "an increase in the overall detection rate of 1%" */
        for (size_t q = k - 2; q > s && k - q < 6; q--)
            if (is_word(&t[q - 1], "in") && q >= s + 2 &&
                ctp_lex_word_direction(&t[q - 2]) != 0)
                return false;
        return true;
    }
    /* "tasa de esclarecimiento del 45%": the kind after the rate */
    if (k > s + 2 && t[k - 1].kind == TK_WORD &&
        in_list(t[k - 1].w, outcome_words) && is_word(&t[k - 2], "of") &&
        ctp_lex_is_rate_word(&t[k - 3]))
        return true;
    return i + 2 < e && t[i + 1].kind == TK_WORD &&
           in_list(t[i + 1].w, outcome_words) && ctp_lex_is_rate_word(&t[i + 2]);
}

/* "Police handled 59,225 reports of crime in 2019, solving 21,965. The
 * overall detection rate was 37 per cent": a rate of outcomes is a share
 * of the cases, its part and whole among the counts of its sentence and
 * the one before.  Nothing names them, so only one pair of counts that
 * agrees is taken, loosely; with several counts about, none is. */
static ct_status emit_share_outcome_rate(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    size_t from = x->prev_same_para ? 0 : s;
    for (size_t i = s; i < e; i++) {
        if (!free_share_pct(x, i, e) || !ctp_share_outcome_rate_at(t, s, e, i))
            continue;
        size_t counts[MAX_NEARBY], n = 0;
        bool many = false;
        for (size_t k = from; k < e && !many; k++)
            if (k != i && ctp_finder_plain_count(x, k, k < s ? s : e) &&
                !t[k].money && t[k].fig.exp10 == 0) {
                if (n == MAX_NEARBY / 2)
                    many = true;
                else
                    counts[n++] = k;
            }
        if (many)
            continue;
        int found = 0;
        share best, sh;
        for (size_t a = 0; a < n; a++)
            for (size_t b = 0; b < n; b++)
                if (a != b && t[counts[a]].fig.value.digits <
                                  t[counts[b]].fig.value.digits &&
                    agreeing_share(x, s, i, counts[a], counts[b], i, i, &sh)) {
                    found++;
                    best = sh;
                }
        if (found != 1)
            continue;
        t[i].used = true;
        ct_status rc = emit_share(x, st, &best);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "De hecho, de los 12.510 delitos, 10.269 pertenecen a lo que se
 * denomina criminalidad convencional. Es decir, el 82%": a sentence that
 * opens by saying again, as a share, what the sentence before gave as a
 * part of a whole, its two counts.  Taken when they agree, loosely. */
static ct_status emit_share_said_again(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    /* "That is a percentage of 0.37 per cent", "Esto es, el 82%" */
    bool english = (word_at(x, s, e, "that") || word_at(x, s, e, "this")) &&
                   word_at(x, s + 1, e, "is");
    if (!x->prev_same_para || !(that_is_at(t, s, e) || english))
        return CT_STATUS_OK;
    size_t i = s + 2;
    if (punct_at(x, i, e, ','))
        i++;
    static const char *const naming[] = {
        "a", "the", "percentage", "share", "proportion", "of", "rate", NULL
    };
    for (size_t w = 0; w < 4 && i < e && t[i].kind == TK_WORD &&
                       in_list(t[i].w, naming);
         w++)
        i++;
    if (!free_share_pct(x, i, e))
        return CT_STATUS_OK;
    /* "That is 19% of all complaints, 31 of them in March": a count of
     * its own may be the whole, and which is meant is open. */
    for (size_t k = i + 1; k < e; k++)
        if (ctp_finder_plain_count(x, k, e))
            return CT_STATUS_OK;
    size_t counts[2], n = 0;
    for (size_t k = 0; k < s; k++)
        if (ctp_finder_plain_count(x, k, s) && !t[k].money &&
            t[k].fig.exp10 == 0) {
            if (n == 2)
                return CT_STATUS_OK;
            counts[n++] = k;
        }
    if (n != 2)
        return CT_STATUS_OK;
    size_t part, whole;
    smaller_first(t, counts, &part, &whole);
    share sh;
    if (!agreeing_share(x, s, i, part, whole, i, i, &sh))
        return CT_STATUS_OK;
    t[i].used = true;
    return emit_share(x, st, &sh);
}

/* "A further 24 per cent of shoplifting offences went unsolved, with
 * police receiving 4,147 reports of the crime and failing to find a
 * suspect in 986 cases": a share of what the words name, its whole and
 * part the two counts said after it, none before.  Only nearness ties
 * them, so taken when they agree. */
static ct_status emit_share_counts_after(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i + 2 < e; i++) {
        if (!free_share_pct(x, i, e) || !word_at(x, i + 1, e, "of") ||
            t[i + 2].kind != TK_WORD || t[i].words)
            continue;
        size_t counts[3], n = 0;
        for (size_t k = s; k < e && n < 3; k++)
            if (k != i && t[k].kind == TK_NUM && !t[k].label &&
                !t[k].fig.is_percent)
                counts[n++] = k;
        if (n != 2 || counts[0] < i ||
            !ctp_finder_plain_count(x, counts[0], e) ||
            !ctp_finder_plain_count(x, counts[1], e) || t[counts[0]].used ||
            t[counts[1]].used)
            continue;
        size_t part, whole;
        smaller_first(t, counts, &part, &whole);
        share sh;
        if (!agreeing_share(x, s, i, part, whole, i, i, &sh))
            continue;
        t[i].used = true;
        ct_status rc = emit_share(x, st, &sh);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* "A total of 191 murder cases were registered, in which 202 people
 * aged above 60 were killed. This accounted for 11.3% of the 1,686
 * murder cases registered": a sentence opening with a word that refers
 * back, a share of a whole it names, and the part one of the counts of
 * the sentence before: the one that agrees, loosely. */
static ct_status emit_share_part_referred(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    if (!x->anaphor || !x->prev_same_para)
        return CT_STATUS_OK;
    for (size_t i = s; i + 2 < e; i++) {
        if (t[i].kind == TK_NUM && !t[i].fig.is_percent)
            return CT_STATUS_OK;  /* a count of its own comes first */
        if (!free_share_pct(x, i, e) || !word_at(x, i + 1, e, "of"))
            continue;
        size_t w = i + 2;
        if (word_at(x, w, e, "the"))
            w++;
        if (!ctp_finder_plain_count(x, w, e) || !free_num(x, w, e))
            return CT_STATUS_OK;
        int found = 0;
        share best, sh;
        for (size_t k = 0; k < s; k++)
            if (ctp_finder_plain_count(x, k, s) && !t[k].money &&
                t[k].fig.value.digits < t[w].fig.value.digits &&
                agreeing_share(x, s, i, k, w, i, w, &sh)) {
                found++;
                best = sh;
            }
        if (found != 1)
            return CT_STATUS_OK;
        t[i].used = t[w].used = true;
        return emit_share(x, st, &best);
    }
    return CT_STATUS_OK;
}

ct_status ctp_share_emit_rest(extractor *x, sentence *st)
{
    ct_status rc;
    if ((rc = emit_shares_part_first(x, st)) != CT_STATUS_OK)
        return rc;
    /* A count and its share in brackets with no word naming the whole
     * (emit_shares_of_total) come last, when no form that names it has
     * taken them. */
    if ((rc = emit_share_part_referred(x, st)) != CT_STATUS_OK ||
        (rc = emit_shares_of_whole(x, st)) != CT_STATUS_OK ||
        (rc = emit_shares_bracketed(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_opening_whole(x, st)) != CT_STATUS_OK ||
        (rc = emit_shares_of_which(x, st)) != CT_STATUS_OK ||
        (rc = emit_shares_of_total(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_parts_before(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_whole_before(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_total_in_brackets(x, st)) != CT_STATUS_OK ||
        (rc = emit_shares_or_of_them(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_of_anaphor(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_of_that_number(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_part_of_them(x, st)) != CT_STATUS_OK ||
        (rc = emit_shares_including(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_of_two_respectively(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_of_both(x, st)) != CT_STATUS_OK ||
        (rc = emit_shares_after_total(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_meaning(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_outcome_rate(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_said_again(x, st)) != CT_STATUS_OK ||
        (rc = emit_share_counts_after(x, st)) != CT_STATUS_OK)
        return rc;
    return CT_STATUS_OK;
}
