/* test_document.c - unit tests for the document readers (document.c,
 * document_html.c, document_pdf.c): the text each makes, paragraph by
 * paragraph, and the place in the source of every line.  Expected texts
 * and positions are written out by hand from the inputs below (lines and
 * columns counted on the input as printed in each comment). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "test_support.h"
#include "crimetrend/document.h"

/* Reads 'in' as 'type' (AUTO: by content); fails the test on an error. */
static ct_document *read_as(const char *in, ct_document_type type,
                            warning_log *log)
{
    ct_document_options opt;
    ct_document_options_init(&opt);
    opt.type = type;
    opt.warn = log ? note_warning : NULL;
    opt.warn_ctx = log;
    ct_document *doc = NULL;
    ct_error err = CT_ERROR_INIT;
    ct_status st = ct_document_read_memory(in, strlen(in), "in.txt", &opt,
                                           &doc, &err);
    if (st != CT_STATUS_OK) {
        char buf[700];
        print_error("read failed: %s\n", ct_error_format(&err, buf,
                                                         sizeof buf));
        fail();
    }
    return doc;
}

static void assert_text(const ct_document *doc, const char *want)
{
    size_t len;
    const char *got = ct_document_text(doc, &len);
    if (len != strlen(want) || memcmp(got, want, len) != 0) {
        print_error("text:\n[%s]\nexpected:\n[%s]\n", got, want);
        fail();
    }
}

/* Asserts where the first occurrence of 'needle' in the text comes
 * from. */
static void assert_at(const ct_document *doc, const char *needle,
                      unsigned long page, unsigned long line,
                      unsigned long column)
{
    const char *text = ct_document_text(doc, NULL);
    const char *p = strstr(text, needle);
    if (p == NULL) {
        print_error("'%s' not in the text:\n%s\n", needle, text);
        fail();
    }
    unsigned long pg, ln, col;
    ct_document_position(doc, (size_t)(p - text), &pg, &ln, &col);
    if (pg != page || ln != line || col != column) {
        print_error("'%s' at %lu:%lu:%lu, expected %lu:%lu:%lu\n", needle,
                    pg, ln, col, page, line, column);
        fail();
    }
}

/* Reads 'in', expecting an error whose message holds 'want'. */
static void assert_refused(const char *in, size_t len,
                           const ct_document_options *opt, ct_status status,
                           const char *want, unsigned long line)
{
    ct_document *doc = (ct_document *)1;
    ct_error err = CT_ERROR_INIT;
    ct_status st = ct_document_read_memory(in, len, "in.txt", opt, &doc,
                                           &err);
    if (st != status || doc != NULL || strstr(err.message, want) == NULL ||
        err.line != line || strcmp(err.path, "in.txt") != 0) {
        print_error("status %d, line %lu, message '%s'; expected status %d, "
                    "line %lu, a message with '%s'\n", (int)st, err.line,
                    err.message, (int)status, line, want);
        fail();
    }
}

static ct_document *read_pdf_layout(const char *layout);

/* A text read and where some of its words come from: 'in' read as 'type'
 * (a PDF's 'in' is the layout pdftotext prints), the type it is read as,
 * the text it makes and up to five places (page, line, column) of the
 * first occurrence of a word. */
typedef struct place {
    const char *needle;
    unsigned long page, line, column;
} place;

typedef struct read_case {
    const char *in;
    ct_document_type type, is;
    const char *want;
    place at[5];
} read_case;

static void expect_read(const read_case *k)
{
    ct_document *doc = k->type == CT_DOCUMENT_PDF
                           ? read_pdf_layout(k->in)
                           : read_as(k->in, k->type, NULL);
    assert_int_equal(ct_document_type_of(doc), k->is);
    assert_text(doc, k->want);
    for (size_t i = 0; i < N_ELEMS(k->at) && k->at[i].needle != NULL; i++)
        assert_at(doc, k->at[i].needle, k->at[i].page, k->at[i].line,
                  k->at[i].column);
    ct_document_free(doc);
}

/* ---- text -------------------------------------------------------------- */

/* Places asked in any order agree with counting from the line's start:
 * on "año ñandú x" repeated, each 'x' is 11 characters after the last
 * (14 bytes: three letters take two bytes each). */
