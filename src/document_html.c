/* document_html.c - the visible text of an HTML page, parsed with
 * libxml2's HTML parser (which recovers from the broken markup real pages
 * have and decodes entities), one paragraph per block element and one per
 * table row. */
#include <limits.h>
#include <string.h>
#include <stdlib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "document_internal.h"
#include "error_set.h"
#include "alloc.h"

/* What a walk collects: the current line and where it starts. */
typedef struct walker {
    ct_document *doc;
    ct_error *err;
    ct_status st;
    char *line;               /* the line being built */
    size_t len, cap;
    unsigned long src_line;   /* source line of its first text */
    bool space;               /* a blank is pending before the next text */
    int pre;                  /* inside <pre>: blanks are kept */
    int cell;                 /* inside a table cell written in a row */
    size_t depth;
    const char *src;          /* the page as given, for lines past 65534 */
    size_t src_len;
    size_t cur;               /* where the last text was found in it */
    unsigned long cur_line;   /* and its line; 0 before the first search */
    bool need_line;           /* a row: its first text gives the line */
} walker;

static const char *const skipped[] = {
    "script", "style", "nav", "head", "noscript", "template", "svg",
    "iframe", "object", "select", "button", NULL};

static const char *const blocks[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
    "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "section",
    "article", "aside", "header", "footer", "main", "blockquote", "pre",
    "figure", "figcaption", "form", "fieldset", "address", "hr", "details",
    "summary", "center", "body", "html", "legend", "tr", "td", "th", NULL};

static bool in_list(const xmlChar *name, const char *const *list)
{
    for (size_t i = 0; list[i] != NULL; i++)
        if (xmlStrcasecmp(name, (const xmlChar *)list[i]) == 0)
            return true;
    return false;
}

static bool is_named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE &&
           xmlStrcasecmp(n->name, (const xmlChar *)name) == 0;
}

/* Hidden by an attribute: hidden, aria-hidden="true", or an inline style
 * with display:none or visibility:hidden. */
static bool is_hidden(xmlNode *n)
{
    if (xmlHasProp(n, (const xmlChar *)"hidden") != NULL)
        return true;
    bool hidden = false;
    xmlChar *v = xmlGetProp(n, (const xmlChar *)"aria-hidden");
    if (v != NULL) {
        hidden = xmlStrcasecmp(v, (const xmlChar *)"true") == 0;
        xmlFree(v);
    }
    v = xmlGetProp(n, (const xmlChar *)"style");
    if (v != NULL && !hidden) {
        /* Compared without blanks: "display : none" is the same. */
        char s[256];
        size_t k = 0;
        for (const xmlChar *p = v; *p && k + 1 < sizeof s; p++)
            if (*p != ' ' && *p != '\t' && *p != '\n')
                s[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        s[k] = '\0';
        hidden = strstr(s, "display:none") != NULL ||
                 strstr(s, "visibility:hidden") != NULL;
    }
    xmlFree(v);
    if (!hidden && is_named(n, "input")) {
        v = xmlGetProp(n, (const xmlChar *)"type");
        hidden = v != NULL && xmlStrcasecmp(v, (const xmlChar *)"hidden") == 0;
        xmlFree(v);
    }
    return hidden;
}

static void put(walker *w, const char *s, size_t n)
{
    if (w->st != CT_STATUS_OK)
        return;
    if (w->len + n + 1 < w->len ||
        (w->st = ctp_grow((void **)&w->line, &w->cap, w->len + n + 1, 1,
                          w->err)) != CT_STATUS_OK)
        return;
    memcpy(w->line + w->len, s, n);
    w->len += n;
}

/* Ends the current line (a <br>, or a line of <pre>). */
static void end_line(walker *w)
{
    if (w->st != CT_STATUS_OK)
        return;
    if (w->len > 0)
        w->st = ctp_doc_add_line(w->doc, w->line, w->len, 0, w->src_line, 0,
                                 w->err);
    else if (w->pre == 0)
        ctp_doc_end_para(w->doc);   /* <br><br> ends a paragraph */
    w->len = 0;
    w->space = false;
    w->need_line = false;
}

/* Ends the current paragraph (a block boundary). */
static void end_para(walker *w)
{
    if (w->len > 0)
        end_line(w);
    ctp_doc_end_para(w->doc);
    w->space = false;
}

/* Superscript digits as the text of a PDF shows a footnote mark
 * ("34,556¹"), so that the claim finder skips them. */
static const char *const superscript[10] = {
    "\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4",
    "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8",
    "\xE2\x81\xB9"};

/* libxml2's HTML parser keeps line numbers in 16 bits: past 65534 the
 * text is looked up in the page from where the last one was found (the
 * first ASCII word of it; text comes in document order). */
#define LINE_CAP 65535

static unsigned long search_line(walker *w, const xmlChar *s)
{
    if (w->cur_line == 0) {
        w->cur_line = 1;
        for (size_t i = 0; i < w->src_len && w->cur_line < LINE_CAP - 1; i++)
            if (w->src[i] == '\n') {
                w->cur_line++;
                w->cur = i + 1;
            }
    }
    size_t lead = 0;      /* line breaks before the first word */
    const xmlChar *p = s;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
        lead += *p == '\n';
        p++;
    }
    size_t k = 0;
    while (k < 16 && p[k] > ' ' && p[k] < 0x80 && p[k] != '&' && p[k] != '<')
        k++;
    if (k > 0 && w->cur < w->src_len) {
        /* A bounded look ahead, so that text the page spells otherwise
         * (an entity, another encoding) costs little. */
        size_t end = w->src_len - w->cur > 65536 ? w->cur + 65536 : w->src_len;
        for (size_t i = w->cur; i + k <= end; i++)
            if (memcmp(w->src + i, p, k) == 0) {
                for (size_t j = w->cur; j < i; j++)
                    w->cur_line += w->src[j] == '\n';
                w->cur = i + k;   /* the next text comes after this */
                break;
            }
    }
    return w->cur_line > lead ? w->cur_line - lead : 1;
}

