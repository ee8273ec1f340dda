/* table.c - result tables and their four renderings: aligned text for
 * people at a terminal, CSV and JSON for machines (numbers unrounded), and
 * Markdown for reports.  Display rounding goes through number.h. */
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "crimetrend/table.h"
#include "crimetrend/number.h"
#include "alloc.h"
#include "error_set.h"
#include "hash.h"
#include "text.h"

typedef struct value {
    bool present;      /* false: missing */
    union {
        const char *s; /* CT_TABLE_STRING: in the string pool */
        int64_t n;     /* CT_TABLE_COUNT */
        double x;      /* CT_TABLE_REAL, CT_TABLE_PVALUE */
    } u;
} value;

/* The strings of a table's cells, each kept once however many rows name
 * it (area, offence and period names repeat on every row): no allocation
 * per cell.  Strings live in blocks that never move, so a string read from
 * the table stays valid until the table is freed. */
typedef struct string_pool {
    char **blocks;         /* owned */
    size_t n_blocks, cap_blocks;
    size_t used, size;     /* bytes used and allocated in the last block */
    const char **slots;    /* hash slots: a string of the pool, or NULL */
    size_t n_slots, n;     /* a power of two, at least twice n */
} string_pool;

#define POOL_BLOCK 65536

struct ct_table {
    ct_table_column *columns;   /* copied descriptions */
    size_t n_columns;
    value *cells;         /* row-major, n_rows * n_columns */
    size_t n_rows, cap_rows;
    string_pool strings;  /* of the string cells */
    char **notes;         /* owned */
    size_t n_notes, cap_notes;
};

static void pool_free(string_pool *p)
{
    for (size_t i = 0; i < p->n_blocks; i++)
        free(p->blocks[i]);
    free(p->blocks);
    free((void *)p->slots);
}

static void pool_place(const char **slots, size_t n_slots, const char *s)
{
    size_t mask = n_slots - 1;
    size_t i = (size_t)ctp_hash_bytes(s, strlen(s)) & mask;
    while (slots[i] != NULL)
        i = (i + 1) & mask;
    slots[i] = s;
}

/* A copy of 's' (n bytes, which may lie in the pool itself) kept in the
 * pool, made when new. */
static ct_status pool_intern(string_pool *p, const char *s, size_t n,
                             const char **out, ct_error *err)
{
    size_t i = 0, mask = p->n_slots ? p->n_slots - 1 : 0;
    if (p->n_slots > 0) {
        for (i = (size_t)ctp_hash_bytes(s, n) & mask; p->slots[i] != NULL;
             i = (i + 1) & mask) {
            const char *q = p->slots[i];
            if (strncmp(q, s, n) == 0 && q[n] == '\0') {
                *out = q;
                return CT_STATUS_OK;
            }
        }
    }
    if (p->n_blocks == 0 || p->used + n + 1 > p->size) {
        size_t size = n + 1 > POOL_BLOCK ? n + 1 : POOL_BLOCK;
        char *block = malloc(size);
        if (block == NULL ||
            ctp_grow((void **)&p->blocks, &p->cap_blocks, p->n_blocks + 1,
                     sizeof *p->blocks, err) != CT_STATUS_OK) {
            free(block);
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        }
        p->blocks[p->n_blocks++] = block;
        p->used = 0;
        p->size = size;
    }
    char *copy = p->blocks[p->n_blocks - 1] + p->used;
    memcpy(copy, s, n);
    copy[n] = '\0';
    p->used += n + 1;
    p->n++;
    *out = copy;
    if (p->n * 2 > p->n_slots) {
        size_t size = p->n_slots ? p->n_slots * 2 : 64;
        const char **slots = calloc(size, sizeof *slots);
        if (slots == NULL)
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        for (size_t k = 0; k < p->n_slots; k++)
            if (p->slots[k] != NULL)
                pool_place(slots, size, p->slots[k]);
        pool_place(slots, size, copy);
        free((void *)p->slots);
        p->slots = slots;
        p->n_slots = size;
        return CT_STATUS_OK;
    }
    p->slots[i] = copy;
    return CT_STATUS_OK;
}

ct_table *ct_table_new(const ct_table_column *columns, size_t n_columns)
{
    ct_table *t = calloc(1, sizeof *t);
    if (t == NULL)
        return NULL;
    t->columns = ctp_realloc_array(NULL, n_columns, sizeof *columns);
    if (t->columns == NULL) {
        free(t);
        return NULL;
    }
    memcpy(t->columns, columns, n_columns * sizeof *columns);
    t->n_columns = n_columns;
    return t;
}

