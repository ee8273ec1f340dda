/* gnuplot.c - planned charts (chart.c) written as gnuplot scripts and
 * CSV data files: quoting, file names and script text.  This file is the only place
 * that knows gnuplot; it writes to FILE *s it is given and never runs
 * gnuplot or opens a file.  The safety rules are in gnuplot.h. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/gnuplot.h"
#include "crimetrend/funnel.h"
#include "crimetrend/number.h"
#include "crimetrend/tables.h"
#include "crimetrend/trend.h"
#include "error_set.h"
#include "chart_set.h"
#include "names.h"

/* ---- quoting ----------------------------------------------------------- */

/* The replacement for the character at '*p' inside a quoted string, with
 * '*p' advanced past it: a control character (C0, DEL or a UTF-8 C1
 * control) becomes a space; 'quote' is doubled; any other byte stands for
 * itself (written to 'one'). */
static const char *quoted_piece(const unsigned char **p, char quote,
                                char one[2])
{
    unsigned char c = **p;
    if (c < 0x20 || c == 0x7f) {
        (*p)++;
        return " ";
    }
    if (c == 0xc2 && (*p)[1] >= 0x80 && (*p)[1] <= 0x9f) {
        *p += 2;
        return " ";
    }
    (*p)++;
    if (c == (unsigned char)quote)
        return "\"\""; /* only CSV fields double their quote */
    one[0] = (char)c;
    one[1] = '\0';
    return one;
}

/* Appends 'piece' to buf (truncating at size - 1); counts every byte. */
static void append(char *buf, size_t size, size_t *n, const char *piece)
{
    for (; *piece; piece++, (*n)++)
        if (*n + 1 < size)
            buf[*n] = *piece;
}

/* The one place that turns text into gnuplot syntax.  A single-quoted
 * gnuplot string substitutes nothing (no backslash escapes, no back-quoted
 * commands, no @macros), so every other character is safe inside one.
 * The single quote itself is not written doubled ('O''Brien'): gnuplot
 * 5.4 reads a doubled quote at the start or the end of a string as an
 * empty string followed by a stray token, so "'R" would break the script.
 * Instead each quote is its own double-quoted piece, "'", which holds no
 * backslash, back quote or @, and the pieces are joined with gnuplot's
 * string concatenation:  O'Brien -> 'O' . "'" . 'Brien'. */
size_t ct_gnuplot_quote(const char *s, char *buf, size_t size)
{
    const unsigned char *p = (const unsigned char *)(s != NULL ? s : "");
    size_t n = 0;
    char one[2];
    bool open = false, any = false;
    while (*p) {
        if (*p == '\'') {
            append(buf, size, &n, open ? "' . \"'\"" : any ? " . \"'\""
                                                            : "\"'\"");
            open = false;
            any = true;
            p++;
            continue;
        }
        if (!open)
            append(buf, size, &n, any ? " . '" : "'");
        open = any = true;
        append(buf, size, &n, quoted_piece(&p, '\0', one));
    }
    if (open)
        append(buf, size, &n, "'");
    else if (!any)
        append(buf, size, &n, "''");
    if (size > 0)
        buf[n < size ? n : size - 1] = '\0';
    return n;
}

/* Writes 's' quoted with 'quote' (" for a CSV field). */
static void put_quoted_with(FILE *f, const char *s, char quote)
{
    const unsigned char *p = (const unsigned char *)(s != NULL ? s : "");
    char one[2];
    putc(quote, f);
    while (*p)
        fputs(quoted_piece(&p, quote, one), f);
    putc(quote, f);
}

/* A gnuplot string: every name and text reaches a script through here,
 * and so through ct_gnuplot_quote. */
static void put_q(FILE *f, const char *s)
{
    char small[512];
    size_t n = ct_gnuplot_quote(s, small, sizeof small);
    if (n < sizeof small) {
        fputs(small, f);
        return;
    }
    char *big = malloc(n + 1);
    if (big == NULL) {
        /* Nothing partial: an empty string keeps the script valid. */
        fputs("''", f);
        return;
    }
    ct_gnuplot_quote(s, big, n + 1);
    fputs(big, f);
    free(big);
}

/* A CSV field: always double-quoted, " doubled, controls as spaces (so a
 * record is always one line). */
static void put_csv_text(FILE *f, const char *s)
{
    put_quoted_with(f, s, '"');
}

/* Writes text of several lines (broken at '\n') as a gnuplot string
 * expression: each line quoted, joined with "\n":
 * 'Violence and' . "\n" . 'sexual offences'. */
static void put_lines(FILE *f, const char *text)
{
    const char *p = text;
    for (;;) {
        size_t len = strcspn(p, "\n");
        char *line = malloc(len + 1);
        if (line != NULL) {
            memcpy(line, p, len);
            line[len] = '\0';
            put_q(f, line);
            free(line);
        } else {
            put_q(f, "");
        }
        if (p[len] == '\0')
            break;
        fputs(" . \"\\n\" . ", f);
        p += len + 1;
    }
}

/* Writes 's' wrapped by the planner's rule (ctp_chart_wrap) when 'f' is
 * not NULL; returns the number of lines. */
static size_t wrap_text(FILE *f, const char *s, size_t width,
                        size_t max_lines)
{
    size_t lines = 1;
    char *w = ctp_chart_wrap(s, width, max_lines, &lines);
    if (f != NULL)
        put_lines(f, w != NULL ? w : "");
    free(w);
    return lines;
}

static void put_wrapped(FILE *f, const char *s, size_t width,
                        size_t max_lines)
{
    wrap_text(f, s, width, max_lines);
}

/* The legend entry 'k' of the plan (then k + 1): "title '...'
 * noenhanced", the name wrapped as the planner measured it. */
static void put_title(FILE *f, const ct_chart *c, size_t *k)
{
    if (*k >= c->n_legend) {
        fputs("notitle", f);
        return;
    }
    fputs("title ", f);
    wrap_text(f, c->legend[(*k)++], CT_CHART_KEY_WIDTH, 2);
    fputs(" noenhanced", f);
}

/* One more series of a plot command: the break after the one before,
 * 'spec' (how gnuplot draws it) and the next legend entry. */
static void put_series(FILE *f, const ct_chart *c, size_t *key,
                       const char *spec)
{
    fputs(", \\\n     ", f);
    fputs(spec, f);
    put_title(f, c, key);
}

/* Tic k of a "set ytics (...)" list: the name wrapped to 'width'
 * characters and 'max_lines' lines, at y = k + 1. */
static void put_ytic(FILE *f, size_t k, const char *name, size_t width,
                     size_t max_lines)
{
    if (k > 0)
        fputs(", ", f);
    wrap_text(f, name, width, max_lines);
    fprintf(f, " %zu", k + 1);
}

/* "set key spacing" for rows as tall as the plan's tallest entry. */
static void put_key_spacing(FILE *f, const ct_chart *c)
{
    fprintf(f, "set key spacing %.2f\n",
            1.15 * (double)(c->legend_lines ? c->legend_lines : 1));
}

/* The frame of a chart whose key stands to the right of the plot, with
 * room below for the source and method lines. */
