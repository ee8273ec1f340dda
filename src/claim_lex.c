/* claim_lex.c - the lexer of the claim finder (claim_lex.h): numbers as
 * printed (digits, signs, multipliers, percentages, numbers in words),
 * words, periods and sentence ends as tokens, read one sentence at a time
 * in the language of the text, then read again by the language's cues
 * and by the words around each figure (labels, rate bases, approximations,
 * changes said in words). */
#include <string.h>

#include "crimetrend/claim_find.h"
#include "alloc.h"
#include "text.h"
#include "claim_internal.h"
#include "claim_lang.h"
#include "claim_lex.h"

/* U+2019, the typographic apostrophe some Spanish pages print for the
 * decimal comma ("66’7%"), and the mark that stands for it; U+00B4, the
 * acute accent typed for it ("7´9%"), and its mark. */
#define RIGHT_QUOTE "\xE2\x80\x99"
#define QUOTE_MARK '\x19'
#define ACUTE_ACCENT "\xC2\xB4"
#define ACUTE_MARK '\xB4'

static const unsigned char minus_sign[] = {0xE2, 0x88, 0x92, 0};
static const unsigned char en_dash[] = {0xE2, 0x80, 0x93, 0};

/* True when the 'n' bytes at 's' begin with the word 'w' (ASCII case
 * ignored) not followed by a letter. */
bool ctp_claim_starts_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++)
        if (lower((unsigned char)s[i]) != (unsigned char)w[i])
            return false;
    return n == k || !is_alpha((unsigned char)s[k]);
}

/* Skips blanks (spaces, tabs, line breaks, no-break and thin spaces). */
size_t ctp_claim_skip_blanks(const char *s, size_t n, size_t i)
{
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            i++;
        else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] == 0x89 ||
                  (unsigned char)s[i + 2] == 0xAF))
            i += 3;
        else
            break;
    }
    return i;
}

/* The unit words after a number being read: the text and the figure
 * they fill in, what the steps of ctp_claim_read_suffix share. */
typedef struct suffix_read {
    const char *s;
    size_t n;
    ct_claim_figure *f;
} suffix_read;

/* Letters attached to the digits at s[i]: a multiplier ("1.2k", "1.28m",
 * "3bn"), a percent in letters ("5pc", "16percent", "16per cent"), a word
 * run on by extraction ("the 400reported"), else a label ("3rd",
 * "10am", '*is_label').  Returns true when the reading of the number
 * ends there, '*i' after what was read; false with '*i' after the
 * multiplier, to read a percent sign after it. */
static bool suffix_attached(const suffix_read *r, size_t *i, bool *is_label)
{
    static const struct { const char *w; int e; } attached[] = {
        {"mn", 6}, {"bn", 9}, {"m", 6}, {"k", 3},
        /* "1mil 548", the space lost: as "1 mil 548" */
        {"mil", 3},
    };
    const char *s = r->s;
    size_t n = r->n, at = *i;
    for (size_t k = 0; k < sizeof attached / sizeof attached[0]; k++)
        if (ctp_claim_starts_word(s + at, n - at, attached[k].w)) {
            r->f->exp10 = attached[k].e;
            *i = at + strlen(attached[k].w);
            return false;
        }
    if (ctp_claim_starts_word(s + at, n - at, "pc")) {
        r->f->is_percent = true;
        *i = at + 2;
        return true;
    }
    /* "16per cent", "16percent": a space lost in extraction. */
    if (ctp_claim_starts_word(s + at, n - at, "percent")) {
        r->f->is_percent = true;
        *i = at + 7;
        return true;
    }
    if (ctp_claim_starts_word(s + at, n - at, "per")) {
        size_t k = ctp_claim_skip_blanks(s, n, at + 3);
        if (ctp_claim_starts_word(s + k, n - k, "cent")) {
            r->f->is_percent = true;
            *i = k + 4;
            return true;
        }
    }
    /* "the 400reported": a whole lower-case word after the digits is
     * a space lost in extraction, not a label such as "3rd" or
     * "10am". */
    /* "from 41,901in 2018": so is a short word of the sentence's
     * structure before a blank. */
    static const char *const small[] = {
        "in", "to", "of", "and", "from", "en", "de", "y", NULL
    };
    size_t w = at;
    char word[8];
    while (w < n && s[w] >= 'a' && s[w] <= 'z') {
        if (w - at + 1 < sizeof word)
            word[w - at] = s[w];
        w++;
    }
    bool short_word = false;
    if (w - at < sizeof word && w < n && (s[w] == ' ' || s[w] == '\n')) {
        word[w - at] = '\0';
        short_word = in_list(word, small);
    }
    if (!(w - at >= 5 && (w == n || !is_alpha((unsigned char)s[w]))) &&
        !short_word)
        *is_label = true;
    return true;
}

/* A multiplier in words after blanks ("2.3 million", "15 mil", "1,5
 * millones", "2 mil millones" a thousand million, India's "60.9 lakh"
 * 6,090,000 and "1.2 crore" 12,000,000).  Returns the index
 * after it, or 'i' when there is none. */
static size_t suffix_multiplier_words(const suffix_read *r, size_t i)
{
    static const struct { const char *w; int e; } words[] = {
        {"thousand", 3}, {"million", 6}, {"billion", 9}, {"mn", 6},
        {"bn", 9}, {"millones", 6}, {"millón", 6}, {"millon", 6},
        {"mil", 3}, {"lakh", 5}, {"lakhs", 5}, {"crore", 7}, {"crores", 7},
    };
    const char *s = r->s;
    size_t n = r->n, j = ctp_claim_skip_blanks(s, n, i);
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (ctp_claim_starts_word(s + j, n - j, words[k].w)) {
            r->f->exp10 = words[k].e;
            i = j + strlen(words[k].w);
            break;
        }
    size_t k = ctp_claim_skip_blanks(s, n, i);
    if (r->f->exp10 == 3 && ctp_claim_starts_word(s + k, n - k, "millones")) {
        r->f->exp10 = 9;
        i = k + 8;
    }
    return i;
}

/* The Spanish words of a percentage at s[j]: "12 % por ciento" (said
 * twice, after the sign), "por ciento", "por cien", "puntos
 * porcentuales", "porcentual" alone ("el 10.7 porcentual").  Kept apart as each is two words, the second of which
 * may be missing.  Returns the index after them, or 'i'. */
static size_t percent_por(const suffix_read *r, size_t j, size_t i)
{
    const char *s = r->s;
    size_t n = r->n;
    if (ctp_claim_starts_word(s + j, n - j, "por")) {
        size_t k = ctp_claim_skip_blanks(s, n, j + 3);
        if (ctp_claim_starts_word(s + k, n - k, "ciento")) {
            r->f->is_percent = true;
            i = k + 6;
        } else if (ctp_claim_starts_word(s + k, n - k, "cien")) {
            /* "un 200 por cien" */
            r->f->is_percent = true;
            i = k + 4;
        }
    } else if (ctp_claim_starts_word(s + j, n - j, "puntos") ||
               ctp_claim_starts_word(s + j, n - j, "punto")) {
        size_t w = ctp_claim_starts_word(s + j, n - j, "puntos") ? 6 : 5;
        size_t k = ctp_claim_skip_blanks(s, n, j + w);
        if (ctp_claim_starts_word(s + k, n - k, "porcentuales") ||
            ctp_claim_starts_word(s + k, n - k, "porcentual")) {
            r->f->is_percent = r->f->is_points = true;
            i = k + (ctp_claim_starts_word(s + k, n - k, "porcentuales")
                         ? 12 : 10);
        }
    } else if (ctp_claim_starts_word(s + j, n - j, "porcentual")) {
        /* "con 111 mil 266, el 10.7 porcentual" */
        r->f->is_percent = true;
        i = j + 10;
    }
    return i;
}

/* The words that, beside a '%', name a table's column of changes in per
 * cent: "% Change", "Var.%", "Variación %". */
static const char *const change_column_words[] = {
    "change", "chg", "var", "variación", "variacion", "cambio", "diff", NULL
};

/* Whether the word at s[k] is one of change_column_words. */
bool ctp_lex_change_column_word_at(const char *s, size_t n, size_t k)
{
    for (size_t w = 0; change_column_words[w] != NULL; w++)
        if (ctp_claim_starts_word(s + k, n - k, change_column_words[w]))
            return true;
    return false;
}

/* "Dec 2013 Dec 2012 % Change", "2015 2016 % var.": a year in a table's
 * heading, before the heading of the column of percentages.  The digits
 * end at s[i], the '%' is at s[j]. */
static bool year_before_change_heading(const suffix_read *r, size_t i,
                                       size_t j)
{
    const char *s = r->s;
    size_t n = r->n;
    if (j == i || i < 4 ||
        (i > 4 && ((s[i - 5] >= '0' && s[i - 5] <= '9') || s[i - 5] == ',' ||
                   s[i - 5] == '.')))
        return false;
    int year = 0;
    for (size_t k = i - 4; k < i; k++) {
        if (s[k] < '0' || s[k] > '9')
            return false;
        year = year * 10 + (s[k] - '0');
    }
    if (year < 1900 || year > 2100)
        return false;
    return ctp_lex_change_column_word_at(s, n,
                                         ctp_claim_skip_blanks(s, n, j + 1));
}

/* The percent sign or words after blanks at s[i]: "%", "pc", "percent",
 * "per cent", "a 15-per-cent drop", "percentage points", "pp" and the
 * Spanish forms (percent_por).  Returns the index after them, or 'i'. */
static size_t percent_unit(const suffix_read *r, size_t i)
{
    const char *s = r->s;
    size_t n = r->n, j = ctp_claim_skip_blanks(s, n, i);
    ct_claim_figure *f = r->f;
    /* "2022 total: 38,649\nPercent of change: 35%": a capital opening
     * the next line begins a label of its own, not the figure's unit. */
    if (j < n && s[j] >= 'A' && s[j] <= 'Z' && memchr(s + i, '\n', j - i))
        return i;
    /* "un 11,%": a decimal comma with its decimals lost, as printed. */
    if (j == i && j + 1 < n && s[j] == ',' && s[j + 1] == '%')
        j++;
    /* "a 15-percent drop", "a 15-per-cent drop", and "an over 1000-\n
     * percent increase" with the line broken at the hyphen. */
    if (j + 1 < n && s[j] == '-') {
        size_t w = j + 1;
        if (s[w] == '\r' && w + 1 < n && s[w + 1] == '\n')
            w++;
        if (s[w] == '\n')
            for (w++; w < n && (s[w] == ' ' || s[w] == '\t'); w++)
                ;
        if (ctp_claim_starts_word(s + w, n - w, "percent") ||
            ctp_claim_starts_word(s + w, n - w, "per"))
            j = w;
    }
    if (j < n && s[j] == '%' && !year_before_change_heading(r, i, j)) {
        f->is_percent = true;
        i = j + 1;
        /* "12 % por ciento" says it twice. */
        size_t k = ctp_claim_skip_blanks(s, n, i);
        if (ctp_claim_starts_word(s + k, n - k, "por")) {
            size_t q = ctp_claim_skip_blanks(s, n, k + 3);
            if (ctp_claim_starts_word(s + q, n - q, "ciento"))
                i = q + 6;
        }
    } else if (ctp_claim_starts_word(s + j, n - j, "pc")) {
        f->is_percent = true;
        i = j + 2;
    } else if (n - j >= 3 && memcmp(s + j, "p.c", 3) == 0 &&
               (n - j == 3 || !is_alpha((unsigned char)s[j + 3]))) {
        /* "an 11 p.c. reduction in crime" */
        f->is_percent = true;
        i = j + 3 + (n - j > 3 && s[j + 3] == '.');
    } else if (ctp_claim_starts_word(s + j, n - j, "por") ||
               ctp_claim_starts_word(s + j, n - j, "puntos") ||
               ctp_claim_starts_word(s + j, n - j, "punto") ||
               ctp_claim_starts_word(s + j, n - j, "porcentual")) {
        i = percent_por(r, j, i);
    } else if (ctp_claim_starts_word(s + j, n - j, "percent") ||
               /* "three precent", as printed */
               ctp_claim_starts_word(s + j, n - j, "precent")) {
        f->is_percent = true;
        i = j + 7;
    } else if (ctp_claim_starts_word(s + j, n - j, "per")) {
        size_t k = ctp_claim_skip_blanks(s, n, j + 3);
        if (k < n && s[k] == '-')
            k++;
        if (ctp_claim_starts_word(s + k, n - k, "cent")) {
            f->is_percent = true;
            i = k + 4;
        }
    } else if (ctp_claim_starts_word(s + j, n - j, "percentage")) {
        size_t k = ctp_claim_skip_blanks(s, n, j + 10);
        if (ctp_claim_starts_word(s + k, n - k, "points") ||
            ctp_claim_starts_word(s + k, n - k, "point")) {
            f->is_percent = f->is_points = true;
            i = k + (ctp_claim_starts_word(s + k, n - k, "points") ? 6 : 5);
        }
    } else if (ctp_claim_starts_word(s + j, n - j, "pp")) {
        f->is_percent = f->is_points = true;
        i = j + 2;
    }
    /* "el 25 por ciento (%) del total": the sign said again in brackets. */
    if (f->is_percent && !f->is_points) {
        size_t k = ctp_claim_skip_blanks(s, n, i);
        if (n - k >= 3 && s[k] == '(' && s[k + 1] == '%' && s[k + 2] == ')')
            i = k + 3;
    }
    return i;
}

/* Reads the unit words after a number at s[i]: a multiplier and a
 * percent sign.  Returns the index after what was read. */
size_t ctp_claim_read_suffix(const char *s, size_t n, size_t i,
                          ct_claim_figure *f, bool *is_label)
{
    suffix_read r = { s, n, f };
    *is_label = false;
    /* Other letters attached ("3rd", "10am") make the number a label;
     * "5pc" is per cent. */
    if (i < n && is_alpha((unsigned char)s[i])) {
        if (suffix_attached(&r, &i, is_label))
            return i;
    } else {
        i = suffix_multiplier_words(&r, i);
    }
    i = percent_unit(&r, i);
    /* "5 percent points", "12% point": a percentage in points. */
    if (f->is_percent && !f->is_points) {
        size_t j = ctp_claim_skip_blanks(s, n, i);
        if (ctp_claim_starts_word(s + j, n - j, "points") ||
            ctp_claim_starts_word(s + j, n - j, "point")) {
            f->is_points = true;
            i = j + (ctp_claim_starts_word(s + j, n - j, "points") ? 6 : 5);
        }
    }
    return i;
}

/* The length of a thousands separator at s[q] of the kind 'kind' (0
 * when there is none): ',' or '.', a comma with one stray space after it
 * ("80, 959", as some pages print it) or a comma and a line break (as
 * pdftotext breaks a line), a space, a no-break or a narrow no-break
 * space. */
static bool three_digits(const char *s, size_t n, size_t q);

static size_t group_sep(const char *s, size_t n, size_t q, char kind)
{
    const unsigned char *u = (const unsigned char *)s;
    if (kind == ',' || kind == '.') {
        if (q >= n || s[q] != kind)
            return 0;
        size_t r = q + 1;
        if (kind == ',' && r < n && (s[r] == '\n' || s[r] == '\r')) {
            while (r < n && (s[r] == '\n' || s[r] == '\r'))
                r++;
            while (r < n && (s[r] == ' ' || s[r] == '\t'))
                r++;
        }
        return r - q;
    }
    if (kind == ';') {  /* the stray space: ", " */
        return q + 1 < n && s[q] == ',' && s[q + 1] == ' ' ? 2 : 0;
    }
    if (kind == ':') {  /* the stray space in Spanish: "2. 760" */
        return q + 1 < n && s[q] == '.' && s[q + 1] == ' ' ? 2 : 0;
    }
    if (q < n && s[q] == ' ')
        return 1;
    /* "a total of 2\n271 reported": a space thousands mark where a line
     * was wrapped; one line break, then the group and a word. */
    if (kind == '\n' && q + 5 < n && s[q] == '\n' &&
        three_digits(s, n, q + 1) && s[q + 4] == ' ' &&
        is_alpha((unsigned char)s[q + 5]))
        return 1;
    if (q + 1 < n && u[q] == 0xC2 && u[q + 1] == 0xA0)
        return 2;
    if (q + 2 < n && u[q] == 0xE2 && u[q + 1] == 0x80 &&
        (u[q + 2] == 0x89 || u[q + 2] == 0xAF))
        return 3;
    return 0;
}

/* True when s[q..] holds exactly three digits, no fourth. */
static bool three_digits(const char *s, size_t n, size_t q)
{
    return q + 3 <= n && is_digit((unsigned char)s[q]) &&
           is_digit((unsigned char)s[q + 1]) &&
           is_digit((unsigned char)s[q + 2]) &&
           !(q + 3 < n && is_digit((unsigned char)s[q + 3]));
}

/* Appends a digit to a decimal being read; false past 18 digits. */
static bool add_digit(ct_decimal *d, int *n_digits, char c)
{
    if (*n_digits >= 18)
        return false;
    d->digits = d->digits * 10 + (c - '0');
    if (d->digits != 0 || *n_digits > 0)
        (*n_digits)++;
    return true;
}

/* Reads the digits of a number at s[i]: groups of three after ','
 * (also when the line breaks after the ','), or after a no-break or thin
 * space, and decimals.  Sets the decimal; returns the index after it, or
 * 'i' when there is no number or it has more than 18 digits. */
size_t ctp_claim_read_digits(const char *s, size_t n, size_t i, ct_decimal *d)
{
    ct_decimal v = {0, 0, false};
    int n_digits = 0;
    size_t p = i;
    while (p < n && is_digit((unsigned char)s[p])) {
        if (!add_digit(&v, &n_digits, s[p]))
            return i;
        p++;
    }
    size_t first = p - i;
    if (first >= 1 && first <= 3 && !(first > 1 && s[i] == '0')) {
        for (;;) {
            size_t q = p + group_sep(s, n, p, ',');
            if (q == p) {
                /* A no-break or thin space joins groups; a plain space
                 * ends the number here. */
                size_t k = group_sep(s, n, p, ' ');
                if (k <= 1)
                    break;
                q = p + k;
            }
            if (!three_digits(s, n, q))
                break;
            for (size_t k = 0; k < 3; k++)
                if (!add_digit(&v, &n_digits, s[q + k]))
                    return i;
            p = q + 3;
        }
    }
    if (p + 1 < n && s[p] == '.' && is_digit((unsigned char)s[p + 1])) {
        p++;
        while (p < n && is_digit((unsigned char)s[p])) {
            if (v.scale >= 18 || !add_digit(&v, &n_digits, s[p]))
                return i;
            v.scale++;
            p++;
        }
    }
    if (p == i)
        return i;
    *d = v;
    return p;
}

static bool month_before(const char *s, size_t start);

/* A number being read from its digits: where it began and has got to,
 * the value so far and what its thousands looked like.  What the steps
 * of read_number share. */
typedef struct number_read {
    const char *s;
    size_t n;
    size_t start;       /* the first digit */
    size_t p;           /* where reading has got to */
    bool spanish;
    ct_decimal *d;      /* the value so far */
    int n_digits;
    size_t first;       /* digits before any thousands mark */
    char kind;          /* the thousands mark, or 0 */
    size_t groups;      /* groups of three after it */
} number_read;

/* Indian grouping, lakhs and crores in pairs of digits before the last
 * three ("4,05,861" is 405,861; "1,23,45,678" is 12,345,678): read when
 * one group of two at least and a last group of three follow.  False
 * when the number has too many digits to hold. */
static bool read_lakh_groups(number_read *r)
{
    const char *s = r->s;
    size_t n = r->n, q = r->p, pairs = 0;
    if (r->first > 2)
        return true;
    while (q + 3 < n && s[q] == ',' && is_digit((unsigned char)s[q + 1]) &&
           is_digit((unsigned char)s[q + 2]) && s[q + 3] == ',')
        q += 3, pairs++;
    if (pairs == 0 || !(q < n && s[q] == ',' && three_digits(s, n, q + 1)))
        return true;
    for (size_t p = r->p; p < q + 4; p++)
        if (is_digit((unsigned char)s[p]) &&
            !add_digit(r->d, &r->n_digits, s[p]))
            return false;
    r->p = q + 4;
    r->kind = ',';
    r->groups = pairs + 1;
    return true;
}

/* The groups of three after the leading digits ("19,669", "3.120",
 * "1 234"), when the leading digits could begin such a number (one to
 * three, no leading zero): the first mark that is followed by three
 * digits is the language's thousands mark, and every group must use it.
 * False when the number has too many digits to hold. */
static bool read_groups(number_read *r)
{
    const char *s = r->s;
    size_t n = r->n;
    if (!(r->first <= 3 && !(r->first > 1 && s[r->start] == '0')))
        return true;
    if (!r->spanish && !read_lakh_groups(r))
        return false;
    static const char english[] = {',', ' ', ';', '\n', 0};
    static const char spanish_kinds[] = {'.', ',', ' ', ':', ';', '\n', 0};
    const char *kinds = r->spanish ? spanish_kinds : english;
    for (size_t k = 0; kinds[k] && r->kind == 0; k++) {
        size_t w = group_sep(s, n, r->p, kinds[k]);
        /* "On December 26, 145 incidents": a day and a count, not a
         * thousands comma with a stray space. */
        if (kinds[k] == ';' && r->first <= 2 && month_before(s, r->start))
            continue;
        if (w > 0 && three_digits(s, n, r->p + w))
            r->kind = kinds[k];
    }
    number_read before;
    ct_decimal d_before;
    if (r->kind == ' ' || r->kind == ';' || r->kind == ',') {
        before = *r;
        d_before = *r->d;
    }
    bool wrapped = false;  /* a comma group came after a line break */
    while (r->kind != 0) {
        size_t w = group_sep(s, n, r->p, r->kind);
        if (w == 0 || !three_digits(s, n, r->p + w))
            break;
        wrapped |= r->kind == ',' && w > 1;
        for (int k = 0; k < 3; k++)
            if (!add_digit(r->d, &r->n_digits, s[r->p + w + (size_t)k]))
                return false;
        r->p += w + 3;
        r->groups++;
    }
    /* "2022: 4 2023: 24 500% increase": a percentage is not printed with
     * its thousands spaced out, so before a percent sign a plain space
     * parts two cells. */
    if (r->kind == ' ') {
        size_t q = ctp_claim_skip_blanks(s, n, r->p);
        if (q < n && s[q] == '%') {
            *r = before;
            *r->d = d_before;
            r->kind = 0;
        }
    }
    /* "indagaron 407, 584, 735 y 834 casos": after a comma and a space,
     * groups that go on as a list ("y 834") are items, not thousands;
     * so too after a comma where a PDF broke the line ("tasas de 511,\n
     * 189 y 152"). */
    if (r->kind == ';' || wrapped) {
        size_t q = ctp_claim_skip_blanks(s, n, r->p);
        bool list = r->groups >= 2;
        static const char *const joins[] = {"y", "and", "e", NULL};
        for (size_t k = 0; !list && joins[k] != NULL; k++)
            if (ctp_claim_starts_word(s + q, n - q, joins[k])) {
                size_t d = ctp_claim_skip_blanks(s, n, q + strlen(joins[k]));
                list = d < n && is_digit((unsigned char)s[d]);
            }
        if (list) {
            *r = before;
            *r->d = d_before;
            r->kind = 0;
        }
    }
    return true;
}

/* The decimal mark: the one not used between thousands, else the
 * language's ('.' in English, either in Spanish, where 0 says so). */
static char decimal_mark(const number_read *r)
{
    const char *s = r->s;
    size_t n = r->n, p = r->p;
    char kind = r->kind;
    char mark = kind == ',' || kind == ';' ? '.'
                : kind == '.' || kind == ':' ? ',' : r->spanish ? 0 : '.';
    /* "from 35,8% in 2017/18 to 36,4%": in English text a comma and one
     * or two digits before a percent sign can only be a decimal comma (a
     * thousands group has three). */
    if (!r->spanish && kind == 0 && p + 2 < n && s[p] == ',' &&
        is_digit((unsigned char)s[p + 1])) {
        size_t q = p + 1;
        while (q < n && is_digit((unsigned char)s[q]))
            q++;
        /* So is one that ends a line, a table's cell ("30,4"). */
        size_t b = q;
        while (b < n && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
            b++;
        /* "rose 2,5 percent": the words for the sign say the same. */
        bool pct_words = (n - b >= 7 && strncmp(s + b, "percent", 7) == 0) ||
                         (n - b >= 8 && strncmp(s + b, "per cent", 8) == 0);
        if (q - p - 1 <= 2 &&
            (b == n || s[b] == '%' || s[b] == '\n' || pct_words))
            mark = ',';
    }
    /* "un 8'35 por ciento": an apostrophe for the decimal comma, as
     * older Spanish print has it. */
    if (mark == 0 && p + 1 < n && (s[p] == ',' || s[p] == '.' ||
                                   s[p] == '\'') &&
        is_digit((unsigned char)s[p + 1]))
        mark = s[p];
    /* "un 66’7%": the same with a typographic apostrophe, U+2019. */
    if (mark == 0 && p + 3 < n && memcmp(s + p, RIGHT_QUOTE, 3) == 0 &&
        is_digit((unsigned char)s[p + 3]))
        mark = QUOTE_MARK;
    if (mark == 0 && p + 2 < n && memcmp(s + p, ACUTE_ACCENT, 2) == 0 &&
        is_digit((unsigned char)s[p + 2]))
        mark = ACUTE_MARK;
    return mark;
}

/* The decimals after 'mark', when it stands next and digits follow.
 * False when the number has too many digits to hold. */
static bool read_decimals(number_read *r, char mark)
{
    const char *s = r->s;
    size_t n = r->n, q = r->p;
    size_t w = mark == QUOTE_MARK ? 3 : mark == ACUTE_MARK ? 2 : 1;
    if (!(mark != 0 && q + w < n &&
          (mark == QUOTE_MARK   ? memcmp(s + q, RIGHT_QUOTE, 3) == 0
           : mark == ACUTE_MARK ? memcmp(s + q, ACUTE_ACCENT, 2) == 0
                                : s[q] == mark) &&
          is_digit((unsigned char)s[q + w])))
        return true;
    q += w;
    while (q < n && is_digit((unsigned char)s[q])) {
        if (!add_digit(r->d, &r->n_digits, s[q]) || r->d->scale >= 18)
            return false;
        r->d->scale++;
        q++;
    }
    r->p = q;
    return true;
}

/* The other reading of a single group of three: "3.120" or "19,669" in
 * Spanish as decimals; "3.120" in English as thousands.  Sets '*alt' and
 * '*has_alt' when the number reads two ways. */
static void other_reading(const number_read *r, ct_decimal *alt,
                          bool *has_alt)
{
    const char *s = r->s;
    size_t i = r->start;
    if (r->spanish && r->groups == 1 && r->d->scale == 0 && r->first <= 3 &&
        (r->kind == '.' || r->kind == ',')) {
        *alt = *r->d;
        alt->scale = 3;
        *has_alt = true;
    } else if (!r->spanish && r->groups == 0 && r->d->scale == 3 &&
               r->first <= 3 && !(r->first > 1 && s[i] == '0') &&
               s[i + r->first] == '.') {
        *alt = *r->d;
        alt->scale = 0;
        *has_alt = true;
    }
}

/* Reads the digits of a number at s[i] as the language prints them.
 * English: ',' (or a space) between thousands, '.' before decimals.
 * Spanish: '.' or a space between thousands and ',' before decimals, or,
 * as in Mexico, ',' and '.' the English way; a number with both marks
 * says which is which, and a single mark before exactly three digits
 * ("3.120", "19,669") is read as thousands.  A form that reads two ways
 * ("3.120" is 3.12 in English, 3,120 in Spain) sets '*alt' to the other
 * reading.  Returns the index after the number, or 'i' when there is
 * none or it has more than 18 digits. */
static size_t read_number(const char *s, size_t n, size_t i, bool spanish,
                          ct_decimal *d, ct_decimal *alt, bool *has_alt)
{
    number_read r = { s, n, i, i, spanish, d, 0, 0, 0, 0 };
    memset(d, 0, sizeof *d);
    *has_alt = false;
    while (r.p < n && is_digit((unsigned char)s[r.p])) {
        if (!add_digit(d, &r.n_digits, s[r.p]))
            return i;
        r.p++;
        r.first++;
    }
    /* "a .1 percent drop", "decreased .8 percent": a decimal with no
     * whole part, as American pages print it. */
    if (r.first == 0) {
        if (spanish || !read_decimals(&r, '.') || r.p == i)
            return i;
        return r.p;
    }
    if (!read_groups(&r) || !read_decimals(&r, decimal_mark(&r)))
        return i;
    other_reading(&r, alt, has_alt);
    return r.p;
}

/* Length of a sign at s[0]: '+' (1), '-' (1), U+2212 or an en dash (3);
 * 'neg' says which. */
size_t ctp_claim_sign_len(const char *s, size_t n, bool *neg)
{
    if (n >= 1 && (s[0] == '+' || s[0] == '-')) {
        *neg = s[0] == '-';
        return 1;
    }
    if (n >= 3 && (memcmp(s, minus_sign, 3) == 0 ||
                   memcmp(s, en_dash, 3) == 0)) {
        *neg = true;
        return 3;
    }
    return 0;
}


/* ==================================================================== */
/* Finding claims in text: tokens                                        */
/* ==================================================================== */

/* A sentence longer than this many tokens is cut: no claim is that long,
 * and the patterns look at pairs of tokens within a sentence, so the
 * cut keeps the time linear in the length of the text. */
enum { MAX_SENTENCE_TOKENS = 400 };

static tok *push(lexer *lx, tok_kind k, size_t off, size_t end)
{
    if (ctp_grow((void **)&lx->t, &lx->cap, lx->n_t + 1, sizeof *lx->t,
                 lx->err) != CT_STATUS_OK)
        return NULL;
    tok *t = &lx->t[lx->n_t++];
    memset(t, 0, sizeof *t);
    t->kind = k;
    t->off = off;
    t->end = end;
    t->per = t->at = -1;
    lx->since_break++;
    return t;
}

/* Ends a sentence ('para': and a paragraph); a run of ends counts as
 * one. */
static bool push_break_as(lexer *lx, size_t off, size_t end, bool para)
{
    if (lx->n_t > 0 && lx->t[lx->n_t - 1].kind == TK_BREAK) {
        lx->t[lx->n_t - 1].para |= para;
        return true;
    }
    tok *t = push(lx, TK_BREAK, off, end);
    if (t == NULL)
        return false;
    t->para = para;
    lx->since_break = 0;
    return true;
}

static bool push_break(lexer *lx, size_t off, size_t end)
{
    return push_break_as(lx, off, end, false);
}

const char *const ctp_lex_month_names[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
    "nov", "dec", "january", "february", "march", "april", "june", "july",
    "august", "september", "sept", "october", "november", "december",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "setiembre", "octubre", "noviembre",
    "diciembre", "ene", "abr", "ago", "dic", NULL
};

int ctp_lex_month_number(const tok *t)
{
    static const char *const en[] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", NULL
    };
    static const char *const es[] = {
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre", NULL
    };
    if (t->kind != TK_WORD)
        return 0;
    for (int k = 0; en[k] != NULL; k++)
        if (strcmp(t->w, en[k]) == 0 || strcmp(t->w, es[k]) == 0)
            return k + 1;
    return is_word(t, "setiembre") ? 9 : 0;
}