void ct_table_free(ct_table *t)
{
    if (t == NULL)
        return;
    pool_free(&t->strings);
    ctp_free_strings(t->notes, t->n_notes);
    free(t->cells);
    free(t->columns);
    free(t);
}

ct_status ct_table_add_row(ct_table *t, ct_error *err)
{
    size_t cap = t->cap_rows * t->n_columns;
    ct_status st = ctp_grow((void **)&t->cells, &cap,
                            (t->n_rows + 1) * t->n_columns, sizeof *t->cells,
                            err);
    if (st != CT_STATUS_OK)
        return st;
    t->cap_rows = cap / (t->n_columns ? t->n_columns : 1);
    memset(&t->cells[t->n_rows * t->n_columns], 0,
           t->n_columns * sizeof *t->cells);
    t->n_rows++;
    return CT_STATUS_OK;
}

size_t ct_table_n_rows(const ct_table *t) { return t->n_rows; }
size_t ct_table_n_columns(const ct_table *t) { return t->n_columns; }

static value *last(ct_table *t, size_t column)
{
    return &t->cells[(t->n_rows - 1) * t->n_columns + column];
}

static const value *at(const ct_table *t, size_t row, size_t column)
{
    return &t->cells[row * t->n_columns + column];
}

ct_status ct_table_set_string(ct_table *t, size_t column, const char *s,
                              ct_error *err)
{
    value *v = last(t, column);
    v->present = false;
    if (s == NULL)
        return CT_STATUS_OK;
    const char *copy = NULL;
    if (pool_intern(&t->strings, s, strlen(s), &copy, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    v->u.s = copy;
    v->present = true;
    return CT_STATUS_OK;
}

void ct_table_set_count(ct_table *t, size_t column, int64_t n)
{
    value *v = last(t, column);
    v->u.n = n;
    v->present = true;
}

void ct_table_set_real(ct_table *t, size_t column, double x)
{
    value *v = last(t, column);
    v->u.x = x;
    v->present = !isnan(x) && !isinf(x);
}

const char *ct_table_get_string(const ct_table *t, size_t row, size_t column)
{
    const value *v = at(t, row, column);
    return v->present ? v->u.s : NULL;
}

bool ct_table_get_count(const ct_table *t, size_t row, size_t column,
                        int64_t *n)
{
    const value *v = at(t, row, column);
    if (v->present && n != NULL)
        *n = v->u.n;
    return v->present;
}

bool ct_table_get_real(const ct_table *t, size_t row, size_t column,
                       double *x)
{
    const value *v = at(t, row, column);
    if (v->present && x != NULL)
        *x = v->u.x;
    return v->present;
}

int ct_table_column_index(const ct_table *t, const char *name)
{
    for (size_t c = 0; c < t->n_columns; c++)
        if (strcmp(t->columns[c].name, name) == 0)
            return (int)c;
    return -1;
}

ct_status ct_table_add_note(ct_table *t, const char *note, ct_error *err)
{
    if (ctp_grow((void **)&t->notes, &t->cap_notes, t->n_notes + 1,
                 sizeof *t->notes, err) != CT_STATUS_OK)
        return CT_STATUS_NOMEM;
    size_t n = strlen(note);
    char *copy = malloc(n + 1);
    if (copy == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    memcpy(copy, note, n + 1);
    t->notes[t->n_notes++] = copy;
    return CT_STATUS_OK;
}

/* ---- rendering ------------------------------------------------------ */

/* Who reads a value: people (the text, Markdown and HTML tables) or
 * machines (CSV and JSON). */
typedef enum reader_kind { FOR_PEOPLE, FOR_MACHINES } reader_kind;

/* A value as text.  For people: rounded half-up, grouped, with its
 * suffix, "n/a" when missing.  For machines: unrounded, no grouping, NULL
 * when missing. */
static const char *cell_text(const ct_table *t, size_t row, size_t column,
                             reader_kind who, char *buf, size_t size)
{
    const ct_table_column *col = &t->columns[column];
    const value *v = at(t, row, column);
    if (!v->present)
        return who == FOR_PEOPLE ? "n/a" : NULL;
    if (col->type == CT_TABLE_STRING)
        return v->u.s;
    if (who == FOR_MACHINES)
        return col->type == CT_TABLE_COUNT
                   ? ct_number_format_int(v->u.n, buf, size)
                   : ct_number_format_raw(v->u.x, buf, size);
    switch (col->type) {
    case CT_TABLE_STRING:
        return v->u.s;
    case CT_TABLE_COUNT:
        ct_number_format_count(v->u.n, buf, size);
        break;
    case CT_TABLE_REAL:
        if (col->decimals < 0)
            ct_number_format_raw(v->u.x, buf, size);
        else
            ct_number_format_fixed(v->u.x, col->decimals, true, buf, size);
        break;
    case CT_TABLE_PVALUE:
        if (v->u.x < 0.001)
            snprintf(buf, size, "<0.001");
        else
            ct_number_format_fixed(v->u.x, 3, false, buf, size);
        break;
    }
    if (col->suffix != NULL) {
        size_t n = strlen(buf);
        snprintf(buf + n, size - n, "%s", col->suffix);
    }
    return buf;
}

/* Display width in characters (UTF-8 continuation bytes take none). */
static size_t width_of(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80)
            w++;
    return w;
}

static void pad(FILE *out, size_t n)
{
    while (n-- > 0)
        fputc(' ', out);
}

static bool right_aligned(const ct_table_column *c)
{
    return c->type != CT_TABLE_STRING;
}

/* One cell of the text layout, heading or value, in a column 'width'
 * wide: two spaces between columns, numbers right-aligned, and no
 * padding after the last column. */
static void text_cell(const ct_table *t, size_t c, const char *s,
                      size_t width, FILE *out)
{
    size_t gap = width - width_of(s);
    if (c)
        fputs("  ", out);
    if (right_aligned(&t->columns[c]))
        pad(out, gap);
    fputs(s, out);
    if (!right_aligned(&t->columns[c]) && c + 1 < t->n_columns)
        pad(out, gap);
}

static void write_text(const ct_table *t, FILE *out)
{
    char buf[64];
    size_t *w = calloc(t->n_columns ? t->n_columns : 1, sizeof *w);
    if (w == NULL)
        return;
    for (size_t c = 0; c < t->n_columns; c++)
        w[c] = width_of(t->columns[c].heading);
    for (size_t r = 0; r < t->n_rows; r++)
        for (size_t c = 0; c < t->n_columns; c++) {
            size_t n = width_of(cell_text(t, r, c, FOR_PEOPLE, buf, sizeof buf));
            if (n > w[c])
                w[c] = n;
        }
    for (size_t c = 0; c < t->n_columns; c++)
        text_cell(t, c, t->columns[c].heading, w[c], out);
    fputc('\n', out);
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t c = 0; c < t->n_columns; c++)
            text_cell(t, c, cell_text(t, r, c, FOR_PEOPLE, buf, sizeof buf), w[c], out);
        fputc('\n', out);
    }
    if (t->n_notes > 0)
        fputc('\n', out);
    for (size_t i = 0; i < t->n_notes; i++)
        fprintf(out, "note: %s\n", t->notes[i]);
    free(w);
}