static void put_side_key(FILE *f, const ct_chart *c)
{
    fputs("set bmargin 6.5\n"
          "set rmargin at screen 0.73\n"
          "set key at screen 0.745, graph 1 left top vertical Left reverse\n",
          f);
    put_key_spacing(f, c);
}

/* The axis titles of the plan. */
static void put_axis_labels(FILE *f, const ct_chart *c)
{
    if (c->x_label != NULL) {
        fputs("set xlabel ", f);
        put_q(f, c->x_label);
        fputs(" noenhanced\n", f);
    }
    if (c->y_label != NULL) {
        fputs("set ylabel ", f);
        put_q(f, c->y_label);
        fputs(" noenhanced\n", f);
    }
}

/* A number for a script: 15 significant digits, NaN when missing. */
static void put_num(FILE *f, double x)
{
    char buf[48];
    if (!isfinite(x))
        fputs("NaN", f);
    else
        fputs(ct_number_format_raw(x, buf, sizeof buf), f);
}

/* A number for a CSV file: empty when missing (gnuplot skips the point). */
static void put_csv_num(FILE *f, double x)
{
    char buf[48];
    if (isfinite(x))
        fputs(ct_number_format_raw(x, buf, sizeof buf), f);
}

/* ---- slugs and safe names ---------------------------------------------- */

/* ASCII for U+00C0 to U+00FF; "" where the character is not a letter. */
static const char *const latin1_ascii[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e",
    "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "",
    "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e",
    "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "",
    "o", "u", "u", "u", "u", "y", "th", "y",
};

/* The ASCII letters for the UTF-8 character at '*p' (advancing '*p'), or
 * "" when it is not a letter or digit (a separator). */
static const char *slug_piece(const unsigned char **p, char one[2])
{
    unsigned char c = **p;
    if (c < 0x80) {
        (*p)++;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            one[0] = (char)c;
        } else if (c >= 'A' && c <= 'Z') {
            one[0] = (char)(c - 'A' + 'a');
        } else {
            return "";
        }
        one[1] = '\0';
        return one;
    }
    /* Length of the UTF-8 sequence from its lead byte; a stray byte is
     * taken alone. */
    size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    for (size_t k = 1; k < len; k++)
        if (((*p)[k] & 0xc0) != 0x80) {
            len = k;
            break;
        }
    const unsigned char *s = *p;
    *p += len;
    if (len == 2 && s[0] == 0xc3)
        return latin1_ascii[s[1] - 0x80];
    /* Welsh: ŵ Ŵ (U+0175, U+0174), ŷ Ŷ Ÿ (U+0177, U+0176, U+0178). */
    if (len == 2 && s[0] == 0xc5 && (s[1] == 0xb4 || s[1] == 0xb5))
        return "w";
    if (len == 2 && s[0] == 0xc5 && s[1] >= 0xb6 && s[1] <= 0xb8)
        return "y";
    return "";
}

#define SLUG_PART_MAX 40

/* Writes the slug of one part into 'out' (room for SLUG_PART_MAX + 1). */
static size_t slug_part(const char *s, char *out)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    bool dash = false;
    char one[2];
    while (*p && n < SLUG_PART_MAX) {
        const char *piece = slug_piece(&p, one);
        if (*piece == '\0') {
            dash = n > 0;
            continue;
        }
        if (dash && n < SLUG_PART_MAX)
            out[n++] = '-';
        dash = false;
        for (; *piece && n < SLUG_PART_MAX; piece++)
            out[n++] = *piece;
    }
    while (n > 0 && out[n - 1] == '-')
        n--;
    out[n] = '\0';
    return n;
}

size_t ct_gnuplot_slug(const char *const *parts, size_t n_parts, char *buf,
                       size_t size)
{
    /* FNV-1a, 64 bits, over each part's bytes and a NUL after each, folded
     * to 32 bits. */
    uint64_t h = 14695981039346656037u;
    size_t n = 0;
    for (size_t i = 0; i < n_parts; i++) {
        const char *s = parts[i] != NULL ? parts[i] : "";
        for (const unsigned char *p = (const unsigned char *)s;; p++) {
            h ^= *p;
            h *= 1099511628211u;
            if (*p == '\0')
                break;
        }
        char part[SLUG_PART_MAX + 1];
        if (slug_part(s, part) == 0)
            continue;
        if (n > 0)
            append(buf, size, &n, "-");
        append(buf, size, &n, part);
    }
    char hash[16];
    snprintf(hash, sizeof hash, "%s%08lx", n > 0 ? "-" : "",
             (unsigned long)((h >> 32) ^ (h & 0xffffffffu)));
    append(buf, size, &n, hash);
    if (size > 0)
        buf[n < size ? n : size - 1] = '\0';
    return n;
}

bool ct_gnuplot_name_is_safe(const char *name)
{
    size_t n = name != NULL ? strlen(name) : 0;
    if (n == 0 || n > 250 || name[0] == '.' || name[0] == '-' ||
        strstr(name, "..") != NULL)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '.'))
            return false;
    }
    return true;
}

/* A terminal's name is also its files' extension.  A new terminal gets
 * its name here and its settings in ct_gnuplot_write_terminal, whose
 * switch the compiler checks for every terminal. */
static const char *const terminal_names[] = {
    [CT_GNUPLOT_PNG] = "png",
    [CT_GNUPLOT_SVG] = "svg",
    [CT_GNUPLOT_PDF] = "pdf",
};

const char *ct_gnuplot_terminal_extension(ct_gnuplot_terminal t)
{
    return (size_t)t < CTP_NAMES_COUNT(terminal_names) ? terminal_names[t]
                                                       : "png";
}

bool ct_gnuplot_terminal_parse(const char *s, ct_gnuplot_terminal *out)
{
    size_t i;
    if (!CTP_NAMES_FIND(terminal_names, s, false, &i))
        return false;
    *out = (ct_gnuplot_terminal)i;
    return true;
}

void ct_gnuplot_write_terminal(FILE *out, ct_gnuplot_terminal t)
{
    switch (t) {
    case CT_GNUPLOT_PNG:
        fprintf(out, "set terminal pngcairo size %d,%d font 'DejaVu Sans,10' "
                "noenhanced\n", CT_GNUPLOT_WIDTH, CT_GNUPLOT_HEIGHT);
        return;
    case CT_GNUPLOT_SVG:
        fprintf(out, "set terminal svg size %d,%d font 'DejaVu Sans,10' "
                "noenhanced background rgb 'white'\n", CT_GNUPLOT_WIDTH,
                CT_GNUPLOT_HEIGHT);
        return;
    case CT_GNUPLOT_PDF:
        /* Cairo sets PNG text at 72 pixels an inch; on an 8-inch page
         * the same proportions need text at 576 / 800 of the size. */
        fprintf(out, "set terminal pdfcairo size %gin,%gin font "
                "'DejaVu Sans,10' fontscale 0.72 noenhanced\n",
                CT_GNUPLOT_WIDTH / 100.0, CT_GNUPLOT_HEIGHT / 100.0);
        return;
    }
}

/* One path component of [A-Za-z0-9._-] (what mkdtemp makes of a plain
 * template), not "." or "..", not starting with '-'. */
