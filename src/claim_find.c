/* claim_find.c - finding claims in plain text (claim_find.h): over the
 * tokens of the lexer (claim_lex.c), the patterns that pair a published
 * figure with the figures it was computed from, and the claims they
 * give. */
#include <stdlib.h>
#include <string.h>

#include "crimetrend/claim_find.h"
#include "crimetrend/exact.h"
#include "error_set.h"
#include "text.h"
#include "claim_internal.h"
#include "claim_lang.h"
#include "claim_lex.h"
#include "claim_finder.h"
#include "claim_share.h"

/* ==================================================================== */
/* Finding claims in text: sentences                                     */
/* ==================================================================== */

const char *const ctp_finder_change_words[] = {
    "change", "changed", "changes", "difference", NULL
};

/* Words that may sit between a direction word and its figure: "rose by",
 * "an increase of", "up some". */
static const char *const filler_words[] = {
    "by", "of", "a", "an", "the", "some", "around", "about", "almost",
    "nearly", "near", "just", "over", "under", "approximately", "roughly",
    "was",
    "were", "is", "has", "have", "had", "been", "overall", "significant",
    "large", "small", "substantial", "slight", "sharp",
    /* "Esta variación interanual es del 78,5 por ciento" */
    "annual", "interanual", "anual", "mensual", "interannual", NULL
};

/* Line and column (characters) of a byte offset: counts lines and
 * characters from the known place to 'off', which is not before it.
 * Places are asked in text order (from the start of each sentence), so
 * the whole text is walked once. */
static void place(const extractor *x, size_t off, unsigned long *line,
                  unsigned long *col)
{
    unsigned long l = x->at_line, c = x->at_col;
    for (size_t i = x->at_off; i < off && i < x->n; i++) {
        if (x->s[i] == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)x->s[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* Moves the known place on to 'off'. */
static void place_advance(extractor *x, size_t off)
{
    if (off <= x->at_off)
        return;
    place(x, off, &x->at_line, &x->at_col);
    x->at_off = off;
}

/* Copies text with runs of blanks and line breaks made one space, cut at
 * a character boundary to fit. */
static void copy_collapsed(char *dst, size_t size, const char *src, size_t n)
{
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < n && k + 1 < size; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            space = k > 0;
            continue;
        }
        if (space && k + 2 < size) {
            dst[k++] = ' ';
        }
        space = false;
        size_t m = ctp_utf8_len((const unsigned char *)src + i, n - i);
        if (m == 0)
            m = 1;
        if (k + m >= size)
            break;
        memcpy(dst + k, src + i, m);
        k += m;
        i += m - 1;
    }
    dst[k] = '\0';
}

/* The token after word w at i, when it stands there; else i. */
static size_t skip_word(const extractor *x, size_t i, size_t e, const char *w)
{
    return word_at(x, i, e, w) ? i + 1 : i;
}

const char *const ctp_finder_structure_words[] = {
    "from", "to", "and", "or", "compared", "with", "against", "versus", "vs",
    "than", "by", "of", "a", "an", "which", "while", "whereas", "but",
    "per", "in", "on", "since", "during", "for", "over", NULL
};

/* Words that end the run of words between a figure and "compared
 * with". */
static const char *const pair_stops[] = {
    "from", "to", "and", "or", "compared", "against", "versus", "vs", "but",
    "while", "whereas", "than", "by", NULL
};

/* Whether the year at token k follows "in the same period of": "en el
 * mismo periodo de 2014 se ha situado en 267.170". */
static const char *const span_words[] = {
    "periodo", "período", "lapso", "trimestre", "semestre", "period",
    "va",  /* "en lo que va del 2020" */
    NULL
};

static bool of_period(const tok *t, size_t s, size_t k)
{
    /* "entre enero y noviembre del 2022" */
    return k >= s + 2 && is_word(&t[k - 1], "of") &&
           t[k - 2].kind == TK_WORD &&
           (in_list(t[k - 2].w, span_words) ||
            in_list(t[k - 2].w, ctp_lex_month_names));
}

/* "fell from 81.4 per 100,000 in 2018 to 60.3 per 100,000", "617 cases
 * per 100,000 in 2019, compared to 587 cases per 100,000": each rate
 * written with its base is a rate published, listed as such whether or
 * not a change is made of the two (emit_rates), as readers count it; a
 * bare level it is compared with ("cuando la tasa era de 6,28") is not. */
static void note_rates_in_pair(extractor *x, size_t a, size_t b)
{
    size_t ends[2] = {a, b};
    for (size_t k = 0; k < 2; k++) {
        /* "from 665 to 680 offences per 100,000": the base is written
         * for the later rate only. */
        tok *r = &x->t[ends[k]];
        if (r->per < 0)
            continue;
        /* "per 100,000 population stood at 1,015": a base before the
         * rate is its own when no other figure stands between. */
        size_t lo = (size_t)r->per < ends[k] ? (size_t)r->per : ends[k];
        size_t hi = (size_t)r->per < ends[k] ? ends[k] : (size_t)r->per;
        bool own = true;
        for (size_t q = lo + 1; q < hi; q++)
            own &= x->t[q].kind != TK_NUM;
        r->in_pair = own;
    }
}

/* "420 murders recorded at the end of 2015", "al cierre de 2023": a
 * period a few words after a figure, named as the end or start of
 * something.  Its token, or -1. */
static int period_end_of(const extractor *x, size_t j, size_t e)
{
    static const char *const edges[] = {
        "end", "close", "start", "beginning", "cierre", "final", "finales",
        "principios", "inicio", NULL
    };
    const tok *t = x->t;
    for (size_t k = j; k + 2 < e && k < j + 6 && t[k].kind == TK_WORD; k++)
        if (in_list(t[k].w, edges) && is_word(&t[k + 1], "of") &&
            t[k + 2].kind == TK_PERIOD)
            return (int)(k + 2);
    return -1;
}

/* A word that joins two clauses: what stands after it is said of
 * something else. */
static bool is_join(const tok *t)
{
    static const char *const joins[] = {
        "and", "or", "but", "while", "whereas", "whilst", "y", "o", "pero",
        "mientras", NULL
    };
    return t->kind == TK_WORD && in_list(t->w, joins);
}

/* "En 2022 se registraron 336.778", "while in 2023 there were 426,744",
 * "en el 2018, se tenían 2 mil 050": "in" and a year a few words before
 * count i, no other number between.  The year's token, or -1. */
static int year_before_count(const tok *t, size_t s, size_t i)
{
    for (size_t k = i; k-- > s && i - k <= 5;) {
        /* a comma right after the year */
        if (is_punct(&t[k], ',') && k > s && t[k - 1].kind == TK_PERIOD)
            continue;
        /* "18.342 en 2017 contra 16.647": a cue that compares two
         * figures stands between a year and the other. */
        if (t[k].kind == TK_NUM || t[k].kind == TK_PUNCT ||
            is_word(&t[k], "against") || is_word(&t[k], "compared") ||
            is_word(&t[k], "versus") || is_word(&t[k], "than"))
            return -1;
        if (t[k].kind == TK_PERIOD && k > s &&
            (t[k].period.kind == CT_PERIOD_YEAR ||
             t[k].period.kind == CT_PERIOD_MONTH) &&
            (is_word(&t[k - 1], "in") ||
             (k > s + 1 && is_word(&t[k - 1], "the") &&
              (is_word(&t[k - 2], "in") || is_word(&t[k - 2], "en") ||
               /* "durante el 2019 ... se iniciaron 9 mil 440", "para el
                * 2020 fueron 14 mil 932" */
               is_word(&t[k - 2], "during") || is_word(&t[k - 2], "durante") ||
               is_word(&t[k - 2], "para"))) ||
             of_period(t, s, k))) {
            /* "from 2,293 in 1995 to 1,119", "from 57 instances in 2014
             * to 30": the year a word or two after another figure is
             * that figure's. */
            /* "de 1 mil 726 casos en el 2024 a 1mil 548" too */
            size_t in_at = is_word(&t[k - 1], "the") ? k - 2 : k - 1;
            if (is_word(&t[in_at], "in"))
                for (size_t q = in_at; q-- > s && in_at - q <= 3;) {
                    if (t[q].kind == TK_NUM && !t[q].fig.is_percent &&
                        !t[q].label)
                        return -1;
                    if (t[q].kind != TK_WORD || is_join(&t[q]))
                        break;
                }
            return (int)k;
        }
    }
    return -1;
}

/* Whether only blanks and one colon stand between byte 'from' and 'to':
 * a label and its figure ("in 2019/2020: 4 555"). */
static bool colon_between(const char *s, size_t from, size_t to)
{
    int colons = 0;
    for (size_t q = from; q < to; q++) {
        if (s[q] == ':')
            colons++;
        else if (s[q] != ' ' && s[q] != '\t')
            return false;
    }
    return colons == 1;
}

/* The year after "of" that dates a count: "(del) año 2023", "(de)
 * 2013", ending the phrase (a mark, the end, or a word that joins or
 * compares follows).  Its token, or -1. */
static int year_after_of(const extractor *x, size_t k, size_t e)
{
    static const char *const ends[] = {
        "and", "to", "or", "compared", "against", "than", "while", "but",
        "hasta", "frente", "contra", NULL
    };
    const tok *t = x->t;
    if (word_at(x, k, e, "año") || word_at(x, k, e, "year") ||
        word_at(x, k, e, "the"))
        k++;
    if (k >= e || t[k].kind != TK_PERIOD ||
        t[k].period.kind != CT_PERIOD_YEAR)
        return -1;
    if (k + 1 < e && t[k + 1].kind != TK_PUNCT &&
        !(t[k + 1].kind == TK_WORD && in_list(t[k + 1].w, ends)))
        return -1;
    return (int)k;
}

/* Attaches a period to each number: "790 offences in 2014", "790
 * (2014)", "in 2015 (1,233)", "In 2015, 2,015 offences". */
static void attach_periods(extractor *x, size_t s, size_t e)
{
    tok *t = x->t;
    for (size_t i = s; i < e; i++) {
        if (t[i].kind != TK_NUM)
            continue;
        t[i].at = -1;
        t[i].at_end = i + 1;
        /* "3.3 per 1,000" ends after its base; "the rate per 1,000 ...
         * was 34.6" at the figure. */
        if (t[i].per >= 0 && (size_t)t[i].per > i)
            t[i].at_end = (size_t)t[i].per + 1;
        size_t j = t[i].at_end;
        size_t words = 0;
        while (j < e && t[j].kind == TK_WORD && words < 3 &&
               !in_list(t[j].w, ctp_finder_structure_words) &&
               !ctp_lex_word_direction(&t[j]))
            j++, words++;
        int end_of = period_end_of(x, t[i].at_end, e);
        /* "los 447 del año 2023", "882 personas de 2013" */
        int of_year = !t[i].fig.is_percent && word_at(x, j, e, "of")
                          ? year_after_of(x, j + 1, e) : -1;
        /* "420 reports of murders for 2015": what is counted may run
         * through "of" to the year. */
        if (of_year < 0 && !t[i].fig.is_percent && word_at(x, j, e, "of")) {
            size_t q = j + 1, more = 0;
            while (q < e && t[q].kind == TK_WORD && more < 2 &&
                   !in_list(t[q].w, ctp_finder_structure_words) &&
                   !ctp_lex_word_direction(&t[q]))
                q++, more++;
            if (more > 0 && (word_at(x, q, e, "in") ||
                             word_at(x, q, e, "for")))
                j = q;
        }
        if (end_of >= 0) {
            t[i].at = end_of;
            t[i].at_end = (size_t)end_of + 1;
        } else if ((word_at(x, j, e, "in") || word_at(x, j, e, "during") ||
                    word_at(x, j, e, "for"))) {
            /* "in 2019", "en igual periodo de 2023", "in the same
             * period of 2023" */
            /* ... "for the same period in 2018" */
            static const char *const same_span[] = {
                "the", "igual", "same", "mismo", "misma", "periodo",
                "período", "period", "lapso", "of", "in", NULL
            };
            size_t k = j + 1;
            /* "119 en lo que va de 2023": so far in that year. */
            if (word_at(x, k, e, "lo") &&
                (word_at(x, k + 1, e, "than") || word_at(x, k + 1, e, "que")) &&
                word_at(x, k + 2, e, "va"))
                k += 3;
            while (k < e && k <= j + 8 && t[k].kind == TK_WORD &&
                   in_list(t[k].w, same_span))
                k++;
            if (k < e && t[k].kind == TK_PERIOD) {
                t[i].at = (int)k;
                t[i].at_end = k + 1;
            }
        } else if (of_year >= 0) {
            t[i].at = of_year;
            t[i].at_end = (size_t)of_year + 1;
        } else if (j == i + 1 && j < e && t[j].kind == TK_PERIOD &&
                   !t[i].fig.is_percent &&
                   t[j].period.kind == CT_PERIOD_FINANCIAL_YEAR &&
                   !(j + 1 < e && t[j + 1].kind == TK_NUM)) {
            /* "as opposed to 124 2017/2018": a year written right after
             * its figure, "in" left out (not a table row's next cell). */
            t[i].at = (int)j;
            t[i].at_end = j + 1;
        } else if (punct_at(x, j, e, '(') && j + 2 < e &&
                   t[j + 1].kind == TK_PERIOD && is_punct(&t[j + 2], ')')) {
            t[i].at = (int)(j + 1);
            t[i].at_end = j + 3;
        } else if (i >= s + 2 && is_punct(&t[i - 1], '(') &&
                   t[i - 2].kind == TK_PERIOD && punct_at(x, i + 1, e, ')')) {
            /* "in 2015 (1,233)" */
            t[i].at = (int)(i - 2);
        } else if (i >= s + 3 && is_punct(&t[i - 1], ',') &&
                   t[i - 2].kind == TK_PERIOD && is_word(&t[i - 3], "in")) {
            /* "In 2015, 2,015 offences" */
            t[i].at = (int)(i - 2);
        } else if (i >= s + 1 && t[i - 1].kind == TK_PERIOD &&
                   !t[i].fig.is_percent &&
                   colon_between(x->s, t[i - 1].end, t[i].off)) {
            /* "Murders in 2019/2020: 4 555", "(enero-junio 2024: 4.642
             * ...; enero-junio de 2025: 4.402)" */
            t[i].at = (int)(i - 1);
        } else if (i >= s + 4 && is_word(&t[i - 3], "when") &&
                   is_word(&t[i - 2], "there") &&
                   (is_word(&t[i - 1], "were") || is_word(&t[i - 1], "was")) &&
                   (t[i - 4].kind == TK_PERIOD ||
                    (i >= s + 5 && is_punct(&t[i - 4], ',') &&
                     t[i - 5].kind == TK_PERIOD))) {
            /* "compared to 2016 when there were 1,529" */
            t[i].at = (int)(t[i - 4].kind == TK_PERIOD ? i - 4 : i - 5);
        } else if (!t[i].fig.is_percent) {
            t[i].at = year_before_count(t, s, i);
        }
    }
}

/* ", with homicides at 38": a clause that names its own subject and
 * gives it a level.  The figures after it are of that subject, not of a
 * change stated before the comma ("Major crimes were up 13 per cent year
 * on year, with homicides at 38, compared with 41 for 2024"). */
static bool named_apart(const tok *t, size_t s, size_t i)
{
    if (i < s + 3 || !is_word(&t[i - 1], "at"))
        return false;
    for (size_t k = i - 1, words = 0; k-- > s && words <= 4; words++) {
        if (t[k].kind != TK_WORD || ctp_lex_word_direction(&t[k]) != 0)
            return false;
        if (is_word(&t[k], "with"))
            return words > 0 && k > s && is_punct(&t[k - 1], ',');
    }
    return false;
}

/* "1.34 lakh cases registered during 2020 against 1.21 cases in 2019":
 * a figure with decimals and no multiplier, set against one with a
 * multiplier word, may have lost the word; it is read that way too. */
static void shared_multiplier(tok *bare, const tok *scaled)
{
    if (bare->alt.is_set || scaled->fig.exp10 < 3 || bare->fig.exp10 != 0 ||
        bare->fig.value.scale == 0 || bare->fig.is_percent ||
        bare->per >= 0 || scaled->fig.is_percent || scaled->per >= 0)
        return;
    bare->alt = bare->fig;
    bare->alt.exp10 = scaled->fig.exp10;
    bare->alt.is_exact = false;
}

static void add_pair(extractor *x, sentence *st, size_t a, size_t b,
                     size_t first, size_t last, int dir)
{
    if (st->n_pairs == MAX_PIECES)
        return;
    pair *p = &st->pairs[st->n_pairs++];
    memset(p, 0, sizeof *p);
    p->a = a;
    p->b = b;
    note_rates_in_pair(x, a, b);
    shared_multiplier(&x->t[a], &x->t[b]);
    shared_multiplier(&x->t[b], &x->t[a]);
    p->first = first;
    p->last = last;
    p->dir = dir;
    x->t[a].used = x->t[b].used = true;
    /* "from 5.1 to 4.2 per 1,000": both are rates. */
    if (x->t[a].per < 0 && x->t[b].per >= 0) {
        x->t[a].per = x->t[b].per;
        x->t[a].fig.is_exact = false;
    }
}

/* Whether period a comes before period b. */
static bool before(const tok *a, const tok *b)
{
    return ct_period_compare(a->period, b->period) < 0;
}

/* The direction of the words that lead up to token i, which is "to":
 * "rose to", "increased 50% to", "rose by 12% to", "a fall of 20% to",
 * "a 20% fall to".  Sets '*word' to the direction word.  0 when they
 * state no change.  "up to" before "from", the only place the caller
 * reads, is a rise ("crime, up to 25,067 from 21,942"), but a maximum
 * after a preposition ("fines of up to 1,000 from 800 courts"). */
static int lead_direction(const extractor *x, size_t s, size_t i,
                          size_t *word)
{
    static const char *const before_maximum[] = {
        "of", "by", "for", "with", "to", "at", "in", "on", NULL
    };
    const tok *t = x->t;
    size_t k = i;
    *word = i;
    if (k > s && t[k - 1].kind == TK_WORD) {
        if (is_word(&t[k - 1], "up") && k - 1 > s &&
            t[k - 2].kind == TK_WORD && in_list(t[k - 2].w, before_maximum))
            return 0;
        *word = k - 1;
        return ctp_lex_word_direction(&t[k - 1]);
    }
    /* "a 15% rise in the last year – to 146 from 127": a percentage
     * stated with a direction a few words before the dash. */
    if (k > s && (is_punct(&t[k - 1], '-') || is_punct(&t[k - 1], ','))) {
        for (size_t q = k - 1; q-- > s && k - q <= 16;) {
            if (t[q].kind == TK_NUM && t[q].fig.is_percent) {
                int d = 0;
                if (q + 1 < i)
                    d = ctp_lex_word_direction(&t[q + 1]);
                if (d == 0 && q > s)
                    d = ctp_lex_word_direction(&t[q - 1]);
                if (d != 0) {
                    *word = k - 1;
                    return d;
                }
                break;
            }
        }
    }
    /* The change itself stands between: "by 12%", "50%", "by 443". */
    if (k == s || !free_num(x, k - 1, i) || t[k - 1].per >= 0)
        return 0;
    k--;
    /* "have almost doubled to 55": the change in words says which way. */
    if (t[k].words && t[k].sign != 0) {
        *word = k;
        return t[k].sign;
    }
    for (size_t words = 0; k > s && words < 3; words++) {
        const tok *w = &t[k - 1];
        int d = ctp_lex_word_direction(w);
        if (d != 0) {
            *word = k - 1;
            return d;
        }
        if (w->kind != TK_WORD || !in_list(w->w, filler_words))
            break;
        k--;
    }
    return 0;
}

static int role_cue(const extractor *x, size_t i, size_t s, size_t e);
static int role_cue_after(const extractor *x, size_t i, size_t e);

/* "Entre 2011 y 2014, este tipo de robo creció un 33%: 4626 en 2011,
 * 4901 en 2012, 5655 en 2013, y 6131 casos en 2014": the years the
 * sentence spans name the two counts of its series compared.  Only the
 * first "between Y1 and Y2" of a sentence is read. */
static void pairs_between_years(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i + 3 < e; i++) {
        if (!(is_word(&t[i], "between") || is_word(&t[i], "entre")) ||
            t[i + 1].kind != TK_PERIOD || !is_word(&t[i + 2], "and") ||
            t[i + 3].kind != TK_PERIOD ||
            !before(&t[i + 1], &t[i + 3]))
            continue;
        int a = -1, b = -1, na = 0, nb = 0;
        for (size_t q = s; q < e; q++) {
            if (!free_num(x, q, e) || t[q].fig.is_percent || t[q].at < 0)
                continue;
            if (ct_period_equal(t[t[q].at].period, t[i + 1].period))
                a = (int)q, na++;
            if (ct_period_equal(t[t[q].at].period, t[i + 3].period))
                b = (int)q, nb++;
        }
        if (na == 1 && nb == 1 && a < b)
            add_pair(x, st, (size_t)a, (size_t)b, (size_t)a,
                     t[b].at_end - 1, 0);
        break;
    }
}

/* "from 25,629 crimes to 28,464", "de 6.128 muertes violentas en 2019 a
 * 5.281": up to two words (and "in" a period, which dates the figure)
 * between the earlier figure 'a' and "to".  Returns the token of that
 * "to", or the token after 'a' when there is none. */
static size_t to_after_words(extractor *x, size_t e, size_t a)
{
    tok *t = x->t;
    size_t j = t[a].at_end;
    size_t q = j;
    for (size_t words = 0; words < 2 && q < e && t[q].kind == TK_WORD &&
                           !in_list(t[q].w, ctp_finder_structure_words);
         words++)
        q++;
    if (q > j && word_at(x, q, e, "in") && q + 1 < e &&
        t[q + 1].kind == TK_PERIOD) {
        if (t[a].at < 0)
            t[a].at = (int)(q + 1);
        q += 2;
    }
    if (q > j && word_at(x, q, e, "to"))
        j = q;
    return j;
}

/* Words of comparison that "than" follows. */
const char *const ctp_finder_comparative_words[] = {
    "more", "fewer", "less", "higher", "lower", "greater", NULL
};

/* The words that make a count a change ("680 fewer crimes", "1.448
 * menos"), not a level. */
static const char *const change_comparatives[] = {
    "fewer", "more", "less", "menos", "más", NULL
};

/* "between" or "entre", which opens a span closed by "and". */
static bool is_between(const tok *t)
{
    return is_word(t, "between") || is_word(t, "entre");
}

/* Where the run of words and periods from token j ends (see
 * to_after_run): at most 'reach' tokens, an aside in brackets, a span
 * "entre ... y ...", "and/or", a "to" with no figure after it and "que"
 * after a noun taken in. */
static size_t run_end_within(const tok *t, size_t e, size_t j, size_t reach)
{
    static const char *const run_stops[] = {
        "from", "and", "or", "but", "which", "than", "compared",
        "while", "whereas", "with", "by", NULL
    };
    size_t r = j, limit = j + reach;
    /* "pasó de 86 que se registraron en noviembre a 69": "que" right
     * after the figure opens a relative clause on it, no comparison. */
    if (r + 1 < e && is_word(&t[r], "than") && t[r + 1].kind == TK_WORD &&
        r > 0 && t[r - 1].kind == TK_NUM)
        r++;
    while (r < e && r < limit) {
        /* "(delitos y delitos leves, antiguas faltas)": an aside in
         * brackets with no figure. */
        if (is_punct(&t[r], '(')) {
            size_t q = r + 1;
            while (q < e && q < r + 10 && t[q].kind != TK_NUM &&
                   !is_punct(&t[q], ')') && !is_punct(&t[q], '('))
                q++;
            if (q < e && is_punct(&t[q], ')')) {
                limit += q + 1 - r;
                r = q + 1;
                continue;
            }
        }
        /* "de 23.929 delitos que llegaron a los juzgados en 2016 se pasó
         * a 23.472": a "to" with no figure after it is a word of the
         * run. */
        if (is_word(&t[r], "to") && r + 1 < e) {
            size_t q = r + 1;
            if (is_word(&t[q], "the") && q + 1 < e)
                q++;
            if (t[q].kind == TK_WORD && !is_word(&t[q], "the")) {
                r++;
                continue;
            }
        }
        /* "delitos que llegaron": "que" after a noun is "that", not
         * "than" (which follows a comparative). */
        if (is_word(&t[r], "than") && r > j && t[r - 1].kind == TK_WORD &&
            !in_list(t[r - 1].w, ctp_finder_comparative_words)) {
            r++;
            continue;
        }
        /* "averiguaciones previas y/o carpetas": "and/or" joins two
         * words of one noun. */
        if (is_word(&t[r], "and") && r > j && t[r - 1].kind == TK_WORD &&
            r + 3 < e && is_punct(&t[r + 1], '=') &&
            is_word(&t[r + 2], "or") && t[r + 3].kind == TK_WORD) {
            r += 3;
            limit += 2;
            continue;
        }
        /* "entre enero y marzo": "and" within a span "between" opens. */
        if (is_word(&t[r], "and") && r >= j + 2 &&
            (is_between(&t[r - 2]) || (r >= j + 3 && is_between(&t[r - 3])))) {
            r++;
            continue;
        }
        if (!((t[r].kind == TK_WORD && !ctp_lex_word_direction(&t[r]) &&
             !in_list(t[r].w, run_stops) && !is_word(&t[r], "to")) ||
            t[r].kind == TK_PERIOD ||
            /* "in the period 2010/2012": a span of years */
            (is_punct(&t[r], '=') && r > j && r + 1 < e &&
             t[r - 1].kind == TK_PERIOD && t[r + 1].kind == TK_PERIOD) ||
            (t[r].kind == TK_NUM && t[r].label)))
            break;
        r++;
    }
    return r;
}

static size_t run_end(const tok *t, size_t e, size_t j)
{
    return run_end_within(t, e, j, 12);
}

/* "from eight recorded offences last year to 22", "de 23.290 en 2016 a
 * los 19.310", "desde los 15.482 casos computados al comenzar el año
 * pasado a los 15.622": a bounded run of words and periods from 'j', no
 * figure, mark or other cue, up to "to".  The first period of the run
 * dates the earlier figure 'a'.  Returns the token of "to", or 'j'. */
static size_t to_after_run(extractor *x, size_t e, size_t a, size_t j,
                           bool spanish_of, size_t reach)
{
    /* Verbs of reaching: "se pasaron a 94". */
    static const char *const reach_words[] = {
        "pasó", "pasaron", "pasa", "pasan", "pasado", "llegó",
        "llegaron", "llega", "llegan", NULL
    };
    tok *t = x->t;
    size_t r = run_end_within(t, e, j, reach);
    /* "de 58 denuncias ... del año pasado, se pasaron a 94": a comma,
     * then a verb of reaching, before "to". */
    if (r > j && punct_at(x, r, e, ',') && r + 2 < e &&
        t[r + 1].kind == TK_WORD && in_list(t[r + 1].w, reach_words) &&
        word_at(x, r + 2, e, "to"))
        r += 2;
    /* "al pasar de 125 robos denunciados en 2022, a 89": after "from"
     * itself, a comma may stand before "to". */
    else if (r >= j && !spanish_of && punct_at(x, r, e, ',') &&
             word_at(x, r + 1, e, "to") && free_num(x, r + 2, e))
        r++;
    /* "pasó de 38.975 casos, en 2011, a 47.914", "bajó de 44%, en mayo,
     * a 32%": a date set off by commas. */
    else if (r >= j && punct_at(x, r, e, ',') && word_at(x, r + 1, e, "in") &&
             r + 2 < e &&
             (t[r + 2].kind == TK_PERIOD ||
              (t[r + 2].kind == TK_WORD &&
               in_list(t[r + 2].w, ctp_lex_month_names))) &&
             punct_at(x, r + 3, e, ',') && word_at(x, r + 4, e, "to") &&
             free_num(x, r + 5, e)) {
        if (t[a].at < 0 && t[r + 2].kind == TK_PERIOD)
            t[a].at = (int)(r + 2);
        r += 4;
    }
    /* "al pasar de 933, de enero a abril del año pasado a 635": a span
     * of months after a comma dates the earlier figure. */
    else if (r == j && punct_at(x, r, e, ',') && word_at(x, r + 1, e, "of") &&
             r + 2 < e && t[r + 2].kind == TK_WORD &&
             in_list(t[r + 2].w, ctp_lex_month_names)) {
        size_t q = run_end(t, e, r + 2);
        if (q <= r + 10 && word_at(x, q, e, "to") && free_num(x, q + 1, e))
            r = q;
    }
    if (r > j && word_at(x, r, e, "to")) {
        for (size_t k = j; k < r; k++)
            if (t[k].kind == TK_PERIOD && t[a].at < 0) {
                t[a].at = (int)k;
                break;
            }
        j = r;
    }
    return j;
}

/* "from A [in Y1] to B [in Y2]", "from A–B", "from the 3,892 recorded
 * in 2008 to the 1,053": the pair whose "from" (or, in a language that
 * puts words between, "de") is token 'i'. */
static void pair_from_to(extractor *x, sentence *st, size_t i)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    size_t a = i + 1;
    /* "from 2007's 282", "desde los 2.642": a year or an article before
     * the figure is a label. */
    bool spanish_of = x->loose_order && word_at(x, i, e, "of");
    /* ... and so is "last year's" ("from last year's 166 to 124"), and
     * a word weighing the figure ("from just 21 cases ... to 53"). */
    static const char *const whose[] = {
        "the", "s", "last", "previous", "year", "years", "just", "only",
        /* "from the peak 75% in 2011-12 (4,547) to 59%", "from a high of
         * 540", "from an all-time low of 33,290" */
        "peak", "high", "low", "record", "a", "of", "an", "all", "time",
        /* "all-time" broken at a line's end and joined again */
        "alltime", "historic", NULL
    };
    /* "pasó de tener 156 a 187 casos": a verb of having or counting. */
    static const char *const having[] = {
        "the", "tener", "registrar", "contabilizar", "sumar", NULL
    };
    for (size_t k = 0; k < 6 && a < e &&
                       ((t[a].kind == TK_WORD &&
                         (in_list(t[a].w, having) ||
                          (!spanish_of && in_list(t[a].w, whose)))) ||
                        t[a].kind == TK_PERIOD ||
                        /* "all-time" */
                        (is_punct(&t[a], '-') && a > i &&
                         t[a - 1].kind == TK_WORD && t[a - 1].end == t[a].off));
         k++)
        a++;
    /* "cayendo de un 39,5% en 2016 a un 38,5% en 2017": an article
     * before a percentage that is a level, as the same words before the
     * later one show ("a un" reads "a a"). */
    bool article = spanish_of && a == i + 1 && word_at(x, a, e, "a") &&
                   free_num(x, a + 1, e) && t[a + 1].fig.is_percent;
    if (article)
        a++;
    /* "pasando de un 27,5% a un 22,8%": so after a cue read "from". */
    article |= x->loose_order && a == i + 2 && word_at(x, i, e, "from") &&
               word_at(x, i + 1, e, "a") && free_num(x, a, e) &&
               t[a].fig.is_percent;
    if (!(word_at(x, i, e, "from") || spanish_of) || !free_num(x, a, e))
        return;
    /* "bajó de 44%" is a fall of 44% unless a percentage it went "to"
     * follows a few words on: "bajó de 44%, en mayo, a 32% en lo que va
     * de setiembre" compares two levels. */
    bool pct_levels = spanish_of && t[a].fig.is_percent;
    size_t j = to_after_words(x, e, a);
    bool thereby = i > s && is_word(&t[i - 1], "thereby");
    /* "pasando en el primer trimestre de 2018 de siete casos a los 13",
     * "pasando de un promedio diario de 86.3 a 65.6": a period or what
     * is counted may stand between "pasando" and its figures. */
    for (size_t k = i, n = 0; !thereby && k > s && n < 7; k--, n++) {
        const tok *q = &t[k - 1];
        /* "a 25 per cent increase in the number of charges ..., rising
         * from three to four", "a 60% reduction in crimes ..., down from
         * 144 in 2017, to 45": after a comma, a word of the change going
         * on with it, as "pasando" does. */
        static const char *const going[] = {
            "rising", "falling", "increasing", "decreasing", "dropping",
            "climbing", "going", "jumping", "down", "up", NULL
        };
        /* "..., going down from 161 to 154" */
        bool going_from =
            k == i && k >= s + 2 && q->kind == TK_WORD &&
            in_list(q->w, going) &&
            (is_punct(&t[k - 2], ',') ||
             (k >= s + 3 && is_word(&t[k - 2], "going") &&
              is_punct(&t[k - 3], ',')));
        if (is_word(q, "pasando") || is_word(q, "thereby") || going_from)
            thereby = true;
        else if (q->kind != TK_WORD && q->kind != TK_PERIOD)
            break;
    }
    /* "pasó de 1 mil 237 (1 mil 200 por agresión directa y 37
     * localizados en fosas) a 1 mil 492": what the earlier figure is made
     * of, in brackets, before "to". */
    if (punct_at(x, j, e, '(')) {
        size_t close = j + 1;
        while (close < e && close <= j + 20 && !punct_at(x, close, e, ')') &&
               !punct_at(x, close, e, '('))
            close++;
        if (punct_at(x, close, e, ')') && word_at(x, close + 1, e, "to"))
            j = close + 1;
    }
    if (!word_at(x, j, e, "to"))
        /* "al pasar de las mil 013 averiguaciones previas y/o carpetas
         * de investigación abiertas ... en 2014 a las 690": the verb of
         * passing says a "to" will come, so the run may be longer. */
        j = to_after_run(x, e, a, j, spanish_of, thereby ? 20 : 12);
    else if (spanish_of && j == a + 1 && a == i + 1)
        /* "de # a #" next to each other is the cue's own reading. */
        return;
    bool article_to = article && word_at(x, j, e, "a") &&
                      word_at(x, j + 1, e, "a") && free_num(x, j + 2, e) &&
                      t[j + 2].fig.is_percent && !t[j + 2].fig.is_points;
    if (article && !article_to)
        return;
    if (spanish_of && !word_at(x, j, e, "to") && !article_to)
        return;
    if (pct_levels && !article_to &&
        !(j <= a + 6 && free_num(x, j + 1, e) && t[j + 1].fig.is_percent &&
          !t[j + 1].fig.is_points))
        return;
    bool to_the = article_to ||
                  (word_at(x, j, e, "to") && word_at(x, j + 1, e, "the"));
    if (to_the)
        j++;
    bool to_more = false;
    /* "to a total of 49.363" */
    if (word_at(x, j, e, "to") && word_at(x, j + 1, e, "a") &&
        word_at(x, j + 2, e, "total") && word_at(x, j + 3, e, "of"))
        j += 3, to_more = true;
    /* "to 2008's 234" */
    if (word_at(x, j, e, "to") && j + 2 < e &&
        t[j + 1].kind == TK_PERIOD && word_at(x, j + 2, e, "s"))
        j += 2, to_more = true;
    if (!(to_the || to_more || word_at(x, j, e, "to") ||
          punct_at(x, j, e, '-')) ||
        !free_num(x, j + 1, e))
        return;
    size_t b = j + 1;
    /* "from 128,690 in 2011 to 2012": a year after a year is the span
     * the earlier figure covers, not the later figure. */
    if (t[j - 1].kind == TK_PERIOD && t[b].fig.is_exact &&
        t[b].fig.value.scale == 0 && t[b].fig.value.digits >= 1900 &&
        t[b].fig.value.digits <= 2100 && t[b].end - t[b].off == 4)
        return;
    /* "pasó de 2 mil a 253 casos a 2 mil 266": a second "to" and figure
     * right after says the figures are misprinted, no pair to trust. */
    size_t q = t[b].at_end;
    while (q < e && q < t[b].at_end + 2 && t[q].kind == TK_WORD &&
           !is_word(&t[q], "to"))
        q++;
    if (word_at(x, q, e, "to") && free_num(x, q + 1, e) &&
        !t[q + 1].fig.is_percent && t[q + 1].at < 0)
        return;
    int dir = i > s ? ctp_lex_word_direction(&t[i - 1]) : 0;
    size_t first = dir ? i - 1 : i;
    add_pair(x, st, a, b, first, t[b].at_end - 1, dir);
    if (st->pairs[st->n_pairs - 1].a == a)
        st->pairs[st->n_pairs - 1].thereby = thereby;
}

/* The reverse order, "to B [in Y2][,] from A [in Y1]": only after a
 * change ("rose to", "increased 50% to", "fell by 20% to"), so that
 * "sent to 1,200 from 800" and "up to 1,200" are not read as figures
 * compared. */
/* The figure after "from" at token k: "from 27", "from the 27", "from
 * the previous figure of 27", "from last year's 27".  Its token, or k. */
static size_t figure_after_from(const extractor *x, size_t k, size_t e)
{
    static const char *const naming[] = {
        "the", "a", "previous", "earlier", "last", "year", "years", "s",
        "figure", "total", "level", NULL
    };
    const tok *t = x->t;
    size_t q = k;
    while (q < e && q < k + 5 && t[q].kind == TK_WORD &&
           in_list(t[q].w, naming))
        q++;
    /* "from last year’s 78.54", the apostrophe curly, reads "years" */
    bool years = q >= k + 2 && word_at(x, q - 1, e, "years") &&
                 word_at(x, q - 2, e, "last");
    if (q > k && !(word_at(x, q - 1, e, "the") || word_at(x, q - 1, e, "s") ||
                   years))
        q = word_at(x, q, e, "of") ? q + 1 : k;
    return q < e && t[q].kind == TK_NUM ? q : k;
}

/* "improved by 3.93 percent to 82.47 percent, from last year's 78.54
 * percent", "changed to": a verb of change that says no way before
 * "to"; the figures after say it. */
static bool neutral_lead(const extractor *x, size_t s, size_t i,
                         size_t *word)
{
    static const char *const neutral[] = {
        "improved", "changed", "moved", "shifted", NULL
    };
    const tok *t = x->t;
    size_t k = i;
    if (k >= s + 3 && free_num(x, k - 1, i) && t[k - 1].fig.is_percent &&
        is_word(&t[k - 2], "by"))
        k -= 2;
    if (k > s && t[k - 1].kind == TK_WORD && in_list(t[k - 1].w, neutral)) {
        *word = k - 1;
        return true;
    }
    return false;
}

static void pairs_to_from(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i < e; i++) {
        /* "have almost doubled, at 55 – a big leap from the previous
         * figure of 27": after a comma, "at" gives the level reached. */
        bool at = word_at(x, i, e, "at") && i > s &&
                  punct_at(x, i - 1, e, ',');
        if (!(word_at(x, i, e, "to") || at) || !free_num(x, i + 1, e))
            continue;
        size_t word;
        int dir = lead_direction(x, s, at ? i - 1 : i, &word);
        if (dir == 0 && (at || !neutral_lead(x, s, i, &word)))
            continue;
        size_t b = i + 1, j = t[b].at_end;
        if (punct_at(x, j, e, ',') || punct_at(x, j, e, '-'))
            j++;
        /* "to 55, a big leap from the previous figure of 27": a few
         * words naming the change may come before "from". */
        for (size_t k = j, n = 0; k < e && n < 4 && t[k].kind == TK_WORD &&
                                  !word_at(x, j, e, "from");
             k++, n++)
            if (is_word(&t[k + 1], "from") && k + 1 < e)
                j = k + 1;
        if (!word_at(x, j, e, "from"))
            continue;
        size_t a = figure_after_from(x, j + 1, e);
        if (!free_num(x, a, e))
            continue;
        add_pair(x, st, a, b, word + 1 == i ? word : i, t[a].at_end - 1,
                 dir);
    }
}

/* "340, por encima de las 186 de 2021 (82,8% más) y de las 185
 * contabilizadas en 2019 (74,3% más)": after the pair of the later
 * figure 'i', from token 'r' on, a list of references for the one
 * figure, each the earlier of its own pair. */
static void pairs_more_references(extractor *x, sentence *st, size_t i,
                                  size_t r)
{
    const tok *t = x->t;
    size_t e = st->e;
    while (r < e) {
        /* "las 186 de 2021" */
        if (word_at(x, r, e, "of") && r + 1 < e && t[r + 1].kind == TK_PERIOD)
            r += 2;
        if (punct_at(x, r, e, '(') && r + 2 < e &&
            t[r + 1].kind == TK_NUM && t[r + 1].fig.is_percent) {
            r += 2;
            while (r < e && t[r].kind == TK_WORD)
                r++;
            if (!punct_at(x, r, e, ')'))
                break;
            r++;
        }
        if (punct_at(x, r, e, ','))
            r++;
        if (!(word_at(x, r, e, "and") || word_at(x, r, e, "but")))
            break;
        r++;
        if (word_at(x, r, e, "of"))
            r++;
        if (word_at(x, r, e, "compared") && word_at(x, r + 1, e, "with"))
            r += 2;
        if (word_at(x, r, e, "the"))
            r++;
        if (!free_num(x, r, e) || t[r].fig.is_percent ||
            (t[r].per >= 0) != (t[i].per >= 0))
            break;
        add_pair(x, st, r, i, r, t[r].at_end - 1, 0);
        r = t[r].at_end;
    }
}

/* Which of two figures compared is the earlier: 'i', before "compared
 * with", or 'k', after it.  The earlier period when both are dated (false
 * when it is the same period); otherwise the figure compared with, unless
 * words of time call it the current one ("1.265 frente a los 846
 * actuales", "49 rapes in 2017, compared to 55 ... this year"). */
/* The period of a figure: its own ('at'), else the first period among
 * the words from token 'from' to before 'lim' (eight at most); -1. */
static int period_after_words(const tok *t, int at, size_t from, size_t lim)
{
    for (size_t q = from; at < 0 && q < lim && q < from + 8; q++) {
        if (t[q].kind == TK_PERIOD)
            at = (int)q;
        else if (t[q].kind != TK_WORD)
            break;
    }
    return at;
}

static bool order_compared(const extractor *x, size_t e, size_t i,
                           size_t k, size_t *a, size_t *b)
{
    const tok *t = x->t;
    bool first_earlier;
    /* "76 en la primera mitad de 2016 por 91 desde enero hasta junio de
     * 2017": the period named a few words after a figure, only words
     * between, is its own. */
    int at_i = period_after_words(t, t[i].at, t[i].at_end, k);
    int at_k = period_after_words(t, t[k].at, t[k].at_end, e);
    if (at_i >= 0 && at_k >= 0) {
        const tok *pi = &t[at_i], *pk = &t[at_k];
        if (ct_period_equal(pi->period, pk->period))
            return false;
        first_earlier = before(pi, pk);
    } else {
        /* Only "this year" or "current" after the second: "last year"
         * before the first is often the year reported, later than the
         * one compared with ("el año pasado hubo 7.824, contra 5.671 del
         * periodo anterior"). */
        first_earlier = role_cue_after(x, k, e) > 0;
    }
    *a = first_earlier ? i : k;
    *b = first_earlier ? k : i;
    return true;
}

static bool is_clause_while(const tok *t);

/* "con 1.162 delitos, de enero a septiembre del pasado año, frente a
 * 1.216 en 2024": "last year" on figure i or k that "compared with" made
 * the later ('b'), with a year on the other and no date to the text, may
 * be that very year; the pair just added is checked both ways. */
static void order_unknown_by_dates(const extractor *x, sentence *st,
                                   size_t i, size_t k, size_t b)
{
    const tok *t = x->t;
    size_t undated = t[i].at < 0 ? i : k;
    if (!((t[i].at < 0) != (t[k].at < 0) && undated == b &&
          st->n_pairs > 0 && st->pairs[st->n_pairs - 1].b == b))
        return;
    /* "last year" after the figure, commas and a span of months allowed
     * ("1.162 delitos, de enero a septiembre del pasado año,"). */
    bool last = role_cue(x, undated, st->s, st->e) < 0;
    for (size_t q = undated + 1; !last && q + 1 < st->e && q <= undated + 12;
         q++) {
        if (t[q].kind == TK_NUM || is_word(&t[q], "compared") ||
            is_clause_while(&t[q]))
            break;
        /* "del pasado año" */
        last = ((is_word(&t[q], "last") || is_word(&t[q], "previous")) &&
                is_word(&t[q + 1], "year")) ||
               (is_word(&t[q], "pasado") && is_word(&t[q + 1], "año"));
    }
    if (last)
        st->pairs[st->n_pairs - 1].either = true;
}

/* "27,1 por cada mil habitantes frente a un índice en el conjunto del
 * país de 43,3": a rate is compared with one named in a few words, the
 * figure after their "of".  Returns the token of that figure, or k. */
static size_t rate_named_after(const extractor *x, size_t k, size_t e)
{
    const tok *t = x->t;
    for (size_t q = k; q < e && q < k + 8; q++) {
        if (t[q].kind != TK_WORD || ctp_lex_word_direction(&t[q]) != 0)
            return k;
        if (is_word(&t[q], "of") && q + 1 < e && t[q + 1].kind == TK_NUM)
            return q + 1;
    }
    return k;
}

/* "A in 2014 compared with B in 2015", "B compared with A": the pair
 * whose first figure is token 'i'.  A percentage is the change, not a
 * figure compared. */
static bool names_period(const tok *t, size_t i, size_t e);

/* "70 homicidios, cifra que supera los 53 ocurridos en el mismo período
 * del año pasado", "which exceeds the 53": a clause on the figure
 * saying it passes another names the figure it is compared with.
 * Returns the token after the verb (and "a"), or j. */
static size_t exceeds_at(const extractor *x, size_t j, size_t e)
{
    static const char *const passing[] = {
        "supera", "superó", "superan", "superaron", "rebasa", "rebasó",
        "exceeds", "exceeded", "surpasses", "surpassed", NULL
    };
    size_t q = j;
    if ((word_at(x, q, e, "a") || word_at(x, q, e, "the")) &&
        (word_at(x, q + 1, e, "cifra") || word_at(x, q + 1, e, "figure")))
        q++;
    if (word_at(x, q, e, "cifra") || word_at(x, q, e, "figure"))
        q++;
    if (!(word_at(x, q, e, "than") || word_at(x, q, e, "that") ||
          word_at(x, q, e, "which")) || q + 1 >= e ||
        x->t[q + 1].kind != TK_WORD || !in_list(x->t[q + 1].w, passing))
        return j;
    q += 2;
    if (word_at(x, q, e, "to") || word_at(x, q, e, "a"))
        q++;
    return q;
}

/* Whether a verb of change leads up to the figure at i ("rose to
 * 1,100, compared with 1,000"): then it is the later, whatever the
 * dates. */
static bool change_led(const extractor *x, size_t s, size_t i)
{
    const tok *t = x->t;
    for (size_t k = i; k-- > s && i - k <= 3;)
        if (ctp_lex_word_direction(&t[k]) != 0)
            return true;
    return false;
}

static void pair_compared_with(extractor *x, sentence *st, size_t i)
{
    const tok *t = x->t;
    size_t e = st->e;
    /* "un aumento del 3 por ciento (2 mil 461) respecto a los 81 mil
     * 141": a count in brackets right after a percentage is its change
     * in counts, not a figure compared. */
    if (i >= st->s + 2 && is_punct(&t[i - 1], '(') &&
        t[i - 2].kind == TK_NUM && t[i - 2].fig.is_percent &&
        !t[i - 2].words && i + 1 < e && is_punct(&t[i + 1], ')'))
        return;
    /* "2,015 offences were recorded in the district, compared with": up
     * to eight words between.  "102,746 crimes recorded by the PSNI in
     * 2013/14 compared with": "by" before a word names who, not a
     * change. */
    size_t j = t[i].at_end, words = 0;
    while (j < e && words < 8) {
        /* "79 rape cases were recorded from January to October this year
         * as against last year's 119": a span of months on the way */
        if (is_word(&t[j], "from") && j + 3 < e &&
            t[j + 1].kind == TK_WORD &&
            in_list(t[j + 1].w, ctp_lex_month_names) &&
            is_word(&t[j + 2], "to") && t[j + 3].kind == TK_WORD &&
            in_list(t[j + 3].w, ctp_lex_month_names)) {
            j += 4;
            continue;
        }
        if (!((t[j].kind == TK_WORD && !ctp_lex_word_direction(&t[j]) &&
               (!in_list(t[j].w, pair_stops) ||
                (is_word(&t[j], "by") && j + 1 < e &&
                 t[j + 1].kind == TK_WORD))) ||
              t[j].kind == TK_PERIOD))
            break;
        j++, words++;
    }
    /* "by almost half (18) compared to": the figure in brackets. */
    if (punct_at(x, j, e, ')') && i > st->s && is_punct(&t[i - 1], '('))
        j++;
    if (punct_at(x, j, e, ','))
        j++;
    size_t k;
    bool versus = word_at(x, j, e, "versus") || word_at(x, j, e, "vs");
    size_t over = exceeds_at(x, j, e);
    if (word_at(x, j, e, "compared") &&
        (word_at(x, j + 1, e, "with") || word_at(x, j + 1, e, "to")))
        k = j + 2;
    else if (word_at(x, j, e, "against") || versus)
        k = j + 1;
    else if (over != j)
        k = over;
    else
        return;
    if (word_at(x, k, e, "the"))
        k++;
    /* "compared to the same period in 2019 (10)": the period compared
     * with, then its figure in brackets. */
    if (word_at(x, k, e, "same") && word_at(x, k + 1, e, "period")) {
        size_t q = k + 2;
        if (word_at(x, q, e, "in") || word_at(x, q, e, "of") ||
            word_at(x, q, e, "last"))
            q++;
        if (q + 2 < e && t[q].kind == TK_PERIOD && punct_at(x, q + 1, e, '('))
            k = q + 2;
    }
    /* "compared with last year's 108" */
    if (word_at(x, k, e, "last") && word_at(x, k + 1, e, "years"))
        k += 2;
    else if (word_at(x, k, e, "last") && word_at(x, k + 1, e, "year") &&
             word_at(x, k + 2, e, "s"))
        k += 3;
    if (t[i].per >= 0 && !free_num(x, k, e))
        k = rate_named_after(x, k, e);
    if (!free_num(x, k, e) || t[k].fig.is_percent != t[i].fig.is_percent)
        return;
    /* "(25.3 percent against 20.9 percent)" after "clearance rates
     * increased by 4.4 percent": two percentages set against each other
     * alone in brackets are the rate's own pair.  Outside brackets they
     * are as often two shares side by side. */
    if (t[i].fig.is_percent &&
        !(i > st->s && is_punct(&t[i - 1], '(') &&
          punct_at(x, t[k].at_end, e, ')')))
        return;
    size_t a, b;
    if (!order_compared(x, e, i, k, &a, &b))
        return;
    add_pair(x, st, a, b, i, t[k].at_end - 1, 0);
    /* "(200 vs 224)" after "de un semestre al otro", "up 13% (27 versus
     * 24)": with no period to either figure and no word after, "vs"
     * says nothing of which is the earlier; checked both ways. */
    /* "(27 incidents vs 35 for 2018)" after "increased by 30% last
     * year": one figure dated, the other not, says no more. */
    if (versus && (t[i].at < 0 || t[k].at < 0) &&
        role_cue_after(x, k, e) == 0 && st->n_pairs > 0 &&
        st->pairs[st->n_pairs - 1].a == a)
        st->pairs[st->n_pairs - 1].either = true;
    /* "10 cases of rape in the first quarter as opposed to nine recorded
     * during second quarter": with no year to either figure, "compared
     * with" alone says no more of which is the earlier either. */
    if (!versus && !names_period(t, st->s, e) && t[i].at < 0 &&
        t[k].at < 0 && role_cue_after(x, k, e) == 0 && st->n_pairs > 0 &&
        st->pairs[st->n_pairs - 1].a == a && !change_led(x, st->s, i))
        st->pairs[st->n_pairs - 1].either = true;
    order_unknown_by_dates(x, st, i, k, b);
    if (b == i)
        pairs_more_references(x, st, i, t[k].at_end);
}

/* "while", "whereas", "mientras": a clause on something else begins. */
static bool is_clause_while(const tok *t)
{
    return is_word(t, "while") || is_word(t, "whereas") ||
           is_word(t, "whilst") || is_word(t, "mientras");
}

/* Whether "compared with (the)" stands right before count i: the figure
 * a change was compared with. */
static bool compared_with_before(const tok *t, size_t s, size_t i)
{
    if (i > s && is_word(&t[i - 1], "the"))
        i--;
    return i >= s + 2 &&
           (is_word(&t[i - 1], "with") || is_word(&t[i - 1], "to")) &&
           is_word(&t[i - 2], "compared");
}

/* The period a word of comparison at token q names, a word or two
 * between ("than 2016", "compared with the 2020", "since 2019"),
 * before token 'end': its token, or -1. */
static int period_compared_at(const tok *t, size_t q, size_t end)
{
    static const char *const comparing[] = {
        "compared", "than", "versus", "against", "since", NULL
    };
    if (q >= end || t[q].kind != TK_WORD || !in_list(t[q].w, comparing))
        return -1;
    for (size_t k = q + 1; k < end && k <= q + 3; k++) {
        if (t[k].kind == TK_PERIOD)
            return (int)k;
        if (t[k].kind != TK_WORD)
            return -1;
    }
    return -1;
}

/* "There were 144 kidnapping-related offences recorded in the 12-month
 * March to March period, compared with 131": more words between than
 * pair_compared_with allows, but the one count of the sentence before
 * "compared with" is the one compared. */
static void pairs_compared_one_count(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t j = s; j + 2 < e; j++) {
        if (!word_at(x, j, e, "compared") ||
            !(word_at(x, j + 1, e, "with") || word_at(x, j + 1, e, "to")))
            continue;
        size_t k = j + 2;
        if (word_at(x, k, e, "the"))
            k++;
        if (!free_num(x, k, e) || t[k].fig.is_percent || t[k].per >= 0 ||
            !t[k].fig.is_exact)
            continue;
        /* Counts before "while" ("mientras que") are of the clause
         * before. */
        int only = -1, found = 0;
        for (size_t q = s; q < j; q++) {
            if (is_clause_while(&t[q]))
                only = -1, found = 0;
            /* "las víctimas fueron 275 -de los que 241 fueron víctimas
             * directas, 27 vinculadas y 7 travesticidios-, frente las
             * 313": an aside between dashes right after a count holds
             * its parts. */
            if (is_punct(&t[q], '-') && q > s && t[q - 1].kind == TK_NUM &&
                (int)(q - 1) == only) {
                size_t c = q + 1;
                while (c < j && !is_punct(&t[c], '-'))
                    c++;
                if (c < j) {
                    q = c;
                    continue;
                }
            }
            if (t[q].kind == TK_NUM && !t[q].label && !t[q].fig.is_percent)
                only = (int)q, found++;
        }
        if (found != 1 || !free_num(x, (size_t)only, e) ||
            t[only].per >= 0 || !t[only].fig.is_exact)
            continue;
        size_t one = (size_t)only;
        /* "con 11 mil 919 robos, 44% más contra 2016, y por encima de
         * los 10 mil 497 de la Ciudad de México": the count was compared
         * with a year already; the figure after is another comparison. */
        bool compared_already = false;
        for (size_t q = one + 1; q + 1 < j; q++)
            compared_already |= period_compared_at(t, q, j) >= 0;
        if (compared_already)
            continue;
        /* "un aumento del 65 % en comparación con los 1.428 ..., y un
         * incremento del 39 % frente a los 1.698": the one count is
         * itself a figure compared with, by another change. */
        if (compared_with_before(t, s, one))
            continue;
        /* "has reduced by 7,560 or 2.55 percent compared to the 296,444":
         * a count after "by" and a verb of change is the change, not a
         * level compared. */
        if (one >= s + 2 && is_word(&t[one - 1], "by") &&
            ctp_lex_word_direction(&t[one - 2]) != 0)
            continue;
        /* "113.842 (85%) ..., frente a los 20.147 (15%)": two parts of a
         * whole, each with its share, are not a change; but one bracketed
         * percentage after the second, dated figure is the change:
         * "frente a los seis del año 2016 (50%)". */
        bool dated_change = t[k].at >= 0 && (size_t)t[k].at > k;
        if ((punct_at(x, one + 1, e, '(') && free_num(x, one + 2, e) &&
             t[one + 2].fig.is_percent) ||
            (!dated_change && punct_at(x, t[k].at_end, e, '(') &&
             free_num(x, t[k].at_end + 1, e) &&
             t[t[k].at_end + 1].fig.is_percent))
            continue;
        size_t a, b;
        if (!order_compared(x, e, one, k, &a, &b))
            continue;
        add_pair(x, st, a, b, one, t[k].at_end - 1, 0);
        order_unknown_by_dates(x, st, one, k, b);
    }
}

/* "B, up from A", "127 this year, up from 85 last year"; a percentage is
 * the change, not B. */

static void pairs_up_from(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i < e; i++) {
        /* "4,741 cases involving a loss of RM558 million, up from 3,530
         * cases": a sum of money is not what the cases went up from. */
        if (!free_num(x, i, e) || t[i].fig.is_percent || t[i].money)
            continue;
        size_t j = t[i].at_end;
        for (size_t words = 0;
             words < 3 && j < e && t[j].kind == TK_WORD &&
             !ctp_lex_word_direction(&t[j]) &&
             !in_list(t[j].w, ctp_finder_structure_words) &&
             !is_word(&t[j], "last") && !is_word(&t[j], "this");
             words++)
            j++;
        /* "45,803 robbery offences last year, up from 39,068": the time
         * of the figure may follow its words. */
        if ((word_at(x, j, e, "last") || word_at(x, j, e, "this")) &&
            (word_at(x, j + 1, e, "year") || word_at(x, j + 1, e, "month") ||
             word_at(x, j + 1, e, "quarter")))
            j += 2;
        else if (word_at(x, j, e, "in") && j + 1 < e &&
                 x->t[j + 1].kind == TK_PERIOD)
            j += 2;
        /* "101 recorded incidents — up from just three" */
        if (punct_at(x, j, e, ',') || punct_at(x, j, e, '-'))
            j++;
        if (word_at(x, j, e, "a") || word_at(x, j, e, "an"))
            j++;
        int dir = j < e ? ctp_lex_word_direction(&t[j]) : 0;
        size_t a = j + 2;
        if (word_at(x, a, e, "just") || word_at(x, a, e, "only"))
            a++;
        if (dir == 0 || !word_at(x, j + 1, e, "from") || !free_num(x, a, e))
            continue;
        if (word_at(x, t[a].at_end, e, "to"))
            continue;
        add_pair(x, st, a, i, i, t[a].at_end - 1, 0);
    }
    /* "16 aggravated burglary offences were recorded in Louth in the 12
     * months to June 2022, up from 11 in the year to June 2021": the
     * clause's count and ", up from" after its words, no other figure
     * between. */
    /* "59 murders in the 12 months to June - up from 45": a dash sets
     * it off too. */
    for (size_t j = s + 2; j + 2 < e; j++) {
        if (!(is_punct(&t[j], ',') || is_punct(&t[j], '-')) ||
            !(word_at(x, j + 1, e, "up") || word_at(x, j + 1, e, "down")) ||
            !word_at(x, j + 2, e, "from") ||
            !ctp_finder_plain_count(x, j + 3, e) || !free_num(x, j + 3, e) ||
            word_at(x, t[j + 3].at_end, e, "to"))
            continue;
        int b = -1;
        for (size_t q = j; q-- > s && j - q <= 18;) {
            if (t[q].kind == TK_NUM && !t[q].label && t[q].at < 0 &&
                !(q > s && t[q - 1].kind == TK_PERIOD)) {
                b = (int)q;
                break;
            }
            if (t[q].kind == TK_PUNCT && !is_punct(&t[q], '-'))
                break;
        }
        if (b < 0 || !ctp_finder_plain_count(x, (size_t)b, e) ||
            !free_num(x, (size_t)b, e))
            continue;
        /* "3,612 fewer incidents reported, down from 16,634": a change
         * in counts is no level */
        bool change = false;
        for (size_t q = (size_t)b + 1; q < j && q <= (size_t)b + 2; q++)
            change |= t[q].kind == TK_WORD &&
                      in_list(t[q].w, change_comparatives);
        if (change)
            continue;
        bool other = false;
        for (size_t p = 0; p < st->n_pairs; p++)
            other |= st->pairs[p].b == (size_t)b ||
                     st->pairs[p].a == j + 3;
        if (!other)
            add_pair(x, st, j + 3, (size_t)b, (size_t)b,
                     t[j + 3].at_end - 1, 0);
    }
}

/* A table row as text extraction leaves it: "Burglary 3,120 3,342 +7%",
 * two figures side by side and the change after them.  Which column is
 * the earlier is the heading's to say ("2014 2015", or "2015 YTD 2014
 * YTD" latest first); under no heading of periods it is only a guess,
 * and a guess never makes a claim wrong. */
/* Whether number i numbers the next row of a table run into one line:
 * "... -0,4 1. Homicidios dolosos". */
static bool row_number(const extractor *x, size_t i)
{
    const tok *t = &x->t[i];
    return t->fig.is_exact && t->sign == 0 && t->fig.value.digits < 100 &&
           t->end < x->n && x->s[t->end] == '.';
}

/* The cell of a row's change in per cent after its two counts at i: the
 * next figure, printed with '%' or, under a heading that names the column
 * ("% Change", "Var.%"), without; under such a heading a column of
 * changes in counts may come between ("18,535 20,006 -1,471 -7.35").
 * Returns its token, or 0 when there is none. */
static size_t row_pct_cell(extractor *x, size_t i, size_t e)
{
    tok *t = x->t;
    size_t p = i + 2;
    if (x->pct_column && p + 1 < e && t[p].kind == TK_NUM &&
        t[p].fig.is_exact && !t[p].fig.is_percent && free_num(x, p + 1, e))
        p++;
    if (p >= e || !free_num(x, p, e) || t[p].per >= 0)
        return 0;
    if (t[p].fig.is_percent)
        return p;
    if (!x->pct_column || t[p].fig.exp10 != 0 ||
        (p + 1 < e && t[p + 1].kind == TK_NUM && !row_number(x, p + 1)))
        return 0;
    /* A whole figure read as a count is now a rounded percentage. */
    t[p].fig.is_percent = true;
    t[p].fig.is_exact = false;
    return p;
}

static void pairs_table_row(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i + 2 < e; i++) {
        if (!free_num(x, i, e) || !free_num(x, i + 1, e) ||
            t[i].fig.is_percent ||
            (i > s && t[i - 1].kind == TK_NUM) ||
            t[i + 1].fig.is_percent ||
            t[i].per >= 0 || t[i + 1].per >= 0 || t[i + 1].sign != 0 ||
            row_pct_cell(x, i, e) == 0)
            continue;
        if (x->column_order < 0)
            add_pair(x, st, i + 1, i, i, i + 1, 0);
        else
            add_pair(x, st, i, i + 1, i, i + 1, 0);
        st->pairs[st->n_pairs - 1].guessed = x->column_order == 0;
    }
}

/* "(32,338 to 48,776)", "(3935 offences to 4199)": the figures compared
 * in brackets after a change. */
static void pairs_bracketed(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i + 3 < e; i++) {
        if (!is_punct(&t[i], '(') || !free_num(x, i + 1, e) ||
            t[i + 1].fig.is_percent)
            continue;
        /* "fell ... by seven percent (26/28) in Cavan": two counts with
         * a stroke between, right after the percentage, are its figures;
         * which is the earlier the stroke does not say. */
        if (i > s && t[i - 1].kind == TK_NUM && t[i - 1].fig.is_percent &&
            punct_at(x, t[i + 1].at_end, e, '=') &&
            free_num(x, t[i + 1].at_end + 1, e)) {
            size_t k = t[i + 1].at_end + 1;
            if (!t[k].fig.is_percent && t[k].per < 0 &&
                t[i + 1].per < 0 && punct_at(x, t[k].at_end, e, ')')) {
                add_pair(x, st, k, i + 1, i, t[k].at_end, 0);
                st->pairs[st->n_pairs - 1].either = true;
            }
            continue;
        }
        size_t j = t[i + 1].at_end, words = 0;
        while (j < e && words < 2 && t[j].kind == TK_WORD &&
               !is_word(&t[j], "to"))
            j++, words++;
        if (!word_at(x, j, e, "to") || !free_num(x, j + 1, e) ||
            t[j + 1].fig.is_percent)
            continue;
        size_t k = t[j + 1].at_end;
        while (k < e && t[k].kind == TK_WORD && k < j + 4)
            k++;
        if (!punct_at(x, k, e, ')'))
            continue;
        add_pair(x, st, i + 1, j + 1, i, k, 0);
    }
}

/* "un 24,6 % -126 a 157": after a percentage, a dash and two figures;
 * the dash is no minus sign, and is taken off the figure. */
static void pairs_after_dash(extractor *x, sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s + 1; i + 2 < e; i++) {
        /* "jumped by 21.2 per cent — 12,115 to 14,680 offences": the
         * dash a mark of its own */
        bool dash = i >= s + 2 && is_punct(&t[i - 1], '-') &&
                    t[i - 2].kind == TK_NUM && t[i - 2].fig.is_percent &&
                    t[i].sign == 0;
        if (!free_num(x, i, e) || (t[i].sign >= 0 && !dash) ||
            !t[i].fig.is_exact ||
            (!dash && (t[i - 1].kind != TK_NUM || !t[i - 1].fig.is_percent)) ||
            !word_at(x, i + 1, e, "to") || !free_num(x, i + 2, e) ||
            t[i + 2].fig.is_percent || !t[i + 2].fig.is_exact)
            continue;
        t[i].sign = 0;
        t[i].fig.value.negative = false;
        add_pair(x, st, i, i + 2, i, i + 2, 0);
    }
}

/* The token after the ',' and the "and" that may join dated figures
 * ("790 in 2014, and 1,233 in 2015"). */
static size_t after_joint(const extractor *x, size_t i, size_t e)
{
    if (punct_at(x, i, e, ','))
        i++;
    return skip_word(x, i, e, "and");
}

/* Whether count i follows another dated count and a comma, as an item
 * of a list: "(34 denuncias en 2021, 35 en 2020 y 58 en 2019)", where
 * which two a change compares is not said. */
static bool dated_item_before(const tok *t, size_t s, size_t i)
{
    if (i < s + 3 || t[i - 1].kind != TK_PUNCT || t[i - 2].kind != TK_PERIOD)
        return false;
    for (size_t k = i - 2; k-- > s && i - 2 - k <= 4;)
        if (t[k].kind == TK_NUM)
            return t[k].at == (int)(i - 2);
    return false;
}

/* Whether the count at token q stands right after a percentage's
 * "than [the]": the earlier figure of another comparison ("4% higher
 * than the 173,269 ..., but 6% lower than the 192,028"), never the later
 * figure of one.  "more than 500", a hedge, is no comparison. */
static bool after_than(const tok *t, size_t s, size_t q)
{
    if (q > s && is_word(&t[q - 1], "the"))
        q--;
    if (!(q > s + 2 && is_word(&t[q - 1], "than")))
        return false;
    for (size_t k = q - 2; k > s && q - k <= 4 && t[k].kind == TK_WORD; k--)
        if (t[k - 1].kind == TK_NUM)
            return t[k - 1].fig.is_percent;
    return false;
}

/* "790 in 2014 and 1,233 in 2015": two dated figures side by side, the
 * earlier period first in the pair; not in a series of three or more
 * ("4626 en 2011, 4901 en 2012, 5655 en 2013"), where which two a change
 * compares is not said. */
static void pairs_dated(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i < e; i++) {
        /* "fell 9.7% in 2002 and 7.6% in 2014": changes of two years, not
         * the levels a change in points compares. */
        if (!free_num(x, i, e) || t[i].at < 0 ||
            (t[i].fig.is_percent && i > s &&
             ctp_lex_word_direction(&t[i - 1]) != 0))
            continue;
        size_t j = after_joint(x, t[i].at_end, e);
        /* "were 124 in 2017 from 67 in 2016": "from" and the earlier
         * year say the same order. */
        bool from = j == t[i].at_end && word_at(x, j, e, "from");
        if (from)
            j++;
        if (j == t[i].at_end || !free_num(x, j, e) || t[j].at < 0)
            continue;
        const tok *pa = &t[t[i].at], *pb = &t[t[j].at];
        /* "4% higher than the 173,269 offences recorded in 2022, but 6%
         * lower than the 192,028 in 2019": each the earlier figure of its
         * own comparison, no pair. */
        if (ct_period_equal(pa->period, pb->period) ||
            (from && !before(pb, pa)) ||
            (after_than(t, s, i) && after_than(t, s, j)))
            continue;
        size_t r = after_joint(x, t[j].at_end, e);
        if ((r < e && t[r].kind == TK_NUM && t[r].at >= 0) ||
            dated_item_before(t, s, i))
            continue;
        if (before(pa, pb))
            add_pair(x, st, i, j, i, t[j].at_end - 1, 0);
        else
            add_pair(x, st, j, i, i, t[j].at_end - 1, 0);
    }
}


/* "fraude, 106 a 217, un 104.72 por ciento": in a list whose other items
 * say "de A a B", an item may leave out "de"; after a comma, two counts
 * joined by "a" (or "to") are the earlier and the later. */
static void pairs_bare_to(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s + 1; i + 2 < e; i++) {
        /* "of 47,075 individual offences — 154,777 to 107,102 — or a
         * 30.5 per cent decrease": or set off between two dashes. */
        bool dashed = is_punct(&t[i - 1], '-');
        if ((is_punct(&t[i - 1], ',') || dashed) &&
            ctp_finder_plain_count(x, i, e) && free_num(x, i, e) &&
            is_word(&t[i + 1], "to") && ctp_finder_plain_count(x, i + 2, e) &&
            free_num(x, i + 2, e) &&
            (dashed ? i + 3 < e && is_punct(&t[i + 3], '-')
                    : i + 3 >= e || t[i + 3].kind == TK_PUNCT))
            add_pair(x, st, i, i + 2, i, i + 2, 0);
    }
}

/* "En 2004 se produjeron 772.732 ilícitos de este tipo, su número se
 * redujo a 704.247", "there were 772,732 offences, and the number fell
 * to 704,247": a word that names the count said before as the subject of
 * a change "to" a figure.  The count before is the only one in the
 * sentence, so the words tie the two as "from ... to" would. */
static void pairs_number_went_to(extractor *x, sentence *st)
{
    static const char *const naming[] = {
        "number", "figure", "total", "número", "cifra", "it", "this",
        "which", NULL
    };
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t k = s + 2; k + 2 < e; k++) {
        int dir = ctp_lex_word_direction(&t[k]);
        size_t v = k;
        /* "su número se redujo a": the reflexive "se" of the verb */
        if (dir != 0 && is_word(&t[v - 1], "se"))
            v--;
        if (dir == 0 || !in_list(t[v - 1].w, naming) ||
            t[v - 1].kind != TK_WORD || !is_word(&t[k + 1], "to") ||
            !ctp_finder_plain_count(x, k + 2, e) || !free_num(x, k + 2, e))
            continue;
        /* Only for a change stated after it in the sentence: else the
         * figures stay free for the next sentence to compare. */
        bool pct_after = false;
        for (size_t q = k + 3; q < e; q++)
            pct_after |= t[q].kind == TK_NUM && t[q].fig.is_percent;
        if (!pct_after)
            return;
        int a = -1;
        for (size_t q = s; q + 1 < v; q++) {
            if (t[q].kind != TK_NUM || t[q].label)
                continue;
            if (a >= 0 || !ctp_finder_plain_count(x, q, e) ||
                !free_num(x, q, e)) {
                a = -2;
                break;
            }
            a = (int)q;
        }
        if (a >= 0)
            add_pair(x, st, (size_t)a, k + 2, (size_t)a, k + 2, dir);
        return;
    }
}

/* "increased by 2 per cent in 2023 (24,220 cases) compared to the
 * previous year (24,821)": each figure in brackets after what it is of,
 * "compared to" between; the one after it is the earlier. */
static void pairs_bracket_compared_bracket(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t a = s + 1; a + 4 < e; a++) {
        if (!punct_at(x, a - 1, e, '(') || !ctp_finder_plain_count(x, a, e) ||
            !free_num(x, a, e))
            continue;
        size_t k = a + 1;
        while (k < e && k <= a + 3 && t[k].kind == TK_WORD)
            k++;
        if (!punct_at(x, k, e, ')') || !word_at(x, k + 1, e, "compared") ||
            !(word_at(x, k + 2, e, "to") || word_at(x, k + 2, e, "with")))
            continue;
        k += 3;
        size_t words = 0;
        while (k < e && words < 5 &&
               (t[k].kind == TK_WORD || t[k].kind == TK_PERIOD))
            k++, words++;
        size_t b = k + 1;
        if (punct_at(x, k, e, '(') && ctp_finder_plain_count(x, b, e) &&
            free_num(x, b, e) && b + 1 < e &&
            (punct_at(x, b + 1, e, ')') || t[b + 1].kind == TK_WORD))
            add_pair(x, st, b, a, a, b, 0);
    }
}

/* "al comparar los casos registrados en la primera semana (2,230) con la
 * segunda (2,169)", "comparing the first half (412) with the second
 * (380)": each figure in brackets after what it counts; the first is the
 * earlier. */
static void pairs_compared_brackets(extractor *x, sentence *st)
{
    static const char *const comparing[] = {
        "comparar", "comparando", "compararse", "comparing", "compare", NULL
    };
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t c = s; c < e; c++) {
        if (t[c].kind != TK_WORD || !in_list(t[c].w, comparing))
            continue;
        size_t k = c + 1;
        while (k < e && k <= c + 10 && t[k].kind == TK_WORD)
            k++;
        size_t a = k + 1;
        if (!punct_at(x, k, e, '(') || !ctp_finder_plain_count(x, a, e) ||
            !free_num(x, a, e) || !punct_at(x, a + 1, e, ')') ||
            !(word_at(x, a + 2, e, "con") || word_at(x, a + 2, e, "with")))
            continue;
        k = a + 3;
        while (k < e && k <= a + 7 && t[k].kind == TK_WORD)
            k++;
        size_t b = k + 1;
        if (punct_at(x, k, e, '(') && ctp_finder_plain_count(x, b, e) &&
            free_num(x, b, e) && punct_at(x, b + 1, e, ')'))
            add_pair(x, st, a, b, a, b + 1, 0);
    }
}

/* "up 34 per cent (98 from 73)": in brackets, the later figure "from"
 * the earlier. */
static void pairs_bracketed_from(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s + 1; i + 3 < e; i++)
        if (is_punct(&t[i - 1], '(') && ctp_finder_plain_count(x, i, e) &&
            free_num(x, i, e) && is_word(&t[i + 1], "from") &&
            ctp_finder_plain_count(x, i + 2, e) && free_num(x, i + 2, e) &&
            is_punct(&t[i + 3], ')'))
            add_pair(x, st, i + 2, i, i, i + 2, 0);
}

static bool made_up(const tok *t, size_t s, size_t k);

/* "570 homicidios, cifra que bajó a 560", "1,420 burglaries, which fell
 * to 1,136": a count, a few words naming it, then a relative clause
 * whose verb of change goes "to" the later figure. */
static void pairs_relative_to(extractor *x, sentence *st)
{
    static const char *const relative[] = {"that", "which", NULL};
    static const char *const naming[] = {
        "a", "an", "the", "una", "la", "figure", "cifra", "number",
        "total", NULL
    };
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t a = s; a + 3 < e; a++) {
        if (!ctp_finder_plain_count(x, a, e) || !free_num(x, a, e))
            continue;
        /* "last year's total of 46 rising to 60": the verb right after
         * the count, with no relative word. */
        if (ctp_lex_word_direction(&t[a + 1]) != 0) {
            if (t[a + 1].kind == TK_WORD && is_word(&t[a + 2], "to") &&
                ctp_finder_plain_count(x, a + 3, e) && free_num(x, a + 3, e) &&
                !made_up(t, s, a + 1))
                add_pair(x, st, a, a + 3, a, t[a + 3].at_end - 1, 0);
            continue;
        }
        if (a + 4 >= e)
            continue;
        size_t k = a + 1, words = 0;
        while (k < e && words < 4 &&
               ((t[k].kind == TK_WORD && !in_list(t[k].w, relative) &&
                 !in_list(t[k].w, naming) &&
                 ctp_lex_word_direction(&t[k]) == 0) ||
                t[k].kind == TK_PERIOD))
            k++, words++;
        if (punct_at(x, k, e, ','))
            k++;
        while (k < e && t[k].kind == TK_WORD && in_list(t[k].w, naming))
            k++;
        if (!(k + 3 < e && t[k].kind == TK_WORD && in_list(t[k].w, relative) &&
              ctp_lex_word_direction(&t[k + 1]) != 0 &&
              is_word(&t[k + 2], "to") &&
              ctp_finder_plain_count(x, k + 3, e) && free_num(x, k + 3, e)))
            continue;
        add_pair(x, st, a, k + 3, a, t[k + 3].at_end - 1, 0);
    }
}

/* "2021 total: 26,677 / 2022 total: 38,649 / Percent of change: 35%": a
 * list of labelled lines, each a period, a word or two and a colon before
 * its count; two such counts are a pair, the earlier period first. */
static void pairs_labelled_periods(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    size_t found[2];
    int n = 0;
    for (size_t i = s; i + 2 < e; i++) {
        if (t[i].kind != TK_PERIOD)
            continue;
        size_t k = i + 1;
        while (k < e && k <= i + 2 && t[k].kind == TK_WORD)
            k++;
        if (k == i + 1 || !punct_at(x, k, e, ':') ||
            !ctp_finder_plain_count(x, k + 1, e) || !free_num(x, k + 1, e))
            continue;
        if (n == 2)
            return;  /* three or more: which two is not said */
        found[n++] = i;
    }
    if (n != 2 || !before(&t[found[0]], &t[found[1]]))
        return;
    size_t a = found[0], b = found[1];
    while (t[a].kind != TK_NUM)
        a++;
    while (t[b].kind != TK_NUM)
        b++;
    add_pair(x, st, a, b, found[0], b, 0);
}

/* "with 80 and 71 reports compared to 48 and 35": two figures compared
 * with two others, each with the one in its place (48 to 80, 35 to 71),
 * never across. */
static void pairs_two_compared(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t e = st->e;
    for (size_t i = st->s; i + 6 < e; i++) {
        if (!free_num(x, i, e) || !word_at(x, i + 1, e, "and") ||
            !free_num(x, i + 2, e))
            continue;
        size_t k = i + 3;
        while (k < e && k <= i + 5 && t[k].kind == TK_WORD &&
               !is_word(&t[k], "compared") && !is_word(&t[k], "versus") &&
               !is_word(&t[k], "against"))
            k++;
        if (!(word_at(x, k, e, "compared") || word_at(x, k, e, "versus") ||
              word_at(x, k, e, "against")))
            continue;
        k++;
        if (word_at(x, k, e, "to") || word_at(x, k, e, "with"))
            k++;
        if (word_at(x, k, e, "the"))
            k++;
        if (!free_num(x, k, e) || !word_at(x, k + 1, e, "and") ||
            !free_num(x, k + 2, e) || t[i].fig.is_percent ||
            t[i + 2].fig.is_percent || t[k].fig.is_percent ||
            t[k + 2].fig.is_percent || st->n_pairs + 2 > MAX_PIECES)
            continue;
        add_pair(x, st, k, i, i, k, 0);
        add_pair(x, st, k + 2, i + 2, i + 2, k + 2, 0);
        return;
    }
}

/* The pairs of figures a sentence compares, each pattern in turn: a
 * figure paired by an earlier pattern is no longer free for a later
 * one, so the order is the order of trust. */
static void find_pairs(extractor *x, sentence *st)
{
    pairs_between_years(x, st);
    pairs_two_compared(x, st);
    for (size_t i = st->s; i < st->e; i++)
        pair_from_to(x, st, i);
    pairs_to_from(x, st);
    for (size_t i = st->s; i < st->e; i++)
        if (free_num(x, i, st->e))
            pair_compared_with(x, st, i);
    pairs_compared_one_count(x, st);
    pairs_up_from(x, st);
    pairs_table_row(x, st);
    pairs_bracketed(x, st);
    pairs_after_dash(x, st);
    pairs_dated(x, st);
    pairs_labelled_periods(x, st);
    pairs_relative_to(x, st);
    pairs_bracketed_from(x, st);
    pairs_bare_to(x, st);
    pairs_compared_brackets(x, st);
    pairs_bracket_compared_bracket(x, st);
    pairs_number_went_to(x, st);
}

/* Whether "up" at token k is the "up" of "made up": "made up 30% of
 * crimes", "made up 42,710 of the 65,893" state a share, not a rise. */
static bool made_up(const tok *t, size_t s, size_t k)
{
    return k > s && is_word(&t[k], "up") && t[k - 1].kind == TK_WORD &&
           (is_word(&t[k - 1], "made") || is_word(&t[k - 1], "makes") ||
            is_word(&t[k - 1], "make") || is_word(&t[k - 1], "making"));
}

/* "un incremento de los asuntos penales que llegan a los juzgados ... de
 * casi el 25%": in Spanish the noun of change, after its article, may
 * stand many words before "de" and its figure, with only words between.
 * Returns its direction and sets '*word', or 0. */
static int far_change_noun(const tok *t, size_t s, size_t i, size_t *word,
                           bool *change_word)
{
    size_t j = i;
    if (j > s && is_word(&t[j - 1], "the"))
        j--;
    while (j > s && ctp_lex_hedge_word(&t[j - 1]) != CT_CLAIM_HEDGE_NONE)
        j--;
    /* "Esta variación interanual de enero a septiembre entre ambos años
     * se sitúa ahora en el 78,5 por ciento": the change is the subject
     * of "is", named by "this" or "the". */
    bool is = j >= s + 2 && (is_word(&t[j - 1], "is") ||
                             is_word(&t[j - 1], "was") ||
                             /* "la subida en los robos a viviendas
                              * alcanzó el 50%" */
                             is_word(&t[j - 1], "alcanzó") ||
                             is_word(&t[j - 1], "alcanza") ||
                             is_word(&t[j - 1], "reached"));
    /* "un repunte en la incidencia del delito ... por el 43.03 por
     * ciento": "by" the figure too. */
    /* "una importante disminución del número de faltas, ..., y que se
     * cifra en el 3,28%": a clause on the change that puts a figure on
     * it, which commas may set off. */
    bool put = j >= s + 4 && is_word(&t[j - 1], "in") &&
               is_word(&t[j - 2], "cifra") &&
               (is_word(&t[j - 3], "se") || is_word(&t[j - 3], "than"));
    if (put) {
        is = true;
        j -= 2;
    }
    if (j < s + 2 ||
        !(is_word(&t[j - 1], "of") || is_word(&t[j - 1], "by") ||
          is_word(&t[j - 1], "por") || is))
        return 0;
    /* "una variación sobre el año 2010 del 11,5 por ciento": a year may
     * stand between, and a noun of change with no direction ("change")
     * is found too. */
    for (size_t q = j - 1; q-- > s && j - q <= 24;) {
        if (t[q].kind == TK_PERIOD || (put && is_punct(&t[q], ',')))
            continue;
        if (t[q].kind != TK_WORD)
            return 0;
        int d = ctp_lex_word_direction(&t[q]);
        bool change = in_list(t[q].w, ctp_finder_change_words);
        /* "mayor sensación de inseguridad": a comparative is no change. */
        if ((d == 0 && !change) ||
            (put && (is_word(&t[q], "more") || is_word(&t[q], "less") ||
                     is_word(&t[q], "higher") || is_word(&t[q], "lower"))))
            continue;
        /* "The annual increase in assaults was 11.4 per cent": a word
         * that says what kind of change may stand after the article. */
        size_t art = q;
        if (art > s + 1 && t[art - 1].kind == TK_WORD &&
            ctp_lex_word_direction(&t[art - 1]) == 0 &&
            !in_list(t[art - 1].w, ctp_finder_structure_words) &&
            (is_word(&t[art - 2], "a") || is_word(&t[art - 2], "an") ||
             is_word(&t[art - 2], "the") || is_word(&t[art - 2], "this")))
            art--;
        if (put || (art > s && (is_word(&t[art - 1], "a") ||
                                is_word(&t[art - 1], "an") ||
                      (is && (is_word(&t[art - 1], "the") ||
                              is_word(&t[art - 1], "esta") ||
                              is_word(&t[art - 1], "this")))))) {
            *word = q;
            *change_word = change;
            return d;
        }
        return 0;
    }
    return 0;
}

/* "a fall in overall crime of just over one per cent": in English a
 * noun of change after "a", "in" and what changed, then "of" and its
 * figure.  Its direction, setting '*word', or 0. */
static int change_in_what_of(const tok *t, size_t s, size_t i, size_t *word)
{
    size_t j = i;
    while (j > s && (ctp_lex_hedge_word(&t[j - 1]) != CT_CLAIM_HEDGE_NONE ||
                     is_word(&t[j - 1], "just")))
        j--;
    /* "the highest year-on-year rise in shoplifting offences at
     * 46.10%": "at" its figure too. */
    if (j < s + 5 || !(is_word(&t[j - 1], "of") || is_word(&t[j - 1], "at")))
        return 0;
    for (size_t q = j - 1; q-- > s + 2 && j - 1 - q <= 5;) {
        if (t[q].kind != TK_WORD)
            return 0;
        if (!is_word(&t[q], "in"))
            continue;
        int d = ctp_lex_word_direction(&t[q - 1]);
        if (d == 0)
            return 0;
        /* the article, perhaps with words that grade the change ("the
         * highest year-on-year rise") */
        for (size_t r = q - 1; r-- > s && q - 1 - r <= 8;) {
            if (is_word(&t[r], "a") || is_word(&t[r], "an") ||
                (is_word(&t[r], "the") && r + 2 < q)) {
                *word = q - 1;
                return d;
            }
            /* "year-on-year": a word joined by hyphens */
            bool joined = r > s && is_punct(&t[r - 1], '-') &&
                          is_punct(&t[r + 1], '-');
            if (is_punct(&t[r], '-'))
                continue;
            if (t[r].kind != TK_WORD || ctp_lex_word_direction(&t[r]) != 0 ||
                (in_list(t[r].w, ctp_finder_structure_words) && !joined))
                return 0;
        }
        return 0;
    }
    return 0;
}

/* The "(" that opens the aside closed by ")" at token 'close', at most
 * 'most' tokens back and not before s, or SIZE_MAX; with 'periods', an
 * aside of periods only ("(2022/2023 to 2023/2024)"). */
static size_t bracket_opening(const tok *t, size_t s, size_t close,
                              size_t most, bool periods)
{
    for (size_t q = close; q-- > s && close - q <= most;) {
        if (is_punct(&t[q], '('))
            return q;
        if (periods && !(t[q].kind == TK_PERIOD || is_word(&t[q], "to") ||
                         is_word(&t[q], "and") || is_punct(&t[q], '=')))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* "a 10% total drop", "a 5% overall rise": a word of extent between
 * the figure at i and its noun of change; the direction of that noun,
 * or 0. */
static int extent_then_direction(const tok *t, size_t e, size_t i)
{
    static const char *const extent[] = {
        "total", "overall", "annual", "yearly", NULL
    };
    return i + 2 < e && t[i + 1].kind == TK_WORD &&
                   in_list(t[i + 1].w, extent)
               ? ctp_lex_word_direction(&t[i + 2])
               : 0;
}

/* The direction a percentage is given with: its sign, or a direction
 * word before it ("rose by 56%", "a fall of 11%", "up 3.1 per cent") or
 * after it ("a 56% increase", "11% lower").  Sets '*word' to the token of
 * the word, or to 'i'. */
static int pct_direction(const extractor *x, size_t s, size_t e, size_t i,
                         size_t *word, bool *change_word, ct_claim_hedge *hedge)
{
    const tok *t = x->t;
    *word = i;
    *change_word = false;
    *hedge = CT_CLAIM_HEDGE_NONE;
    /* "nearly a 30% rise", "casi un 30%": the article does not count. */
    size_t at = i;
    if (i > s && (is_word(&t[i - 1], "a") || is_word(&t[i - 1], "an")))
        at = i - 1;
    /* "decreased by more than a quarter (26.4%)": the fraction in words
     * the figure says again is dropped, and its hedge is the fraction's,
     * not the figure's. */
    size_t from = i;
    if (i >= s + 3 && is_punct(&t[i - 1], '(') && is_word(&t[i - 2], "than") &&
        (is_word(&t[i - 3], "more") || is_word(&t[i - 3], "less") ||
         is_word(&t[i - 3], "fewer")))
        from = at = i - 3;
    size_t aside = 0;  /* tokens of an aside skipped */
    for (size_t k = from; k-- > s && i - k <= 6 + aside;) {
        /* "a year-on-year increase (2022/2023 to 2023/2024) of over 32
         * per cent": an aside of periods in brackets before "of". */
        if (is_punct(&t[k], ')') && k + 1 < i && is_word(&t[k + 1], "of")) {
            size_t open = bracket_opening(t, s, k, 10, true);
            if (open != SIZE_MAX && open > s && open + 1 < k) {
                aside += k - open + 1;
                k = open;
                continue;
            }
        }
        /* "bajan algo menos, un 2,6%": the direction just before a
         * comma; in Spanish a few words of manner may stand between
         * ("aumentaron en igual medida, casi un 25%"). */
        if (is_punct(&t[k], ',') && k > s && k + 3 >= at) {
            static const char *const clause[] = {
                "and", "while", "whereas", "but", "than", "which", "y",
                "pero", "mientras", "from", "to", NULL
            };
            size_t q = k;
            while (x->loose_order && q > s && k - q < 4 &&
                   t[q - 1].kind == TK_WORD &&
                   ctp_lex_word_direction(&t[q - 1]) == 0 &&
                   !in_list(t[q - 1].w, clause))
                q--;
            if (q > s && ctp_lex_word_direction(&t[q - 1]) != 0 &&
                (q == k || !(is_word(&t[q - 1], "more") ||
                             is_word(&t[q - 1], "less")))) {
                *word = q - 1;
                return t[i].sign != 0 ? t[i].sign
                                      : ctp_lex_word_direction(&t[q - 1]);
            }
        }
        /* "sufrieron un descenso más acusado, casi un 21 por ciento": a
         * noun of change and the words that grade it. */
        if (is_punct(&t[k], ',') && k > s + 2 && k + 3 >= at &&
            t[k - 1].kind == TK_WORD && t[k - 2].kind == TK_WORD &&
            (is_word(&t[k - 2], "más") || is_word(&t[k - 2], "more") ||
             is_word(&t[k - 2], "most") || is_word(&t[k - 2], "menos")) &&
            ctp_lex_word_direction(&t[k - 3]) != 0 &&
            !is_word(&t[k - 3], "más") && !is_word(&t[k - 3], "more")) {
            *word = k - 3;
            return t[i].sign != 0 ? t[i].sign
                                  : ctp_lex_word_direction(&t[k - 3]);
        }
        /* "fell in Q3 2023 compared to the same period last year, by
         * seven percent": the words that date the change and the period
         * compared with, set off by a comma before "by". */
        if (is_punct(&t[k], ',') && k + 1 < i && is_word(&t[k + 1], "by")) {
            static const char *const compared[] = {
                "in", "the", "year", "to", "ending", "period", "months",
                "for", "during", "of", "compared", "with", "same", "last",
                "previous", NULL
            };
            size_t q = k;
            while (q > s && k - q < 12 &&
                   ((t[q - 1].kind == TK_WORD &&
                     in_list(t[q - 1].w, compared)) ||
                    t[q - 1].kind == TK_PERIOD ||
                    (t[q - 1].kind == TK_NUM && t[q - 1].label)))
                q--;
            if (q < k && q > s && ctp_lex_word_direction(&t[q - 1]) != 0) {
                *word = q - 1;
                return t[i].sign != 0 ? t[i].sign
                                      : ctp_lex_word_direction(&t[q - 1]);
            }
            break;
        }
        /* "disminuyeron ligeramente (un 1,4 %)": the bracket that
         * opens on the figure. */
        if (is_punct(&t[k], '(') && k + 1 >= at)
            continue;
        /* "un incremento porcentual marcado (cerca del 80%)": a hedge
         * inside the bracket too. */
        if (is_punct(&t[k], '(') && k + 2 == at &&
            ctp_lex_hedge_word(&t[k + 1]) != CT_CLAIM_HEDGE_NONE) {
            if (*hedge == CT_CLAIM_HEDGE_NONE)
                *hedge = ctp_lex_hedge_word(&t[k + 1]);
            continue;
        }
        /* "increased in the year to 31 March 2019 by 0.4%": the words
         * that date the change stand between its verb and "by". */
        /* "aumentaron en 2021 en relación a 2020 entorno al 30%": so do
         * the words that date it and the period compared with, before a
         * hedge. */
        bool hedged = *hedge != CT_CLAIM_HEDGE_NONE && k + 2 == at;
        if (t[k].kind == TK_PERIOD && k + 1 < i &&
            (is_word(&t[k + 1], "by") || hedged)) {
            static const char *const dating[] = {
                "in", "the", "year", "to", "ending", "period", "months",
                "for", "during", "of", "compared", "with", NULL
            };
            size_t q = k;
            while (q > s && k - q < 8 &&
                   ((t[q - 1].kind == TK_WORD && in_list(t[q - 1].w, dating)) ||
                    (t[q - 1].kind == TK_NUM && t[q - 1].label) ||
                    (hedged && t[q - 1].kind == TK_PERIOD)))
                q--;
            if (q < k && q > s && ctp_lex_word_direction(&t[q - 1]) != 0) {
                *word = q - 1;
                return t[i].sign != 0 ? t[i].sign
                                      : ctp_lex_word_direction(&t[q - 1]);
            }
            break;
        }
        if (t[k].kind != TK_WORD)
            break;
        /* "more than 30%", "less than 5%": a bound, not a direction. */
        if (is_word(&t[k], "than") && k > s && k + 1 == at &&
            (is_word(&t[k - 1], "more") || is_word(&t[k - 1], "less") ||
             is_word(&t[k - 1], "fewer"))) {
            *hedge = is_word(&t[k - 1], "more") ? CT_CLAIM_HEDGE_ABOVE
                                                : CT_CLAIM_HEDGE_LESS;
            k--;
            continue;
        }
        /* "a close to 17% drop": near it */
        if (is_word(&t[k], "to") && k > s && is_word(&t[k - 1], "close") &&
            k + 1 == at && *hedge == CT_CLAIM_HEDGE_NONE) {
            *hedge = CT_CLAIM_HEDGE_NEAR;
            k--;
            continue;
        }
        /* "un aumento de al menos 50%" */
        if (is_word(&t[k], "least") && k > s && is_word(&t[k - 1], "at") &&
            k + 1 == at && *hedge == CT_CLAIM_HEDGE_NONE) {
            *hedge = CT_CLAIM_HEDGE_AT_LEAST;
            k--;
            continue;
        }
        ct_claim_hedge h = ctp_lex_hedge_word(&t[k]);
        /* "concern over a 15 per cent jump": before an article, "over"
         * and "under" are prepositions; "nearly a 30% rise" hedges. */
        if (at != i && (is_word(&t[k], "over") || is_word(&t[k], "under") ||
                        is_word(&t[k], "above") || is_word(&t[k], "below")))
            h = CT_CLAIM_HEDGE_NONE;
        if (h != CT_CLAIM_HEDGE_NONE && *hedge == CT_CLAIM_HEDGE_NONE && k + 1 == at)
            *hedge = h;
        else if (h == CT_CLAIM_HEDGE_NONE && is_word(&t[k], "just") &&
                 k + 2 == at)
            *hedge = ctp_lex_hedge_word(&t[k + 1]);
        int d = ctp_lex_word_direction(&t[k]);
        if (d > 0 && made_up(t, s, k))
            break;
        /* "a jaw-dropping 46% increase": the second half of a word made
         * with a hyphen says how striking, not which way; the change's
         * own word follows. */
        if (d != 0 && k >= s + 2 && is_punct(&t[k - 1], '-') &&
            t[k - 1].end == t[k].off && t[k - 2].kind == TK_WORD &&
            t[k - 2].end == t[k - 1].off)
            break;
        if (d != 0) {
            *word = k;
            return t[i].sign != 0 ? t[i].sign : d;
        }
        if (in_list(t[k].w, ctp_finder_change_words)) {
            *change_word = true;
            *word = k;
            break;
        }
        if (!in_list(t[k].w, filler_words)) {
            /* "suben en toda la región un 9,2%": in Spanish a few other
             * words may stand between the verb and its figure, no mark
             * or number; English says "rose by 9.2% in the region". */
            size_t q = x->loose_order ? k : s;
            /* "subió en Vila-real un 6,2%": a hyphen inside a name is
             * no mark. */
            for (size_t words = 0;
                 q > s && words < 4 &&
                 ((t[q - 1].kind == TK_WORD &&
                   ctp_lex_word_direction(&t[q - 1]) == 0) ||
                  (q - 1 > s && is_punct(&t[q - 1], '-') &&
                   t[q - 2].kind == TK_WORD && t[q - 2].end == t[q - 1].off &&
                   t[q - 1].end == t[q].off));
                 q--)
                words += t[q - 1].kind == TK_WORD;
            if (q > s && t[q - 1].kind == TK_WORD &&
                ctp_lex_word_direction(&t[q - 1]) != 0 && i - q <= 7 &&
                !is_word(&t[q - 1], "more") && !is_word(&t[q - 1], "less") &&
                !is_word(&t[q - 1], "fewer") && !is_word(&t[q - 1], "up")) {
                *word = q - 1;
                return t[i].sign != 0 ? t[i].sign
                                      : ctp_lex_word_direction(&t[q - 1]);
            }
            break;
        }
    }
    if (t[i].sign != 0)
        return t[i].sign;
    /* "which is 2,569, or 54.23 percent, more than the 4,737": the
     * comparative after the aside that closes on the figure. */
    if (i + 3 < e && is_punct(&t[i + 1], ',') && i > s &&
        is_word(&t[i - 1], "or") && t[i + 2].kind == TK_WORD &&
        in_list(t[i + 2].w, ctp_finder_comparative_words) &&
        is_word(&t[i + 3], "than")) {
        int d = ctp_lex_word_direction(&t[i + 2]);
        if (d != 0) {
            *word = i + 2;
            return d;
        }
    }
    if (i + 1 < e && t[i + 1].kind == TK_WORD) {
        int d = ctp_lex_word_direction(&t[i + 1]);
        if (d != 0)
            return d;
        if ((d = extent_then_direction(t, e, i)) != 0)
            return d;
        /* "66% han crecido las agresiones sexuales": the verb after
         * "have" at the opening of the sentence. */
        if (i == s && i + 2 < e &&
            (is_word(&t[i + 1], "have") || is_word(&t[i + 1], "has")) &&
            (d = ctp_lex_word_direction(&t[i + 2])) != 0) {
            *word = i + 2;
            return d;
        }
    }
    return x->loose_order ? far_change_noun(t, s, i, word, change_word)
                          : change_in_what_of(t, s, i, word);
}

/* Words that say when, between a percentage and its figures: "increased
 * by 30% in 2015-16 compared to the previous year, from 5,334 to 7,544".
 * They do not put the figures further off. */
static const char *const gap_time_words[] = {
    "in", "on", "over", "compared", "to", "with", "the", "previous",
    "preceding", "prior", "last", "same", "year", "years", "period",
    "financial", "a", "earlier", "before", "for",
    /* "compared with 691 for the same quarter in 2014 – a 16.9%
     * increase" */
    "quarter", "month", "months", "half", "week", "first", "of",
    /* "en relación con los primeros siete meses de 2022, de mil 771 a
     * mil 655": the Spanish words the cue tables leave as they are */
    "primeros", "primeras", "primer", "últimos", "mismo", "misma",
    "periodo", "período", "mes", "meses", "trimestre", "semestre", "año",
    "años", NULL
};

/* A word of a time span standing between a verb of change and its
 * size: "en el primer semestre del año". */
static bool when_word(const tok *t)
{
    static const char *const spans[] = {
        "of", "first", "second", "third", "primer", "primera", "segundo",
        "segunda", "tercer", "año", "años", "mes", "meses", "pasado", NULL
    };
    return t->kind == TK_PERIOD ||
           (t->kind == TK_WORD && ctp_lex_word_direction(t) == 0 &&
            (in_list(t->w, gap_time_words) || in_list(t->w, span_words) ||
             in_list(t->w, spans)));
}

/* Where a hedge before count i begins ("a drop of more than 41,000", "rose
 * by nearly 400", "casi 400"), or i when there is none. */
static size_t count_hedge_start(const tok *t, size_t s, size_t i)
{
    if (i > s + 1 && is_word(&t[i - 1], "than") &&
        (is_word(&t[i - 2], "more") || is_word(&t[i - 2], "less") ||
         is_word(&t[i - 2], "fewer")))
        return i - 2;
    if (i > s && ctp_lex_hedge_word(&t[i - 1]) != CT_CLAIM_HEDGE_NONE)
        return i - 1;
    return i;
}

/* Direction of a count given as a change: "an increase of 443", "rose by
 * 443", "up 443", "(+443)", "443 more". */
static int diff_direction(const extractor *x, size_t s, size_t e, size_t i,
                          size_t *word, bool *hedged)
{
    const tok *t = x->t;
    *word = i;
    *hedged = false;
    if (t[i].sign != 0)
        return t[i].sign;
    /* "se redujeron en un 6%, es decir en 65 casos": the count said
     * again after a change in per cent is a change the same way. */
    if (i >= s + 5 && (is_word(&t[i - 1], "in") || is_word(&t[i - 1], "by")) &&
        that_is_at(t, i - 3, i - 1) &&
        is_punct(&t[i - 4], ',') && t[i - 5].kind == TK_NUM &&
        t[i - 5].fig.is_percent && t[i - 5].sign == 0) {
        for (size_t k = i - 5; k-- > s && i - 5 - k <= 4;) {
            int d = ctp_lex_word_direction(&t[k]);
            if (d != 0) {
                *word = i - 1;
                return d;
            }
            if (t[k].kind != TK_WORD)
                break;
        }
    }
    /* "an increase of 20% or 194 cases", "rose 20% or 194": the count
     * said again after the percentage of a change is a change the same
     * way. */
    if (i >= s + 3 && (is_word(&t[i - 1], "or") || is_word(&t[i - 1], "o")) &&
        t[i - 2].kind == TK_NUM && t[i - 2].fig.is_percent &&
        t[i - 2].sign == 0) {
        size_t k = i - 3;
        if (k > s && (is_word(&t[k], "of") || is_word(&t[k], "by")))
            k--;
        int d = ctp_lex_word_direction(&t[k]);
        if (d != 0 && !is_word(&t[k], "more") && !is_word(&t[k], "less")) {
            *word = k;
            return d;
        }
    }
    /* "meaning that an extra 2,327 knife crimes". */
    if (i > s + 1 && (is_word(&t[i - 1], "extra") ||
                      is_word(&t[i - 1], "additional")) &&
        (is_word(&t[i - 2], "an") || is_word(&t[i - 2], "a"))) {
        *word = i - 2;
        return 1;
    }
    /* A hedged count is read at its stated value, and the claim it makes
     * is only ever loose: "more than 41,000" is not 41,000. */
    size_t h = count_hedge_start(t, s, i);
    if (h > s && t[h - 1].kind == TK_WORD) {
        int d = ctp_lex_word_direction(&t[h - 1]);
        if (d != 0 && !is_word(&t[h - 1], "more") &&
            !is_word(&t[h - 1], "less") && !made_up(t, s, h - 1)) {
            *word = h - 1;
            *hedged = h < i;
            return d;
        }
        if ((is_word(&t[h - 1], "by") || is_word(&t[h - 1], "of") ||
             is_word(&t[h - 1], "in")) &&
            h - 1 > s) {
            /* "bajaron en el primer semestre del año en 544": when, said
             * between the verb and the size of its change. */
            size_t v = h - 2;
            if (!is_word(&t[h - 1], "of"))
                while (v > s && h - 2 - v < 8 && when_word(&t[v]))
                    v--;
            d = is_word(&t[h - 1], "in") && v == h - 2
                    ? 0 : ctp_lex_word_direction(&t[v]);
            /* "un incremento preocupante de 120 casos", "un incremento
             * sostenido y preocupante de 120": adjectives after the noun
             * of change, before "de". */
            for (size_t a = v, n = 0; d == 0 && is_word(&t[h - 1], "of") &&
                                      v == h - 2 && a > s + 1 && n < 3 &&
                                      t[a].kind == TK_WORD &&
                                      (is_word(&t[a], "and") ||
                                       !in_list(t[a].w,
                                                ctp_finder_structure_words));
                 a--, n++)
                if (ctp_lex_word_direction(&t[a - 1]) != 0 &&
                    !is_word(&t[a - 1], "more") &&
                    !is_word(&t[a - 1], "less") && !is_word(&t[a], "and")) {
                    d = ctp_lex_word_direction(&t[a - 1]);
                    v = a - 1;
                }
            if (d != 0 && v != h - 2) {
                *word = v;
                *hedged = h < i;
                return d;
            }
            if (d != 0) {
                *word = h - 2;
                if (h - 2 > s && (is_word(&t[h - 3], "a") ||
                                  is_word(&t[h - 3], "an")))
                    *word = h - 3;
                *hedged = h < i;
                return d;
            }
        }
    }
    /* "905 (5,18 %) casos menos que en 2010": the percentage in
     * brackets stands between the count and its comparative. */
    size_t from = i + 1;
    if (from + 2 < e && is_punct(&t[from], '(') &&
        t[from + 1].kind == TK_NUM && t[from + 1].fig.is_percent &&
        is_punct(&t[from + 2], ')'))
        from += 3;
    /* "2,086 in total, 265 down on last year": up or down after the
     * count, then what it is set against ("down from 300" would make
     * the count a level). */
    if (from + 1 < e && (is_word(&t[from], "up") || is_word(&t[from], "down")) &&
        is_word(&t[from + 1], "on")) {
        *word = from;
        return is_word(&t[from], "up") ? 1 : -1;
    }
    /* "545 casos o víctimas menos": two nouns joined by "or". */
    size_t reach = from + 1;
    if (from + 3 < e && is_word(&t[from + 1], "or") &&
        t[from].kind == TK_WORD && t[from + 2].kind == TK_WORD)
        reach = from + 3;
    for (size_t k = from; k < e && k <= reach; k++) {
        if (t[k].kind != TK_WORD)
            break;
        if (is_word(&t[k], "more") || is_word(&t[k], "additional") ||
            is_word(&t[k], "extra"))
            return 1;
        if (is_word(&t[k], "fewer") || is_word(&t[k], "less"))
            return -1;
    }
    return 0;
}


/* Makes the pair of earlier figure a and later b, spanning from 'first'
 * to a's end, and gives it to statement m, whose reading now ends there.
 * One place for it, as every reference ends the same way. */
static void claim_ref_pair(extractor *x, sentence *st, stmt *m, size_t a,
                           size_t b, size_t first)
{
    add_pair(x, st, a, b, first, x->t[a].at_end - 1, 0);
    st->pairs[st->n_pairs - 1].claimed = true;
    m->pair = (int)(st->n_pairs - 1);
    m->last = x->t[a].at_end - 1;
}

/* The earlier figure after "than [the]" at token k: the count there, or
 * after the reference named in a few words ("26% lower than the year
 * ending March 2003 (110,271)", "3% lower than the pre-pandemic total of
 * 51,206"); for a percentage ('pct'), also the count a clause on the
 * period compared with gives after "when".  -1 when there is no count (a
 * percentage is no earlier figure). */
static int earlier_after_than(const extractor *x, size_t k, size_t e,
                              bool pct)
{
    const tok *t = x->t;
    if (!free_num(x, k, e)) {
        size_t r = k;
        while (r < e && r < k + 8 &&
               ((t[r].kind == TK_WORD && !ctp_lex_word_direction(&t[r]) &&
                 !is_word(&t[r], "and") && !is_word(&t[r], "but") &&
                 !is_word(&t[r], "which") && !is_word(&t[r], "than")) ||
                t[r].kind == TK_PERIOD ||
                (t[r].kind == TK_PUNCT && t[r].w[0] == '-' && r > k &&
                 t[r - 1].kind == TK_WORD && t[r - 1].end == t[r].off) ||
                (t[r].kind == TK_NUM && t[r].label)))
            r++;
        if (punct_at(x, r, e, '('))
            r++;
        /* "14,6% menos que en el periodo 2015, cuando el total de casos
         * reportados llegó a 9.745": the period compared with, then
         * "when" and the words that lead to its figure (for a change
         * in counts, "20 más que en 2022, cuando se registraron 90", the
         * count after "when" may say the change in other words). */
        bool dated = false;
        for (size_t q = k; q < r; q++)
            dated |= t[q].kind == TK_PERIOD;
        if (pct && dated && punct_at(x, r, e, ',') && r + 1 < e &&
            (is_word(&t[r + 1], "when") || is_word(&t[r + 1], "cuando"))) {
            size_t q = r + 2;
            while (q < e && q < r + 11 && t[q].kind == TK_WORD)
                q++;
            if (free_num(x, q, e))
                r = q;
        }
        if (r > k && free_num(x, r, e))
            k = r;
    }
    if (!free_num(x, k, e) || t[k].fig.is_percent)
        return -1;
    /* "un 7,6% menos que en el mismo periodo del año pasado (1.448
     * menos)": a count said to be more or fewer is the change. */
    if (k + 1 < e && t[k + 1].kind == TK_WORD &&
        in_list(t[k + 1].w, change_comparatives))
        return -1;
    return (int)k;
}

/* The later figure for earlier figure a, in the order the words give
 * it: the one count of its kind before the statement; the later figure
 * of the change just stated ("stood at 49,489 in 2023, up 7% from 46,153
 * in 2022, but 3% lower than ... 51,206"); the figure a change just
 * stated reached ("fell by 3% to 11,292 (which was 43% more than the
 * 7,921 incidents in 2019)"); the one count of the sentence referred to
 * ("Some 13,957 offences were recorded ... This is ... 5% lower than the
 * 14,680 in the year to March 2020"), whose pair starts at the change
 * ('*first').  -1 when there is none or more than one. */
static int later_for_than(const extractor *x, const sentence *st,
                          const stmt *m, size_t a, size_t *first)
{
    const tok *t = x->t;
    size_t b = 0, found = 0;
    for (size_t q = st->s; q < m->first; q++)
        if (free_num(x, q, st->e) && !t[q].fig.is_percent &&
            (t[q].per >= 0) == (t[a].per >= 0) && !after_than(t, st->s, q)) {
            b = q;
            found++;
        }
    if (found == 0 && st->n_pairs > 0 &&
        st->pairs[st->n_pairs - 1].last < m->first &&
        t[st->pairs[st->n_pairs - 1].b].fig.is_exact == t[a].fig.is_exact &&
        (t[st->pairs[st->n_pairs - 1].b].per >= 0) == (t[a].per >= 0)) {
        b = st->pairs[st->n_pairs - 1].b;
        found = 1;
    }
    for (size_t q = 0; found == 0 && q < st->n_stmts; q++) {
        const stmt *o = &st->stmts[q];
        if (o != m && o->to_b >= 0 && (size_t)o->to_b < m->first &&
            !after_than(t, st->s, (size_t)o->to_b) &&
            t[o->to_b].fig.is_exact == t[a].fig.is_exact &&
            (t[o->to_b].per >= 0) == (t[a].per >= 0)) {
            b = (size_t)o->to_b;
            found = 1;
        }
    }
    *first = b;
    if (found == 0 && x->anaphor && x->any_single &&
        t[x->single].fig.is_exact && t[a].fig.is_exact &&
        t[x->single].per < 0 && t[a].per < 0) {
        b = x->single;
        *first = m->first;
        found = 1;
    }
    /* "... 302,076 in 2023, up from 287,678 in 2022.  However this was
     * 2% lower than the 308,434 crimes recorded in 2019": "this" is the
     * later figure of the pair before, which no statement took. */
    if (found == 0 && x->anaphor && !x->any_single && x->has_carry &&
        t[x->carry_b].fig.is_exact && t[a].fig.is_exact &&
        t[x->carry_b].per < 0 && t[a].per < 0) {
        b = x->carry_b;
        *first = m->first;
        found = 1;
    }
    return found == 1 ? (int)b : -1;
}

/* A change stated against the figure after "than", the figure it
 * describes standing earlier in the sentence: "There were 2,043
 * burglaries, 5% fewer than the 2,150 last year", "Robbery reached 2,128,
 * 12% more than the 1,900 recorded in 2023", "107 fewer than the 2,150".
 * The change is at token i, the comparative right after it (up to two
 * words may follow it: "5% more burglaries than").  The figure after
 * "than" is the earlier; the later is the one count (or rate, for a
 * rate) before the statement, and with none or several there is no
 * pair: the sentence does not say which it is.  Makes the pair and gives
 * it to the statement; false when there is none. */
static bool than_pair(extractor *x, sentence *st, stmt *m, size_t i)
{
    const tok *t = x->t;
    size_t e = st->e;
    if (!(i + 1 < e && t[i + 1].kind == TK_WORD &&
          in_list(t[i + 1].w, ctp_finder_comparative_words)))
        return false;
    size_t k = i + 2;
    for (size_t words = 0; words < 2 && k < e && t[k].kind == TK_WORD &&
                           !in_list(t[k].w, ctp_finder_structure_words) &&
                           !ctp_lex_word_direction(&t[k]);
         words++)
        k++;
    if (!word_at(x, k, e, "than"))
        return false;
    k = skip_word(x, k + 1, e, "the");
    int a = earlier_after_than(x, k, e, t[i].fig.is_percent);
    if (a < 0)
        return false;
    size_t first;
    int b = later_for_than(x, st, m, (size_t)a, &first);
    if (b < 0 || st->n_pairs == MAX_PIECES)
        return false;
    claim_ref_pair(x, st, m, (size_t)a, (size_t)b, first);
    return true;
}

/* Whether count q is the whole of a part just before it: "concentró 42
 * de los 108 registrados", "42 of the 108": the whole holds the part,
 * it is not a figure a change compares. */
static bool whole_of_part(const extractor *x, size_t q)
{
    const tok *t = x->t;
    return q >= 2 && is_word(&t[q - 1], "the") && is_word(&t[q - 2], "of") &&
           q >= 3 && t[q - 3].kind == TK_NUM && !t[q - 3].fig.is_percent;
}

/* The one count (or rate, as 'like' is) before token 'before' that no
 * claim has taken, or -1 when there is none or more than one: the
 * sentence would not say which it is. */
static int only_count_before(const extractor *x, const sentence *st,
                             size_t before, const tok *like)
{
    const tok *t = x->t;
    int b = -1, found = 0;
    /* "That's up from 181 cases reported in 2020 and more than double
     * the 116": a count after "from" is an earlier figure itself. */
    /* "8,530 reports of shoplifting under $5,000 in 2024": a sum of
     * money is no count of the things counted. */
    for (size_t q = st->s; q < before; q++)
        if (free_num(x, q, st->e) && !t[q].fig.is_percent &&
            (t[q].per >= 0) == (like->per >= 0) && !whole_of_part(x, q) &&
            t[q].money == like->money && !after_than(t, st->s, q) &&
            !(q > st->s && is_word(&t[q - 1], "from"))) {
            b = (int)q;
            found++;
        }
    return found == 1 ? b : -1;
}

/* A statement's pair being read from the reference after it ("from 496",
 * "compared with the previous year (32,468)"): what the steps of
 * ref_pair share. */
typedef struct ref_read {
    extractor *x;
    sentence *st;
    stmt *m;
    size_t e;           /* end of the sentence */
    bool points;        /* the change is in percentage points */
} ref_read;

/* ", to 522 from 496", "to 450 offences (from 400)": the later figure
 * (at j + 1) and then the earlier.  Apart from the other references as
 * it names both figures, so nothing is looked for before the change.
 * False (and no other reading is tried) when "from" and a count do not
 * follow. */
static bool to_from_pair(const ref_read *r, size_t j)
{
    extractor *x = r->x;
    const tok *t = x->t;
    size_t e = r->e, b = j + 1, k = t[b].at_end;
    for (size_t words = 0; words < 2 && k < e && t[k].kind == TK_WORD &&
                           !is_word(&t[k], "from");
         words++)
        k++;
    if (punct_at(x, k, e, ',') || punct_at(x, k, e, '('))
        k++;
    if (!word_at(x, k, e, "from"))
        return false;
    k = skip_word(x, k + 1, e, "the");
    if (!free_num(x, k, e) || t[k].fig.is_percent)
        return false;
    claim_ref_pair(x, r->st, r->m, k, b, r->m->first);
    return true;
}

/* Whether a comma comes before the next figure from token k: "more
 * than double the number in 2016, incurring losses of HK$108 million"
 * names no figure compared with. */
static bool comma_before_figure(const tok *t, size_t k, size_t e)
{
    for (; k < e && t[k].kind != TK_NUM; k++)
        /* "duplica los casos reportados en el mismo mes de 2024, cuando
         * se contabilizaron 160": a comma before "when" that dates the
         * figure compared with goes on to it. */
        if (is_punct(&t[k], ',') &&
            !(k + 1 < e && (is_word(&t[k + 1], "when") ||
                            is_word(&t[k + 1], "cuando")) &&
              k > 0 && t[k - 1].kind == TK_PERIOD))
            return true;
    return false;
}

/* Whether the words from token q to the closing bracket name the
 * earlier time a count in brackets was counted in: a period, "last
 * year", "el año anterior", "del año pasado". */
static bool dated_in_bracket(const tok *t, size_t q, size_t e)
{
    static const char *const earlier[] = {
        "last", "previous", "anterior", "pasado", "before", NULL
    };
    bool dated = false;
    for (size_t k = q; k < e && k < q + 10; k++) {
        if (is_punct(&t[k], ')'))
            return dated;
        if (t[k].kind == TK_PERIOD ||
            (t[k].kind == TK_WORD && in_list(t[k].w, earlier)))
            dated = true;
        else if (t[k].kind != TK_WORD)
            return false;
    }
    return false;
}

/* The cue that says the figure after it is the earlier one ("from",
 * "than", "against", "since", "on the", "compared with"), at token j or
 * after a few words saying what changed ("a 132% rise in domestic abuse
 * since 5,447 were logged").  Sets '*k' to the token after the cue;
 * false when there is no cue, so no reference. */
static bool ref_cue(const ref_read *r, size_t j, size_t *k)
{
    const extractor *x = r->x;
    const tok *t = x->t;
    size_t e = r->e;
    /* "a decrease of 15 per cent when compared with 1,199" */
    if ((word_at(x, j, e, "when") || word_at(x, j, e, "as")) &&
        word_at(x, j + 1, e, "compared"))
        j++;
    if (word_at(x, j, e, "in")) {
        static const char *const what_stops[] = {
            "and", "but", "which", "from", "to", "than", "by", "or",
            "while", "whereas", "since", "compared", NULL
        };
        size_t q = j + 1, words = 0;
        while (q < e && words < 7 && t[q].kind == TK_WORD &&
               !in_list(t[q].w, what_stops) && !ctp_lex_word_direction(&t[q]))
            q++, words++;
        if (words > 0 && (word_at(x, q, e, "since") ||
                          word_at(x, q, e, "compared")))
            j = q;
    }
    if (word_at(x, j, e, "from") || word_at(x, j, e, "than") ||
        word_at(x, j, e, "against") || word_at(x, j, e, "since") ||
        /* "un crecimiento de 48% versus el mismo periodo del año
         * anterior en que registró 68" */
        word_at(x, j, e, "versus") ||
        /* "a drop of 24 per cent on the 2011 figure of 37,787", "a 67
         * per cent drop on 2006/07 when there were 110,826" */
        (word_at(x, j, e, "on") && (word_at(x, j + 1, e, "the") ||
                                    (j + 1 < e &&
                                     t[j + 1].kind == TK_PERIOD))) ||
        /* "a 27% increase over the same period last year, when MPD
         * reported 264": "over" a period named as the one compared with,
         * not a span ("over the past year to 326"). */
        (word_at(x, j, e, "over") &&
         ((j + 1 < e && t[j + 1].kind == TK_PERIOD) ||
          word_at(x, j + 1, e, "last") ||
          (word_at(x, j + 1, e, "the") &&
           (word_at(x, j + 2, e, "same") || word_at(x, j + 2, e, "previous") ||
            word_at(x, j + 2, e, "prior"))))))
        *k = j + 1;
    /* "17,616 offences, almost double the 9,053", "casi el doble de lo
     * que se procesó en 2019 (mil 34)": after a multiple in words "the"
     * or "de" names the figure compared with. */
    /* "more than twice that for females (6.6 per million)" */
    else if ((word_at(x, j, e, "the") || word_at(x, j, e, "de") ||
              word_at(x, j, e, "that") ||
              /* "casi el doble de los 68": "de" has been read "of" */
              (word_at(x, j, e, "of") && word_at(x, j + 1, e, "the"))) &&
             j > 0 && t[j - 1].words && t[j - 1].sign > 0 &&
             !comma_before_figure(t, j + 1, e))
        *k = j + 1;
    else if (word_at(x, j, e, "compared") && (word_at(x, j + 1, e, "with") ||
                                               word_at(x, j + 1, e, "to")))
        *k = j + 2;
    /* "un incremento interanual del 24%, (1.222 en el mismo periodo de
     * 2015)": a count in brackets with the time it was counted. */
    else if (punct_at(x, j, e, '(') && free_num(x, j + 1, e) &&
             !t[j + 1].fig.is_percent && dated_in_bracket(t, j + 2, e))
        *k = j + 1;
    else
        return false;
    return true;
}

/* The earlier figure: the first number within a few words of the cue
 * ending at k ("the previous year (32,468)", "in 2019, when there were
 * 48,816"), in '*a'.  False when the first number is not one (a
 * percentage, a change "or 680 fewer crimes") or a word ends the clause
 * before any: the reference names no figure. */
/* Whether the count at token i is the subject of a verb of its own a
 * word or two on ("860 cases were against children"), a verb a share's
 * subject takes too. */
static bool subject_of_verb(const tok *t, size_t i, size_t e)
{
    size_t q = t[i].at_end;
    for (size_t w = 0; w < 3 && q < e && t[q].kind == TK_WORD; w++, q++)
        if (in_list(t[q].w, ctp_share_verbs))
            return true;
    return false;
}

static bool earlier_after_cue(const ref_read *r, size_t k, size_t *a)
{
    const extractor *x = r->x;
    const tok *t = x->t;
    size_t e = r->e;
    /* After "since" only a figure close by is the earlier one ("since
     * 5,447 were logged", "since 2019, when 400 were"), not one further
     * on in the clause. */
    size_t reach = is_word(&t[k - 1], "since") ? 4 : 12;
    /* "un 25% menos que el registrado en el mismo trimestre de 2024,
     * durante el que se contabilizaron 141": a clause on the period
     * named, "when" or "during" it, goes on to its figure. */
    static const char *const when_words[] = {
        "when", "during", "cuando", NULL
    };
    for (size_t q = k; q < e && q < k + reach; q++) {
        /* "más que en enero del año pasado, en el que los homicidas
         * usaron 15": "in which" ("que" has been read "than") too. */
        bool in_which = q + 2 < e && is_word(&t[q], "in") &&
                        is_word(&t[q + 1], "the") &&
                        (is_word(&t[q + 2], "than") ||
                         is_word(&t[q + 2], "which"));
        if ((t[q].kind == TK_WORD && in_list(t[q].w, when_words)) ||
            in_which) {
            if (q - k + (in_which ? 8 : 6) > reach)
                reach = q - k + (in_which ? 8 : 6);
            break;
        }
    }
    /* "or 680 fewer crimes" is the change, not the earlier figure; after
     * "while" the clause is about something else ("up 66 per cent on
     * the year, while violent crimes (12,758) ..."). */
    /* The clause of the reference ends at a bracket closed after the cue
     * ("(un 9,46 % más que en 2023), siendo ... 194.658") and at a comma
     * that opens a clause on something else (", siendo", ", with"). */
    static const char *const new_clause[] = {
        "siendo", "being", "con", "with", NULL
    };
    bool open = false, period = false;
    for (size_t q = k; q < e && q < k + reach; q++) {
        if (is_punct(&t[q], '('))
            open = true;
        /* "un 86% más en comparación al 2022, seguidamente se encuentra
         * la provincia de Limón con 214": the period was the reference;
         * after its comma only "when" goes on to its figure. */
        /* "from the previous year during the same period, 860 cases
         * were against children": a period named in words is one too,
         * and a count after its comma that a verb follows opens a clause
         * of its own. */
        if (t[q].kind == TK_PERIOD ||
            (q > k && t[q].kind == TK_WORD &&
             (is_word(&t[q], "year") || is_word(&t[q], "period")) &&
             (is_word(&t[q - 1], "previous") || is_word(&t[q - 1], "last") ||
              is_word(&t[q - 1], "same") || is_word(&t[q - 1], "that"))))
            period = true;
        else if (period && is_punct(&t[q], ',') && q + 1 < e &&
                 t[q + 1].kind == TK_NUM &&
                 (subject_of_verb(t, q + 1, e) ||
                  /* "..., 120 of them in May": a part of the level */
                  word_at(x, t[q + 1].at_end, e, "of")))
            return false;
        else if (period && is_punct(&t[q], ',') &&
                 !(q + 1 < e && t[q + 1].kind == TK_WORD &&
                   (in_list(t[q + 1].w, when_words) ||
                    is_word(&t[q + 1], "where") ||
                    is_word(&t[q + 1], "with") ||
                    is_word(&t[q + 1], "con") ||
                    is_word(&t[q + 1], "which") ||
                    is_word(&t[q + 1], "that") ||
                    is_word(&t[q + 1], "que") ||
                    is_word(&t[q + 1], "than") ||
                    /* ", en el que se instruyeron 76.518" */
                    (is_word(&t[q + 1], "in") && q + 3 < e &&
                     is_word(&t[q + 2], "the") &&
                     (is_word(&t[q + 3], "than") ||
                      is_word(&t[q + 3], "which"))))) &&
                 !(q + 1 < e && t[q + 1].kind == TK_NUM))
            return false;
        /* ", con 685 expedientes": "with" and the figure at once name
         * the earlier one; ", con" and words open another clause. */
        if ((is_punct(&t[q], ')') && !open) ||
            (is_punct(&t[q], ',') && q + 1 < e && t[q + 1].kind == TK_WORD &&
             in_list(t[q + 1].w, new_clause) &&
             !((is_word(&t[q + 1], "with") || is_word(&t[q + 1], "con")) &&
               q + 2 < e && t[q + 2].kind == TK_NUM)))
            return false;
        if (t[q].kind == TK_NUM) {
            size_t after = t[q].at_end;
            /* "un 36,8% más que en el mismo periodo de 2021, 1.474 robos
             * con fuerza ... (24,2% más)": a count after the period's
             * comma with a percentage of its own in brackets further on
             * is the next item of a list. */
            bool own_pct = false;
            for (size_t z = after; period && q > k && is_punct(&t[q - 1], ',') &&
                                   z + 1 < e && z <= q + 12;
                 z++)
                if (is_punct(&t[z], '(') && t[z + 1].kind == TK_NUM &&
                    t[z + 1].fig.is_percent) {
                    own_pct = true;
                    break;
                }
            if (own_pct)
                return false;
            /* "sumando un total de 1.412 casos más": a noun may stand
             * between the change and its comparative. */
            if (after + 1 < e && t[after].kind == TK_WORD &&
                !in_list(t[after].w, change_comparatives) &&
                t[after + 1].kind == TK_WORD &&
                in_list(t[after + 1].w, change_comparatives))
                after++;
            if (free_num(x, q, e) &&
                (r->points ? t[q].fig.is_percent && !t[q].fig.is_points
                           : !t[q].fig.is_percent) &&
                !(after < e && t[after].kind == TK_WORD &&
                  in_list(t[after].w, change_comparatives))) {
                *a = q;
                return true;
            }
            return false;
        }
        if (ctp_lex_word_direction(&t[q]) != 0 || is_word(&t[q], "and") ||
            is_clause_while(&t[q]) ||
            is_word(&t[q], "but") || is_word(&t[q], "which") ||
            is_word(&t[q], "average") ||
            /* "equivalente a 22,2 por minuto", not "en el periodo
             * equivalente anterior" */
            ((is_word(&t[q], "equivalent") || is_word(&t[q], "equivalente")) &&
             q + 1 < e && (is_word(&t[q + 1], "to") || is_word(&t[q + 1], "a"))) ||
            is_word(&t[q], "promedio") || is_word(&t[q], "media"))
            return false;
    }
    return false;
}

/* "1,316, up 16.8 per cent on the 12 months to September 2015 (1,126),
 * and up 142 per cent on the same period in 2007 (542)", "up to 204 from
 * 186, but down 39 per cent on the same period in 2007 (338 crimes)":
 * the second change of a list, after "and" or "but", is of the later
 * figure of the change before it (statement o): its pair's, its "to"
 * figure's, or the figure after a "to" between the two.  Returns that
 * token, or -1. */
static int later_of_list(const extractor *x, const sentence *st,
                         size_t before)
{
    const tok *t = x->t;
    if (!(st->n_stmts > 0 && before >= st->s + 1 &&
          (is_word(&t[before - 1], "and") || is_word(&t[before - 1], "but") ||
           (before >= st->s + 2 &&
            (is_word(&t[before - 2], "and") ||
             is_word(&t[before - 2], "but")) &&
            ctp_lex_hedge_word(&t[before - 1]) == CT_CLAIM_HEDGE_NONE &&
            t[before - 1].kind == TK_WORD))))
        return -1;
    const stmt *o = &st->stmts[st->n_stmts - 1];
    const pair *op = o->pair >= 0 ? &st->pairs[o->pair] : NULL;
    /* The first change's figures may be a pair of their own not yet
     * matched to it: the one right after it. */
    for (size_t j = 0; op == NULL && j < st->n_pairs; j++)
        if (st->pairs[j].first > o->last && st->pairs[j].last < before &&
            st->pairs[j].first <= o->last + 8)
            op = &st->pairs[j];
    if (op != NULL && op->last < before)
        return (int)op->b;
    if (o->to_b >= 0 && (size_t)o->to_b < before)
        return o->to_b;
    for (size_t q = o->last + 1; q + 1 < before; q++)
        if (is_word(&t[q], "to") && t[q + 1].kind == TK_NUM &&
            !t[q + 1].fig.is_percent && t[q + 1].per < 0)
            return (int)(q + 1);
    return -1;
}

static bool pair_agrees(const ct_claim *c, const tok *a, const tok *b,
                        ct_claim *trial);

/* "hubo un millón 434 mil 801 delitos, es decir, un promedio de 179 mil
 * 350 por mes ... Dicha cifra es mayor en 6.1 por ciento a la registrada
 * en 2021, cuando ... un millón 352 mil 003": the sentence referred to
 * holds several counts, and the one whose change from 'a' gives the
 * percentage of 'm' as printed (pair_agrees) is the later figure, taken
 * loosely; -1 when none or more than one does. */
static int agreeing_count_before(const extractor *x, size_t s, size_t a,
                                 const stmt *m)
{
    const tok *t = x->t;
    ct_claim c, trial;
    ct_claim_init(&c);
    c.measure = CT_CLAIM_PCT_CHANGE;
    c.published = t[m->pct].fig;
    c.direction = m->dir;
    c.hedge = m->hedge;
    int found = -1, n = 0;
    for (size_t q = 0; q < s; q++)
        if (free_num(x, q, s) && !t[q].fig.is_percent && t[q].per < 0 &&
            t[q].fig.is_exact && pair_agrees(&c, &t[a], &t[q], &trial))
            found = (int)q, n++;
    return n == 1 ? found : -1;
}

/* The later figure for earlier figure a: the one count before the change
 * (the one percentage, for a change in points), else the one count of
 * the sentence referred to ("Police shot 22 people in 2015. That's a 40
 * percent drop ... compared with 2014, when 37 people were hit"), whose
 * pair then starts at the change ('*first').  -1 when the sentence does
 * not say which it is. */
static int later_before_change(const ref_read *r, size_t a, size_t *first,
                               bool *shared)
{
    const extractor *x = r->x;
    const tok *t = x->t;
    const sentence *st = r->st;
    size_t before = r->m->first;
    int b = only_count_before(x, st, before, &t[a]);
    /* "the rate for males (16.9 per million population) more than twice
     * that for females (6.6 ...)": among several, the figure in the
     * brackets that close right before the change is its subject. */
    size_t close = before;
    while (close > st->s + 2 && t[close - 1].kind == TK_WORD &&
           before - close < 3 &&
           (ctp_lex_hedge_word(&t[close - 1]) != CT_CLAIM_HEDGE_NONE ||
            is_word(&t[close - 1], "than") || is_word(&t[close - 1], "more") ||
            is_word(&t[close - 1], "was") || is_word(&t[close - 1], "is")))
        close--;
    if (b < 0 && close > st->s + 2 && is_punct(&t[close - 1], ')')) {
        size_t open = bracket_opening(t, st->s, close - 1, 8, false);
        if (open != SIZE_MAX && free_num(x, open + 1, st->e) &&
            !t[open + 1].fig.is_percent &&
            (t[open + 1].per >= 0) == (t[a].per >= 0))
            b = (int)(open + 1);
    }
    /* "... cuando se registraron 2.357 casos, mientras que el de mujeres
     * descendió un 9,5 por ciento": a count before "while" is of the
     * clause before, not this change's later figure. */
    for (size_t q = st->s; b >= 0 && q < before; q++)
        if (q > (size_t)b && is_clause_while(&t[q]))
            b = -1;
    /* "aumentó un 17 % respecto del 2020 –con 9.814 casos registrados– y
     * un 11,5 % respecto del 2019 –con 10 327": a count set after the
     * year another change is compared with is that year's, an earlier
     * figure too. */
    if (b >= 0 && (size_t)b >= st->s + 4 &&
        (is_word(&t[b - 1], "with") || is_word(&t[b - 1], "con")) &&
        (is_punct(&t[b - 2], '-') || is_punct(&t[b - 2], ',') ||
         is_punct(&t[b - 2], '(')) &&
        t[b - 3].kind == TK_PERIOD)
        for (size_t q = b - 3; q-- > st->s && b - 3 - q <= 3;)
            if (period_compared_at(t, q, (size_t)b - 2) == b - 3) {
                b = -1;
                break;
            }
    if (r->points) {
        b = -1;
        int n_pct = 0;
        for (size_t q = st->s; q < before; q++)
            if (free_num(x, q, r->e) && t[q].fig.is_percent &&
                !t[q].fig.is_points)
                b = (int)q, n_pct++;
        if (n_pct != 1)
            return -1;
    }
    bool counts_before = false;
    for (size_t q = st->s; q < before; q++)
        if (free_num(x, q, st->e) && !t[q].fig.is_percent)
            counts_before = true;
    *first = (size_t)b;
    if (b < 0) {
        b = later_of_list(x, st, before);
        if (b >= 0 && t[b].fig.is_exact == t[a].fig.is_exact &&
            (t[b].per >= 0) == (t[a].per >= 0)) {
            *first = before;
            *shared = true;
        } else {
            b = -1;
        }
    }
    /* "... with 10.98 victims per 100,000 Indigenous people. This was
     * more than six times the homicide rate of non-Indigenous people, or
     * 1.69 per 100,000": two rates, as well as two counts. */
    if (b < 0 && x->anaphor && x->any_single && !counts_before &&
        ((t[x->single].fig.is_exact && t[a].fig.is_exact) ||
         (t[x->single].per >= 0 && t[a].per >= 0)) &&
        (t[x->single].per >= 0) == (t[a].per >= 0)) {
        b = (int)x->single;
        *first = before;
    }
    if (b < 0 && x->anaphor && !x->any_single && !counts_before &&
        !r->points && t[a].fig.is_exact) {
        b = agreeing_count_before(x, st->s, a, r->m);
        if (b >= 0) {
            *first = before;
            r->m->loose = true;
        }
    }
    return b;
}

/* A percentage followed by the earlier figure, the later standing before
 * it: "108 homicides, up 37 percent from the 79 recorded", "a 22%
 * increase compared with the previous year (32,468)", "un 7,9% más que el
 * año anterior, cuando se contabilizaron 29.008"; or by both, "rose 5.2
 * percent, to 522 from 496".  The cue word ("from", "compared with",
 * "than", "against") says which figure is the earlier.  Makes the pair
 * and gives it to the statement; false when there is none. */
static bool ref_pair(extractor *x, sentence *st, stmt *m)
{
    const tok *t = x->t;
    size_t e = st->e, j = m->last + 1;
    /* "un incremento del 45 % de los casos, comparado con el 2020": what
     * changed, named after the percentage, before the comma. */
    if (m->pct >= 0 && (size_t)m->pct == m->last && word_at(x, j, e, "of")) {
        size_t q = j + 1;
        while (q < e && q <= j + 4 && t[q].kind == TK_WORD &&
               !in_list(t[q].w, ctp_finder_structure_words) &&
               ctp_lex_word_direction(&t[q]) == 0)
            q++;
        if (q > j + 1 && punct_at(x, q, e, ',') && word_at(x, q + 1, e, "compared"))
            j = q;
    }
    if (punct_at(x, j, e, ',') || punct_at(x, j, e, '-'))
        j++;
    if (st->n_pairs == MAX_PIECES)
        return false;
    /* A change in percentage points compares two percentages: "was 35.8
     * per cent, a rise of 2.5 percentage points on the previous year,
     * when it stood at 33.3 per cent". */
    ref_read r = { x, st, m, e, m->pct >= 0 && t[m->pct].fig.is_points };
    if (word_at(x, j, e, "to") && free_num(x, j + 1, e) &&
        !t[j + 1].fig.is_percent)
        return to_from_pair(&r, j);
    size_t k, a, first;
    if (!ref_cue(&r, j, &k) || !earlier_after_cue(&r, k, &a))
        return false;
    bool shared = false;
    int b = later_before_change(&r, a, &first, &shared);
    if (b < 0)
        return false;
    /* "11 millones de procedimientos ..., un aumento del 10% respecto al
     * año anterior, equivalente a 22,2 por minuto": a whole count and a
     * figure with decimals are not two values of one thing. */
    if (t[a].fig.exp10 == 0 && t[b].fig.exp10 == 0 &&
        (t[a].fig.value.scale > 0) != (t[b].fig.value.scale > 0))
        return false;
    claim_ref_pair(x, st, m, a, (size_t)b, first);
    if (r.points)
        x->t[a].points_level = x->t[b].points_level = true;
    /* The later figure of a list's first change stays that change's. */
    if (shared)
        x->t[b].used = false;
    /* "... 2 mil 143 y una alza del 6.6 por ciento en comparación con
     * julio, que cerró en 2 mil 151", "with just 765 incidents – and a
     * 38.7 per cent leap": after "and" the statement may be of another
     * figure, so the count before it is only a guess. */
    for (size_t q = (size_t)b + 1; q < m->first && q <= (size_t)b + 3; q++)
        if (is_word(&t[q], "and") && (size_t)b >= st->s)
            m->loose = true;
    /* "more than four times higher than in 2010, when 765 break-ins were
     * registered, and 38.7% higher than the previous year, when 2,956":
     * a count after "when" is the figure another comparison was made
     * with, so taking it as this one's later figure is a guess. */
    if ((size_t)b > st->s &&
        (is_word(&t[b - 1], "when") || is_word(&t[b - 1], "cuando")))
        m->loose = true;
    /* "un aumento del 65 % en comparación con los 1.428 ..., y un
     * incremento del 39 % frente a los 1.698": so is a count another
     * change was compared with. */
    if (compared_with_before(t, st->s, (size_t)b))
        m->loose = true;
    return true;
}

/* Whether ") [noun] fewer/more than" follows at token k: "905 (5,18 %)
 * casos menos que", a difference and its percentage, no share. */
bool ctp_finder_comparative_after(const tok *t, size_t k, size_t e)
{
    if (!(k < e && is_punct(&t[k], ')')))
        return false;
    k++;
    if (k < e && t[k].kind == TK_WORD &&
        !in_list(t[k].w, ctp_finder_comparative_words))
        k++;
    return k + 1 < e && t[k].kind == TK_WORD &&
           in_list(t[k].w, ctp_finder_comparative_words) &&
           is_word(&t[k + 1], "than");
}

/* "el aumento de denuncias ante la Policía a nivel nacional fue de 27%",
 * "the increase was 27%": a noun of change, the subject, stands a few
 * words before "was", with no figure between; the percentage is then
 * the change, not a level. */
/* Nouns of change as the words read them ("un aumento" is "an
 * increase"). */
static const char *const change_noun_words[] = {
    "increase", "decrease", "rise", "fall", "drop", "reduction", "decline",
    "growth", "change", NULL
};

static bool change_is_subject(const tok *t, size_t s, size_t i)
{
    size_t k = i;
    while (k > s && i - k < 3 && t[k - 1].kind == TK_WORD &&
           !is_word(&t[k - 1], "was") && !is_word(&t[k - 1], "is"))
        k--;
    if (!(k > s && (is_word(&t[k - 1], "was") || is_word(&t[k - 1], "is"))))
        return false;
    /* "The increase in Hammersmith and Fulham borough in moped enabled
     * crime from January to August this year was 183%": what changed,
     * where and when may stand between. */
    for (size_t q = k - 1; q > s && k - q < 20; q--) {
        const tok *w = &t[q - 1];
        /* "un aumento, que fue del 26.42%" */
        if (is_punct(w, ',') && q >= s + 2 && t[q - 2].kind == TK_WORD &&
            in_list(t[q - 2].w, change_noun_words))
            continue;
        if (w->kind == TK_NUM || is_punct(w, ',') || is_punct(w, ';'))
            return false;
        if (w->kind == TK_WORD && in_list(w->w, change_noun_words) &&
            q >= s + 2 &&
            (is_word(&t[q - 2], "the") || is_word(&t[q - 2], "a")))
            return true;
    }
    return false;
}

/* "del crecimiento medio del país, que se ubicó en el 1%": a noun of
 * change, a comma and "que" with a verb of standing at the figure: the
 * percentage is that change, not a level. */
static bool change_is_relative_subject(const tok *t, size_t s, size_t i)
{
    static const char *const stood[] = {
        "ubicó", "situó", "cifró", "colocó", "quedó", "fue", "was", "stood",
        NULL
    };
    size_t k = i;
    if (k > s && is_word(&t[k - 1], "the"))
        k--;
    if (k > s && (is_word(&t[k - 1], "in") || is_word(&t[k - 1], "of") ||
                  is_word(&t[k - 1], "at")))
        k--;
    if (k < s + 3 || t[k - 1].kind != TK_WORD || !in_list(t[k - 1].w, stood))
        return false;
    k--;
    if (!(is_word(&t[k - 1], "than") || is_word(&t[k - 1], "which")))
        return false;
    k--;
    if (k < s + 2 || !is_punct(&t[k - 1], ','))
        return false;
    k--;
    for (size_t q = k; q-- > s && k - q <= 4;) {
        if (t[q].kind != TK_WORD)
            return false;
        if (in_list(t[q].w, change_noun_words))
            return true;
    }
    return false;
}

/* Whether the words around percentage i make it a level, a chance or a
 * target rather than a change: "95% prediction interval", "rose to 32.8
 * per cent", "a custody rate of 6.61 per cent", "fue de 13,2%", "the
 * priority to achieve a reduction ... by 13%", "the remaining 12%". */
static bool level_not_change(const tok *t, size_t s, size_t e, size_t i);

/* "el 91% hechos contra el patrimonio y el 6% contra las personas": the
 * percentage before "and the" was a level, with no verb of change close
 * before it, so this one is too. */
static bool after_level(const tok *t, size_t s, size_t e, size_t i)
{
    for (size_t k = i; k-- > s;) {
        if (t[k].kind != TK_NUM || !t[k].fig.is_percent)
            continue;
        /* "redujeron sus niveles entre el 29,3% y el 38,9%": a verb of
         * change close before makes the first a change. */
        for (size_t q = k; q-- > s && k - q <= 8;)
            if (ctp_lex_word_direction(&t[q]) != 0)
                return false;
        return level_not_change(t, s, e, k);
    }
    return false;
}

/* "down from $510,424 (25 percent) to $458,076 (23 percent)": each
 * figure of a from-to with a percentage in brackets after it, the
 * percentage at 'i' one of them; they are levels (shares), not the
 * change. */
static bool bracketed_beside_both(const tok *t, size_t s, size_t e, size_t i)
{
    if (i < s + 2 || i + 1 >= e || !is_punct(&t[i - 1], '(') ||
        !is_punct(&t[i + 1], ')') || t[i - 2].kind != TK_NUM ||
        t[i - 2].fig.is_percent)
        return false;
    /* the later figure's: "... (P) to B (i)" */
    if (i >= s + 7 && (is_word(&t[i - 3], "to") || is_word(&t[i - 3], "a")) &&
        is_punct(&t[i - 4], ')') && t[i - 5].kind == TK_NUM &&
        t[i - 5].fig.is_percent && is_punct(&t[i - 6], '(') &&
        t[i - 7].kind == TK_NUM && !t[i - 7].fig.is_percent)
        return true;
    /* the earlier figure's: "A (i) to B (P)" */
    return i + 6 < e && (is_word(&t[i + 2], "to") || is_word(&t[i + 2], "a")) &&
           t[i + 3].kind == TK_NUM && !t[i + 3].fig.is_percent &&
           is_punct(&t[i + 4], '(') && t[i + 5].kind == TK_NUM &&
           t[i + 5].fig.is_percent && is_punct(&t[i + 6], ')');
}

static bool level_not_change(const tok *t, size_t s, size_t e, size_t i)
{
    size_t j = i + 1;
    if (j < e && t[j].kind == TK_PUNCT && t[j].w[0] == ')')
        j++;
    /* "95% prediction interval", "un 95% de confianza": a level of
     * confidence or chance, not a change. */
    static const char *const not_changes[] = {
        "of", "total", "confidence", "prediction", "interval", "chance",
        "probability", "likely", "confianza", "probabilidad", NULL
    };
    /* "lo que supone un 0,3 % de variación", "un 12 % de descenso": a
     * noun of change after "of" says what the figure is */
    bool of_change = j + 1 < e && is_word(&t[j], "of") &&
                     t[j + 1].kind == TK_WORD &&
                     in_list(t[j + 1].w, change_noun_words);
    if (j < e && t[j].kind == TK_WORD && in_list(t[j].w, not_changes) &&
        !of_change)
        return true;
    /* "the detection rate was an average of 86pc": an average is a
     * level. */
    if (i >= s + 4 && is_word(&t[i - 1], "of") &&
        is_word(&t[i - 2], "average") &&
        (is_word(&t[i - 3], "an") || is_word(&t[i - 3], "a")) &&
        (is_word(&t[i - 4], "was") || is_word(&t[i - 4], "is") ||
         is_word(&t[i - 4], "were")))
        return true;

    /* A level, not a change: "up from 27.7 per cent", "rose to 32.8
     * per cent", "accounted for 83 per cent", "the 24 per cent average". */
    static const char *const level_words[] = {
        "to", "than", "at", "from", "for", "with", "is", "was",
        "were", "are", "be", "being", "siendo", "the", "nearly", "almost",
        "near", "on",  /* "remained steady on 39 per cent" */
        "around",
        "about",
        "over", "under", "approximately", "roughly", NULL
    };
    /* Not a level but one change of a list: "los delitos informáticos en
     * casi 500 %", a hedge after "by" or "in"; "an increase of 828, or
     * almost 16pc", the change said again; "bajaron el 29,3% y el
     * 38,9%", as Spanish puts the article before a change too. */
    bool listed_change =
        i >= s + 2 &&
        ((ctp_lex_hedge_word(&t[i - 1]) != CT_CLAIM_HEDGE_NONE &&
          (is_word(&t[i - 2], "by") || is_word(&t[i - 2], "in") ||
           is_word(&t[i - 2], "or") ||
           /* "han caído cuatro por ciento este año, ..., y casi 30 por
            * ciento desde el 2001" */
           is_word(&t[i - 2], "and"))) ||
         /* "and by more than 18 per cent from ..."; "se incrementaron
          * hasta 36, más del 100 por ciento": after a figure and a
          * comma, the change said of it. */
         (i >= s + 3 && is_word(&t[i - 1], "than") &&
          (is_word(&t[i - 2], "more") || is_word(&t[i - 2], "less")) &&
          (is_word(&t[i - 3], "by") || is_word(&t[i - 3], "in") ||
           is_word(&t[i - 3], "or") ||
           (i >= s + 4 && is_punct(&t[i - 3], ',') &&
            t[i - 4].kind == TK_NUM && !t[i - 4].fig.is_percent))) ||
         (is_word(&t[i - 1], "the") &&
          (is_word(&t[i - 2], "and") || is_word(&t[i - 2], "or")) &&
          !after_level(t, s, e, i)) ||
         /* "the increase is even higher - over 5 per cent" */
         (i >= s + 3 && ctp_lex_hedge_word(&t[i - 1]) != CT_CLAIM_HEDGE_NONE &&
          (is_punct(&t[i - 2], '-') || is_punct(&t[i - 2], ',')) &&
          ctp_lex_word_direction(&t[i - 3]) != 0) ||
         /* "the highest increases, at 29.7 per cent" */
         (is_word(&t[i - 1], "at") &&
          (ctp_lex_word_direction(&t[i - 2]) != 0 ||
           (i >= s + 3 && is_punct(&t[i - 2], ',') &&
            ctp_lex_word_direction(&t[i - 3]) != 0))));
    if (i > s && t[i - 1].kind == TK_WORD && !listed_change &&
        !change_is_subject(t, s, i) && !change_is_relative_subject(t, s, i) &&
        in_list(t[i - 1].w, level_words))
        return true;
    /* "a detection rate of 25% recorded in the Tipperary division and 20%
     * nationally": after "and", the level of a list of levels. */
    if (i > s && is_word(&t[i - 1], "and") && after_level(t, s, e, i))
        return true;
    /* "a custody rate of 6.61 per cent": a level, not a change. */
    static const char *const level_nouns[] = {
        "rate", "share", "proportion", "percentage", "weight", "peso",
        /* "a public satisfaction rating of 89%" */
        "rating", NULL
    };
    /* "con un peso estadístico del 22,8%": one word may qualify it;
     * "an average outcome rate (covering results such as a charge) of
     * 26.7 per cent": an aside in brackets may stand before "of". */
    size_t n = i >= s + 2 && is_word(&t[i - 1], "of") ? i - 2 : SIZE_MAX;
    if (n != SIZE_MAX && is_punct(&t[n], ')')) {
        size_t open = bracket_opening(t, s, n, 24, false);
        n = open != SIZE_MAX && open > s ? open - 1 : SIZE_MAX;
    }
    if (n != SIZE_MAX && t[n].kind == TK_WORD &&
        (in_list(t[n].w, level_nouns) ||
         (n > s && t[n - 1].kind == TK_WORD &&
          in_list(t[n - 1].w, level_nouns))))
        return true;
    /* "la tasa ... fue de 13,2%": a level stated. */
    if (i >= s + 2 && is_word(&t[i - 1], "of") && t[i - 2].kind == TK_WORD &&
        in_list(t[i - 2].w, level_words) && !change_is_subject(t, s, i))
        return true;
    /* "the priority to achieve a reduction ... by 13%": a target. */
    static const char *const target_words[] = {
        "target", "targets", "priority", "aim", "aims", "goal", "objective",
        "pledged", "pledge", "vowed", "objetivo", "meta",
        /* "Despite attempts to cut the total number of crimes by 2 per
         * cent", "in a bid to cut" */
        "attempts", "attempt", "bid", NULL
    };
    for (size_t k = i; k-- > s && i - k <= 12;)
        if (t[k].kind == TK_WORD && in_list(t[k].w, target_words))
            return true;
    /* "suman el restante 6.3%", "the remaining 12%": what is left of a
     * whole, a share. */
    static const char *const remainder_words[] = {
        "restante", "remaining", "resto", NULL
    };
    return i > s && t[i - 1].kind == TK_WORD &&
           in_list(t[i - 1].w, remainder_words);
}

/* Every published percentage is a claim, even with no verb of change
 * before it ("es decir, un 9,1%", "Derbyshire (19%) and North Wales
 * (17%)", "a reduction of 47% and 8% respectively"), save a share ("45%
 * of the offences", "P% del total"), a bound ("up to 40%") and
 * percentage points: it is listed, not checkable when no figures go with
 * it. */
/* Whether "rate" names percentage i, at once or after one word: "with a
 * 29 per cent detection rate" is a rate of cases, a level. */
static bool rate_noun_after(const tok *t, size_t i, size_t e)
{
    return i + 1 < e && (is_word(&t[i + 1], "rate") ||
                         (i + 2 < e && t[i + 1].kind == TK_WORD &&
                          is_word(&t[i + 2], "rate")));
}

static bool bare_change(const extractor *x, size_t s, size_t e, size_t i)
{
    const tok *t = x->t;
    /* "of those caught by police 70 percent were aged under 18": a
     * percentage that is the subject of "were" is a share of them. */
    if (i + 1 < e && t[i + 1].kind == TK_WORD &&
        in_list(t[i + 1].w, ctp_share_verbs))
        return false;
    /* "5,286, or 90.6 percent, were property crimes" */
    if (i + 2 < e && is_punct(&t[i + 1], ',') && t[i + 2].kind == TK_WORD &&
        in_list(t[i + 2].w, ctp_share_verbs) && i >= s + 2 &&
        is_word(&t[i - 1], "or"))
        return false;
    if (rate_noun_after(t, i, e))
        return false;
    /* "(recovery rate 65.80 per cent)": a rate's level named before it. */
    if (i > s && ctp_lex_is_rate_word(&t[i - 1]) &&
        !(i + 1 < e && (ctp_lex_word_direction(&t[i + 1]) != 0 ||
                        in_list(t[i + 1].w, ctp_finder_comparative_words))))
        return false;
    /* "was 44% in 2021, down slightly from 2020 (45%)": the level of
     * the year named before the bracket, no change. */
    if (i >= s + 3 && is_punct(&t[i - 1], '(') &&
        t[i - 2].kind == TK_PERIOD &&
        (is_word(&t[i - 3], "from") || is_word(&t[i - 3], "since")))
        return false;
    /* "Un 17% se asoció con el crimen organizado": opening the sentence
     * as the subject of its verb; so too "..., y un 15% se comete ya en
     * el ciberespacio" opening a clause. */
    /* "de los 32 homicidios ..., 71.85 por ciento se realizó con armas
     * de fuego": after a comma with no article too. */
    bool opens_clause = i <= s + 1 ||
                        (i >= s + 2 && (is_word(&t[i - 1], "a") ||
                                        is_word(&t[i - 1], "the")) &&
                         (is_word(&t[i - 2], "and") ||
                          is_punct(&t[i - 2], ','))) ||
                        is_punct(&t[i - 1], ',');
    if (i + 1 < e && opens_clause && t[i + 1].kind == TK_WORD) {
        size_t q = ctp_claim_skip_blanks(x->s, x->n, t[i].end);
        if (ctp_claim_starts_word(x->s + q, x->n - q, "se"))
            return false;
    }
    return !t[i].fig.is_points && !level_not_change(t, s, e, i) &&
           !ctp_share_not_change(x, s, e, i);
}

/* "an increase of 171 sectarian incidents (16%)": after the count that
 * ended at token 'last', one or two words naming it, then percentage i
 * in brackets. */
static bool noun_then_bracket(const tok *t, size_t last, size_t i)
{
    if (i < last + 3 || i > last + 4 || !is_punct(&t[i - 1], '(') ||
        !t[i].fig.is_percent)
        return false;
    /* "2.500 inculpaciones más (+14,60%)": the last word may be the
     * comparative. */
    size_t end = i - 1;
    if (end > last + 2 && t[end - 1].kind == TK_WORD &&
        (is_word(&t[end - 1], "more") || is_word(&t[end - 1], "fewer")))
        end--;
    for (size_t k = last + 1; k < end; k++)
        if (t[k].kind != TK_WORD ||
            in_list(t[k].w, ctp_finder_structure_words) ||
            ctp_lex_word_direction(&t[k]) != 0)
            return false;
    return true;
}

/* Whether the fraction in words at token i ("la mitad", "half") names
 * the level a fall reached rather than the size of the fall: set off by
 * a comma after a figure ("bajaron de 55 a 24, menos de la mitad") or
 * after "to" ("cut to less than half"), a hedge between. */
static bool fraction_as_level(const tok *t, size_t s, size_t i)
{
    if (!t[i].words || !t[i].fig.is_percent || t[i].fig.value.scale != 0 ||
        t[i].fig.value.digits >= 100)
        return false;
    size_t k = i;
    while (k > s && t[k - 1].kind == TK_WORD &&
           (is_word(&t[k - 1], "less") || is_word(&t[k - 1], "more") ||
            is_word(&t[k - 1], "fewer") || is_word(&t[k - 1], "than") ||
            is_word(&t[k - 1], "just") ||
            ctp_lex_hedge_word(&t[k - 1]) != CT_CLAIM_HEDGE_NONE) &&
           i - k < 4)
        k--;
    if (k == i || k == s)
        return false;
    return (is_punct(&t[k - 1], ',') && k >= s + 2 &&
            t[k - 2].kind == TK_NUM && !t[k - 2].fig.is_percent) ||
           is_word(&t[k - 1], "to");
}

/* The hedge on a fall that a hedge on the level it reached says: the
 * level "less than half" the earlier is a fall of more than half, "more
 * than half" one of less, "nearly half" one of about half. */
static ct_claim_hedge level_hedge_as_fall(ct_claim_hedge h)
{
    switch (h) {
    case CT_CLAIM_HEDGE_LESS:
        return CT_CLAIM_HEDGE_ABOVE;
    case CT_CLAIM_HEDGE_ABOVE:
    case CT_CLAIM_HEDGE_AT_LEAST:
        return CT_CLAIM_HEDGE_LESS;
    case CT_CLAIM_HEDGE_BELOW:
        return CT_CLAIM_HEDGE_NEAR;
    case CT_CLAIM_HEDGE_NONE:
    case CT_CLAIM_HEDGE_NEAR:
    case CT_CLAIM_HEDGE_WORD:
        return h;
    }
    return h;
}

/* Whether percentage i describes a change: a word of direction or of
 * change before it, a pair of figures beside it, a cue of comparison
 * after it, the count of change just before it, or nothing that makes it
 * a share, a level or a bound (bare_change).  Fills in the statement's
 * direction, hedge and the word that gave them ('*word'). */
/* Words that say a change again: "lo que representa", "which means". */
static const char *const restating_words[] = {
    "representa", "representó", "representan", "supone", "supuso",
    "significa", "significó", "equivale", "represents", "represented",
    /* "41 más que en los primeros 21 días de 2021, estas cifras
     * representaron un incremento del 205%" */
    "representaron", "suponen", "supusieron", "significaron", "equivalen",
    "representing", "means", "meaning", "para", "decir",
    /* Spanish gerunds the cue tables read in English ("sumando") */
    "totalling", "registering", "showing", NULL
};

/* "de 952 en 2012 bajaron a 515 en 2015, lo que representa casi 50 por
 * ciento": words that say the pair ending at 'last' again as the
 * percentage at 'i'. */
static bool restates_pair(const tok *t, size_t last, size_t i)
{
    static const char *const saying[] = {
        "lo", "than", "which", "is", "a", "an", "un", "una", "the", NULL
    };
    bool verb = false;
    if (last + 1 >= i || i - last > 8 || !is_punct(&t[last + 1], ','))
        return false;
    for (size_t k = last + 2; k < i; k++) {
        if (t[k].kind != TK_WORD)
            return false;
        if (ctp_lex_hedge_word(&t[k]) != CT_CLAIM_HEDGE_NONE)
            continue;
        bool says = in_list(t[k].w, restating_words);
        if (!says && !in_list(t[k].w, saying))
            return false;
        verb |= says;
    }
    return verb;
}

/* "Casi un 2%, concretamente el 1,99%, descendió": the words that say a
 * round figure again exactly. */
static const char *const exactly_words[] = {
    "concretamente", "exactamente", "exactly", "precisely", "specifically",
    NULL
};

/* The percentage said again exactly after the one at 'i' (", exactly
 * the 1.99%"), or -1. */
static int said_exactly_after(const tok *t, size_t i, size_t e)
{
    size_t k = i + 1;
    if (k + 1 >= e || !is_punct(&t[k], ',') || t[k + 1].kind != TK_WORD ||
        !in_list(t[k + 1].w, exactly_words))
        return -1;
    k += 2;
    if (k < e && is_word(&t[k], "the"))
        k++;
    return k < e && t[k].kind == TK_NUM && t[k].fig.is_percent ? (int)k : -1;
}

/* Whether words of reason start at token k, before token 'end': "pues",
 * "because", "ya que" (its "que" read "than" or "that"), "debido a". */
static bool reason_at(const tok *t, size_t k, size_t end)
{
    return k < end &&
           (is_word(&t[k], "pues") || is_word(&t[k], "because") ||
            (k + 1 < end && is_word(&t[k], "ya") &&
             (is_word(&t[k + 1], "than") || is_word(&t[k + 1], "that") ||
              is_word(&t[k + 1], "que"))) ||
            (k + 1 < end && is_word(&t[k], "debido") &&
             is_word(&t[k + 1], "a")));
}

/* "En concreto, casi un 26%, ya que subieron de 97 a 122": pair p
 * given just after percentage i as its reason. */
static bool reason_pair_after(const tok *t, size_t i, const pair *p)
{
    if (p->first <= i || p->first > i + 7)
        return false;
    bool reason = false;
    for (size_t k = i + 1; k < p->first; k++) {
        if (reason_at(t, k, p->first))
            reason = true;
        else if (!(is_punct(&t[k], ',') || t[k].kind == TK_WORD))
            return false;
    }
    return reason;
}

static bool percent_statement(const extractor *x, const sentence *st,
                              size_t i, stmt *m, size_t *word)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    bool change_word;
    /* The round figure said again exactly is one claim, the exact one's. */
    if (said_exactly_after(t, i, e) >= 0 || bracketed_beside_both(t, s, e, i))
        return false;
    m->dir = pct_direction(x, s, e, i, word, &change_word, &m->hedge);
    /* "un repunte ... de un 5 por ciento aproximadamente": the hedge
     * after the figure. */
    if (m->hedge == CT_CLAIM_HEDGE_NONE && i + 1 < e &&
        (is_word(&t[i + 1], "approximately") ||
         is_word(&t[i + 1], "roughly")))
        m->hedge = ctp_lex_hedge_word(&t[i + 1]);
    /* "Casi un 2%, concretamente el 1,99%, descendió el índice": the
     * verb after the aside. */
    for (size_t r = i; m->dir == 0 && r-- > s && i - r <= 4;)
        if (t[r].kind == TK_NUM && said_exactly_after(t, r, e) == (int)i &&
            i + 2 < e && is_punct(&t[i + 1], ',') &&
            (m->dir = ctp_lex_word_direction(&t[i + 2])) != 0)
            *word = i + 2;
    m->change_word = change_word;
    m->dir_word = *word;
    if (m->hedge == CT_CLAIM_HEDGE_NONE)
        m->hedge = t[i].hedge;
    if (m->dir <= 0 && fraction_as_level(t, s, i))
        m->hedge = level_hedge_as_fall(m->hedge);
    bool near_pair = false;
    /* A pair whose figures lie far on either side of the percentage
     * ("de los 32 homicidios ..., 71.85 por ciento se realizó ...,
     * incrementándose ... en comparación con los 33") is not near it. */
    for (size_t p = 0; p < st->n_pairs; p++)
        if ((st->pairs[p].last + 3 >= i && st->pairs[p].first <= i + 3 &&
             !(st->pairs[p].first + 3 < i && i + 3 < st->pairs[p].last)) ||
            restates_pair(t, st->pairs[p].last, i) ||
            reason_pair_after(t, i, &st->pairs[p]))
            near_pair = true;
    /* "60% of burglaries" is a share even beside a pair; so is "a 29 per
     * cent detection rate". */
    if ((i + 1 < e && is_word(&t[i + 1], "of")) || rate_noun_after(t, i, e))
        near_pair = false;
    bool context = i + 1 < e && t[i + 1].kind == TK_WORD &&
                   (is_word(&t[i + 1], "on") ||
                    is_word(&t[i + 1], "compared") ||
                    is_word(&t[i + 1], "since") ||
                    is_word(&t[i + 1], "than") ||
                    /* "and over 15% from 2019 (44,735 cases)" */
                    (is_word(&t[i + 1], "from") && i + 2 < e &&
                     t[i + 2].kind == TK_PERIOD) ||
                    /* "the 26.5 per cent equates to 26 total crimes" */
                    ((is_word(&t[i + 1], "equates") ||
                      is_word(&t[i + 1], "equals")) && i + 3 < e &&
                     t[i + 3].kind == TK_NUM));
    bool after_diff = false;
    if (st->n_stmts > 0) {
        const stmt *p = &st->stmts[st->n_stmts - 1];
        /* "rose by 8179 (just over 8 per cent)", "- just over 8 per cent
         * -": the hedge opens the figure's words */
        size_t h = i;
        while (h > s && h + 3 > i &&
               (ctp_lex_hedge_word(&t[h - 1]) != CT_CLAIM_HEDGE_NONE ||
                is_word(&t[h - 1], "just")))
            h--;
        after_diff = p->pct < 0 &&
                     ((p->last + 2 >= h &&
                       (p->last + 1 == h ||
                        is_punct(&t[p->last + 1], '(') ||
                        is_punct(&t[p->last + 1], '-') ||
                        is_punct(&t[p->last + 1], ','))) ||
                      noun_then_bracket(t, p->last, i));
    }
    /* "una bajada del 23,3 % de las detenciones (8.670) y del 23,7 % de
     * las personas investigadas": "y del" after a change "del" goes on
     * its list, the same way. */
    if (m->dir == 0 && !change_word && st->n_stmts > 0 && i >= s + 2 &&
        is_word(&t[i - 1], "of") && is_word(&t[i - 2], "and") &&
        x->loose_order) {
        const stmt *p = &st->stmts[st->n_stmts - 1];
        /* "El aumento en cerca de un 200% de los delitos ... y del 103%
         * en las sustracciones": the change before may be "en" its
         * figure, hedged, too. */
        if (p->pct >= 0 && p->dir != 0 && (size_t)p->pct > s &&
            (is_word(&t[p->pct - 1], "of") ||
             ctp_lex_hedge_word(&t[p->pct - 1]) != CT_CLAIM_HEDGE_NONE ||
             is_word(&t[p->pct - 1], "a")) &&
            i - (size_t)p->pct <= 16) {
            m->dir = p->dir;
            *word = i - 1;
        }
    }
    /* "los robos disminuyeron casi un 20 %, las violaciones casi un 9 %
     * y las agresiones con agravantes casi un 10 %": after a change, a
     * comma or "and" and the name of another thing go on its list. */
    if (m->dir == 0 && !change_word && st->n_stmts > 0 &&
        !(i + 1 < e && is_word(&t[i + 1], "of"))) {
        const stmt *p = &st->stmts[st->n_stmts - 1];
        size_t k = i;
        while (k > s && (is_word(&t[k - 1], "a") ||
                         ctp_lex_hedge_word(&t[k - 1]) != CT_CLAIM_HEDGE_NONE))
            k--;
        /* "serious crime increased by 10 percent, the detection rate
         * was 64 percent": a level stated with "was" is no change. */
        static const char *const stated[] = {"was", "were", "stood", NULL};
        size_t words = 0;
        while (k > s && t[k - 1].kind == TK_WORD && words < 5 &&
               !is_word(&t[k - 1], "and") && !in_list(t[k - 1].w, stated) &&
               ctp_lex_word_direction(&t[k - 1]) == 0 &&
               !in_list(t[k - 1].w, ctp_finder_structure_words))
            k--, words++;
        bool joined = k > s && (is_punct(&t[k - 1], ',') ||
                                is_word(&t[k - 1], "and"));
        /* "..., aquellos con violencia, un 43,2% y los hurtos rozan el
         * 50%": the list's direction is its first item's. */
        int dir = p->dir;
        for (size_t q = st->n_stmts; dir == 0 && q-- > 0;)
            if (st->stmts[q].pct >= 0)
                dir = st->stmts[q].dir;
        if (p->pct >= 0 && dir != 0 && words >= 1 && joined &&
            k - 1 > (size_t)p->pct && k - 1 <= (size_t)p->last + 2 &&
            is_word(&t[k], "the")) {
            m->dir = dir;
            *word = k;
        }
    }
    /* "creció un 32,4% en la provincia y un 43,8% en la capital": "and
     * a" after a change a few words before goes on its list. */
    if (m->dir == 0 && !change_word && st->n_stmts > 0 && i >= s + 2 &&
        is_word(&t[i - 1], "a") && is_word(&t[i - 2], "and")) {
        const stmt *p = &st->stmts[st->n_stmts - 1];
        if (p->pct >= 0 && p->dir != 0 && i - (size_t)p->pct <= 8) {
            m->dir = p->dir;
            *word = i - 1;
        }
    }
    if (m->dir == 0 && !change_word && !near_pair && !context &&
        !after_diff && !bare_change(x, s, e, i))
        return false;
    m->pct = (int)i;
    return true;
}

/* Whether number i (a percentage or a count) states a change; if so
 * '*m' is the statement it begins, with its direction and the tokens it
 * spans so far.  A count needs a direction, in words or by its sign;
 * one with only a sign or "more" is a weak change, one only next to the
 * figures it changes. */
static bool after_semicolon(const extractor *x, const sentence *st);

/* "Naranjal, con un aumento del 150 %; Durán, con el 125 %; Machala, con
 * el 52 %": an item of a list a semicolon parts, a name and "with" its
 * percentage, goes on with the change the item before stated. */
static bool list_item_change(const extractor *x, const sentence *st,
                             size_t i)
{
    const tok *t = x->t;
    size_t s = st->s;
    if (x->item_dir == 0 || !x->prev_same_para || !after_semicolon(x, st) ||
        i < s + 4 || t[i].fig.is_points || t[i].sign != 0)
        return false;
    size_t q = i;
    if (is_word(&t[q - 1], "the"))
        q--;
    if (!(is_word(&t[q - 1], "with") || is_word(&t[q - 1], "con")) ||
        !is_punct(&t[q - 2], ','))
        return false;
    for (size_t k = s; k < q - 2; k++)
        if (t[k].kind != TK_WORD)
            return false;
    for (size_t k = i + 1; k < st->e; k++)
        if (t[k].kind != TK_PUNCT && t[k].kind != TK_BREAK)
            return false;
    return true;
}

/* Whether token t may stand between a change in counts and the
 * percentage that says it again: a hedge ("nearly", "more than", "just
 * over") or an article. */
static bool hedge_or_article(const tok *t)
{
    return t->kind == TK_WORD &&
           (ctp_lex_hedge_word(t) != CT_CLAIM_HEDGE_NONE ||
            is_word(t, "more") || is_word(t, "than") || is_word(t, "less") ||
            is_word(t, "just") || is_word(t, "a") || is_word(t, "an") ||
            is_word(t, "the"));
}

/* "2.701 delitos, 115 más que en el año anterior; algo más del 4 por
 * ciento": a percentage alone after a semicolon, with only a hedge before
 * it, says again the difference the clause before left. */
static bool diff_after_semicolon(const extractor *x, const sentence *st,
                                 size_t i)
{
    const tok *t = x->t;
    if (!x->has_diff || x->diff_dir == 0 || !x->prev_same_para ||
        !after_semicolon(x, st) || t[i].fig.is_points || t[i].sign != 0)
        return false;
    for (size_t k = st->s; k < i; k++)
        if (!hedge_or_article(&t[k]))
            return false;
    return i + 1 >= st->e || t[i + 1].kind == TK_PUNCT ||
           t[i + 1].kind == TK_BREAK;
}

/* "un descenso del 8,5 por ciento de los delitos (que pasan de 17.674,
 * en 2013, a 16.174) y del 5,1 por ciento de las faltas": a percentage
 * after "and of" goes on with the change before it, whose figures in
 * brackets stand between.  Its direction, or 0. */
static int and_of_change(const extractor *x, const sentence *st, size_t i)
{
    const tok *t = x->t;
    size_t q = i;
    if (q > st->s && is_word(&t[q - 1], "the"))
        q--;
    if (st->n_stmts == 0 || q < st->s + 3 || !is_word(&t[q - 1], "of") ||
        !is_word(&t[q - 2], "and") || !is_punct(&t[q - 3], ')') ||
        t[i].fig.is_points || t[i].sign != 0)
        return 0;
    const stmt *p = &st->stmts[st->n_stmts - 1];
    size_t open = q - 3;
    while (open > p->last && !is_punct(&t[open], '('))
        open--;
    if (open <= p->last || open > p->last + 6 || p->pct < 0)
        return 0;
    return p->dir;
}

/* "DC's murder rate increased 39.5% and Houston at 22.6%": "and", a
 * name, "at" its percentage, right after a change.  The direction it
 * goes on with, or 0. */
static int and_name_at_change(const extractor *x, const sentence *st,
                              size_t i)
{
    const tok *t = x->t;
    if (st->n_stmts == 0 || i <= st->s + 3 || !is_word(&t[i - 1], "at") ||
        t[i].fig.is_points || t[i].sign != 0)
        return 0;
    const stmt *p = &st->stmts[st->n_stmts - 1];
    size_t k = i - 1;
    for (size_t w = 0; w < 3 && k > p->last + 1 && t[k - 1].kind == TK_WORD &&
                       !is_word(&t[k - 1], "and");
         w++)
        k--;
    return p->pct >= 0 && k == p->last + 2 && is_word(&t[k - 1], "and") &&
                   k < i - 1
               ? p->dir
               : 0;
}

static bool start_statement(const extractor *x, const sentence *st,
                            size_t i, stmt *m)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    memset(m, 0, sizeof *m);
    m->pct = m->diff = m->pair = m->from_a = m->to_b = -1;
    size_t word;
    /* "the detection rate was 37 per cent": a share of the cases. */
    if (t[i].fig.is_percent && ctp_share_outcome_rate_at(t, s, e, i))
        return false;
    /* "declined 24% from 37 to 25, and 92% were of a violent nature": a
     * percentage opening a clause as the subject of "were" is a share of
     * them, not a change. */
    if (t[i].fig.is_percent && i + 1 < e && t[i + 1].kind == TK_WORD &&
        in_list(t[i + 1].w, ctp_share_verbs) &&
        !(i + 2 < e && ctp_lex_word_direction(&t[i + 2]) != 0) &&
        (i == s || is_word(&t[i - 1], "and") || is_word(&t[i - 1], "y") ||
         is_punct(&t[i - 1], ',')))
        return false;
    if (t[i].fig.is_percent) {
        if (!percent_statement(x, st, i, m, &word)) {
            /* a percentage that goes on with a change said before it */
            int dir = list_item_change(x, st, i) ? x->item_dir
                      : diff_after_semicolon(x, st, i)
                          ? x->diff_dir
                          : and_of_change(x, st, i);
            if (dir == 0)
                dir = and_name_at_change(x, st, i);
            if (dir == 0)
                return false;
            m->pct = (int)i;
            m->dir = dir;
            word = i;
        }
    } else {
        m->dir = diff_direction(x, s, e, i, &word, &m->hedged_count);
        if (m->dir == 0)
            return false;
        m->diff = (int)i;
    }
    m->first = word < i ? word : i;
    if (m->first > s && (is_word(&t[m->first - 1], "a") ||
                         is_word(&t[m->first - 1], "an")))
        m->first--;
    m->last = i;
    if (i + 1 < e && ctp_lex_word_direction(&t[i + 1]) != 0)
        m->last = i + 1;
    else if (extent_then_direction(t, e, i) != 0)
        m->last = i + 2;  /* "a 10% total drop" */
    m->weak = m->diff >= 0 && word == i;
    return true;
}

/* Whether the words between tokens 'last' and 'first' end by saying
 * the same again ("o lo que es lo mismo", "in other words"; not "es
 * decir", whose count after it joins a change on its own, in
 * diff_direction),
 * with no figure among them: "un incremento de 1.066 muertes frente al
 * mismo lapso de tiempo de 2020, o lo que es lo mismo, un aumento del
 * 27,1 por ciento" states one change twice. */
static bool restated_after(const tok *t, size_t last, size_t first)
{
    if (first <= last + 1 || first - last > 20)
        return false;
    for (size_t k = last + 1; k < first; k++)
        if (t[k].kind == TK_NUM)
            return false;
    size_t k = first;
    while (k > last + 1 && t[k - 1].kind == TK_PUNCT)
        k--;
    if (k < last + 3)
        return false;
    const tok *a = &t[k - 2], *b = &t[k - 1];
    return (is_word(a, "lo") && is_word(b, "mismo")) ||
           (is_word(a, "other") && is_word(b, "words"));
}

/* "an increase of 443 (56%)", "56% (443 more)": a percentage and a count
 * of one change, close together with only punctuation, "or" or "and"
 * between, are one statement.  Gives m's figure to the statement before
 * and marks number i used; false when m stands alone. */
static bool joins_previous(extractor *x, sentence *st, const stmt *m,
                           size_t i)
{
    tok *t = x->t;
    if (st->n_stmts == 0)
        return false;
    stmt *p = &st->stmts[st->n_stmts - 1];
    bool between_ok = true, and = false;
    for (size_t k = p->last + 1; k < m->first; k++) {
        and |= is_word(&t[k], "and");
        if (!(t[k].kind == TK_PUNCT && t[k].w[0] != '-') &&
            !is_word(&t[k], "or") && !is_word(&t[k], "and"))
            between_ok = false;
    }
    /* "un aumento del 7,1%, y 184 más que hace seis años": after "and",
     * a change compared with a time of its own is a change of its own. */
    if (and && m->last + 1 < st->e && is_word(&t[m->last + 1], "than"))
        return false;
    /* "down 623 to 2,515, and a two per cent increase in theft from
     * motor vehicles": after "and", a change the other way is another. */
    if (and && p->dir != 0 && m->dir != 0 && p->dir != m->dir)
        return false;
    if (restated_after(t, p->last, m->first) ||
        (m->pct >= 0 && noun_then_bracket(t, p->last, (size_t)m->pct)))
        between_ok = true;
    else if (m->first > p->last + 3)
        between_ok = false;
    if (!(between_ok &&
          ((p->pct < 0 && m->pct >= 0) || (p->diff < 0 && m->diff >= 0))))
        return false;
    if (m->pct >= 0) {
        p->pct = m->pct;
        /* "an increase of 828, or almost 16pc": the hedge is the
         * percentage's. */
        p->hedge = m->hedge;
    } else {
        p->diff = m->diff;
    }
    if (p->dir == 0)
        p->dir = m->dir;
    p->last = m->last;
    t[i].used = true;
    return true;
}

/* The figures a statement compares, read after it: a reference with a
 * cue ("up 37 percent from the 79 recorded", ref_pair), the one figure
 * "rose by 443 to 1,233", "rose by 443 from 790", or a comparative "5%
 * fewer than the 2,150 last year" (than_pair).  None is fine: the
 * figures may come from elsewhere in the sentence. */
static void figures_after_statement(extractor *x, sentence *st, stmt *m,
                                    size_t i)
{
    tok *t = x->t;
    size_t e = st->e, j = m->last + 1;
    /* "decreased by more than a quarter (26.4%), to 3,284": the
     * bracket that closes on the percentage. */
    if (m->pct >= 0 && (size_t)m->pct == m->last && m->pct > (int)st->s &&
        is_punct(&t[m->pct - 1], '(') && punct_at(x, j, e, ')'))
        j++;
    /* "saw the figure fall 16%, to 650 murders" */
    if (punct_at(x, j, e, ',') && word_at(x, j + 1, e, "to"))
        j++;
    /* "fell by 20% to an estimated £42.3 million": the words that say the
     * level is rounded stand between. */
    size_t f = j + 1;
    if (word_at(x, j, e, "to") &&
        (word_at(x, f, e, "an") || word_at(x, f, e, "a")) && f + 1 < e &&
        t[f + 1].kind == TK_WORD && in_list(t[f + 1].w, ctp_lex_approx_words))
        f += 2;
    /* "las infracciones bajaron en 550, hasta las 6.844": a change in
     * counts and the level it reached ("hasta las" is read "to the"); a
     * percentage's level is diff_levels' to find. */
    else if (m->pct < 0 && m->diff >= 0 && word_at(x, j, e, "to") &&
             word_at(x, f, e, "the") && free_num(x, f + 1, e))
        f++;
    /* "en 2019 esta cifra se duplicó con mil 485 carpetas": after a
     * multiple in words, "con" gives the level reached as "to" does. */
    bool with_level = m->pct >= 0 && t[m->pct].words && t[m->pct].sign != 0 &&
                      (size_t)m->pct == m->last &&
                      (word_at(x, j, e, "with") || word_at(x, j, e, "con")) &&
                      ctp_finder_plain_count(x, f, e);
    if (m->pct >= 0 && ref_pair(x, st, m)) {
        /* the figures compared follow, with a cue */
    } else if ((word_at(x, j, e, "to") || word_at(x, j, e, "from") ||
                with_level) &&
        free_num(x, f, e) && !t[f].fig.is_percent &&
        t[f].per < 0 && !word_at(x, t[f].at_end, e, "to")) {
        if (!is_word(&t[j], "from"))
            m->to_b = (int)f;
        else
            m->from_a = (int)f;
        t[f].used = true;
        m->last = f;
        j = f - 1;
        /* "falling by 13.9% to 56 - down from 65" */
        size_t k = t[j + 1].at_end;
        if (punct_at(x, k, e, '-') || punct_at(x, k, e, ','))
            k++;
        if (m->to_b >= 0 &&
            (word_at(x, k, e, "down") || word_at(x, k, e, "up")) &&
            word_at(x, k + 1, e, "from") && free_num(x, k + 2, e) &&
            !t[k + 2].fig.is_percent && t[k + 2].per < 0) {
            t[k + 2].used = true;
            claim_ref_pair(x, st, m, k + 2, (size_t)m->to_b, m->first);
            m->to_b = -1;
            return;
        }
        /* "by 25.4 percent to 69,245 cases last year from 93,411 in
         * 2019": a noun and a period may stand before "from". */
        k = t[j + 1].at_end;
        for (size_t n = 0; m->to_b >= 0 && k < e && n < 4 &&
                           (t[k].kind == TK_PERIOD ||
                            (t[k].kind == TK_WORD &&
                             !in_list(t[k].w, ctp_finder_structure_words)));
             n++)
            k++;
        if (m->to_b >= 0 && k > t[j + 1].at_end && word_at(x, k, e, "from") &&
            free_num(x, k + 1, e) && ctp_finder_plain_count(x, k + 1, e)) {
            t[k + 1].used = true;
            claim_ref_pair(x, st, m, k + 1, (size_t)m->to_b, m->first);
            m->to_b = -1;
        }
        /* "by 34.3% to 4,741 cases involving a loss of RM558 million, up
         * from 3,530 cases": words and sums of money, then ", up from". */
        k = m->to_b >= 0 ? t[m->to_b].at_end : e;
        for (size_t n = 0; k < e && n < 14 &&
                           (t[k].kind == TK_PERIOD || t[k].kind == TK_WORD ||
                            (t[k].kind == TK_NUM && t[k].money));
             n++)
            k = t[k].kind == TK_NUM ? t[k].at_end : k + 1;
        if (m->to_b >= 0 && punct_at(x, k, e, ',') &&
            (word_at(x, k + 1, e, "up") || word_at(x, k + 1, e, "down")) &&
            ctp_lex_word_direction(&t[k + 1]) == m->dir &&
            word_at(x, k + 2, e, "from") && free_num(x, k + 3, e) &&
            ctp_finder_plain_count(x, k + 3, e)) {
            t[k + 3].used = true;
            claim_ref_pair(x, st, m, k + 3, (size_t)m->to_b, m->first);
            m->to_b = -1;
        }
    } else {
        than_pair(x, st, m, i);
    }
}

/* "se denunciaron 2.701 delitos, 115 más que en el año anterior; algo
 * más del 4 por ciento": a percentage set after a change in counts, with
 * only a hedge before it, says that change again.  It joins the
 * statement; returns whether it did. */
static bool restates_diff(extractor *x, sentence *st, size_t i)
{
    tok *t = x->t;
    if (st->n_stmts == 0 || !t[i].fig.is_percent || t[i].fig.is_points ||
        t[i].sign != 0)
        return false;
    stmt *p = &st->stmts[st->n_stmts - 1];
    if (p->pct >= 0 || p->diff < 0 || p->dir == 0 || p->pair >= 0)
        return false;
    size_t q = i;
    while (q > p->last + 1 && i - q < 3 && hedge_or_article(&t[q - 1]))
        q--;
    if (q <= p->last + 1 ||
        !(is_punct(&t[q - 1], ',') || is_punct(&t[q - 1], ';')))
        return false;
    for (size_t k = p->last + 1; k + 1 < q; k++)
        if (!(t[k].kind == TK_WORD || t[k].kind == TK_PERIOD) ||
            q - p->last > 12)
            return false;
    p->pct = (int)i;
    p->hedge = ctp_share_hedge_before(x, q, i);
    p->last = i;
    t[i].used = true;
    return true;
}

/* The percentages and changes of a sentence that describe a change. */
static void find_statements(extractor *x, sentence *st)
{
    tok *t = x->t;
    for (size_t i = st->s; i < st->e; i++) {
        if (!free_num(x, i, st->e) || t[i].per >= 0)
            continue;
        stmt m;
        if (!start_statement(x, st, i, &m)) {
            restates_diff(x, st, i);
            continue;
        }
        if (joins_previous(x, st, &m, i))
            continue;
        if (st->n_stmts == MAX_PIECES)
            return;
        t[i].used = true;
        figures_after_statement(x, st, &m, i);
        st->stmts[st->n_stmts++] = m;
    }
}

/* Whether a count is the earlier (-1) or the later (+1) by the words
 * around it: "1,420 last year", "Last year there were 1,420", "1,136 this
 * year", "a year earlier"; 0 when they do not say. */
static int role_cue(const extractor *x, size_t i, size_t s, size_t e)
{
    int r = role_cue_after(x, i, e);
    if (r != 0)
        return r;
    const tok *t = x->t;
    /* "el año pasado sumaron —de enero a marzo— 277": an aside in
     * brackets or dashes right before the count is passed over. */
    size_t top = i;
    if (top > s + 1 && (is_punct(&t[top - 1], ')') ||
                        is_punct(&t[top - 1], '-'))) {
        char open = is_punct(&t[top - 1], ')') ? '(' : '-';
        for (size_t k = top - 1; k-- > s && top - k <= 10;) {
            if (is_punct(&t[k], open)) {
                top = k;
                break;
            }
            if (t[k].kind == TK_NUM && !t[k].label)
                break;
        }
    }
    /* "el año pasado entre enero y junio hubo 42": the months of the
     * period may stand between. */
    for (size_t k = top; k-- > s && top - k <= 8;) {
        if (t[k].kind == TK_NUM || t[k].kind == TK_PUNCT)
            break;
        if (k + 1 < top && (is_word(&t[k], "last") ||
                            is_word(&t[k], "previous")) &&
            is_word(&t[k + 1], "year"))
            return -1;
        /* "este 2013 han sido 24": this year, named */
        if (k + 1 < top && is_word(&t[k], "this") &&
            is_word(&t[k + 1], "year"))
            return 1;
        if (k + 1 < top && t[k + 1].kind == TK_PERIOD &&
            (is_word(&t[k], "this") || is_word(&t[k], "este")))
            return 1;
        /* "the latest figure standing at 369" */
        if (is_word(&t[k], "latest"))
            return 1;
    }
    return 0;
}

/* role_cue from the words after count i only: before a figure compared
 * with, the words are the other figure's ("9 so far this year compared
 * to 21"). */
static int role_cue_after(const extractor *x, size_t i, size_t e)
{
    const tok *t = x->t;
    for (size_t k = i + 1; k < e && k <= i + 10; k++) {
        if (t[k].kind == TK_NUM || t[k].kind == TK_PUNCT ||
            is_word(&t[k], "while"))
            break;
        /* "last year there were 42 and this year 24": after "and", the
         * words are the next figure's. */
        bool next_figure = false;
        for (size_t q = k + 1; q < e && q <= k + 6; q++)
            next_figure |= t[q].kind == TK_NUM;
        if ((is_word(&t[k], "and") || is_word(&t[k], "but") ||
             is_word(&t[k], "whereas")) && next_figure)
            break;
        if (k + 1 < e && (is_word(&t[k], "last") ||
                          is_word(&t[k], "previous")) &&
            is_word(&t[k + 1], "year"))
            return -1;
        if (k + 1 < e && is_word(&t[k], "year") &&
            (is_word(&t[k + 1], "earlier") || is_word(&t[k + 1], "before")))
            return -1;
        if (k + 1 < e && is_word(&t[k], "this") && is_word(&t[k + 1], "year"))
            return 1;
        if (k == i + 1 && (is_word(&t[k], "current") ||
                           is_word(&t[k], "actuales") ||
                           is_word(&t[k], "actual")))
            return 1;
        /* "88 in the latest results" */
        if (is_word(&t[k], "latest"))
            return 1;
    }
    return 0;
}

/* Whether the words before token 'first' (none before 'from') open a
 * clause on what was said before: ", lo que implica", ", which
 * represented", ", representando". */
static bool said_of_before(const tok *t, const sentence *st, size_t from,
                           size_t first)
{
    /* ", representando un aumento": a verb of meaning, as a gerund. */
    static const char *const gerunds[] = {
        "representando", "suponiendo", "significando", "implicando",
        "equivaliendo", "representing", "meaning", "amounting",
        "equating", NULL
    };
    for (size_t k = first; k-- > from && first - k <= 6;) {
        /* ", lo que implica"; ", con lo que supone" */
        if (k + 1 < st->e && is_word(&t[k], "lo") &&
            is_word(&t[k + 1], "than") && k > st->s &&
            (is_punct(&t[k - 1], ',') ||
             (k > st->s + 1 && is_word(&t[k - 1], "con") &&
              is_punct(&t[k - 2], ','))))
            return true;
        /* ", which represented a decrease of 21.20 per cent" */
        if (is_word(&t[k], "which") && k > st->s && is_punct(&t[k - 1], ','))
            return true;
        /* "al pasar de 52 a 196 casos, entre ambos periodos de tiempo, es
         * decir, 272.9 por ciento de aumento" */
        if (k > st->s + 1 && that_is_at(t, k - 1, k + 1) &&
            is_punct(&t[k - 2], ','))
            return true;
        if (t[k].kind == TK_WORD && in_list(t[k].w, gerunds) &&
            k > st->s && is_punct(&t[k - 1], ','))
            return true;
        /* "de 15 pasó a 10 en 2019, para una caída del 50%": "para" and
         * a noun of change, the change the figures make. */
        if (is_word(&t[k], "para") && k > st->s && is_punct(&t[k - 1], ',') &&
            k + 2 < st->e && is_word(&t[k + 1], "a") &&
            ctp_lex_word_direction(&t[k + 2]) != 0)
            return true;
    }
    return false;
}

/* Whether a statement opens with words that refer to the figures
 * before it, the pair being the one figure-pair before it: "disminuyeron
 * de 710 a 660 al comparar el período, entre 2016 y 2017, lo que implica
 * una caída del 10 por ciento" ("lo que" names what was said before, as
 * "which" does). */
static bool refers_back(const extractor *x, const sentence *st,
                        const pair *p, const stmt *m)
{
    const tok *t = x->t;
    if (p->last >= m->first && p->first <= m->last)
        return false;
    for (size_t k = p->last + 1; k < m->first; k++)
        if (t[k].kind == TK_NUM && !t[k].label)
            return false;
    /* "los homicidios (-18,8%), que han pasado de 18 a 13", "una
     * reducción del 11,4%, que se traduce en 19.096 casos": a clause on
     * the same noun, right after the percentage. */
    size_t q = m->last + 1;
    if (q < p->first && is_punct(&t[q], ')'))
        q++;
    if (p->first > m->last && q + 1 < p->first && p->first <= q + 5 &&
        is_punct(&t[q], ',') &&
        (is_word(&t[q + 1], "than") || is_word(&t[q + 1], "that"))) {
        bool words = true;
        for (size_t k = q + 2; k < p->first; k++)
            if (t[k].kind != TK_WORD)
                words = false;
        return words;
    }
    if (p->last >= m->first)
        return false;
    return said_of_before(t, st, p->last + 1, m->first);
}



/* The tokens between a statement and its pair, not counting periods and
 * time words when nothing else stands there. */
static size_t time_gap(const extractor *x, size_t from, size_t to,
                       size_t gap)
{
    for (size_t k = from; k < to; k++) {
        const tok *t = &x->t[k];
        /* "increased from 73 to 105 between 2015 and 2016, a jump of":
         * the span of two periods */
        if (k + 3 < to && (is_word(t, "between") || is_word(t, "entre")) &&
            x->t[k + 1].kind == TK_PERIOD && is_word(&x->t[k + 2], "and") &&
            x->t[k + 3].kind == TK_PERIOD) {
            k += 3;
            continue;
        }
        /* "los primeros siete meses": a number in words counts a span */
        if (!(t->kind == TK_PERIOD || is_punct(t, ',') || is_punct(t, '-') ||
              (t->kind == TK_WORD && (in_list(t->w, gap_time_words) ||
                                      ctp_lex_count_of(t) > 0))))
            return gap;
    }
    return 0;
}

/* "P% lower/higher than ...": the percentage names what it is compared
 * with after "than", so figures before it are not its own on nearness
 * ("increased from 52,091 to 54,226, though this remains 58 per cent
 * lower than in 2006-07"). */
static bool than_after(const extractor *x, const stmt *m, size_t e)
{
    for (size_t k = m->first; k < e && k <= m->last + 2; k++)
        /* "a rise of less than one per cent": a bound, no comparison */
        if (is_word(&x->t[k], "than") &&
            !(m->pct >= 0 && k + 1 == (size_t)m->pct && k > 0 &&
              (is_word(&x->t[k - 1], "less") ||
               is_word(&x->t[k - 1], "more") ||
               is_word(&x->t[k - 1], "fewer"))))
            return true;
    return false;
}

/* How far pair 'p' stands from statement 'm', in tokens: what lies
 * between, with "and" after the figures counting as a new clause and
 * time words after the statement not counting at all. */
/* The tokens of a source named in an aside from token k up to 'to': ",
 * según el Sistema de Información ... (Sisc)," or ", according to the
 * ONS,", commas included; 0 when none stands there. */
static size_t attribution_at(const tok *t, size_t k, size_t to)
{
    if (!(k + 2 < to && is_punct(&t[k], ',') &&
          (is_word(&t[k + 1], "según") || is_word(&t[k + 1], "according"))))
        return 0;
    for (size_t q = k + 2; q < to && q <= k + 20; q++) {
        if (t[q].kind == TK_NUM || t[q].kind == TK_BREAK)
            return 0;
        if (is_punct(&t[q], ','))
            return q - k;
    }
    return 0;
}

static size_t pair_gap(const extractor *x, const stmt *m, const pair *p)
{
    size_t gap = p->first > m->last ? p->first - m->last - 1
                 : m->first > p->last ? m->first - p->last - 1
                                      : 0;
    /* "la reducción llegó al 4,1%, según el Sistema de Información ...
     * (Sisc), ya que ... 375 asesinatos, contra los 389": who gave the
     * figure stands between it and its reason, and is no distance. */
    if (p->first > m->last)
        gap -= attribution_at(x->t, m->last + 1, p->first);
    /* "aumentaron 20.56 por ciento en Jalisco respecto al mismo periodo
     * de 2018, pues el registro pasó de 1 mil 237 ... a 1 mil 492": the
     * figures given as the reason for the change, no other figure
     * between. */
    if (p->first > m->last && p->first - m->last <= 24) {
        size_t r = 0;
        bool clear = true;
        for (size_t k = m->last + 1; k < p->first; k++) {
            const tok *w = &x->t[k];
            clear &= w->kind != TK_NUM && w->kind != TK_BREAK;
            if (reason_at(x->t, k, p->first))
                r = k;
        }
        if (clear && r > 0 && p->first - r <= 5)
            gap = 1;
    }
    /* "caen un 5,1% ..., de 59 a 56, y los daños se reducen en un 7,6%",
     * "rose to 204 from 186, but fell 39 per cent on 2007": "and" or
     * "but" after the figures opens a new clause, so the figures are the
     * earlier statement's. */
    if (m->first > p->last)
        for (size_t k = p->last + 1; k < m->first; k++)
            if (is_word(&x->t[k], "and") || is_word(&x->t[k], "but")) {
                gap += 8;
                break;
            }
    if (p->first > m->last)
        gap = time_gap(x, m->last + 1, p->first, gap);
    /* "compared to 75 for the same period the year before - an increase
     * of 25%": the words that date the figures before it do not count
     * either. */
    else if (m->first > p->last)
        gap = time_gap(x, p->last + 1, m->first, gap);
    /* "casi se duplicaron, al pasar de 45 a 80 (un 77,8% más)": a
     * figure beside the pair is its claim before a change in words. */
    if (m->pct >= 0 && x->t[m->pct].words &&
        !(p->first > m->last && p->first <= m->last + 1) &&
        !(p->first <= (size_t)m->pct && p->last > (size_t)m->pct))
        gap += 3;  /* but "doubled to 4,387 from 2,845" is its own */
    /* "pasando de 1.417 a 884, (un 36,9% menos)": a comma before the
     * bracket is no more than the bracket. */
    if (m->first == p->last + 3 && is_punct(&x->t[p->last + 1], ',') &&
        is_punct(&x->t[p->last + 2], '('))
        gap = 1;
    /* "Apía de 9 a 1 caso, equivalente a un -89%, Mistrató de 4 a 0
     * casos, con un -100%": words that link a figure to the pair before
     * it bind it there. */
    static const char *const linking[] = {
        "equivalente", "equivale", "is", "es", "decir", "con", "with",
        "to", "a", "that", "than", "which", "representa", "represents",
        "caso", "casos", "cases", NULL
    };
    if (m->first > p->last && m->first <= p->last + 6) {
        bool linked = false, only = true;
        for (size_t k = p->last + 1; only && k < m->first; k++) {
            const tok *w = &x->t[k];
            only = is_punct(w, ',') ||
                   (w->kind == TK_WORD && in_list(w->w, linking));
            linked |= w->kind == TK_WORD && !is_word(w, "caso") &&
                      !is_word(w, "casos") && !is_word(w, "cases");
        }
        if (only && linked)
            gap = 0;
    }
    return gap;
}


/* Whether statement o, a figure, says again the change in words of w
 * just before it: a comma, a few words among which one says so
 * ("sumando", "lo que representa"), nothing that opens another clause. */
static bool words_restated(const tok *t, const stmt *w, const stmt *o)
{
    if (o->pct < 0 || t[o->pct].words ||
        (o->dir != 0 && w->dir != 0 && o->dir != w->dir) ||
        o->first <= w->last || o->first > w->last + 10)
        return false;
    bool comma = false, says = false;
    for (size_t k = w->last + 1; k < o->first; k++) {
        /* "had almost halved – down 45%": a dash as a comma */
        if (is_punct(&t[k], ',') || is_punct(&t[k], '-')) {
            comma = true;
            continue;
        }
        /* "almost doubled in 2010, up by 97pc": its date may stand
         * between */
        if (t[k].kind == TK_PERIOD)
            continue;
        if (t[k].kind != TK_WORD || is_word(&t[k], "and") ||
            is_clause_while(&t[k]))
            return false;
        size_t len = strlen(t[k].w);
        /* "went up by a fifth, or 19 per cent, to 1.2 million" */
        says |= in_list(t[k].w, restating_words) ||
                (len > 4 && strcmp(t[k].w + len - 3, "ndo") == 0) ||
                (is_word(&t[k], "or") && k + 1 == o->first);
    }
    /* "halved in that timespan, dropped by 63%": the figure's own verb,
     * the same way, right after the comma. */
    int wdir = w->dir != 0 ? w->dir : t[w->pct].sign;
    bool again = wdir != 0 && ctp_lex_word_direction(&t[o->first]) == wdir &&
                 o->first <= w->last + 6;
    return comma && ((says && o->pair < 0) || again);
}

/* Whether count d is the difference between the figures of pair p. */
static bool diff_of_pair(const tok *t, const pair *p, int d)
{
    const ct_claim_figure *a = &t[p->a].fig, *b = &t[p->b].fig,
                          *f = &t[d].fig;
    if (!a->is_exact || !b->is_exact || !f->is_exact ||
        a->value.scale != 0 || b->value.scale != 0 || f->value.scale != 0 ||
        a->exp10 != 0 || b->exp10 != 0 || f->exp10 != 0)
        return false;
    int64_t diff = b->value.digits - a->value.digits;
    return (diff < 0 ? -diff : diff) == f->value.digits;
}

/* Whether the words from token 'from' up to 'to' are at most 'most' words
 * closed by a comma right before 'to'. */
static bool comma_closes(const tok *t, size_t from, size_t to, size_t most)
{
    if (to <= from || to - from > most + 1 || !is_punct(&t[to - 1], ','))
        return false;
    for (size_t k = from; k + 1 < to; k++)
        if (t[k].kind != TK_WORD && t[k].kind != TK_PERIOD)
            return false;
    return true;
}

/* "Casi duplicó la cifra de asesinatos, pasando de 13 en 2022 a 25":
 * after the words of a change, only the words naming what changed, a
 * comma and a verb of passing before its pair. */
static bool words_then_passing(const tok *t, size_t last, const pair *p)
{
    if (!p->thereby || p->first <= last + 1 || p->first > last + 9)
        return false;
    for (size_t k = last + 1; k < p->first; k++)
        if (!(t[k].kind == TK_WORD || is_punct(&t[k], ',')))
            return false;
    return true;
}

/* A change in words left with no figures, beside figures another
 * statement took, said the same change in words: "casi se duplicaron,
 * al pasar de 45 a 80 (un 77,8% más)" is one claim, the 77,8%. */
static void drop_words_beside(extractor *x, sentence *st)
{
    for (size_t i = 0; i < st->n_stmts; i++) {
        stmt *w = &st->stmts[i];
        /* "rose more than a quarter from 1,020 to 1,302 – an increase of
         * over 27%": the figure right after the words' own pair, set off
         * by a dash or a comma, says the change again; it takes the
         * pair. */
        if (w->pct >= 0 && x->t[w->pct].words && w->pair >= 0 &&
            i + 1 < st->n_stmts) {
            stmt *o = &st->stmts[i + 1];
            const pair *p = &st->pairs[w->pair];
            const tok *t = x->t;
            /* "se duplicaron los delitos (de 98 a 189), para un 92% de
             * crecimiento"; "de 38 en 2012 a 55 este año pasado, lo que
             * representa una diferencia del 44,74%": past a bracket or
             * a few words naming the time, and words that say it again. */
            size_t k = p->last + 1;
            if (k < o->first && is_punct(&t[k], ')'))
                k++;
            for (size_t words = 0; words < 3 && k < o->first &&
                                   t[k].kind == TK_WORD;
                 words++)
                k++;
            size_t reach = k + 5;
            for (size_t q = k + 1; q < o->first && q <= k + 8 &&
                                   t[q].kind == TK_WORD;
                 q++)
                if (in_list(t[q].w, restating_words))
                    reach = k + 9;
            /* "se han duplicado, al pasar de los 246 ... a los 493 con
             * que se ha cerrado el pasado ejercicio, 247 más que suponen
             * un aumento del 100%": the difference of the pair itself,
             * after the comma that closes the pair's clause, ties the
             * figure after it to the pair however long the clause. */
            stmt *own_diff = NULL;
            if (o->pct < 0 && o->diff >= 0 && i + 2 < st->n_stmts &&
                diff_of_pair(t, p, o->diff) &&
                comma_closes(t, p->last + 1, o->first, 12) &&
                st->stmts[i + 2].first <= o->last + 4) {
                own_diff = o;
                o = &st->stmts[i + 2];
            }
            /* "se triplicó ... al pasar de las ocho ... a las 27
             * investigadas en las islas ... entre enero y marzo (+237%)":
             * the figure in brackets that closes the sentence, only the
             * words naming where and when before it. */
            bool closing = false;
            if (o->pct >= 0 && o->first > k && o->first <= k + 16 &&
                is_punct(&t[o->first - 1], '(') && o->last + 1 < st->e &&
                is_punct(&t[o->last + 1], ')') && o->last + 2 >= st->e) {
                closing = true;
                for (size_t q = p->last + 1; q + 1 < o->first; q++)
                    if (t[q].kind != TK_WORD && t[q].kind != TK_PERIOD)
                        closing = false;
            }
            if (o->pct >= 0 && !t[o->pct].words && o->pair < 0 &&
                o->to_b < 0 && o->from_a < 0 &&
                (o->dir == 0 || o->dir == w->dir) &&
                o->diff < 0 &&
                ((k < o->first &&
                  (is_punct(&t[k], '-') || is_punct(&t[k], ',')) &&
                  o->first <= reach) || own_diff != NULL || closing)) {
                if (own_diff != NULL)
                    own_diff->absorbed = true;
                o->pair = w->pair;
                o->loose = p->guessed;
                w->pair = -1;
                w->absorbed = true;
                continue;
            }
        }
        /* "casi se duplicaron con respecto al año anterior, sumando 41%
         * más que en 2020", "fell by almost a quarter to 82 ..., which
         * represents a 23.4% reduction": a figure right after, with a word
         * that says it again, is the claim; the words only say it
         * roughly. */
        if (w->pct >= 0 && x->t[w->pct].words && w->pair < 0 &&
            w->from_a < 0 && i + 1 < st->n_stmts &&
            words_restated(x->t, w, &st->stmts[i + 1])) {
            w->absorbed = true;
            continue;
        }
        if (w->pct < 0 || !x->t[w->pct].words || w->pair >= 0 ||
            w->from_a >= 0 || w->to_b >= 0)
            continue;
        for (size_t j = 0; j < st->n_stmts; j++) {
            const stmt *o = &st->stmts[j];
            /* "se redujeron un tercio (un 33%) al pasar de 232 a 155":
             * the figure right after the words, or its pair, is there. */
            if (j != i && o->pair >= 0 && o->pct >= 0 &&
                ((o->first > w->last && o->first <= w->last + 3) ||
                 (st->pairs[o->pair].first > w->last &&
                  st->pairs[o->pair].first <= w->last + 4) ||
                 words_then_passing(x->t, w->last, &st->pairs[o->pair])))
                w->absorbed = true;
            /* "un 100% –de 2 a 4-, el doble.": the figure and its pair
             * right before, set off by a comma. */
            size_t end = j != i && o->pair >= 0 && o->pct >= 0
                             ? (st->pairs[o->pair].last > o->last
                                    ? st->pairs[o->pair].last : o->last)
                             : 0;
            if (end > 0 && w->first > end && w->first <= end + 4) {
                bool comma = false;
                for (size_t k = end + 1; k < w->first; k++)
                    comma |= is_punct(&x->t[k], ',');
                if (comma)
                    w->absorbed = true;
            }
        }
    }
}

/* Whether number k is a length of time: "diez meses", "12 months". */
static bool duration_at(const tok *t, size_t k, size_t e)
{
    static const char *const units[] = {
        "días", "semanas", "meses", "años", "days", "weeks", "months",
        "years", NULL
    };
    return k + 1 < e && t[k + 1].kind == TK_WORD && in_list(t[k + 1].w, units);
}


/* "a decline of 50% in the number of vehicles stolen from its members in
 * the last five years, from 2,293 in 1995 to 1,119 last year": after the
 * percentage, "in" and words naming what changed, then a comma and "from
 * A to B".  Nothing else is said between, so the figures are the ones
 * the change is of, however many words name it. */
static bool named_then_from(const extractor *x, const stmt *m,
                            const pair *p)
{
    static const char *const clauses[] = {
        "and", "but", "while", "whereas", "which", "that", "who", "where",
        "when", "as", "because", "although", "though", NULL
    };
    const tok *t = x->t;
    size_t q = m->last + 1;
    /* "rose 13% to their highest level since 1971, from 11,902 to
     * 12,487": a level said in words, "to", names no other figure. */
    /* "a 90 percent increase for the period between Jan. 1 and April 10,
     * from 94 in 2012 to 176": the span the change covers, its days and
     * the "and" of "between", stand there too. */
    if (p->first <= q + 2 || p->first > q + 24 ||
        !is_word(&t[p->first], "from") || !is_punct(&t[p->first - 1], ',') ||
        !(is_word(&t[q], "in") || is_word(&t[q], "to") ||
          is_word(&t[q], "for") || is_word(&t[q], "during")))
        return false;
    bool between = false;
    for (size_t k = q + 1; k + 1 < p->first; k++) {
        between |= is_word(&t[k], "between");
        if (!(t[k].kind == TK_PERIOD ||
              (t[k].kind == TK_NUM && t[k].label) ||
              (between && is_word(&t[k], "and")) ||
              (t[k].kind == TK_WORD && !in_list(t[k].w, clauses) &&
               ctp_lex_word_direction(&t[k]) == 0)))
            return false;
    }
    return true;
}

/* Whether a statement other than i opens after i and before token
 * 'end': the figures there are nearer to it. */
static bool stmt_opens_before(const sentence *st, size_t i, size_t end)
{
    for (size_t k = 0; k < st->n_stmts; k++)
        if (k != i && st->stmts[k].first > st->stmts[i].last &&
            st->stmts[k].first < end)
            return true;
    return false;
}

/* Whether pair p, "al pasar de A a B", comes after statement i with no
 * other statement between: the words say the change came about by it. */
static bool thereby_after(const extractor *x, const sentence *st, size_t i,
                          const pair *p)
{
    const stmt *m = &st->stmts[i];
    if (!p->thereby || p->first < m->last)
        return false;
    /* "un incremento del 133,3%, mientras que en la capital ... al pasar
     * de 1 a 12": "mientras" opens a clause on something else. */
    for (size_t k = m->last + 1; k < p->first; k++)
        if (is_clause_while(&x->t[k]))
            return false;
    /* "un 4,1 por ciento menos, y la de hurtos, un 6,4 al pasar de": a
     * figure between is the one the figures go with; a length of time
     * ("los primeros diez meses de 2019") is not. */
    for (size_t k = m->last + 1; k < p->first; k++)
        if (x->t[k].kind == TK_NUM && !x->t[k].label &&
            !duration_at(x->t, k, p->first))
            return false;
    return !stmt_opens_before(st, i, p->first);
}

/* "se ha duplicado en la última década: de las 882 personas de 2013
 * hasta las 1.490 de 2023": a colon after the change opens its figures,
 * with no other figure or statement between; a dash too. */
static bool colon_then_pair(const extractor *x, const sentence *st,
                            size_t i, const pair *p)
{
    const tok *t = x->t;
    const stmt *m = &st->stmts[i];
    if (p->first <= m->last + 1)
        return false;
    /* "doubled last year's year-on-year figures — 213 against 100": a
     * dash does the same for figures with no verb of their own. */
    bool dash = is_punct(&t[p->first - 1], '-') && p->dir == 0;
    /* ": de 804 casos ..., se pasó a 2.125": "from" after the colon */
    size_t opens = p->first;
    if (opens > m->last + 2 && (is_word(&t[opens - 1], "from") ||
                                is_word(&t[opens - 1], "of")))
        opens--;
    if (!is_punct(&t[opens - 1], ':') && !dash)
        return false;
    for (size_t k = m->last + 1; k + 1 < opens; k++) {
        /* a hyphen inside a word ("year-on-year") is no mark */
        bool joined = is_punct(&t[k], '-') && t[k].off > 0 &&
                      t[k].off == t[k - 1].end;
        if ((t[k].kind == TK_NUM && !t[k].label) ||
            (t[k].kind == TK_PUNCT && !is_punct(&t[k], ',') && !joined))
            return false;
    }
    return !stmt_opens_before(st, i, p->first);
}

/* "se han multiplicado por dos los delitos por tráfico de drogas, que
 * suben de cuatro en 2019 hasta los doce de 2020": the words after the
 * change name what changed, and a relative clause on them gives its
 * figures, its verb going the same way. */
static bool relative_pair(const extractor *x, const stmt *m, const pair *p)
{
    const tok *t = x->t;
    size_t f = p->first;
    /* "la reducción de un 5,5 % en el total de delitos denunciados, que
     * pasaron de 225.316 en 2024 a 213.307 en 2025": a verb of passing,
     * "from" and "to", says the order as a verb of rising does. */
    bool from_to = is_word(&t[f], "from");
    if ((p->dir == 0 && !from_to) || (m->dir != 0 && p->dir != 0 &&
                                      p->dir != m->dir) ||
        f < m->last + 3 || f > m->last + 12 ||
        !(is_word(&t[f - 1], "that") || is_word(&t[f - 1], "which") ||
          is_word(&t[f - 1], "que") ||
          /* the relative "que" the cues read "than" */
          (is_word(&t[f - 1], "than") && from_to &&
           ctp_claim_starts_word(x->s + t[f - 1].off, 3, "que"))) ||
        !is_punct(&t[f - 2], ','))
        return false;
    for (size_t k = m->last + 1; k + 2 < f; k++)
        if (t[k].kind != TK_WORD || ctp_lex_word_direction(&t[k]) != 0 ||
            is_clause_while(&t[k]))
            return false;
    return true;
}

/* "pasó de 70 denuncias en noviembre a 80 en diciembre con un aumento
 * del 3.61 por ciento": right after the pair, "with" and the noun of its
 * change. */
static bool pair_then_with(const extractor *x, const stmt *m, const pair *p)
{
    const tok *t = x->t;
    size_t k = p->last + 1;
    if (k + 1 < m->first && is_word(&t[k], "in") &&
        (t[k + 1].kind == TK_PERIOD ||
         (t[k + 1].kind == TK_WORD &&
          in_list(t[k + 1].w, ctp_lex_month_names))))
        k += 2;  /* "a 80 en diciembre" */
    /* "reached 403 during 2018 as compared to 427 in 2017, showing 24 %
     * decrease": a verb of showing after the comma does what "with"
     * does. */
    static const char *const showing[] = {
        "con", "with", "showing", "reflecting", "indicating", NULL
    };
    if (k < m->first && is_punct(&t[k], ','))
        k++;
    if (m->first < k || m->first > k + 4 || t[k].kind != TK_WORD ||
        !in_list(t[k].w, showing))
        return false;
    for (size_t q = k + 1; q < m->first; q++)
        if (t[q].kind != TK_WORD || is_clause_while(&t[q]))
            return false;
    return true;
}

/* "a 13.7 percent increase in arrests for robbery last year, with 63,
 * compared to 58 in 2006": the statement, a few words naming what and
 * when, then ", with" and the pair. */
/* "an 8.3 per cent drop in crimes involving violence without injury,
 * which were down from 5,331 to 4,920": so too ", which" and a few
 * words before the pair. */
static bool with_then_pair(const extractor *x, const stmt *m, const pair *p)
{
    const tok *t = x->t;
    if (p->first <= m->last + 2 || p->first > m->last + 14)
        return false;
    /* "a six percent increase in crimes such as robbery, registering
     * 1 197 cases this year against last year's 1 076": a verb of
     * counting does what "with" does ("more than doubled its arrests in
     * 2017, making 1,028 arrests compared to 719 in 2016"). */
    static const char *const counting[] = {
        "registering", "recording", "making", "totalling", "with", NULL
    };
    size_t k = p->first;
    while (k > m->last + 1 && p->first - k < 4 && t[k - 1].kind == TK_WORD &&
           !in_list(t[k - 1].w, counting) && !is_word(&t[k - 1], "which"))
        k--;
    if (k < m->last + 3 ||
        !(in_list(t[k - 1].w, counting) ||
          (is_word(&t[k - 1], "which") && k < p->first)) ||
        !is_punct(&t[k - 2], ','))
        return false;
    for (size_t q = m->last + 1; q + 2 < k; q++)
        if ((t[q].kind != TK_WORD && t[q].kind != TK_PERIOD) ||
            is_clause_while(&t[q]))
            return false;
    return true;
}

/* Whether words tie statement i to pair p, however far apart they
 * stand. */
/* "100 incidents ... were reported, compared to 75 for the same period
 * the year before (an increase of 25% in calls)": a bracket that opens
 * after the pair's words, with the statement first in it, says the
 * pair's change. */
static bool bracket_after_pair(const extractor *x, const stmt *m,
                               const pair *p)
{
    const tok *t = x->t;
    size_t k = p->last + 1;
    while (k < m->first && (t[k].kind == TK_WORD || t[k].kind == TK_PERIOD))
        k++;
    if (k >= m->first || !is_punct(&t[k], '(') || k > p->last + 12)
        return false;
    for (size_t q = k + 1; q < m->first; q++)
        if (t[q].kind != TK_WORD)
            return false;
    return m->first <= k + 3;
}

/* "aumentaron un 6,2 por ciento con respecto al año anterior, de manera
 * que se registraron 1.799 denuncias frente a 1.695", "rose 6.2%, so
 * that 1,799 were recorded against 1,695": "so that" after the change
 * opens the figures it follows from, with no other figure between. */
static bool so_that_pair(const extractor *x, const stmt *m, const pair *p)
{
    const tok *t = x->t;
    if (p->first <= m->last)
        return false;
    bool so = false;
    for (size_t k = m->last + 1; k < p->first; k++) {
        if (t[k].kind == TK_NUM || is_clause_while(&t[k]))
            return false;
        so |= is_word(&t[k], "so") && is_word(&t[k + 1], "that");
    }
    return so;
}

/* After the pair and the words naming its period, a dash or a comma,
 * then the change that sums the pair up: "a" and its percentage with a
 * word of change ("277 calls ..., compared to 382 received one month ago
 * on a similar weekend -- a 28% reduction"), or "meaning", the words of
 * what changed and the change ("up from 63 the previous year to 109 –
 * meaning the number of victims nearly doubled"). */
static bool summed_up_after_pair(const extractor *x, const stmt *m,
                                 const pair *p)
{
    const tok *t = x->t;
    if (m->pct < 0 || m->first <= p->last + 1 || m->first > p->last + 14)
        return false;
    size_t k = p->last + 1;
    while (k < m->first && (t[k].kind == TK_WORD || t[k].kind == TK_PERIOD) &&
           !is_clause_while(&t[k]))
        k++;
    if (!(k < m->first && (is_punct(&t[k], '-') || is_punct(&t[k], ','))))
        return false;
    while (k + 1 < m->first && is_punct(&t[k + 1], '-'))
        k++;  /* "--" */
    k++;
    if (k == m->first && (is_word(&t[k], "a") || is_word(&t[k], "an"))) {
        size_t q = (size_t)m->pct + 1;
        return (q < x->n_t && ctp_lex_word_direction(&t[q]) != 0) ||
               ctp_lex_word_direction(&t[m->pct - 1]) != 0;
    }
    if (!word_at(x, k, m->first, "meaning"))
        return false;
    for (k++; k < m->first; k++)
        if (t[k].kind != TK_WORD || ctp_lex_word_direction(&t[k]) != 0)
            return false;
    return true;
}

/* "un 22,1% más de infracciones ... que en el mismo periodo del pasado
 * año, hasta alcanzar un total de 4.129 frente a las 3.388": after the
 * change and the words of its period, a comma and "to reach" its level,
 * set against the one before. */
static bool reaching_pair(const extractor *x, const stmt *m, const pair *p)
{
    static const char *const reach[] = {
        "alcanzar", "alcanzando", "reach", "reaching", NULL
    };
    const tok *t = x->t;
    size_t f = p->first;
    if (m->pct < 0 || f <= m->last + 2 || f > m->last + 24)
        return false;
    size_t k = f;
    if (k >= 3 && is_word(&t[k - 1], "of") && is_word(&t[k - 2], "total") &&
        is_word(&t[k - 3], "a"))
        k -= 3;
    else if (k >= 1 && is_word(&t[k - 1], "the"))
        k--;
    /* "hasta alcanzar" is read "to" */
    if (!(k >= 2 && t[k - 1].kind == TK_WORD &&
          (in_list(t[k - 1].w, reach) || is_word(&t[k - 1], "to"))))
        return false;
    k--;
    if (is_word(&t[k - 1], "to"))
        k--;
    if (!is_punct(&t[k - 1], ','))
        return false;
    for (size_t q = m->last + 1; q + 1 < k; q++)
        if (!(t[q].kind == TK_WORD || t[q].kind == TK_PERIOD) ||
            is_clause_while(&t[q]))
            return false;
    return true;
}

static bool tied_by_words(const extractor *x, const sentence *st, size_t i,
                          const pair *p)
{
    return refers_back(x, st, p, &st->stmts[i]) ||
           reaching_pair(x, &st->stmts[i], p) ||
           summed_up_after_pair(x, &st->stmts[i], p) ||
           so_that_pair(x, &st->stmts[i], p) ||
           bracket_after_pair(x, &st->stmts[i], p) ||
           thereby_after(x, st, i, p) ||
           named_then_from(x, &st->stmts[i], p) ||
           colon_then_pair(x, st, i, p) ||
           relative_pair(x, &st->stmts[i], p) ||
           pair_then_with(x, &st->stmts[i], p) ||
           with_then_pair(x, &st->stmts[i], p);
}

/* The last percentage (not in points) before token i, or -1. */
static int level_pct_before(const tok *t, size_t s, size_t i)
{
    for (size_t q = i; q-- > s;)
        if (t[q].kind == TK_NUM && t[q].fig.is_percent && !t[q].fig.is_points)
            return (int)q;
    return -1;
}

/* "del 4,2 por ciento ..., dos puntos menos que la subida del primer
 * trimestre (6,3 por ciento)", "un incremento del 25,4%, esto es, 8,3
 * puntos menos que en todo el territorio valenciano": a change in points
 * "fewer/more than" compares the percentage before it with the one after
 * "than" (within a few words, brackets allowed), or, when none is named
 * there, with the other percentage of the sentence before it, which only
 * nearness gives.  The pair runs from that one to the percentage before
 * the points. */
static void match_points_than(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = 0; i < st->n_stmts && st->n_pairs < MAX_PIECES; i++) {
        stmt *m = &st->stmts[i];
        if (m->pct < 0 || !t[m->pct].fig.is_points || m->pair >= 0)
            continue;
        size_t k = m->last;
        if (!(t[k].kind == TK_WORD &&
              in_list(t[k].w, ctp_finder_comparative_words)))
            k++;
        if (!(k + 1 < e && t[k].kind == TK_WORD &&
              in_list(t[k].w, ctp_finder_comparative_words) &&
              is_word(&t[k + 1], "than")))
            continue;
        int a = level_pct_before(t, s, (size_t)m->pct), b = -1;
        if (a < 0)
            continue;
        bool named = false;
        for (size_t q = k + 2; q < e && q < k + 12; q++) {
            if (t[q].kind == TK_NUM) {
                if (t[q].fig.is_percent && !t[q].fig.is_points)
                    b = (int)q, named = true;
                break;
            }
        }
        if (b < 0)
            b = level_pct_before(t, s, (size_t)a);
        if (b < 0)
            continue;
        add_pair(x, st, (size_t)b, (size_t)a, m->first, m->last, 0);
        st->pairs[st->n_pairs - 1].claimed = true;
        m->pair = (int)(st->n_pairs - 1);
        m->loose = !named;
    }
}

/* Whether a comma stands in tokens (a, b). */
static bool comma_between(const tok *t, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++)
        if (is_punct(&t[k], ','))
            return true;
    return false;
}

/* Whether a free pair ends right before statement m, only a dash or a
 * comma between: "fell from 904 to 633 — a 30 per cent decrease — and
 * in Southwark from 771 to 660" gives the 30% the figures before it,
 * never the next place's after it. */
static bool pair_just_before(const extractor *x, const sentence *st,
                             const stmt *m)
{
    for (size_t j = 0; j < st->n_pairs; j++) {
        const pair *p = &st->pairs[j];
        if (p->claimed || p->last >= m->first || m->first - p->last > 2)
            continue;
        if (m->first - p->last == 1 || is_punct(&x->t[p->last + 1], '-') ||
            is_punct(&x->t[p->last + 1], ','))
            return true;
    }
    return false;
}

/* "un 13,8 % en Gran Canaria (de 9.710 a 8.370)": a pair in brackets
 * a few words (a place) after a statement is its own, before any nearer
 * pair of the list is looked at: the bracket ties it. */
static void match_bracketed_after(const extractor *x, sentence *st)
{
    const tok *t = x->t;
    for (size_t i = 0; i < st->n_stmts; i++) {
        stmt *m = &st->stmts[i];
        /* "107.769 robos en 2023 frente a 128.477 en 2024, un aumento del
         * 18% en la tasa cada 100.000 habitantes (de 597 a 706)": the
         * rate named after the change is what the bracket's pair gives,
         * not the counts before. */
        bool rate_named = false;
        for (size_t k = m->last + 1; m->pct >= 0 && k < st->e &&
                                     k <= m->last + 4 &&
                                     t[k].kind == TK_WORD;
             k++)
            rate_named |= ctp_lex_is_rate_word(&t[k]);
        if (m->pct < 0 || m->pair >= 0 || m->to_b >= 0 || m->from_a >= 0 ||
            (pair_just_before(x, st, m) && !rate_named))
            continue;
        for (size_t j = 0; j < st->n_pairs; j++) {
            pair *p = &st->pairs[j];
            if (p->first <= m->last || p->first > m->last + 15 ||
                (p->claimed && !rate_named))
                continue;
            /* Words of what changed, a number among them ("a 12%
             * increase in defilement of a child under 17 (677 to
             * 800)"). */
            size_t k = m->last + 1;
            /* "y mayor –del 37,6%- en el caso de ...": the dash that
             * closes the figure. */
            if (k < p->first && is_punct(&t[k], '-'))
                k++;
            /* A verb of change between starts a change of its own ("fell
             * by 5.8 per cent and homicides fell from 84 to 72"). */
            while (k < p->first && ctp_lex_word_direction(&t[k]) == 0 &&
                   (t[k].kind == TK_WORD ||
                    /* "los robos con fuerza en domicilios,
                     * establecimientos y otras instalaciones (de 1.045
                     * a 968)" */
                    (is_punct(&t[k], ',') && k + 1 < p->first &&
                     t[k + 1].kind == TK_WORD) ||
                    (t[k].kind == TK_NUM && !t[k].fig.is_percent &&
                     k > m->last + 1 && t[k - 1].kind == TK_WORD)))
                k++;
            /* ... or "a nine per cent rise in sexual offences from 721 to
             * 778, a 20 per cent drop ...": its own "from" after the
             * words of what changed, before the next statement's pair. */
            bool from = k == p->first && is_word(&t[k], "from") &&
                        k <= m->last + 5 && !comma_between(t, m->last, k);
            /* "— a 30 per cent decrease — and in Southwark from 771 to
             * 660, a 13 per cent fall": "and" opens the next place's
             * change. */
            for (size_t q = m->last + 1; from && q < k; q++)
                from = !is_join(&t[q]);
            /* "(que pasan de 245 a 337)": a word or two inside the
             * bracket before the pair. */
            bool bracket = k < p->first && is_punct(&t[k], '(') &&
                           p->first <= k + 3;
            for (size_t q = k + 1; bracket && q < p->first; q++)
                bracket = t[q].kind == TK_WORD &&
                          ctp_lex_word_direction(&t[q]) == 0;
            /* "a decrease of 15% in the number robberies in the county –
             * down from 434 to 375": a dash, and the pair says the same
             * way. */
            bool dash = k + 1 == p->first && is_punct(&t[k], '-') &&
                        p->dir != 0 && (m->dir == 0 || p->dir == m->dir);
            if (!((k == p->first && is_punct(&t[k], '(')) || bracket ||
                  from || dash))
                continue;
            m->pair = (int)j;
            p->claimed = true;
            break;
        }
    }
}

/* "caen de 107 a 74 en la provincia (30% menos) y de 33 a 19 en la
 * capital (42% menos)": a statement that opens a bracket after a pair's
 * words (bracket_after_pair) says that pair's change, however near the
 * next place's pair stands. */
static void match_bracket_after_pair(const extractor *x, sentence *st)
{
    for (size_t i = 0; i < st->n_stmts; i++) {
        stmt *m = &st->stmts[i];
        if (m->pct < 0 || m->pair >= 0 || m->to_b >= 0 || m->from_a >= 0)
            continue;
        for (size_t j = 0; j < st->n_pairs; j++) {
            pair *p = &st->pairs[j];
            if (!p->claimed && p->last < m->first &&
                bracket_after_pair(x, m, p)) {
                m->pair = (int)j;
                p->claimed = true;
                break;
            }
        }
    }
}

/* Whether a word that names a part of what the figures count stands in
 * tokens [from, to): "fallen from 10,467 offences ... to 9,864 last
 * year, including a 10.4 per cent reduction in house burglaries" is a
 * change of the part, not of the pair. */
static bool part_named_between(const tok *t, size_t from, size_t to)
{
    static const char *const parts[] = {
        "including", "includes", "included", "among", "incluidos",
        "incluidas", "incluyendo", NULL
    };
    for (size_t k = from; k < to; k++)
        if (t[k].kind == TK_WORD && in_list(t[k].w, parts))
            return true;
    return false;
}

/* Whether a clause of its own, a conjunction and then a verb of change,
 * stands in tokens [from, to): "decreased by 5.8 per cent and homicides
 * fell from 84 to 72" gives the pair its own change. */
static bool clause_between(const tok *t, size_t from, size_t to)
{
    static const char *const joins[] = {
        "and", "but", "while", "whereas", "y", "pero", "mientras", "so",
        /* "por lo que el número de víctimas también bajó de 233 a 200" */
        "que", "also", "también", NULL
    };
    bool joined = false;
    for (size_t k = from; k < to; k++) {
        if (t[k].kind == TK_NUM)
            return false;
        if (t[k].kind == TK_WORD && in_list(t[k].w, joins))
            joined = true;
        else if (joined && ctp_lex_word_direction(&t[k]) != 0)
            return true;
    }
    return false;
}

/* "tres puntos por encima de la media nacional, ..., al registrarse
 * 8.622 infracciones penales frente a las 7.773": a change in points is
 * a gap between two percentages or rates, never between two counts.  A
 * whole figure up to 100 may be a rate printed bare ("la tasa de
 * esclarecimiento subió de 40 a 43, tres puntos más"); above it, with
 * no base and no decimals, it is a count. */
/* "los delitos de odio ya habían aumentado un 15% en 2021 pero la curva
 * ascendente continúa imparable, al pasar de 277 casos a 435 incidentes
 * en 2022": a change dated one year is not the change of a pair whose
 * later figure is dated another. */
static bool dated_apart_from_pair(const extractor *x, size_t e,
                                  const stmt *m, const pair *p)
{
    const tok *t = x->t;
    if (m->pct < 0 || t[p->b].at < 0 || t[p->b].at == t[p->a].at ||
        t[p->b].at < (int)p->a)
        return false;
    size_t q = (size_t)m->pct + 1;
    if (q < e && is_word(&t[q], "in"))
        q++;
    if (!(q < e && t[q].kind == TK_PERIOD && q <= m->last + 2))
        return false;
    /* years written in figures, not "last year", whose year the text's
     * date would tell */
    const tok *pb = &t[t[p->b].at];
    if (!is_digit((unsigned char)x->s[t[q].off]) ||
        !is_digit((unsigned char)x->s[pb->off]))
        return false;
    return !ct_period_equal(t[q].period, pb->period) &&
           !(t[p->a].at >= 0 &&
             ct_period_equal(t[q].period, t[t[p->a].at].period));
}

/* "Los homicidios dolosos bajaron de 67 a 46 casos y los delitos contra
 * la propiedad descendieron más del 20%": after the pair and its own
 * verb, "and" opens a clause with a subject and a verb of its own for
 * the change, so the pair is not its figures. */
static bool own_clause_after_pair(const tok *t, const stmt *m,
                                  const pair *p)
{
    if (m->pct < 0 || p->last >= m->first || p->dir == 0 ||
        m->dir_word <= p->last || m->dir_word >= (size_t)m->pct)
        return false;
    for (size_t k = p->last + 1; k < m->dir_word; k++) {
        if (t[k].kind != TK_WORD)
            return false;
        if (is_word(&t[k], "and") || is_word(&t[k], "y"))
            return k + 1 < m->dir_word &&
                   (is_word(&t[k + 1], "the") || is_word(&t[k + 1], "los") ||
                    is_word(&t[k + 1], "las"));
    }
    return false;
}

static bool points_of_counts(const extractor *x, const stmt *m,
                             const pair *p)
{
    const tok *t = x->t;
    const ct_claim_figure *a = &t[p->a].fig, *b = &t[p->b].fig;
    /* "3 mil", "2.3 million": a count too, rounded by its words */
    bool count_a = a->is_exact || a->exp10 > 0;
    bool count_b = b->is_exact || b->exp10 > 0;
    return m->pct >= 0 && t[m->pct].fig.is_points && count_a && count_b &&
           !a->is_percent && !b->is_percent &&
           t[p->a].per < 0 && t[p->b].per < 0 &&
           (a->value.digits > 100 || b->value.digits > 100 ||
            a->exp10 >= 2 || b->exp10 >= 2);
}

/* Whatever matched them, two counts are never the figures of a change
 * in points (points_of_counts): the statement is left without. */
static void drop_counts_of_points(const extractor *x, sentence *st)
{
    for (size_t i = 0; i < st->n_stmts; i++) {
        stmt *m = &st->stmts[i];
        if (m->pair >= 0 && points_of_counts(x, m, &st->pairs[m->pair])) {
            st->pairs[m->pair].claimed = false;
            m->pair = -1;
        }
    }
}

/* Gives each statement the nearest free pair, nearest first, up to 12
 * tokens away; with 'pct_only', only statements with a percentage. */
static void match_nearest_of(extractor *x, sentence *st, bool pct_only)
{
    for (;;) {
        size_t best_gap = 13, bs = 0, bp = 0;
        bool found = false;
        for (size_t i = 0; i < st->n_stmts; i++) {
            const stmt *m = &st->stmts[i];
            if (m->pair >= 0 || m->to_b >= 0 || m->from_a >= 0 ||
                (pct_only && m->pct < 0))
                continue;
            for (size_t j = 0; j < st->n_pairs; j++) {
                if (st->pairs[j].claimed || points_of_counts(x, m,
                                                             &st->pairs[j]) ||
                    own_clause_after_pair(x->t, m, &st->pairs[j]))
                    continue;
                size_t gap = pair_gap(x, m, &st->pairs[j]);
                if (gap < best_gap) {
                    best_gap = gap;
                    bs = i;
                    bp = j;
                    found = true;
                }
            }
        }
        if (!found)
            break;
        st->stmts[bs].pair = (int)bp;
        st->pairs[bp].claimed = true;
        /* Beside its figures, or alone in its sentence near them, a
         * statement is theirs; further off, among other statements, only
         * nearness says so. */
        st->stmts[bs].loose = ((best_gap > 6 ||
                                (best_gap > 1 && st->n_stmts > 1)) &&
                               !tied_by_words(x, st, bs, &st->pairs[bp])) ||
                              (st->pairs[bp].last < st->stmts[bs].first &&
                               than_after(x, &st->stmts[bs], st->e)) ||
                              clause_between(x->t, st->stmts[bs].last + 1,
                                             st->pairs[bp].first + 1) ||
                              part_named_between(x->t, st->pairs[bp].last + 1,
                                                 st->stmts[bs].first);
    }
}

/* Whether figure a stands for more than figure b (their lowest values,
 * in the project's exact arithmetic). */
static bool figure_above(const ct_claim_figure *a, const ct_claim_figure *b)
{
    ct_decimal alo, ahi, blo, bhi;
    bool open, ok = true;
    ct_claim_figure_bounds(a, CT_ROUNDING_HALF_UP, &alo, &open, &ahi, &open);
    ct_claim_figure_bounds(b, CT_ROUNDING_HALF_UP, &blo, &open, &bhi, &open);
    ct_exact ea = ct_exact_of_decimal(&alo, &ok);
    ct_exact eb = ct_exact_of_decimal(&blo, &ok);
    return ct_exact_cmp(&ea, &eb, &ok) > 0;
}

/* Whether words that set one thing against another ("frente a",
 * "compared with", "against") stand between statements o and m. */
static bool set_against_before(const extractor *x, const stmt *o,
                               const stmt *m)
{
    const tok *t = x->t;
    for (size_t k = o->last + 1; k < m->first; k++)
        if (is_word(&t[k], "compared") || is_word(&t[k], "against") ||
            is_word(&t[k], "versus") || is_word(&t[k], "frente"))
            return true;
    return false;
}

/* "disminuyó 10,8 % este año al compararlo con los primeros diez meses
 * de 2019, al pasar de 3.031 en 2019 a 2.705 en 2020, es decir, 326
 * menos": "al pasar de" gives its figures to the percentage before it,
 * however far, before nearness can give them to the change after. */
static void match_thereby(const extractor *x, sentence *st)
{
    for (size_t j = 0; j < st->n_pairs; j++) {
        pair *p = &st->pairs[j];
        if (!p->thereby || p->claimed)
            continue;
        for (size_t i = st->n_stmts; i-- > 0;) {
            stmt *m = &st->stmts[i];
            if (m->last >= p->first)
                continue;
            /* "han aumentado ... un 3,2%, frente a una caída del 1,6% en
             * el conjunto del país, pasando de 13.675 a 14.108": a change
             * the other way set against the first one, in between, is not
             * the one the figures make. */
            if (i > 0 && m->dir != 0 &&
                (m->dir > 0) != figure_above(&x->t[p->b].fig,
                                             &x->t[p->a].fig) &&
                set_against_before(x, &st->stmts[i - 1], m) &&
                st->stmts[i - 1].dir != m->dir) {
                stmt *o = &st->stmts[i - 1];
                if (o->pct >= 0 && !x->t[o->pct].words && o->pair < 0 &&
                    o->to_b < 0 && o->from_a < 0 && o->diff < 0) {
                    o->pair = (int)j;
                    p->claimed = true;
                }
                break;
            }
            /* "casi se duplicaron, al pasar de 45 a 80 (un 77,8% más)":
             * a change in words leaves the figures to the one after. */
            if (m->pct >= 0 && !x->t[m->pct].words && m->pair < 0 &&
                m->to_b < 0 && m->from_a < 0 && m->diff < 0 &&
                thereby_after(x, st, i, p)) {
                m->pair = (int)j;
                p->claimed = true;
            }
            break;
        }
    }
}

/* Percentages first: "un aumento del 53% ..., ya que pasó de 172 ... a
 * 263, es decir, 91 casos más" gives the figures to the 53%, the change
 * in counts after them only restating it. */
static void match_nearest(extractor *x, sentence *st)
{
    match_thereby(x, st);
    match_nearest_of(x, st, true);
    match_nearest_of(x, st, false);
}

/* "La subida es del 63% en ...: en los primeros seis meses de este año
 * han sido 62 frente a los 38 de 2021": one percentage and one pair of
 * figures compared by a cue in the sentence go together however many
 * words stand between them; only nearness says so. */
static void match_only_pair(const extractor *x, sentence *st)
{
    if (st->n_stmts == 1 && st->stmts[0].pct >= 0 &&
        st->stmts[0].pair < 0 && st->stmts[0].to_b < 0 &&
        st->stmts[0].from_a < 0 && st->n_pairs == 1 &&
        !st->pairs[0].claimed &&
        !own_clause_after_pair(x->t, &st->stmts[0], &st->pairs[0])) {
        st->stmts[0].pair = 0;
        st->pairs[0].claimed = true;
        /* "una caída del 24.5% entre septiembre de 2024 y junio de 2025,
         * pasando de un promedio diario de 86.3 a 65.6": however far,
         * "pasando de" says the change came about by these figures. */
        st->stmts[0].loose = !tied_by_words(x, st, 0, &st->pairs[0]);
    }
}

/* Whether words of reason ("ya que", "because", "since", "debido a")
 * open the clause right after statement m. */
static bool reason_follows(const tok *t, const sentence *st, const stmt *m)
{
    size_t k = m->last + 1;
    for (size_t n = 0; k < st->e && n < 4 && t[k].kind == TK_WORD &&
                       !reason_at(t, k, st->e);
         n++)
        k++;
    if (k < st->e && is_punct(&t[k], ','))
        k++;
    return k + 1 < st->e && reason_at(t, k, st->e);
}

/* Whether the period of count i is "the same period" of a year ("en el
 * mismo periodo del 2022", "in the same period of 2019"). */
static bool same_period_of(const tok *t, size_t s, size_t i)
{
    static const char *const same[] = {"same", "mismo", "misma", "igual", NULL};
    if (t[i].at < 0)
        return false;
    size_t p = (size_t)t[i].at;
    for (size_t k = p; k-- > s && p - k <= 4;)
        if (t[k].kind == TK_WORD && in_list(t[k].w, same))
            return true;
    return false;
}

/* Whether a comma stands between counts a and b, then "last year" ("el
 * año pasado") opening the clause of b, and no "while" anywhere between:
 * "46 homicidios ... el sábado 10 de mayo, el año pasado se tuvo un
 * registro de 72". */
static bool comma_then_last_year(const extractor *x, size_t a, size_t b)
{
    const tok *t = x->t;
    size_t comma = 0;
    for (size_t k = a + 1; k < b; k++) {
        if (is_clause_while(&t[k]) || (t[k].kind == TK_NUM && !t[k].label))
            return false;
        if (is_punct(&t[k], ','))
            comma = k;
    }
    return comma != 0 && comma + 2 < b && is_word(&t[comma + 1], "last") &&
           is_word(&t[comma + 2], "year");
}

/* "en 2022 se denunciaron 75 ..., mientras que durante el presente
 * sumaron 51", "hace un año ... 524, mientras que en el presente año ...
 * 465": two counts, each with its time, one of them said in words (this
 * year, last year).  Returns +1 when the first is the earlier, -1 when
 * the second is, 0 when the words do not say; on +1 or -1 puts the two
 * counts in 'found'. */
static int order_by_role(const extractor *x, const sentence *st,
                         size_t found[3], bool *either)
{
    const tok *t = x->t;
    size_t c[3];
    int role[3];
    size_t m = 0;
    /* "en 2015 la tasa era de 3,63 cada 100.000 habitantes y el año
     * pasado fue de 3,43": a rate, and a figure after it on the same base,
     * count too. */
    size_t rates = 0;
    for (size_t i = st->s; i < st->e && m < 3; i++)
        if (free_num(x, i, st->e) && !t[i].fig.is_percent &&
            (t[i].fig.is_exact || (t[i].per >= 0 && m == 0) ||
             (rates > 0 && !t[i].fig.is_exact && t[i].per < 0))) {
            rates += t[i].per >= 0;
            role[m] = role_cue(x, i, st->s, st->e);
            c[m++] = i;
        }
    if (m != 2 || rates > 1 || (rates == 1 && t[c[1]].per >= 0))
        return 0;
    int ord = 0;
    int r0 = role[0], r1 = role[1];
    bool d0 = t[c[0]].at >= 0, d1 = t[c[1]].at >= 0;
    /* This year is the later against a year or last year, and last year
     * the earlier against this year.  Against a year named, last year is
     * taken as the later, as a writer names the older year and calls the
     * one just gone "last year" ("en 1990 se reportaron 517, el año
     * pasado cerró con 1,249"), but is not sure to be: "287.034 ... del
     * año pasado, mientras que en el mismo periodo de 2014 ... 267.170"
     * was written in 2014.  Such a pair is checked both ways (*either). */
    *either = false;
    if ((r0 < 0 && r1 > 0) || (r1 > 0 && (r0 < 0 || d0)))
        ord = 1;
    else if ((r1 < 0 && r0 > 0) || (r0 > 0 && (r1 < 0 || d1)))
        ord = -1;
    else if (d0 != d1 && (d0 ? r1 : r0) < 0) {
        ord = d0 ? 1 : -1;
        *either = true;
    } else if (x->loose_order && !d0 && !d1 && r0 == 0 && r1 < 0 &&
               comma_then_last_year(x, c[0], c[1])) {
        /* "se registraron 46 homicidios ... el sábado 10 de mayo, el año
         * pasado se tuvo un registro de 72": against last year the other
         * figure, dated by nothing, is the one written of now; as a
         * reading, not a cue, it is checked both ways. */
        ord = -1;
        *either = true;
    } else if (d0 != d1 && r0 == 0 && r1 == 0 &&
               same_period_of(t, st->s, d0 ? c[0] : c[1])) {
        /* "se abrieron 296 carpetas, mientras que en el mismo periodo del
         * 2022 la cifra fue de 146": the same period of a year named is
         * the earlier against the figure of the period written of; but
         * "durante enero-abril de 2019 ... alcanzó 82,295 delitos,
         * mientras durante el mismo periodo de 2020 ... 70,963": when the
         * sentence names an earlier year for the other figure, that one
         * is the earlier. */
        ord = d0 ? 1 : -1;
        size_t dated = d0 ? c[0] : c[1];
        int32_t y = t[t[dated].at].period.start / 12;
        int older = 0, others = 0;
        for (size_t q = st->s; q < st->e; q++)
            if (t[q].kind == TK_PERIOD && (int)q != t[dated].at) {
                others++;
                older += t[q].period.start / 12 < y;
            }
        if (others == 1 && older == 1)
            ord = -ord;
    }
    if (ord != 0) {
        found[0] = c[0];
        found[1] = c[1];
    }
    return ord;
}

/* Whether count i is one of a list of three or more ("4, 1 y 3"): a
 * figure, a comma, a figure, then "and" and a figure. */
static bool in_count_list(const tok *t, size_t s, size_t e, size_t i)
{
    size_t a = i;
    while (a >= s + 2 && is_punct(&t[a - 1], ',') && t[a - 2].kind == TK_NUM &&
           !t[a - 2].fig.is_percent)
        a -= 2;
    size_t k = a, items = 1;
    while (k + 2 < e && is_punct(&t[k + 1], ',') && t[k + 2].kind == TK_NUM &&
           !t[k + 2].fig.is_percent)
        k += 2, items++;
    if (k + 2 < e && is_word(&t[k + 1], "and") && t[k + 2].kind == TK_NUM &&
        !t[k + 2].fig.is_percent)
        items++;
    return items >= 3 && i >= a && i <= k + 2;
}

/* The figure whose aside in brackets figure i opens ("43,2 delitos por
 * cada 1.000 habitantes (43,7 en 2016)"): printed alike and undated, a
 * few words (and its base) before the bracket; or -1. */
static int figure_before_aside(const extractor *x, const sentence *st,
                               size_t i)
{
    const tok *t = x->t;
    if (i < st->s + 2 || !is_punct(&t[i - 1], '('))
        return -1;
    for (size_t q = i - 1; q-- > st->s && i - 1 - q <= 6;) {
        if (t[q].kind == TK_NUM && !t[q].label) {
            return !t[q].fig.is_percent &&
                           (t[q].per >= 0) == (t[i].per >= 0) &&
                           t[q].fig.value.scale == t[i].fig.value.scale &&
                           t[q].at < 0
                       ? (int)q : -1;
        }
        if (t[q].kind != TK_WORD && !(t[q].kind == TK_NUM && t[q].label))
            return -1;
    }
    return -1;
}

/* "Crime in 2015 (1,233) was 56% higher than in 2014 (790)": two dated
 * figures left in the sentence belong to its one statement; so do two
 * counts whose words say which is the earlier (order_by_role). */
static void match_two_dated(extractor *x, sentence *st)
{
    if (!(st->n_stmts == 1 && st->stmts[0].pair < 0 &&
          st->stmts[0].to_b < 0 && st->stmts[0].from_a < 0))
        return;
    const tok *t = x->t;
    size_t found[3], k = 0;
    /* "En enero, febrero y marzo de 2018 ocurrieron 4, 1 y 3 plagios":
     * a figure of a list is no level of its own; the list is not read. */
    for (size_t i = st->s; i < st->e; i++)
        if (t[i].kind == TK_NUM && !t[i].fig.is_percent &&
            in_count_list(t, st->s, st->e, i))
            return;
    for (size_t i = st->s; i < st->e && k < 3; i++)
        if (free_num(x, i, st->e) && t[i].at >= 0 && !t[i].fig.is_percent) {
            /* "That's up from 181 cases reported in 2020 and more than
             * double the 116 reported in 2019": both are earlier figures
             * of the count the sentence refers to. */
            if (i > st->s + 1 && is_word(&t[i - 1], "from") &&
                (is_word(&t[i - 2], "up") || is_word(&t[i - 2], "down")))
                return;
            found[k++] = i;
        }
    int ord = 0;
    bool either = false;
    if (k < 2) {
        ord = order_by_role(x, st, found, &either);
        if (ord != 0)
            k = 2;
    }
    /* "una tasa de 43,2 delitos por cada 1.000 habitantes (43,7 en
     * 2016), 8,7 puntos porcentuales por debajo de la existente al
     * cierre de 2008 (51,9)": the first dated figure is an aside on the
     * figure before its bracket, which is the latest; the change is that
     * figure's against the other, older one. */
    if (k == 2 && ord == 0) {
        int main_fig = figure_before_aside(x, st, found[0]);
        if (main_fig >= 0) {
            if (!before(&t[t[found[1]].at], &t[t[found[0]].at]))
                return;
            found[0] = found[1];
            found[1] = (size_t)main_fig;
            add_pair(x, st, found[0], found[1], found[1],
                     t[found[0]].at_end - 1, 0);
            if (st->n_pairs > 0 && st->pairs[st->n_pairs - 1].a == found[0]) {
                st->pairs[st->n_pairs - 1].claimed = true;
                st->stmts[0].pair = (int)(st->n_pairs - 1);
            }
            return;
        }
    }
    if (k == 2 && (ord != 0 ||
                   !ct_period_equal(t[t[found[0]].at].period,
                                    t[t[found[1]].at].period))) {
        bool first_earlier = ord != 0 ? ord > 0
                             : before(&t[t[found[0]].at],
                                      &t[t[found[1]].at]);
        size_t a = first_earlier ? found[0] : found[1];
        size_t b = first_earlier ? found[1] : found[0];
        add_pair(x, st, a, b, found[0], t[found[1]].at_end - 1, 0);
        if (st->n_pairs > 0 && st->pairs[st->n_pairs - 1].a == a) {
            st->pairs[st->n_pairs - 1].claimed = true;
            st->pairs[st->n_pairs - 1].either = either;
            st->stmts[0].pair = (int)(st->n_pairs - 1);
            /* Ordered by "the same period" of a year alone, the figures
             * are the statement's only when words give them as its
             * reason ("aumentó 91.6 por ciento ..., ya que se abrieron
             * 296 ..., mientras que en el mismo periodo del 2022 ...
             * 146"); "a 12% drop on the five-year average and down also
             * from the same period in 2018" names another base. */
            bool dated0 = t[found[0]].at >= 0, dated1 = t[found[1]].at >= 0;
            if (dated0 != dated1 &&
                same_period_of(t, st->s, dated0 ? found[0] : found[1]) &&
                !reason_follows(t, st, &st->stmts[0]))
                st->stmts[0].loose = true;
        }
    }
}

/* A pair made of a figure beyond the sentence, given at once to a
 * statement: claimed, and carried, for its span is not the claim's.
 * Returns its index. */
static int add_carried_pair(sentence *st, size_t a, size_t b, size_t first,
                            size_t last)
{
    pair *p = &st->pairs[st->n_pairs];
    memset(p, 0, sizeof *p);
    p->a = a;
    p->b = b;
    p->first = first;
    p->last = last;
    p->claimed = p->carried = true;
    return (int)st->n_pairs++;
}

/* The one free count of a sentence (no percentage, no rate), or -1 when
 * it has none or several. */
static int lone_free_count(const extractor *x, const sentence *st)
{
    const tok *t = x->t;
    int c = -1, found = 0;
    for (size_t i = st->s; i < st->e; i++)
        if (free_num(x, i, st->e) && !t[i].fig.is_percent && t[i].per < 0)
            c = (int)i, found++;
    return found == 1 ? c : -1;
}

/* "Burglaries fell to 1,136 this year. Last year there were 1,420, so
 * the fall was 20%": one count here and one left by the sentence before,
 * the words around them saying which is the earlier. */
static void match_single_before(extractor *x, sentence *st)
{
    if (!(st->n_stmts > 0 && st->stmts[0].pair < 0 &&
          st->stmts[0].to_b < 0 && st->stmts[0].from_a < 0 &&
          x->has_single && st->n_pairs < MAX_PIECES))
        return;
    int c2 = lone_free_count(x, st);
    int r2 = c2 >= 0 ? role_cue(x, (size_t)c2, st->s, st->e) : 0;
    /* "En 2016 se presentaron 114 casos. Durante este año se presentaron
     * 318": a year named against this year is the earlier, as a writer
     * names the older year (order_by_role). */
    int r1 = x->single_role != 0 ? x->single_role
             : x->single_dated && r2 > 0 ? -1 : 0;
    if (r2 != 0 && r1 == -r2) {
        size_t a = r2 < 0 ? (size_t)c2 : x->single;
        size_t b = r2 < 0 ? x->single : (size_t)c2;
        x->t[c2].used = true;
        st->stmts[0].pair = add_carried_pair(st, a, b, (size_t)c2,
                                             (size_t)c2);
    }
}

/* The year of count c: its own, or one its sentence (tokens [s, e))
 * opens with ("En 2021, el número de víctimas aumentó a 2,830"); NULL
 * when none. */
static const tok *year_of_count(const tok *t, size_t s, size_t e, size_t c)
{
    if (t[c].at >= 0)
        return t[t[c].at].period.kind == CT_PERIOD_YEAR ? &t[t[c].at] : NULL;
    size_t k = s;
    if (k < e && t[k].kind == TK_WORD && !is_word(&t[k], "in") &&
        !is_word(&t[k], "en"))
        k++;  /* "And in 2021", "Pero en 2021" */
    if (k + 1 < e && (is_word(&t[k], "in") || is_word(&t[k], "en")) &&
        t[k + 1].kind == TK_PERIOD &&
        t[k + 1].period.kind == CT_PERIOD_YEAR)
        return &t[k + 1];
    return NULL;
}

/* The one plain count of tokens [0, e) when every period among them
 * falls in year y (a month of it, or the year); -1 otherwise. */
static int only_count_of_year(const extractor *x, size_t e, int y)
{
    const tok *t = x->t;
    int c = -1, n = 0, periods = 0;
    for (size_t i = 0; i < e; i++) {
        if (t[i].kind == TK_PERIOD) {
            if ((t[i].period.kind != CT_PERIOD_YEAR &&
                 t[i].period.kind != CT_PERIOD_MONTH) ||
                t[i].period.start / 12 != y)
                return -1;
            periods++;
        } else if (ctp_finder_plain_count(x, i, e)) {
            c = (int)i, n++;
        }
    }
    return n == 1 && periods > 0 ? c : -1;
}

/* Whether tokens [from, e) name the year before: "the previous year",
 * "the year before", "last year" (as "el año anterior" is read). */
static bool names_year_before(const tok *t, size_t from, size_t e)
{
    static const char *const before_words[] = {
        "previous", "before", "prior", "anterior", "last", NULL
    };
    for (size_t k = from; k < e; k++)
        if ((is_word(&t[k], "year") || is_word(&t[k], "año")) &&
            ((k + 1 < e && t[k + 1].kind == TK_WORD &&
              in_list(t[k + 1].w, before_words)) ||
             (k > from && t[k - 1].kind == TK_WORD &&
              in_list(t[k - 1].w, before_words))))
            return true;
    return false;
}

/* Whether the sentence before st ended with a semicolon: the two are
 * clauses of one sentence as written. */
static bool after_semicolon(const extractor *x, const sentence *st)
{
    size_t b = x->t[st->s].off;
    while (b > 0 && (x->s[b - 1] == ' ' || x->s[b - 1] == '\n'))
        b--;
    return b > 0 && x->s[b - 1] == ';';
}

/* "En 2022 se registraron 336.778 ... mientras que en 2023 fueron
 * 426.744 ... Sin embargo, en 2024 se contabilizaron 414.133, lo que
 * representa un descenso del 3%": the one dated count of the sentence
 * and the count of the year before in the sentence before (loosely: the
 * years say which, no word ties them). */
static void match_year_before(extractor *x, sentence *st)
{
    stmt *m = &st->stmts[0];
    if (!(st->n_stmts == 1 && m->pct >= 0 && m->pair < 0 &&
          m->from_a < 0 && m->diff < 0 && x->prev_same_para &&
          st->n_pairs < MAX_PIECES))
        return;
    const tok *t = x->t;
    int c = -1, nc = 0, a = -1, na = 0;
    if (m->to_b >= 0) {
        c = m->to_b, nc = 1;  /* "rose to 2,830" */
    } else {
        for (size_t i = st->s; i < st->e; i++)
            if (ctp_finder_plain_count(x, i, st->e) && !t[i].used)
                c = (int)i, nc++;
    }
    const tok *year = nc == 1 ? year_of_count(t, st->s, st->e, (size_t)c)
                              : NULL;
    /* The sentence before: its tokens come first. */
    for (size_t i = 0; year != NULL && i < st->s; i++) {
        const tok *y = ctp_finder_plain_count(x, i, st->s)
                           ? year_of_count(t, 0, st->s, i)
                           : NULL;
        if (y != NULL && y->period.start == year->period.start - 12)
            a = (int)i, na++;
    }
    /* "en marzo de 2020, ..., el total de fallecidos ... fue de 2,572":
     * the one count of a sentence naming only the year before. */
    if (year != NULL && na == 0) {
        a = only_count_of_year(x, st->s, year->period.start / 12 - 1);
        na = a >= 0 ? 1 : 0;
    }
    if (nc == 1 && na == 1) {
        x->t[c].used = true;
        m->pair = add_carried_pair(st, (size_t)a, (size_t)c, (size_t)c,
                                   (size_t)c);
        m->to_b = -1;
        /* "up 11% on the previous year", "un 11% más en relación con el
         * año anterior": the words name the year before. */
        m->loose = !names_year_before(t, m->last + 1, st->e) &&
                   /* "In 2019 there were 53,447 crimes; in 2020 there were
                    * 53,374, a reduction of 0.4%": one sentence as
                    * written, its two years give the order. */
                   !(after_semicolon(x, st) && x->prev_same_para &&
                     t[a].at >= 0);
    }
}

/* "El año 2024 cerró con 377 homicidios, cuatro menos que en el 2023.
 * Esta diferencia representa el 1% menos": a percentage at the start of
 * a sentence, with no figures, is the change the sentence before gave as
 * a level and a difference (loosely: only the order says so). */
static void match_diff_before(extractor *x, sentence *st)
{
    if (!(st->n_stmts > 0 && x->has_diff && st->stmts[0].pct >= 0 &&
          st->stmts[0].pair < 0 && st->stmts[0].to_b < 0 &&
          st->stmts[0].from_a < 0 && st->stmts[0].diff < 0 &&
          (st->stmts[0].first <= st->s + 8 || x->anaphor) &&
          (st->stmts[0].dir == 0 || st->stmts[0].dir == x->diff_dir)))
        return;
    stmt *m = &st->stmts[0];
    m->diff = (int)x->diff_tok;
    if (x->diff_from)
        m->from_a = (int)x->diff_level;
    else
        m->to_b = (int)x->diff_level;
    m->dir = x->diff_dir;
    m->loose = true;
    x->t[x->diff_level].used = true;
    x->has_diff = false;
}

/* In a sentence referring to the one before ("This represents a drop of
 * 47.7 per cent on the 2,290 reported"), the one count of this sentence
 * is the earlier figure when a word before it says so ("on", "from",
 * "compared with", "than", "a figure of") or its cue does.  Returns its
 * token, or -1. */
static int earlier_count_here(const extractor *x, const sentence *st)
{
    const tok *t = x->t;
    int c2 = lone_free_count(x, st);
    if (c2 <= (int)st->s)
        return -1;
    size_t k = (size_t)c2 - 1;
    if (is_word(&t[k], "the") && k > st->s)
        k--;
    /* "compares with a figure of 11,031" */
    if (is_word(&t[k], "of") && k >= st->s + 2 &&
        (is_word(&t[k - 1], "figure") || is_word(&t[k - 1], "total") ||
         is_word(&t[k - 1], "level")) &&
        (is_word(&t[k - 2], "a") || is_word(&t[k - 2], "the")))
        k -= 3;
    /* "with" compares only after "compared" or "compares": "The figure
     * decreased slightly in 2024, with 1,408 reported cases" gives the
     * later figure. */
    bool compared_with =
        is_word(&t[k], "with") && k > st->s &&
        (is_word(&t[k - 1], "compared") || is_word(&t[k - 1], "compares") ||
         is_word(&t[k - 1], "compare"));
    if (is_word(&t[k], "on") || is_word(&t[k], "from") ||
        is_word(&t[k], "than") || compared_with ||
        is_word(&t[k], "against") ||
        role_cue(x, (size_t)c2, st->s, st->e) < 0)
        return c2;
    return -1;
}

/* "since 2016, when 229 were reported": the one free count of the
 * sentence, after "when" and the year compared with ('*year'); -1 when
 * there is none. */
static int count_of_year_since(const extractor *x, const sentence *st,
                               const tok **year)
{
    const tok *t = x->t;
    int c = lone_free_count(x, st);
    if (c < 0 || (size_t)c < st->s + 4)
        return -1;
    size_t k = (size_t)c - 1;
    /* "when compared with 2013 (263,574)": the count in brackets after
     * the year, as "2013, when 263,574" gives it. */
    bool bracket = is_punct(&t[k], '(') && (size_t)c + 1 < st->e &&
                   is_punct(&t[c + 1], ')');
    if (bracket)
        k++;
    if (!(bracket || is_word(&t[k], "when") || is_word(&t[k], "cuando")) ||
        !(bracket || is_punct(&t[k - 1], ',')) || t[k - 2].kind != TK_PERIOD ||
        t[k - 2].period.kind != CT_PERIOD_YEAR ||
        !(is_word(&t[k - 3], "since") || is_word(&t[k - 3], "from") ||
          is_word(&t[k - 3], "on") || is_word(&t[k - 3], "with") ||
          is_word(&t[k - 3], "than") || is_word(&t[k - 3], "desde")))
        return -1;
    *year = &t[k - 2];
    return c;
}

/* Whether count a, of the year 'ya', is older than both figures of the
 * pair carried from the sentence before, one of them dated at least. */
static bool older_than_carried(const extractor *x, size_t a,
                               const tok *ya)
{
    const tok *t = x->t;
    if (!t[a].fig.is_exact || !t[x->carry_b].fig.is_exact)
        return false;
    const size_t both[2] = {x->carry_a, x->carry_b};
    int dated = 0;
    for (size_t k = 0; k < 2; k++) {
        const tok *c = &t[both[k]];
        if (c->at >= 0 && t[c->at].period.start <= ya->period.start)
            return false;
        dated += c->at >= 0;
    }
    return dated >= 1;
}

/* "9,586 reports were recorded in 2007/08. That increased by 25 per cent
 * to 11,898", "1,145 car crimes were reported ... This represents a drop
 * of 47.7 per cent on the 2,290 reported": a sentence that begins by
 * referring to the one before takes its one count as the figure the
 * change starts from or reaches. */
static void match_anaphor(extractor *x, sentence *st)
{
    if (!(st->n_stmts > 0 && st->stmts[0].pair < 0 && x->anaphor &&
          (x->any_single || x->has_carry) && st->stmts[0].pct >= 0 &&
          (st->stmts[0].from_a < 0 || st->stmts[0].to_b < 0) &&
          st->n_pairs < MAX_PIECES))
        return;
    stmt *m = &st->stmts[0];
    const tok *t = x->t;
    /* "322 hate crimes were reported last year, compared with 292 in
     * 2018. The latest figures represent an increase of almost 41% since
     * 2016, when 229 were reported": the later figure of the pair before
     * is the latest, when the earlier this sentence names is older than
     * both. */
    if (!x->any_single) {
        const tok *year = NULL;
        int early = count_of_year_since(x, st, &year);
        if (early < 0 || m->from_a >= 0 || m->to_b >= 0 || m->diff >= 0 ||
            !older_than_carried(x, (size_t)early, year))
            return;
        size_t a = (size_t)early;
        x->t[a].used = true;
        m->pair = add_carried_pair(st, a, x->carry_b, m->last, m->last);
        m->from_a = -1;
        return;
    }
    /* "... were down 21%, at 7,530. This includes a 25% drop in
     * homicides ... to a total of 91": the change of a part of the count
     * before, not of that count. */
    static const char *const part_verbs[] = {
        "includes", "included", "include", "including", "incluye",
        "incluyen", "incluía", NULL
    };
    for (size_t k = st->s; k < m->first && k <= st->s + 2; k++)
        if (t[k].kind == TK_WORD && in_list(t[k].w, part_verbs))
            return;
    int a = -1, b = -1;
    if (m->to_b >= 0 && m->diff < 0) {
        a = (int)x->single;
        b = m->to_b;
    } else if (m->from_a >= 0 && m->to_b < 0 && m->diff < 0) {
        /* "13,957 offences were recorded ... This is up 22% from
         * 11,452" */
        a = m->from_a;
        b = (int)x->single;
    } else if (m->to_b < 0) {
        a = earlier_count_here(x, st);
        if (a >= 0)
            b = (int)x->single;
    }
    if (a >= 0 && b >= 0 && t[a].fig.is_exact && t[b].fig.is_exact) {
        x->t[a].used = x->t[b].used = true;
        m->pair = add_carried_pair(st, (size_t)a, (size_t)b, m->last,
                                   m->last);
        m->to_b = m->from_a = -1;
    }
}

/* Whether 'p' is the period of one figure of the pair carried from the
 * sentence before. */
static bool carried_period(const extractor *x, ct_period p)
{
    const tok *t = x->t;
    return (t[x->carry_a].at >= 0 &&
            ct_period_equal(t[t[x->carry_a].at].period, p)) ||
           (t[x->carry_b].at >= 0 &&
            ct_period_equal(t[t[x->carry_b].at].period, p));
}

/* Whether the period token i names a month or period the sentence
 * before named too: "... 3,392 ... (3,261 en junio). ... una variación de
 * 4 por ciento en la relación julio-junio 2019" names the pair again. */
static bool period_named_before(const extractor *x, const sentence *st,
                                size_t i)
{
    const tok *t = x->t;
    for (size_t j = 0; j < st->s; j++)
        if ((t[j].kind == TK_PERIOD &&
             ct_period_equal(t[j].period, t[i].period)) ||
            (t[j].kind == TK_WORD && in_list(t[j].w, ctp_lex_month_names) &&
             strcmp(t[j].w, t[i].w) == 0))
            return true;
    return false;
}

/* Whether statement m goes on ", to the 32" right after its figure: a
 * level of its own. */
static bool reaches_own_level(const extractor *x, const sentence *st,
                              const stmt *m)
{
    size_t e = st->e, q = m->last + 1;
    if (punct_at(x, q, e, ','))
        q++;
    if (!word_at(x, q, e, "to"))
        return false;
    q = skip_word(x, q + 1, e, "the");
    return free_num(x, q, e) && ctp_finder_plain_count(x, q, e);
}

/* "This is an increase of 1,032 (3%)": a statement at the start of a
 * sentence may refer to the figures of the one before.  "... ha pasado
 * de 70.178 en el 2016 a 427.448. Por tanto, en ocho años han crecido un
 * 509,1 por ciento": so too the one statement of a sentence with no
 * figures or periods of its own ("Crime rose from 2022 to 2023 by 5%"
 * names its own). */
static void match_carried(extractor *x, sentence *st)
{
    const tok *t = x->t;
    bool lone = st->n_stmts == 1 && st->stmts[0].pct >= 0 &&
                st->stmts[0].to_b < 0 && st->stmts[0].from_a < 0 &&
                st->stmts[0].diff < 0;
    /* "... 336.778 delitos en 2022 y 70.178 hechos registrados en 2016.
     * Eso implica que ... en el año 2022 crecieron un 379.9% sobre las
     * registradas en 2016": periods that are those of the pair before
     * name its figures again, and tie the statement to them. */
    /* "This is a decrease of 4% from the year to December 2018", after
     * figures of 2022 and the twelve months before: a period of its own
     * that neither figure has says the change may be another's. */
    size_t named = 0;
    bool own_period = false;
    for (size_t i = st->s; i < st->e; i++) {
        bool period = t[i].kind == TK_PERIOD;
        bool carried = period && x->has_carry &&
                       (carried_period(x, t[i].period) ||
                        period_named_before(x, st, i));
        own_period |= period && !carried;
        if (!lone)
            continue;
        if (free_num(x, i, st->e) && !t[i].fig.is_percent)
            lone = false;
        else if (carried)
            named++;
        else if (period ||
                 (t[i].kind == TK_WORD &&
                  in_list(t[i].w, ctp_lex_month_names)))
            lone = false;  /* "de enero a junio, con meses como abril" */
    }
    /* "60,080 cases in 2012-13, up from 59,847 in the previous year.
     * The number is up by nearly 46 per cent from 41,235 in 2003-04": a
     * statement opening the sentence with its own earlier figure takes
     * only the later one of the pair before. */
    stmt *m0 = &st->stmts[0];
    if (st->n_stmts > 0 && m0->pair < 0 && x->has_carry && x->anaphor &&
        m0->from_a >= 0 && m0->to_b < 0 && m0->first <= st->s + 6 &&
        (size_t)m0->from_a > x->carry_b && st->n_pairs < MAX_PIECES) {
        m0->pair = add_carried_pair(st, (size_t)m0->from_a, x->carry_b,
                                    x->carry_first, (size_t)m0->from_a);
        m0->from_a = -1;
        return;
    }
    /* "ha caído un 11 por ciento, hasta los 32 asesinatos consumados,
     * cuatro menos que en 2018": a statement with the level it reached
     * and its change in counts has its own figures. */
    if (st->n_stmts > 1 && reaches_own_level(x, st, m0) &&
        st->stmts[1].diff >= 0 && st->stmts[1].pct < 0)
        return;
    if (st->n_stmts > 0 && st->stmts[0].pair < 0 && x->has_carry &&
        (st->stmts[0].first <= st->s + 6 ||
         (st->stmts[0].first <= st->s + 12 && !own_period) || lone ||
         (x->anaphor && st->n_stmts == 1)) &&
        st->n_pairs < MAX_PIECES) {
        st->stmts[0].pair = add_carried_pair(st, x->carry_a, x->carry_b,
                                             x->carry_first, x->carry_last);
        st->pairs[st->stmts[0].pair].either = x->carry_either;
        /* "... de 37.631 a 30.436. Una reducción del 23%.": a sentence
         * that is the change alone, with no verb, says it of the pair
         * before. */
        bool fragment = lone && st->stmts[0].first <= st->s + 1 &&
                        st->stmts[0].last + 1 >= st->e;
        /* "Year on year ... 164 burglaries in 2016 and 132 in 2017.
         * This is a drop year on year of over 40%": a sentence that
         * refers to the one before and names no other figure or period
         * says its change of the pair there. */
        bool per = false;  /* "8.1% reduction per 10,000": of a rate */
        for (size_t i = st->s; i < st->e; i++)
            per |= is_word(&t[i], "per");
        bool early = st->stmts[0].first <= st->s + 8;
        /* "... 1.380 ..., frente a las 727 registradas en 2018. Supone un
         * aumento del 89,9% ..., que viene derivado de las 851 estafas":
         * opening its sentence, the one statement refers back; what
         * follows it explains it. */
        bool opens = x->anaphor && !per &&
                     st->stmts[0].first <= st->s + 3 &&
                     st->stmts[0].pct >= 0 && st->stmts[0].to_b < 0 &&
                     st->stmts[0].from_a < 0 && st->stmts[0].diff < 0;
        for (size_t i = st->s; opens && i < st->stmts[0].first; i++)
            opens = t[i].kind == TK_WORD;
        /* "This represents a 16.5pc reduction and is followed by Wicklow
         * (-16pc), Roscommon and Longford (-15pc)": other percentages
         * with no figures of their own, and no count in the sentence. */
        for (size_t i = 1; opens && i < st->n_stmts; i++) {
            const stmt *o = &st->stmts[i];
            opens = o->diff < 0 && o->to_b < 0 && o->from_a < 0 &&
                    o->pair < 0;
        }
        for (size_t i = st->s; opens && st->n_stmts > 1 && i < st->e; i++)
            opens = !(free_num(x, i, st->e) && !t[i].fig.is_percent);
        st->stmts[0].loose = own_period ||
                             !((lone && named >= 2 && x->anaphor) ||
                               (lone && named == 0 && x->anaphor && !per &&
                                early) ||
                               fragment || opens);
    }
}

/* Whether the words from token 'from' to 'to' name the figure before
 * them again ("con 754 homicidios, vio bajar la cifra un 16%, a 650",
 * "754 homicides, and saw the figure fall"): the change is then that
 * figure's, as firmly as words say. */
static bool figure_named_again(const tok *t, size_t from, size_t to)
{
    static const char *const pointing[] = {
        "the", "that", "this", "esta", "esa", "dicha", NULL
    };
    static const char *const figures[] = {
        "figure", "number", "total", "cifra", "número", NULL
    };
    for (size_t k = from; k + 1 < to; k++) {
        if (t[k].kind == TK_NUM || is_clause_while(&t[k]))
            return false;
        if (t[k].kind == TK_WORD && in_list(t[k].w, pointing) &&
            t[k + 1].kind == TK_WORD && in_list(t[k + 1].w, figures))
            return true;
    }
    return false;
}

/* Whether token q is the level another statement of the sentence has
 * taken ("fell by 2,237 (1%) to 198,684, with ... declining by 7.5% to
 * 10,213": 198,684 is the first change's, not the second's earlier). */
static bool level_of_statement(const tok *t, const sentence *st, size_t q)
{
    for (size_t i = 0; i < st->n_stmts; i++) {
        const stmt *o = &st->stmts[i];
        if (o->to_b == (int)q || o->from_a == (int)q)
            return true;
        /* "fell by 2,237 (1%) to 198,684": the bracket ends the
         * statement, "to" gives its level. */
        size_t k = o->last + 1;
        if (k < q && is_punct(&t[k], ')'))
            k++;
        if (k + 1 == q && is_word(&t[k], "to"))
            return true;
    }
    return false;
}

/* "Chicago, with 754 homicides in 2016, saw the figure fall 16%, to
 * 650": a change with its later figure only, and one count before it in
 * the sentence, which is then the earlier.  Only nearness says so (the
 * count may be of something else), so the claim is loose, unless words
 * between name the figure again. */
static void match_earlier_before(extractor *x, sentence *st)
{
    const tok *t = x->t;
    for (size_t i = 0; i < st->n_stmts && st->n_pairs < MAX_PIECES; i++) {
        stmt *m = &st->stmts[i];
        if (m->pct < 0 || m->pair >= 0 || m->to_b < 0 || m->from_a >= 0 ||
            m->diff >= 0 || !t[m->to_b].fig.is_exact)
            continue;
        int a = only_count_before(x, st, m->first, &t[m->to_b]);
        if (a < 0 || !t[a].fig.is_exact ||
            level_of_statement(t, st, (size_t)a))
            continue;
        add_pair(x, st, (size_t)a, (size_t)m->to_b, (size_t)a,
                 (size_t)m->to_b, 0);
        st->pairs[st->n_pairs - 1].claimed = true;
        m->pair = (int)(st->n_pairs - 1);
        m->to_b = -1;
        m->loose = !figure_named_again(t, (size_t)a + 1, m->first);
    }
}

/* "an offence rate of 7,894.9 offences per 100,000 people, increasing by
 * 2.6% from 7,691.4": a change with its earlier figure only, and one
 * rate (or count) before it in the sentence, which is then the later.
 * Only nearness says so, so the claim is loose. */
static void match_later_before(extractor *x, sentence *st)
{
    const tok *t = x->t;
    for (size_t i = 0; i < st->n_stmts && st->n_pairs < MAX_PIECES; i++) {
        stmt *m = &st->stmts[i];
        if (m->pct < 0 || m->pair >= 0 || m->from_a < 0 || m->to_b >= 0 ||
            m->diff >= 0)
            continue;
        /* A rate's earlier figure is often printed bare: match the kind
         * of the figure before, rate or count, not that of 'from'. */
        int b = -1;
        for (int rate = 1; rate >= 0 && b < 0; rate--) {
            tok like = t[m->from_a];
            like.per = rate ? 0 : -1;
            b = only_count_before(x, st, m->first, &like);
        }
        if (b < 0 || (t[b].per < 0 && !t[b].fig.is_exact))
            continue;
        add_pair(x, st, (size_t)m->from_a, (size_t)b, (size_t)b,
                 (size_t)m->from_a, 0);
        st->pairs[st->n_pairs - 1].claimed = true;
        m->pair = (int)(st->n_pairs - 1);
        m->from_a = -1;
        m->loose = true;
    }
}

/* The first pair no statement took is left for the next sentence. */
static void carry_unclaimed(extractor *x, const sentence *st)
{
    x->has_carry = false;
    for (size_t j = 0; j < st->n_pairs && !x->has_carry; j++) {
        const pair *p = &st->pairs[j];
        /* "una reducción de 56 casos, al pasar de 366 ... a 310.
         * Equivale a una variación de -15 por ciento": a pair only a
         * change in counts took is left for a percentage too. */
        bool by_pct = false;
        for (size_t i = 0; i < st->n_stmts; i++)
            if (st->stmts[i].pair == (int)j && st->stmts[i].pct >= 0)
                by_pct = true;
        /* A pair carried from the sentence before is not carried on: its
         * figures are two sentences back by then. */
        if (!p->carried && (!p->claimed || !by_pct)) {
            x->has_carry = true;
            x->carry_a = p->a;
            x->carry_b = p->b;
            x->carry_first = p->first;
            x->carry_last = p->last;
            x->carry_either = p->either;
        }
    }
}

/* Gives the statements of a sentence their pairs: by nearness first,
 * then by the wider readings, each only for a statement still without
 * figures, and last across sentences. */
/* "pasó de 156 a 187 casos y en Tepeca de 64 a 94, lo que significó un
 * alza del 19.8 y del 46.8 por ciento, respectivamente": a list of
 * percentages closed by "respectively" gives each, in order, the pair of
 * a list of as many before it. */
/* "alzas del 4.88 por ciento y 0.92 por ciento, al pasar de 983 a mil
 * 031, y de 217 a 219, respectivamente": a list of percentages, then as
 * many pairs after them before "respectively" at token 'r', each the
 * one of the same place.  True when it gave them. */
static bool pairs_after_respectively(const extractor *x, sentence *st,
                                     size_t r)
{
    const tok *t = x->t;
    size_t list[MAX_PIECES], k = 0;
    for (size_t i = 0; i < st->n_stmts; i++) {
        const stmt *m = &st->stmts[i];
        if (m->pct < 0 || (size_t)m->pct > r)
            continue;
        if (m->to_b >= 0 || m->from_a >= 0 || m->diff >= 0 ||
            (m->pair >= 0 && st->pairs[m->pair].first < (size_t)m->pct))
            return false;
        list[k++] = i;
    }
    if (k < 2)
        return false;
    /* The percentages close together: "4.88 por ciento y 0.92". */
    for (size_t i = 1; i < k; i++) {
        size_t a = (size_t)st->stmts[list[i - 1]].pct,
               b = (size_t)st->stmts[list[i]].pct;
        if (b - a > 3)
            return false;
        for (size_t q = a + 1; q < b; q++)
            if (!is_punct(&t[q], ',') && !is_word(&t[q], "and") &&
                !is_word(&t[q], "the") && !is_word(&t[q], "of"))
                return false;
    }
    size_t last_pct = (size_t)st->stmts[list[k - 1]].pct;
    size_t pairs[MAX_PIECES], n = 0;
    for (size_t j = 0; j < st->n_pairs && n < MAX_PIECES; j++) {
        const pair *p = &st->pairs[j];
        if (p->first > last_pct && p->last < r)
            pairs[n++] = j;
    }
    if (n != k)
        return false;
    for (size_t i = 0; i < k; i++) {
        stmt *m = &st->stmts[list[i]];
        if (m->pair >= 0)
            st->pairs[m->pair].claimed = false;
    }
    for (size_t i = 0; i < k; i++) {
        stmt *m = &st->stmts[list[i]];
        m->pair = (int)pairs[i];
        st->pairs[pairs[i]].claimed = true;
    }
    return true;
}

static void match_respectively(const extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t r = st->s;
    while (r < st->e && !is_word(&t[r], "respectively"))
        r++;
    /* Without the word, a list of percentages printed close together
     * ("falls of 25 and 20 per cent") after as many pairs says the
     * same. */
    bool said = r < st->e;
    if (said && pairs_after_respectively(x, st, r))
        return;
    size_t list[MAX_PIECES], k = 0;
    for (size_t i = 0; i < st->n_stmts; i++) {
        const stmt *m = &st->stmts[i];
        if (m->pct >= 0 && (size_t)m->pct < r && m->pair < 0 &&
            m->to_b < 0 && m->from_a < 0 && m->diff < 0)
            list[k++] = i;
    }
    if (k < 2)
        return;
    for (size_t i = 1; !said && i < k; i++) {
        size_t a = (size_t)st->stmts[list[i - 1]].pct,
               b = (size_t)st->stmts[list[i]].pct;
        if (b - a > 3)
            return;
        for (size_t q = a + 1; q < b; q++)
            if (!is_punct(&t[q], ',') && !is_word(&t[q], "and") &&
                !is_word(&t[q], "the") && !is_word(&t[q], "of"))
                return;
    }
    size_t pairs[MAX_PIECES], n = 0;
    for (size_t j = 0; j < st->n_pairs; j++) {
        const pair *p = &st->pairs[j];
        if (!p->claimed && p->last < st->stmts[list[0]].first)
            pairs[n++] = j;
    }
    if (n < k || (!said && n != k))
        return;
    for (size_t i = 0; i < k; i++) {
        stmt *m = &st->stmts[list[i]];
        m->pair = (int)pairs[n - k + i];
        st->pairs[m->pair].claimed = true;
    }
}

/* "Hubo 17 agresiones el pasado año, mientras en 2020 fueron cuatro. El
 * crecimiento es un llamativo 307%": a sentence with no change of its
 * own whose two counts the words order (order_by_role) leaves them, as a
 * pair, to the sentence after. */
static void pair_ordered_alone(extractor *x, sentence *st)
{
    if (st->n_stmts != 0 || st->n_pairs != 0)
        return;
    /* "52 homicidios este año, casi una tercera parte de los 139 ... de
     * 2023": a part of the other figure is a share, not a pair; nor is a
     * population beside a rate. */
    for (size_t i = st->s; i < st->e; i++)
        if (x->t[i].kind == TK_NUM &&
            (x->t[i].fig.is_percent || x->t[i].per >= 0))
            return;
    size_t found[3];
    bool either = false;
    int ord = order_by_role(x, st, found, &either);
    if (ord == 0 || x->t[found[0]].per >= 0 || x->t[found[1]].per >= 0)
        return;
    size_t a = ord > 0 ? found[0] : found[1];
    size_t b = ord > 0 ? found[1] : found[0];
    add_pair(x, st, a, b, found[0], x->t[found[1]].at_end - 1, 0);
    if (st->n_pairs > 0)
        st->pairs[st->n_pairs - 1].either = either;
}

/* "... their peak in 2009, when 739 convictions were recorded. Since
 * then, numbers have dropped to 255 - a reduction of 61 per cent": a
 * sentence opening "since then" on the one dated count before it gives
 * the level its change reached the earlier figure. */
static void match_since_then(extractor *x, sentence *st)
{
    stmt *m = &st->stmts[0];
    const tok *t = x->t;
    size_t s = st->s;
    if (!(st->n_stmts == 1 && m->pct >= 0 && m->pair < 0 &&
          m->from_a < 0 && m->diff < 0 && x->prev_same_para &&
          x->any_single && x->single_dated && x->single < s &&
          st->n_pairs < MAX_PIECES))
        return;
    int b = m->to_b >= 0 ? m->to_b : lone_free_count(x, st);
    if (b < 0)
        return;
    size_t k = s;
    if (k < st->e && is_word(&t[k], "and"))
        k++;
    /* ("desde entonces" is read "since then") */
    if (!(k + 1 < st->e && is_word(&t[k], "since") &&
          is_word(&t[k + 1], "then")))
        return;
    x->t[b].used = true;
    m->pair = add_carried_pair(st, x->single, (size_t)b, (size_t)b,
                               (size_t)b);
    m->to_b = -1;
}

/* "... with 7,823 fewer such offences taking place in 2016. A total of
 * 26,261 burglaries were recorded in 2015, leading to a decrease of
 * 29.8%": the change in counts the sentence before left, and the one
 * count of this one, dated the year before it, as the level it left. */
static void match_lone_diff_before(extractor *x, sentence *st)
{
    stmt *m = &st->stmts[0];
    if (!(st->n_stmts == 1 && x->has_lone_diff && !x->has_diff &&
          x->prev_same_para && x->lone_diff < st->s && x->lone_diff_year >= 0 &&
          m->pct >= 0 && m->pair < 0 && m->to_b < 0 && m->from_a < 0 &&
          m->diff < 0 && (m->dir == 0 || m->dir == x->lone_diff_dir)))
        return;
    int c = lone_free_count(x, st);
    const tok *y = c >= 0 ? year_of_count(x->t, st->s, st->e, (size_t)c)
                          : NULL;
    if (y == NULL || y->period.start / 12 != x->lone_diff_year - 1 ||
        !ctp_finder_plain_count(x, (size_t)c, st->e) ||
        (x->lone_diff_dir < 0 &&
         x->t[x->lone_diff].fig.value.digits >= x->t[c].fig.value.digits))
        return;
    m->diff = (int)x->lone_diff;
    m->from_a = c;
    m->dir = x->lone_diff_dir;
    x->t[c].used = true;
}

/* A change dated one year keeps no pair dated another, however it was
 * matched (dated_apart_from_pair). */
static void unmatch_dated_apart(const extractor *x, sentence *st)
{
    for (size_t i = 0; i < st->n_stmts; i++) {
        stmt *m = &st->stmts[i];
        if (m->pair < 0 || st->pairs[m->pair].carried ||
            !dated_apart_from_pair(x, st->e, m, &st->pairs[m->pair]))
            continue;
        st->pairs[m->pair].claimed = false;
        m->pair = -1;
    }
}

static void match_pairs(extractor *x, sentence *st)
{
    pair_ordered_alone(x, st);
    match_since_then(x, st);
    match_lone_diff_before(x, st);
    match_respectively(x, st);
    match_bracketed_after(x, st);
    match_bracket_after_pair(x, st);
    match_points_than(x, st);
    match_nearest(x, st);
    match_only_pair(x, st);
    match_two_dated(x, st);
    match_single_before(x, st);
    match_year_before(x, st);
    match_diff_before(x, st);
    match_anaphor(x, st);
    match_carried(x, st);
    match_earlier_before(x, st);
    match_later_before(x, st);
    unmatch_dated_apart(x, st);
    drop_words_beside(x, st);
    drop_counts_of_points(x, st);
}

/* The period labels of a sentence for a claim with none of its own: one
 * after "compared with", "since", "on", "than" or "from" is the earlier;
 * another is the later. */
static void sentence_periods(const extractor *x, const sentence *st,
                             ct_claim *c)
{
    const tok *t = x->t;
    for (size_t i = st->s; i < st->e; i++) {
        if (t[i].kind != TK_PERIOD)
            continue;
        bool earlier = false;
        for (size_t k = i; k-- > st->s && i - k <= 3;) {
            if (is_word(&t[k], "compared") || is_word(&t[k], "since") ||
                is_word(&t[k], "on") || is_word(&t[k], "than") ||
                is_word(&t[k], "from") || is_word(&t[k], "against") ||
                is_word(&t[k], "between")) {
                earlier = true;
                break;
            }
            if (!is_word(&t[k], "with") && !is_word(&t[k], "to") &&
                !is_word(&t[k], "the") && !is_word(&t[k], "in"))
                break;
        }
        char *dst = earlier ? c->period_from : c->period;
        if (dst[0] == '\0')
            ct_period_format(t[i].period, dst, sizeof c->period);
    }
}

void ctp_finder_claim_figure_from_tok(const tok *t, ct_claim_figure *f)
{
    *f = t->fig;
    if (t->per >= 0)
        f->is_exact = false;
}

/* Sets the place, text and context of a claim spanning tokens
 * [first, last] whose clause starts at token 'clause'. */
void ctp_finder_claim_at(const extractor *x, const sentence *st, ct_claim *c,
                         size_t clause, size_t first, size_t last)
{
    bprintf(c->source, sizeof c->source, "%s", x->source);
    /* A span is given by its two ends, whichever came first. */
    if (last < first) {
        size_t k = first;
        first = last;
        last = k;
    }
    size_t off = x->t[first].off, end = x->t[last].end;
    /* A closing bracket after the span belongs to it: "(+56%)". */
    if (last + 1 < st->e && is_punct(&x->t[last + 1], ')') &&
        first > 0 && last > first)
        for (size_t k = first; k <= last; k++)
            if (is_punct(&x->t[k], '('))
                end = x->t[last + 1].end;
    c->offset = off;
    c->length = end - off;
    place(x, off, &c->line, &c->column);
    copy_collapsed(c->text, sizeof c->text, x->s + off, end - off);
    /* The clause, a line break, then the whole sentence: names are
     * looked for in the clause first. */
    size_t co = x->t[clause < first ? clause : first].off;
    copy_collapsed(c->context, sizeof c->context / 2, x->s + co, end - co);
    size_t k = strlen(c->context);
    c->context[k++] = '\n';
    size_t so = x->t[st->s].off, se = x->t[st->e - 1].end;
    copy_collapsed(c->context + k, sizeof c->context - k, x->s + so, se - so);
}

static void period_of(const tok *t, char *buf, size_t size)
{
    ct_period_format(t->period, buf, size);
}

/* Gives a claim the other readings of its figures, if any: those whose
 * printed form reads two ways ("3.120"). */
static void other_readings(const extractor *x, ct_claim *c, int pub,
                           int from, int to)
{
    const int idx[3] = {pub, from, to};
    ct_claim_figure *dst[3] = {&c->alt_published, &c->alt_from, &c->alt_to};
    const ct_claim_figure *cur[3] = {&c->published, &c->from, &c->to};
    size_t k = 0;
    for (int j = 0; j < 3; j++) {
        if (idx[j] < 0 || !x->t[idx[j]].alt.is_set || !cur[j]->is_set)
            continue;
        const tok *t = &x->t[idx[j]];
        *dst[j] = t->alt;
        char a[60], b[60];
        ctp_claim_fig_format(&t->fig, false, a, sizeof a);
        ctp_claim_fig_format(&t->alt, false, b, sizeof b);
        int len = (int)(t->end - t->off);
        bprintf(c->alt_note + k, sizeof c->alt_note - k,
                "%s\"%.*s\" read as %s, not %s", k ? "; " : "",
                len > 20 ? 20 : len, x->s + t->off, b, a);
        k = strlen(c->alt_note);
    }
}

/* The byte offset of the figure claim c publishes: the first number in
 * its span with the same digits and unit, else where the span starts. */
static size_t figure_offset(const extractor *x, const ct_claim *c)
{
    const ct_claim_figure *f = &c->published;
    for (size_t i = 0; i < x->n_t; i++) {
        const tok *t = &x->t[i];
        if (t->kind == TK_NUM && t->off >= c->offset &&
            t->end <= c->offset + c->length &&
            t->fig.value.digits == f->value.digits &&
            t->fig.value.scale == f->value.scale &&
            t->fig.is_percent == f->is_percent)
            return t->off;
    }
    return c->offset;
}

/* Whether two figures are printed the same. */
static bool same_figure(const ct_claim_figure *a, const ct_claim_figure *b)
{
    return a->is_set && b->is_set && a->value.digits == b->value.digits &&
           a->value.scale == b->value.scale &&
           a->value.negative == b->value.negative && a->exp10 == b->exp10;
}

ct_status ctp_finder_emit(extractor *x, const ct_claim *c)
{
    ct_claim k = *c;
    k.figure_offset = figure_offset(x, c);
    /* Two figures the same and a change that is not nil: whatever tied
     * them, they are not the two the change compares ("13 murders" of
     * one parish taken as the earlier figure of the next parish's 13). */
    if ((k.measure == CT_CLAIM_PCT_CHANGE ||
         k.measure == CT_CLAIM_RATE_PCT_CHANGE) &&
        same_figure(&k.from, &k.to) && k.published.value.digits != 0) {
        k.from.is_set = k.to.is_set = false;
        k.loose = false;
    }
    return ct_claim_set_add(x->set, &k, x->err);
}

/* Whether token i is a count that may stand for a level or a change: a
 * figure, not a percentage, a rate or a year. */
bool ctp_finder_plain_count(const extractor *x, size_t i, size_t e)
{
    const tok *t = x->t;
    return i < e && t[i].kind == TK_NUM && !t[i].label &&
           !t[i].fig.is_percent && t[i].per < 0 && t[i].fig.is_exact &&
           !t[i].fig.is_points;
}

/* The first period among tokens from..lim before anything but a word:
 * its token, or -1. */
static int period_in_words(const tok *t, size_t from, size_t lim)
{
    for (size_t q = from; q < lim; q++) {
        if (t[q].kind == TK_PERIOD)
            return (int)q;
        if (t[q].kind != TK_WORD)
            break;
    }
    return -1;
}

/* The period a change is measured from, named a few words after it
 * ("from 2017/18", "since the year ending March 2011", "on 2015"): its
 * token, or -1. */
static int base_period_after(const extractor *x, size_t last, size_t e)
{
    const tok *t = x->t;
    for (size_t k = last + 1; k < e && k <= last + 8; k++) {
        if (t[k].kind == TK_NUM)
            return -1;
        if (!(is_word(&t[k], "since") || is_word(&t[k], "from") ||
              is_word(&t[k], "on") || is_word(&t[k], "desde")))
            continue;
        return period_in_words(t, k + 1, k + 6 < e ? k + 6 : e);
    }
    return -1;
}

/* The change in figures stated beside a percentage that has none: "up by
 * 3.4% or 13,479", "fell by 2,237 (1%)", "a 4.1% increase - 747 cases -",
 * "an increase of 40,351 offences or 8.4 per cent", or a statement of a
 * change elsewhere in the sentence ("increased by 102 offences ... and a
 * 14.4 per cent increase").  Returns its token, or -1; '*from_stmt' is the
 * statement it came from, or -1. */
/* Whether count k, after statement m's percentage and only a comma,
 * opens a clause of its own: "lessened by 39 percent, 1520 such cases
 * were registered in 2015" gives a level, not the change. */
static bool level_clause_after(const extractor *x, const stmt *m, size_t k,
                               size_t e)
{
    const tok *t = x->t;
    for (size_t q = (size_t)m->pct + 1; q < k; q++)
        if (!is_punct(&t[q], ','))
            return false;
    size_t words = 0, q = t[k].at_end;
    while (q < e && t[q].kind == TK_WORD && words < 6) {
        if (is_word(&t[q], "were") || is_word(&t[q], "was") ||
            is_word(&t[q], "fueron") || is_word(&t[q], "se"))
            return true;
        q++, words++;
    }
    return false;
}

/* Whether "in total" follows count k after a word or two: "(1,410
 * crimes in total, down 156 from 1,566)" gives a level, not a change. */
static bool total_after(const extractor *x, size_t k, size_t e)
{
    for (size_t q = k + 1; q + 1 < e && q <= k + 3; q++) {
        if (x->t[q].kind != TK_WORD)
            return false;
        if (is_word(&x->t[q], "in") && is_word(&x->t[q + 1], "total"))
            return true;
    }
    return false;
}

static bool change_appended_to_level(const tok *t, size_t b, size_t d);

/* "aumentó un 0,6%, con un total de 94.726 casos contabilizados, lo que
 * supone una cifra de 575 casos más que en 2013": between the percentage
 * (token lo) and the change (at d, its statement opening at hi), one
 * level a few words on, no bracket closed before it, and the change said
 * of that level. */
static bool level_then_change(const tok *t, size_t lo, size_t hi, size_t d)
{
    size_t level = 0, n = 0;
    for (size_t k = lo + 1; k < hi; k++) {
        if (is_punct(&t[k], ')') && n == 0)
            return false;
        if (t[k].kind == TK_NUM && !t[k].label)
            level = k, n++;
    }
    /* "un 1,9% si se compara ese periodo con los seis primeros meses
     * del pasado año (11.733 infracciones, 214 más ...)": a bracket
     * opening on the level reaches further. */
    bool bracket = level > lo + 1 && is_punct(&t[level - 1], '(');
    return n == 1 && (level <= lo + 6 || (bracket && level <= lo + 16)) &&
           t[level].fig.is_exact &&
           !t[level].fig.is_percent && change_appended_to_level(t, level, d);
}

/* "con una diferencia de 118 homicidios– 20% menos–": a noun of change,
 * "of" and a count, its noun, then the percentage set off by a dash or a
 * bracket.  Returns the count's token, or -1. */
static int change_set_before(const extractor *x, size_t s, size_t pct)
{
    const tok *t = x->t;
    size_t q = pct;
    if (!(q > s && (is_punct(&t[q - 1], '-') || is_punct(&t[q - 1], '('))))
        return -1;
    q--;
    if (q > s && t[q - 1].kind == TK_WORD &&
        !in_list(t[q - 1].w, ctp_finder_structure_words))
        q--;
    if (q < s + 3 || !ctp_finder_plain_count(x, q - 1, pct) ||
        t[q - 1].at >= 0 || !is_word(&t[q - 2], "of") ||
        !(ctp_lex_word_direction(&t[q - 3]) != 0 ||
          in_list(t[q - 3].w, ctp_finder_change_words)))
        return -1;
    return (int)(q - 1);
}

static int change_beside(const extractor *x, const sentence *st, size_t mi,
                         int *from_stmt)
{
    const tok *t = x->t;
    const stmt *m = &st->stmts[mi];
    size_t e = st->e;
    *from_stmt = -1;
    if (m->diff >= 0)
        return m->diff;
    /* Another statement of a change in counts, with no pair, no other
     * percentage between them. */
    for (size_t j = 0; j < st->n_stmts; j++) {
        const stmt *o = &st->stmts[j];
        if (j == mi || o->pct >= 0 || o->diff < 0 || o->pair >= 0 ||
            o->absorbed || o->from_a >= 0)
            continue;
        bool clear = true;
        for (size_t k = 0; k < st->n_stmts; k++) {
            const stmt *q = &st->stmts[k];
            if (k != mi && q->pct >= 0 &&
                ((size_t)q->pct > (o->diff < m->pct ? (size_t)o->diff
                                                    : (size_t)m->pct)) &&
                ((size_t)q->pct < (o->diff > m->pct ? (size_t)o->diff
                                                    : (size_t)m->pct)))
                clear = false;
        }
        /* "a rise of 3,301 ... from 2017/18, with the volume of offences
         * up 42% since the year ending March 2011": each names its own
         * base, and they differ. */
        int pm = base_period_after(x, m->last, e),
            po = base_period_after(x, o->last, e);
        if (pm >= 0 && po >= 0 &&
            !ct_period_equal(t[pm].period, t[po].period))
            clear = false;
        size_t lo = o->last < m->first ? o->last : m->last;
        size_t hi = o->last < m->first ? m->first : o->first;
        /* "han descendido un 2,5%, una reducción tenue que se aprecia
         * mejor en números absolutos: ... 517 denuncias, 13 menos": a
         * colon after the percentage announces its figures. */
        bool colon = false;
        for (size_t k = lo; o->last > m->first && k < hi; k++)
            colon |= is_punct(&t[k], ':');
        /* "– a 3.6 per cent drop – while police dealt with a total of
         * 82,870 incidents, which was 6,295 less": "while" opens a
         * clause on something else. */
        for (size_t k = lo; k < hi; k++)
            if (is_clause_while(&t[k]))
                clear = false;
        bool of_level = o->last > m->first &&
                        level_then_change(t, lo, hi, (size_t)o->diff);
        /* "186 delitos menos que en el mes de noviembre de 2024, lo que
         * significó una disminución del 16.57 por ciento": words that
         * say the change again reach further. */
        bool restated = false;
        for (size_t k = lo; o->last < m->first && k < hi; k++)
            restated |= t[k].kind == TK_WORD &&
                        in_list(t[k].w, restating_words);
        /* "70 fewer people than were killed during the same period in
         * 2012, for a year-to-year reduction of 37 percent": words of
         * time do not put the two further apart. */
        size_t apart = hi - lo, other = 0;
        if (apart > 14 && apart <= 24 && o->last < m->first) {
            for (size_t k = lo; k < hi; k++)
                other += t[k].kind == TK_NUM  /* another figure: not beside */
                             ? 25
                             : !(t[k].kind == TK_PERIOD ||
                                 is_punct(&t[k], '-') ||
                                 (t[k].kind == TK_WORD &&
                                  in_list(t[k].w, gap_time_words)));
            if (other < apart)
                apart = other;
        }
        if (clear && apart <= (colon || of_level || restated ? 24u : 14u)) {
            *from_stmt = (int)j;
            return o->diff;
        }
    }
    /* A bare count right after the percentage: "or 13,479", "(48,856
     * incidents)", "- 747 cases -", "or by 8,169". */
    size_t k = (size_t)m->pct + 1;
    if (k < e && ctp_lex_word_direction(&t[k]) != 0)
        k++;
    /* "The increase of 8.8 per cent in the Wiltshire Police area equates
     * to 2,830 crimes": where, said before "equates". */
    if (k < e && is_word(&t[k], "in"))
        for (size_t q = k + 1; q < e && q <= k + 7 && t[q].kind == TK_WORD;
             q++)
            if (is_word(&t[q], "equates") || is_word(&t[q], "equals")) {
                k = q;
                break;
            }
    size_t marks = 0;
    while (k < e && marks < 3 &&
           (t[k].kind == TK_PUNCT || is_word(&t[k], "or") ||
            is_word(&t[k], "by") || is_word(&t[k], "o") ||
            is_word(&t[k], "a") || is_word(&t[k], "an") ||
            is_word(&t[k], "spike") || is_word(&t[k], "rise") ||
            is_word(&t[k], "increase") || is_word(&t[k], "decrease") ||
            is_word(&t[k], "fall") || is_word(&t[k], "drop") ||
            /* "an increase of 2.4 per cent equates to 768 crimes" */
            is_word(&t[k], "equates") || is_word(&t[k], "equals") ||
            (is_word(&t[k], "to") && k > 0 && is_word(&t[k - 1], "equates")) ||
            (is_word(&t[k], "of") && k > 0 && t[k - 1].kind == TK_WORD &&
             !is_word(&t[k - 1], "or") && !is_word(&t[k - 1], "by")))) {
        if (t[k].kind == TK_PUNCT && t[k].w[0] == ')')
            return -1;
        k++, marks++;
    }
    if (marks > 0 && ctp_finder_plain_count(x, k, e) && t[k].at < 0 &&
        !level_clause_after(x, m, k, e) && !total_after(x, k, e))
        return (int)k;
    return change_set_before(x, st->s, (size_t)m->pct);
}

/* "una reducción de 117 muertos y una tasa de reducción porcentual de
 * 13.2": "and" right after a change in counts, then only words up to the
 * percentage, which says the same change in per cent. */
static bool and_names_it(const tok *t, size_t from, size_t pct)
{
    /* the noun of the count ("muertos") may come first */
    size_t j = from;
    while (j < pct && j < from + 2 && t[j].kind == TK_WORD &&
           !is_word(&t[j], "and"))
        j++;
    if (j >= pct || !is_word(&t[j], "and") || pct - j > 9)
        return false;
    for (size_t k = from; k < pct; k++)
        if (t[k].kind != TK_WORD || is_clause_while(&t[k]))
            return false;
    return true;
}

/* "una reducción ... en un 2,3%, ... 58.751, casi 1.400 menos que las
 * 60.150": the figures went to the change in counts (statement o), but
 * the percentage (statement i) is the claim; the change in counts is not
 * listed beside it.  Moves the pair of the nearest such change, with no
 * other percentage between, to the percentage; false when there is
 * none. */
static bool takes_count_pair(const tok *t, sentence *st, size_t i)
{
    stmt *m = &st->stmts[i];
    for (size_t j = 0; j < st->n_stmts; j++) {
        stmt *o = &st->stmts[j];
        if (j == i || o->pct >= 0 || o->pair < 0 || o->absorbed)
            continue;
        bool clear = true;
        size_t lo = (size_t)m->pct < o->first ? (size_t)m->pct : o->first;
        size_t hi = (size_t)m->pct < o->first ? o->first : (size_t)m->pct;
        for (size_t k = 0; k < st->n_stmts; k++)
            if (k != i && st->stmts[k].pct >= 0 &&
                (size_t)st->stmts[k].pct > lo &&
                (size_t)st->stmts[k].pct < hi)
                clear = false;
        if (!clear || hi - lo > 24)
            continue;
        m->pair = o->pair;
        /* Far apart, only nearness ties them, unless the percentage
         * opens on what was said before ("223 menos que en 2018 (880
         * casos), lo que representa una reducción del 23,5%"). */
        bool far = hi - lo > 8 && !((size_t)m->pct > o->first &&
                                    (said_of_before(t, st, o->last + 1,
                                                    m->first) ||
                                     and_names_it(t, o->last + 1,
                                                  (size_t)m->pct)));
        m->loose = m->loose || o->loose || far ||
                   clause_between(t, m->last + 1, o->first + 1);
        if (m->dir == 0)
            m->dir = o->dir;
        o->absorbed = true;
        return true;
    }
    return false;
}

/* The value of the level at token b as a whole number: its digits, or
 * for a figure with a multiple ("5.2 million") its digits times the unit
 * it is rounded to (5,200,000); -1 when it is none such. */
static int64_t level_in_units(const tok *b)
{
    int unit10 = b->fig.exp10 - b->fig.value.scale;
    if (b->fig.exp10 == 0)
        return b->fig.value.digits;
    if (unit10 <= 0 || b->fig.exp10 > 9 || b->fig.is_percent)
        return -1;
    return b->fig.value.digits * ctp_lex_pow10(unit10);
}

/* A percentage (m), the change in counts beside it (token d, from
 * statement from_stmt or -1) and the level they lead to: what the steps
 * of diff_levels share. */
typedef struct level_read {
    extractor *x;
    sentence *st;
    stmt *m;
    size_t d;
    int from_stmt;
} level_read;

/* "to 74,144", "to a total of 406,497" right after the change: the
 * level it led to, or -1. */
static int level_after_to(const level_read *r)
{
    const extractor *x = r->x;
    const tok *t = x->t;
    size_t e = r->st->e, d = r->d, k = t[d].at_end;
    /* "cae un 10%, hasta los 564 delitos, 64 menos que en 2024": "to"
     * right after the percentage, before its change in counts. */
    const stmt *m = r->m;
    if (m->pct >= 0 && (size_t)m->pct < d) {
        size_t q = (size_t)m->pct + 1;
        if (punct_at(x, q, e, ','))
            q++;
        if (word_at(x, q, e, "to")) {
            q++;
            if (word_at(x, q, e, "the"))
                q++;
            if (q < d && free_num(x, q, e) && ctp_finder_plain_count(x, q, e))
                return (int)q;
        }
    }
    /* "fell by 2,237 (1%) to 198,684" */
    if (punct_at(x, k, e, '(') && k + 2 < e && t[k + 1].kind == TK_NUM &&
        t[k + 1].fig.is_percent && is_punct(&t[k + 2], ')'))
        k += 3;
    size_t from = k;
    while (k < e && t[k].kind == TK_WORD && k < from + 2 &&
           !is_word(&t[k], "to"))
        k++;
    /* "with two fewer robberies, to 32"; "by 0.4% (1,224) to 299,948",
     * the change in counts in brackets after its percentage */
    if ((punct_at(x, k, e, ',') ||
         (punct_at(x, k, e, ')') && d > 0 && is_punct(&t[d - 1], '('))) &&
        word_at(x, k + 1, e, "to"))
        k++;
    /* "dropped by 15 per cent, or 2,828 offences, with 15,775 recorded":
     * the level now, counted, after "with". */
    else if (punct_at(x, k, e, ',') && word_at(x, k + 1, e, "with") &&
             free_num(x, k + 2, e) && ctp_finder_plain_count(x, k + 2, e) &&
             t[k + 2].at < 0 &&
             (word_at(x, k + 3, e, "recorded") ||
              word_at(x, k + 3, e, "reported") ||
              word_at(x, k + 3, e, "registered")) &&
             !word_at(x, k + 4, e, "last") && !word_at(x, k + 4, e, "in"))
        return (int)(k + 2);
    /* "– or 130,000 offences – in England and Wales to 5.2 million": the
     * change set off by dashes, then the place. */
    else if (punct_at(x, k, e, '-') && d > 1 && is_word(&t[d - 1], "or") &&
             is_punct(&t[d - 2], '-') && word_at(x, k + 1, e, "in")) {
        size_t q = k + 2;
        while (q < e && q < k + 7 && t[q].kind == TK_WORD &&
               !is_word(&t[q], "to") && !is_word(&t[q], "from") &&
               !is_word(&t[q], "than"))
            q++;
        if (word_at(x, q, e, "to"))
            k = q;
    }
    if (!word_at(x, k, e, "to"))
        return -1;
    k++;
    /* "to about 5.3 million" */
    bool approx = word_at(x, k, e, "about") || word_at(x, k, e, "around");
    if (word_at(x, k, e, "a") && word_at(x, k + 1, e, "total") &&
        word_at(x, k + 2, e, "of"))
        k += 3;
    /* "dos robos menos hasta los 32 actuales" */
    else if (word_at(x, k, e, "the"))
        k++;
    /* "or 130,000 offences – to 5.2 million": a level rounded to a
     * multiple's unit, when the change is a count in full. */
    if (approx && free_num(x, k + 1, e) && t[k + 1].fig.exp10 > 0)
        k++;
    bool rounded = free_num(x, k, e) && t[k].per < 0 && !t[k].fig.is_points &&
                   t[d].fig.is_exact && t[d].fig.exp10 == 0 &&
                   level_in_units(&t[k]) > 0;
    return free_num(x, k, e) && (ctp_finder_plain_count(x, k, e) || rounded)
               ? (int)k : -1;
}

static bool level_compared_with(const tok *t, size_t d, size_t b);

/* "a total of 3,417 serious and violent crimes, which is 96 more than
 * 2018", "(1.716, lo que supone 106 más que ...)": the change in counts
 * said of the count before ", which is" or ", lo que supone".  Its
 * token, or -1. */
static int level_before_which_at(const level_read *r, size_t d);

static int level_before_which(const level_read *r)
{
    int b = level_before_which_at(r, r->d);
    /* "10.092 ilícitos, lo que representa una caída de 13% (1.312 casos
     * menos)": the words may stand before the percentage whose change in
     * counts follows it. */
    if (b < 0 && r->m->pct >= 0 && (size_t)r->m->pct < r->d) {
        size_t f = r->m->first;
        if (f > r->st->s && is_word(&r->x->t[f - 1], "a"))
            f--;
        b = level_before_which_at(r, f);
    }
    return b;
}

/* level_before_which with the words of restating before token d. */
static int level_before_which_at(const level_read *r, size_t d)
{
    const extractor *x = r->x;
    const tok *t = x->t;
    size_t s = r->st->s, e = r->st->e;
    /* "(1.716, lo que supone 106 más ...)": "lo que" with its verb. */
    static const char *const verbs[] = {
        "is", "was", "were", "supone", "representa", "significa", "implica",
        NULL
    };
    if (d < s + 4 || t[d - 1].kind != TK_WORD || !in_list(t[d - 1].w, verbs))
        return -1;
    size_t c = d - 2;
    /* ", que son 73 más que ...": "que" alone after the comma too. */
    if (!is_word(&t[c], "which")) {
        if (!(is_word(&t[c], "than") || is_word(&t[c], "que")) || c <= s)
            return -1;
        if (is_word(&t[c - 1], "lo"))
            c--;
        else if (!is_punct(&t[c - 1], ','))
            return -1;
    }
    if (c <= s || !is_punct(&t[c - 1], ','))
        return -1;
    for (size_t q = c - 1; q-- > s && d - q <= 11;) {
        if (t[q].kind == TK_NUM)
            return free_num(x, q, e) && ctp_finder_plain_count(x, q, e)
                       ? (int)q
                       : -1;
        if (t[q].kind != TK_WORD)
            return -1;
    }
    return -1;
}

/* "en enero se registraron 19 muertes habiendo un descenso de 53 casos":
 * the change in counts follows its level within a few words of one
 * clause, no figure, mark or conjunction between. */
static bool change_follows_level(const tok *t, size_t b, size_t d)
{
    /* "3259 sex offences were recorded during the period an increase of
     * 641": "an increase of" names the change at once, so the clause may
     * run a few words longer. */
    bool named = d >= 3 && is_word(&t[d - 1], "of") &&
                 ctp_lex_word_direction(&t[d - 2]) != 0 &&
                 (is_word(&t[d - 3], "a") || is_word(&t[d - 3], "an"));
    if (b >= d || d > t[b].at_end + (named ? 10 : 6))
        return false;
    for (size_t k = t[b].at_end; k < d; k++)
        if (t[k].kind != TK_WORD || is_join(&t[k]))
            return false;
    return true;
}

/* "Durante 2013 fueron reportados 14.294 homicidios ..., con 1.433 casos
 * menos (9,12 %) respecto al año anterior", "There were 7,004 murders, an
 * increase of 841 (13.6%)": a change set off by a comma after the level,
 * opened by up to six words ("lo que representa una reducción de") and
 * no conjunction, describes that level; no
 * other figure, and no mark closing a clause, stands between. */
static bool change_appended_to_level(const tok *t, size_t b, size_t d)
{
    if (b >= d)
        return false;
    size_t k = d;
    for (size_t words = 0; k > t[b].at_end && words < 6 &&
                           t[k - 1].kind == TK_WORD;
         words++)
        if (is_join(&t[--k]))
            return false;
    /* "5,832 offences were reported to police – an increase of 88
     * offences or two per cent": a dash sets it off too. */
    if (k <= t[b].at_end ||
        !(is_punct(&t[k - 1], ',') || is_punct(&t[k - 1], '-')))
        return false;
    for (size_t q = t[b].at_end; q + 1 < k; q++)
        if ((t[q].kind == TK_NUM && !t[q].label) || is_punct(&t[q], ';') ||
            is_punct(&t[q], ':'))
            return false;
    return true;
}

/* The one count before the change d when the change is set off after
 * it (change_appended_to_level), whatever counts follow: "5,832 offences
 * were reported – an increase of 88 offences or two per cent ... – a
 * decrease of 100 offences from April, with 411 ...".  Its token, or
 * -1. */
static int level_appended_before(const level_read *r)
{
    const extractor *x = r->x;
    size_t s = r->st->s, e = r->st->e, d = r->d;
    int b = -1;
    for (size_t q = s; q < d; q++)
        if (x->t[q].kind == TK_NUM && !x->t[q].label &&
            !x->t[q].fig.is_percent) {
            if (b >= 0)
                return -1;
            b = (int)q;
        }
    return b >= 0 && free_num(x, (size_t)b, e) &&
                   ctp_finder_plain_count(x, (size_t)b, e) &&
                   change_appended_to_level(x->t, (size_t)b, d)
               ? b
               : -1;
}

/* "con 571 delitos -146 más que en 2012-", "571 delitos (146 más que en
 * 2012)": the count a word or two before the change in counts, an
 * opening bracket at most between.  Its token, or -1. */
static int level_just_before(const level_read *r)
{
    const extractor *x = r->x;
    const tok *t = x->t;
    size_t s = r->st->s, e = r->st->e, d = r->d;
    if (d < s + 2 || t[d].sign != 0)
        return -1;
    size_t k = d;
    if (is_punct(&t[k - 1], '('))
        k--;
    for (size_t words = 0; words < 2 && k > s && t[k - 1].kind == TK_WORD &&
                           !in_list(t[k - 1].w, ctp_finder_structure_words) &&
                           ctp_lex_word_direction(&t[k - 1]) == 0;
         words++)
        k--;
    if (k == d || k <= s)
        return -1;
    size_t b = k - 1;
    return free_num(x, b, e) && ctp_finder_plain_count(x, b, e) && t[b].at < 0
               ? (int)b
               : -1;
}

/* Whether count b follows "from", or "from" and words naming it ("from
 * the previous year's figure of 7,561", "from last year's 120"). */
static bool from_before(const tok *t, size_t s, size_t b)
{
    static const char *const naming[] = {
        "the", "previous", "last", "year", "years", "s", "figure", "total",
        "level", "of", NULL
    };
    for (size_t k = b; k-- > s && b - k <= 7;) {
        if (is_word(&t[k], "from"))
            return true;
        if (t[k].kind != TK_WORD || !in_list(t[k].w, naming))
            return false;
    }
    return false;
}

/* The one other count of the sentence as the level, or -1 when there is
 * none or more than one.  Only "2 mil 957 casos, 741 más que ...", the
 * change right after its level, is firm; anything else is nearness and
 * makes the statement loose. */
static int only_other_level(const level_read *r)
{
    const extractor *x = r->x;
    const tok *t = x->t;
    size_t s = r->st->s, e = r->st->e, d = r->d;
    int b = -1, found = 0;
    for (size_t q = s; q < e; q++)
        if (q != d && free_num(x, q, e) && ctp_finder_plain_count(x, q, e))
            b = (int)q, found++;
    if (found != 1)
        return -1;
    if (!((size_t)b < d && d >= 1 && t[b].at_end + 4 >= d &&
          punct_at(x, d - 1, e, ',') && r->from_stmt >= 0 &&
          r->st->stmts[r->from_stmt].weak) &&
        !level_compared_with(t, d, (size_t)b) &&
        !((size_t)b > d && from_before(t, d, (size_t)b)) &&
        !change_follows_level(t, (size_t)b, d) &&
        !change_appended_to_level(t, (size_t)b, d))
        r->m->loose = true;
    return b;
}

/* "657 casos ..., 223 menos que los que fueron denunciados en esos
 * mismos meses de 2018 (880 casos)": among several counts, the one after
 * the change that "than" compares it with.  -1 when there is none. */
static int level_compared_after(const level_read *r)
{
    const extractor *x = r->x;
    size_t e = r->st->e, d = r->d;
    for (size_t q = d + 1; q < e && q <= d + 16; q++)
        if (free_num(x, q, e) && ctp_finder_plain_count(x, q, e))
            return level_compared_with(x->t, d, q) ? (int)q : -1;
    return -1;
}

/* Where the change a level is looked for starts: its count ("supera en
 * 668 casos"), the count of the statement it restates, or its first
 * word. */
static size_t change_start(const level_read *r)
{
    size_t at = r->m->diff >= 0 ? (size_t)r->m->diff : r->m->first;
    if (r->from_stmt >= 0 && r->st->stmts[r->from_stmt].diff >= 0 &&
        (size_t)r->st->stmts[r->from_stmt].diff < at)
        at = (size_t)r->st->stmts[r->from_stmt].diff;
    return at;
}

/* Whether tokens [s, to) name a time of their own, a period or a month
 * ("En noviembre bajaron en 156"): a count the sentence before left is
 * then the level compared with, not the one reached. */
static bool names_own_time(const tok *t, size_t s, size_t to)
{
    static const char *const compared[] = {
        "than", "from", "since", "compared", "against", "versus", "on", NULL
    };
    for (size_t k = s; k < to; k++) {
        if (!(t[k].kind == TK_PERIOD ||
              (t[k].kind == TK_WORD && in_list(t[k].w, ctp_lex_month_names))))
            continue;
        /* "10 more than in 2018" names the time compared with */
        bool other = false;
        for (size_t q = k; q-- > s && k - q <= 6;) {
            other |= t[q].kind == TK_WORD && in_list(t[q].w, compared);
            /* "Compared to the same period in 2004": further off, only
             * words of a span between */
            if (k - q >= 3 && !(t[q].kind == TK_WORD &&
                                in_list(t[q].w, gap_time_words)))
                break;
        }
        if (!other)
            return true;
    }
    return false;
}

/* The level the change leads to, in the order the words give it: the
 * statement's own "to", that of the change in counts, "to" after the
 * change, the one other count, then the one count of the sentence before
 * ("Hubo 125 tentativas en 2020. Fueron 18 más que el año anterior, lo
 * que representa ...").  -1 when there is none. */
static int level_of_change(const level_read *r)
{
    const extractor *x = r->x;
    size_t s = r->st->s;
    int b = r->m->to_b;
    if (b < 0 && r->from_stmt >= 0)
        b = r->st->stmts[r->from_stmt].to_b;
    if (b < 0)
        b = level_after_to(r);
    if (b < 0)
        b = level_before_which(r);
    if (b < 0)
        b = level_compared_after(r);
    if (b < 0)
        b = level_appended_before(r);
    if (b < 0)
        b = level_just_before(r);
    if (b < 0)
        b = only_other_level(r);
    /* "... there were 1 198 murders recorded. This is 142 (13,4%) more
     * cases": after a word that refers back, the change the statement
     * itself says goes with that count too; "This is a 59% increase (or
     * 116 cases)": the change said after the percentage goes with it
     * only by nearness, so the claim is loose. */
    bool after_pct = x->anaphor && r->m->diff < 0 && r->m->pct >= 0 &&
                     r->d > (size_t)r->m->pct;
    if (b < 0 && x->any_single && x->single < s &&
        ctp_finder_plain_count(x, x->single, s + 1) &&
        (r->from_stmt >= 0 || (x->anaphor && r->m->diff >= 0) ||
         after_pct) &&
        !names_own_time(x->t, s, change_start(r))) {
        b = (int)x->single;
        r->m->loose |= after_pct && r->from_stmt < 0;
    }
    return b;
}

/* Gives the percentage its change d and level b, when the direction is
 * known (its own, the change's, or the change's sign) and the figures
 * can be one: a rise smaller than the level, both plain counts with no
 * multiplier.  The change in counts is then absorbed into it. */
/* Whether level b, in the sentence before, stands in a clause on what
 * is compared with ("en comparación con los primeros seis meses de 2020,
 * año en que el número de muertes sumó 412. ... se produjeron 140
 * muertes menos"): "compared" before it with no other figure between. */
static bool compared_clause_before(const tok *t, size_t b)
{
    for (size_t k = b; k-- > 0 && b - k <= 24;) {
        if (t[k].kind == TK_NUM || t[k].kind == TK_BREAK)
            return false;
        if (is_word(&t[k], "compared"))
            return true;
    }
    return false;
}

/* Whether level b, after change d, is the one compared with: "100
 * fewer than the 5,173 of the year before", "100 menos que el ejercicio
 * anterior, cuando se registraron 5.173".  "than" stands between them,
 * with no other figure and nothing that leads to a new level. */
static bool level_compared_with(const tok *t, size_t d, size_t b)
{
    /* "75 ingresos más que el año 2022, alcanzando las 163 causas": a
     * verb of reaching before the level makes it the later. */
    static const char *const reaching[] = {
        "alcanzando", "alcanzar", "llegando", "reaching", "totalling",
        "totaling", NULL
    };
    if (b <= d || b - d > 16)
        return false;
    for (size_t k = b - 1; k > d && b - k <= 3; k--)
        if (t[k].kind == TK_WORD && in_list(t[k].w, reaching))
            return false;
    bool than = false, compared = false;
    for (size_t k = d + 1; k < b; k++) {
        bool compared_to = is_word(&t[k], "to") && is_word(&t[k - 1], "compared");
        /* the change's own percentage, "(53 per cent)", may stand
         * between */
        bool own_pct = t[k].kind == TK_NUM && t[k].fig.is_percent &&
                       (is_punct(&t[k - 1], '(') || is_word(&t[k - 1], "or"));
        /* "405 fewer shooting victims in 2023 compared with 2022's
         * 1,546": the change's own period, right before "compared". */
        bool own_period = t[k].kind == TK_PERIOD && k + 1 < b &&
                          is_word(&t[k + 1], "compared");
        /* "223 menos que los que fueron denunciados en esos mismos meses
         * de 2018 (880 casos)": the level's own date, right before it in
         * brackets. */
        own_period |= t[k].kind == TK_PERIOD && k + 2 == b &&
                      is_punct(&t[k + 1], '(');
        /* "10 casos más que en 2024, cuando se registraron 583": the
         * period compared with, after "than", dates the level after
         * "when". */
        if ((t[k].kind == TK_NUM && !own_pct) || is_word(&t[k], "total") ||
            (is_word(&t[k], "to") && !compared_to) ||
            (t[k].kind == TK_PERIOD && !compared && !than && !own_period) ||
            (than && is_word(&t[k], "and")))
            return false;
        than |= is_word(&t[k], "than");
        compared |= is_word(&t[k], "compared");
    }
    /* "an increase of 193,419 (53 per cent) compared to 2018/19, when
     * 365,554 searches were recorded": the period compared with dates
     * the level after "when". */
    bool when = compared && b >= 2 && (is_word(&t[b - 1], "when") ||
                                       is_word(&t[b - 1], "where") ||
                                       is_word(&t[b - 2], "when"));
    /* "reduced by 7,560 or 2.55 percent compared to the 296,444", ...
     * "compared with 2022's 1,546" */
    size_t w = b;
    if (w >= d + 3 && is_word(&t[w - 1], "s") && t[w - 2].kind == TK_PERIOD)
        w -= 2;
    bool right_after = compared && w >= 2 &&
                       ((is_word(&t[w - 1], "the") &&
                         (is_word(&t[w - 2], "to") ||
                          is_word(&t[w - 2], "with"))) ||
                        compared_with_before(t, 0, w));
    /* "a drop of 255 cases from the 3,002 cases for the same period
     * last year": the change leaves the level. */
    bool from = b >= d + 2 &&
                (is_word(&t[b - 1], "from") ||
                 (is_word(&t[b - 1], "the") && is_word(&t[b - 2], "from")));
    return than || when || right_after || from;
}

/* "en el primer mes de 2019 se denunciaron ... 34 casos ... y en 2020
 * aumentó por 4 casos más": a change dated, between the level and
 * itself, later than the level's period is a change from the level. */
static bool change_dated_after_level(const tok *t, size_t s, size_t b,
                                     size_t d)
{
    if (b >= d)
        return false;
    int pd = -1, pb = t[b].at;
    for (size_t k = b + 1; k < d; k++)
        if (t[k].kind == TK_PERIOD)
            pd = (int)k;
    for (size_t k = b; pb < 0 && k-- > s;)
        if (t[k].kind == TK_PERIOD)
            pb = (int)k;
    return pd >= 0 && pb >= 0 &&
           t[pd].period.start >= t[pb].period.start + t[pb].period.n_months;
}

/* "cifra menor a los 1,618,856 en el mismo periodo del año pasado; una
 * disminución de 98,077": a level before the change, dated last year by
 * the words after it, is the one the change leaves. */
static bool level_of_last_year(const tok *t, size_t n, size_t b, size_t d)
{
    if (b >= d)
        return false;
    /* "14.580 delitos el año pasado. Esta cifra supone 1.300 casos más
     * que en el 2000": a change that names the period it compares with
     * leads to the level, whatever the level's own date. */
    /* "576 (14.1%) víctimas menos respecto al 2019": its percentage in
     * brackets and the noun may stand between. */
    for (size_t k = d + 1; k < n && k <= d + 8; k++) {
        if (t[k].kind == TK_NUM && !t[k].fig.is_percent)
            break;
        if (is_word(&t[k], "than") || is_word(&t[k], "compared")) {
            /* "70 fewer than in the same period in 2012": words of the
             * span may stand before the period named. */
            for (size_t j = k + 1; j < n && j <= k + 8; j++) {
                if (t[j].kind == TK_PERIOD)
                    return false;
                if (j > k + 4 && !(t[j].kind == TK_WORD &&
                                   in_list(t[j].w, gap_time_words)))
                    break;
            }
            break;
        }
    }
    for (size_t k = b + 1; k + 1 < n && k < d && k <= b + 8; k++) {
        if (t[k].kind == TK_NUM)
            return false;
        if ((is_word(&t[k], "last") || is_word(&t[k], "previous")) &&
            is_word(&t[k + 1], "year"))
            return true;
        /* "del año anterior" is read "last year" */
        if (is_word(&t[k], "year") && is_word(&t[k + 1], "before"))
            return true;
    }
    /* "entre los mismos meses del año anterior hubo 2128 asesinatos; ...
     * hay 1 198 muertes violentas más": dated by the words before it,
     * unless they are the period compared with ("respecto al año
     * anterior hubo 2128, 100 más"). */
    for (size_t k = b; k-- > 1 && b - k <= 8;) {
        if (t[k].kind == TK_NUM || t[k].kind == TK_PUNCT)
            return false;
        /* "the previous year's 767", the possessive read as one word */
        if ((is_word(&t[k - 1], "last") || is_word(&t[k - 1], "previous")) &&
            is_word(&t[k], "years"))
            return true;
        bool last = ((is_word(&t[k - 1], "last") ||
                      is_word(&t[k - 1], "previous")) &&
                     is_word(&t[k], "year")) ||
                    (is_word(&t[k - 1], "year") && is_word(&t[k], "before"));
        if (!last)
            continue;
        /* "compared to the previous year's record of 767": the year's
         * own figure, whatever it is compared with. */
        if (is_word(&t[k], "year") && k + 1 < b && is_word(&t[k + 1], "s"))
            return true;
        for (size_t j = k - 1; j-- > 0 && k - 1 - j <= 3;)
            if (is_word(&t[j], "compared") || is_word(&t[j], "than") ||
                is_word(&t[j], "with") || is_word(&t[j], "on") ||
                is_word(&t[j], "from") || is_word(&t[j], "versus"))
                return false;
        return true;
    }
    return false;
}

/* "respecto al semestre anterior, cuando esta alcanzó los 2,9 por cada
 * 100 mil habitantes, con un total de 585 víctimas": a level after
 * "when" that follows the period compared with is that period's. */
static bool level_when_compared(const tok *t, size_t b)
{
    for (size_t k = b; k-- > 0 && b - k <= 14;) {
        if (t[k].kind == TK_PUNCT && (t[k].w[0] == '.' || t[k].w[0] == ';'))
            return false;
        if (!(is_word(&t[k], "cuando") || is_word(&t[k], "when")))
            continue;
        size_t q = k > 0 && is_punct(&t[k - 1], ',') ? k - 1 : k;
        for (size_t j = q; j-- > 0 && q - j <= 5;) {
            /* "si el dato del 2021 se compara con 2019, cuando se
             * computaron 108": the year compared with stands between */
            if (t[j].kind == TK_PERIOD)
                continue;
            if (t[j].kind != TK_WORD)
                return false;
            /* "14% lower than 2010 when there were 143,734", "an increase
             * of 113 ... since the end of 2015, when there were 668" */
            if (is_word(&t[j], "compared") || is_word(&t[j], "anterior") ||
                is_word(&t[j], "previous") || is_word(&t[j], "compara") ||
                is_word(&t[j], "comparan") ||
                ((is_word(&t[j], "than") || is_word(&t[j], "since") ||
                  is_word(&t[j], "desde")) &&
                 period_in_words(t, j + 1, q) >= 0))
                return true;
        }
        return false;
    }
    return false;
}

/* Whether the change in counts d is said against this year: "688 de
 * estos crímenes, 79 más de los que se han registrado este año", "431
 * casos, 111 menos que este año".  The level it belongs to is then the
 * earlier figure. */
static bool than_this_year_after(const tok *t, size_t d, size_t e)
{
    size_t k = d + 1;
    if (k < e && t[k].kind == TK_WORD &&
        !in_list(t[k].w, ctp_finder_comparative_words) &&
        k + 1 < e && t[k + 1].kind == TK_WORD &&
        in_list(t[k + 1].w, ctp_finder_comparative_words))
        k++;  /* a noun: "79 casos más" */
    if (!(k < e && t[k].kind == TK_WORD &&
          in_list(t[k].w, ctp_finder_comparative_words) &&
          k + 1 < e && is_word(&t[k + 1], "than")))
        return false;
    for (size_t q = k + 2; q + 1 < e && q <= k + 9; q++) {
        if (t[q].kind != TK_WORD)
            return false;
        if (is_word(&t[q], "this") && is_word(&t[q + 1], "year"))
            return true;
    }
    return false;
}

static void set_change_level(const level_read *r, size_t b)
{
    tok *t = r->x->t;
    stmt *m = r->m;
    size_t d = r->d;
    int dir = m->dir;
    /* "son un 28,75 % más que los del 2019, cuando se registraron
     * 17.334, 4.985 menos que en ... 2022": a change in counts after the
     * percentage, said the other way, compares another pair of figures.
     * Before it, the percentage restates it, its direction wrong or not
     * ("Fueron 18 más que el año anterior, lo que representa una baja
     * de 14,4%"). */
    const stmt *o = r->from_stmt >= 0 ? &r->st->stmts[r->from_stmt] : NULL;
    int other = o != NULL ? o->dir : 0;
    if (dir != 0 && other != 0 && other != dir && o->first > m->last)
        return;
    if (dir == 0)
        dir = other;
    if (dir == 0)
        dir = t[d].sign;
    if (dir == 0)
        return;
    /* "But it is up from 436 reported in 2014 – an increase of 133":
     * a count after "from" is the earlier. */
    bool compared = from_before(t, r->st->s, b) ||
                    than_this_year_after(t, d, r->st->e) ||
                    level_compared_with(t, d, b) ||
                    change_dated_after_level(t, r->st->s, b, d) ||
                    level_of_last_year(t, r->x->n_t, b, d) ||
                    level_when_compared(t, b) ||
                    (b < r->st->s && compared_clause_before(t, b));
    /* "falling by 2.5 per cent – or 130,000 offences – ... to 5.2
     * million": a level rounded to a multiple's unit stands for its
     * value, the change being a count in full. */
    int64_t level = level_in_units(&t[b]);
    if (t[d].fig.exp10 != 0 || level < 0 || t[d].fig.value.digits == 0 ||
        (t[b].fig.exp10 != 0 && !t[d].fig.is_exact))
        return;
    /* A rise to a level is smaller than it; so is a fall from one. */
    if ((dir > 0) != compared && t[d].fig.value.digits >= level)
        return;
    m->dir = dir;
    m->diff = (int)d;
    if (compared)
        m->from_a = (int)b;
    else
        m->to_b = (int)b;
    t[d].used = t[b].used = true;
    if (r->from_stmt >= 0)
        r->st->stmts[r->from_stmt].absorbed = true;
}

/* A percentage with a change in counts beside it and one level: the
 * earlier figure is the level less the change ("up by 3.4% or 13,479 to
 * a total of 406,497": 406,497 - 13,479).  The level is the count after
 * "to" ("to a total of"), or the one other count of the sentence. */
/* "a drop of 21.7 per cent compared to the same 16 week period last year
 * which equals a total of 3,612 fewer incidents reported, down from
 * 16,634": the next statement is a change in counts with its own level;
 * the percentage takes both, as one change said twice. */
static bool takes_change_and_level(tok *t, sentence *st, size_t i)
{
    stmt *m = &st->stmts[i];
    if (i + 1 >= st->n_stmts || m->diff >= 0 || m->to_b >= 0)
        return false;
    stmt *o = &st->stmts[i + 1];
    /* "3,612 fewer incidents reported, down from 16,634" */
    int from = o->from_a;
    if (from < 0 && o->to_b < 0) {
        size_t k = o->last + 1, words = 0;
        while (k < st->e && words < 3 && t[k].kind == TK_WORD &&
               ctp_lex_word_direction(&t[k]) == 0)
            k++, words++;
        if (k < st->e && is_punct(&t[k], ','))
            k++;
        if (k + 2 < st->e && (is_word(&t[k], "down") || is_word(&t[k], "up")) &&
            is_word(&t[k + 1], "from") && t[k + 2].kind == TK_NUM &&
            t[k + 2].fig.is_exact && !t[k + 2].fig.is_percent &&
            ctp_lex_word_direction(&t[k]) == o->dir)
            from = (int)(k + 2);
    }
    if (o->pct >= 0 || o->diff < 0 || o->pair >= 0 ||
        (from < 0 && o->to_b < 0) || o->absorbed ||
        (m->dir != 0 && o->dir != 0 && m->dir != o->dir) ||
        o->first > m->last + 18)
        return false;
    /* "(up 2,575 to 40,726 thefts, 7% more than in 2017-18), followed by
     * Essex (up 1,056 to 5,409 ...": a bracket closing between ends the
     * percentage's clause, and a change in counts just before it is its
     * own. */
    for (size_t k = m->last + 1; k < o->first; k++)
        if ((t[k].kind == TK_NUM && !t[k].label) || is_punct(&t[k], ')'))
            return false;
    if (i > 0) {
        const stmt *b = &st->stmts[i - 1];
        if (b->pct < 0 && b->diff >= 0 && !b->absorbed && b->pair < 0 &&
            b->last < m->first && b->last + 4 >= m->first)
            return false;
    }
    m->diff = o->diff;
    m->from_a = from;
    m->to_b = o->to_b;
    if (from >= 0)
        t[from].used = true;
    if (m->dir == 0)
        m->dir = o->dir;
    m->loose = m->loose || o->loose;
    o->absorbed = true;
    return true;
}

/* Whether count d is dated "the same period" of a year ("12 homicidios
 * durante el mismo periodo de 2019"). */
static bool same_period_before(const tok *t, size_t d)
{
    static const char *const same[] = {"same", "mismo", "misma", "igual", NULL};
    if (t[d].at < 0 || (size_t)t[d].at <= d)
        return false;
    for (size_t k = d + 1; k < (size_t)t[d].at; k++)
        if (t[k].kind == TK_WORD && in_list(t[k].w, same))
            return true;
    return false;
}

/* Whether statement i says again, after words that do ("representing a
 * decrease of 18%"), the change in counts the statement before it
 * states: it has the first claim on that change. */
static bool restates_diff_before(const tok *t, const sentence *st, size_t i)
{
    if (i == 0)
        return false;
    const stmt *m = &st->stmts[i], *o = &st->stmts[i - 1];
    if (o->pct >= 0 || o->diff < 0)
        return false;
    /* "53 fewer than last year to 237, representing": the rest of the
     * change's clause, up to its comma */
    size_t k = o->last + 1;
    while (k < m->first && k < o->last + 10 && !is_punct(&t[k], ',') &&
           (t[k].kind == TK_WORD || t[k].kind == TK_PERIOD ||
            (t[k].kind == TK_NUM && !t[k].fig.is_percent)))
        k++;
    if (k < m->first && is_punct(&t[k], ','))
        k++;
    if (!(k < m->first && t[k].kind == TK_WORD &&
          in_list(t[k].w, restating_words)))
        return false;
    for (k++; k < m->first; k++)
        if (t[k].kind != TK_WORD)
            return false;
    return true;
}

static void diff_levels(extractor *x, sentence *st)
{
    tok *t = x->t;
    /* Those that say a change in counts again go first. */
    for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < st->n_stmts; i++) {
        stmt *m = &st->stmts[i];
        if (m->pct < 0 || m->pair >= 0 || m->from_a >= 0 ||
            t[m->pct].fig.is_points || m->absorbed ||
            restates_diff_before(t, st, i) != (pass == 0))
            continue;
        if (takes_count_pair(t, st, i) ||
            takes_change_and_level(x->t, st, i))
            continue;
        int from_stmt;
        int d = change_beside(x, st, i, &from_stmt);
        if (d < 0 || !ctp_finder_plain_count(x, (size_t)d, st->e))
            continue;
        level_read r = { x, st, m, (size_t)d, from_stmt };
        int b = level_of_change(&r);
        /* "un aumento del 33 por ciento en 12 homicidios durante el mismo
         * periodo de 2019": a count "by" which the change went, dated the
         * same period of another year, is the level compared with. */
        if (b >= 0 && (size_t)b != (size_t)d && same_period_before(t, d) &&
            from_stmt < 0) {
            m->from_a = d;
            m->to_b = b;
            m->loose = true;
            t[d].used = t[b].used = true;
            continue;
        }
        if (b >= 0)
            set_change_level(&r, (size_t)b);
    }
}

/* Whether token i may be one of the two counts a percentage compares,
 * found by nearness: a free figure, not a percentage, a rate, a year or a
 * number in words. */
bool ctp_finder_nearby_count(const extractor *x, size_t i, size_t e)
{
    const tok *t = &x->t[i];
    return free_num(x, i, e) && !t->fig.is_percent && !t->fig.is_points &&
           t->per < 0 && t->hedge == CT_CLAIM_HEDGE_NONE &&
           t->fig.value.digits > 0;
}

/* Whether two figures were printed alike ("1,420" twice). */
static bool same_printed(const ct_claim_figure *a, const ct_claim_figure *b)
{
    return a->value.digits == b->value.digits &&
           a->value.scale == b->value.scale && a->exp10 == b->exp10;
}

/* The counts from token 'from' to the end of the sentence that a
 * percentage may compare (ctp_finder_nearby_count), in 'cand'; false when
 * there are more than MAX_NEARBY. */
static bool nearby_counts(const extractor *x, const sentence *st,
                          size_t from, size_t *cand, size_t *k)
{
    *k = 0;
    for (size_t i = from; i < st->e; i++) {
        /* "... de las cuales el 44.7% estaban aseguradas, es decir,
         * 61,222 unidades ... Este incremento del 2.25% con respecto a
         * 2022, cuando se reportaron 59,871": a part of a share in the
         * sentence before may be the level a change reached. */
        bool part = i < st->s && x->t[i].part && x->t[i].kind == TK_NUM &&
                    !x->t[i].label && !x->t[i].fig.is_percent &&
                    x->t[i].per < 0 && x->t[i].fig.is_exact;
        if (!part && !ctp_finder_nearby_count(x, i, i < st->s ? st->s : st->e))
            continue;
        if (*k == MAX_NEARBY)
            return false;
        cand[(*k)++] = i;
    }
    return true;
}

/* Whether a token from i to e names a period. */
static bool names_period(const tok *t, size_t i, size_t e)
{
    for (; i < e; i++)
        /* "168 ... el mes pasado, mientras que en febrero fueron 131": a
         * month with no year names a period too. */
        if (t[i].kind == TK_PERIOD ||
            (t[i].kind == TK_WORD && in_list(t[i].w, ctp_lex_month_names) &&
             i > 0 && is_word(&t[i - 1], "in")))
            return true;
    return false;
}

/* Whether counts a and b may be the earlier and the later figure: two
 * tokens, not both of the sentence before unless it names a period
 * ('dated_before'), and in time order when both have one. */
static bool may_pair(const tok *t, const sentence *st, size_t a, size_t b,
                     bool dated_before)
{
    if (a == b || (a < st->s && b < st->s && !dated_before))
        return false;
    /* "theft under $5,000, which dropped to 10 counts": a sum of money
     * and a count are not two values of one thing. */
    if (t[a].money != t[b].money)
        return false;
    return !(t[a].at >= 0 && t[b].at >= 0 &&
             !ct_period_equal(t[t[a].at].period, t[t[b].at].period) &&
             !before(&t[t[a].at], &t[t[b].at]));
}

/* Checks claim c as it stands and says whether it holds (consistent or
 * hedged): the test by which the rules below take figures no word ties
 * to a claim. */
bool ctp_finder_claim_agrees(ct_claim *c)
{
    ct_error e = CT_ERROR_INIT;
    return ct_claim_check(c, NULL, &e) == CT_STATUS_OK &&
           (c->verdict == CT_CLAIM_CONSISTENT ||
            c->verdict == CT_CLAIM_HEDGED ||
            c->verdict == CT_CLAIM_IF_TRUNCATED ||
            c->verdict == CT_CLAIM_IF_HALF_EVEN);
}

/* Whether claim c, given a and b as its figures (loosely), agrees with
 * them (consistent or hedged); the claim so completed is '*trial'. */
static bool pair_agrees(const ct_claim *c, const tok *a, const tok *b,
                        ct_claim *trial)
{
    *trial = *c;
    ctp_finder_claim_figure_from_tok(a, &trial->from);
    ctp_finder_claim_figure_from_tok(b, &trial->to);
    trial->loose = true;
    if (!ctp_finder_claim_agrees(trial))
        return false;
    /* "more than 10 per cent" holds for any larger change, so it alone
     * would tie any two figures: taken by agreement only when the figure
     * is also near ("more than 15 per cent" for 15.35); so with "less
     * than". */
    if (c->hedge == CT_CLAIM_HEDGE_ABOVE || c->hedge == CT_CLAIM_HEDGE_LESS ||
        c->hedge == CT_CLAIM_HEDGE_AT_LEAST) {
        ct_claim near = *trial;
        near.hedge = CT_CLAIM_HEDGE_NEAR;
        if (!ctp_finder_claim_agrees(&near))
            return false;
    }
    return true;
}

/* Gives claim c the figures of 'best', when a reading that agrees was
 * found: loosely, as no word ties them to c.  False when none was. */
static bool take_reading(ct_claim *c, bool found, const ct_claim *best)
{
    if (!found)
        return false;
    c->from = best->from;
    c->to = best->to;
    c->loose = true;
    return true;
}

/* Whether a count among 'cand' is dated later than the dated count b:
 * "(34 denuncias en 2021, 35 en 2020 y 58 en 2019)" states the change to
 * the latest year, so 2020's 35 is not the later figure of a pair no
 * word ties. */
static bool later_dated_among(const tok *t, const size_t *cand, size_t k,
                              size_t b)
{
    if (t[b].at < 0)
        return false;
    for (size_t q = 0; q < k; q++)
        if (t[cand[q]].at >= 0 && before(&t[t[b].at], &t[t[cand[q]].at]))
            return true;
    return false;
}

/* A percentage left without figures ("Esto implica una suba de 16% ...,
 * ya que entre enero y marzo de 2024 fueron 85 los asesinatos", the 99 of
 * this year in the sentence before): among the counts of its sentence and
 * of the sentence before in the same paragraph, the one pair whose change
 * the percentage states.  Journalists tie figures to a percentage in more
 * ways than any list of cues holds, but a pair that gives the stated
 * figure to its last printed digit rarely does so by chance.  Only a pair
 * that agrees is taken, and only when no other pair agrees: a pair no
 * word ties is never used to call a claim wrong.  Counts of two periods
 * are taken in time order; two counts of the sentence before need a
 * period named there.  Sets c's figures and returns true when found. */
static bool agreeing_pair(extractor *x, const sentence *st, ct_claim *c,
                          int fix_a, int fix_b, bool later)
{
    const tok *t = x->t;
    size_t from = x->prev_same_para && !later ? 0 : st->s;
    size_t cand[MAX_NEARBY], k;
    if (!nearby_counts(x, st, from, cand, &k))
        return false;
    /* Two counts of the sentence before are taken together only when
     * that sentence names a period: counts with no time to them are too
     * weak a tie ("Fines of up to 1,000 from 800 courts were paid. That
     * is 25% more."). */
    bool dated_before = names_period(t, from, st->s);
    /* Likewise for a claim of the sentence before whose figures come in
     * this one ("... se dispararon un 78%; en 2016 hubo 9 pero en 2017
     * se registraron 16"). */
    if (later && !names_period(t, st->s, st->e))
        return false;
    /* The earlier and the later figure: the one the words give, else
     * each count in turn. */
    size_t one_a = (size_t)fix_a, one_b = (size_t)fix_b;
    const size_t *as = fix_a >= 0 ? &one_a : cand;
    const size_t *bs = fix_b >= 0 ? &one_b : cand;
    size_t na = fix_a >= 0 ? 1 : k, nb = fix_b >= 0 ? 1 : k;
    bool found = false;
    ct_claim best, trial;
    size_t best_a = 0, best_b = 0;
    for (size_t ia = 0; ia < na; ia++)
        for (size_t ib = 0; ib < nb; ib++) {
            const tok *a = &t[as[ia]], *b = &t[bs[ib]];
            if (!may_pair(t, st, as[ia], bs[ib], dated_before) ||
                later_dated_among(t, cand, k, bs[ib]) ||
                !pair_agrees(c, a, b, &trial))
                continue;
            if (found && (!same_printed(&best.from, &trial.from) ||
                          !same_printed(&best.to, &trial.to)))
                return false;  /* two pairs agree: which is meant is open */
            found = true;
            best = trial;
            best_a = as[ia];
            best_b = bs[ib];
            best.period[0] = best.period_from[0] = '\0';
            if (a->at >= 0 && b->at >= 0) {
                period_of(&t[a->at], best.period_from,
                          sizeof best.period_from);
                period_of(&t[b->at], best.period, sizeof best.period);
            }
        }
    if (!found)
        return false;
    /* Taken, like any pair: the next sentence must not read them again
     * ("5% higher than the national figure of 2,150" after "2,043 ...
     * 5% fewer than the 2,150 last year"). */
    x->t[best_a].used = x->t[best_b].used = true;
    c->from = best.from;
    c->to = best.to;
    c->loose = true;
    if (best.period[0]) {
        memcpy(c->period, best.period, sizeof c->period);
        memcpy(c->period_from, best.period_from, sizeof c->period_from);
    }
    return true;
}

/* Claim c with figures 'from' and 'to', loosely, when it agrees with
 * them: the first such reading goes in '*best' and sets '*found'; a
 * second returns false, for then which is meant is open. */
static bool one_reading(const ct_claim *c, const ct_claim_figure *from,
                        const ct_claim_figure *to, bool *found,
                        ct_claim *best)
{
    ct_claim trial = *c;
    trial.from = *from;
    trial.to = *to;
    trial.loose = true;
    if (!ctp_finder_claim_agrees(&trial))
        return true;
    if (*found)
        return false;
    *found = true;
    *best = trial;
    return true;
}

/* "increased by 102 offences in the last quarter compared to the
 * previous quarter - a total of 811 offences and a 14.4 per cent
 * increase": a percentage with no figures, a change in counts with none
 * either, and a count in the same sentence.  The count less the change
 * gives the earlier figure (811 - 102 = 709, and 100 x 102 / 709 =
 * 14.4%).  As for agreeing_pair, only a reading that agrees, and the only
 * one that does, is taken, loosely. */
static bool agreeing_derived(extractor *x, const sentence *st,
                             const stmt *m, ct_claim *c)
{
    const tok *t = x->t;
    /* The total may stand in the sentence before when this one opens by
     * referring to it ("... with 5,266 crimes recorded. This is a
     * decrease of 19.5% (1,272 crimes) compared to the five-year
     * mean"). */
    /* So may it before a semicolon: "In 2023/24, there were 18 murders
     * and other homicides; an increase of 20% (or 3) on the previous
     * year." */
    size_t from = (x->anaphor || after_semicolon(x, st)) && x->prev_same_para
                      ? 0 : st->s;
    size_t cand[MAX_NEARBY], k;
    if (!nearby_counts(x, st, from, cand, &k))
        return false;
    /* The changes: a count in brackets right after the percentage
     * ("19.5% (1,272 crimes)"), and each change standing bare in the
     * sentence ("increased by 102 offences"). */
    size_t diffs[MAX_PIECES + 1];
    int dirs[MAX_PIECES + 1];
    size_t nd = 0;
    size_t after = t[m->pct].at_end;
    /* "an increase of 20% (or 3)" */
    size_t inner = after + 1;
    if (word_at(x, inner, st->e, "or"))
        inner++;
    if (m->dir != 0 && punct_at(x, after, st->e, '(') &&
        free_num(x, inner, st->e) && !t[inner].fig.is_percent &&
        t[inner].per < 0 && t[inner].fig.is_exact) {
        diffs[nd] = inner;
        dirs[nd++] = m->dir;
    }
    /* "This is an annual increase of 34% and 159 more burglary offences
     * than ...": the statement's own change in counts. */
    if (m->diff >= 0 && m->dir != 0 && nd == 0 && t[m->diff].fig.is_exact) {
        diffs[nd] = (size_t)m->diff;
        dirs[nd++] = m->dir;
    }
    for (size_t q = 0; q < st->n_stmts; q++) {
        const stmt *d = &st->stmts[q];
        if (d->pct >= 0 || d->diff < 0 || d->pair >= 0 || d->to_b >= 0 ||
            d->from_a >= 0 || d->dir == 0 || d->weak ||
            !t[d->diff].fig.is_exact)
            continue;
        diffs[nd] = (size_t)d->diff;
        dirs[nd++] = d->dir;
    }
    bool found = false;
    ct_claim best;
    /* "reduced by 10% (1,410 crimes in total, down 156 from 1,566)": a
     * change in counts with the level it left gives the pair itself. */
    for (size_t q = 0; q < st->n_stmts; q++) {
        const stmt *d = &st->stmts[q];
        if (d->pct >= 0 || d->diff < 0 || d->from_a < 0 || d->to_b >= 0 ||
            d->pair >= 0 || d->dir == 0 || !t[d->diff].fig.is_exact ||
            !t[d->from_a].fig.is_exact)
            continue;
        int64_t left = t[d->from_a].fig.value.digits;
        int64_t reached = left + t[d->diff].fig.value.digits *
                                     (d->dir < 0 ? -1 : 1);
        if (reached <= 0)
            continue;
        ct_claim_figure earlier, later = ctp_claim_fig_count(reached);
        ctp_finder_claim_figure_from_tok(&t[d->from_a], &earlier);
        if (!one_reading(c, &earlier, &later, &found, &best))
            return false;
    }
    for (size_t q = 0; q < nd; q++) {
        int64_t change = t[diffs[q]].fig.value.digits * (dirs[q] < 0 ? -1 : 1);
        for (size_t i = 0; i < k; i++) {
            const tok *b = &t[cand[i]];
            if (cand[i] == diffs[q] || !b->fig.is_exact ||
                b->fig.value.digits - change <= 0)
                continue;
            ct_claim_figure later, earlier =
                ctp_claim_fig_count(b->fig.value.digits - change);
            ctp_finder_claim_figure_from_tok(b, &later);
            if (!one_reading(c, &earlier, &later, &found, &best))
                return false;
        }
    }
    return take_reading(c, found, &best);
}

/* "There were 7 004 murders, an increase of 841 (13.6%)": a change and
 * its percentage with no figures of their own describe the one count
 * before them, which becomes the statement's later figure. */
static void take_count_before(extractor *x, const sentence *st, stmt *m)
{
    tok *t = x->t;
    if (m->pair >= 0 || m->diff < 0 || m->pct < 0 || m->to_b >= 0 ||
        m->from_a >= 0)
        return;
    int b = only_count_before(x, st, m->first, &t[m->diff]);
    /* "an estimated 1,561,500 inmates ..., a decrease of 15,400": a level
     * rounded to hundreds will do, to its hundreds. */
    if (b >= 0 && (t[b].fig.is_exact ||
                   (t[b].fig.exp10 > 0 && t[b].fig.value.scale == 0))) {
        /* "lower than the previous year's 767 incidents, a reduction of
         * 511": the count compared with, or the year before's, is the
         * level the change left. */
        size_t q = (size_t)b;
        while (q > st->s && q + 4 > (size_t)b && t[q - 1].kind == TK_WORD &&
               !is_word(&t[q - 1], "than"))
            q--;
        bool earlier = level_of_last_year(t, x->n_t, (size_t)b,
                                          (size_t)m->diff) ||
                       (q > st->s && is_word(&t[q - 1], "than"));
        if (earlier)
            m->from_a = b;
        else
            m->to_b = b;
        t[b].used = true;
        m->first = (size_t)b;
    }
}

/* "pasando de 33,3 a 33 infracciones por cada mil": of two levels from
 * one table, the one printed whole has lost its trailing zeros and
 * stands for 33,0, not for anything from 32,5 to 33,5.  Only rounded
 * figures (rates, decimals) printed whole beside one with decimals. */
static void same_precision(ct_claim_figure *a, ct_claim_figure *b)
{
    ct_claim_figure *whole = a->value.scale == 0 ? a : b;
    const ct_claim_figure *fine = whole == a ? b : a;
    if (whole->is_exact || fine->is_exact || whole->value.scale != 0 ||
        fine->value.scale == 0 || fine->value.scale > 3 ||
        whole->exp10 != 0 || fine->exp10 != 0 ||
        whole->is_percent != fine->is_percent ||
        whole->value.digits > INT64_MAX / 1000)
        return;
    for (int k = 0; k < fine->value.scale; k++)
        whole->value.digits *= 10;
    whole->value.scale = fine->value.scale;
}

/* "up by 36.7% on the previous year, from 652 between April 2017 and
 * March 2018 to 477 in 2016-17": the words give the pair backwards, but
 * each figure's date and the direction of the change agree the other
 * way, which two cues outweigh one.  Counts written in full only. */
/* The date of figure i: its own, else one in its clause that no other
 * figure stands nearer to: "From January to July 2022 there were 1,350",
 * "1,060 incidents during the same period in 2024".  The token, or -1. */
static int clause_date(const tok *t, size_t n, size_t i)
{
    if (t[i].at >= 0)
        return t[i].at;
    /* "68 sexual offences were recorded by An Garda Síochána in the
     * first half of 2018": however many words, up to a mark. */
    int after = period_in_words(t, i + 1, i + 16 < n ? i + 16 : n);
    if (after >= 0)
        return after;
    /* "In 2022, there were 1,350": the comma after an opening date; not
     * past the words that set one figure against another (", compared
     * to 47 in ..."). */
    for (size_t k = i; k-- > 0 && i - k <= 6;) {
        if (t[k].kind == TK_PERIOD)
            return (int)k;
        if ((t[k].kind != TK_WORD && !is_punct(&t[k], ',')) ||
            is_word(&t[k], "compared") || is_word(&t[k], "than") ||
            is_word(&t[k], "against") || is_word(&t[k], "versus"))
            break;
    }
    return -1;
}

/* The month named with no year for figure i: "316 in September", "370
 * incidents in June", "In June there were 370".  0 when none, or when
 * a year follows the month (a period the lexer reads as one). */
static int bare_month(const tok *t, size_t s, size_t e, size_t i)
{
    for (size_t k = i + 1; k + 1 < e && k <= i + 3; k++) {
        if (is_word(&t[k], "in") || is_word(&t[k], "during") ||
            is_word(&t[k], "of")) {
            int mo = ctp_lex_month_number(&t[k + 1]);
            if (mo > 0 && !(k + 2 < e && (t[k + 2].kind == TK_NUM ||
                                          t[k + 2].kind == TK_PERIOD)))
                return mo;
        }
        if (t[k].kind != TK_WORD)
            break;
    }
    for (size_t k = i; k-- > s && i - k <= 5;) {
        if (t[k].kind != TK_WORD)
            break;
        int mo = ctp_lex_month_number(&t[k]);
        if (mo > 0 && k > s && (is_word(&t[k - 1], "in") ||
                                is_word(&t[k - 1], "during")))
            return mo;
    }
    return 0;
}

static bool dates_reverse_pair(const extractor *x, const sentence *st,
                               const stmt *m, size_t a, size_t b)
{
    const tok *t = x->t;
    size_t n = x->n_t;
    int da = clause_date(t, n, a), db = clause_date(t, n, b);
    /* "In June there were 370 incidents ..., compared with 316 in
     * September, a 14.6% drop": months named with no year, in the order
     * of the year, when the change's way agrees. */
    if (da < 0 && db < 0 && m->dir != 0 && t[a].fig.is_exact &&
        t[b].fig.is_exact && t[a].fig.exp10 == 0 && t[b].fig.exp10 == 0) {
        int ma = bare_month(t, st->s, st->e, a),
            mb = bare_month(t, st->s, st->e, b);
        int64_t va = t[a].fig.value.digits, vb = t[b].fig.value.digits;
        if (ma > 0 && mb > 0 && mb < ma && va != vb &&
            (va > vb) == (m->dir > 0))
            return true;
    }
    /* "En 2014 se produjeron 27.704 delitos y faltas, frente a los 25.864
     * del año pasado, lo que entraña una bajada": against a year named,
     * last year is the later (as order_by_role takes it). */
    bool last_year_later = da < 0 && db >= 0 && t[db].kind == TK_PERIOD &&
                           role_cue(x, a, st->s, st->e) < 0;
    if (m->dir == 0 || db < 0 || !t[a].fig.is_exact || !t[b].fig.is_exact ||
        t[a].fig.exp10 != 0 || t[b].fig.exp10 != 0)
        return false;
    if (!last_year_later &&
        (da < 0 || da == db || !before(&t[db], &t[da])))
        return false;
    int64_t va = t[a].fig.value.digits, vb = t[b].fig.value.digits;
    return va != vb && (va > vb) == (m->dir > 0);
}

/* Claim c's figures when one level is rounded to 10^exp10 and the other
 * was worked out from it and the change: the level reached, 'to', as
 * printed, and the level left, 'from', rounded half-up to the same
 * unit, as no more exact than it.  False when 'from' is no count. */
static bool other_level_rounded(const tok *to, int64_t from, int exp10,
                                ct_claim *c)
{
    int64_t unit = ctp_lex_pow10(exp10);
    if (from <= 0)
        return false;
    ctp_finder_claim_figure_from_tok(to, &c->to);
    c->from = ctp_claim_fig_count((from + unit / 2) / unit);
    c->from.exp10 = exp10;
    c->from.is_exact = false;
    return true;
}

/* The two figures a statement compares go in the claim: its pair's, or
 * one given and the other worked out from the change.  Returns whether
 * they were worked out ("rose by 443 to 1,233"), for then the change is
 * the claim's own input and no claim of its own. */
static bool statement_figures(const extractor *x, const sentence *st,
                              const stmt *m, const pair *p, ct_claim *c)
{
    const tok *t = x->t;
    if (p != NULL) {
        size_t a = p->a, b = p->b;
        if (dates_reverse_pair(x, st, m, a, b)) {
            a = p->b;
            b = p->a;
        }
        ctp_finder_claim_figure_from_tok(&t[a], &c->from);
        ctp_finder_claim_figure_from_tok(&t[b], &c->to);
        same_precision(&c->from, &c->to);
        /* "from 2,293 in 1995 to 1,119 last year": a figure's own
         * period is its label, so the sentence's periods are not handed
         * out over it. */
        if (t[a].at >= 0)
            period_of(&t[t[a].at], c->period_from, sizeof c->period_from);
        if (t[b].at >= 0)
            period_of(&t[t[b].at], c->period, sizeof c->period);
        return false;
    }
    if (m->diff >= 0 && (m->to_b >= 0 || m->from_a >= 0) &&
        t[m->diff].fig.is_exact &&
        t[m->to_b >= 0 ? m->to_b : m->from_a].fig.is_exact) {
        /* "rose by 443 to 1,233": the other figure follows. */
        int64_t d = t[m->diff].fig.value.digits * (m->dir < 0 ? -1 : 1);
        if (m->to_b >= 0) {
            ctp_finder_claim_figure_from_tok(&t[m->to_b], &c->to);
            c->from = ctp_claim_fig_count(c->to.value.digits - d);
        } else {
            ctp_finder_claim_figure_from_tok(&t[m->from_a], &c->from);
            c->to = ctp_claim_fig_count(c->from.value.digits + d);
        }
        return true;
    }
    /* "an estimated 1,561,500 inmates ..., a decrease of 15,400": a level
     * rounded to hundreds gives the other to the same hundreds; "falling
     * by 2.5 per cent – or 130,000 offences – ... to 5.2 million", a
     * level to a tenth of a million, to the same tenths. */
    int unit10 = m->to_b >= 0 ? t[m->to_b].fig.exp10 -
                                    t[m->to_b].fig.value.scale : 0;
    /* "a total budget of €525 million ..., an increase of €79 million":
     * a change in the level's own unit works out as one in full. */
    bool diff_in_full = m->diff >= 0 && t[m->diff].fig.is_exact &&
                        t[m->diff].fig.exp10 == 0 &&
                        t[m->diff].fig.value.scale == 0;
    bool diff_in_unit = m->diff >= 0 && !t[m->diff].fig.is_exact &&
                        !t[m->diff].fig.is_percent &&
                        t[m->diff].fig.exp10 -
                                t[m->diff].fig.value.scale == unit10;
    if (m->diff >= 0 && m->to_b >= 0 && (diff_in_full || diff_in_unit) &&
        !t[m->to_b].fig.is_exact && !t[m->to_b].fig.is_percent &&
        unit10 > 0 && t[m->to_b].fig.exp10 <= 9) {
        int64_t to = t[m->to_b].fig.value.digits * ctp_lex_pow10(unit10);
        int64_t d = t[m->diff].fig.value.digits *
                    (diff_in_unit ? ctp_lex_pow10(unit10) : 1);
        int64_t from = to - d * (m->dir < 0 ? -1 : 1);
        /* "5.2 million" less 130,000: 5.33 million, given to a digit more
         * than the level so that the figure shown is the change's own;
         * the level's interval still spans all the change allows. */
        return other_level_rounded(&t[m->to_b], from,
                                   t[m->to_b].fig.value.scale > 0 &&
                                           !diff_in_unit
                                       ? unit10 - 1 : unit10, c);
    }
    /* "has risen by around 2,350 ... to 80,659": a difference rounded to
     * tens (an approximate figure keeps only its significant digits)
     * gives the other level to the same tens, 7,831 tens. */
    if (m->diff >= 0 && m->to_b >= 0 && !t[m->diff].fig.is_exact &&
        (size_t)m->diff > st->s + 1 && is_word(&t[m->diff - 2], "by") &&
        t[m->diff - 1].kind == TK_WORD &&
        in_list(t[m->diff - 1].w, ctp_lex_approx_words) &&
        t[m->diff].fig.exp10 > 0 && t[m->diff].fig.exp10 <= 6 &&
        t[m->diff].fig.value.scale == 0 && t[m->to_b].fig.is_exact &&
        t[m->to_b].fig.exp10 == 0 && t[m->to_b].fig.value.scale == 0) {
        int64_t unit = ctp_lex_pow10(t[m->diff].fig.exp10);
        int64_t d = t[m->diff].fig.value.digits * unit * (m->dir < 0 ? -1 : 1);
        int64_t from = t[m->to_b].fig.value.digits - d;
        return other_level_rounded(&t[m->to_b], from, t[m->diff].fig.exp10,
                                   c);
    }
    if (m->pct >= 0 && (m->to_b >= 0 || m->from_a >= 0)) {
        /* "rose 5% to 1,200": one of the two figures is given. */
        if (m->to_b >= 0)
            ctp_finder_claim_figure_from_tok(&t[m->to_b], &c->to);
        else
            ctp_finder_claim_figure_from_tok(&t[m->from_a], &c->from);
    }
    return false;
}

/* Whether a word of rising or falling stands from token s to before e:
 * a percentage with none ("lo que equivale al 60%") describes no change,
 * and no pair of counts is looked for to make it one. */
static bool says_change(const extractor *x, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (ctp_lex_word_direction(&x->t[k]) != 0)
            return true;
    return false;
}

/* "se incrementó 2.7 por ciento ...: se registraron 302 ... y 294 en
 * 2021; es decir, un incremento de 2.7 por ciento": a change after "es
 * decir" ("that is"), printed as the claim listed just before it, in its
 * sentence or the one before in its paragraph, and agreeing with that
 * claim's figures, says it again: it takes them, loosely. */
static bool restates_claim_before(const extractor *x, const sentence *st,
                                  const stmt *m, ct_claim *c)
{
    /* The words that say it again: "es decir", "o sea", "that is". */
    const tok *t = x->t;
    size_t k = m->first;
    while (k > st->s &&
           (t[k - 1].kind == TK_PUNCT || is_word(&t[k - 1], "a")))
        k--;
    if (k < st->s + 2 ||
        !(that_is_at(t, k - 2, k) ||
          (is_word(&t[k - 2], "that") && is_word(&t[k - 1], "is")) ||
          (is_word(&t[k - 2], "other") && is_word(&t[k - 1], "words"))))
        return false;
    size_t n = ct_claim_set_size(x->set);
    if (n == 0)
        return false;
    const ct_claim *o = ct_claim_set_get(x->set, n - 1);
    size_t from = x->t[x->prev_same_para ? 0 : st->s].off;
    if (o->offset < from || o->measure != c->measure ||
        !o->from.is_set || !o->to.is_set ||
        !same_printed(&o->published, &c->published))
        return false;
    ct_claim trial = *c;
    trial.from = o->from;
    trial.to = o->to;
    trial.loose = true;
    if (!ctp_finder_claim_agrees(&trial))
        return false;
    c->from = o->from;
    c->to = o->to;
    memcpy(c->period, o->period, sizeof c->period);
    memcpy(c->period_from, o->period_from, sizeof c->period_from);
    c->loose = true;
    return true;
}

/* Figures only nearness gave ("un 16,4 % ..., con 71 casos, en
 * comparación con ... (85), por lo que ... bajó de 233 a 200") that do
 * not agree give way to the one pair nearby that does. */
static void retie_loose_pair(extractor *x, const sentence *st,
                             const stmt *m, ct_claim *c)
{
    if (!c->from.is_set || !c->to.is_set)
        return;
    ct_claim trial = *c;
    if (ctp_finder_claim_agrees(&trial))
        return;
    trial = *c;
    trial.from.is_set = trial.to.is_set = false;
    if (agreeing_pair(x, st, &trial, -1, -1, false)) {
        *c = trial;
        ctp_finder_claim_at(x, st, c, st->s, m->first, m->last);
    }
}

/* "subieron a 17.274 (+16%), aunque en 2022 la cifra ya sí se moderó a
 * 16.726 (-3%)": a change with only the level it reached, after a claim
 * (in its sentence or the one before in its paragraph) whose later
 * figure is its earlier, taken when they agree, loosely. */
static bool chained_to_claim_before(const extractor *x, const sentence *st,
                                    const stmt *m, ct_claim *c)
{
    size_t n = ct_claim_set_size(x->set);
    if (n == 0 || c->from.is_set || !c->to.is_set)
        return false;
    const ct_claim *o = ct_claim_set_get(x->set, n - 1);
    size_t from = x->t[x->prev_same_para ? 0 : st->s].off;
    if (o->offset < from || o->measure != c->measure || !o->to.is_set ||
        !o->to.is_exact || !c->to.is_exact)
        return false;
    /* "a 7% decrease between 2015 ... and 2016 (283) and a further 18%
     * decrease to 257": "further" says so, agreeing or not. */
    bool further = false;
    for (size_t k = m->first; k-- > st->s && m->first - k <= 2;)
        further |= is_word(&x->t[k], "further");
    /* "for disability 14% to 8,256 and for religion 3% to 8,566": a list
     * of what changed, each its own, no chain. */
    for (size_t k = m->first; k-- > st->s && m->first - k <= 4;)
        if (is_word(&x->t[k], "for"))
            return false;
    ct_claim trial = *c;
    trial.from = o->to;
    trial.loose = true;
    if (!further && !ctp_finder_claim_agrees(&trial))
        return false;
    c->from = o->to;
    memcpy(c->period_from, o->period, sizeof c->period_from);
    c->loose = !further;
    return true;
}

/* "... up 81 percent, with 324 reported so far this year, compared to
 * 179 in the same 2020 timeframe. The number is a whopping 277 percent
 * spike from 2019, when NYPD data showed just 86 such incidents": a
 * change with no figures, measured to the same later figure as the claim
 * before it (in its sentence or the one before in its paragraph) from a
 * count of its own sentence.  Only the one count that agrees is taken,
 * loosely. */
static bool same_later_as_claim_before(const extractor *x,
                                       const sentence *st, ct_claim *c)
{
    size_t n = ct_claim_set_size(x->set);
    if (n == 0 || c->from.is_set || c->to.is_set)
        return false;
    const ct_claim *o = ct_claim_set_get(x->set, n - 1);
    size_t from = x->t[x->prev_same_para ? 0 : st->s].off;
    if (o->offset < from || o->measure != c->measure || !o->from.is_set ||
        !o->to.is_set || !o->to.is_exact)
        return false;
    size_t cand[MAX_NEARBY], k;
    if (!nearby_counts(x, st, st->s, cand, &k))
        return false;
    bool found = false;
    ct_claim best, trial;
    for (size_t i = 0; i < k; i++) {
        const tok *a = &x->t[cand[i]];
        if (!a->fig.is_exact)
            continue;
        trial = *c;
        ctp_finder_claim_figure_from_tok(a, &trial.from);
        trial.to = o->to;
        trial.loose = true;
        if (same_printed(&trial.from, &o->to) ||
            !ctp_finder_claim_agrees(&trial))
            continue;
        if (found)
            return false;  /* two counts agree: which is meant is open */
        found = true;
        best = trial;
        memcpy(best.period, o->period, sizeof best.period);
    }
    if (found)
        memcpy(c->period, best.period, sizeof c->period);
    return take_reading(c, found, &best);
}

static bool one_agreeing_pair(const tok *t, const sentence *st,
                              const ct_claim *c, const size_t *cand,
                              size_t k, bool *found, ct_claim *best);

/* Whether token t is a rate or a level printed like one: a rounded
 * figure, not a percentage, with its base or with at least 'scale'
 * decimals ("20.51" beside "19.37 ... por cada cien mil"). */
static bool rate_like(const tok *t, int scale)
{
    return t->kind == TK_NUM && !t->label && t->fig.exp10 == 0 &&
           !t->fig.is_percent && !t->fig.is_exact &&
           (t->per >= 0 || t->fig.value.scale >= scale);
}

/* "Aquel 2011 dejó una tasa de 19.37 homicidios ... por cada cien mil
 * habitantes. La de 2017 es de 20.51 asesinatos, es decir, casi 6%
 * mayor": with no counts to compare, the one pair of rates (or figures
 * printed with decimals beside a rate, which share its base) of the
 * sentence, or of the one before in its paragraph, whose change the
 * percentage states, loosely. */
static bool agreeing_rates(const extractor *x, const sentence *st,
                           ct_claim *c)
{
    const tok *t = x->t;
    size_t from = x->prev_same_para ? 0 : st->s;
    size_t cand[MAX_NEARBY], k = 0;
    bool rate = false;
    for (size_t i = from; i < st->e; i++) {
        if (!rate_like(&t[i], 1) || (t[i].used && t[i].per < 0))
            continue;
        if (k == MAX_NEARBY)
            return false;
        rate |= t[i].per >= 0;
        cand[k++] = i;
    }
    bool found = false;
    ct_claim best;
    if (!rate || !one_agreeing_pair(t, st, c, cand, k, &found, &best) ||
        !found)
        return false;
    c->from = best.from;
    c->to = best.to;
    c->loose = true;
    return true;
}

/* A change whose figures no word gave: the one nearby pair that agrees
 * (agreeing_pair), a count worked out from a change in counts
 * (agreeing_derived), the figures of the claim it says again
 * (restates_claim_before) or of the claim it follows on from
 * (chained_to_claim_before). */
static void figures_by_agreement(extractor *x, const sentence *st,
                                 const stmt *m, ct_claim *c)
{
    if (agreeing_pair(x, st, c, c->from.is_set ? m->from_a : -1,
                      c->to.is_set ? m->to_b : -1, false))
        return;
    if (c->from.is_set || c->to.is_set) {
        (void)chained_to_claim_before(x, st, m, c);
        return;
    }
    if (agreeing_derived(x, st, m, c) || restates_claim_before(x, st, m, c) ||
        same_later_as_claim_before(x, st, c) || agreeing_rates(x, st, c))
        return;
    /* "fell to 108 (-10%)": the level in front of the bracket; "En 2012,
     * fueron 529.217, un 0,36% menos": the count in front of the
     * comma. */
    const tok *t = x->t;
    size_t i = (size_t)m->pct;
    if (i > st->s && is_word(&t[i - 1], "a"))
        i--;
    if (i >= st->s + 3 &&
        (is_punct(&t[i - 1], '(') || is_punct(&t[i - 1], ',')) &&
        t[i - 2].kind == TK_NUM && !t[i - 2].fig.is_percent &&
        t[i - 2].per < 0 &&
        (is_word(&t[i - 3], "to") || is_punct(&t[i - 1], ','))) {
        ct_claim trial = *c;
        ctp_finder_claim_figure_from_tok(&t[i - 2], &trial.to);
        if (chained_to_claim_before(x, st, m, &trial))
            *c = trial;
    }
}

/* "se esclarecieron el 39,3% ..., el segundo porcentaje más elevado desde
 * 2010 (30,2%), por lo que estamos ante un incremento de nueve puntos": a
 * change in points with no figures takes the one pair of percentages of
 * its sentence, or of the one before in its paragraph, whose difference
 * it states, loosely. */
static bool agreeing_percentages(const extractor *x, const sentence *st,
                                 size_t own, ct_claim *c)
{
    const tok *t = x->t;
    size_t from = x->prev_same_para ? 0 : st->s;
    size_t cand[MAX_NEARBY], k = 0;
    for (size_t i = from; i < st->e; i++) {
        if (!(t[i].kind == TK_NUM && t[i].fig.is_percent &&
              !t[i].fig.is_points && !t[i].label))
            continue;
        if (k == MAX_NEARBY)
            return false;
        cand[k++] = i;
    }
    bool found = false;
    ct_claim best;
    if (!one_agreeing_pair(t, st, c, cand, k, &found, &best))
        return false;
    /* "una tasa de 48,5 delitos por cada 1.000 habitantes, lo que supone
     * 3,2 puntos por debajo que la nacional, que se fijó ... en 51,7
     * puntos": with no two percentages, the points may be the gap
     * between two rates, or levels printed alike. */
    if (!found && c->published.is_points) {
        k = 0;
        int scale = c->published.value.scale;
        for (size_t i = from; i < st->e; i++) {
            bool level_in_points = t[i].kind == TK_NUM &&
                                   t[i].fig.is_points && !t[i].label &&
                                   t[i].fig.exp10 == 0 &&
                                   t[i].fig.value.scale >= scale;
            if (i == own || !(rate_like(&t[i], scale) || level_in_points))
                continue;
            if (k == MAX_NEARBY)
                return false;
            cand[k++] = i;
        }
        if (!one_agreeing_pair(t, st, c, cand, k, &found, &best))
            return false;
        if (found && !(best.from.is_percent && best.to.is_percent))
            best.to.is_points = best.from.is_points =
                best.to.is_percent = best.from.is_percent = false;
    }
    return take_reading(c, found, &best);
}

/* Among the figures 'cand', the one pair that agrees with claim c, in
 * '*best' with '*found' set; false when two different pairs agree, for
 * then which is meant is open. */
static bool one_agreeing_pair(const tok *t, const sentence *st,
                              const ct_claim *c, const size_t *cand,
                              size_t k, bool *found, ct_claim *best)
{
    ct_claim trial;
    for (size_t ia = 0; ia < k; ia++)
        for (size_t ib = 0; ib < k; ib++) {
            if (!may_pair(t, st, cand[ia], cand[ib], true) ||
                !pair_agrees(c, &t[cand[ia]], &t[cand[ib]], &trial))
                continue;
            /* "a 15,7 puntos de la tasa media": a gap with no direction
             * agrees both ways round, which is one reading. */
            bool swapped = *found &&
                           same_printed(&best->from, &trial.to) &&
                           same_printed(&best->to, &trial.from);
            if (swapped)
                continue;
            if (*found && (!same_printed(&best->from, &trial.from) ||
                           !same_printed(&best->to, &trial.to)))
                return false;
            *found = true;
            *best = trial;
        }
    return true;
}

/* Whether "rate" ("tasa") names what statement m's change is of: a rate
 * word a few words before its first word, in its clause, no figure
 * between. */
static bool rate_is_subject(const tok *t, const sentence *st, const stmt *m)
{
    for (size_t k = m->first; k-- > st->s && m->first - k <= 6;) {
        if (t[k].kind != TK_WORD)
            return false;
        /* "una tasa de reducción porcentual de 13.2", "tasa de
         * variación": the rate of the change itself, not its subject. */
        if (ctp_lex_is_rate_word(&t[k]))
            return !(k + 2 < st->e && is_word(&t[k + 1], "of") &&
                     (ctp_lex_word_direction(&t[k + 2]) != 0 ||
                      is_word(&t[k + 2], "change")));
    }
    return false;
}

/* Whether the earlier figure of pair p is dated some years ago ("two
 * years ago") while statement m says its change is of the last year
 * ("in the last year", "in the past year"). */
static bool spans_differ(const extractor *x, const sentence *st,
                         const stmt *m, const pair *p)
{
    const tok *t = x->t;
    size_t e = st->e;
    bool years_ago = false;
    for (size_t k = p->a + 1; k + 2 < e && k <= p->a + 5; k++)
        if (is_word(&t[k + 1], "years") && is_word(&t[k + 2], "ago") &&
            t[k].kind == TK_WORD && strcmp(t[k].w, "one") != 0 &&
            strcmp(t[k].w, "a") != 0) {
            years_ago = true;
            break;
        }
    if (!years_ago)
        return false;
    for (size_t k = m->last + 1; k + 1 < e && k <= m->last + 4; k++)
        if ((is_word(&t[k], "last") || is_word(&t[k], "past")) &&
            is_word(&t[k + 1], "year"))
            return true;
    return false;
}

/* Whether the percentage of statement m is "per" a base ("0.2 per cent
 * per 100,000 population"): a change of a rate. */
static bool pct_per_base(const tok *t, const sentence *st, const stmt *m)
{
    size_t k = t[m->pct].at_end;
    return k + 1 < st->e && is_word(&t[k], "per") && t[k + 1].kind == TK_NUM &&
           !t[k + 1].fig.is_percent;
}

/* Whether the words after the percentage of statement m say it allows
 * for the population ("a drop of 55 per cent after taking population
 * changes into account", "adjusted for population", "per capita",
 * "teniendo en cuenta la población"): the change of a rate, which counts
 * do not give. */
static bool population_adjusted(const tok *t, const sentence *st,
                                const stmt *m)
{
    static const char *const allowing[] = {
        "taking", "adjusted", "adjusting", "accounting", "allowing", "per",
        "teniendo", "ajustado", "ajustada", "ajustando", "considerando", NULL
    };
    static const char *const people[] = {
        "population", "capita", "población", "habitantes", NULL
    };
    size_t i = t[m->pct].at_end;
    bool allow = false;
    for (size_t k = i; k < st->e && k <= i + 8; k++) {
        /* "a 2.7% drop and the lowest rate of homicides per capita":
         * another clause. */
        if (t[k].kind != TK_WORD || is_word(&t[k], "and") ||
            is_word(&t[k], "but") || is_word(&t[k], "while"))
            return false;
        allow |= in_list(t[k].w, allowing);
        if (allow && in_list(t[k].w, people))
            return true;
    }
    return false;
}

/* Whether statement m goes on "to" a rate ("fell eight per cent from
 * 2012 to 1.44 victims per 100,000") within a few words. */
static bool rate_reached(const tok *t, const sentence *st, const stmt *m)
{
    for (size_t k = m->last + 1; k + 1 < st->e && k <= m->last + 4; k++)
        if (is_word(&t[k], "to"))
            return t[k + 1].kind == TK_NUM && t[k + 1].per >= 0;
    return false;
}

/* The percentage change a statement publishes: of counts, of rates (the
 * later figure is a rate) or in points.  A percentage of counts whose
 * figures neither words nor working out gave ('derived') takes the one
 * nearby pair that agrees with it.  'c' keeps what is learnt here, for
 * the change in counts that may follow shares it. */
static void other_pairing(const extractor *x, const sentence *st,
                          const stmt *m, bool carried, ct_claim *c);

/* Whether token t is a whole count: no percentage, no rate, no
 * decimals. */
static bool plain_whole(const tok *t)
{
    return !t->fig.is_percent && t->per < 0 && t->fig.value.scale == 0;
}

static ct_status emit_statement_pct(extractor *x, const sentence *st,
                                    const stmt *m, const pair *p,
                                    bool derived, ct_claim *c)
{
    const tok *t = x->t;
    const tok *pt = &t[m->pct];
    c->published = pt->fig;
    other_readings(x, c, m->pct, p != NULL ? (int)p->a : -1,
                   p != NULL ? (int)p->b : -1);
    c->measure = pt->fig.is_points ? CT_CLAIM_CHANGE
                 : (p != NULL && t[p->b].per >= 0) ? CT_CLAIM_RATE_PCT_CHANGE
                                                   : CT_CLAIM_PCT_CHANGE;
    /* "Crime rate across Victoria has increased by 6.8 per cent with the
     * total number of offences recorded up by 29,714 to 391,325": the
     * change is the rate's, and counts alone do not give it. */
    /* "has risen by 0.2 per cent per 100,000 population (or up 1205
     * offences to a total of 59,907)": the change of a rate, which the
     * counts beside it do not give. */
    if (c->measure == CT_CLAIM_PCT_CHANGE &&
        (pct_per_base(t, st, m) || population_adjusted(t, st, m)) &&
        c->from.is_set && c->to.is_set) {
        c->from.is_set = c->to.is_set = c->loose = false;
        bprintf(c->unpaired, sizeof c->unpaired, "%s",
                "the change allows for the population, so it is a rate's, "
                "which the counts beside it do not give");
    }
    /* "En la medición, realizada del 1 al 5 de este mes, la reducción ha
     * sido de 12 puntos porcentuales": points are a change between two
     * percentages, so whole figures neither of which is one (nor a rate,
     * "de 26,4 ... a 23,7", whose points are its own) are tied to it by
     * nothing but nearness. */
    if (c->measure == CT_CLAIM_CHANGE && p != NULL &&
        plain_whole(&t[p->a]) && plain_whole(&t[p->b]))
        c->loose = true;
    /* A rate printed as a percentage ("clearance rates increased by
     * 4.4 percent, from 20.9 percent to 25.3 percent") is its own pair. */
    if (c->measure == CT_CLAIM_PCT_CHANGE && c->from.is_set &&
        c->to.is_set && rate_is_subject(t, st, m) &&
        !(p != NULL && (t[p->a].per >= 0 || t[p->b].per >= 0 ||
                        (t[p->a].fig.is_percent &&
                         t[p->b].fig.is_percent) ||
                        /* "una disminución de 16.6% en la tasa ..., que
                         * fue de 157.3, y 2013, con una tasa de 140.7":
                         * figures with decimals are no counts, so they
                         * are the rates themselves. */
                        (t[p->a].fig.value.scale > 0 &&
                         t[p->b].fig.value.scale > 0 &&
                         t[p->a].fig.exp10 == 0 && t[p->b].fig.exp10 == 0)))) {
        c->loose = true;
        /* "The homicide rate fell eight per cent from 2012 to 1.44
         * victims per 100,000": the rate it reached is named, so counts
         * are not its figures at all. */
        if (rate_reached(t, st, m))
            c->from.is_set = c->to.is_set = c->loose = false;
    }
    /* "jumping from 35 reported incidents two years ago to 196 now, a
     * jump of 176.1% in the last year": the change is over another span
     * than the figures, which only nearness gives it. */
    if (p != NULL && spans_differ(x, st, m, p))
        c->loose = true;
    if (p != NULL && t[p->b].per >= 0)
        ctp_finder_claim_figure_from_tok(&t[t[p->b].per], &c->per);
    if (p != NULL && !derived && c->loose &&
        c->measure == CT_CLAIM_PCT_CHANGE)
        retie_loose_pair(x, st, m, c);
    if (p == NULL && !derived && c->measure == CT_CLAIM_PCT_CHANGE &&
        !(c->from.is_set && c->to.is_set) &&
        (m->dir != 0 || pt->sign != 0 || m->change_word ||
         says_change(x, st->s, (size_t)m->pct)))
        figures_by_agreement(x, st, m, c);
    if (p == NULL && !derived && pt->fig.is_points &&
        !(c->from.is_set || c->to.is_set))
        (void)agreeing_percentages(x, st, (size_t)m->pct, c);
    /* A pair written "from A to B" right beside the statement ("a 90
     * per cent reduction, falling from 1,002 cases to just 117") is its
     * own beyond doubt; other figures agreeing by chance do not open it. */
    bool beside = p != NULL && !p->carried &&
                  (p->thereby ||
                   (((p->first > m->last && p->first <= m->last + 3) ||
                     (p->last < m->first && p->last + 3 >= m->first)) &&
                    (is_word(&t[p->first], "from") ||
                     (p->first + 1 < st->e &&
                      is_word(&t[p->first + 1], "from")))));
    if ((c->measure == CT_CLAIM_PCT_CHANGE ||
         c->measure == CT_CLAIM_RATE_PCT_CHANGE) &&
        c->from.is_set && c->to.is_set && !c->loose && !beside) {
        ct_claim probe = *c;
        ct_error pe = CT_ERROR_INIT;
        if (ct_claim_check(&probe, NULL, &pe) == CT_STATUS_OK &&
            probe.verdict == CT_CLAIM_INCONSISTENT)
            other_pairing(x, st, m,
                          p == NULL || p->carried || p->a < st->s ||
                              p->b < st->s,
                          c);
    }
    return ctp_finder_emit(x, c);
}

/* Whether figures a and b are the same amount, however printed ("33"
 * and "33.0"). */
static bool same_amount(const ct_claim_figure *a, const ct_claim_figure *b)
{
    bool ok = true;
    ct_exact ea = ct_exact_of_decimal(&a->value, &ok);
    ct_exact eb = ct_exact_of_decimal(&b->value, &ok);
    return a->exp10 == b->exp10 && ct_exact_cmp(&ea, &eb, &ok) == 0 && ok;
}

/* Whether figures a and b each belong to a different pair the words
 * made ("80 and 71 reports compared to 48 and 35"): each goes with its
 * own, never across. */
static bool paired_apart(const sentence *st, size_t a, size_t b)
{
    int pa = -1, pb = -1;
    for (size_t j = 0; j < st->n_pairs; j++) {
        const pair *p = &st->pairs[j];
        if (p->guessed || p->carried)
            continue;
        if (p->a == a || p->b == a)
            pa = (int)j;
        if (p->a == b || p->b == b)
            pb = (int)j;
    }
    return pa >= 0 && pb >= 0 && pa != pb;
}

/* Whether another pairing of the figures at hand bears out claim c,
 * which its own figures do not: two figures of this sentence (or of the
 * sentence before in the paragraph) of the same kind, in time order when
 * dated, or a figure and a change in counts of this sentence beside it.
 * Journalists tie figures to a percentage in more ways than any list of
 * cues holds; when the figures the cues gave make the claim wrong and
 * another reading of the same figures makes it right, which figures the
 * claim compares is open, and the claim is not called wrong.  Fills
 * c->other_reading with what that reading gives. */
static void other_pairing(const extractor *x, const sentence *st,
                          const stmt *m, bool carried, ct_claim *c)
{
    const tok *t = x->t;
    /* The clause of the statement: from the end of the statement before
     * (or the sentence before, when the claim's figures come from it) to
     * the next one's start; figures another statement of the sentence
     * stands by are its own. */
    size_t from = x->prev_same_para && carried ? 0 : st->s, to = st->e;
    for (size_t q = 0; q < st->n_stmts; q++) {
        const stmt *o = &st->stmts[q];
        /* this statement, and the change in counts it took in */
        if (o->pct == m->pct || (o->diff >= 0 && o->diff == m->diff) ||
            o->absorbed)
            continue;
        /* the other statement with its pair */
        size_t o_first = o->first, o_last = o->last;
        if (o->pair >= 0 && !st->pairs[o->pair].carried) {
            const pair *op = &st->pairs[o->pair];
            o_first = op->first < o_first ? op->first : o_first;
            o_last = op->last > o_last ? op->last : o_last;
        }
        if (o_last < m->first && o_last + 1 > from)
            from = o_last + 1;
        if (o_first > m->last && o_first < to)
            to = o_first;
    }
    size_t cand[MAX_NEARBY], k = 0;
    for (size_t i = from; i < to && k < MAX_NEARBY; i++) {
        /* a change in counts ("up 22 over last year's 17") is no level */
        bool change = m->diff == (int)i;
        for (size_t q = 0; q < st->n_stmts; q++)
            change |= st->stmts[q].diff == (int)i;
        /* "It dropped by 15.84 percent or 5,912 incidents in the same
         * period this year": after "or" a count may be the change or the
         * level it came to. */
        if (change && i > st->s && is_word(&t[i - 1], "or"))
            change = false;
        if (t[i].kind == TK_NUM && !t[i].label && !t[i].fig.is_percent &&
            !t[i].money && t[i].fig.exp10 == 0 && !change)
            cand[k++] = i;
    }
    /* "... un total de 199.094 denuncias. En el año 2023 se interpusieron
     * 199.282 denuncias, lo que implica ... un 0,09 % menos (por 182.065
     * en 2022 ...)": the one count the sentence before left may be the
     * other figure of the change (RULES.md 7). */
    if (x->prev_same_para && x->any_single && x->single < from &&
        k < MAX_NEARBY && !x->t[x->single].money &&
        x->t[x->single].fig.exp10 == 0)
        cand[k++] = x->single;
    ct_claim trial;
    for (size_t ia = 0; ia < k; ia++)
        for (size_t ib = 0; ib < k; ib++) {
            const tok *a = &t[cand[ia]], *b = &t[cand[ib]];
            ct_claim_figure fa, fb;
            ctp_finder_claim_figure_from_tok(a, &fa);
            ctp_finder_claim_figure_from_tok(b, &fb);
            /* the claim's own figures the other way round are the
             * "years swapped" its check already names */
            bool own = (same_amount(&fa, &c->from) &&
                        same_amount(&fb, &c->to)) ||
                       (same_amount(&fa, &c->to) &&
                        same_amount(&fb, &c->from));
            /* nor is the pair another statement of the sentence took
             * ("fell from 200 to 150 and ... from 50 to 40, falls of 20%
             * and 25%": the order gives each its own) */
            for (size_t q = 0; !own && q < st->n_stmts; q++) {
                const stmt *o = &st->stmts[q];
                own = o->pct != m->pct && o->pair >= 0 &&
                      st->pairs[o->pair].a == cand[ia] &&
                      st->pairs[o->pair].b == cand[ib];
            }
            if (own || !may_pair(t, st, cand[ia], cand[ib], true) ||
                paired_apart(st, cand[ia], cand[ib]) ||
                (a->per >= 0) != (b->per >= 0) ||
                !pair_agrees(c, a, b, &trial))
                continue;
            /* pair_agrees has checked it: its detail says what it gives */
            bprintf(c->other_reading, sizeof c->other_reading, "%s",
                    trial.detail);
            return;
        }
    /* A figure and a change in counts of this sentence: "75 ingresos
     * más ..., alcanzando las 163" read 88 -> 163. */
    for (size_t q = 0; q <= st->n_stmts; q++) {
        /* the statements of the sentence, and this one as it now reads */
        const stmt *d = q < st->n_stmts ? &st->stmts[q] : m;
        if (d->diff < 0 || d->dir == 0 || !t[d->diff].fig.is_exact ||
            (size_t)d->diff < from || (size_t)d->diff >= to)
            continue;
        int64_t change = t[d->diff].fig.value.digits * (d->dir < 0 ? -1 : 1);
        for (size_t i = 0; i < k; i++) {
            const tok *b = &t[cand[i]];
            ct_claim_figure fl;
            ctp_finder_claim_figure_from_tok(b, &fl);
            /* a level of the claim's own with its own change, read the
             * other way, is the "wrong base" its check already names */
            bool own = d->diff == m->diff &&
                       (same_amount(&fl, &c->from) ||
                        same_amount(&fl, &c->to));
            if (cand[i] == (size_t)d->diff || !b->fig.is_exact ||
                b->per >= 0 || own)
                continue;
            for (int side = 0; side < 2; side++) {
                int64_t other = side ? b->fig.value.digits + change
                                     : b->fig.value.digits - change;
                if (other <= 0)
                    continue;
                ct_claim_figure fb, fo = ctp_claim_fig_count(other);
                ctp_finder_claim_figure_from_tok(b, &fb);
                trial = *c;
                trial.from = side ? fb : fo;
                trial.to = side ? fo : fb;
                trial.loose = false;
                if (!ctp_finder_claim_agrees(&trial))
                    continue;
                bprintf(c->other_reading, sizeof c->other_reading, "%s",
                        trial.detail);
                return;
            }
        }
    }
}

/* The change in counts a statement publishes ("an increase of 841"),
 * when it is a claim of its own: not when the figures were worked out
 * from it, nor when it stands bare beside a percentage. */
static ct_status emit_statement_change(extractor *x, const sentence *st,
                                       const stmt *m, const pair *p,
                                       const ct_claim *c, size_t clause)
{
    const tok *t = x->t;
    /* A change in counts with neither of its figures ("fell by 128",
     * "un incremento de 48 casos") is no percentage and nothing the text
     * lets anyone check: it is not listed. */
    bool bare_diff = m->pct < 0 && p == NULL && m->to_b < 0 &&
                     m->from_a < 0;
    if (!(m->diff >= 0 && (p != NULL || (m->pct < 0 && !m->weak)) &&
          !bare_diff))
        return CT_STATUS_OK;
    /* "de 26,3% a 24,8 por ciento, lo que equivale a 69.817 viviendas
     * menos": a change in counts of what two percentages stand for is no
     * difference of them. */
    if (p != NULL && !t[m->diff].fig.is_percent &&
        !t[m->diff].fig.is_points &&
        (t[p->a].fig.is_percent || t[p->b].fig.is_percent))
        return CT_STATUS_OK;
    ct_claim d = *c;
    d.published = t[m->diff].fig;
    d.measure = CT_CLAIM_CHANGE;
    /* A difference of whole counts has no decimals: "(+25,2)" after
     * "393, frente a los 314", "(-5,4)" after "de 141.118 a 107.691", is
     * a percentage written without its sign, as the same page writes
     * "(-5,3%)" beside it; it is checked as one. */
    if (d.published.value.scale > 0) {
        if (p == NULL)
            return CT_STATUS_OK;
        d.measure = CT_CLAIM_PCT_CHANGE;
        d.published.is_percent = true;
        d.published.is_exact = false;
        ctp_finder_claim_at(x, st, &d, clause,
                            p->first < (size_t)m->diff ? p->first
                                                       : (size_t)m->diff,
                            (size_t)m->diff);
        return ctp_finder_emit(x, &d);
    }
    if (m->pct >= 0) {
        /* The change's own span: the figures and the count. */
        size_t f2 = p != NULL && !p->carried && p->first < m->first
                        ? p->first : m->first;
        size_t l2 = (size_t)m->diff;
        if (p != NULL && !p->carried && p->last > l2)
            l2 = p->last;
        /* A change in counts taken from before the statement ("... 1,118,
         * a fall of ...") opens the span. */
        if (l2 < f2) {
            f2 = l2;
            l2 = m->last;
        }
        ctp_finder_claim_at(x, st, &d, clause, f2, l2);
    }
    /* "a decrease of 3,000 (2.9%)": a change in counts that is right is
     * part of its percentage's claim, as readers count it; "pasaron de
     * 9.844 a 10.361, es decir, 517" says the same change twice, and
     * neither is a percentage or a rate; "This is a surge of more than
     * 9,000 crimes", its figures tied by nearness only, can be neither
     * right nor wrong.  Only a wrong one is listed. */
    ct_claim probe = d;
    ct_error pe = CT_ERROR_INIT;
    if (ct_claim_check(&probe, NULL, &pe) != CT_STATUS_OK ||
        probe.verdict != CT_CLAIM_INCONSISTENT)
        return CT_STATUS_OK;
    return ctp_finder_emit(x, &d);
}

/* The one pair of plain counts of tokens [s, end) whose difference,
 * later less earlier, is the change at token 'diff' in direction 'dir':
 * their tokens in *a (earlier) and *b.  False when no pair, or more than
 * one, gives it. */
static bool pair_of_difference(const extractor *x, size_t s, size_t end,
                               size_t diff, int dir, int *a, int *b)
{
    const tok *t = x->t;
    int64_t d = t[diff].fig.value.digits * (dir < 0 ? -1 : 1);
    int found = 0;
    for (size_t i = s; i < end; i++) {
        if (!ctp_finder_plain_count(x, i, end) || t[i].used ||
            t[i].fig.value.scale != 0)
            continue;
        for (size_t j = s; j < end; j++)
            if (j != i && ctp_finder_plain_count(x, j, end) && !t[j].used &&
                t[j].fig.value.scale == 0 &&
                t[j].fig.value.digits - t[i].fig.value.digits == d)
                *a = (int)i, *b = (int)j, found++;
    }
    return found == 1;
}

/* "frente a las 17.055 inculpaciones del pasado año en 2016 se han
 * registrado 19.555, lo que supone 2.500 inculpaciones más (+14,60%)": a
 * change in counts and its percentage with no figures of their own, and
 * before them in the sentence exactly one pair of counts whose
 * difference is that change.  The arithmetic ties them as firmly as
 * words would. */
static void pair_by_difference(extractor *x, sentence *st, stmt *m)
{
    const tok *t = x->t;
    if (m->pair >= 0 || m->pct < 0 || m->to_b >= 0 || m->from_a >= 0 ||
        st->n_pairs == MAX_PIECES)
        return;
    /* "2,574 y 2,029 en el 2017, es decir, un 21.2 por ciento en la
     * reducción de homicidios, es decir, 545 casos o víctimas menos": the
     * change in counts may be a statement of its own. */
    int diff = m->diff, dir = m->dir;
    for (size_t j = 0; diff < 0 && j < st->n_stmts; j++) {
        const stmt *o = &st->stmts[j];
        if (o->diff >= 0 && o->pct < 0 && o->pair < 0 && o->to_b < 0 &&
            o->from_a < 0 && o->dir != 0 && (dir == 0 || dir == o->dir)) {
            diff = o->diff;
            dir = o->dir;
        }
    }
    if (diff < 0 || dir == 0 || !t[diff].fig.is_exact ||
        t[diff].fig.value.scale != 0)
        return;
    size_t end = m->first < (size_t)diff ? m->first : (size_t)diff;
    int a, b;
    if (!pair_of_difference(x, st->s, end, (size_t)diff, dir, &a, &b))
        return;
    size_t lo = a < b ? (size_t)a : (size_t)b, hi = a < b ? (size_t)b : (size_t)a;
    add_pair(x, st, (size_t)a, (size_t)b, lo, t[hi].at_end - 1, dir);
    m->pair = (int)st->n_pairs - 1;
    if (m->dir == 0)
        m->dir = dir;
}

/* "eight percent drops in both burglaries and robberies (from 4,655 to
 * 4,275 and 4,301 to 3,966 respectively)": one percentage said of two
 * pairs; the second is checked against it too, as a claim of its own. */
static ct_status emit_second_pair_respectively(extractor *x,
                                               const sentence *st,
                                               const pair *p,
                                               const ct_claim *c,
                                               size_t clause)
{
    tok *t = x->t;
    size_t e = st->e, k = t[p->b].at_end;
    if (p->b < p->a || !word_at(x, k, e, "and") ||
        !ctp_finder_plain_count(x, k + 1, e) || !free_num(x, k + 1, e) ||
        !word_at(x, t[k + 1].at_end, e, "to"))
        return CT_STATUS_OK;
    size_t b = t[k + 1].at_end + 1;
    if (!ctp_finder_plain_count(x, b, e) || !free_num(x, b, e) ||
        !word_at(x, t[b].at_end, e, "respectively"))
        return CT_STATUS_OK;
    ct_claim d = *c;
    ctp_finder_claim_figure_from_tok(&t[k + 1], &d.from);
    ctp_finder_claim_figure_from_tok(&t[b], &d.to);
    ctp_finder_claim_at(x, st, &d, clause, k + 1, t[b].at_end);
    t[k + 1].used = t[b].used = true;
    return ctp_finder_emit(x, &d);
}

static bool pair_in_doubt(const extractor *x, const sentence *st,
                          const stmt *m, const pair *p);

/* "822 homicidios frente a los 716 del 2022 y los 797 del 2021, lo que
 * implica un aumento del 14,8% en relación al 2022": the year the change
 * names after it is that of its earlier figure; when pair p's earlier
 * figure is of another year and one count of the sentence is of that
 * one, it is the earlier.  Its token, or -1. */
static int earlier_of_named_year(const extractor *x, const sentence *st,
                                 const stmt *m, const pair *p)
{
    const tok *t = x->t;
    const tok *y = NULL;
    for (size_t k = m->last + 1; k < st->e && k <= m->last + 5; k++) {
        if (t[k].kind == TK_PERIOD) {
            y = &t[k];
            break;
        }
        if (t[k].kind != TK_WORD)
            return -1;
    }
    if (y == NULL || y->period.kind != CT_PERIOD_YEAR || t[p->a].at < 0 ||
        ct_period_equal(t[t[p->a].at].period, y->period))
        return -1;
    int found = -1;
    for (size_t i = st->s; i < st->e; i++)
        if (t[i].kind == TK_NUM && !t[i].label && !t[i].fig.is_percent &&
            t[i].per < 0 && t[i].at >= 0 && i != p->b &&
            ct_period_equal(t[t[i].at].period, y->period)) {
            if (found >= 0)
                return -1;
            found = (int)i;
        }
    return found;
}

/* "en 2015 se registraron 774, una disminución de 52 por ciento, para
 * que ... siguiera la misma tendencia hasta llegar a las 216 del año
 * 2021": a change set right after a count is that count's, the level it
 * reached; a pair that runs from that count to one after the change is
 * another change, so taking it is only a guess. */
static bool level_then_other_change(const tok *t, const stmt *m,
                                    const pair *p)
{
    if (p->a >= m->first || p->b <= m->last)
        return false;
    size_t k = t[p->a].at_end;
    if (k < m->first && t[k].kind == TK_WORD)
        k++;  /* a noun: "774 casos, una ..." */
    return k + 1 <= m->first && is_punct(&t[k], ',') &&
           (k + 1 == m->first ||
            (k + 2 == m->first && t[k + 1].kind == TK_WORD));
}

/* The bound a word before figure i puts on it ("más de 19.000", "nearly
 * 300"), or NONE; not the "than" of a comparison ("12pc less than 53")
 * nor "over" between two figures ("1,06,958 in 2016 over 18,967"). */
static ct_claim_hedge level_bound(const extractor *x, const sentence *st,
                                  const stmt *m, size_t i)
{
    const tok *t = x->t;
    size_t s = i >= st->s ? st->s : 0;
    if (i < s + 1)
        return CT_CLAIM_HEDGE_NONE;
    ct_claim_hedge h = ctp_share_hedge_before(x, s, i);
    size_t w = is_word(&t[i - 1], "than") && i >= s + 2 ? i - 2 : i - 1;
    if (w <= m->last && w + 3 >= m->first)
        return CT_CLAIM_HEDGE_NONE;  /* the statement's own comparison */
    if (is_word(&t[i - 1], "over") && i >= s + 2 &&
        (t[i - 2].kind == TK_NUM || t[i - 2].kind == TK_PERIOD))
        return CT_CLAIM_HEDGE_NONE;
    return h;
}

/* "en 2022 hubo más de 19.000 denuncias, un aumento del 15% respecto a
 * 2021, cuando se registraron 17.000": a level given as a bound is not
 * known; when the published change lies on the side of the bound some
 * level allows (above 11.8% here), the claim made of it is only ever
 * loose; "More than 300 ... compared to 197 ... an increase of 35 per
 * cent" stays wrong, as every level above 300 gives more than 52%. */
static bool bound_level(const extractor *x, const sentence *st,
                        const stmt *m, const pair *p)
{
    const tok *t = x->t;
    if (m->pct < 0)
        return false;
    const size_t ends[2] = {p->a, p->b};
    for (size_t j = 0; j < 2; j++) {
        ct_claim_hedge h = level_bound(x, st, m, ends[j]);
        int up = h == CT_CLAIM_HEDGE_ABOVE || h == CT_CLAIM_HEDGE_AT_LEAST ? 1
                 : h == CT_CLAIM_HEDGE_BELOW || h == CT_CLAIM_HEDGE_LESS ? -1
                                                                        : 0;
        if (up == 0)
            continue;
        double a = ctp_finder_figure_value(&t[p->a].fig),
               b = ctp_finder_figure_value(&t[p->b].fig);
        if (a <= 0)
            continue;
        double at_bound = 100.0 * (b - a) / a;
        double pub = ctp_finder_figure_value(&t[m->pct].fig);
        if (m->dir < 0 && pub > 0)
            pub = -pub;
        /* a larger later level, or a smaller earlier one, gives more */
        bool more = (j == 1) == (up > 0);
        if (more ? pub >= at_bound : pub <= at_bound)
            return true;
    }
    return false;
}

/* "Since 1989 the detection rate has dropped from 34 per cent to 24 per
 * cent, with a fall of one percentage point since 1999-2000": a change
 * said "since" a period of its own, in a sentence that runs from another
 * starting period, is not that of the sentence's figures for sure. */
static bool since_other_start(const tok *t, const sentence *st,
                              const stmt *m)
{
    const tok *own = NULL;
    for (size_t k = m->last + 1; k + 1 < st->e && k <= m->last + 3; k++)
        if ((is_word(&t[k], "since") || is_word(&t[k], "desde")) &&
            t[k + 1].kind == TK_PERIOD) {
            own = &t[k + 1];
            break;
        }
    if (own == NULL)
        return false;
    for (size_t k = st->s; k + 1 < st->e; k++)
        if ((is_word(&t[k], "since") || is_word(&t[k], "desde") ||
             is_word(&t[k], "from")) &&
            t[k + 1].kind == TK_PERIOD && &t[k + 1] != own &&
            !ct_period_equal(t[k + 1].period, own->period))
            return true;
    return false;
}

/* "Thefts from vehicles were also twice as high in last year's figures,
 * with 97 in 2019 and 48 this year": a multiple "as high" whose time is
 * named right after it may be the earlier figure's, the higher one; the
 * ratio is then read both ways. */
static bool multiple_of_time_named(const tok *t, const stmt *m, size_t e)
{
    static const char *const as_high[] = {
        "as", "high", "higher", "large", "larger", "great", "greater", "in",
        "the", NULL
    };
    if (m->pct < 0 || t[m->pct].hedge != CT_CLAIM_HEDGE_WORD ||
        t[m->pct].sign < 0)
        return false;
    bool high = false;
    for (size_t q = (size_t)m->pct + 1; q < e && q <= (size_t)m->pct + 6;
         q++) {
        if (t[q].kind == TK_PERIOD)
            return high;
        /* "last year", "last year's" (read "last years") */
        if (q + 1 < e && is_word(&t[q], "last") &&
            (is_word(&t[q + 1], "year") || is_word(&t[q + 1], "years")))
            return high;
        /* The words of the multiple read into its figure are left
         * blank: "as high" of "twice as high". */
        if (t[q].kind == TK_WORD && t[q].w[0] == '\0') {
            high = true;
            continue;
        }
        if (t[q].kind != TK_WORD || !in_list(t[q].w, as_high))
            return false;
        high |= is_word(&t[q], "high") || is_word(&t[q], "higher") ||
                is_word(&t[q], "large") || is_word(&t[q], "larger") ||
                is_word(&t[q], "great") || is_word(&t[q], "greater");
    }
    return false;
}

/* The claims of statement 'i' of a sentence: its percentage change and
 * its change in counts, with the figures and periods they compare. */
static ct_status emit_statement(extractor *x, sentence *st, size_t i)
{
    ct_status rc;
    stmt mv = st->stmts[i];
    const stmt *m = &mv;
    pair_by_difference(x, st, &mv);
    take_count_before(x, st, &mv);
    size_t clause = i > 0 ? st->stmts[i - 1].last + 1 : st->s;
    const pair *p = m->pair >= 0 ? &st->pairs[m->pair] : NULL;
    ct_claim c;
    ct_claim_init(&c);
    size_t first = m->first, last = m->last;
    if (p != NULL && !p->carried) {
        first = p->first < first ? p->first : first;
        last = p->last > last ? p->last : last;
    }
    ctp_finder_claim_at(x, st, &c, clause, first, last);
    if (p != NULL) {
        int a = earlier_of_named_year(x, st, m, p);
        if (a >= 0)
            st->pairs[m->pair].a = (size_t)a;
    }
    c.direction = m->dir != 0 ? m->dir : p != NULL ? p->dir : 0;
    c.hedge = m->hedge;
    c.loose = m->loose || m->hedged_count ||
              (p != NULL && pair_in_doubt(x, st, m, p));
    /* "less than half of what had been reported in 2014 (909)": the
     * hedge bounds the level, so the fall is more than half; which
     * earlier level is meant only nearness says. */
    if (m->pct >= 0 && x->t[m->pct].of_level) {
        c.loose = true;
        c.hedge = c.hedge == CT_CLAIM_HEDGE_LESS ? CT_CLAIM_HEDGE_ABOVE
                  : c.hedge == CT_CLAIM_HEDGE_ABOVE ||
                          c.hedge == CT_CLAIM_HEDGE_AT_LEAST
                      ? CT_CLAIM_HEDGE_LESS
                  : c.hedge == CT_CLAIM_HEDGE_BELOW ? CT_CLAIM_HEDGE_NEAR
                                                    : c.hedge;
    }
    c.either_order = (p != NULL && p->either) ||
                     multiple_of_time_named(x->t, m, st->e);
    bool derived = statement_figures(x, st, m, p, &c);
    if (!c.period[0] && !c.period_from[0])
        sentence_periods(x, st, &c);
    if (m->pct >= 0 &&
        (rc = emit_statement_pct(x, st, m, p, derived, &c)) != CT_STATUS_OK)
        return rc;
    if (m->pct >= 0 && p != NULL && !derived &&
        (rc = emit_second_pair_respectively(x, st, p, &c, clause)) !=
            CT_STATUS_OK)
        return rc;
    if (derived)
        return CT_STATUS_OK;
    return emit_statement_change(x, st, m, p, &c, clause);
}

/* Whether the words of statement m name a span of ten years ("the
 * overall decade trend showing a 35.1 per cent increase", "en la última
 * década") that the dates of pair p do not cover: "10,218 in 2013 and
 * 15,861 in 2019" are then not that change's figures for sure. */
static bool decade_not_pair(const tok *t, size_t s, const stmt *m,
                            const pair *p)
{
    static const char *const decade[] = {
        "decade", "década", "decenio", NULL
    };
    bool named = false;
    size_t from = m->first > s + 8 ? m->first - 8 : s;
    for (size_t k = from; k <= m->last; k++)
        named |= t[k].kind == TK_WORD && in_list(t[k].w, decade);
    if (!named || t[p->a].at < 0 || t[p->b].at < 0)
        return false;
    int32_t months = t[t[p->b].at].period.start - t[t[p->a].at].period.start;
    if (months < 0)
        months = -months;
    return months < 9 * 12 || months > 11 * 12;
}

/* Whether statement m is said against a year some years before the
 * later figure's ("cifra 26.9% superior a la reportada un año antes",
 * "el doble de las registradas solo dos años antes", "three years
 * earlier") while pair p's years are not that far apart ("el anterior
 * máximo de 27 mil 213 asesinatos alcanzados en 2011", "43 en 2016, 44
 * en 2017"): the figures are then not those the change compares, for
 * sure.  The year before, said alone, rules out an undated later figure
 * too. */
static bool years_before_not_pair(const tok *t, size_t e, const stmt *m,
                                  const pair *p)
{
    static const char *const before_words[] = {
        "earlier", "before", "previous", "prior", "anterior", "ago",
        "antes", "atrás", NULL
    };
    bool year_before = false;
    int64_t years = 0;
    for (size_t k = m->first; k + 1 < e && k <= m->last + 8; k++) {
        bool before_next = t[k + 1].kind == TK_WORD &&
                           in_list(t[k + 1].w, before_words);
        year_before |= (is_word(&t[k], "year") && before_next) ||
                       (is_word(&t[k + 1], "year") && t[k].kind == TK_WORD &&
                        in_list(t[k].w, before_words));
        /* "dos años antes": the count of years, then the word */
        if (k + 2 < e &&
            (is_word(&t[k + 1], "years") || is_word(&t[k + 1], "años")) &&
            t[k + 2].kind == TK_WORD && in_list(t[k + 2].w, before_words))
            years = ctp_lex_count_of(&t[k]);
    }
    if (t[p->a].at < 0 || t[t[p->a].at].period.kind != CT_PERIOD_YEAR)
        return false;
    const ct_period *pa = &t[t[p->a].at].period;
    const ct_period *pb = t[p->b].at >= 0 ? &t[t[p->b].at].period : NULL;
    if (year_before && (pb == NULL || pb->start - pa->start != 12))
        return true;
    return years >= 2 && pb != NULL && pb->kind == CT_PERIOD_YEAR &&
           pb->start - pa->start != 12 * years;
}

/* Whether the words around statement m say that pair p, which it took,
 * may not be its figures after all: then the claim is loose, right when
 * the figures bear it out and not checkable when they do not. */
static bool pair_in_doubt(const extractor *x, const sentence *st,
                          const stmt *m, const pair *p)
{
    const tok *t = x->t;
    return p->guessed ||
           (m->last < p->first && named_apart(t, st->s, p->first)) ||
           decade_not_pair(t, st->s, m, p) ||
           years_before_not_pair(t, st->e, m, p) ||
           since_other_start(t, st, m) ||
           level_then_other_change(t, m, p) ||
           bound_level(x, st, m, p);
}

/* The claim statement m states as 'measure', its figures still to come:
 * its percentage, direction and hedge. */
static void statement_claim(const tok *t, const stmt *m,
                            ct_claim_measure measure, ct_claim *c)
{
    ct_claim_init(c);
    c->measure = measure;
    c->published = t[m->pct].fig;
    c->direction = m->dir;
    c->hedge = m->hedge;
}

/* Whether the percentage of statement m agrees with pair p as its
 * figures (consistent or hedged). */
static bool stmt_agrees(const extractor *x, const stmt *m, const pair *p)
{
    const tok *t = x->t;
    if (m->pct < 0 || t[m->pct].fig.is_points || t[p->b].per >= 0 ||
        t[p->a].per >= 0)
        return false;
    ct_claim c;
    statement_claim(t, m, CT_CLAIM_PCT_CHANGE, &c);
    ctp_finder_claim_figure_from_tok(&t[p->a], &c.from);
    ctp_finder_claim_figure_from_tok(&t[p->b], &c.to);
    return ctp_finder_claim_agrees(&c);
}

/* "han reducido en un 1,1 % ..., de 4.500 a 4.449, lo que supone una
 * reducción del 22,5 %": a pair between two statements, given by
 * nearness or reference to the later, goes to the earlier when it agrees
 * with the earlier (which has no figures) and not with the later: the
 * later is then left without figures rather than called wrong. */
static void give_pairs_by_agreement(const extractor *x, sentence *st)
{
    for (size_t j = 0; j < st->n_stmts; j++) {
        stmt *later = &st->stmts[j];
        if (later->pair < 0 || later->pct < 0)
            continue;
        const pair *p = &st->pairs[later->pair];
        if (p->carried || later->first <= p->last || stmt_agrees(x, later, p))
            continue;
        for (size_t i = 0; i < st->n_stmts; i++) {
            stmt *earlier = &st->stmts[i];
            if (i == j || earlier->pair >= 0 || earlier->pct < 0 ||
                earlier->absorbed || earlier->diff >= 0 || earlier->to_b >= 0 ||
                earlier->from_a >= 0 || earlier->last >= p->first ||
                !stmt_agrees(x, earlier, p))
                continue;
            earlier->pair = later->pair;
            earlier->loose = true;
            later->pair = -1;
            break;
        }
    }
}

/* "the rate decreased 5% to 5,792.5 per 100,000": the rate at 'i' is the
 * level a percentage change reached, stated with no other figure; that
 * change is the claim (not checkable from the text), the rate no claim of
 * its own. */
static bool rate_is_change_level(const extractor *x, const sentence *st,
                                 size_t i)
{
    const tok *t = x->t;
    bool skipped = false;
    for (size_t q = 0; q < st->n_stmts && i > st->s; q++) {
        const stmt *m = &st->stmts[q];
        if (m->pct >= 0 && m->pair < 0 && m->from_a < 0 && m->to_b < 0 &&
            is_word(&t[i - 1], "to") && (size_t)m->pct < i &&
            i - (size_t)m->pct <= 5)
            skipped = true;
    }
    return skipped;
}

/* The count and the population a rate at 'i' may be made of, anywhere in
 * the sentence ("1,233 offences among 145,000 residents"): the first
 * exact figure followed by a word for people is the population, the
 * first other the count; -1 when missing. */
/* "population" or "población" */
static bool is_population_word(const tok *t)
{
    return is_word(t, "population") || is_word(t, "población");
}

/* Whether a figure with a word for people after it follows figure k
 * before the bracket k stands in closes. */
static bool pop_later_in_bracket(const tok *t, size_t k, size_t e,
                                 const char *const *pop_words)
{
    for (size_t q = k + 1; q + 1 < e && !is_punct(&t[q], ')'); q++)
        if (t[q].kind == TK_NUM && t[q + 1].kind == TK_WORD &&
            in_list(t[q + 1].w, pop_words))
            return true;
    return false;
}

/* Whether figure k, in tokens s..e, is a population: "145,000
 * residents", "a population of 145,000", and on a line of a list
 * "Population: 2,728,695"; a population may be rounded ("2.7 million
 * people"), a count may not. */
static bool population_at(const tok *t, size_t s, size_t e, size_t k)
{
    static const char *const place_words[] = {
        "city", "town", "country", "nation", "state", "island", "county",
        "ciudad", "municipio", "país", "provincia", NULL
    };
    static const char *const pop_words[] = {
        "residents", "people", "population", "inhabitants", "households",
        "persons", "habitantes", "personas", "población", "hogares", NULL
    };
    /* "a population of about 884,000", "the island's population
     * estimate of 63,385": the words before the figure are read past an
     * approximation and "estimate of". */
    size_t p = k;
    if (p > s && t[p - 1].kind == TK_WORD &&
        in_list(t[p - 1].w, ctp_lex_approx_words))
        p--;
    if (p >= s + 3 && is_word(&t[p - 1], "of") &&
        (is_word(&t[p - 2], "estimate") || is_word(&t[p - 2], "estimated")) &&
        is_population_word(&t[p - 3]))
        p -= 2;
    return (k + 1 < e && t[k + 1].kind == TK_WORD &&
            in_list(t[k + 1].w, pop_words)) ||
           /* "723,802 city residents" */
           (k + 2 < e && t[k + 1].kind == TK_WORD &&
            !is_word(&t[k + 1], "of") && t[k + 2].kind == TK_WORD &&
            in_list(t[k + 2].w, pop_words)) ||
           (p >= s + 2 && (is_word(&t[p - 1], "of") ||
                           is_punct(&t[p - 1], ':') ||
                           is_punct(&t[p - 1], '-')) &&
            is_population_word(&t[p - 2])) ||
           /* "when the city population was 725,000", "cuya población
            * era de 1.053.466" */
           (p >= s + 2 &&
            (is_word(&t[p - 1], "was") || is_word(&t[p - 1], "is") ||
             is_word(&t[p - 1], "stood") || is_word(&t[p - 1], "era") ||
             is_word(&t[p - 1], "es")) &&
            is_population_word(&t[p - 2])) ||
           (p >= s + 3 && is_word(&t[p - 1], "of") &&
            (is_word(&t[p - 2], "era") || is_word(&t[p - 2], "es")) &&
            is_population_word(&t[p - 3])) ||
           /* "St. Kitts-Nevis–population 50,000–with 40 murders per
            * 100,000" */
           (p >= s + 1 && is_population_word(&t[p - 1])) ||
           /* "la misma cantidad de habitantes (1.053.466)", "según el
            * último censo -1.174.542 personas-" */
           (p >= s + 2 && (is_punct(&t[p - 1], '(') ||
                           is_punct(&t[p - 1], '-')) &&
            t[p - 2].kind == TK_WORD && in_list(t[p - 2].w, pop_words) &&
            /* not "residents (3,042 victims for 1,328,017
             * inhabitants)": the bracket names its population after */
            !pop_later_in_bracket(t, k, e, pop_words)) ||
           /* "the city of 600,000" */
           (p >= s + 2 && is_word(&t[p - 1], "of") &&
            t[p - 2].kind == TK_WORD && in_list(t[p - 2].w, place_words));
}

static void rate_inputs(const extractor *x, const sentence *st, size_t i,
                        int *count, int *pop, bool *carried)
{
    const tok *t = x->t;
    size_t s = st->s, e = st->e;
    *count = *pop = -1;
    *carried = false;
    for (size_t k = s; k < e; k++) {
        if (!free_num(x, k, e) || k == i || t[k].fig.is_percent ||
            t[k].per >= 0)
            continue;
        bool is_pop = population_at(t, s, e, k);
        if (is_pop && *pop < 0)
            *pop = (int)k;
        else if (!is_pop && *count < 0 && t[k].fig.is_exact)
            *count = (int)k;
    }
    /* "Chicago has seen the most killings of any city, with 284.  With
     * 2.7 million people, Chicago's homicide rate is about 10.4 per
     * 100,000": the one count of the sentence before, taken loosely. */
    if (*pop >= 0 && *count < 0 && x->prev_same_para && x->any_single &&
        t[x->single].fig.is_exact && t[x->single].per < 0 &&
        !t[x->single].used) {
        *count = (int)x->single;
        *carried = true;
    }
}

/* The one count of the sentence before whose rate among the population
 * at token 'pop' claim c states (loosely, as pair_agrees: "more than 50"
 * must be near too); -1 when none does, and '*two' set when two do, for
 * then which is meant is open. */
static int count_for_population(const extractor *x, const sentence *st,
                                const ct_claim *c, size_t pop, bool *two)
{
    const tok *t = x->t;
    int found = -1;
    *two = false;
    for (size_t k = 0; k < st->s; k++) {
        ct_claim trial;
        if (k == pop || !ctp_finder_plain_count(x, k, st->s) ||
            population_at(t, 0, st->s, k) ||
            t[k].fig.value.digits >= t[pop].fig.value.digits ||
            !pair_agrees(c, &t[k], &t[pop], &trial))
            continue;
        if (found >= 0) {
            *two = true;
            return -1;
        }
        found = (int)k;
    }
    return found;
}

/* "In Baltimore, 309 murders were recorded in 2018, ... down from 342 in
 * 2017.  But the city of 600,000 continues to top ..., with more than 50
 * murders per 100,000 people": a rate with its population in its
 * sentence and several counts in the sentence before takes the one
 * count that gives it, loosely.  Its token, or -1. */
static int rate_count_before(const extractor *x, const sentence *st,
                             const ct_claim *c, size_t pop)
{
    bool two;
    return x->prev_same_para ? count_for_population(x, st, c, pop, &two)
                             : -1;
}

/* "en 2013 se contabilizaron 2.548 delitos cuando la provincia contaba
 * con 93.291 habitantes, ... con 2.550 infracciones penales, pero con una
 * población de 88.747 personas. De esta forma, en 2013 la tasa ... se
 * situó en 27,31 casos por 1.000 habitantes": a rate with neither input
 * in its sentence takes the one count and population of the sentence
 * before that give it, loosely; none when two such pairs would. */
static void rate_inputs_by_agreement(const extractor *x, const sentence *st,
                                     const ct_claim *c, int *count, int *pop)
{
    const tok *t = x->t;
    if (!x->prev_same_para)
        return;
    int found_c = -1, found_p = -1;
    for (size_t p = 0; p < st->s; p++) {
        if (t[p].kind != TK_NUM || t[p].label || t[p].fig.is_percent ||
            t[p].per >= 0 || !population_at(t, 0, st->s, p))
            continue;
        bool two;
        int k = count_for_population(x, st, c, p, &two);
        if (two || (k >= 0 && found_c >= 0))
            return;  /* two pairs give it: which is meant is open */
        if (k >= 0) {
            found_c = k;
            found_p = (int)p;
        }
    }
    *count = found_c;
    *pop = found_p;
}

bool ctp_finder_figure_claimed(const extractor *x, size_t i)
{
    for (size_t k = ct_claim_set_size(x->set); k-- > 0;)
        if (ct_claim_set_get(x->set, k)->figure_offset == x->t[i].off)
            return true;
    return false;
}

/* "dropping Belize's murder rate per 100,000 residents to 19.1", "the
 * crimes per 100,000 in Henry County is 3,827", "por cada 100 mil
 * mujeres se comete 0.69 feminicidios": a rate's base named before its
 * figure, the first figure after it the rate (those after it, sharing
 * the base, are not listed apart: RULES.md rule 8).  Only in a sentence
 * with no percentage, whose change would take the rates as its figures
 * instead. */
static ct_status emit_rate_base_before(extractor *x, const sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t q = s; q < e; q++)
        if (t[q].kind == TK_NUM && t[q].fig.is_percent)
            return CT_STATUS_OK;
    /* "... fue de 24,849, mientras que durante 2018 fue de 28,269; es
     * decir, el cambio a la baja fue de -12.1%": the clause after a
     * semicolon may state the change, which the rates are then the
     * figures of. */
    size_t after = t[e - 1].end;
    while (after < x->n && (x->s[after] == ' ' || x->s[after] == ')'))
        after++;
    if (after < x->n && x->s[after] == ';')
        for (size_t k = after; k < x->n; k++) {
            if (x->s[k] == '%')
                return CT_STATUS_OK;
            /* the end of the sentence (not a decimal point) or of the
             * paragraph */
            if ((x->s[k] == '.' &&
                 (k + 1 == x->n || x->s[k + 1] == ' ' || x->s[k + 1] == '\n')) ||
                (x->s[k] == '\n' && k + 1 < x->n && x->s[k + 1] == '\n'))
                break;
        }
    for (size_t b = s + 1; b < e; b++) {
        if (t[b].kind != TK_NUM || !t[b].label || !is_word(&t[b - 1], "per") ||
            t[b].fig.value.digits * ctp_lex_pow10(t[b].fig.exp10) < 100)
            continue;
        bool own = false;
        for (size_t q = s; q < e && !own; q++)
            own = t[q].kind == TK_NUM && t[q].per == (int)b;
        if (own)
            continue;
        size_t r = b + 1;
        while (r < e && r < b + 20 && t[r].kind != TK_NUM)
            r++;
        /* a figure with decimals, or one the words give as the rate
         * ("is 3,827", "to 19.1", "fue de 24,849"), not a count beside
         * ("con 2,692 muertos") */
        bool given = r < e && r > b + 1 &&
                     (is_word(&t[r - 1], "is") || is_word(&t[r - 1], "was") ||
                      is_word(&t[r - 1], "to") || is_word(&t[r - 1], "at") ||
                      (is_word(&t[r - 1], "of") && r > b + 2 &&
                       (is_word(&t[r - 2], "fue") || is_word(&t[r - 2], "es") ||
                        is_word(&t[r - 2], "was") || is_word(&t[r - 2], "is"))));
        if (!(r < e && free_num(x, r, e) && !t[r].fig.is_percent &&
              t[r].per < 0 && !ctp_finder_figure_claimed(x, r) &&
              (t[r].fig.value.scale > 0 || given)))
            continue;
        ct_claim c;
        ct_claim_init(&c);
        c.measure = CT_CLAIM_RATE;
        ctp_finder_claim_figure_from_tok(&t[r], &c.published);
        ctp_finder_claim_figure_from_tok(&t[b], &c.per);
        t[r].used = true;
        ctp_finder_claim_at(x, st, &c, s, b - 1, r);
        ct_status rc = ctp_finder_emit(x, &c);
        if (rc != CT_STATUS_OK)
            return rc;
    }
    return CT_STATUS_OK;
}

/* Rates: "a rate of 8.5 per 1,000" with a count and a population in the
 * same sentence ("1,233 offences among 145,000 residents"). */
static ct_status emit_rates(extractor *x, const sentence *st)
{
    tok *t = x->t;
    ct_status rc;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i < e; i++) {
        if (!(free_num(x, i, e) || t[i].in_pair) || t[i].per < 0 ||
            t[i].fig.is_percent)
            continue;
        bool in_pair = t[i].in_pair;
        t[i].in_pair = false;
        bool rate_alone_skipped = rate_is_change_level(x, st, i);
        int count, pop;
        bool carried;
        rate_inputs(x, st, i, &count, &pop, &carried);
        ct_claim c;
        ct_claim_init(&c);
        c.measure = CT_CLAIM_RATE;
        /* "a homicide rate of about 10.4 per 100,000", "with more than
         * 50 murders per 100,000 people" */
        if (i > s + 1 && is_word(&t[i - 1], "than") &&
            (is_word(&t[i - 2], "more") || is_word(&t[i - 2], "less") ||
             is_word(&t[i - 2], "fewer")))
            c.hedge = is_word(&t[i - 2], "more") ? CT_CLAIM_HEDGE_ABOVE
                                                 : CT_CLAIM_HEDGE_LESS;
        else if (i > s)
            c.hedge = ctp_lex_hedge_word(&t[i - 1]);
        /* "an approximate rate of 33.5 crimes per 1,000": the rate named
         * approximate is about its figure. */
        if (c.hedge == CT_CLAIM_HEDGE_NONE && i >= s + 3 &&
            is_word(&t[i - 1], "of") && ctp_lex_is_rate_word(&t[i - 2]) &&
            (is_word(&t[i - 3], "approximate") ||
             is_word(&t[i - 3], "aproximada")))
            c.hedge = CT_CLAIM_HEDGE_NEAR;
        ctp_finder_claim_figure_from_tok(&t[i], &c.published);
        ctp_finder_claim_figure_from_tok(&t[t[i].per], &c.per);
        if (count < 0 && pop < 0) {
            rate_inputs_by_agreement(x, st, &c, &count, &pop);
            carried = count >= 0;
        }
        if (count < 0 && pop >= 0) {
            count = rate_count_before(x, st, &c, (size_t)pop);
            carried = count >= 0;
        }
        /* The base may come first: "the rate per 1,000 ... was 34.6". */
        size_t first = i, last = (size_t)t[i].per;
        /* "de 38,37 infracciones por cada 1000 habitantes a 37,15": a
         * base another rate wrote is not part of this one's words. */
        bool shared = false;
        for (size_t k = s; last < i && k < i; k++)
            shared |= t[k].kind == TK_NUM && t[k].per == t[i].per;
        /* "from 61 recorded cases per 1,000 population in 2017/18 to 58.7
         * last year": the second rate of a pair sharing one written base
         * is no rate claim apart (RULES.md, 8). */
        /* "29,0 por cada 100 mil ...; un aumento de 22,9% con respecto
         * a la tasa de 23,6": so is one a statement compared with. */
        /* "29,0 por cada 100 mil habitantes el año 2022; lo que
         * representó un aumento de 22,9% con respecto a la tasa de 23,6":
         * the rate that wrote the base stands before the semicolon that
         * began this sentence. */
        for (size_t k = (size_t)t[i].per >= 8 ? (size_t)t[i].per - 8 : 0;
             (size_t)t[i].per < s && k < s; k++)
            if (t[k].kind == TK_NUM && t[k].per == t[i].per)
                shared = in_pair = true;
        /* "la tasa ... por cada 100 mil habitantes ... fue de 3.67 casos,
         * mientras que la tasa nacional fue de 3.47": a second rate on a
         * base written once, with no count of its own, is no rate claim
         * apart either. */
        bool own_base = false;  /* "2,87 muertes por cada 100.00" */
        for (size_t k = i + 1; k < e && k <= i + 3; k++)
            own_base |= is_word(&t[k], "per");
        if (shared && (in_pair || (count < 0 && pop < 0 && !own_base))) {
            t[i].used = true;
            continue;
        }
        if (shared) {
            last = i;
        } else if (last < first) {
            first = last;
            last = i;
            for (size_t k = first; k-- > s && first - k <= 4;)
                if (is_word(&t[k], "rate")) {
                    first = k;
                    break;
                }
        }
        if (count >= 0 && pop >= 0) {
            ctp_finder_claim_figure_from_tok(&t[count], &c.from);
            ctp_finder_claim_figure_from_tok(&t[pop], &c.to);
            /* More events than people is possible (a city centre's
             * thefts) but more often a misreading of which is which:
             * never called wrong on it. */
            if (t[count].fig.value.digits > t[pop].fig.value.digits ||
                carried)
                c.loose = true;
            t[count].used = t[pop].used = true;
            /* The claim's words are its sentence's: a count carried from
             * the sentence before is quoted in its figures only. */
            size_t lo = (size_t)(count < pop && (size_t)count >= s ? count
                                                                  : pop);
            first = lo < first && lo >= s ? lo : first;
        } else if (rate_alone_skipped) {
            /* A rate with neither its count nor its population is not a
             * claim the text lets anyone check, nor a percentage: it is
             * not listed. */
            t[i].used = true;
            continue;
        } else {
            /* "a rate of 3.3 per 1,000": include "a rate of". */
            if (first >= s + 2 && is_word(&t[first - 1], "of") &&
                is_word(&t[first - 2], "rate"))
                first -= 2;
            if (first > s && (is_word(&t[first - 1], "a") ||
                              is_word(&t[first - 1], "the")))
                first--;
        }
        t[i].used = true;
        for (size_t k = s; k < e; k++)
            if (t[k].kind == TK_PERIOD && !c.period[0])
                ct_period_format(t[k].period, c.period, sizeof c.period);
        ctp_finder_claim_at(x, st, &c, s, first, last);
        if ((rc = ctp_finder_emit(x, &c)) != CT_STATUS_OK)
            return rc;
    }
    return emit_rate_base_before(x, st);
}

/* The bracketed percentage a few words after count c ("78.253 en 2014
 * (-3,6%)"), or 0 when there is none. */
static size_t bracketed_change_after(const tok *t, size_t c, size_t e)
{
    size_t k = t[c].at_end;
    for (size_t n = 0; k < e && n < 5 &&
                       (t[k].kind == TK_WORD || t[k].kind == TK_PERIOD);
         n++)
        k++;
    if (k + 2 < e && is_punct(&t[k], '(') && t[k + 1].kind == TK_NUM &&
        t[k + 1].fig.is_percent && !t[k + 1].fig.is_points &&
        is_punct(&t[k + 2], ')'))
        return k + 1;
    return 0;
}

/* "83.132 delitos ese año; 81.237 el ejercicio siguiente (-2,3%); 78.253
 * en 2014 (-3,6%); 76.620 en 2015 (-2%) y los 74.536 del año pasado
 * (-2,7%)": a list whose items a semicolon parts (each read as a
 * sentence), each count after the first with its change in brackets from
 * the count of the item before, even when a change there took it. */
static void series_of_changes(extractor *x, sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    if (!x->prev_same_para || s == 0 || st->n_pairs >= MAX_PIECES)
        return;
    if (!after_semicolon(x, st))
        return;
    int prev = -1;
    size_t top = s;
    while (top > 0 && (t[top - 1].kind == TK_BREAK ||
                       t[top - 1].kind == TK_PUNCT))
        top--;
    for (size_t q = top; q-- > 0;) {
        if (t[q].kind == TK_BREAK)
            break;
        if (t[q].kind == TK_NUM && !t[q].label && !t[q].fig.is_percent) {
            prev = ctp_finder_plain_count(x, q, s) && t[q].fig.value.scale == 0
                       ? (int)q
                       : -1;
            break;
        }
    }
    /* Each count of the item, "y los 74.536 ... (-2,7%)" after "76.620
     * en 2015 (-2%)", from the one before it. */
    bool carried = true;
    for (size_t c = s; c < e && prev >= 0 && st->n_pairs < MAX_PIECES;) {
        while (c < e && t[c].kind != TK_NUM)
            c++;
        if (c >= e || !ctp_finder_plain_count(x, c, e) ||
            t[c].fig.value.scale != 0)
            return;
        size_t p = bracketed_change_after(t, c, e);
        if (p == 0)
            return;
        /* A series in time: each item names its period ("78.253 en
         * 2014"); "19 tentativas (72,7%), 283 lesiones (-5%)" lists other
         * things, each against its own year before. */
        static const char *const when[] = {
            "año", "year", "ejercicio", "pasado", "anterior", "siguiente",
            "last", "previous", "following", NULL
        };
        bool dated = t[c].at >= 0;
        for (size_t q = c + 1; q < p; q++)
            dated |= t[q].kind == TK_PERIOD ||
                     (t[q].kind == TK_WORD && in_list(t[q].w, when));
        if (!dated)
            return;
        for (size_t j = 0; j < st->n_stmts; j++) {
            stmt *m = &st->stmts[j];
            if (m->pct != (int)p || m->pair >= 0 || m->diff >= 0 ||
                m->to_b >= 0 || m->from_a >= 0 || m->absorbed)
                continue;
            add_pair(x, st, (size_t)prev, c, c, p + 1, 0);
            st->pairs[st->n_pairs - 1].claimed = true;
            st->pairs[st->n_pairs - 1].carried = carried;
            m->pair = (int)st->n_pairs - 1;
        }
        prev = (int)c;
        carried = false;
        c = p + 2;
        /* Only "and" or a comma, and the words of the next item. */
        size_t q = c;
        while (q < e && (t[q].kind == TK_WORD || is_punct(&t[q], ',')))
            q++;
        if (q >= e || t[q].kind != TK_NUM || !(is_word(&t[c], "and") ||
                                               is_punct(&t[c], ',')))
            return;
    }
}

/* "increasing 0.2 percent from 18,205 to 18,233, representing a
 * year-on-year increase of 0.2 percent": the same change said again, in
 * the same figure, after a word that says so; it takes the pair of the
 * one before. */
static void restated_with_pair(const extractor *x, sentence *st)
{
    const tok *t = x->t;
    for (size_t i = 1; i < st->n_stmts; i++) {
        stmt *m = &st->stmts[i];
        const stmt *o = &st->stmts[i - 1];
        if (m->pct < 0 || m->pair >= 0 || m->diff >= 0 || m->to_b >= 0 ||
            m->from_a >= 0 || o->pct < 0 || o->pair < 0 ||
            (m->dir != 0 && o->dir != 0 && m->dir != o->dir) ||
            t[m->pct].fig.value.digits != t[o->pct].fig.value.digits ||
            t[m->pct].fig.value.scale != t[o->pct].fig.value.scale)
            continue;
        size_t from = st->pairs[o->pair].last > o->last
                          ? st->pairs[o->pair].last + 1 : o->last + 1;
        bool says = from + 1 < m->first && is_punct(&t[from], ',') &&
                    (is_word(&t[from + 1], "representing") ||
                     is_word(&t[from + 1], "representando") ||
                     is_word(&t[from + 1], "meaning"));
        if (m->first <= from || m->first > from + 8 ||
            !(says || said_of_before(t, st, from, m->first)))
            continue;
        m->pair = o->pair;
        m->loose = o->loose;
        if (m->dir == 0)
            m->dir = o->dir;
    }
    /* "de menos de un 1%, un 0,8%, al pasar de las 9.414 ... a las
     * 9.439", "bajaron casi un 9%, concretamente un 8,8%: ...": a bound
     * said first, then the figure beside it with its pair; the bound
     * takes the same pair. */
    static const char *const precisely[] = {
        "concretamente", "exactamente", "precisamente", "specifically",
        "exactly", "precisely", NULL
    };
    for (size_t i = 0; i + 1 < st->n_stmts; i++) {
        stmt *m = &st->stmts[i];
        const stmt *o = &st->stmts[i + 1];
        if (m->pct < 0 || m->pair >= 0 || m->diff >= 0 || m->to_b >= 0 ||
            m->from_a >= 0 || o->pct < 0 || o->pair < 0 ||
            m->hedge == CT_CLAIM_HEDGE_NONE ||
            (m->dir != 0 && o->dir != 0 && m->dir != o->dir))
            continue;
        bool beside = o->first > m->last;
        for (size_t k = m->last + 1; beside && k < (size_t)o->pct; k++)
            beside = is_punct(&t[k], ',') || is_word(&t[k], "a") ||
                     (t[k].kind == TK_WORD && in_list(t[k].w, precisely));
        if (!beside || !is_punct(&t[m->last + 1], ','))
            continue;
        m->pair = o->pair;
        m->loose = o->loose;
        if (m->dir == 0)
            m->dir = o->dir;
    }
}

/* "de 4.500 a 4.449, lo que supone una reducción del 22,5 % (5.741)
 * respecto al 2019": the figure in brackets, dated by the comparison
 * after it, is the earlier one; the later is the one the words before
 * refer to, the later figure of the pair before (loosely: only the order
 * says so). */
static void bracketed_earlier(extractor *x, sentence *st)
{
    const tok *t = x->t;
    size_t e = st->e;
    for (size_t i = 0; i < st->n_stmts && st->n_pairs < MAX_PIECES; i++) {
        stmt *m = &st->stmts[i];
        size_t p = m->pct >= 0 ? (size_t)m->pct : 0;
        if (m->pct < 0 || m->diff >= 0 || m->to_b >= 0 || m->from_a >= 0 ||
            !punct_at(x, p + 1, e, '(') ||
            !ctp_finder_plain_count(x, p + 2, e) ||
            !punct_at(x, p + 3, e, ')') || !word_at(x, p + 4, e, "compared"))
            continue;
        int b = -1;
        for (size_t j = 0; j < st->n_pairs; j++)
            if (st->pairs[j].last < m->first)
                b = (int)st->pairs[j].b;
        if (b < 0 || !said_of_before(t, st, t[b].at_end, m->first))
            continue;
        int old = m->pair;
        add_pair(x, st, p + 2, (size_t)b, p + 1, p + 3, 0);
        st->pairs[st->n_pairs - 1].claimed = true;
        st->pairs[st->n_pairs - 1].guessed = true;
        m->pair = (int)st->n_pairs - 1;
        /* The pair the percentage had goes back to the change before it
         * ("reducido en un 1,1 % ..., de 4.500 a 4.449"). */
        if (old >= 0 && i > 0) {
            stmt *o = &st->stmts[i - 1];
            if (o->pct >= 0 && o->pair < 0 && o->diff < 0 && o->to_b < 0 &&
                o->from_a < 0 && st->pairs[old].first > o->last)
                o->pair = old;
        }
    }
}

/* "llega al 39%, esto es, diez puntos porcentuales menos que el valor
 * observado en 2022 (49%)": the percentages a change in points compares
 * are its levels, no claims of their own; the statements they made,
 * with no word of change, are absorbed. */
/* Whether percentage q stands bare, no share ("69,74% (9.242)", "el 28%
 * de las víctimas") or change ("28 % de incremento") said after it. */
static bool bare_level(const extractor *x, const sentence *st, size_t q)
{
    const tok *t = x->t;
    size_t e = st->e;
    if (word_at(x, q + 1, e, "of") ||
        (punct_at(x, q + 1, e, '(') && q + 2 < e && t[q + 2].kind == TK_NUM))
        return false;
    /* "76 órdenes ... de las 114 ..., es decir el 67%": a count said
     * again as a share, a few words back. */
    for (size_t k = q; k-- > st->s && q - k <= 4;)
        if ((t[k].kind == TK_NUM && !t[k].fig.is_percent) ||
            is_word(&t[k], "decir") || is_word(&t[k], "or"))
            return false;
    return true;
}

static void points_take_levels(extractor *x, sentence *st)
{
    tok *t = x->t;
    for (size_t i = 0; i < st->n_stmts; i++) {
        const stmt *m = &st->stmts[i];
        if (m->absorbed || m->pct < 0 || !t[m->pct].fig.is_points ||
            m->from_a >= 0 || m->to_b >= 0)
            continue;
        ct_claim c;
        statement_claim(t, m, CT_CLAIM_CHANGE, &c);
        if (m->pair >= 0) {
            const pair *p = &st->pairs[m->pair];
            ctp_finder_claim_figure_from_tok(&t[p->a], &c.from);
            ctp_finder_claim_figure_from_tok(&t[p->b], &c.to);
        } else if (!agreeing_percentages(x, st, (size_t)m->pct, &c)) {
            continue;
        }
        if (!c.from.is_set || !c.to.is_set || !c.from.is_percent ||
            !c.to.is_percent)
            continue;
        /* "estábamos sobre el 28 % de incremento ..., y hoy estamos al
         * 23 %, ... hemos bajado cinco puntos": points between two changes,
         * each a claim. */
        bool of_changes = false;
        for (size_t q = st->s; q + 2 < st->e; q++)
            if (t[q].kind == TK_NUM && t[q].fig.is_percent &&
                (same_printed(&t[q].fig, &c.from) ||
                 same_printed(&t[q].fig, &c.to)) &&
                ((is_word(&t[q + 1], "of") && t[q + 2].kind == TK_WORD &&
                  (in_list(t[q + 2].w, change_noun_words) ||
                   ctp_lex_word_direction(&t[q + 2]) != 0)) ||
                 ctp_lex_word_direction(&t[q + 1]) != 0))
                of_changes = true;
        /* "se redujeron un 4,02 % ..., con un punto por encima (5,20%)":
         * one of them a change said with its word, so both are. */
        for (size_t k = 0; k < st->n_stmts && !of_changes; k++) {
            const stmt *o = &st->stmts[k];
            if (k != i && o->pct >= 0 && o->dir != 0 &&
                !(o->first > (size_t)m->pct && o->first <= m->last + 2) &&
                (same_printed(&t[o->pct].fig, &c.from) ||
                 same_printed(&t[o->pct].fig, &c.to)))
                of_changes = true;
        }
        if (of_changes)
            continue;
        for (size_t k = 0; k < st->n_stmts; k++) {
            stmt *o = &st->stmts[k];
            /* "3.7 puntos por debajo del porcentaje nacional que fue de
             * 67.4%": the words of the points' own direction lead to it */
            bool points_words = o->first > (size_t)m->pct &&
                                o->first <= m->last + 2;
            if (k == i || o->pct < 0 || (o->dir != 0 && !points_words) ||
                o->pair >= 0 ||
                o->from_a >= 0 || o->to_b >= 0 || o->diff >= 0 ||
                t[o->pct].fig.is_points || t[o->pct].words ||
                t[o->pct].sign != 0)
                continue;
            if ((same_printed(&t[o->pct].fig, &c.from) ||
                 same_printed(&t[o->pct].fig, &c.to)) &&
                bare_level(x, st, (size_t)o->pct))
                o->absorbed = true;
        }
        /* and so are they where no statement holds them */
        for (size_t q = st->s; q < st->e; q++)
            if (free_num(x, q, st->e) && t[q].fig.is_percent &&
                !t[q].fig.is_points && !t[q].words && t[q].sign == 0 &&
                (same_printed(&t[q].fig, &c.from) ||
                 same_printed(&t[q].fig, &c.to)) &&
                bare_level(x, st, q))
                t[q].used = true;
    }
}

static ct_status emit_sentence(extractor *x, sentence *st)
{
    ct_status rc;
    if ((rc = ctp_share_emit_summing(x, st)) != CT_STATUS_OK)
        return rc;
    series_of_changes(x, st);
    restated_with_pair(x, st);
    bracketed_earlier(x, st);
    diff_levels(x, st);
    give_pairs_by_agreement(x, st);
    points_take_levels(x, st);
    if ((rc = ctp_share_emit_restated(x, st)) != CT_STATUS_OK)
        return rc;
    for (size_t i = 0; i < st->n_stmts; i++)
        if (!st->stmts[i].absorbed &&
            (rc = emit_statement(x, st, i)) != CT_STATUS_OK)
            return rc;
    if ((rc = ctp_share_emit_rest(x, st)) != CT_STATUS_OK)
        return rc;
    return emit_rates(x, st);
}

/* A heading of a table's columns: two or more periods and no other
 * figure ("| Offence | 2014 | 2015 | Change |", "2015 YTD 2014 YTD % CHG
 * YTD") says which column is the earlier for the rows below it. */
/* Whether the text from byte 'from' to 'to' names a column of changes
 * in per cent: "% Change", "Change %", "Var.%", "Variación %", "% var",
 * "Percentage change". */
static bool names_pct_column(const char *s, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        if (ctp_claim_starts_word(s + k, to - k, "percentage")) {
            size_t j = ctp_claim_skip_blanks(s, to, k + 10);
            if (ctp_claim_starts_word(s + j, to - j, "change"))
                return true;
        }
        if (s[k] != '%')
            continue;
        size_t j = ctp_claim_skip_blanks(s, to, k + 1);
        size_t b = k;
        while (b > from && (s[b - 1] == ' ' || s[b - 1] == '.'))
            b--;
        while (b > from && (is_alpha((unsigned char)s[b - 1]) ||
                            ((unsigned char)s[b - 1] & 0x80)))
            b--;
        if (ctp_lex_change_column_word_at(s, to, j) ||
            ctp_lex_change_column_word_at(s, k, b))
            return true;
    }
    return false;
}

/* "Acumulado enero a septiembre 2020 2021 Var.% 21/20 Homicidios ... 232
 * 206 -11,2": a heading of two periods and a column of changes in per
 * cent, run into the rows below it as text extraction leaves a table. */
static void note_heading_in_rows(extractor *x, size_t s, size_t e)
{
    const tok *t = x->t;
    for (size_t a = s; a < e; a++) {
        if (t[a].kind != TK_PERIOD)
            continue;
        size_t b = a + 1;
        while (b < e && b < a + 4 &&
               (t[b].kind == TK_WORD || t[b].kind == TK_PUNCT))
            b++;
        if (b >= e || t[b].kind != TK_PERIOD)
            continue;
        /* The column's name comes right after the second period. */
        size_t next = b + 1;
        while (next < e && next <= b + 3 && t[next].kind != TK_NUM)
            next++;
        size_t to = next < e ? t[next].off : t[e - 1].end;
        if (!names_pct_column(x->s, t[b].end, to))
            continue;
        int c = ct_period_compare(t[a].period, t[b].period);
        if (c == 0)
            return;
        x->column_order = c < 0 ? 1 : -1;
        x->pct_column = true;
        return;
    }
}

/* Whether a sentence is prose: eight words or more and no two figures
 * side by side as a table's row has them. */
static bool prose(const tok *t, size_t s, size_t e)
{
    size_t words = 0;
    for (size_t i = s; i < e; i++) {
        if (t[i].kind == TK_WORD)
            words++;
        if (i > s && t[i].kind == TK_NUM && t[i - 1].kind == TK_NUM)
            return false;
    }
    return words >= 8;
}

/* A heading broken in two, as a PDF's reader may leave one: the periods
 * of the columns end one paragraph ("Acumulado enero a septiembre 2020
 * 2021") and the name of the column of changes in per cent opens the next
 * ("Var.% 21/20 Homicidios ..."). */
static void note_tail_periods(extractor *x, size_t s, size_t e)
{
    const tok *t = x->t;
    if (x->tail_periods && e > s) {
        size_t to = e - 1 < s + 3 ? e - 1 : s + 3;
        int c = ct_period_compare(x->tail_first, x->tail_second);
        if (c != 0 && t[s].kind != TK_NUM &&
            names_pct_column(x->s, t[s].off, t[to].off)) {
            x->column_order = c < 0 ? 1 : -1;
            x->pct_column = true;
        }
    }
    x->tail_periods = e >= s + 2 && t[e - 1].kind == TK_PERIOD &&
                      t[e - 2].kind == TK_PERIOD;
    if (x->tail_periods) {
        x->tail_first = t[e - 2].period;
        x->tail_second = t[e - 1].period;
    }
}

static void note_column_order(extractor *x, size_t s, size_t e)
{
    const tok *t = x->t;
    int first = -1, second = -1;
    bool cell = x->heading_cell;
    x->heading_cell = false;
    /* A heading speaks for the table below it, not for a table after the
     * prose that follows. */
    if (prose(t, s, e)) {
        x->column_order = 0;
        x->pct_column = false;
    }
    note_tail_periods(x, s, e);
    for (size_t i = s; i < e; i++) {
        if (t[i].kind == TK_NUM) {
            note_heading_in_rows(x, s, e);
            return;
        }
        if (t[i].kind != TK_PERIOD)
            continue;
        if (first < 0)
            first = (int)i;
        else if (second < 0)
            second = (int)i;
    }
    if (first < 0)
        return;
    /* A heading whose cells each stand alone, as a page's table is
     * copied one cell a line: "Burglaries 22-23", then "Burglaries
     * 23-24". */
    if (second < 0) {
        int c = cell ? ct_period_compare(x->heading_period,
                                         t[first].period) : 0;
        if (c != 0)
            x->column_order = c < 0 ? 1 : -1;
        x->heading_cell = true;
        x->heading_period = t[first].period;
        return;
    }
    int c = ct_period_compare(t[first].period, t[second].period);
    if (c != 0)
        x->column_order = c < 0 ? 1 : -1;
    x->pct_column = names_pct_column(x->s, t[s].off, t[e - 1].end);
}

/* The one pair of this sentence that words tie together ("from 421 to
 * 413", "43,516 ... in comparison with 40,215") but no statement took,
 * when it gives claim c's percentage; sets c's figures. */
static bool agreeing_cue_pair(const extractor *x, const sentence *st,
                              ct_claim *c)
{
    bool found = false;
    ct_claim best, trial;
    for (size_t i = 0; i < st->n_pairs; i++) {
        const pair *p = &st->pairs[i];
        if (p->claimed || p->carried ||
            !pair_agrees(c, &x->t[p->a], &x->t[p->b], &trial))
            continue;
        if (found)
            return false;
        found = true;
        best = trial;
    }
    return take_reading(c, found, &best);
}

/* The percentages of the clause before that found no figures there
 * (x->pending) look for them in this clause: a pair words tie together
 * that agrees, else an agreeing pair of counts. Only across a semicolon
 * ("rose 78% on the year before; in 2016 there were 9 and in 2017, 16"):
 * that is one sentence to its reader, and figures are never taken from
 * a later sentence. */
static void figures_after(extractor *x, const sentence *st)
{
    for (size_t i = 0; i < x->n_pending; i++) {
        ct_claim *c = ctp_claim_set_at(x->set, x->pending[i]);
        ct_claim trial = *c;
        if (agreeing_cue_pair(x, st, &trial) ||
            agreeing_pair(x, st, &trial, -1, -1, true))
            *c = trial;
    }
}

/* Two counts of two years left unused ("En 2016 se contabilizaron
 * 70.178 delitos mientras que en 2024 fueron 414.133."), or of this year
 * and last, for a change at the start of the next sentence ("El
 * crecimiento fue del 490%"). */
static void note_carry(extractor *x, const sentence *st)
{
    size_t s = st->s, e = st->e;
    if (x->has_carry)
        return;
    /* "216 hechos este año, mientras que ... del año anterior se
     * registraron 139": two counts whose words say which is the
     * earlier. */
    size_t found[3];
    bool either;
    int ord = order_by_role(x, st, found, &either);
    if (ord != 0 && !either) {
        x->has_carry = true;
        x->carry_a = ord > 0 ? found[0] : found[1];
        x->carry_b = ord > 0 ? found[1] : found[0];
        x->carry_first = found[0];
        x->carry_last = found[1];
        return;
    }
    size_t d[3], k = 0;
    for (size_t i = s; i < e && k < 3; i++)
        if (free_num(x, i, e) && !x->t[i].fig.is_percent &&
            x->t[i].per < 0 && x->t[i].at >= 0)
            d[k++] = i;
    if (k == 2) {
        const tok *p0 = &x->t[x->t[d[0]].at];
        const tok *p1 = &x->t[x->t[d[1]].at];
        if (!ct_period_equal(p0->period, p1->period)) {
            bool first_earlier = before(p0, p1);
            x->has_carry = true;
            x->carry_a = first_earlier ? d[0] : d[1];
            x->carry_b = first_earlier ? d[1] : d[0];
            x->carry_first = d[0];
            x->carry_last = d[1];
            return;
        }
    }
    /* "... 5 mil 651 carpetas, mientras que para el 2019 ... 5 mil
     * veinte carpetas, lo que muestra una baja de 631 carpetas; lo que
     * representó una disminución de un 12 por ciento": a change in counts
     * alone, and the one pair of counts before it it is the difference
     * of. */
    for (size_t q = 0; q < st->n_stmts; q++) {
        const stmt *m = &st->stmts[q];
        int a, b;
        if (m->pct >= 0 || m->diff < 0 || m->pair >= 0 || m->to_b >= 0 ||
            m->from_a >= 0 || m->dir == 0 ||
            !x->t[m->diff].fig.is_exact || x->t[m->diff].fig.value.scale ||
            !pair_of_difference(x, s, m->first, (size_t)m->diff, m->dir,
                                &a, &b))
            continue;
        x->has_carry = true;
        x->carry_a = (size_t)a;
        x->carry_b = (size_t)b;
        x->carry_first = (size_t)(a < b ? a : b);
        x->carry_last = (size_t)(a < b ? b : a);
        return;
    }
}

/* "a reduction of 32 from the previous year when there were 134": the
 * level a change in counts (token d) left, named after "from" or "than"
 * and the time compared with, "when" there were so many; -1 if none. */
static int level_left_after(const extractor *x, size_t d, size_t e)
{
    const tok *t = x->t;
    bool from = false, when = false;
    for (size_t k = d + 1; k < e && k <= d + 12; k++) {
        if (t[k].kind == TK_NUM && !t[k].label)
            return from && when && ctp_finder_plain_count(x, k, e) ? (int)k
                                                                   : -1;
        if (t[k].kind != TK_WORD && t[k].kind != TK_PERIOD)
            return -1;
        from |= is_word(&t[k], "from") || is_word(&t[k], "than") ||
                is_word(&t[k], "on");
        when |= from && (is_word(&t[k], "when") || is_word(&t[k], "cuando"));
    }
    return -1;
}

/* Whether tokens [s, e) name one period, a year ("following their peak
 * in 2009, when 739 convictions were recorded"): the one count of such a
 * sentence is that year's. */
static bool one_year_in(const tok *t, size_t s, size_t e)
{
    int years = 0;
    for (size_t i = s; i < e; i++)
        if (t[i].kind == TK_PERIOD) {
            if (t[i].period.kind != CT_PERIOD_YEAR)
                return false;
            years++;
        }
    return years == 1;
}

/* The year of the first period of tokens [s, e), or -1. */
static int32_t first_year_in(const tok *t, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (t[i].kind == TK_PERIOD && t[i].period.kind == CT_PERIOD_YEAR)
            return t[i].period.start / 12;
    return -1;
}

/* The count after "a total of" ("un total de") that opens the sentence
 * at s, before token 'end', or -1. */
static int total_opening(const extractor *x, size_t s, size_t end)
{
    size_t k = s;
    if (word_at(x, k, end, "a"))
        k++;
    return word_at(x, k, end, "total") && word_at(x, k + 1, end, "of") &&
                   free_num(x, k + 2, end) &&
                   ctp_finder_plain_count(x, k + 2, end)
               ? (int)(k + 2)
               : -1;
}

/* A difference stated right after its level, "377 homicidios,
 * cuatro menos que", with no percentage: the next sentence may give
 * the change as one. */
static void note_diff(extractor *x, const sentence *st)
{
    size_t s = st->s, e = st->e;
    x->has_diff = false;
    x->has_lone_diff = false;
    for (size_t q = 0; q < st->n_stmts; q++) {
        const stmt *m = &st->stmts[q];
        /* "with 7,823 fewer such offences taking place in 2016": a change
         * in counts with no level at all, and the year it is of. */
        if (m->pct < 0 && m->diff >= 0 && m->pair < 0 && m->to_b < 0 &&
            m->from_a < 0 && !m->absorbed && m->dir != 0 &&
            x->t[m->diff].fig.is_exact && x->t[m->diff].fig.exp10 == 0) {
            const tok *y = year_of_count(x->t, s, e, (size_t)m->diff);
            x->has_lone_diff = true;
            x->lone_diff = (size_t)m->diff;
            x->lone_diff_dir = m->dir;
            x->lone_diff_year = y != NULL ? y->period.start / 12
                                : one_year_in(x->t, s, e)
                                    ? first_year_in(x->t, s, e) : -1;
        }
        /* Only a difference after the last percentage: "had a 15%
         * increase, up 38 to 291 and Cork West ... was up 27 to 128" leaves
         * the second. */
        if (m->pct >= 0) {
            x->has_diff = false;
            continue;
        }
        /* "a reduction of 32 from the previous year when there were
         * 134": the level the change left. */
        int left = m->from_a;
        if (left < 0 && m->diff >= 0 && m->to_b < 0)
            left = level_left_after(x, (size_t)m->diff, e);
        if (m->diff >= 0 && left >= 0 && m->to_b < 0 && m->pair < 0 &&
            !m->absorbed && m->dir != 0 &&
            ctp_finder_plain_count(x, (size_t)left, e) &&
            x->t[m->diff].fig.exp10 == 0 && x->t[left].fig.exp10 == 0 &&
            (m->dir > 0 ||
             x->t[m->diff].fig.value.digits < x->t[left].fig.value.digits)) {
            x->has_diff = x->diff_from = true;
            x->diff_tok = (size_t)m->diff;
            x->diff_level = (size_t)left;
            x->diff_dir = m->dir;
            continue;
        }
        /* "was up 27 to 128": the level the change reached. */
        if (m->diff >= 0 && m->to_b >= 0 && m->pair < 0 && m->from_a < 0 &&
            !m->absorbed && m->dir != 0 &&
            ctp_finder_plain_count(x, (size_t)m->to_b, e) &&
            x->t[m->diff].fig.exp10 == 0 && x->t[m->to_b].fig.exp10 == 0 &&
            (m->dir < 0 || x->t[m->diff].fig.value.digits <
                               x->t[m->to_b].fig.value.digits)) {
            x->has_diff = true;
            x->diff_from = false;
            x->diff_tok = (size_t)m->diff;
            x->diff_level = (size_t)m->to_b;
            x->diff_dir = m->dir;
            continue;
        }
        if (m->diff < 0 || m->pair >= 0 || m->to_b >= 0 || m->from_a >= 0 ||
            m->absorbed || m->dir == 0)
            continue;
        /* The comma before the change, or before its words ("6,859
         * murders, an increase of 562"). */
        size_t c = (size_t)m->diff < m->first ? (size_t)m->diff : m->first;
        if (c > s && is_word(&x->t[c - 1], "a"))
            c--;
        /* "166 casos, que son 73 más", "..., which is 96 more" */
        static const char *const which_is[] = {
            "than", "que", "which", "lo", "were", "is", "was", "supone",
            "representa", "implicó", "implica", "supuso", "representó",
            /* "322 femicidios, reflejando un aumento de 80" (read
             * "showing") */
            "showing", "reflecting", "representing",
            NULL
        };
        bool verb = false;
        for (size_t k = 0; k < 3 && c > s && x->t[c - 1].kind == TK_WORD &&
                           in_list(x->t[c - 1].w, which_is);
             k++) {
            c--;
            verb |= is_word(&x->t[c], "were") || is_word(&x->t[c], "was");
        }
        size_t l;
        if (c >= s + 2 && is_punct(&x->t[c - 1], ',')) {
            /* "un total de 166 casos registrados de estos delitos, que
             * son 73 más": the words naming the level before the comma. */
            l = c - 2;
            for (size_t words = 0; words < 5 && l > s &&
                                   x->t[l].kind == TK_WORD &&
                                   ctp_lex_word_direction(&x->t[l]) == 0;
                 words++)
                l--;
        } else if (verb && c > s + 1) {
            /* "the 6 859 murders in the third quarter were 562 more than
             * ...": the level is the subject of "were". */
            l = c - 1;
            for (size_t n = 0; n < 8 && l > s &&
                               (x->t[l].kind == TK_WORD ||
                                x->t[l].kind == TK_PERIOD) &&
                               ctp_lex_word_direction(&x->t[l]) == 0;
                 n++)
                l--;
        } else {
            continue;
        }
        /* "Un total de 322 femicidios, entre ellos 30 vinculados, fueron
         * cometidos durante 2023 ..., lo que implicó un aumento de 80
         * casos": the total the sentence opens with, when the words
         * before the comma name no count. */
        if (!free_num(x, l, e) && c >= s + 2 && is_punct(&x->t[c - 1], ',')) {
            int total = total_opening(x, s, c);
            if (total >= 0)
                l = (size_t)total;
        }
        if (!free_num(x, l, e) || !ctp_finder_plain_count(x, l, e) ||
            x->t[m->diff].fig.exp10 != 0 || x->t[l].fig.exp10 != 0 ||
            (m->dir > 0 &&
             x->t[m->diff].fig.value.digits >= x->t[l].fig.value.digits))
            continue;
        x->has_diff = true;
        x->diff_from = false;
        x->diff_tok = (size_t)m->diff;
        x->diff_level = l;
        x->diff_dir = m->dir;
        /* "431 casos, 111 menos que este año": the level is the earlier,
         * and this year's is the change the other way from it. */
        if (than_this_year_after(x->t, (size_t)m->diff, e)) {
            x->diff_from = true;
            x->diff_dir = -m->dir;
        }
    }
}

/* One count left unused, for the next sentence to compare with. */
static void note_single(extractor *x, size_t s, size_t e)
{
    x->has_single = false;
    int one = -1, found = 0;
    for (size_t i = s; i < e; i++)
        if (free_num(x, i, e) && !x->t[i].fig.is_percent &&
            x->t[i].per < 0)
            one = (int)i, found++;
    x->any_single = found == 1;
    if (found == 1) {
        x->single_role = role_cue(x, (size_t)one, s, e);
        x->single_dated = year_of_count(x->t, s, e, (size_t)one) != NULL ||
                          one_year_in(x->t, s, e);
        x->has_single = x->single_role != 0 || x->single_dated;
        x->single = (size_t)one;
    }
}

/* Reads the sentence of tokens s to e: its claims, the figures the
 * clause before still lacked, and what it leaves for the next sentence
 * to refer back to. */
static ct_status do_sentence(extractor *x, size_t s, size_t e)
{
    sentence *st = calloc(1, sizeof *st);
    if (st == NULL)
        return ctp_error_set(x->err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    st->s = s;
    st->e = e;
    place_advance(x, x->t[s].off);
    note_column_order(x, s, e);
    attach_periods(x, s, e);
    find_pairs(x, st);
    find_statements(x, st);
    x->item_dir = 0;
    for (size_t k = 0; k < st->n_stmts; k++)
        if (st->stmts[k].pct >= 0 && st->stmts[k].dir != 0)
            x->item_dir = st->stmts[k].dir;
    match_pairs(x, st);
    ct_status rc = emit_sentence(x, st);
    if (rc == CT_STATUS_OK)
        figures_after(x, st);
    /* The pairs this sentence left, for the next: only now, as its own
     * claims may still read the pair the sentence before left ("De
     * estas muertes el 34 % (64 casos)"). */
    carry_unclaimed(x, st);
    note_carry(x, st);
    note_diff(x, st);
    note_single(x, s, e);
    free(st);
    return rc;
}

/* Whether the sentence at token s opens with a word (or two words,
 * "the total") that refers to the sentence before, after an opening
 * word such as "However" when there is one. */
/* Whether the words of 'phrase' (spaces between) stand at token s, as
 * written. */
static bool words_open(const tok *t, size_t s, size_t n, const char *phrase)
{
    const char *w = phrase;
    for (size_t k = s; *w != '\0'; k++) {
        const char *sp = strchr(w, ' ');
        size_t len = sp != NULL ? (size_t)(sp - w) : strlen(w);
        if (k >= n || t[k].kind != TK_WORD || strlen(t[k].w) != len ||
            strncmp(t[k].w, w, len) != 0)
            return false;
        w += len;
        if (*w == ' ')
            w++;
    }
    return true;
}

static bool anaphor_at(const tok *t, size_t s, size_t n,
                       const lang_table *lang)
{
    const char *const *list = lang->anaphors;
    if (s + 1 < n && t[s].kind == TK_WORD && in_list(t[s].w, lang->openers)) {
        s++;
        if (s + 1 < n && is_punct(&t[s], ','))
            s++;
    }
    /* "De acuerdo con el informe anual ..., del Buró Federal de
     * Investigaciones (FBI), dicha cifra representa": the source said
     * first, up to its last comma before any figure, opens nothing. */
    if (s + 2 < n && (is_word(&t[s], "según") || is_word(&t[s], "according") ||
                      (is_word(&t[s], "de") && is_word(&t[s + 1], "acuerdo")))) {
        size_t last_comma = 0;
        for (size_t k = s + 1; k < n && k <= s + 24; k++) {
            if (t[k].kind == TK_NUM || t[k].kind == TK_BREAK)
                break;
            if (is_punct(&t[k], ','))
                last_comma = k;
        }
        if (last_comma > 0 && last_comma + 1 < n)
            s = last_comma + 1;
    }
    if (s >= n || t[s].kind != TK_WORD)
        return false;
    /* "A total of 313 snatch thefts were reported .... Compared to the
     * same period in 2004, a 59% increase (or 116 cases) was noted": a
     * comparison said first is of the count the sentence before gave. */
    if (s + 1 < n && is_word(&t[s], "compared") &&
        (is_word(&t[s + 1], "to") || is_word(&t[s + 1], "with")))
        return true;
    /* "Se trata de", "Es decir": openings that always say it again. */
    for (size_t i = 0; lang->restating[i] != NULL; i++)
        if (words_open(t, s, n, lang->restating[i]))
            return true;
    for (size_t i = 0; list[i] != NULL; i++) {
        const char *sp = strchr(list[i], ' ');
        if (sp == NULL) {
            if (strcmp(t[s].w, list[i]) == 0)
                return true;
        } else if (s + 1 < n && t[s + 1].kind == TK_WORD &&
                   strlen(t[s].w) == (size_t)(sp - list[i]) &&
                   strncmp(t[s].w, list[i], (size_t)(sp - list[i])) == 0 &&
                   strcmp(t[s + 1].w, sp + 1) == 0) {
            /* "The total compares with ..." refers back; "The total
             * number of offences", "The rise in burglary", "El aumento
             * de los robos" name a new subject.  (The words are as
             * written: the cue tables have not yet been applied.) */
            static const char *const new_subject[] = {
                "of", "in", "de", "del", "en", NULL
            };
            /* "The total number was 1% up on the 58,810" refers back,
             * as "The total was" does. */
            size_t q = s + 2;
            if (q + 1 < n && t[q].kind == TK_WORD &&
                (strcmp(t[q].w, "number") == 0 ||
                 strcmp(t[q].w, "amount") == 0))
                q++;
            return !(q < n && t[q].kind == TK_WORD &&
                     in_list(t[q].w, new_subject));
        }
    }
    return false;
}

static int by_offset(const void *a, const void *b)
{
    const ct_claim *x = a, *y = b;
    if (x->figure_offset != y->figure_offset)
        return x->figure_offset < y->figure_offset ? -1 : 1;
    if (x->offset != y->offset)
        return x->offset < y->offset ? -1 : 1;
    if (x->length != y->length)
        return x->length < y->length ? -1 : 1;
    return (int)x->measure - (int)y->measure;
}

/* Notes the percentages of the sentence just read (claims from index
 * 'first' on) that are still without figures, for the next sentence. */
static void note_pending(extractor *x, size_t first)
{
    x->n_pending = 0;
    size_t n = ct_claim_set_size(x->set);
    for (size_t i = first; i < n && x->n_pending < 4; i++) {
        const ct_claim *c = ct_claim_set_get(x->set, i);
        if (c->measure == CT_CLAIM_PCT_CHANGE && !c->from.is_set &&
            !c->to.is_set)
            x->pending[x->n_pending++] = i;
    }
}

void ct_claim_find_options_init(ct_claim_find_options *opt)
{
    opt->lang = CT_CLAIM_FIND_AUTO;
    opt->join_broken_sentences = true;
}

/* The text must be UTF-8 without NUL: the first byte that is not is an
 * error at its line and column. */
static ct_status check_utf8(const extractor *x, size_t start)
{
    const char *text = x->s;
    size_t len = x->n;
    for (size_t i = start; i < len;) {
        size_t k = text[i] == '\0' ? 0
                   : ctp_utf8_len((const unsigned char *)text + i, len - i);
        if (k == 0) {
            unsigned long line, col;
            place(x, i, &line, &col);
            return ctp_error_set(x->err, CT_STATUS_INPUT, x->source, line,
                                 col,
                                 text[i] == '\0'
                                     ? "NUL byte in text; expected plain text"
                                     : "byte 0x%02X is not valid UTF-8; "
                                       "expected UTF-8 text",
                                 (unsigned char)text[i]);
        }
        i += k;
    }
    return CT_STATUS_OK;
}

/* Most clauses of one sentence whose tokens are kept for the next to read
 * back: past this many, semicolons are separating items of a list. */
enum { MAX_CLAUSES = 4 };

/* Keeps only the tokens from 's' on (this sentence's), for the next one
 * to refer back to, and moves every index kept to match. */
static void drop_tokens_before(extractor *x, lexer *lx, size_t s)
{
    memmove(lx->t, lx->t + s, (lx->n_t - s) * sizeof *lx->t);
    lx->n_t -= s;
    for (size_t k = 0; k < lx->n_t; k++) {
        if (lx->t[k].per >= 0)
            lx->t[k].per -= (int)s;
        if (lx->t[k].at >= 0)
            lx->t[k].at -= (int)s;
    }
    x->single -= x->has_single || x->any_single ? s : 0;
    x->carry_a -= x->has_carry ? s : 0;
    x->carry_b -= x->has_carry ? s : 0;
    x->carry_first -= x->has_carry ? s : 0;
    x->carry_last -= x->has_carry ? s : 0;
    x->diff_tok -= x->has_diff ? s : 0;
    x->diff_level -= x->has_diff ? s : 0;
    x->lone_diff -= x->has_lone_diff ? s : 0;
}

ct_status ct_claim_find_text(ct_claim_set *set, const char *text, size_t len,
                             const char *source,
                             const ct_claim_find_options *opt,
                             ct_error *err)
{
    extractor x;
    memset(&x, 0, sizeof x);
    x.set = set;
    x.s = text;
    x.n = len;
    x.source = source;
    x.err = err;
    x.at_line = x.at_col = 1;
    size_t start = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    ct_status st = check_utf8(&x, start);
    if (st != CT_STATUS_OK)
        return st;
    lexer lx;
    memset(&lx, 0, sizeof lx);
    lx.s = text;
    lx.n = len;
    lx.i = start;  /* after a byte order mark; offsets stay the text's */
    lx.line_start = true;
    lx.join_broken = opt == NULL || opt->join_broken_sentences;
    lx.err = err;
    bool auto_lang = opt == NULL || opt->lang == CT_CLAIM_FIND_AUTO;
    bool new_para = false;
    /* The clauses of the sentence being read, as written: where its first
     * began (wcur), whether that opened a paragraph, and how many ended
     * with a semicolon so far. */
    size_t wcur = 0, n_clauses = 0;
    bool in_clause = false, wpara = false;
    const lang_table *lang =
        auto_lang ? ctp_lex_text_lang(text + start, len - start)
                  : ctp_lex_lang_of(opt->lang);
    lx.spanish = lang->spanish_numbers;
    while (st == CT_STATUS_OK && !lx.done) {
        size_t s = lx.n_t;
        if ((st = ctp_lex_in_language(&lx, &lang, auto_lang)) != CT_STATUS_OK)
            break;
        /* A blank line after the sentence before, seen only now. */
        if (s > 0 && lx.t[s - 1].kind == TK_BREAK && lx.t[s - 1].para)
            new_para = true;
        /* Figures are never taken from another paragraph, save by a
         * sentence that begins by referring to the one before ("That
         * represents ...", "Esto supone ..."): news pages put each
         * sentence in a paragraph of its own. */
        x.anaphor = anaphor_at(lx.t, s, lx.n_t, lang);
        x.prev_same_para = !(new_para && !x.anaphor);
        if (new_para && !x.anaphor)
            x.has_carry = x.has_single = x.any_single = x.has_diff =
                x.has_lone_diff = false;
        new_para = false;
        x.loose_order = lang->words_between;
        ctp_lex_apply_cues(&lx, s, lang);
        ctp_lex_second_pass(&lx, s);
        x.t = lx.t;
        x.n_t = lx.n_t;
        size_t e = lx.n_t;
        if (e > s && lx.t[e - 1].kind == TK_BREAK)
            e--;
        if (e > s) {
            /* Claims come in text order sentence by sentence: only those
             * of one sentence need sorting. */
            size_t first = ct_claim_set_size(set);
            st = do_sentence(&x, s, e);
            if (st == CT_STATUS_OK)
                ctp_claim_set_sort(set, first, by_offset);
            note_pending(&x, first);
        }
        /* A semicolon ends a clause, not the sentence: only then may the
         * next clause give the figures still missing. */
        bool clause = e < lx.n_t && !lx.t[e].para &&
                      text[lx.t[e].off] == ';';
        if (!clause)
            x.n_pending = 0;
        if (e < lx.n_t && lx.t[e].para)
            new_para = true;
        /* The sentence before, as written, is all its clauses: "...
         * con 7.13 homicidios diarios; en este momento estamos en 4.13.
         * ... es una reducción del 42 por ciento", and "... se reportaron
         * 3326 homicidios. Mientras que ... hubo 2128 asesinatos; es
         * decir que ... un crecimiento del 56%".  So the tokens kept are
         * those of the sentence written before and of the clauses of this
         * one so far; a long run of clauses is cut short, as a list. */
        if (!in_clause)
            wcur = s, wpara = !x.prev_same_para;
        in_clause = clause && n_clauses < MAX_CLAUSES;
        n_clauses = in_clause ? n_clauses + 1 : 0;
        size_t keep = !in_clause ? (clause ? s : wcur) : wpara ? wcur : 0;
        if (keep > 0) {
            drop_tokens_before(&x, &lx, keep);
            wcur -= wcur >= keep ? keep : wcur;
        }
    }
    free(lx.t);
    return st;
}
