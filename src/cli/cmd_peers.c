/* cmd_peers.c - `crimetrend peers`: peer groups from a covariates file,
 * written as the peers.csv `compare` reads, with a distance table. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "local_options.h"

/* Splits a comma-separated list into 'names' (pointers into 'buf', which
 * is modified); with 'values', each item is NAME=WEIGHT.  Returns the
 * count, or -1 for a malformed item (its text in '*bad'). */
static int split_list(char *buf, const char **names, double *values,
                      int max, const char **bad)
{
    int n = 0;
    char *save = NULL;
    /* Semicolons separate the items when a name holds a comma. */
    const char *sep = strchr(buf, ';') ? ";" : ",";
    for (char *tok = strtok_r(buf, sep, &save); tok != NULL;
         tok = strtok_r(NULL, sep, &save)) {
        if (n == max) {
            *bad = tok;
            return -1;
        }
        if (values != NULL) {
            char *eq = strrchr(tok, '=');
            char *end;
            if (eq == NULL) {
                *bad = tok;
                return -1;
            }
            *eq = '\0';
            errno = 0;
            values[n] = strtod(eq + 1, &end);
            if (end == eq + 1 || *end != '\0' || !(values[n] >= 0) ||
                !isfinite(values[n])) {
                *eq = '=';
                *bad = tok;
                return -1;
            }
        }
        names[n++] = tok;
    }
    return n;
}

#define MAX_LIST 512

enum { L_K, L_STD, L_WEIGHTS, L_RATE_VAR, L_VARIABLES, L_NAME_COLUMN,
       L_MISSING, L_DISTANCES };

/* What the command builds, freed together by peers_run_free. */
typedef struct peers_run {
    ct_peergroup_options o;
    ct_peergroup_read_options ro;
    char *weights_buf, *vars_buf;  /* the lists' text, split in place */
    ct_peergroup_data *d;
    ct_peergroup *g;
    ct_dataset *ds;                /* --counts */
    ct_table *peers, *dist;
    double *rate;                  /* per area, from --counts */
} peers_run;

static void peers_run_free(peers_run *p)
{
    free(p->weights_buf);
    free(p->vars_buf);
    free(p->rate);
    ct_table_free(p->peers);
    ct_table_free(p->dist);
    ct_peergroup_free(p->g);
    ct_peergroup_data_free(p->d);
    ct_dataset_free(p->ds);
}

/* --k, --standardise and --missing.  Returns -1 to go on or the exit
 * status. */
static int take_shape(const cli_command *cmd, const cli_local_option *local,
                      ct_peergroup_options *o)
{
    long k;
    if (local[L_K].given) {
        if (!cli_local_size(local[L_K].value, 1, 1000, &k))
            return cli_usage_error(cmd, "k '%s' is not a whole number from 1 "
                                   "to 1000", local[L_K].value);
        o->k = (size_t)k;
    }
    if (local[L_STD].given) {
        if (strcmp(local[L_STD].value, "zscore") == 0)
            o->scale = CT_MODEL_ZSCORE;
        else if (strcmp(local[L_STD].value, "rank") == 0)
            o->scale = CT_MODEL_RANK;
        else
            return cli_usage_error(cmd, "standardisation '%s' is not zscore "
                                   "or rank", local[L_STD].value);
    }
    if (local[L_MISSING].given) {
        if (strcmp(local[L_MISSING].value, "areas") == 0)
            o->drop_areas = true;
        else if (strcmp(local[L_MISSING].value, "variables") != 0)
            return cli_usage_error(cmd, "missing '%s' is not variables or "
                                   "areas", local[L_MISSING].value);
    }
    return -1;
}

static const char *weight_names[MAX_LIST], *var_names[MAX_LIST];
static double weight_values[MAX_LIST];

/* --weights, and where the crime rate for regression weights comes from
 * (--rate-variable or --counts, exactly one).  Returns -1 to go on or the
 * exit status. */