static bool is_plain_folder(const char *s)
{
    size_t n = s != NULL ? strlen(s) : 0;
    if (n == 0 || n > 250 || s[0] == '-' || strcmp(s, ".") == 0 ||
        strstr(s, "..") != NULL)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            return false;
    }
    return true;
}

ct_status ct_gnuplot_write_driver(FILE *out, ct_gnuplot_terminal t,
                                  const char *tmpdir,
                                  const char *const *names, size_t n_names,
                                  ct_error *err)
{
    if (!is_plain_folder(tmpdir))
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "unsafe folder name for rendering");
    for (size_t i = 0; i < n_names; i++)
        if (!ct_gnuplot_name_is_safe(names[i]))
            return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                                 "unsafe chart name '%s'", names[i]);
    const char *ext = ct_gnuplot_terminal_extension(t);
    fputs("# Batch driver written by crimetrend plot, read by gnuplot on its\n"
          "# standard input (where an error does not end the run).  One\n"
          "# status line per chart goes to standard output.\n"
          "set print '-'\n", out);
    ct_gnuplot_write_terminal(out, t);
    fputs("ct_batch = 1\n", out);
    for (size_t i = 0; i < n_names; i++) {
        /* The names are slugs, so nothing needs quoting; they are quoted
         * all the same. */
        char path[CT_GNUPLOT_NAME_MAX + 300];
        snprintf(path, sizeof path, "%s/%s.%s", tmpdir, names[i], ext);
        fputs("reset errors\nset output ", out);
        put_q(out, path);
        snprintf(path, sizeof path, "%s.gp", names[i]);
        fputs("\nload ", out);
        put_q(out, path);
        fputs("\nset output\nprint sprintf('ct-status %d %s %s', GPVAL_ERRNO, ",
              out);
        put_q(out, names[i]);
        fputs(", GPVAL_ERRMSG)\n", out);
    }
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0,
                             "cannot write the batch driver");
    return CT_STATUS_OK;
}

/* ---- the parts every script shares ------------------------------------- */

#define C_AREA "#0072B2"      /* the district: blue (Okabe-Ito) */
#define C_PEER "#B8CCE0"      /* other areas: pale blue */
#define C_AVERAGE "#E69F00"   /* peer average: orange */
#define C_NATIONAL "#555555"  /* national: dark grey, dashed */
#define C_FIT "#D55E00"       /* fitted trend, 99.8% limits: vermilion */
#define C_INTERVAL "#2B2B2B"  /* interval bars */

static void script_header(FILE *f, const ct_chart_set *s,
                          const ct_chart *c, ct_gnuplot_terminal term,
                          const char *what)
{
    const char *ext = ct_gnuplot_terminal_extension(term);
    char data[CT_GNUPLOT_NAME_MAX + 16];
    fprintf(f, "# %s.\n# Written by crimetrend plot.  Data, beside this "
            "script (the first line\n# of each file names its columns):\n",
            what);
    for (size_t k = 0; k < c->n_data; k++) {
        ct_chart_data_name(c, k, data, sizeof data);
        fprintf(f, "#   %s\n", data);
    }
    fprintf(f, "# Names from the data appear only inside single-quoted "
            "strings.  To draw the\n# chart alone, run gnuplot on this "
            "script in this folder; it writes\n#   %s.%s\n", c->name, ext);
    fputs("if (!exists('ct_batch')) {\n    ", f);
    ct_gnuplot_write_terminal(f, term);
    char out_name[CT_GNUPLOT_NAME_MAX + 16];
    snprintf(out_name, sizeof out_name, "%s.%s", c->name, ext);
    fputs("    set output ", f);
    put_q(f, out_name);
    fputs("\n}\n", f);
    fputs("reset\n"
          "set encoding utf8\n"
          "set termoption noenhanced\n"
          "set datafile separator comma\n", f);
    /* The subject as plain strings, for a person reading the script. */
    fputs("chart_area = ", f);
    put_q(f, c->area != NULL ? c->area : "");
    fputs("\nchart_offence = ", f);
    put_q(f, c->offence != NULL ? c->offence : "");
    fputs("\nchart_period = ", f);
    put_q(f, s->period_label);
    fputs("\n", f);
    ct_chart_data_name(c, 0, data, sizeof data);
    fputs("data = ", f);
    put_q(f, data);
    fputs("\n", f);
    if (c->n_data > 1) {
        ct_chart_data_name(c, 1, data, sizeof data);
        fputs("limits = ", f);
        put_q(f, data);
        fputs("\n", f);
    }
    fputs("set border 3 lc rgb '#555555'\n"
          "set tics nomirror out scale 0.6 textcolor rgb '#333333'\n"
          "set key noenhanced nobox samplen 2.5 spacing 1.15 font ',9'\n",
          f);
}

/* Title and the two footnote lines (source, method). */
static void script_texts(FILE *f, const ct_chart *c)
{
    const char *title = c->title, *source_line = c->source_line;
    const char *method_line = c->method_line;
    /* The title sits at the top left, in line with the footnotes, and
     * the top margin makes room for as many lines as it takes. */
    size_t lines = wrap_text(NULL, title, 80, 3);
    fprintf(f, "set tmargin %.1f\n", 1.6 + 1.5 * (double)lines);
    fputs("set label 100 ", f);
    put_wrapped(f, title, 80, 3);
    fputs(" at screen 0.012, screen 0.955 left front font ',13' "
          "textcolor rgb '#1A1A1A' noenhanced\n", f);
    fputs("set label 101 ", f);
    put_q(f, source_line);
    fputs(" at screen 0.012, screen 0.052 left font ',8' textcolor rgb "
          "'#555555' noenhanced\n", f);
    fputs("set label 102 ", f);
    put_q(f, method_line);
    fputs(" at screen 0.012, screen 0.018 left font ',8' textcolor rgb "
          "'#555555' noenhanced\n", f);
}

static ct_status finish(FILE *script, FILE *const *data, size_t n_data,
                        ct_error *err)
{
    bool bad = ferror(script) != 0;
    for (size_t k = 0; k < n_data; k++)
        bad |= ferror(data[k]) != 0;
    return bad ? ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0,
                               "cannot write the chart")
               : CT_STATUS_OK;
}

/* ---- peer comparison --------------------------------------------------- */

typedef struct member {
    const char *name;
    double rate, low, high;
    bool is_area;
} member;

/* Highest rate first, then by name. */
static int cmp_member(const void *a, const void *b)
{
    const member *x = a, *y = b;
    int by_rate = (x->rate < y->rate) - (x->rate > y->rate);
    return by_rate != 0 ? by_rate : strcmp(x->name, y->name);
}

/* A peer script being written: the district's group as drawn (m, the
 * district and its peers with a rate, highest rate first) and the
 * reference lines beside it, which the data file, the script's values
 * and its plot command all read. */
typedef struct peers_script {
    const ct_chart_set *s;
    const ct_chart *c;
    const chart_ref *ref;
    FILE *f;                 /* the script */
    member *m;
    size_t n;
    double mean, sd, national;
} peers_script;

/* The district and its peers, highest rate first.  A peer without a
 * rate is left out, as compare leaves it out. */
