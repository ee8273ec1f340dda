/* period.c - the time model: reading period labels as published tables
 * print them, writing canonical labels, ordering and shifting periods,
 * aggregating months into the periods the user asked for, and choosing the
 * mid-year population of a period.  A period is a first month and a
 * length, so "2023/24" and "year ending March 2024" are the same key
 * (METHODS §1.4); the kind only decides how it is written. */
#include <stdio.h>
#include <string.h>

#include "crimetrend/period.h"

enum {
    YEAR_MIN = 1900,   /* labels outside these years are not periods */
    YEAR_MAX = 2999,
    FY_FIRST_MONTH = 4,  /* UK financial years run April to March */
    LABEL_MAX = 64     /* longer labels are not periods */
};

/* Floor division and the matching non-negative remainder, so that month
 * indexes before year 0 (from a large shift) still map to a year. */
static int32_t floor_div(int32_t a, int32_t b)
{
    int32_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static int32_t floor_mod(int32_t a, int32_t b)
{
    return a - floor_div(a, b) * b;
}

static int year_of(int32_t month)
{
    return (int)floor_div(month, 12);
}

/* Month of the year, 1..12. */
static int month_of(int32_t month)
{
    return (int)floor_mod(month, 12) + 1;
}

static ct_period make_period(ct_period_kind kind, int32_t start,
                             int32_t n_months)
{
    ct_period p = { kind, start, n_months };
    return p;
}

/* The rolling year whose last month is 'end'. */
static ct_period rolling_ending(int32_t end)
{
    return make_period(CT_PERIOD_ROLLING, end - 11, 12);
}

/* ------------------------------------------------------------------ */
/* Reading labels                                                      */
/* ------------------------------------------------------------------ */

/* The label being read, after normalise(): lower-case ASCII, one space
 * between words, en dashes turned into hyphens. */
typedef struct cursor {
    const char *s;  /* next character */
    const char *end;
} cursor;

static bool at_end(const cursor *c)
{
    return c->s == c->end;
}

static bool is_digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

/* Consumes 'word' when the label continues with it. */
static bool eat(cursor *c, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(c->end - c->s) < n || memcmp(c->s, word, n) != 0)
        return false;
    c->s += n;
    return true;
}

/* Reads exactly 'n' digits, not followed by another digit: "2015-9" and
 * "15" are refused where "2015-09" and "2015" are meant, because one- and
 * two-digit years and months are where labels become ambiguous. */
static bool read_digits(cursor *c, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (c->s + i >= c->end || !is_digit(c->s[i]))
            return false;
        v = v * 10 + (c->s[i] - '0');
    }
    if (c->s + n < c->end && is_digit(c->s[n]))
        return false;
    c->s += n;
    *out = v;
    return true;
}

static bool read_year(cursor *c, int *year)
{
    cursor save = *c;
    if (!read_digits(c, 4, year) || *year < YEAR_MIN || *year > YEAR_MAX) {
        *c = save;
        return false;
    }
    return true;
}

/* A month name, in full or as its three-letter abbreviation; also "sept",
 * which UK publications often use. */
static bool read_month_name(cursor *c, int *month)
{
    static const char *const names[] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    };
    size_t n = 0;
    while (c->s + n < c->end && c->s[n] >= 'a' && c->s[n] <= 'z')
        n++;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(names[m]);
        if ((n == 3 || n == full) && n <= full
            && memcmp(c->s, names[m], n) == 0) {
            *month = m + 1;
            c->s += n;
            return true;
        }
    }
    if (n == 4 && memcmp(c->s, "sept", 4) == 0) {
        *month = 9;
        c->s += n;
        return true;
    }
    return false;
}

/* "2015-09" or "sep 2015" / "september 2015": a month index. */
static bool read_month(cursor *c, int32_t *out)
{
    int year, month;
    if (read_year(c, &year)) {
        if (!eat(c, "-") || !read_digits(c, 2, &month) || month < 1
            || month > 12)
            return false;
    } else if (!read_month_name(c, &month) || !eat(c, " ")
               || !read_year(c, &year)) {
        return false;
    }
    *out = ct_period_month_index(year, month);
    return true;
}

/* The second year of a financial year after its separator: "16" or
 * "2016", which must follow 'first'. */