/* The columns' names, each written by 'field', with 'sep' between. */
static void write_names(const ct_table *t, const char *sep,
                        void (*field)(FILE *out, const char *s), FILE *out)
{
    for (size_t c = 0; c < t->n_columns; c++) {
        if (c)
            fputs(sep, out);
        field(out, t->columns[c].name);
    }
}

static void write_csv(const ct_table *t, FILE *out)
{
    char buf[64];
    write_names(t, ",", ctp_csv_field, out);
    fputc('\n', out);
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t c = 0; c < t->n_columns; c++) {
            if (c)
                fputc(',', out);
            ctp_csv_field(out, cell_text(t, r, c, FOR_MACHINES, buf, sizeof buf));
        }
        fputc('\n', out);
    }
}

/* Markdown table cells: escape the pipe and backslash, and never let a line
 * break end the row. */
static void md_cell(FILE *out, const char *s)
{
    for (; *s; s++) {
        /* No markup from data in a viewer: a '<' that could open a tag
         * and a '&' that could start an entity become entities ("<0.001"
         * stays as it is). */
        if (*s == '<' && ctp_md_starts_markup(s))
            fputs("&lt;", out);
        else if (*s == '&' && ctp_md_starts_markup(s))
            fputs("&amp;", out);
        else {
            if (*s == '|' || *s == '\\')
                fputc('\\', out);
            fputc(*s == '\n' || *s == '\r' ? ' ' : *s, out);
        }
    }
}

/* How a markup language lays a table out: what opens and closes the
 * head, the rows, each cell (by its alignment) and the notes, the rule
 * under the head (Markdown's; none in HTML), and how text is escaped.
 * The Markdown and HTML tables differ in these alone. */
typedef struct grid_markup {
    void (*escape)(FILE *out, const char *s);
    const char *head, *th, *th_end, *head_end;
    const char *rule_right, *rule_left, *rule_end; /* rule_end NULL: none */
    const char *tr, *td_right, *td_left, *td_end, *tr_end, *body_end;
    const char *notes, *note, *note_end, *notes_end;
} grid_markup;