static ct_status peer_members(peers_script *ps, ct_error *err)
{
    const ct_chart_set *s = ps->s;
    const ct_chart *c = ps->c;
    ct_dataset_id d = ps->ref->area;
    const ct_dataset_id *peers;
    size_t n_peers = ct_dataset_peers(s->ds, d, &peers);
    ps->m = calloc(n_peers + 1, sizeof *ps->m);
    if (ps->m == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t k = 0; k <= n_peers; k++) {
        ct_dataset_id a = k == 0 ? d : peers[k - 1];
        member x;
        x.name = ctp_chart_area_name(s, a);
        x.is_area = k == 0;
        if (ctp_chart_rate_at(s, x.name, c->offence, s->period_label,
                              &x.rate, &x.low, &x.high))
            ps->m[ps->n++] = x;
    }
    qsort(ps->m, ps->n, sizeof *ps->m, cmp_member);
    return CT_STATUS_OK;
}

/* The rate axis reaches every interval and every reference line drawn,
 * with a margin. */
static double peers_x_max(const peers_script *ps)
{
    double x_max = 0;
    for (size_t k = 0; k < ps->n; k++) {
        if (ps->m[k].high > x_max)
            x_max = ps->m[k].high;
        if (ps->m[k].rate > x_max)
            x_max = ps->m[k].rate;
    }
    if (ps->ref->has_sd && ps->mean + ps->sd > x_max)
        x_max = ps->mean + ps->sd;
    if (ps->ref->any_national && ps->national > x_max)
        x_max = ps->national;
    return x_max > 0 ? x_max * 1.06 : 1;
}

/* One row per member, in the order drawn top to bottom. */
static void put_peer_rows(const peers_script *ps, FILE *data)
{
    fputs("position,rate,rate_low,rate_high,highlight,area\n", data);
    for (size_t k = 0; k < ps->n; k++) {
        const member *x = &ps->m[k];
        fprintf(data, "%zu,", k + 1);
        put_csv_num(data, x->rate);
        fputc(',', data);
        put_csv_num(data, x->low);
        fputc(',', data);
        put_csv_num(data, x->high);
        fprintf(data, ",%d,", x->is_area ? 1 : 0);
        put_csv_text(data, x->name);
        fputc('\n', data);
    }
}

/* The script up to the plot command: the values the reference lines
 * use, a member's name beside each bar, the axes, and the lines the
 * plan says have a value (the spread, the average, the national rate). */
static void put_peers_frame(const peers_script *ps, double x_max)
{
    const ct_chart *c = ps->c;
    const chart_ref *ref = ps->ref;
    FILE *f = ps->f;
    fputs("peer_mean = ", f);
    put_num(f, ps->mean);
    fputs("\npeer_sd = ", f);
    put_num(f, ps->sd);
    fputs("\nnational = ", f);
    put_num(f, ps->national);
    fprintf(f, "\nmembers = %zu\n", ps->n);
    script_texts(f, c);
    put_axis_labels(f, c);
    fputs("set ytics (", f);
    for (size_t k = 0; k < ps->n; k++)
        put_ytic(f, k, ps->m[k].name, 26, 3);
    fputs(") noenhanced scale 0\n", f);
    fputs("set yrange [members + 0.6 : 0.4]\n"
          "set xrange [0 : ", f);
    put_num(f, x_max);
    fputs("]\n"
          "set grid xtics back lc rgb '#E3E3E3'\n"
          "set border 1 lc rgb '#555555'\n"
          "set bmargin 6.5\n"
          "set rmargin at screen 0.73\n"
          "set key at screen 0.745, graph 1 left top vertical Left reverse\n"
          "set style fill solid 1.0 noborder\n", f);
    if (ref->has_sd)
        fputs("set object 1 rectangle from first peer_mean - peer_sd, "
              "graph 0 to first peer_mean + peer_sd, graph 1 behind "
              "fc rgb '" C_AVERAGE "' fs transparent solid 0.16 noborder\n",
              f);
    if (ref->has_mean)
        fputs("set arrow 1 from first peer_mean, graph 0 to first "
              "peer_mean, graph 1 nohead front lc rgb '" C_AVERAGE
              "' lw 2.5\n", f);
    if (ref->any_national)
        fputs("set arrow 2 from first national, graph 0 to first national, "
              "graph 1 nohead front lc rgb '" C_NATIONAL "' lw 2 dt 2\n", f);
    put_key_spacing(f, c);
}

/* The plot command: the peers' bars, the district's bar, the intervals,
 * then a legend entry for each reference line drawn, in the order of the
 * plan's legend. */
static void put_peers_plot(const peers_script *ps)
{
    const ct_chart *c = ps->c;
    const chart_ref *ref = ps->ref;
    FILE *f = ps->f;
    size_t key = 0;
    fputs("plot data skip 1 using (column(5) == 0 ? column(2) / 2 : NaN):1:"
          "(column(2) / 2):(0.34) with boxxyerror fc rgb '" C_PEER "' ", f);
    put_title(f, c, &key);
    put_series(f, c, &key, "data skip 1 using (column(5) == 1 ? column(2) / "
               "2 : NaN):1:(column(2) / 2):(0.34) with boxxyerror fc rgb '"
               C_AREA "' ");
    put_series(f, c, &key, "data skip 1 using 2:1:3:4 with xerrorbars lc "
               "rgb '" C_INTERVAL "' lw 1.2 pt 7 ps 0.35 ");
    if (ref->has_sd)
        put_series(f, c, &key, "keyentry with boxes fc rgb '" C_AVERAGE "' "
                   "fs transparent solid 0.16 noborder ");
    if (ref->has_mean)
        put_series(f, c, &key, "keyentry with lines lc rgb '" C_AVERAGE "' "
                   "lw 2.5 ");
    if (ref->any_national)
        put_series(f, c, &key, "keyentry with lines lc rgb '" C_NATIONAL "' "
                   "lw 2 dt 2 ");
    fputs("\n", f);
}

static ct_status write_peers(const ct_chart_set *s, size_t i,
                             ct_gnuplot_terminal term, FILE *f,
                             FILE *data, ct_error *err)
{
    const ct_chart *c = &s->charts[i];
    const chart_ref *ref = &s->refs[i];
    size_t last = s->n_series - 1;
    const row_key *row = ctp_chart_compare_row(s, last, c->area, c->offence);
    if (row == NULL)
        return ctp_error_set(err, CT_STATUS_INTERNAL, NULL, 0, 0,
                             "no comparison for a planned chart");
    peers_script ps = {s, c, ref, f, NULL, 0,
                       ctp_chart_cell_real(row->t, row->row, "peer_mean"),
                       ctp_chart_cell_real(row->t, row->row, "peer_sd"),
                       NAN};
    ct_dataset_id nat = ctp_chart_national_of(s, ref->area);
    ctp_chart_rate_at(s, ctp_chart_area_name(s, nat), c->offence,
                      s->period_label, &ps.national, NULL, NULL);
    ct_status st = peer_members(&ps, err);
    if (st != CT_STATUS_OK)
        return st;
    put_peer_rows(&ps, data);
    script_header(f, s, c, term, "Peer comparison: a district's rate beside "
                  "each member of its most\n# similar group, the group "
                  "average and the national rate");
    put_peers_frame(&ps, peers_x_max(&ps));
    put_peers_plot(&ps);
    free(ps.m);
    return CT_STATUS_OK;
}

