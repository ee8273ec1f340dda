/* cmd_table.c - the table commands (rates, change, compare, trend,
 * funnel): parse the options, load the dataset, build the table in the
 * library, write it. */
#include "cli.h"
#include "expected_range.h"

typedef ct_status (*build_fn)(ct_dataset *ds, const cli_args *a,
                              ct_table **out, ct_error *err);

static int run_table(const cli_command *cmd, int argc, char **argv,
                     build_fn build, bool summary)
{
    cli_args a;
    int status = cli_parse(cmd, argc, argv, &a);
    if (status >= 0)
        return status;
    ct_dataset *ds = NULL;
    if ((status = cli_load_dataset(&a, &ds)) != EXIT_OK) {
        cli_args_free(&a);
        return status;
    }
    ct_table *t = NULL;
    ct_error err = CT_ERROR_INIT;
    ct_status st = build(ds, &a, &t, &err);
    if (st != CT_STATUS_OK)
        status = cli_fail(cmd, st, &err);
    else if (summary && a.format == CT_FORMAT_TEXT)
        status = cli_write_compare_summary(&a, ds, t);
    else
        status = cli_write_table(&a, t);
    ct_table_free(t);
    ct_dataset_free(ds);
    cli_args_free(&a);
    return status;
}

/* Rates and change carry the "All crime" total too, as compare and
 * assess do: every offence but anti-social behaviour. */
static ct_status build_rates(ct_dataset *ds, const cli_args *a,
                             ct_table **out, ct_error *err)
{
    ct_status st = ct_dataset_add_total(ds, err);
    return st != CT_STATUS_OK ? st : ct_tables_rates(ds, &a->query, out, err);
}

static ct_status build_change(ct_dataset *ds, const cli_args *a,
                              ct_table **out, ct_error *err)
{
    ct_status st = ct_dataset_add_total(ds, err);
    return st != CT_STATUS_OK ? st : ct_tables_change(ds, &a->query, out, err);
}

/* Compare adds the "All crime" total first, so that the summary can speak
 * of the overall crime rate. */
static ct_status build_compare(ct_dataset *ds, const cli_args *a,
                               ct_table **out, ct_error *err)
{
    ct_status st = ct_dataset_add_total(ds, err);
    return st != CT_STATUS_OK ? st
                       : ct_tables_compare(ds, &a->query, a->national, out,
                                           err);
}

static ct_status build_trend(ct_dataset *ds, const cli_args *a,
                             ct_table **out, ct_error *err)
{
    ct_tables_trend_options to;
    to.xmr = a->xmr;
    to.rebase = a->rebase;
    to.n_rebase = a->xmr.n_rebase;
    return ct_tables_trend_with(ds, &a->query, a->method, &to, out, err);
}

static ct_status build_funnel(ct_dataset *ds, const cli_args *a,
                              ct_table **out, ct_error *err)
{
    return ct_tables_funnel_with(ds, &a->query, &a->funnel, out, err);
}

int cmd_rates(const cli_command *cmd, int argc, char **argv)
{
    return run_table(cmd, argc, argv, build_rates, false);
}

int cmd_change(const cli_command *cmd, int argc, char **argv)
{
    return run_table(cmd, argc, argv, build_change, false);
}

int cmd_compare(const cli_command *cmd, int argc, char **argv)
{
    return run_table(cmd, argc, argv, build_compare, true);
}

int cmd_trend(const cli_command *cmd, int argc, char **argv)
{
    return run_table(cmd, argc, argv, build_trend, false);
}

int cmd_funnel(const cli_command *cmd, int argc, char **argv)
{
    return run_table(cmd, argc, argv, build_funnel, false);
}