/* Whether the word right before s[start] is a month's name ("December
 * 26"). */
static bool month_before(const char *s, size_t start)
{
    size_t e = start;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && is_alpha((unsigned char)s[b - 1]) && e - b < 12)
        b--;
    if (b == e || (b > 0 && is_alpha((unsigned char)s[b - 1])))
        return false;
    char w[16];
    for (size_t k = 0; k < e - b; k++)
        w[k] = (char)lower((unsigned char)s[b + k]);
    w[e - b] = '\0';
    return in_list(w, ctp_lex_month_names);
}

/* Words whose full stop does not end a sentence. */
static const char *const abbreviations[] = {
    "e", "g", "i", "eg", "ie", "etc", "approx", "no", "nos", "vs", "v", "cf",
    "fig", "figs", "c", "ca", "p", "pp", "para", "mr", "mrs", "ms", "dr",
    "st", "est", "aprox", "sr", "sra", "srta", "sres", "dra", "núm",
    "nro", "art", "pág", "ej", "vol", "av", "gral", "lic", "ing", "cía",
    "dpto", "prof", NULL
};

const lang_table *ctp_lex_lang_of(ct_claim_find_lang lang)
{
    for (size_t i = 0; i < N_LANGUAGES; i++)
        if (ctp_claim_lang_tables[i].lang == lang)
            return &ctp_claim_lang_tables[i];
    return &ctp_claim_lang_tables[0];
}


/* A letter of a name: ASCII, or a non-ASCII character other than the
 * punctuation, symbol and space blocks (U+2000 and up from 0xE2, and the
 * Latin-1 symbols from 0xC2). */
static bool is_letter_at(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (is_alpha(c))
        return true;
    if (c < 0xC3 || c == 0xE2)
        return false;
    return ctp_utf8_len((const unsigned char *)s + i, n - i) > 0;
}

static bool is_alnum_byte(unsigned char c)
{
    return is_alpha(c) || is_digit(c);
}

/* Length of a superscript digit (a footnote marker) at s[i], or 0. */
static size_t superscript_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (n - i >= 2 && u[0] == 0xC2 && (u[1] == 0xB9 || u[1] == 0xB2 ||
                                       u[1] == 0xB3))
        return 2;
    if (n - i >= 3 && u[0] == 0xE2 && u[1] == 0x81 &&
        (u[2] == 0xB0 || (u[2] >= 0xB4 && u[2] <= 0xB9)))
        return 3;
    return 0;
}

/* Skips footnote markers after a number: superscript digits, "[1]",
 * "[^1]". */
static size_t skip_footnotes(const char *s, size_t n, size_t i)
{
    for (;;) {
        size_t k = superscript_len(s, n, i);
        if (k > 0) {
            i += k;
            continue;
        }
        if (i < n && s[i] == '[') {
            size_t j = i + 1;
            if (j < n && s[j] == '^')
                j++;
            size_t d = j;
            while (j < n && is_digit((unsigned char)s[j]))
                j++;
            if (j > d && j - d <= 3 && j < n && s[j] == ']') {
                i = j + 1;
                continue;
            }
        }
        return i;
    }
}

/* Length of a dash at s[i] used as punctuation: '-', en or em dash. */
static size_t dash_len(const char *s, size_t n, size_t i)
{
    if (s[i] == '-')
        return 1;
    if (n - i >= 3 && (unsigned char)s[i] == 0xE2 &&
        (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 3;
    return 0;
}

/* A sign set off by a space in a row of figures: "3,455,173 3,561,443 +
 * 106,270 + 3.1%", "54,721 53,036 - 1,685 - 3.1%" as a table's cells
 * leave it.  Only on a line whose text after its first digit is figures,
 * blanks and signs, so that a dash in a sentence stays a dash.  Its
 * length with the space (2), or 0; 'neg' says which. */
enum { MAX_ROW_BYTES = 200 };

static size_t spaced_sign_len(const char *s, size_t n, size_t i, bool *neg)
{
    if (i == 0 || i + 2 >= n || (s[i] != '+' && s[i] != '-') ||
        s[i + 1] != ' ' || !is_digit((unsigned char)s[i + 2]) ||
        s[i - 1] != ' ')
        return 0;
    /* A table's row is short: a longer line is prose. */
    size_t b = i;
    while (b > 0 && s[b - 1] != '\n' && i - b < MAX_ROW_BYTES)
        b--;
    if (b > 0 && s[b - 1] != '\n')
        return 0;
    bool digit = false;
    for (size_t k = b; k < i; k++) {
        unsigned char c = (unsigned char)s[k];
        if (is_digit(c))
            digit = true;
        else if (digit && strchr(" ,.%+-", c) == NULL)
            return 0;
    }
    if (!digit)
        return 0;
    *neg = s[i] == '-';
    return 2;
}

/* Whether a currency's letters stand right before s[i], after a blank
 * or mark: "RM1.46 billion" (ringgit), "Rs 2", "Ksh500". */
static bool currency_letters_before(const char *s, size_t i)
{
    static const char *const codes[] = {"RM", "Rs", "Ksh", "KSh", NULL};
    for (size_t c = 0; codes[c] != NULL; c++) {
        size_t len = strlen(codes[c]);
        if (i >= len && memcmp(s + i - len, codes[c], len) == 0 &&
            (i == len || !is_alnum_byte((unsigned char)s[i - len - 1])))
            return true;
    }
    return false;
}

/* Whether the figure whose digits start at s[p] follows a currency's
 * letters, joined ("RM1.46") or as the word before ("Rs 40 lakh"). */
static bool currency_after_word(const lexer *lx, size_t p)
{
    if (currency_letters_before(lx->s, p))
        return true;
    if (lx->n_t < 2)
        return false;
    const tok *w = &lx->t[lx->n_t - 2];
    char raw[8];
    size_t len = w->end - w->off;
    if (w->kind != TK_WORD || len == 0 || len >= sizeof raw ||
        ctp_claim_skip_blanks(lx->s, lx->n, w->end) != p)
        return false;
    memcpy(raw, lx->s + w->off, len);
    raw[len] = '\0';
    return currency_letters_before(raw, len);
}

/* A number starts here: a digit, a point and a digit, or a sign or a
 * currency symbol before one, not inside a word. */
static bool number_starts(const char *s, size_t n, size_t i)
{
    if (i > 0 && is_alnum_byte((unsigned char)s[i - 1]) &&
        !currency_letters_before(s, i))
        return false;
    size_t j = i;
    bool neg;
    j += ctp_claim_sign_len(s + j, n - j, &neg);
    /* A sign follows a blank or an opening mark; "16%–35%" is a range. */
    if (j > i && i > 0 && s[i - 1] != ' ' && s[i - 1] != '\t' &&
        s[i - 1] != '\n' && s[i - 1] != '(' && s[i - 1] != '[' &&
        s[i - 1] != '"' && (unsigned char)s[i - 1] < 0x80)
        return false;
    /* "la mayoría –513–, lo que": a figure between two dashes is set off
     * from the sentence, not negative. */
    if (j == i + 3) {
        size_t q = j;
        while (q < n && (is_digit((unsigned char)s[q]) || s[q] == '.' ||
                         s[q] == ','))
            q++;
        if (q > j && q < n && dash_len(s, n, q) == 3)
            return false;
    }
    /* "el incremento más preocupante -214,3%-, ya que": the same with
     * hyphens, around a percentage. */
    if (j == i + 1 && s[i] == '-') {
        size_t q = j;
        while (q < n && (is_digit((unsigned char)s[q]) || s[q] == '.' ||
                         s[q] == ','))
            q++;
        if (q > j && q + 1 < n && s[q] == '%' && s[q + 1] == '-' &&
            (q + 2 == n || !is_alnum_byte((unsigned char)s[q + 2])))
            return false;
    }
    if (j <= i + 1 && j < n && spaced_sign_len(s, n, i, &neg) > 0)
        j = i + 2;
    if (j < n && s[j] == '$')
        j++;
    else if (n - j >= 2 && (unsigned char)s[j] == 0xC2 &&
             (unsigned char)s[j + 1] == 0xA3)
        j += 2;  /* pound sign */
    else if (n - j >= 3 && memcmp(s + j, "\xE2\x82\xAC", 3) == 0)
        j += 3;  /* euro sign */
    if (j < n && is_digit((unsigned char)s[j]))
        return true;
    return j + 1 < n && s[j] == '.' && is_digit((unsigned char)s[j + 1]);
}

static bool push_period(lexer *lx, size_t off, size_t end, ct_period p)
{
    tok *t = push(lx, TK_PERIOD, off, end);
    if (t == NULL)
        return false;
    t->period = p;
    return true;
}

/* What a step of the lexer made of the bytes at the place. */
typedef enum { LEX_NONE, LEX_TOOK, LEX_FAIL } lex_step;

static lex_step lex_took(bool ok)
{
    return ok ? LEX_TOOK : LEX_FAIL;
}

/* Length of a currency sign at s[p] ('$', '£', '€'), or 0. */
static size_t currency_len(const char *s, size_t n, size_t p)
{
    if (p < n && s[p] == '$')
        return 1;
    if (n - p >= 2 && (unsigned char)s[p] == 0xC2 &&
        (unsigned char)s[p + 1] == 0xA3)
        return 2;
    if (n - p >= 3 && memcmp(s + p, "\xE2\x82\xAC", 3) == 0)
        return 3;
    return 0;
}

/* Whether no unit follows at s[r] (no percent sign, multiplier or
 * letters), so that the digits before stand alone: "2015" is a year,
 * "2015%" and "2015k" are not. */
static bool no_unit_at(const char *s, size_t n, size_t r)
{
    ct_claim_figure probe;
    memset(&probe, 0, sizeof probe);
    bool lab;
    ctp_claim_read_suffix(s, n, r, &probe, &lab);
    return !probe.is_percent && probe.exp10 == 0 && !lab;
}

/* Whether a line is one word and a short year ending at s[end], a
 * table's heading cell copied a line to itself ("Burglaries 22-23"). */
static bool heading_cell_at(const char *s, size_t n, const tok *word,
                            size_t end)
{
    size_t b = word->off;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    size_t a = end;
    while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
        a++;
    return (b == 0 || s[b - 1] == '\n') && (a == n || s[a] == '\n');
}

/* "in both 22-23 (58,605) and 23-24 (59,923)": a financial year written
 * short, two years in a row (digits s[p..d) and two more after a dash or
 * slash), after "in", "and", "both", on a heading cell's line, or before
 * its figure in brackets. */
static lex_step lex_short_year(lexer *lx, size_t start, size_t p, size_t d,
                               size_t *i)
{
    static const char *const fy_before[] = {
        "in", "and", "both", "for", "from", "to", "between", "during", NULL
    };
    const char *s = lx->s;
    size_t n = lx->n;
    if (!(d - p == 2 && d + 3 <= n && (s[d] == '-' || s[d] == '/') &&
          is_digit((unsigned char)s[d + 1]) &&
          is_digit((unsigned char)s[d + 2]) &&
          (d + 3 == n || !is_alnum_byte((unsigned char)s[d + 3])) &&
          ((s[p] - '0') * 10 + (s[p + 1] - '0') + 1) % 100 ==
              (s[d + 1] - '0') * 10 + (s[d + 2] - '0')))
        return LEX_NONE;
    const tok *prev = lx->n_t > 0 ? &lx->t[lx->n_t - 1] : NULL;
    size_t after = ctp_claim_skip_blanks(s, n, d + 3);
    if (!((prev != NULL && prev->kind == TK_WORD &&
           (in_list(prev->w, fy_before) ||
            heading_cell_at(s, n, prev, d + 3))) ||
          (after < n && s[after] == '(')))
        return LEX_NONE;
    char full[8];
    bprintf(full, sizeof full, "20%.2s-%.2s", s + p, s + d + 1);
    ct_period per;
    if (!ct_period_parse(full, strlen(full), &per))
        return LEX_NONE;
    *i = d + 3;
    return lex_took(push_period(lx, start, d + 3, per));
}

/* Whether a year of four digits (1000 to 2999, no fifth digit) starts at
 * s[q]. */
static bool year_at(const char *s, size_t n, size_t q)
{
    return q + 4 <= n && (s[q] == '1' || s[q] == '2') &&
           is_digit((unsigned char)s[q + 1]) &&
           is_digit((unsigned char)s[q + 2]) &&
           is_digit((unsigned char)s[q + 3]) &&
           (q + 4 == n || !is_digit((unsigned char)s[q + 4]));
}

/* Whether "in" or "en" and a year follow s[r]: "to 2032 in 2015/16"
 * dates a count of 2,032, since a year is not dated by another. */
static bool dated_after(const char *s, size_t n, size_t r)
{
    size_t q = ctp_claim_skip_blanks(s, n, r);
    if (!(ctp_claim_starts_word(s + q, n - q, "in") ||
          ctp_claim_starts_word(s + q, n - q, "en")))
        return false;
    return year_at(s, n, ctp_claim_skip_blanks(s, n, q + 2));
}

/* Nouns a count of crimes is given with. */
static const char *const count_nouns[] = {
    "casos", "delitos", "denuncias", "víctimas", "homicidios", "robos",
    "asesinatos", "detenidos", "detenciones", "hechos", "feminicidios",
    "crímenes", "carpetas", "averiguaciones", "muertes", "asuntos",
    "infracciones", "agresiones", "violaciones", "hurtos", "estafas",
    "secuestros", "extorsiones", "mujeres", "expedientes", "querellas",
    "diligencias", "procedimientos",
    "cases", "crimes", "deaths", "attacks", "stabbings", "kidnappings", "offences", "offenses", "victims", "incidents",
    "shootings", "murders", "killings", "homicides", "robberies",
    "burglaries", "thefts", "assaults", "rapes", "arrests", "case",
    "crime", "offence", "incident", "caso", "delito", NULL
};

static size_t before_dated_aside(const tok *t, size_t k);
static size_t next_word(const char *s, size_t n, size_t p, char *w,
                        size_t size);

/* Whether four digits that look like a year, ending at s[r], are a
 * count: after "to" that follows a count ("from 16,146 offences in
 * 2007-08 to 1996 last financial year"), or after "were" at the end of
 * a clause ("las víctimas de muertes violentas fueron 1990."); and
 * before a noun of crimes (count_noun_after). */
static bool year_is_count(const lexer *lx, size_t r)
{
    const tok *t = lx->t;
    size_t nt = lx->n_t;
    /* "to 2008's 234" */
    if (r < lx->n && (lx->s[r] == '\'' ||
                      (lx->n - r >= 3 && memcmp(lx->s + r, RIGHT_QUOTE, 3) == 0)))
        return false;
    if (nt == 0 || t[nt - 1].kind != TK_WORD)
        return false;
    const char *w = t[nt - 1].w;
    if (strcmp(w, "to") == 0 || strcmp(w, "a") == 0) {
        size_t k = before_dated_aside(t, nt - 1);
        if (k > 1 && t[k - 1].kind == TK_WORD &&
            in_list(t[k - 1].w, count_nouns))
            k--;  /* "16,146 offences in 2007-08 to" */
        return k > 0 && t[k - 1].kind == TK_NUM && !t[k - 1].fig.is_percent &&
               t[k - 1].fig.is_exact;
    }
    if (strcmp(w, "were") == 0 || strcmp(w, "fueron") == 0) {
        size_t q = ctp_claim_skip_blanks(lx->s, lx->n, r);
        return q >= lx->n || lx->s[q] == '.' || lx->s[q] == ',' ||
               lx->s[q] == ';';
    }
    return false;
}

/* Whether a noun of counted crimes follows s[r]: "(2081 víctimas)" is a
 * count, not a year. */
static bool count_noun_after(const char *s, size_t n, size_t r)
{
    char w[24];
    next_word(s, n, r, w, sizeof w);
    return in_list(w, count_nouns);
}

/* Years and period labels of four digits s[p..d): 2015, 2015/16,
 * 2014-15, 2014–15, 2015Q3; "2015" alone is a year from 1900 to 2099
 * unless a unit or decimals follow or another year dates it. */
static lex_step lex_year(lexer *lx, size_t start, size_t p, size_t d,
                         size_t *i)
{
    const char *s = lx->s;
    size_t n = lx->n;
    int year = (s[p] - '0') * 1000 + (s[p + 1] - '0') * 100 +
               (s[p + 2] - '0') * 10 + (s[p + 3] - '0');
    size_t r = d, k = 0;
    if (r < n && (s[r] == '/' || s[r] == '-'))
        k = 1;
    else if (n - r >= 3 && memcmp(s + r, en_dash, 3) == 0)
        k = 3;
    else if (r < n && (s[r] == 'Q' || s[r] == 'q'))
        k = 1;
    if (k > 0) {
        size_t e = r + k;
        while (e < n && is_digit((unsigned char)s[e]) && e - r - k < 4)
            e++;
        ct_period per;
        if (e > r + k && (e >= n || !is_alnum_byte((unsigned char)s[e])) &&
            ct_period_parse(s + p, e - p, &per)) {
            *i = e;
            return lex_took(push_period(lx, start, e, per));
        }
    }
    if (year >= 1900 && year <= 2099 &&
        (r >= n || !(s[r] == '.' && r + 1 < n &&
                     is_digit((unsigned char)s[r + 1]))) &&
        no_unit_at(s, n, r) && !dated_after(s, n, r) &&
        !year_is_count(lx, r) && !count_noun_after(s, n, r)) {
        ct_period per;
        if (ct_period_parse(s + p, 4, &per)) {
            *i = r;
            return lex_took(push_period(lx, start, r, per));
        }
    }
    return LEX_NONE;
}

/* "17 mil 27" (Mexico): 17,027 in full.  A figure in thousands at
 * s[..q) followed by up to three digits standing alone takes them as its
 * last three.  Returns the index after what was read. */
static size_t read_word_letters(const char *s, size_t n, size_t p, char *w,
                                size_t size, size_t *k);
static int number_word_value(const char *w);
static size_t number_words_rest(const char *s, size_t n, size_t p, int *v);

/* "5 mil veinte" (Mexico): after the thousands in digits, the units in
 * words.  Returns the index after them, or q when there are none. */
static size_t thousands_then_word(const char *s, size_t n, size_t q,
                                  ct_claim_figure *f)
{
    size_t r = ctp_claim_skip_blanks(s, n, q), k = 0;
    char w[24];
    size_t e = read_word_letters(s, n, r, w, sizeof w, &k);
    w[k < sizeof w ? k : sizeof w - 1] = '\0';
    int v = k > 0 && strcmp(w, "un") != 0 && strcmp(w, "una") != 0
                ? number_word_value(w) : 0;
    if (v <= 0)
        return q;
    e = number_words_rest(s, n, e, &v);
    if (v <= 0 || v > 999 || !no_unit_at(s, n, e))
        return q;
    f->value.digits = f->value.digits * 1000 + v;
    f->exp10 = 0;
    return e;
}

static size_t thousands_in_words(const char *s, size_t n, size_t q,
                                 ct_claim_figure *f)
{
    size_t r = ctp_claim_skip_blanks(s, n, q);
    size_t e = r;
    while (e < n && is_digit((unsigned char)s[e]) && e - r < 4)
        e++;
    if (e == r)
        return thousands_then_word(s, n, q, f);
    /* "2 mil 562.6 reportes mensuales" (Mexico): one or two decimals
     * after the units, with a point. */
    size_t d = e, scale = 0;
    if (e + 1 < n && s[e] == '.' && is_digit((unsigned char)s[e + 1])) {
        d = e + 1;
        while (d < n && is_digit((unsigned char)s[d]))
            d++;
        scale = d - e - 1;
        if (scale > 2 || (d < n && is_alnum_byte((unsigned char)s[d])))
            return q;
    }
    if (!(e > r && e - r <= 3 &&
          !(d < n && (is_alnum_byte((unsigned char)s[d]) ||
                      ((s[d] == ',' || s[d] == '.') && d + 1 < n &&
                       is_digit((unsigned char)s[d + 1]))))))
        return q;
    int64_t rest = 0;
    for (size_t k = r; k < e; k++)
        rest = rest * 10 + (s[k] - '0');
    if (!no_unit_at(s, n, d))
        return q;
    f->value.digits = f->value.digits * 1000 + rest;
    for (size_t k = e + 1; k < d; k++)
        f->value.digits = f->value.digits * 10 + (s[k] - '0');
    f->value.scale = (int)scale;
    f->exp10 = 0;
    return d;
}

/* "1 millón 341 mil 168", "un millón 515 mil 74" (Mexico): a figure in
 * millions at s[..q) followed by the thousands and units in full, as
 * "17 mil 27" is.  Returns the index after what was read. */
static size_t millions_in_words(const char *s, size_t n, size_t q,
                                ct_claim_figure *f)
{
    size_t r = ctp_claim_skip_blanks(s, n, q), e = r;
    while (e < n && is_digit((unsigned char)s[e]) && e - r < 4)
        e++;
    if (!(e > r && e - r <= 3))
        return q;
    int64_t th = 0;
    for (size_t k = r; k < e; k++)
        th = th * 10 + (s[k] - '0');
    /* "1 millón 908,616" (Mexico): the rest with its thousands
     * separator, three digits after it and no further group. */
    if (e + 4 <= n && (s[e] == ',' || s[e] == '.') &&
        is_digit((unsigned char)s[e + 1]) && is_digit((unsigned char)s[e + 2]) &&
        is_digit((unsigned char)s[e + 3]) &&
        !(e + 4 < n && (is_alnum_byte((unsigned char)s[e + 4]) ||
                        ((s[e + 4] == ',' || s[e + 4] == '.') && e + 5 < n &&
                         is_digit((unsigned char)s[e + 5]))))) {
        int64_t units = (s[e + 1] - '0') * 100 + (s[e + 2] - '0') * 10 +
                        (s[e + 3] - '0');
        f->value.digits = f->value.digits * 1000000 + th * 1000 + units;
        f->exp10 = 0;
        return e + 4;
    }
    size_t m = ctp_claim_skip_blanks(s, n, e);
    if (!ctp_claim_starts_word(s + m, n - m, "mil"))
        return q;
    ct_claim_figure g = *f;
    g.value.digits = th;
    g.exp10 = 3;
    /* "341 mil 168": the units, if any, in full. */
    size_t t = thousands_in_words(s, n, m + 3, &g);
    int64_t units = t == m + 3 ? 0 : g.value.digits - th * 1000;
    f->value.digits = f->value.digits * 1000000 + th * 1000 + units;
    f->exp10 = 0;
    return t;
}

/* Pushes the figure 'f' read at s[start..q) with its sign and the other
 * reading of its digits, if any.  A figure glued by its separator to the
 * one before makes both labels. */
static bool push_figure(lexer *lx, size_t start, size_t q,
                        const ct_claim_figure *f, const ct_decimal *alt,
                        int sign, bool label)
{
    const char *s = lx->s;
    tok *t = push(lx, TK_NUM, start, q);
    if (t == NULL)
        return false;
    t->fig = *f;
    /* A count read as a decimal with three places ("2.000 robos" as 2) is
     * not a reasonable reading; a percentage may be. */
    if (alt != NULL && f->exp10 == 0 && (alt->scale == 0 || f->is_percent)) {
        t->alt = *f;
        t->alt.value = *alt;
        t->alt.value.negative = f->value.negative;
        t->alt.is_exact = alt->scale == 0 && !f->is_percent;
    }
    t->sign = sign;
    t->label = label;
    /* "1.312.4821", "2.3.4": a figure glued by its separator to the one
     * before is a misprint or a version, and neither part is a figure
     * to compare. */
    /* "rose 10.three%": a figure glued by its point to a word in lower
     * case is a misprint too. */
    if (q + 1 < lx->n && s[q] == '.' && s[q + 1] >= 'a' && s[q + 1] <= 'z')
        t->label = true;
    if (lx->n_t >= 2 && start > 0 && (s[start - 1] == '.' ||
                                      s[start - 1] == ',')) {
        tok *before = &lx->t[lx->n_t - 2];
        /* "2156,224": the comma may stand as a token between. */
        if (before->kind == TK_PUNCT && before->off + 1 == start &&
            lx->n_t >= 3)
            before = &lx->t[lx->n_t - 3];
        if (before->kind == TK_NUM && before->end + 1 == start)
            before->label = t->label = true;
    }
    return true;
}

/* Reads a number (or a period label written in digits) at *i: its sign
 * and currency, then a period if the digits make one, else the figure
 * with its units. */
static bool lex_number(lexer *lx, size_t *i)
{
    const char *s = lx->s;
    size_t n = lx->n, start = *i, p = *i;
    bool neg = false;
    size_t sl = ctp_claim_sign_len(s + p, n - p, &neg);
    if (sl == 1 && p + 1 < n && s[p + 1] == ' ')
        sl = spaced_sign_len(s, n, p, &neg);
    int sign = sl ? (neg ? -1 : 1) : 0;
    p += sl;
    size_t cl = currency_len(s, n, p);
    bool currency = cl > 0;
    p += cl;
    size_t d = p;
    while (d < n && is_digit((unsigned char)s[d]))
        d++;
    lex_step r = LEX_NONE;
    if (sign == 0 && !currency)
        r = lex_short_year(lx, start, p, d, i);
    if (r == LEX_NONE && sign == 0 && !currency && d - p == 4)
        r = lex_year(lx, start, p, d, i);
    if (r != LEX_NONE)
        return r == LEX_TOOK;
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    ct_decimal alt;
    bool has_alt;
    size_t q = read_number(s, n, p, lx->spanish, &f.value, &alt, &has_alt);
    if (q == p) {
        /* More than 18 digits: not a figure anyone checks. */
        while (q < n && (is_digit((unsigned char)s[q]) || s[q] == ',' ||
                         s[q] == '.'))
            q++;
        *i = q > start ? q : start + 1;
        return true;
    }
    q = skip_footnotes(s, n, q);
    bool label = false;
    q = ctp_claim_read_suffix(s, n, q, &f, &label);
    if (label) {
        while (q < n && is_alnum_byte((unsigned char)s[q]))
            q++;
    }
    if (!label && f.exp10 == 3 && f.value.scale == 0 && !f.is_percent)
        q = thousands_in_words(s, n, q, &f);
    else if (!label && f.exp10 == 6 && f.value.scale == 0 && !f.is_percent)
        q = millions_in_words(s, n, q, &f);
    q = skip_footnotes(s, n, q);
    f.is_set = true;
    f.value.negative = sign < 0 && f.value.digits != 0;
    f.is_exact = f.value.scale == 0 && f.exp10 == 0 && !f.is_percent;
    if (!push_figure(lx, start, q, &f, has_alt ? &alt : NULL, sign, label))
        return false;
    lx->t[lx->n_t - 1].money = currency || currency_after_word(lx, p);
    *i = q;
    return true;
}

/* The word (lower-case ASCII letters, other bytes kept) after the
 * blanks from s[p]; returns where it ends. */
static size_t next_word(const char *s, size_t n, size_t p, char *w,
                        size_t size)
{
    while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' ||
                     s[p] == '\r'))
        p++;
    size_t k = 0;
    while (p < n && (is_alpha((unsigned char)s[p]) ||
                     (unsigned char)s[p] >= 0x80)) {
        if (k + 1 < size)
            w[k++] = (char)lower((unsigned char)s[p]);
        p++;
    }
    w[k] = '\0';
    return p;
}

static int number_word_value(const char *w);

static bool figure_next(const char *s, size_t n, size_t p);
static bool zero_word(const char *w);

/* Whether up to four words and a comma, then "frente a", follow s[p]:
 * "nueve homicidios o asesinatos, frente a los seis"; or up to eight
 * words, then "compared to" or "down from" a figure. */
