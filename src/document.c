/* document.c - reading the documents `check` reads: the bytes (bounded,
 * binary data refused as soon as it is seen), the type, the encoding, and
 * the paragraphs of extracted text with the place of every line.  HTML is
 * in document_html.c, running pdftotext in document_pdf.c. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crimetrend/document.h"
#include "document_internal.h"
#include "error_set.h"
#include "number_internal.h"
#include "alloc.h"
#include "hash.h"
#include "text.h"

#define MIB ((size_t)1 << 20)

void ct_document_options_init(ct_document_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->max_bytes = 256 * MIB;
    opt->max_line = MIB;
    opt->pdftotext = "pdftotext";
}

static const char *const type_names[] = {"auto", "text", "html", "pdf"};

const char *ct_document_type_name(ct_document_type t)
{
    return (unsigned)t < 4 ? type_names[t] : "auto";
}

static bool same_ascii(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
        if (x != *b)
            return false;
    }
    return *a == *b;
}

bool ct_document_type_parse(const char *s, ct_document_type *out)
{
    static const struct { const char *name; ct_document_type t; } names[] = {
        {"auto", CT_DOCUMENT_AUTO}, {"text", CT_DOCUMENT_TEXT},
        {"txt", CT_DOCUMENT_TEXT}, {"md", CT_DOCUMENT_TEXT},
        {"markdown", CT_DOCUMENT_TEXT}, {"html", CT_DOCUMENT_HTML},
        {"htm", CT_DOCUMENT_HTML}, {"pdf", CT_DOCUMENT_PDF}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (same_ascii(s, names[i].name)) {
            *out = names[i].t;
            return true;
        }
    return false;
}

bool ct_document_encoding_parse(const char *s, ct_document_encoding *out)
{
    static const struct { const char *name; ct_document_encoding e; }
    names[] = {
        {"auto", CT_DOCUMENT_ENCODING_AUTO}, {"utf-8", CT_DOCUMENT_ENCODING_UTF8},
        {"utf8", CT_DOCUMENT_ENCODING_UTF8}, {"windows-1252", CT_DOCUMENT_ENCODING_WINDOWS_1252},
        {"cp1252", CT_DOCUMENT_ENCODING_WINDOWS_1252},
        {"latin1", CT_DOCUMENT_ENCODING_LATIN1}, {"latin-1", CT_DOCUMENT_ENCODING_LATIN1},
        {"iso-8859-1", CT_DOCUMENT_ENCODING_LATIN1}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (same_ascii(s, names[i].name)) {
            *out = names[i].e;
            return true;
        }
    return false;
}

/* ---- building the text ------------------------------------------------ */

ct_status ctp_doc_add_line(ct_document *doc, const char *s, size_t n,
                           unsigned long page, unsigned long line,
                           unsigned long col0, ct_error *err)
{
    doc->memo_set = false;
    /* A blank line before a new paragraph, none before the first. */
    size_t need = doc->len + n + 3;
    if (need < n || ctp_grow((void **)&doc->text, &doc->cap, need, 1, err))
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    if (ctp_grow((void **)&doc->lines, &doc->cap_lines, doc->n_lines + 1,
                 sizeof *doc->lines, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    if (!doc->open_para && doc->len > 0)
        doc->text[doc->len++] = '\n';
    doc->open_para = true;
    doc->lines[doc->n_lines++] = (ctp_doc_line){doc->len, page, line, col0};
    memcpy(doc->text + doc->len, s, n);
    doc->len += n;
    doc->text[doc->len++] = '\n';
    doc->text[doc->len] = '\0';
    return CT_STATUS_OK;
}

void ctp_doc_end_para(ct_document *doc)
{
    doc->open_para = false;
}

const char *ct_document_text(const ct_document *doc, size_t *len)
{
    if (len != NULL)
        *len = doc->len;
    return doc->text != NULL ? doc->text : "";
}

ct_document_type ct_document_type_of(const ct_document *doc)
{
    return doc->type;
}

void ct_document_position(const ct_document *doc, size_t offset,
                          unsigned long *page, unsigned long *line,
                          unsigned long *column)
{
    *page = 0;
    *line = 1;
    *column = 1;
    if (doc->n_lines == 0)
        return;
    if (offset > doc->len)
        offset = doc->len;
    size_t lo = 0, hi = doc->n_lines;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->lines[mid].off <= offset)
            lo = mid;
        else
            hi = mid;
    }
    const ctp_doc_line *l = &doc->lines[lo];
    unsigned long c = 1 + l->col0;
    size_t from = l->off;
    if (doc->memo_set && doc->memo_line == lo && doc->memo_off <= offset) {
        from = doc->memo_off;
        c = doc->memo_col;
    }
    for (size_t i = from; i < offset; i++)
        if (((unsigned char)doc->text[i] & 0xC0) != 0x80)
            c++;
    /* The memo changes no answer, only how fast the next is found; the
     * document itself was allocated writable. */
    ct_document *memo = (ct_document *)doc;
    memo->memo_set = true;
    memo->memo_line = lo;
    memo->memo_off = offset;
    memo->memo_col = c;
    *page = l->page;
    *line = l->line;
    *column = c;
}

void ct_document_free(ct_document *doc)
{
    if (doc == NULL)
        return;
    free(doc->text);
    free(doc->lines);
    free(doc);
}

/* ---- paragraphs of extracted text ------------------------------------ */

typedef struct src_line {
    const char *s;          /* the line, without its line break */
    size_t n;
    unsigned long page, line, col0;
    bool blank;             /* only blanks */
    bool drop;              /* a page number, header or footer */
    bool table;             /* figures in columns: a paragraph of its own */
} src_line;

static bool is_blank_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