static int take_weights(const cli_command *cmd, const cli_args *a,
                        const cli_local_option *local, peers_run *p)
{
    const char *w = local[L_WEIGHTS].value, *bad = NULL;
    if (local[L_WEIGHTS].given && strcmp(w, "equal") == 0) {
        p->o.weighting = CT_PEERGROUP_EQUAL;
    } else if (local[L_WEIGHTS].given && strcmp(w, "regression") == 0) {
        p->o.weighting = CT_PEERGROUP_REGRESSION;
    } else if (local[L_WEIGHTS].given) {
        p->weights_buf = strdup(w);
        int n = p->weights_buf ? split_list(p->weights_buf, weight_names,
                                            weight_values, MAX_LIST, &bad)
                               : -1;
        if (n <= 0)
            return cli_usage_error(cmd, "weights '%s' are not equal, "
                                   "regression or NAME=WEIGHT,... with "
                                   "weights of 0 or more", w);
        p->o.weighting = CT_PEERGROUP_GIVEN;
        p->o.weight_names = weight_names;
        p->o.weight_values = weight_values;
        p->o.n_weights = (size_t)n;
    }
    if (p->o.weighting == CT_PEERGROUP_REGRESSION) {
        if (local[L_RATE_VAR].given == (a->counts != NULL))
            return cli_usage_error(cmd, "--weights regression needs the "
                                   "crime rate from exactly one of "
                                   "--rate-variable NAME or --counts");
        p->o.rate_variable = local[L_RATE_VAR].value;
    } else if (local[L_RATE_VAR].given || a->counts != NULL) {
        return cli_usage_error(cmd, "--rate-variable and --counts give the "
                               "crime rate for --weights regression");
    }
    return -1;
}

/* How the covariates are read: --name-column and --variables.  Returns -1
 * to go on or the exit status. */
static int take_variables(const cli_command *cmd, cli_args *a,
                          const cli_local_option *local, peers_run *p)
{
    const char *bad = NULL;
    ct_peergroup_read_options_init(&p->ro);
    p->ro.latin1 = a->ingest.latin1;
    p->ro.warn = cli_warn;
    p->ro.warn_ctx = a;
    p->ro.area_column = local[L_NAME_COLUMN].value;
    if (!local[L_VARIABLES].given)
        return -1;
    p->vars_buf = strdup(local[L_VARIABLES].value);
    int n = p->vars_buf ? split_list(p->vars_buf, var_names, NULL, MAX_LIST,
                                     &bad) : -1;
    if (n <= 0)
        return cli_usage_error(cmd, "variables '%s' are not a "
                               "comma-separated list",
                               local[L_VARIABLES].value);
    /* The rate is read too, but is not a distance variable. */
    if (p->o.rate_variable != NULL && n < MAX_LIST)
        var_names[n++] = p->o.rate_variable;
    p->ro.variables = var_names;
    p->ro.n_variables = (size_t)n;
    return -1;
}

/* Reads the covariates and, with --counts, each area's crime rate.
 * Returns EXIT_OK or the exit status. */
static int read_inputs(const cli_command *cmd, cli_args *a, peers_run *p,
                       ct_error *err)
{
    ct_status st;
    FILE *in = strcmp(a->dir, "-") == 0 ? stdin : fopen(a->dir, "r");
    if (in == NULL)
        return cli_cannot_open(a->dir, errno);
    st = ct_peergroup_read(in, a->dir, &p->ro, &p->d, err);
    if (in != stdin)
        fclose(in);
    if (st != CT_STATUS_OK)
        return cli_fail(cmd, st, err);
    if (a->counts == NULL)
        return EXIT_OK;
    /* The counts may be a dataset folder or a counts file. */
    cli_args b = *a;
    b.dir = a->counts;
    b.counts = NULL;
    int status = cli_load_dataset(&b, &p->ds);
    if (status != EXIT_OK)
        return status;
    p->rate = malloc((ct_peergroup_data_n_areas(p->d) + 1) * sizeof *p->rate);
    if (p->rate == NULL) {
        fputs("crimetrend: out of memory\n", stderr);
        return EXIT_IO;
    }
    if ((st = ct_peergroup_rate_from_dataset(p->d, p->ds, &a->query, p->rate,
                                             cli_warn, a, err)) !=
        CT_STATUS_OK)
        return cli_fail(cmd, st, err);
    p->o.rate = p->rate;
    return EXIT_OK;
}

/* The checks users act on, on stderr: stability and weights are also in
 * the distance table's notes. */
static void report_stability(const ct_peergroup *g)
{
    size_t n = ct_peergroup_n_areas(g), stable = 0, checked = 0;
    for (size_t i = 0; i < n; i++) {
        bool s;
        if (!isnan(ct_peergroup_stability(g, i, &s))) {
            checked++;
            stable += s;
        }
    }
    if (checked > 0)
        fprintf(stderr, "crimetrend: peers: %zu areas, %zu variables; "
                "%zu of %zu groups stable when any one variable is "
                "left out\n", n, ct_peergroup_n_variables(g), stable,
                checked);
}