static bool noun_then_against(const char *s, size_t n, size_t p)
{
    char w[24];
    size_t q = p;
    for (int k = 0; k < 4; k++) {
        q = next_word(s, n, q, w, sizeof w);
        if (w[0] == '\0')
            return false;
        size_t r = ctp_claim_skip_blanks(s, n, q);
        if (r < n && s[r] == ',') {
            q = next_word(s, n, r + 1, w, sizeof w);
            if (strcmp(w, "frente") != 0)
                return false;
            next_word(s, n, q, w, sizeof w);
            return strcmp(w, "a") == 0;
        }
    }
    /* "nine reported cases so far this year compared to 21" */
    q = p;
    for (int k = 0; k < 8; k++) {
        q = next_word(s, n, q, w, sizeof w);
        if (w[0] == '\0')
            return false;
        if (strcmp(w, "compared") == 0) {
            q = next_word(s, n, q, w, sizeof w);
            return (strcmp(w, "to") == 0 || strcmp(w, "with") == 0) &&
                   figure_next(s, n, q);
        }
        /* "four incidents reported to the cops, down from 13" */
        if (strcmp(w, "down") == 0 || strcmp(w, "up") == 0) {
            q = next_word(s, n, q, w, sizeof w);
            return strcmp(w, "from") == 0 && figure_next(s, n, q);
        }
    }
    return false;
}

/* Whether a number or a number word starts after the blanks at s[p]. */
static bool figure_next(const char *s, size_t n, size_t p)
{
    size_t d = ctp_claim_skip_blanks(s, n, p);
    if (d < n && is_digit((unsigned char)s[d]))
        return true;
    char w[24];
    size_t q = next_word(s, n, d, w, sizeof w);
    /* "de dos a un total de siete", "to a total of seven" */
    if (strcmp(w, "un") == 0 || strcmp(w, "a") == 0) {
        char t1[24], t2[24];
        size_t r = next_word(s, n, q, t1, sizeof t1);
        r = next_word(s, n, r, t2, sizeof t2);
        if (strcmp(t1, "total") == 0 &&
            (strcmp(t2, "de") == 0 || strcmp(t2, "of") == 0))
            return figure_next(s, n, r);
    }
    /* "a los 11": an article before it */
    if (strcmp(w, "los") == 0 || strcmp(w, "las") == 0)
        return figure_next(s, n, q);
    /* "a nada menos que 44", "to no fewer than 44": words that stress
     * how large the figure is. */
    if (strcmp(w, "nada") == 0 || strcmp(w, "no") == 0) {
        char t1[24], t2[24];
        size_t r = next_word(s, n, q, t1, sizeof t1);
        r = next_word(s, n, r, t2, sizeof t2);
        if ((strcmp(t1, "menos") == 0 || strcmp(t1, "fewer") == 0 ||
             strcmp(t1, "less") == 0) &&
            (strcmp(t2, "que") == 0 || strcmp(t2, "de") == 0 ||
             strcmp(t2, "than") == 0))
            return figure_next(s, n, r);
    }
    /* "from six to zero", "de seis a cero" */
    return number_word_value(w) > 0 || zero_word(w);
}

/* Skips ", en 2013," or "en 2013" after a figure ("al pasar de dos, en
 * 2013, a cinco"): returns the index after it, or p. */
static size_t skip_dated_aside(const char *s, size_t n, size_t p)
{
    size_t q = ctp_claim_skip_blanks(s, n, p);
    bool comma = q < n && s[q] == ',';
    char w[24];
    q = next_word(s, n, comma ? q + 1 : q, w, sizeof w);
    if (strcmp(w, "en") != 0 && strcmp(w, "in") != 0)
        return p;
    /* "en el primer trimestre de 2016": up to five words before the
     * year. */
    for (int k = 0; k < 5; k++) {
        size_t r = next_word(s, n, q, w, sizeof w);
        if (w[0] == '\0')
            break;
        q = r;
    }
    q = ctp_claim_skip_blanks(s, n, q);
    if (!year_at(s, n, q))
        return p;
    q += 4;
    if (!comma)
        return q;
    q = ctp_claim_skip_blanks(s, n, q);
    return q < n && s[q] == ',' ? q + 1 : p;
}

/* The token before "a" or "to" at t[k], stepping back over a dated
 * aside (", en 2013," or "en 2013"), or k when there is none. */
static size_t before_dated_aside(const tok *t, size_t k)
{
    size_t j = k;
    if (j > 0 && t[j - 1].kind == TK_PUNCT && t[j - 1].w[0] == ',')
        j--;
    if (!(j >= 2 && t[j - 1].kind == TK_PERIOD && t[j - 2].kind == TK_WORD &&
          (strcmp(t[j - 2].w, "en") == 0 || strcmp(t[j - 2].w, "in") == 0)))
        return k;
    j -= 2;
    if (j > 0 && t[j - 1].kind == TK_PUNCT && t[j - 1].w[0] == ',')
        j--;
    return j;
}


/* After "to" or "a" that follows a count: "from 12 to eight", "from one
 * case in August to three", "from six reported for the same period in
 * 2022 to three". */
static bool count_after_to(const tok *t, size_t nt)
{
    if (!(nt >= 2 && t[nt - 1].kind == TK_WORD &&
          (strcmp(t[nt - 1].w, "a") == 0 || strcmp(t[nt - 1].w, "to") == 0)))
        return false;
    size_t k = before_dated_aside(t, nt - 1);
    /* "from one case in August to three" */
    if (k > 2 && t[k - 1].kind == TK_WORD &&
        in_list(t[k - 1].w, ctp_lex_month_names) && t[k - 2].kind == TK_WORD &&
        (strcmp(t[k - 2].w, "in") == 0 || strcmp(t[k - 2].w, "en") == 0))
        k -= 2;
    if (k > 1 && t[k - 1].kind == TK_WORD &&
        in_list(t[k - 1].w, count_nouns))
        k = before_dated_aside(t, k - 1);
    if (k > 0 && t[k - 1].kind == TK_NUM && !t[k - 1].fig.is_percent)
        return true;
    /* "from six reported for the same period in 2022 to three": a
     * figure after "from", words between. */
    for (size_t q = nt - 1; q-- > 0 && nt - 1 - q <= 8;) {
        if (t[q].kind == TK_NUM) {
            if (!t[q].fig.is_percent && q > 0 &&
                t[q - 1].kind == TK_WORD &&
                (strcmp(t[q - 1].w, "from") == 0 ||
                 strcmp(t[q - 1].w, "de") == 0))
                return true;
            break;
        }
        if (t[q].kind != TK_WORD && t[q].kind != TK_PERIOD)
            break;
    }
    return false;
}

/* The words around a number word that make it a count: "frente a los
 * seis", "con siete casos", "four in 2024", "(seven to four)", "compared
 * to three", "against six". */
static bool count_by_neighbours(const lexer *lx, size_t p)
{
    const tok *t = lx->t;
    size_t nt = lx->n_t;
    if (nt >= 3 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        t[nt - 3].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "los") == 0 || strcmp(t[nt - 1].w, "las") == 0) &&
        strcmp(t[nt - 2].w, "a") == 0 &&
        (strcmp(t[nt - 3].w, "frente") == 0 ||
         strcmp(t[nt - 3].w, "respecto") == 0))
        return true;
    /* "desde los ciento trece del pasado año hasta los ochenta y
     * cuatro": the two ends of a change. */
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "los") == 0 || strcmp(t[nt - 1].w, "las") == 0) &&
        (strcmp(t[nt - 2].w, "desde") == 0 || strcmp(t[nt - 2].w, "hasta") == 0))
        return true;
    /* "que con siete casos suponen un incremento", "Twenty shootings
     * have been recorded": the number and its noun of crimes. */
    char nw[24];
    size_t after = next_word(lx->s, lx->n, p, nw, sizeof nw);
    /* "just nine such offences" */
    if (strcmp(nw, "such") == 0)
        after = next_word(lx->s, lx->n, after, nw, sizeof nw);
    static const char *const counted[] = {
        "reported", "recorded", "registered", "registrados", "registradas",
        "denunciados", "denunciadas", NULL
    };
    if (in_list(nw, count_nouns) || in_list(nw, counted))
        return true;
    /* "solo once de las 55 mujeres asesinadas", "nine of the 40": a part
     * of a whole given in figures. */
    if (strcmp(nw, "de") == 0 || strcmp(nw, "of") == 0) {
        char art[24];
        size_t q = next_word(lx->s, lx->n, after, art, sizeof art);
        if ((strcmp(art, "los") == 0 || strcmp(art, "las") == 0 ||
             strcmp(art, "the") == 0) &&
            figure_next(lx->s, lx->n, q))
            return true;
    }
    /* "Six violent crimes were reported": one word between. */
    {
        char w2[24];
        (void)next_word(lx->s, lx->n, after, w2, sizeof w2);
        if (in_list(w2, count_nouns) && !in_list(nw, count_nouns))
            return true;
    }
    /* "nine people were killed in Portland": people counted by what
     * befell them. */
    static const char *const people[] = {
        "people", "persons", "personas", NULL
    };
    static const char *const befell[] = {
        "were", "killed", "murdered", "died", "fueron", "murieron",
        "asesinadas", NULL
    };
    if (in_list(nw, people)) {
        char w1[24];
        (void)next_word(lx->s, lx->n, after, w1, sizeof w1);
        if (in_list(w1, befell))
            return true;
    }
    /* "12 women died violently, an increase of four women": the size of
     * a change said in words after its noun ("un aumento de tres"). */
    static const char *const change_nouns[] = {
        "increase", "rise", "fall", "decrease", "drop", "reduction",
        "aumento", "incremento", "descenso", "disminución", "reducción",
        "caída", "subida", "bajada", NULL
    };
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "of") == 0 || strcmp(t[nt - 1].w, "de") == 0) &&
        in_list(t[nt - 2].w, change_nouns) && strcmp(nw, "per") != 0 &&
        strcmp(nw, "percent") != 0 && strcmp(nw, "por") != 0 &&
        strcmp(nw, "puntos") != 0 && strcmp(nw, "points") != 0 &&
        strcmp(nw, "percentage") != 0)
        return true;
    /* "mientras en 2020 fueron cuatro", "in 2020 there were four.": a
     * time, then "were" and the number closing its clause. */
    static const char *const were[] = {
        "fueron", "hubo", "eran", "were", "registrado", "registrados",
        "registró", "registraron", "recorded", "reported", NULL
    };
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && in_list(t[nt - 1].w, were)) {
        size_t d = ctp_claim_skip_blanks(lx->s, lx->n, p);
        bool closes = d >= lx->n || lx->s[d] == ',' || lx->s[d] == '.' ||
                      lx->s[d] == ';' || strcmp(nw, "y") == 0 ||
                      strcmp(nw, "and") == 0;
        /* "... respecto a 2024, cuando solo se había registrado uno" */
        bool dated = false;
        for (size_t k = nt - 1; k-- > 0 && nt - 1 - k <= 5;)
            dated |= t[k].kind == TK_PERIOD || is_word(&t[k], "cuando") ||
                     is_word(&t[k], "when");
        if (closes && dated)
            return true;
    }
    /* "un 14% menos que en el mismo lapso de 2023 (siete)": alone in
     * brackets after a time, the figure of that time. */
    if (nt >= 2 && is_punct(&t[nt - 1], '(') && t[nt - 2].kind == TK_PERIOD) {
        size_t d = ctp_claim_skip_blanks(lx->s, lx->n, p);
        if (d < lx->n && lx->s[d] == ')')
            return true;
    }
    /* "only four in 2024" */
    if ((strcmp(nw, "in") == 0 || strcmp(nw, "en") == 0) &&
        year_at(lx->s, lx->n, ctp_claim_skip_blanks(lx->s, lx->n, after)))
        return true;
    /* "y tres en el mismo periodo del año anterior", "three in the same
     * period": a count dated by the period compared with. */
    if (strcmp(nw, "in") == 0 || strcmp(nw, "en") == 0) {
        char w1[24], w2[24];
        size_t q = next_word(lx->s, lx->n, after, w1, sizeof w1);
        next_word(lx->s, lx->n, q, w2, sizeof w2);
        if (((strcmp(w1, "el") == 0 || strcmp(w1, "la") == 0) &&
             (strcmp(w2, "mismo") == 0 || strcmp(w2, "misma") == 0)) ||
            (strcmp(w1, "the") == 0 && strcmp(w2, "same") == 0))
            return true;
    }
    /* "(seven to four)": in brackets, before "to" and a figure. */
    if (nt >= 1 && t[nt - 1].kind == TK_PUNCT && t[nt - 1].w[0] == '(' &&
        (strcmp(nw, "to") == 0 || strcmp(nw, "a") == 0) &&
        figure_next(lx->s, lx->n, after))
        return true;
    /* "uno sólo frente a los siete": a number word set against a
     * figure. */
    {
        char w2[24];
        size_t q = after;
        const char *look = nw;
        if (strcmp(nw, "sólo") == 0 || strcmp(nw, "solo") == 0 ||
            strcmp(nw, "only") == 0) {
            next_word(lx->s, lx->n, q, w2, sizeof w2);
            look = w2;
        }
        if (strcmp(look, "frente") == 0 || strcmp(look, "compared") == 0 ||
            strcmp(look, "against") == 0)
            return true;
    }
    /* "13 murders compared to three", "frente a seis" */
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        (((strcmp(t[nt - 1].w, "to") == 0 || strcmp(t[nt - 1].w, "with") == 0) &&
          strcmp(t[nt - 2].w, "compared") == 0) ||
         (strcmp(t[nt - 1].w, "a") == 0 && strcmp(t[nt - 2].w, "frente") == 0)))
        return true;
    /* "el número se redujo a diez", "rose to twelve": the level a
     * change reached. */
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "a") == 0 || strcmp(t[nt - 1].w, "to") == 0) &&
        (in_list(t[nt - 2].w, ctp_claim_lang_es_rose) ||
         in_list(t[nt - 2].w, ctp_claim_lang_es_fell) ||
         strcmp(t[nt - 2].w, "rose") == 0 || strcmp(t[nt - 2].w, "fell") == 0 ||
         strcmp(t[nt - 2].w, "increased") == 0 ||
         strcmp(t[nt - 2].w, "decreased") == 0 ||
         strcmp(t[nt - 2].w, "dropped") == 0))
        return true;
    /* "de dos a un total de siete" */
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "de") == 0 || strcmp(t[nt - 1].w, "of") == 0) &&
        strcmp(t[nt - 2].w, "total") == 0)
        return true;
    /* "han pasado de registrarse cinco asuntos ... a los 20": the
     * earlier end of a change a verb of passing opens. */
    static const char *const passing[] = {
        "pasar", "pasó", "pasado", "pasaron", "pasando", "pasa", "pasan",
        NULL
    };
    static const char *const counting[] = {
        "registrarse", "registrar", "tener", "contabilizar", NULL
    };
    size_t d = nt;
    if (d >= 1 && t[d - 1].kind == TK_WORD && in_list(t[d - 1].w, counting))
        d--;
    if (d >= 2 && t[d - 1].kind == TK_WORD && strcmp(t[d - 1].w, "de") == 0 &&
        t[d - 2].kind == TK_WORD && in_list(t[d - 2].w, passing))
        return true;
    /* "14 cases in 2018 against six in 2017" */
    if (nt >= 1 && t[nt - 1].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "against") == 0 ||
         strcmp(t[nt - 1].w, "versus") == 0 || strcmp(t[nt - 1].w, "vs") == 0))
        return true;
    return false;
}

/* Verbs of a multiple with its factor in digits: "se multiplica por
 * 2,5", "multiplied by 3". */
static const char *const multiply_words[] = {
    "multiplied", "multiplica", "multiplican", "multiplicó",
    "multiplicaron", "multiplicado", "multiplicados", "multiplicada",
    NULL
};

/* Words after "N times" that make it a multiple of the figure compared
 * with: "five times higher than", "tres veces más que". */
static const char *const times_words[] = {
    "higher", "more", "greater", "larger", "bigger", "más", "mayor",
    "superior", NULL
};

/* "nine times lower than": the figure compared with is the larger. */
static const char *const times_lower[] = {
    "lower", "smaller", "menor", "inferior", "abajo", NULL
};

/* A character of a date or list passed over between words: "2013,". */
static bool date_char(char c)
{
    return is_digit((unsigned char)c) || c == ',' || c == '/';
}

/* Whether a percentage in brackets follows s[p]: "de los cuales ocho
 * (66%) fueron con armas de fuego" makes the number word a count. */
static bool share_in_brackets_at(const char *s, size_t n, size_t p)
{
    p = ctp_claim_skip_blanks(s, n, p);
    if (p >= n || s[p] != '(')
        return false;
    size_t q = p + 1;
    if (q >= n || !is_digit((unsigned char)s[q]))
        return false;
    while (q < n && (is_digit((unsigned char)s[q]) || s[q] == ',' ||
                     s[q] == '.'))
        q++;
    while (q < n && s[q] == ' ')
        q++;
    return q < n && s[q] == '%';
}

/* Whether a number word ending at s[p] is a count:
 * - after "a" or "to" that follows a count ("de 12 a ocho", "from 12 to
 *   eight"), or after "frente a los" ("frente a los seis del año 2016");
 * - the earlier of a from-to ("pasaron de ocho a 22", "de cuatro a seis
 *   casos", "al pasar de dos, en 2013, a cinco");
 * - before a comparative and "than", one noun allowed between ("cuatro
 *   menos que", "ocho casos más que", "four more than");
 * - before its noun and "frente a" ("nueve homicidios o asesinatos,
 *   frente a los seis");
 * - after "compared to/with" or "frente a" ("compared to three"), after
 *   "respecto a los" ("respecto a los cinco"), and before a noun of
 *   crimes ("con siete casos", "Twenty shootings"). */
static bool count_word_at(const lexer *lx, size_t p)
{
    static const char *const comparatives[] = {
        "más", "menos", "more", "fewer", "less", NULL
    };
    static const char *const thans[] = {"que", "than", NULL};
    const tok *t = lx->t;
    size_t nt = lx->n_t;
    if (count_after_to(t, nt) || count_by_neighbours(lx, p))
        return true;
    char a[24], b[24], c[24];
    size_t q = next_word(lx->s, lx->n, skip_dated_aside(lx->s, lx->n, p), a,
                         sizeof a);
    if (nt >= 1 && t[nt - 1].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "de") == 0 || strcmp(t[nt - 1].w, "from") == 0) &&
        (strcmp(a, "a") == 0 || strcmp(a, "to") == 0) &&
        figure_next(lx->s, lx->n, q))
        return true;
    /* "up from just three incidents the previous year": the level left. */
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD) {
        size_t f = strcmp(t[nt - 1].w, "just") == 0 ||
                           strcmp(t[nt - 1].w, "only") == 0
                       ? nt - 2 : nt - 1;
        if (f >= 1 && strcmp(t[f].w, "from") == 0 &&
            t[f - 1].kind == TK_WORD &&
            (strcmp(t[f - 1].w, "up") == 0 || strcmp(t[f - 1].w, "down") == 0))
            return true;
    }
    /* "rising to 16 from four": the earlier of a to-from. */
    if (nt >= 3 && t[nt - 1].kind == TK_WORD &&
        strcmp(t[nt - 1].w, "from") == 0 && t[nt - 2].kind == TK_NUM &&
        !t[nt - 2].fig.is_percent && t[nt - 3].kind == TK_WORD &&
        strcmp(t[nt - 3].w, "to") == 0)
        return true;
    /* "up five to 106", "down three to 40": a change in words with the
     * level it reached. */
    if (nt >= 1 && t[nt - 1].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "up") == 0 || strcmp(t[nt - 1].w, "down") == 0) &&
        strcmp(a, "to") == 0 && figure_next(lx->s, lx->n, q))
        return true;
    /* "from six reported for the same period in 2022 to three", "De
     * cuatro del año pasado pasó a 10", "de solo siete ... a 44", "de los
     * ocho del año pasado a los 11": a word that makes the figure small,
     * or an article, may stand between. */
    static const char *const only_words[] = {
        "just", "only", "solo", "sólo", "apenas", "los", "las", NULL
    };
    size_t nf = nt >= 2 && t[nt - 1].kind == TK_WORD &&
                        in_list(t[nt - 1].w, only_words)
                    ? nt - 1 : nt;
    bool spanish_de = nf >= 1 && t[nf - 1].kind == TK_WORD &&
                      strcmp(t[nf - 1].w, "de") == 0;
    if (nf >= 1 && t[nf - 1].kind == TK_WORD &&
        (strcmp(t[nf - 1].w, "from") == 0 || spanish_de)) {
        size_t r = p;
        for (int w = 0; w < 12; w++) {
            r = next_word(lx->s, lx->n, r, a, sizeof a);
            /* "from six between September 2013 and July 2014, to 30":
             * dates and commas on the way, not a full stop. */
            while (a[0] == '\0' && r < lx->n && date_char(lx->s[r])) {
                while (r < lx->n && date_char(lx->s[r]))
                    r++;
                r = next_word(lx->s, lx->n, r, a, sizeof a);
            }
            if (a[0] == '\0')
                break;
            if (strcmp(a, "to") == 0 || (spanish_de && strcmp(a, "a") == 0)) {
                if (figure_next(lx->s, lx->n, r))
                    return true;
                break;
            }
        }
    }
    size_t after_a = next_word(lx->s, lx->n, p, a, sizeof a);
    q = next_word(lx->s, lx->n, after_a, b, sizeof b);
    next_word(lx->s, lx->n, q, c, sizeof c);
    if ((in_list(a, comparatives) && in_list(b, thans)) ||
        (a[0] && in_list(b, comparatives) && in_list(c, thans)))
        return true;
    /* "bajan ... un 60%, dos frente a cinco del pasado año": a number
     * set against another, and the other. */
    if (((strcmp(a, "frente") == 0 && strcmp(b, "a") == 0) ||
         (strcmp(a, "compared") == 0 && strcmp(b, "with") == 0)) &&
        figure_next(lx->s, lx->n, q))
        return true;
    if (nt >= 3 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        t[nt - 3].kind == TK_NUM && !t[nt - 3].fig.is_percent &&
        ((strcmp(t[nt - 2].w, "frente") == 0 && strcmp(t[nt - 1].w, "a") == 0) ||
         (strcmp(t[nt - 2].w, "compared") == 0 &&
          strcmp(t[nt - 1].w, "with") == 0)))
        return true;
    /* "The domestic homicide total for 2014 was four, which was a 55
     * percent reduction from 2013's total of nine": a total said in
     * words. */
    if (nt >= 2 && t[nt - 1].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "of") == 0 || strcmp(t[nt - 1].w, "de") == 0) &&
        t[nt - 2].kind == TK_WORD && strcmp(t[nt - 2].w, "total") == 0)
        return true;
    if (nt >= 3 && t[nt - 1].kind == TK_WORD &&
        strcmp(t[nt - 1].w, "was") == 0)
        for (size_t k = nt - 1; k-- > 0 && nt - 1 - k <= 4;)
            if (t[k].kind == TK_WORD && strcmp(t[k].w, "total") == 0)
                return true;
    /* "fueron 11, uno más (+10%)": a change whose percentage follows in
     * brackets. */
    if (in_list(a, comparatives)) {
        size_t r = ctp_claim_skip_blanks(lx->s, lx->n, after_a);
        if (r < lx->n && lx->s[r] == '(')
            return true;
        /* "That represented eight more serious assaults, or a 15%
         * increase": the change, named, then its percentage after ", or". */
        char w[24];
        r = after_a;
        for (int k = 0; k < 3; k++) {
            size_t r2 = next_word(lx->s, lx->n, r, w, sizeof w);
            if (w[0] == '\0')
                break;
            r = r2;
        }
        r = ctp_claim_skip_blanks(lx->s, lx->n, r);
        if (r < lx->n && lx->s[r] == ',') {
            next_word(lx->s, lx->n, r + 1, w, sizeof w);
            if (strcmp(w, "or") == 0 || strcmp(w, "o") == 0)
                return true;
        }
    }
    /* "with three reported in 2022 and two this year": a count named by
     * its period or by the verb that recorded it. */
    static const char *const recorded[] = {
        "reported", "recorded", "registered", "registrados", "registradas",
        "denunciados", "denunciadas", NULL
    };
    /* "durante el año 2018, cuando se denunciaron seis": the count of
     * the period compared with, after the verb that recorded it. */
    static const char *const recording[] = {
        "denunciaron", "registraron", "contabilizaron", "produjeron",
        "cometieron", "hubo", "fueron", NULL
    };
    size_t v = nt >= 3 && t[nt - 2].kind == TK_WORD &&
                       strcmp(t[nt - 2].w, "se") == 0
                   ? nt - 3 : nt - 2;
    if (nt >= 2 && t[nt - 1].kind == TK_WORD &&
        in_list(t[nt - 1].w, recording) && t[v].kind == TK_WORD &&
        (strcmp(t[v].w, "cuando") == 0 || strcmp(t[v].w, "when") == 0))
        return true;
    /* "Doce violaciones son las que se denunciaron": a figure in words
     * opening the sentence, before what it counts. */
    static const char *const opening_verbs[] = {
        "son", "fueron", "se", "were", "are", "have", "has", "had", NULL
    };
    if ((nt == 0 || t[nt - 1].kind == TK_BREAK) && a[0] != '\0' &&
        in_list(b, opening_verbs))
        return true;
    if (in_list(a, recorded) ||
        ((strcmp(a, "this") == 0 || strcmp(a, "last") == 0) &&
         strcmp(b, "year") == 0) ||
        ((strcmp(a, "in") == 0 || strcmp(a, "en") == 0) &&
         year_at(lx->s, lx->n, ctp_claim_skip_blanks(lx->s, lx->n, after_a))))
        return true;
    /* "the second highest number of homicides ..., at five, with": a
     * level set off by commas. */
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && strcmp(t[nt - 1].w, "at") == 0 &&
        t[nt - 2].kind == TK_PUNCT && t[nt - 2].w[0] == ',' && a[0] == '\0' &&
        after_a < lx->n && (lx->s[after_a] == ',' || lx->s[after_a] == '.'))
        return true;
    /* "last year stood at seven": a level. */
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        strcmp(t[nt - 1].w, "at") == 0 &&
        (strcmp(t[nt - 2].w, "stood") == 0 ||
         strcmp(t[nt - 2].w, "stands") == 0))
        return true;
    /* "una reducción de tres, o un 2.8%", "an increase of five,": the
     * size of a change, set off from what follows. */
    static const char *const change_nouns[] = {
        "reducción", "disminución", "descenso", "aumento", "incremento",
        "baja", "alza", "caída", "subida", "increase", "decrease", "rise",
        "fall", "drop", "reduction", NULL
    };
    if (nt >= 2 && t[nt - 1].kind == TK_WORD && t[nt - 2].kind == TK_WORD &&
        (strcmp(t[nt - 1].w, "de") == 0 || strcmp(t[nt - 1].w, "of") == 0) &&
        in_list(t[nt - 2].w, change_nouns) && a[0] == '\0' &&
        after_a < lx->n &&
        (lx->s[after_a] == ',' || lx->s[after_a] == ';' ||
         /* "an increase of three (18 per cent)" */
         (lx->s[after_a] == '(' && after_a + 1 < lx->n &&
          is_digit((unsigned char)lx->s[after_a + 1]))))
        return true;
    /* "nine per 1,000", "nueve por cada 100.000", "only nine per
     * thousand population", "nueve por mil": a rate. */
    static const char *const bases[] = {
        "thousand", "hundred", "lakh", "million", "mil", NULL
    };
    if ((strcmp(a, "per") == 0 || strcmp(a, "por") == 0) &&
        (figure_next(lx->s, lx->n, after_a) || in_list(b, bases)))
        return true;
    if (strcmp(a, "por") == 0 && strcmp(b, "cada") == 0)
        return true;
    /* "un aumento de casi cuatro veces": a factor. */
    if (strcmp(a, "times") == 0 || strcmp(a, "veces") == 0)
        return true;
    /* "de los cuales ocho (66%) fueron con armas de fuego": the part of
     * a share in brackets after it. */
    if (share_in_brackets_at(lx->s, lx->n, p))
        return true;
    /* "a rate of one for every 1,000 people" */
    if (strcmp(a, "for") == 0 && strcmp(b, "every") == 0 &&
        figure_next(lx->s, lx->n, q))
        return true;
    /* "casi tres puntos", "three points": a change in points ("tres
     * puntos porcentuales" is read whole as a percentage below). */
    if ((strcmp(a, "puntos") == 0 && strncmp(b, "porcentual", 10) != 0) ||
        strcmp(a, "points") == 0)
        return true;
    /* "five times higher than", "multiplicado por ocho": a factor. */
    if ((strcmp(a, "times") == 0 || strcmp(a, "veces") == 0) &&
        in_list(b, times_words))
        return true;
    if (nt >= 2 && t[nt - 2].kind == TK_WORD &&
        in_list(t[nt - 2].w, multiply_words) &&
        (strcmp(t[nt - 1].w, "by") == 0 || strcmp(t[nt - 1].w, "por") == 0))
        return true;
    return noun_then_against(lx->s, lx->n, p);
}

/* Reads the letters of a word from s[p] into 'w' (lower case, cut to
 * its size, '*k' bytes): across an apostrophe before a letter and across
 * a hyphen at the end of a line ("in-\ncrease").  Returns the index
 * after the word. */