/* Bytes of 's' (n) without leading and trailing blanks, also U+00A0. */
static void trim(const char **s, size_t *n)
{
    const char *p = *s;
    size_t k = *n;
    for (;;) {
        if (k > 0 && is_blank_byte(*p)) {
            p++; k--;
        } else if (k > 1 && (unsigned char)p[0] == 0xC2 &&
                   (unsigned char)p[1] == 0xA0) {
            p += 2; k -= 2;
        } else {
            break;
        }
    }
    for (;;) {
        if (k > 0 && is_blank_byte(p[k - 1]))
            k--;
        else if (k > 1 && (unsigned char)p[k - 2] == 0xC2 &&
                 (unsigned char)p[k - 1] == 0xA0)
            k -= 2;
        else
            break;
    }
    *s = p;
    *n = k;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* Skips the word 'w' (ASCII, lower-case) at p[*i] ignoring case. */
static bool skip_word(const char *p, size_t n, size_t *i, const char *w)
{
    size_t k = strlen(w);
    if (*i + k > n)
        return false;
    for (size_t j = 0; j < k; j++)
        if (lower(p[*i + j]) != w[j])
            return false;
    *i += k;
    return true;
}

static void skip_spaces(const char *p, size_t n, size_t *i)
{
    while (*i < n && (p[*i] == ' ' || p[*i] == '\t'))
        (*i)++;
}

/* Skips a dash: '-', an en dash or an em dash. */
static bool skip_dash(const char *p, size_t n, size_t *i)
{
    if (*i < n && p[*i] == '-') {
        (*i)++;
        return true;
    }
    if (*i + 3 <= n && (unsigned char)p[*i] == 0xE2 &&
        (unsigned char)p[*i + 1] == 0x80 &&
        ((unsigned char)p[*i + 2] == 0x93 || (unsigned char)p[*i + 2] == 0x94)) {
        *i += 3;
        return true;
    }
    return false;
}

static size_t skip_digits(const char *p, size_t n, size_t *i)
{
    size_t k = 0;
    while (*i < n && is_digit(p[*i]) && k < 5) {
        (*i)++;
        k++;
    }
    return k;
}

/* A page number: "12", "- 12 -", "Page 12", "Page 12 of 40", "12 of 40",
 * "12/40", "Página 12", "Pág. 12 de 40"; with 'roman', also "iv". */
static bool is_page_number(const char *s, size_t n, bool roman)
{
    trim(&s, &n);
    if (n == 0 || n > 24)
        return false;
    size_t i = 0;
    bool dashed = skip_dash(s, n, &i);
    skip_spaces(s, n, &i);
    if (skip_word(s, n, &i, "page") || skip_word(s, n, &i, "p\xc3\xa1gina") ||
        skip_word(s, n, &i, "p\xc3\xa1g.") || skip_word(s, n, &i, "p."))
        skip_spaces(s, n, &i);
    size_t d = skip_digits(s, n, &i);
    if (d == 0 || d > 4) {
        if (!roman || d != 0)
            return false;
        size_t k = 0;
        while (i < n && strchr("ivxlc", s[i]) != NULL) {
            i++;
            k++;
        }
        if (k == 0 || k > 6)
            return false;
    }
    skip_spaces(s, n, &i);
    size_t j = i;
    if (skip_word(s, n, &j, "of") || skip_word(s, n, &j, "de") ||
        skip_word(s, n, &j, "/")) {
        skip_spaces(s, n, &j);
        size_t e = skip_digits(s, n, &j);
        if (e == 0 || e > 4)
            return false;
        i = j;
        skip_spaces(s, n, &i);
    }
    if (dashed) {
        skip_dash(s, n, &i);
        skip_spaces(s, n, &i);
    }
    return i == n;
}

/* A row of a table as pdftotext -layout prints it: at least two gaps of
 * three or more blanks between cells, and at least two cells with
 * digits. */
static bool is_table_row(const char *s, size_t n)
{
    trim(&s, &n);
    size_t gaps = 0, cells_with_digits = 0;
    bool digit = false;
    for (size_t i = 0; i < n;) {
        size_t k = 0;
        while (i + k < n && s[i + k] == ' ')
            k++;
        if (k >= 3) {
            gaps++;
            cells_with_digits += digit;
            digit = false;
            i += k;
            continue;
        }
        if (k > 0) {
            i += k;
            continue;
        }
        if (is_digit(s[i]))
            digit = true;
        i++;
    }
    cells_with_digits += digit;
    return gaps >= 2 && cells_with_digits >= 2;
}

/* The key of a header or footer line: blanks collapsed, each run of
 * digits as one '#', ASCII letters lower-case, so that "Page 3 of 40" and
 * "Page 103 of 140" on every page are one key. */
static uint64_t line_key(const char *s, size_t n)
{
    trim(&s, &n);
    char buf[160];
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < n && k < sizeof buf - 1; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && k > 0)
            buf[k++] = ' ';
        space = false;
        if (is_digit(c) && k > 0 && buf[k - 1] == '#')
            continue;
        if (k < sizeof buf - 1)
            buf[k++] = is_digit(c) ? '#' : lower(c);
    }
    return ctp_hash_bytes(buf, k);
}

typedef struct key_count {
    uint64_t key;
    size_t pages;           /* pages it is on */
    unsigned long last_page;
} key_count;

/* The first and last few lines of each page that recur on at least half
 * of the pages (and at least two) are running headers and footers: a
 * browser prints its date, title, address and "1/2" on every page. */
#define EDGE_LINES 3

static ct_status drop_running_lines(src_line *l, size_t n,
                                    unsigned long pages, ct_error *err)
{
    if (pages < 2)
        return CT_STATUS_OK;
    size_t cap = 0, nk = 0;
    key_count *keys = NULL;
    ct_status st = CT_STATUS_OK;
    /* Two passes: count the keys, then drop the lines whose key recurs. */
    for (int pass = 0; pass < 2 && st == CT_STATUS_OK; pass++) {
        size_t start = 0;
        while (start < n) {
            size_t end = start;
            while (end < n && l[end].page == l[start].page)
                end++;
            /* Pages are few: only the very first and last lines, so that
             * a short page's text is not taken for its frame. */
            size_t edge = pages < 3 ? 1 : EDGE_LINES;
            size_t idx[2 * EDGE_LINES], ni = 0, seen = 0;
            for (size_t i = start; i < end && seen < edge; i++)
                if (!l[i].blank) {
                    idx[ni++] = i;
                    seen++;
                }
            seen = 0;
            for (size_t i = end; i > start && seen < edge; i--)
                if (!l[i - 1].blank) {
                    size_t j = 0;
                    while (j < ni && idx[j] != i - 1)
                        j++;
                    if (j == ni)
                        idx[ni++] = i - 1;
                    seen++;
                }
            for (size_t j = 0; j < ni; j++) {
                if (l[idx[j]].drop)
                    continue;   /* a page number, already dropped */
                uint64_t key = line_key(l[idx[j]].s, l[idx[j]].n);
                size_t k = 0;
                while (k < nk && keys[k].key != key)
                    k++;
                if (pass == 0) {
                    if (k == nk) {
                        if (nk >= 4096)
                            continue;   /* enough to find them */
                        st = ctp_grow((void **)&keys, &cap, nk + 1,
                                      sizeof *keys, err);
                        if (st != CT_STATUS_OK)
                            break;
                        keys[nk++] = (key_count){key, 0, 0};
                    }
                    if (keys[k].last_page != l[idx[j]].page) {
                        keys[k].pages++;
                        keys[k].last_page = l[idx[j]].page;
                    }
                } else if (k < nk && keys[k].pages >= 2 &&
                           2 * keys[k].pages >= pages) {
                    l[idx[j]].drop = true;
                }
            }
            start = end;
        }
    }
    free(keys);
    return st;
}

