/* cmd_project.c - `crimetrend project`: next period's expected count and
 * prediction interval for every area and offence, or with --backtest how
 * well those intervals did in the past. */
#include <string.h>

#include "cli.h"
#include "local_options.h"

int cmd_project(const cli_command *cmd, int argc, char **argv)
{
    cli_local_option local[] = {
        LOCAL_OPTION("window", "N", "periods the trend is fitted over "
                     "(default 5, at least 3)"),
        LOCAL_OPTION("backtest", NULL, "project every past period from the "
                     "ones before it: coverage and error"),
    };
    enum { L_WINDOW, L_BACKTEST };
    int status = cli_take_local_options(cmd, &argc, argv, local,
                                        sizeof local / sizeof local[0]);
    if (status >= 0)
        return status;
    cli_args a;
    if ((status = cli_parse(cmd, argc, argv, &a)) >= 0)
        return status;
    ct_project_options o;
    ct_project_options_init(&o);
    o.warn = cli_warn;
    o.warn_ctx = &a;
    if (local[L_WINDOW].given) {
        long w;
        if (!cli_local_size(local[L_WINDOW].value, 3, 60, &w))
            return cli_usage_error(cmd, "window '%s' is not a whole number "
                                   "of periods from 3 to 60",
                                   local[L_WINDOW].value);
        o.window = (size_t)w;
    }
    ct_dataset *ds = NULL;
    if ((status = cli_load_dataset(&a, &ds)) != EXIT_OK)
        return status;
    ct_table *t = NULL;
    ct_error err;
    ct_error_clear(&err);
    ct_status st = local[L_BACKTEST].given
                       ? ct_project_backtest(ds, &a.query, &o, &t, &err)
                       : ct_project_table(ds, &a.query, &o, &t, &err);
    if (st != CT_OK)
        status = st == CT_ERR_USAGE ? cli_usage_error(cmd, "%s", err.message)
                                    : cli_report(&err);
    else
        status = cli_write_table(&a, t);
    ct_table_free(t);
    ct_dataset_free(ds);
    return status;
}