/* libxml2 gives a text node the line where it ends; its first line is
 * that less its line breaks. */
static unsigned long first_line(walker *w, xmlNode *n, const xmlChar *s)
{
    long ln = xmlGetLineNo(n);
    if (ln >= LINE_CAP)
        return search_line(w, s);
    if (ln <= 0)
        return 0;
    for (const xmlChar *p = s; *p != '\0'; p++)
        if (*p == '\n' && ln > 1)
            ln--;
    return (unsigned long)ln;
}

/* A line of text ends where the source line does, so that each line of
 * the text has one source line (the claim finder joins wrapped lines). */
static void text(walker *w, xmlNode *n, const xmlChar *s, bool sup)
{
    unsigned long ln = first_line(w, n, s);
    for (const xmlChar *p = s; *p != '\0' && w->st == CT_STATUS_OK; p++) {
        char c = (char)*p;
        if (c == '\n' && w->cell == 0) {
            if (w->pre > 0 || w->len > 0)
                end_line(w);
            ln++;
            continue;
        }
        if (c == '\n')
            ln++;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (w->pre > 0 && w->cell == 0) {
                if (w->len == 0)
                    w->src_line = ln;
                put(w, c == '\t' ? "\t" : " ", 1);
            } else {
                w->space = true;
            }
            continue;
        }
        if (w->len == 0 || w->need_line) {
            w->src_line = ln;
            w->need_line = false;
        }
        if (w->len > 0 && w->space)
            put(w, " ", 1);
        w->space = false;
        if (sup && c >= '0' && c <= '9')
            put(w, superscript[c - '0'], strlen(superscript[c - '0']));
        else
            put(w, &c, 1);
    }
}

/* The column where each line's text starts in its source line: its first
 * word looked up there (markup and indentation come before it). */
