/* doc.c - the assessment document: a list of blocks (title, headings,
 * paragraphs, bullets, tables, charts) that assess.c fills and that is
 * written here as Markdown or as one self-contained HTML page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/doc.h"
#include "doc_build.h"
#include "alloc.h"
#include "error_set.h"
#include "text.h"


typedef struct block {
    ctp_block_kind kind;
    char *text;        /* owned: the words, or a chart's caption */
    char *chart;       /* owned: a chart's file name (B_CHART) */
    ct_table *table;   /* owned (B_TABLE) */
} block;

struct ct_doc {
    block *blocks;
    size_t n, cap;
    char area[128];    /* the area assessed */
};

const char *ct_doc_area(const ct_doc *doc)
{
    return doc->area;
}

void ct_doc_free(ct_doc *doc)
{
    if (doc == NULL)
        return;
    for (size_t i = 0; i < doc->n; i++) {
        free(doc->blocks[i].text);
        free(doc->blocks[i].chart);
        ct_table_free(doc->blocks[i].table);
    }
    free(doc->blocks);
    free(doc);
}

ct_doc *ctp_doc_new(void)
{
    return calloc(1, sizeof(ct_doc));
}

void ctp_doc_set_area(ct_doc *doc, const char *area)
{
    snprintf(doc->area, sizeof doc->area, "%s", area);
}

ct_status ctp_doc_add_block(ct_doc *doc, ctp_block_kind kind, const char *text,
                            const char *chart, ct_table *table, ct_error *err)
{
    if (ctp_grow((void **)&doc->blocks, &doc->cap, doc->n + 1,
                 sizeof *doc->blocks, err) != CT_STATUS_OK) {
        ct_table_free(table);
        return CT_STATUS_NOMEM;
    }
    block *b = &doc->blocks[doc->n];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->table = table;
    if ((text != NULL && (b->text = strdup(text)) == NULL) ||
        (chart != NULL && (b->chart = strdup(chart)) == NULL)) {
        free(b->text);
        ct_table_free(table);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    doc->n++;
    return CT_STATUS_OK;
}

size_t ct_doc_n_charts(const ct_doc *doc)
{
    size_t n = 0;
    for (size_t i = 0; i < doc->n; i++)
        n += doc->blocks[i].kind == B_CHART;
    return n;
}

const char *ct_doc_chart(const ct_doc *doc, size_t k)
{
    for (size_t i = 0; i < doc->n; i++)
        if (doc->blocks[i].kind == B_CHART && k-- == 0)
            return doc->blocks[i].chart;
    return NULL;
}

ct_status ct_doc_add_chart(ct_doc *doc, const char *file, const char *caption,
                           ct_error *err)
{
    if (ct_doc_n_charts(doc) == 0 &&
        ctp_doc_add_block(doc, B_HEADING, "Charts", NULL, NULL, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    return ctp_doc_add_block(doc, B_CHART, caption, file, NULL, err);
}

/* Markdown text from data: HTML-significant characters as entities and
 * the Markdown punctuation that makes links, code or emphasis escaped, so
 * that a name can neither inject markup into a viewer nor become a link
 * (parentheses are harmless once brackets are escaped). */
static void md_text(FILE *out, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<':
        case '&':
            if (ctp_md_starts_markup(s))
                fputs(*s == '<' ? "&lt;" : "&amp;", out);
            else
                fputc(*s, out);
            break;
        case '\\': case '`': case '*': case '_': case '[': case ']':
        case '|':
            fputc('\\', out);
            fputc(*s, out);
            break;
        case '\n': case '\r': fputc(' ', out); break;
        default: fputc(*s, out);
        }
    }
}

/* How each block of text opens, in Markdown and in HTML (the HTML close
 * too; Markdown closes with a blank line). */
static const struct {
    const char *md_open, *html_open, *html_close;
} text_tags[] = {
    [B_TITLE] = {"# ", "<h1>", "</h1>\n"},
    [B_HEADING] = {"## ", "<h2>", "</h2>\n"},
    [B_PARAGRAPH] = {"", "<p>", "</p>\n"},
    [B_BULLET] = {"- ", "<li>", "</li>\n"},
};

ct_status ct_doc_write_markdown(const ct_doc *doc, FILE *out, ct_error *err)
{
    for (size_t i = 0; i < doc->n; i++) {
        const block *b = &doc->blocks[i];
        bool next_bullet = i + 1 < doc->n &&
                           doc->blocks[i + 1].kind == B_BULLET;
        switch (b->kind) {
        case B_TITLE:
        case B_HEADING:
        case B_PARAGRAPH:
        case B_BULLET:
            fputs(text_tags[b->kind].md_open, out);
            md_text(out, b->text);
            /* A list's bullets stand on consecutive lines. */
            fputs(next_bullet && b->kind == B_BULLET ? "\n" : "\n\n", out);
            break;
        case B_TABLE:
            if (ct_table_write(b->table, CT_FORMAT_MARKDOWN, out, err))
                return CT_STATUS_IO;
            fputc('\n', out);
            break;
        case B_CHART:
            /* Chart file names are slugs: [a-z0-9-] and a folder. */
            fputs("![", out);
            md_text(out, b->text);
            fprintf(out, "](%s)\n\n", b->chart);
            break;
        }
    }
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0, "write error");
    return CT_STATUS_OK;
}