static void test_positions_in_any_order(void **state)
{
    (void)state;
    char in[14 * 200 + 2];
    size_t n = 0;
    for (int i = 0; i < 200; i++) {
        memcpy(in + n, "a\xC3\xB1o \xC3\xB1" "and\xC3\xBA x", 14);
        n += 14;
    }
    in[n++] = '\n';
    in[n] = '\0';
    ct_document *doc = read_as(in, CT_DOCUMENT_TEXT, NULL);
    /* The k-th 'x' (from 0) is at byte 14k + 13, column 11k + 11. */
    static const int order[] = {5, 150, 150, 20, 199, 0, 100};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        unsigned long pg, ln, col;
        ct_document_position(doc, (size_t)(14 * order[i] + 13), &pg, &ln,
                             &col);
        assert_int_equal(ln, 1);
        assert_int_equal(col, 11 * (unsigned long)order[i] + 11);
    }
    ct_document_free(doc);
}

/* Text read into paragraphs: blank lines between them, sentences broken
 * across lines joined, page numbers dropped, CRLF and a BOM read. */
static void test_text_paragraphs(void **state)
{
    (void)state;
    static const read_case cases[] = {
        /* Lines 1-2 a paragraph, three blank lines (3-5), line 6 a
         * heading, line 7 blank, line 8 a paragraph: one blank line
         * between each. */
        {"First line\nsecond line.\n\n  \n\n# Head\n\nLast 12 words.\n",
         CT_DOCUMENT_AUTO, CT_DOCUMENT_TEXT,
         "First line\nsecond line.\n\n# Head\n\nLast 12 words.\n",
         {{"second", 0, 2, 1}, {"Head", 0, 6, 3}, {"12", 0, 8, 6}}},
        /* "an" ends line 1; after a blank line, "increase" (lower-case)
         * continues the sentence: one paragraph, the line break kept. */
        {"rose from 33,524 to 34,556, an\n\nincrease of 3%.\n",
         CT_DOCUMENT_TEXT, CT_DOCUMENT_TEXT,
         "rose from 33,524 to 34,556, an\nincrease of 3%.\n",
         {{"increase", 0, 3, 1}}},
        /* A figure continues a part that ends without punctuation, not
         * one that ends a sentence; an upper-case start never
         * continues. */
        {"rose from\n\n1,420 to 1,136.\n\n2015 was quiet.\n\n"
         "Then it rose\n\nAgain.\n",
         CT_DOCUMENT_TEXT, CT_DOCUMENT_TEXT,
         "rose from\n1,420 to 1,136.\n\n2015 was quiet.\n\n"
         "Then it rose\n\nAgain.\n", {{NULL, 0, 0, 0}}},
        /* A figure in brackets goes on too: "el 59,12%" at the foot of a
         * page, "(2.596) fueron" at the head of the next. */
        {"De ellos, el 59,12%\n\n(2.596) fueron leves.\n",
         CT_DOCUMENT_TEXT, CT_DOCUMENT_TEXT,
         "De ellos, el 59,12%\n(2.596) fueron leves.\n", {{NULL, 0, 0, 0}}},
        /* A heading set right above its paragraph (no blank line, as a
         * PDF prints it) is a paragraph of its own, so that its figures
         * never join the sentence below: it ends without punctuation and
         * is less than half as long as the next line, which starts with a
         * capital or a figure.  A sentence wrapped at the page width is
         * not split. */
        {"2.3 Burglary\nBurglaries rose from 1,000 to 1,100, up 10% on"
         " the year.\nItem es-017\n31.286 mujeres, un 7,9% m\xC3\xA1s "
         "que el a\xC3\xB1o anterior.\nRobbery fell in the year after "
         "the change of policy by\nThames Valley Police, from 420 to "
         "380.\n",
         CT_DOCUMENT_TEXT, CT_DOCUMENT_TEXT,
         "2.3 Burglary\n\nBurglaries rose from 1,000 to 1,100, up "
         "10% on the year.\nItem es-017\n\n31.286 mujeres, un "
         "7,9% m\xC3\xA1s que el a\xC3\xB1o anterior.\nRobbery fell"
         " in the year after the change of policy by\nThames "
         "Valley Police, from 420 to 380.\n", {{NULL, 0, 0, 0}}},
        /* Markdown blocks are never joined: a list item, a table row. */
        {"Figures for\n\n- burglary\n\n| a | 1 |\n\nand more\n",
         CT_DOCUMENT_TEXT, CT_DOCUMENT_TEXT,
         "Figures for\n\n- burglary\n\n| a | 1 |\n\nand more\n",
         {{NULL, 0, 0, 0}}},
        /* Line 3 "12" alone between blank lines is a page number:
         * dropped, and the sentence broken around it joined.  "Page 3 of
         * 40" too.  A number inside a paragraph stays. */
        {"Crime fell by 20%, from\n\n12\n\n1,420 to 1,136.\n\nPage 3 of 40"
         "\n\nTotal\n250\n",
         CT_DOCUMENT_TEXT, CT_DOCUMENT_TEXT,
         "Crime fell by 20%, from\n1,420 to 1,136.\n\nTotal\n250\n",
         {{"1,420", 0, 5, 1}, {"250", 0, 10, 1}}},
        /* A byte-order mark, and lines ending in CRLF. */
        {"\xEF\xBB\xBFOne\r\ntwo\r\n\r\nThree\r\n", CT_DOCUMENT_TEXT,
         CT_DOCUMENT_TEXT, "One\ntwo\n\nThree\n", {{"Three", 0, 4, 1}}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++)
        expect_read(&cases[i]);
}

static void test_encodings(void **state)
{
    (void)state;
    /* Line 2, column 4: byte 0xE9, not UTF-8: the text is read as
     * Windows-1252 with one warning (0xE9 is é, 0x80 the euro sign, 0x96
     * an en dash). */
    warning_log log = {0, ""};
    ct_document *doc = read_as("Rose 5%.\nCaf\xE9 \x80" "5 \x96 \xE9t\xE9.\n",
                               CT_DOCUMENT_AUTO, &log);
    assert_text(doc, "Rose 5%.\nCaf\xC3\xA9 \xE2\x82\xAC" "5 \xE2\x80\x93 "
                     "\xC3\xA9t\xC3\xA9.\n");
    assert_int_equal(log.n, 1);
    assert_non_null(strstr(log.last, "in.txt:2:4: byte 0xE9 is not valid "
                                     "UTF-8; reading the file as "
                                     "Windows-1252"));
    ct_document_free(doc);

    /* Latin-1 when asked: 0x80 is U+0080. */
    ct_document_options opt;
    ct_document_options_init(&opt);
    opt.encoding = CT_DOCUMENT_ENCODING_LATIN1;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_document_read_memory("\x80\xE9", 2, "in.txt", &opt,
                                             &doc, &err), CT_STATUS_OK);
    assert_text(doc, "\xC2\x80\xC3\xA9\n");
    ct_document_free(doc);

    /* UTF-8 when asked: the bad byte is an error at its line and
     * column. */
    opt.encoding = CT_DOCUMENT_ENCODING_UTF8;
    assert_refused("ok\nab\xE9", 6, &opt, CT_STATUS_INPUT,
                   "byte 0xE9 is not valid UTF-8", 2);

    assert_parses_to(ct_document_encoding, ct_document_encoding_parse,
                     "CP1252", CT_DOCUMENT_ENCODING_WINDOWS_1252);
    assert_parses_to(ct_document_encoding, ct_document_encoding_parse,
                     "utf8", CT_DOCUMENT_ENCODING_UTF8);
    ct_document_encoding e;
    assert_false(ct_document_encoding_parse("ebcdic", &e));
}

