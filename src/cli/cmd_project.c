/* cmd_project.c - `crimetrend project`: next period's expected count and
 * prediction interval for every area and offence, or with --backtest how
 * well those intervals did in the past. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "local_options.h"

static bool regular_file(const char *path)
{
    struct stat st;
    return path != NULL && strcmp(path, "-") != 0 &&
           stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool in_folder(const char *dir, const char *name, char *buf,
                      size_t size)
{
    struct stat st;
    snprintf(buf, size, "%s/%s", dir, name);
    return stat(buf, &st) == 0;
}

/* The counts file when nothing but the counts is read and the table is
 * wanted as CSV with no filters, so that the projections can be streamed
 * (ct_project_stream_read); NULL otherwise.  A folder counts when it holds
 * a counts.csv and no population, peers or areas file. */
static const char *streamable(const cli_args *a, char *buf, size_t size)
{
    const ct_ingest_options *in = &a->ingest;
    if (a->format != CT_FORMAT_CSV || a->has_period_type ||
        in->layout != CT_INGEST_WIDE_PERIODS || in->area_column != NULL ||
        in->offence_column != NULL || in->period_column != NULL ||
        in->count_column != NULL || in->population_column != NULL ||
        in->period != NULL || in->offences != NULL ||
        in->blank_area != NULL || in->sum_duplicates || in->latin1 ||
        in->csv_only || a->population != NULL || a->peers != NULL ||
        a->areas_file != NULL || a->query.areas != NULL ||
        a->query.offences != NULL || a->query.period != NULL ||
        a->query.n_exclude > 0)
        return NULL;
    const char *dir = a->dir != NULL ? a->dir : ".";
    struct stat st;
    bool folder = strcmp(dir, "-") != 0 && stat(dir, &st) == 0 &&
                  S_ISDIR(st.st_mode);
    char other[4096];
    if (folder && (in_folder(dir, "population.csv", other, sizeof other) ||
                   in_folder(dir, "peers.csv", other, sizeof other) ||
                   in_folder(dir, "areas.csv", other, sizeof other)))
        return NULL;
    const char *counts = a->counts;
    if (counts == NULL) {
        if (folder)
            snprintf(buf, size, "%s/counts.csv", dir);
        else
            snprintf(buf, size, "%s", dir);
        counts = buf;
    }
    return regular_file(counts) ? counts : NULL;
}

/* The streamed projections: -1 when the file needs the general path,
 * else the exit status. */
static int project_streamed(const cli_args *a, const ct_project_options *o,
                            bool backtest)
{
    char buf[4096];
    const char *path = streamable(a, buf, sizeof buf);
    if (path == NULL)
        return -1;
    FILE *in = fopen(path, "rb");
    if (in == NULL)
        return -1;
    ct_project_stream *s = NULL;
    ct_error err = CT_ERROR_INIT;
    ct_status st = ct_project_stream_read(in, path, o->window, backtest,
                                          &s, &err);
    fclose(in);
    if (st != CT_STATUS_OK)
        return cli_report(&err);
    if (s == NULL)
        return -1;
    cli_output out;
    int status = cli_output_open(&out, a->output);
    if (status == EXIT_OK) {
        ct_status ws = backtest
            ? ct_project_stream_write_backtest(s, a->query.confidence, out.fp,
                                               &err)
            : ct_project_stream_write(s, a->query.confidence, o->warn,
                                      o->warn_ctx, out.fp, &err);
        if (ws != CT_STATUS_OK) {
            if (out.fp != stdout)
                fprintf(stderr, "crimetrend: cannot write '%s': %s\n",
                        a->output, strerror(errno));
            cli_output_abort(&out);
            status = EXIT_IO;
        } else {
            status = cli_output_commit(&out);
        }
    }
    ct_project_stream_free(s);
    return status;
}

enum { L_WINDOW, L_BACKTEST };

/* The command once its options are parsed; 'a' is freed by the caller. */
static int project(const cli_command *cmd, cli_args *a,
                   const cli_local_option *local)
{
    int status;
    ct_project_options o;
    ct_project_options_init(&o);
    o.warn = cli_warn;
    o.warn_ctx = a;
    if (local[L_WINDOW].given) {
        long w;
        if (!cli_local_size(local[L_WINDOW].value, 3, 60, &w))
            return cli_usage_error(cmd, "window '%s' is not a whole number "
                                   "of periods from 3 to 60",
                                   local[L_WINDOW].value);
        o.window = (size_t)w;
    }
    /* A plain file of series by period, wanted as CSV, is projected as
     * it is read, without the general dataset: seconds and memory per
     * series for a million of them. */
    if ((status = project_streamed(a, &o, local[L_BACKTEST].given)) >= 0)
        return status;
    ct_dataset *ds = NULL;
    if ((status = cli_load_dataset(a, &ds)) != EXIT_OK)
        return status;
    ct_table *t = NULL;
    ct_error err = CT_ERROR_INIT;
    ct_status st = local[L_BACKTEST].given
                       ? ct_project_backtest(ds, &a->query, &o, &t, &err)
                       : ct_project_table(ds, &a->query, &o, &t, &err);
    if (st != CT_STATUS_OK)
        status = cli_fail(cmd, st, &err);
    else
        status = cli_write_table(a, t);
    ct_table_free(t);
    ct_dataset_free(ds);
    return status;
}

int cmd_project(const cli_command *cmd, int argc, char **argv)
{
    cli_local_option local[] = {
        LOCAL_OPTION("window", "N", "periods the trend is fitted over "
                     "(default 5, at least 3)"),
        LOCAL_OPTION("backtest", NULL, "project every past period from the "
                     "ones before it: coverage and error"),
    };
    return cli_run_local(cmd, argc, argv, local, sizeof local / sizeof local[0],
                         project);
}
