/* claim.c - published claims: the figures they state, the intervals those
 * figures stand for, the exact recomputation and the verdict (METHODS
 * §4.3); finding claims in plain text; reading claims files; writing the
 * results.
 *
 * All decisions use exact rational arithmetic on the printed decimals.
 * Products of four counts and two powers of ten already exceed 64 bits
 * (a change of rates: 100 (c1 p0 - c0 p1) / (c0 p1) compared with a
 * percentage to two places), so numbers are held in small fixed-width big
 * integers; nothing is ever decided on a double (METHODS §4.3, "C
 * rounding traps").  Doubles appear only in the results, for display. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/claim.h"
#include "crimetrend/ingest.h"
#include "internal.h"

/* snprintf into a fixed buffer, truncating: claims keep their strings in
 * fixed fields, so a long sentence is cut rather than refused. */
static void bprintf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(__printf__, 3, 4)));

static void bprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
}

/* ==================================================================== */
/* Exact arithmetic                                                      */
/* ==================================================================== */

/* A signed integer of BIG_LIMBS 32-bit limbs.  Realistic claims need
 * under 450 bits (see the file comment); an operation that would overflow
 * clears '*ok' and the claim is reported as not checkable. */
enum { BIG_LIMBS = 40 };

typedef struct big {
    uint32_t w[BIG_LIMBS];  /* magnitude, least significant limb first */
    bool neg;               /* sign; zero is never negative */
} big;

static big big_of(int64_t v)
{
    big b;
    memset(&b, 0, sizeof b);
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    b.w[0] = (uint32_t)m;
    b.w[1] = (uint32_t)(m >> 32);
    b.neg = v < 0;
    return b;
}

/* Number of limbs in use (0 for zero). */
static size_t big_used(const big *a)
{
    size_t n = BIG_LIMBS;
    while (n > 0 && a->w[n - 1] == 0)
        n--;
    return n;
}

static bool big_is_zero(const big *a)
{
    return big_used(a) == 0;
}

static int big_sign(const big *a)
{
    return big_is_zero(a) ? 0 : a->neg ? -1 : 1;
}