static void test_binary_and_limits(void **state)
{
    (void)state;
    ct_document_options opt;
    ct_document_options_init(&opt);
    assert_refused("abc\0def", 7, &opt, CT_STATUS_INPUT,
                   "binary data, not text (NUL byte at offset 3)", 0);
    assert_refused("\x89PNG\r\n\x1A\n", 8, &opt, CT_STATUS_INPUT,
                   "a PNG image, not text", 0);
    assert_refused("PK\x03\x04rest", 8, &opt, CT_STATUS_INPUT,
                   "a ZIP archive", 0);
    /* Even forced to text, a NUL is binary. */
    opt.type = CT_DOCUMENT_TEXT;
    assert_refused("ab\0", 3, &opt, CT_STATUS_INPUT, "NUL byte at offset 2", 0);
    opt.type = CT_DOCUMENT_AUTO;

    opt.max_bytes = 10;
    assert_refused("0123456789A", 11, &opt, CT_STATUS_INPUT,
                   "larger than 10 bytes", 0);
    opt.max_bytes = 100;
    opt.max_line = 4;
    /* Line 2 has 5 bytes. */
    assert_refused("abcd\nabcde\n", 11, &opt, CT_STATUS_INPUT,
                   "line longer than 4 bytes", 2);
}

/* /dev/zero ends at the first read, and a directory or a missing file is
 * an error naming it. */
