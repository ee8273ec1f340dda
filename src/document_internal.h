/* document_internal.h - what the document readers (document.c,
 * document_html.c, document_pdf.c) share.  Private to the library. */
#ifndef CRIMETREND_DOCUMENT_INTERNAL_H
#define CRIMETREND_DOCUMENT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include "crimetrend/document.h"

/* Where one line of the text comes from. */
typedef struct ctp_doc_line {
    size_t off;            /* byte offset of the line in the text */
    unsigned long page;    /* 1-based page (PDF), else 0 */
    unsigned long line;    /* 1-based source line (on its page for PDF) */
    unsigned long col0;    /* characters of the source line before it */
} ctp_doc_line;

struct ct_document {
    ct_document_type type;
    char *text;            /* NUL-terminated */
    size_t len, cap;
    ctp_doc_line *lines;
    size_t n_lines, cap_lines;
    bool open_para;        /* a paragraph has lines and is not ended */
    /* The last place ct_document_position found: claims are placed in
     * text order, so the next column is counted on from here, not from
     * the start of a line that may be a megabyte long. */
    size_t memo_line, memo_off;
    unsigned long memo_col;
    bool memo_set;
};

/* Appends one line of 'n' bytes (no line break inside) to the current
 * paragraph, placed at page/line/col0. */
ct_status ctp_doc_add_line(ct_document *doc, const char *s, size_t n,
                           unsigned long page, unsigned long line,
                           unsigned long col0, ct_error *err);

/* Ends the current paragraph: the next line starts a new one, after one
 * blank line. */
void ctp_doc_end_para(ct_document *doc);

/* Builds the paragraphs of extracted text (text files and PDF) from
 * 'len' bytes of valid UTF-8.  'paged': form feeds start pages (PDF),
 * lines are trimmed, repeated headers and footers are dropped and table
 * rows are paragraphs of their own. */
ct_status ctp_doc_from_lines(ct_document *doc, const char *t, size_t len,
                             bool paged, ct_error *err);

/* HTML: parses 'len' bytes with libxml2 into 'doc'.  'encoding' is the
 * encoding to read them as (a name libxml2 knows), never NULL. */
ct_status ctp_doc_html(ct_document *doc, const char *data, size_t len,
                       const char *name, const char *encoding,
                       ct_error *err);

/* PDF: runs pdftotext on 'path' (a file holding the bytes), or when
 * 'path' is NULL on the open file 'fd', and returns its output, valid
 * UTF-8, in '*out' (owned by the caller).  'name' is used in messages. */
ct_status ctp_doc_pdftotext(const char *path, int fd, const char *name,
                            const ct_document_options *opt, char **out,
                            size_t *out_len, ct_error *err);

#endif