/* Pages in two columns.  pdftotext -layout keeps the columns side by
 * side on each line; they are read one after the other instead when most
 * lines of a page have a gutter (three blanks or more) at the same
 * character position with prose on both sides.  Table rows do not count,
 * and a line running across the gutter (a heading) is kept whole. */
#define MAX_WIDTH 512

/* Byte offset of character 'x' of a line (n if the line is shorter). */
static size_t byte_of(const char *s, size_t n, size_t x)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) == 0x80)
            continue;
        if (c == x)
            return i;
        c++;
    }
    return n;
}

/* Blanks of a line by character position: 'sp[x]' for x < width. */
static size_t blank_map(const char *s, size_t n, bool *sp)
{
    size_t w = 0;
    for (size_t i = 0; i < n && w < MAX_WIDTH; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            sp[w++] = s[i] == ' ' || s[i] == '\t';
    return w;
}

/* The gutter of the page l[from..to), or 0 when it is not in columns. */
static size_t find_gutter(const src_line *l, size_t from, size_t to)
{
    size_t hist[MAX_WIDTH] = {0};
    bool sp[MAX_WIDTH];
    size_t lines = 0, widest = 0;
    for (size_t j = from; j < to; j++) {
        const char *s = l[j].s;
        size_t n = l[j].n, k = n;
        trim(&s, &k);
        if (k == 0 || is_table_row(l[j].s, l[j].n))
            continue;
        size_t w = blank_map(l[j].s, l[j].n, sp);
        if (w == MAX_WIDTH)
            return 0;
        lines++;
        widest = w > widest ? w : widest;
        size_t first = 0, last = w;
        while (first < w && sp[first])
            first++;
        while (last > first && sp[last - 1])
            last--;
        /* Prose on both sides: at least 15 characters left of the gap and
         * right of it. */
        for (size_t x = first + 15; x + 16 < last; x++)
            if (sp[x - 1] && sp[x] && sp[x + 1])
                hist[x]++;
    }
    size_t best = 0;
    for (size_t x = 1; x < MAX_WIDTH; x++)
        if (hist[x] > hist[best])
            best = x;
    if (lines < 6 || hist[best] < 5 || 10 * hist[best] < 6 * lines ||
        best < 20 || best + 20 > widest)
        return 0;
    /* The right column starts after the gap. */
    while (best < MAX_WIDTH - 1 && hist[best + 1] >= hist[best] * 9 / 10 &&
           hist[best + 1] > 0)
        best++;
    return best + 1;
}

static ct_status split_columns(src_line **lp, size_t *np, size_t *capp,
                               ct_error *err)
{
    src_line *l = *lp, *out = NULL;
    size_t n = *np, no = 0, cap = 0;
    ct_status st = CT_STATUS_OK;
    size_t from = 0;
    bool any = false;
    while (from < n) {
        size_t to = from;
        while (to < n && l[to].page == l[from].page)
            to++;
        size_t gutter = find_gutter(l, from, to);
        size_t need = no + 2 * (to - from) + 1;
        if ((st = ctp_grow((void **)&out, &cap, need, sizeof *out, err)))
            break;
        if (gutter == 0) {
            memcpy(out + no, l + from, (to - from) * sizeof *l);
            no += to - from;
        } else {
            any = true;
            size_t right = no + (to - from) + 1, nr = 0;
            bool sp[MAX_WIDTH];
            for (size_t j = from; j < to; j++) {
                size_t w = blank_map(l[j].s, l[j].n, sp);
                bool across = w > gutter && (!sp[gutter - 1] || !sp[gutter]);
                size_t b = across ? l[j].n : byte_of(l[j].s, l[j].n, gutter);
                out[no] = l[j];
                out[no++].n = b;
                if (across)
                    continue;
                /* The right column's line, blank where it has none: a gap
                 * in one column ends a paragraph there. */
                src_line r = l[j];
                r.s += b;
                r.n -= b;
                r.col0 = gutter;
                out[right + nr++] = r;
            }
            /* A blank line between the columns, then the right one. */
            out[no] = l[to - 1];
            out[no].n = 0;
            no++;
            memmove(out + no, out + right, nr * sizeof *out);
            no += nr;
        }
        from = to;
    }
    if (st != CT_STATUS_OK || !any) {
        free(out);
        return st;
    }
    free(l);
    *lp = out;
    *np = no;
    *capp = cap;
    return CT_STATUS_OK;
}

/* The case of the letter a line starts with: 1 a capital, -1 lower case
 * (which continues a sentence), 0 no letter. */
static int starting_case(const char *s, size_t n)
{
    /* Past opening quotes, brackets and Spanish opening marks: '"', '(',
     * “ ‘ « ¿ ¡. */
    for (;;) {
        if (n >= 1 && (s[0] == '"' || s[0] == '\'' || s[0] == '(')) {
            s++, n--;
        } else if (n >= 3 && (unsigned char)s[0] == 0xE2 &&
                   (unsigned char)s[1] == 0x80 &&
                   ((unsigned char)s[2] == 0x9C ||
                    (unsigned char)s[2] == 0x98)) {
            s += 3, n -= 3;
        } else if (n >= 2 && (unsigned char)s[0] == 0xC2 &&
                   ((unsigned char)s[1] == 0xAB ||
                    (unsigned char)s[1] == 0xBF ||
                    (unsigned char)s[1] == 0xA1)) {
            s += 2, n -= 2;
        } else {
            break;
        }
    }
    if (n == 0)
        return 0;
    unsigned char c = (unsigned char)s[0];
    if (c >= 'a' && c <= 'z')
        return -1;
    if (c >= 'A' && c <= 'Z')
        return 1;
    if (n < 2 || c != 0xC3)
        return 0;
    /* Latin-1 letters, as Spanish needs: capitals À to Þ (not ×), lower
     * case à to ÿ (not ÷). */
    unsigned char d = (unsigned char)s[1];
    if (d >= 0x80 && d <= 0x9E && d != 0x97)
        return 1;
    return d >= 0x9F && d != 0xB7 ? -1 : 0;
}

/* A figure, signed or not: a table's "-2.97%" cell goes on a row too. */
static bool starts_figure(const char *s, size_t n)
{
    bool neg;
    size_t k = ctp_number_sign_len(s, n, &neg);
    return n > k && is_digit(s[k]);
}

/* Ends a sentence (or a heading or list lead-in): . ! ? : ; after any
 * closing quotes or brackets. */
static bool ends_sentence(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ')' || s[n - 1] == '"' || s[n - 1] == '\'' ||
                     s[n - 1] == ']'))
        n--;
    /* A closing curly quote. */
    while (n >= 3 && (unsigned char)s[n - 3] == 0xE2 &&
           (unsigned char)s[n - 2] == 0x80 &&
           ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
        n -= 3;
    return n > 0 && strchr(".!?:;", s[n - 1]) != NULL;
}