static void test_read_files(void **state)
{
    (void)state;
    ct_document *doc = (ct_document *)1;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_document_read("/dev/zero", NULL, &doc, &err),
                     CT_STATUS_INPUT);
    assert_null(doc);
    assert_string_equal(err.path, "/dev/zero");
    assert_non_null(strstr(err.message, "NUL byte at offset 0"));

    ct_error_clear(&err);
    assert_int_equal(ct_document_read("no-such-file.txt", NULL, &doc, &err),
                     CT_STATUS_IO);
    assert_string_equal(err.path, "no-such-file.txt");

    char dir[] = "/tmp/ct-doc-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64];
    snprintf(path, sizeof path, "%s/a.txt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("Line one\n\nLine two\n", f);
    fclose(f);
    ct_error_clear(&err);
    assert_int_equal(ct_document_read(path, NULL, &doc, &err), CT_STATUS_OK);
    assert_text(doc, "Line one\n\nLine two\n");
    assert_at(doc, "two", 0, 3, 6);
    ct_document_free(doc);
    /* A file over the cap is refused before it is read. */
    ct_document_options opt;
    ct_document_options_init(&opt);
    opt.max_bytes = 5;
    ct_error_clear(&err);
    assert_int_equal(ct_document_read(path, &opt, &doc, &err), CT_STATUS_INPUT);
    assert_non_null(strstr(err.message, "larger than 5 bytes"));
    unlink(path);
    rmdir(dir);
}

/* ---- HTML -------------------------------------------------------------- */

static void test_html_visible_text(void **state)
{
    (void)state;
    static const read_case k = {
        "<!DOCTYPE html>\n"                                         /* 1 */
        "<html><head><title>Rose 50%</title>\n"                     /* 2 */
        "<style>p { color: red }</style></head>\n"                  /* 3 */
        "<body><nav>Home | up 12% from 1 to 2</nav>\n"              /* 4 */
        "<script>var a = '<p>rose 9%</p>';</script>\n"              /* 5 */
        "<h1>Crime &amp; safety</h1>\n"                             /* 6 */
        "<p>Total crime rose from 33,524 to\n"                      /* 7 */
        "   34,556<sup>1</sup>, an increase of&nbsp;3.1%.</p>\n"    /* 8 */
        "<div hidden>fell 4%</div><p style=\"display: none\">x</p>\n"/* 9 */
        "<div>Line one<br>line two</div>\n"                         /* 10 */
        "<ul><li>First</li><li>Second</li></ul>\n"                  /* 11 */
        "<noscript>enable scripts</noscript><template>t</template>\n"
        "</body></html>\n",
        CT_DOCUMENT_AUTO, CT_DOCUMENT_HTML,
        "Crime & safety\n\n"
        "Total crime rose from 33,524 to\n"
        "34,556\xC2\xB9, an increase of\xC2\xA0" "3.1%.\n\n"
        "Line one\nline two\n\nFirst\n\nSecond\n",
        /* Column: "<h1>" is 4 characters before "Crime"; "rose" is at 16
         * on line 7 ("<p>" then "Total crime "); "34,556" at 4 on line
         * 8. */
        {{"Crime", 0, 6, 5}, {"rose", 0, 7, 16}, {"34,556", 0, 8, 4},
         {"line two", 0, 10, 18}, {"Second", 0, 11, 23}}};
    expect_read(&k);
}

static void test_html_tables(void **state)
{
    (void)state;
    /* Short cells: a row is a Markdown row of its own paragraph; an empty
     * cell keeps its place.  A cell of long text is read as a block. */
    static const read_case k = {
        "<html><body><table>\n"
        "<caption>Table 1</caption>\n"
        "<tr><th>Offence</th><th>2014</th><th>2015</th></tr>\n"
        "<tr><td>Burglary</td><td>3,120</td><td>3,342</td></tr>\n"
        "<tr><td><b>Robbery</b></td><td></td><td>&minus;400</td></tr>\n"
        "</table>\n<table><tr><td><p>A long paragraph laid out in a table "
        "cell.</p></td><td>Side</td></tr></table></body></html>\n",
        CT_DOCUMENT_HTML, CT_DOCUMENT_HTML,
        "Table 1\n\n| Offence | 2014 | 2015 |\n\n"
        "| Burglary | 3,120 | 3,342 |\n\n"
        "| Robbery | - | \xE2\x88\x92" "400 |\n\n"
        "A long paragraph laid out in a table cell.\n\nSide\n",
        {{"| Burglary", 0, 4, 7}}};
    expect_read(&k);
}

/* libxml2 keeps 16-bit line numbers: past line 65534 the lines are still
 * right.  Line 1 opens the page, lines 2 to 70001 hold "<p>filler &amp;
 * x</p>", line 70002 "<p>Crime" and 70003 the rest of the sentence,
 * 70004 a table row ("Burglary" at column 16, so its "| " at 14). */
