/* test_claim_real_pdf.c - the real-claims corpus printed as a report and
 * read back from the PDF gets every verdict its text gets right.
 *
 * Every passage becomes a section of one A4 report, printed by Chromium
 * (as a council prints its assessment from a web page): lines wrapped
 * wherever the page width falls, sentences broken across pages, and the
 * date, title, address and page number Chromium writes on every page.
 * The PDF goes through pdftotext as `crimetrend check` reads it, and
 * each claim found is given to the section it falls in by the section's
 * heading.  Skipped (with a message) when Chromium or pdftotext is
 * missing; `make check` installs both. */
#include "real_corpus.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crimetrend/claim.h"
#include "crimetrend/claim_find.h"
#include "crimetrend/document.h"

enum { MAX_ITEMS = 8192 };

typedef struct item {
    char id[32];
    char want[512];       /* the expected verdicts */
    char from_text[512];  /* the verdicts its text gets */
    char from_pdf[512];   /* the verdicts the PDF gets */
} item;

typedef struct report {
    FILE *html;
    item *items;
    size_t n;
} report;

static void append_verdict(char *list, size_t size, const char *v)
{
    size_t k = strlen(list);
    snprintf(list + k, size - k, "%s%s", k ? " " : "", v);
}

/* The verdicts of a text read as plain text. */
static void text_verdicts(const char *text, char *out, size_t size)
{
    ct_claim_set *set = real_corpus_checked_claims(text, strlen(text), "real",
                                                     true);
    out[0] = '\0';
    for (size_t i = 0; i < ct_claim_set_size(set); i++)
        append_verdict(out, size,
                       ct_claim_verdict_name(ct_claim_set_get(set, i)->verdict));
    ct_claim_set_free(set);
}

/* Writes the passage as HTML text: a blank line (from a PDF the passage
 * was taken from) is white space, a single line break a <br>. */
static void put_passage(FILE *f, const char *s)
{
    for (; *s; s++) {
        if (*s == '&')
            fputs("&amp;", f);
        else if (*s == '<')
            fputs("&lt;", f);
        else if (*s == '>')
            fputs("&gt;", f);
        else if (*s == '\n' && s[1] == '\n')
            continue;
        else if (*s == '\n')
            fputs("<br>\n", f);
        else
            fputc(*s, f);
    }
}

static void add_item(const char *id, const char *expect, char *text,
                     void *ctx)
{
    report *r = ctx;
    assert_true(r->n < MAX_ITEMS);
    item *it = &r->items[r->n++];
    snprintf(it->id, sizeof it->id, "%s", id);
    snprintf(it->want, sizeof it->want, "%s", expect + strspn(expect, " "));
    text_verdicts(text, it->from_text, sizeof it->from_text);
    it->from_pdf[0] = '\0';
    fprintf(r->html, "<section>\n<h2>Item %s</h2>\n<p>", id);
    put_passage(r->html, text);
    fputs("</p>\n</section>\n", r->html);
}

static bool have(const char *program)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", program);
    return system(cmd) == 0;
}

/* The sections of the text read back: where each heading starts and
 * its item, in text order. */
typedef struct heading {
    size_t off;
    item *it;
} heading;

/* Finds every item heading ("Item en-12") in the text, once. */
static heading *find_headings(report *r, const char *text, size_t *n)
{
    heading *h = calloc(r->n + 1, sizeof *h);
    assert_non_null(h);
    *n = 0;
    size_t next = 0;  /* headings come in corpus order: look there first */
    for (const char *p = text; (p = strstr(p, "Item ")) != NULL; p += 5) {
        for (size_t tries = 0; tries < r->n && *n <= r->n; tries++) {
            size_t i = (next + tries) % r->n;
            size_t k = strlen(r->items[i].id);
            if (strncmp(p + 5, r->items[i].id, k) == 0 &&
                (p[5 + k] == '\n' || p[5 + k] == ' ' || p[5 + k] == '\0')) {
                h[(*n)++] = (heading){(size_t)(p - text), &r->items[i]};
                next = i + 1;
                break;
            }
        }
    }
    return h;
}