static size_t read_word_letters(const char *s, size_t n, size_t p, char *w,
                                size_t size, size_t *k)
{
    while (p < n) {
        unsigned char c = (unsigned char)s[p];
        if (is_alpha(c)) {
            if (*k + 1 < size)
                w[(*k)++] = (char)lower(c);
            p++;
        } else if (c >= 0x80 && is_letter_at(s, n, p)) {
            size_t m = ctp_utf8_len((const unsigned char *)s + p, n - p);
            for (size_t j = 0; j < m; j++)
                if (*k + 1 < size)
                    w[(*k)++] = s[p + j];
            p += m;
        } else if ((c == '\'' && p + 1 < n && is_alpha((unsigned char)s[p + 1]))
                   || (n - p >= 4 && memcmp(s + p, "\xE2\x80\x99", 3) == 0 &&
                       is_alpha((unsigned char)s[p + 3]))) {
            p += c == '\'' ? 1 : 3;
        } else if (c == '-' && p + 1 < n &&
                   (s[p + 1] == '\n' || s[p + 1] == '\r')) {
            /* "la relación julio-\njunio 2019": a month before the
             * hyphen is a word of its own, the hyphen a real one. */
            w[*k] = '\0';
            if (in_list(w, ctp_lex_month_names))
                break;
            size_t j = p + 1;
            while (j < n && (s[j] == '\n' || s[j] == '\r' || s[j] == ' ' ||
                             s[j] == '\t'))
                j++;
            if (j < n && is_alpha((unsigned char)s[j]))
                p = j;
            else
                break;
        } else {
            break;
        }
    }
    w[*k] = '\0';
    return p;
}

/* A word 'w' at s[start..p) running into digits: a word of change glued
 * to its figure ("increased1%", "by12%": a space lost in extraction),
 * read as the word then the figure; otherwise an identifier ("E01017649",
 * "Q3") or a period label ("YE2015-09", "FY2015/16"). */
static lex_step lex_word_digits(lexer *lx, size_t start, size_t p,
                                const char *w, size_t *i)
{
    static const char *const glued[] = {
        "increased", "decreased", "rose", "fell", "up", "down", "by",
        "of", "to", "from", "dropped", "declined", "grew", NULL
    };
    /* "representing a133% rise", "del19,3%": an article glued to a
     * percentage (not "A1" or "a4", which are names). */
    static const char *const articles[] = {
        "a", "an", "un", "una", "del", "de", "el", NULL
    };
    const char *s = lx->s;
    size_t n = lx->n;
    if (!(p < n && is_digit((unsigned char)s[p])))
        return LEX_NONE;
    bool pct = false;
    if (in_list(w, articles)) {
        size_t q = p;
        while (q < n && (is_digit((unsigned char)s[q]) ||
                         ((s[q] == '.' || s[q] == ',') && q + 1 < n &&
                          is_digit((unsigned char)s[q + 1]))))
            q++;
        pct = q < n && s[q] == '%';
    }
    /* "en Vícar lo ha hecho de970 a 904": "de" glued to the earlier of
     * a from-to. */
    bool from_to = false;
    if (strcmp(w, "de") == 0) {
        size_t q = p;
        while (q < n && (is_digit((unsigned char)s[q]) || s[q] == '.'))
            q++;
        char w2[8];
        size_t r = next_word(s, n, q, w2, sizeof w2);
        r = ctp_claim_skip_blanks(s, n, r);
        from_to = strcmp(w2, "a") == 0 && r < n &&
                  is_digit((unsigned char)s[r]);
    }
    /* "in 2024 MPD made19,263 adult arrests", "cerró el año co n5.678
     * infracciones": a word (or its last letter) in lower case glued to a
     * figure grouped in thousands, the space lost or misplaced. */
    bool grouped = false;
    if (p - start >= 1 && s[start] >= 'a' && s[start] <= 'z') {
        size_t q = p, lead = 0, groups = 0;
        while (q < n && is_digit((unsigned char)s[q]))
            q++, lead++;
        while (lead >= 1 && lead <= 3 && q + 3 < n &&
               (s[q] == ',' || s[q] == '.') &&
               is_digit((unsigned char)s[q + 1]) &&
               is_digit((unsigned char)s[q + 2]) &&
               is_digit((unsigned char)s[q + 3]) &&
               (q + 4 >= n || !is_digit((unsigned char)s[q + 4])))
            q += 4, groups++;
        grouped = groups > 0;
    }
    /* "RM1.46 billion": a currency's letters before the figure */
    bool currency = currency_letters_before(s, p);
    if (in_list(w, glued) || pct || from_to || currency || grouped) {
        tok *t = push(lx, TK_WORD, start, p);
        if (t == NULL)
            return LEX_FAIL;
        bprintf(t->w, sizeof t->w, "%s", w);
        *i = p;
        return lex_took(lex_number(lx, i));
    }
    size_t r = p;
    while (r < n && (is_alnum_byte((unsigned char)s[r]) || s[r] == '/' ||
                     (s[r] == '-' && r + 1 < n &&
                      is_digit((unsigned char)s[r + 1]))))
        r++;
    ct_period per;
    *i = r;
    if (ct_period_parse(s + start, r - start, &per))
        return lex_took(push_period(lx, start, r, per));
    tok *t = push(lx, TK_WORD, start, r);
    if (t == NULL)
        return LEX_FAIL;
    bprintf(t->w, sizeof t->w, "#%s", w);
    return LEX_TOOK;
}

/* Whether "of" or "de" at s[q] is followed by an article and a figure:
 * "casi una tercera parte de los 139", "less than half of the 199" are
 * fractions of a figure, which the share rules check, not words. */
static bool fraction_of_figure(const char *s, size_t n, size_t q)
{
    static const char *const articles[] = {
        "the", "los", "las", "all", NULL
    };
    char w[24];
    size_t p = next_word(s, n, q, w, sizeof w);
    /* "half the 161,404 crimes", with "of" left out */
    if (strcmp(w, "the") == 0) {
        p = ctp_claim_skip_blanks(s, n, p);
        return p < n && is_digit((unsigned char)s[p]);
    }
    if (strcmp(w, "of") != 0 && strcmp(w, "de") != 0)
        return false;
    p = next_word(s, n, p, w, sizeof w);
    if (!in_list(w, articles))
        return false;
    p = ctp_claim_skip_blanks(s, n, p);
    return p < n && is_digit((unsigned char)s[p]);
}

/* Whether "what", "of what" or "de lo que" follows s[q]: the half
 * before it is of an earlier level ("half of what was reported in
 * 2022"). */
static bool half_of_what(const char *s, size_t n, size_t q)
{
    char a[24], b[24], c[24];
    size_t r = next_word(s, n, q, a, sizeof a);
    r = next_word(s, n, r, b, sizeof b);
    (void)next_word(s, n, r, c, sizeof c);
    return strcmp(a, "what") == 0 ||
           (strcmp(a, "of") == 0 && strcmp(b, "what") == 0) ||
           (strcmp(a, "de") == 0 && strcmp(b, "lo") == 0 &&
            strcmp(c, "que") == 0);
}

/* "doubled", "fell by a third", "se duplicó", "la mitad": a change in
 * words, read as a percentage (with the article or word before it when
 * the table says so). */
static lex_step lex_word_change(lexer *lx, size_t start, size_t p,
                                const char *w, size_t *i)
{
    const char *s = lx->s;
    size_t n = lx->n;
    for (const struct word_change *wc = ctp_claim_lang_word_changes;
         wc->w != NULL; wc++) {
        if (wc->w[0] != w[0] || strcmp(wc->w, w) != 0)
            continue;
        tok *prev = lx->n_t > 0 ? &lx->t[lx->n_t - 1] : NULL;
        if (prev != NULL && prev->kind == TK_PUNCT && prev->w[0] == '-' &&
            lx->n_t > 1)
            prev = &lx->t[lx->n_t - 2];  /* "two-thirds" */
        /* "increased by almost half": a hedge between the word before
         * and the fraction. */
        static const char *const hedges[] = {
            "almost", "nearly", "about", "around", "roughly", "over", NULL
        };
        if (wc->before != NULL && wc->keep && prev != NULL &&
            prev->kind == TK_WORD && in_list(prev->w, hedges) &&
            lx->n_t > 1 && prev == &lx->t[lx->n_t - 1])
            prev = &lx->t[lx->n_t - 2];
        /* "fell by more than half", "by less than a third": a bound of
         * two words there. */
        else if (wc->before != NULL && wc->keep && prev != NULL &&
                 prev->kind == TK_WORD && strcmp(prev->w, "than") == 0 &&
                 lx->n_t > 2 && prev == &lx->t[lx->n_t - 1] &&
                 lx->t[lx->n_t - 2].kind == TK_WORD &&
                 (strcmp(lx->t[lx->n_t - 2].w, "more") == 0 ||
                  strcmp(lx->t[lx->n_t - 2].w, "less") == 0))
            prev = &lx->t[lx->n_t - 3];
        if (wc->before != NULL &&
            (prev == NULL || prev->kind != TK_WORD ||
             strcmp(prev->w, wc->before) != 0))
            continue;
        /* "a decrease compared to the previous three quarters": quarters
         * of a year, not a fraction. */
        static const char *const of_time[] = {
            "previous", "last", "past", "first", "next", "the", "these",
            "those", "recent", NULL
        };
        if (strcmp(wc->w, "quarters") == 0 && prev != NULL &&
            prev > lx->t && prev[-1].kind == TK_WORD &&
            in_list(prev[-1].w, of_time))
            continue;
        /* "a third of the victims" is a share, not a change: it stays
         * words. */
        size_t q = ctp_claim_skip_blanks(s, n, p);
        /* "four-fold": the word after may be joined by a hyphen. */
        if (wc->after != NULL && q < n && s[q] == '-')
            q++;
        if (wc->after != NULL &&
            !ctp_claim_starts_word(s + q, n - q, wc->after))
            continue;
        /* "less than half of what had been reported in 2014 (909)", "about
         * half what it was", "la mitad de lo que": a level that is half
         * an earlier one, a fall to half. */
        bool to_half = wc->before == NULL &&
                       (strcmp(wc->w, "half") == 0 ||
                        strcmp(wc->w, "mitad") == 0) &&
                       half_of_what(s, n, q);
        if (!to_half && (wc->sign == 0 || strcmp(wc->w, "half") == 0) &&
            (ctp_claim_starts_word(s + q, n - q, "of") ||
             (wc->after != NULL && strcmp(wc->after, "the") == 0)) &&
            !fraction_of_figure(s, n, q))
            continue;
        /* "twice as many as", not "twice as likely to": a count. */
        if (strcmp(wc->w, "twice") == 0 && strcmp(wc->after, "as") == 0) {
            char w2[24];
            next_word(s, n, q + 2, w2, sizeof w2);
            if (strcmp(w2, "many") != 0 && strcmp(w2, "much") != 0 &&
                strcmp(w2, "high") != 0)
                continue;
        }
        /* "una quinta parte": "parte" belongs to the figure, and "una
         * quinta parte de los delitos" is a share, as "of" above. */
        size_t end = p;
        /* "a three-fold increase": "-fold" belongs to the figure too. */
        if (wc->after != NULL && strcmp(wc->after, "fold") == 0)
            end = q + strlen(wc->after);
        if (wc->after != NULL && strncmp(wc->after, "parte", 5) == 0) {
            end = q + strlen(wc->after);
            size_t r = ctp_claim_skip_blanks(s, n, end);
            if ((ctp_claim_starts_word(s + r, n - r, "de") ||
                 ctp_claim_starts_word(s + r, n - r, "del")) &&
                !fraction_of_figure(s, n, r))
                continue;
        }
        size_t from = start;
        if (wc->before != NULL && !wc->keep) {
            from = prev->off;
            lx->n_t = (size_t)(prev - lx->t);  /* the article is part of it */
        }
        tok *t = push(lx, TK_NUM, from, end);
        if (t == NULL)
            return LEX_FAIL;
        t->fig.is_set = t->fig.is_percent = true;
        t->fig.value.digits = wc->digits;
        t->fig.value.scale = wc->scale;
        t->fig.exp10 = wc->exp10;
        t->words = true;
        t->fig.in_words = true;
        t->sign = to_half ? -1 : wc->sign;
        t->of_level = to_half;
        t->hedge = CT_CLAIM_HEDGE_WORD;
        /* "half the 161,404 crimes" is "half of the 161,404": the "of"
         * left out is read, taking no text, so every share rule sees
         * it. */
        if (wc->sign == 0 && wc->after != NULL &&
            strcmp(wc->after, "the") == 0) {
            tok *of = push(lx, TK_WORD, end, end);
            if (of == NULL)
                return LEX_FAIL;
            memcpy(of->w, "of", 3);
        }
        *i = end;
        return LEX_TOOK;
    }
    return LEX_NONE;
}

/* The value of a number in words ("cuatro" 4), or 0.  The hundreds
 * agree with their noun: "quinientas denuncias" is read as "quinientos". */
static int number_word_value(const char *w)
{
    char masc[24];
    size_t len = strlen(w);
    if (len >= 6 && len < sizeof masc &&
        strcmp(w + len - 6, "ientas") == 0) {
        memcpy(masc, w, len + 1);
        masc[len - 2] = 'o';
        w = masc;
    }
    for (size_t l = 0; l < N_LANGUAGES; l++)
        for (const struct number_word *nw = ctp_claim_lang_tables[l].numbers;
             nw->w != NULL; nw++)
            if (nw->w[0] == w[0] && strcmp(nw->w, w) == 0)
                return nw->v;
    return 0;
}

/* The rest of a number in words after a first word worth '*v', ending at
 * s[p]: "twenty-five", "treinta y dos", "quinientos treinta y dos".  Adds
 * what it reads to '*v' and returns the index after it, or 'p'. */
/* Whether an English unit ("one" to "nine") starts at s[q]. */
static bool english_unit_at(const char *s, size_t n, size_t q)
{
    static const char *const units[] = {
        "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", NULL
    };
    for (size_t k = 0; units[k] != NULL; k++)
        if (ctp_claim_starts_word(s + q, n - q, units[k]))
            return true;
    return false;
}

static size_t number_words_rest(const char *s, size_t n, size_t p, int *v)
{
    /* "Two hundred people", "two hundred and five": hundreds in English */
    if (*v > 0 && *v < 10) {
        size_t y = ctp_claim_skip_blanks(s, n, p);
        if (ctp_claim_starts_word(s + y, n - y, "hundred")) {
            *v *= 100;
            p = y + 7;
            size_t z = ctp_claim_skip_blanks(s, n, p);
            if (ctp_claim_starts_word(s + z, n - z, "and")) {
                size_t after = ctp_claim_skip_blanks(s, n, z + 3), k = 0;
                char w[24];
                read_word_letters(s, n, after, w, sizeof w, &k);
                w[k < sizeof w ? k : sizeof w - 1] = '\0';
                int u = k > 0 ? number_word_value(w) : 0;
                if (u > 0 && u < 100)
                    p = z + 3;  /* the units are read below */
            }
        }
    }
    for (;;) {
        size_t q = p, k = 0;
        int tens = *v % 100;
        bool hundreds = *v >= 100 && *v % 100 == 0 && *v < 1000;
        if (tens >= 20 && tens % 10 == 0 && q < n && s[q] == '-') {
            q++;                                    /* "twenty-five" */
        } else if (tens >= 20 && tens % 10 == 0 &&
                   english_unit_at(s, n, ctp_claim_skip_blanks(s, n, q))) {
            q = ctp_claim_skip_blanks(s, n, q);     /* "twenty two" */
        } else if (tens >= 30 && tens % 10 == 0) {
            size_t y = ctp_claim_skip_blanks(s, n, q);
            if (!(y + 1 < n && s[y] == 'y' && (s[y + 1] == ' ')))
                return p;
            q = ctp_claim_skip_blanks(s, n, y + 1);  /* "treinta y dos" */
        } else if (hundreds) {
            q = ctp_claim_skip_blanks(s, n, q);     /* "quinientos treinta" */
        } else {
            return p;
        }
        char w[24];
        size_t e = read_word_letters(s, n, q, w, sizeof w, &k);
        w[k] = '\0';
        int u = k > 0 ? number_word_value(w) : 0;
        if (u <= 0 || u >= (hundreds ? 100 : 10))
            return p;
        *v += u;
        p = e;
    }
}

/* The index after " and a half" or " y medio" at s[p], or 'p'. */
static size_t half_after(const char *s, size_t n, size_t p)
{
    static const char *const halves[][3] = {
        {"and", "a", "half"}, {"y", "medio", NULL}
    };
    for (size_t h = 0; h < sizeof halves / sizeof halves[0]; h++) {
        size_t q = p;
        for (size_t k = 0; k < 3 && halves[h][k] != NULL; k++) {
            q = ctp_claim_skip_blanks(s, n, q);
            if (!ctp_claim_starts_word(s + q, n - q, halves[h][k])) {
                q = p;
                break;
            }
            q += strlen(halves[h][k]);
        }
        if (q != p)
            return q;
    }
    return p;
}

/* A number in words of any language: a count where a figure compared or
 * a difference stands ("han caído de 12 a ocho", "un total de 483 (ocho
 * casos más que en 2012)", "377 homicidios, cuatro menos que"), or a
 * percentage ("three per cent", "tres por ciento"). */
/* Whether w is a word for none ("zero", "ninguno"), whose value 0
 * number_word_value cannot tell from no number at all. */
static bool zero_word(const char *w)
{
    for (size_t l = 0; l < N_LANGUAGES; l++)
        for (const struct number_word *nw = ctp_claim_lang_tables[l].numbers;
             nw->w != NULL; nw++)
            if (nw->v == 0 && strcmp(nw->w, w) == 0)
                return true;
    return false;
}

/* "from zero to three", "frente a ninguno": none as a count, only where
 * a figure is set against it. */
static lex_step lex_zero_word(lexer *lx, size_t start, size_t p, size_t *i)
{
    const tok *t = lx->t;
    size_t nt = lx->n_t;
    bool against = nt >= 2 && t[nt - 1].kind == TK_WORD &&
                   t[nt - 2].kind == TK_WORD &&
                   ((strcmp(t[nt - 2].w, "frente") == 0 &&
                     strcmp(t[nt - 1].w, "a") == 0) ||
                    (strcmp(t[nt - 2].w, "compared") == 0 &&
                     strcmp(t[nt - 1].w, "with") == 0));
    if (!against && !count_word_at(lx, p))
        return LEX_NONE;
    tok *z = push(lx, TK_NUM, start, p);
    if (z == NULL)
        return LEX_FAIL;
    z->fig.is_set = z->fig.is_exact = true;
    *i = p;
    return LEX_TOOK;
}

static lex_step lex_number_word(lexer *lx, size_t start, size_t p,
                                const char *w, size_t *i)
{
    int v = number_word_value(w);
    /* "pasó de una a 12": "una" is an article everywhere but here, one
     * of a from-to. */
    if (v == 0 && (strcmp(w, "una") == 0 || strcmp(w, "un") == 0) &&
        lx->n_t > 0 && lx->t[lx->n_t - 1].kind == TK_WORD &&
        strcmp(lx->t[lx->n_t - 1].w, "de") == 0) {
        /* "se pasa de un caso a cuatro": one noun of what is counted
         * may stand between. */
        static const char *const one_of[] = {
            "caso", "delito", "homicidio", "asesinato", "feminicidio",
            "femicidio", "robo", "hecho", "crimen", "muerte", "víctima",
            "denuncia", "secuestro", NULL
        };
        char a[24];
        size_t q = next_word(lx->s, lx->n, p, a, sizeof a);
        if (in_list(a, one_of))
            q = next_word(lx->s, lx->n, q, a, sizeof a);
        if (strcmp(a, "a") == 0 && figure_next(lx->s, lx->n, q))
            v = 1;
    }
    /* "tres, frente a una única muerte ... del año pasado", "frente a un
     * solo caso": one, said as the level a figure is set against. */
    static const char *const single[] = {
        "única", "único", "sola", "solo", "sólo", NULL
    };
    if (v == 0 && (strcmp(w, "una") == 0 || strcmp(w, "un") == 0) &&
        lx->n_t >= 2 && lx->t[lx->n_t - 1].kind == TK_WORD &&
        lx->t[lx->n_t - 2].kind == TK_WORD &&
        strcmp(lx->t[lx->n_t - 2].w, "frente") == 0 &&
        strcmp(lx->t[lx->n_t - 1].w, "a") == 0) {
        char a[24];
        (void)next_word(lx->s, lx->n, p, a, sizeof a);
        if (in_list(a, single))
            v = 1;
    }
    if (v == 0)
        return zero_word(w) ? lex_zero_word(lx, start, p, i) : LEX_NONE;
    /* "rose 10.three%": a word glued to a figure's decimal point is a
     * misprint, no figure, as "10.3.1%" is none. */
    if (start >= 2 && lx->s[start - 1] == '.' &&
        is_digit((unsigned char)lx->s[start - 2]))
        return LEX_NONE;
    p = number_words_rest(lx->s, lx->n, p, &v);
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    /* "three and a half per cent", "tres y medio por ciento": 3.5. */
    size_t h = half_after(lx->s, lx->n, p);
    if (h != p) {
        v = v * 10 + 5;
        f.value.scale = 1;
        p = h;
    }
    /* "four per cent": a percentage first, whatever follows it ("an
     * increase of four per cent compared to 34,153"). */
    bool lab;
    ct_claim_figure pf = f;
    size_t q = ctp_claim_read_suffix(lx->s, lx->n, p, &pf, &lab);
    if (pf.is_percent && !lab && pf.exp10 == 0) {
        f = pf;
    } else if (count_word_at(lx, p)) {
        if (h != p)
            return LEX_NONE;  /* half a crime is no count */
        f.is_exact = true;
        q = p;
    } else {
        return LEX_NONE;
    }
    tok *t = push(lx, TK_NUM, start, q);
    if (t == NULL)
        return LEX_FAIL;
    f.is_set = true;
    f.value.digits = v;
    t->fig = f;
    *i = q;
    return LEX_TOOK;
}

/* The thousands in 'f' and the units in a word after them at s[p]
 * ("cuatro mil cinco", 4,005), or the thousands alone when no number
 * word follows.  Returns the index after what was read. */
static size_t units_in_words(const char *s, size_t n, size_t p,
                             ct_claim_figure *f)
{
    size_t r = ctp_claim_skip_blanks(s, n, p), k = 0;
    char w[24];
    size_t e = read_word_letters(s, n, r, w, sizeof w, &k);
    w[k] = '\0';
    int v = k > 0 && strcmp(w, "un") != 0 && strcmp(w, "una") != 0
                ? number_word_value(w) : 0;
    f->value.digits *= 1000;
    if (v > 0)
        e = number_words_rest(s, n, e, &v);
    if (v <= 0 || !no_unit_at(s, n, e))
        return p;
    f->value.digits += v;
    return e;
}

/* Pushes the count 'f' written partly in words, s[start..q), taking in
 * the word token before it when 'with_word' ("cuatro mil", "un
 * millón"), and steps to q. */
static lex_step push_count_in_words(lexer *lx, size_t start, size_t q,
                                    ct_claim_figure *f, bool with_word,
                                    size_t *i)
{
    if (with_word) {
        start = lx->t[lx->n_t - 1].off;
        lx->n_t--;
    }
    tok *t = push(lx, TK_NUM, start, q);
    if (t == NULL)
        return LEX_FAIL;
    f->is_set = true;
    f->is_exact = f->value.scale == 0;
    t->fig = *f;
    *i = q;
    return LEX_TOOK;
}

/* "mil 249", "Mil 83", "cuatro mil 396" (Mexico): thousands and the
 * three digits or fewer after them, 1,249, 1,083 and 4,396 in full.
 * After a figure ("15 mil") the word is read with its figure, never
 * here. */
static lex_step lex_thousand_word(lexer *lx, size_t start, size_t p,
                                  const char *w, size_t *i)
{
    if (strcmp(w, "mil") != 0)
        return LEX_NONE;
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    f.value.digits = 1;
    f.exp10 = 3;
    /* A number word just before ("cuatro mil"): its thousands. */
    bool word_before = false;
    if (lx->n_t > 0) {
        const tok *b = &lx->t[lx->n_t - 1];
        /* The word may have been read as a count already ("a cuatro"). */
        int v = b->kind == TK_WORD ? number_word_value(b->w)
                : b->kind == TK_NUM && is_alpha((unsigned char)lx->s[b->off]) &&
                          b->fig.is_exact && b->fig.value.digits < 100
                      ? (int)b->fig.value.digits : 0;
        if (v > 1 && ctp_claim_skip_blanks(lx->s, lx->n, b->end) == start) {
            f.value.digits = v;
            word_before = true;
        }
    }
    size_t q = thousands_in_words(lx->s, lx->n, p, &f);
    /* "cuatro mil cinco carpetas" 4,005; "por cada cien mil habitantes":
     * the thousands alone. */
    if (q == p && word_before) {
        q = units_in_words(lx->s, lx->n, p, &f);
        f.exp10 = 0;
    }
    if (q == p && !word_before)
        return LEX_NONE;
    return push_count_in_words(lx, start, q, &f, word_before, i);
}

/* "un millón 341 mil 168": "un" and "millón", then the thousands and
 * units in full (millions_in_words). */
static lex_step lex_million_word(lexer *lx, size_t start, size_t p,
                                 const char *w, size_t *i)
{
    /* "dos millones 915 mil 899": two to nine millions the same way */
    bool one = strcmp(w, "millón") == 0 || strcmp(w, "millon") == 0;
    if (!(one || strcmp(w, "millones") == 0) || lx->n_t == 0)
        return LEX_NONE;
    const tok *prev = &lx->t[lx->n_t - 1];
    int64_t u = 0;
    if (prev->kind == TK_WORD)
        u = strcmp(prev->w, "un") == 0 ? 1 : number_word_value(prev->w);
    else if (prev->kind == TK_NUM && is_letter_at(lx->s, lx->n, prev->off) &&
             prev->sign == 0 && !prev->fig.is_percent &&
             prev->fig.exp10 == 0 && prev->fig.value.scale == 0)
        u = prev->fig.value.digits;  /* "a dos millones", read as a count */
    if (u < 1 || u > 9 || (u == 1) != one)
        return LEX_NONE;
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    f.value.digits = u;
    f.exp10 = 6;
    size_t q = millions_in_words(lx->s, lx->n, p, &f);
    if (q == p)
        return LEX_NONE;
    return push_count_in_words(lx, start, q, &f, true, i);
}

/* A rate's base in words after "per", "por" or "por cada": "per
 * thousand", "per lakh" (as Indian statistics count, 100,000), "por cada
 * mil", "por mil", "0,7 casos por millar". */
static lex_step lex_base_word(lexer *lx, size_t start, size_t p,
                              const char *w, size_t *i)
{
    static const struct { const char *w; int exp10; } bases[] = {
        {"hundred", 2}, {"thousand", 3}, {"lakh", 5}, {"million", 6},
        {"mil", 3}, {"millar", 3}, {NULL, 0}
    };
    /* "per one lakh population": "one" before the base word is its
     * count, the base itself. */
    const tok *last = lx->n_t > 0 ? &lx->t[lx->n_t - 1] : NULL;
    bool one_before = last != NULL &&
        ((last->kind == TK_NUM && last->fig.value.digits == 1 &&
          last->fig.exp10 == 0 && last->fig.value.scale == 0 &&
          is_letter_at(lx->s, lx->n, last->off)) ||
         (last->kind == TK_WORD &&
          (strcmp(last->w, "one") == 0 || strcmp(last->w, "a") == 0)));
    if (lx->n_t > 1 && one_before && lx->t[lx->n_t - 2].kind == TK_WORD &&
        (strcmp(lx->t[lx->n_t - 2].w, "per") == 0 ||
         strcmp(lx->t[lx->n_t - 2].w, "cada") == 0 ||
         strcmp(lx->t[lx->n_t - 2].w, "por") == 0)) {
        for (size_t k = 0; bases[k].w != NULL; k++)
            if (strcmp(bases[k].w, w) == 0) {
                tok *one = &lx->t[lx->n_t - 1];
                one->kind = TK_NUM;
                memset(&one->fig, 0, sizeof one->fig);
                one->fig.is_set = one->fig.is_exact = true;
                one->fig.value.digits = 1;
                one->fig.exp10 = bases[k].exp10;
                one->end = p;
                *i = p;
                return LEX_TOOK;
            }
    }
    if (!(lx->n_t > 0 && lx->t[lx->n_t - 1].kind == TK_WORD &&
          (strcmp(lx->t[lx->n_t - 1].w, "per") == 0 ||
           strcmp(lx->t[lx->n_t - 1].w, "cada") == 0 ||
           strcmp(lx->t[lx->n_t - 1].w, "por") == 0)))
        return LEX_NONE;
    for (size_t k = 0; bases[k].w != NULL; k++) {
        if (strcmp(bases[k].w, w) != 0)
            continue;
        tok *t = push(lx, TK_NUM, start, p);
        if (t == NULL)
            return LEX_FAIL;
        t->fig.is_set = t->fig.is_exact = true;
        t->fig.value.digits = 1;
        t->fig.exp10 = bases[k].exp10;
        *i = p;
        return LEX_TOOK;
    }
    return LEX_NONE;
}

/* Reads a word at *i: a word running into digits, a change or a number
 * in words become what they say; any other word is a word. */