/* ---- trend ------------------------------------------------------------- */

/* A trend script being written: the chart and the periods it shows,
 * first..last of the set's series (n of them), which the data file, the
 * x axis and the plot command all read. */
typedef struct trend_script {
    const ct_chart_set *s;
    const ct_chart *c;
    const chart_ref *ref;
    FILE *f;                 /* the script */
    size_t first, last, n;
} trend_script;

/* One row per period: the district's rate and interval, the peer
 * average and the national rate in that period, and the fitted line;
 * a value the data lacks is left empty so gnuplot skips the point. */
static void put_trend_rows(const trend_script *ts, FILE *data)
{
    const ct_chart_set *s = ts->s;
    const ct_chart *c = ts->c;
    ct_dataset_id nat = ctp_chart_national_of(s, ts->ref->area);
    fputs("t,rate,rate_low,rate_high,peer_mean,national_rate,fitted,period\n",
          data);
    for (size_t k = ts->first; k <= ts->last; k++) {
        double rate, low, high, national;
        if (!ctp_chart_rate_at(s, c->area, c->offence, s->series[k], &rate,
                               &low, &high))
            rate = low = high = NAN;
        const row_key *r = ctp_chart_compare_row(s, k, c->area, c->offence);
        double peer = r != NULL ? ctp_chart_cell_real(r->t, r->row,
                                                      "peer_mean")
                                : NAN;
        if (!ctp_chart_rate_at(s, ctp_chart_area_name(s, nat), c->offence,
                               s->series[k], &national, NULL, NULL))
            national = NAN;
        double v[7] = {s->series_t[k], rate, low, high, peer, national,
                       ts->ref->fitted[k]};
        for (size_t j = 0; j < 7; j++) {
            put_csv_num(data, v[j]);
            fputc(',', data);
        }
        put_csv_text(data, s->series[k]);
        fputc('\n', data);
    }
}

/* The x axis: one label per period, thinned to at most 12 and slanted
 * when many long labels would collide, and half a period of room at
 * either end. */
static void put_trend_periods(const trend_script *ts)
{
    const ct_chart_set *s = ts->s;
    FILE *f = ts->f;
    size_t first = ts->first, last = ts->last, n = ts->n;
    size_t every = (n + 11) / 12;
    double step = n > 1 ? (s->series_t[last] - s->series_t[first]) /
                              (double)(n - 1)
                        : 1;
    fputs("set xtics (", f);
    for (size_t k = first, sep = 0; k <= last; k++) {
        if ((last - k) % every != 0)
            continue;
        if (sep++)
            fputs(", ", f);
        put_q(f, s->series[k]);
        fputc(' ', f);
        put_num(f, s->series_t[k]);
    }
    fputs(") noenhanced", f);
    if (n > 8 && strlen(s->series[first]) > 4)
        fputs(" rotate by 30 right", f);
    fputs("\nset xrange [", f);
    put_num(f, s->series_t[first] - step * 0.5);
    fputs(" : ", f);
    put_num(f, s->series_t[last] + step * 0.5);
    fputs("]\n", f);
}

/* The plot command: the district's rates with their intervals, then the
 * peer average, the national rate and the fitted trend when the plan
 * found any, in the order of the plan's legend. */
static void put_trend_plot(const trend_script *ts)
{
    const ct_chart *c = ts->c;
    const chart_ref *ref = ts->ref;
    FILE *f = ts->f;
    size_t key = 0;
    fputs("plot data skip 1 using 1:2:3:4 with yerrorlines lc rgb '" C_AREA
          "' lw 2 pt 7 ps 0.8 ", f);
    put_title(f, c, &key);
    if (ref->any_peer)
        put_series(f, c, &key, "data skip 1 using 1:5 with linespoints lc "
                   "rgb '" C_AVERAGE "' lw 2 pt 5 ps 0.5 ");
    if (ref->any_national)
        put_series(f, c, &key, "data skip 1 using 1:6 with lines lc rgb '"
                   C_NATIONAL "' lw 2 dt 2 ");
    if (ref->has_fit)
        put_series(f, c, &key, "data skip 1 using 1:7 with lines lc rgb '"
                   C_FIT "' lw 2.5 dt (7, 4) ");
    fputs("\n", f);
}

static void write_trend(const ct_chart_set *s, size_t i,
                        ct_gnuplot_terminal term, FILE *f,
                        FILE *data)
{
    const chart_ref *ref = &s->refs[i];
    trend_script ts = {s, &s->charts[i], ref, f, ref->first, ref->last,
                       ref->last - ref->first + 1};
    put_trend_rows(&ts, data);
    script_header(f, s, ts.c, term, "Trend: a district's rate over time with "
                  "its intervals, the peer\n# average and the national "
                  "rate");
    script_texts(f, ts.c);
    put_axis_labels(f, ts.c);
    put_trend_periods(&ts);
    fputs("set yrange [0 : *]\n"
          "set grid ytics lc rgb '#E3E3E3'\n", f);
    put_side_key(f, ts.c);
    put_trend_plot(&ts);
}

/* ---- XmR --------------------------------------------------------------- */

/* An XmR script being written: the chart, its rows in the XmR table (n
 * rows of the index from 'first') and the span of time they cover, which
 * the data file finds and the x axis reads. */
typedef struct xmr_script {
    const ct_chart_set *s;
    const ct_chart *c;
    const chart_ref *ref;
    FILE *f;                 /* the script */
    size_t first, n;
    double t0, t1;           /* the first and last month, as years */
} xmr_script;

/* One row per month with its limits.  A special cause is copied into a
 * column of its own, one above the mean and one below, so the script can
 * draw each side in its colour; the first and last months are kept for
 * the axis. */
static void put_xmr_rows(xmr_script *xs, FILE *data)
{
    const ct_table *t = xs->s->xmr;
    fputs("t,value,mean,lower,upper,near_lower,near_upper,special_high,"
          "special_low,period,rule\n", data);
    for (size_t k = 0; k < xs->n; k++) {
        size_t r = xs->s->xmr_ix.keys[xs->first + k].row;
        const char *label = ctp_chart_cell_str(t, r, "period");
        const char *rule = ctp_chart_cell_str(t, r, "rule");
        double tt = ctp_chart_label_time(label);
        double v = ctp_chart_cell_real(t, r, "value");
        double mean = ctp_chart_cell_real(t, r, "mean");
        bool special = rule[0] != '\0';
        if (k == 0)
            xs->t0 = tt;
        xs->t1 = tt;
        put_csv_num(data, tt);
        fputc(',', data);
        put_csv_num(data, v);
        static const char *const cols[] = {"mean", "lower", "upper",
                                           "near_lower", "near_upper"};
        for (size_t j = 0; j < 5; j++) {
            fputc(',', data);
            put_csv_num(data, ctp_chart_cell_real(t, r, cols[j]));
        }
        fputc(',', data);
        put_csv_num(data, special && v > mean ? v : NAN);
        fputc(',', data);
        put_csv_num(data, special && v <= mean ? v : NAN);
        fputc(',', data);
        put_csv_text(data, label);
        fputc(',', data);
        put_csv_text(data, rule);
        fputc('\n', data);
    }
}