/* Markdown that starts its own block: a heading, a list item, a quote, a
 * table row, a code fence. */
static bool is_block_start(const char *s, size_t n)
{
    if (n == 0)
        return false;
    if (s[0] == '#' || s[0] == '>' || s[0] == '|' || s[0] == '`')
        return true;
    /* A table row written without its leading bar: "Hurto | 7.864 |
     * 6.484 |". */
    size_t bars = 0;
    for (size_t i = 0; i < n && bars < 2; i++)
        bars += s[i] == '|';
    if (bars >= 2)
        return true;
    if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && n > 1 && s[1] == ' ')
        return true;
    return false;
}

/* Line l's text without its leading and trailing blanks. */
static const char *trimmed(const src_line *l, size_t *n)
{
    const char *s = l->s;
    *n = l->n;
    trim(&s, n);
    return s;
}

/* Does paragraph part 'b' (its first line) continue part 'a' (its last
 * line)? */
static bool continues(const src_line *a, const src_line *b)
{
    size_t an, bn;
    const char *as = trimmed(a, &an), *bs = trimmed(b, &bn);
    if (a->table || b->table || is_block_start(as, an) ||
        is_block_start(bs, bn))
        return false;
    if (starting_case(bs, bn) < 0)
        return true;
    /* "... el 59,12%" at the foot of a page, "(2.596) fueron ..." at the
     * head of the next: a figure in brackets goes on too. */
    if (bn > 1 && bs[0] == '(')
        bs++, bn--;
    return starts_figure(bs, bn) && !ends_sentence(as, an);
}

