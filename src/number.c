/* number.c - reading the numbers of published tables and writing numbers
 * for people.  Ingest calls the parsers once per cell, so they work in
 * place on the cell's bytes: no allocation, no locale, no unbounded
 * strtol.  Suppression markers and blank cells are reported as such and
 * never read as 0 (METHODS §1.5); decimals are kept as printed digits
 * (METHODS §4.2); display rounding is half-up on the decimal digits, never
 * the C library's ties-to-even on the binary value (METHODS §4.3). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/number.h"
#include "number_internal.h"

/* ------------------------------------------------------------------ */
/* Blanks, separators and signs                                        */
/* ------------------------------------------------------------------ */

/* Length of the blank that starts at s[0] (at most 'n' bytes), or 0.
 * Spreadsheets and PDF extraction leave non-breaking and thin spaces
 * around and inside numbers: U+00A0 (C2 A0), U+2009 thin space (E2 80 89)
 * and U+202F narrow no-break space (E2 80 AF), which French-style
 * grouping uses. */
static size_t space_len(const unsigned char *s, size_t n)
{
    if (n >= 1 && (s[0] == ' ' || s[0] == '\t'))
        return 1;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80
        && (s[2] == 0x89 || s[2] == 0xAF))
        return 3;
    return 0;
}

/* Length of the blank that ends at s[n - 1], or 0. */
static size_t space_len_back(const unsigned char *s, size_t n)
{
    if (n >= 1 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        return 1;
    if (n >= 2 && s[n - 2] == 0xC2 && s[n - 1] == 0xA0)
        return 2;
    if (n >= 3 && s[n - 3] == 0xE2 && s[n - 2] == 0x80
        && (s[n - 1] == 0x89 || s[n - 1] == 0xAF))
        return 3;
    return 0;
}

/* Narrows [*s, *s + *n) to its non-blank middle. */
static void trim(const unsigned char **s, size_t *n)
{
    size_t k;
    while ((k = space_len(*s, *n)) > 0) {
        *s += k;
        *n -= k;
    }
    while ((k = space_len_back(*s, *n)) > 0)
        *n -= k;
}

/* Length of a thousands separator at s[0]: a comma or a single blank
 * other than a tab (a tab between digits is two cells gone wrong). */
static size_t separator_len(const unsigned char *s, size_t n)
{
    if (n >= 1 && s[0] == ',')
        return 1;
    if (n >= 1 && s[0] == '\t')
        return 0;
    return space_len(s, n);
}

/* Number forms shared with the claim readers (number_internal.h): a
 * minus may be '-', U+2212 MINUS SIGN (E2 88 92) or U+2013 EN DASH
 * (E2 80 93), which typesetting and word processors put in place of '-'. */
size_t ctp_number_sign_len(const char *s, size_t n, bool *neg)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && (u[0] == '+' || u[0] == '-')) {
        *neg = u[0] == '-';
        return 1;
    }
    if (n >= 3 && u[0] == 0xE2 &&
        ((u[1] == 0x88 && u[2] == 0x92) || (u[1] == 0x80 && u[2] == 0x93))) {
        *neg = true;
        return 3;
    }
    return 0;
}

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* ------------------------------------------------------------------ */
/* Suppression markers                                                 */
/* ------------------------------------------------------------------ */

/* The markers statistical producers print in place of a figure, all
 * meaning "no figure here": ONS and GSS ".." (not available), "[x]" (not
 * applicable), "[c]" (confidential), "[z]" (not applicable), "[low]",
 * "[u]" (unreliable); Eurostat ":"; the dashes of older tables; the
 * NA/NaN/null of software exports.  Compared without regard to ASCII
 * case.  "…" (U+2026) is what a word processor makes of "...". */