/* The x axis of a monthly series: a tic at each January, labelled with
 * the year and thinned to 12, and half a month of room at either end. */
static void put_xmr_years(const xmr_script *xs)
{
    FILE *f = xs->f;
    double t0 = xs->t0, t1 = xs->t1;
    int y0 = (int)floor(t0), y1 = (int)floor(t1);
    int every = (y1 - y0 + 12) / 12;
    fputs("set xtics (", f);
    for (int y = y0 + (t0 > y0 + 0.05 ? 1 : 0), k = 0; y <= y1; y++) {
        if ((y - y0) % every != 0)
            continue;
        char year[16];
        snprintf(year, sizeof year, "%d", y);
        if (k++)
            fputs(", ", f);
        put_q(f, year);
        fprintf(f, " %d", y);
    }
    fputs(") noenhanced\n"
          "set mxtics default\n"
          "set xrange [", f);
    put_num(f, t0 - 1.0 / 24);
    fputs(" : ", f);
    put_num(f, t1 + 1.0 / 24);
    fputs("]\n", f);
}

/* The plot command: the process limits, the near-limit lines, the mean,
 * the series, then the special causes above and below the mean when the
 * plan counted any, in the order of the plan's legend. */
static void put_xmr_plot(const xmr_script *xs)
{
    const ct_chart *c = xs->c;
    FILE *f = xs->f;
    size_t key = 0;
    fputs("plot data skip 1 using 1:4 with lines lc rgb '#8C8C8C' lw 1.5 "
          "dt 2 ", f);
    put_title(f, c, &key);
    fputs(", \\\n"
          "     data skip 1 using 1:5 with lines lc rgb '#8C8C8C' lw 1.5 "
          "dt 2 notitle, \\\n"
          "     data skip 1 using 1:6 with lines lc rgb '#BDBDBD' lw 1 dt 3 "
          "notitle, \\\n"
          "     data skip 1 using 1:7 with lines lc rgb '#BDBDBD' lw 1 dt 3 "
          "notitle, \\\n"
          "     data skip 1 using 1:3 with lines lc rgb '#333333' lw 1.5 ",
          f);
    put_title(f, c, &key);
    put_series(f, c, &key, "data skip 1 using 1:2 with linespoints lc rgb "
               "'#5B6770' lw 1.2 pt 7 ps 0.45 ");
    if (xs->ref->n_high > 0)
        put_series(f, c, &key, "data skip 1 using 1:8 with points lc rgb '"
                   C_AVERAGE "' pt 7 ps 0.9 ");
    if (xs->ref->n_low > 0)
        put_series(f, c, &key, "data skip 1 using 1:9 with points lc rgb '"
                   C_AREA "' pt 7 ps 0.9 ");
    fputs("\n", f);
}

static ct_status write_xmr(const ct_chart_set *s, size_t i,
                           ct_gnuplot_terminal term, FILE *f,
                           FILE *data, ct_error *err)
{
    xmr_script xs = {s, &s->charts[i], &s->refs[i], f, 0, 0, NAN, NAN};
    xs.n = ctp_chart_index_find(&s->xmr_ix, xs.c->area, xs.c->offence,
                                &xs.first);
    if (xs.n < 2)
        return ctp_error_set(err, CT_STATUS_INTERNAL, NULL, 0, 0,
                             "no XmR rows for a planned chart");
    put_xmr_rows(&xs, data);
    script_header(f, s, xs.c, term, "XmR chart: a district's monthly series "
                  "with its process limits and\n# special causes");
    script_texts(f, xs.c);
    put_axis_labels(f, xs.c);
    put_xmr_years(&xs);
    fputs("set grid ytics lc rgb '#E3E3E3'\n", f);
    put_side_key(f, xs.c);
    put_xmr_plot(&xs);
    return CT_STATUS_OK;
}

/* ---- funnel ------------------------------------------------------------ */

#define FUNNEL_GRID 160

/* A pixel position of the plan as a screen fraction. */
static void put_screen(FILE *f, double px, double py)
{
    fputs("screen ", f);
    put_num(f, px / CT_CHART_WIDTH);
    fputs(", screen ", f);
    put_num(f, 1 - py / CT_CHART_HEIGHT);
}

/* A funnel script being written: the chart, its table, and how many
 * points the data file marks as the chart's own districts and how many
 * not, which decides the series the plot command draws. */
typedef struct funnel_script {
    const ct_chart_set *s;
    size_t i;
    const ct_chart *c;
    const chart_ref *ref;
    const ct_table *t;       /* the funnel table of the chart's offence */
    FILE *f;                 /* the script */
    size_t n_marked, n_other;
} funnel_script;

/* The points, one row per district, marked when it is one of the
 * chart's own (the plan's rule, so that the legend and the colours
 * agree). */
static void put_funnel_points(funnel_script *fs, FILE *data)
{
    const ct_table *t = fs->t;
    size_t n = ct_table_n_rows(t);
    fputs("population,rate,highlight,significance,area\n", data);
    for (size_t r = 0; r < n; r++) {
        bool marked = ctp_chart_funnel_marked(fs->s, fs->i, r);
        fs->n_marked += marked;
        fs->n_other += !marked;
        put_csv_num(data, ctp_chart_cell_real(t, r, "population"));
        fputc(',', data);
        put_csv_num(data, ctp_chart_cell_real(t, r, "rate"));
        fprintf(data, ",%d,", marked ? 1 : 0);
        put_csv_text(data, ctp_chart_cell_str(t, r, "significance"));
        fputc(',', data);
        put_csv_text(data, ctp_chart_cell_str(t, r, "area"));
        fputc('\n', data);
    }
}

/* The limits as curves over a population grid from a hundredth of the
 * largest population, spaced evenly in log population so that the
 * narrow end is drawn as finely as the wide one; the over-dispersed
 * limits too when the plan draws them. */
static ct_status put_funnel_limits(const funnel_script *fs, FILE *limits,
                                   ct_error *err)
{
    const chart_ref *ref = fs->ref;
    double hi = ref->x_max, lo = hi / 100, per = fs->s->q.per;
    fprintf(limits, "population,low_998,low_95,high_95,high_998%s\n",
            ref->od ? ",od_low_998,od_low_95,od_high_95,od_high_998" : "");
    for (int k = 0; k <= FUNNEL_GRID; k++) {
        double pop = lo * pow(hi / lo, (double)k / FUNNEL_GRID);
        double v[8];
        ct_status st;
        if ((st = ct_funnel_limits(ref->pooled / per, pop, 0.998, &v[0],
                                   &v[3], err)) ||
            (st = ct_funnel_limits(ref->pooled / per, pop, 0.95, &v[1], &v[2],
                                   err)))
            return st;
        if (ref->od &&
            ((st = ct_funnel_od_limits(ref->pooled / per, pop, ref->tau2,
                                       0.998, &v[4], &v[7], err)) ||
             (st = ct_funnel_od_limits(ref->pooled / per, pop, ref->tau2,
                                       0.95, &v[5], &v[6], err))))
            return st;
        put_csv_num(limits, pop);
        for (int j = 0; j < (ref->od ? 8 : 4); j++) {
            fputc(',', limits);
            put_csv_num(limits, v[j] * per);
        }
        fputc('\n', limits);
    }
    return CT_STATUS_OK;
}