static const char html_head[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>";

static const char html_style[] =
    "</title>\n<style>\n"
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;"
    "max-width:52rem;margin:0 auto;padding:1rem;line-height:1.5;"
    "color:#1b1b1b}\n"
    "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;"
    "border-bottom:1px solid #ccc}\n"
    ".table{overflow-x:auto}table{border-collapse:collapse;font-size:.85rem}"
    "\nth,td{padding:.25rem .5rem;border-bottom:1px solid #ddd;"
    "text-align:left;white-space:nowrap}td.n{text-align:right}\n"
    "figure{margin:1rem 0}figure svg{max-width:100%;height:auto}\n"
    ".notes{font-size:.8rem;color:#555}\n"
    /* On A4 a wide table wraps its cells and shrinks its text to fit the
     * page width instead of being cut at the right edge. */
    "@page{size:A4;margin:15mm}\n"
    "@media print{body{max-width:none;padding:0}h2{page-break-after:avoid}"
    "figure{page-break-inside:avoid}tr{page-break-inside:avoid}"
    "thead{display:table-header-group}.table{overflow:visible}"
    "table{width:100%;table-layout:auto;font-size:6.5pt}"
    "th,td{white-space:normal;padding:.1rem .2rem}"
    "th{overflow-wrap:anywhere}td.n{white-space:nowrap}"
    "figure svg{width:100%}}\n"
    "</style>\n</head>\n<body>\n";

ct_status ct_doc_write_html(const ct_doc *doc, ct_doc_svg_fn svg, void *ctx,
                            FILE *out, ct_error *err)
{
    const char *title = doc->n > 0 && doc->blocks[0].kind == B_TITLE
                            ? doc->blocks[0].text : "Strategic assessment";
    fputs(html_head, out);
    ctp_html_escape(out, title);
    fputs(html_style, out);
    bool in_list = false;
    for (size_t i = 0; i < doc->n; i++) {
        const block *b = &doc->blocks[i];
        if (in_list && b->kind != B_BULLET) {
            fputs("</ul>\n", out);
            in_list = false;
        }
        switch (b->kind) {
        case B_BULLET:
            if (!in_list)
                fputs("<ul>\n", out);
            in_list = true;
            /* fall through */
        case B_TITLE:
        case B_HEADING:
        case B_PARAGRAPH:
            fputs(text_tags[b->kind].html_open, out);
            ctp_html_escape(out, b->text);
            fputs(text_tags[b->kind].html_close, out);
            break;
        case B_TABLE:
            fputs("<div class=\"table\">\n", out);
            if (ct_table_write_html(b->table, out, err) != CT_STATUS_OK)
                return CT_STATUS_IO;
            fputs("</div>\n", out);
            break;
        case B_CHART: {
            const char *s = svg ? svg(ctx, b->chart) : NULL;
            fputs("<figure>\n", out);
            if (s != NULL)
                fputs(s, out);
            else {
                fputs("<p>(chart not available: ", out);
                ctp_html_escape(out, b->chart);
                fputs(")</p>", out);
            }
            fputs("\n<figcaption>", out);
            ctp_html_escape(out, b->text);
            fputs("</figcaption>\n</figure>\n", out);
            break;
        }
        }
    }
    if (in_list)
        fputs("</ul>\n", out);
    fputs("</body>\n</html>\n", out);
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0, "write error");
    return CT_STATUS_OK;
}