static void test_html_long_page(void **state)
{
    (void)state;
    const char *filler = "<p>filler &amp; x</p>\n";
    const char *tail = "<p>Crime\nrose 5%.</p>\n<table><tr><td>Burglary</td>"
                       "<td>3,120</td></tr></table>\n";
    size_t n = 20 + 70000 * strlen(filler) + strlen(tail);
    char *page = malloc(n);
    assert_non_null(page);
    strcpy(page, "<html><body>\n");
    char *p = page + strlen(page);
    for (int i = 0; i < 70000; i++) {
        strcpy(p, filler);
        p += strlen(filler);
    }
    strcpy(p, tail);
    ct_document *doc = read_as(page, CT_DOCUMENT_HTML, NULL);
    assert_at(doc, "filler", 0, 2, 4);
    assert_at(doc, "Crime", 0, 70002, 4);
    assert_at(doc, "rose", 0, 70003, 1);
    assert_at(doc, "| Burglary", 0, 70004, 14);
    ct_document_free(doc);
    free(page);
}

static void test_html_encodings(void **state)
{
    (void)state;
    /* A declared Windows-1252 page: 0xE9 is é, 0x80 the euro sign. */
    ct_document *doc = read_as("<html><head><meta charset=\"windows-1252\">"
                               "</head><body><p>Caf\xE9 \x80" "5</p></body>"
                               "</html>", CT_DOCUMENT_AUTO, NULL);
    assert_text(doc, "Caf\xC3\xA9 \xE2\x82\xAC" "5\n");
    ct_document_free(doc);

    /* A Windows-1252 page holding 0x9D, a byte the code page leaves
     * unassigned (a UTF-8 closing quote, E2 80 9D, saved as Windows-1252
     * by a content system): read as browsers read it, U+009D, and the
     * rest of the page kept.  (libxml2's own converter stopped there and
     * the page had no text at all.) */
    doc = read_as("<html><head><meta charset=\"windows-1252\"></head><body>"
                  "<p>\x93robo\x9D pasaron de 47.897 a 50.288</p><p>Fin</p>"
                  "</body></html>", CT_DOCUMENT_AUTO, NULL);
    assert_text(doc, "\xE2\x80\x9Crobo\xC2\x9D pasaron de 47.897 a 50.288\n\n"
                     "Fin\n");
    ct_document_free(doc);

    /* No charset and a byte that is not UTF-8: Windows-1252, warned. */
    warning_log log = {0, ""};
    doc = read_as("<html><body>\n<p>A\xF1o 2015</p></body></html>",
                  CT_DOCUMENT_AUTO, &log);
    assert_text(doc, "A\xC3\xB1o 2015\n");
    assert_int_equal(log.n, 1);
    assert_non_null(strstr(log.last, "in.txt:2:5: byte 0xF1"));
    ct_document_free(doc);

    /* Declared UTF-8 with a bad byte on line 3: an error there. */
    const char *bad = "<html><head><meta charset=utf-8></head>\n<body>\n"
                      "<p>A\xF1o</p></body></html>";
    ct_document_options opt;
    ct_document_options_init(&opt);
    assert_refused(bad, strlen(bad), &opt, CT_STATUS_INPUT,
                   "byte 0xF1 is not valid UTF-8; expected UTF-8 as the "
                   "page declares", 3);

    /* Bytes the declared encoding cannot read end the page's text in
     * libxml2: an error naming them, not a page cut short in silence
     * (0x82 0xFF is no Shift JIS character). */
    const char *sjis = "<html><head><meta charset=\"shift_jis\"></head>"
                       "<body><p>Up 10% from 100 to 110 \x82\xFF\x82 end</p>"
                       "<p>Down 5% from 200 to 190.</p></body></html>";
    assert_refused(sjis, strlen(sjis), &opt, CT_STATUS_INPUT,
                   "bytes that are not shift_jis (input conversion failed",
                   0);
}

static void test_type_detection(void **state)
{
    (void)state;
    assert_parses_to(ct_document_type, ct_document_type_parse, "PDF",
                     CT_DOCUMENT_PDF);
    assert_parses_to(ct_document_type, ct_document_type_parse, "md",
                     CT_DOCUMENT_TEXT);
    ct_document_type t;
    assert_false(ct_document_type_parse("docx", &t));
    assert_string_equal(ct_document_type_name(CT_DOCUMENT_HTML), "html");

    /* Markup in text is not a page; a page after a BOM and blanks is. */
    ct_document *doc = read_as("<b>rose</b> 5%\n", CT_DOCUMENT_AUTO, NULL);
    assert_int_equal(ct_document_type_of(doc), CT_DOCUMENT_TEXT);
    ct_document_free(doc);
    doc = read_as("\xEF\xBB\xBF\n  <!doctype HTML><p>x</p>", CT_DOCUMENT_AUTO,
                  NULL);
    assert_int_equal(ct_document_type_of(doc), CT_DOCUMENT_HTML);
    ct_document_free(doc);
    /* Forced to text, a page is read as it is written. */
    doc = read_as("<html><p>x</p></html>\n", CT_DOCUMENT_TEXT, NULL);
    assert_text(doc, "<html><p>x</p></html>\n");
    ct_document_free(doc);
}