/* The script's texts, the axes the plan chose, and the plotting area
 * exactly where the planner placed the labels. */
static void put_funnel_frame(const funnel_script *fs)
{
    const ct_chart *c = fs->c;
    const chart_ref *ref = fs->ref;
    FILE *f = fs->f;
    script_texts(f, c);
    fputs("pooled = ", f);
    put_num(f, ref->pooled);
    fputs("\n", f);
    put_axis_labels(f, c);
    fputs("set xrange [0 : ", f);
    put_num(f, ref->x_max / 1000);
    fputs("]\nset yrange [", f);
    put_num(f, ref->y_min);
    fputs(" : ", f);
    put_num(f, ref->y_max);
    fputs("]\n"
          "set grid xtics ytics lc rgb '#E3E3E3'\n", f);
    fputs("set lmargin at screen ", f);
    put_num(f, c->plot.x0 / CT_CHART_WIDTH);
    fputs("\nset rmargin at screen ", f);
    put_num(f, c->plot.x1 / CT_CHART_WIDTH);
    fputs("\nset tmargin at screen ", f);
    put_num(f, 1 - c->plot.y0 / CT_CHART_HEIGHT);
    fputs("\nset bmargin at screen ", f);
    put_num(f, 1 - c->plot.y1 / CT_CHART_HEIGHT);
    fputs("\nset key at screen 0.745, graph 1 left top vertical Left "
          "reverse\n", f);
}

/* The labels the planner placed, text from the script (never read from
 * the data file), a leader line to a label set apart. */
static void put_funnel_labels(const funnel_script *fs)
{
    const ct_chart *c = fs->c;
    FILE *f = fs->f;
    int label_no = 1;
    for (size_t k = 0; k < c->n_labels; k++) {
        const ct_chart_label *l = &c->labels[k];
        if (!l->placed)
            continue;
        fprintf(f, "set label %d ", label_no++);
        put_q(f, l->text);
        fputs(" at ", f);
        put_screen(f, l->box.x0, (l->box.y0 + l->box.y1) / 2);
        fputs(" left front font ',8' textcolor rgb '#1A1A1A' noenhanced\n",
              f);
        if (l->leader) {
            /* From the point to the nearest edge of the text. */
            double ex = l->px < l->box.x0 ? l->box.x0
                      : l->px > l->box.x1 ? l->box.x1 : l->px;
            double ey = l->py < l->box.y0 ? l->box.y0
                      : l->py > l->box.y1 ? l->box.y1 : l->py;
            fprintf(f, "set arrow %d from ", label_no);
            put_screen(f, l->px, l->py);
            fputs(" to ", f);
            put_screen(f, ex, ey);
            fputs(" nohead front lc rgb '#777777' lw 0.8\n", f);
        }
    }
}

/* The plot command, its series in the order of the plan's legend: the
 * exact limits, 99.8% vermilion, 95% orange (dashed, or solid and
 * thinner when the over-dispersed limits take the dashes), those, the
 * pooled rate, then the other and the marked districts. */
static void put_funnel_plot(const funnel_script *fs)
{
    const ct_chart *c = fs->c;
    bool od = fs->ref->od;  /* over-dispersed limits are drawn */
    FILE *f = fs->f;
    put_key_spacing(f, c);
    size_t key = 0;
    const char *dash95 = od ? "lw 1" : "lw 1.5 dt 2";
    fputs("plot limits skip 1 using ($1 / 1000):2 with lines lc rgb '" C_FIT
          "' lw 1.5 ", f);
    put_title(f, c, &key);
    fprintf(f, ", \\\n     limits skip 1 using ($1 / 1000):5 with lines lc "
            "rgb '" C_FIT "' lw 1.5 notitle, \\\n"
            "     limits skip 1 using ($1 / 1000):3 with lines lc rgb '"
            C_AVERAGE "' %s ", dash95);
    put_title(f, c, &key);
    fprintf(f, ", \\\n     limits skip 1 using ($1 / 1000):4 with lines lc "
            "rgb '" C_AVERAGE "' %s notitle", dash95);
    if (od) {
        put_series(f, c, &key, "limits skip 1 using ($1 / 1000):6 with "
                   "lines lc rgb '" C_FIT "' lw 2 dt (8, 5) ");
        put_series(f, c, &key, "limits skip 1 using ($1 / 1000):9 with "
                   "lines lc rgb '" C_FIT "' lw 2 dt (8, 5) notitle, \\\n"
                   "     limits skip 1 using ($1 / 1000):7 with lines lc "
                   "rgb '" C_AVERAGE "' lw 1.5 dt (4, 4) ");
        fputs(", \\\n     limits skip 1 using ($1 / 1000):8 with lines lc "
              "rgb '" C_AVERAGE "' lw 1.5 dt (4, 4) notitle", f);
    }
    put_series(f, c, &key, "pooled with lines lc rgb '#333333' lw 1.5 ");
    if (fs->n_other > 0)
        put_series(f, c, &key, "data skip 1 using ($1 / 1000):(column(3) == "
                   "0 ? column(2) : NaN) with points lc rgb '#9AA5B1' pt 7 "
                   "ps 0.8 ");
    if (fs->n_marked > 0)
        put_series(f, c, &key, "data skip 1 using ($1 / 1000):(column(3) == "
                   "1 ? column(2) : NaN) with points lc rgb '" C_AREA "' pt "
                   "7 ps 1.1 ");
    fputs("\n", f);
}

static ct_status write_funnel(const ct_chart_set *s, size_t i,
                              ct_gnuplot_terminal term, FILE *f,
                              FILE *data, FILE *limits, ct_error *err)
{
    const chart_ref *ref = &s->refs[i];
    funnel_script fs = {s, i, &s->charts[i], ref, s->funnel[ref->offence], f,
                        0, 0};
    put_funnel_points(&fs, data);
    ct_status st = put_funnel_limits(&fs, limits, err);
    if (st != CT_STATUS_OK)
        return st;
    script_header(f, s, fs.c, term, "Funnel plot: every district's rate "
                  "against its population, with\n# control limits around "
                  "the pooled rate");
    put_funnel_frame(&fs);
    put_funnel_labels(&fs);
    put_funnel_plot(&fs);
    return CT_STATUS_OK;
}

/* ---- county overview --------------------------------------------------- */

static const char *const palette[] = {
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
    "#8C6D31", "#000000",
};
static const int point_types[] = {7, 5, 9, 11, 13};

/* An overview script being written: the county's districts (from the
 * plan), the county and national names that head the last columns, and
 * the range of the rates the data file holds, which sets the log axis. */
typedef struct overview_script {
    const ct_chart_set *s;
    const ct_chart *c;
    const chart_ref *ref;
    FILE *f;                 /* the script */
    const char *county_name, *nat_name;
    double x_min, x_max;     /* of the rates above 0 */
} overview_script;