static size_t chars_of(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Is line 'a' a heading over the paragraph that starts at line 'b' with
 * no blank line between, as a PDF sets "2.3 Burglary" or "Item 12" above
 * its text?  It has no closing punctuation, the next line starts with a
 * capital or a figure, and it is less than half as long: a line wrapped
 * in a sentence runs to the width of the page. */
static bool heads(const src_line *a, const src_line *b)
{
    size_t an, bn;
    const char *as = trimmed(a, &an), *bs = trimmed(b, &bn);
    return an > 0 && !ends_sentence(as, an) &&
           (starting_case(bs, bn) > 0 || starts_figure(bs, bn)) &&
           2 * chars_of(as, an) < chars_of(bs, bn);
}

/* The lines of a text or a PDF's pages on their way to paragraphs: each
 * step below marks or drops some of them. */
typedef struct line_set {
    src_line *l;
    size_t n, cap;
    bool paged;      /* from pdftotext: form feeds end pages */
} line_set;

/* Cuts the text at line ends (LF, CR LF or CR) and, when paged, at form
 * feeds, numbering pages and lines as a reader of the source would. */
static ct_status split_lines(line_set *ls, const char *t, size_t len,
                             ct_error *err)
{
    bool paged = ls->paged;
    unsigned long page = paged ? 1 : 0, line = 1;
    ct_status st;
    size_t i = 0;
    while (i < len) {
        if (paged && t[i] == '\f') {
            page++;
            line = 1;
            i++;
            continue;
        }
        size_t e = i;
        while (e < len && t[e] != '\n' && t[e] != '\r' &&
               !(paged && t[e] == '\f'))
            e++;
        if ((st = ctp_grow((void **)&ls->l, &ls->cap, ls->n + 1,
                           sizeof *ls->l, err)))
            return st;
        ls->l[ls->n++] =
            (src_line){t + i, e - i, page, line, 0, false, false, false};
        if (e < len && t[e] == '\f') {
            i = e;          /* a page break inside a line */
            continue;
        }
        if (e < len && t[e] == '\r' && e + 1 < len && t[e + 1] == '\n')
            e++;
        i = e < len ? e + 1 : e;
        line++;
    }
    return CT_STATUS_OK;
}

/* Marks blank lines and, on a page, table rows and the indent, so that
 * the later steps need not look at the raw layout again. */
static void mark_lines(line_set *ls)
{
    for (size_t j = 0; j < ls->n; j++) {
        src_line *x = &ls->l[j];
        if (ls->paged) {
            /* pdftotext -layout indents; the column counts the indent. */
            const char *s = x->s;
            size_t k = x->n;
            x->table = is_table_row(s, k);
            trim(&s, &k);
            for (const char *p = x->s; p < s; p++)
                x->col0 += ((unsigned char)*p & 0xC0) != 0x80;
            x->s = s;
            x->n = k;
        }
        const char *s = x->s;
        size_t k = x->n;
        trim(&s, &k);
        x->blank = k == 0;
    }
}

/* Is line j alone at the top or bottom of its page, blank lines aside? */
static bool page_edge(const line_set *ls, size_t j)
{
    const src_line *l = ls->l;
    bool first = true, last = true;
    for (size_t k = j; k > 0 && l[k - 1].page == l[j].page; k--)
        if (!l[k - 1].blank) {
            first = false;
            break;
        }
    for (size_t k = j + 1; k < ls->n && l[k].page == l[j].page; k++)
        if (!l[k].blank) {
            last = false;
            break;
        }
    return first || last;
}

/* Page numbers are dropped so that they never join a sentence: in a PDF
 * the first or last line of a page; in text a line of its own between
 * blank lines. */
static void drop_page_numbers(line_set *ls)
{
    src_line *l = ls->l;
    size_t n = ls->n;
    for (size_t j = 0; j < n; j++) {
        if (l[j].blank || !is_page_number(l[j].s, l[j].n, ls->paged))
            continue;
        if (ls->paged)
            l[j].drop = page_edge(ls, j);
        else
            l[j].drop = (j == 0 || l[j - 1].blank) &&
                        (j + 1 == n || l[j + 1].blank);
    }
}

/* "... la quinta más alta del Estado después de" at the foot of a page,
 * "Navarra (30,1), ..." at the head of the next: a full line that stops
 * mid-sentence on a word or a comma runs on over the page break,
 * whatever the case of the next. */
static bool runs_over_page(const src_line *a, const src_line *b)
{
    size_t an, bn;
    const char *as = trimmed(a, &an), *bs = trimmed(b, &bn);
    if (a->page == b->page || a->table || b->table || an == 0 ||
        is_block_start(bs, bn) || ends_sentence(as, an) ||
        chars_of(as, an) < 60)
        return false;
    unsigned char c = (unsigned char)as[an - 1];
    return c == ',' || (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* Paragraphs: runs of kept lines; a blank line, a page break or a
 * table row ends one, unless the next part continues the sentence. */
static ct_status write_paragraphs(ct_document *doc, const line_set *ls,
                                  ct_error *err)
{
    const src_line *prev = NULL;   /* last line written */
    bool broken = false;           /* a break since it */
    for (size_t j = 0; j < ls->n; j++) {
        const src_line *x = &ls->l[j];
        if (x->drop)
            continue;
        if (x->blank) {
            broken = true;
            continue;
        }
        if (prev != NULL && (prev->page != x->page || x->table || prev->table))
            broken = true;
        if (prev != NULL && broken && !continues(prev, x) &&
            !runs_over_page(prev, x))
            ctp_doc_end_para(doc);
        else if (prev != NULL && !broken && heads(prev, x))
            ctp_doc_end_para(doc);
        ct_status st = ctp_doc_add_line(doc, x->s, x->n, x->page, x->line,
                                        x->col0, err);
        if (st != CT_STATUS_OK)
            return st;
        prev = x;
        broken = false;
    }
    return CT_STATUS_OK;
}

ct_status ctp_doc_from_lines(ct_document *doc, const char *t, size_t len,
                             bool paged, ct_error *err)
{
    line_set ls = { .paged = paged };
    ct_status st = split_lines(&ls, t, len, err);
    if (st == CT_STATUS_OK && paged && ls.n > 0)
        st = split_columns(&ls.l, &ls.n, &ls.cap, err);
    if (st == CT_STATUS_OK) {
        mark_lines(&ls);
        drop_page_numbers(&ls);
        if (paged && ls.n > 0)
            st = drop_running_lines(ls.l, ls.n, ls.l[ls.n - 1].page, err);
    }
    if (st == CT_STATUS_OK)
        st = write_paragraphs(doc, &ls, err);
    free(ls.l);
    return st;
}

/* ---- bytes, type and encoding ---------------------------------------- */

/* U+0080 to U+009F as Windows-1252 reads bytes 0x80 to 0x9F; the five
 * unassigned bytes stay the C1 code points, as browsers read them. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/* Converts single-byte text to UTF-8 ('*out' owned by the caller). */
static ct_status from_single_byte(const unsigned char *s, size_t n,
                                  bool cp1252, char **out, size_t *out_len,
                                  ct_error *err)
{
    if (n > (SIZE_MAX - 1) / 3)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    char *b = malloc(3 * n + 1);
    if (b == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned cp = s[i];
        if (cp1252 && cp >= 0x80 && cp < 0xA0)
            cp = cp1252_high[cp - 0x80];
        if (cp < 0x80) {
            b[k++] = (char)cp;
        } else if (cp < 0x800) {
            b[k++] = (char)(0xC0 | (cp >> 6));
            b[k++] = (char)(0x80 | (cp & 0x3F));
        } else {
            b[k++] = (char)(0xE0 | (cp >> 12));
            b[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            b[k++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    b[k] = '\0';
    *out = b;
    *out_len = k;
    return CT_STATUS_OK;
}

/* Line and column (characters, in the bytes as they are) of offset 'at'. */
static void line_col(const char *s, size_t at, unsigned long *line,
                     unsigned long *col)
{
    unsigned long l = 1, c = 1;
    for (size_t i = 0; i < at; i++) {
        if (s[i] == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)s[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* Case-insensitive search for the ASCII word 'w' in s[0..n). */
static const char *find_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && lower(s[i + j]) == w[j])
            j++;
        if (j == k)
            return s + i;
    }
    return NULL;
}

/* What the first bytes say the content is. */
static ct_document_type sniff(const char *s, size_t n)
{
    size_t head = n < 1024 ? n : 1024;
    if (n >= 5 && find_ci(s, head, "%pdf-") != NULL)
        return CT_DOCUMENT_PDF;
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                     s[i] == '\r'))
        i++;
    size_t rest = n - i < 4096 ? n - i : 4096;
    const char *p = s + i;
    if (rest >= 5 && (find_ci(p, 5, "<html") || find_ci(p, 5, "<!doc") ||
                      find_ci(p, 5, "<?xml") || find_ci(p, 4, "<!--") ||
                      find_ci(p, 5, "<head") || find_ci(p, 5, "<body")) &&
        (find_ci(p, rest, "<html") || find_ci(p, rest, "<!doctype html") ||
         find_ci(p, rest, "<body") || find_ci(p, rest, "<head")))
        return CT_DOCUMENT_HTML;
    return CT_DOCUMENT_TEXT;
}

/* The type the name suggests, for content that could be either. */
static ct_document_type by_name(const char *name)
{
    const char *dot = strrchr(name, '.');
    ct_document_type t;
    if (dot != NULL && ct_document_type_parse(dot + 1, &t))
        return t;
    return CT_DOCUMENT_AUTO;
}

/* Known binary formats, named so that the message says what the file
 * is. */
static const char *binary_kind(const char *s, size_t n)
{
    static const struct { const char *magic; size_t len; const char *what; }
    kinds[] = {
        {"PK\x03\x04", 4, "a ZIP archive (a Word, Excel or OpenDocument "
                          "file?)"},
        {"\x1F\x8B", 2, "gzip-compressed data"},
        {"\x89PNG", 4, "a PNG image"},
        {"GIF8", 4, "a GIF image"},
        {"\xFF\xD8\xFF", 3, "a JPEG image"},
        {"\xD0\xCF\x11\xE0", 4, "an old Word or Excel file"},
        {"\x7F" "ELF", 4, "a program"},
        {"\xFF\xFE", 2, "UTF-16 text (save it as UTF-8)"},
        {"\xFE\xFF", 2, "UTF-16 text (save it as UTF-8)"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (n >= kinds[i].len && memcmp(s, kinds[i].magic, kinds[i].len) == 0)
            return kinds[i].what;
    return NULL;
}

static ct_status refuse_binary(const char *name, const char *s, size_t n,
                               size_t nul_at, ct_error *err)
{
    const char *kind = binary_kind(s, n);
    if (kind != NULL)
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "%s, not text; expected plain text, Markdown, "
                             "HTML or PDF", kind);
    return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                         "binary data, not text (NUL byte at offset %zu); "
                         "expected plain text, Markdown, HTML or PDF",
                         nul_at);
}

/* The charset an HTML page declares in its first 8 KiB ("<meta
 * charset=...>" or "content=\"text/html; charset=...\""), into 'buf'; ""
 * when none. */
static void declared_charset(const char *s, size_t n, char *buf, size_t size)
{
    buf[0] = '\0';
    size_t head = n < 8192 ? n : 8192;
    const char *p = find_ci(s, head, "charset");
    if (p == NULL)
        return;
    size_t i = (size_t)(p - s) + 7;
    while (i < head && (s[i] == ' ' || s[i] == '='))
        i++;
    while (i < head && (s[i] == '"' || s[i] == '\''))
        i++;
    size_t k = 0;
    while (i < head && k + 1 < size &&
           ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
            is_digit(s[i]) || s[i] == '-' || s[i] == '_'))
        buf[k++] = lower(s[i++]);
    buf[k] = '\0';
}

static ct_status read_text(ct_document *doc, const char *data, size_t len,
                           const char *name, const ct_document_options *opt,
                           ct_error *err)
{
    const char *t = data;
    size_t n = len;
    char *conv = NULL;
    size_t bad = ctp_utf8_invalid_at(data, len);
    ct_document_encoding enc = opt->encoding;
    if (enc == CT_DOCUMENT_ENCODING_AUTO && bad < len) {
        unsigned long line, col;
        line_col(data, bad, &line, &col);
        ctp_warn(opt->warn, opt->warn_ctx, name, line, col,
                 "byte 0x%02X is not valid UTF-8; reading the file as "
                 "Windows-1252 (--encoding to choose)",
                 (unsigned char)data[bad]);
        enc = CT_DOCUMENT_ENCODING_WINDOWS_1252;
    }
    if (enc == CT_DOCUMENT_ENCODING_UTF8 && bad < len) {
        unsigned long line, col;
        line_col(data, bad, &line, &col);
        return ctp_error_set(err, CT_STATUS_INPUT, name, line, col,
                             "byte 0x%02X is not valid UTF-8; expected "
                             "UTF-8 text", (unsigned char)data[bad]);
    }
    if (enc == CT_DOCUMENT_ENCODING_WINDOWS_1252 || enc == CT_DOCUMENT_ENCODING_LATIN1) {
        ct_status st = from_single_byte((const unsigned char *)data, len,
                                        enc == CT_DOCUMENT_ENCODING_WINDOWS_1252,
                                        &conv, &n, err);
        if (st != CT_STATUS_OK)
            return st;
        t = conv;
    }
    if (n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0 && conv == NULL) {
        t += 3;
        n -= 3;
    }
    /* The longest line, counted in the bytes as read. */
    size_t start = 0;
    unsigned long line = 1;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || data[i] == '\n') {
            if (i - start > opt->max_line) {
                free(conv);
                return ctp_error_set(err, CT_STATUS_INPUT, name, line, 0,
                                     "line longer than %zu bytes; expected "
                                     "text broken into lines (a paragraph "
                                     "at most that long)", opt->max_line);
            }
            start = i + 1;
            line++;
        }
    }
    ct_status st = ctp_doc_from_lines(doc, t, n, false, err);
    free(conv);
    return st;
}

static ct_status read_html(ct_document *doc, const char *data, size_t len,
                           const char *name, const ct_document_options *opt,
                           ct_error *err)
{
    char declared[40];
    declared_charset(data, len, declared, sizeof declared);
    const char *enc = NULL;
    bool want_utf8 = false;
    switch (opt->encoding) {
    case CT_DOCUMENT_ENCODING_UTF8: want_utf8 = true; enc = "UTF-8"; break;
    case CT_DOCUMENT_ENCODING_WINDOWS_1252: enc = "windows-1252"; break;
    case CT_DOCUMENT_ENCODING_LATIN1: enc = "ISO-8859-1"; break;
    case CT_DOCUMENT_ENCODING_AUTO:
        if (strcmp(declared, "utf-8") == 0 || strcmp(declared, "utf8") == 0) {
            want_utf8 = true;
            enc = "UTF-8";
        } else if (strcmp(declared, "iso-8859-1") == 0 ||
                   strcmp(declared, "latin1") == 0 ||
                   strcmp(declared, "us-ascii") == 0 ||
                   strcmp(declared, "windows-1252") == 0) {
            /* Browsers read all of these as Windows-1252. */
            enc = "windows-1252";
        } else if (declared[0] != '\0') {
            enc = declared;
        } else if (ctp_utf8_invalid_at(data, len) < len) {
            size_t bad = ctp_utf8_invalid_at(data, len);
            unsigned long line, col;
            line_col(data, bad, &line, &col);
            ctp_warn(opt->warn, opt->warn_ctx, name, line, col,
                     "byte 0x%02X is not valid UTF-8 and the page declares "
                     "no charset; reading it as Windows-1252 (--encoding to "
                     "choose)", (unsigned char)data[bad]);
            enc = "windows-1252";
        } else {
            enc = "UTF-8";
        }
        break;
    }
    if (want_utf8) {
        size_t bad = ctp_utf8_invalid_at(data, len);
        if (bad < len) {
            unsigned long line, col;
            line_col(data, bad, &line, &col);
            return ctp_error_set(err, CT_STATUS_INPUT, name, line, col,
                                 "byte 0x%02X is not valid UTF-8; expected "
                                 "UTF-8 as the page declares (or "
                                 "--encoding windows-1252)",
                                 (unsigned char)data[bad]);
        }
    }
    /* Single-byte pages are turned into UTF-8 here rather than by
     * libxml2: its converter stops at the bytes Windows-1252 leaves
     * unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D), which real pages do
     * hold, and the rest of the page would be lost. */
    bool cp1252 = strcmp(enc, "windows-1252") == 0;
    if (!cp1252 && strcmp(enc, "ISO-8859-1") != 0)
        return ctp_doc_html(doc, data, len, name, enc, err);
    char *conv = NULL;
    size_t n = 0;
    ct_status st = from_single_byte((const unsigned char *)data, len, cp1252,
                                    &conv, &n, err);
    if (st == CT_STATUS_OK)
        st = ctp_doc_html(doc, conv, n, name, "UTF-8", err);
    free(conv);
    return st;
}

/* Writes 'len' bytes to a temporary file for pdftotext and returns it
 * open in '*fd', already removed from its folder: nothing is left behind
 * however the run ends, and pdftotext reads it as /dev/fd/N. */
static ct_status temp_copy(const char *data, size_t len, const char *name,
                           int *fd, ct_error *err)
{
    const char *dir = getenv("TMPDIR");
    if (dir == NULL || dir[0] == '\0')
        dir = "/tmp";
    char path[512];
    if ((size_t)snprintf(path, sizeof path, "%s/crimetrend-pdf.XXXXXX", dir)
        >= sizeof path)
        return ctp_error_set(err, CT_STATUS_IO, name, 0, 0,
                             "temporary folder name too long");
    int f = mkstemp(path);
    if (f < 0) {
        int e = errno;
        ct_status st = ctp_error_set(err, CT_STATUS_IO, name, 0, 0,
                                     "cannot make a temporary file for "
                                     "pdftotext: %s", strerror(e));
        if (err != NULL)
            err->sys_errno = e;
        return st;
    }
    unlink(path);
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(f, data + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            int e = errno;
            close(f);
            return ctp_error_set(err, CT_STATUS_IO, name, 0, 0,
                                 "cannot write a temporary file for "
                                 "pdftotext: %s", strerror(e));
        }
        done += (size_t)w;
    }
    *fd = f;
    return CT_STATUS_OK;
}

/* Reads a PDF: 'path' is the file holding 'data', or NULL to copy it to a
 * temporary file first. */
static ct_status read_pdf(ct_document *doc, const char *data, size_t len,
                          const char *path, const char *name,
                          const ct_document_options *opt, ct_error *err)
{
    /* A PDF ends with %%EOF (an incremental update adds another); a file
     * cut short in a download has none near its end. */
    size_t tail = len < 2048 ? len : 2048;
    if (find_ci(data + len - tail, tail, "%%eof") == NULL)
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "truncated PDF: no %%%%EOF marker at its end; "
                             "expected a complete PDF file");
    int fd = -1;
    char given[4096];
    const char *use = path;
    ct_status st;
    if (path == NULL) {
        if ((st = temp_copy(data, len, name, &fd, err)) != CT_STATUS_OK)
            return st;
        use = NULL;
    } else if (path[0] == '-') {
        /* A name starting with '-' would be read as an option. */
        if ((size_t)snprintf(given, sizeof given, "./%s", path) >=
            sizeof given)
            return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                                 "file name too long");
        use = given;
    }
    char *out = NULL;
    size_t out_len = 0;
    st = ctp_doc_pdftotext(use, fd, name, opt, &out, &out_len, err);
    if (fd >= 0)
        close(fd);
    if (st != CT_STATUS_OK)
        return st;
    st = ctp_doc_from_lines(doc, out, out_len, true, err);
    free(out);
    if (st == CT_STATUS_OK && doc->len == 0)
        st = ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                           "the PDF holds no text (a scanned image?); "
                           "expected a PDF with a text layer");
    return st;
}