/* The item whose heading comes last before byte 'off' of the text. */
static item *item_at(const heading *h, size_t n, size_t off)
{
    size_t lo = 0, hi = n;  /* the first heading at or after 'off' */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (h[mid].off < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == 0 ? NULL : h[lo - 1].it;
}

static void test_claim_real_pdf_same_verdicts(void **state)
{
    (void)state;
    if (!have("chromium") || !have("pdftotext")) {
        print_message("no chromium or pdftotext: the printed corpus is not "
                      "read (make check installs both)\n");
        skip();
    }
    char dir[] = "/tmp/ct-real-pdf.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char html_path[128], pdf_path[128], cmd[1024];
    snprintf(html_path, sizeof html_path, "%s/report.html", dir);
    snprintf(pdf_path, sizeof pdf_path, "%s/report.pdf", dir);

    report r = {fopen(html_path, "w"), calloc(MAX_ITEMS, sizeof(item)), 0};
    assert_non_null(r.html);
    assert_non_null(r.items);
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<title>Community safety assessment: claims</title>\n<style>"
          "@page{size:A4;margin:20mm 18mm}body{font:10.5pt/1.35 serif}"
          "h2{font-size:11pt;margin:10pt 0 3pt}p{margin:0}</style></head>"
          "<body>\n<h1>Community safety assessment</h1>\n", r.html);
    assert_true(real_corpus_read_dir(REAL_DIR, add_item, &r) > 0);
    fputs("</body></html>\n", r.html);
    assert_int_equal(fclose(r.html), 0);

    snprintf(cmd, sizeof cmd,
             "timeout 180 chromium --headless --no-sandbox --disable-gpu "
             "--no-first-run --disable-background-networking "
             "--disable-component-update --disable-sync "
             "--user-data-dir=%s/profile --print-to-pdf=%s file://%s "
             ">/dev/null 2>&1", dir, pdf_path, html_path);
    struct stat sb;
    if (system(cmd) != 0 || stat(pdf_path, &sb) != 0 || sb.st_size == 0) {
        print_message("chromium could not print the corpus; not read\n");
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        assert_int_equal(system(cmd), 0);
        free(r.items);
        skip();
    }

    ct_document_options opt;
    ct_document_options_init(&opt);
    ct_document *doc = NULL;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_document_read(pdf_path, &opt, &doc, &err), CT_STATUS_OK);
    assert_int_equal(ct_document_type_of(doc), CT_DOCUMENT_PDF);
    size_t len;
    const char *text = ct_document_text(doc, &len);
    unsigned long pages, line, col;
    ct_document_position(doc, len, &pages, &line, &col);

    ct_claim_set *set = real_corpus_checked_claims(text, len, "report.pdf",
                                                   false);
    size_t strays = 0, n_headings;
    heading *headings = find_headings(&r, text, &n_headings);
    for (size_t i = 0; i < ct_claim_set_size(set); i++) {
        const ct_claim *c = ct_claim_set_get(set, i);
        item *it = item_at(headings, n_headings, c->offset);
        if (it == NULL) {
            strays++;
            continue;
        }
        append_verdict(it->from_pdf, sizeof it->from_pdf,
                       ct_claim_verdict_name(c->verdict));
    }

    size_t same = 0, lost = 0;
    for (size_t i = 0; i < r.n; i++) {
        item *it = &r.items[i];
        if (it->from_text[0] == '\0')
            snprintf(it->from_text, sizeof it->from_text, "none");
        if (it->from_pdf[0] == '\0')
            snprintf(it->from_pdf, sizeof it->from_pdf, "none");
        if (strcmp(it->from_text, it->from_pdf) == 0) {
            same++;
            continue;
        }
        bool was_right = strcmp(it->from_text, it->want) == 0;
        lost += was_right;
        print_message("differ %s%s: text %s, pdf %s\n", it->id,
                      was_right ? " (right from the text)" : "",
                      it->from_text, it->from_pdf);
    }
    print_message("%zu of %zu passages give the same verdicts from a %lu-page"
                  " PDF; %zu right from the text are lost; %zu claims outside"
                  " any section\n", same, r.n, pages, lost, strays);
    ct_claim_set_free(set);
    ct_document_free(doc);
    free(headings);
    free(r.items);
    if (getenv("CT_KEEP") == NULL) {
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        assert_int_equal(system(cmd), 0);
    } else {
        print_message("kept %s\n", dir);
    }
    assert_true(r.n >= 300);
    assert_true(pages >= 10);
    assert_int_equal(strays, 0);
    assert_int_equal(lost, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_claim_real_pdf_same_verdicts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