/* A row per offence, a column per district, then the county and the
 * national comparator; a missing rate, or one of 0 (which has no place
 * on a log scale), is left empty. */
static void put_overview_rows(overview_script *os, FILE *data)
{
    const ct_chart_set *s = os->s;
    const ct_dataset_id *members = os->ref->members;
    size_t n_members = os->ref->n_members;
    fputs("row", data);
    for (size_t k = 0; k < n_members; k++) {
        fputc(',', data);
        put_csv_text(data, ctp_chart_area_name(s, members[k]));
    }
    fputc(',', data);
    put_csv_text(data, os->county_name);
    fputs(",national,offence\n", data);
    for (size_t o = 0; o < s->n_offences; o++) {
        const char *on = s->offences[o].name;
        fprintf(data, "%zu", o + 1);
        for (size_t k = 0; k <= n_members + 1; k++) {
            const char *an = k < n_members ? ctp_chart_area_name(s, members[k])
                           : k == n_members ? os->county_name : os->nat_name;
            double r = NAN;
            if (!ctp_chart_rate_at(s, an, on, s->period_label, &r, NULL,
                                   NULL))
                r = NAN;
            if (isfinite(r) && r > 0) {
                if (r < os->x_min)
                    os->x_min = r;
                if (r > os->x_max)
                    os->x_max = r;
            } else {
                r = NAN;
            }
            fputc(',', data);
            put_csv_num(data, r);
        }
        fputc(',', data);
        put_csv_text(data, on);
        fputc('\n', data);
    }
}

/* The script up to the plot command: a log rate axis over the rates
 * drawn, and an offence per row of the y axis. */
static void put_overview_frame(const overview_script *os)
{
    const ct_chart_set *s = os->s;
    const ct_chart *c = os->c;
    FILE *f = os->f;
    script_texts(f, c);
    put_axis_labels(f, c);
    fputs("set logscale x 10\n"
          "set xtics (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, "
          "50, 100, 200, 500, 1000, 2000, 5000)\n"
          "set format x '%g'\n"
          "set mxtics 10\n", f);
    if (isfinite(os->x_min) && os->x_max > 0) {
        fputs("set xrange [", f);
        put_num(f, os->x_min / 1.4);
        fputs(" : ", f);
        put_num(f, os->x_max * 1.4);
        fputs("]\n", f);
    }
    fprintf(f, "set yrange [%zu.6 : 0.4]\n", s->n_offences);
    fputs("set ytics (", f);
    for (size_t o = 0; o < s->n_offences; o++)
        put_ytic(f, o, s->offences[o].name, 30, 2);
    fputs(") noenhanced scale 0\n"
          "set grid xtics ytics mxtics lc rgb '#E3E3E3', lc rgb '#F2F2F2'\n",
          f);
    put_side_key(f, c);
}

/* The plot command.  The grey group first, so that the named districts
 * are drawn over it, with one legend entry for the whole group (the
 * plan's legend has it after the named districts); then each named
 * district in its own colour and mark, the county and the national
 * rate. */
static void put_overview_plot(const overview_script *os)
{
    const ct_chart *c = os->c;
    const chart_ref *ref = os->ref;
    FILE *f = os->f;
    size_t n_members = ref->n_members;
    fputs("plot", f);
    size_t n_colours = sizeof palette / sizeof palette[0];
    size_t n_points = sizeof point_types / sizeof point_types[0];
    size_t key = 0, drawn = 0;
    bool grey_titled = false;
    size_t grey_key = 0;
    for (size_t k = 0; k < n_members; k++)
        if (ref->own_series[k])
            grey_key++;
    for (size_t k = 0; k < n_members; k++) {
        if (ref->own_series[k] || !ref->has_rate[k])
            continue;
        fprintf(f, "%s data skip 1 using %zu:1 with points pt 7 ps 0.9 "
                "lc rgb '#B4B4B4' ", drawn++ ? ", \\\n    " : "", k + 2);
        if (!grey_titled) {
            put_title(f, c, &grey_key);
            grey_titled = true;
        } else {
            fputs("notitle", f);
        }
    }
    for (size_t k = 0, m = 0; k < n_members; k++) {
        if (!ref->own_series[k])
            continue;
        fprintf(f, "%s data skip 1 using %zu:1 with points pt %d ps 1.3 "
                "lc rgb '%s' ", drawn++ ? ", \\\n    " : "", k + 2,
                point_types[(m / n_colours) % n_points],
                palette[m % n_colours]);
        m++;
        put_title(f, c, &key);
    }
    if (ref->n_grey > 0)
        key++; /* the grey group's entry, written above */
    if (ref->has_county) {
        fprintf(f, "%s data skip 1 using %zu:1 with points pt 2 ps 1.6 "
                "lw 2 lc rgb '#1A1A1A' ", drawn++ ? ", \\\n    " : "",
                n_members + 2);
        put_title(f, c, &key);
    }
    if (ref->any_national) {
        fprintf(f, ", \\\n     data skip 1 using %zu:1 with points pt 6 ps "
                "1.5 lw 1.5 lc rgb '#777777' ", n_members + 3);
        put_title(f, c, &key);
    }
    fputs("\n", f);
}

static void write_overview(const ct_chart_set *s, size_t i,
                           ct_gnuplot_terminal term, FILE *f,
                           FILE *data)
{
    const chart_ref *ref = &s->refs[i];
    ct_dataset_id county = ref->area;
    ct_dataset_id nat = ref->n_members > 0
                            ? ctp_chart_national_of(s, ref->members[0])
                            : CT_DATASET_NO_ID;
    if (nat == county)
        nat = CT_DATASET_NO_ID;
    overview_script os = {s, &s->charts[i], ref, f,
                          ctp_chart_area_name(s, county),
                          ctp_chart_area_name(s, nat), INFINITY, 0};
    put_overview_rows(&os, data);
    script_header(f, s, os.c, term, "County overview: the districts' rates "
                  "side by side for each offence");
    put_overview_frame(&os);
    put_overview_plot(&os);
}

ct_status ct_gnuplot_write_chart(const ct_chart_set *s, size_t i,
                                 ct_gnuplot_terminal t, FILE *script,
                                 FILE *const *data, ct_error *err)
{
    if (i >= s->n_charts)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "no chart number %zu", i);
    ct_status st;
    size_t n_data = 1;
    switch (s->charts[i].kind) {
    case CT_CHART_PEERS: st = write_peers(s, i, t, script, data[0], err); break;
    case CT_CHART_TREND:
        write_trend(s, i, t, script, data[0]);
        st = CT_STATUS_OK;
        break;
    case CT_CHART_FUNNEL:
        st = write_funnel(s, i, t, script, data[0], data[1], err);
        n_data = 2;
        break;
    case CT_CHART_XMR: st = write_xmr(s, i, t, script, data[0], err); break;
    case CT_CHART_OVERVIEW:
        write_overview(s, i, t, script, data[0]);
        st = CT_STATUS_OK;
        break;
    default:
        return ctp_error_set(err, CT_STATUS_INTERNAL, NULL, 0, 0,
                             "unknown chart kind");
    }
    /* Every script ends alike: a failed write anywhere is one error. */
    return st == CT_STATUS_OK ? finish(script, data, n_data, err) : st;
}
