/* document.h - the documents `check` reads: plain text or Markdown, HTML
 * and PDF, turned into UTF-8 text the claim finder can read, with the
 * place in the source of every line of it.
 *
 * The text has one paragraph per block, paragraphs separated by exactly
 * one blank line; lines inside a paragraph keep their line breaks (the
 * claim finder joins wrapped lines and end-of-line hyphens itself).
 *
 * - Text and Markdown: read as UTF-8, or when it is not valid UTF-8 as
 *   Windows-1252 with one warning (or as the options say).  Page-number
 *   lines are dropped and a sentence broken by a blank line is joined
 *   (see "paragraphs" below); other lines are kept as written.
 * - HTML: parsed with libxml2's HTML parser; only visible text (not
 *   script, style, nav, head, noscript, template or hidden elements);
 *   every block element ends a paragraph, every table row is a paragraph
 *   written as a Markdown table row ("| Burglary | 3,120 | 3,342 |"),
 *   <br> is a line break, entities are decoded; a meta charset is
 *   honoured.  Each line is placed on the source line of its first text.
 * - PDF: text extracted by `pdftotext -layout` (poppler-utils) run as a
 *   separate process; pages are split at form feeds and each line is
 *   placed by page and line on the page.  Headers and footers repeated on
 *   many pages and page numbers are dropped; a table row (figures in
 *   columns) is a paragraph of its own; a page in two columns (a gutter
 *   of three blanks or more shared by most lines) is read left column,
 *   then right.
 *
 * Paragraphs (text and PDF): a paragraph broken by a blank line or a page
 * break is joined when the next part continues the sentence: it starts
 * lower-case, or it starts with a figure and the part before does not
 * end with sentence punctuation.
 *
 * Bounded input: a file larger than max_bytes, a text line longer than
 * max_line, a NUL byte (binary data) or a known binary format is refused
 * with a message naming the file, as soon as it is seen.
 *
 * Where it sits: check (... -> tables/charts/doc -> check): the first
 * step of `check`, before claim_find.h.
 *
 *     // "First line\nsecond line.\n\n  \n\n# Head\n\nLast 12 words.\n"
 *     ct_document_read_memory(text, len, "in.txt", &opt, &doc, &err);
 *     // text "First line\nsecond line.\n\n# Head\n\nLast 12 words.\n":
 *     // three blank lines become one; "12" is placed at line 8, column 6
 *     (asserted by test_text_paragraphs in tests/unit/test_document.c)
 */
#ifndef CRIMETREND_DOCUMENT_H
#define CRIMETREND_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>
#include "crimetrend/error.h"

typedef enum ct_document_type {
    CT_DOCUMENT_AUTO = 0,   /* decided by the content (then the name) */
    CT_DOCUMENT_TEXT,       /* plain text or Markdown */
    CT_DOCUMENT_HTML,
    CT_DOCUMENT_PDF
} ct_document_type;

typedef enum ct_document_encoding {
    CT_DOCUMENT_ENCODING_AUTO = 0,   /* UTF-8 when valid, else Windows-1252 with a
                               warning; HTML: its meta charset first */
    CT_DOCUMENT_ENCODING_UTF8,       /* UTF-8; an invalid byte is an error */
    CT_DOCUMENT_ENCODING_WINDOWS_1252,
    CT_DOCUMENT_ENCODING_LATIN1      /* ISO-8859-1: each byte is its code point */
} ct_document_encoding;

typedef struct ct_document_options {
    ct_document_type type;          /* AUTO, or the type to read as */
    ct_document_encoding encoding;  /* AUTO, or the encoding of the bytes */
    size_t max_bytes;               /* largest input (default 256 MiB) */
    size_t max_line;                /* longest text line (default 1 MiB) */
    const char *pdftotext;          /* program for PDF (default
                                       "pdftotext", looked up in PATH) */
    ct_error_warn_fn warn;                /* receives warnings, or NULL */
    void *warn_ctx;
} ct_document_options;

/* Sets the defaults above. */
void ct_document_options_init(ct_document_options *opt);

/* A document read into text.  Opaque. */
typedef struct ct_document ct_document;

/* Reads the file at 'path' ("-" reads standard input) and makes its text.
 * Errors (CT_STATUS_INPUT unless said), each naming the file: it cannot be
 * opened or read (CT_STATUS_IO); binary data ("binary data, not text (NUL
 * byte at offset N)"); larger than max_bytes; a line longer than
 * max_line; invalid UTF-8 when UTF-8 was asked for or declared (with line
 * and column); a PDF that is truncated, encrypted, damaged or has no
 * text, or pdftotext missing.  '*out' is owned by the caller
 * (ct_document_free); it is NULL on error. */
ct_status ct_document_read(const char *path, const ct_document_options *opt,
                           ct_document **out, ct_error *err);

/* The same for 'len' bytes already in memory; 'name' is used in messages
 * (and a PDF is handed to pdftotext through a temporary file). */
ct_status ct_document_read_memory(const char *data, size_t len,
                                  const char *name,
                                  const ct_document_options *opt,
                                  ct_document **out, ct_error *err);

/* The text (UTF-8, no NUL inside, NUL-terminated) and its length in
 * bytes.  Valid until ct_document_free.  Its paragraphs are final: a
 * sentence broken across a blank line or a page has been joined, so the
 * claim finder reads it with join_broken_sentences off. */
const char *ct_document_text(const ct_document *doc, size_t *len);

/* The type the document was read as (never AUTO). */
ct_document_type ct_document_type_of(const ct_document *doc);

/* Where byte 'offset' of the text comes from: the page (1-based for PDF,
 * 0 otherwise), the 1-based source line (for PDF the line on its page as
 * pdftotext lays it out) and the 1-based column in characters.  An offset
 * past the end is placed at the end.  Offsets asked in increasing order
 * are placed in time linear in the text; the document remembers the last
 * place, so one document is not to be asked from two threads at once. */
void ct_document_position(const ct_document *doc, size_t offset,
                          unsigned long *page, unsigned long *line,
                          unsigned long *column);

/* Frees the document.  NULL is allowed. */
void ct_document_free(ct_document *doc);

/* "auto", "text", "html", "pdf".  Static strings. */
const char *ct_document_type_name(ct_document_type t);

/* Parses a type name as above (also "txt", "md", "markdown", "htm"). */
bool ct_document_type_parse(const char *s, ct_document_type *out);

/* Parses "utf-8" (or "utf8"), "windows-1252" ("cp1252"), "latin1"
 * ("iso-8859-1"); ASCII case ignored. */
bool ct_document_encoding_parse(const char *s, ct_document_encoding *out);

#endif