static void find_columns(ct_document *doc, const char *data, size_t len)
{
    size_t line = 1, off = 0;
    for (size_t i = 0; i < doc->n_lines; i++) {
        ctp_doc_line *l = &doc->lines[i];
        if (l->line < line) {
            line = 1;
            off = 0;
        }
        while (line < l->line && off < len) {
            const char *nl = memchr(data + off, '\n', len - off);
            if (nl == NULL) {
                off = len;
                break;
            }
            off = (size_t)(nl - data) + 1;
            line++;
        }
        if (line != l->line)
            continue;
        const char *end = memchr(data + off, '\n', len - off);
        size_t n = end ? (size_t)(end - data) - off : len - off;
        const char *w = doc->text + l->off;
        /* A table row: its first cell, after "| ". */
        unsigned long skip = w[0] == '|' && w[1] == ' ' ? 2 : 0;
        w += skip;
        size_t k = 0;
        /* ASCII only: the source may be in another encoding, and an
         * entity or a tag may stand for what follows. */
        while (k < 24 && w[k] != '\n' && w[k] != ' ' && w[k] != '&' &&
               w[k] != '<' && w[k] != '\0' && (unsigned char)w[k] < 0x80)
            k++;
        if (k == 0)
            continue;
        for (size_t j = 0; j + k <= n; j++)
            if (memcmp(data + off + j, w, k) == 0) {
                unsigned long col = 0;
                for (size_t q = 0; q < j; q++)
                    col += ((unsigned char)data[off + q] & 0xC0) != 0x80;
                l->col0 = col >= skip ? col - skip : 0;
                break;
            }
    }
}

static void walk(walker *w, xmlNode *n, bool sup);

/* The text of a table cell, blanks collapsed, on one line. */
static size_t cell_text_len(xmlNode *n, size_t limit)
{
    size_t total = 0;
    for (xmlNode *c = n->children; c != NULL && total <= limit; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            total += c->content ? strlen((const char *)c->content) : 0;
        else if (c->type == XML_ELEMENT_NODE &&
                 !in_list(c->name, skipped))
            total += cell_text_len(c, limit);
    }
    return total;
}

static bool has_block(xmlNode *n)
{
    for (xmlNode *c = n->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE &&
            ((in_list(c->name, blocks) && !is_named(c, "div")) ||
             has_block(c)))
            return true;
    return false;
}

/* A row is written as a Markdown table row, "| Burglary | 3,120 | 3,342
 * | +7% |", when its cells are short: then its figures stay together as
 * the claim finder reads a table.  A table used for the layout of a page
 * (long text, paragraphs in cells) is read cell by cell instead. */
static bool row_as_line(xmlNode *tr)
{
    size_t cells = 0;
    for (xmlNode *c = tr->children; c != NULL; c = c->next) {
        if (!is_named(c, "td") && !is_named(c, "th"))
            continue;
        cells++;
        if (cell_text_len(c, 200) > 160 || has_block(c))
            return false;
    }
    return cells >= 2;
}

static void row(walker *w, xmlNode *tr)
{
    end_para(w);
    put(w, "|", 1);
    long ln = xmlGetLineNo(tr);
    if (ln > 0 && ln < LINE_CAP)
        w->src_line = (unsigned long)ln;   /* kept if every cell is empty */
    w->need_line = true;
    for (xmlNode *c = tr->children; c != NULL && w->st == CT_STATUS_OK; c = c->next) {
        if (!is_named(c, "td") && !is_named(c, "th"))
            continue;
        if (is_hidden(c))
            continue;
        put(w, " ", 1);
        w->space = false;
        size_t before = w->len;
        w->cell++;
        for (xmlNode *k = c->children; k != NULL; k = k->next)
            walk(w, k, false);
        w->cell--;
        /* An empty cell keeps its place. */
        if (w->len == before)
            put(w, "-", 1);
        put(w, " |", 2);
        w->space = false;
    }
    end_para(w);
}

