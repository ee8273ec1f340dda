/* text.h - UTF-8 validity and CSV, HTML and Markdown escaping for the
 * writers and readers (text.c).  Private to the library. */
#ifndef CRIMETREND_TEXT_H
#define CRIMETREND_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Length (1 to 4) of the valid UTF-8 sequence at 's', which has 'n' > 0
 * bytes, or 0 when it is not valid UTF-8 (overlong forms and surrogates
 * included). */
size_t ctp_utf8_len(const unsigned char *s, size_t n);

/* Offset of the first byte of 's' ('n' bytes) that does not begin a valid
 * UTF-8 sequence, or 'n' when all of it is valid.  The document reader and
 * the incident reader both decide "is this UTF-8" here. */
size_t ctp_utf8_invalid_at(const char *s, size_t n);

/* Writes 's' as one CSV field (RFC 4180): quoted, each quote doubled, when
 * it holds a comma, quote or line break; nothing when 's' is NULL.  The
 * table writer and the streaming projection writer both use it so that
 * their bytes agree. */
void ctp_csv_field(FILE *out, const char *s);

/* Writes 's' with &, <, > and " escaped for HTML text and attributes. */
void ctp_html_escape(FILE *out, const char *s);

/* True when the '<' or '&' at 's' could open an HTML tag or entity in a
 * Markdown viewer (a letter, '/', '!', '?' or '#' follows). */
bool ctp_md_starts_markup(const char *s);

#endif