static int mag_cmp(const big *a, const big *b)
{
    for (size_t i = BIG_LIMBS; i-- > 0;)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

static big mag_add(const big *a, const big *b, bool *ok)
{
    big r;
    memset(&r, 0, sizeof r);
    uint64_t carry = 0;
    for (size_t i = 0; i < BIG_LIMBS; i++) {
        uint64_t t = (uint64_t)a->w[i] + b->w[i] + carry;
        r.w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        *ok = false;
    return r;
}

/* |a| - |b| for |a| >= |b|. */
static big mag_sub(const big *a, const big *b)
{
    big r;
    memset(&r, 0, sizeof r);
    int64_t borrow = 0;
    for (size_t i = 0; i < BIG_LIMBS; i++) {
        int64_t t = (int64_t)a->w[i] - b->w[i] - borrow;
        borrow = t < 0;
        r.w[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return r;
}

static big big_neg(big a)
{
    if (!big_is_zero(&a))
        a.neg = !a.neg;
    return a;
}

static big big_add(big a, big b, bool *ok)
{
    big r;
    if (a.neg == b.neg) {
        r = mag_add(&a, &b, ok);
        r.neg = a.neg;
    } else if (mag_cmp(&a, &b) >= 0) {
        r = mag_sub(&a, &b);
        r.neg = a.neg;
    } else {
        r = mag_sub(&b, &a);
        r.neg = b.neg;
    }
    if (big_is_zero(&r))
        r.neg = false;
    return r;
}

static big big_mul(big a, big b, bool *ok)
{
    big p;
    memset(&p, 0, sizeof p);
    size_t na = big_used(&a), nb = big_used(&b);
    if (na == 0 || nb == 0)
        return p;
    /* Only the limbs in use are touched: most figures fit in one or two. */
    uint32_t r[2 * BIG_LIMBS];
    memset(r, 0, (na + nb) * sizeof r[0]);
    for (size_t i = 0; i < na; i++) {
        uint64_t carry = 0;
        for (size_t j = 0; j < nb; j++) {
            uint64_t t = (uint64_t)a.w[i] * b.w[j] + r[i + j] + carry;
            r[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r[i + nb] = (uint32_t)carry;
    }
    for (size_t i = 0; i < na + nb; i++) {
        if (i < BIG_LIMBS)
            p.w[i] = r[i];
        else if (r[i] != 0)
            *ok = false;
    }
    p.neg = a.neg != b.neg && !big_is_zero(&p);
    return p;
}

static int big_cmp(const big *a, const big *b)
{
    int sa = big_sign(a), sb = big_sign(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    int m = mag_cmp(a, b);
    return sa < 0 ? -m : m;
}

static bool big_bit(const big *a, size_t k)
{
    return (a->w[k / 32] >> (k % 32)) & 1u;
}

/* q = |a| / |b| and r = |a| mod |b| (b non-zero).  A divisor of one limb
 * (the usual case: powers of ten, small counts) is divided limb by limb;
 * otherwise shift and subtract, over only the limbs the remainder can use
 * (it stays below 2|b|). */
static void mag_divmod(const big *a, const big *b, big *q, big *r)
{
    memset(q, 0, sizeof *q);
    memset(r, 0, sizeof *r);
    size_t nb = big_used(b), na = big_used(a);
    if (nb == 1) {
        uint64_t d = b->w[0], rem = 0;
        for (size_t i = na; i-- > 0;) {
            uint64_t cur = (rem << 32) | a->w[i];
            q->w[i] = (uint32_t)(cur / d);
            rem = cur % d;
        }
        r->w[0] = (uint32_t)rem;
        return;
    }
    size_t nr = nb + 1 < BIG_LIMBS ? nb + 1 : BIG_LIMBS;
    for (size_t k = na * 32; k-- > 0;) {
        /* r = 2 r + bit k of a */
        for (size_t i = nr; i-- > 1;)
            r->w[i] = (r->w[i] << 1) | (r->w[i - 1] >> 31);
        r->w[0] = (r->w[0] << 1) | (big_bit(a, k) ? 1u : 0u);
        int c = 0;
        for (size_t i = nr; i-- > 0 && c == 0;)
            if (r->w[i] != b->w[i])
                c = r->w[i] < b->w[i] ? -1 : 1;
        if (c >= 0) {
            int64_t borrow = 0;
            for (size_t i = 0; i < nr; i++) {
                int64_t t = (int64_t)r->w[i] - b->w[i] - borrow;
                borrow = t < 0;
                r->w[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
            }
            q->w[k / 32] |= 1u << (k % 32);
        }
    }
}

/* 10^e for 0 <= e <= 80. */
static big big_pow10(int e, bool *ok)
{
    big p = big_of(1), ten = big_of(10);
    for (int i = 0; i < e; i++)
        p = big_mul(p, ten, ok);
    return p;
}

/* A rational number n / d with d > 0, not reduced: the operations below
 * are few and shallow, so the sizes stay well inside a big. */
typedef struct rat {
    big n;  /* numerator, signed */
    big d;  /* denominator, > 0 */
} rat;

static rat rat_int(int64_t v)
{
    rat r = {big_of(v), big_of(1)};
    return r;
}

/* 10^e for -40 <= e <= 40. */
static rat rat_pow10(int e, bool *ok)
{
    rat r = {big_of(1), big_of(1)};
    if (e >= 0)
        r.n = big_pow10(e, ok);
    else
        r.d = big_pow10(-e, ok);
    return r;
}

static rat rat_add(rat a, rat b, bool *ok)
{
    rat r;
    if (mag_cmp(&a.d, &b.d) == 0) {
        /* Decimals of one precision share a denominator: keep it. */
        r.n = big_add(a.n, b.n, ok);
        r.d = a.d;
        return r;
    }
    r.n = big_add(big_mul(a.n, b.d, ok), big_mul(b.n, a.d, ok), ok);
    r.d = big_mul(a.d, b.d, ok);
    return r;
}

static rat rat_neg(rat a)
{
    a.n = big_neg(a.n);
    return a;
}

static rat rat_sub(rat a, rat b, bool *ok)
{
    return rat_add(a, rat_neg(b), ok);
}

static rat rat_mul(rat a, rat b, bool *ok)
{
    rat r = {big_mul(a.n, b.n, ok), big_mul(a.d, b.d, ok)};
    return r;
}

/* a / b for b != 0 (the caller checks). */
static rat rat_div(rat a, rat b, bool *ok)
{
    rat r = {big_mul(a.n, b.d, ok), big_mul(a.d, b.n, ok)};
    if (r.d.neg) {
        r.n = big_neg(r.n);
        r.d = big_neg(r.d);
    }
    return r;
}

static int rat_sign(const rat *a)
{
    return big_sign(&a->n);
}

static bool rat_is_zero(const rat *a)
{
    return big_is_zero(&a->n);
}

static int rat_cmp(const rat *a, const rat *b, bool *ok)
{
    big l = big_mul(a->n, b->d, ok), r = big_mul(b->n, a->d, ok);
    return big_cmp(&l, &r);
}

static rat rat_abs(rat a)
{
    a.n.neg = false;
    return a;
}

/* The integer nearest to x under 'rule' (ties by the rule; TRUNCATE
 * towards zero, CEILING upwards). */
static big rat_round_int(const rat *x, ct_rounding rule, bool *ok)
{
    big q, r;
    mag_divmod(&x->n, &x->d, &q, &r);  /* |x| = q + r/d */
    bool neg = x->n.neg;
    bool up = false;  /* move the magnitude up by one */
    if (!big_is_zero(&r)) {
        bool two = true;
        big r2 = mag_add(&r, &r, &two);
        int half = mag_cmp(&r2, &x->d);  /* r/d against 1/2 */
        switch (rule) {
        case CT_ROUNDING_HALF_UP:
            up = half >= 0;
            break;
        case CT_ROUNDING_HALF_EVEN:
            up = half > 0 || (half == 0 && (q.w[0] & 1u));
            break;
        case CT_ROUNDING_TRUNCATE:
            up = false;
            break;
        case CT_ROUNDING_CEILING:
            up = !neg;
            break;
        }
    }
    if (up) {
        big one = big_of(1);
        q = mag_add(&q, &one, ok);
    }
    q.neg = neg && !big_is_zero(&q);
    return q;
}

/* Writes the magnitude of a big in decimal into buf (room for 340
 * digits); returns the number of digits. */
static size_t big_digits(const big *a, char *buf, size_t size)
{
    big v = *a, ten = big_of(10), q, r;
    v.neg = false;
    char tmp[400];
    size_t n = 0;
    do {
        mag_divmod(&v, &ten, &q, &r);
        tmp[n++] = (char)('0' + r.w[0]);
        v = q;
    } while (!big_is_zero(&v) && n < sizeof tmp);
    size_t k = 0;
    for (size_t i = n; i-- > 0 && k + 1 < size;)
        buf[k++] = tmp[i];
    buf[k] = '\0';
    return k;
}

/* Writes x rounded half-up (away from zero) to 'decimals' places, with
 * ',' thousands separators when 'grouped': the exact decimal, never a
 * double's digits. */
static char *rat_format(const rat *x, int decimals, bool grouped, char *buf,
                        size_t size)
{
    bool ok = true;
    rat scaled = rat_mul(*x, rat_pow10(decimals, &ok), &ok);
    big q = rat_round_int(&scaled, CT_ROUNDING_HALF_UP, &ok);
    if (!ok) {
        bprintf(buf, size, "n/a");
        return buf;
    }
    char digits[400];
    size_t n = big_digits(&q, digits, sizeof digits);
    /* Pad so that there is at least one integer digit. */
    char padded[420];
    size_t want = (size_t)decimals + 1, k = 0;
    for (size_t i = n; i < want; i++)
        padded[k++] = '0';
    memcpy(padded + k, digits, n);
    n += k;
    char out[520];
    size_t pos = 0;
    if (q.neg)
        out[pos++] = '-';
    size_t n_int = n - (size_t)decimals;
    for (size_t i = 0; i < n_int; i++) {
        if (grouped && i > 0 && (n_int - i) % 3 == 0)
            out[pos++] = ',';
        out[pos++] = padded[i];
    }
    if (decimals > 0) {
        out[pos++] = '.';
        memcpy(out + pos, padded + n_int, (size_t)decimals);
        pos += (size_t)decimals;
    }
    out[pos] = '\0';
    bprintf(buf, size, "%s", out);
    return buf;
}

/* The value for display and machines: from the exact decimal to 17
 * significant digits, then strtod (correctly rounded; an exponent rather
 * than a decimal point keeps it independent of the locale). */
static double rat_to_double(const rat *x)
{
    bool ok = true;
    if (rat_is_zero(x))
        return 0.0;
    /* Find e with 10^16 <= |x| 10^e < 10^17. */
    rat a = rat_abs(*x);
    int e = 0;
    rat lo = rat_pow10(16, &ok), hi = rat_pow10(17, &ok);
    rat s = rat_mul(a, rat_pow10(e, &ok), &ok);
    while (rat_cmp(&s, &lo, &ok) < 0 && e < 300 && ok) {
        e++;
        s = rat_mul(a, rat_pow10(e, &ok), &ok);
    }
    while (rat_cmp(&s, &hi, &ok) >= 0 && e > -300 && ok) {
        e--;
        s = rat_mul(a, rat_pow10(e, &ok), &ok);
    }
    if (!ok)
        return 0.0;
    big q = rat_round_int(&s, CT_ROUNDING_HALF_EVEN, &ok);
    char digits[400], text[440];
    big_digits(&q, digits, sizeof digits);
    bprintf(text, sizeof text, "%s%se%d", x->n.neg ? "-" : "", digits, -e);
    return strtod(text, NULL);
}

/* ==================================================================== */
/* Figures and their intervals                                           */
/* ==================================================================== */

/* The exact value of a figure. */
static rat fig_value(const ct_claim_figure *f, bool *ok)
{
    rat v = rat_int(f->value.negative ? -f->value.digits : f->value.digits);
    return rat_mul(v, rat_pow10(f->exp10 - f->value.scale, ok), ok);
}

/* Its rounding unit, 10^(exp10 - scale). */
static rat fig_unit(const ct_claim_figure *f, bool *ok)
{
    return rat_pow10(f->exp10 - f->value.scale, ok);
}

static bool fig_is_zero(const ct_claim_figure *f)
{
    return f->value.digits == 0;
}

/* An interval of rationals with open or closed ends. */
typedef struct ival {
    rat lo, hi;
    bool lo_open, hi_open;
} ival;

/* The interval a figure stands for under 'rule' (METHODS §4.3 step 2). */
static ival fig_ival(const ct_claim_figure *f, ct_rounding rule, bool *ok)
{
    ival r;
    rat v = fig_value(f, ok);
    r.lo = r.hi = v;
    r.lo_open = r.hi_open = false;
    if (f->is_exact)
        return r;
    rat u = fig_unit(f, ok);
    rat h = rat_div(u, rat_int(2), ok);
    int s = rat_sign(&v);
    switch (rule) {
    case CT_ROUNDING_HALF_UP:
        /* Ties go away from zero, so the end nearer zero is closed. */
        r.lo = rat_sub(v, h, ok);
        r.hi = rat_add(v, h, ok);
        r.lo_open = s <= 0;
        r.hi_open = s >= 0;
        break;
    case CT_ROUNDING_HALF_EVEN:
        /* A tie rounds to the even last digit: 12.5 -> 12, 13.5 -> 14. */
        r.lo = rat_sub(v, h, ok);
        r.hi = rat_add(v, h, ok);
        r.lo_open = r.hi_open = (f->value.digits % 2) != 0;
        break;
    case CT_ROUNDING_TRUNCATE:
        if (s > 0) {
            r.hi = rat_add(v, u, ok);
            r.hi_open = true;
        } else if (s < 0) {
            r.lo = rat_sub(v, u, ok);
            r.lo_open = true;
        } else {
            r.lo = rat_neg(u);
            r.hi = u;
            r.lo_open = r.hi_open = true;
        }
        break;
    case CT_ROUNDING_CEILING:
        r.lo = rat_sub(v, u, ok);
        r.lo_open = true;
        break;
    }
    return r;
}

/* A decimal from an exact rational whose denominator divides 10^scale. */
static ct_decimal rat_decimal(const rat *x, int scale)
{
    bool ok = true;
    ct_decimal d = {0, scale, false};
    rat s = rat_mul(*x, rat_pow10(scale, &ok), &ok);
    big q = rat_round_int(&s, CT_ROUNDING_HALF_UP, &ok);
    if (big_used(&q) <= 2) {
        uint64_t m = (uint64_t)q.w[0] | ((uint64_t)q.w[1] << 32);
        if (m <= (uint64_t)INT64_MAX)
            d.digits = (int64_t)m;
    }
    d.negative = q.neg;
    return d;
}

void ct_claim_figure_bounds(const ct_claim_figure *f, ct_rounding rule,
                            ct_decimal *low, bool *low_open,
                            ct_decimal *high, bool *high_open)
{
    bool ok = true;
    ival r = fig_ival(f, rule, &ok);
    /* Half a unit needs one more place than the figure shows. */
    int scale = f->value.scale - f->exp10 + (f->is_exact ? 0 : 1);
    if (scale < 0)
        scale = 0;
    *low = rat_decimal(&r.lo, scale);
    *high = rat_decimal(&r.hi, scale);
    *low_open = r.lo_open;
    *high_open = r.hi_open;
}

/* An exact figure for a count from a table or a dataset. */
static ct_claim_figure fig_count(int64_t v)
{
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    f.is_set = true;
    f.is_exact = true;
    f.value.digits = v < 0 ? -v : v;
    f.value.negative = v < 0;
    return f;
}

/* An exact figure for a population held as a double: the decimal it
 * stands for (15 significant digits, number.h), taken as exact. */
static bool fig_population(double x, ct_claim_figure *f)
{
    char buf[64];
    ct_number_format_raw(x, buf, sizeof buf);
    memset(f, 0, sizeof *f);
    if (ct_number_parse_decimal(buf, strlen(buf), &f->value) != CT_NUMBER_OK)
        return false;
    f->is_set = true;
    f->is_exact = true;
    return true;
}

static const unsigned char minus_sign[] = {0xE2, 0x88, 0x92, 0};
static const unsigned char en_dash[] = {0xE2, 0x80, 0x93, 0};

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* True when the 'n' bytes at 's' begin with the word 'w' (ASCII case
 * ignored) not followed by a letter. */
static bool starts_word(const char *s, size_t n, const char *w)
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
static size_t skip_blanks(const char *s, size_t n, size_t i)
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

/* Reads the unit words after a number at s[i]: a multiplier and a
 * percent sign.  Returns the index after what was read. */
static size_t read_suffix(const char *s, size_t n, size_t i,
                          ct_claim_figure *f, bool *is_label)
{
    static const struct { const char *w; int e; } mult[] = {
        {"thousand", 3}, {"million", 6}, {"billion", 9}, {"mn", 6},
        {"bn", 9}, {"m", 6}, {"k", 3},
    };
    *is_label = false;
    /* Attached: "1.2k", "1.2m", "3bn".  Other letters ("3rd", "10am")
     * make the number a label. */
    if (i < n && is_alpha((unsigned char)s[i])) {
        bool found = false;
        for (size_t k = 0; k < sizeof mult / sizeof mult[0]; k++)
            if (strlen(mult[k].w) <= 2 && starts_word(s + i, n - i,
                                                      mult[k].w)) {
                f->exp10 = mult[k].e;
                i += strlen(mult[k].w);
                found = true;
                break;
            }
        if (!found) {
            *is_label = true;
            return i;
        }
    } else {
        size_t j = skip_blanks(s, n, i);
        for (size_t k = 0; k < 5; k++)
            if (starts_word(s + j, n - j, mult[k].w)) {
                f->exp10 = mult[k].e;
                i = j + strlen(mult[k].w);
                break;
            }
    }
    size_t j = skip_blanks(s, n, i);
    if (j < n && s[j] == '%') {
        f->is_percent = true;
        i = j + 1;
    } else if (starts_word(s + j, n - j, "percent")) {
        f->is_percent = true;
        i = j + 7;
    } else if (starts_word(s + j, n - j, "per")) {
        size_t k = skip_blanks(s, n, j + 3);
        if (k < n && s[k] == '-')
            k++;
        if (starts_word(s + k, n - k, "cent")) {
            f->is_percent = true;
            i = k + 4;
        }
    } else if (starts_word(s + j, n - j, "percentage")) {
        size_t k = skip_blanks(s, n, j + 10);
        if (starts_word(s + k, n - k, "points") ||
            starts_word(s + k, n - k, "point")) {
            f->is_percent = f->is_points = true;
            i = k + (starts_word(s + k, n - k, "points") ? 6 : 5);
        }
    } else if (starts_word(s + j, n - j, "pp")) {
        f->is_percent = f->is_points = true;
        i = j + 2;
    }
    if (f->is_percent && !f->is_points) {
        j = skip_blanks(s, n, i);
        if (starts_word(s + j, n - j, "points") ||
            starts_word(s + j, n - j, "point")) {
            f->is_points = true;
            i = j + (starts_word(s + j, n - j, "points") ? 6 : 5);
        }
    }
    return i;
}

/* Reads the digits of a number at s[i]: groups of three after ','
 * (also when the line breaks after the ','), or after a no-break or thin
 * space, and decimals.  Sets the decimal; returns the index after it, or
 * 'i' when there is no number or it has more than 18 digits. */
static size_t read_digits(const char *s, size_t n, size_t i, ct_decimal *d)
{
    size_t p = i, first = 0;
    int64_t v = 0;
    int n_digits = 0;
    while (p < n && is_digit((unsigned char)s[p])) {
        if (n_digits == 18)
            return i;
        v = v * 10 + (s[p] - '0');
        if (v != 0 || n_digits > 0)
            n_digits++;
        p++;
        first++;
    }
    if (first >= 1 && first <= 3 && !(first > 1 && s[i] == '0')) {
        for (;;) {
            size_t q = p;
            if (q < n && s[q] == ',') {
                q++;
                /* "1,\n233": pdftotext breaks a line after the comma. */
                if (q < n && (s[q] == '\n' || s[q] == '\r')) {
                    while (q < n && (s[q] == '\n' || s[q] == '\r'))
                        q++;
                    while (q < n && (s[q] == ' ' || s[q] == '\t'))
                        q++;
                }
            } else if (q + 1 < n && (unsigned char)s[q] == 0xC2 &&
                       (unsigned char)s[q + 1] == 0xA0) {
                q += 2;
            } else if (q + 2 < n && (unsigned char)s[q] == 0xE2 &&
                       (unsigned char)s[q + 1] == 0x80 &&
                       ((unsigned char)s[q + 2] == 0x89 ||
                        (unsigned char)s[q + 2] == 0xAF)) {
                q += 3;
            } else {
                break;
            }
            if (q + 3 > n || !is_digit((unsigned char)s[q]) ||
                !is_digit((unsigned char)s[q + 1]) ||
                !is_digit((unsigned char)s[q + 2]) ||
                (q + 3 < n && is_digit((unsigned char)s[q + 3])))
                break;
            for (int k = 0; k < 3; k++) {
                if (n_digits >= 18)
                    return i;
                v = v * 10 + (s[q + (size_t)k] - '0');
                if (v != 0 || n_digits > 0)
                    n_digits++;
            }
            p = q + 3;
        }
    }
    int scale = 0;
    if (p + 1 < n && s[p] == '.' && is_digit((unsigned char)s[p + 1])) {
        p++;
        while (p < n && is_digit((unsigned char)s[p])) {
            if (n_digits >= 18 || scale >= 18)
                return i;
            v = v * 10 + (s[p] - '0');
            if (v != 0 || n_digits > 0)
                n_digits++;
            scale++;
            p++;
        }
    }
    if (p == i)
        return i;
    d->digits = v;
    d->scale = scale;
    d->negative = false;
    return p;
}

/* Length of a sign at s[0]: '+' (1), '-' (1), U+2212 or an en dash (3);
 * 'neg' says which. */
static size_t sign_len(const char *s, size_t n, bool *neg)
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

bool ct_claim_figure_parse(const char *s, size_t len, ct_claim_figure *out)
{
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    size_t i = skip_blanks(s, len, 0);
    bool neg = false;
    i += sign_len(s + i, len - i, &neg);
    size_t p = read_digits(s, len, i, &f.value);
    if (p == i)
        return false;
    bool label;
    p = read_suffix(s, len, p, &f, &label);
    if (label || skip_blanks(s, len, p) != len)
        return false;
    f.value.negative = neg && f.value.digits != 0;
    f.is_set = true;
    f.is_exact = f.value.scale == 0 && f.exp10 == 0 && !f.is_percent;
    *out = f;
    return true;
}

/* Writes a figure as people read it: "1,233", "-4.1%", "1.2k",
 * "1.2 million", "5 percentage points"; 'plus' puts '+' on a rise. */
static char *fig_format(const ct_claim_figure *f, bool plus, char *buf,
                        size_t size)
{
    bool ok = true;
    rat mant = rat_mul(rat_int(f->value.digits),
                       rat_pow10(-f->value.scale, &ok), &ok);
    char num[80];
    const char *mult = "";
    if (f->exp10 == 3)
        mult = "k";
    else if (f->exp10 == 6)
        mult = " million";
    else if (f->exp10 == 9)
        mult = " billion";
    if (f->exp10 == 0 || *mult != '\0') {
        rat_format(&mant, f->value.scale, true, num, sizeof num);
    } else {
        rat v = fig_value(f, &ok);
        rat_format(&v, 0, true, num, sizeof num);
        mult = "";
    }
    bprintf(buf, size, "%s%s%s%s",
            f->value.negative ? "-" : (plus && f->value.digits ? "+" : ""),
            num, mult,
            f->is_points ? " percentage points" : f->is_percent ? "%" : "");
    return buf;
}

/* ==================================================================== */
/* Names                                                                 */
/* ==================================================================== */

const char *ct_verdict_name(ct_verdict v)
{
    switch (v) {
    case CT_VERDICT_CONSISTENT: return "consistent";
    case CT_VERDICT_IF_HALF_EVEN: return "consistent-if-half-even";
    case CT_VERDICT_IF_TRUNCATED: return "consistent-if-truncated";
    case CT_VERDICT_INCONSISTENT: return "inconsistent";
    case CT_VERDICT_NOT_CHECKABLE: return "not-checkable";
    }
    return "unknown";
}

/* The verdict in words for people. */
static const char *verdict_words(ct_verdict v)
{
    switch (v) {
    case CT_VERDICT_CONSISTENT: return "consistent";
    case CT_VERDICT_IF_HALF_EVEN: return "consistent only if rounded "
                                         "half-even";
    case CT_VERDICT_IF_TRUNCATED: return "consistent only if truncated";
    case CT_VERDICT_INCONSISTENT: return "inconsistent";
    case CT_VERDICT_NOT_CHECKABLE: return "not checkable";
    }
    return "unknown";
}

static const char *const measure_names[] = {
    [CT_MEASURE_COUNT] = "count",
    [CT_MEASURE_RATE] = "rate",
    [CT_MEASURE_CHANGE] = "change",
    [CT_MEASURE_PCT_CHANGE] = "pct_change",
    [CT_MEASURE_RATE_PCT_CHANGE] = "rate_pct_change",
    [CT_MEASURE_SHARE] = "share",
};

const char *ct_measure_name(ct_measure m)
{
    if ((size_t)m < sizeof measure_names / sizeof measure_names[0])
        return measure_names[m];
    return "unknown";
}

bool ct_measure_parse(const char *s, ct_measure *out)
{
    for (size_t i = 0; i < sizeof measure_names / sizeof measure_names[0];
         i++) {
        size_t k = 0;
        while (s[k] && measure_names[i][k] &&
               lower((unsigned char)s[k]) == (unsigned char)measure_names[i][k])
            k++;
        if (s[k] == '\0' && measure_names[i][k] == '\0') {
            *out = (ct_measure)i;
            return true;
        }
    }
    return false;
}

void ct_claim_init(ct_claim *c)
{
    memset(c, 0, sizeof *c);
    c->measure = CT_MEASURE_PCT_CHANGE;
    c->verdict = CT_VERDICT_NOT_CHECKABLE;
}

void ct_claim_options_init(ct_claim_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->pop_rule = CT_POP_RULE_JUNE30;
}

/* ==================================================================== */
/* Recomputation and verdicts (METHODS §4.3)                             */
/* ==================================================================== */

/* A closed range of values a measure can take. */
typedef struct range {
    rat lo, hi;
} range;

/* A measure of its inputs; false when it is not defined there (a
 * division by zero). */
typedef bool (*measure_fn)(const rat *x, rat *y, bool *ok);

static rat hundred(void)
{
    return rat_int(100);
}

/* 100 num / den, or false when den is 0 (no percentage exists). */
static bool percent_of(rat num, rat den, rat *y, bool *ok)
{
    if (rat_is_zero(&den))
        return false;
    *y = rat_mul(hundred(), rat_div(num, den, ok), ok);
    return true;
}

/* 100 (x1 - x0) / x0: per cent change from x0 to x1. */
static bool fn_pct_change(const rat *x, rat *y, bool *ok)
{
    return percent_of(rat_sub(x[1], x[0], ok), x[0], y, ok);
}

/* 100 (x1 - x0) / x1: the change divided by the later figure. */
static bool fn_wrong_base(const rat *x, rat *y, bool *ok)
{
    return percent_of(rat_sub(x[1], x[0], ok), x[1], y, ok);
}

/* 100 x1 / x0: the later figure as a percentage of the earlier. */
static bool fn_ratio(const rat *x, rat *y, bool *ok)
{
    return percent_of(x[1], x[0], y, ok);
}

/* 100 (x0 - x1) / x1: the change from the later figure to the earlier. */
static bool fn_swapped(const rat *x, rat *y, bool *ok)
{
    return percent_of(rat_sub(x[0], x[1], ok), x[1], y, ok);
}

/* x1 - x0. */
static bool fn_diff(const rat *x, rat *y, bool *ok)
{
    *y = rat_sub(x[1], x[0], ok);
    return true;
}

/* 100 x0 / x1: part x0 of total x1. */
static bool fn_share(const rat *x, rat *y, bool *ok)
{
    return percent_of(x[0], x[1], y, ok);
}

/* x0 x2 / x1: count x0 among population x1, per x2. */
static bool fn_rate(const rat *x, rat *y, bool *ok)
{
    if (rat_sign(&x[1]) <= 0)
        return false;
    *y = rat_div(rat_mul(x[0], x[2], ok), x[1], ok);
    return true;
}

/* Per cent change of the rate from (c0, p0) to (c1, p1), x = c0, c1, p0,
 * p1: 100 (c1 p0 - c0 p1) / (c0 p1); the base cancels. */
static bool fn_rate_pct(const rat *x, rat *y, bool *ok)
{
    rat den = rat_mul(x[0], x[3], ok);
    if (rat_sign(&x[2]) <= 0)
        return false;
    return percent_of(rat_sub(rat_mul(x[1], x[2], ok), den, ok), den, y, ok);
}

/* The same divided by the later rate: 100 (c1 p0 - c0 p1) / (c1 p0). */
static bool fn_rate_wrong_base(const rat *x, rat *y, bool *ok)
{
    rat den = rat_mul(x[1], x[2], ok);
    if (rat_sign(&x[3]) <= 0)
        return false;
    return percent_of(rat_sub(den, rat_mul(x[0], x[3], ok), ok), den, y, ok);
}

/* The rate change from the later period back to the earlier. */
static bool fn_rate_swapped(const rat *x, rat *y, bool *ok)
{
    if (!fn_rate_wrong_base(x, y, ok))
        return false;
    *y = rat_neg(*y);
    return true;
}

/* The ends of the interval a figure stands for, rounded half-up, taken
 * as closed: an open end changes nothing a published figure can show. */
static void fig_span(const ct_claim_figure *f, rat *lo, rat *hi, bool *ok)
{
    ival r = fig_ival(f, CT_ROUNDING_HALF_UP, ok);
    *lo = r.lo;
    *hi = r.hi;
}

/* The range of 'fn' over the intervals of its inputs, and its value at
 * the printed figures.  Every measure here is monotone in each input
 * while no denominator crosses zero, so the range is spanned by the
 * corners of the box (METHODS §4.3 step 3).  False when the measure is
 * undefined somewhere in the box. */
static bool range_of(measure_fn fn, const ct_claim_figure *const *in,
                     size_t n, range *r, rat *point, bool *ok)
{
    rat lo[4], hi[4], x[4], y;
    for (size_t i = 0; i < n; i++) {
        x[i] = fig_value(in[i], ok);
        fig_span(in[i], &lo[i], &hi[i], ok);
    }
    if (!fn(x, point, ok))
        return false;
    r->lo = r->hi = *point;
    for (unsigned mask = 0; mask < (1u << n); mask++) {
        for (size_t i = 0; i < n; i++)
            x[i] = (mask >> i) & 1u ? hi[i] : lo[i];
        if (!fn(x, &y, ok))
            return false;
        if (rat_cmp(&y, &r->lo, ok) < 0)
            r->lo = y;
        if (rat_cmp(&y, &r->hi, ok) > 0)
            r->hi = y;
    }
    return true;
}

/* True when the interval of a published figure meets a range. */
static bool meets(const ival *p, const range *r, bool *ok)
{
    int a = rat_cmp(&p->lo, &r->hi, ok);
    int b = rat_cmp(&r->lo, &p->hi, ok);
    return (a < 0 || (a == 0 && !p->lo_open)) &&
           (b < 0 || (b == 0 && !p->hi_open));
}

static range point_range(const rat *x)
{
    range r = {*x, *x};
    return r;
}

static range neg_range(const range *r)
{
    range n = {rat_neg(r->hi), rat_neg(r->lo)};
    return n;
}

/* An alternative explanation of an inconsistent figure (METHODS §4.3
 * step 4). */
typedef struct alt {
    const char *cause;   /* short name, e.g. "wrong base" */
    char detail[200];    /* what the alternative gives */
    range r;             /* the values it allows */
    bool magnitude;      /* compare the size of the figure, not its sign */
} alt;

enum { MAX_ALTS = 16 };

/* What a check computed: the range the inputs allow and the value at the
 * printed figures, the unit, and the alternatives to try. */
typedef struct plan {
    range feasible;         /* closed range of the measure */
    rat point;              /* at the printed figures */
    bool has_point;         /* point and feasible are set */
    bool inputs_exact;      /* the range is a single value */
    const char *unit;       /* "%", " percentage points", " per 1,000"... */
    char unit_buf[40];      /* storage for a rate's unit */
    int decimals;           /* shown for the recomputed value */
    alt alts[MAX_ALTS];
    size_t n_alts;
    char where[300];        /* data: "Sexual offences, Oxfordshire", or "" */
} plan;

static alt *add_alt(plan *pl, const char *cause, bool magnitude)
{
    if (pl->n_alts == MAX_ALTS)
        return NULL;
    alt *a = &pl->alts[pl->n_alts++];
    memset(a, 0, sizeof *a);
    a->cause = cause;
    a->magnitude = magnitude;
    return a;
}

/* A value with the plan's unit: "56.0759%", "443", "2,109.9461 per
 * 100,000". */
static char *value_text(const plan *pl, const rat *x, char *buf,
                        size_t size)
{
    char num[120];
    rat_format(x, pl->decimals, true, num, sizeof num);
    bprintf(buf, size, "%s%s", num, pl->unit);
    return buf;
}

static char *range_text(const plan *pl, const range *r, char *buf,
                        size_t size)
{
    bool ok = true;
    char a[120], b[120];
    if (rat_cmp(&r->lo, &r->hi, &ok) == 0)
        return value_text(pl, &r->lo, buf, size);
    rat_format(&r->lo, pl->decimals, true, a, sizeof a);
    value_text(pl, &r->hi, b, sizeof b);
    bprintf(buf, size, "%s to %s", a, b);
    return buf;
}

/* Adds an alternative computed by 'fn' over the inputs. */
static void try_alt(plan *pl, const char *cause, bool magnitude,
                    measure_fn fn, const ct_claim_figure *const *in,
                    size_t n, const char *what, bool *ok)
{
    range r;
    rat y;
    if (!range_of(fn, in, n, &r, &y, ok))
        return;
    alt *a = add_alt(pl, cause, magnitude);
    if (a == NULL)
        return;
    a->r = r;
    char v[200];
    bprintf(a->detail, sizeof a->detail, "%s %s", what,
            range_text(pl, &r, v, sizeof v));
}

static void set_result(ct_claim *c, ct_verdict v, const char *cause,
                       const char *fmt, ...)
    __attribute__((format(__printf__, 4, 5)));

static void set_result(ct_claim *c, ct_verdict v, const char *cause,
                       const char *fmt, ...)
{
    c->verdict = v;
    bprintf(c->cause, sizeof c->cause, "%s", cause);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->explanation, sizeof c->explanation, fmt, ap);
    va_end(ap);
}

/* The published figure rounded like 'like' under 'rule': what the
 * recomputed value would have been published as. */
static ct_claim_figure fig_round(const rat *x, const ct_claim_figure *like,
                                 ct_rounding rule, bool *ok)
{
    ct_claim_figure f = *like;
    rat q = rat_div(*x, fig_unit(like, ok), ok);
    big b = rat_round_int(&q, rule, ok);
    f.value.digits = 0;
    if (big_used(&b) <= 2) {
        uint64_t m = (uint64_t)b.w[0] | ((uint64_t)b.w[1] << 32);
        if (m <= (uint64_t)INT64_MAX)
            f.value.digits = (int64_t)m;
        else
            *ok = false;
    } else {
        *ok = false;
    }
    f.value.negative = b.neg;
    return f;
}

/* Decides the verdict from the plan (METHODS §4.3 steps 3 to 5). */
static void decide(ct_claim *c, plan *pl, const ct_claim_figure *pub,
                   bool *ok)
{
    ival hu = fig_ival(pub, CT_ROUNDING_HALF_UP, ok);
    ival he = fig_ival(pub, CT_ROUNDING_HALF_EVEN, ok);
    ival tr = fig_ival(pub, CT_ROUNDING_TRUNCATE, ok);
    char p[80], x[120], y[80];
    fig_format(pub, false, p, sizeof p);
    value_text(pl, &pl->point, x, sizeof x);
    if (meets(&hu, &pl->feasible, ok)) {
        c->verdict = CT_VERDICT_CONSISTENT;
        if (pl->inputs_exact && !meets(&he, &pl->feasible, ok)) {
            ct_claim_figure even = fig_round(&pl->point, pub,
                                             CT_ROUNDING_HALF_EVEN, ok);
            set_result(c, CT_VERDICT_CONSISTENT, "",
                       "%s is exactly halfway: %s rounded half-up, as "
                       "here; %s rounded half-even", x, p,
                       fig_format(&even, false, y, sizeof y));
        }
        return;
    }
    ct_claim_figure up = fig_round(&pl->point, pub, CT_ROUNDING_HALF_UP, ok);
    fig_format(&up, false, y, sizeof y);
    if (meets(&he, &pl->feasible, ok)) {
        if (pl->inputs_exact)
            set_result(c, CT_VERDICT_IF_HALF_EVEN, "rounded half-even",
                       "holds only if rounded half-even (banker's "
                       "rounding): %s is exactly halfway; rounded half-up "
                       "it is %s", x, y);
        else
            set_result(c, CT_VERDICT_IF_HALF_EVEN, "rounded half-even",
                       "holds only if rounded half-even (banker's "
                       "rounding)");
        return;
    }
    if (meets(&tr, &pl->feasible, ok)) {
        set_result(c, CT_VERDICT_IF_TRUNCATED, "truncated",
                   "holds only if cut off rather than rounded: %s rounded "
                   "half-up is %s", x, y);
        return;
    }
    ct_claim_figure mag = *pub;
    mag.value.negative = false;
    for (size_t i = 0; i < pl->n_alts; i++) {
        const alt *a = &pl->alts[i];
        const ct_claim_figure *f = a->magnitude ? &mag : pub;
        ival h1 = fig_ival(f, CT_ROUNDING_HALF_UP, ok);
        ival h2 = fig_ival(f, CT_ROUNDING_HALF_EVEN, ok);
        if (meets(&h1, &a->r, ok) || meets(&h2, &a->r, ok)) {
            set_result(c, CT_VERDICT_INCONSISTENT, a->cause, "%s: %s",
                       a->cause, a->detail);
            return;
        }
    }
    if (c->measure == CT_MEASURE_COUNT) {
        set_result(c, CT_VERDICT_INCONSISTENT, "differs from the dataset",
                   "differs from the dataset: it has %s", x);
        return;
    }
    ival ce = fig_ival(pub, CT_ROUNDING_CEILING, ok);
    if (meets(&ce, &pl->feasible, ok)) {
        set_result(c, CT_VERDICT_INCONSISTENT, "rounded up",
                   "rounded up: %s always rounded up gives %s; rounded "
                   "to the nearest it is %s", x, p, y);
        return;
    }
    if (pl->inputs_exact)
        set_result(c, CT_VERDICT_INCONSISTENT, "no simple explanation",
                   "no simple explanation: the figures give %s, which "
                   "rounds to %s", x, y);
    else
        set_result(c, CT_VERDICT_INCONSISTENT, "no simple explanation",
                   "no simple explanation: allowing for their rounding "
                   "the figures give %s",
                   range_text(pl, &pl->feasible, x, sizeof x));
}

static bool all_exact(const ct_claim_figure *const *in, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!in[i]->is_exact)
            return false;
    return true;
}

/* "from 790 (2014) to 1,233 (2015)". */
static void pair_text(const ct_claim *c, char *buf, size_t size)
{
    char a[80], b[80];
    fig_format(&c->from, false, a, sizeof a);
    fig_format(&c->to, false, b, sizeof b);
    if (c->period_from[0] && c->period[0])
        bprintf(buf, size, "from %s (%s) to %s (%s)", a, c->period_from, b,
                c->period);
    else
        bprintf(buf, size, "from %s to %s", a, b);
}

/* Writes "<what>[ in <where>] <pair>: <value>[; <range> allowing for the
 * rounding of the figures]" into c->detail. */
static void set_detail(ct_claim *c, const plan *pl, const char *what,
                       const char *figures)
{
    char v[120], r[240];
    value_text(pl, &pl->point, v, sizeof v);
    char where[320] = "";
    if (pl->where[0])
        bprintf(where, sizeof where, " of %s,", pl->where);
    if (pl->inputs_exact)
        bprintf(c->detail, sizeof c->detail, "%s%s %s: %s", what, where,
                figures, v);
    else
        bprintf(c->detail, sizeof c->detail,
                "%s%s %s: %s as printed; %s allowing for the rounding of "
                "the figures", what, where, figures, v,
                range_text(pl, &pl->feasible, r, sizeof r));
}

static void not_checkable(ct_claim *c, const char *cause, const char *why)
{
    set_result(c, CT_VERDICT_NOT_CHECKABLE, cause, "%s", why);
}

/* Per cent change (or, with populations, the change of the rate) from
 * c->from to c->to. */
static bool plan_pct(ct_claim *c, plan *pl, bool *ok)
{
    const ct_claim_figure *a = &c->from, *b = &c->to;
    if (!a->is_set || !b->is_set) {
        if (!a->is_set && !b->is_set)
            not_checkable(c, "needs the figures compared",
                          "needs the two figures compared; only the "
                          "percentage is given");
        else
            not_checkable(c, "needs the figures compared",
                          a->is_set ? "needs the later figure; only the "
                                      "percentage and the earlier one are "
                                      "given"
                                    : "needs the earlier figure; only the "
                                      "percentage and the later one are "
                                      "given");
        return false;
    }
    rat lo, hi;
    fig_span(a, &lo, &hi, ok);
    if (a->is_exact && fig_is_zero(a)) {
        if (fig_is_zero(b) && fig_is_zero(&c->published))
            c->verdict = CT_VERDICT_CONSISTENT;
        else
            set_result(c, CT_VERDICT_INCONSISTENT, "change from zero",
                       "change from zero: a per cent change from 0 is not "
                       "defined; give the counts instead");
        return false;
    }
    if (rat_sign(&lo) <= 0) {
        not_checkable(c, "earlier figure rounds to 0",
                      "the earlier figure may be 0 once rounding is "
                      "allowed for, so any per cent change is possible");
        return false;
    }
    const ct_claim_figure *in[2] = {a, b};
    if (!range_of(fn_pct_change, in, 2, &pl->feasible, &pl->point, ok))
        return false;
    pl->inputs_exact = all_exact(in, 2);
    pl->unit = "%";
    pl->decimals = 4;
    char fig[200];
    pair_text(c, fig, sizeof fig);
    set_detail(c, pl, "per cent change", fig);

    /* The alternatives, in the order of METHODS §4.3 step 4. */
    rat blo, bhi;
    fig_span(b, &blo, &bhi, ok);
    bool b_positive = rat_sign(&blo) > 0;
    if (b_positive)
        try_alt(pl, "wrong base", false, fn_wrong_base, in, 2,
                "dividing by the later figure instead of the earlier "
                "gives", ok);
    try_alt(pl, "ratio given as change", true, fn_ratio, in, 2,
            "the later figure as a percentage of the earlier is", ok);
    if (c->pop_from.is_set && c->pop_to.is_set) {
        const ct_claim_figure *in4[4] = {a, b, &c->pop_from, &c->pop_to};
        try_alt(pl, "rate change given as count change", false,
                fn_rate_pct, in4, 4,
                "the change in the rate per head, with the populations of "
                "the two periods, is", ok);
    }
    if (a->is_percent && b->is_percent) {
        const char *unit = pl->unit;
        pl->unit = " percentage points";
        try_alt(pl, "percentage points given as per cent", false, fn_diff,
                in, 2, "the difference between the two percentages is",
                ok);
        pl->unit = unit;
    }
    alt *w = add_alt(pl, "wrong direction", false);
    if (w != NULL) {
        w->r = neg_range(&pl->feasible);
        char v[200];
        range mag = rat_sign(&pl->point) >= 0 ? pl->feasible
                                               : neg_range(&pl->feasible);
        bprintf(w->detail, sizeof w->detail, "the figures show a %s of %s",
                rat_sign(&pl->point) >= 0 ? "rise" : "fall",
                range_text(pl, &mag, v, sizeof v));
    }
    if (b_positive)
        try_alt(pl, "years swapped", false, fn_swapped, in, 2,
                "the change from the later figure back to the earlier is",
                ok);
    if (pl->inputs_exact && !a->value.negative && !b->value.negative &&
        a->value.scale == 0 && b->value.scale == 0) {
        /* Figures rounded to tens, hundreds, ... before dividing, keeping
         * at least two significant figures of the smaller. */
        int64_t va = a->value.digits, vb = b->value.digits;
        int64_t small = va < vb ? va : vb;
        for (int64_t unit = 10; unit * 10 <= small && unit < 1000000000;
             unit *= 10) {
            int64_t ra = (va + unit / 2) / unit * unit;
            int64_t rb = (vb + unit / 2) / unit * unit;
            if (ra == va && rb == vb)
                continue;
            ct_claim_figure fa = fig_count(ra), fb = fig_count(rb);
            const ct_claim_figure *rin[2] = {&fa, &fb};
            char ta[40], tb[40], what[160];
            bprintf(what, sizeof what, "%s and %s (to the nearest %s) "
                    "give", ct_number_format_count(ra, ta, sizeof ta),
                    ct_number_format_count(rb, tb, sizeof tb),
                    unit == 10 ? "10" : unit == 100 ? "100"
                    : unit == 1000 ? "1,000" : unit == 10000 ? "10,000"
                    : "100,000 or more");
            try_alt(pl, "inputs rounded before dividing", false,
                    fn_pct_change, rin, 2, what, ok);
        }
    }
    return true;
}

/* Per cent change of a rate: from counts and populations, or from the
 * two rates as printed. */
static bool plan_rate_pct(ct_claim *c, plan *pl, bool *ok)
{
    if (!c->pop_from.is_set || !c->pop_to.is_set) {
        if (c->from.is_set && c->to.is_set)
            return plan_pct(c, pl, ok);  /* the rates themselves */
        not_checkable(c, "needs the counts and populations",
                      "needs the counts and the populations of both "
                      "periods");
        return false;
    }
    if (!c->from.is_set || !c->to.is_set) {
        not_checkable(c, "needs the counts and populations",
                      "needs the counts of both periods");
        return false;
    }
    if (fig_is_zero(&c->from)) {
        set_result(c, CT_VERDICT_INCONSISTENT, "change from zero",
                   "change from zero: a per cent change from a rate of 0 "
                   "is not defined");
        return false;
    }
    const ct_claim_figure *in[4] = {&c->from, &c->to, &c->pop_from,
                                    &c->pop_to};
    if (!range_of(fn_rate_pct, in, 4, &pl->feasible, &pl->point, ok))
        return false;
    pl->inputs_exact = all_exact(in, 4);
    pl->unit = "%";
    pl->decimals = 4;
    char a[60], b[60], pa[60], pb[60], fig[300];
    fig_format(&c->from, false, a, sizeof a);
    fig_format(&c->to, false, b, sizeof b);
    fig_format(&c->pop_from, false, pa, sizeof pa);
    fig_format(&c->pop_to, false, pb, sizeof pb);
    bprintf(fig, sizeof fig, "from %s among %s%s%s%s to %s among %s%s%s%s",
            a, pa, c->period_from[0] ? " (" : "", c->period_from,
            c->period_from[0] ? ")" : "", b, pb, c->period[0] ? " (" : "",
            c->period, c->period[0] ? ")" : "");
    set_detail(c, pl, "per cent change in the rate", fig);

    const ct_claim_figure *in2[2] = {&c->from, &c->to};
    try_alt(pl, "count change given as rate change", false, fn_pct_change,
            in2, 2, "the change in the count is", ok);
    try_alt(pl, "wrong base", false, fn_rate_wrong_base, in, 4,
            "dividing by the later rate instead of the earlier gives", ok);
    alt *w = add_alt(pl, "wrong direction", false);
    if (w != NULL) {
        w->r = neg_range(&pl->feasible);
        char v[200];
        range mag = rat_sign(&pl->point) >= 0 ? pl->feasible
                                               : neg_range(&pl->feasible);
        bprintf(w->detail, sizeof w->detail, "the rate shows a %s of %s",
                rat_sign(&pl->point) >= 0 ? "rise" : "fall",
                range_text(pl, &mag, v, sizeof v));
    }
    try_alt(pl, "years swapped", false, fn_rate_swapped, in, 4,
            "the change from the later rate back to the earlier is", ok);
    if (pl->inputs_exact) {
        /* Rates rounded to 0, 1 or 2 places before dividing. */
        rat per = c->per.is_set ? fig_value(&c->per, ok) : rat_int(1000);
        rat r0 = rat_div(rat_mul(fig_value(&c->from, ok), per, ok),
                         fig_value(&c->pop_from, ok), ok);
        rat r1 = rat_div(rat_mul(fig_value(&c->to, ok), per, ok),
                         fig_value(&c->pop_to, ok), ok);
        for (int d = 2; d >= 0; d--) {
            rat scale = rat_pow10(d, ok), back = rat_pow10(-d, ok);
            rat s0 = rat_mul(r0, scale, ok), s1 = rat_mul(r1, scale, ok);
            rat q0 = {rat_round_int(&s0, CT_ROUNDING_HALF_UP, ok),
                      big_of(1)};
            rat q1 = {rat_round_int(&s1, CT_ROUNDING_HALF_UP, ok),
                      big_of(1)};
            q0 = rat_mul(q0, back, ok);
            q1 = rat_mul(q1, back, ok);
            rat x[2] = {q0, q1}, y;
            if (!fn_pct_change(x, &y, ok))
                continue;
            alt *al = add_alt(pl, "inputs rounded before dividing", false);
            if (al == NULL)
                break;
            al->r = point_range(&y);
            char t0[60], t1[60], v[120];
            rat_format(&q0, d, true, t0, sizeof t0);
            rat_format(&q1, d, true, t1, sizeof t1);
            bprintf(al->detail, sizeof al->detail,
                    "the rates rounded to %d decimal place%s (%s and %s) "
                    "give %s", d, d == 1 ? "" : "s", t0, t1,
                    value_text(pl, &y, v, sizeof v));
        }
    }
    return true;
}

/* Absolute change later - earlier (percentage points for percentages). */
static bool plan_change(ct_claim *c, plan *pl, bool *ok)
{
    if (!c->from.is_set || !c->to.is_set) {
        not_checkable(c, "needs the figures compared",
                      "needs the two figures compared; only the change is "
                      "given");
        return false;
    }
    const ct_claim_figure *in[2] = {&c->from, &c->to};
    if (!range_of(fn_diff, in, 2, &pl->feasible, &pl->point, ok))
        return false;
    pl->inputs_exact = all_exact(in, 2);
    bool points = c->from.is_percent && c->to.is_percent;
    pl->unit = points ? " percentage points" : "";
    pl->decimals = pl->inputs_exact && c->from.value.scale == 0 &&
                   c->to.value.scale == 0 ? 0 : 4;
    char fig[200];
    pair_text(c, fig, sizeof fig);
    set_detail(c, pl, points ? "change in percentage points" : "change",
               fig);
    if (points) {
        const char *unit = pl->unit;
        pl->unit = "%";
        rat lo, hi;
        fig_span(&c->from, &lo, &hi, ok);
        if (rat_sign(&lo) > 0)
            try_alt(pl, "per cent given as percentage points", false,
                    fn_pct_change, in, 2, "the per cent change is", ok);
        pl->unit = unit;
    }
    alt *w = add_alt(pl, "wrong direction", false);
    if (w != NULL) {
        w->r = neg_range(&pl->feasible);
        char v[200];
        range mag = rat_sign(&pl->point) >= 0 ? pl->feasible
                                               : neg_range(&pl->feasible);
        bprintf(w->detail, sizeof w->detail, "the figures show a %s of %s",
                rat_sign(&pl->point) >= 0 ? "rise" : "fall",
                range_text(pl, &mag, v, sizeof v));
    }
    return true;
}

/* A count: the published figure against the dataset's (in c->to). */
static bool plan_count(ct_claim *c, plan *pl, bool *ok)
{
    if (!c->to.is_set) {
        not_checkable(c, "needs the dataset's count",
                      "needs the count from a dataset");
        return false;
    }
    pl->point = fig_value(&c->to, ok);
    pl->feasible = point_range(&pl->point);
    pl->inputs_exact = true;
    pl->unit = "";
    pl->decimals = 0;
    char fig[80];
    bprintf(fig, sizeof fig, "in %s", c->period);
    set_detail(c, pl, "count", fig);
    return true;
}

/* A rate: count (c->from) among population (c->to) per c->per. */
static bool plan_rate(ct_claim *c, plan *pl, bool *ok)
{
    if (!c->from.is_set || !c->to.is_set) {
        not_checkable(c, "needs the count and the population",
                      "needs the count and the population the rate is "
                      "made of");
        return false;
    }
    ct_claim_figure per = c->per.is_set ? c->per : fig_count(1000);
    const ct_claim_figure *in[3] = {&c->from, &c->to, &per};
    if (!range_of(fn_rate, in, 3, &pl->feasible, &pl->point, ok)) {
        not_checkable(c, "needs the count and the population",
                      "the population is 0");
        return false;
    }
    pl->inputs_exact = all_exact(in, 3);
    char pt[60];
    bprintf(pl->unit_buf, sizeof pl->unit_buf, " per %s",
            fig_format(&per, false, pt, sizeof pt));
    pl->unit = pl->unit_buf;
    pl->decimals = 4;
    char a[60], b[60], fig[200];
    bprintf(fig, sizeof fig, "%s%s among %s%s%s%s",
            pl->where[0] ? "" : "of ", fig_format(&c->from, false, a, sizeof a),
            fig_format(&c->to, false, b, sizeof b), c->period[0] ? " (" : "",
            c->period, c->period[0] ? ")" : "");
    set_detail(c, pl, "rate", fig);
    /* A rate per another base: 33 per 10,000 published as per 1,000. */
    static const int64_t bases[] = {100, 1000, 10000, 100000, 1000000};
    rat perv = fig_value(&per, ok);
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        rat b2 = rat_int(bases[i]);
        if (rat_cmp(&b2, &perv, ok) == 0)
            continue;
        ct_claim_figure other = fig_count(bases[i]);
        const ct_claim_figure *in2[3] = {&c->from, &c->to, &other};
        char what[80], t[40];
        bprintf(what, sizeof what, "the rate per %s is",
                ct_number_format_count(bases[i], t, sizeof t));
        const char *unit = pl->unit;
        pl->unit = "";
        try_alt(pl, "rate per another base", false, fn_rate, in2, 3, what,
                ok);
        pl->unit = unit;
    }
    return true;
}

/* The share part / total, or with only the total the GRIM test (METHODS
 * §4.2): is there a whole number k of the N with 100 k / N rounding to
 * the published figure? */
static bool plan_share(ct_claim *c, plan *pl, const ct_claim_figure *pub,
                       bool *ok)
{
    if (!c->to.is_set) {
        not_checkable(c, "needs the total",
                      "needs the total the share is taken of");
        return false;
    }
    pl->unit = "%";
    pl->decimals = 4;
    char a[60], b[60], fig[200];
    if (c->from.is_set) {
        const ct_claim_figure *in[2] = {&c->from, &c->to};
        if (!range_of(fn_share, in, 2, &pl->feasible, &pl->point, ok)) {
            not_checkable(c, "needs the total", "the total is 0");
            return false;
        }
        pl->inputs_exact = all_exact(in, 2);
        bprintf(fig, sizeof fig, "%s of %s%s%s%s",
                fig_format(&c->from, false, a, sizeof a),
                fig_format(&c->to, false, b, sizeof b),
                c->period[0] ? " (" : "", c->period,
                c->period[0] ? ")" : "");
        set_detail(c, pl, "share", fig);
        alt *w = add_alt(pl, "share of the rest", false);
        if (w != NULL) {
            rat h = hundred();
            w->r.lo = rat_sub(h, pl->feasible.hi, ok);
            w->r.hi = rat_sub(h, pl->feasible.lo, ok);
            char v[120];
            bprintf(w->detail, sizeof w->detail, "the rest of the total "
                    "is %s", range_text(pl, &w->r, v, sizeof v));
        }
        return true;
    }
    /* GRIM: only the total. */
    if (!c->to.is_exact || c->to.value.negative || fig_is_zero(&c->to)) {
        not_checkable(c, "needs the part",
                      "needs the part, or the exact total");
        return false;
    }
    int64_t n = c->to.value.digits;
    ival hu = fig_ival(pub, CT_ROUNDING_HALF_UP, ok);
    rat h = hundred();
    if (rat_cmp(&hu.lo, &h, ok) > 0) {
        set_result(c, CT_VERDICT_INCONSISTENT, "share over 100%",
                   "share over 100%%: a part cannot be more than the "
                   "whole");
        return false;
    }
    int d = pub->value.scale - pub->exp10;
    if (d < 0)
        d = 0;
    rat lim = rat_pow10(d + 2, ok), nr = rat_int(n);
    char nt[40];
    ct_number_format_count(n, nt, sizeof nt);
    if (d > 16 || rat_cmp(&nr, &lim, ok) >= 0) {
        char why[200];
        bprintf(why, sizeof why, "needs the part: with %s in the total "
                "every percentage to %d decimal place%s is possible", nt, d,
                d == 1 ? "" : "s");
        not_checkable(c, "needs the part", why);
        return false;
    }
    /* The part nearest the published share: round(N P / 100). */
    rat pv = fig_value(pub, ok);
    rat kx = rat_div(rat_mul(nr, pv, ok), h, ok);
    big kb = rat_round_int(&kx, CT_ROUNDING_HALF_UP, ok);
    /* 0 <= k <= N < 10^18 here, so two limbs hold it. */
    int64_t k = (int64_t)((uint64_t)kb.w[0] | ((uint64_t)kb.w[1] << 32));
    if (kb.neg)
        k = 0;
    if (k > n)
        k = n;
    rat kr = rat_int(k);
    pl->point = rat_mul(h, rat_div(kr, nr, ok), ok);
    pl->feasible = point_range(&pl->point);
    pl->inputs_exact = true;
    pl->has_point = true;
    bprintf(fig, sizeof fig, "of %s: the nearest whole number is %s of %s",
            nt, ct_number_format_count(k, a, sizeof a), nt);
    set_detail(c, pl, "share", fig);
    /* Every whole number of the N that the published interval allows,
     * under each rounding rule in turn. */
    static const ct_rounding rules[] = {CT_ROUNDING_HALF_UP,
                                        CT_ROUNDING_HALF_EVEN,
                                        CT_ROUNDING_TRUNCATE};
    static const ct_verdict verdicts[] = {CT_VERDICT_CONSISTENT,
                                          CT_VERDICT_IF_HALF_EVEN,
                                          CT_VERDICT_IF_TRUNCATED};
    for (size_t i = 0; i < 3; i++) {
        for (int64_t kk = k - 1; kk <= k + 1; kk++) {
            if (kk < 0 || kk > n)
                continue;
            rat kv = rat_int(kk);
            rat s = rat_mul(h, rat_div(kv, nr, ok), ok);
            ival iv = fig_ival(pub, rules[i], ok);
            range one = point_range(&s);
            if (meets(&iv, &one, ok)) {
                pl->point = s;
                pl->feasible = one;
                set_detail(c, pl, "share", fig);
                c->verdict = verdicts[i];
                if (i > 0)
                    set_result(c, verdicts[i], i == 1 ? "rounded half-even"
                                                      : "truncated",
                               "holds only if %s: %s of %s",
                               i == 1 ? "rounded half-even" : "truncated",
                               ct_number_format_count(kk, a, sizeof a), nt);
                return false;
            }
        }
    }
    char v1[80], v2[80];
    int64_t k1 = k > 0 ? k - 1 : 0, k2 = k < n ? k + 1 : n;
    rat s1 = rat_mul(h, rat_div(rat_int(k1), nr, ok), ok);
    rat s2 = rat_mul(h, rat_div(rat_int(k2), nr, ok), ok);
    set_result(c, CT_VERDICT_INCONSISTENT, "no whole number fits",
               "no whole number fits: no part of %s gives %s (%s of %s is "
               "%s, %s is %s)", nt, fig_format(pub, false, b, sizeof b),
               ct_number_format_count(k1, a, sizeof a), nt,
               value_text(pl, &s1, v1, sizeof v1),
               ct_number_format_count(k2, fig, sizeof fig),
               value_text(pl, &s2, v2, sizeof v2));
    return false;
}

/* ==================================================================== */
/* Figures from a dataset                                                */
/* ==================================================================== */

/* True when 'needle' occurs in 'hay' as whole words, ignoring ASCII case
 * and reading '_' in the needle as a space ("property_crime" is found in
 * "property crime"). */
static bool has_words(const char *hay, const char *needle)
{
    size_t n = strlen(needle), h = strlen(hay);
    if (n == 0 || n > h)
        return false;
    for (size_t i = 0; i + n <= h; i++) {
        if (i > 0 && (is_alpha((unsigned char)hay[i - 1]) ||
                      is_digit((unsigned char)hay[i - 1])))
            continue;
        size_t k = 0;
        while (k < n) {
            unsigned char a = lower((unsigned char)hay[i + k]);
            unsigned char b = lower((unsigned char)needle[k]);
            if (b == '_')
                b = ' ';
            if (a != b)
                break;
            k++;
        }
        if (k == n && (i + n == h || (!is_alpha((unsigned char)hay[i + n]) &&
                                      !is_digit((unsigned char)hay[i + n]))))
            return true;
    }
    return false;
}

/* The longest area (or offence) name of the dataset found in 'text'. */
static ct_id find_longest(const ct_dataset *ds, const char *text, bool area)
{
    ct_id best = CT_NO_ID;
    size_t best_len = 0;
    size_t n = area ? ct_dataset_n_areas(ds) : ct_dataset_n_offences(ds);
    for (size_t i = 0; i < n; i++) {
        const char *name = area ? ct_dataset_area_name(ds, (ct_id)i)
                                : ct_dataset_offence_name(ds, (ct_id)i);
        size_t len = strlen(name);
        if (len > best_len && has_words(text, name)) {
            best = (ct_id)i;
            best_len = len;
        }
    }
    return best;
}

/* The longest area (or offence) name of the dataset found in the clause
 * of a context (up to its line break), else in the whole of it. */
static ct_id find_name(const ct_dataset *ds, const char *context, bool area)
{
    char clause[sizeof ((ct_claim *)0)->context];
    const char *nl = strchr(context, '\n');
    size_t k = nl != NULL ? (size_t)(nl - context) : strlen(context);
    memcpy(clause, context, k);
    clause[k] = '\0';
    ct_id id = find_longest(ds, clause, area);
    return id != CT_NO_ID ? id : find_longest(ds, context, area);
}

/* The dataset period for a label: the same months, or for a calendar
 * year named in a text the one 12-month period of the dataset that ends
 * in that year (a year ending September, a financial year). */
static ct_id find_period(const ct_dataset *ds, ct_period p)
{
    ct_id id = ct_dataset_find_period(ds, p);
    if (id != CT_NO_ID || p.kind != CT_PERIOD_YEAR)
        return id;
    ct_id found = CT_NO_ID;
    for (size_t i = 0; i < ct_dataset_n_periods(ds); i++) {
        ct_period q = ct_dataset_period(ds, (ct_id)i);
        if (q.n_months == 12 && ct_period_end(q) / 12 == p.start / 12) {
            if (found != CT_NO_ID)
                return CT_NO_ID;  /* ambiguous */
            found = (ct_id)i;
        }
    }
    return found;
}

/* What the data gives a claim. */
typedef struct lookup {
    const ct_dataset *ds;
    ct_pop_rule rule;
    ct_id area, offence;
    const char *area_name, *offence_name;
} lookup;

static void period_label(const ct_dataset *ds, ct_id p, char *buf,
                         size_t size)
{
    ct_period_format(ct_dataset_period(ds, p), buf, size);
}

/* The count of the cell, or a not-checkable verdict saying why not. */
static bool data_count(ct_claim *c, const lookup *lk, ct_id area,
                       ct_id offence, ct_id period, ct_claim_figure *out)
{
    ct_cell cell = ct_dataset_cell(lk->ds, area, offence, period);
    if (cell.state == CT_CELL_PRESENT) {
        *out = fig_count(cell.count);
        return true;
    }
    char pl[40], why[400];
    period_label(lk->ds, period, pl, sizeof pl);
    bprintf(why, sizeof why, "the count of %s in %s for %s is %s in the "
            "dataset", ct_dataset_offence_name(lk->ds, offence),
            ct_dataset_area_name(lk->ds, area), pl,
            cell.state == CT_CELL_SUPPRESSED ? "suppressed" : "missing");
    not_checkable(c, "count missing from the dataset", why);
    return false;
}

static bool data_population(ct_claim *c, const lookup *lk, ct_id period,
                            bool required, ct_claim_figure *out)
{
    double pop;
    ct_period src;
    ct_period p = ct_dataset_period(lk->ds, period);
    if (ct_dataset_population(lk->ds, lk->area, p, lk->rule, &pop, &src) &&
        pop > 0 && fig_population(pop, out))
        return true;
    if (required) {
        char pl[40], why[400];
        period_label(lk->ds, period, pl, sizeof pl);
        bprintf(why, sizeof why, "the dataset has no population for %s in "
                "%s", lk->area_name, pl);
        not_checkable(c, "no population in the dataset", why);
    }
    out->is_set = false;
    return false;
}

/* Adds "figure for another period" alternatives: the same measure a year
 * before and a year after. */
static void other_periods(ct_claim *c, const lookup *lk, ct_id period,
                          plan *pl, bool *ok)
{
    ct_period p = ct_dataset_period(lk->ds, period);
    for (int dy = -1; dy <= 1; dy += 2) {
        ct_id q = ct_dataset_find_period(lk->ds, ct_period_shift_years(p, dy));
        if (q == CT_NO_ID)
            continue;
        ct_cell cell = ct_dataset_cell(lk->ds, lk->area, lk->offence, q);
        if (cell.state != CT_CELL_PRESENT)
            continue;
        char ql[40];
        period_label(lk->ds, q, ql, sizeof ql);
        rat v;
        if (c->measure == CT_MEASURE_COUNT) {
            v = rat_int(cell.count);
        } else {
            ct_claim_figure pop;
            if (!data_population(c, lk, q, false, &pop))
                continue;
            rat per = c->per.is_set ? fig_value(&c->per, ok) : rat_int(1000);
            v = rat_div(rat_mul(rat_int(cell.count), per, ok),
                        fig_value(&pop, ok), ok);
        }
        alt *a = add_alt(pl, "figure for another period", false);
        if (a == NULL)
            return;
        a->r = point_range(&v);
        char t[120];
        bprintf(a->detail, sizeof a->detail, "it is the figure for %s (%s)",
                ql, value_text(pl, &v, t, sizeof t));
    }
}

/* Where the claim's figures come from in the dataset: fills c->from,
 * c->to, the populations and the period labels.  Returns false when the
 * verdict is already decided (not checkable, or a text figure that
 * differs from the dataset). */
static bool resolve_data(ct_claim *c, const ct_claim_options *opt, plan *pl,
                         lookup *lk, ct_id *period_out, bool *ok)
{
    const ct_dataset *ds = opt != NULL ? opt->data : NULL;
    bool from_file = c->area[0] != '\0' || c->offence[0] != '\0';
    *period_out = CT_NO_ID;
    lk->ds = ds;
    lk->rule = opt != NULL ? opt->pop_rule : CT_POP_RULE_JUNE30;
    if (!from_file) {
        /* A text claim: only with a dataset, a sentence naming an area
         * and an offence of it, and something to look up. */
        if (ds == NULL || c->context[0] == '\0')
            return true;
        bool needs = c->measure == CT_MEASURE_RATE
                         ? !c->from.is_set || !c->to.is_set
                         : !c->from.is_set && !c->to.is_set;
        bool compare = c->from.is_set && c->to.is_set && c->period[0] &&
                       c->period_from[0] &&
                       (c->measure == CT_MEASURE_PCT_CHANGE ||
                        c->measure == CT_MEASURE_CHANGE);
        if (c->measure == CT_MEASURE_SHARE || (!needs && !compare))
            return true;
        lk->area = find_name(ds, c->context, true);
        lk->offence = find_name(ds, c->context, false);
        if (lk->area == CT_NO_ID || lk->offence == CT_NO_ID)
            return true;
    } else {
        if (ds == NULL) {
            not_checkable(c, "needs a dataset",
                          "needs a dataset to look the figures up in");
            return false;
        }
        lk->area = ct_dataset_find_area(ds, c->area);
        lk->offence = ct_dataset_find_offence(ds, c->offence);
        if (lk->area == CT_NO_ID || lk->offence == CT_NO_ID) {
            char why[400];
            bprintf(why, sizeof why, "%s '%s' is not in the dataset",
                    lk->area == CT_NO_ID ? "area" : "offence",
                    lk->area == CT_NO_ID ? c->area : c->offence);
            not_checkable(c, "not in the dataset", why);
            return false;
        }
    }
    lk->area_name = ct_dataset_area_name(ds, lk->area);
    lk->offence_name = ct_dataset_offence_name(ds, lk->offence);
    bprintf(pl->where, sizeof pl->where, "%s in %s", lk->offence_name,
            lk->area_name);

    /* The (later) period: as labelled, or for a text the latest one with
     * a count. */
    ct_id period = CT_NO_ID;
    ct_period p;
    if (c->period[0]) {
        if (ct_period_parse(c->period, strlen(c->period), &p))
            period = find_period(ds, p);
    } else if (!from_file) {
        for (size_t i = 0; i < ct_dataset_n_periods(ds); i++) {
            ct_period q = ct_dataset_period(ds, (ct_id)i);
            if (ct_dataset_cell(ds, lk->area, lk->offence, (ct_id)i).state ==
                    CT_CELL_PRESENT &&
                (period == CT_NO_ID ||
                 ct_period_compare(q, ct_dataset_period(ds, period)) > 0))
                period = (ct_id)i;
        }
    }
    if (period == CT_NO_ID) {
        char why[400];
        bprintf(why, sizeof why, "period '%s' is not in the dataset",
                c->period[0] ? c->period : "(none)");
        not_checkable(c, "not in the dataset", why);
        return false;
    }
    *period_out = period;
    char label[40];
    period_label(ds, period, label, sizeof label);
    bool text_had_period = c->period[0] != '\0';

    switch (c->measure) {
    case CT_MEASURE_COUNT:
        if (!data_count(c, lk, lk->area, lk->offence, period, &c->to))
            return false;
        bprintf(c->period, sizeof c->period, "%s", label);
        return true;
    case CT_MEASURE_RATE:
        if (!data_count(c, lk, lk->area, lk->offence, period, &c->from) ||
            !data_population(c, lk, period, true, &c->to))
            return false;
        bprintf(c->period, sizeof c->period, "%s", label);
        return true;
    case CT_MEASURE_SHARE: {
        if (!data_count(c, lk, lk->area, lk->offence, period, &c->from))
            return false;
        ct_id o = ct_dataset_find_offence(ds, c->whole);
        ct_id a = ct_dataset_find_area(ds, c->whole);
        if (c->whole[0] == '\0' || (o == CT_NO_ID && a == CT_NO_ID)) {
            char why[400];
            bprintf(why, sizeof why, "needs the total: '%s' is not an "
                    "offence or area of the dataset (the 'from' column "
                    "names the whole)", c->whole);
            not_checkable(c, "needs the total", why);
            return false;
        }
        if (o != CT_NO_ID) {
            if (!data_count(c, lk, lk->area, o, period, &c->to))
                return false;
        } else if (!data_count(c, lk, a, lk->offence, period, &c->to)) {
            return false;
        }
        bprintf(c->period, sizeof c->period, "%s", label);
        return true;
    }
    case CT_MEASURE_CHANGE:
    case CT_MEASURE_PCT_CHANGE:
    case CT_MEASURE_RATE_PCT_CHANGE:
        break;
    }

    /* Changes: the earlier period as labelled, else a year before. */
    ct_id from = CT_NO_ID;
    if (c->period_from[0]) {
        ct_period q;
        if (ct_period_parse(c->period_from, strlen(c->period_from), &q))
            from = find_period(ds, q);
    } else {
        from = ct_dataset_find_period(
            ds, ct_period_shift_years(ct_dataset_period(ds, period), -1));
    }
    if (from == CT_NO_ID) {
        char why[400];
        bprintf(why, sizeof why, "the earlier period '%s' is not in the "
                "dataset", c->period_from[0] ? c->period_from
                                              : "a year before");
        not_checkable(c, "not in the dataset", why);
        return false;
    }
    char from_label[40];
    period_label(ds, from, from_label, sizeof from_label);
    ct_claim_figure a, b;
    if (!data_count(c, lk, lk->area, lk->offence, from, &a) ||
        !data_count(c, lk, lk->area, lk->offence, period, &b))
        return false;
    if (!from_file && c->from.is_set && c->to.is_set && text_had_period) {
        /* The text gives the figures too: they must be the dataset's. */
        const ct_claim_figure *given[2] = {&c->from, &c->to};
        const ct_claim_figure *data[2] = {&a, &b};
        const char *labels[2] = {from_label, label};
        for (int i = 0; i < 2; i++) {
            ival iv = fig_ival(given[i], CT_ROUNDING_HALF_UP, ok);
            rat v = fig_value(data[i], ok);
            range one = point_range(&v);
            if (!meets(&iv, &one, ok)) {
                char g[60], d[60];
                set_result(c, CT_VERDICT_INCONSISTENT,
                           "differs from the dataset",
                           "differs from the dataset: it has %s for %s, "
                           "%s, %s, not %s", fig_format(data[i], false, d,
                                                        sizeof d),
                           lk->offence_name, lk->area_name, labels[i],
                           fig_format(given[i], false, g, sizeof g));
                return false;
            }
        }
        pl->where[0] = '\0';
        return true;
    }
    c->from = a;
    c->to = b;
    bprintf(c->period, sizeof c->period, "%s", label);
    bprintf(c->period_from, sizeof c->period_from, "%s", from_label);
    bool rate = c->measure == CT_MEASURE_RATE_PCT_CHANGE ||
                (!from_file && has_words(c->context, "rate"));
    data_population(c, lk, from, false, &c->pop_from);
    data_population(c, lk, period, false, &c->pop_to);
    if (rate && (!c->pop_from.is_set || !c->pop_to.is_set)) {
        if (c->measure == CT_MEASURE_RATE_PCT_CHANGE) {
            data_population(c, lk, c->pop_from.is_set ? period : from, true,
                            &c->pop_from);
            return false;
        }
        rate = false;
    }
    if (rate && c->measure == CT_MEASURE_PCT_CHANGE)
        c->measure = CT_MEASURE_RATE_PCT_CHANGE;
    return true;
}

/* ==================================================================== */
/* The check                                                             */
/* ==================================================================== */

ct_status ct_claim_check(ct_claim *c, const ct_claim_options *opt,
                         ct_error *err)
{
    if (!c->published.is_set)
        return ctp_error_set(err, CT_ERR_USAGE, NULL, 0, 0,
                             "claim has no published figure to check");
    c->verdict = CT_VERDICT_NOT_CHECKABLE;
    c->has_recomputed = false;
    c->recomputed_text[0] = c->detail[0] = c->cause[0] = '\0';
    c->explanation[0] = '\0';
    bool ok = true;
    plan pl;
    memset(&pl, 0, sizeof pl);
    pl.unit = "";
    lookup lk;
    memset(&lk, 0, sizeof lk);
    ct_id period = CT_NO_ID;

    /* The interval the published figure stands for, half-up; a change
     * stated in words as a fall is negative. */
    ct_claim_figure pub = c->published;
    bool signed_measure = c->measure == CT_MEASURE_CHANGE ||
                          c->measure == CT_MEASURE_PCT_CHANGE ||
                          c->measure == CT_MEASURE_RATE_PCT_CHANGE;
    if (signed_measure && c->direction < 0)
        pub.value.negative = pub.value.digits != 0;
    c->published = pub;
    ival hu = fig_ival(&pub, CT_ROUNDING_HALF_UP, &ok);
    c->low = rat_to_double(&hu.lo);
    c->high = rat_to_double(&hu.hi);

    bool go = resolve_data(c, opt, &pl, &lk, &period, &ok);
    if (go) {
        switch (c->measure) {
        case CT_MEASURE_PCT_CHANGE:
            go = plan_pct(c, &pl, &ok);
            break;
        case CT_MEASURE_RATE_PCT_CHANGE:
            go = plan_rate_pct(c, &pl, &ok);
            break;
        case CT_MEASURE_CHANGE:
            go = plan_change(c, &pl, &ok);
            break;
        case CT_MEASURE_COUNT:
            go = plan_count(c, &pl, &ok);
            break;
        case CT_MEASURE_RATE:
            go = plan_rate(c, &pl, &ok);
            break;
        case CT_MEASURE_SHARE:
            go = plan_share(c, &pl, &pub, &ok);
            break;
        }
        if (go)
            pl.has_point = true;
    }
    if (go && period != CT_NO_ID &&
        (c->measure == CT_MEASURE_COUNT || c->measure == CT_MEASURE_RATE))
        other_periods(c, &lk, period, &pl, &ok);
    if (go) {
        /* A change with no sign and no direction in words takes the sign
         * of the recomputed change. */
        if (signed_measure && c->direction == 0 &&
            !pub.value.negative && rat_sign(&pl.point) < 0)
            pub.value.negative = pub.value.digits != 0;
        hu = fig_ival(&pub, CT_ROUNDING_HALF_UP, &ok);
        c->low = rat_to_double(&hu.lo);
        c->high = rat_to_double(&hu.hi);
        c->published = pub;
        decide(c, &pl, &pub, &ok);
    }
    if (pl.has_point) {
        c->has_recomputed = true;
        c->recomputed = rat_to_double(&pl.point);
        rat_format(&pl.point, pl.decimals, false, c->recomputed_text,
                   sizeof c->recomputed_text);
    }
    if (!ok) {
        /* Beyond the exact arithmetic's width: say so rather than guess. */
        c->has_recomputed = false;
        c->recomputed_text[0] = '\0';
        not_checkable(c, "numbers too large",
                      "the numbers are too large to check exactly");
    }
    return CT_OK;
}

/* ==================================================================== */
/* Sets of claims                                                        */
/* ==================================================================== */

struct ct_claim_set {
    ct_claim *items;  /* the claims, in order */
    size_t n, cap;
};

ct_claim_set *ct_claim_set_new(void)
{
    return calloc(1, sizeof(ct_claim_set));
}

void ct_claim_set_free(ct_claim_set *set)
{
    if (set == NULL)
        return;
    free(set->items);
    free(set);
}

size_t ct_claim_set_size(const ct_claim_set *set)
{
    return set->n;
}

const ct_claim *ct_claim_set_get(const ct_claim_set *set, size_t i)
{
    return &set->items[i];
}

ct_status ct_claim_set_add(ct_claim_set *set, const ct_claim *c,
                           ct_error *err)
{
    ct_status st = ctp_grow((void **)&set->items, &set->cap, set->n + 1,
                            sizeof *set->items, err);
    if (st != CT_OK)
        return st;
    set->items[set->n++] = *c;
    return CT_OK;
}

ct_status ct_claim_check_all(ct_claim_set *set, const ct_claim_options *opt,
                             ct_error *err)
{
    for (size_t i = 0; i < set->n; i++) {
        ct_status st = ct_claim_check(&set->items[i], opt, err);
        if (st != CT_OK)
            return st;
    }
    return CT_OK;
}

size_t ct_claim_set_count(const ct_claim_set *set, ct_verdict v)
{
    size_t k = 0;
    for (size_t i = 0; i < set->n; i++)
        if (set->items[i].verdict == v)
            k++;
    return k;
}

/* ==================================================================== */
/* Finding claims in text: tokens                                        */
/* ==================================================================== */

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
    int sign;               /* NUM: +1 or -1 when written with a sign */
    bool label;             /* NUM: not a figure (a day, "Table 3", a rate
                               base, a duration) */
    bool used;              /* NUM: taken by a claim */
    int per;                /* NUM: index of its rate base, or -1 */
    int at;                 /* NUM: index of its period ("790 in 2014"),
                               or -1 */
    size_t at_end;          /* NUM: index after it and its period */
    ct_period period;       /* PERIOD */
} tok;

typedef struct lexer {
    const char *s;          /* the text */
    size_t n;               /* its length */
    size_t start;           /* where to start (after a byte order mark) */
    tok *t;                 /* tokens */
    size_t n_t, cap;
    ct_error *err;
} lexer;

static tok *push(lexer *lx, tok_kind k, size_t off, size_t end)
{
    if (ctp_grow((void **)&lx->t, &lx->cap, lx->n_t + 1, sizeof *lx->t,
                 lx->err) != CT_OK)
        return NULL;
    tok *t = &lx->t[lx->n_t++];
    memset(t, 0, sizeof *t);
    t->kind = k;
    t->off = off;
    t->end = end;
    t->per = t->at = -1;
    return t;
}

/* Ends a sentence; a run of ends counts as one. */
static bool push_break(lexer *lx, size_t off, size_t end)
{
    if (lx->n_t == 0 || lx->t[lx->n_t - 1].kind == TK_BREAK)
        return true;
    return push(lx, TK_BREAK, off, end) != NULL;
}

static const char *const month_names[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
    "nov", "dec", "january", "february", "march", "april", "june", "july",
    "august", "september", "sept", "october", "november", "december", NULL
};

static bool in_list(const char *w, const char *const *list)
{
    for (size_t i = 0; list[i] != NULL; i++)
        if (strcmp(w, list[i]) == 0)
            return true;
    return false;
}

/* Words whose full stop does not end a sentence. */
static const char *const abbreviations[] = {
    "e", "g", "i", "eg", "ie", "etc", "approx", "no", "nos", "vs", "cf",
    "fig", "figs", "c", "ca", "p", "pp", "para", "mr", "mrs", "ms", "dr",
    "st", "est", NULL
};


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

/* A number starts here: a digit, a point and a digit, or a sign or a
 * currency symbol before one, not inside a word. */
static bool number_starts(const char *s, size_t n, size_t i)
{
    if (i > 0 && is_alnum_byte((unsigned char)s[i - 1]))
        return false;
    size_t j = i;
    bool neg;
    j += sign_len(s + j, n - j, &neg);
    /* A sign follows a blank or an opening mark; "16%–35%" is a range. */
    if (j > i && i > 0 && s[i - 1] != ' ' && s[i - 1] != '\t' &&
        s[i - 1] != '\n' && s[i - 1] != '(' && s[i - 1] != '[' &&
        s[i - 1] != '"' && (unsigned char)s[i - 1] < 0x80)
        return false;
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

/* Reads a number (or a period label written in digits) at *i. */
static bool lex_number(lexer *lx, size_t *i)
{
    const char *s = lx->s;
    size_t n = lx->n, start = *i, p = *i;
    bool neg = false;
    size_t sl = sign_len(s + p, n - p, &neg);
    int sign = sl ? (neg ? -1 : 1) : 0;
    p += sl;
    bool currency = false;
    if (p < n && s[p] == '$') {
        p++;
        currency = true;
    } else if (n - p >= 2 && (unsigned char)s[p] == 0xC2 &&
               (unsigned char)s[p + 1] == 0xA3) {
        p += 2;
        currency = true;
    } else if (n - p >= 3 && memcmp(s + p, "\xE2\x82\xAC", 3) == 0) {
        p += 3;
        currency = true;
    }
    /* Years and period labels: 2015, 2015/16, 2014-15, 2014–15, 2015Q3. */
    size_t d = p;
    while (d < n && is_digit((unsigned char)s[d]))
        d++;
    if (sign == 0 && !currency && d - p == 4) {
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
                return push_period(lx, start, e, per);
            }
        }
        if (year >= 1900 && year <= 2099 &&
            (r >= n || !(s[r] == '.' && r + 1 < n &&
                         is_digit((unsigned char)s[r + 1])))) {
            /* "2015" is a year unless a unit follows ("2015%", "2015k"). */
            ct_claim_figure probe;
            memset(&probe, 0, sizeof probe);
            bool lab;
            read_suffix(s, n, r, &probe, &lab);
            if (!probe.is_percent && probe.exp10 == 0 && !lab) {
                ct_period per;
                if (ct_period_parse(s + p, 4, &per)) {
                    *i = r;
                    return push_period(lx, start, r, per);
                }
            }
        }
    }
    ct_claim_figure f;
    memset(&f, 0, sizeof f);
    size_t q = read_digits(s, n, p, &f.value);
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
    q = read_suffix(s, n, q, &f, &label);
    if (label) {
        while (q < n && is_alnum_byte((unsigned char)s[q]))
            q++;
    }
    q = skip_footnotes(s, n, q);
    f.is_set = true;
    f.value.negative = sign < 0 && f.value.digits != 0;
    f.is_exact = f.value.scale == 0 && f.exp10 == 0 && !f.is_percent;
    tok *t = push(lx, TK_NUM, start, q);
    if (t == NULL)
        return false;
    t->fig = f;
    t->sign = sign;
    t->label = label;
    *i = q;
    return true;
}

/* Reads a word at *i: letters, joined across a hyphen at the end of a
 * line ("in-\ncrease"); a word running into digits is an identifier
 * ("E01017649", "Q3") or a period label ("YE2015-09", "FY2015/16"). */
static bool lex_word(lexer *lx, size_t *i)
{
    const char *s = lx->s;
    size_t n = lx->n, start = *i, p = *i, k = 0;
    char w[24];
    for (;;) {
        if (p >= n)
            break;
        unsigned char c = (unsigned char)s[p];
        if (is_alpha(c)) {
            if (k + 1 < sizeof w)
                w[k++] = (char)lower(c);
            p++;
        } else if (c >= 0x80 && is_letter_at(s, n, p)) {
            size_t m = ctp_utf8_len((const unsigned char *)s + p, n - p);
            for (size_t j = 0; j < m; j++)
                if (k + 1 < sizeof w)
                    w[k++] = s[p + j];
            p += m;
        } else if ((c == '\'' && p + 1 < n && is_alpha((unsigned char)s[p + 1]))
                   || (n - p >= 4 && memcmp(s + p, "\xE2\x80\x99", 3) == 0 &&
                       is_alpha((unsigned char)s[p + 3]))) {
            p += c == '\'' ? 1 : 3;
        } else if (c == '-' && p + 1 < n &&
                   (s[p + 1] == '\n' || s[p + 1] == '\r')) {
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
    w[k] = '\0';
    if (p < n && is_digit((unsigned char)s[p])) {
        size_t r = p;
        while (r < n && (is_alnum_byte((unsigned char)s[r]) || s[r] == '/' ||
                         (s[r] == '-' && r + 1 < n &&
                          is_digit((unsigned char)s[r + 1]))))
            r++;
        ct_period per;
        *i = r;
        if (ct_period_parse(s + start, r - start, &per))
            return push_period(lx, start, r, per);
        tok *t = push(lx, TK_WORD, start, r);
        if (t == NULL)
            return false;
        bprintf(t->w, sizeof t->w, "#%s", w);
        return true;
    }
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
    if (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r'
        && !(n - j >= 3 && (unsigned char)s[j] == 0xE2))
        return false;
    if (s[i] == '.' && lx->n_t > 0) {
        const tok *t = &lx->t[lx->n_t - 1];
        if (t->kind == TK_WORD && t->end == i && in_list(t->w, abbreviations))
            return false;
    }
    return true;
}

/* Splits the text into tokens (see ct_claim_extract for what is read). */
static bool lex(lexer *lx)
{
    const char *s = lx->s;
    size_t n = lx->n, i = lx->start;
    bool line_start = true, heading = false, table_row = false;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            if ((heading || table_row) && !push_break(lx, i, i))
                return false;
            heading = table_row = false;
            i++;
            size_t j = i;
            while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                j++;
            if ((j >= n || s[j] == '\n') && !push_break(lx, i, i))
                return false;
            line_start = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\v') {
            i++;
            continue;
        }
        if (c == '\f') {
            if (!push_break(lx, i, i))
                return false;
            i++;
            continue;
        }
        size_t b = skip_blanks(s, n, i);
        if (b > i) {
            i = b;
            continue;
        }
        if (line_start) {
            line_start = false;
            if (c == '#') {
                heading = true;
                if (!push_break(lx, i, i))
                    return false;
                while (i < n && s[i] == '#')
                    i++;
                continue;
            }
            if (c == '>') {
                i++;
                line_start = true;
                continue;
            }
            if (c == '|') {
                /* A Markdown table row is read as one line of figures,
                 * as text extraction leaves a table. */
                table_row = true;
                i++;
                continue;
            }
            if ((c == '-' || c == '*' || c == '+') && i + 1 < n &&
                (s[i + 1] == ' ' || s[i + 1] == '\t')) {
                if (!push_break(lx, i, i))
                    return false;
                i += 2;
                continue;
            }
            if (is_digit(c)) {
                size_t j = i;
                while (j < n && is_digit((unsigned char)s[j]))
                    j++;
                if (j - i <= 2 && j + 1 < n && (s[j] == '.' || s[j] == ')') &&
                    (s[j + 1] == ' ' || s[j + 1] == '\t')) {
                    if (!push_break(lx, i, i))
                        return false;
                    i = j + 2;
                    continue;
                }
            }
        }
        if (c == '|') {
            if (!table_row && !push_break(lx, i, i))
                return false;
            i++;
            continue;
        }
        if (starts_word(s + i, n - i, "http") || starts_word(s + i, n - i,
                                                             "https") ||
            (n - i >= 4 && memcmp(s + i, "www.", 4) == 0)) {
            size_t j = i;
            while (j < n && (is_alpha((unsigned char)s[j])))
                j++;
            if ((j < n && s[j] == ':') || memcmp(s + i, "www.", 4) == 0) {
                while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' &&
                       s[i] != ')')
                    i++;
                continue;
            }
        }
        if (c == '[') {
            size_t j = skip_footnotes(s, n, i);
            i = j > i ? j : i + 1;
            continue;
        }
        size_t k = superscript_len(s, n, i);
        if (k > 0) {
            i += k;
            continue;
        }
        if (number_starts(s, n, i)) {
            if (!lex_number(lx, &i))
                return false;
            continue;
        }
        if (c == '.' || c == '!' || c == '?') {
            if (sentence_ends(lx, i) && !push_break(lx, i, i + 1))
                return false;
            i++;
            continue;
        }
        if (c == ';') {
            if (!push_break(lx, i, i + 1))
                return false;
            i++;
            continue;
        }
        if (c == ':') {
            size_t j = i + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                j++;
            if ((j >= n || s[j] == '\n') && !push_break(lx, i, i + 1))
                return false;
            i++;
            continue;
        }
        if (is_letter_at(s, n, i)) {
            if (!lex_word(lx, &i))
                return false;
            continue;
        }
        if (c == '(' || c == ')' || c == ',') {
            tok *t = push(lx, TK_PUNCT, i, i + 1);
            if (t == NULL)
                return false;
            t->w[0] = (char)c;
            i++;
            continue;
        }
        /* Arithmetic written out ("2,109.9 / 2,209.8 - 1 = -4.5%") is not
         * a table row: operators separate the figures. */
        if (c == '/' || c == '=' || (n - i >= 2 && (memcmp(s + i, "\xC3\x97",
                                                           2) == 0 ||
                                                    memcmp(s + i, "\xC3\xB7",
                                                           2) == 0)) ||
            (n - i >= 3 && memcmp(s + i, minus_sign, 3) == 0)) {
            tok *t = push(lx, TK_PUNCT, i, i + 1);
            if (t == NULL)
                return false;
            t->w[0] = '=';
            i += c == '/' || c == '=' ? 1 : c == 0xC3 ? 2 : 3;
            continue;
        }
        k = dash_len(s, n, i);
        if (k > 0) {
            tok *t = push(lx, TK_PUNCT, i, i + k);
            if (t == NULL)
                return false;
            t->w[0] = '-';
            i += k;
            continue;
        }
        i++;
    }
    return push_break(lx, n, n);
}

/* ---- second pass: periods in words, labels, rate bases -------------- */

static bool is_word(const tok *t, const char *w)
{
    return t->kind == TK_WORD && strcmp(t->w, w) == 0;
}

static bool is_punct(const tok *t, char c)
{
    return t->kind == TK_PUNCT && t->w[0] == c;
}

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
    "recommendation", "line", "column", NULL
};

static const char *const duration_words[] = {
    "months", "years", "weeks", "days", "hours", "minutes", "month",
    "year", "week", "day", "hour", "am", "pm", NULL
};

static const char *const approx_words[] = {
    "about", "around", "approximately", "roughly", "some", "nearly",
    "almost", "circa", "approx", "c", "ca", "estimated", NULL
};

static void second_pass(lexer *lx)
{
    /* Periods written in words: "September 2015", "year ending September
     * 2015", "12 months to September 2015", "YE Sep 2015". */
    for (size_t i = 0; i + 1 < lx->n_t; i++) {
        tok *t = lx->t;
        if (t[i].kind == TK_WORD && in_list(t[i].w, month_names) &&
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
    for (size_t i = 0; i + 1 < lx->n_t; i++) {
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
    /* Labels, approximate figures and rate bases. */
    for (size_t i = 0; i < lx->n_t; i++) {
        tok *t = lx->t;
        if (t[i].kind != TK_NUM)
            continue;
        const tok *prev = i > 0 ? &t[i - 1] : NULL;
        const tok *next = i + 1 < lx->n_t ? &t[i + 1] : NULL;
        if (prev != NULL && prev->kind == TK_WORD &&
            in_list(prev->w, label_words))
            t[i].label = true;
        if (next != NULL && next->kind == TK_WORD &&
            (in_list(next->w, month_names) ||
             (t[i].fig.is_exact && in_list(next->w, duration_words))))
            t[i].label = true;
        if (prev != NULL && prev->kind == TK_WORD &&
            in_list(prev->w, month_names) && t[i].fig.is_exact &&
            t[i].fig.value.digits <= 31)
            t[i].label = true;
        if (prev != NULL && prev->kind == TK_WORD &&
            in_list(prev->w, approx_words) && t[i].fig.is_exact) {
            /* "about 1,200" stands for 1,150 to 1,250. */
            ct_claim_figure *f = &t[i].fig;
            while (f->value.digits != 0 && f->value.digits % 10 == 0) {
                f->value.digits /= 10;
                f->exp10++;
            }
            f->is_exact = false;
        }
        /* "3.3 per 1,000", "8.5 crimes per 1,000 residents". */
        for (size_t j = i + 1; j < lx->n_t && j <= i + 3; j++) {
            if (is_word(&t[j], "per") && j + 1 < lx->n_t &&
                t[j + 1].kind == TK_NUM && t[j + 1].fig.is_exact &&
                t[j + 1].fig.value.digits > 0 && !t[i].fig.is_percent) {
                t[i].per = (int)(j + 1);
                t[i].fig.is_exact = false;
                t[j + 1].label = true;
                break;
            }
            if (t[j].kind != TK_WORD || is_word(&t[j], "of") ||
                is_word(&t[j], "to") || is_word(&t[j], "from"))
                break;
        }
    }
}

/* ==================================================================== */
/* Finding claims in text: sentences                                     */
/* ==================================================================== */

static const char *const up_words[] = {
    "increase", "increased", "increases", "increasing", "rise", "rises",
    "rose", "risen", "rising", "up", "higher", "more", "grew", "grown",
    "growth", "climbed", "climb", "jumped", "jump", "soared", "gain",
    "gained", "surge", "surged", "upward", "greater", NULL
};

static const char *const down_words[] = {
    "decrease", "decreased", "decreases", "decreasing", "fall", "falls",
    "fell", "fallen", "falling", "down", "lower", "fewer", "less", "drop",
    "dropped", "drops", "decline", "declined", "declines", "declining",
    "reduction", "reduced", "reductions", "cut", "dipped", "dip", "shrank",
    "downward", NULL
};

static const char *const change_words[] = {
    "change", "changed", "changes", NULL
};

/* Words that may sit between a direction word and its figure: "rose by",
 * "an increase of", "up some". */
static const char *const filler_words[] = {
    "by", "of", "a", "an", "the", "some", "around", "about", "almost",
    "nearly", "just", "over", "under", "approximately", "roughly", "was",
    "were", "is", "has", "have", "had", "been", "overall", "significant",
    "large", "small", "substantial", "slight", "sharp", NULL
};

/* +1, -1 for a direction word, 0 otherwise. */
static int word_direction(const tok *t)
{
    if (t->kind != TK_WORD)
        return 0;
    if (in_list(t->w, up_words))
        return 1;
    if (in_list(t->w, down_words))
        return -1;
    return 0;
}

/* Everything known about the text being read. */
typedef struct extractor {
    ct_claim_set *set;      /* where claims go */
    const char *s;          /* the text */
    size_t n;
    const char *source;     /* its name */
    tok *t;                 /* its tokens */
    size_t n_t;
    size_t *lines;          /* byte offset of each line's start */
    size_t n_lines;
    ct_error *err;
    bool has_carry;         /* the previous sentence left a pair unused */
    size_t carry_a, carry_b;/* its figures (token indices) */
    size_t carry_first, carry_last;
} extractor;

/* Line and column (characters) of a byte offset. */
static void place(const extractor *x, size_t off, unsigned long *line,
                  unsigned long *col)
{
    size_t lo = 0, hi = x->n_lines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (x->lines[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    unsigned long c = 1;
    for (size_t i = x->lines[lo]; i < off; i++)
        if (((unsigned char)x->s[i] & 0xC0) != 0x80)
            c++;
    *line = lo + 1;
    *col = c;
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

/* A number that can still become part of a claim. */
static bool free_num(const extractor *x, size_t i, size_t e)
{
    return i < e && x->t[i].kind == TK_NUM && !x->t[i].label &&
           !x->t[i].used;
}

static bool word_at(const extractor *x, size_t i, size_t e, const char *w)
{
    return i < e && is_word(&x->t[i], w);
}

static bool punct_at(const extractor *x, size_t i, size_t e, char c)
{
    return i < e && is_punct(&x->t[i], c);
}

static const char *const structure_words[] = {
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
        if (t[i].per >= 0)
            t[i].at_end = (size_t)t[i].per + 1;
        size_t j = t[i].at_end;
        size_t words = 0;
        while (j < e && t[j].kind == TK_WORD && words < 3 &&
               !in_list(t[j].w, structure_words) && !word_direction(&t[j]))
            j++, words++;
        if ((word_at(x, j, e, "in") || word_at(x, j, e, "during") ||
             word_at(x, j, e, "for")) ) {
            size_t k = j + 1;
            if (word_at(x, k, e, "the"))
                k++;
            if (k < e && t[k].kind == TK_PERIOD) {
                t[i].at = (int)k;
                t[i].at_end = k + 1;
            }
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
        }
    }
}

typedef struct pair {
    size_t a, b;          /* earlier and later figure */
    size_t first, last;   /* tokens it spans */
    int dir;              /* direction word before "from", or 0 */
    bool claimed;         /* taken by a statement */
    bool carried;         /* from the previous sentence */
} pair;

typedef struct stmt {
    int pct, diff;        /* token of the percentage, of the change, or -1 */
    size_t first, last;   /* tokens it spans */
    int dir;              /* direction in words or by sign */
    int pair;             /* index of its pair, or -1 */
    int from_a, to_b;     /* "by 443 from 790", "by 443 to 1,233", or -1 */
    bool weak;            /* a change known only from "more" or "fewer" */
} stmt;

enum { MAX_PIECES = 64 };

typedef struct sentence {
    size_t s, e;                  /* token range */
    pair pairs[MAX_PIECES];
    size_t n_pairs;
    stmt stmts[MAX_PIECES];
    size_t n_stmts;
} sentence;

static void add_pair(extractor *x, sentence *st, size_t a, size_t b,
                     size_t first, size_t last, int dir)
{
    if (st->n_pairs == MAX_PIECES)
        return;
    pair *p = &st->pairs[st->n_pairs++];
    memset(p, 0, sizeof *p);
    p->a = a;
    p->b = b;
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
 * state no change, and for "up to", which gives a maximum. */
static int lead_direction(const extractor *x, size_t s, size_t i,
                          size_t *word)
{
    const tok *t = x->t;
    size_t k = i;
    *word = i;
    if (k > s && t[k - 1].kind == TK_WORD) {
        if (is_word(&t[k - 1], "up"))
            return 0;
        *word = k - 1;
        return word_direction(&t[k - 1]);
    }
    /* The change itself stands between: "by 12%", "50%", "by 443". */
    if (k == s || !free_num(x, k - 1, i) || t[k - 1].per >= 0)
        return 0;
    k--;
    for (size_t words = 0; k > s && words < 3; words++) {
        const tok *w = &t[k - 1];
        int d = word_direction(w);
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

static void find_pairs(extractor *x, sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    /* "from A [in Y1] to B [in Y2]", "from A–B". */
    for (size_t i = s; i < e; i++) {
        if (!word_at(x, i, e, "from") || !free_num(x, i + 1, e))
            continue;
        size_t a = i + 1, j = t[a].at_end;
        if (!(word_at(x, j, e, "to") || punct_at(x, j, e, '-')) ||
            !free_num(x, j + 1, e))
            continue;
        size_t b = j + 1;
        int dir = i > s ? word_direction(&t[i - 1]) : 0;
        size_t first = dir ? i - 1 : i;
        add_pair(x, st, a, b, first, t[b].at_end - 1, dir);
    }
    /* The reverse order, "to B [in Y2][,] from A [in Y1]": only after a
     * change ("rose to", "increased 50% to", "fell by 20% to"), so that
     * "sent to 1,200 from 800" and "up to 1,200" are not read as
     * figures compared. */
    for (size_t i = s; i < e; i++) {
        if (!word_at(x, i, e, "to") || !free_num(x, i + 1, e))
            continue;
        size_t word;
        int dir = lead_direction(x, s, i, &word);
        if (dir == 0)
            continue;
        size_t b = i + 1, j = t[b].at_end;
        if (punct_at(x, j, e, ','))
            j++;
        if (!word_at(x, j, e, "from") || !free_num(x, j + 1, e))
            continue;
        size_t a = j + 1;
        add_pair(x, st, a, b, word + 1 == i ? word : i, t[a].at_end - 1,
                 dir);
    }
    /* "A in 2014 compared with B in 2015", "B compared with A". */
    for (size_t i = s; i < e; i++) {
        if (!free_num(x, i, e))
            continue;
        /* "2,015 offences were recorded in the district, compared
         * with": up to six words between. */
        size_t j = t[i].at_end, words = 0;
        while (j < e && words < 6 &&
               ((t[j].kind == TK_WORD && !word_direction(&t[j]) &&
                 !in_list(t[j].w, pair_stops)) ||
                t[j].kind == TK_PERIOD))
            j++, words++;
        if (punct_at(x, j, e, ','))
            j++;
        size_t k;
        if (word_at(x, j, e, "compared") &&
            (word_at(x, j + 1, e, "with") || word_at(x, j + 1, e, "to")))
            k = j + 2;
        else if (word_at(x, j, e, "against") || word_at(x, j, e, "versus") ||
                 word_at(x, j, e, "vs"))
            k = j + 1;
        else
            continue;
        if (word_at(x, k, e, "the"))
            k++;
        if (!free_num(x, k, e))
            continue;
        size_t a = i, b = k;
        /* The later period, if both are given; otherwise the figure
         * compared with is the earlier one. */
        bool dated = t[a].at >= 0 && t[b].at >= 0;
        if (!dated || !before(&t[t[a].at], &t[t[b].at])) {
            a = k;
            b = i;
        }
        if (dated && !before(&t[t[a].at], &t[t[b].at]))
            continue;
        add_pair(x, st, a, b, i, t[k].at_end - 1, 0);
    }
    /* "B, up from A". */
    for (size_t i = s; i < e; i++) {
        if (!free_num(x, i, e))
            continue;
        size_t j = t[i].at_end;
        if (punct_at(x, j, e, ','))
            j++;
        if (word_at(x, j, e, "a") || word_at(x, j, e, "an"))
            j++;
        int dir = j < e ? word_direction(&t[j]) : 0;
        if (dir == 0 || !word_at(x, j + 1, e, "from") ||
            !free_num(x, j + 2, e))
            continue;
        size_t a = j + 2;
        if (word_at(x, t[a].at_end, e, "to"))
            continue;
        add_pair(x, st, a, i, i, t[a].at_end - 1, 0);
    }
    /* A table row as text extraction leaves it: "Burglary 3,120 3,342
     * +7%", two figures side by side and the change after them. */
    for (size_t i = s; i + 2 < e; i++) {
        if (!free_num(x, i, e) || !free_num(x, i + 1, e) ||
            !free_num(x, i + 2, e) || t[i].fig.is_percent ||
            (i > s && t[i - 1].kind == TK_NUM) ||
            t[i + 1].fig.is_percent || !t[i + 2].fig.is_percent ||
            t[i].per >= 0 || t[i + 1].per >= 0 || t[i + 1].sign != 0)
            continue;
        add_pair(x, st, i, i + 1, i, i + 1, 0);
    }
    /* "790 in 2014 and 1,233 in 2015". */
    for (size_t i = s; i < e; i++) {
        if (!free_num(x, i, e) || t[i].at < 0)
            continue;
        size_t j = t[i].at_end;
        if (punct_at(x, j, e, ','))
            j++;
        if (word_at(x, j, e, "and"))
            j++;
        if (j == t[i].at_end || !free_num(x, j, e) || t[j].at < 0)
            continue;
        const tok *pa = &t[t[i].at], *pb = &t[t[j].at];
        if (ct_period_equal(pa->period, pb->period))
            continue;
        if (before(pa, pb))
            add_pair(x, st, i, j, i, t[j].at_end - 1, 0);
        else
            add_pair(x, st, j, i, i, t[j].at_end - 1, 0);
    }
}

/* The direction a percentage is given with: its sign, or a direction
 * word before it ("rose by 56%", "a fall of 11%", "up 3.1 per cent") or
 * after it ("a 56% increase", "11% lower").  Sets '*word' to the token of
 * the word, or to 'i'. */
static int pct_direction(const extractor *x, size_t s, size_t e, size_t i,
                         size_t *word, bool *change_word)
{
    const tok *t = x->t;
    *word = i;
    *change_word = false;
    for (size_t k = i; k-- > s && i - k <= 5;) {
        if (t[k].kind != TK_WORD)
            break;
        int d = word_direction(&t[k]);
        /* "made up 30% of crimes" states a share, not a rise. */
        if (d > 0 && k > s && is_word(&t[k], "up") &&
            t[k - 1].kind == TK_WORD &&
            (is_word(&t[k - 1], "made") || is_word(&t[k - 1], "makes") ||
             is_word(&t[k - 1], "make") || is_word(&t[k - 1], "making")))
            break;
        if (d != 0) {
            *word = k;
            return t[i].sign != 0 ? t[i].sign : d;
        }
        if (in_list(t[k].w, change_words)) {
            *change_word = true;
            *word = k;
            break;
        }
        if (!in_list(t[k].w, filler_words))
            break;
    }
    if (t[i].sign != 0)
        return t[i].sign;
    if (i + 1 < e && t[i + 1].kind == TK_WORD) {
        int d = word_direction(&t[i + 1]);
        if (d != 0)
            return d;
    }
    return 0;
}

/* Direction of a count given as a change: "an increase of 443", "rose by
 * 443", "up 443", "(+443)", "443 more". */
static int diff_direction(const extractor *x, size_t s, size_t e, size_t i,
                          size_t *word)
{
    const tok *t = x->t;
    *word = i;
    if (t[i].sign != 0)
        return t[i].sign;
    if (i > s && t[i - 1].kind == TK_WORD) {
        int d = word_direction(&t[i - 1]);
        if (d != 0 && !is_word(&t[i - 1], "more") &&
            !is_word(&t[i - 1], "less")) {
            *word = i - 1;
            return d;
        }
        if ((is_word(&t[i - 1], "by") || is_word(&t[i - 1], "of")) &&
            i - 1 > s) {
            d = word_direction(&t[i - 2]);
            if (d != 0) {
                *word = i - 2;
                if (i - 2 > s && (is_word(&t[i - 3], "a") ||
                                  is_word(&t[i - 3], "an")))
                    *word = i - 3;
                return d;
            }
        }
    }
    for (size_t k = i + 1; k < e && k <= i + 2; k++) {
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

static const char *const comparative_words[] = {
    "more", "fewer", "less", "higher", "lower", "greater", NULL
};

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
    size_t s = st->s, e = st->e;
    if (!(i + 1 < e && t[i + 1].kind == TK_WORD &&
          in_list(t[i + 1].w, comparative_words)))
        return false;
    size_t k = i + 2;
    for (size_t words = 0; words < 2 && k < e && t[k].kind == TK_WORD &&
                           !in_list(t[k].w, structure_words) &&
                           !word_direction(&t[k]);
         words++)
        k++;
    if (!word_at(x, k, e, "than"))
        return false;
    k++;
    if (word_at(x, k, e, "the"))
        k++;
    if (!free_num(x, k, e) || t[k].fig.is_percent)
        return false;
    size_t a = k, b = 0, found = 0;
    for (size_t q = s; q < m->first; q++)
        if (free_num(x, q, e) && !t[q].fig.is_percent &&
            (t[q].per >= 0) == (t[a].per >= 0)) {
            b = q;
            found++;
        }
    if (found != 1 || st->n_pairs == MAX_PIECES)
        return false;
    add_pair(x, st, a, b, b, t[a].at_end - 1, 0);
    st->pairs[st->n_pairs - 1].claimed = true;
    m->pair = (int)(st->n_pairs - 1);
    m->last = t[a].at_end - 1;
    return true;
}

/* The percentages and changes of a sentence that describe a change. */
static void find_statements(extractor *x, sentence *st)
{
    tok *t = x->t;
    size_t s = st->s, e = st->e;
    for (size_t i = s; i < e; i++) {
        if (!free_num(x, i, e) || t[i].per >= 0)
            continue;
        stmt m;
        memset(&m, 0, sizeof m);
        m.pct = m.diff = m.pair = m.from_a = m.to_b = -1;
        size_t word;
        if (t[i].fig.is_percent) {
            bool change_word;
            m.dir = pct_direction(x, s, e, i, &word, &change_word);
            bool near_pair = false;
            for (size_t p = 0; p < st->n_pairs; p++)
                if (st->pairs[p].last + 3 >= i && st->pairs[p].first <= i + 3)
                    near_pair = true;
            /* "60% of burglaries" is a share even beside a pair. */
            if (i + 1 < e && is_word(&t[i + 1], "of"))
                near_pair = false;
            bool context = i + 1 < e && t[i + 1].kind == TK_WORD &&
                           (is_word(&t[i + 1], "on") ||
                            is_word(&t[i + 1], "compared") ||
                            is_word(&t[i + 1], "since") ||
                            is_word(&t[i + 1], "than"));
            bool after_diff = false;
            if (st->n_stmts > 0) {
                const stmt *p = &st->stmts[st->n_stmts - 1];
                after_diff = p->pct < 0 && p->last + 2 >= i &&
                             (p->last + 1 == i ||
                              is_punct(&t[p->last + 1], '(') ||
                              is_punct(&t[p->last + 1], ','));
            }
            if (m.dir == 0 && !change_word && !near_pair && !context &&
                !after_diff)
                continue;
            m.pct = (int)i;
        } else {
            m.dir = diff_direction(x, s, e, i, &word);
            if (m.dir == 0)
                continue;
            m.diff = (int)i;
        }
        m.first = word < i ? word : i;
        if (m.first > s && (is_word(&t[m.first - 1], "a") ||
                            is_word(&t[m.first - 1], "an")))
            m.first--;
        m.last = i;
        if (i + 1 < e && word_direction(&t[i + 1]) != 0)
            m.last = i + 1;
        /* A count with only a sign or "more" is a change only next to
         * the figures it changes. */
        m.weak = m.diff >= 0 && word == i;
        /* "an increase of 443 (56%)", "56% (443 more)": one statement. */
        if (st->n_stmts > 0) {
            stmt *p = &st->stmts[st->n_stmts - 1];
            bool between_ok = true;
            for (size_t k = p->last + 1; k < m.first; k++)
                if (!(t[k].kind == TK_PUNCT && t[k].w[0] != '-') &&
                    !is_word(&t[k], "or") && !is_word(&t[k], "and"))
                    between_ok = false;
            if (between_ok && m.first <= p->last + 3 &&
                ((p->pct < 0 && m.pct >= 0) || (p->diff < 0 && m.diff >= 0))) {
                if (m.pct >= 0)
                    p->pct = m.pct;
                else
                    p->diff = m.diff;
                if (p->dir == 0)
                    p->dir = m.dir;
                p->last = m.last;
                t[i].used = true;
                continue;
            }
        }
        if (st->n_stmts == MAX_PIECES)
            return;
        t[i].used = true;
        /* "rose by 443 to 1,233", "rose by 443 from 790". */
        size_t j = m.last + 1;
        if ((word_at(x, j, e, "to") || word_at(x, j, e, "from")) &&
            free_num(x, j + 1, e) && !t[j + 1].fig.is_percent &&
            t[j + 1].per < 0 && !word_at(x, t[j + 1].at_end, e, "to")) {
            if (is_word(&t[j], "to"))
                m.to_b = (int)(j + 1);
            else
                m.from_a = (int)(j + 1);
            t[j + 1].used = true;
            m.last = j + 1;
        } else {
            /* "5% fewer than the 2,150 last year". */
            than_pair(x, st, &m, i);
        }
        st->stmts[st->n_stmts++] = m;
    }
}

/* Gives each statement the nearest free pair, nearest first. */
static void match_pairs(extractor *x, sentence *st)
{
    for (;;) {
        size_t best_gap = 13, bs = 0, bp = 0;
        bool found = false;
        for (size_t i = 0; i < st->n_stmts; i++) {
            const stmt *m = &st->stmts[i];
            if (m->pair >= 0 || m->to_b >= 0 || m->from_a >= 0)
                continue;
            for (size_t j = 0; j < st->n_pairs; j++) {
                const pair *p = &st->pairs[j];
                if (p->claimed)
                    continue;
                size_t gap = p->first > m->last ? p->first - m->last - 1
                             : m->first > p->last ? m->first - p->last - 1
                                                  : 0;
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
    }
    /* "Crime in 2015 (1,233) was 56% higher than in 2014 (790)": two
     * dated figures left in the sentence belong to its one statement. */
    if (st->n_stmts == 1 && st->stmts[0].pair < 0 &&
        st->stmts[0].to_b < 0 && st->stmts[0].from_a < 0) {
        const tok *t = x->t;
        size_t found[3], k = 0;
        for (size_t i = st->s; i < st->e && k < 3; i++)
            if (free_num(x, i, st->e) && t[i].at >= 0 &&
                !t[i].fig.is_percent)
                found[k++] = i;
        if (k == 2 && !ct_period_equal(t[t[found[0]].at].period,
                                       t[t[found[1]].at].period)) {
            bool first_earlier = before(&t[t[found[0]].at],
                                        &t[t[found[1]].at]);
            size_t a = first_earlier ? found[0] : found[1];
            size_t b = first_earlier ? found[1] : found[0];
            add_pair(x, st, a, b, found[0], t[found[1]].at_end - 1, 0);
            if (st->n_pairs > 0 && st->pairs[st->n_pairs - 1].a == a) {
                st->pairs[st->n_pairs - 1].claimed = true;
                st->stmts[0].pair = (int)(st->n_pairs - 1);
            }
        }
    }
    /* "This is an increase of 1,032 (3%)": a statement at the start of a
     * sentence may refer to the figures of the one before. */
    if (st->n_stmts > 0 && st->stmts[0].pair < 0 && x->has_carry &&
        st->stmts[0].first <= st->s + 6 && st->n_pairs < MAX_PIECES) {
        pair *p = &st->pairs[st->n_pairs];
        memset(p, 0, sizeof *p);
        p->a = x->carry_a;
        p->b = x->carry_b;
        p->first = x->carry_first;
        p->last = x->carry_last;
        p->claimed = p->carried = true;
        st->stmts[0].pair = (int)st->n_pairs++;
    }
    x->has_carry = false;
    for (size_t j = 0; j < st->n_pairs; j++) {
        const pair *p = &st->pairs[j];
        if (!p->claimed) {
            x->has_carry = true;
            x->carry_a = p->a;
            x->carry_b = p->b;
            x->carry_first = p->first;
            x->carry_last = p->last;
        }
    }

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

static void claim_figure_from_tok(const tok *t, ct_claim_figure *f)
{
    *f = t->fig;
    if (t->per >= 0)
        f->is_exact = false;
}

/* Sets the place, text and context of a claim spanning tokens
 * [first, last] whose clause starts at token 'clause'. */
static void claim_at(const extractor *x, const sentence *st, ct_claim *c,
                     size_t clause, size_t first, size_t last)
{
    bprintf(c->source, sizeof c->source, "%s", x->source);
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

static ct_status emit(extractor *x, const ct_claim *c)
{
    return ct_claim_set_add(x->set, c, x->err);
}

/* A claim for each statement, share and rate of a sentence. */
static ct_status emit_sentence(extractor *x, sentence *st)
{
    tok *t = x->t;
    ct_status rc;
    size_t clause = st->s;
    for (size_t i = 0; i < st->n_stmts; i++) {
        const stmt *m = &st->stmts[i];
        if (i > 0)
            clause = st->stmts[i - 1].last + 1;
        const pair *p = m->pair >= 0 ? &st->pairs[m->pair] : NULL;
        ct_claim c;
        ct_claim_init(&c);
        size_t first = m->first, last = m->last;
        if (p != NULL && !p->carried) {
            first = p->first < first ? p->first : first;
            last = p->last > last ? p->last : last;
        }
        claim_at(x, st, &c, clause, first, last);
        c.direction = m->dir != 0 ? m->dir : p != NULL ? p->dir : 0;
        bool derived = false;
        if (p != NULL) {
            claim_figure_from_tok(&t[p->a], &c.from);
            claim_figure_from_tok(&t[p->b], &c.to);
            if (t[p->a].at >= 0 && t[p->b].at >= 0) {
                period_of(&t[t[p->a].at], c.period_from,
                          sizeof c.period_from);
                period_of(&t[t[p->b].at], c.period, sizeof c.period);
            }
        } else if (m->diff >= 0 && (m->to_b >= 0 || m->from_a >= 0) &&
                   t[m->diff].fig.is_exact &&
                   t[m->to_b >= 0 ? m->to_b : m->from_a].fig.is_exact) {
            /* "rose by 443 to 1,233": the other figure follows. */
            int64_t d = t[m->diff].fig.value.digits *
                        (m->dir < 0 ? -1 : 1);
            if (m->to_b >= 0) {
                claim_figure_from_tok(&t[m->to_b], &c.to);
                c.from = fig_count(c.to.value.digits - d);
            } else {
                claim_figure_from_tok(&t[m->from_a], &c.from);
                c.to = fig_count(c.from.value.digits + d);
            }
            derived = true;
        } else if (m->pct >= 0 && (m->to_b >= 0 || m->from_a >= 0)) {
            /* "rose 5% to 1,200": one of the two figures is given. */
            if (m->to_b >= 0)
                claim_figure_from_tok(&t[m->to_b], &c.to);
            else
                claim_figure_from_tok(&t[m->from_a], &c.from);
        }
        if (!c.period[0] && !c.period_from[0])
            sentence_periods(x, st, &c);
        if (m->pct >= 0) {
            const tok *pt = &t[m->pct];
            c.published = pt->fig;
            c.measure = pt->fig.is_points ? CT_MEASURE_CHANGE
                        : (p != NULL && t[p->b].per >= 0)
                            ? CT_MEASURE_RATE_PCT_CHANGE
                            : CT_MEASURE_PCT_CHANGE;
            if (p != NULL && t[p->b].per >= 0)
                claim_figure_from_tok(&t[t[p->b].per], &c.per);
            if ((rc = emit(x, &c)) != CT_OK)
                return rc;
        }
        if (m->diff >= 0 && (p != NULL || (m->pct < 0 && !m->weak)) &&
            !derived) {
            ct_claim d = c;
            d.published = t[m->diff].fig;
            d.measure = CT_MEASURE_CHANGE;
            if (m->pct >= 0) {
                /* The change's own span: the figures and the count. */
                size_t f2 = p != NULL && !p->carried && p->first < m->first
                                ? p->first : m->first;
                size_t l2 = (size_t)m->diff;
                if (p != NULL && !p->carried && p->last > l2)
                    l2 = p->last;
                claim_at(x, st, &d, clause, f2, l2);
            }
            if ((rc = emit(x, &d)) != CT_OK)
                return rc;
        }
    }
    /* Shares: "45% of the 1,233 offences", "551 (45%) of the 1,233",
     * "551 of the 1,233 offences (45%)". */
    size_t s = st->s, e = st->e;
    for (size_t i = s; i < e; i++) {
        if (!free_num(x, i, e) || t[i].fig.is_percent || t[i].per >= 0)
            continue;
        size_t j = i + 1;
        if (word_at(x, j, e, "out"))
            j++;
        if (!word_at(x, j, e, "of"))
            continue;
        j++;
        while (word_at(x, j, e, "the") || word_at(x, j, e, "all"))
            j++;
        if (!free_num(x, j, e) || t[j].fig.is_percent)
            continue;
        size_t k = j + 1, words = 0;
        while (k < e && t[k].kind == TK_WORD && words < 3)
            k++, words++;
        if (!punct_at(x, k, e, '(') || !free_num(x, k + 1, e) ||
            !t[k + 1].fig.is_percent || t[k + 1].fig.is_points)
            continue;
        ct_claim c;
        ct_claim_init(&c);
        c.measure = CT_MEASURE_SHARE;
        c.published = t[k + 1].fig;
        claim_figure_from_tok(&t[i], &c.from);
        claim_figure_from_tok(&t[j], &c.to);
        t[i].used = t[j].used = t[k + 1].used = true;
        claim_at(x, st, &c, s, i, k + 1);
        if ((rc = emit(x, &c)) != CT_OK)
            return rc;
    }
    for (size_t i = s; i < e; i++) {
        if (!free_num(x, i, e) || !t[i].fig.is_percent || t[i].fig.is_points)
            continue;
        size_t j = i + 1;
        int part = -1;
        if (i >= s + 2 && punct_at(x, i - 1, e, '(') && free_num(x, i - 2, e) &&
            !t[i - 2].fig.is_percent && punct_at(x, i + 1, e, ')')) {
            part = (int)(i - 2);
            j = i + 2;
        }
        if (!word_at(x, j, e, "of")) {
            /* "Of the 1,233 offences, 551 (45%) were ...". */
            if (part < 0)
                continue;
            size_t k = (size_t)part, words = 0;
            if (k > s && is_punct(&t[k - 1], ','))
                k--;
            while (k > s && t[k - 1].kind == TK_WORD && words < 3 &&
                   !is_word(&t[k - 1], "of"))
                k--, words++;
            if (k <= s || !free_num(x, k - 1, e) || t[k - 1].fig.is_percent)
                continue;
            size_t nn = k - 1, q = nn;
            while (q > s && (is_word(&t[q - 1], "the") ||
                             is_word(&t[q - 1], "all")))
                q--;
            if (q <= s || !is_word(&t[q - 1], "of"))
                continue;
            ct_claim c;
            ct_claim_init(&c);
            c.measure = CT_MEASURE_SHARE;
            c.published = t[i].fig;
            claim_figure_from_tok(&t[nn], &c.to);
            claim_figure_from_tok(&t[part], &c.from);
            t[part].used = t[i].used = t[nn].used = true;
            claim_at(x, st, &c, s, q - 1, i);
            if ((rc = emit(x, &c)) != CT_OK)
                return rc;
            continue;
        }
        j++;
        while (word_at(x, j, e, "the") || word_at(x, j, e, "all") ||
               word_at(x, j, e, "those") || word_at(x, j, e, "these"))
            j++;
        if (!free_num(x, j, e) || t[j].fig.is_percent || t[j].per >= 0)
            continue;
        ct_claim c;
        ct_claim_init(&c);
        c.measure = CT_MEASURE_SHARE;
        c.published = t[i].fig;
        claim_figure_from_tok(&t[j], &c.to);
        if (part >= 0) {
            claim_figure_from_tok(&t[part], &c.from);
            t[part].used = true;
        }
        t[i].used = t[j].used = true;
        claim_at(x, st, &c, s, part >= 0 ? (size_t)part : i, j);
        if ((rc = emit(x, &c)) != CT_OK)
            return rc;
    }
    /* Rates: "a rate of 8.5 per 1,000" with a count and a population in
     * the same sentence ("1,233 offences among 145,000 residents"). */
    static const char *const pop_words[] = {
        "residents", "people", "population", "inhabitants", "households",
        "persons", NULL
    };
    for (size_t i = s; i < e; i++) {
        if (!free_num(x, i, e) || t[i].per < 0 || t[i].fig.is_percent)
            continue;
        int count = -1, pop = -1;
        for (size_t k = s; k < e; k++) {
            if (!free_num(x, k, e) || k == i || t[k].fig.is_percent ||
                t[k].per >= 0 || !t[k].fig.is_exact)
                continue;
            bool is_pop = (k + 1 < e && t[k + 1].kind == TK_WORD &&
                           in_list(t[k + 1].w, pop_words)) ||
                          (k >= s + 2 && is_word(&t[k - 1], "of") &&
                           is_word(&t[k - 2], "population"));
            if (is_pop && pop < 0)
                pop = (int)k;
            else if (!is_pop && count < 0)
                count = (int)k;
        }
        ct_claim c;
        ct_claim_init(&c);
        c.measure = CT_MEASURE_RATE;
        claim_figure_from_tok(&t[i], &c.published);
        claim_figure_from_tok(&t[t[i].per], &c.per);
        size_t first = i, last = (size_t)t[i].per;
        if (count >= 0 && pop >= 0) {
            claim_figure_from_tok(&t[count], &c.from);
            claim_figure_from_tok(&t[pop], &c.to);
            t[count].used = t[pop].used = true;
            size_t lo = (size_t)(count < pop ? count : pop);
            first = lo < first ? lo : first;
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
        claim_at(x, st, &c, s, first, last);
        if ((rc = emit(x, &c)) != CT_OK)
            return rc;
    }
    return CT_OK;
}

static ct_status do_sentence(extractor *x, size_t s, size_t e)
{
    sentence *st = calloc(1, sizeof *st);
    if (st == NULL)
        return ctp_error_set(x->err, CT_ERR_NOMEM, NULL, 0, 0,
                             "out of memory");
    st->s = s;
    st->e = e;
    attach_periods(x, s, e);
    find_pairs(x, st);
    find_statements(x, st);
    match_pairs(x, st);
    ct_status rc = emit_sentence(x, st);
    free(st);
    return rc;
}

static int by_offset(const void *a, const void *b)
{
    const ct_claim *x = a, *y = b;
    if (x->offset != y->offset)
        return x->offset < y->offset ? -1 : 1;
    if (x->length != y->length)
        return x->length < y->length ? -1 : 1;
    return (int)x->measure - (int)y->measure;
}

ct_status ct_claim_extract(ct_claim_set *set, const char *text, size_t len,
                           const char *source, ct_error *err)
{
    extractor x;
    memset(&x, 0, sizeof x);
    x.set = set;
    x.s = text;
    x.n = len;
    x.source = source;
    x.err = err;
    /* Line starts, for places; and the text must be UTF-8 without NUL. */
    size_t cap = 0;
    ct_status st = ctp_grow((void **)&x.lines, &cap, 1, sizeof *x.lines, err);
    if (st != CT_OK)
        return st;
    x.lines[x.n_lines++] = 0;
    size_t start = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (size_t i = start; i < len;) {
        size_t k = text[i] == '\0' ? 0
                   : ctp_utf8_len((const unsigned char *)text + i, len - i);
        if (k == 0) {
            unsigned long line, col;
            place(&x, i, &line, &col);
            st = ctp_error_set(err, CT_ERR_INPUT, source, line, col,
                               text[i] == '\0'
                                   ? "NUL byte in text; expected plain text"
                                   : "byte 0x%02X is not valid UTF-8; "
                                     "expected UTF-8 text",
                               (unsigned char)text[i]);
            free(x.lines);
            return st;
        }
        if (text[i] == '\n') {
            if ((st = ctp_grow((void **)&x.lines, &cap, x.n_lines + 1,
                               sizeof *x.lines, err)) != CT_OK) {
                free(x.lines);
                return st;
            }
            x.lines[x.n_lines++] = i + 1;
        }
        i += k;
    }
    lexer lx;
    memset(&lx, 0, sizeof lx);
    lx.s = text;
    lx.n = len;
    lx.start = start;  /* after a byte order mark; offsets stay the text's */
    lx.err = err;
    if (!lex(&lx)) {
        free(lx.t);
        free(x.lines);
        return err != NULL && err->status != CT_OK ? err->status
                                                   : CT_ERR_NOMEM;
    }
    second_pass(&lx);
    x.t = lx.t;
    x.n_t = lx.n_t;
    size_t first_new = set->n;
    size_t s = 0;
    st = CT_OK;
    for (size_t i = 0; i < x.n_t && st == CT_OK; i++) {
        if (x.t[i].kind != TK_BREAK)
            continue;
        if (i > s)
            st = do_sentence(&x, s, i);
        s = i + 1;
    }
    if (st == CT_OK && set->n > first_new)
        qsort(set->items + first_new, set->n - first_new, sizeof *set->items,
              by_offset);
    free(lx.t);
    free(x.lines);
    return st;
}

/* ==================================================================== */
/* Claims files                                                          */
/* ==================================================================== */

enum col {
    COL_ID, COL_AREA, COL_OFFENCE, COL_MEASURE, COL_PERIOD, COL_FROM,
    COL_PUBLISHED, COL_PER, COL_NOTE, N_COLS
};

/* Header names, folded (ASCII letters and digits, lower case). */
static const char *const col_names[N_COLS][3] = {
    [COL_ID] = {"id", NULL, NULL},
    [COL_AREA] = {"area", NULL, NULL},
    [COL_OFFENCE] = {"offence", "offense", NULL},
    [COL_MEASURE] = {"measure", NULL, NULL},
    [COL_PERIOD] = {"period", NULL, NULL},
    [COL_FROM] = {"from", NULL, NULL},
    [COL_PUBLISHED] = {"published", NULL, NULL},
    [COL_PER] = {"per", NULL, NULL},
    [COL_NOTE] = {"note", "notes", NULL},
};

static const bool col_required[N_COLS] = {
    [COL_AREA] = true, [COL_OFFENCE] = true, [COL_MEASURE] = true,
    [COL_PERIOD] = true, [COL_PUBLISHED] = true,
};

typedef struct claims_csv {
    ct_claim_set *set;    /* where the claims go */
    const char *source;   /* file name for messages */
    int col[N_COLS];      /* column of each field, or -1 */
    bool have_header;
} claims_csv;

static void fold_name(const char *s, char *out, size_t size)
{
    size_t k = 0;
    for (; *s && k + 1 < size; s++) {
        unsigned char c = (unsigned char)*s;
        if (is_alpha(c) || is_digit(c))
            out[k++] = (char)lower(c);
    }
    out[k] = '\0';
}

static const char *row_field(const claims_csv *cc, const ct_csv_row *row,
                             enum col col)
{
    int i = cc->col[col];
    return i >= 0 && (size_t)i < row->n_fields ? row->fields[i] : "";
}

static ct_status bad_field(const claims_csv *cc, const ct_csv_row *row,
                           enum col col, ct_error *err, const char *what,
                           const char *expected)
{
    const char *v = row_field(cc, row, col);
    return ctp_error_set(err, CT_ERR_INPUT, cc->source, row->line,
                         (unsigned long)cc->col[col] + 1,
                         "%s '%.60s' %s", what, v, expected);
}

static ct_status claims_row(void *ctx, const ct_csv_row *row, ct_error *err)
{
    claims_csv *cc = ctx;
    if (!cc->have_header) {
        cc->have_header = true;
        for (int c = 0; c < N_COLS; c++) {
            cc->col[c] = -1;
            for (size_t i = 0; i < row->n_fields && cc->col[c] < 0; i++) {
                char f[64];
                fold_name(row->fields[i], f, sizeof f);
                for (size_t k = 0; k < 3 && col_names[c][k]; k++)
                    if (strcmp(f, col_names[c][k]) == 0)
                        cc->col[c] = (int)i;
            }
            if (cc->col[c] < 0 && col_required[c])
                return ctp_error_set(err, CT_ERR_INPUT, cc->source,
                                     row->line, 0,
                                     "no column '%s'; expected the header "
                                     "id,area,offence,measure,period,from,"
                                     "published,per,note",
                                     col_names[c][0]);
        }
        return CT_OK;
    }
    if (row->n_fields < 2 && row->lens[0] == 0)
        return CT_OK;
    ct_claim c;
    ct_claim_init(&c);
    bprintf(c.source, sizeof c.source, "%s", cc->source);
    c.line = row->line;
    c.column = 1;
    bprintf(c.id, sizeof c.id, "%s", row_field(cc, row, COL_ID));
    bprintf(c.note, sizeof c.note, "%s", row_field(cc, row, COL_NOTE));
    bprintf(c.area, sizeof c.area, "%s", row_field(cc, row, COL_AREA));
    bprintf(c.offence, sizeof c.offence, "%s",
            row_field(cc, row, COL_OFFENCE));
    if (c.area[0] == '\0')
        return bad_field(cc, row, COL_AREA, err, "area", "is empty; "
                         "expected an area of the dataset");
    if (c.offence[0] == '\0')
        return bad_field(cc, row, COL_OFFENCE, err, "offence", "is empty; "
                         "expected an offence of the dataset");
    if (!ct_measure_parse(row_field(cc, row, COL_MEASURE), &c.measure))
        return bad_field(cc, row, COL_MEASURE, err, "measure",
                         "is not a measure; expected count, rate, change, "
                         "pct_change, rate_pct_change or share");
    const char *period = row_field(cc, row, COL_PERIOD);
    ct_period p;
    if (!ct_period_parse(period, strlen(period), &p))
        return bad_field(cc, row, COL_PERIOD, err, "period",
                         "is not a period; expected a label such as 2019, "
                         "2015/16 or YE2015-09");
    ct_period_format(p, c.period, sizeof c.period);
    const char *from = row_field(cc, row, COL_FROM);
    if (c.measure == CT_MEASURE_SHARE) {
        bprintf(c.whole, sizeof c.whole, "%s", from);
    } else if (from[0] != '\0') {
        ct_period q;
        if (!ct_period_parse(from, strlen(from), &q))
            return bad_field(cc, row, COL_FROM, err, "earlier period",
                             "is not a period; expected a label such as "
                             "2018");
        ct_period_format(q, c.period_from, sizeof c.period_from);
    }
    const char *pub = row_field(cc, row, COL_PUBLISHED);
    if (!ct_claim_figure_parse(pub, strlen(pub), &c.published))
        return bad_field(cc, row, COL_PUBLISHED, err, "published figure",
                         "is not a number; expected a figure such as "
                         "6,925,677, -4.1% or 2,109.9");
    bool pct = c.measure == CT_MEASURE_PCT_CHANGE ||
               c.measure == CT_MEASURE_RATE_PCT_CHANGE ||
               c.measure == CT_MEASURE_SHARE;
    if (pct)
        c.published.is_percent = true;
    /* A written sign states the direction: "+9.5%" is a rise. */
    bool neg_sign;
    size_t lead = skip_blanks(pub, strlen(pub), 0);
    if (sign_len(pub + lead, strlen(pub) - lead, &neg_sign) > 0)
        c.direction = neg_sign ? -1 : 1;
    /* Only counts and changes of counts can be exact; a rate or a
     * percentage written "5" still stands for 4.5 to 5.5. */
    if (c.measure != CT_MEASURE_COUNT && c.measure != CT_MEASURE_CHANGE)
        c.published.is_exact = false;
    const char *per = row_field(cc, row, COL_PER);
    if (per[0] != '\0' &&
        (!ct_claim_figure_parse(per, strlen(per), &c.per) ||
         !c.per.is_exact || c.per.value.negative || c.per.value.digits == 0))
        return bad_field(cc, row, COL_PER, err, "rate base",
                         "is not a whole number above 0; expected e.g. "
                         "1000 or 100000");
    char what[200], per_text[40];
    ct_claim_figure base = c.per.is_set ? c.per : fig_count(1000);
    fig_format(&base, false, per_text, sizeof per_text);
    /* "T1.2: Shoplifting in Demoshire, per cent change, 2024 on 2023:
     * +16.7%". */
    if (c.measure == CT_MEASURE_SHARE)
        bprintf(what, sizeof what, "share of %s", c.whole[0] ? c.whole : "?");
    else
        bprintf(what, sizeof what, "%s",
                c.measure == CT_MEASURE_COUNT ? "count"
                : c.measure == CT_MEASURE_RATE ? "rate"
                : c.measure == CT_MEASURE_CHANGE ? "change"
                : c.measure == CT_MEASURE_PCT_CHANGE ? "per cent change"
                                                     : "per cent change in "
                                                       "the rate");
    bprintf(c.text, sizeof c.text, "%s%s%s in %s, %s, %s%s%s: %s%s%s", c.id,
            c.id[0] ? ": " : "", c.offence, c.area, what, c.period,
            c.period_from[0] ? " on " : "", c.period_from, pub,
            c.measure == CT_MEASURE_RATE ? " per " : "",
            c.measure == CT_MEASURE_RATE ? per_text : "");
    return ct_claim_set_add(cc->set, &c, err);
}

ct_status ct_claim_read_csv(ct_claim_set *set, FILE *in, const char *source,
                            ct_error *err)
{
    claims_csv cc;
    memset(&cc, 0, sizeof cc);
    cc.set = set;
    cc.source = source;
    return ct_ingest_rows(in, source, false, claims_row, &cc, err);
}

/* ==================================================================== */
/* Results                                                               */
/* ==================================================================== */

static const ct_column claim_columns[] = {
    {"source", "Source", CT_COLUMN_STRING, 0, NULL},
    {"line", "Line", CT_COLUMN_COUNT, 0, NULL},
    {"column", "Column", CT_COLUMN_COUNT, 0, NULL},
    {"claim", "Claim", CT_COLUMN_STRING, 0, NULL},
    {"measure", "Measure", CT_COLUMN_STRING, 0, NULL},
    {"published", "Published", CT_COLUMN_REAL, -1, NULL},
    {"recomputed", "Recomputed", CT_COLUMN_REAL, 4, NULL},
    {"low", "Low", CT_COLUMN_REAL, -1, NULL},
    {"high", "High", CT_COLUMN_REAL, -1, NULL},
    {"verdict", "Verdict", CT_COLUMN_STRING, 0, NULL},
    {"explanation", "Explanation", CT_COLUMN_STRING, 0, NULL},
};

static const char note_rounding[] =
    "published figures are taken as rounded half-up (as Excel's ROUND); "
    "low and high are the interval each stands for, and a count written in "
    "full is exact";
static const char note_exact[] =
    "recomputed values come from the unrounded inputs; verdicts are "
    "decided with exact arithmetic on the printed figures";

ct_status ct_claim_table(const ct_claim_set *set, ct_table **out,
                         ct_error *err)
{
    size_t nc = sizeof claim_columns / sizeof claim_columns[0];
    ct_table *t = ct_table_new(claim_columns, nc);
    if (t == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ct_status st = CT_OK;
    for (size_t i = 0; i < set->n && st == CT_OK; i++) {
        const ct_claim *c = &set->items[i];
        bool ok = true;
        rat pv = fig_value(&c->published, &ok);
        if ((st = ct_table_add_row(t, err)) ||
            (st = ct_table_set_string(t, 0, c->source, err)) ||
            (st = ct_table_set_string(t, 3, c->text, err)) ||
            (st = ct_table_set_string(t, 4, ct_measure_name(c->measure),
                                      err)) ||
            (st = ct_table_set_string(t, 9, ct_verdict_name(c->verdict),
                                      err)) ||
            (st = ct_table_set_string(t, 10, c->explanation, err)))
            break;
        ct_table_set_count(t, 1, (int64_t)c->line);
        ct_table_set_count(t, 2, (int64_t)c->column);
        ct_table_set_real(t, 5, rat_to_double(&pv));
        if (c->has_recomputed)
            ct_table_set_real(t, 6, c->recomputed);
        ct_table_set_real(t, 7, c->low);
        ct_table_set_real(t, 8, c->high);
    }
    if (st == CT_OK && (st = ct_table_add_note(t, note_rounding, err)) ==
                          CT_OK)
        st = ct_table_add_note(t, note_exact, err);
    if (st != CT_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_OK;
}

/* "56% stands for 55.5% to 56.5% when rounded half-up", or "443 is an
 * exact count". */
static void published_text(const ct_claim *c, char *buf, size_t size)
{
    char p[80];
    fig_format(&c->published, false, p, sizeof p);
    if (c->published.is_exact) {
        bprintf(buf, size, "%s, an exact count", p);
        return;
    }
    bool ok = true;
    ival iv = fig_ival(&c->published, CT_ROUNDING_HALF_UP, &ok);
    int d = c->published.value.scale - c->published.exp10 + 1;
    if (d < 0)
        d = 0;
    char lo[80], hi[80];
    rat_format(&iv.lo, d, true, lo, sizeof lo);
    rat_format(&iv.hi, d, true, hi, sizeof hi);
    const char *unit = c->published.is_points ? " points"
                       : c->published.is_percent ? "%" : "";
    char per[60] = "";
    if (c->measure == CT_MEASURE_RATE) {
        ct_claim_figure base = c->per.is_set ? c->per : fig_count(1000);
        char b[40];
        bprintf(per, sizeof per, " per %s",
                fig_format(&base, false, b, sizeof b));
    }
    bprintf(buf, size, "%s%s, which stands for %s%s to %s%s when rounded "
            "half-up", p, per, lo, c->published.is_points ? "" : unit, hi,
            unit);
}

ct_status ct_claim_write_text(const ct_claim_set *set, FILE *out,
                              ct_error *err)
{
    for (size_t i = 0; i < set->n; i++) {
        const ct_claim *c = &set->items[i];
        char pub[300];
        published_text(c, pub, sizeof pub);
        fprintf(out, "%s:%lu:%lu: %s\n", c->source, c->line, c->column,
                verdict_words(c->verdict));
        fprintf(out, "  Claim:      \"%s\"\n", c->text);
        if (c->note[0])
            fprintf(out, "  Note:       %s\n", c->note);
        if (c->detail[0])
            fprintf(out, "  Figures:    %s\n", c->detail);
        fprintf(out, "  Published:  %s\n", pub);
        if (c->explanation[0])
            fprintf(out, "  %s %s\n",
                    c->verdict == CT_VERDICT_CONSISTENT ? "Note:      "
                                                        : "Reason:    ",
                    c->explanation);
        fputc('\n', out);
    }
    size_t n_ok = ct_claim_set_count(set, CT_VERDICT_CONSISTENT);
    size_t n_rule = ct_claim_set_count(set, CT_VERDICT_IF_HALF_EVEN) +
                    ct_claim_set_count(set, CT_VERDICT_IF_TRUNCATED);
    size_t n_bad = ct_claim_set_count(set, CT_VERDICT_INCONSISTENT);
    size_t n_nc = ct_claim_set_count(set, CT_VERDICT_NOT_CHECKABLE);
    if (set->n == 0)
        fputs("No claims found.\n", out);
    else
        fprintf(out, "%zu claim%s: %zu consistent, %zu consistent only "
                "under another rounding rule, %zu inconsistent, %zu not "
                "checkable.\n", set->n, set->n == 1 ? "" : "s", n_ok, n_rule,
                n_bad, n_nc);
    fputs("Figures are taken as rounded half-up (as Excel's ROUND); counts "
          "written in full\nare exact.\n", out);
    if (ferror(out))
        return ctp_error_set(err, CT_ERR_IO, NULL, 0, 0, "write error");
    return CT_OK;
}

ct_status ct_claim_annotate(const ct_claim_set *set, const char *text,
                            size_t len, const char *source, FILE *out,
                            ct_error *err)
{
    /* The claims of this text, by where they end. */
    size_t *order = ctp_realloc_array(NULL, set->n ? set->n : 1,
                                      sizeof *order);
    if (order == NULL)
        return ctp_error_set(err, CT_ERR_NOMEM, NULL, 0, 0, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++)
        if (strcmp(set->items[i].source, source) == 0 &&
            set->items[i].length > 0)
            order[n++] = i;
    for (size_t i = 1; i < n; i++) {
        size_t v = order[i], j = i;
        size_t end = set->items[v].offset + set->items[v].length;
        while (j > 0 && set->items[order[j - 1]].offset +
                                set->items[order[j - 1]].length > end) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    size_t pos = 0;
    for (size_t k = 0; k < n; k++) {
        const ct_claim *c = &set->items[order[k]];
        size_t end = c->offset + c->length;
        if (end > len)
            end = len;
        if (end > pos) {
            fwrite(text + pos, 1, end - pos, out);
            pos = end;
        }
        const char *v = c->verdict == CT_VERDICT_CONSISTENT ? "consistent"
                        : c->verdict == CT_VERDICT_INCONSISTENT
                            ? "inconsistent"
                            : verdict_words(c->verdict);
        if (c->cause[0] && (c->verdict == CT_VERDICT_INCONSISTENT ||
                            c->verdict == CT_VERDICT_NOT_CHECKABLE))
            fprintf(out, " [check: %s: %s]", v, c->cause);
        else
            fprintf(out, " [check: %s]", v);
    }
    if (pos < len)
        fwrite(text + pos, 1, len - pos, out);
    free(order);
    if (ferror(out))
        return ctp_error_set(err, CT_ERR_IO, NULL, 0, 0, "write error");
    return CT_OK;
}