static bool read_fy_second(cursor *c, int first)
{
    int second;
    if (read_digits(c, 2, &second))
        return second == (first + 1) % 100;
    return read_digits(c, 4, &second) && second == first + 1;
}

/* "2015/16", "2015/2016", "2015-16", "2015-2016" (the "fy" already
 * read). */
static bool read_financial_year(cursor *c, int32_t *start)
{
    int first;
    if (!read_year(c, &first) || !(eat(c, "/") || eat(c, "-"))
        || !read_fy_second(c, first))
        return false;
    *start = ct_period_month_index(first, FY_FIRST_MONTH);
    return true;
}

/* Labels that start with a year: "2015", "201509", "2015q3", "2015 q3",
 * "2015-q3", "2015/16", "2015/2016", "2015-16", "2015-2016", "2015-09". */
static bool read_year_first(cursor *c, int hint, ct_period *out)
{
    int year, nn, quarter;
    if (!read_year(c, &year)) {
        /* Not four digits alone: perhaps "201509". */
        int yyyymm;
        if (!read_digits(c, 6, &yyyymm))
            return false;
        year = yyyymm / 100;
        nn = yyyymm % 100;
        if (year < YEAR_MIN || year > YEAR_MAX || nn < 1 || nn > 12)
            return false;
        *out = make_period(CT_PERIOD_MONTH, ct_period_month_index(year, nn), 1);
        return true;
    }
    if (at_end(c)) {
        *out = make_period(CT_PERIOD_YEAR, ct_period_month_index(year, 1), 12);
        return true;
    }
    if (eat(c, "q") || eat(c, " q") || eat(c, "-q")) {
        if (!read_digits(c, 1, &quarter) || quarter < 1 || quarter > 4)
            return false;
        *out = make_period(CT_PERIOD_QUARTER,
                           ct_period_month_index(year, 3 * quarter - 2), 3);
        return true;
    }
    int32_t fy_start = ct_period_month_index(year, FY_FIRST_MONTH);
    if (eat(c, "/")) {
        if (!read_fy_second(c, year))
            return false;
        *out = make_period(CT_PERIOD_FINANCIAL_YEAR, fy_start, 12);
        return true;
    }
    if (!eat(c, "-"))
        return false;
    cursor save = *c;
    if (read_digits(c, 4, &nn)) {
        if (nn != year + 1)
            return false;
        *out = make_period(CT_PERIOD_FINANCIAL_YEAR, fy_start, 12);
        return true;
    }
    *c = save;
    if (!read_digits(c, 2, &nn))
        return false;
    /* "YYYY-NN" is a month (ISO 8601) when NN can be one, and a financial
     * year when NN is the next year.  "2011-12" is both: a month unless
     * the column is known to hold financial years. */
    bool is_month = nn >= 1 && nn <= 12;
    bool is_fy = nn == (year + 1) % 100;
    if (is_fy && (!is_month || hint == CT_PERIOD_FINANCIAL_YEAR)) {
        *out = make_period(CT_PERIOD_FINANCIAL_YEAR, fy_start, 12);
        return true;
    }
    if (!is_month)
        return false;
    *out = make_period(CT_PERIOD_MONTH, ct_period_month_index(year, nn), 1);
    return true;
}

static bool read_label(cursor *c, int hint, ct_period *out)
{
    int32_t month, start;
    int quarter, year, mm;

    /* Rolling years: the longer prefixes first, since "ye" begins
     * "year ending". */
    if (eat(c, "12 months ending ") || eat(c, "12 months to ")
        || eat(c, "year ending ") || eat(c, "ye ")) {
        if (!read_month(c, &month))
            return false;
        *out = rolling_ending(month);
        return true;
    }
    if (eat(c, "ye")) {
        /* "ye2015-09"; "yesep 2015" is not a label. */
        if (!read_year(c, &year) || !eat(c, "-") || !read_digits(c, 2, &mm)
            || mm < 1 || mm > 12)
            return false;
        *out = rolling_ending(ct_period_month_index(year, mm));
        return true;
    }
    if (eat(c, "fy ") || eat(c, "fy")) {
        if (!read_financial_year(c, &start))
            return false;
        *out = make_period(CT_PERIOD_FINANCIAL_YEAR, start, 12);
        return true;
    }
    if (eat(c, "q")) {
        if (!read_digits(c, 1, &quarter) || quarter < 1 || quarter > 4
            || !eat(c, " ") || !read_year(c, &year))
            return false;
        *out = make_period(CT_PERIOD_QUARTER,
                           ct_period_month_index(year, 3 * quarter - 2), 3);
        return true;
    }
    if (!at_end(c) && is_digit(*c->s))
        return read_year_first(c, hint, out);
    if (!read_month(c, &month))
        return false;
    *out = make_period(CT_PERIOD_MONTH, month, 1);
    return true;
}

