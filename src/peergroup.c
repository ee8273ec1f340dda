/* peergroup.c - peer groups from covariates: reading them (long or wide),
 * standardising, weighting, the k nearest areas, the linear-dependence
 * and leave-one-variable-out checks, and the tables `peers` writes.  The
 * method and which parts of it are crimetrend's own design are in
 * peergroup.h (METHODS-ADDENDUM §C). */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "crimetrend/peergroup.h"
#include "crimetrend/ingest.h"
#include "crimetrend/number.h"
#include "error_set.h"
#include "alloc.h"
#include "rank.h"
#include "hash.h"
#include "tables_build.h"

/* ---- covariates ------------------------------------------------------ */

struct ct_peergroup_data {
    size_t n, p;             /* areas, variables */
    char **areas;            /* n names */
    unsigned long *lines;    /* line of each area's first row */
    char **vars;             /* p names */
    double *values;          /* n x p, NaN when missing */
    /* while reading */
    size_t cap_areas, cap_vars;
    size_t *slots;           /* hash of area names -> index + 1 */
    size_t n_slots;
};

void ct_peergroup_read_options_init(ct_peergroup_read_options *o)
{
    memset(o, 0, sizeof *o);
}

void ct_peergroup_data_free(ct_peergroup_data *d)
{
    if (d == NULL)
        return;
    ctp_free_strings(d->areas, d->n);
    ctp_free_strings(d->vars, d->p);
    free(d->lines);
    free(d->values);
    free(d->slots);
    free(d);
}

size_t ct_peergroup_data_n_areas(const ct_peergroup_data *d) { return d->n; }
size_t ct_peergroup_data_n_variables(const ct_peergroup_data *d)
{
    return d->p;
}
const char *ct_peergroup_data_area(const ct_peergroup_data *d, size_t i)
{
    return i < d->n ? d->areas[i] : NULL;
}
const char *ct_peergroup_data_variable(const ct_peergroup_data *d, size_t j)
{
    return j < d->p ? d->vars[j] : NULL;
}
bool ct_peergroup_data_value(const ct_peergroup_data *d, size_t i, size_t j,
                             double *v)
{
    if (i >= d->n || j >= d->p || isnan(d->values[i * d->p + j]))
        return false;
    *v = d->values[i * d->p + j];
    return true;
}

static char *dup_n(const char *s, size_t n)
{
    char *c = malloc(n + 1);
    if (c != NULL) {
        memcpy(c, s, n);
        c[n] = '\0';
    }
    return c;
}

/* Finds an area by name; with 'add', appends it (a row of missing values)
 * when absent.  '*index' receives its index; '*added' whether it is new. */
static ct_status find_area(ct_peergroup_data *d, const char *s, size_t len,
                           bool add, unsigned long line, size_t *index,
                           bool *added, ct_error *err)
{
    *added = false;
    if (d->n_slots < 2 * (d->n + 1)) {
        size_t ns = d->n_slots ? 2 * d->n_slots : 64;
        while (ns < 2 * (d->n + 1))
            ns *= 2;
        size_t *slots = calloc(ns, sizeof *slots);
        if (slots == NULL)
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        for (size_t i = 0; i < d->n; i++) {
            size_t h = (size_t)ctp_hash_bytes(d->areas[i],
                                              strlen(d->areas[i])) & (ns - 1);
            while (slots[h] != 0)
                h = (h + 1) & (ns - 1);
            slots[h] = i + 1;
        }
        free(d->slots);
        d->slots = slots;
        d->n_slots = ns;
    }
    size_t h = (size_t)ctp_hash_bytes(s, len) & (d->n_slots - 1);
    while (d->slots[h] != 0) {
        const char *a = d->areas[d->slots[h] - 1];
        if (strlen(a) == len && memcmp(a, s, len) == 0) {
            *index = d->slots[h] - 1;
            return CT_STATUS_OK;
        }
        h = (h + 1) & (d->n_slots - 1);
    }
    if (!add) {
        *index = SIZE_MAX;
        return CT_STATUS_OK;
    }
    ct_status st;
    size_t cap = d->cap_areas;
    if ((st = ctp_grow((void **)&d->areas, &cap, d->n + 1, sizeof *d->areas,
                       err)) != CT_STATUS_OK)
        return st;
    cap = d->cap_areas;
    if ((st = ctp_grow((void **)&d->lines, &cap, d->n + 1, sizeof *d->lines,
                       err)) != CT_STATUS_OK)
        return st;
    size_t vcap = d->cap_areas * (d->cap_vars ? d->cap_vars : 1);
    d->cap_areas = cap;
    if (d->cap_vars > 0) {
        size_t need = (d->n + 1) * d->cap_vars;
        if (need > vcap || d->values == NULL) {
            double *v = ctp_realloc_array(d->values, cap * d->cap_vars,
                                          sizeof *v);
            if (v == NULL)
                return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                     "out of memory");
            d->values = v;
        }
        for (size_t j = 0; j < d->cap_vars; j++)
            d->values[d->n * d->cap_vars + j] = NAN;
    }
    if ((d->areas[d->n] = dup_n(s, len)) == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    d->lines[d->n] = line;
    d->slots[h] = d->n + 1;
    *index = d->n++;
    *added = true;
    return CT_STATUS_OK;
}

/* Header names match ignoring ASCII case, spaces and underscores, as the
 * counts files' headers do. */
static bool header_eq(const char *a, const char *b)
{
    for (;;) {
        while (*a == ' ' || *a == '_')
            a++;
        while (*b == ' ' || *b == '_')
            b++;
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (x != y)
            return false;
        if (x == '\0')
            return true;
        a++;
        b++;
    }
}

static int header_index(const ct_ingest_row *row, const char *name)
{
    for (size_t c = 0; c < row->n_fields; c++)
        if (header_eq(row->fields[c], name))
            return (int)c;
    return -1;
}

/* A real number, negative ones included ("-1.5", "−1.5"): the number
 * reader takes non-negative values, so the sign is taken off first. */
static ct_number_kind parse_value(const char *s, size_t len, double *v)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    bool neg = false;
    if (i < len && s[i] == '-' && i + 1 < len) {
        neg = true;
        i++;
    } else if (i + 3 < len && memcmp(s + i, "\xe2\x88\x92", 3) == 0) {
        neg = true;
        i += 3;
    }
    ct_number_kind k = ct_number_parse_real(s + i, len - i, v);
    if (neg && k == CT_NUMBER_OK)
        *v = -*v;
    else if (neg && k != CT_NUMBER_OK)
        k = CT_NUMBER_INVALID;
    return k;
}

typedef struct reader {
    ct_peergroup_data *d;
    const ct_peergroup_read_options *o;
    const char *path;
    bool header_done, long_layout;
    int area_col, var_col, value_col;
    int *col_var;            /* wide: column -> variable index or -1 */
    size_t n_cols;
    bool *text;              /* wide, automatic: variable holds text */
    unsigned long *text_line;/* first line with text */
    unsigned long *long_lines; /* long: line of each (area, variable), laid
                                  out as the matrix */
    size_t lines_rows, lines_stride;
} reader;

