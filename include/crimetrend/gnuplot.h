/* gnuplot.h - charts as gnuplot scripts with their data files: each
 * district against its most similar areas, its trend, funnel plots, XmR
 * charts and county overviews; safe quoting of names that come from data,
 * and safe file names.
 *
 * The module writes text to the FILE *s it is given.  It never runs
 * gnuplot and never opens a file: the caller owns paths, temporary files
 * and rename(), and runs gnuplot (crimetrend plot does all three).
 *
 * Safety rules (STYLE Part 2 §6).  gnuplot runs back-quoted commands and
 * system(), expands @macros, and gives ^ _ @ & { } special meanings in
 * enhanced text.  So:
 *   - every string from the data (area, offence, the source name) is
 *     written only by ct_gnuplot_quote, inside single-quoted gnuplot
 *     strings, where gnuplot substitutes nothing and a backslash is an
 *     ordinary character; a single quote is a separate "'" piece joined
 *     by concatenation; control characters (U+0000 to U+001F,
 *     U+007F and U+0080 to U+009F, so a newline, which would end the
 *     command, and a tab) are shown as a space;
 *   - every text element is marked noenhanced, and the scripts also switch
 *     enhanced text off for the whole terminal;
 *   - names never appear in comments (a comment ending in a backslash
 *     would swallow the next line);
 *   - gnuplot reads only numbers from the data files: a CSV file carries
 *     the names for people, in its last columns and CSV-quoted, but tic
 *     labels, titles and point labels come from the script;
 *   - file names are slugs of [a-z0-9-] with a hash of the exact names,
 *     which cannot leave the output folder and cannot collide.
 *
 * Every chart has a title saying what, where and when, axis labels with
 * units ("crimes per 1,000 residents"), a legend, and a footnote giving the
 * source and the method.  A script draws its chart alone ("gnuplot
 * NAME.gp" in its folder writes NAME.png) and also inside a batch, where
 * the caller has set the terminal and the output and defined the variable
 * ct_batch.
 *
 * Where it sits: tables/charts/doc (... -> compare/trend/funnel ->
 * tables/charts/doc -> check): the scripts of the charts chart.h plans.
 *
 *     char buf[64];
 *     ct_gnuplot_quote("O'Brien", buf, sizeof buf);
 *     // 'O' . "'" . 'Brien'  (the quote is a piece of its own)
 *     (asserted by test_quote_single_quote_is_its_own_piece in
 *     tests/unit/test_gnuplot.c)
 */
#ifndef CRIMETREND_GNUPLOT_H
#define CRIMETREND_GNUPLOT_H

#include <stdio.h>
#include <stddef.h>
#include <stdbool.h>
#include "crimetrend/error.h"
#include "crimetrend/dataset.h"
#include "crimetrend/tables.h"
#include "crimetrend/chart.h"

/* ---- quoting and names ----------------------------------------------- */

/* Writes 's' as a gnuplot string expression into 'buf': the only way text
 * reaches a script.  Runs of text go inside single quotes (where gnuplot
 * substitutes nothing, so \ " ` $ @ & are ordinary characters); each
 * single quote is its own double-quoted piece "'" joined with gnuplot's
 * '.' (a doubled quote at either end of a single-quoted string breaks
 * gnuplot 5.4); each control character (bytes 0x00-0x1F and 0x7F, and the
 * UTF-8 C1 controls U+0080-U+009F, so a newline that would end the
 * command, a tab, a CR) becomes one space; every other byte (UTF-8) is
 * copied.  "O'Brien" -> 'O' . "'" . 'Brien';  "'R" -> "'" . 'R';
 * "a\nb" -> 'a b';  "\\" -> '\'.  Returns the length of the full result
 * (as snprintf does); the output is truncated to 'size' and always
 * NUL-terminated when size > 0.  NULL and "" are written as ''. */
size_t ct_gnuplot_quote(const char *s, char *buf, size_t size);

/* Longest name ct_gnuplot_slug writes for up to 4 parts, without the
 * extension: 4 parts of 40 characters, 3 dashes, a dash and 8 hex
 * digits, and room for a "-N" suffix added to break a tie. */