static const struct marker {
    const char *text;
    size_t len;
} markers[] = {
    { "..", 2 },  { "...", 3 }, { "\xE2\x80\xA6", 3 },
    { "[x]", 3 }, { "[c]", 3 }, { "[z]", 3 }, { "[low]", 5 }, { "[u]", 3 },
    { "*", 1 },   { "-", 1 },   { "\xE2\x80\x93", 3 }, { "\xE2\x80\x94", 3 },
    { "x", 1 },   { "c", 1 },   { "z", 1 },   { ":", 1 },
    { "n/a", 3 }, { "na", 2 },  { "nan", 3 }, { "null", 4 },
};

static unsigned char ascii_lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

static bool is_marker(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++) {
        if (markers[i].len != n)
            continue;
        size_t j = 0;
        while (j < n && ascii_lower(s[j]) == (unsigned char)markers[i].text[j])
            j++;
        if (j == n)
            return true;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* The digits of a number                                              */
/* ------------------------------------------------------------------ */

/* What scan_digits found in an unsigned, trimmed number. */
typedef struct digits_scan {
    uint64_t int_value;       /* integer part; valid when !int_overflow */
    bool int_overflow;        /* integer part has more than 19 digits */
    const unsigned char *int_begin; /* integer part, separators included */
    size_t int_len;           /* its length in bytes (0 for ".5") */
    const unsigned char *frac;      /* digits after the point, or NULL */
    size_t n_frac;            /* how many */
    bool negative;            /* a minus sign stood before them */
} digits_scan;

/* Reads "123", "1,233", "1 233 456", "1234.50", ".5".  Thousands groups
 * must be exactly three digits after a first group of one to three, with
 * one kind of separator throughout: "1,23" and "1,2345" are refused
 * because they are more likely decimal commas or typing errors than
 * counts.  A grouped number may not start with 0 ("0,123" is a decimal
 * comma).  False when the bytes are not such a number. */
static bool scan_digits(const unsigned char *s, size_t n, digits_scan *out)
{
    size_t i = 0;
    uint64_t v = 0;
    int n_sig = 0;  /* integer digits from the first non-zero one */

    out->int_begin = s;
    while (i < n && is_digit(s[i])) {
        unsigned d = s[i] - '0';
        if (n_sig > 0 || d != 0)
            n_sig++;
        /* 19 digits always fit in 64 bits; beyond that only the
         * overflow matters. */
        if (n_sig <= 19)
            v = v * 10 + d;
        i++;
    }
    size_t first_group = i;
    if (i < n && separator_len(s + i, n - i) > 0) {
        if (first_group < 1 || first_group > 3 || s[0] == '0')
            return false;
        const unsigned char *sep = s + i;
        size_t sep_len = separator_len(sep, n - i);
        while (i < n && separator_len(s + i, n - i) == sep_len
               && memcmp(s + i, sep, sep_len) == 0) {
            i += sep_len;
            if (n - i < 3 || !is_digit(s[i]) || !is_digit(s[i + 1])
                || !is_digit(s[i + 2]))
                return false;
            for (size_t k = 0; k < 3; k++, i++) {
                n_sig++;
                if (n_sig <= 19)
                    v = v * 10 + (unsigned)(s[i] - '0');
            }
            if (i < n && is_digit(s[i]))
                return false;
        }
    }
    out->int_len = i;
    out->int_value = v;
    out->int_overflow = n_sig > 19;
    out->frac = NULL;
    out->n_frac = 0;
    if (i < n && s[i] == '.') {
        i++;
        out->frac = s + i;
        while (i < n && is_digit(s[i]))
            i++;
        out->n_frac = (size_t)(s + i - out->frac);
        if (out->n_frac == 0)
            return false;
    } else if (out->int_len == 0) {
        return false;
    }
    return i == n;
}

static bool frac_is_zero(const digits_scan *d)
{
    for (size_t i = 0; i < d->n_frac; i++)
        if (d->frac[i] != '0')
            return false;
    return true;
}

/* Trims 's', then sorts out the cases every parser shares: empty,
 * suppressed, signed.  Sets '*body' to the unsigned number and returns
 * CT_NUMBER_OK when there is one to read, else the kind to report. */
static ct_number_kind prepare(const char *s, size_t len, bool allow_plus,
                              const unsigned char **body, size_t *n,
                              bool *negative)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t k;

    trim(&p, &len);
    *negative = false;
    if (len == 0)
        return CT_NUMBER_EMPTY;
    /* Most cells start with a digit: skip the marker table for them. */
    if (!is_digit(p[0])) {
        if (is_marker(p, len))
            return CT_NUMBER_SUPPRESSED;
        bool minus = false;
        k = ctp_number_sign_len((const char *)p, len, &minus);
        if (k > 0 && (minus || allow_plus)) {
            *negative = minus;
            p += k;
            len -= k;
        }
    }
    *body = p;
    *n = len;
    return CT_NUMBER_OK;
}