static void walk(walker *w, xmlNode *n, bool sup)
{
    if (w->st != CT_STATUS_OK)
        return;
    switch (n->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
        if (n->content != NULL)
            text(w, n, n->content, sup);
        return;
    case XML_ELEMENT_NODE:
        break;
    case XML_ATTRIBUTE_NODE: case XML_ENTITY_REF_NODE:
    case XML_ENTITY_NODE: case XML_PI_NODE: case XML_COMMENT_NODE:
    case XML_DOCUMENT_NODE: case XML_DOCUMENT_TYPE_NODE:
    case XML_DOCUMENT_FRAG_NODE: case XML_NOTATION_NODE:
    case XML_HTML_DOCUMENT_NODE: case XML_DTD_NODE: case XML_ELEMENT_DECL:
    case XML_ATTRIBUTE_DECL: case XML_ENTITY_DECL: case XML_NAMESPACE_DECL:
    case XML_XINCLUDE_START: case XML_XINCLUDE_END:
#ifdef LIBXML_DOCB_ENABLED
    case XML_DOCB_DOCUMENT_NODE:
#endif
    default:
        return;
    }
    if (in_list(n->name, skipped) || is_hidden(n))
        return;
    /* libxml2 stops nesting at 256 levels; this is a second guard. */
    if (w->depth > 1000)
        return;
    if (is_named(n, "br")) {
        if (w->cell > 0)
            w->space = true;
        else
            end_line(w);
        return;
    }
    if (is_named(n, "img")) {
        w->space = true;
        return;
    }
    if (w->cell == 0 && is_named(n, "tr") && row_as_line(n)) {
        row(w, n);
        return;
    }
    bool block = in_list(n->name, blocks);
    if (block) {
        if (w->cell > 0)
            w->space = true;
        else
            end_para(w);
    }
    bool is_pre = is_named(n, "pre");
    bool is_sup = is_named(n, "sup");
    w->pre += is_pre;
    w->depth++;
    for (xmlNode *c = n->children; c != NULL; c = c->next)
        walk(w, c, sup || is_sup);
    w->depth--;
    w->pre -= is_pre;
    if (block) {
        if (w->cell > 0)
            w->space = true;
        else
            end_para(w);
    } else if (is_named(n, "td") || is_named(n, "th")) {
        w->space = true;
    }
}

/* The first error libxml2 raised while converting the page's bytes: the
 * markup errors of a real page are recovered from, but bytes its
 * declared encoding cannot read end the text there, so they must not
 * pass unnoticed (and libxml2 would print them on standard error). */
typedef struct conversion_error {
    bool seen;
    int line;
    char message[160];
} conversion_error;

static void note_xml_error(void *ctx, xmlErrorPtr e)
{
    conversion_error *ce = ctx;
    if (ce->seen || e == NULL ||
        (e->domain != XML_FROM_I18N && e->domain != XML_FROM_IO))
        return;
    ce->seen = true;
    ce->line = e->line;
    snprintf(ce->message, sizeof ce->message, "%s",
             e->message ? e->message : "");
    ce->message[strcspn(ce->message, "\n")] = '\0';
}

ct_status ctp_doc_html(ct_document *doc, const char *data, size_t len,
                       const char *name, const char *encoding,
                       ct_error *err)
{
    if (len > (size_t)INT_MAX)
        return ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                             "an HTML page larger than 2 GiB");
    conversion_error ce = {false, 0, ""};
    xmlStructuredErrorFunc saved = xmlStructuredError;
    void *saved_ctx = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&ce, note_xml_error);
    htmlDocPtr hd = htmlReadMemory(data, (int)len, NULL, encoding,
                                   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                   HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlSetStructuredErrorFunc(saved_ctx, saved);
    if (ce.seen) {
        xmlFreeDoc(hd);
        return ctp_error_set(err, CT_STATUS_INPUT, name,
                             ce.line > 0 ? (unsigned long)ce.line : 0, 0,
                             "bytes that are not %s (%s); expected the "
                             "encoding the page declares (or --encoding)",
                             encoding, ce.message);
    }
    if (hd == NULL)
        return len == 0 ? CT_STATUS_OK
                        : ctp_error_set(err, CT_STATUS_INPUT, name, 0, 0,
                                        "cannot be read as HTML (encoding "
                                        "%s); expected an HTML page",
                                        encoding);
    walker w = {doc, err, CT_STATUS_OK, NULL, 0, 0, 0, false, 0, 0, 0, data, len,
                0, 0, false};
    xmlNode *root = xmlDocGetRootElement(hd);
    if (root != NULL)
        walk(&w, root, false);
    end_para(&w);
    free(w.line);
    xmlFreeDoc(hd);
    if (w.st == CT_STATUS_OK)
        find_columns(doc, data, len);
    return w.st;
}
