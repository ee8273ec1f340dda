/* cli.h - declarations shared by the command-line front end: exit
 * statuses, the option catalogue, and the helpers that open files, load a
 * dataset and write output atomically.  Only src/cli/ prints or exits. */
#ifndef CRIMETREND_CLI_H
#define CRIMETREND_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include "crimetrend/crimetrend.h"
#include "crimetrend/gnuplot.h"
#include "crimetrend/incident.h"

#define CT_VERSION "0.1.0"

/* Exit statuses, documented in --help, the man page and the README. */
enum cli_exit {
    EXIT_OK = 0,        /* success; for check, every claim was right */
    EXIT_WRONG = 1,     /* check found at least one wrong claim */
    EXIT_USAGE = 2,     /* unknown option, missing or bad argument */
    EXIT_INPUT = 3,     /* bad input data: malformed CSV, unknown period,
                           missing population */
    EXIT_IO = 4,        /* cannot open, read, write or rename; no memory */
    EXIT_INTERNAL = 5   /* a bug, or a numerical failure */
};

/* Every option any command takes; each command lists the ones it takes. */
enum cli_opt {
    OPT_COUNTS = 256, OPT_POPULATION, OPT_PEERS, OPT_AREAS, OPT_LAYOUT,
    OPT_AREA_COLUMN, OPT_OFFENCE_COLUMN, OPT_PERIOD_COLUMN, OPT_COUNT_COLUMN,
    OPT_POPULATION_COLUMN, OPT_OFFENCES, OPT_FILE_PERIOD, OPT_BLANK_AREA,
    OPT_SUM, OPT_LATIN1, OPT_PERIOD_TYPE, OPT_POP_RULE, OPT_AREA, OPT_OFFENCE,
    OPT_FORMAT, OPT_OUTPUT, OPT_PER, OPT_LEVEL, OPT_PERIOD, OPT_FROM, OPT_TO,
    OPT_BASE, OPT_QUIET, OPT_HELP, OPT_NATIONAL, OPT_METHOD, OPT_DATA,
    OPT_CLAIMS, OPT_ANNOTATE, OPT_POPULATION_PERIOD, OPT_OUT, OPT_CHARTS,
    OPT_RENDER, OPT_JOBS, OPT_BY, OPT_INCLUDE_ASB, OPT_SKIP_BAD,
    OPT_DOC_TYPE, OPT_ENCODING, OPT_MAX_SIZE, OPT_END = 0
};

#define CLI_MAX_FILTERS 64

/* The files `assess` writes. */
typedef enum cli_report_format {
    CLI_REPORT_BOTH = 0,  /* report.md and report.html (default) */
    CLI_REPORT_MD,
    CLI_REPORT_HTML
} cli_report_format;

/* Parsed options of a table command. */
typedef struct cli_args {
    const char *dir;            /* dataset folder, counts file, or "-" */
    const char *counts;         /* --counts, or NULL for DIR/counts.csv */
    const char *population;     /* --population */
    const char *peers;          /* --peers */
    const char *areas_file;     /* --areas */
    ct_ingest_options ingest;   /* layout, column names, ... */
    bool has_period_type;       /* --period-type given */
    ct_period_type period_type; /* what to aggregate into */
    ct_query query;             /* filters, base, level, periods */
    const char *area_filter[CLI_MAX_FILTERS];
    const char *offence_filter[CLI_MAX_FILTERS];
    bool has_format;            /* --format given */
    ct_format format;           /* output format */
    const char *output;         /* --output FILE, or NULL for stdout */
    bool quiet;                 /* no warnings on stderr */
    const char *national;       /* compare: --national AREA */
    const char *method;         /* trend: --method NAME */
    const char *data;           /* check: --data DIR */
    const char *claims;         /* check: --claims FILE */
    bool annotate;              /* check: --annotate */
    ct_document_type doc_type;  /* check: --type (AUTO by default) */
    ct_document_encoding encoding; /* check: --encoding */
    size_t max_size;            /* check: --max-size in bytes, 0 default */
    cli_report_format report_format; /* assess: --format md|html|both */
    const char *out_dir;        /* plot: --out DIR, or NULL for "plots" */
    unsigned charts;            /* plot: ct_chart_kind bits (--charts) */
    bool render;                /* plot: run gnuplot (not --render none) */
    ct_gnuplot_terminal terminal; /* plot: --render png, svg or pdf */
    int jobs;                   /* plot: gnuplot processes at once;
                                   aggregate: threads; 0 for one per
                                   processor */
    ct_incident_by by;          /* aggregate: --by */
    bool include_asb;           /* aggregate: --include-asb */
    bool skip_bad;              /* aggregate: --skip-bad */
    char **inputs;              /* aggregate: every FILE|DIR argument */
    int n_inputs;               /* how many */
} cli_args;