/* Refuses bytes that cannot be read as the type: text or HTML with a NUL
 * or a binary format's signature, a PDF with no %PDF- header at its
 * start. */
static ct_status refuse_unreadable(const char *data, size_t len,
                                   ct_document_type type, const char *name,
                                   ct_error *err)
{
    if (type == CT_DOCUMENT_PDF) {
        if (find_ci(data, len < 1024 ? len : 1024, "%pdf-") != NULL)
            return CT_STATUS_OK;
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "not a PDF: no %%PDF- header in its first 1024 "
                             "bytes");
    }
    const char *nul = memchr(data, '\0', len);
    if (nul != NULL || binary_kind(data, len) != NULL)
        return refuse_binary(name, data, len,
                             nul ? (size_t)(nul - data) : 0, err);
    return CT_STATUS_OK;
}

static ct_status read_bytes(const char *data, size_t len, const char *path,
                            const char *name, const ct_document_options *opt,
                            ct_document **out, ct_error *err)
{
    ct_document_type type = opt->type;
    if (type == CT_DOCUMENT_AUTO) {
        type = sniff(data, len);
        /* Markup that does not open like a page, named .html. */
        if (type == CT_DOCUMENT_TEXT && by_name(name) == CT_DOCUMENT_HTML &&
            memchr(data, '<', len < 4096 ? len : 4096) != NULL)
            type = CT_DOCUMENT_HTML;
    }
    ct_status st = refuse_unreadable(data, len, type, name, err);
    if (st != CT_STATUS_OK)
        return st;
    ct_document *doc = calloc(1, sizeof *doc);
    if (doc == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    doc->type = type;
    switch (type) {
    case CT_DOCUMENT_HTML:
        st = read_html(doc, data, len, name, opt, err);
        break;
    case CT_DOCUMENT_PDF:
        st = read_pdf(doc, data, len, path, name, opt, err);
        break;
    case CT_DOCUMENT_AUTO:
    case CT_DOCUMENT_TEXT:
    default:
        st = read_text(doc, data, len, name, opt, err);
        break;
    }
    if (st != CT_STATUS_OK) {
        ct_document_free(doc);
        return st;
    }
    *out = doc;
    return CT_STATUS_OK;
}

ct_status ct_document_read_memory(const char *data, size_t len,
                                  const char *name,
                                  const ct_document_options *opt,
                                  ct_document **out, ct_error *err)
{
    ct_document_options def;
    if (opt == NULL) {
        ct_document_options_init(&def);
        opt = &def;
    }
    *out = NULL;
    if (len > opt->max_bytes)
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "larger than %zu bytes; expected at most that "
                             "(--max-size to allow more)", opt->max_bytes);
    return read_bytes(data, len, NULL, name, opt, out, err);
}