/* ---- PDF --------------------------------------------------------------- */

/* A stand-in for pdftotext that prints the "PDF" it is given without its
 * first and last lines (%PDF-1.4 and %%EOF): the text layout of each test
 * is written out in full.  pdftotext's arguments are -layout -enc UTF-8
 * -eol unix FILE -, so the file is the sixth. */
static char fake_dir[] = "/tmp/ct-pdf-XXXXXX";
static char fake_prog[64];

static int make_fake(void **state)
{
    (void)state;
    if (mkdtemp(fake_dir) == NULL)
        return -1;
    snprintf(fake_prog, sizeof fake_prog, "%s/fake-pdftotext", fake_dir);
    FILE *f = fopen(fake_prog, "w");
    if (f == NULL)
        return -1;
    fputs("#!/bin/sh\nsed -e '1d' -e '$d' \"$6\"\n", f);
    fclose(f);
    return chmod(fake_prog, 0755);
}

static int remove_fake(void **state)
{
    (void)state;
    unlink(fake_prog);
    rmdir(fake_dir);
    return 0;
}

static ct_document *read_pdf_layout(const char *layout)
{
    char in[4096];
    snprintf(in, sizeof in, "%%PDF-1.4\n%s%%%%EOF\n", layout);
    ct_document_options opt;
    ct_document_options_init(&opt);
    opt.pdftotext = fake_prog;
    ct_document *doc = NULL;
    ct_error err = CT_ERROR_INIT;
    if (ct_document_read_memory(in, strlen(in), "in.pdf", &opt, &doc,
                                &err) != CT_STATUS_OK) {
        char buf[700];
        print_error("read failed: %s\n", ct_error_format(&err, buf,
                                                         sizeof buf));
        fail();
    }
    assert_int_equal(ct_document_type_of(doc), CT_DOCUMENT_PDF);
    return doc;
}