/* The start every parser shares: prepare() then the digits scanned
 * into 'd', with the sign before them.  CT_NUMBER_OK when there are
 * digits to read, else the kind to report. */
static ct_number_kind prepare_digits(const char *s, size_t len,
                                     bool allow_plus, digits_scan *d)
{
    const unsigned char *p;
    size_t n;
    ct_number_kind kind = prepare(s, len, allow_plus, &p, &n, &d->negative);
    if (kind != CT_NUMBER_OK)
        return kind;
    if (!scan_digits(p, n, d))
        return CT_NUMBER_INVALID;
    return CT_NUMBER_OK;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */
/* ------------------------------------------------------------------ */

ct_number_kind ct_number_parse_count(const char *s, size_t len, int64_t *out)
{
    digits_scan d;
    ct_number_kind kind = prepare_digits(s, len, false, &d);
    if (kind != CT_NUMBER_OK)
        return kind;
    bool is_zero = !d.int_overflow && d.int_value == 0 && frac_is_zero(&d);
    /* "-0" is zero, not below it.  A negative count is reported as such
     * even when it is also too large or fractional: the sign is the first
     * thing wrong with it. */
    if (d.negative && !is_zero)
        return CT_NUMBER_NEGATIVE;
    if (d.int_overflow || d.int_value > (uint64_t)INT64_MAX)
        return CT_NUMBER_OVERFLOW;
    if (!frac_is_zero(&d))
        return CT_NUMBER_FRACTION;
    *out = (int64_t)d.int_value;
    return CT_NUMBER_OK;
}

/* Powers of ten up to 10^22, the largest that a double holds exactly
 * (5^22 < 2^53). */
static const double exact_pow10[] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The most significant digits parse_real hands to strtod.  Published
 * figures have under 20; a cell with more is not a table figure. */
enum { REAL_MAX_DIGITS = 96 };

ct_number_kind ct_number_parse_real(const char *s, size_t len, double *out)
{
    digits_scan d;
    ct_number_kind kind = prepare_digits(s, len, false, &d);
    if (kind != CT_NUMBER_OK)
        return kind;

    /* Collect the significant digits as one integer 'm' with 'scale'
     * decimal places, dropping leading zeros and trailing fraction zeros
     * (they do not change the value). */
    size_t n_frac = d.n_frac;
    while (n_frac > 0 && d.frac[n_frac - 1] == '0')
        n_frac--;
    char digits[REAL_MAX_DIGITS + 8];
    size_t n_digits = 0;
    bool too_long = false;
    for (size_t i = 0; i < d.int_len; i++) {
        unsigned char c = d.int_begin[i];
        if (!is_digit(c) || (n_digits == 0 && c == '0'))
            continue;
        if (n_digits == REAL_MAX_DIGITS)
            too_long = true;
        else
            digits[n_digits++] = (char)c;
    }
    for (size_t i = 0; i < n_frac; i++) {
        unsigned char c = d.frac[i];
        if (n_digits == 0 && c == '0')
            continue;
        if (n_digits == REAL_MAX_DIGITS)
            too_long = true;
        else
            digits[n_digits++] = (char)c;
    }
    if (d.negative && n_digits > 0)
        return CT_NUMBER_NEGATIVE;
    if (too_long)
        return CT_NUMBER_OVERFLOW;

    uint64_t m = 0;
    for (size_t i = 0; i < n_digits && i < 19; i++)
        m = m * 10 + (uint64_t)(digits[i] - '0');
    /* An integer below 2^53 and a power of ten up to 10^22 are both exact
     * doubles, so one IEEE division gives the correctly rounded result,
     * the same as strtod (Clinger's fast path).  An integer of up to 19
     * digits converts with a single rounding too. */
    if (n_digits <= 19 && n_frac == 0) {
        *out = (double)m;
        return CT_NUMBER_OK;
    }
    if (n_digits <= 15 && n_frac <= 22) {
        *out = (double)m / exact_pow10[n_frac];
        return CT_NUMBER_OK;
    }
    /* Otherwise let strtod round, giving it the digits with an exponent
     * ("1234567890123456789e-3") rather than a decimal point, which is
     * the one part of strtod's syntax that depends on the locale. */
    char text[REAL_MAX_DIGITS + 16];
    memcpy(text, digits, n_digits);
    snprintf(text + n_digits, sizeof text - n_digits, "e-%zu", n_frac);
    *out = strtod(text, NULL);
    return CT_NUMBER_OK;
}

ct_number_kind ct_number_parse_decimal(const char *s, size_t len,
                                       ct_decimal *out)
{
    digits_scan d;
    ct_number_kind kind = prepare_digits(s, len, true, &d);
    if (kind != CT_NUMBER_OK)
        return kind;
    if (d.int_overflow || d.n_frac > 18)
        return CT_NUMBER_OVERFLOW;

    /* At most 18 significant digits, so that any of them fit in an
     * int64_t (10^18 - 1 < 2^63).  Trailing zeros count: they are printed
     * precision. */
    const int64_t max_digits = 999999999999999999;  /* 10^18 - 1 */
    if (d.int_value > (uint64_t)max_digits)
        return CT_NUMBER_OVERFLOW;
    int64_t v = (int64_t)d.int_value;
    for (size_t i = 0; i < d.n_frac; i++) {
        if (v > max_digits / 10)
            return CT_NUMBER_OVERFLOW;
        v = v * 10 + (d.frac[i] - '0');
    }
    out->digits = v;
    out->scale = (int)d.n_frac;
    out->negative = d.negative;
    return CT_NUMBER_OK;
}

const char *ct_number_kind_name(ct_number_kind kind)
{
    switch (kind) {
    case CT_NUMBER_OK: return "a number";
    case CT_NUMBER_EMPTY: return "an empty cell";
    case CT_NUMBER_SUPPRESSED: return "a suppression marker";
    case CT_NUMBER_INVALID: return "not a number";
    case CT_NUMBER_NEGATIVE: return "a negative number";
    case CT_NUMBER_FRACTION: return "a fraction";
    case CT_NUMBER_OVERFLOW: return "too large a number";
    }
    return "an unknown kind of number";
}

/* ------------------------------------------------------------------ */
/* Formatting                                                          */
/* ------------------------------------------------------------------ */

/* Copies 'text' into 'buf' of 'size' bytes, truncating, always
 * NUL-terminated when size > 0.  Returns 'buf'. */
static char *copy_out(const char *text, size_t n, char *buf, size_t size)
{
    if (size == 0)
        return buf;
    if (n > size - 1)
        n = size - 1;
    memcpy(buf, text, n);
    buf[n] = '\0';
    return buf;
}

/* Appends the 'n' digits at 'digits' to 'out' at '*pos', with a ',' before
 * each group of three counted from the right when 'grouped'. */
static void put_grouped(char *out, size_t *pos, const char *digits, size_t n,
                        bool grouped)
{
    for (size_t i = 0; i < n; i++) {
        if (grouped && i > 0 && (n - i) % 3 == 0)
            out[(*pos)++] = ',';
        out[(*pos)++] = digits[i];
    }
}

/* Enough for the largest double (309 integer digits) with a sign, 103
 * commas, a point, 9 decimals and a carry digit. */
enum { FIXED_MAX = 512 };

/* A number being written by ct_number_format_fixed: its 15 significant
 * digits and their power of ten, then the digits shown as an integer
 * (the value times 10^decimals, rounded), which the text is made of. */
typedef struct fixed_number {
    int decimals;
    bool negative;
    char sig[15];        /* d.dddddddddddddd without the point */
    int exp10;           /* the power of ten of sig[0] */
    char mag[FIXED_MAX]; /* the digits shown */
    size_t n_mag;
} fixed_number;

/* The 15 significant digits that the double stands for: a double holds
 * 15 decimal digits faithfully, so "%.14e" turns 0.285 (stored as
 * 0.28499999999999998) back into 2.85000000000000e-01.  Rounding then
 * happens on those decimal digits, never on the binary value. */
static void fixed_significant(double x, fixed_number *fx)
{
    char sci[40];
    snprintf(sci, sizeof sci, "%.14e", x);
    fx->negative = sci[0] == '-';
    const char *p = sci + (fx->negative ? 1 : 0);
    fx->sig[0] = p[0];
    memcpy(fx->sig + 1, p + 2, 14);
    const char *e = p + 17;  /* the exponent's sign */
    fx->exp10 = 0;
    for (const char *q = e + 1; is_digit((unsigned char)*q); q++)
        fx->exp10 = fx->exp10 * 10 + (*q - '0');
    if (*e == '-')
        fx->exp10 = -fx->exp10;
}

/* The digits shown, rounded half-up.  sig[i] has weight 10^(exp10 - i);
 * the last digit shown has weight 10^-decimals, so it is sig[last], and
 * sig[last + 1] decides the rounding. */
static void fixed_round(fixed_number *fx)
{
    const char *sig = fx->sig;
    char *mag = fx->mag;
    int last = fx->exp10 + fx->decimals;
    if (last < 0) {
        /* Every significant digit lies beyond the last one shown. */
        mag[0] = (last == -1 && sig[0] >= '5') ? '1' : '0';
        fx->n_mag = 1;
        return;
    }
    size_t n_mag = (size_t)last + 1;
    for (size_t i = 0; i < n_mag; i++)
        mag[i + 1] = i < 15 ? sig[i] : '0';
    bool carry = n_mag < 15 && sig[n_mag] >= '5';
    for (size_t i = n_mag; carry && i > 0; i--) {
        if (mag[i] == '9') {
            mag[i] = '0';
        } else {
            mag[i]++;
            carry = false;
        }
    }
    /* mag[0] is room for a carry out of the first digit (9.995 ->
     * 10.00). */
    if (carry) {
        mag[0] = '1';
        n_mag++;
    } else {
        memmove(mag, mag + 1, n_mag);
    }
    fx->n_mag = n_mag;
}

/* The text: a sign unless the value shown is zero (-0.0004 shown at 2 dp
 * is zero, and zero has no sign), the integer digits grouped when asked,
 * and the decimals.  The digits are first padded to at least one integer
 * digit: 0.0004 at 2 dp is "000".  Returns the bytes written at 'out'. */
static size_t fixed_put(fixed_number *fx, bool grouped, char *out)
{
    char *mag = fx->mag;
    size_t decimals = (size_t)fx->decimals;
    bool is_zero = true;
    for (size_t i = 0; i < fx->n_mag; i++)
        if (mag[i] != '0')
            is_zero = false;
    size_t want = decimals + 1;
    if (fx->n_mag < want) {
        memmove(mag + (want - fx->n_mag), mag, fx->n_mag);
        memset(mag, '0', want - fx->n_mag);
        fx->n_mag = want;
    }
    size_t pos = 0;
    if (fx->negative && !is_zero)
        out[pos++] = '-';
    size_t n_int = fx->n_mag - decimals;
    put_grouped(out, &pos, mag, n_int, grouped);
    if (decimals > 0) {
        out[pos++] = '.';
        memcpy(out + pos, mag + n_int, decimals);
        pos += decimals;
    }
    return pos;
}

char *ct_number_format_fixed(double x, int decimals, bool grouped, char *buf,
                             size_t size)
{
    if (isnan(x))
        return copy_out("n/a", 3, buf, size);
    if (isinf(x))
        return x < 0 ? copy_out("-inf", 4, buf, size)
                     : copy_out("inf", 3, buf, size);
    fixed_number fx;
    fx.decimals = decimals < 0 ? 0 : decimals > 9 ? 9 : decimals;
    fixed_significant(x, &fx);
    fixed_round(&fx);
    char out[FIXED_MAX];
    size_t pos = fixed_put(&fx, grouped, out);
    return copy_out(out, pos, buf, size);
}

char *ct_number_format_count(int64_t n, char *buf, size_t size)
{
    /* Work on the magnitude as unsigned so that INT64_MIN has one. */
    uint64_t v = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    char digits[20];
    size_t n_digits = 0;
    do {
        digits[sizeof digits - 1 - n_digits++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);

    char out[32];
    size_t pos = 0;
    if (n < 0)
        out[pos++] = '-';
    put_grouped(out, &pos, digits + sizeof digits - n_digits, n_digits, true);
    return copy_out(out, pos, buf, size);
}

char *ct_number_format_int(int64_t n, char *buf, size_t size)
{
    /* The magnitude as unsigned, so that INT64_MIN has one. */
    uint64_t v = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    char out[24];
    size_t pos = sizeof out;
    do {
        out[--pos] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    if (n < 0)
        out[--pos] = '-';
    return copy_out(out + pos, sizeof out - pos, buf, size);
}

/* A "%.15g" being written by format_g15: the 15 significant digits as an
 * integer (n) and the power of ten of the first (exp10), then the same
 * digits as text without the trailing zeros %g drops. */
typedef struct g15 {
    int64_t n;
    int exp10;
    char digits[16];
    int n_digits;
} g15;

/* The 15 significant digits of 'ax' (positive), rounded as snprintf
 * rounds them: the integer nearest to ax * 10^k for the k that puts it
 * in [10^14, 10^15).  With 10^k exact (k <= 22) the product is formed
 * exactly as hi + lo (fma gives the rounding error of hi), so its
 * fraction decides the rounding; false when 10^k is not exact or the
 * fraction is within 2^-20 of one half, where only snprintf knows. */
static bool g15_round(double ax, g15 *g)
{
    static const double pow10[] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    int k = 14 - (int)floor(log10(ax));
    double hi = 0.0, lo = 0.0;
    for (int tries = 0;; tries++) {
        if (k < 0 || k > 22 || tries == 3)
            return false;
        hi = ax * pow10[k];
        lo = fma(ax, pow10[k], -hi);
        /* log10 may be one out near a power of ten: keep the exact
         * product hi + lo in [10^14, 10^15). */
        if (hi > 1e15 || (hi >= 1e15 && lo >= 0.0))
            k--;
        else if (hi < 1e14 || (hi <= 1e14 && lo < 0.0))
            k++;
        else
            break;
    }
    double whole = floor(hi);
    double frac = (hi - whole) + lo; /* hi - whole is exact */
    if (frac < 0.0) {
        whole -= 1.0;
        frac += 1.0;
    } else if (frac >= 1.0) {
        whole += 1.0;
        frac -= 1.0;
    }
    if (fabs(frac - 0.5) < 0x1p-20)
        return false;
    g->n = (int64_t)whole + (frac > 0.5);
    g->exp10 = 14 - k;
    if (g->n >= 1000000000000000) { /* 999999999999999.7 rounds up */
        g->n /= 10;
        g->exp10++;
    }
    return true;
}

/* The digits of g->n as text, less the trailing zeros %g drops (one
 * digit is always kept). */
static void g15_spell(g15 *g)
{
    int64_t n = g->n;
    for (int i = 14; i >= 0; i--) {
        g->digits[i] = (char)('0' + n % 10);
        n /= 10;
    }
    g->n_digits = 15;
    while (g->n_digits > 1 && g->digits[g->n_digits - 1] == '0')
        g->n_digits--;
}

/* Fixed notation, as %g writes from 10^-4 up to 10^15: 14 - exp10
 * decimals less trailing zeros.  Returns the bytes written at 'out'. */
static size_t g15_put_fixed(const g15 *g, char *out)
{
    size_t pos = 0;
    int exp10 = g->exp10, n_digits = g->n_digits;
    if (exp10 < 0) {
        out[pos++] = '0';
        out[pos++] = '.';
        for (int i = -1; i > exp10; i--)
            out[pos++] = '0';
        memcpy(out + pos, g->digits, (size_t)n_digits);
        pos += (size_t)n_digits;
    } else {
        memcpy(out + pos, g->digits, (size_t)exp10 + 1);
        pos += (size_t)exp10 + 1;
        if (n_digits > exp10 + 1) {
            out[pos++] = '.';
            memcpy(out + pos, g->digits + exp10 + 1,
                   (size_t)(n_digits - exp10 - 1));
            pos += (size_t)(n_digits - exp10 - 1);
        }
    }
    return pos;
}

/* Exponent notation, as %g writes outside that range: d.ddd...e+XX with
 * at least two exponent digits.  Returns the bytes written at 'out'. */
static size_t g15_put_exponent(const g15 *g, char *out)
{
    size_t pos = 0;
    out[pos++] = g->digits[0];
    if (g->n_digits > 1) {
        out[pos++] = '.';
        memcpy(out + pos, g->digits + 1, (size_t)g->n_digits - 1);
        pos += (size_t)g->n_digits - 1;
    }
    out[pos++] = 'e';
    out[pos++] = g->exp10 < 0 ? '-' : '+';
    int e = g->exp10 < 0 ? -g->exp10 : g->exp10;
    if (e >= 100)
        out[pos++] = (char)('0' + e / 100);
    out[pos++] = (char)('0' + e / 10 % 10);
    out[pos++] = (char)('0' + e % 10);
    return pos;
}

/* "%.15g" of 'x' written without snprintf when that can be done exactly;
 * returns false, having written nothing, otherwise (the caller then uses
 * snprintf): 'x' zero, tiny, huge or infinite, or a rounding too close
 * to call (g15_round).  'out' has room for 32 bytes. */
static bool format_g15(double x, char *out)
{
    double ax = fabs(x);
    if (!(ax >= 1e-30 && ax <= 1e30))
        return false; /* zero, tiny, huge, infinite: outside the table */
    g15 g;
    if (!g15_round(ax, &g))
        return false;
    g15_spell(&g);
    size_t pos = 0;
    if (x < 0)
        out[pos++] = '-';
    if (g.exp10 >= -4 && g.exp10 < 15)
        pos += g15_put_fixed(&g, out + pos);
    else
        pos += g15_put_exponent(&g, out + pos);
    out[pos] = '\0';
    return true;
}

char *ct_number_format_raw(double x, char *buf, size_t size)
{
    if (isnan(x))
        return copy_out("", 0, buf, size);
    if (size == 0)
        return buf;
    /* "%.15g" switches to an exponent from 10^15 up; whole numbers up to
     * 10^15 are written out in full, with no sign on a negative zero.
     * Below 2^53 such a number converts to int64_t exactly, and its
     * digits are those "%.0f" writes.  islessgreater() compares without
     * tripping -Wfloat-equal. */
    if (fabs(x) <= 1e15 && !islessgreater(x, trunc(x)))
        return ct_number_format_int((int64_t)x, buf, size);
    char g[32];
    if (format_g15(x, g))
        return copy_out(g, strlen(g), buf, size);
    snprintf(buf, size, "%.15g", x);
    return buf;
}