static bool lex_word(lexer *lx, size_t *i)
{
    size_t start = *i, k = 0;
    char w[24];
    size_t p = read_word_letters(lx->s, lx->n, start, w, sizeof w, &k);
    lex_step r = lex_word_digits(lx, start, p, w, i);
    if (r == LEX_NONE)
        r = lex_word_change(lx, start, p, w, i);
    if (r == LEX_NONE)
        r = lex_number_word(lx, start, p, w, i);
    if (r == LEX_NONE)
        r = lex_thousand_word(lx, start, p, w, i);
    if (r == LEX_NONE)
        r = lex_million_word(lx, start, p, w, i);
    if (r == LEX_NONE)
        r = lex_base_word(lx, start, p, w, i);
    if (r != LEX_NONE)
        return r == LEX_TOOK;
    *i = p;
    tok *t = push(lx, TK_WORD, start, p);
    if (t == NULL)
        return false;
    memcpy(t->w, w, k + 1);
    return true;
}

/* A full stop, question or exclamation mark at s[i] ends a sentence when
 * what follows is a blank, a closing mark or the end, and it does not end
 * an abbreviation. */
static bool sentence_ends(const lexer *lx, size_t i)
{
    const char *s = lx->s;
    size_t n = lx->n;
    size_t j = i + 1;
    while (j < n && (s[j] == ')' || s[j] == '"' || s[j] == '\'' ||
                     s[j] == '*' || s[j] == '_'))
        j++;
    /* "per 100,000 population.One-quarter of", "solved.This
     * represented": a page that ran two sentences together, a word in
     * lower case against a capitalised one. */
    bool run_together = false;
    if (s[i] == '.' && j == i + 1 && j + 1 < n && s[j] >= 'A' &&
        s[j] <= 'Z' && s[j + 1] >= 'a' && s[j + 1] <= 'z' && lx->n_t > 0) {
        const tok *t = &lx->t[lx->n_t - 1];
        run_together = t->kind == TK_WORD && t->end == i &&
                       strlen(t->w) >= 3 && s[i - 1] >= 'a' &&
                       s[i - 1] <= 'z' && !in_list(t->w, abbreviations);
        /* "compared to 2017.Acting National Commissioner": a year
         * against a capitalised word. */
        if ((t->kind == TK_NUM || t->kind == TK_PERIOD) &&
            t->end == i && t->off + 4 == i &&
            (s[t->off] == '1' || s[t->off] == '2') &&
            is_digit((unsigned char)s[t->off + 1]) &&
            is_digit((unsigned char)s[t->off + 2]) &&
            is_digit((unsigned char)s[t->off + 3]))
            run_together = true;
    }
    if (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r'
        && !(n - j >= 3 && (unsigned char)s[j] == 0xE2) && !run_together)
        return false;
    /* "pasando de ... 10 a 25": an ellipsis where words were left out,
     * a figure or a word in lower case going on after it, ends no
     * sentence. */
    if (s[i] == '.' && i >= 2 && s[i - 1] == '.' && s[i - 2] == '.' &&
        j + 1 < n && s[j] == ' ' &&
        (is_digit((unsigned char)s[j + 1]) ||
         (s[j + 1] >= 'a' && s[j + 1] <= 'z')))
        return false;
    /* "599,187 (41.1 per cent.) were cleared up": a full stop closing
     * brackets, the sentence going on in lower case after them. */
    if (s[i] == '.' && i + 1 < n && s[i + 1] == ')' && j + 1 < n &&
        s[j] == ' ' && s[j + 1] >= 'a' && s[j + 1] <= 'z')
        return false;
    if (s[i] == '.' && lx->n_t > 0) {
        const tok *t = &lx->t[lx->n_t - 1];
        if (t->kind == TK_WORD && t->end == i && in_list(t->w, abbreviations))
            return false;
        /* "un aumento de 17. 25 por ciento": a decimal point with a stray
         * space, one or two digits and a percentage after it. */
        if (t->kind == TK_NUM && t->end == i && i - t->off <= 3 &&
            j + 1 < n && s[j] == ' ' && is_digit((unsigned char)s[j + 1])) {
            size_t d = j + 1;
            while (d < n && d < j + 4 && is_digit((unsigned char)s[d]))
                d++;
            size_t q = ctp_claim_skip_blanks(s, n, d);
            if (d <= j + 3 && q < n &&
                (s[q] == '%' || ctp_claim_starts_word(s + q, n - q, "por ciento") ||
                 ctp_claim_starts_word(s + q, n - q, "percent") ||
                 ctp_claim_starts_word(s + q, n - q, "per cent")))
                return false;
        }
        /* "as of Sept. 19": a month cut short before its day, the day
         * perhaps on the next line as a PDF wraps it ("Aug.\n29"). */
        size_t d = j;
        while (d < n && (s[d] == ' ' || s[d] == '\t' || s[d] == '\r'))
            d++;
        if (d < n && s[d] == '\n') {
            d++;
            while (d < n && (s[d] == ' ' || s[d] == '\t'))
                d++;
        }
        if (t->kind == TK_WORD && t->end == i && strlen(t->w) <= 4 &&
            in_list(t->w, ctp_lex_month_names) && d < n && is_digit((unsigned char)s[d]))
            return false;
        /* "at an L.A. City Council meeting": initials before a name in
         * capitals end no sentence; before a word that opens one ("in
         * the U.S. The figure") they do. */
        static const char *const openers[] = {
            "the", "this", "that", "these", "those", "it", "in", "a", "an",
            "there", "but", "however", "and", "of", "for", "last", "since",
            "according", "overall", "meanwhile", "he", "she", "they", "we",
            "el", "la", "los", "las", "en", "este", "esta", "según", NULL
        };
        if (t->kind == TK_WORD && t->end == i && t->off >= 2 &&
            t->end - t->off == 1 && s[t->off - 1] == '.' &&
            is_alpha((unsigned char)s[t->off - 2]) &&
            (t->off < 3 || !is_alpha((unsigned char)s[t->off - 3])) &&
            d < n && s[d] >= 'A' && s[d] <= 'Z') {
            char w[24];
            next_word(s, n, d, w, sizeof w);
            if (!in_list(w, openers))
                return false;
        }
    }
    return true;
}

/* Whether the text after the blank line at s[j] goes on with the
 * sentence before it, as text taken from a PDF breaks a sentence across
 * a blank line ("from 33,524 to 34,556, an\n\nincrease of 3%"): the
 * sentence has not ended and the next line starts with a lower-case
 * letter or a figure. */
static bool continues(const lexer *lx, size_t j)
{
    const char *s = lx->s;
    size_t n = lx->n;
    if (!lx->join_broken || lx->n_t == 0 ||
        lx->t[lx->n_t - 1].kind == TK_BREAK || lx->heading || lx->table_row)
        return false;
    while (j < n && (s[j] == '\n' || s[j] == ' ' || s[j] == '\t' ||
                     s[j] == '\r'))
        j++;
    /* "el 59,12%\n\n(2.596) fueron": a figure in brackets goes on. */
    if (j + 1 < n && s[j] == '(')
        j++;
    /* A signed figure goes on too: a table's "-2.97%" cell on a line of
     * its own. */
    bool neg;
    size_t sign = ctp_claim_sign_len(s + j, n - j, &neg);
    return j < n && ((s[j] >= 'a' && s[j] <= 'z') ||
                     (j + sign < n && is_digit((unsigned char)s[j + sign])));
}

/* Whether a rate's base starts at 's[i]': a power of ten from 10 up,
 * its zeros maybe grouped ("100,000", "100.000", "1 000"), not followed
 * by another figure or slash (a date goes on: "10/10/2023"). */
static bool slash_base_at(const char *s, size_t n, size_t i)
{
    if (i >= n || s[i] != '1')
        return false;
    size_t zeros = 0;
    for (i++; i < n; i++) {
        if (s[i] == '0')
            zeros++;
        else if ((s[i] == ',' || s[i] == '.' || s[i] == ' ') && i + 1 < n &&
                 s[i + 1] == '0')
            continue;
        else
            break;
    }
    return zeros > 0 && (i >= n || (s[i] != '/' &&
                                    !is_digit((unsigned char)s[i])));
}

/* Where the reading of a sentence stands: the byte, and what the line it
 * is on has shown so far.  Kept apart from the lexer's own copy, which
 * says what was known when the sentence began (continues() reads that)
 * and is brought up to date when the sentence ends. */
typedef struct lex_pos {
    size_t i;
    bool line_start;   /* nothing but blanks yet on this line */
    bool heading;      /* the line is a Markdown heading */
    bool table_row;    /* the line is a Markdown table row */
} lex_pos;

/* A step took the bytes up to 'end': the reading goes on from there. */
static lex_step lex_took_to(lex_pos *p, size_t end)
{
    p->i = end;
    return LEX_TOOK;
}

/* A line break ends a heading or a table row, and a blank line ends a
 * paragraph (unless the text goes on as one sentence). */
static lex_step lex_line_break(lexer *lx, lex_pos *p)
{
    const char *s = lx->s;
    size_t n = lx->n, i = p->i;
    if ((p->heading || p->table_row) && !push_break(lx, i, i))
        return LEX_FAIL;
    p->heading = p->table_row = false;
    i++;
    size_t j = i;
    while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
        j++;
    if ((j >= n || s[j] == '\n') && !continues(lx, j) &&
        !push_break_as(lx, i, i, true))
        return LEX_FAIL;
    p->line_start = true;
    return lex_took_to(p, i);
}

/* Blanks: a line break (see lex_line_break), a form feed, which ends a
 * page, and the others. */
static lex_step lex_blank(lexer *lx, lex_pos *p)
{
    const char *s = lx->s;
    size_t n = lx->n, i = p->i;
    unsigned char c = (unsigned char)s[i];
    if (c == '\n')
        return lex_line_break(lx, p);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\v')
        return lex_took_to(p, i + 1);
    if (c == '\f') {
        if (!push_break(lx, i, i))
            return LEX_FAIL;
        return lex_took_to(p, i + 1);
    }
    size_t b = ctp_claim_skip_blanks(s, n, i);
    if (b > i)
        return lex_took_to(p, b);
    return LEX_NONE;
}

/* "Gauteng:\n- Murders in 2018/2019: 4 495\n- Murders in 2019/2020: 4
 * 555\n- Increase of 1.3%": an item of a list that is a few words and a
 * figure, with no full stop, goes on into the next item (bullet 'c') as
 * a clause of one sentence, so that the change the last item states
 * finds the figures the items before it give. */
static bool figure_item_before(const lexer *lx, char c)
{
    if (lx->n_t == 0 || lx->since_break == 0)
        return false;
    const tok *last = &lx->t[lx->n_t - 1];
    if (last->kind != TK_NUM || last->fig.is_percent)
        return false;
    const char *s = lx->s;
    size_t b = last->off;
    while (b > 0 && s[b - 1] != '\n')
        b--;
    size_t on_line = 0;
    for (size_t k = lx->n_t; k-- > 0 && lx->t[k].off >= b &&
                             lx->t[k].kind != TK_BREAK;)
        on_line++;
    while (s[b] == ' ' || s[b] == '\t')
        b++;
    return on_line <= 8 && s[b] == c && s[b + 1] == ' ';
}

/* The marks Markdown puts at the start of a line: a heading's '#', a
 * quote's '>', a table row's '|', a list item's bullet or number.  A
 * heading and a list item each start a sentence. */
static lex_step lex_line_start(lexer *lx, lex_pos *p)
{
    const char *s = lx->s;
    size_t n = lx->n, i = p->i;
    unsigned char c = (unsigned char)s[i];
    p->line_start = false;
    if (c == '#') {
        p->heading = true;
        if (!push_break(lx, i, i))
            return LEX_FAIL;
        while (i < n && s[i] == '#')
            i++;
        return lex_took_to(p, i);
    }
    if (c == '>') {
        p->line_start = true;
        return lex_took_to(p, i + 1);
    }
    if (c == '|') {
        /* A Markdown table row is read as one line of figures, as text
         * extraction leaves a table. */
        p->table_row = true;
        return lex_took_to(p, i + 1);
    }
    /* "Hurto | 7.864 | 6.484 | -17,5% |": a row written without its
     * leading bar, two bars or more on the line. */
    size_t bars = 0;
    for (size_t k = i; k < n && s[k] != '\n' && bars < 2; k++)
        bars += s[k] == '|';
    if (bars >= 2)
        p->table_row = true;
    /* "in 2015 -\n- an over 17 per cent": a double dash split by the
     * line's end is no bullet. */
    size_t b = i;
    while (b > 0 && (s[b - 1] == '\n' || s[b - 1] == ' ' || s[b - 1] == '\r'))
        b--;
    bool split_dash = c == '-' && b >= 2 && s[b - 1] == '-' && s[b - 2] == ' ';
    if ((c == '-' || c == '*' || c == '+') && !split_dash && i + 1 < n &&
        (s[i + 1] == ' ' || s[i + 1] == '\t')) {
        if (figure_item_before(lx, c)) {
            tok *t = push(lx, TK_PUNCT, i, i + 1);
            if (t == NULL)
                return LEX_FAIL;
            t->w[0] = ',';
        } else if (!push_break(lx, i, i)) {
            return LEX_FAIL;
        }
        return lex_took_to(p, i + 2);
    }
    if (is_digit(c)) {
        size_t j = i;
        while (j < n && is_digit((unsigned char)s[j]))
            j++;
        if (j - i <= 2 && j + 1 < n && (s[j] == '.' || s[j] == ')') &&
            (s[j + 1] == ' ' || s[j + 1] == '\t')) {
            if (!push_break(lx, i, i))
                return LEX_FAIL;
            return lex_took_to(p, j + 2);
        }
    }
    return LEX_NONE;
}

/* What is no word of a sentence: a bar between table cells (a break,
 * outside a table row), web addresses, footnote marks, superscripts. */
static lex_step lex_skipped(lexer *lx, lex_pos *p)
{
    const char *s = lx->s;
    size_t n = lx->n, i = p->i;
    unsigned char c = (unsigned char)s[i];
    if (c == '|') {
        if (!p->table_row && !push_break(lx, i, i))
            return LEX_FAIL;
        return lex_took_to(p, i + 1);
    }
    /* "• Violent Crime (631 vs. 521) 17.4% Decrease • Property Crime
     * (2889 vs. 2685) 7.1% Decrease": a bullet within a line opens a list
     * item as one at the line's start does. */
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0xA2) {
        if (!push_break(lx, i, i))
            return LEX_FAIL;
        return lex_took_to(p, i + 3);
    }
    if (ctp_claim_starts_word(s + i, n - i, "http") ||
        ctp_claim_starts_word(s + i, n - i, "https") ||
        (n - i >= 4 && memcmp(s + i, "www.", 4) == 0)) {
        size_t j = i;
        while (j < n && (is_alpha((unsigned char)s[j])))
            j++;
        if ((j < n && s[j] == ':') || memcmp(s + i, "www.", 4) == 0) {
            while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' &&
                   s[i] != ')')
                i++;
            return lex_took_to(p, i);
        }
    }
    if (c == '[') {
        size_t j = skip_footnotes(s, n, i);
        return lex_took_to(p, j > i ? j : i + 1);
    }
    size_t k = superscript_len(s, n, i);
    if (k > 0)
        return lex_took_to(p, i + k);
    return LEX_NONE;
}

/* The marks that end a sentence: '.', '!' and '?' where
 * sentence_ends() says so, ';', and ':' at the end of a line unless the
 * next line goes on in lower case.  Mid-line, ':' stays a mark between
 * words. */
static lex_step lex_sentence_mark(lexer *lx, lex_pos *p)
{
    const char *s = lx->s;
    size_t n = lx->n, i = p->i;
    unsigned char c = (unsigned char)s[i];
    if (c == '.' || c == '!' || c == '?') {
        if (sentence_ends(lx, i) && !push_break(lx, i, i + 1))
            return LEX_FAIL;
        return lex_took_to(p, i + 1);
    }
    if (c == ';') {
        /* "(enero-junio 2024: 4.642; enero-junio de 2025: 4.402)": a
         * semicolon inside brackets parts the items of a list. */
        int open = 0;
        for (size_t k = lx->n_t; k-- > 0 && lx->t[k].kind != TK_BREAK;)
            if (lx->t[k].kind == TK_PUNCT)
                open += lx->t[k].w[0] == '(' ? 1 : lx->t[k].w[0] == ')' ? -1 : 0;
        if (open > 0) {
            tok *t = push(lx, TK_PUNCT, i, i + 1);
            if (t == NULL)
                return LEX_FAIL;
            t->w[0] = ',';
            return lex_took_to(p, i + 1);
        }
        if (!push_break(lx, i, i + 1))
            return LEX_FAIL;
        return lex_took_to(p, i + 1);
    }
    if (c != ':')
        return LEX_NONE;
    size_t j = i + 1;
    while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
        j++;
    /* "cayó a la mitad:\nde 20 a 10": a line the wrap began in lower
     * case goes on with the sentence. */
    if (j < n && s[j] == '\n') {
        size_t q = j + 1;
        while (q < n && (s[q] == ' ' || s[q] == '\t'))
            q++;
        if (q < n && s[q] >= 'a' && s[q] <= 'z')
            j = q;
    }
    if ((j >= n || s[j] == '\n') && !push_break(lx, i, i + 1))
        return LEX_FAIL;
    /* Mid-line, a mark between words, so that a cue ("menos de") is not
     * read across it ("un 9,22% menos: de 1.496"). */
    /* So too after a period when words follow ("se triplicaron entre
     * 2023 y 2025: de 804 casos"); before a figure, a period and a colon
     * label it ("2024: 583"). */
    bool after_period = lx->n_t > 0 && lx->t[lx->n_t - 1].kind == TK_PERIOD &&
                        j < n && ((s[j] >= 'a' && s[j] <= 'z') ||
                                  (unsigned char)s[j] >= 0xC3);
    if (j < n && s[j] != '\n' && lx->n_t > 0 &&
        (lx->t[lx->n_t - 1].kind == TK_WORD || after_period)) {
        tok *t = push(lx, TK_PUNCT, i, i + 1);
        if (t == NULL)
            return LEX_FAIL;
        t->w[0] = ':';
    }
    return lex_took_to(p, i + 1);
}

/* Pushes a mark of 'len' bytes at the place as the one-character mark
 * 'as', and steps over it. */
static lex_step lex_mark_as(lexer *lx, lex_pos *p, size_t len, char as)
{
    tok *t = push(lx, TK_PUNCT, p->i, p->i + len);
    if (t == NULL)
        return LEX_FAIL;
    t->w[0] = as;
    return lex_took_to(p, p->i + len);
}

/* The length of an arrow at s[i]: "->", "→", "⇒" or "®" (an arrow
 * glyph as some PDFs' fonts extract it); 0 when there is none. */
static size_t arrow_len(const char *s, size_t n, size_t i)
{
    if (n - i >= 2 && s[i] == '-' && s[i + 1] == '>')
        return 2;
    if (n - i >= 2 && memcmp(s + i, "\xC2\xAE", 2) == 0)
        return 2;
    if (n - i >= 3 && (memcmp(s + i, "\xE2\x86\x92", 3) == 0 ||
                       memcmp(s + i, "\xE2\x87\x92", 3) == 0))
        return 3;
    return 0;
}

/* Marks the patterns read: brackets and commas, a rate's slash ("per"),
 * the operators of arithmetic written out ('='), dashes ('-'). */
static lex_step lex_punct(lexer *lx, lex_pos *p)
{
    const char *s = lx->s;
    size_t n = lx->n, i = p->i;
    unsigned char c = (unsigned char)s[i];
    if (c == '(' || c == ')' || c == ',')
        return lex_mark_as(lx, p, 1, (char)c);
    /* "394/100,000": a rate and its base.  Only a power of ten is a
     * base, so that a date ("14/03/2024", "10/10/2023") is not read as a
     * rate. */
    if (c == '/' && lx->n_t > 0 && lx->t[lx->n_t - 1].kind == TK_NUM &&
        lx->t[lx->n_t - 1].end == i && slash_base_at(s, n, i + 1)) {
        tok *t = push(lx, TK_WORD, i, i + 1);
        if (t == NULL)
            return LEX_FAIL;
        memcpy(t->w, "per", 4);
        return lex_took_to(p, i + 1);
    }
    /* Arithmetic written out ("2,109.9 / 2,209.8 - 1 = -4.5%") is not a
     * table row: operators separate the figures.  The token covers the
     * first byte of the operator only. */
    if (c == '/' || c == '=' ||
        (n - i >= 2 && (memcmp(s + i, "\xC3\x97", 2) == 0 ||
                        memcmp(s + i, "\xC3\xB7", 2) == 0)) ||
        (n - i >= 3 && memcmp(s + i, minus_sign, 3) == 0)) {
        tok *t = push(lx, TK_PUNCT, i, i + 1);
        if (t == NULL)
            return LEX_FAIL;
        t->w[0] = '=';
        size_t len = c == '/' || c == '=' ? 1 : c == 0xC3 ? 2 : 3;
        return lex_took_to(p, i + len);
    }
    /* "(129,449 → 138,710)", "129,449 -> 138,710", or a PDF's arrow
     * glyph come through as "®": after a figure, an arrow reads "to". */
    size_t a = arrow_len(s, n, i);
    if (a > 0 && lx->n_t > 0 && lx->t[lx->n_t - 1].kind == TK_NUM) {
        tok *t = push(lx, TK_WORD, i, i + a);
        if (t == NULL)
            return LEX_FAIL;
        memcpy(t->w, "to", 3);
        return lex_took_to(p, i + a);
    }
    size_t k = dash_len(s, n, i);
    bool neg;
    if (k > 0 && spaced_sign_len(s, n, i, &neg) == 0)
        return lex_mark_as(lx, p, k, '-');
    return LEX_NONE;
}

/* Reads tokens (see ct_claim_find_text for what is read) up to the end
 * of the next sentence, which it pushes; at the end of the text sets
 * 'done'.  Each byte goes to the first step that takes it, in this
 * order; a byte none takes is skipped. */
static bool lex_sentence(lexer *lx)
{
    const char *s = lx->s;
    size_t n = lx->n;
    lex_pos p = {lx->i, lx->line_start, lx->heading, lx->table_row};
    size_t mark = lx->n_t;
    while (p.i < n) {
        if (lx->n_t > mark && lx->t[lx->n_t - 1].kind == TK_BREAK)
            break;
        if (lx->since_break >= MAX_SENTENCE_TOKENS &&
            !push_break(lx, p.i, p.i))
            return false;
        lex_step r = lex_blank(lx, &p);
        if (r == LEX_NONE && p.line_start)
            r = lex_line_start(lx, &p);
        if (r == LEX_NONE)
            r = lex_skipped(lx, &p);
        if (r == LEX_NONE && number_starts(s, n, p.i))
            r = lex_took(lex_number(lx, &p.i));
        if (r == LEX_NONE)
            r = lex_sentence_mark(lx, &p);
        if (r == LEX_NONE && is_letter_at(s, n, p.i))
            r = lex_took(lex_word(lx, &p.i));
        if (r == LEX_NONE)
            r = lex_punct(lx, &p);
        if (r == LEX_FAIL)
            return false;
        if (r == LEX_NONE)
            p.i++;
    }
    lx->i = p.i;
    lx->line_start = p.line_start;
    lx->heading = p.heading;
    lx->table_row = p.table_row;
    if (p.i >= n) {
        lx->done = true;
        return push_break_as(lx, n, n, true);
    }
    return true;
}

/* ---- cues: a language's words read as the patterns' ------------------ */

enum { MAX_CUE_WORDS = 8 };

/* Splits a phrase at its spaces into at most MAX_CUE_WORDS words. */
static size_t cue_words(const char *p, char w[][24])
{
    size_t n = 0;
    while (*p && n < MAX_CUE_WORDS) {
        size_t k = strcspn(p, " ");
        bprintf(w[n++], 24, "%.*s", (int)k, p);
        p += k;
        while (*p == ' ')
            p++;
    }
    return n;
}

/* Whether the phrase's words are at token i ('#' a number, with its
 * period: "de 4.961 en 2015 a 4.646"); sets the token of each word. */
static bool cue_at(const tok *t, size_t i, size_t e, char w[][24],
                   size_t n, size_t *at)
{
    size_t k = i;
    for (size_t j = 0; j < n; j++) {
        if (k >= e)
            return false;
        if (strcmp(w[j], "*") == 0) {
            /* "de 52.739 frente a 53.528": a word that compares two
             * figures is no noun between "de #" and "a #". */
            static const char *const compare_words[] = {
                "frente", "respecto", "comparación", "comparado",
                "contra", "relación", "versus", NULL
            };
            if (t[k].kind != TK_WORD || in_list(t[k].w, compare_words))
                return false;
            at[j] = k++;
            continue;
        }
        if (strcmp(w[j], "#") == 0) {
            if (t[k].kind != TK_NUM)
                return false;
            at[j] = k++;
            if (k + 1 < e && t[k].kind == TK_WORD &&
                (strcmp(t[k].w, "en") == 0 || strcmp(t[k].w, "in") == 0) &&
                t[k + 1].kind == TK_PERIOD)
                k += 2;
            continue;
        }
        if (t[k].kind != TK_WORD || strcmp(t[k].w, w[j]) != 0)
            return false;
        at[j] = k++;
    }
    return true;
}

/* The word the patterns read for word w by the language's word cues, or
 * NULL. */
static const char *word_cue_of(const lang_table *lang, const char *w)
{
    for (const word_cue *c = lang->word_cues; c != NULL && c->canon != NULL;
         c++)
        if (in_list(w, c->words))
            return c->canon;
    return NULL;
}

static const char *const up_words[] = {
    "increase", "increased", "increases", "increasing", "rise", "rises",
    "rose", "risen", "rising", "up", "higher", "more", "grew", "grown",
    "growth", "climbed", "climb", "jumped", "jump", "soared", "gain",
    "gained", "surge", "surged", "upward", "greater", "spike", "spiked",
    "jumps", "climbs", "climbed", "soar", "soars", "soaring", "rocketed",
    "leapt", "leaped", "leap", "escalated", "hike", "hiked", "uptick",
    "swelled", "ballooned", "spiralled", "spiraled", "surging", "jumping",
    "climbing", "growing", "skyrocketed", "skyrocketing", "upturn",
    "upswing",
    /* "the actual figure is almost 70 per cent worse than we thought":
     * of crime, worse is more */
    "worse", NULL
};

static const char *const down_words[] = {
    "decrease", "decreased", "decreases", "decreasing", "fall", "falls",
    "fell", "fallen", "falling", "down", "lower", "fewer", "less", "drop",
    "dropped", "drops", "decline", "declined", "declines", "declining",
    "reduction", "reduced", "reductions", "cut", "dipped", "dip", "shrank",
    "downward", "plunged", "plummeted", "plunge", "plummet", "slumped",
    "slump", "tumbled", "slid", "slipped", "eased", "dropping", "dips",
    "lowered", "shrunk", "downturn", "sank", "reducing", "lessened",
    "dwindled", "waned", NULL
};

int64_t ctp_lex_count_of(const tok *t)
{
    if (t->kind == TK_WORD)
        return number_word_value(t->w);
    if (t->kind != TK_NUM || t->fig.is_percent || t->fig.value.scale != 0 ||
        t->fig.exp10 != 0)
        return 0;
    return t->fig.value.digits;
}

/* +1, -1 for a direction word, 0 otherwise. */
int ctp_lex_word_direction(const tok *t)
{
    if (t->kind != TK_WORD)
        return 0;
    if (in_list(t->w, up_words))
        return 1;
    if (in_list(t->w, down_words))
        return -1;
    return 0;
}

/* The token of "punto" or "point" when token i begins "medio punto" or
 * "half a point"; 0 when it does not. */
static size_t half_point(const tok *t, size_t i, size_t e)
{
    if (!is_word(&t[i], "medio") && !is_word(&t[i], "half"))
        return 0;
    size_t k = i + 1;
    if (k < e && is_word(&t[k], "a"))
        k++;
    return k < e && (is_word(&t[k], "punto") || is_word(&t[k], "point"))
               ? k : 0;
}

/* Makes token t, whose text begins at 'off', the figure digits /
 * 10^scale read from words ("medio", "un"). */
static void figure_in_words(tok *t, size_t off, int64_t digits, int scale)
{
    size_t end = t->end;
    memset(t, 0, sizeof *t);
    t->kind = TK_NUM;
    t->off = off;
    t->end = end;
    t->per = t->at = -1;
    t->fig.is_set = true;
    t->fig.value.digits = digits;
    t->fig.value.scale = scale;
}

/* "casi cinco puntos más que el de los varones", "up 3 points": a
 * figure followed by "points" alone is a change in percentage points
 * (not "puntos de venta", "points of entry").  Returns whether a word was
 * dropped. */
static bool mark_points(tok *t, size_t s, size_t e)
{
    static const char *const points[] = {
        "puntos", "punto", "points", "point", NULL
    };
    bool dropped = false;
    for (size_t i = s; i + 1 < e; i++) {
        /* "medio punto por debajo", "half a point": the word before the
         * point becomes the figure 0.5, its text from "half" on. */
        size_t pt = half_point(t, i, e);
        if (pt > 0) {
            size_t off = t[i].off;
            for (size_t k = i; k + 1 < pt; k++)
                t[k].w[0] = '\0';
            i = pt - 1;
            figure_in_words(&t[i], off, 5, 1);
            dropped = true;
        }
        /* "un punto por encima de la media nacional" (the cue table has
         * read "un" as "a"), "one point higher": one, in words ("un
         * punto de venta" is a place, "a punto de" about to). */
        if (((is_word(&t[i], "a") && is_word(&t[i + 1], "punto")) ||
             (is_word(&t[i], "one") && is_word(&t[i + 1], "point"))) &&
            !(i + 2 < e && is_word(&t[i + 2], "of")))
            figure_in_words(&t[i], t[i].off, 1, 0);
        if (t[i].kind != TK_NUM || t[i].fig.is_percent || t[i].per >= 0 ||
            t[i + 1].kind != TK_WORD ||
            !in_list(t[i + 1].w, points) ||
            (i + 2 < e && is_word(&t[i + 2], "of")))
            continue;
        t[i].fig.is_percent = t[i].fig.is_points = true;
        t[i].fig.is_exact = false;
        t[i].alt.is_set = false;
        t[i].end = t[i + 1].end;
        t[i + 1].w[0] = '\0';
        dropped = true;
    }
    return dropped;
}