static const grid_markup markdown_markup = {
    .escape = md_cell,
    .head = "|", .th = " ", .th_end = " |", .head_end = "\n|",
    .rule_right = " ---: |", .rule_left = " --- |", .rule_end = "\n",
    .tr = "|", .td_right = " ", .td_left = " ", .td_end = " |",
    .tr_end = "\n", .body_end = "",
    .notes = "\n", .note = "- ", .note_end = "\n", .notes_end = "",
};

static const grid_markup html_markup = {
    .escape = ctp_html_escape,
    .head = "<table>\n<thead><tr>", .th = "<th>", .th_end = "</th>",
    .head_end = "</tr></thead>\n<tbody>\n",
    .tr = "<tr>", .td_right = "<td class=\"n\">", .td_left = "<td>",
    .td_end = "</td>", .tr_end = "</tr>\n", .body_end = "</tbody>\n</table>\n",
    .notes = "<ul class=\"notes\">\n", .note = "<li>", .note_end = "</li>\n",
    .notes_end = "</ul>\n",
};

static void write_grid(const ct_table *t, const grid_markup *m, FILE *out)
{
    char buf[64];
    fputs(m->head, out);
    for (size_t c = 0; c < t->n_columns; c++) {
        fputs(m->th, out);
        m->escape(out, t->columns[c].heading);
        fputs(m->th_end, out);
    }
    fputs(m->head_end, out);
    if (m->rule_end != NULL) {
        for (size_t c = 0; c < t->n_columns; c++)
            fputs(right_aligned(&t->columns[c]) ? m->rule_right
                                                : m->rule_left, out);
        fputs(m->rule_end, out);
    }
    for (size_t r = 0; r < t->n_rows; r++) {
        fputs(m->tr, out);
        for (size_t c = 0; c < t->n_columns; c++) {
            fputs(right_aligned(&t->columns[c]) ? m->td_right : m->td_left,
                  out);
            m->escape(out, cell_text(t, r, c, FOR_PEOPLE, buf, sizeof buf));
            fputs(m->td_end, out);
        }
        fputs(m->tr_end, out);
    }
    fputs(m->body_end, out);
    if (t->n_notes > 0) {
        fputs(m->notes, out);
        for (size_t i = 0; i < t->n_notes; i++) {
            fputs(m->note, out);
            m->escape(out, t->notes[i]);
            fputs(m->note_end, out);
        }
        fputs(m->notes_end, out);
    }
}

static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void write_json(const ct_table *t, FILE *out)
{
    char buf[64];
    fputs("{\n  \"columns\": [", out);
    write_names(t, ", ", json_string, out);
    fputs("],\n  \"rows\": [", out);
    for (size_t r = 0; r < t->n_rows; r++) {
        fputs(r ? ",\n    {" : "\n    {", out);
        for (size_t c = 0; c < t->n_columns; c++) {
            const ct_table_column *col = &t->columns[c];
            const char *s = cell_text(t, r, c, FOR_MACHINES, buf, sizeof buf);
            if (c)
                fputs(", ", out);
            json_string(out, col->name);
            fputs(": ", out);
            if (s == NULL)
                fputs("null", out);
            else if (col->type == CT_TABLE_STRING)
                json_string(out, s);
            else
                fputs(s, out);
        }
        fputc('}', out);
    }
    fputs(t->n_rows ? "\n  ],\n  \"notes\": [" : "],\n  \"notes\": [", out);
    for (size_t i = 0; i < t->n_notes; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        json_string(out, t->notes[i]);
    }
    fputs(t->n_notes ? "\n  ]\n}\n" : "]\n}\n", out);
}

ct_status ct_table_write(const ct_table *t, ct_format format, FILE *out,
                         ct_error *err)
{
    switch (format) {
    case CT_FORMAT_TEXT: write_text(t, out); break;
    case CT_FORMAT_CSV: write_csv(t, out); break;
    case CT_FORMAT_MARKDOWN: write_grid(t, &markdown_markup, out); break;
    case CT_FORMAT_JSON: write_json(t, out); break;
    }
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0, "write error");
    return CT_STATUS_OK;
}

ct_status ct_table_write_html(const ct_table *t, FILE *out, ct_error *err)
{
    write_grid(t, &html_markup, out);
    if (ferror(out))
        return ctp_error_set(err, CT_STATUS_IO, NULL, 0, 0, "write error");
    return CT_STATUS_OK;
}
