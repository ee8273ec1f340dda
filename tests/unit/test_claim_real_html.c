/* test_claim_real_html.c - every passage of the real-claims corpus, put
 * into a news page as content systems publish it, gets from the HTML
 * reader every verdict its text gets right.
 *
 * The page has what real article pages carry around the story, each
 * holding a claim of its own that must NOT be read: a JSON-LD block
 * repeating the story, analytics and style blocks, a hidden cookie
 * banner, a menu, a <noscript> and a <template>.  The story itself is
 * written the way editors' tools write it: entities for quotes, dashes
 * and no-break spaces, the first figure in <strong>, and (for every
 * other Spanish item) the whole page in Windows-1252 declared by its
 * meta charset, as many Spanish sites still are.  CT_DUMP=DIR writes
 * each page whose verdicts differ from its text's to DIR, to look at. */
#include "real_corpus.h"

#include "crimetrend/claim.h"
#include "crimetrend/claim_find.h"
#include "crimetrend/document.h"

typedef struct page {
    char *data;
    size_t len, cap;
} page;

static void put_bytes(page *p, const char *s, size_t n)
{
    if (p->len + n + 1 > p->cap) {
        p->cap = 2 * (p->len + n + 1);
        p->data = realloc(p->data, p->cap);
        assert_non_null(p->data);
    }
    memcpy(p->data + p->len, s, n);
    p->len += n;
    p->data[p->len] = '\0';
}

static void put(page *p, const char *s) { put_bytes(p, s, strlen(s)); }

/* Decodes one UTF-8 character at 's' (the corpus is valid UTF-8). */
static unsigned long next_char(const unsigned char *s, size_t *len)
{
    if (s[0] < 0x80) {
        *len = 1;
        return s[0];
    }
    size_t n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
    unsigned long c = s[0] & (0x3F >> (n - 1));
    for (size_t i = 1; i < n; i++)
        c = (c << 6) | (s[i] & 0x3F);
    *len = n;
    return c;
}

/* The Windows-1252 byte of the characters it has above Latin-1 (the ones
 * news text uses), or 0. */
static unsigned char cp1252_of(unsigned long c)
{
    static const struct { unsigned long c; unsigned char b; } map[] = {
        {0x20AC, 0x80}, {0x2026, 0x85}, {0x2018, 0x91}, {0x2019, 0x92},
        {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96},
        {0x2014, 0x97},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].c == c)
            return map[i].b;
    return 0;
}

/* Writes the passage as HTML text: markup characters and the typographic
 * characters editors' tools turn into entities as entities, the rest as
 * UTF-8 or Windows-1252 bytes (numeric references where it has none). */
static void put_story(page *p, const char *text, bool cp1252)
{
    static const struct { unsigned long c; const char *entity; } named[] = {
        {'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"},
        {0x00A0, "&nbsp;"}, {0x2013, "&ndash;"}, {0x2014, "&mdash;"},
        {0x201C, "&ldquo;"}, {0x201D, "&rdquo;"}, {0x2212, "&minus;"},
    };
    const unsigned char *s = (const unsigned char *)text;
    bool strong_done = false, in_strong = false;
    while (*s) {
        size_t n;
        unsigned long c = next_char(s, &n);
        /* The first figure of the story in bold, as headline figures
         * often are: the markup must not split it from its words. */
        if (!strong_done && c >= '0' && c <= '9') {
            put(p, "<strong>");
            in_strong = strong_done = true;
        } else if (in_strong && !(c >= '0' && c <= '9') && c != ',' &&
                   c != '.') {
            put(p, "</strong>");
            in_strong = false;
        }
        const char *entity = NULL;
        for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
            if (named[i].c == c)
                entity = named[i].entity;
        char buf[32];
        if (entity != NULL) {
            put(p, entity);
        } else if (c == '\n' && s[1] == '\n') {
            /* A blank line inside a passage (text from a PDF) is only
             * white space in a page's paragraph. */
        } else if (c == '\n') {
            /* A line of its own (a table flattened to lines, a list) is
             * a line break on the page. */
            put(p, "<br>\n");
        } else if (!cp1252 || c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            if (cp1252) {
                buf[0] = (char)c;
                put_bytes(p, buf, 1);
            } else {
                put_bytes(p, (const char *)s, n);
            }
        } else if (cp1252_of(c) != 0) {
            buf[0] = (char)cp1252_of(c);
            put_bytes(p, buf, 1);
        } else {
            snprintf(buf, sizeof buf, "&#%lu;", c);
            put(p, buf);
        }
        s += n;
    }
    if (in_strong)
        put(p, "</strong>");
}

/* The passage as a JSON string (for the JSON-LD block), ASCII only as
 * most sites write it, whatever the page's encoding. */
static void put_json(page *p, const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        size_t n;
        unsigned long c = next_char(s, &n);
        char buf[32];
        if (c == '"' || c == '\\')
            snprintf(buf, sizeof buf, "\\%c", (char)c);
        else if (c == '\n')
            snprintf(buf, sizeof buf, "\\n");
        else if (c < 0x80 && c != '<')
            snprintf(buf, sizeof buf, "%c", (char)c);
        else if (c < 0x10000)
            snprintf(buf, sizeof buf, "\\u%04lx", c);
        else
            snprintf(buf, sizeof buf, "\\u%04lx\\u%04lx",
                     0xD800 + ((c - 0x10000) >> 10),
                     0xDC00 + ((c - 0x10000) & 0x3FF));
        put(p, buf);
        s += n;
    }
}