/* A subcommand: its name, one-line summary, usage line, option list and
 * entry point. */
typedef struct cli_command {
    const char *name;
    const char *summary;
    const char *usage;
    const enum cli_opt *options;  /* ends with OPT_END */
    int (*run)(const struct cli_command *cmd, int argc, char **argv);
} cli_command;

/* Parses argv for 'cmd' into 'a' (defaults first).  Returns -1 to go on,
 * or the exit status to stop with (0 after --help, 2 on a usage error,
 * with the message printed). */
int cli_parse(const cli_command *cmd, int argc, char **argv, cli_args *a);

/* Prints the --help text of 'cmd' to 'out'. */
void cli_print_help(const cli_command *cmd, FILE *out);

/* Prints "crimetrend: CMD: message" and the --help hint; returns 2. */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Prints a library error in GNU form and returns its exit status. */
int cli_report(const ct_error *err);

/* Exit status for a library status. */
int cli_exit_status(ct_status st);

/* Warning sink for the library (ctx is the cli_args). */
void cli_warn(void *ctx, const ct_error *w);

/* Loads the dataset the arguments name: counts, then the optional
 * population, peers and areas files; aggregates and rolls up.  Returns an
 * exit status (0 on success, with '*out' owned by the caller). */
int cli_load_dataset(const cli_args *a, ct_dataset **out);

/* Writes 'table' to --output (atomically) or stdout, in the chosen format.
 * Returns an exit status. */
int cli_write_table(const cli_args *a, const ct_table *table);

/* Writes the plain-words summary of a compare table the same way. */
int cli_write_summary(const cli_args *a, const ct_table *table);

/* Output files: a temporary file beside 'path', renamed over it by
 * cli_output_commit, removed by cli_output_abort. */
typedef struct cli_output {
    FILE *fp;          /* where to write */
    char *tmp;         /* temporary path (owned), NULL for stdout */
    const char *path;  /* final path, or NULL for stdout */
    bool direct;       /* writing in place: a device, pipe or link */
} cli_output;

int cli_output_open(cli_output *o, const char *path);
int cli_output_commit(cli_output *o);
void cli_output_abort(cli_output *o);

/* Checks and closes stdout at exit; returns 4 when a write failed. */
int cli_close_stdout(void);

/* Subcommand entry points. */
int cmd_rates(const cli_command *cmd, int argc, char **argv);
int cmd_change(const cli_command *cmd, int argc, char **argv);
int cmd_compare(const cli_command *cmd, int argc, char **argv);
int cmd_trend(const cli_command *cmd, int argc, char **argv);
int cmd_funnel(const cli_command *cmd, int argc, char **argv);
int cmd_check(const cli_command *cmd, int argc, char **argv);
int cmd_plot(const cli_command *cmd, int argc, char **argv);
int cmd_assess(const cli_command *cmd, int argc, char **argv);
int cmd_aggregate(const cli_command *cmd, int argc, char **argv);

/* The subcommand called 'name', or NULL. */
const cli_command *cli_find_command(const char *name);

#endif
