/* exact.c - exact rational arithmetic (exact.h): fixed-width big
 * integers and fractions of them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/exact.h"

static ct_exact_int big_of(int64_t v)
{
    ct_exact_int b;
    memset(&b, 0, sizeof b);
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    b.w[0] = (uint32_t)m;
    b.w[1] = (uint32_t)(m >> 32);
    b.neg = v < 0;
    return b;
}

/* Number of limbs in use (0 for zero). */
static size_t big_used(const ct_exact_int *a)
{
    size_t n = CT_EXACT_LIMBS;
    while (n > 0 && a->w[n - 1] == 0)
        n--;
    return n;
}

/* Number of bits of the magnitude (0 for zero). */
static int big_bits(const ct_exact_int *a)
{
    size_t n = big_used(a);
    if (n == 0)
        return 0;
    int b = 0;
    for (uint32_t top = a->w[n - 1]; top != 0; top >>= 1)
        b++;
    return (int)(32 * (n - 1)) + b;
}

static bool big_is_zero(const ct_exact_int *a)
{
    return big_used(a) == 0;
}

static int big_sign(const ct_exact_int *a)
{
    return big_is_zero(a) ? 0 : a->neg ? -1 : 1;
}

static int mag_cmp(const ct_exact_int *a, const ct_exact_int *b)
{
    for (size_t i = CT_EXACT_LIMBS; i-- > 0;)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

static ct_exact_int mag_add(const ct_exact_int *a, const ct_exact_int *b,
                            bool *ok)
{
    ct_exact_int r;
    memset(&r, 0, sizeof r);
    uint64_t carry = 0;
    for (size_t i = 0; i < CT_EXACT_LIMBS; i++) {
        uint64_t t = (uint64_t)a->w[i] + b->w[i] + carry;
        r.w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        *ok = false;
    return r;
}

/* |a| - |b| for |a| >= |b|. */
static ct_exact_int mag_sub(const ct_exact_int *a, const ct_exact_int *b)
{
    ct_exact_int r;
    memset(&r, 0, sizeof r);
    int64_t borrow = 0;
    for (size_t i = 0; i < CT_EXACT_LIMBS; i++) {
        int64_t t = (int64_t)a->w[i] - b->w[i] - borrow;
        borrow = t < 0;
        r.w[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return r;
}

static ct_exact_int big_neg(ct_exact_int a)
{
    if (!big_is_zero(&a))
        a.neg = !a.neg;
    return a;
}

static ct_exact_int big_add(ct_exact_int a, ct_exact_int b, bool *ok)
{
    ct_exact_int r;
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

static ct_exact_int big_mul(ct_exact_int a, ct_exact_int b, bool *ok)
{
    ct_exact_int p;
    memset(&p, 0, sizeof p);
    size_t na = big_used(&a), nb = big_used(&b);
    if (na == 0 || nb == 0)
        return p;
    /* A factor of 1 (the denominator of an integer) changes nothing. */
    if (nb == 1 && b.w[0] == 1) {
        a.neg = a.neg != b.neg;
        return a;
    }
    if (na == 1 && a.w[0] == 1) {
        b.neg = a.neg != b.neg;
        return b;
    }
    if (na == 1 && nb == 1) {
        uint64_t t = (uint64_t)a.w[0] * b.w[0];
        p.w[0] = (uint32_t)t;
        p.w[1] = (uint32_t)(t >> 32);
        p.neg = a.neg != b.neg;
        return p;
    }
    /* Only the limbs in use are touched: most figures fit in one or two. */
    uint32_t r[2 * CT_EXACT_LIMBS];
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
        if (i < CT_EXACT_LIMBS)
            p.w[i] = r[i];
        else if (r[i] != 0)
            *ok = false;
    }
    p.neg = a.neg != b.neg && !big_is_zero(&p);
    return p;
}

static int big_cmp(const ct_exact_int *a, const ct_exact_int *b)
{
    int sa = big_sign(a), sb = big_sign(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    int m = mag_cmp(a, b);
    return sa < 0 ? -m : m;
}

static bool big_bit(const ct_exact_int *a, size_t k)
{
    return (a->w[k / 32] >> (k % 32)) & 1u;
}

/* q = |a| / |b| and r = |a| mod |b| (b non-zero).  A divisor of one limb
 * (the usual case: powers of ten, small counts) is divided limb by limb;
 * otherwise shift and subtract, over only the limbs the remainder can use
 * (it stays below 2|b|). */
static void mag_divmod(const ct_exact_int *a, const ct_exact_int *b,
                       ct_exact_int *q, ct_exact_int *r)
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
    size_t nr = nb + 1 < CT_EXACT_LIMBS ? nb + 1 : CT_EXACT_LIMBS;
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
static ct_exact_int big_pow10(int e, bool *ok)
{
    /* Powers that fit in 63 bits are the common case: from a table. */
    static const int64_t small[] = {
        1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
        1000000000, 10000000000, 100000000000, 1000000000000,
        10000000000000, 100000000000000, 1000000000000000,
        10000000000000000, 100000000000000000, 1000000000000000000
    };
    if (e >= 0 && e < (int)(sizeof small / sizeof small[0]))
        return big_of(small[e]);
    /* Multiplied by 10^9 a limb at a time, then by the rest. */
    ct_exact_int p = big_of(1);
    for (; e > 0; e -= 9) {
        uint32_t m = 1;
        for (int k = 0; k < (e < 9 ? e : 9); k++)
            m *= 10;
        uint64_t carry = 0;
        for (size_t i = 0; i < CT_EXACT_LIMBS; i++) {
            uint64_t t = (uint64_t)p.w[i] * m + carry;
            p.w[i] = (uint32_t)t;
            carry = t >> 32;
        }
        if (carry)
            *ok = false;
    }
    return p;
}


ct_exact ct_exact_of_int(int64_t v)
{
    ct_exact r = {big_of(v), big_of(1)};
    return r;
}

/* 10^e for -40 <= e <= 40. */
ct_exact ct_exact_pow10(int e, bool *ok)
{
    ct_exact r = {big_of(1), big_of(1)};
    if (e >= 0)
        r.n = big_pow10(e, ok);
    else
        r.d = big_pow10(-e, ok);
    return r;
}

ct_exact ct_exact_add(ct_exact a, ct_exact b, bool *ok)
{
    ct_exact r;
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

ct_exact ct_exact_neg(ct_exact a)
{
    a.n = big_neg(a.n);
    return a;
}

ct_exact ct_exact_sub(ct_exact a, ct_exact b, bool *ok)
{
    return ct_exact_add(a, ct_exact_neg(b), ok);
}

ct_exact ct_exact_mul(ct_exact a, ct_exact b, bool *ok)
{
    ct_exact r = {big_mul(a.n, b.n, ok), big_mul(a.d, b.d, ok)};
    return r;
}

/* a / b for b != 0 (the caller checks). */
ct_exact ct_exact_div(ct_exact a, ct_exact b, bool *ok)
{
    ct_exact r = {big_mul(a.n, b.d, ok), big_mul(a.d, b.n, ok)};
    if (r.d.neg) {
        r.n = big_neg(r.n);
        r.d = big_neg(r.d);
    }
    return r;
}

int ct_exact_sign(const ct_exact *a)
{
    return big_sign(&a->n);
}

bool ct_exact_is_zero(const ct_exact *a)
{
    return big_is_zero(&a->n);
}

int ct_exact_cmp(const ct_exact *a, const ct_exact *b, bool *ok)
{
    ct_exact_int l = big_mul(a->n, b->d, ok), r = big_mul(b->n, a->d, ok);
    return big_cmp(&l, &r);
}

ct_exact ct_exact_abs(ct_exact a)
{
    a.n.neg = false;
    return a;
}

/* The integer nearest to x under 'rule' (ties by the rule; TRUNCATE
 * towards zero, CEILING upwards). */
ct_exact_int ct_exact_round_int(const ct_exact *x, ct_rounding rule, bool *ok)
{
    ct_exact_int q, r;
    mag_divmod(&x->n, &x->d, &q, &r);  /* |x| = q + r/d */
    bool neg = x->n.neg;
    bool up = false;  /* move the magnitude up by one */
    if (!big_is_zero(&r)) {
        bool two = true;
        ct_exact_int r2 = mag_add(&r, &r, &two);
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
        ct_exact_int one = big_of(1);
        q = mag_add(&q, &one, ok);
    }
    q.neg = neg && !big_is_zero(&q);
    return q;
}

/* Writes the magnitude of a ct_exact_int in decimal into buf (room for 340
 * digits); returns the number of digits. */
static size_t big_digits(const ct_exact_int *a, char *buf, size_t size)
{
    /* Nine digits at a time: 10^9 fits in one limb. */
    ct_exact_int v = *a, base = big_of(1000000000), q, r;
    v.neg = false;
    char tmp[400];
    size_t n = 0;
    do {
        mag_divmod(&v, &base, &q, &r);
        v = q;
        uint32_t chunk = r.w[0];
        bool last = big_is_zero(&v);
        for (int k = 0; k < 9 && n < sizeof tmp; k++) {
            tmp[n++] = (char)('0' + chunk % 10);
            chunk /= 10;
            if (last && chunk == 0)
                break;
        }
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
char *ct_exact_format(const ct_exact *x, int decimals, bool grouped, char *buf,
                        size_t size)
{
    bool ok = true;
    ct_exact scaled = ct_exact_mul(*x, ct_exact_pow10(decimals, &ok), &ok);
    ct_exact_int q = ct_exact_round_int(&scaled, CT_ROUNDING_HALF_UP, &ok);
    if (!ok) {
        snprintf(buf, size, "n/a");
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
    snprintf(buf, size, "%s", out);
    return buf;
}

/* The value for display and machines: from the exact decimal to 17
 * significant digits, then strtod (correctly rounded; an exponent rather
 * than a decimal point keeps it independent of the locale). */
double ct_exact_to_double(const ct_exact *x)
{
    bool ok = true;
    if (ct_exact_is_zero(x))
        return 0.0;
    /* Find e with 10^16 <= |x| 10^e < 10^17. */
    ct_exact a = ct_exact_abs(*x);
    /* Start near it: log10 |x| is about (bits of n - bits of d) x 0.30103,
     * so that the loops below take a step or two. */
    int e = 16 - (int)((double)(big_bits(&a.n) - big_bits(&a.d)) * 0.30103);
    if (e < -38 || e > 38)
        e = e < 0 ? -38 : 38;
    ct_exact lo = ct_exact_pow10(16, &ok), hi = ct_exact_pow10(17, &ok);
    ct_exact s = ct_exact_mul(a, ct_exact_pow10(e, &ok), &ok);
    while (ct_exact_cmp(&s, &lo, &ok) < 0 && e < 300 && ok) {
        e++;
        s = ct_exact_mul(a, ct_exact_pow10(e, &ok), &ok);
    }
    while (ct_exact_cmp(&s, &hi, &ok) >= 0 && e > -300 && ok) {
        e--;
        s = ct_exact_mul(a, ct_exact_pow10(e, &ok), &ok);
    }
    if (!ok)
        return 0.0;
    ct_exact_int q = ct_exact_round_int(&s, CT_ROUNDING_HALF_EVEN, &ok);
    char digits[400], text[440];
    big_digits(&q, digits, sizeof digits);
    snprintf(text, sizeof text, "%s%se%d", x->n.neg ? "-" : "", digits, -e);
    return strtod(text, NULL);
}

ct_exact ct_exact_round(const ct_exact *x, ct_rounding rule, bool *ok)
{
    ct_exact r = {ct_exact_round_int(x, rule, ok), big_of(1)};
    return r;
}

bool ct_exact_int_to_int64(const ct_exact_int *a, int64_t *out)
{
    if (big_used(a) > 2)
        return false;
    uint64_t m = (uint64_t)a->w[0] | ((uint64_t)a->w[1] << 32);
    if (m > (uint64_t)INT64_MAX)
        return false;
    *out = a->neg ? -(int64_t)m : (int64_t)m;
    return true;
}

ct_exact ct_exact_of_decimal(const ct_decimal *d, bool *ok)
{
    ct_exact v = ct_exact_of_int(d->negative ? -d->digits : d->digits);
    return ct_exact_mul(v, ct_exact_pow10(-d->scale, ok), ok);
}

ct_decimal ct_exact_to_decimal(const ct_exact *x, int scale)
{
    bool ok = true;
    ct_decimal d = {0, scale, false};
    ct_exact s = ct_exact_mul(*x, ct_exact_pow10(scale, &ok), &ok);
    ct_exact_int q = ct_exact_round_int(&s, CT_ROUNDING_HALF_UP, &ok);
    int64_t v;
    if (ct_exact_int_to_int64(&q, &v))
        d.digits = v < 0 ? -v : v;
    d.negative = q.neg;
    return d;
}
