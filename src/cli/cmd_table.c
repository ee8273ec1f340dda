/* cmd_table.c - the table commands, rates and change: parse the options,
 * load the dataset, build the table in the library, write it. */
#include "cli.h"

static int run_table(const cli_command *cmd, int argc, char **argv,
                     ct_status (*build)(const ct_dataset *, const ct_query *,
                                        ct_table **, ct_error *))
{
    cli_args a;
    int status = cli_parse(cmd, argc, argv, &a);
    if (status >= 0)
        return status;
    ct_dataset *ds = NULL;
    if ((status = cli_load_dataset(&a, &ds)) != EXIT_OK)
        return status;
    ct_table *t = NULL;
    ct_error err;
    ct_error_clear(&err);
    ct_status st = build(ds, &a.query, &t, &err);
    if (st != CT_OK) {
        status = st == CT_ERR_USAGE ? cli_usage_error(cmd, "%s", err.message)
                                    : cli_report(&err);
    } else {
        status = cli_write_table(&a, t);
    }
    ct_table_free(t);
    ct_dataset_free(ds);
    return status;
}

int cmd_rates(const cli_command *cmd, int argc, char **argv)
{
    return run_table(cmd, argc, argv, ct_tables_rates);
}

int cmd_change(const cli_command *cmd, int argc, char **argv)
{
    return run_table(cmd, argc, argv, ct_tables_change);
}