/* Writes the peer groups and, with --distances, the distance table:
 * both files or neither. */
static int write_tables(const cli_args *a, const cli_local_option *local,
                        const peers_run *p, ct_error *err)
{
    int status;
    cli_output po, dout;
    bool have_dist = local[L_DISTANCES].given;
    if ((status = cli_output_open(&po, a->output)) != EXIT_OK)
        return status;
    if (have_dist &&
        (status = cli_output_open(&dout, local[L_DISTANCES].value)) !=
            EXIT_OK) {
        cli_output_abort(&po);
        return status;
    }
    ct_format df = CT_FORMAT_CSV;
    if (have_dist) {
        const char *dot = strrchr(local[L_DISTANCES].value, '.');
        if (dot != NULL && strcmp(dot, ".txt") == 0)
            df = CT_FORMAT_TEXT;
        else if (dot != NULL)
            ct_format_parse(dot + 1, &df);
    }
    if (ct_table_write(p->peers, CT_FORMAT_CSV, po.fp, err) != CT_STATUS_OK ||
        (have_dist &&
         ct_table_write(p->dist, df, dout.fp, err) != CT_STATUS_OK)) {
        fprintf(stderr, "crimetrend: cannot write the peer groups: %s\n",
                strerror(errno));
        cli_output_abort(&po);
        if (have_dist)
            cli_output_abort(&dout);
        return EXIT_IO;
    }
    if (have_dist && (status = cli_output_commit(&dout)) != EXIT_OK) {
        cli_output_abort(&po);
        return status;
    }
    return cli_output_commit(&po);
}

/* The command once its options are parsed; 'a' is freed by the caller. */
static int peers(const cli_command *cmd, cli_args *a,
                 const cli_local_option *local)
{
    if (a->dir == NULL)
        return cli_usage_error(cmd, "no covariates file given");
    peers_run p = {0};
    ct_peergroup_options_init(&p.o);
    p.o.warn = cli_warn;
    p.o.warn_ctx = a;
    p.o.path = a->dir;
    /* The distances are n^2: one thread per processor, up to 8. */
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    p.o.threads = cpus < 1 ? 1 : cpus > 8 ? 8 : (int)cpus;
    ct_error err = CT_ERROR_INIT;
    ct_status st;
    int status;
    if ((status = take_shape(cmd, local, &p.o)) >= 0 ||
        (status = take_weights(cmd, a, local, &p)) >= 0 ||
        (status = take_variables(cmd, a, local, &p)) >= 0)
        goto done;
    if ((status = read_inputs(cmd, a, &p, &err)) != EXIT_OK)
        goto done;
    if ((st = ct_peergroup_build(p.d, &p.o, &p.g, &err)) != CT_STATUS_OK ||
        (st = ct_peergroup_peers_table(p.g, &p.peers, &err)) !=
            CT_STATUS_OK ||
        (st = ct_peergroup_distance_table(p.g, &p.dist, &err)) !=
            CT_STATUS_OK) {
        status = cli_fail(cmd, st, &err);
        goto done;
    }
    if (!a->quiet)
        report_stability(p.g);
    status = write_tables(a, local, &p, &err);
done:
    peers_run_free(&p);
    return status;
}

int cmd_peers(const cli_command *cmd, int argc, char **argv)
{
    cli_local_option local[] = {
        LOCAL_OPTION("k", "N", "peers per area (default 7, as HMIC's most "
                     "similar groups)"),
        LOCAL_OPTION("standardise", "S", "zscore (default) or rank"),
        LOCAL_OPTION("weights", "W", "equal (default), regression, or "
                     "NAME=W,... (unnamed variables weigh 1)"),
        LOCAL_OPTION("rate-variable", "NAME", "regression: the covariate "
                     "holding the crime rate (not a distance variable)"),
        LOCAL_OPTION("variables", "LIST", "the variables to use "
                     "(comma- or semicolon-separated; default every numeric column)"),
        LOCAL_OPTION("name-column", "NAME", "header of the covariates' area "
                     "column (default area, Area_name, name or code)"),
        LOCAL_OPTION("missing", "M", "a missing value leaves out the "
                     "variable (variables, default) or the area (areas)"),
        LOCAL_OPTION("distances", "FILE", "also write each pair's distance "
                     "and its main variables (format from the extension)"),
    };
    return cli_run_local(cmd, argc, argv, local, sizeof local / sizeof local[0],
                         peers);
}