static ct_status io_error(ct_error *err, const char *name, const char *what,
                          int e)
{
    ct_status st = ctp_error_set(err, CT_STATUS_IO, name, 0, 0, "cannot %s: %s",
                                 what, strerror(e));
    if (err != NULL && err->sys_errno == 0)
        err->sys_errno = e;
    return st;
}

/* A document being read from a descriptor: the buffer so far, what kind
 * of document it looks like, and how far the line check has scanned.
 * The read loop's steps share it rather than a dozen locals. */
typedef struct doc_reading {
    const ct_document_options *opt;
    const char *name;
    int fd;
    char *buf;
    size_t len, cap;
    int kind;              /* -1 not known yet, 0 text, 1 a PDF, 2 HTML */
    size_t scanned, line_start;
    unsigned long line_no;
} doc_reading;

/* Doubles the buffer, but never past one byte over the limit, so that a
 * file just over it is still seen to be over. */
static ct_status reading_grow(doc_reading *r, ct_error *err)
{
    size_t ncap = r->cap > r->opt->max_bytes / 2 ? r->opt->max_bytes + 1
                                                 : r->cap * 2;
    char *nb = realloc(r->buf, ncap);
    if (nb == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    r->buf = nb;
    r->cap = ncap;
    return CT_STATUS_OK;
}

/* Decides the kind once the first 1024 bytes (or the whole of a shorter
 * input) are in, as read_bytes will: the option if given, else sniffed. */
static void reading_sniff(doc_reading *r, ssize_t got)
{
    if (r->kind >= 0 || (r->len < 1024 && got != 0))
        return;
    const ct_document_options *opt = r->opt;
    ct_document_type t = opt->type != CT_DOCUMENT_AUTO
                             ? opt->type : sniff(r->buf, r->len);
    r->kind = t == CT_DOCUMENT_PDF ? 1 : t == CT_DOCUMENT_HTML ? 2 : 0;
    /* Named .html, it may still be a page (see read_bytes). */
    if (r->kind == 0 && opt->type == CT_DOCUMENT_AUTO &&
        by_name(r->name) == CT_DOCUMENT_HTML)
        r->kind = 2;
}

/* Binary data is refused as soon as it is seen, so that an endless
 * device or a large binary file costs no more than one read.  'before' is
 * the length before the last read: only the new bytes need a NUL search. */
static ct_status reading_refuse_binary(const doc_reading *r, size_t before,
                                       ct_error *err)
{
    if (r->kind != 0 && r->kind != 2)
        return CT_STATUS_OK;
    size_t from = before < 1024 ? 0 : before;
    const char *nul = memchr(r->buf + from, '\0', r->len - from);
    if (nul != NULL || binary_kind(r->buf, r->len) != NULL)
        return refuse_binary(r->name, r->buf, r->len,
                             nul ? (size_t)(nul - r->buf) : 0, err);
    return CT_STATUS_OK;
}

/* A text line over the cap ends the reading there, so that an endless
 * line costs no more than the cap. */
static ct_status reading_check_lines(doc_reading *r, ct_error *err)
{
    if (r->kind != 0)
        return CT_STATUS_OK;
    bool too_long = false;
    while (r->scanned < r->len && !too_long) {
        const char *nl = memchr(r->buf + r->scanned, '\n',
                                r->len - r->scanned);
        size_t end = nl != NULL ? (size_t)(nl - r->buf) : r->len;
        too_long = end - r->line_start > r->opt->max_line;
        r->scanned = nl != NULL ? end + 1 : r->len;
        if (nl != NULL && !too_long) {
            r->line_start = r->scanned;
            r->line_no++;
        }
    }
    if (too_long)
        return ctp_error_set(err, CT_STATUS_INPUT, r->name, r->line_no, 0,
                             "line longer than %zu bytes; expected "
                             "text broken into lines (a paragraph at "
                             "most that long)", r->opt->max_line);
    return CT_STATUS_OK;
}

/* Reads to the end, checking each piece as it comes in, so that the size
 * limit, binary data and the line cap stop the reading early. */
static ct_status reading_run(doc_reading *r, ct_error *err)
{
    for (;;) {
        ct_status st;
        if (r->len == r->cap && (st = reading_grow(r, err)) != CT_STATUS_OK)
            return st;
        ssize_t got = read(r->fd, r->buf + r->len, r->cap - r->len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return io_error(err, r->name, "read it", errno);
        size_t before = r->len;
        r->len += (size_t)got;
        if (r->len > r->opt->max_bytes)
            return ctp_error_set(err, CT_STATUS_INPUT, r->name, 0, 0,
                                 "larger than %zu bytes; expected at most "
                                 "that (--max-size to allow more)",
                                 r->opt->max_bytes);
        reading_sniff(r, got);
        if ((st = reading_refuse_binary(r, before, err)) != CT_STATUS_OK ||
            (st = reading_check_lines(r, err)) != CT_STATUS_OK)
            return st;
        if (got == 0)
            return CT_STATUS_OK;
    }
}

ct_status ct_document_read(const char *path, const ct_document_options *opt,
                           ct_document **out, ct_error *err)
{
    ct_document_options def;
    if (opt == NULL) {
        ct_document_options_init(&def);
        opt = &def;
    }
    *out = NULL;
    bool is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return io_error(err, name, "open it", errno);
    struct stat sb;
    bool regular = fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
    if (regular && (uintmax_t)sb.st_size > opt->max_bytes) {
        if (!is_stdin)
            close(fd);
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "larger than %zu bytes; expected at most that "
                             "(--max-size to allow more)", opt->max_bytes);
    }
    doc_reading r = {
        .opt = opt, .name = name, .fd = fd, .kind = -1, .line_no = 1,
        .cap = regular && sb.st_size > 0 ? (size_t)sb.st_size + 1 : 65536,
    };
    r.buf = malloc(r.cap);
    ct_status st;
    if (r.buf == NULL)
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    else
        st = reading_run(&r, err);
    if (st == CT_STATUS_OK)
        st = read_bytes(r.buf, r.len, is_stdin || !regular ? NULL : path,
                        name, opt, out, err);
    free(r.buf);
    if (!is_stdin)
        close(fd);
    return st;
}