static void make_page(page *p, const char *text, bool spanish, bool cp1252)
{
    p->len = 0;
    put(p, "<!DOCTYPE html>\n<html lang=\"");
    put(p, spanish ? "es" : "en-GB");
    put(p, "\">\n<head>\n<meta charset=\"");
    put(p, cp1252 ? "windows-1252" : "utf-8");
    put(p, "\">\n<title>Crime figures: burglary up 9% from 1,000 to 1,050"
           "</title>\n<meta name=\"description\" content=\"Thefts rose 20%"
           " from 500 to 550\">\n<script type=\"application/ld+json\">"
           "{\"@type\":\"NewsArticle\",\"articleBody\":\"");
    put_json(p, text);
    put(p, "\"}</script>\n<script>window.dataLayer=[{\"teaser\":\"robbery"
           " fell 30% from 200 to 180\"}];</script>\n<style>.bar{width:"
           "45%}</style>\n</head>\n<body>\n<a class=\"skip-link\" href="
           "\"#main\">Skip to main content</a>\n<div class=\"cookie-banner"
           "\" hidden>\n<p>We use cookies: acceptance rose 40% from 50 to"
           " 60 this year.</p>\n</div>\n<header class=\"site-header\">\n"
           "<nav aria-label=\"Main\"><ul>\n<li><a href=\"/\">Home</a></li>\n"
           "<li><a href=\"/news/crime\">Knife crime up 15% from 100 to 120"
           "</a></li>\n</ul></nav>\n</header>\n<main id=\"main\">\n"
           "<article class=\"story\">\n<h1 class=\"headline\">");
    put_story(p, spanish ? "Balance de criminalidad" : "Crime figures published",
              cp1252);
    put(p, "</h1>\n<p class=\"byline\">");
    put_story(p, spanish ? "Redacción" : "By our crime reporter", cp1252);
    put(p, " &middot; <time datetime=\"2024-03-14\">14/03/2024</time></p>\n"
           "<div class=\"article-body\">\n<p>");
    put_story(p, text, cp1252);
    put(p, "</p>\n</div>\n</article>\n<noscript><p>Enable scripts: 3 of 4"
           " readers do, down 25% from 4 to 3.</p></noscript>\n<template>"
           "<p>Shoplifting up 10% from 10 to 12.</p></template>\n</main>\n"
           "<footer class=\"site-footer\"><p>&copy; 2024</p></footer>\n"
           "</body>\n</html>\n");
}

/* The verdicts found in 'text' (of 'len' bytes), space-separated, or
 * "none". */
static void verdicts_of(const char *text, size_t len, bool join, char *out,
                        size_t size)
{
    ct_claim_set *set = real_corpus_checked_claims(text, len, "real", join);
    out[0] = '\0';
    size_t n = ct_claim_set_size(set);
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(out);
        snprintf(out + k, size - k, "%s%s", i ? " " : "",
                 ct_claim_verdict_name(ct_claim_set_get(set, i)->verdict));
    }
    if (n == 0)
        snprintf(out, size, "none");
    ct_claim_set_free(set);
}

typedef struct tally {
    page html;
    size_t items, same, cp1252;
    size_t lost;        /* right from the text, wrong from the page */
} tally;

static void compare_item(const char *id, const char *expect, char *text,
                         void *ctx)
{
    tally *t = ctx;
    bool spanish = strncmp(id, "es-", 3) == 0;
    bool cp1252 = spanish && t->items % 2 == 1;
    make_page(&t->html, text, spanish, cp1252);

    ct_document_options opt;
    ct_document_options_init(&opt);
    ct_document *doc = NULL;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_document_read_memory(t->html.data, t->html.len, id,
                                             &opt, &doc, &err), CT_STATUS_OK);
    assert_int_equal(ct_document_type_of(doc), CT_DOCUMENT_HTML);
    size_t len;
    const char *page_text = ct_document_text(doc, &len);
    char from_text[512], from_html[512];
    verdicts_of(text, strlen(text), true, from_text, sizeof from_text);
    verdicts_of(page_text, len, false, from_html, sizeof from_html);
    t->items++;
    t->cp1252 += cp1252;
    /* The expected list as the scorer reads it: single spaces. */
    char want[512];
    snprintf(want, sizeof want, "%s", expect + strspn(expect, " "));
    if (strcmp(from_text, want) == 0 && strcmp(from_html, want) != 0)
        t->lost++;
    if (strcmp(from_text, from_html) == 0)
        t->same++;
    else {
        print_message("differ %s: text %s, html %s\n  page text: %s\n", id,
                      from_text, from_html, page_text);
        if (getenv("CT_DUMP")) {
            char path[128];
            snprintf(path, sizeof path, "%s/%s.html", getenv("CT_DUMP"), id);
            FILE *f = fopen(path, "wb");
            fwrite(t->html.data, 1, t->html.len, f);
            fclose(f);
        }
    }
    ct_document_free(doc);
}

static void test_claim_real_html_same_verdicts(void **state)
{
    (void)state;
    tally t = {0};
    assert_true(real_corpus_read_dir(REAL_DIR, compare_item, &t) > 0);
    print_message("%zu of %zu passages give the same verdicts from a news "
                  "page (%zu pages in Windows-1252)\n", t.same, t.items,
                  t.cp1252);
    free(t.html.data);
    /* Both corpus files are read, and the Spanish half in Windows-1252;
     * no passage the text reading gets right is lost in the page.  (The
     * one that differs today, en-148, is a table whose cells the text
     * holds one a paragraph and the page one a line: the page reading
     * gets it right and the text one does not.) */
    assert_true(t.items >= 300);
    assert_true(t.cp1252 >= 80);
    assert_int_equal(t.lost, 0);
    assert_true(t.same + 1 >= t.items);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claim_real_html_same_verdicts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