/* Token i, a figure, becomes the per cent change its factor f states:
 * 100 (f - 1), standing for the interval of the printed factor ("2,5"
 * is 2.45 to 2.55, so 145% to 155%).  False when it is no plain factor
 * above one. */
static bool factor_as_change(tok *t)
{
    ct_claim_figure *f = &t->fig;
    if (f->is_percent || f->exp10 != 0 || f->value.negative ||
        f->value.scale > 2)
        return false;
    int64_t one = f->value.scale == 0 ? 1 : f->value.scale == 1 ? 10 : 100;
    if (f->value.digits <= one)
        return false;
    f->value.digits -= one;
    f->exp10 = 2;
    f->is_percent = true;
    f->is_exact = false;
    t->alt.is_set = false;
    t->sign = 1;
    return true;
}

/* Hedge words before a figure: "nearly", "about", "over"; "more than"
 * and "less than" are read as a pair. */
ct_claim_hedge ctp_lex_hedge_word(const tok *t)
{
    static const char *const near[] = {
        "about", "around", "approximately", "roughly", "some", "circa",
        "approx", "c", "ca", "estimated", "near", NULL
    };
    static const char *const below[] = {
        "nearly", "almost", "under", "practically", "virtually", NULL
    };
    static const char *const above[] = {"over", NULL};
    if (t->kind != TK_WORD)
        return CT_CLAIM_HEDGE_NONE;
    if (in_list(t->w, near))
        return CT_CLAIM_HEDGE_NEAR;
    if (in_list(t->w, below))
        return CT_CLAIM_HEDGE_BELOW;
    if (in_list(t->w, above))
        return CT_CLAIM_HEDGE_ABOVE;
    return CT_CLAIM_HEDGE_NONE;
}

/* "se multiplica por 2,5", "multiplied by 3", "a 2.5-fold increase": a
 * factor in digits is a rise of 100 (f - 1) per cent; the verb is read
 * "rose" and "-fold" is dropped.  Returns whether a word was dropped. */
static bool mark_multiples(tok *t, size_t s, size_t e)
{
    bool dropped = false;
    for (size_t i = s; i < e; i++) {
        if (t[i].kind != TK_NUM)
            continue;
        /* "se ha multiplicado por más de cinco": "more than" between
         * "by" and the factor bounds it from below. */
        size_t y = i;
        if (i >= s + 4 && is_word(&t[i - 1], "than") &&
            is_word(&t[i - 2], "more") && t[i - 4].kind == TK_WORD &&
            in_list(t[i - 4].w, multiply_words))
            y = i - 2;
        if (y >= s + 2 && t[y - 2].kind == TK_WORD &&
            in_list(t[y - 2].w, multiply_words) &&
            (is_word(&t[y - 1], "by") || is_word(&t[y - 1], "per") ||
             is_word(&t[y - 1], "por")) && factor_as_change(&t[i])) {
            memcpy(t[y - 2].w, "rose", 5);
            memcpy(t[y - 1].w, "by", 3);
            if (y != i) {
                t[i - 2].w[0] = t[i - 1].w[0] = '\0';
                t[i].hedge = CT_CLAIM_HEDGE_ABOVE;
                dropped = true;
            }
            /* "casi se multiplicaron por tres": the hedge before the
             * verb bounds the factor. */
            size_t h = y - 2;
            while (h > s && t[h - 1].kind == TK_WORD && t[h - 1].w[0] == '\0')
                h--;
            if (h > s && t[i].hedge == CT_CLAIM_HEDGE_NONE)
                t[i].hedge = ctp_lex_hedge_word(&t[h - 1]);
            continue;
        }
        /* "se había multiplicado casi por 13": the hedge between the
         * verb and "by" bounds the factor. */
        if (i >= s + 3 && t[i - 3].kind == TK_WORD &&
            in_list(t[i - 3].w, multiply_words) && t[i - 2].kind == TK_WORD &&
            ctp_lex_hedge_word(&t[i - 2]) != CT_CLAIM_HEDGE_NONE &&
            (is_word(&t[i - 1], "by") || is_word(&t[i - 1], "per") ||
             is_word(&t[i - 1], "por")) &&
            factor_as_change(&t[i])) {
            if (t[i].hedge == CT_CLAIM_HEDGE_NONE)
                t[i].hedge = ctp_lex_hedge_word(&t[i - 2]);
            memcpy(t[i - 3].w, "rose", 5);
            t[i - 2].w[0] = '\0';
            memcpy(t[i - 1].w, "by", 3);
            dropped = true;
            continue;
        }
        size_t f = i + 1;
        /* "168.65 delitos ..., cifra más de nueve veces menor a la
         * registrada a nivel nacional de 1,518.86": the figure compared
         * with is the larger, so it is read as the level the rise
         * reaches ("rose ... to"), the figure before as the one it rose
         * from. */
        if (f + 2 < e && (is_word(&t[f], "times") || is_word(&t[f], "veces")) &&
            t[f + 1].kind == TK_WORD && in_list(t[f + 1].w, times_lower) &&
            (is_word(&t[f + 2], "than") || is_word(&t[f + 2], "que") ||
             is_word(&t[f + 2], "a") || is_word(&t[f + 2], "al") ||
             is_word(&t[f + 2], "del") || is_word(&t[f + 2], "to") ||
             (is_word(&t[f + 2], "compared") && f + 3 < e &&
              is_word(&t[f + 3], "with"))) &&
            factor_as_change(&t[i])) {
            memcpy(t[f].w, "rose", 5);
            t[f + 1].w[0] = '\0';
            if (is_word(&t[f + 2], "compared"))
                t[f + 3].w[0] = '\0';
            memcpy(t[f + 2].w, "to", 3);
            dropped = true;
            continue;
        }
        if (f + 1 < e && (is_word(&t[f], "times") || is_word(&t[f], "veces")) &&
            t[f + 1].kind == TK_WORD && in_list(t[f + 1].w, times_words) &&
            factor_as_change(&t[i])) {
            /* "five times higher than": the factor stays the figure and
             * "times" is read as a rise, so that "than" names the figure
             * compared with. */
            memcpy(t[f].w, "rose", 5);
            t[f + 1].w[0] = '\0';
            dropped = true;
            continue;
        }
        /* "an increase of almost 12 times": a noun of change, "of" and
         * the factor, with perhaps a hedge between. */
        size_t o = i;
        if (o > s && t[o - 1].kind == TK_WORD && !is_word(&t[o - 1], "of"))
            o--;
        int64_t factor = t[i].fig.value.digits;
        if (f < e && (is_word(&t[f], "times") || is_word(&t[f], "veces")) &&
            o >= s + 2 && is_word(&t[o - 1], "of") &&
            ctp_lex_word_direction(&t[o - 2]) > 0 && factor_as_change(&t[i])) {
            /* ... which may also be read as a rise of 1,200%: the factor
             * itself, in the same hundreds. */
            t[i].alt = t[i].fig;
            t[i].alt.value.digits = factor;
            t[f].w[0] = '\0';
            dropped = true;
            continue;
        }
        /* "more than six times the homicide rate of non-Indigenous
         * people": the factor, then what it multiplies, which the words
         * after "the" name as "twice the" does. */
        if (f + 1 < e && (is_word(&t[f], "times") || is_word(&t[f], "veces")) &&
            (is_word(&t[f + 1], "the") || is_word(&t[f + 1], "that")) &&
            t[i].fig.value.scale == 0 && t[i].fig.value.digits >= 3 &&
            factor_as_change(&t[i])) {
            t[i].words = true;
            t[f].w[0] = '\0';
            dropped = true;
            continue;
        }
        /* "increased by approximately one and a half times": "by" and
         * the factor after a verb of rise, read as the factor (+50%) or
         * as a rise of that many times (+150%). */
        size_t b = i;
        if (b > s && t[b - 1].kind == TK_WORD &&
            ctp_lex_hedge_word(&t[b - 1]) != CT_CLAIM_HEDGE_NONE)
            b--;
        /* "el robo de autopartes repuntó 6.5 veces": so too right after
         * the verb. */
        bool by = b >= s + 2 && is_word(&t[b - 1], "by") &&
                  ctp_lex_word_direction(&t[b - 2]) > 0;
        bool verb = b >= s + 1 && t[b - 1].kind == TK_WORD &&
                    ctp_lex_word_direction(&t[b - 1]) > 0 &&
                    !is_word(&t[b - 1], "more") && !is_word(&t[b - 1], "up");
        if (f < e && (is_word(&t[f], "times") || is_word(&t[f], "veces")) &&
            (by || verb) && factor_as_change(&t[i])) {
            t[i].alt = t[i].fig;
            t[i].alt.value.digits = factor;
            t[f].w[0] = '\0';
            dropped = true;
            continue;
        }
        if (f < e && is_punct(&t[f], '-'))
            f++;
        if (f < e && is_word(&t[f], "fold") && factor_as_change(&t[i])) {
            for (size_t q = i + 1; q <= f; q++) {
                t[q].kind = TK_WORD;
                t[q].w[0] = '\0';
            }
            dropped = true;
        }
    }
    return dropped;
}

/* "570 homicidios, cifra que bajó a 560": "que" before a verb of change
 * is "that", not "than". */
static void reread_relative_que(lexer *lx, size_t s, size_t e)
{
    tok *t = lx->t;
    for (size_t i = s; i + 1 < e; i++)
        if (is_word(&t[i], "than") && ctp_lex_word_direction(&t[i + 1]) != 0 &&
            ctp_claim_starts_word(lx->s + t[i].off, lx->n - t[i].off, "que"))
            memcpy(t[i].w, "that", 5);
}

/* The words right after a percentage.  Returns whether one was dropped. */
static bool reread_after_percent(lexer *lx, size_t s, size_t e)
{
    tok *t = lx->t;
    bool dropped = false;
    for (size_t i = s; i + 1 < e; i++) {
        if (!(t[i].kind == TK_NUM && t[i].fig.is_percent))
            continue;
        /* "205% más de casos": "más de" and a noun is "more" of it, not
         * "more than" ("36% más de los 16.272", "40% más de las que
         * hubo"). */
        if (i + 3 < e && (is_word(&t[i + 1], "more") ||
                          is_word(&t[i + 1], "fewer")) &&
            is_word(&t[i + 2], "than") &&
            ctp_claim_starts_word(lx->s + t[i + 2].off, lx->n - t[i + 2].off,
                                  "de") &&
            t[i + 3].kind == TK_WORD && !is_word(&t[i + 3], "the") &&
            !is_word(&t[i + 3], "those") && !is_word(&t[i + 3], "lo"))
            memcpy(t[i + 2].w, "of", 3);
        /* "34% below the national average": "below" and "above" say the
         * direction; before a percentage they are hedges. */
        if (is_word(&t[i + 1], "below"))
            memcpy(t[i + 1].w, "lower", 6);
        else if (is_word(&t[i + 1], "above"))
            memcpy(t[i + 1].w, "higher", 7);
        /* "un 7,6% de subida" read "a 7.6% of increase" is no share: it
         * is "a 7.6% increase". */
        if (i + 2 < e && is_word(&t[i + 1], "of") &&
            (is_word(&t[i + 2], "increase") || is_word(&t[i + 2], "decrease"))) {
            t[i + 1].w[0] = '\0';
            dropped = true;
        }
    }
    return dropped;
}

/* "99.413 sobre las 606.895": "sobre" between two figures is "out of";
 * elsewhere it is "about" a subject. */
static void reread_sobre(tok *t, size_t s, size_t e)
{
    for (size_t i = s; i + 2 < e; i++)
        if (t[i].kind == TK_NUM && is_word(&t[i + 1], "sobre") &&
            (t[i + 2].kind == TK_NUM ||
             (i + 3 < e && t[i + 3].kind == TK_NUM &&
              is_word(&t[i + 2], "the"))))
            memcpy(t[i + 1].w, "of", 3);
}

/* "descendió un 3,4% hasta los 869 casos": "hasta" before a count is
 * "to"; before a percentage it is a bound ("hasta un 9%") and before a
 * date "until", and stays as it is. */
static void reread_hasta(tok *t, size_t s, size_t e)
{
    for (size_t i = s; i + 1 < e; i++) {
        if (!is_word(&t[i], "hasta"))
            continue;
        size_t k = i + 1;
        if (k + 1 < e && is_word(&t[k], "the"))
            k++;
        if (t[k].kind == TK_NUM && !t[k].label && !t[k].fig.is_percent &&
            t[k].per < 0)
            memcpy(t[i].w, "to", 3);
    }
}

/* "un aumento ... en un 10% -1.259 frente a 1.136 en 2017-": after a
 * percentage a dash sets the figures off; a count is never negative
 * there. */
static void unsign_after_percent(tok *t, size_t s, size_t e)
{
    for (size_t i = s + 1; i < e; i++)
        if (t[i].kind == TK_NUM && t[i].sign < 0 && t[i].fig.is_exact &&
            !t[i].fig.is_percent && t[i - 1].kind == TK_NUM &&
            t[i - 1].fig.is_percent) {
            t[i].sign = 0;
            t[i].fig.value.negative = false;
        }
}

/* Figure i becomes a percentage like 'like', its sign left off. */
static void make_percent(tok *t, const ct_claim_figure *like)
{
    t->fig.is_percent = true;
    t->fig.is_points = like->is_points;
    t->fig.is_exact = false;
    t->alt.is_set = false;
}

/* "where there have been 78 and 36 per cent decreases": two whole
 * figures joined by "and" alone, the second a percentage at token i,
 * are both percentages, unless they bound a range ("between 5 and 10
 * per cent") or the first is no share of a hundred.  Makes the first a
 * percentage when they are. */
static void two_whole_percents(tok *t, size_t s, size_t i)
{
    if (i < s + 2 || !(is_word(&t[i - 1], "and") || is_word(&t[i - 1], "y")))
        return;
    tok *f = &t[i - 2];
    if (f->kind != TK_NUM || f->fig.is_percent || f->per >= 0 || f->label ||
        f->fig.exp10 != 0 || f->fig.value.scale != 0 || f->sign != 0 ||
        f->fig.value.digits > 100 || f->words)
        return;
    if (i >= s + 3) {
        const tok *b = &t[i - 3];
        if (b->kind == TK_NUM || is_word(b, "between") || is_word(b, "from") ||
            is_word(b, "to") || is_word(b, "entre"))
            return;
    }
    make_percent(f, &t[i].fig);
}

/* "increased 4.2, 16.1 and 14.3 per cent, respectively", "del 8,4 y
 * 8,7%": figures listed before a percentage, printed with the same
 * decimals, share its sign. */
static void percent_of_list(tok *t, size_t s, size_t e)
{
    for (size_t i = e; i-- > s + 2;) {
        /* "aumentando 46 y 53% respectivamente": whole figures too when
         * "respectively" says they are a list. */
        size_t r = i + 1 < e && is_punct(&t[i + 1], ',') ? i + 2 : i + 1;
        bool respectively = r < e && is_word(&t[r], "respectively");
        if (t[i].kind != TK_NUM || !t[i].fig.is_percent || t[i].words)
            continue;
        if (t[i].fig.value.scale == 0 && !respectively) {
            two_whole_percents(t, s, i);
            continue;
        }
        /* "con ascensos del 50 y el 28,6%, respectivamente": with
         * "respectively" the list may print its figures unalike and
         * give each an article. */
        size_t k = i;
        for (;;) {
            size_t a = k;
            /* "del 19.8 y del 46.8 por ciento": "del" reads "of". */
            if (respectively && a >= s + 3 &&
                (is_word(&t[a - 1], "the") || is_word(&t[a - 1], "of")))
                a--;
            if (a < s + 2 ||
                !(is_punct(&t[a - 1], ',') || is_word(&t[a - 1], "and") ||
                  is_word(&t[a - 1], "or")))
                break;
            tok *f = &t[a - 2];
            if (f->kind != TK_NUM || f->fig.is_percent || f->per >= 0 ||
                f->label || f->fig.exp10 != 0 ||
                (f->fig.value.scale != t[i].fig.value.scale &&
                 !respectively))
                break;
            make_percent(f, &t[i].fig);
            k = a - 2;
        }
    }
}

/* "..., un 4,1 por ciento menos, y la de hurtos, un 6,4 al pasar de": a
 * figure with decimals after "un", in a list of percentages printed
 * alike, is one of them with its sign left off. */
static void percent_after_un(tok *t, size_t s, size_t e)
{
    /* "ascendió un 7,9": "amounted to" too, so no direction of its own. */
    static const char *const rose[] = {
        "ascendió", "ascendieron", "ascendido", NULL
    };
    for (size_t i = s + 1; i < e; i++) {
        if (t[i].kind != TK_NUM || t[i].fig.is_percent || t[i].per >= 0 ||
            t[i].fig.value.scale == 0 || t[i].fig.exp10 != 0 ||
            !is_word(&t[i - 1], "a"))
            continue;
        /* What follows the figure: "al pasar de" ("thereby from"); a
         * span of time after a verb of change before "un" ("la de hurtos
         * ascendió un 7,9 entre 2017 y 2018"); a noun of change ("a 5.8
         * decrease"); or no word at all. */
        bool thereby = i + 2 < e && is_word(&t[i + 1], "thereby") &&
                       is_word(&t[i + 2], "from");
        bool changed = i >= s + 2 &&
                       (ctp_lex_word_direction(&t[i - 2]) != 0 ||
                        (t[i - 2].kind == TK_WORD &&
                         in_list(t[i - 2].w, rose))) &&
                       i + 1 < e && (is_word(&t[i + 1], "between") ||
                                     is_word(&t[i + 1], "entre"));
        bool noun = i + 1 < e && ctp_lex_word_direction(&t[i + 1]) != 0;
        /* "bajó un 5,1% en la ciudad naval y un 5,5 en el municipio
         * vecino": after "and a", the next item of a list whose first is
         * a percentage printed alike, a few words before. */
        int listed = -1;
        for (size_t q = i - 1; i >= s + 2 && is_word(&t[i - 2], "and") &&
                               q-- > s && i - q <= 10;)
            if (t[q].kind == TK_NUM) {
                if (t[q].fig.is_percent && !t[q].fig.is_points &&
                    t[q].fig.value.scale == t[i].fig.value.scale)
                    listed = (int)q;
                break;
            }
        if (listed >= 0) {
            make_percent(&t[i], &t[listed].fig);
            continue;
        }
        if (i + 1 < e && t[i + 1].kind == TK_WORD && !changed && !noun &&
            !is_word(&t[i + 1], "thereby") && !is_word(&t[i + 1], "from"))
            continue;
        /* The percentages printed alike: two in the sentence, or, with a
         * cue after the figure, one there or in the sentence before
         * ("El primero ha subido un 14,5 por ciento ... El de hurtos ...
         * lo ha hecho un 3,4 al pasar de 1.126 a 1.164"). */
        int like = -1, n = 0, before = 0;
        for (size_t q = 0; q < i; q++)
            if (t[q].kind == TK_NUM && t[q].fig.is_percent &&
                !t[q].fig.is_points &&
                t[q].fig.value.scale == t[i].fig.value.scale) {
                like = (int)q;
                if (q >= s)
                    n++;
                else
                    before++;
            }
        if (n >= 2 || ((thereby || changed || noun) && n + before >= 1))
            make_percent(&t[i], &t[like].fig);
    }
}

/* Whether the bracket opened before token p closes right after the
 * percentage there, or after a count beside it: "(32%)", "(26% or
 * 184,549)". */
static bool bracket_closes_after(const tok *t, size_t p, size_t e)
{
    if (p + 1 < e && is_punct(&t[p + 1], ')'))
        return true;
    return p + 3 < e &&
           (is_word(&t[p + 1], "or") || is_punct(&t[p + 1], ',')) &&
           t[p + 2].kind == TK_NUM && !t[p + 2].fig.is_percent &&
           is_punct(&t[p + 3], ')');
}

/* "a decrease of almost a third (32%)", "a decline of roughly a quarter
 * (26% or 184,549)": the printed percentage is the claim, the fraction in
 * words only says it roughly.  Returns whether a token was dropped. */
static bool drop_words_before_percent(tok *t, size_t s, size_t e)
{
    bool dropped = false;
    for (size_t i = s; i + 3 < e; i++)
        if (t[i].kind == TK_NUM && t[i].words && is_punct(&t[i + 1], '(') &&
            t[i + 2].kind == TK_NUM && t[i + 2].fig.is_percent &&
            !t[i + 2].words && bracket_closes_after(t, i + 2, e)) {
            t[i].kind = TK_WORD;
            t[i].w[0] = '\0';
            dropped = true;
        }
    return dropped;
}

/* "Of these, 64 (34%) were solved", "De estas muertes el 34 % (64
 * casos)": opening a sentence, "of these" names the whole before as "of
 * which" does ("21 per cent of those (112,432)" elsewhere is a share of
 * its own). */
/* Where the "of" that opens a sentence stands: "Of these", "Out of
 * these", "Most of these", "A bulk of these cases", "The majority of
 * these". */
size_t ctp_lex_opening_of_at(const tok *t, size_t s, size_t e)
{
    static const char *const most[] = {"out", "most", "many", NULL};
    static const char *const bulk[] = {"bulk", "majority", NULL};
    if (s + 2 < e && (is_word(&t[s], "a") || is_word(&t[s], "the")) &&
        t[s + 1].kind == TK_WORD && in_list(t[s + 1].w, bulk) &&
        is_word(&t[s + 2], "of"))
        return s + 2;
    if (s + 1 < e && t[s].kind == TK_WORD && in_list(t[s].w, most))
        return s + 1;
    return s;
}

static void opening_of_these(tok *t, size_t s, size_t e)
{
    /* "Among them, 3,725, or 40.4 percent, were students", "Entre ellos,
     * 63": "among" a whole just named reads as "of" it. */
    if (s + 2 < e && (is_word(&t[s], "among") || is_word(&t[s], "entre")) &&
        (is_word(&t[s + 1], "them") || is_word(&t[s + 1], "these") ||
         is_word(&t[s + 1], "those") || is_word(&t[s + 1], "ellos") ||
         is_word(&t[s + 1], "ellas")) &&
        is_punct(&t[s + 2], ',')) {
        memcpy(t[s].w, "of", 3);
        memcpy(t[s + 1].w, "which", 6);
        return;
    }
    size_t o = ctp_lex_opening_of_at(t, s, e);
    if (o + 1 < e && is_word(&t[o], "of") &&
        (is_word(&t[o + 1], "these") || is_word(&t[o + 1], "those") ||
         is_word(&t[o + 1], "estos") || is_word(&t[o + 1], "estas")) &&
        /* "De estas 159 violaciones, 62 ...": the whole is named. */
        !(o + 2 < e && t[o + 2].kind == TK_NUM))
        memcpy(t[o + 1].w, "which", 6);
    /* "De esta cifra, el 69% son ...", "Of this total, 40% were": the
     * whole is the figure just given. */
    static const char *const pointing[] = {
        "this", "that", "esta", "esa", "este", "ese", NULL
    };
    static const char *const whole[] = {
        "figure", "total", "number", "cifra", "número", NULL
    };
    if (o + 3 < e && is_word(&t[o], "of") && t[o + 1].kind == TK_WORD &&
        in_list(t[o + 1].w, pointing) && t[o + 2].kind == TK_WORD &&
        in_list(t[o + 2].w, whole) && t[o + 3].kind == TK_PUNCT &&
        t[o + 3].w[0] == ',')
        memcpy(t[o + 1].w, "which", 6);
}

/* Words that name a whole already given: "of these", "de estos". */
const char *const ctp_lex_whole_before[] = {
    "these", "those", "them", "estos", "estas", "ellos", "ellas", NULL
};

/* "de los cuales 441 –el 85%- están relacionados": dashes around a
 * count's share stand for brackets. */
static void dashes_as_brackets(tok *t, size_t s, size_t e)
{
    for (size_t i = s + 1; i + 2 < e; i++) {
        if (t[i - 1].kind != TK_NUM || t[i - 1].fig.is_percent ||
            !is_punct(&t[i], '-'))
            continue;
        size_t p = i + 1;
        if (is_word(&t[p], "the") || is_word(&t[p], "a"))
            p++;
        if (p + 1 < e && t[p].kind == TK_NUM && t[p].fig.is_percent &&
            is_punct(&t[p + 1], '-')) {
            t[i].w[0] = '(';
            t[p + 1].w[0] = ')';
        }
    }
    /* "almost 20 per cent of these - 44,364 - recorded in Gwent": so do
     * dashes around the part after the words naming the whole. */
    for (size_t i = s + 1; i + 2 < e; i++)
        if (t[i - 1].kind == TK_WORD &&
            in_list(t[i - 1].w, ctp_lex_whole_before) &&
            is_punct(&t[i], '-') && t[i + 1].kind == TK_NUM &&
            t[i + 1].fig.is_exact && !t[i + 1].fig.is_percent &&
            is_punct(&t[i + 2], '-')) {
            t[i].w[0] = '(';
            t[i + 2].w[0] = ')';
        }
}

/* "- 217 - the percentage increase of reported stalking cases": a
 * figure opening the line, a dash and "the percentage" and a word of
 * change is that change in per cent.  Returns whether words were
 * dropped. */
static bool figure_then_percentage(tok *t, size_t s, size_t e)
{
    if (s + 4 >= e || t[s].kind != TK_NUM || t[s].fig.is_percent ||
        !t[s].fig.is_exact || !is_punct(&t[s + 1], '-') ||
        !is_word(&t[s + 2], "the") || !is_word(&t[s + 3], "percentage") ||
        ctp_lex_word_direction(&t[s + 4]) == 0)
        return false;
    t[s].fig.is_percent = true;
    t[s].fig.is_exact = false;
    t[s].alt.is_set = false;
    t[s].label = false;
    for (size_t k = s + 1; k <= s + 3; k++) {
        t[k].kind = TK_WORD;
        t[k].w[0] = '\0';
    }
    return true;
}

/* "110.473 (el 80%)", "56 (un 65 por ciento)" are "110.473 (80%)" and
 * "56 (65%)".  Returns whether a word was dropped. */
static bool drop_article_in_bracket(tok *t, size_t s, size_t e)
{
    bool dropped = false;
    for (size_t i = s + 1; i + 2 < e; i++)
        if (t[i - 1].kind == TK_NUM && !t[i - 1].fig.is_percent &&
            is_punct(&t[i], '(') &&
            (is_word(&t[i + 1], "the") || is_word(&t[i + 1], "a")) &&
            t[i + 2].kind == TK_NUM && t[i + 2].fig.is_percent) {
            t[i + 1].w[0] = '\0';
            dropped = true;
        }
    return dropped;
}

const char *const ctp_lex_approx_words[] = {
    "about", "around", "approximately", "roughly", "some", "nearly",
    "almost", "circa", "approx", "c", "ca", "estimated", NULL
};

/* "33 per cent - about roughly 173 people - were": the part of a share
 * set off after its percentage, by dashes or brackets, with words of
 * approximation before it.  The words go (a part ending in zero is then
 * no longer exact) and the dashes become brackets.  Returns whether
 * words were dropped. */
static bool approximate_part(tok *t, size_t s, size_t e)
{
    bool dropped = false;
    for (size_t i = s; i + 4 < e; i++) {
        if (t[i].kind != TK_NUM || !t[i].fig.is_percent ||
            t[i].fig.is_points || t[i + 1].kind != TK_PUNCT ||
            (t[i + 1].w[0] != '(' && t[i + 1].w[0] != '-'))
            continue;
        char close = t[i + 1].w[0] == '(' ? ')' : '-';
        size_t q = i + 2, words = 0;
        while (q < e && words < 2 && t[q].kind == TK_WORD &&
               in_list(t[q].w, ctp_lex_approx_words))
            q++, words++;
        if (words == 0 || q >= e || t[q].kind != TK_NUM ||
            !t[q].fig.is_exact || t[q].fig.is_percent)
            continue;
        size_t c = q + 1;
        while (c < e && c <= q + 2 && t[c].kind == TK_WORD)
            c++;
        if (c >= e || !is_punct(&t[c], close))
            continue;
        for (size_t k = i + 2; k < q; k++)
            t[k].w[0] = '\0';
        if (t[q].fig.value.scale == 0 && t[q].fig.value.digits % 10 == 0)
            t[q].fig.is_exact = false;
        t[i + 1].w[0] = '(';
        t[c].w[0] = ')';
        dropped = true;
    }
    return dropped;
}

/* "una tasa de reducción porcentual de 13.2": a bare figure after
 * "porcentual de" is a percentage, however it is printed. */
static void percent_named_before(lexer *lx, size_t s, size_t e)
{
    tok *t = lx->t;
    for (size_t i = s + 2; i < e; i++) {
        if (t[i].kind != TK_NUM || t[i].fig.is_percent || t[i].label ||
            t[i].per >= 0 || t[i].fig.exp10 != 0 || !is_word(&t[i - 1], "of"))
            continue;
        const tok *w = &t[i - 2];
        if (w->kind == TK_WORD &&
            ctp_claim_starts_word(lx->s + w->off, lx->n - w->off,
                                  "porcentual")) {
            t[i].fig.is_percent = true;
            t[i].fig.is_exact = false;
            t[i].alt.is_set = false;
        }
    }
}

