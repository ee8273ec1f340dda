/* expected_range.c - compare's summary, and the figures outside the range
 * their own trend predicted. */
#include <errno.h>
#include <math.h>
#include <string.h>

#include "expected_range.h"

/* Appends the paragraphs; returns false when a write failed. */
static bool write_outside(const cli_args *a, const ct_dataset *ds,
                          const ct_table *t, FILE *out)
{
    int ac = ct_table_column_index(t, "area");
    int oc = ct_table_column_index(t, "offence");
    int pc = ct_table_column_index(t, "period");
    if (ac < 0 || oc < 0 || pc < 0)
        return true;
    ct_project_options o;
    ct_project_options_init(&o);
    const char *current = NULL;
    size_t n = ct_table_n_rows(t);
    for (size_t i = 0; i < n; i++) {
        const char *area = ct_table_get_string(t, i, (size_t)ac);
        const char *offence = ct_table_get_string(t, i, (size_t)oc);
        const char *label = ct_table_get_string(t, i, (size_t)pc);
        ct_period p;
        if (area == NULL || offence == NULL || label == NULL ||
            !ct_period_parse(label, strlen(label), &p))
            continue;
        ct_dataset_id ai = ct_dataset_find_area(ds, area);
        ct_dataset_id oi = ct_dataset_find_offence(ds, offence);
        ct_project_range r;
        if (ai == CT_DATASET_NO_ID || oi == CT_DATASET_NO_ID ||
            ct_project_range_for(ds, ai, oi, p, &o, 0.95,
                                 a->query.pop_rule, &r, NULL) != CT_STATUS_OK ||
            !r.available || !r.has_actual || r.side == 0)
            continue;
        char c[32], lo[32], hi[32];
        ct_number_format_count(r.actual, c, sizeof c);
        ct_number_format_count((int64_t)ceil(r.low), lo, sizeof lo);
        ct_number_format_count((int64_t)floor(r.high), hi, sizeof hi);
        if (current == NULL || strcmp(current, area) != 0) {
            fprintf(out, "%s%s, %s: outside the expected range (the 95%% "
                    "prediction interval of the trend of the five years "
                    "before): ", current ? ".\n\n" : "", area, label);
            current = area;
        } else {
            fputs("; ", out);
        }
        fprintf(out, "%s %s (expected %s to %s, %s)", offence, c, lo, hi,
                r.side > 0 ? "above" : "below");
    }
    if (current != NULL)
        fputs(".\n", out);
    return !ferror(out);
}

typedef struct summary_fill {
    const cli_args *a;
    const ct_dataset *ds;
    const ct_table *compare;
} summary_fill;

static ct_status fill_summary(FILE *out, const void *ctx, ct_error *err)
{
    const summary_fill *f = ctx;
    ct_status st = ct_tables_compare_write_summary(f->compare, f->a->query.per, out,
                                            err);
    if (st == CT_STATUS_OK && !write_outside(f->a, f->ds, f->compare, out))
        st = CT_STATUS_IO;
    return st;
}

int cli_write_compare_summary(const cli_args *a, const ct_dataset *ds,
                              const ct_table *compare)
{
    summary_fill f = {a, ds, compare};
    return cli_output_write(a->output, fill_summary, &f);
}