/* Copies the label into 'buf' in lower case, without surrounding blanks,
 * with each run of blanks (space, tab, U+00A0) as one space and each en
 * dash (U+2013) as '-', as "2015–16" is often typeset.  Returns the
 * length, or -1 when the label is too long to be a period. */
static int normalise(const char *s, size_t len, char buf[LABEL_MAX])
{
    size_t n = 0;
    bool pending_space = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '\t') {
            pending_space = true;
            continue;
        }
        if (ch == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
            pending_space = true;
            i++;
            continue;
        }
        if (pending_space && n > 0) {
            if (n + 1 >= LABEL_MAX)
                return -1;
            buf[n++] = ' ';
        }
        pending_space = false;
        if (ch == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80
            && (unsigned char)s[i + 2] == 0x93) {
            ch = '-';
            i += 2;
        } else if (ch >= 'A' && ch <= 'Z') {
            ch = (unsigned char)(ch - 'A' + 'a');
        }
        if (n + 1 >= LABEL_MAX)
            return -1;
        buf[n++] = (char)ch;
    }
    return (int)n;
}

bool ct_period_parse_as(const char *s, size_t len, int hint, ct_period *out)
{
    char buf[LABEL_MAX];
    int n = normalise(s, len, buf);
    if (n <= 0)
        return false;
    cursor c = { buf, buf + n };
    ct_period p;
    if (!read_label(&c, hint, &p) || !at_end(&c))
        return false;
    *out = p;
    return true;
}

bool ct_period_parse(const char *s, size_t len, ct_period *out)
{
    return ct_period_parse_as(s, len, -1, out);
}

/* ------------------------------------------------------------------ */
/* Writing labels                                                      */
/* ------------------------------------------------------------------ */

int ct_period_format(ct_period p, char *buf, size_t size)
{
    int y = year_of(p.start), m = month_of(p.start);
    int32_t end = ct_period_end(p);

    switch (p.kind) {
    case CT_PERIOD_MONTH:
        if (p.n_months == 1)
            return snprintf(buf, size, "%04d-%02d", y, m);
        break;
    case CT_PERIOD_QUARTER:
        if (p.n_months == 3 && (m - 1) % 3 == 0)
            return snprintf(buf, size, "%04dQ%d", y, (m + 2) / 3);
        break;
    case CT_PERIOD_YEAR:
        if (p.n_months == 12 && m == 1)
            return snprintf(buf, size, "%04d", y);
        break;
    case CT_PERIOD_FINANCIAL_YEAR:
        if (p.n_months == 12 && m == FY_FIRST_MONTH)
            return snprintf(buf, size, "%04d/%02d", y, (y + 1) % 100);
        break;
    case CT_PERIOD_ROLLING:
        break;
    }
    /* A rolling year, or a period whose months do not fit its kind (a
     * "quarter" starting in February): a twelve-month period is written
     * as the year ending its last month, anything else as an ISO 8601
     * interval of months, so the label never claims months it lacks. */
    if (p.n_months == 12)
        return snprintf(buf, size, "YE%04d-%02d", year_of(end),
                        month_of(end));
    return snprintf(buf, size, "%04d-%02d/%04d-%02d", y, m, year_of(end),
                    month_of(end));
}

/* ------------------------------------------------------------------ */
/* Ordering and arithmetic                                             */
/* ------------------------------------------------------------------ */

int ct_period_compare(ct_period a, ct_period b)
{
    int32_t ea = ct_period_end(a), eb = ct_period_end(b);
    if (ea != eb)
        return ea < eb ? -1 : 1;
    /* Same last month: the longer period (earlier start) first. */
    if (a.start != b.start)
        return a.start < b.start ? -1 : 1;
    return 0;
}