/* Running headers and footers, and page numbers, are dropped. */
static void test_pdf_pages(void **state)
{
    (void)state;
    static const read_case cases[] = {
        /* Three pages, each with the running header "Demoshire CSP  Page
         * N of 3" and footer "Strategic assessment 2015"; the sentence on
         * page 1 runs on to page 2 ("an" / "increase"); page 2 has a
         * table; page 3 ends with a lone page number. */
        {"  Demoshire CSP                Page 1 of 3\n"          /* 1:1 */
         "\n"
         "  Total crime rose from 33,524 to 34,556, an\n"        /* 1:3 */
         "\n"
         "  Strategic assessment 2015\n"                         /* 1:5 */
         "\f  Demoshire CSP                Page 2 of 3\n"        /* 2:1 */
         "  increase of 3.1%.\n"                                 /* 2:2 */
         "     Burglary      3,120      3,342      +7%\n"        /* 2:3 */
         "  Robbery fell.\n"                                     /* 2:4 */
         "  Strategic assessment 2015\n"                         /* 2:5 */
         "\f  Demoshire CSP                Page 3 of 3\n"        /* 3:1 */
         "  The end.\n"                                          /* 3:2 */
         "  Strategic assessment 2015\n"                         /* 3:3 */
         "                    17\n"                              /* 3:4 */
         "\f",
         CT_DOCUMENT_PDF, CT_DOCUMENT_PDF,
         "Total crime rose from 33,524 to 34,556, an\n"
         "increase of 3.1%.\n\n"
         "Burglary      3,120      3,342      +7%\n\n"
         "Robbery fell.\n\nThe end.\n",
         /* Page 2 line 3: 5 spaces, "Burglary" (columns 6-13), 6 spaces,
          * "3,120" (20-24), 6 spaces (25-30): "3,342" starts at column
          * 31. */
         {{"Total", 1, 3, 3}, {"increase", 2, 2, 3}, {"3,342", 2, 3, 31},
          {"The end", 3, 2, 3}}},
        /* Two pages: a line at the top of both is a running header; page
         * numbers at the top or bottom of a page are dropped ("- 1 -",
         * "iv"), and a line in the middle of both pages is kept. */
        {"Summary\nRose 5%.\nNotes\nEnd 1.\n- 1 -\n\fSummary\nFell 2%.\n"
         "Notes\nEnd 2.\niv\n\f",
         CT_DOCUMENT_PDF, CT_DOCUMENT_PDF,
         "Rose 5%.\nNotes\nEnd 1.\n\nFell 2%.\nNotes\nEnd 2.\n",
         {{NULL, 0, 0, 0}}},
        /* A short line over a quoted sentence is its heading: the quote
         * mark before the capital does not join them. */
        {"Item 12\n\"De los 3.954 homicidios, 470 fueron de mujeres, el "
         "11,9%\", dijo.\n\f",
         CT_DOCUMENT_PDF, CT_DOCUMENT_PDF,
         "Item 12\n\n\"De los 3.954 homicidios, 470 fueron de mujeres, el "
         "11,9%\", dijo.\n",
         {{NULL, 0, 0, 0}}},
        /* A full line that stops mid-sentence on a word at the foot of a
         * page runs on to the next page, though that starts with a
         * capital ("después de" / "Navarra"); a short one, a heading, does
         * not. */
        {"Canarias registra una tasa de 22,1 por cada 10.000 mujeres, la "
         "quinta mas alta del Estado despues de\n"
         "file:///report.html   9/12\n"
         "\fNavarra (30,1). La media nacional fue de 17,5.\n"
         "file:///report.html  10/12\n"
         "\fEn cifras de\nfile:///report.html  11/12\n"
         "\fNavarra sube.\nfile:///report.html  12/12\n\f",
         CT_DOCUMENT_PDF, CT_DOCUMENT_PDF,
         "Canarias registra una tasa de 22,1 por cada 10.000 mujeres, la "
         "quinta mas alta del Estado despues de\n"
         "Navarra (30,1). La media nacional fue de 17,5.\n\nEn cifras de\n\n"
         "Navarra sube.\n",
         {{NULL, 0, 0, 0}}},
        /* A footer whose page number grows a digit ("9/12", "10/12") is
         * still one running line: the number counts as one figure,
         * however many digits it has.  Left in, "9/12" would read as a
         * figure of the text. */
        {"Burglary rose 5%.\nfile:///report.html   9/12\n"
         "\fRobbery fell 2%.\nfile:///report.html  10/12\n"
         "\fArson rose 3%.\nfile:///report.html  11/12\n"
         "\fFraud fell 1%.\nfile:///report.html  12/12\n\f",
         CT_DOCUMENT_PDF, CT_DOCUMENT_PDF,
         "Burglary rose 5%.\n\nRobbery fell 2%.\n\nArson rose 3%.\n\n"
         "Fraud fell 1%.\n",
         {{NULL, 0, 0, 0}}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++)
        expect_read(&cases[i]);
}

/* A page in two columns as pdftotext -layout prints it: each left line
 * padded to 35 characters, then the right one.  The left column is read,
 * then the right (after a paragraph break); "Burglary" starts at column
 * 36 of line 1. */
static void test_pdf_two_columns(void **state)
{
    (void)state;
    static const char *const left[] = {
        "Total crime rose from 790 to", "1,233, an increase of 56%. It",
        "was the largest rise in the", "county since records began.", "",
        "Robbery fell by 5% in the", "town centre over the year."};
    static const char *const right[] = {
        "Burglary fell from 3,342 to", "3,120, a fall of 6.6%, after",
        "a campaign on locks and on", "lighting in the worst streets.", "",
        "Vehicle crime fell from 2,210", "to 2,044 in the same period."};
    char layout[2048] = "";
    for (size_t i = 0; i < 7; i++) {
        char row[128];
        if (left[i][0] == '\0')
            snprintf(row, sizeof row, "\n");
        else
            snprintf(row, sizeof row, "%-35s%s\n", left[i], right[i]);
        strcat(layout, row);
    }
    ct_document *doc = read_pdf_layout(layout);
    assert_text(doc, "Total crime rose from 790 to\n"
                     "1,233, an increase of 56%. It\n"
                     "was the largest rise in the\n"
                     "county since records began.\n\n"
                     "Robbery fell by 5% in the\n"
                     "town centre over the year.\n\n"
                     "Burglary fell from 3,342 to\n"
                     "3,120, a fall of 6.6%, after\n"
                     "a campaign on locks and on\n"
                     "lighting in the worst streets.\n\n"
                     "Vehicle crime fell from 2,210\n"
                     "to 2,044 in the same period.\n");
    assert_at(doc, "Burglary", 1, 1, 36);
    assert_at(doc, "to 2,044", 1, 7, 36);
    assert_at(doc, "town", 1, 7, 1);
    ct_document_free(doc);

    /* The same lines with a single blank between the columns are not
     * columns: nothing is moved. */
    layout[0] = '\0';
    for (size_t i = 0; i < 7; i++) {
        char row[128];
        snprintf(row, sizeof row, "%s %s\n", left[i], right[i]);
        strcat(layout, row);
    }
    doc = read_pdf_layout(layout);
    assert_non_null(strstr(ct_document_text(doc, NULL),
                           "Total crime rose from 790 to Burglary fell"));
    ct_document_free(doc);
}

static void test_pdf_refused(void **state)
{
    (void)state;
    ct_document_options opt;
    ct_document_options_init(&opt);
    opt.pdftotext = fake_prog;
    /* No %%EOF at the end: truncated, pdftotext is not run. */
    const char *cut = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nstream\nxx";
    assert_refused(cut, strlen(cut), &opt, CT_STATUS_INPUT,
                   "truncated PDF: no %%EOF marker", 0);
    /* A program that is not there. */
    opt.pdftotext = "/nonexistent/pdftotext";
    const char *ok = "%PDF-1.4\nx\n%%EOF\n";
    assert_refused(ok, strlen(ok), &opt, CT_STATUS_INPUT,
                   "cannot read a PDF without /nonexistent/pdftotext "
                   "(install poppler-utils)", 0);
    /* pdftotext failing (here: false) says the PDF cannot be read. */
    opt.pdftotext = "false";
    assert_refused(ok, strlen(ok), &opt, CT_STATUS_INPUT,
                   "the PDF cannot be read", 0);
    /* No text at all. */
    opt.pdftotext = fake_prog;
    const char *empty = "%PDF-1.4\n\f\f\n%%EOF\n";
    assert_refused(empty, strlen(empty), &opt, CT_STATUS_INPUT,
                   "the PDF holds no text", 0);
    /* Forced to PDF, text without a header is refused. */
    opt.type = CT_DOCUMENT_PDF;
    assert_refused("hello", 5, &opt, CT_STATUS_INPUT, "not a PDF", 0);
}

/* The real pdftotext on the county summary Chromium printed (two pages,
 * with its date, title, file and page footer on each). */
static void test_pdf_real(void **state)
{
    (void)state;
    if (system("command -v pdftotext >/dev/null 2>&1") != 0) {
        print_message("skipped: no pdftotext\n");
        skip();
    }
    ct_document *doc = NULL;
    ct_error err = CT_ERROR_INIT;
    assert_int_equal(ct_document_read("tests/data/check/formats/"
                                      "county-summary.pdf", NULL, &doc, &err),
                     CT_STATUS_OK);
    const char *text = ct_document_text(doc, NULL);
    assert_null(strstr(text, "file:"));
    assert_null(strstr(text, "Demoshire County Council\n"));
    assert_non_null(strstr(text, "\n\nBurglary "));
    /* "Acquisitive crime" opens page 2 after Chromium's header line. */
    assert_at(doc, "Acquisitive", 2, 5, 2);
    ct_document_free(doc);

    /* The first half of it is truncated. */
    FILE *f = fopen("tests/data/check/formats/county-summary.pdf", "rb");
    assert_non_null(f);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    ct_document_options opt;
    ct_document_options_init(&opt);
    assert_refused(buf, n / 2, &opt, CT_STATUS_INPUT, "truncated PDF", 0);
    /* Junk between a header and an end marker is damaged. */
    const char *junk = "%PDF-1.4\n\x01\x02garbage\xff\n%%EOF\n";
    assert_refused(junk, strlen(junk), &opt, CT_STATUS_INPUT,
                   "the PDF cannot be read", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_paragraphs),
        cmocka_unit_test(test_encodings),
        cmocka_unit_test(test_binary_and_limits),
        cmocka_unit_test(test_read_files),
        cmocka_unit_test(test_html_visible_text),
        cmocka_unit_test(test_html_tables),
        cmocka_unit_test(test_html_long_page),
        cmocka_unit_test(test_html_encodings),
        cmocka_unit_test(test_type_detection),
        cmocka_unit_test(test_pdf_pages),
        cmocka_unit_test(test_positions_in_any_order),
        cmocka_unit_test(test_pdf_two_columns),
        cmocka_unit_test(test_pdf_refused),
        cmocka_unit_test(test_pdf_real),
    };
    return cmocka_run_group_tests_name("document", tests, make_fake,
                                       remove_fake);
}