#define CT_GNUPLOT_NAME_MAX 200

/* A file name (without extension) for the parts of a key, e.g. {"peers",
 * "Ynys Môn", "Shoplifting"} -> "peers-ynys-mon-shoplifting-1b0c8a2e".
 * Each part is lowercased and transliterated (Latin-1 letters and Welsh ŵ
 * ŷ to their base letter, ß to ss, æ to ae, ø to o), every run of other
 * characters becomes one '-', leading and trailing dashes are dropped,
 * and the part is cut to 40 characters; empty parts are left out.  The
 * hash is 32 bits of FNV-1a over the exact bytes of every part, each
 * followed by a NUL, so names that slug alike ("Ynys Môn", "ynys mon")
 * get different names.  The result matches [a-z0-9]+(-[a-z0-9]+)*: no
 * '/', no '.', never empty.  Returns the full length (as snprintf);
 * truncated to 'size'. */
size_t ct_gnuplot_slug(const char *const *parts, size_t n_parts, char *buf,
                       size_t size);

/* True when 'name' is a safe file name inside an output folder: 1 to 250
 * characters of [a-z0-9.-], not starting with '.' or '-', with no "..".
 * The caller checks every name it writes with it before joining it to
 * the folder. */
bool ct_gnuplot_name_is_safe(const char *name);

/* ---- terminals --------------------------------------- */

typedef enum ct_gnuplot_terminal {
    CT_GNUPLOT_PNG,  /* pngcairo */
    CT_GNUPLOT_SVG,  /* svg */
    CT_GNUPLOT_PDF   /* pdfcairo */
} ct_gnuplot_terminal;

/* Parses "png", "svg", "pdf". */
bool ct_gnuplot_terminal_parse(const char *s, ct_gnuplot_terminal *out);

/* "png", "svg", "pdf": the file extension.  Static string. */
const char *ct_gnuplot_terminal_extension(ct_gnuplot_terminal t);

/* Chart size: pixels for PNG and SVG; for PDF the same at 100 pixels an
 * inch (8 by 4.5 inches). */
#define CT_GNUPLOT_WIDTH CT_CHART_WIDTH
#define CT_GNUPLOT_HEIGHT CT_CHART_HEIGHT

/* Writes the "set terminal ..." command for 't' at the chart size, with
 * enhanced text off, followed by a newline. */
void ct_gnuplot_write_terminal(FILE *out, ct_gnuplot_terminal t);

/* Writes a batch driver for gnuplot to read on its standard input, in the
 * output folder: sets the terminal, defines ct_batch, then for each name
 * in 'names' (each must pass ct_gnuplot_name_is_safe) renders NAME.gp
 * into TMPDIR/NAME.EXT, where TMPDIR is 'tmpdir' (a safe relative folder
 * name), and prints one line to standard output:
 *     ct-status ERRNO NAME MESSAGE
 * where ERRNO is gnuplot's GPVAL_ERRNO after the chart (0: drawn) and
 * MESSAGE its GPVAL_ERRMSG.  gnuplot reading commands from its standard
 * input goes on after an error, so one bad chart does not stop the batch;
 * the caller renames each drawn file into place and treats a chart with
 * no status line (gnuplot died) as not drawn.  CT_STATUS_USAGE for an unsafe
 * name; CT_STATUS_IO when the stream reports an error. */
ct_status ct_gnuplot_write_driver(FILE *out, ct_gnuplot_terminal t,
                                  const char *tmpdir,
                                  const char *const *names, size_t n_names,
                                  ct_error *err);

/* Writes chart i of 's' as gnuplot: its script (which, run alone, draws
 * on terminal 't') to 'script' and its data files to data[0]
 * (and data[1] for a funnel).  CT_STATUS_IO when a stream reports an
 * error. */
ct_status ct_gnuplot_write_chart(const ct_chart_set *s, size_t i,
                                 ct_gnuplot_terminal t, FILE *script,
                                 FILE *const *data, ct_error *err);

#endif