bool ct_period_overlaps(ct_period a, ct_period b)
{
    return a.start <= ct_period_end(b) && b.start <= ct_period_end(a);
}

ct_period ct_period_shift_years(ct_period p, int years)
{
    p.start += (int32_t)years * 12;
    return p;
}

/* ------------------------------------------------------------------ */
/* Period types (--period-type)                                        */
/* ------------------------------------------------------------------ */

/* strcmp without regard to ASCII case. */
static bool equal_nocase(const char *a, const char *b)
{
    for (;; a++, b++) {
        char ca = (*a >= 'A' && *a <= 'Z') ? (char)(*a - 'A' + 'a') : *a;
        if (ca != *b)
            return false;
        if (ca == '\0')
            return true;
    }
}

bool ct_period_type_parse(const char *s, ct_period_type *out)
{
    static const struct {
        const char *name;
        ct_period_type type;
    } names[] = {
        { "year", { CT_PERIOD_YEAR, 0 } },
        { "fy", { CT_PERIOD_FINANCIAL_YEAR, 0 } },
        { "financial-year", { CT_PERIOD_FINANCIAL_YEAR, 0 } },
        { "quarter", { CT_PERIOD_QUARTER, 0 } },
        { "month", { CT_PERIOD_MONTH, 0 } },
    };
    if (s == NULL)
        return false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (equal_nocase(s, names[i].name)) {
            *out = names[i].type;
            return true;
        }
    }
    /* "ye-MM", two digits.  "ye-12" stays a rolling year (labelled
     * YE2015-12) rather than becoming "year", so output keeps the user's
     * wording. */
    if ((s[0] == 'y' || s[0] == 'Y') && (s[1] == 'e' || s[1] == 'E')
        && s[2] == '-' && is_digit(s[3]) && is_digit(s[4]) && s[5] == '\0') {
        int m = (s[3] - '0') * 10 + (s[4] - '0');
        if (m < 1 || m > 12)
            return false;
        *out = (ct_period_type){CT_PERIOD_ROLLING, m};
        return true;
    }
    return false;
}

ct_period ct_period_containing(ct_period_type t, int32_t month)
{
    switch (t.kind) {
    case CT_PERIOD_MONTH:
        return make_period(CT_PERIOD_MONTH, month, 1);
    case CT_PERIOD_QUARTER:
        return make_period(CT_PERIOD_QUARTER, month - floor_mod(month, 3), 3);
    case CT_PERIOD_YEAR:
        return make_period(CT_PERIOD_YEAR, month - floor_mod(month, 12), 12);
    case CT_PERIOD_FINANCIAL_YEAR:
        /* Count from April: months before it belong to the financial year
         * that began the previous April. */
        return make_period(CT_PERIOD_FINANCIAL_YEAR,
                           month - floor_mod(month - (FY_FIRST_MONTH - 1),
                                             12),
                           12);
    case CT_PERIOD_ROLLING:
        break;
    }
    /* The first month at or after 'month' whose month of the year is
     * end_month ends the period.  An end_month outside 1..12 is taken
     * modulo 12 rather than trusted. */
    int32_t end_m0 = floor_mod(t.end_month - 1, 12);
    int32_t ahead = floor_mod(end_m0 - floor_mod(month, 12), 12);
    return rolling_ending(month + ahead);
}

/* ------------------------------------------------------------------ */
/* Population year                                                     */
/* ------------------------------------------------------------------ */

int ct_period_population_year(ct_period p, ct_pop_rule rule)
{
    int32_t end = ct_period_end(p);
    switch (rule) {
    case CT_POP_RULE_START:
        return year_of(p.start);
    case CT_POP_RULE_END:
        return year_of(end);
    case CT_POP_RULE_JUNE30:
        break;
    }
    /* 30 June of year Y is the last day of month Y * 12 + 5, so it falls
     * inside the period when that month does.  A twelve-month period holds
     * exactly one June; a longer one would take its first.  Without a
     * June, the year of the middle month start + n_months / 2 (for an even
     * length, the later of the two middle months). */
    int32_t first_june = p.start + floor_mod(5 - p.start, 12);
    if (first_june <= end)
        return year_of(first_june);
    return year_of(p.start + p.n_months / 2);
}