/* "There were over 1120 (1121) cases": a count said roughly, with the
 * exact one in brackets after it.  The rough one and the brackets go, so
 * the exact count stands in its place.  Returns whether words were
 * dropped. */
static bool exact_in_brackets(tok *t, size_t s, size_t e)
{
    bool dropped = false;
    for (size_t i = s + 1; i + 3 < e; i++) {
        if (t[i].kind != TK_NUM || t[i].fig.is_percent || t[i].per >= 0 ||
            t[i - 1].kind != TK_WORD ||
            /* "just under 750 (747)" */
            !(in_list(t[i - 1].w, ctp_lex_approx_words) || is_word(&t[i - 1], "over") ||
              is_word(&t[i - 1], "than") || is_word(&t[i - 1], "under")) ||
            !is_punct(&t[i + 1], '(') || t[i + 2].kind != TK_NUM ||
            !t[i + 2].fig.is_exact || t[i + 2].fig.is_percent ||
            !is_punct(&t[i + 3], ')') || t[i].fig.exp10 != 0 ||
            t[i + 2].fig.exp10 != 0 || t[i].fig.value.scale != 0)
            continue;
        int64_t a = t[i].fig.value.digits, b = t[i + 2].fig.value.digits;
        if (a <= 0 || (b > a ? b - a : a - b) * 10 > a)
            continue;
        t[i].kind = TK_WORD;
        t[i].w[0] = '\0';
        if (i >= s + 2 && is_word(&t[i - 1], "than") &&
            is_word(&t[i - 2], "more"))
            t[i - 2].w[0] = '\0';  /* "more than 1,100 (1,121)" */
        if (i >= s + 2 && is_word(&t[i - 1], "under") &&
            is_word(&t[i - 2], "just"))
            t[i - 2].w[0] = '\0';  /* "just under 750 (747)" */
        t[i - 1].w[0] = '\0';
        t[i + 1].kind = TK_WORD;
        t[i + 1].w[0] = '\0';
        t[i + 3].kind = TK_WORD;
        t[i + 3].w[0] = '\0';
        dropped = true;
    }
    return dropped;
}

/* "stands at seven (7)", "a reduction of five (5)": a number in words
 * said again in figures in brackets is the one figure, the digits'. */
static bool words_said_in_figures(const lexer *lx, tok *t, size_t s,
                                  size_t e)
{
    bool dropped = false;
    for (size_t i = s; i + 3 < e; i++) {
        if (!is_punct(&t[i + 1], '(') || t[i + 2].kind != TK_NUM ||
            !t[i + 2].fig.is_exact || t[i + 2].fig.is_percent ||
            t[i + 2].fig.value.scale != 0 || t[i + 2].fig.exp10 != 0 ||
            !is_punct(&t[i + 3], ')') ||
            !is_alpha((unsigned char)lx->s[t[i].off]))
            continue;
        char w[24];
        size_t k = 0;
        read_word_letters(lx->s, lx->n, t[i].off, w, sizeof w, &k);
        int v = number_word_value(w);
        if (v <= 0 || v != t[i + 2].fig.value.digits)
            continue;
        t[i].kind = t[i + 1].kind = t[i + 3].kind = TK_WORD;
        t[i].w[0] = t[i + 1].w[0] = t[i + 3].w[0] = '\0';
        dropped = true;
    }
    return dropped;
}

/* The readings the cue table alone cannot give, each by the words and
 * figures around a token, in this order.  Returns whether a token was
 * dropped (an empty word), for ctp_lex_apply_cues to close the gaps. */
static bool reread_tokens(lexer *lx, size_t s, size_t e)
{
    tok *t = lx->t;
    reread_relative_que(lx, s, e);
    dashes_as_brackets(t, s, e);
    bool dropped = approximate_part(t, s, e);
    dropped |= words_said_in_figures(lx, t, s, e);
    dropped |= exact_in_brackets(t, s, e);
    dropped |= reread_after_percent(lx, s, e);
    reread_sobre(t, s, e);
    reread_hasta(t, s, e);
    percent_named_before(lx, s, e);
    unsign_after_percent(t, s, e);
    percent_of_list(t, s, e);
    percent_after_un(t, s, e);
    dropped |= drop_words_before_percent(t, s, e);
    opening_of_these(t, s, e);
    dropped |= drop_article_in_bracket(t, s, e);
    dropped |= figure_then_percentage(t, s, e);
    dropped |= mark_points(t, s, e);
    dropped |= mark_multiples(t, s, e);
    return dropped;
}

/* Rewrites the words of tokens [s, lx->n_t) by the language's cues and
 * drops the words a cue leaves over. */
void ctp_lex_apply_cues(lexer *lx, size_t s, const lang_table *lang)
{
    tok *t = lx->t;
    size_t e = lx->n_t;
    bool dropped = false;
    for (size_t i = s; i < e; i++) {
        if (t[i].kind != TK_WORD || t[i].w[0] == '\0')
            continue;
        const char *canon = word_cue_of(lang, t[i].w);
        if (canon != NULL) {
            bprintf(t[i].w, sizeof t[i].w, "%s", canon);
            continue;
        }
        for (const cue *c = lang->cues; c->phrase != NULL; c++) {
            if (t[i].w[0] != c->phrase[0])
                continue;
            size_t k = strcspn(c->phrase, " ");
            if (strncmp(t[i].w, c->phrase, k) != 0 || t[i].w[k] != '\0')
                continue;
            char pw[MAX_CUE_WORDS][24], cw[MAX_CUE_WORDS][24];
            size_t at[MAX_CUE_WORDS];
            size_t np = cue_words(c->phrase, pw);
            if (!cue_at(t, i, e, pw, np, at))
                continue;
            size_t nc = cue_words(c->canon, cw), q = 0;
            for (size_t j = 0; j < np; j++) {
                /* '#' and '*' keep their token: the canon has them in
                 * the same order. */
                if (strcmp(pw[j], "#") == 0 || strcmp(pw[j], "*") == 0) {
                    while (q < nc && strcmp(cw[q], pw[j]) != 0)
                        q++;
                    q++;
                    continue;
                }
                if (q < nc && strcmp(cw[q], "#") != 0 &&
                    strcmp(cw[q], "*") != 0) {
                    memcpy(t[at[j]].w, cw[q++], sizeof t[at[j]].w);
                } else {
                    t[at[j]].w[0] = '\0';
                    dropped = true;
                }
            }
            break;
        }
    }
    dropped |= reread_tokens(lx, s, e);
    if (!dropped)
        return;
    size_t k = s;
    for (size_t i = s; i < e; i++)
        if (!(t[i].kind == TK_WORD && t[i].w[0] == '\0'))
            t[k++] = t[i];
    lx->n_t = k;
}

/* How many of the words of tokens [s, e) are common in the language. */
static size_t common_words(const tok *t, size_t s, size_t e,
                           const lang_table *lang)
{
    size_t k = 0;
    for (size_t i = s; i < e; i++)
        if (t[i].kind == TK_WORD && in_list(t[i].w, lang->common))
            k++;
    return k;
}

/* The language of a sentence: the one with clearly more of its common
 * words, else 'prev' (the language of the sentence before). */
static const lang_table *sentence_lang(const tok *t, size_t s, size_t e,
                                       const lang_table *prev)
{
    const lang_table *best = prev;
    size_t best_n = common_words(t, s, e, prev);
    for (size_t i = 0; i < N_LANGUAGES; i++) {
        size_t k = common_words(t, s, e, &ctp_claim_lang_tables[i]);
        if (k >= best_n + 2 || (k > best_n && best_n == 0 && k >= 2)) {
            best = &ctp_claim_lang_tables[i];
            best_n = k;
        }
    }
    return best;
}

/* The language of a text: the one with the most common words among the
 * first 64 KB; English when none is found. */
const lang_table *ctp_lex_text_lang(const char *s, size_t n)
{
    size_t counts[N_LANGUAGES] = {0};
    if (n > 65536)
        n = 65536;
    for (size_t i = 0; i < n;) {
        if (!is_alpha((unsigned char)s[i]) && (unsigned char)s[i] < 0xC3) {
            i++;
            continue;
        }
        size_t j = i;
        char w[24];
        size_t k = 0;
        while (j < n && (is_alpha((unsigned char)s[j]) ||
                         (unsigned char)s[j] >= 0x80)) {
            if (k + 1 < sizeof w)
                w[k++] = (char)lower((unsigned char)s[j]);
            j++;
        }
        w[k] = '\0';
        for (size_t l = 0; l < N_LANGUAGES; l++)
            if (in_list(w, ctp_claim_lang_tables[l].common))
                counts[l]++;
        i = j;
    }
    size_t best = 0;
    for (size_t l = 1; l < N_LANGUAGES; l++)
        if (counts[l] > counts[best])
            best = l;
    return &ctp_claim_lang_tables[best];
}

/* ---- second pass: periods in words, labels, rate bases -------------- */

/* Replaces tokens [i, j] by one PERIOD token. */
static void merge_period(lexer *lx, size_t i, size_t j, ct_period p)
{
    lx->t[i].kind = TK_PERIOD;
    lx->t[i].end = lx->t[j].end;
    lx->t[i].period = p;
    memmove(&lx->t[i + 1], &lx->t[j + 1],
            (lx->n_t - j - 1) * sizeof *lx->t);
    lx->n_t -= j - i;
}

static const char *const label_words[] = {
    "table", "tables", "figure", "fig", "chart", "page", "section",
    "chapter", "annex", "appendix", "para", "paragraph", "note", "footnote",
    "map", "tier", "ward", "priority", "step", "level", "phase", "version",
    "question", "aged", "age", "ages", "no", "item", "objective", "box",
    "recommendation", "line", "column", "línea", "linea", NULL
};

static const char *const duration_words[] = {
    "months", "years", "weeks", "days", "hours", "minutes", "month",
    "year", "week", "day", "hour", "am", "pm", "años", "meses", "semanas",
    "días", "horas", "minutos", "año", "mes", "semana", "día", "hora",
    "seconds", "segundos", NULL
};


/* "September 2015": a month name before a year is one month, made one
 * PERIOD token so the rolling years below and every pattern see it. */
static void merge_month_years(lexer *lx, size_t from)
{
    for (size_t i = from; i + 1 < lx->n_t; i++) {
        tok *t = lx->t;
        if (t[i].kind == TK_WORD && in_list(t[i].w, ctp_lex_month_names) &&
            t[i + 1].kind == TK_PERIOD &&
            t[i + 1].period.kind == CT_PERIOD_YEAR) {
            ct_period m = {CT_PERIOD_MONTH, 0, 1};
            char label[40];
            bprintf(label, sizeof label, "%.*s %d", 3, t[i].w,
                    t[i + 1].period.start / 12);
            if (ct_period_parse(label, strlen(label), &m))
                merge_period(lx, i, i + 1, m);
        }
    }
}

/* "in Q2 2020": a quarter before a year is one quarter, made one PERIOD
 * token as a month with its year is. */
static void merge_quarter_years(lexer *lx, size_t from)
{
    for (size_t i = from; i + 1 < lx->n_t; i++) {
        tok *t = lx->t;
        const char *q = lx->s + t[i].off;
        if (t[i].kind != TK_WORD || t[i].end - t[i].off != 2 ||
            (q[0] != 'Q' && q[0] != 'q') || q[1] < '1' || q[1] > '4' ||
            t[i + 1].kind != TK_PERIOD ||
            t[i + 1].period.kind != CT_PERIOD_YEAR)
            continue;
        ct_period p = {CT_PERIOD_QUARTER, 0, 3};
        char label[16];
        bprintf(label, sizeof label, "%dQ%c", t[i + 1].period.start / 12,
                q[1]);
        if (ct_period_parse(label, strlen(label), &p))
            merge_period(lx, i, i + 1, p);
    }
}

/* "year ending September 2015", "12 months to September 2015", "YE Sep
 * 2015": the words and the month become one rolling year, which is what
 * the figures beside them cover. */
static void merge_rolling_years(lexer *lx, size_t from)
{
    for (size_t i = from; i + 1 < lx->n_t; i++) {
        tok *t = lx->t;
        size_t j = 0;
        if (i + 2 < lx->n_t && is_word(&t[i], "year") &&
            (is_word(&t[i + 1], "ending") || is_word(&t[i + 1], "to")))
            j = i + 2;
        else if (i + 3 < lx->n_t && t[i].kind == TK_NUM &&
                 t[i].fig.value.digits == 12 && t[i].fig.value.scale == 0 &&
                 is_word(&t[i + 1], "months") &&
                 (is_word(&t[i + 2], "ending") || is_word(&t[i + 2], "to")))
            j = i + 3;
        else if (is_word(&t[i], "ye"))
            j = i + 1;
        if (j > 0 && j < lx->n_t && t[j].kind == TK_PERIOD &&
            t[j].period.kind == CT_PERIOD_MONTH) {
            ct_period r = {CT_PERIOD_ROLLING, t[j].period.start - 11, 12};
            merge_period(lx, i, j, r);
        }
    }
}

/* Whether "cada día", "al día", "cada 24 horas", "a day", "per day" or
 * "each day" follows s[p], after at most one word ("casos"). */
static bool per_day_after(const char *s, size_t n, size_t p)
{
    static const char *const days[] = {
        "cada día", "cada dia", "al día", "por día", "cada 24 horas",
        "a day", "per day", "each day", NULL
    };
    for (int words = 0; words < 2; words++) {
        size_t q = ctp_claim_skip_blanks(s, n, p);
        for (size_t k = 0; days[k] != NULL; k++)
            if (ctp_claim_starts_word(s + q, n - q, days[k]))
                return true;
        /* one word of what is counted */
        char w[24];
        p = next_word(s, n, q, w, sizeof w);
        if (p == q)
            return false;
    }
    return false;
}

static bool age_at(const tok *t, size_t q, size_t n);

/* Whether token 'a' is a month: its name, or a month read with its
 * year. */
static bool month_tok(const tok *a)
{
    return (a->kind == TK_WORD && in_list(a->w, ctp_lex_month_names)) ||
           (a->kind == TK_PERIOD && a->period.kind == CT_PERIOD_MONTH);
}

/* Whether token m is a month and a range of months starts at it: "de
 * enero a marzo", "January to March".  A number before it is a count of
 * that span ("a 27 de enero a marzo"), not a day. */
static bool month_range_at(const tok *t, size_t nt, size_t m)
{
    static const char *const tos[] = {"a", "to", "hasta", "through", NULL};
    return m + 2 < nt && month_tok(&t[m]) && t[m + 1].kind == TK_WORD &&
           in_list(t[m + 1].w, tos) && month_tok(&t[m + 2]);
}

/* Whether number i is a label by the words around it ("table 3", "3
 * months", "10- to 17-year-olds", "30 de octubre", "the 12-month
 * period", "October 30"): a name or a length of time, never a figure a
 * claim is made of. */
static bool label_by_words(const lexer *lx, size_t i)
{
    const tok *t = lx->t;
    /* "1.110 casos cada día", "28,2 asesinatos cada 24 horas": a daily
     * average, neither a count compared nor a rate of a population. */
    /* A daily average with decimals ("4.68 homicidios por día") is a
     * level two periods may be compared by, printed to its rounding. */
    if (!t[i].fig.is_percent && t[i].fig.value.scale == 0 &&
        per_day_after(lx->s, lx->n, t[i].end))
        return true;
    const tok *prev = i > 0 ? &t[i - 1] : NULL;
    const tok *next = i + 1 < lx->n_t ? &t[i + 1] : NULL;
    /* "the figure doubled", "the level halved": a change in words is
     * no figure numbered.  "para" is "paragraph" in English, "for" in
     * Spanish ("3,042 víctimas para 1,328,017 habitantes"). */
    if (prev != NULL && prev->kind == TK_WORD &&
        in_list(prev->w, label_words) && !(t[i].words && t[i].sign != 0) &&
        !(lx->spanish && is_word(prev, "para")))
        return true;
    /* "from 629 in quarter three in 2017 to 490": a quarter numbered
     * (one to four; "in the last quarter 45 burglaries" counts). */
    if (prev != NULL && is_word(prev, "quarter") && t[i].fig.is_exact &&
        !t[i].fig.is_percent && t[i].fig.value.scale == 0 &&
        t[i].fig.value.digits >= 1 && t[i].fig.value.digits <= 4)
        return true;
    /* "3,103 cases filed in 75 districts ... compared to 2,467 in 71
     * districts": how many places the count comes from, not a count
     * compared. */
    static const char *const places[] = {
        "districts", "areas", "counties", "states", "provinces",
        "municipalities", "regions", "cities", "towns", "wards", "divisions",
        "distritos", "municipios", "provincias", "estados", "regiones",
        "departamentos", "comunas", "ciudades", "localidades", "cantones",
        NULL
    };
    if (prev != NULL && next != NULL && next->kind == TK_WORD &&
        in_list(next->w, places) && !t[i].fig.is_percent &&
        (is_word(prev, "in") || is_word(prev, "across") ||
         is_word(prev, "en") || is_word(prev, "from")))
        return true;
    /* "the country's 30 largest cities", "the 10 most violent": a
     * number of places ranked, not a count compared. */
    static const char *const ranked[] = {
        "largest", "biggest", "smallest", "highest", "lowest", "worst",
        "best", "safest", "deadliest", "busiest", "most", "least", NULL
    };
    if (next != NULL && next->kind == TK_WORD && in_list(next->w, ranked) &&
        !t[i].fig.is_percent)
        return true;
    /* "reported last year to date by week 28, compared to 79": a week or
     * day numbered, where nothing counted follows and no word makes it a
     * period of its own ("in the last week 28 burglaries", "this week
     * 35, a rise" count). */
    static const char *const numbered[] = {
        "week", "semana", "day", "día", "dia", NULL
    };
    static const char *const determiners[] = {
        "the", "this", "that", "last", "next", "previous", "same", "each",
        "every", "a", "per", "esta", "esa", "este", "cada", "una", "un",
        "one", NULL
    };
    if (prev != NULL && prev->kind == TK_WORD && in_list(prev->w, numbered) &&
        !(i >= 2 && t[i - 2].kind == TK_WORD &&
          in_list(t[i - 2].w, determiners)) &&
        t[i].fig.is_exact && t[i].fig.value.scale == 0 &&
        t[i].fig.value.digits <= 366 && (next == NULL || next->kind != TK_WORD))
        return true;
    /* "Item en-407", "COVID-19", "the M-30": a number joined to a word by
     * a hyphen is part of a name. */
    if (prev != NULL && !t[i].fig.is_percent &&
        ((is_punct(prev, '-') && prev->end == t[i].off && i >= 2 &&
          t[i - 2].kind == TK_WORD && t[i - 2].end == prev->off) ||
         (prev->kind == TK_WORD && prev->end == t[i].off &&
          lx->s[t[i].off] == '-')))
        return true;
    if (next != NULL && next->kind == TK_WORD &&
        (in_list(next->w, ctp_lex_month_names) ||
         (t[i].fig.is_exact && in_list(next->w, duration_words))))
        return true;
    /* "el 1.º de enero", "la 3ª": an ordinal. */
    size_t q = t[i].end;
    if (q < lx->n && lx->s[q] == '.')
        q++;
    if (q + 1 < lx->n && (unsigned char)lx->s[q] == 0xC2 &&
        ((unsigned char)lx->s[q + 1] == 0xBA ||
         (unsigned char)lx->s[q + 1] == 0xAA))
        return true;
    /* "de 18 y más años": an age. */
    if (t[i].fig.is_exact && !t[i].fig.is_percent &&
        age_at(t, i, lx->n_t))
        return true;
    /* "los 10 primeros meses": an ordinal between the number and its
     * length of time.  (English puts it first, "the first 10 months";
     * "1,420 last year" is a count and its year.) */
    static const char *const ordinals[] = {
        "primeros", "primeras", "últimos", "últimas", NULL
    };
    if (next != NULL && next->kind == TK_WORD && t[i].fig.is_exact &&
        in_list(next->w, ordinals) && i + 2 < lx->n_t &&
        t[i + 2].kind == TK_WORD && in_list(t[i + 2].w, duration_words))
        return true;
    /* "by 10- to 17-year-olds": the first of a range of ages or
     * durations written once. */
    if (next != NULL && is_punct(next, '-') && next->off == t[i].end &&
        i + 3 < lx->n_t && (is_word(&t[i + 2], "to") ||
                            is_word(&t[i + 2], "and")) &&
        t[i + 3].kind == TK_NUM && i + 4 < lx->n_t &&
        is_punct(&t[i + 4], '-') && i + 5 < lx->n_t &&
        t[i + 5].kind == TK_WORD && in_list(t[i + 5].w, duration_words))
        return true;
    /* "on 31 March 2017", "el 31 de marzo de 2017": a day before a
     * month already read with its year. */
    const tok *month = next != NULL && is_word(next, "of") && i + 2 < lx->n_t
                           ? &t[i + 2] : next;
    size_t month_at = month == next ? i + 1 : i + 2;
    if (month != NULL && month->kind == TK_PERIOD &&
        month->period.kind == CT_PERIOD_MONTH && t[i].fig.is_exact &&
        !month_range_at(t, lx->n_t, month_at) &&
        t[i].fig.value.scale == 0 && t[i].fig.value.digits >= 1 &&
        t[i].fig.value.digits <= 31)
        return true;
    /* "entre el 1 y el 21 enero de 2022", "from 1 to 21 January": the
     * first day of a span of days of a month. */
    if (next != NULL && (is_word(next, "and") || is_word(next, "to") ||
                         is_word(next, "a") || is_word(next, "al")) &&
        t[i].fig.is_exact && t[i].fig.value.scale == 0 &&
        t[i].fig.value.digits >= 1 && t[i].fig.value.digits <= 31) {
        size_t j = i + 2;
        if (j < lx->n_t && is_word(&t[j], "the"))
            j++;
        size_t m = j + 1 < lx->n_t && is_word(&t[j + 1], "of") ? j + 2
                                                                : j + 1;
        if (m < lx->n_t && t[j].kind == TK_NUM && t[j].fig.is_exact &&
            t[j].fig.value.scale == 0 && t[j].fig.value.digits <= 31 &&
            ((t[m].kind == TK_PERIOD &&
              t[m].period.kind == CT_PERIOD_MONTH) ||
             (t[m].kind == TK_WORD &&
              in_list(t[m].w, ctp_lex_month_names))))
            return true;
    }
    /* "realizada del 1 al 5 de este mes": a day of the month named. */
    static const char *const this_month[] = {
        "this", "este", "the", "that", "ese", "dicho", NULL
    };
    if (next != NULL && is_word(next, "of") && i + 3 < lx->n_t &&
        t[i + 2].kind == TK_WORD && in_list(t[i + 2].w, this_month) &&
        (is_word(&t[i + 3], "month") || is_word(&t[i + 3], "mes")) &&
        t[i].fig.is_exact && t[i].fig.value.scale == 0 &&
        t[i].fig.value.digits >= 1 && t[i].fig.value.digits <= 31)
        return true;
    /* "hasta el 30 de octubre": a day, not a count. */
    if (next != NULL && is_word(next, "of") && i + 2 < lx->n_t &&
        t[i + 2].kind == TK_WORD && in_list(t[i + 2].w, ctp_lex_month_names) &&
        !month_range_at(t, lx->n_t, i + 2) &&
        t[i].fig.is_exact && t[i].fig.value.digits <= 31)
        return true;
    /* "the 12-month period" */
    if (next != NULL && is_punct(next, '-') && i + 2 < lx->n_t &&
        t[i + 2].kind == TK_WORD && t[i].fig.is_exact &&
        in_list(t[i + 2].w, duration_words))
        return true;
    return prev != NULL && prev->kind == TK_WORD &&
           in_list(prev->w, ctp_lex_month_names) && t[i].fig.is_exact &&
           t[i].fig.value.digits <= 31;
}

/* "about 1,200" stands for 1,150 to 1,250: a figure with decimals or
 * ending in zero after a word of approximation loses its trailing zeros
 * and is no longer exact, so a check allows for its rounding.  "Some
 * 13,957 offences": a whole figure that does not end in zero was not
 * rounded, whatever word stands before it. */
static void mark_approximate(tok *t, size_t i)
{
    const tok *prev = i > 0 ? &t[i - 1] : NULL;
    if (prev != NULL && prev->kind == TK_WORD &&
        in_list(prev->w, ctp_lex_approx_words) && t[i].fig.is_exact &&
        (t[i].fig.value.scale > 0 || t[i].fig.value.digits % 10 == 0)) {
        ct_claim_figure *f = &t[i].fig;
        while (f->value.digits != 0 && f->value.digits % 10 == 0) {
            f->value.digits /= 10;
            f->exp10++;
        }
        f->is_exact = false;
    }
}

/* Whether a figure is ten, a hundred, a thousand or a higher power of
 * ten: the bases rates are given per. */
static bool power_of_ten(const ct_claim_figure *f)
{
    int64_t d = f->value.digits;
    int e = f->exp10;
    while (d != 0 && d % 10 == 0) {
        d /= 10;
        e++;
    }
    return d == 1 && e >= 1;
}

/* "rate" or Spanish "tasa": the word that names a figure as a rate. */
bool ctp_lex_is_rate_word(const tok *t)
{
    return is_word(t, "rate") || is_word(t, "tasa") || is_word(t, "rates") ||
           is_word(t, "tasas");
}

/* Words after a base that name the people it counts: "per 1,000
 * population", "por cada 10.000 habitantes". */
static const char *const people_words[] = {
    "population", "residents", "inhabitants", "people", "persons",
    "habitantes", "ciudadanos", "personas", "mujeres", "hombres", NULL
};

/* Whether token q is an age within what a base counts: "por cada 1.000
 * mujeres de 14 y más años". */
static bool age_at(const tok *t, size_t q, size_t n)
{
    size_t k = q + 1;
    if (k + 1 < n && is_word(&t[k], "and") &&
        (is_word(&t[k + 1], "más") || is_word(&t[k + 1], "more") ||
         is_word(&t[k + 1], "over") || is_word(&t[k + 1], "older")))
        k += 2;
    return k < n && (is_word(&t[k], "años") || is_word(&t[k], "years"));
}

/* Whether the next figure after token q has a base of its own written
 * after it ("frente a las 48,43 por cada mil ciudadanos"): then each
 * figure is a rate in its own right. */
static bool next_has_own_base(const tok *t, size_t n, size_t q)
{
    size_t f = q + 1;
    while (f < n && f <= q + 4 && t[f].kind != TK_NUM)
        f++;
    if (f >= n || t[f].kind != TK_NUM)
        return false;
    for (size_t j = f + 1; j + 1 < n && j <= f + 4; j++) {
        if (is_word(&t[j], "per"))
            return t[j + 1].kind == TK_NUM && power_of_ten(&t[j + 1].fig);
        if (t[j].kind != TK_WORD)
            return false;
    }
    return false;
}

/* Makes figure r a rate on the base at token 'base': no longer a count
 * written in full, and with no other reading. */
static void rate_on(tok *r, int base)
{
    r->per = base;
    r->fig.is_exact = false;
    r->alt.is_set = false;
}

/* Whether token r is a figure no base or label has taken, not a
 * percentage: one a base written before it may make a rate. */
static bool free_level(const tok *r)
{
    return r->kind == TK_NUM && !r->fig.is_percent && r->per < 0 &&
           !r->label;
}

/* Whether the sentence holds a percentage. */
static bool any_percent(const lexer *lx)
{
    for (size_t q = 0; q < lx->n_t; q++)
        if (lx->t[q].kind == TK_NUM && lx->t[q].fig.is_percent)
            return true;
    return false;
}

/* "The rate of ASB per 1,000 population in Haringey was 34.6", "la
 * tasa de homicidios por cada 100 mil habitantes en la República
 * Dominicana, se sitúa en 12.5", "las denuncias por cada 10.000
 * habitantes fueron 22,6", "infracciones por cada mil habitantes, un
 * total de 47": after a base with no rate before it ('b'), the figure
 * that "was", "is", a verb of standing or "a total of" gives is the rate.
 * A rate word before "per", or the people counted after the base, say
 * the base is a rate's. */