static ct_status add_variable(ct_peergroup_data *d, const char *name,
                              size_t *index, ct_error *err)
{
    for (size_t j = 0; j < d->p; j++)
        if (strcmp(d->vars[j], name) == 0) {
            *index = j;
            return CT_STATUS_OK;
        }
    size_t cap = d->cap_vars;
    ct_status st = ctp_grow((void **)&d->vars, &cap, d->p + 1,
                            sizeof *d->vars, err);
    if (st != CT_STATUS_OK)
        return st;
    if (cap != d->cap_vars) {
        /* Widen the matrix: rows are laid out with the capacity. */
        size_t rows = d->cap_areas ? d->cap_areas : 1;
        double *v = malloc(rows * cap * sizeof *v);
        if (v == NULL)
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        for (size_t i = 0; i < rows; i++)
            for (size_t j = 0; j < cap; j++)
                v[i * cap + j] = i < d->n && j < d->cap_vars && d->values
                                     ? d->values[i * d->cap_vars + j] : NAN;
        free(d->values);
        d->values = v;
        d->cap_vars = cap;
    }
    if ((d->vars[d->p] = dup_n(name, strlen(name))) == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    *index = d->p++;
    return CT_STATUS_OK;
}

static bool chosen(const ct_peergroup_read_options *o, const char *name)
{
    if (o->variables == NULL)
        return true;
    for (size_t i = 0; i < o->n_variables; i++)
        if (header_eq(o->variables[i], name))
            return true;
    return false;
}

static ct_status read_header(reader *r, const ct_ingest_row *row, ct_error *err)
{
    static const char *const area_aliases[] = {
        "area", "area name", "name", "borough", "district",
        "local authority", "state", "state name", "code"};
    const ct_peergroup_read_options *o = r->o;
    if (o->area_column != NULL) {
        r->area_col = header_index(row, o->area_column);
        if (r->area_col < 0)
            return ctp_error_set(err, CT_STATUS_INPUT, r->path, row->line, 0,
                                 "no column '%s' in the header; expected the "
                                 "area column named by --area-column",
                                 o->area_column);
    } else {
        r->area_col = -1;
        for (size_t a = 0; a < sizeof area_aliases / sizeof *area_aliases &&
                           r->area_col < 0; a++)
            r->area_col = header_index(row, area_aliases[a]);
        if (r->area_col < 0)
            return ctp_error_set(err, CT_STATUS_INPUT, r->path, row->line, 0,
                                 "no area column in the header; expected "
                                 "one named area, Area_name, name or code, "
                                 "or give --area-column");
    }
    r->var_col = header_index(row, "variable");
    r->value_col = header_index(row, "value");
    r->long_layout = r->var_col >= 0 && r->value_col >= 0;
    if (r->long_layout)
        return CT_STATUS_OK;
    r->n_cols = row->n_fields;
    r->col_var = malloc(r->n_cols * sizeof *r->col_var);
    if (r->col_var == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t c = 0; c < r->n_cols; c++) {
        r->col_var[c] = -1;
        if ((int)c == r->area_col || row->lens[c] == 0 ||
            !chosen(o, row->fields[c]))
            continue;
        size_t j;
        ct_status st = add_variable(r->d, row->fields[c], &j, err);
        if (st != CT_STATUS_OK)
            return st;
        if (j + 1 != r->d->p)
            return ctp_error_set(err, CT_STATUS_INPUT, r->path, row->line,
                                 (unsigned long)c + 1, "a second column "
                                 "named '%s'; expected each variable once",
                                 row->fields[c]);
        r->col_var[c] = (int)j;
    }
    for (size_t i = 0; o->variables != NULL && i < o->n_variables; i++)
        if (header_index(row, o->variables[i]) < 0)
            return ctp_error_set(err, CT_STATUS_USAGE, r->path, row->line, 0,
                                 "no column '%s' in the header",
                                 o->variables[i]);
    if (r->d->p == 0)
        return ctp_error_set(err, CT_STATUS_INPUT, r->path, row->line, 0,
                             "no variable columns beside the area column");
    r->text = calloc(r->d->p, sizeof *r->text);
    r->text_line = calloc(r->d->p, sizeof *r->text_line);
    if (r->text == NULL || r->text_line == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    return CT_STATUS_OK;
}

static ct_status bad_value(reader *r, const ct_ingest_row *row, size_t c,
                           const char *var, ct_error *err)
{
    return ctp_error_set(err, CT_STATUS_INPUT, r->path, row->line,
                         (unsigned long)c + 1, "value '%s' of '%s' is not a "
                         "number; expected a number, or empty or NaN for a "
                         "missing value", row->fields[c], var);
}

/* The line of each long-layout value read so far follows the matrix when
 * it grows, so that a repeated value names the line of the first. */
static ct_status follow_long_lines(reader *r, ct_error *err)
{
    ct_peergroup_data *d = r->d;
    if (d->cap_areas == r->lines_rows && d->cap_vars == r->lines_stride)
        return CT_STATUS_OK;
    unsigned long *l = calloc(d->cap_areas * d->cap_vars, sizeof *l);
    if (l == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    for (size_t a = 0; a < r->lines_rows && r->long_lines; a++)
        for (size_t v = 0; v < r->lines_stride; v++)
            l[a * d->cap_vars + v] = r->long_lines[a * r->lines_stride + v];
    free(r->long_lines);
    r->long_lines = l;
    r->lines_rows = d->cap_areas;
    r->lines_stride = d->cap_vars;
    return CT_STATUS_OK;
}

/* A row of the long layout: one value of one variable for one area.  A
 * variable not chosen is skipped; a second value for the same area and
 * variable is an error naming the first's line. */
static ct_status read_long_row(reader *r, const ct_ingest_row *row,
                               ct_error *err)
{
    ct_peergroup_data *d = r->d;
    if ((size_t)r->var_col >= row->n_fields ||
        (size_t)r->value_col >= row->n_fields)
        return ctp_error_set(err, CT_STATUS_INPUT, r->path, row->line, 0,
                             "%zu fields; expected area, variable and "
                             "value", row->n_fields);
    const char *var = row->fields[r->var_col];
    if (row->lens[r->var_col] == 0 || !chosen(r->o, var))
        return CT_STATUS_OK;
    size_t i, j;
    bool added;
    ct_status st;
    if ((st = add_variable(d, var, &j, err)) != CT_STATUS_OK ||
        (st = find_area(d, row->fields[r->area_col], row->lens[r->area_col],
                        true, row->line, &i, &added, err)) != CT_STATUS_OK ||
        (st = follow_long_lines(r, err)) != CT_STATUS_OK)
        return st;
    double *cell = &d->values[i * d->cap_vars + j];
    unsigned long *first = &r->long_lines[i * d->cap_vars + j];
    double v;
    size_t c = (size_t)r->value_col;
    ct_number_kind k = parse_value(row->fields[c], row->lens[c], &v);
    if (k != CT_NUMBER_OK && k != CT_NUMBER_EMPTY &&
        k != CT_NUMBER_SUPPRESSED)
        return bad_value(r, row, c, var, err);
    if (*first != 0)
        return ctp_error_set(err, CT_STATUS_INPUT, r->path, row->line, 0,
                             "a second value for area '%s', variable "
                             "'%s' (first on line %lu); expected one",
                             d->areas[i], var, *first);
    *first = row->line;
    *cell = k == CT_NUMBER_OK ? v : NAN;
    return CT_STATUS_OK;
}

/* A row of the wide layout: one area, a value per variable column.  A
 * value that is not a number is an error when the variables were named;
 * otherwise its column is marked as text (with the first line), to be
 * dropped or reported once the file is read. */
static ct_status read_wide_row(reader *r, const ct_ingest_row *row,
                               ct_error *err)
{
    ct_peergroup_data *d = r->d;
    size_t i;
    bool added;
    ct_status st = find_area(d, row->fields[r->area_col],
                             row->lens[r->area_col], true, row->line, &i,
                             &added, err);
    if (st != CT_STATUS_OK)
        return st;
    if (!added)
        return ctp_error_set(err, CT_STATUS_INPUT, r->path, row->line,
                             (unsigned long)r->area_col + 1,
                             "area '%s' again (first on line %lu); expected "
                             "one row per area", d->areas[i], d->lines[i]);
    for (size_t c = 0; c < r->n_cols && c < row->n_fields; c++) {
        int j = r->col_var[c];
        if (j < 0)
            continue;
        double v;
        ct_number_kind k = parse_value(row->fields[c], row->lens[c], &v);
        if (k == CT_NUMBER_OK) {
            d->values[i * d->cap_vars + (size_t)j] = v;
        } else if (k != CT_NUMBER_EMPTY && k != CT_NUMBER_SUPPRESSED) {
            if (r->o->variables != NULL)
                return bad_value(r, row, c, d->vars[j], err);
            if (!r->text[j]) {
                r->text[j] = true;
                r->text_line[j] = row->line;
            }
        }
    }
    return CT_STATUS_OK;
}

/* Each row of the file: the header first, then a row of the long or the
 * wide layout; a row without an area is a blank trailing row. */
static ct_status read_row(void *ctx, const ct_ingest_row *row, ct_error *err)
{
    reader *r = ctx;
    if (!r->header_done) {
        r->header_done = true;
        return read_header(r, row, err);
    }
    if ((size_t)r->area_col >= row->n_fields || row->lens[r->area_col] == 0)
        return CT_STATUS_OK; /* a blank trailing row */
    return r->long_layout ? read_long_row(r, row, err)
                          : read_wide_row(r, row, err);
}

/* Packs the matrix to n x p and drops the variables marked in 'drop'. */
static ct_status pack(ct_peergroup_data *d, const bool *drop, ct_error *err)
{
    size_t p = 0;
    for (size_t j = 0; j < d->p; j++)
        p += !(drop && drop[j]);
    double *v = malloc((d->n ? d->n : 1) * (p ? p : 1) * sizeof *v);
    if (v == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < d->n; i++) {
        size_t m = 0;
        for (size_t j = 0; j < d->p; j++)
            if (!(drop && drop[j]))
                v[i * p + m++] = d->values[i * d->cap_vars + j];
    }
    size_t m = 0;
    for (size_t j = 0; j < d->p; j++) {
        if (drop && drop[j])
            free(d->vars[j]);
        else
            d->vars[m++] = d->vars[j];
    }
    free(d->values);
    d->values = v;
    d->p = p;
    d->cap_vars = p;
    return CT_STATUS_OK;
}

ct_status ct_peergroup_read(FILE *in, const char *path,
                            const ct_peergroup_read_options *o,
                            ct_peergroup_data **out, ct_error *err)
{
    *out = NULL;
    ct_peergroup_data *d = calloc(1, sizeof *d);
    if (d == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    reader r = {.d = d, .o = o, .path = path};
    ct_status st = ct_ingest_rows(in, path, o->latin1, read_row, &r, err);
    if (st == CT_STATUS_OK && !r.header_done)
        st = ctp_error_set(err, CT_STATUS_INPUT, path, 0, 0,
                           "the file is empty; expected a header");
    if (st == CT_STATUS_OK && !r.long_layout && r.text != NULL) {
        char names[240] = "";
        size_t n_text = 0, used = 0;
        for (size_t j = 0; j < d->p; j++)
            if (r.text[j]) {
                if (n_text < 6) {
                    int w = snprintf(names + used, sizeof names - used,
                                     "%s'%s'", n_text ? ", " : "", d->vars[j]);
                    if (w > 0 && (size_t)w < sizeof names - used)
                        used += (size_t)w;
                }
                n_text++;
            }
        if (n_text > 0)
            ctp_warn(o->warn, o->warn_ctx, path, 0, 0,
                     "%zu column%s hold%s text and %s not variables: %s%s",
                     n_text, n_text == 1 ? "" : "s", n_text == 1 ? "s" : "",
                     n_text == 1 ? "is" : "are", names,
                     n_text > 6 ? " and more" : "");
        st = pack(d, r.text, err);
    } else if (st == CT_STATUS_OK) {
        st = pack(d, NULL, err);
    }
    if (st == CT_STATUS_OK && d->p == 0)
        st = ctp_error_set(err, CT_STATUS_INPUT, path, 0, 0,
                           "no numeric variable; expected a column (or "
                           "variable) of numbers beside the area");
    free(r.col_var);
    free(r.text);
    free(r.text_line);
    free(r.long_lines);
    free(d->slots);
    d->slots = NULL;
    d->n_slots = 0;
    if (st != CT_STATUS_OK) {
        ct_peergroup_data_free(d);
        return st;
    }
    *out = d;
    return CT_STATUS_OK;
}

ct_status ct_peergroup_data_from_matrix(const char *const *areas, size_t n_areas,
                                        const char *const *variables, size_t n_variables,
                                        const double *values,
                                        ct_peergroup_data **out,
                                        ct_error *err)
{
    *out = NULL;
    ct_peergroup_data *d = calloc(1, sizeof *d);
    if (d == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    d->areas = calloc(n_areas ? n_areas : 1, sizeof *d->areas);
    d->lines = calloc(n_areas ? n_areas : 1, sizeof *d->lines);
    d->vars = calloc(n_variables ? n_variables : 1, sizeof *d->vars);
    d->values = malloc((n_areas * n_variables + 1) * sizeof *d->values);
    if (d->areas == NULL || d->lines == NULL || d->vars == NULL ||
        d->values == NULL) {
        ct_peergroup_data_free(d);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n_areas; i++) {
        if ((d->areas[i] = dup_n(areas[i], strlen(areas[i]))) == NULL) {
            ct_peergroup_data_free(d);
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        }
        d->n = i + 1;
    }
    for (size_t j = 0; j < n_variables; j++) {
        if ((d->vars[j] = dup_n(variables[j], strlen(variables[j]))) ==
            NULL) {
            ct_peergroup_data_free(d);
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
        }
        d->p = j + 1;
    }
    memcpy(d->values, values, n_areas * n_variables * sizeof *values);
    d->cap_vars = n_variables;
    *out = d;
    return CT_STATUS_OK;
}

/* ---- groups ----------------------------------------------------------- */

/* How far an area's group holds when each variable in turn is left out:
 * the mean and the least Jaccard similarity with the full group (NaN
 * when not checked). */
typedef struct stability {
    double mean, least;
} stability;

struct ct_peergroup {
    size_t n, p, k;
    char **areas;            /* n names (borrowed from the data) */
    char **vars;             /* p names (borrowed) */
    double *z;               /* n x p standardised values */
    double *w;               /* p weights */
    bool *dependent;         /* p */
    char **combination;      /* p: "= 2 a - b + 5" for dependent ones */
    size_t *members;         /* n x k */
    double *dist;            /* n x k */
    stability *stability;    /* n */
    ct_model_scale scale;
    ct_peergroup_weighting weighting;
    double r2;               /* of the regression, NaN otherwise */
    size_t n_rate;           /* areas in the regression */
    size_t rank;
    size_t left_out_areas, left_out_vars;
    const char *path;
};

void ct_peergroup_options_init(ct_peergroup_options *o)
{
    memset(o, 0, sizeof *o);
    o->k = 7;
    o->scale = CT_MODEL_ZSCORE;
    o->weighting = CT_PEERGROUP_EQUAL;
    o->stability = true;
    o->threads = 1;
}

void ct_peergroup_free(ct_peergroup *g)
{
    if (g == NULL)
        return;
    ctp_free_strings(g->combination, g->p);
    free(g->areas);
    free(g->vars);
    free(g->z);
    free(g->w);
    free(g->dependent);
    free(g->members);
    free(g->dist);
    free(g->stability);
    free(g);
}

size_t ct_peergroup_n_areas(const ct_peergroup *g) { return g->n; }
size_t ct_peergroup_k(const ct_peergroup *g) { return g->k; }
const char *ct_peergroup_area(const ct_peergroup *g, size_t i)
{
    return i < g->n ? g->areas[i] : NULL;
}
const size_t *ct_peergroup_members(const ct_peergroup *g, size_t i,
                                   const double **distances)
{
    if (distances != NULL)
        *distances = g->dist + i * g->k;
    return g->members + i * g->k;
}
size_t ct_peergroup_n_variables(const ct_peergroup *g) { return g->p; }
const char *ct_peergroup_variable(const ct_peergroup *g, size_t j)
{
    return j < g->p ? g->vars[j] : NULL;
}
double ct_peergroup_weight(const ct_peergroup *g, size_t j)
{
    return j < g->p ? g->w[j] : NAN;
}
bool ct_peergroup_dependent(const ct_peergroup *g, size_t j)
{
    return j < g->p && g->dependent[j];
}
double ct_peergroup_stability(const ct_peergroup *g, size_t i, bool *stable)
{
    const stability *s = &g->stability[i];
    if (stable != NULL)
        *stable = !isnan(s->least) && s->least >= 1.0 / 3.0 - 1e-12;
    return s->mean;
}

typedef struct sort_name {
    const char *name;
    size_t index;
} sort_name;

static int by_name(const void *a, const void *b)
{
    return strcmp(((const sort_name *)a)->name, ((const sort_name *)b)->name);
}

/* A candidate peer: its squared distance and its index. */
typedef struct pair {
    double d;
    size_t i;
} pair;

/* Whether 'a' ranks after 'b': farther, or as far with the higher index
 * (the later name), so that ties go to the first name. */
static bool worse(pair a, pair b)
{
    return a.d > b.d || (!(a.d < b.d) && a.i > b.i);
}

static int by_pair(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    return worse(*x, *y) - worse(*y, *x);
}

/* A bounded max-heap of the k best pairs: the worst on top, so a
 * candidate is compared with one value. */
typedef struct heap {
    pair *e;
    size_t n, k;
} heap;

static void heap_push(heap *h, pair x)
{
    if (h->n < h->k) {
        size_t c = h->n++;
        while (c > 0) {
            size_t par = (c - 1) / 2;
            if (!worse(x, h->e[par]))
                break;
            h->e[c] = h->e[par];
            c = par;
        }
        h->e[c] = x;
        return;
    }
    if (!worse(h->e[0], x))
        return;
    size_t c = 0;
    for (;;) {
        size_t l = 2 * c + 1, r = l + 1, m = c;
        pair largest = x;
        if (l < h->k && worse(h->e[l], largest)) {
            m = l;
            largest = h->e[l];
        }
        if (r < h->k && worse(h->e[r], largest))
            m = r;
        if (m == c)
            break;
        h->e[c] = h->e[m];
        c = m;
    }
    h->e[c] = x;
}

/* What one worker keeps while it finds the groups of one area: the
 * full group's heap (hs[0]) and, with 'loo', one heap per variable left
 * out (hs[1 + j]); the weighted terms of the pair in hand; and the bound
 * a pair must beat to enter any leave-one-out heap.  Allocated once per
 * worker, so that the n^2 pairs allocate nothing. */
typedef struct scratch {
    ct_peergroup *g;
    bool loo;
    size_t nh;               /* heaps: p + 1 with loo, else 1 */
    pair *he;                /* nh x k pairs behind the heaps */
    double *sq;              /* p: each variable's term of the pair */
    pair *tmp;               /* k: the full group, sorted */
    heap *hs;                /* nh */
    /* The largest distance any leave-one-out heap would still take
     * (infinite until every heap is full): a pair whose distance less
     * its largest term reaches it cannot enter any of them, which is
     * most pairs, so the p heaps are rarely looked at. */
    double bound;
} scratch;

/* The squared weighted distance of two areas, keeping each variable's
 * term in sq (the leave-one-out distances are the total less one term)
 * and the largest term in *big (to skip the leave-one-out heaps).  Two
 * running sums and maxima, so that the additions of one do not wait on
 * the other's. */
static double pair_terms(const ct_peergroup *g, const double *za,
                         const double *zb, double *sq, double *big)
{
    const double *w = g->w;
    size_t p = g->p;
    double t0 = 0, t1 = 0, m0 = 0, m1 = 0;
    size_t j = 0;
    for (; j + 1 < p; j += 2) {
        double e0 = za[j] - zb[j], e1 = za[j + 1] - zb[j + 1];
        double s0 = w[j] * e0 * e0, s1 = w[j + 1] * e1 * e1;
        sq[j] = s0;
        sq[j + 1] = s1;
        t0 += s0;
        t1 += s1;
        m0 = s0 > m0 ? s0 : m0;
        m1 = s1 > m1 ? s1 : m1;
    }
    if (j < p) {
        double e0 = za[j] - zb[j];
        double s0 = w[j] * e0 * e0;
        sq[j] = s0;
        t0 += s0;
        m0 = s0 > m0 ? s0 : m0;
    }
    *big = m0 > m1 ? m0 : m1;
    return t0 + t1;
}

/* Offers area b, at squared distance tot, to the full group and, unless
 * the bound rules it out, to each leave-one-out group; the bound is
 * recomputed only when a leave-one-out heap took it. */
static void offer_pair(scratch *s, size_t b, double tot, double big)
{
    size_t p = s->g->p, k = s->g->k;
    heap *hs = s->hs;
    pair full = {tot, b};
    if (hs[0].n < k || worse(hs[0].e[0], full))
        heap_push(&hs[0], full);
    if (!s->loo || tot - big > s->bound)
        return;
    bool changed = false;
    for (size_t j = 0; j < p; j++) {
        heap *x = &hs[j + 1];
        pair without_j = {tot - s->sq[j], b};
        if (x->n < k || worse(x->e[0], without_j)) {
            heap_push(x, without_j);
            changed = true;
        }
    }
    if (changed) {
        double bound = 0;
        for (size_t j = 0; j < p && bound < INFINITY; j++)
            bound = hs[j + 1].n < k ? INFINITY
                    : hs[j + 1].e[0].d > bound ? hs[j + 1].e[0].d
                                               : bound;
        s->bound = bound;
    }
}

/* Writes area a's group, nearest first (ties to the lower index, that
 * is the first name), with distances rather than their squares. */
static void store_group(scratch *s, size_t a)
{
    ct_peergroup *g = s->g;
    size_t k = g->k;
    for (size_t m = 0; m < k; m++)
        s->tmp[m] = s->hs[0].e[m];
    qsort(s->tmp, k, sizeof *s->tmp, by_pair);
    for (size_t m = 0; m < k; m++) {
        g->members[a * k + m] = s->tmp[m].i;
        g->dist[a * k + m] = sqrt(s->tmp[m].d > 0 ? s->tmp[m].d : 0);
    }
}

/* Area a's stability: the mean and least Jaccard similarity of its group
 * with the groups found leaving each variable out (NaN without 'loo'). */
static void store_stability(scratch *s, size_t a)
{
    ct_peergroup *g = s->g;
    size_t p = g->p, k = g->k;
    g->stability[a] = (stability){NAN, NAN};
    if (!s->loo)
        return;
    double sum = 0, min = 2;
    for (size_t j = 0; j < p; j++) {
        size_t common = 0;
        for (size_t m = 0; m < k; m++)
            for (size_t q = 0; q < k; q++)
                common += s->hs[j + 1].e[m].i == s->tmp[q].i;
        double jac = (double)common / (double)(2 * k - common);
        sum += jac;
        if (jac < min)
            min = jac;
    }
    g->stability[a] = (stability){sum / (double)p, min};
}

/* The k nearest areas of areas [from, to), and with 'loo' the same
 * leaving each variable out in turn, compared with the full group by
 * Jaccard.  One pass over the pairs: the squared distance without
 * variable j is the full one less j's term.  Each worker has its own
 * heaps and writes only its own areas' rows. */
typedef struct worker {
    ct_peergroup *g;
    bool loo;
    size_t from, to;
    bool failed;
} worker;

static void *nearest_range(void *arg)
{
    worker *wk = arg;
    ct_peergroup *g = wk->g;
    size_t k = g->k, p = g->p;
    scratch s = {g, wk->loo, wk->loo ? p + 1 : 1, NULL, NULL, NULL, NULL,
                 INFINITY};
    s.he = malloc(s.nh * k * sizeof *s.he);
    s.sq = malloc(p * sizeof *s.sq);
    s.tmp = malloc(k * sizeof *s.tmp);
    s.hs = malloc(s.nh * sizeof *s.hs);
    if (s.he == NULL || s.sq == NULL || s.tmp == NULL || s.hs == NULL) {
        wk->failed = true;
        goto done;
    }
    for (size_t a = wk->from; a < wk->to; a++) {
        for (size_t m = 0; m < s.nh; m++)
            s.hs[m] = (heap){s.he + m * k, 0, k};
        const double *za = g->z + a * p;
        s.bound = INFINITY;
        for (size_t b = 0; b < g->n; b++) {
            if (b == a)
                continue;
            double big;
            double tot = pair_terms(g, za, g->z + b * p, s.sq, &big);
            offer_pair(&s, b, tot, big);
        }
        store_group(&s, a);
        store_stability(&s, a);
    }
done:
    free(s.he);
    free(s.sq);
    free(s.tmp);
    free(s.hs);
    return NULL;
}

/* Splits the areas between up to 'threads' workers (the pairs are n^2;
 * each area's row is independent of the others'). */
static ct_status nearest(ct_peergroup *g, bool loo, int threads,
                         ct_error *err)
{
    enum { MAX_THREADS = 16 };
    if (threads < 1)
        threads = 1;
    if (threads > MAX_THREADS)
        threads = MAX_THREADS;
    /* Small inputs are not worth a thread. */
    if (g->n < 500)
        threads = 1;
    worker wk[MAX_THREADS];
    pthread_t tid[MAX_THREADS];
    bool started[MAX_THREADS] = {false};
    for (int t = 0; t < threads; t++) {
        wk[t] = (worker){g, loo, g->n * (size_t)t / (size_t)threads,
                         g->n * (size_t)(t + 1) / (size_t)threads, false};
        if (t > 0)
            started[t] = pthread_create(&tid[t], NULL, nearest_range,
                                        &wk[t]) == 0;
    }
    /* A thread that could not start does its share here. */
    nearest_range(&wk[0]);
    for (int t = 1; t < threads; t++) {
        if (started[t])
            pthread_join(tid[t], NULL);
        else
            nearest_range(&wk[t]);
    }
    for (int t = 0; t < threads; t++)
        if (wk[t].failed)
            return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                                 "out of memory");
    return CT_STATUS_OK;
}

static size_t find_variable(const ct_peergroup_data *d, const char *name)
{
    for (size_t j = 0; j < d->p; j++)
        if (strcmp(d->vars[j], name) == 0 || header_eq(d->vars[j], name))
            return j;
    return SIZE_MAX;
}

/* Appends " + 2.5 name" terms to a combination's description. */
static void describe_combination(ct_peergroup *g, size_t j,
                                 const double *coef)
{
    char buf[400];
    size_t used = 0;
    int w = snprintf(buf, sizeof buf, "%s =", g->vars[j]);
    used = w > 0 ? (size_t)w : 0;
    bool first = true;
    for (size_t m = 0; m < g->p && used < sizeof buf; m++) {
        double c = coef[1 + m];
        if (fabs(c) < 1e-9)
            continue;
        w = snprintf(buf + used, sizeof buf - used, " %s%.4g %s",
                     first ? (c < 0 ? "-" : "") : (c < 0 ? "- " : "+ "),
                     fabs(c), g->vars[m]);
        if (w > 0)
            used += (size_t)w;
        first = false;
    }
    if (used < sizeof buf && fabs(coef[0]) > 1e-9)
        snprintf(buf + used, sizeof buf - used, " %s %.4g",
                 coef[0] < 0 ? "-" : "+", fabs(coef[0]));
    g->combination[j] = dup_n(buf, strlen(buf));
}

/* What building the groups decides step by step: which areas and
 * variables are kept, the areas' name order, and each area's crime rate
 * for regression weights.  Every step reads and fills this, so that no
 * step takes a long list of arguments; the caller frees it all. */
typedef struct build_state {
    const ct_peergroup_data *d;
    const ct_peergroup_options *o;
    ct_peergroup *g;
    const char *path;
    size_t rate_var;         /* the variable holding the rate, or SIZE_MAX */
    bool regression;         /* weights from a regression on the rate */
    bool *keep_area;         /* d->n */
    bool *keep_var;          /* d->p */
    sort_name *order;        /* the kept areas, then in name order */
    double *rate;            /* g->n: the rate of each kept area, or NaN */
} build_state;

/* The options are checked before anything is allocated or read, so that
 * a usage error is the first thing said, whatever the data hold. */
static ct_status check_options(build_state *b, ct_error *err)
{
    const ct_peergroup_options *o = b->o;
    if (o->k < 1)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "k must be 1 or more");
    if (b->regression && o->rate == NULL) {
        if (o->rate_variable == NULL)
            return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                                 "regression weights need a crime rate: a "
                                 "rate variable or counts");
        if ((b->rate_var = find_variable(b->d, o->rate_variable)) ==
            SIZE_MAX)
            return ctp_error_set(err, CT_STATUS_USAGE, b->path, 0, 0,
                                 "no variable '%s' for the crime rate",
                                 o->rate_variable);
    }
    for (size_t m = 0; m < o->n_weights; m++)
        if (find_variable(b->d, o->weight_names[m]) == SIZE_MAX)
            return ctp_error_set(err, CT_STATUS_USAGE, b->path, 0, 0,
                                 "no variable '%s' to weigh",
                                 o->weight_names[m]);
    return CT_STATUS_OK;
}

/* How many of the n values v[0], v[step], v[2 step], ... are missing,
 * counting only those 'keep' keeps (every one when NULL); '*first' is
 * the place of the first missing one. */
static size_t count_missing(const double *v, size_t n, size_t step,
                            const bool *keep, size_t *first)
{
    size_t miss = 0;
    *first = SIZE_MAX;
    for (size_t m = 0; m < n; m++)
        if ((keep == NULL || keep[m]) && isnan(v[m * step])) {
            if (miss == 0)
                *first = m;
            miss++;
        }
    return miss;
}

/* Missing values, with --missing areas: an area without a value for a
 * kept variable is left out, and the warning says which; a missing value
 * is never read as 0. */
static void leave_out_incomplete_areas(build_state *b)
{
    const ct_peergroup_data *d = b->d;
    size_t n0 = d->n, p0 = d->p;
    for (size_t i = 0; i < n0; i++) {
        size_t first;
        size_t miss = count_missing(d->values + i * p0, p0, 1, b->keep_var,
                                    &first);
        if (miss > 0) {
            b->keep_area[i] = false;
            b->g->left_out_areas++;
            ctp_warn(b->o->warn, b->o->warn_ctx, b->path, d->lines[i], 0,
                     "area '%s' left out: no value for '%s'%s",
                     d->areas[i], d->vars[first],
                     miss > 1 ? " and others" : "");
        }
    }
}

/* Missing values by default: a variable without a value for some area is
 * left out, so that every area keeps a group; the warning names the
 * other choice. */
static void leave_out_incomplete_variables(build_state *b)
{
    const ct_peergroup_data *d = b->d;
    size_t n0 = d->n, p0 = d->p;
    for (size_t j = 0; j < p0; j++) {
        if (!b->keep_var[j])
            continue;
        size_t first;
        size_t miss = count_missing(d->values + j, n0, p0, NULL, &first);
        if (miss > 0) {
            b->keep_var[j] = false;
            b->g->left_out_vars++;
            ctp_warn(b->o->warn, b->o->warn_ctx, b->path, 0, 0,
                     "variable '%s' left out: no value for %zu "
                     "area%s ('%s'%s); --missing areas leaves out "
                     "the areas instead", d->vars[j], miss,
                     miss == 1 ? "" : "s", d->areas[first],
                     miss > 1 ? " and others" : "");
        }
    }
}

/* Counts what is left and puts the kept areas in name order, so that
 * ties go to the first name; too few areas or variables, or an area
 * named twice, is an error here, before the group is allocated. */
static ct_status order_kept_areas(build_state *b, ct_error *err)
{
    const ct_peergroup_data *d = b->d;
    size_t n = 0, p = 0;
    for (size_t i = 0; i < d->n; i++)
        if (b->keep_area[i])
            b->order[n++] = (sort_name){d->areas[i], i};
    for (size_t j = 0; j < d->p; j++)
        p += b->keep_var[j];
    if (p == 0)
        return ctp_error_set(err, CT_STATUS_INPUT, b->path, 0, 0,
                             "no variable has a value for every area; "
                             "expected at least one");
    if (n < b->o->k + 1)
        return ctp_error_set(err, CT_STATUS_INPUT, b->path, 0, 0,
                             "%zu areas with every variable; groups of --k "
                             "%zu need at least %zu", n, b->o->k,
                             b->o->k + 1);
    qsort(b->order, n, sizeof *b->order, by_name);
    for (size_t i = 1; i < n; i++)
        if (strcmp(b->order[i].name, b->order[i - 1].name) == 0)
            return ctp_error_set(err, CT_STATUS_INPUT, b->path, 0, 0,
                                 "area '%s' twice", b->order[i].name);
    b->g->n = n;
    b->g->p = p;
    return CT_STATUS_OK;
}

/* Every array of the group at once, now that its size is known. */
static ct_status allocate_group(build_state *b, ct_error *err)
{
    ct_peergroup *g = b->g;
    size_t n = g->n, p = g->p, k = b->o->k;
    g->areas = malloc(n * sizeof *g->areas);
    g->vars = malloc(p * sizeof *g->vars);
    g->z = malloc(n * p * sizeof *g->z);
    g->w = malloc(p * sizeof *g->w);
    g->dependent = calloc(p, sizeof *g->dependent);
    g->combination = calloc(p, sizeof *g->combination);
    g->members = malloc(n * k * sizeof *g->members);
    g->dist = malloc(n * k * sizeof *g->dist);
    g->stability = malloc(n * sizeof *g->stability);
    b->rate = malloc(n * sizeof *b->rate);
    if (g->areas == NULL || g->vars == NULL || g->z == NULL ||
        g->w == NULL || g->dependent == NULL || g->combination == NULL ||
        g->members == NULL || g->dist == NULL || g->stability == NULL ||
        b->rate == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    return CT_STATUS_OK;
}

/* Copies the kept values in name order and puts every variable on the
 * chosen scale, so that distances weigh the variables alike; a variable
 * that does not vary is an error that says how to leave it out. */
static ct_status standardise_kept(build_state *b, ct_error *err)
{
    const ct_peergroup_data *d = b->d;
    ct_peergroup *g = b->g;
    size_t n = g->n, p = g->p, p0 = d->p;
    size_t m = 0;
    for (size_t j = 0; j < p0; j++)
        if (b->keep_var[j]) {
            g->vars[m] = d->vars[j];
            for (size_t i = 0; i < n; i++)
                g->z[i * p + m] = d->values[b->order[i].index * p0 + j];
            m++;
        }
    for (size_t i = 0; i < n; i++) {
        size_t at = b->order[i].index;
        g->areas[i] = d->areas[at];
        b->rate[i] = !b->regression ? NAN
                     : b->o->rate ? b->o->rate[at]
                                  : d->values[at * p0 + b->rate_var];
    }
    for (size_t j = 0; j < p; j++) {
        ct_error e = CT_ERROR_INIT;
        ct_status st = ct_model_standardise(g->z, NULL, n, p, j, b->o->scale,
                                            NULL, &e);
        if (st == CT_STATUS_DOMAIN)
            return ctp_error_set(err, CT_STATUS_INPUT, b->path, 0, 0,
                                 "variable '%s' has the same value in "
                                 "every area; a variable that does not "
                                 "vary cannot tell areas apart: leave it "
                                 "out with --variables", g->vars[j]);
        if (st != CT_STATUS_OK)
            return ctp_error_set(err, st, NULL, 0, 0, "%s", e.message);
    }
    return CT_STATUS_OK;
}

/* Marks the variables that are linear combinations of the ones before
 * them and warns about each: such a variable counts twice in the
 * distance, and the warning gives the combination so that the analyst
 * can choose which to drop. */
static ct_status find_dependent(build_state *b, ct_error *err)
{
    ct_peergroup *g = b->g;
    size_t n = g->n, p = g->p;
    double *coef = malloc(p * (p + 1) * sizeof *coef);
    if (coef == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    ct_status st = ct_model_dependent_columns(g->z, n, p, g->dependent, coef,
                                              &g->rank, err);
    if (st == CT_STATUS_OK) {
        for (size_t j = 0; j < p; j++)
            if (g->dependent[j] && isnan(coef[j * (p + 1)])) {
                ctp_warn(b->o->warn, b->o->warn_ctx, b->path, 0, 0,
                         "variable '%s' adds nothing the ones before it do "
                         "not: %zu areas can be told apart by at most %zu "
                         "variables; choose fewer with --variables",
                         g->vars[j], n, n - 1);
            } else if (g->dependent[j]) {
                describe_combination(g, j, coef + j * (p + 1));
                ctp_warn(b->o->warn, b->o->warn_ctx, b->path, 0, 0,
                         "variable '%s' is a linear combination of the ones "
                         "before it (in z-scores: %s); it counts twice in "
                         "the distance", g->vars[j],
                         g->combination[j] ? g->combination[j] : "");
            }
    }
    free(coef);
    return st;
}

/* Regression weights: the crime rate regressed on the standardised
 * variables, each weighing its |beta| scaled to sum to p.  The
 * regression uses the areas with a rate, on the independent variables;
 * a dependent one gets weight 0, as it cannot be told apart from the
 * others. */
static ct_status regression_weights(build_state *b, ct_error *err)
{
    ct_peergroup *g = b->g;
    size_t n = g->n, p = g->p, nr = 0;
    double *x = malloc(n * p * sizeof *x), *y = malloc(n * sizeof *y);
    double *beta = malloc(p * sizeof *beta);
    bool *use = malloc(p * sizeof *use);
    if (x == NULL || y == NULL || beta == NULL || use == NULL) {
        free(x);
        free(y);
        free(beta);
        free(use);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0,
                             "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        if (isnan(b->rate[i])) {
            ctp_warn(b->o->warn, b->o->warn_ctx, b->path, 0, 0,
                     "area '%s' has no crime rate: it gets a group but "
                     "is not in the regression for the weights",
                     g->areas[i]);
            continue;
        }
        memcpy(x + nr * p, g->z + i * p, p * sizeof *x);
        y[nr++] = b->rate[i];
    }
    for (size_t j = 0; j < p; j++)
        use[j] = !g->dependent[j];
    g->n_rate = nr;
    ct_status st = ct_model_ols(x, y, nr, p, use, beta, &g->r2, err);
    double sum = 0;
    for (size_t j = 0; st == CT_STATUS_OK && j < p; j++)
        sum += fabs(beta[j]);
    for (size_t j = 0; st == CT_STATUS_OK && j < p; j++)
        g->w[j] = sum > 0 ? fabs(beta[j]) * (double)p / sum : 1.0;
    free(x);
    free(y);
    free(beta);
    free(use);
    if (st == CT_STATUS_DOMAIN)
        st = ctp_error_set(err, CT_STATUS_INPUT, b->path, 0, 0,
                           "regression weights: %s", err->message);
    return st;
}

/* Each variable's weight in the distance: 1, the ones given by name, or
 * from the regression; all of them 0 would make every area equally near,
 * so that is an error. */
static ct_status choose_weights(build_state *b, ct_error *err)
{
    ct_peergroup *g = b->g;
    const ct_peergroup_options *o = b->o;
    size_t p = g->p;
    for (size_t j = 0; j < p; j++)
        g->w[j] = 1.0;
    if (o->weighting == CT_PEERGROUP_GIVEN) {
        for (size_t j = 0; j < p; j++)
            for (size_t q = 0; q < o->n_weights; q++)
                if (header_eq(o->weight_names[q], g->vars[j]))
                    g->w[j] = o->weight_values[q];
    } else if (b->regression) {
        ct_status st = regression_weights(b, err);
        if (st != CT_STATUS_OK)
            return st;
    }
    bool any_weight = false;
    for (size_t j = 0; j < p; j++)
        any_weight |= g->w[j] > 0;
    if (!any_weight)
        return ctp_error_set(err, CT_STATUS_USAGE, NULL, 0, 0,
                             "every weight is 0; expected at least one above "
                             "0");
    return CT_STATUS_OK;
}

ct_status ct_peergroup_build(const ct_peergroup_data *d,
                             const ct_peergroup_options *o,
                             ct_peergroup **out, ct_error *err)
{
    *out = NULL;
    build_state b = {d, o, NULL, o->path, SIZE_MAX,
                     o->weighting == CT_PEERGROUP_REGRESSION,
                     NULL, NULL, NULL, NULL};
    ct_status st = check_options(&b, err);
    if (st != CT_STATUS_OK)
        return st;
    size_t n0 = d->n, p0 = d->p;
    b.keep_area = malloc((n0 ? n0 : 1) * sizeof *b.keep_area);
    b.keep_var = malloc((p0 ? p0 : 1) * sizeof *b.keep_var);
    b.order = malloc((n0 ? n0 : 1) * sizeof *b.order);
    b.g = calloc(1, sizeof *b.g);
    if (b.keep_area == NULL || b.keep_var == NULL || b.order == NULL ||
        b.g == NULL) {
        st = ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    ct_peergroup *g = b.g;
    g->path = b.path;
    g->scale = o->scale;
    g->weighting = o->weighting;
    g->r2 = NAN;
    g->k = o->k;
    for (size_t i = 0; i < n0; i++)
        b.keep_area[i] = true;
    for (size_t j = 0; j < p0; j++)
        b.keep_var[j] = j != b.rate_var;
    if (o->drop_areas)
        leave_out_incomplete_areas(&b);
    else
        leave_out_incomplete_variables(&b);
    if ((st = order_kept_areas(&b, err)) != CT_STATUS_OK ||
        (st = allocate_group(&b, err)) != CT_STATUS_OK ||
        (st = standardise_kept(&b, err)) != CT_STATUS_OK ||
        (st = find_dependent(&b, err)) != CT_STATUS_OK ||
        (st = choose_weights(&b, err)) != CT_STATUS_OK)
        goto done;
    st = nearest(g, o->stability && g->p > 1, o->threads, err);
done:
    free(b.keep_area);
    free(b.keep_var);
    free(b.order);
    free(b.rate);
    if (st != CT_STATUS_OK) {
        ct_peergroup_free(b.g);
        return st;
    }
    *out = b.g;
    return CT_STATUS_OK;
}

/* ---- tables ----------------------------------------------------------- */

ct_status ct_peergroup_peers_table(const ct_peergroup *g, ct_table **out,
                                   ct_error *err)
{
    static const ct_table_column cols[] = {
        {"area", "Area", CT_TABLE_STRING, 0, NULL},
        {"peer", "Peer", CT_TABLE_STRING, 0, NULL},
    };
    *out = NULL;
    ct_table *t = ct_table_new(cols, 2);
    if (t == NULL)
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    ct_status st = CT_STATUS_OK;
    for (size_t a = 0; a < g->n && st == CT_STATUS_OK; a++)
        for (size_t m = 0; m < g->k && st == CT_STATUS_OK; m++)
            if ((st = ct_table_add_row(t, err)) == CT_STATUS_OK &&
                (st = ct_table_set_string(t, 0, g->areas[a], err)) == CT_STATUS_OK)
                st = ct_table_set_string(t, 1,
                                         g->areas[g->members[a * g->k + m]],
                                         err);
    if (st != CT_STATUS_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_STATUS_OK;
}

/* The method in one sentence: the design is crimetrend's, since the Home
 * Office does not publish its own, so the note says which scaling,
 * weights and distance were used. */
static ct_status note_method(const ct_peergroup *g, ct_table *t,
                             ct_error *err)
{
    char note[1024];
    snprintf(note, sizeof note,
             "Method (crimetrend's design, labelled as such: the Home Office "
             "does not publish its weights, standardisation or distance; "
             "METHODS-ADDENDUM §C.2, §C.4): %zu variables %s; weights %s; "
             "distance sqrt(sum of weight x squared difference); the %zu "
             "nearest other areas, ties broken by name; lists are one-way, "
             "as HMIC's most similar groups.",
             g->p,
             g->scale == CT_MODEL_RANK
                 ? "ranked (ties averaged), the ranks z-scored"
                 : "z-scored with the sample standard deviation",
             g->weighting == CT_PEERGROUP_REGRESSION
                 ? "the absolute coefficients of a least-squares regression "
                   "of the crime rate on the z-scores, scaled to average 1"
                 : g->weighting == CT_PEERGROUP_GIVEN ? "as given"
                                                      : "equal",
             g->k);
    return ct_table_add_note(t, note, err);
}

/* Each variable's weight, so a reader can see what drives the groups,
 * and the regression's fit when the weights came from one; cut short
 * when the note is full. */
static ct_status note_weights(const ct_peergroup *g, ct_table *t,
                              ct_error *err)
{
    char note[1024];
    size_t used = (size_t)snprintf(note, sizeof note, "Weights:");
    for (size_t j = 0; j < g->p && used < sizeof note; j++) {
        int w = snprintf(note + used, sizeof note - used, "%s %s %.3f",
                         j ? "," : "", g->vars[j], g->w[j]);
        if (w > 0)
            used += (size_t)w;
    }
    if (used < sizeof note && g->weighting == CT_PEERGROUP_REGRESSION)
        snprintf(note + used, sizeof note - used,
                 " (regression on %zu areas, R-squared %.3f)", g->n_rate,
                 g->r2);
    return ct_table_add_note(t, note, err);
}

/* Variables that say nothing new: the rank when it falls short of the
 * number of variables, how many are in excess of the areas, and each one
 * that is a combination of the others. */
static ct_status note_dependence(const ct_peergroup *g, ct_table *t,
                                 ct_error *err)
{
    char note[1024];
    ct_status st;
    if (g->rank < g->p) {
        snprintf(note, sizeof note, "Rank: the %zu variables span %zu "
                 "dimensions (least squares by singular value "
                 "decomposition); the others are combinations of them.",
                 g->p, g->rank);
        if ((st = ct_table_add_note(t, note, err)) != CT_STATUS_OK)
            return st;
    }
    size_t excess = 0;
    for (size_t j = 0; j < g->p; j++)
        excess += g->dependent[j] && g->combination[j] == NULL;
    if (excess > 0) {
        snprintf(note, sizeof note, "%zu variables add nothing the others "
                 "do not: there are more variables than areas less one.",
                 excess);
        if ((st = ct_table_add_note(t, note, err)) != CT_STATUS_OK)
            return st;
    }
    for (size_t j = 0; j < g->p; j++)
        if (g->dependent[j] && g->combination[j] != NULL) {
            snprintf(note, sizeof note, "Linear combination: %s (z-scores).",
                     g->combination[j]);
            if ((st = ct_table_add_note(t, note, err)) != CT_STATUS_OK)
                return st;
        }
    return CT_STATUS_OK;
}

/* How far the groups hold when one variable at a time is left out, over
 * the areas whose stability was checked; no note when none was. */
static ct_status note_stability(const ct_peergroup *g, ct_table *t,
                                ct_error *err)
{
    size_t stable = 0, checked = 0;
    double mean = 0;
    for (size_t a = 0; a < g->n; a++)
        if (!isnan(g->stability[a].mean)) {
            bool s;
            mean += ct_peergroup_stability(g, a, &s);
            stable += s;
            checked++;
        }
    if (checked == 0)
        return CT_STATUS_OK;
    char note[1024];
    snprintf(note, sizeof note,
             "Stability: leaving out one variable at a time, %zu of %zu "
             "groups keep at least half their members every time "
             "(mean Jaccard overlap %.2f).", stable, checked,
             mean / (double)checked);
    return ct_table_add_note(t, note, err);
}

/* The notes under a peer group table: the method, the weights, the
 * variables that add nothing, the stability, then the sources. */
static ct_status method_notes(const ct_peergroup *g, ct_table *t,
                              ct_error *err)
{
    ct_status st;
    if ((st = note_method(g, t, err)) != CT_STATUS_OK ||
        (st = note_weights(g, t, err)) != CT_STATUS_OK ||
        (st = note_dependence(g, t, err)) != CT_STATUS_OK ||
        (st = note_stability(g, t, err)) != CT_STATUS_OK)
        return st;
    return ct_table_add_note(
        t, "Sources: HMIC, Crime and Policing Comparator, \"About the "
           "data\" (most similar groups: up to seven, one-way, from "
           "social, economic and demographic variables related to crime); "
           "CIPFA nearest neighbours and the NICHE tool (z-scores, "
           "Euclidean distance); METHODS-ADDENDUM §C.",
        err);
}

ct_status ct_peergroup_distance_table(const ct_peergroup *g, ct_table **out,
                                      ct_error *err)
{
    static const ct_table_column cols[] = {
        {"area", "Area", CT_TABLE_STRING, 0, NULL},
        {"peer", "Peer", CT_TABLE_STRING, 0, NULL},
        {"rank", "Rank", CT_TABLE_COUNT, 0, NULL},
        {"distance", "Distance", CT_TABLE_REAL, 3, NULL},
        {"top_variables", "Variables contributing most", CT_TABLE_STRING, 0,
         NULL},
        {"stability", "Stability", CT_TABLE_REAL, 2, NULL},
        {"stable", "Stable", CT_TABLE_STRING, 0, NULL},
    };
    *out = NULL;
    ct_table *t = ct_table_new(cols, sizeof cols / sizeof cols[0]);
    ctp_rank_item *sh = malloc(g->p * sizeof *sh);
    if (t == NULL || sh == NULL) {
        ct_table_free(t);
        free(sh);
        return ctp_error_set(err, CT_STATUS_NOMEM, NULL, 0, 0, "out of memory");
    }
    ct_status st = CT_STATUS_OK;
    for (size_t a = 0; a < g->n && st == CT_STATUS_OK; a++) {
        bool stable;
        double jac = ct_peergroup_stability(g, a, &stable);
        for (size_t m = 0; m < g->k && st == CT_STATUS_OK; m++) {
            size_t b = g->members[a * g->k + m];
            double tot = 0;
            for (size_t j = 0; j < g->p; j++) {
                double e = g->z[a * g->p + j] - g->z[b * g->p + j];
                sh[j] = (ctp_rank_item){g->w[j] * e * e, j};
                tot += sh[j].v;
            }
            qsort(sh, g->p, sizeof *sh, ctp_rank_descending);
            char top[400];
            size_t used = 0;
            for (size_t q = 0; q < 3 && q < g->p && tot > 0; q++) {
                int w = snprintf(top + used, sizeof top - used, "%s%s %.0f%%",
                                 q ? ", " : "", g->vars[sh[q].i],
                                 100.0 * sh[q].v / tot);
                if (w > 0 && (size_t)w < sizeof top - used)
                    used += (size_t)w;
            }
            top[used] = '\0';
            if ((st = ct_table_add_row(t, err)) != CT_STATUS_OK ||
                (st = ct_table_set_string(t, 0, g->areas[a], err)) != CT_STATUS_OK ||
                (st = ct_table_set_string(t, 1, g->areas[b], err)) != CT_STATUS_OK)
                break;
            ct_table_set_count(t, 2, (int64_t)m + 1);
            ct_table_set_real(t, 3, g->dist[a * g->k + m]);
            if ((st = ct_table_set_string(t, 4, top, err)) != CT_STATUS_OK)
                break;
            if (!isnan(jac)) {
                ct_table_set_real(t, 5, jac);
                st = ct_table_set_string(t, 6, stable ? "yes" : "no", err);
            }
        }
    }
    free(sh);
    if (st == CT_STATUS_OK)
        st = method_notes(g, t, err);
    if (st != CT_STATUS_OK) {
        ct_table_free(t);
        return st;
    }
    *out = t;
    return CT_STATUS_OK;
}

ct_status ct_peergroup_rate_from_dataset(const ct_peergroup_data *d,
                                         const ct_dataset *ds,
                                         const ct_tables_query *q, double *rate,
                                         ct_error_warn_fn warn, void *warn_ctx,
                                         ct_error *err)
{
    ct_dataset_id period;
    ct_status st;
    if (q->period != NULL) {
        if ((st = ctp_find_period(ds, q->period, "period", &period, err)) !=
            CT_STATUS_OK)
            return st;
    } else if ((period = ctp_latest_period(ds)) == CT_DATASET_NO_ID) {
        return ctp_error_set(err, CT_STATUS_INPUT, NULL, 0, 0,
                             "the counts hold no counts");
    }
    named_id *offences = NULL;
    size_t n_off = 0;
    if ((st = ctp_select_names(ds, false, q->offences, q->n_offences,
                               &offences, &n_off, err)) != CT_STATUS_OK)
        return st;
    char pl[32];
    ct_period_format(ct_dataset_period(ds, period), pl, sizeof pl);
    for (size_t i = 0; i < d->n; i++) {
        rate[i] = NAN;
        ct_dataset_id a = ct_dataset_find_area(ds, d->areas[i]);
        if (a == CT_DATASET_NO_ID) {
            ctp_warn(warn, warn_ctx, NULL, 0, 0, "area '%s' has no counts",
                     d->areas[i]);
            continue;
        }
        int64_t sum = 0;
        bool all = true;
        for (size_t f = 0; f < n_off; f++) {
            /* Anti-social behaviour is incidents, not crimes: not in a
             * crime rate unless asked for by name. */
            if (q->n_offences == 0 &&
                strcmp(offences[f].name, "Anti-social behaviour") == 0)
                continue;
            ct_cell c = ct_dataset_cell(ds, a, offences[f].id, period);
            if (c.state != CT_CELL_PRESENT) {
                all = false;
                break;
            }
            sum += c.count;
        }
        double pop;
        ct_period src;
        if (!all || !ct_dataset_population(ds, a, ct_dataset_period(ds, period),
                                           q->pop_rule, &pop, &src) ||
            !(pop > 0)) {
            ctp_warn(warn, warn_ctx, NULL, 0, 0,
                     "area '%s' has no %s for %s", d->areas[i],
                     all ? "population" : "count of every offence", pl);
            continue;
        }
        rate[i] = (double)sum / pop * q->per;
    }
    free(offences);
    return CT_STATUS_OK;
}