static void rate_after_base(lexer *lx, size_t b)
{
    tok *t = lx->t;
    size_t k = b - 1;
    /* "3,63 cada 100.000 habitantes y el año pasado fue de 3,43": the
     * base has its rate already; the figure after it is only compared. */
    for (size_t q = k; q > 0 && k - q < 8; q--)
        if (t[q - 1].kind == TK_NUM && t[q - 1].per == (int)b)
            return;
    /* "The crime rate measuring by number of crimes per 100,000
     * population stood at 910": "rate" up to seven words before "per". */
    bool rate = false;
    for (size_t q = k; q > 0 && k - q < 8 && t[q - 1].kind == TK_WORD; q--)
        if (ctp_lex_is_rate_word(&t[q - 1])) {
            rate = true;
            break;
        }
    /* "per lakh of population", "per 10,000 of the population" */
    size_t pw = b + 1;
    if (pw < lx->n_t && is_word(&t[pw], "of"))
        pw++;
    if (pw < lx->n_t && is_word(&t[pw], "the") && pw > b + 1)
        pw++;
    if (!rate && !(pw < lx->n_t && t[pw].kind == TK_WORD &&
                   in_list(t[pw].w, people_words)))
        return;
    /* "la tasa por cada mil habitantes se cerró el año pasado en
     * 49,20": a verb of standing, then "in" its level ("en #" reads
     * "by #"). */
    static const char *const stood[] = {
        "cerró", "situó", "sitúa", "situado", "ubicó", "ubica", "quedó",
        "colocó", "mantuvo", "stood", "closed", NULL
    };
    static const char *const was[] = {
        "was", "is", "were", "era", "eran", NULL
    };
    /* The figure the people counted lead to: "y por cada 10.000 mujeres
     * 44,1", right after them; "the highest rate of domestic abuse per
     * 10,000 people at 183", named a rate, after "at"; "per 1,000
     * people, 68.7 crimes were committed", the base opening the clause,
     * after its comma and printed with decimals, as rates are and
     * counts never; "the third highest rate ... per 1,000 people (4.1)",
     * in brackets. */
    size_t g = b + 2, n = lx->n_t;
    if (g < n && t[b + 1].kind == TK_WORD &&
        in_list(t[b + 1].w, people_words)) {
        if (free_level(&t[g]) && !age_at(t, g, n)) {
            rate_on(&t[g], (int)b);
            return;
        }
        bool at = rate && is_word(&t[g], "at");
        bool opens = is_punct(&t[g], ',') && b >= 2 &&
                     is_word(&t[b - 1], "per") &&
                     (b == 2 || t[b - 2].kind != TK_NUM) && g + 1 < n &&
                     t[g + 1].fig.value.scale > 0;
        bool bracket = is_punct(&t[g], '(') && g + 2 < n &&
                       is_punct(&t[g + 2], ')');
        if ((at || opens || bracket) && g + 1 < n && free_level(&t[g + 1])) {
            rate_on(&t[g + 1], (int)b);
            return;
        }
    }
    bool verb = false;
    /* "La tasa de homicidios por cada 100 mil habitantes en la República
     * Dominicana, que suma las muertes ..., se ha situado en 12.5": named
     * a rate, the base may wait longer for its figure. */
    size_t reach = rate ? 24 : 12;
    for (size_t j = b + 1; j < lx->n_t && j <= b + reach; j++) {
        /* "por cada mil habitantes en 2013 era de 40,53": a year may
         * date the rate on the way to its verb. */
        if ((t[j].kind == TK_NUM && age_at(t, j, lx->n_t)) ||
            t[j].kind == TK_PERIOD)
            continue;
        /* "por cada 1.000 habitantes (a partir de 18 años) fue de 5,7":
         * an aside in brackets, no figure but an age in it. */
        if (is_punct(&t[j], '(')) {
            size_t q = j + 1;
            while (q < lx->n_t && q <= j + 8 && !is_punct(&t[q], ')') &&
                   (t[q].kind == TK_WORD ||
                    (t[q].kind == TK_NUM && age_at(t, q, lx->n_t))))
                q++;
            if (q < lx->n_t && q <= j + 8 && is_punct(&t[q], ')')) {
                j = q;
                continue;
            }
        }
        if (!(t[j].kind == TK_WORD || is_punct(&t[j], ',')))
            return;
        if (t[j].kind != TK_WORD)
            continue;
        /* "las infracciones penales por cada mil habitantes ... pasan de
         * 27,2 a 29,3": two rates of the one base, which is one rate
         * claim (RULES.md, 8), so the earlier alone takes the base.
         * With a percentage in the sentence ("un aumento del 18% en la
         * tasa cada 100 mil habitantes, que pasó de 597 a 706") the two
         * are that change's figures and no claim of their own. */
        /* "per lakh population has declined from 487.8 in 2020 to 445.9
         * in 2021": each figure may have its year. */
        size_t to = j + 2;
        if (to + 1 < lx->n_t && is_word(&t[to], "in") &&
            t[to + 1].kind == TK_PERIOD)
            to += 2;
        else if (to < lx->n_t && t[to].kind == TK_PERIOD)
            to++;
        if (is_word(&t[j], "from") && to + 1 < lx->n_t &&
            free_level(&t[j + 1]) && is_word(&t[to], "to") &&
            free_level(&t[to + 1]) && !any_percent(lx)) {
            rate_on(&t[j + 1], (int)b);
            return;
        }
        verb |= in_list(t[j].w, stood);
        bool total = is_word(&t[j], "of") && j >= b + 2 &&
                     is_word(&t[j - 1], "total");
        /* "fue de 13.2": "of" after the verb; "se sitúa en el 44,1": an
         * article after "in". */
        size_t f = j + 1;
        if (in_list(t[j].w, was) && f < lx->n_t && is_word(&t[f], "of"))
            f++;
        /* "fue de aproximadamente 359": a hedge before the rate. */
        if (f + 1 < lx->n_t && t[f].kind == TK_WORD &&
            ctp_lex_hedge_word(&t[f]) != CT_CLAIM_HEDGE_NONE)
            f++;
        else if (verb && f < lx->n_t && is_word(&t[f], "the") &&
                 (is_word(&t[j], "in") || is_word(&t[j], "at")))
            f++;
        /* "tasas de homicidio por cada 100 mil habitantes, Colima
         * continúa en la cima con 83.31": "with" a figure printed with
         * decimals, as rates are and counts never. */
        bool with = rate && (is_word(&t[j], "with") ||
                             is_word(&t[j], "con")) && f < lx->n_t &&
                    t[f].kind == TK_NUM && t[f].fig.value.scale > 0;
        /* "Por cada cien mil habitantes se registraron 45.8 homicidios":
         * so with a verb of counting. */
        static const char *const counted[] = {
            "registraron", "registró", "registered", "recorded",
            "cometieron", "committed", NULL
        };
        with |= in_list(t[j].w, counted) && f < lx->n_t &&
                t[f].kind == TK_NUM && t[f].fig.value.scale > 0;
        /* "The crime index, which measures the numbers of cases for every
         * 100,000 people, showed a drop to 273.8", "per 100,000
         * population ... improved to 273.8", "totalled 180": the level a
         * change reached, or a total, after the base. */
        static const char *const reached[] = {
            "improved", "reached", "llegó", "alcanzó", NULL
        };
        with |= ((is_word(&t[j], "to") && j > b + 1 &&
                  t[j - 1].kind == TK_WORD &&
                  (ctp_lex_word_direction(&t[j - 1]) != 0 ||
                   in_list(t[j - 1].w, reached))) ||
                 is_word(&t[j], "totalled") || is_word(&t[j], "totaled") ||
                 /* "Perú lidera la lista con una tasa de 2.3 secuestros" */
                 (is_word(&t[j], "of") && j > b + 1 &&
                  ctp_lex_is_rate_word(&t[j - 1]))) &&
                f < lx->n_t && t[f].kind == TK_NUM && !t[f].fig.is_percent;
        if ((in_list(t[j].w, was) || total || with ||
             (verb && (is_word(&t[j], "in") || is_word(&t[j], "at") ||
                      is_word(&t[j], "by")))) &&
            f < lx->n_t && t[f].kind == TK_NUM &&
            !t[f].fig.is_percent && t[f].per < 0) {
            /* "was 88.0 in 2014, compared to 86.6 in 2013": two rates of
             * the one base, which is one rate claim (RULES.md, 8), on the
             * first. */
            /* "fue de 24,849, mientras que durante 2018 fue de 28,269":
             * after "was", the level may be one of two counts set side
             * by side; "se cerró ... en 49,20 mientras que" is the rate's
             * own level. */
            static const char *const side_by_side[] = {
                "while", "whereas", "mientras", NULL
            };
            bool by_verb = verb && !in_list(t[j].w, was) && !total;
            for (size_t q = f + 1; q < lx->n_t && q <= f + 5; q++) {
                /* "fue de 3.67 casos, mientras que la tasa nacional fue
                 * de 3.47": rates of the one base set side by side. */
                bool rates = false;
                for (size_t r = q + 1; r < lx->n_t && r <= q + 4; r++)
                    rates |= ctp_lex_is_rate_word(&t[r]);
                if (t[q].kind == TK_WORD && !by_verb && !rates &&
                    in_list(t[q].w, side_by_side) &&
                    !next_has_own_base(t, lx->n_t, q))
                    return;
            }
            rate_on(&t[f], (int)b);
            return;
        }
    }
}

/* Whether a past participle stands before "por" at token k: "fueron
 * presentadas por 632 mujeres" names who did it, not a figure compared
 * with. */
static bool passive_before(const tok *t, size_t k)
{
    if (k == 0 || t[k - 1].kind != TK_WORD)
        return false;
    const char *w = t[k - 1].w;
    size_t n = strlen(w);
    static const char *const ends[] = {"ados", "adas", "idos", "idas",
                                       "ado", "ada", "ido", "ida", NULL};
    for (size_t j = 0; ends[j] != NULL; j++) {
        size_t m = strlen(ends[j]);
        if (n > m + 1 && strcmp(w + n - m, ends[j]) == 0)
            return true;
    }
    return false;
}

/* "3.3 per 1,000", "8.5 crimes per 1,000 residents": number i is a rate
 * and the number after "per" its base, a definition, exact even when
 * written "100 mil" and never a figure; a base is a power of ten, ten or
 * more ("3 por 1 del ejercicio anterior" is three to one, "299 casos, por
 * 189 del año anterior" two counts); "the rate per 100,000 population
 * has also increased" is a base with no rate before it. */
static void mark_rate_base(lexer *lx, size_t i)
{
    tok *t = lx->t;
    if (i > 0 && is_word(&t[i - 1], "per") && !t[i].fig.is_percent) {
        bool base = power_of_ten(&t[i].fig);
        /* "one in every 10": a share, not a rate. */
        if (t[i - 1].end - t[i - 1].off >= 8 &&
            memcmp(lx->s + t[i - 1].off, "in every", 8) == 0 &&
            !(base && t[i].fig.value.digits * ctp_lex_pow10(t[i].fig.exp10) >= 1000)) {
            bprintf(t[i - 1].w, sizeof t[i - 1].w, "%s", "in");
            return;
        }
        /* "condenados por cada 1000 habitantes": "cada" makes it a base
         * after a participle too. */
        bool each = false;
        for (size_t q = t[i - 1].off; base && !each && q + 4 <= t[i].off;
             q++)
            each = memcmp(lx->s + q, "cada", 4) == 0;
        if (base)
            rate_after_base(lx, i);
        /* "En la capital fueron 299 casos, por 189 del año anterior":
         * in Spanish a count after "por" that is no base is the one
         * compared with. */
        if (lx->spanish && t[i].fig.is_exact && !base &&
            t[i].fig.value.digits >= 10 && !passive_before(t, i - 1))
            bprintf(t[i - 1].w, sizeof t[i - 1].w, "%s", "against");
        /* "en 2020 aumentó por 4 casos más": after a verb of change,
         * "por" is "by". */
        else if (lx->spanish && !base && i >= 2 &&
                 ctp_lex_word_direction(&t[i - 2]) != 0)
            bprintf(t[i - 1].w, sizeof t[i - 1].w, "%s", "by");
        else if (each || !(lx->spanish && passive_before(t, i - 1)))
            t[i].label = true;
    }
    /* "73,6 delitos y faltas por cada mil habitantes": up to three
     * words of what is counted before "per" (not when a base before has
     * already made the figure its rate). */
    size_t reach = i + 4;
    for (size_t j = i + 1; t[i].per < 0 && j < lx->n_t && j <= reach; j++) {
        /* "31,7 delitos y/o faltas por cada mil": "and/or" as one word;
         * "69,87 delitos/faltas por cada 1.000" the same. */
        if (is_punct(&t[j], '=') && j > i + 1 &&
            t[j - 1].kind == TK_WORD && j + 1 < lx->n_t &&
            t[j + 1].kind == TK_WORD && !is_word(&t[j + 1], "per")) {
            reach += 2;
            continue;
        }
        if (is_word(&t[j], "per") && j + 1 < lx->n_t &&
            t[j + 1].kind == TK_NUM && t[j + 1].fig.value.scale == 0 &&
            !t[j + 1].fig.is_percent && power_of_ten(&t[j + 1].fig) &&
            !t[i].fig.is_percent) {
            rate_on(&t[i], (int)(j + 1));
            t[j + 1].fig.is_exact = true;
            t[j + 1].label = true;
            break;
        }
        /* "a rate of 144.4 (per lakh)" */
        if (is_punct(&t[j], '(') && j == i + 1)
            continue;
        /* "34,5 infracciones penales (delitos y faltas) por 1.000
         * habitantes": an aside of words naming what is counted */
        if (is_punct(&t[j], '(') && j > i + 1) {
            size_t c = j + 1;
            while (c < lx->n_t && c <= j + 5 && t[c].kind == TK_WORD)
                c++;
            if (c < lx->n_t && c > j + 1 && is_punct(&t[c], ')')) {
                reach += c - j + 1;
                j = c;
                continue;
            }
        }
        /* "1,65 delitos de odio por cada 100.000": "of" between two
         * words of what is counted. */
        bool of_inside = is_word(&t[j], "of") && j > i + 1 &&
                         j + 1 < lx->n_t && t[j + 1].kind == TK_WORD &&
                         !is_word(&t[j + 1], "the");
        if (t[j].kind != TK_WORD || (is_word(&t[j], "of") && !of_inside) ||
            is_word(&t[j], "to") || is_word(&t[j], "from"))
            break;
        /* "22,1 mujeres víctimas de violencia de género por cada 10.000
         * mujeres": each "of" names one more word. */
        if (of_inside && reach < i + 8)
            reach += 2;
        /* "81 crimes on average recorded for every 1,000 people" */
        if (is_word(&t[j], "average") && j > i + 1 &&
            is_word(&t[j - 1], "on") && reach < i + 8)
            reach += 2;
        /* "6.8 shoplifting offences were recorded per 1,000 population" */
        if ((is_word(&t[j], "were") || is_word(&t[j], "was")) && j > i + 1 &&
            j + 1 < lx->n_t &&
            (is_word(&t[j + 1], "recorded") || is_word(&t[j + 1], "reported") ||
             is_word(&t[j + 1], "registered")) && reach < i + 8)
            reach += 2;
    }
}

/* "se sitúa en 16.6 por cada 100 mil habitantes, ... cuando la tasa
 * registrada fue de 17.1": a figure a few words after "rate" ("tasa"),
 * with no base of its own, is a rate on the base of the last rate before
 * it, in its sentence or the one before. */
/* "the crime rate ... stood at 1,015 cases in 2013, a decrease of more
 * than 15 per cent when compared with 1,199 cases in 2004": a figure
 * after a word of comparison, with the noun of the rate 'r' before it
 * and no other figure between, is the rate it is compared with; so is
 * the figure "to" after a verb of change "from" the rate. */
static bool rate_compared(const tok *t, size_t r, size_t i)
{
    static const char *const comparing[] = {
        "compared", "from", "than", "against", "versus", NULL
    };
    bool labels = false;
    for (size_t k = r + 1; k < i; k++) {
        if (t[k].kind == TK_NUM && !t[k].fig.is_percent && !t[k].label)
            return false;
        labels |= t[k].kind == TK_NUM && t[k].label;
    }
    /* "ha bajado de 38,37 infracciones por cada 1000 habitantes a
     * 37,15": from the rate, its base written, to the figure. */
    if (r > 1 && ctp_lex_word_direction(&t[r - 2]) != 0 &&
        (is_word(&t[r - 1], "from") || is_word(&t[r - 1], "of")) &&
        is_word(&t[i - 1], "to"))
        return true;
    if (labels || r + 1 >= i || t[r + 1].kind != TK_WORD ||
        t[i + 1].kind != TK_WORD || strcmp(t[r + 1].w, t[i + 1].w) != 0 ||
        is_word(&t[r + 1], "per"))
        return false;
    bool compared = false;
    for (size_t k = r + 1; k < i; k++)
        if (t[k].kind == TK_WORD && in_list(t[k].w, comparing))
            compared = true;
    return compared;
}

static void mark_rate_again(lexer *lx, size_t from)
{
    static const char *const among_words[] = {
        "among", "amongst", "across", "between", "entre", NULL
    };
    tok *t = lx->t;
    int base = -1;
    size_t last_rate = 0;
    /* The rate may be in the sentence before, whose tokens are kept. */
    for (size_t i = 0; i < lx->n_t; i++) {
        if (t[i].kind != TK_NUM)
            continue;
        if (t[i].per >= 0) {
            base = t[i].per;
            last_rate = i;
            continue;
        }
        if (base < 0 || t[i].label || t[i].fig.is_percent || i < from + 2)
            continue;
        if (rate_compared(t, last_rate, i)) {
            rate_on(&t[i], base);
            continue;
        }
        /* "43,2 delitos por cada 1.000 habitantes (43,7 en 2016)": a
         * figure printed alike, in brackets right after the base, is
         * the rate of another year. */
        if (is_punct(&t[i - 1], '(') && (size_t)base < i &&
            i - (size_t)base <= 3 &&
            t[i].fig.value.scale == t[last_rate].fig.value.scale &&
            t[i].fig.value.scale > 0) {
            rate_on(&t[i], base);
            continue;
        }
        for (size_t k = i - 1; k + 5 > i && k > from; k--) {
            /* "the fifth highest murder rate among 15 Caribbean
             * countries": a number of places, not a rate. */
            if (t[k].kind != TK_WORD || in_list(t[k].w, among_words))
                break;
            if (ctp_lex_is_rate_word(&t[k])) {
                rate_on(&t[i], base);
                break;
            }
        }
    }
}

/* The second pass over the tokens from 'from' on: periods written in
 * words, then labels, approximate figures and rate bases. */
/* "con 78 casos -25 más que en 2012-": a dash opening an aside before
 * a count said to be "more" or "fewer" than another is no minus sign. */
static void dash_not_sign(lexer *lx, size_t i)
{
    tok *t = lx->t;
    /* "los delitos destapados solo un año atrás -4.561-, según": a
     * figure set between dashes after a word is an aside. */
    if (t[i].sign < 0 && !t[i].fig.is_percent && i > 0 &&
        t[i - 1].kind == TK_WORD && lx->s[t[i].off] == '-' &&
        t[i].end < lx->n && lx->s[t[i].end] == '-' &&
        t[i].off > 0 && lx->s[t[i].off - 1] == ' ') {
        t[i].sign = 0;
        t[i].fig.value.negative = false;
        t[i].off++;
        return;
    }
    if (t[i].sign >= 0 || t[i].fig.is_percent || i + 1 >= lx->n_t ||
        t[i + 1].kind != TK_WORD || lx->s[t[i].off] != '-' ||
        !(strcmp(t[i + 1].w, "más") == 0 || strcmp(t[i + 1].w, "menos") == 0 ||
          strcmp(t[i + 1].w, "more") == 0 ||
          strcmp(t[i + 1].w, "fewer") == 0) ||
        i == 0 || t[i - 1].kind != TK_WORD)
        return;
    t[i].sign = 0;
    t[i].fig.value.negative = false;
    t[i].off++;
}

/* "aumentó un 17, 76% durante 2018", "5, 5 percent", "un aumento de
 * 17. 25 por ciento": a decimal comma (or point) with a stray space
 * after it, before a percentage of one or two digits, with a word before
 * the whole (not a list of figures): the percentage is the decimal, and
 * the whole part no figure of its own. */
static void decimal_comma_spaced(lexer *lx, size_t i)
{
    static const char *const before_decimal[] = {
        "a", "an", "un", "una", "the", "el", "del", "al", "of", "by", "with",
        NULL
    };
    tok *t = lx->t;
    if (i < 2 || !t[i].fig.is_percent || t[i].fig.is_points ||
        t[i].fig.value.scale != 0 || t[i].fig.exp10 != 0 ||
        t[i].fig.value.digits > 99 || t[i].sign != 0)
        return;
    /* the whole part: before a comma token, or right before with a point
     * that ended no sentence between */
    size_t w;
    if (i >= 3 && is_punct(&t[i - 1], ',') &&
        t[i - 1].off == t[i - 2].end && t[i].off == t[i - 1].end + 1 &&
        lx->s[t[i - 1].end] == ' ')
        w = i - 2;
    else if (t[i - 1].kind == TK_NUM && lx->s[t[i - 1].end] == '.' &&
             lx->s[t[i - 1].end + 1] == ' ' && t[i].off == t[i - 1].end + 2)
        w = i - 1;
    else
        return;
    /* "los de alto impacto 21. 64 por ciento": after a point with a
     * stray space any word may stand before, but the end of a from-to or
     * of a list ("a 14", "y 21"). */
    static const char *const ends[] = {
        "a", "to", "y", "and", "hasta", "e", NULL
    };
    bool point = w == i - 1;
    if (t[w].kind != TK_NUM || t[w].fig.is_percent || t[w].sign != 0 ||
        t[w].label || t[w].fig.value.scale != 0 || t[w].fig.exp10 != 0 ||
        t[w].fig.value.digits > 999 || t[w - 1].kind != TK_WORD ||
        /* "un 17, 76%", "with 5, 5 percent"; not "de ocho a 14, 75 por
         * ciento", where 14 ends a from-to */
        !(in_list(t[w - 1].w, before_decimal) ||
          (point && !in_list(t[w - 1].w, ends))))
        return;
    int64_t frac = t[i].fig.value.digits;
    int scale = lx->s[t[i].off + 1] >= '0' && lx->s[t[i].off + 1] <= '9' ? 2
                                                                         : 1;
    int64_t whole = t[w].fig.value.digits;
    t[i].fig.value.digits = whole * (scale == 2 ? 100 : 10) + frac;
    t[i].fig.value.scale = scale;
    t[i].off = t[w].off;
    t[w].label = true;
}

/* "one-hundred 29-percent": hundreds in words before the rest in
 * digits make one figure (129). */
static void hundreds_in_words(lexer *lx, size_t i)
{
    tok *t = lx->t;
    if (i < 1 || t[i].fig.value.scale != 0 || t[i].fig.exp10 != 0 ||
        t[i].fig.value.digits >= 100 || t[i].sign != 0 ||
        t[i - 1].kind != TK_WORD)
        return;
    /* "one-\nhundred", its hyphen taken as the line's, reads
     * "onehundred" */
    size_t len = strlen(t[i - 1].w), k = i - 1;
    char unit[24] = "";
    if (len > 7 && strcmp(t[i - 1].w + len - 7, "hundred") == 0) {
        memcpy(unit, t[i - 1].w, len - 7);
        unit[len - 7] = '\0';
    } else if (strcmp(t[i - 1].w, "hundred") == 0 && i >= 2) {
        k = i - 2;
        if (is_punct(&t[k], '-') && k > 0)
            k--;
        if (t[k].kind != TK_WORD)
            return;
        bprintf(unit, sizeof unit, "%s", t[k].w);
    } else {
        return;
    }
    int u = strcmp(unit, "a") == 0 ? 1 : number_word_value(unit);
    if (u < 1 || u > 9)
        return;
    t[i].fig.value.digits += 100 * u;
    t[i].off = t[k].off;
}

/* "Respecto a 2021 el aumento es del 9,6.", "porcentaje que sería del
 * 33,9 respecto a 2021": a figure with decimals after "del" and a noun
 * of change is a percentage printed without its sign. */
static void percent_left_out(lexer *lx, size_t i)
{
    static const char *const percentage[] = {
        "porcentaje", "percentage", "variation", "change", "growth", NULL
    };
    tok *t = lx->t;
    /* "with a detection percentage of 62.57": a figure with decimals
     * right after "percentage of". */
    if (!lx->spanish && i >= 2 && t[i].kind == TK_NUM &&
        !t[i].fig.is_percent && t[i].fig.value.scale > 0 &&
        t[i].fig.exp10 == 0 && t[i].per < 0 && !t[i].label &&
        is_word(&t[i - 1], "of") && is_word(&t[i - 2], "percentage") &&
        !(i + 1 < lx->n_t && is_word(&t[i + 1], "per"))) {
        t[i].fig.is_percent = true;
        t[i].fig.is_exact = false;
        return;
    }
    /* "del" as written (the cue table has made it "of") */
    if (!lx->spanish || i < 2 || t[i].kind != TK_NUM ||
        t[i].fig.is_percent || t[i].fig.is_points ||
        t[i].fig.value.scale == 0 || t[i].fig.exp10 != 0 ||
        t[i].per >= 0 || t[i].label || t[i - 1].kind != TK_WORD ||
        t[i - 1].end - t[i - 1].off != 3 ||
        memcmp(lx->s + t[i - 1].off, "del", 3) != 0)
        return;
    /* "del 9,6 por mil", "del 2,5 millones": a unit follows */
    static const char *const units[] = {
        "per", "por", "points", "puntos", "mil", "million", "millones",
        "thousand", "times", "veces", NULL
    };
    if (i + 1 < lx->n_t && t[i + 1].kind == TK_WORD &&
        in_list(t[i + 1].w, units))
        return;
    for (size_t k = i - 1; k-- > 0 && i - k <= 4;) {
        if (t[k].kind != TK_WORD)
            return;
        if (in_list(t[k].w, percentage) ||
            ctp_lex_word_direction(&t[k]) != 0) {
            t[i].fig.is_percent = true;
            t[i].fig.is_exact = false;
            return;
        }
    }
}

/* "14/03/2024", "3/5/2023": a date, its day and month no figures. */
static void date_with_strokes(lexer *lx, size_t i)
{
    tok *t = lx->t;
    if (i + 4 >= lx->n_t || t[i].kind != TK_NUM || t[i + 2].kind != TK_NUM ||
        !is_punct(&t[i + 1], '=') || !is_punct(&t[i + 3], '=') ||
        t[i + 4].kind != TK_PERIOD || t[i].fig.value.scale != 0 ||
        t[i + 2].fig.value.scale != 0 || t[i].fig.value.digits < 1 ||
        t[i + 2].fig.value.digits < 1 ||
        t[i + 1].off != t[i].end || t[i + 2].off != t[i + 1].end ||
        t[i + 3].off != t[i + 2].end || t[i + 4].off != t[i + 3].end)
        return;
    int64_t a = t[i].fig.value.digits, b = t[i + 2].fig.value.digits;
    if (!((a <= 31 && b <= 12) || (a <= 12 && b <= 31)))
        return;
    t[i].label = t[i + 2].label = true;
}

/* "se cuadruplicaron con creces": a multiple in words "with plenty to
 * spare" is more than that many times. */
static void multiple_and_more(lexer *lx, size_t i)
{
    tok *t = lx->t;
    if (!t[i].fig.is_percent || t[i].sign <= 0 ||
        t[i].hedge != CT_CLAIM_HEDGE_WORD ||
        i + 2 >= lx->n_t ||
        !(is_word(&t[i + 1], "con") || is_word(&t[i + 1], "with")) ||
        !is_word(&t[i + 2], "creces"))
        return;
    t[i].hedge = CT_CLAIM_HEDGE_ABOVE;
}

/* "el 68.75 por ciento —407 casos— se cometieron": a count and its
 * noun set between dashes right after a percentage are its aside, read
 * as in brackets. */
static void dash_aside_after_percent(lexer *lx, size_t i)
{
    tok *t = lx->t;
    size_t n = lx->n_t;
    if (!t[i].fig.is_percent || i + 3 >= n || !is_punct(&t[i + 1], '-') ||
        t[i + 2].kind != TK_NUM || t[i + 2].fig.is_percent ||
        t[i + 2].sign != 0)
        return;
    size_t c = i + 3;
    if (c < n && t[c].kind == TK_WORD)
        c++;
    if (c >= n || !is_punct(&t[c], '-'))
        return;
    t[i + 1].w[0] = '(';
    t[c].w[0] = ')';
}

void ctp_lex_second_pass(lexer *lx, size_t from)
{
    merge_month_years(lx, from);
    merge_quarter_years(lx, from);
    merge_rolling_years(lx, from);
    for (size_t i = from; i < lx->n_t; i++) {
        if (lx->t[i].kind != TK_NUM)
            continue;
        if (label_by_words(lx, i))
            lx->t[i].label = true;
        mark_approximate(lx->t, i);
        mark_rate_base(lx, i);
        dash_not_sign(lx, i);
        dash_aside_after_percent(lx, i);
        multiple_and_more(lx, i);
        decimal_comma_spaced(lx, i);
        hundreds_in_words(lx, i);
        percent_left_out(lx, i);
        date_with_strokes(lx, i);
    }
    mark_rate_again(lx, from);
}

/* The status of a lexer that failed: the error it recorded, else no
 * memory. */
static ct_status lex_failed(const ct_error *err)
{
    return err != NULL && err->status != CT_STATUS_OK ? err->status
                                                      : CT_STATUS_NOMEM;
}

/* Reads the next sentence; with the language told by the text itself
 * ('auto_lang'), the sentence may change '*lang', and is then read again
 * when its numbers are written the other way. */
ct_status ctp_lex_in_language(lexer *lx, const lang_table **lang,
                              bool auto_lang)
{
    size_t s = lx->n_t;
    lexer saved = *lx;
    if (!lex_sentence(lx))
        return lex_failed(lx->err);
    if (!auto_lang)
        return CT_STATUS_OK;
    *lang = sentence_lang(lx->t, s, lx->n_t, *lang);
    if ((*lang)->spanish_numbers == lx->spanish)
        return CT_STATUS_OK;
    /* Read its numbers again, the language's way. */
    saved.t = lx->t;
    saved.cap = lx->cap;
    *lx = saved;
    lx->spanish = (*lang)->spanish_numbers;
    if (!lex_sentence(lx))
        return lex_failed(lx->err);
    return CT_STATUS_OK;
}
